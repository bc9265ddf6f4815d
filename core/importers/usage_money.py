"""Costs and currencies of a usage export's cells, exactly: amounts to integers of 10^-12 or Decimal (never a
float), the currency each row is billed in, and a cost whose currency sign is not its row's.

Each parser returns its values and ``{error code: rows}`` for the cells it refuses, as
:mod:`core.importers.usage_cells` does for tokens and dates.
"""

from __future__ import annotations

from decimal import Decimal

from core.errors import InputError, TokenQuoteError
from core.money import check_currency
from core.numbers import read_number

# The currencies a sign in a cost cell can stand for: a sign that is not the row's currency (€100.00 on a USD
# row) is a row to leave out, not an amount to read in the row's currency.
_SIGN_CURRENCIES = {"$": {"USD", "HKD", "TWD", "SGD", "AUD", "CAD", "NZD", "MXN"}, "¥": {"CNY", "JPY"},
                    "￥": {"CNY", "JPY"}, "元": {"CNY"}, "€": {"EUR"}, "£": {"GBP"}}
_SYMBOLS = "".join(sign for sign in _SIGN_CURRENCIES if sign != "元")   # taken off either end; 元 only follows


COST_DIGITS = 12      # plain amounts are added up as integers of 10^-12


def cost_values(text, scale: Decimal = Decimal(1)):
    """(scaled integers, the extra amounts, {code: mask}) for a cost column, exactly.

    Plain amounts (``12.5``, ``-0.00000210``: digits and one point) become integers of 10^-12 with vectorised
    string steps (no float anywhere): ``units[i]`` (int64), ``plain[i]`` True. Others (``$1,234.50``, ``(3.20)``
    for a credit, ``1e-5``) are read one distinct text at a time with core.numbers into ``amounts`` (row → Decimal).
    An empty cell is no cost (``present[i]`` False)."""
    import numpy as np

    n = len(text)
    present = (text != "").to_numpy()
    dot = text.str.find(".").to_numpy()
    length = text.str.len().to_numpy()
    digits = text.str.replace(".", "", n=1, regex=False)
    unsigned = digits.str.removeprefix("-")
    fraction = np.where(dot >= 0, length - dot - 1, 0)
    plain = (unsigned.str.isascii() & unsigned.str.isdigit()).to_numpy() & present
    whole_digits = unsigned.str.len().to_numpy() - fraction
    # At most 6 digits before the point and 12 after: the integer of 10^-12 stays below 10^18 (int64 holds 9.2e18).
    plain &= (fraction <= COST_DIGITS) & (whole_digits <= 6) & (fraction < length)
    units = np.zeros(n, dtype=np.int64)
    if plain.any():
        units[plain] = digits[plain].astype("int64").to_numpy() * (10 ** (COST_DIGITS - fraction[plain]))
    amounts: dict[int, Decimal] = {}
    problems = {}
    rest = present & ~plain
    if rest.any():
        values = text.to_numpy()
        parsed: dict[str, Decimal | None] = {}
        bad = np.zeros(n, dtype=bool)
        for i in np.flatnonzero(rest):
            value = values[i]
            if value not in parsed:
                parsed[value] = amount_of(str(value))
            amount = parsed[value]
            if amount is None:
                bad[i] = True
            else:
                amounts[int(i)] = amount
        if bad.any():
            problems["usage_cost_unreadable"] = bad
            present = present & ~bad
    scale = Decimal(scale)
    if scale != 1:   # a preset whose unit is not the currency's: the plain path cannot scale exactly
        for i in np.flatnonzero(plain):
            amounts[int(i)] = Decimal(int(units[i])).scaleb(-COST_DIGITS)
        plain = np.zeros(n, dtype=bool)
        amounts = {i: a * scale for i, a in amounts.items()}
    return present, plain, units, amounts, problems


def amount_of(value: str) -> Decimal | None:
    """A cost cell's amount (``$1,234.50``, ``(3.20)`` a credit, ``12元``), or None when it is not one."""
    v = value.strip()
    if not v:
        return Decimal(0)
    negative = v.startswith("(") and v.endswith(")")
    if negative:
        v = v[1:-1].strip()
    v = v.strip(_SYMBOLS + " ").removesuffix("元").strip()
    try:
        amount = read_number(v, "cost")
    except TokenQuoteError:
        return None
    if not amount.is_finite():
        return None
    return -amount if negative else amount


def sign_mismatch(text, amounts: dict[int, Decimal], currency):
    """Rows (a bool mask) whose cost cell carries a currency sign the row's currency is not."""
    import numpy as np

    values = text.to_numpy()
    bad = np.zeros(len(values), dtype=bool)
    signs_of: dict[str, list[set[str]]] = {}   # each distinct text looked at once, as cost_values reads them
    for i in amounts:
        code = currency[i]
        if code:
            value = str(values[i])
            signs = signs_of.get(value)
            if signs is None:
                signs = signs_of[value] = [allowed for sign, allowed in _SIGN_CURRENCIES.items() if sign in value]
            bad[i] = any(code not in allowed for allowed in signs)
    return bad


_CURRENCY_WORDS = {"¥": "CNY", "￥": "CNY", "元": "CNY", "人民币": "CNY", "RMB": "CNY", "$": "USD", "US$": "USD",
                   "美元": "USD", "€": "EUR", "欧元": "EUR", "£": "GBP"}


def currencies(text, default: str | None):
    """(currency per row as str, "" when unknown; {code: mask}); an empty cell takes ``default``."""
    import numpy as np
    import pandas as pd

    codes, uniques = pd.factorize(text, sort=False)
    names = []
    bad = []
    for k, value in enumerate(uniques):
        v = str(value).strip()
        code = _CURRENCY_WORDS.get(v, v.upper())
        if not v:
            code = default or ""
        else:
            # The one rule for a currency (core.money): XYZ looks like a code but is none; its row's cost was read,
            # then dropped at conversion ("no rate for XYZ") without a line, while its tokens were counted. Such a
            # row is left out, named, as a bad cell.
            try:
                code = check_currency(code, "currency")
            except InputError:
                bad.append(k)
                code = ""
        names.append(code)
    result = np.array(names, dtype=object)[codes] if len(names) else np.array([], dtype=object)
    problems = {"usage_currency_unreadable": np.isin(codes, np.array(bad))} if bad else {}
    return result, problems

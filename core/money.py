"""Exact money: ``decimal.Decimal`` everywhere, rounded HALF_UP only at a quote line.

A total is always the sum of its already-rounded lines, so what a user adds up by hand (or in a
spreadsheet with ROUND() at each line) equals what the app shows, to the cent.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

from core.currencies import ISO_4217, MINOR_UNITS
from core.errors import InputError, Where, kind_of
from core.numbers import checked_magnitude, read_number

ZERO = Decimal(0)
ONE = Decimal(1)
HUNDRED = Decimal(100)
MILLION = Decimal(1_000_000)

# One symbol, one currency: yen and yuan both write ¥, and a JPY quote priced CNY models printed "¥2.00" (yuan)
# above "¥6,149" (yen). The yuan keeps ¥ (most of this tool's money is in it); the yen is JP¥, as CLDR writes it
# in Chinese.
CURRENCY_SYMBOLS = {"USD": "$", "CNY": "¥", "EUR": "€", "GBP": "£", "JPY": "JP¥", "HKD": "HK$", "SGD": "S$",
                    "KRW": "₩", "INR": "₹", "CHF": "CHF ", "AUD": "A$", "CAD": "C$", "TWD": "NT$"}

_CURRENCY_RE = re.compile(r"^[A-Z]{3}$")
# Names people write for a currency that are not its ISO code: read as the code (projects saved before codes were
# checked against ISO 4217 may say RMB, and must still open).
CURRENCY_ALIASES = {"RMB": "CNY", "NTD": "TWD"}
_QUANTS: dict[int, Decimal] = {}


def minor_unit(currency: str) -> int:
    """Digits after the decimal point for ``currency`` (ISO 4217: 2 for USD/CNY/EUR, 0 for JPY, 3 for OMR); a code
    outside list A has 2."""
    return MINOR_UNITS.get(currency, 2)


def minor_quantum(currency: str) -> Decimal:
    """``Decimal('0.01')`` for USD/CNY/EUR, ``Decimal('1')`` for JPY: what ``quantize`` rounds to."""
    digits = minor_unit(currency)
    quant = _QUANTS.get(digits)
    if quant is None:
        quant = _QUANTS[digits] = Decimal(1).scaleb(-digits)
    return quant


def round_money(amount: Decimal, currency: str) -> Decimal:
    """Round ``amount`` HALF_UP to the currency's minor unit (the one rounding rule of the engine)."""
    return amount.quantize(minor_quantum(currency), rounding=ROUND_HALF_UP)


def check_currency(code: object, where: str) -> str:
    """Return ``code`` if it is an active ISO 4217 code, else raise naming ``where``: a typo (CYN for CNY) would
    otherwise become a currency of its own, priced with a guessed number of decimals."""
    if not isinstance(code, str) or not _CURRENCY_RE.match(code):
        raise InputError(where, "currency_code", value=code)
    code = CURRENCY_ALIASES.get(code, code)
    if code not in ISO_4217:
        raise InputError(where, "currency_unknown", value=code)
    return code


def to_decimal(value: object, where: Where, *, minimum: Decimal | None = ZERO,
               maximum: Decimal | None = None, decimal: str = ".") -> Decimal:
    """Turn a JSON number, int or decimal string into a finite Decimal within bounds.

    Floats are refused on purpose: a float that reached here has already lost exactness. A string follows the one
    rule for separators (:mod:`core.numbers`): ``1,234.5`` is read, ``2,5`` is refused as ambiguous.
    """
    if isinstance(value, bool) or isinstance(value, float):
        raise InputError(where, "not_exact", value=value)
    if isinstance(value, Decimal):
        result = checked_magnitude(value, where, value)
    elif isinstance(value, int):
        result = Decimal(value)
    elif isinstance(value, str):
        result = read_number(value, where, decimal=decimal)
    else:
        raise InputError(where, "number_expected", kind=kind_of(value))
    if not result.is_finite():
        raise InputError(where, "not_finite", value=value)
    if minimum is not None and result < minimum:
        raise InputError(where, "below_minimum", value=value, limit=minimum)
    if maximum is not None and result > maximum:
        raise InputError(where, "above_maximum", value=value, limit=maximum)
    return result


def money_str(amount: Decimal, currency: str) -> str:
    """Plain decimal string with exactly the currency's minor digits (JSON and CSV use this)."""
    return str(round_money(amount, currency))


def format_money(amount: Decimal, currency: str, *, symbol: bool = True) -> str:
    """Human display: thousands separators and the currency symbol, e.g. ``$1,234.50`` or ``¥8,000.00``."""
    digits = minor_unit(currency)
    text = f"{round_money(amount, currency):,.{digits}f}"
    if not symbol:
        return text
    sym = CURRENCY_SYMBOLS.get(currency)
    if sym is None:
        return f"{text} {currency}"
    return f"-{sym}{text[1:]}" if text.startswith("-") else f"{sym}{text}"


PRICE_DIGITS = 4   # significant digits a price is shown with (the exact value stays in the data and tooltips)


def shown_price(amount: Decimal, significant: int = PRICE_DIGITS) -> Decimal:
    """A per-1M price to ``significant`` digits (half up) and never fewer than two decimals: 0.388126 → 0.3881,
    12.345678 → 12.35, 0.075 → 0.075, 1234.5678 → 1234.57. What a reader compares; the engine uses the exact one."""
    if not amount:
        return Decimal(0)
    decimals = max(2, significant - 1 - amount.adjusted())
    return amount.quantize(Decimal(1).scaleb(-decimals), ROUND_HALF_UP)


def format_price(amount: Decimal) -> str:
    """A per-1M price as published: no trailing zeros beyond two decimals (0.075 stays 0.075)."""
    normalized = amount.normalize()
    if normalized == normalized.to_integral_value():
        return f"{normalized:.2f}"
    exponent = normalized.as_tuple().exponent
    assert isinstance(exponent, int)        # a finite Decimal (prices are): 'n', 'N', 'F' are NaN and infinity
    return f"{normalized:.{max(2, -exponent)}f}"

"""Cells of a usage export as exact values, a column at a time: whole token counts (int64, never float), dates
to calendar months, and the item rows of a bill (kind, amount and unit); costs and currencies are
:mod:`core.importers.usage_money`'s.

Each parser returns its values and ``{error code: rows}`` for the cells it refuses, so a bad row is reported
with its line, column and value and the rest of the file is still read. Distinct values are parsed once
(dates and costs repeat), and the common case (plain digits) is checked with vectorised string tests.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timezone
from decimal import Decimal, InvalidOperation

from core.dates import MAX_DAY, MIN_DAY
from core.importers.usage_money import amount_of
from core.importers.usage_read import cell_text
from core.pricing.usage import month_end
from core.volumes import MAX_TOKENS

MAX_DIGITS = 16
_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+")
_WHOLE_POINT = re.compile(r"(\d+)\.0*")
_NEGATIVE = re.compile(r"[-\u2212]\s*[\d.,]+(?:[eE][+-]?\d+)?")
_DECIMAL = re.compile(r"(?:\d+\.\d*|\.\d+|\d+(?:\.\d+)?[eE][+-]?\d+)")


def as_text(series):
    """A column as text, as the file has it (pandas string methods work on it). Cells are not stripped here:
    each parser strips what it needs, the distinct values or the rows its fast path leaves (most cells have no
    spaces, and stripping every cell of a million rows costs more than the rest of the check)."""
    import pandas as pd

    if not isinstance(series, pd.Series):
        series = pd.Series([cell_text(v) if not isinstance(v, str) else v for v in series], dtype=object)
    return series.astype(str)


def whole_numbers(text, limit: int = MAX_TOKENS):
    """(int64 values, {code: bool mask}) for a column of token counts: digits, ``1,234,567`` or ``1234.0``; an
    empty cell is 0. Refused: negative, fractional, not a number, above ``limit``."""
    import numpy as np

    n = len(text)
    values = np.zeros(n, dtype=np.int64)
    empty = (text == "").to_numpy()
    plain = (text.str.isascii() & text.str.isdigit() & (text.str.len() <= MAX_DIGITS)).to_numpy()
    if plain.any():
        values[plain] = text[plain].astype("int64").to_numpy()
    problems: dict[str, object] = {}
    rest = ~(plain | empty)
    if rest.any():
        codes = {}
        for value in text[rest].unique():
            codes[value] = _whole_or_code(value)
        rest_idx = np.flatnonzero(rest)
        bad: dict = {}
        for i, value in zip(rest_idx, text.to_numpy()[rest_idx]):
            found = codes[value]
            if isinstance(found, int):
                values[i] = found
            else:
                bad.setdefault(found, []).append(i)
        for code, rows in bad.items():
            mask = np.zeros(n, dtype=bool)
            mask[rows] = True
            problems[code] = mask
    over = values > limit
    if over.any():
        problems["usage_tokens_too_large"] = over
        values[over] = 0
    return values, problems


def _whole_or_code(value: str) -> int | str:
    v = value.strip().replace("\u00a0", "").replace(" ", "")
    if not v:
        return 0
    if v.isascii() and v.isdigit():
        return _bounded(int(v)) if len(v) <= MAX_DIGITS else "usage_tokens_too_large"
    if _NEGATIVE.fullmatch(v):
        return "usage_tokens_negative"
    if _GROUPED.fullmatch(v):
        return _bounded(int(v.replace(",", "")))
    found = _WHOLE_POINT.fullmatch(v)
    if found and len(found.group(1)) <= MAX_DIGITS:
        return _bounded(int(found.group(1)))
    if _DECIMAL.fullmatch(v):
        try:
            number = Decimal(v)
        except InvalidOperation:
            return "usage_tokens_not_a_number"
        if number.is_finite() and number == number.to_integral_value() and abs(number.adjusted()) < MAX_DIGITS:
            return _bounded(int(number))
        return "usage_tokens_fraction"
    return "usage_tokens_not_a_number"


def _bounded(value: int) -> int | str:
    return value if value <= MAX_TOKENS else "usage_tokens_too_large"


# ------------------------------------------------------------------------------------------------ dates

_ISO = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})")
_ISO_MONTH = re.compile(r"(\d{4})[-/.](\d{1,2})")
_ZH = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日?)?")
_OTHER = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})")


def parse_date_text(text: str, day_first: bool | None) -> tuple[date | None, bool, str | None]:
    """(day, month_only, error code) for one date cell: ISO (``2025-03-01``, with a time or not), ``2025-03``,
    ``2025/3/1``, ``2025年3月1日``, ``20250301``, ``202503``, Unix seconds (``1735689600``, UTC) or milliseconds,
    and ``d/m/yyyy`` or ``m/d/yyyy`` when the order is clear (a part above 12) or ``day_first`` says it."""
    t = text.strip()
    part = re.split(r"[ T]", t, maxsplit=1)[0] if t else ""
    y = m = d = None
    month_only = False
    if found := _ISO.fullmatch(part):
        y, m, d = (int(g) for g in found.groups())
    elif found := _ZH.match(t):
        y, m = int(found.group(1)), int(found.group(2))
        d = int(found.group(3)) if found.group(3) else None
        month_only = d is None
    elif found := _ISO_MONTH.fullmatch(part):
        y, m = (int(g) for g in found.groups())
        month_only = True
    elif part.isascii() and part.isdigit() and len(part) == 8:
        y, m, d = int(part[:4]), int(part[4:6]), int(part[6:])
    elif part.isascii() and part.isdigit() and len(part) == 6:
        y, m, month_only = int(part[:4]), int(part[4:]), True
    elif part.isascii() and part.isdigit() and len(part) in (9, 10):
        try:
            day = datetime.fromtimestamp(int(part), tz=timezone.utc).date()
        except (OverflowError, OSError, ValueError):
            return None, False, "usage_date_unreadable"
        return _in_range(day, False)
    elif found := _OTHER.fullmatch(part):
        a, b, y = (int(g) for g in found.groups())
        if a > 12 or (day_first is True and b <= 12):
            d, m = a, b
        elif b > 12 or day_first is False:
            m, d = a, b
        elif a == b:
            m = d = a
        else:
            return None, False, "usage_date_ambiguous"
    else:
        return None, False, "usage_date_unreadable"
    try:
        day = date(y, m, d or 1)
    except ValueError:
        return None, False, "usage_date_unreadable"
    return _in_range(day, month_only)


def _in_range(day: date, month_only: bool):
    if not MIN_DAY <= day <= MAX_DAY:
        return None, month_only, "usage_date_range"
    return day, month_only, None


def written_order(text: str) -> str | None:
    """``"day"`` for a date that can only be day/month/year (13/09/2026), ``"month"`` for one that can only be
    month/day/year (09/13/2026), None for any other: what a file's dates show of the order they are written in."""
    found = _OTHER.fullmatch(re.split(r"[ T]", text.strip(), maxsplit=1)[0])
    if found is None:
        return None
    a, b = int(found.group(1)), int(found.group(2))
    return "day" if a > 12 >= b else "month" if b > 12 >= a else None


def months(text, day_first: bool | None, orders: dict[str, tuple[int, str]] | None = None):
    """(month numbers as ``year*12 + month-1`` in int32, the first and last day seen or None, {code: mask}, whether
    every date read is a month's first day and whether every one is its last). ``orders`` gets the first row and text of each order a date shows
    (see :func:`written_order`) that it does not hold yet.

    Dates are parsed by their first ten characters (the date part of every format above; a Unix time in
    milliseconds starts with its seconds), each distinct prefix once. A month-only cell counts as the whole month
    (its first day to its last), so a file of whole months is not taken to start or stop mid-month."""
    import numpy as np

    result, span, failed, edges = _months_of(text.str.slice(0, 10), day_first, orders=orders)
    problems: dict[str, object] = {}
    if failed.any():   # a prefix that is not a date may still start one (leading spaces): read those whole
        again, span_again, _, edges_again = _months_of(text[failed].str.strip(), day_first, problems,
                                                        np.flatnonzero(failed), len(text), orders)
        result[failed] = again
        edges = (edges[0] and edges_again[0], edges[1] and edges_again[1])
        span = widen(span, span_again)
    return result, span, problems, edges


def widen(span: tuple[date, date] | None, other: tuple[date, date] | None) -> tuple[date, date] | None:
    """The days from the earlier first to the later last of two spans (either may be None)."""
    if span is None or other is None:
        return span or other
    return min(span[0], other[0]), max(span[1], other[1])


def _months_of(text, day_first, problems=None, rows=None, n=0, orders=None):
    """Each distinct text parsed once: (month numbers, (first, last) day, rows that failed); with ``problems``,
    the failing rows (``rows`` maps back to the chunk's) are recorded by code."""
    import numpy as np
    import pandas as pd

    codes, uniques = pd.factorize(text, sort=False)
    values = np.full(len(uniques), -1, dtype=np.int32)
    errors: dict[str, list[int]] = {}
    span = None
    firsts = ends = True
    for k, value in enumerate(uniques):
        day, month_only, code = parse_date_text(str(value), day_first)
        if code:
            errors.setdefault(code, []).append(k)
            continue
        values[k] = day.year * 12 + day.month - 1
        if orders is not None and len(orders) < 2 and (order := written_order(str(value))) and order not in orders:
            first = int(np.flatnonzero(codes == k)[0])
            orders[order] = (int(rows[first]) if rows is not None else first, str(value))
        seen = (day.replace(day=1), month_end(day.replace(day=1))) if month_only else (day, day)
        span = widen(span, seen)
        firsts = firsts and (month_only or day.day == 1)
        ends = ends and (month_only or day == month_end(day.replace(day=1)))
    result = values[codes] if len(codes) else np.zeros(0, dtype=np.int32)
    failed = result < 0
    if problems is not None:
        for code, ks in errors.items():
            mask = np.zeros(n, dtype=bool)
            mask[rows[np.isin(codes, np.array(ks))]] = True
            problems[code] = mask
    return result, span, failed, (firsts, ends)


# -------------------------------------------------------------------------------------- bill item rows

INPUT, OUTPUT, CACHED, OTHER = 0, 1, 2, 3


def item_kind(text: str) -> int:
    """A billing item's kind from its name: cache-hit input, input or output tokens, or something else (calls,
    storage, images) that is not read. 缓存存储 (cache storage) is storage, not tokens."""
    t = text.lower()
    if "存储" in t or "storage" in t:
        return OTHER
    if "缓存" in t or "cache" in t or "命中" in t:
        return CACHED
    if "输入" in t or "input" in t or "prompt" in t:
        return INPUT
    if "输出" in t or "output" in t or "completion" in t:
        return OUTPUT
    return OTHER


_UNITS = {"": 1, "token": 1, "tokens": 1, "个": 1, "k": 1000, "ktoken": 1000, "ktokens": 1000, "千": 1000,
          "千token": 1000, "千tokens": 1000, "千个": 1000, "1ktokens": 1000, "1k": 1000, "万": 10**4,
          "万token": 10**4, "万tokens": 10**4, "m": 10**6, "mtokens": 10**6, "1mtokens": 10**6, "百万": 10**6,
          "百万token": 10**6, "百万tokens": 10**6}


def unit_factor(text: str) -> int | None:
    """Tokens per unit of a bill's usage column (``千tokens`` → 1000); None for a unit that is not tokens."""
    t = re.sub(r"[\s_\-()（）]", "", text.lower())
    return _UNITS.get(t)


def item_tokens(kind_text, usage_text, unit_text):
    """For a bill with one row per item: (kind per row, whole tokens per row, {code: mask})."""
    import numpy as np
    import pandas as pd

    n = len(kind_text)
    kind_codes, kind_uniques = pd.factorize(kind_text, sort=False)
    kinds = np.array([item_kind(str(v)) for v in kind_uniques], dtype=np.int8)[kind_codes] if n else \
        np.zeros(0, dtype=np.int8)
    unit_codes, unit_uniques = pd.factorize(unit_text if unit_text is not None else pd.Series([""] * n), sort=False)
    factors = [unit_factor(str(v)) for v in unit_uniques]
    usage_codes, usage_uniques = pd.factorize(usage_text, sort=False)
    amounts = [amount_of(str(v)) for v in usage_uniques]
    tokens = np.zeros(n, dtype=np.int64)
    bad: dict[str, list[int]] = {}
    for i in np.flatnonzero(kinds != OTHER):
        factor = factors[unit_codes[i]]
        amount = amounts[usage_codes[i]]
        if factor is None:
            bad.setdefault("usage_unit_unknown", []).append(i)
            continue
        if amount is None:
            bad.setdefault("usage_tokens_not_a_number", []).append(i)
            continue
        value = amount * factor
        if value < 0:
            bad.setdefault("usage_tokens_negative", []).append(i)
        elif value != value.to_integral_value():
            bad.setdefault("usage_tokens_fraction", []).append(i)
        elif value > MAX_TOKENS:
            bad.setdefault("usage_tokens_too_large", []).append(i)
        else:
            tokens[i] = int(value)
    problems = {}
    for code, rows in bad.items():
        mask = np.zeros(n, dtype=bool)
        mask[rows] = True
        problems[code] = mask
    return kinds, tokens, problems

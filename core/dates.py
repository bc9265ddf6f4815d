"""Dates as people type them: ``YYYY-MM-DD`` taken whole or refused, within the years TokenQuote prices.

A date that does not exist (30 February) is refused, never moved to another day; so is one far outside the years
of LLM price lists (a typo such as 0224 or 9999 would otherwise overflow a quote's validity or a projection).
"""

from __future__ import annotations

import re
from datetime import date

from core.errors import InputError, TokenQuoteError, Where
from core.numbers import half_width

MIN_DAY = date(2000, 1, 1)
MAX_DAY = date(2199, 12, 31)
_ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def parse_day(value: object, where: Where, *, error: type[TokenQuoteError] = InputError) -> date:
    """``value`` (a ``YYYY-MM-DD`` string) as a date in :data:`MIN_DAY` … :data:`MAX_DAY`, else ``error``."""
    if isinstance(value, date):
        return check_day(value, where, error=error)
    if not isinstance(value, str):
        raise error(where, "date_expected", value=value)
    text = half_width(value).strip()   # ２０２５-０１-０１ from a Chinese input method, as volumes are read
    if not _ISO_DAY.fullmatch(text):
        raise error(where, "not_a_real_date", value=value)
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise error(where, "not_a_real_date", value=value) from None
    return check_day(day, where, error=error)


def check_day(day: date, where: Where, *, error: type[TokenQuoteError] = InputError) -> date:
    if not MIN_DAY <= day <= MAX_DAY:
        raise error(where, "date_out_of_range", value=day.isoformat(), first=MIN_DAY.isoformat(),
                    last=MAX_DAY.isoformat())
    return day

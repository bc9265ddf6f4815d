"""A price list's cell values: decimals and prices (commas, percentages, XLSX floats by their shortest form),
token counts, dates and currency codes; a value that fails is a :class:`~core.importers.common.Skip`."""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Literal, overload

from core.catalog.files import MAX_PRICE_PER_1M, MIN_PRICE_PER_1M
from core.catalog.model import Catalog
from core.currencies import ISO_4217
from core.dates import MAX_DAY, MIN_DAY
from core.errors import Field, InputError
from core.importers.common import Skip
from core.volumes import parse_volume

_CURRENCY_HINTS = {"RMB": "CNY", "YUAN": "CNY", "元": "CNY", "¥": "CNY or JPY", "$": "USD", "US$": "USD",
                   "€": "EUR", "£": "GBP", "EURO": "EUR", "NTD": "TWD"}

_ISO_DATE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")
_SLASH_DATE = re.compile(r"^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$")


class Cells(dict):
    """One row's cells by column name, and whether a comma in a number may be a thousands separator."""

    grouping_ok = True


def is_blank(value: object) -> bool:
    """An empty cell: None, or text of spaces only."""
    return value is None or (isinstance(value, str) and not value.strip())


def text_cell(values: dict, column: str) -> str:
    """A cell as text, stripped (an XLSX whole number without its '.0')."""
    value = values.get(column)
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def currency_cell(values: dict, model_id: str, vendor_id: str, existing: Catalog) -> str:
    """The row's ISO 4217 code; empty: the currency the catalog already has for the model or vendor."""
    raw = text_cell(values, "currency")
    if not raw:
        known = existing.models.get(model_id) or existing.vendors.get(vendor_id)
        if known is None:
            raise Skip(Field("skip_missing_value"), Field("skipd_currency_unknown_model"))
        return known.currency
    code = raw.upper()
    if code not in ISO_4217:
        hint = _CURRENCY_HINTS.get(code) or _CURRENCY_HINTS.get(raw)
        raise Skip(Field("skip_unknown_currency"), Field("skipd_currency_hint", value=raw, hint=hint) if hint
                   else Field("skipd_currency_code", value=raw))
    return code


_GROUPED = re.compile(r"^\d{1,3}(,\d{3})+(\.\d+)?$")


def _check_commas(text: str, column: str, grouping_ok: bool) -> str:
    """Allow '1,234.5' (thousands) where that is unambiguous; refuse '1,5' rather than read it as 15 or 1.5."""
    if "," not in text:
        return text
    if grouping_ok and _GROUPED.match(text):
        return text.replace(",", "")
    raise Skip(Field("skip_invalid_number"), Field("skipd_ambiguous", column=column, value=text))


def decimal_cell(value: object, column: str, grouping_ok: bool = True) -> Decimal | None:
    """A number as typed: text ('1,234.5', ' 0.30 '), an int, or an XLSX float read by its shortest form."""
    if is_blank(value):
        return None
    if isinstance(value, bool):
        raise Skip(Field("skip_invalid_number"), Field("skipd_column_not_number", column=column, value=value))
    if isinstance(value, float):
        text = repr(value)  # the shortest decimal that round-trips: what the user typed into the cell
    elif isinstance(value, (int, Decimal)):
        text = str(value)
    else:
        text = _check_commas(str(value).strip().replace("\u00a0", "").replace(" ", ""), column, grouping_ok)
    try:
        number = Decimal(text)
    except InvalidOperation:
        raise Skip(Field("skip_invalid_number"), Field("skipd_column_not_number", column=column, value=value)) from None
    if not number.is_finite():
        raise Skip(Field("skip_invalid_number"), Field("skipd_column_not_finite", column=column, value=value))
    return number


@overload
def price_cell(values: dict, column: str, required: Literal[True]) -> Decimal: ...
@overload
def price_cell(values: dict, column: str, required: bool = False) -> Decimal | None: ...
def price_cell(values: dict, column: str, required: bool = False) -> Decimal | None:
    """A price per 1M tokens: at least 0 and at most the catalog's ceiling."""
    raw = values.get(column)
    if is_blank(raw):
        if required:
            raise Skip(Field("skip_missing_value"), Field("skipd_column_empty", column=column))
        return None
    try:
        number = decimal_cell(raw, column, getattr(values, "grouping_ok", True))
    except Skip as skip:
        raise Skip(Field("skip_invalid_price"), skip.detail) from None
    if number is None:   # not blank, yet nothing to read (cannot happen today; kept so a change cannot crash)
        raise Skip(Field("skip_invalid_price"), Field("skipd_column_not_number", column=column, value=raw))
    if number < 0:
        raise Skip(Field("skip_negative_price"), Field("skipd_column_below_0", column=column, value=raw))
    if number > MAX_PRICE_PER_1M or 0 < number < MIN_PRICE_PER_1M:
        raise Skip(Field("skip_invalid_price"), Field("skipd_column_implausible", column=column, value=raw))
    return number


def factor_cell(values: dict, column: str) -> Decimal | None:
    """A share of the standard price, above 0 and at most 1: 0.5 or 50%."""
    raw = values.get(column)
    if is_blank(raw):
        return None
    text = str(raw).strip()
    percent = isinstance(raw, str) and text.endswith("%")
    try:
        number = decimal_cell(text.rstrip("%") if percent else raw, column, getattr(values, "grouping_ok", True))
    except Skip as skip:
        raise Skip(Field("skip_invalid_number"), skip.detail) from None
    if number is None:   # "%" alone: nothing before the percent sign
        raise Skip(Field("skip_invalid_number"), Field("skipd_column_not_number", column=column, value=raw))
    if percent:
        number = number / 100
    if not 0 < number <= 1:
        raise Skip(Field("skip_invalid_number"), Field("skipd_share", column=column, value=raw))
    return number


def tokens_cell(values: dict, column: str) -> int | None:
    """A whole number of tokens: 128000, 128K, 1M."""
    raw = values.get(column)
    if is_blank(raw):
        return None
    if isinstance(raw, float):
        raw = Decimal(repr(raw))
    elif isinstance(raw, str):
        raw = _check_commas(raw.strip(), column, getattr(values, "grouping_ok", True))
    try:
        return parse_volume(raw, Field("table_column", column=column))
    except InputError as exc:
        raise Skip(Field("skip_invalid_number"), Field("skipd_error", error=exc)) from None


def date_cell(values: dict, column: str) -> date | None:
    """A date: an XLSX date cell, YYYY-MM-DD, or YYYY/MM/DD."""
    raw = values.get(column)
    if is_blank(raw):
        return None
    text = str(raw).strip()
    day = raw.date() if isinstance(raw, datetime) else raw if isinstance(raw, date) else None
    # YYYY-MM-DD only: fromisoformat alone also reads ISO week dates (2026-W10-1) and compact 20260302.
    match = None if day is not None else _ISO_DATE.fullmatch(text) or _SLASH_DATE.match(text)
    if match:
        try:
            day = date(*(int(g) for g in match.groups()))
        except ValueError:
            pass
    if day is None:
        raise Skip(Field("skip_invalid_date"), Field("skipd_not_real_date", column=column, value=text))
    # The catalog's years (core.dates): a 1970 row was taken here, then refused when the catalog file was
    # written, which stopped the whole import naming a file the user never had.
    if not MIN_DAY <= day <= MAX_DAY:
        raise Skip(Field("skip_invalid_date"), Field("skipd_date_range", column=column, value=day.isoformat(),
                                                     first=MIN_DAY.isoformat(), last=MAX_DAY.isoformat()))
    return day

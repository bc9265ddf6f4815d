"""Numbers and money as the interface's locale writes them (``QLocale()``, set by :mod:`gui.i18n`): its group
separator and decimal point, its currency-symbol placement, the currency's own minor digits.

Amounts stay exact: the core's Decimal is rounded by the core's rule (``core.money.round_money``) and only
its digits are laid out here; the integer part goes through ``QLocale.toString(int)`` (exact up to 2^63), never
through a float. In en_US and zh_CN the result is the core's ``format_money`` text (``$1,234.50``,
``¥8,000.00``); in en_IN it is ``$12,34,567.00``.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QLocale

from core.money import CURRENCY_SYMBOLS, minor_unit, round_money, shown_price
from core.money import format_price as core_format_price
from core.volumes import format_volume

_SYMBOL_MARK = "\x01"   # stands for the symbol in the locale's currency pattern (it contains no digit)


def _locale(locale: QLocale | None) -> QLocale:
    return locale if locale is not None else QLocale()


def format_count(value: int, locale: QLocale | None = None) -> str:
    """A whole number with the locale's grouping: ``120,000,000``."""
    return _locale(locale).toString(int(value))


def format_decimal(value: Decimal, digits: int | None = None, locale: QLocale | None = None) -> str:
    """An exact Decimal with grouping and the locale's decimal point; ``digits`` fixes the decimals shown (the
    value is then expected to be rounded already), None keeps the Decimal's own."""
    loc = _locale(locale)
    text = f"{abs(value):.{digits}f}" if digits is not None else f"{abs(value):f}"
    whole, _, fraction = text.partition(".")
    result = loc.toString(int(whole))
    if fraction:
        result += loc.decimalPoint() + fraction
    return loc.negativeSign() + result if value < 0 else result


def format_money(amount: Decimal, currency: str, *, symbol: bool = True, locale: QLocale | None = None) -> str:
    """A money amount rounded as the core rounds it (the currency's minor unit, half up), with the currency's
    symbol where the locale puts it: ``$1,234.50``, ``¥8,000.00``, ``1,234.50 CHF`` for a currency without one."""
    loc = _locale(locale)
    rounded = round_money(amount, currency)
    digits = format_decimal(abs(rounded), minor_unit(currency), loc)
    sym = CURRENCY_SYMBOLS.get(currency)
    negative = rounded < 0
    if not symbol:
        return loc.negativeSign() + digits if negative else digits
    if sym is None:
        return f"{loc.negativeSign() if negative else ''}{digits} {currency}"
    # The locale's pattern ("¤1", "1 ¤"...) with our digits and symbol put in; a minus goes in front, as the
    # core writes it (en_US's own pattern for negatives is the accountant's "(¤1)").
    pattern = loc.toCurrencyString(1.0, _SYMBOL_MARK, 0)
    if pattern.count("1") != 1 or _SYMBOL_MARK not in pattern:
        pattern = _SYMBOL_MARK + "1"
    text = pattern.replace("1", digits).replace(_SYMBOL_MARK, sym).strip()
    return loc.negativeSign() + text if negative else text


def format_price(amount: Decimal, locale: QLocale | None = None, *, exact: bool = False) -> str:
    """A per-1M price with the locale's decimal point, to four significant digits and at least two decimals
    (``0.3881`` for 0.388126, ``0.075``, ``2.00``: :func:`core.money.shown_price`), the one rule of the table,
    its tooltips and the dialogs; ``exact=True`` gives it as published, every digit (tooltips say it beside)."""
    return format_decimal(Decimal(core_format_price(amount if exact else shown_price(amount))), None, locale)


def is_rounded_price(amount: Decimal) -> bool:
    """Whether :func:`format_price` shows ``amount`` rounded (its exact value then belongs in the tooltip)."""
    return shown_price(amount) != amount


def format_tokens_short(tokens: int, chinese: bool) -> str:
    """A volume in its short form: ``300M`` / ``3亿``; below 10,000 (or 1,000) the grouped number."""
    short = format_volume(tokens, chinese=chinese)
    return short if any(ch.isalpha() for ch in short) else format_count(tokens)


def decimal_point(locale: QLocale | None = None) -> str:
    """The decimal separator people type in this locale: ``","`` where it writes 1,5, else ``"."`` — what the
    core's parsers take as ``decimal=`` (core.numbers: a separator that could mean two things is refused)."""
    return "," if _locale(locale).decimalPoint() == "," else "."


def field_text(text: str, locale: QLocale | None = None) -> str:
    """A number the core wrote (``1,234,567.5``, ``2.5M``) as a field in this locale shows it, so that reading the
    field back with :func:`decimal_point` gives the same value (``1.234.567,5`` in German)."""
    if decimal_point(locale) == ".":
        return text
    group = _locale(locale).groupSeparator() or "\u00a0"
    return text.translate(str.maketrans({",": group, ".": ","}))


def edit_text(value) -> str:
    """An exact number (a Decimal or an int) as a field shows it to be edited in this locale (``7,125`` in German),
    every digit kept, so that reading it back with :func:`decimal_point` gives the same value — never ``str()``,
    whose point a decimal-comma locale reads as a thousands separator (a rate of 7.125 became 7,125)."""
    return field_text(f"{value:f}")

"""Styles, number formats and safe cell writing for the quote workbook.

Cell styles are :class:`openpyxl.styles.NamedStyle` objects registered once per workbook; each cell gets a
copy of the registered style's array, never a fresh Font/Fill (openpyxl hashes every distinct style object,
which is what makes naive styling slow). Text is written as text, always: a client called ``=HYPERLINK(...)``
stays a string (data type ``s``) and carries Excel's quote prefix so editing the cell keeps it text.

openpyxl is imported inside the functions that use it: the app's start-up must not pay for it.
"""

from __future__ import annotations

import re

from core.money import CURRENCY_SYMBOLS, minor_unit
from core.text import display_width as _cjk_width

# Colours: a restrained palette that prints well in grey.
NAVY = "1F3864"
HEADER_FILL = "1F4E79"
INPUT_FILL = "FFF2CC"       # light yellow: the cells a reader may change
INPUT_FONT = "0000FF"       # blue: the finance convention for inputs
FIXED_FILL = "EDEDED"       # grey: fixed when the workbook was exported
CALC_FILL = "E2EFDA"        # pale green: calculated helper values
CHEAPEST_FILL = "C6EFCE"
CHEAPEST_FONT = "006100"
BORDER = "BFBFBF"

# Excel's limits: 32,767 characters in a cell; XML 1.0 forbids most control characters.
MAX_CELL_TEXT = 32767
_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")   # surrogates cannot be UTF-8
FORMULA_LIKE = ("=", "+", "-", "@", "\t", "\r", "\n")


class Formula(str):
    """A formula the workbook writer built itself (without the leading ``=``). Only these become formulas;
    every other string is text, whatever it starts with."""

    __slots__ = ()


def clean_text(value: str) -> str:
    """Text Excel and LibreOffice can store: no XML-illegal control characters, within the cell limit."""
    if _ILLEGAL_XML.search(value):
        value = _ILLEGAL_XML.sub("\ufffd", value)
    if len(value) > MAX_CELL_TEXT:
        value = value[:MAX_CELL_TEXT - 1] + "…"
    return value


def display_width(text: str) -> int:
    """Width in Excel character units: CJK (wide and full-width) characters count double (core.report's rule,
    with a shortcut for plain ASCII, which most cells are)."""
    return len(text) if text.isascii() else _cjk_width(text)


# ------------------------------------------------------------------------------------------ number formats


def currency_prefix(currency: str) -> str:
    """The symbol part of a number format: ``$`` bare (Excel's own), other symbols quoted so every reader
    takes them literally (``"¥"``, ``"€"``, ``"HK$"``)."""
    symbol = CURRENCY_SYMBOLS.get(currency)
    if symbol is None:
        return ""
    return "$" if symbol == "$" else f'"{symbol}"'


def money_format(currency: str) -> str:
    """``$#,##0.00``, ``"¥"#,##0.00``, ``"€"#,##0.00``; JPY has no decimals; an unknown code is a suffix."""
    digits = minor_unit(currency)
    number = "#,##0" + ("." + "0" * digits if digits else "")
    prefix = currency_prefix(currency)
    return prefix + number if prefix or currency in CURRENCY_SYMBOLS else f'{number} "{currency}"'


def price_format(currency: str) -> str:
    """A per-1M price as published: at least two decimals, more when the vendor gives them (0.075)."""
    prefix = currency_prefix(currency)
    number = "#,##0.00######"
    return prefix + number if prefix else f'{number} "{currency}"'


INT_FORMAT = "#,##0"
PCT_FORMAT = "0.0####%"         # a rate someone entered (6.125% tax) shows as entered, never rounded to 6.13%
DIFF_PCT_FORMAT = "0.0#%"       # a computed difference (billed vs priced): two decimals say enough
RATE_FORMAT = "#,##0.00####"
MTOK_FORMAT = "#,##0.000"


# -------------------------------------------------------------------------------------------------- styles


# Excel's own default body fonts: Calibri, and DengXian (等线) in Chinese Office. Family 2 ("swiss") tells a
# reader without the font to fall back to a sans-serif one, as LibreOffice on Linux must.
FONTS = {"en": "Calibri", "zh": "DengXian"}


class Styles:
    """Named styles registered on one workbook, handed out as style arrays ready to copy into cells."""

    def __init__(self, wb, language: str, date_format: str, month_format: str):
        self.wb = wb
        self.language = language
        self.font_name = FONTS.get(language, "Calibri")
        self._arrays: dict[str, object] = {}
        self._formats = {"date": date_format, "month": month_format}

    def array(self, name: str):
        """The style array of the named style ``name`` (registered on first use)."""
        found = self._arrays.get(name)
        if found is None:
            found = self._arrays[name] = self._register(name)
        return found

    def _register(self, name: str):
        from copy import copy

        from openpyxl.cell import Cell
        from openpyxl.styles import Alignment, Border, NamedStyle, PatternFill, Protection, Side
        from openpyxl.styles import Font as _Font

        def Font(**kw):  # noqa: N802  (stands in for openpyxl's Font)
            return _Font(name=self.font_name, family=2, size=kw.pop("size", 11), **kw)

        thin = Side(style="thin", color=BORDER)
        box = Border(left=thin, right=thin, top=thin, bottom=thin)
        kind, _, currency = name.partition(":")
        style = NamedStyle(name=f"TQ {name}")
        style.font = Font()
        if kind == "title":
            style.font = Font(bold=True, size=16, color=NAVY)
        elif kind == "company":
            style.font = Font(bold=True, size=12, color="595959")
        elif kind == "subtitle":
            style.font = Font(italic=True, size=9, color="595959")
        elif kind == "section":
            style.font = Font(bold=True, size=12, color=NAVY)
            style.border = Border(bottom=Side(style="medium", color=NAVY))
        elif kind == "header":
            style.font = Font(bold=True, color="FFFFFF")
            style.fill = PatternFill("solid", fgColor=HEADER_FILL)
            style.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
            style.border = box
        elif kind == "group":   # wraps: a collapsed workload's name over its one shown column
            style.font = Font(bold=True, color=NAVY)
            style.fill = PatternFill("solid", fgColor="DDEBF7")
            style.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            style.border = box
        elif kind == "label":
            style.font = Font(bold=True, color="404040")
            style.alignment = Alignment(vertical="top")
        elif kind == "text":
            style.alignment = Alignment(vertical="top")
        elif kind == "wrap":
            style.alignment = Alignment(vertical="top", wrap_text=True)
        elif kind == "cell_wrap":
            style.alignment = Alignment(vertical="center", wrap_text=True)
            style.border = box
            style.font = Font(size=10)
        elif kind == "note":
            style.font = Font(size=9, color="404040")
            style.alignment = Alignment(vertical="top")
        elif kind == "note_wrap":
            style.font = Font(size=9, color="404040")
            style.alignment = Alignment(vertical="top", wrap_text=True)
        elif kind == "subtitle_wrap":
            style.font = Font(italic=True, size=9, color="595959")
            style.alignment = Alignment(vertical="top", wrap_text=True)
        elif kind == "cell":
            style.border = box
        elif kind == "link":
            style.font = Font(color="0563C1", underline="single")
            style.border = box
        elif kind == "link_wrap":
            style.font = Font(size=9, color="0563C1", underline="single")
            style.alignment = Alignment(vertical="top", wrap_text=True)
        elif kind == "bold":
            style.font = Font(bold=True)
            style.border = box
        elif kind == "bold_wrap":   # a long option name, wrapped in its column (SheetWriter.name)
            style.font = Font(bold=True)
            style.border = box
            style.alignment = Alignment(vertical="center", wrap_text=True)
        elif kind == "name_wrap":   # a long workload name, wrapped in its column (SheetWriter.name)
            style.border = box
            style.alignment = Alignment(vertical="center", wrap_text=True)
        elif kind == "rank":
            style.alignment = Alignment(horizontal="center")
            style.border = box
        elif kind in ("in_int", "in_pct", "in_rate", "in_text"):
            style.font = Font(color=INPUT_FONT)
            style.fill = PatternFill("solid", fgColor=INPUT_FILL)
            style.border = box
            style.number_format = {"in_int": INT_FORMAT, "in_pct": PCT_FORMAT, "in_rate": RATE_FORMAT,
                                   "in_text": "@"}[kind]
            style.protection = Protection(locked=False)   # the one kind of cell a protected sheet lets a reader edit
        elif kind in ("fixed_text", "fixed_int", "fixed_date"):
            style.fill = PatternFill("solid", fgColor=FIXED_FILL)
            style.border = box
            style.alignment = Alignment(horizontal="left") if kind != "fixed_int" else Alignment()
            if kind == "fixed_int":
                style.number_format = INT_FORMAT
            elif kind == "fixed_date":
                style.number_format = self._formats["date"]
        elif kind == "calc_mtok":
            style.fill = PatternFill("solid", fgColor=CALC_FILL)
            style.border = box
            style.number_format = MTOK_FORMAT
        elif kind in ("int", "pct", "diff_pct", "rate", "date", "month"):
            style.border = box
            style.number_format = {"int": INT_FORMAT, "pct": PCT_FORMAT, "diff_pct": DIFF_PCT_FORMAT,
                                   "rate": RATE_FORMAT, "date": self._formats["date"],
                                   "month": self._formats["month"]}[kind]
            if kind in ("date", "month"):
                style.alignment = Alignment(horizontal="left")
        elif kind == "stale_date":     # a price checked too long ago: amber, as the app marks it
            style.border = box
            style.number_format = self._formats["date"]
            style.alignment = Alignment(horizontal="left")
            style.fill = PatternFill("solid", fgColor="FFEB9C")
            style.font = Font(color="9C5700")
        elif kind == "plain_pct":
            style.number_format = PCT_FORMAT
            style.alignment = Alignment(horizontal="left")
        elif kind == "bold_text":
            style.font = Font(bold=True)
        elif kind == "plain_date":
            style.number_format = self._formats["date"]
            style.alignment = Alignment(horizontal="left")
        elif kind in ("money", "money_bold", "money_total"):
            style.number_format = money_format(currency)
            style.border = box
            if kind != "money":
                style.font = Font(bold=True)
            if kind == "money_total":
                style.fill = PatternFill("solid", fgColor="DDEBF7")
        elif kind == "price":
            style.number_format = price_format(currency)
            style.border = box
        else:  # pragma: no cover - a programming error, caught by the tests
            raise KeyError(name)
        if style.border == box:
            # Table cells: centred vertically, so a row made tall by wrapped notes still reads across.
            al = style.alignment
            style.alignment = Alignment(horizontal=al.horizontal, vertical="center", wrap_text=al.wrap_text)
        self.wb.add_named_style(style)
        probe = Cell(self.wb.worksheets[0])
        probe.style = style.name
        return copy(probe._style)

"""Styles, number formats and safe cell writing for the quote workbook.

Cell styles are :class:`openpyxl.styles.NamedStyle` objects registered once per workbook; each cell gets a
copy of the registered style's array, never a fresh Font/Fill (openpyxl hashes every distinct style object,
which is what makes naive styling slow). Text is written as text, always: a client called ``=HYPERLINK(...)``
stays a string (data type ``s``) and carries Excel's quote prefix so editing the cell keeps it text.

openpyxl is imported inside the functions that use it: the app's start-up must not pay for it.
"""

from __future__ import annotations

import math
import re
from datetime import date
from decimal import Decimal

from core.money import CURRENCY_SYMBOLS, format_money, format_price, minor_unit
from core.cli.render import display_width as _cjk_width

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
_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_FORMULA_LIKE = ("=", "+", "-", "@", "\t", "\r", "\n")


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
PCT_FORMAT = "0.0#%"
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
        from openpyxl.styles import Alignment, Border, NamedStyle, PatternFill, Side
        from openpyxl.styles import Font as _Font

        def Font(**kw):
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
        elif kind == "group":
            style.font = Font(bold=True, color=NAVY)
            style.fill = PatternFill("solid", fgColor="DDEBF7")
            style.alignment = Alignment(horizontal="center")
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
        elif kind == "bold":
            style.font = Font(bold=True)
            style.border = box
        elif kind == "rank":
            style.alignment = Alignment(horizontal="center")
            style.border = box
        elif kind in ("in_int", "in_pct", "in_rate", "in_text"):
            style.font = Font(color=INPUT_FONT)
            style.fill = PatternFill("solid", fgColor=INPUT_FILL)
            style.border = box
            style.number_format = {"in_int": INT_FORMAT, "in_pct": PCT_FORMAT, "in_rate": RATE_FORMAT,
                                   "in_text": "@"}[kind]
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
        elif kind in ("int", "pct", "rate", "date", "month"):
            style.border = box
            style.number_format = {"int": INT_FORMAT, "pct": PCT_FORMAT, "rate": RATE_FORMAT,
                                   "date": self._formats["date"], "month": self._formats["month"]}[kind]
            if kind in ("date", "month"):
                style.alignment = Alignment(horizontal="left")
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


# ------------------------------------------------------------------------------------------------- writing


class SheetWriter:
    """Writes cells with a named style each, tracks the widths the content needs, and never lets text
    become a formula."""

    def __init__(self, ws, styles: Styles):
        from openpyxl.cell import Cell

        self._cell_cls = Cell
        self.ws = ws
        self.styles = styles
        self.widths: dict[int, float] = {}
        self._headers: dict[int, list[tuple[int, str]]] = {}
        self._paragraphs: list[tuple[int, int, int, str, float]] = []
        self.hidden: set[int] = set()
        self.final_widths: dict[int, float] = {}
        self._wrapped: list[tuple[int, list[tuple[int, str]]]] = []

    def header(self, row: int, col: int, text: str, style: str = "header", fit: bool = True):
        """A header cell; its row is made tall enough for the wrapped text once the widths are known."""
        self.put(row, col, text, style, width=header_width(text) if fit else 0)
        self._headers.setdefault(row, []).append((col, text))

    def paragraph(self, row: int, first: int, last: int, text: str, style: str = "wrap", size: float = 11):
        """Text across columns ``first``–``last``, merged and wrapped, the row as tall as its lines."""
        self.put(row, first, text, style, width=0)
        if last > first:
            self.ws.merge_cells(start_row=row, start_column=first, end_row=row, end_column=last)
        self._paragraphs.append((row, first, last, text, size))

    def new(self, value, array):
        """A detached cell for :meth:`table_row` with the style array ``array`` (:meth:`Styles.array`).

        The fast path for long tables: values are bound by type without openpyxl's generic checks, and
        text is stored as text, always."""
        c = self._cell_cls(self.ws)
        c._style = array  # shared, never changed in place (see _set_text); openpyxl copies on every init
        kind = type(value)
        if kind is float or kind is int:
            c._value = value
        elif kind is Formula:
            c._value = "=" + value
            c.data_type = "f"
        elif kind is str:
            if value:
                _set_text(c, value)
        elif value is not None:
            _assign(c, value)
        return c

    def table_row(self, cells: list, wrapped: list[tuple[int, str]] | None = None) -> int:
        """Append a row of cells from :meth:`new` (``None``: no cell) after the last row written; ``wrapped``
        lists ``(column, text)`` of wrapping cells, which set the row's height. Returns the row number."""
        self.ws.append(cells)
        number = self.ws._current_row
        if wrapped:
            self._wrapped.append((number, wrapped))
        return number

    def put(self, row: int, col: int, value, style: str | None = None, width: str | float | None = None):
        """Write one cell; ``width`` is the text (or width) the column must show, defaulting to the value."""
        c = self.ws.cell(row=row, column=col)
        if style:
            c._style = _copy_array(self.styles.array(style))
        _assign(c, value)
        self.fit(col, _auto_width(value) if width is None else width)
        return c

    def fit(self, col: int, content) -> None:
        """Widen column ``col`` to show ``content``: a text, or a width in characters."""
        if content is None:
            return
        if isinstance(content, (int, float)) and not isinstance(content, bool):
            need = float(content)
        elif isinstance(content, Formula):
            return
        elif isinstance(content, date):
            need = 12
        elif isinstance(content, str):
            need = max(display_width(line) for line in content.split("\n")) if content else 0
        else:
            need = display_width(str(content))
        if need > self.widths.get(col, 0):
            self.widths[col] = need

    def apply_widths(self, minimum: float = 6, maximum: float = 60, fixed: dict[int, float] | None = None,
                     columns: int = 0):
        """Set every column's width from its content (bounded), then the heights of header rows and
        paragraphs, which depend on them."""
        from openpyxl.utils import get_column_letter

        fixed = fixed or {}
        final: dict[int, float] = {}
        for col in set(self.widths) | set(fixed) | set(range(1, columns + 1)):
            width = fixed.get(col, min(maximum, max(minimum, self.widths.get(col, 0) + 2)))
            final[col] = round(width, 1)
            self.ws.column_dimensions[get_column_letter(col)].width = final[col]
        for row, cells in self._headers.items():
            lines = max(wrapped_lines(text, final.get(col, 8.43) - 1, bold=True) for col, text in cells)
            self.ws.row_dimensions[row].height = max(15, 13.5 * lines + 5)
        known: dict[tuple[str, float], int] = {}
        for row, cells in self._wrapped:
            # Neither Excel nor LibreOffice sizes a row to its wrapped text when it reads a file.
            lines = 1
            for col, text in cells:
                key = (text, final.get(col, 8.43))
                found = known.get(key)
                if found is None:
                    found = known[key] = wrapped_lines(text, (key[1] - 1) * 1.1)
                lines = max(lines, found)
            if lines > 1:
                self.ws.row_dimensions[row].height = 13 * lines + 3
        for row, first, last, text, size in self._paragraphs:
            width = sum(final.get(c, 8.43) for c in range(first, last + 1) if c not in self.hidden) - 1
            lines = wrapped_lines(text, width * 11 / size)
            self.ws.row_dimensions[row].height = max(15, (size + 3.5) * lines + 3)
        self.final_widths = final


def _auto_width(value):
    """What a value needs when the caller gave no width (formulas: nothing, their caller knows better)."""
    if value is None or isinstance(value, (Formula, bool)):
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, (float, Decimal)):
        return f"{value:,.2f}"
    if isinstance(value, date):
        return 12
    return str(value)


def wrapped_lines(text: str, width: float, bold: bool = False) -> int:
    """How many lines ``text`` takes wrapped at ``width`` characters (words kept whole; CJK breaks anywhere)."""
    width = max(1.0, width / (1.06 if bold else 1.0))
    total = 0
    for paragraph in text.split("\n"):
        lines, used = 1, 0.0
        for token in _TOKENS.findall(paragraph):
            size = display_width(token)
            if token.isspace():
                used += size
                continue
            if used and used + size > width:
                lines += 1 + int(size // width) if size > width else 1
                used = size % width if size > width else size
            else:
                used += size
        total += lines
    return total


_WIDE = "\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef"
_TOKENS = re.compile(f"[{_WIDE}]|[^\\s{_WIDE}]+|\\s+")   # a CJK character, a word, or a space


def header_width(text: str) -> float:
    """The width a wrapped header needs: its longest word (a CJK character is a word), or a third of it
    over up to three lines."""
    if not text:
        return 0
    longest = max((display_width(t) for t in _TOKENS.findall(text) if not t.isspace()), default=0)
    return max(longest, math.ceil(display_width(text) / 3), 8)


def _copy_array(array):
    from openpyxl.styles.cell_style import StyleArray
    return StyleArray(array)


def _set_text(c, value: str) -> None:
    """Store ``value`` as a string cell whatever it starts with (openpyxl would make ``=...`` a formula),
    with Excel's quote prefix when it looks like one, so editing the cell keeps it text."""
    value = clean_text(value)
    c._value = value
    c.data_type = "s"
    if value.startswith(_FORMULA_LIKE):
        if c._style is not None:
            c._style = _copy_array(c._style)  # the array may be shared with other cells
        c.quotePrefix = True


def _assign(c, value) -> None:
    """Bind ``value``: a :class:`Formula` becomes a formula, any other string stays text."""
    if isinstance(value, Formula):
        c.value = "=" + value
        return
    if isinstance(value, str):
        _set_text(c, value)
        return
    if isinstance(value, Decimal):
        value = float(value)
    c.value = value


# -------------------------------------------------------------------------------------------- width helpers


def money_text(amount: Decimal | None, currency: str) -> str:
    return "" if amount is None else format_money(amount, currency)


def price_text(amount: Decimal | None, currency: str) -> str:
    if amount is None:
        return ""
    symbol = CURRENCY_SYMBOLS.get(currency, "")
    return symbol + format_price(amount)

"""Writing cells: :class:`SheetWriter` gives each cell a copy of a registered named style, keeps the widths its
content needs, and never lets text become a formula (see :mod:`core.workbook.style`); and the helpers that
measure text for column widths and wrapped rows.

openpyxl is imported inside the functions that use it: the app's start-up must not pay for it.
"""

from __future__ import annotations

import math
import re
from datetime import date
from decimal import Decimal

from core.money import CURRENCY_SYMBOLS, format_money, format_price
from core.workbook.style import FORMULA_LIKE, Formula, Styles, clean_text, display_width

LONG_FIELD = 40   # display columns: a cover field (client, company) longer than this wraps across the table


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

    def cover_value(self, row: int, value, last: int, date_width: float) -> None:
        """A quote cover's value in column 2 (client, quote number, dates…): a date as the workbook writes dates;
        a text longer than :data:`LONG_FIELD` wrapped across columns 2–``last``, where a long legal name would
        otherwise run off the printed page."""
        if isinstance(value, date):
            self.put(row, 2, value, "plain_date", width=date_width)
        elif display_width(str(value)) > LONG_FIELD:
            self.paragraph(row, 2, last, str(value), "wrap")
        else:
            self.put(row, 2, value, "text", width=0)

    def name(self, row: int, col: int, text: str, limit: float, style: str = "cell") -> None:
        """A name (an option, a workload, a plan) in a column at most ``limit`` characters wide: as it is where it
        fits, else wrapped (``bold`` → ``bold_wrap``, ``cell`` → ``name_wrap``) with its row as tall as its
        lines — a long plan or workload name was cut at the column's edge."""
        if display_width(text) <= limit - 2:
            self.put(row, col, text, style)
        else:
            self.put(row, col, text, {"bold": "bold_wrap", "cell": "name_wrap"}[style], width=limit)
            self._wrapped.append((row, [(col, text)]))

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


def longest_word(text: str) -> int:
    """The width of ``text``'s widest word (a CJK character counts alone: CJK text breaks anywhere)."""
    return max((display_width(token) for token in _TOKENS.findall(text) if not token.isspace()), default=0)


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
    if value.startswith(FORMULA_LIKE):
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

"""How a sheet falls onto printed pages, estimated from its column widths and row heights — so a sheet that
overflows its page by a few lines is set onto one page instead of leaving a near-empty last page, and a chart
starts a fresh page rather than being cut in two (with the repeated header row printed over its second half).

The estimate is the printers' own arithmetic: a column of width w characters of the default font prints at about
7w + 5 pixels; a row without a set height at 15 points in Excel and about 12 in LibreOffice (which sizes it from the
font). Whether a chart fits is judged with Excel's taller rows (a chart judged to fit does fit); whether a last
page is near-empty with LibreOffice's (a sheet shrunk onto one page fewer prints on it either way).
"""

from __future__ import annotations

import math
from collections.abc import Collection

# Landscape pages in points (width, height), and the margins core.workbook.context.print_setup sets.
PAGES = {"a4": (841.9, 595.3), "letter": (792.0, 612.0)}
MARGIN_SIDE = 36.0  # 0.5 in, left and right
MARGIN_TOP_BOTTOM = 54.0  # 0.75 in, top and bottom (the header and footer print inside them)
DEFAULT_ROW = 15.0  # Excel
FONT_ROW = 12.0  # LibreOffice, Calibri/Carlito 11 (and DengXian's stand-in), as measured on its pages
DEFAULT_WIDTH = 8.43
SAFETY = 1.06  # estimates err towards "does not fit"
SHRINK_FLOOR = 0.72  # never shrink below this share of the fit-to-width scale to save a page


def printable(paper: str) -> tuple[float, float]:
    width, height = PAGES.get(paper, PAGES["a4"])
    return width - 2 * MARGIN_SIDE, height - 2 * MARGIN_TOP_BOTTOM


def column_points(width: float) -> float:
    return (width * 7 + 5) * 0.75


def sheet_width(widths: dict[int, float], columns: int, hidden: Collection[int] = ()) -> float:
    """The printed width of columns 1..``columns`` (hidden ones take no room)."""
    return sum(column_points(widths.get(c, DEFAULT_WIDTH)) for c in range(1, columns + 1) if c not in hidden)


def width_scale(paper: str, width_pt: float) -> float:
    """The scale "fit to one page wide" prints at."""
    return min(1.0, printable(paper)[0] / max(width_pt, 1.0))


def rows_height(ws, first: int, last: int, default: float = DEFAULT_ROW) -> float:
    """Rows ``first``..``last`` in points, as their heights were set (else ``default``); with Excel's default
    row, a little more (an estimate that a chart fits must hold)."""
    dims = ws.row_dimensions
    total = 0.0
    for row in range(first, last + 1):
        height = dims[row].height if row in dims else None
        total += height if height else default
    return total * (SAFETY if default >= DEFAULT_ROW else 1.0)


def fit_pages(ws, paper: str, scale: float, height_pt: float) -> int:
    """Set how many pages tall the sheet prints: a sheet whose last page would hold only a few lines is shrunk (no
    more than to :data:`SHRINK_FLOOR` of ``scale``) onto one page fewer. Returns the pages it prints on."""
    page = printable(paper)[1]
    pages = height_pt * scale / page
    whole = max(1, math.ceil(pages - 1e-9))
    if whole > 1 and (whole - 1) / pages >= SHRINK_FLOOR:
        ws.page_setup.fitToHeight = whole - 1
        return whole - 1
    return whole


def keep_chart_whole(ws, paper: str, scale: float, above_pt: float, chart_pt: float, anchor_row: int) -> bool:
    """A chart anchored at ``anchor_row`` below ``above_pt`` points of rows: if everything fits one page at the
    width's scale, nothing to do; if it fits when shrunk a little, it prints on one page; otherwise the chart
    starts a new page (a manual break above its row), so it is never cut, and the repeated header row prints above
    it, not over it. Returns whether a break was set."""
    from openpyxl.worksheet.pagebreak import Break

    page = printable(paper)[1]
    total = above_pt + chart_pt
    if total * scale <= page:
        return False
    if page / total >= SHRINK_FLOOR * scale:
        ws.page_setup.fitToHeight = 1
        return False
    ws.row_breaks.append(Break(id=anchor_row - 2))  # a blank row between the break and the chart's top edge
    return True

"""Text as a terminal or a spreadsheet column lays it out: East Asian wide characters take two columns, so
Chinese model names still line up in the CLI's tables and the workbook's column widths."""

from __future__ import annotations

import unicodedata


def display_width(text: str) -> int:
    """Terminal columns: CJK characters take two, so Chinese model names still line up."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)

"""Rows for chosen models that have no price on the as-of date: shown in the table, greyed, with the reason, so a
ticked model never vanishes without a word (``core.pricing.engine.unpriced`` says which and why)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt

from core.errors import TokenQuoteError
from core.pricing.availability import Unpriced
from gui.comparison.columns import (
    COL_CHOSEN,
    COL_MODEL,
    COL_MONTHLY,
    COL_RANK,
    COL_VENDOR,
    COLUMN_COUNT,
    NUMERIC_COLUMNS,
    ROW_ROLE,
)
from gui.texts.messages import error_text

_LAST = float("inf")


@dataclass(frozen=True)
class UnpricedRow:
    """Reads like a comparison row where the table and its filters look (ids, vendor, region, currency), with no
    figures: nothing can total, chart or export a price it does not have."""

    model_id: str
    name: str
    vendor_id: str
    vendor_name: str
    region: str
    price_currency: str
    reason: TokenQuoteError
    rank: None = None
    point: None = None
    fits_context: bool = True
    understated: bool = False
    deprecated: bool = False
    retired: bool = False
    context_window: None = None

    @classmethod
    def of(cls, item: Unpriced) -> "UnpricedRow":
        vendor = item.vendor
        return cls(item.model_id, item.name, vendor.id if vendor else item.model_id.split("/")[0],
                   vendor.name if vendor else "", vendor.region if vendor else "", item.currency, item.reason)


def texts(row: UnpricedRow, vendor_text: str) -> tuple:
    cells = [None] + ["—"] * (COLUMN_COUNT - 1)
    cells[COL_RANK] = "∅"                                   # gui.comparison.grey_rows.MARKS
    cells[COL_VENDOR] = vendor_text
    cells[COL_MODEL] = row.name
    cells[COL_MONTHLY] = QCoreApplication.translate("ComparisonModel", "no price on this date")
    return tuple(cells)


def sort_keys(row: UnpricedRow, chosen: bool) -> tuple:
    """After every priced row when sorting by a figure (no figure is not a low one)."""
    keys = [_LAST] * COLUMN_COUNT
    keys[0] = 1 if chosen else 0
    keys[COL_VENDOR] = row.vendor_name.casefold()
    keys[COL_MODEL] = row.name.casefold()
    return tuple(keys)


def cell(row: UnpricedRow, column: int, role: int, chosen: bool, muted):
    """What the table shows of an unpriced row for ``role``: greyed, the reason as the tooltip, the tick kept."""
    if role == Qt.ItemDataRole.CheckStateRole and column == COL_CHOSEN:
        return Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked
    if role == Qt.ItemDataRole.ForegroundRole:
        return muted
    if role == Qt.ItemDataRole.ToolTipRole:
        return f"{row.name} ({row.model_id})\n{error_text(row.reason)}"
    if role == Qt.ItemDataRole.TextAlignmentRole:
        align = Qt.AlignmentFlag.AlignRight if column in NUMERIC_COLUMNS else Qt.AlignmentFlag.AlignLeft
        return align | Qt.AlignmentFlag.AlignVCenter
    if role == ROW_ROLE:
        return row
    return None

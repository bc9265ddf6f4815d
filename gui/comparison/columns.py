"""The comparison table's columns (in order), the item roles it answers beyond Qt's, and the cheapest mark."""

from __future__ import annotations

from PySide6.QtCore import Qt

SORT_ROLE = int(Qt.ItemDataRole.UserRole) + 1       # the raw value a column sorts by (never the formatted text)
ROW_ROLE = int(Qt.ItemDataRole.UserRole) + 2        # the engine's ComparisonRow

(COL_CHOSEN, COL_RANK, COL_VENDOR, COL_MODEL, COL_CONTEXT, COL_INPUT, COL_OUTPUT, COL_MONTHLY, COL_ANNUAL,
 COL_DIFF, COL_SOURCE) = range(11)
COLUMN_COUNT = 11
NUMERIC_COLUMNS = {COL_RANK, COL_CONTEXT, COL_INPUT, COL_OUTPUT, COL_MONTHLY, COL_ANNUAL, COL_DIFF}
CHEAPEST_MARK = "★"

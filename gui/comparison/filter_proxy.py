"""``ComparisonFilter``: the comparison table's proxy, which sorts by raw value and filters by vendor, region,
billing currency, free text and the fitting/chosen/stale toggles (a plan's row stays, unless only chosen rows
are shown and the plan is not in the quote)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel

from gui.comparison.columns import SORT_ROLE


class ComparisonFilter(QSortFilterProxyModel):
    """Sorts by :data:`SORT_ROLE` and keeps the rows that pass every filter."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)
        self.vendor: str | None = None
        self.region: str | None = None
        self.currency: str | None = None
        self.text = ""
        self.only_fitting = False
        self.only_chosen = False
        self.only_stale = False

    def set_filters(self, **filters) -> None:
        """Change any of ``vendor``, ``region``, ``currency``, ``text``, ``only_fitting``, ``only_chosen``,
        ``only_stale``."""
        if all(getattr(self, key) == value for key, value in filters.items()):
            return
        begin = getattr(self, "beginFilterChange", None)   # Qt ≥ 6.9; invalidateFilter() before
        if begin is not None:
            begin()
        for key, value in filters.items():
            if not hasattr(self, key) or key.startswith("_"):
                raise AttributeError(key)
            setattr(self, key, value.casefold().strip() if key == "text" else value)
        if begin is not None:
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int,  # noqa: N802 - Qt API
                         source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        row = model.row_at(source_row)
        if getattr(row, "is_plan", False):   # a plan stays beside whichever models the filters show
            return not self.only_chosen or model.is_chosen(row.model_id)
        if self.vendor and row.vendor_id != self.vendor:
            return False
        if self.region and row.region != self.region:
            return False
        if self.currency and row.price_currency != self.currency:
            return False
        if self.only_fitting and not row.fits_context:
            return False
        if self.only_chosen and not model.is_chosen(row.model_id):
            return False
        if self.only_stale and not model.is_stale(row):
            return False
        return not self.text or self.text in model.search_text(row)

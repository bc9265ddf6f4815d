"""``ModelPicker``: a plan line's model — "Cheapest that fits" or one model, picked from that workload's ranked
models with their cost for it alone. The list is filled when it opens (a reprice per keystroke does not rebuild
~160 items per workload); closed, it shows the line's choice."""

from __future__ import annotations

from typing import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QWidget

from core.pricing.engine import ComparisonRow
from gui.comparison import grey_rows
from gui.comparison.columns import CHEAPEST_MARK
from gui.texts.numbers import format_money

CHEAPEST = ""  # the item data of "Cheapest that fits" (Qt finds no None among item data)


class ModelPicker(QComboBox):
    """``rows()`` gives the workload's comparison rows, cheapest first, and their display currency;
    ``picked(model id or None)`` is emitted when the user picks another model (None: the cheapest that fits)."""

    picked = Signal(object)

    def __init__(self, rows: Callable[[], tuple[Sequence[ComparisonRow], str]], parent: QWidget | None = None):
        super().__init__(parent)
        self._rows = rows
        self._current: str | None = None
        self._current_text = ""
        self._filled = False
        self.why: Callable[[str], str] | None = None  # a model id → why it is not the line's cheapest (tooltips)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(14)
        self.setMaxVisibleItems(20)
        self.activated.connect(self._on_activated)
        self.set_current(None, "")

    @property
    def current(self) -> str | None:
        return self._current

    def set_current(self, model_id: str | None, name: str) -> None:
        """Show ``model_id`` (named ``name``), or "Cheapest that fits"; the full list waits for the popup."""
        self._current, self._current_text = model_id, name
        self.blockSignals(True)
        self.clear()
        self.addItem(self.tr("Cheapest that fits") if model_id is None else name, model_id or CHEAPEST)
        self.blockSignals(False)
        self._filled = False
        self.setToolTip(
            self.tr("The cheapest model that fits this workload under the plan's constraints")
            if model_id is None
            else self.tr("{0} ({1}), chosen for this workload").format(name, model_id)
        )

    def fill(self) -> None:
        """Every model priced for the workload, cheapest first, with its rank and monthly cost for it alone."""
        if self._filled:
            return
        self.blockSignals(True)
        self.clear()
        self.addItem(self.tr("Cheapest that fits"), CHEAPEST)
        self.insertSeparator(1)
        seen = False
        rows, currency = self._rows()
        for row in rows:
            rank = f"{CHEAPEST_MARK} 1" if row.rank == 1 else str(row.rank) if row.rank else grey_rows.mark(row) or "—"
            self.addItem(
                self.tr("{0}  {1} — {2}").format(rank, row.name, format_money(row.monthly_cost, currency)), row.model_id
            )
            if self.why is not None:
                self.setItemData(self.count() - 1, self.why(row.model_id), Qt.ItemDataRole.ToolTipRole)
            seen = seen or row.model_id == self._current
        if self._current is not None and not seen:  # left out of the comparison (retired, free): still the line's
            self.addItem(self._current_text or self._current, self._current)
        self.setCurrentIndex(max(0, self.findData(self._current or CHEAPEST)))
        self.blockSignals(False)
        self._filled = True

    def showPopup(self) -> None:  # noqa: N802 - Qt API
        self.fill()
        super().showPopup()

    def pick(self, model_id: str | None) -> None:
        """Choose ``model_id`` (None: the cheapest that fits) as the user would from the list."""
        self.fill()
        index = self.findData(model_id or CHEAPEST)
        if index >= 0:
            self.setCurrentIndex(index)
            self._on_activated(index)

    def _on_activated(self, index: int) -> None:
        model_id = self.itemData(index) or None
        if model_id != self._current:
            self.picked.emit(model_id)

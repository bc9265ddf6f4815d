"""What changed: a project saved with prices that differ from the current catalog on its as-of date.

``core.project.changes.saved_price_changes`` lists the models with the monthly cost each catalog gives (both
priced by the core engine, never here). :class:`PriceChangesDialog` shows them and lets the user keep the saved prices (the
default: the project holds them) or reprice with the current catalog (an undoable edit of the project).
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.project.changes import SavedPriceChange, SavedPriceChanges
from gui.texts.messages import error_text
from gui.texts.numbers import format_decimal, format_money, format_price, is_rounded_price


class PriceChangesModel(QAbstractTableModel):
    """The differences as a table: model, saved price, current price, monthly saved → current, effect; for two
    as-of dates (``changes.before``) the prices on each day, and a sixth column with the change of each price."""

    def __init__(self, changes: SavedPriceChanges, parent=None):
        super().__init__(parent)
        self.changes = changes
        self._texts = [self._row_texts(item) for item in changes.items]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._texts)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else (6 if self.changes.before else 5)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        currency, before = self.changes.currency, self.changes.before
        if before is not None:
            old, new = before.isoformat(), self.changes.day.isoformat()
            # Two lines each: the dates on top, so the columns stay as narrow as their figures.
            return (self.tr("Model"), self.tr("Price on {0}\n(in / out per 1M)").format(old),
                    self.tr("Price on {0}\n(in / out per 1M)").format(new),
                    self.tr("Monthly ({0})\n{1} → {2}").format(currency, old, new),
                    self.tr("Change ({0})").format(currency), self.tr("Price change\n(in / out)"))[section]
        return (self.tr("Model"), self.tr("Saved price (in / out per 1M)"), self.tr("Current price (in / out per 1M)"),
                self.tr("Monthly ({0}): saved → current").format(currency),
                self.tr("Effect ({0})").format(currency))[section]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._texts):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts[index.row()][index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
            return self.changes.items[index.row()].change.model_id
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (1, 2):
            change = self.changes.items[index.row()].change
            prices = (change.old_input, change.old_output) if index.column() == 1 else (change.new_input, change.new_output)
            if all(p is not None for p in prices) and any(is_rounded_price(p) for p in prices):
                return self.tr("Exactly {0} / {1} {2}").format(*(format_price(p, exact=True) for p in prices),
                                                               change.currency)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _row_texts(self, item: SavedPriceChange) -> tuple[str, ...]:
        change, currency = item.change, self.changes.currency
        # Between two dates the chosen models are the only ones listed (or none is chosen): no need to say it.
        chosen = item.chosen and self.changes.before is None
        name = self.tr("{0} (in the quote)").format(change.name) if chosen else change.name
        texts = (name, self.price_text(change.old_input, change.old_output, change.currency),
                 self.price_text(change.new_input, change.new_output, change.currency),
                 self.tr("{0} → {1}").format(self.money_text(item.old_monthly, currency),
                                             self.money_text(item.new_monthly, currency)),
                 self.effect_text(item.effect, currency))
        if self.changes.before is None:
            return texts
        if item.effect_pct is not None:
            texts = texts[:4] + (self.tr("{0} ({1})").format(texts[4], self.pct_text(item.effect_pct)),)
        return texts + (self.tr("{0} / {1}").format(self.pct_text(change.input_pct), self.pct_text(change.output_pct)),)

    @staticmethod
    def pct_text(value: Decimal | None) -> str:
        if value is None:
            return "—"
        return ("+" if value > 0 else "") + format_decimal(value, 1) + "%"

    def price_text(self, input_price: Decimal | None, output_price: Decimal | None, currency: str) -> str:
        if input_price is None:
            return self.tr("no price that day")
        if output_price is None:   # the catalog knows only the input price that day (Qwen-Long before its cut)
            return self.tr("{0} {1} input; output not known").format(format_price(input_price), currency)
        return self.tr("{0} / {1} {2}").format(format_price(input_price), format_price(output_price), currency)

    @staticmethod
    def money_text(amount: Decimal | None, currency: str) -> str:
        return format_money(amount, currency) if amount is not None else "—"

    @staticmethod
    def effect_text(effect: Decimal | None, currency: str) -> str:
        if effect is None:
            return "—"
        return ("+" if effect > 0 else "") + format_money(effect, currency)


class PriceChangesDialog(QDialog):
    """Lists the differences; ``reprice_chosen`` is emitted when the user picks the current catalog's prices.
    Keeping the saved prices is the default button (Enter or Esc keep them)."""

    reprice_chosen = Signal()

    def __init__(self, changes: SavedPriceChanges, project_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("priceChangesDialog")
        self.setWindowTitle(self.tr("Prices have changed"))
        self.changes = changes
        self.choice = "keep"
        intro = QLabel(self.tr(
            "“{0}” was saved with prices that differ from your current catalog on {1}. Keep the saved prices to "
            "reproduce the saved figures, or reprice with the current catalog.").format(
                project_name, changes.day.isoformat()), self)
        intro.setWordWrap(True)
        self.model = PriceChangesModel(changes, self)
        self.table = QTableView(self)
        self.table.setTabKeyNavigation(False)  # Tab moves on to the next control, not the next cell
        self.table.setObjectName("priceChangesTable")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setWordWrap(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        self.table.resizeColumnsToContents()
        self.summary = QLabel(self._summary_text(), self)
        self.summary.setObjectName("priceChangesSummary")
        self.summary.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        self.keep_button = QPushButton(self.tr("Keep saved prices"), self)
        self.keep_button.setToolTip(self.tr("The project keeps the prices it was saved with"))
        self.reprice_button = QPushButton(self.tr("Reprice with current catalog"), self)
        self.reprice_button.setToolTip(self.tr("Use the current catalog's prices (Edit › Undo takes it back)"))
        buttons.addButton(self.keep_button, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.addButton(self.reprice_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.keep_button.setDefault(True)
        self.keep_button.setAutoDefault(True)
        self.reprice_button.setAutoDefault(False)
        self.keep_button.clicked.connect(self.keep)
        self.reprice_button.clicked.connect(self.reprice)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        width = sum(self.table.columnWidth(c) for c in range(5)) + 60
        rows = (self.fontMetrics().height() + 8) * len(changes.items)
        self.resize(max(760, min(1200, width)), min(560, 220 + rows))

    def keep(self) -> None:
        self.choice = "keep"
        self.reject()

    def reprice(self) -> None:
        self.choice = "reprice"
        self.reprice_chosen.emit()
        self.accept()

    def model_ids(self) -> list[str]:
        return [i.change.model_id for i in self.changes.items]

    def cell_text(self, row: int, column: int) -> str:
        return self.model.index(row, column).data()

    def _summary_text(self) -> str:
        changes = self.changes
        if changes.problem:
            return self.tr("The monthly effect could not be priced: {0}").format(error_text(changes.problem))
        totals = changes.totals()
        if totals is None:
            return ""
        old, new = totals
        currency = changes.currency
        if any(i.chosen for i in changes.items):
            text = self.tr("Monthly total of the models in the quote: {0} saved, {1} with the current catalog ({2}).")
        else:
            text = self.tr("Monthly total of these models: {0} saved, {1} with the current catalog ({2}).")
        return text.format(format_money(old, currency), format_money(new, currency),
                           PriceChangesModel.effect_text(new - old, currency))

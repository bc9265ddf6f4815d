"""``FxDialog``: view and edit the project's exchange rates and their as-of dates.

Each cell is checked as it is entered: a rate that is not a positive number or a date that does not exist
stays in the cell, marked red with the reason, and the dialog cannot be accepted until it is fixed.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.dates import parse_day
from core.errors import InputError, TokenQuoteError
from core.money import to_decimal
from core.pricing.fx import ASSUMPTION_NOTE, FxRate, FxTable, parse_fx_option
from gui.texts.messages import error_text, fx_note_text
from gui.texts.numbers import decimal_point, edit_text, format_decimal
from gui.widgets.date_field import DateField
from gui.widgets.style import error_color, error_style

COL_PAIR, COL_RATE, COL_AS_OF, COL_NOTE = range(4)


def _own_note(rate: FxRate) -> str:
    """A rate the user edits is theirs: the bundled "assumption: edit to your budget rate" note goes (the workbook
    then says "Set by you"); a note of their own stays."""
    return "" if rate.note == ASSUMPTION_NOTE else rate.note


@dataclass
class _Entry:
    rate: FxRate
    errors: dict[int, tuple[str, str]] = field(default_factory=dict)   # column → (typed text, problem)


class FxRatesModel(QAbstractTableModel):
    def __init__(self, table: FxTable, parent=None):
        super().__init__(parent)
        self.entries = [_Entry(r) for r in table.rates]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Pair"), self.tr("Rate"), self.tr("As of"), self.tr("Note"))[section]
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        if index.isValid() and index.column() != COL_PAIR:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        entry = self.entries[index.row()]
        rate, column = entry.rate, index.column()
        error = entry.errors.get(column)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if error:
                return error[0]
            if column == COL_PAIR:
                return rate.pair
            if column == COL_RATE:
                return edit_text(rate.rate) if role == Qt.ItemDataRole.EditRole else \
                    self.tr("1 {0} = {1} {2}").format(rate.base, format_decimal(rate.rate), rate.quote)
            if column == COL_AS_OF:
                return rate.as_of.isoformat()
            return rate.note if role == Qt.ItemDataRole.EditRole else fx_note_text(rate.note)
        if role == Qt.ItemDataRole.BackgroundRole and error:
            return _invalid_brush()
        if role == Qt.ItemDataRole.ToolTipRole:
            if error:
                return error[1]
            if rate.assumption:
                return self.tr("A bundled assumption: replace it with your company's rate")
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_RATE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: QModelIndex | QPersistentModelIndex, value,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or index.column() == COL_PAIR:
            return False
        entry = self.entries[index.row()]
        text = str(value).strip()
        column = index.column()
        try:
            if column == COL_RATE:
                number = to_decimal(text, entry.rate.pair, minimum=None, decimal=decimal_point())
                if number <= 0:
                    raise InputError(entry.rate.pair, "fx_not_positive", value=text)
                entry.rate = replace(entry.rate, rate=number, assumption=False, note=_own_note(entry.rate))
            elif column == COL_AS_OF:
                day = parse_day(text, entry.rate.pair)   # the one date rule: taken whole or refused
                entry.rate = replace(entry.rate, as_of=day, assumption=False, note=_own_note(entry.rate))
            else:
                entry.rate = replace(entry.rate, note=text)
            entry.errors.pop(column, None)
        except InputError as exc:
            entry.errors[column] = (text, error_text(exc))
        self.dataChanged.emit(index, index)
        return True

    def problems(self) -> list[str]:
        return [problem for e in self.entries for _text, problem in e.errors.values()]

    def table(self) -> FxTable:
        result = FxTable()
        for entry in self.entries:
            result = result.with_rate(entry.rate)
        return result

    def add(self, rate: FxRate) -> None:
        for position, entry in enumerate(self.entries):
            if {entry.rate.base, entry.rate.quote} == {rate.base, rate.quote}:
                entry.rate, entry.errors = rate, {}
                self.dataChanged.emit(self.index(position, 0), self.index(position, 3))
                return
        self.beginInsertRows(QModelIndex(), len(self.entries), len(self.entries))
        self.entries.append(_Entry(rate))
        self.endInsertRows()

    def remove(self, position: int) -> None:
        self.beginRemoveRows(QModelIndex(), position, position)
        del self.entries[position]
        self.endRemoveRows()


class FxDialog(QDialog):
    """Edit a copy of the FX table; ``check(table)`` (from the window) refuses a table the comparison cannot
    use, e.g. one that no longer converts a billing currency to the display currency."""

    def __init__(self, table: FxTable, check: Callable[[FxTable], str | None] | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Exchange rates"))
        self.resize(640, 380)
        self._check = check
        self.result_table: FxTable | None = None
        self.model = FxRatesModel(table, self)
        self.view = QTableView(self)
        self.view.setTabKeyNavigation(False)  # Tab moves on to the next control, not the next cell
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(COL_NOTE, QHeaderView.ResizeMode.Stretch)
        self.view.setColumnWidth(COL_RATE, 170)
        self.view.setColumnWidth(COL_AS_OF, 100)

        self.base = QLineEdit(self)
        self.base.setPlaceholderText("USD")
        self.base.setMaxLength(3)
        self.quote = QLineEdit(self)
        self.quote.setPlaceholderText("CNY")
        self.quote.setMaxLength(3)
        self.rate = QLineEdit(self)
        self.rate.setPlaceholderText("7.10")
        self.as_of = DateField(self.tr("as of"), self)
        add = QPushButton(self.tr("Add or replace"), self)
        add.clicked.connect(self.add_rate)
        remove = QPushButton(self.tr("Remove selected"), self)
        remove.clicked.connect(self.remove_selected)
        row = QHBoxLayout()
        row.addWidget(QLabel("1", self))
        row.addWidget(self.base)
        row.addWidget(QLabel("=", self))
        row.addWidget(self.rate)
        row.addWidget(self.quote)
        row.addWidget(QLabel(self.tr("as of"), self))
        row.addWidget(self.as_of)
        row.addWidget(add)
        row.addStretch(1)
        row.addWidget(remove)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(error_style())
        hint = QLabel(self.tr("A rate reads as published: USD/CNY 7.10 means 1 USD buys 7.10 CNY. Double-click "
                              "a rate, date or note to edit it."), self)
        hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        # The keyboard follows the row as it reads, "1 USD = 7.10 CNY as of …", not the order it was built in.
        for before, after in ((self.view, self.base), (self.base, self.rate), (self.rate, self.quote),
                              (self.quote, self.as_of), (self.as_of, add), (add, remove)):
            QWidget.setTabOrder(before, after)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.view)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.model.dataChanged.connect(self._update_state)
        self.model.rowsInserted.connect(self._update_state)
        self.model.rowsRemoved.connect(self._update_state)
        self._update_state()

    def add_rate(self) -> bool:
        try:
            day = self.as_of.day()
        except TokenQuoteError as exc:
            self.message.setText(error_text(exc))
            return False
        text = f"{self.base.text().strip().upper()}/{self.quote.text().strip().upper()}={self.rate.text().strip()}"
        try:
            rate = parse_fx_option(text, day, self.tr("new rate"))
        except TokenQuoteError as exc:
            self.message.setText(error_text(exc))
            return False
        self.model.add(replace(rate, note=self.tr("entered by hand")))
        self.base.clear()
        self.quote.clear()
        self.rate.clear()
        return True

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()}, reverse=True)
        for position in rows:
            self.model.remove(position)

    def _update_state(self, *_args) -> None:
        problems = self.model.problems()
        self.message.setText("\n".join(problems))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problems)

    def accept(self) -> None:
        if any(field.text().strip() for field in (self.base, self.quote, self.rate)):
            # A rate typed but not added yet (Enter in its fields, or OK): it is added, or its problem said, and
            # the dialog stays open to show it. Before, Enter closed the dialog and the typed rate was lost.
            if self.add_rate():
                self.base.setFocus()
            return
        if self.model.problems():
            return
        table = self.model.table()
        problem = self._check(table) if self._check else None
        if problem:
            self.message.setText(problem)
            return
        self.result_table = table
        super().accept()


def _invalid_brush() -> QBrush:
    colour = error_color()
    colour.setAlpha(70)
    return QBrush(colour)

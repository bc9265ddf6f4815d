"""``OverridesPanel``: the catalog window's negotiated prices and discounts in a table, with Add, Edit and
Delete buttons (the window opens the dialogs and makes the changes)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.catalog.overrides import Override
from core.errors import TokenQuoteError
from gui.catalog.source import CatalogSource
from gui.texts.numbers import format_decimal, format_price


class OverridesPanel(QGroupBox):
    """Parameters: ``source``, the app's catalog (its user's overrides). ``overrides`` are those shown, in the
    table's order."""

    def __init__(self, source: CatalogSource, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Negotiated prices and discounts"))
        self.source = source
        self.overrides: list[Override] = []
        self.overrides_table = QTableWidget(0, 5, self)
        self.overrides_table.setTabKeyNavigation(False)  # Tab moves on to the next control, not the next cell
        self.overrides_table.setObjectName("overridesTable")
        self.overrides_table.setHorizontalHeaderLabels([self.tr("Applies to"), self.tr("Terms"), self.tr("From"),
                                                        self.tr("To"), self.tr("Note")])
        self.overrides_table.verticalHeader().hide()
        self.overrides_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.overrides_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.overrides_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.overrides_table.horizontalHeader().setStretchLastSection(True)
        self.overrides_table.setColumnWidth(0, 190)
        self.overrides_table.setColumnWidth(1, 170)
        self.overrides_table.itemSelectionChanged.connect(self.update_buttons)
        self.add_button = QPushButton(self.tr("Add…"), self)
        self.edit_override_button = QPushButton(self.tr("Edit…"), self)
        self.delete_override_button = QPushButton(self.tr("Delete"), self)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_override_button, self.delete_override_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.overrides_table)
        layout.addLayout(buttons)

    def fill(self) -> None:
        """Show the user's overrides (none when their file cannot be read)."""
        try:
            overrides = self.source.user.overrides()
        except TokenQuoteError:
            overrides = []
        self.overrides = overrides
        catalog = self.source.catalog
        table = self.overrides_table
        table.setRowCount(len(overrides))
        for position, o in enumerate(overrides):
            target = catalog.models.get(o.target) or catalog.vendors.get(o.target)
            name = self.tr("{0} ({1})").format(target.name, o.target) if target is not None else o.target
            if o.discount_pct is not None:
                terms = self.tr("{0}% off the list price").format(format_decimal(o.discount_pct.normalize()))
            else:
                terms = self.tr("{0} / {1} per 1M").format(format_price(o.prices.input), format_price(o.prices.output))
            cells = [name, terms, o.start.isoformat(), o.end.isoformat() if o.end else self.tr("open"), o.note]
            for column, text in enumerate(cells):
                table.setItem(position, column, QTableWidgetItem(text))

    def selected_position(self) -> int | None:
        """The position in :attr:`overrides` of the row chosen in the table."""
        rows = self.overrides_table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def update_buttons(self) -> None:
        has_override = bool(self.overrides_table.selectionModel().selectedRows())
        self.edit_override_button.setEnabled(has_override)
        self.delete_override_button.setEnabled(has_override)

    def override_count(self) -> int:
        return self.overrides_table.rowCount()

"""Looking back in time: the prices and monthly costs in force on an earlier date beside those of the project's
as-of date, per model, with the change (Wei: what did the price war change between 2024-05-01 and 2024-06-01?).

The figures are ``core.project.changes.changes_between``'s (the engine prices both days, with the comparison's
own filters); the table is the saved-prices dialog's :class:`PriceChangesModel` with the two dates as headers.
The dialog follows the document: another as-of date, workload or currency there, and it prices again.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.errors import TokenQuoteError
from core.project.changes import SavedPriceChanges, changes_between
from gui.catalog.price_changes_dialog import PriceChangesModel
from gui.texts.messages import error_text
from gui.texts.numbers import format_money
from gui.widgets.date_field import DateField


def month_before(day: date) -> date:
    """The same day a month earlier (the month's last day where it has fewer days)."""
    year, month = (day.year, day.month - 1) if day.month > 1 else (day.year - 1, 12)
    for d in (day.day, 30, 29, 28):
        try:
            return date(year, month, d)
        except ValueError:
            continue
    return day - timedelta(days=28)   # pragma: no cover - every month has a 28th


class DateChangesDialog(QDialog):
    """Parameters: ``window``, the main window (its ``document`` and its ``hide_deprecated`` choice)."""

    def __init__(self, window, parent: QWidget | None = None):
        super().__init__(parent or window)
        self.setObjectName("dateChangesDialog")
        self.setWindowTitle(self.tr("Compare with an earlier date"))
        self.document = window.document
        self.changes: SavedPriceChanges | None = None
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.before_edit = DateField(self.tr("earlier date"), self,
                                     month_before(self.document.project.effective_as_of()))
        self.before_edit.setObjectName("beforeDate")
        caption = QLabel(self.tr("&Earlier date"), self)
        caption.setBuddy(self.before_edit.line_edit)
        self.after_label = QLabel(self)
        row = QHBoxLayout()
        row.addWidget(caption)
        row.addWidget(self.before_edit)
        row.addWidget(self.after_label)
        row.addStretch(1)
        self.table = QTableView(self)
        self.table.setTabKeyNavigation(False)  # Tab moves on to the next control, not the next cell
        self.table.setObjectName("dateChangesTable")
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setWordWrap(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.summary = QLabel(self)
        self.summary.setObjectName("dateChangesSummary")
        self.summary.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(row)
        layout.addWidget(self.table)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        self.before_edit.date_edited.connect(self.refresh)
        self.document.comparison_did_change.connect(self.refresh)
        self.refresh()
        self.resize(980, 520)

    @classmethod
    def show_for(cls, window) -> "DateChangesDialog":
        dialog = cls(window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def set_before(self, day: date) -> None:
        self.before_edit.setDate(day)
        self.refresh()

    def refresh(self, *_args) -> None:
        """Price both days again (the earlier date, or the document, changed)."""
        document, project = self.document, self.document.project
        before, after = self.before_edit.date().toPython(), project.effective_as_of()
        self.after_label.setText(self.tr("beside the as-of date {0}").format(after.isoformat()))
        chosen = [m for m in project.selected if m in document.pricing_catalog.models]
        self.intro.setText(self.tr("Each model's prices and monthly cost on the earlier date beside those on the "
                                   "project's as-of date, for its workloads. The chosen models, or every model the "
                                   "comparison shows when none is chosen.") if chosen else self.tr(
            "Each model's prices and monthly cost on the earlier date beside those on the project's as-of date, for "
            "its workloads: every model the comparison shows (choose models to see only those)."))
        if before >= after:   # swapped, a price war would read as a rise (the CLI refuses it too)
            self.changes = None
            self.table.setModel(None)
            self.summary.setText(self.tr("The earlier date must come before the as-of date {0}.").format(
                after.isoformat()))
            return
        try:
            self.changes = changes_between(document.pricer, project.workloads, before, after,
                                           currency=project.currency, fx=project.fx, models=chosen or None,
                                           include_deprecated=not document.hide_deprecated,
                                           include_free=project.include_free, always=project.selected)
        except TokenQuoteError as exc:
            self.changes = None
            self.table.setModel(None)
            self.summary.setText(self.tr("These dates could not be priced: {0}").format(error_text(exc)))
            return
        old_model = self.table.model()
        self.model = PriceChangesModel(self.changes, self)
        self.table.setModel(self.model)
        if old_model is not None:
            old_model.deleteLater()
        self.table.resizeColumnsToContents()
        self.summary.setText(self._summary_text())
        width = sum(self.table.columnWidth(c) for c in range(self.model.columnCount())) + 60
        screen = self.screen().availableGeometry().width() if self.screen() else 1280
        if width > self.width():
            self.resize(min(width, screen - 40), self.height())

    def cell_text(self, row: int, column: int) -> str:
        return self.model.index(row, column).data()

    def row_of(self, model_id: str) -> int:
        return [i.change.model_id for i in self.changes.items].index(model_id)

    def _summary_text(self) -> str:
        changes = self.changes
        if not changes.items:
            return self.tr("No model has a price on either date.")
        items = [i for i in changes.items if i.chosen] or changes.items
        both = [i for i in items if i.old_monthly is not None and i.new_monthly is not None]
        if not both:
            return self.tr("None of these models has a price on both dates: no total to compare.")
        old = sum((i.old_monthly for i in both), Decimal(0))
        new = sum((i.new_monthly for i in both), Decimal(0))
        currency, before, after = changes.currency, changes.before.isoformat(), changes.day.isoformat()
        figures = (format_money(old, currency), before, format_money(new, currency), after,
                   PriceChangesModel.effect_text(new - old, currency))
        if len(both) < len(items):   # a model not yet sold, or gone, on one of the days: totals of the others
            return self.tr("Monthly total of the %n model(s) priced on both dates: {0} on {1}, {2} on {3} ({4}).",
                           "", len(both)).format(*figures)
        text = self.tr("Monthly total of the chosen models: {0} on {1}, {2} on {3} ({4}).") \
            if any(i.chosen for i in changes.items) else \
            self.tr("Monthly total of these models: {0} on {1}, {2} on {3} ({4}).")
        return text.format(*figures)

"""``ResultsPanel``: what a usage import gave — the report (rows read, used, skipped and why), the workloads for
the chosen months and grouping with the growth fitted from the history (the projection's growth, editable), and
the reconciliation as a table and a chart."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.errors import Field, TokenQuoteError
from core.numbers import read_number
from core.pricing.projection_settings import MAX_GROWTH_PCT
from core.pricing.usage import plan_workloads
from gui.texts.i18n import vendor_name
from gui.texts.messages import error_text
from gui.texts.numbers import decimal_point, format_count, format_decimal, format_money
from gui.usage.reconciliation_view import SORT_ROLE, ReconciliationModel, reconciliation_chart
from gui.widgets.spin_boxes import SpinBox


class ResultsPanel(QWidget):
    """Parameters: the ``imported`` usage (core.importers.usage.UsageImport), its ``reconciliation`` and the
    ``catalog`` (model names, vendors). :meth:`workloads` and :meth:`growth` are what the import adds."""

    plan_did_change = Signal()

    def __init__(self, imported, reconciliation, catalog, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("usageResultsPanel")
        self.imported = imported
        self.reconciliation = reconciliation
        self.catalog = catalog
        self.plan = None
        report = imported.report
        summary = QLabel(self)
        summary.setObjectName("usageSummary")
        summary.setWordWrap(True)
        summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lines = [self.tr("{0}: {1} rows read, {2} used, {3} skipped; {4} months of {5} models.").format(
            imported.source.path.name, format_count(report.rows_read), format_count(report.rows_used),
            format_count(report.rows_skipped), format_count(len({r.month for r in imported.rows})),
            format_count(len({r.model for r in imported.rows})))]
        for code, count in sorted(report.skipped.items(), key=lambda item: -item[1]):
            example = next((e for e in report.examples if e.code == code), None)
            lines.append(self.tr("Skipped {0} rows: {1}").format(format_count(count), error_text(example))
                         if example else self.tr("Skipped {0} rows ({1})").format(format_count(count), code))
        if imported.unmatched:
            lines.append(self.tr("Not in the catalog (workloads, but not priced in the reconciliation): {0}")
                         .format(", ".join(imported.unmatched)))
        lines.extend(error_text(note) for note in report.notes)
        shown = [error_text(e) for e in reconciliation.errors] or list(reconciliation.problems)
        lines.extend(shown[:5])
        if len(shown) > 5:
            lines.append(self.tr("… and {0} more such notes.").format(format_count(len(shown) - 5)))
        summary.setText("\n".join(lines))
        self.skipped_list = QListWidget(self)
        self.skipped_list.setObjectName("usageSkippedRows")
        self.skipped_list.addItems([error_text(e) for e in report.examples])
        self.skipped_list.setVisible(bool(report.examples))
        self.skipped_list.setMaximumHeight(90)

        self.months = SpinBox(self)
        self.months.setObjectName("usageMonths")
        self.months.setRange(1, 120)
        self.months.setValue(1)
        self.months.setSuffix(self.tr(" full month(s)"))
        self.months.valueChanged.connect(self._replan)
        self.grouping = QComboBox(self)
        self.grouping.setObjectName("usageGrouping")
        for text, key in ((self.tr("one per model"), "model"), (self.tr("one per vendor"), "vendor"),
                          (self.tr("one per group column"), "group"), (self.tr("one for all usage"), "total")):
            self.grouping.addItem(text, key)
        if not imported.mapping.has("group"):
            self.grouping.model().item(2).setEnabled(False)
        self.grouping.currentIndexChanged.connect(self._replan)
        self.growth_edit = QLineEdit(self)
        self.growth_edit.setObjectName("usageGrowth")
        self.growth_edit.textEdited.connect(self._on_growth_edited)
        self.growth_note = QLabel(self)
        self.growth_note.setObjectName("usageGrowthNote")
        self.growth_note.setWordWrap(True)
        self.replace = QCheckBox(self.tr("Replace the project's workloads (otherwise they are added)"), self)
        self.replace.setObjectName("usageReplace")
        self.replace.setChecked(True)
        form = QFormLayout()
        form.addRow(self.tr("Volumes from the average of the last:"), self.months)
        form.addRow(self.tr("Workloads:"), self.grouping)
        form.addRow(self.tr("Projection growth per month (%):"), self.growth_edit)
        form.addRow("", self.growth_note)
        form.addRow("", self.replace)

        self.table = QTableWidget(self)
        self.table.setTabKeyNavigation(False)  # Tab moves on to the next control, not the next cell
        self.table.setObjectName("usageWorkloads")
        self.table.setColumnCount(5)
        self.table.setHorizontalHeaderLabels([self.tr("Workload"), self.tr("Input tokens / month"),
                                              self.tr("Output tokens / month"), self.tr("Cache hits"),
                                              self.tr("Fitted growth / month")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()

        self.rec_model = ReconciliationModel(reconciliation, self)
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(self.rec_model)
        proxy.setSortRole(SORT_ROLE)
        self.rec_table = QTableView(self)
        self.rec_table.setTabKeyNavigation(False)  # Tab moves on to the next control, not the next cell
        self.rec_table.setObjectName("usageReconciliation")
        self.rec_table.setModel(proxy)
        self.rec_table.setSortingEnabled(True)
        self.rec_table.verticalHeader().hide()
        self.rec_table.resizeColumnsToContents()
        cur = reconciliation.currency
        total = QLabel(self)
        total.setObjectName("usageReconciliationTotal")
        total.setWordWrap(True)
        if reconciliation.has_billed:
            total.setText(self.tr("Billed {0}; the catalog's prices give {1} for the same tokens; difference {2}.")
                          .format(format_money(reconciliation.billed_total, cur),
                                  format_money(reconciliation.catalog_total, cur),
                                  format_money(reconciliation.billed_total - reconciliation.catalog_total, cur)))
            if reconciliation.left_out:   # one figure only: in neither total (a bill with no price is no overcharge)
                months = reconciliation.left_out_labels
                shown = self.tr(", ").join(months[:6]) + (self.tr(", …") if len(months) > 6 else "")
                total.setText(total.text() + " " + self.tr(
                    "Lines with only one of the two figures are in neither: {0} (billed {1} with no catalog "
                    "price).").format(shown, format_money(reconciliation.billed_left_out, cur)))
        else:
            total.setText(self.tr("The file has no costs; the catalog's prices give {0} for its tokens.").format(
                format_money(reconciliation.catalog_total, cur)))
        if reconciliation.unmatched:   # their bills and tokens are in neither total: said, not left to be guessed
            total.setText(total.text() + " " + self.tr(
                "Models not in the catalog are in neither figure: {0}.").format(
                self.tr(", ").join(reconciliation.unmatched)))
        rec_page = QWidget(self)
        rec_layout = QVBoxLayout(rec_page)
        rec_layout.addWidget(total)
        rec_layout.addWidget(self.rec_table)
        self.alternatives = QTableWidget(self)
        self.alternatives.setTabKeyNavigation(False)  # Tab moves on to the next control, not the next cell
        self.alternatives.setObjectName("usageAlternatives")
        self.alternatives.setColumnCount(3)
        self.alternatives.setHorizontalHeaderLabels([self.tr("Model"), self.tr("Vendor"),
                                                     self.tr("Cost of the same usage ({0})").format(cur)])
        self.alternatives.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.alternatives.verticalHeader().hide()
        self.alternatives.setRowCount(len(reconciliation.alternatives))
        for r, alt in enumerate(reconciliation.alternatives):
            model = catalog.models.get(alt.model_id)
            vendor = vendor_name(catalog.vendors[model.vendor_id]) if model and model.vendor_id in catalog.vendors else ""
            for c, text in enumerate((alt.name, vendor, format_money(alt.cost, cur))):
                item = QTableWidgetItem(text)
                if c == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.alternatives.setItem(r, c, item)
        self.alternatives.resizeColumnsToContents()

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("usageTabs")
        self.tabs.addTab(self.table, self.tr("Workloads"))
        self.tabs.addTab(rec_page, self.tr("Reconciliation"))
        self.chart_index = self.tabs.addTab(QWidget(self), self.tr("Chart"))
        other_page = QWidget(self)
        other_layout = QVBoxLayout(other_page)
        basis = QLabel(self)
        basis.setWordWrap(True)
        if reconciliation.alternatives_priced_on is not None:
            # Not the reconciliation's figure: said, so the two are not set side by side as if they were.
            basis.setText(self.tr(
                "The file's whole usage, every month and every model (those not in the catalog too), priced at the "
                "prices in force on {0}.").format(reconciliation.alternatives_priced_on.isoformat()))
        other_layout.addWidget(basis)
        other_layout.addWidget(self.alternatives)
        self.tabs.addTab(other_page, self.tr("Other models"))
        self.tabs.currentChanged.connect(self._on_tab)
        self.chart = None

        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.skipped_list)
        row = QHBoxLayout()
        row.addLayout(form)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.tabs, 1)
        self._growth_edited = False
        self._replan()

    # -- the plan ---------------------------------------------------------------------------------------

    def _replan(self, *_args) -> None:
        catalog = self.catalog
        self.plan = plan_workloads(
            self.imported.rows, months=self.months.value(), grouping=self.grouping.currentData(),
            last_day=self.imported.report.last_day, first_day=self.imported.report.first_day,
            names=lambda key: catalog.models[key].name if key in catalog.models else key,
            vendor_of=lambda model_id: catalog.models[model_id].vendor_id if model_id in catalog.models else model_id)
        plan = self.plan
        self.table.setRowCount(len(plan.workloads))
        for r, item in enumerate(plan.workloads):
            w = item.workload
            texts = (w.name, format_count(w.input_tokens), format_count(w.output_tokens),
                     format_decimal(w.cache_hit_pct, 2) + " %",
                     # one month of use measures no growth: "—", not a 0 % that reads as flat
                     format_decimal(item.growth_pct, 2) + " %" if item.growth_fitted else "—")
            for c, text in enumerate(texts):
                cell = QTableWidgetItem(text)
                if c:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, cell)
        self.table.resizeColumnsToContents()
        if not self._growth_edited:
            self.growth_edit.setText(format_decimal(plan.growth_pct, 2))
        basis = plan.full_months[-self.months.value():]
        if plan.no_full_month():
            self.growth_note.setText(error_text(plan.no_full_month()))
        else:
            span = basis[0].isoformat()[:7] + ("–" + basis[-1].isoformat()[:7] if len(basis) > 1 else "")
            note = self.tr("Months averaged: {0}. Fitted growth: least squares of the log of each month's tokens "
                           "per day over {1} full months, {2} % a month.").format(span, len(plan.full_months),
                                                                         format_decimal(plan.growth_pct, 2))
            if plan.partial_first:
                note += " " + self.tr("{0} is left out: the file starts after its first day.").format(
                    plan.partial_first.isoformat()[:7])
            if plan.partial_month:
                note += " " + self.tr("{0} is left out: the file stops before its end.").format(
                    plan.partial_month.isoformat()[:7])
            if plan.idle:   # used only outside the months averaged: said, not dropped without a word
                note += " " + self.tr("No workload for {0}: no use in the months averaged.").format(
                    self.tr(", ").join(plan.idle))
            self.growth_note.setText(note)
        self.plan_did_change.emit()

    def _on_growth_edited(self, _text: str) -> None:
        self._growth_edited = True
        self.plan_did_change.emit()

    def growth(self) -> Decimal:
        """The projection growth typed (or fitted); raises InputError naming the field when it is not valid."""
        from core.errors import InputError
        value = read_number(self.growth_edit.text().strip().rstrip("%"), Field("growth_pct"), decimal=decimal_point())
        if not Decimal(-100) <= value <= MAX_GROWTH_PCT:
            raise InputError(Field("growth_pct"), "growth_range_typed", value=self.growth_edit.text())
        return value

    def growth_problem(self) -> str:
        try:
            self.growth()
        except TokenQuoteError as exc:
            return error_text(exc)
        return ""

    def workloads(self):
        return [item.workload for item in self.plan.workloads] if self.plan else []

    def _on_tab(self, index: int) -> None:
        if index == self.chart_index and self.chart is None:
            self.chart = reconciliation_chart(self.reconciliation, self)
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, self.chart, self.tr("Chart"))
            self.tabs.setCurrentIndex(index)

"""The reconciliation as the user sees it: ``ReconciliationModel`` (a thin table model over the lines: month,
model, tokens, billed, catalog cost, difference) and ``reconciliation_chart`` (billed against catalog cost per
month, QtCharts imported when the chart is made)."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from core.pricing.reconcile import Reconciliation
from gui.texts.numbers import format_count, format_money

SORT_ROLE = int(Qt.ItemDataRole.UserRole) + 1
(COL_MONTH, COL_MODEL, COL_ID, COL_IN, COL_OUT, COL_CACHED, COL_BILLED, COL_CATALOG, COL_DIFF) = range(9)
_NUMBERS = {COL_IN, COL_OUT, COL_CACHED, COL_BILLED, COL_CATALOG, COL_DIFF}
_CHART = "ReconciliationChart"
_BILLED = QT_TRANSLATE_NOOP("ReconciliationChart", "Billed")
_CATALOG = QT_TRANSLATE_NOOP("ReconciliationChart", "Catalog cost")
_TITLE = QT_TRANSLATE_NOOP("ReconciliationChart", "Billed against catalog prices per month ({0})")


class ReconciliationModel(QAbstractTableModel):
    """One row per month and model of a :class:`~core.pricing.reconcile.Reconciliation`."""

    def __init__(self, reconciliation: Reconciliation, parent=None):
        super().__init__(parent)
        self.reconciliation = reconciliation
        self.lines = list(reconciliation.lines)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 9

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        cur = self.reconciliation.currency
        return (self.tr("Month"), self.tr("Model (as in the file)"), self.tr("Catalog model"),
                self.tr("Input tokens"), self.tr("Output tokens"), self.tr("Cached input"),
                self.tr("Billed ({0})").format(cur), self.tr("Catalog cost ({0})").format(cur),
                self.tr("Difference"))[section]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.lines):
            return None
        line = self.lines[index.row()]
        col = index.column()
        cur = self.reconciliation.currency
        raw = (line.month, line.model, line.model_id, line.input_tokens, line.output_tokens,
               line.cached_input_tokens, line.billed, line.catalog_cost, line.difference)[col]
        if role == Qt.ItemDataRole.DisplayRole:
            if raw is None:
                return "—"
            if col == COL_MONTH:
                return raw.isoformat()[:7]
            if col in (COL_IN, COL_OUT, COL_CACHED):
                return format_count(raw)
            if col in (COL_BILLED, COL_CATALOG, COL_DIFF):
                return format_money(raw, cur)
            return str(raw)
        if role == SORT_ROLE:
            return raw if raw is not None else ""
        if role == Qt.ItemDataRole.TextAlignmentRole and col in _NUMBERS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_CATALOG and raw is None:
            return self.tr("No price for this model in force that month")
        return None


def monthly_totals(rec: Reconciliation):
    """[(month, billed or None, catalog cost)] summed over the models of each month."""
    months: dict = {}
    for line in rec.lines:
        billed, catalog = months.get(line.month, (None, 0))
        if line.billed is not None:
            billed = (billed or 0) + line.billed
        months[line.month] = (billed, catalog + (line.catalog_cost or 0))
    return [(m, b, c) for m, (b, c) in sorted(months.items())]


def reconciliation_chart(rec: Reconciliation, parent=None):
    """A bar chart of billed against catalog cost per month (a QChartView)."""
    from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
    from PySide6.QtGui import QPainter

    def tr(text: str) -> str:
        return QCoreApplication.translate(_CHART, text)

    totals = monthly_totals(rec)
    billed = QBarSet(tr(_BILLED))
    catalog = QBarSet(tr(_CATALOG))
    top = 0.0
    for _month, b, c in totals:
        billed.append(float(b or 0))      # a bar's height only: the figures are in the table, exact
        catalog.append(float(c))
        top = max(top, float(b or 0), float(c))
    series = QBarSeries()
    if rec.has_billed:
        series.append(billed)
    series.append(catalog)
    chart = QChart()
    chart.setTitle(tr(_TITLE).format(rec.currency))
    chart.addSeries(series)
    axis_x = QBarCategoryAxis()
    axis_x.append([m.isoformat()[:7] for m, _b, _c in totals])
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(axis_x)
    axis_y = QValueAxis()
    axis_y.setRange(0, top * 1.1 or 1)
    axis_y.setLabelFormat("%.0f")
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(axis_y)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    view = QChartView(chart, parent)
    view.setObjectName("reconciliationChart")
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    return view

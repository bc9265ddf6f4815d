"""The plans chart: one bar per plan, and per chosen model (else the cheapest ones) for comparison, each bar made
of a segment per workload (QtCharts' horizontal stacked bars, so the names and totals read in full on the left).
Imported only when the chart is first shown (QtCharts costs start-up time).

Chart geometry needs floats; every figure written as text (labels, tooltips) is the core's exact Decimal: a plan's
segment is its line's cost, a model's segment its row for that workload alone (:func:`core.pricing.views.plan_bars`).
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCharts import QBarCategoryAxis, QBarSet, QChartView, QHorizontalStackedBarSeries, QValueAxis
from PySide6.QtCore import Qt
from PySide6.QtGui import QCursor, QPainter
from PySide6.QtWidgets import QToolTip, QWidget

from core.money import ZERO
from core.pricing.engine import Comparison
from core.pricing.views import PlanBar, plan_bars
from gui.comparison.charts import _axis_format, _new_chart, _short
from gui.comparison.plan_texts import PROBLEM_MARK, texts
from gui.texts.numbers import format_money
from gui.widgets.chart_views import add_image_menu, follow_palette
from gui.widgets.style import stack_colors


class PlanStackChart(QChartView):
    """Monthly cost by workload of each plan and of the chosen (or cheapest) models, in the display currency."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(_new_chart(), parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(160)
        self.setAccessibleName(self.tr("Plans chart"))
        self.setAccessibleDescription(
            self.tr(
                "A bar per plan and per chosen model, a segment per workload; the "
                "plans panel and the table have the figures"
            )
        )
        add_image_menu(self, self.tr("plans"))
        self.chart().legend().setVisible(True)
        self.chart().legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.bars: list[PlanBar] = []
        self.workloads: list[str] = []
        self.currency = ""
        self.series: QHorizontalStackedBarSeries | None = None

    def show_plans(self, plans, comparison: Comparison | None, chosen) -> None:
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        self.series = None
        if comparison is None:
            self.bars = []
            return
        self.currency = currency = comparison.currency
        self.workloads = [w.name for w in comparison.workloads]
        self.bars, are_chosen = plan_bars(tuple(plans), comparison, frozenset(chosen))
        if not plans:
            chart.setTitle(
                self.tr("No plans yet: Plans › New plan puts a model on each workload ({0})").format(currency)
            )
        elif are_chosen:
            chart.setTitle(self.tr("Monthly cost by workload: the plans and the chosen models ({0})").format(currency))
        else:
            chart.setTitle(
                self.tr(
                    "Monthly cost by workload: the plans and the %n cheapest model(s) ({0})",
                    "",
                    len(self.bars) - len(plans),
                ).format(currency)
            )
        if not self.bars:
            return
        ordered = list(reversed(self.bars))  # a horizontal chart draws its first category at the bottom
        series = QHorizontalStackedBarSeries()
        colors = stack_colors()
        for i, name in enumerate(self.workloads):
            bar_set = QBarSet(name)
            bar_set.setColor(colors[i % len(colors)])
            for bar in ordered:
                segment = bar.segments[i]
                bar_set.append(float(segment[1]) if segment is not None else 0.0)
            series.append(bar_set)
        series.setBarWidth(0.65)
        series.hovered.connect(self._on_hovered)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.setTruncateLabels(False)
        categories.append([self.label(bar) for bar in ordered])
        values = QValueAxis()
        values.setMin(0)
        values.setMax(max(float(bar.total) for bar in self.bars) * 1.05 or 1.0)
        values.applyNiceNumbers()
        values.setLabelFormat(_axis_format(values.max()))
        chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(categories)
        series.attachAxis(values)
        follow_palette(chart)
        self.series = series

    def label(self, bar: PlanBar) -> str:
        name = texts().plan_label(_short(bar.label, 28)) if bar.is_plan else _short(bar.label)
        text = self.tr("{0}  {1}").format(name, format_money(bar.total, self.currency))
        return f"{PROBLEM_MARK} {text}" if bar.problem else text

    def segment_text(self, bar: PlanBar, workload: int) -> str:
        """What a segment's tooltip says: the bar, the workload, its model and exact cost."""
        segment = bar.segments[workload]
        name = texts().plan_label(bar.label) if bar.is_plan else bar.label
        if segment is None:
            return self.tr("{0}\n{1}: no price").format(name, self.workloads[workload])
        model, cost = segment
        return self.tr("{0}\n{1}: {2}, {3} a month").format(
            name, self.workloads[workload], model, format_money(cost, self.currency)
        )

    def values(self) -> dict[str, list[Decimal]]:
        """Bar label → each workload's cost (ZERO where there is none), as drawn (for a reader or a test)."""
        return {bar.label: [s[1] if s is not None else ZERO for s in bar.segments] for bar in self.bars}

    def _on_hovered(self, status: bool, index: int, bar_set: QBarSet) -> None:
        if not status or self.series is None:
            QToolTip.hideText()
            return
        workload = self.series.barSets().index(bar_set)
        bar = list(reversed(self.bars))[index]
        QToolTip.showText(QCursor.pos(), self.segment_text(bar, workload), self)

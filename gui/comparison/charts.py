"""QtCharts views over the engine's rows and the core projection: a bar chart of monthly cost and a projection
line chart with its controls. Imported only when a chart is first shown (QtCharts costs start-up time).

Chart geometry needs floats; every figure written as text (labels, totals) is the core's exact Decimal.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from decimal import Decimal

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QDateTimeAxis,
    QHorizontalBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QDateTime, QMargins, Qt, Signal
from PySide6.QtGui import QFont, QFontMetricsF, QPainter
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from core.pricing.engine import ComparisonRow
from core.pricing.projection import Projection
from core.pricing.projection_settings import MAX_MONTHS, ProjectionSettings
from core.pricing.views import TOP_N_BARS, default_rows
from gui.texts.numbers import format_money
from gui.widgets.chart_views import add_image_menu, follow_palette
from gui.widgets.spin_boxes import DoubleSpinBox, SpinBox
from gui.widgets.style import cheapest_color, series_colors


def _short(name: str, limit: int = 34) -> str:
    return name if len(name) <= limit else name[: limit - 1] + "…"


def _axis_format(top: float) -> str:
    """Whole units on a money axis, cents when the axis is short (an axis of free models runs 0–1)."""
    return "%.0f" if top >= 10 else "%.2f"


def _new_chart() -> QChart:
    chart = QChart()
    chart.setLocalizeNumbers(True)    # axis figures with the interface locale's separators
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.legend().setVisible(False)
    follow_palette(chart)
    return chart


class CostBarChart(QChartView):
    """Monthly cost in the display currency, one horizontal bar per model, cheapest at the top."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(_new_chart(), parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(160)
        self.setAccessibleName(self.tr("Monthly cost chart"))
        self.setAccessibleDescription(self.tr("A bar per model, cheapest at the top; the table has the figures"))
        add_image_menu(self, self.tr("monthly-cost"))
        self.shown: list[ComparisonRow] = []
        self._categories: QBarCategoryAxis | None = None
        self.chart().plotAreaChanged.connect(lambda _area: self._fit_labels())

    def _fit_labels(self) -> None:
        """A label per bar: smaller type where the bars are too close for the font's line. Qt leaves out the labels
        that would overlap, and a Chinese font's taller lines lost two of ten, the cheapest model's among them."""
        if self._categories is None or not self.shown:
            return
        room = self.chart().plotArea().height() / len(self.shown)
        if room <= 0:
            return
        font = QFont(self.font())
        size = font.pointSizeF()
        # Chinese names are drawn in a fallback font whose lines are taller than the UI font's metrics say.
        tall = 1.3 if any(ord(ch) >= 0x2E80 for label in self._categories.categories() for ch in label) else 1.0
        while size > 6 and QFontMetricsF(font).height() * tall > room:
            size -= 0.5
            font.setPointSizeF(size)
        if font != self._categories.labelsFont():   # a new font moves the plot area, which calls this again
            self._categories.setLabelsFont(font)

    def show_rows(self, rows: list[ComparisonRow], chosen, currency: str, workload: str | None = None) -> None:
        """Bars of ``rows`` (those of ``workload`` alone when given: the title names it)."""
        shown, are_chosen = default_rows(rows, chosen, TOP_N_BARS)
        self.shown = shown
        chart = self.chart()
        chart.removeAllSeries()
        self._categories = None
        for axis in chart.axes():
            chart.removeAxis(axis)
        if workload is not None:
            chart.setTitle(self.tr("Monthly cost of the chosen models for {1} ({0})").format(currency, workload)
                           if are_chosen else self.tr("Monthly cost of the %n cheapest model(s) for {1} ({0})", "",
                                                      len(shown)).format(currency, workload))
        elif are_chosen:
            chart.setTitle(self.tr("Monthly cost of the chosen models ({0})").format(currency))
        else:
            chart.setTitle(self.tr("Monthly cost of the %n cheapest model(s) ({0}) — tick models to choose", "",
                                   len(shown)).format(currency))
        if not shown:
            return
        ordered = list(reversed(shown))          # a horizontal bar chart draws its first category at the bottom
        bars = QBarSet(self.tr("Monthly cost"))
        bars.setColor(series_colors()[0])
        for row in ordered:
            bars.append(float(row.monthly_cost))
        cheapest = [i for i, row in enumerate(ordered) if row.rank == 1]
        for i in cheapest:
            bars.setBarSelected(i, True)
        bars.setSelectedColor(cheapest_color())
        series = QHorizontalBarSeries()
        series.append(bars)
        series.setBarWidth(0.7)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.setTruncateLabels(False)   # a model's name is the point of the label
        categories.append([self.tr("{0}  {1}").format(_short(row.name), format_money(row.monthly_cost, currency))
                           for row in ordered])
        values = QValueAxis()
        values.setMin(0)
        values.setMax(max(float(r.monthly_cost) for r in shown) * 1.05 or 1.0)
        values.applyNiceNumbers()
        values.setLabelFormat(_axis_format(values.max()))
        chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(categories)
        series.attachAxis(values)
        follow_palette(chart)
        self._categories = categories
        self._fit_labels()


class ProjectionChart(QWidget):
    """Month-by-month cost of the chosen (or cheapest) models with growth and an assumed price decline."""

    settings_edited = Signal(object)   # ProjectionSettings the user set

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.months = SpinBox(self)
        self.months.setRange(1, MAX_MONTHS)
        self.months.setSuffix(self.tr(" months"))
        self.growth = DoubleSpinBox(self)
        self.growth.setRange(-100.0, 1000.0)
        self.growth.setDecimals(2)
        self.growth.setSuffix(self.tr(" % / month"))
        self._growth_tip = self.tr("Volume growth per month")
        self.growth.setToolTip(self._growth_tip)
        self.decline = DoubleSpinBox(self)
        self.decline.setRange(0.0, 100.0)
        self.decline.setDecimals(2)
        self.decline.setSuffix(self.tr(" % / year"))
        self._decline_tip = self.tr("Assumed price decline per year after the last known price, applied in yearly "
                                    "steps")
        self.decline.setToolTip(self._decline_tip)
        for box, key in ((self.months, "months"), (self.growth, "growth_pct"), (self.decline, "decline_pct")):
            box.setKeyboardTracking(False)
            box.valueChanged.connect(lambda _value, key=key: self._on_control_changed(key))
        self._settings = ProjectionSettings()   # what the document holds, exactly (the boxes show two decimals)
        row = QHBoxLayout()
        for label, box in ((self.tr("Over"), self.months), (self.tr("Growth"), self.growth),
                           (self.tr("Price decline"), self.decline)):
            caption = QLabel(label, self)
            caption.setBuddy(box)
            row.addWidget(caption)
            row.addWidget(box)
        row.addStretch(1)
        self.view = QChartView(_new_chart(), self)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.chart().legend().setVisible(True)
        self.view.chart().legend().setAlignment(Qt.AlignmentFlag.AlignRight)
        self.view.setAccessibleName(self.tr("Projection chart"))
        self.view.setAccessibleDescription(self.tr("Projected monthly cost per model; the total is below the chart"))
        add_image_menu(self.view, self.tr("projection"))
        self.months.setAccessibleName(self.tr("Projection months"))
        self.growth.setAccessibleName(self.tr("Volume growth per month"))
        self.decline.setAccessibleName(self.tr("Price decline per year"))
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(row)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.summary)
        self.projection: Projection | None = None

    def set_settings(self, settings: ProjectionSettings) -> None:
        self._settings = settings
        for box, value in ((self.months, settings.months), (self.growth, float(settings.growth_pct)),
                           (self.decline, float(settings.decline_pct))):
            box.blockSignals(True)
            box.setValue(value)
            box.blockSignals(False)
        for box, exact, tip in ((self.growth, settings.growth_pct, self._growth_tip),
                                (self.decline, settings.decline_pct, self._decline_tip)):
            shown = Decimal(f"{box.value():.2f}")   # a figure with more decimals is kept exact, and said so
            box.setToolTip(tip if shown == exact else tip + "\n" + self.tr("Exactly {0} %").format(
                f"{exact.normalize():f}"))

    def _on_control_changed(self, key: str) -> None:
        """Only the control the user changed takes its shown value: the others keep the project's exact figures (a
        growth of 0.125 % shows as 0.13 and stayed 0.125 only until the months were changed)."""
        if key == "months":
            value: object = self.months.value()
        else:   # spin boxes hold two decimals; reading them through their text keeps the Decimal exact
            value = Decimal(f"{(self.growth if key == 'growth_pct' else self.decline).value():.2f}")
        self._settings = replace(self._settings, **{key: value})
        self.settings_edited.emit(self._settings)

    def show_projection(self, projection: Projection | None, problem: str = "", are_chosen: bool = True) -> None:
        self.projection = projection
        chart = self.view.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        if projection is None or not projection.series:
            chart.setTitle(problem or self.tr("Tick models in the table to project their cost"))
            self.summary.setText("")
            return
        currency = projection.currency
        if are_chosen:
            chart.setTitle(self.tr("Projected monthly cost of the chosen models ({0})").format(currency))
        else:
            chart.setTitle(self.tr("Projected monthly cost of the %n cheapest model(s) ({0})", "",
                                   len(projection.series)).format(currency))
        x_axis = QDateTimeAxis()
        x_axis.setFormat(self.tr("MMM yy", "the projection's month axis: a Qt date format (MMM = Jan…)"))
        x_axis.setTickCount(min(projection.months, 12) if projection.months > 1 else 2)
        y_axis = QValueAxis()
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        stamps = [QDateTime(datetime(d.year, d.month, d.day)).toMSecsSinceEpoch() for d in projection.month_starts]
        top = 0.0
        for series_data in projection.series:
            line = QLineSeries()
            line.setName(series_data.name)
            for stamp, cost in zip(stamps, series_data.costs):
                value = float(cost)
                top = max(top, value)
                line.append(stamp, value)
            chart.addSeries(line)
            line.attachAxis(x_axis)
            line.attachAxis(y_axis)
        x_axis.setRange(QDateTime.fromMSecsSinceEpoch(stamps[0]), QDateTime.fromMSecsSinceEpoch(stamps[-1])
                        if len(stamps) > 1 else QDateTime.fromMSecsSinceEpoch(stamps[0]).addMonths(1))
        y_axis.setRange(0, top * 1.05 or 1.0)
        y_axis.applyNiceNumbers()
        y_axis.setLabelFormat(_axis_format(y_axis.max()))
        follow_palette(chart)
        totals = [self.tr("{0}: {1}").format(s.name, format_money(s.total, currency)) for s in projection.series]
        self.summary.setText(self.tr("Total over %n month(s) — {0}", "", projection.months)
                             .format(" · ".join(totals)))

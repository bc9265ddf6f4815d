"""``PriceHistoryChart``: a small QtCharts step chart of one model's input and output price per 1M over time.

Each price point is a flat step from its ``from`` date to its ``to`` date (or the next point, or today); a gap in
the history drops to no line. Geometry needs floats; the figures a user reads (tooltips, the table beside it)
are the core's exact Decimals. Imported with the catalog window only (QtCharts costs start-up time).
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCharts import QChart, QChartView, QDateTimeAxis, QLineSeries, QValueAxis
from PySide6.QtCore import QDateTime, QMargins, Qt
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QWidget

from core.catalog.model import Model
from gui.widgets.chart_views import add_image_menu, follow_palette
from gui.widgets.style import series_colors


def _ms(day: date) -> float:
    return float(QDateTime(datetime.combine(day, time())).toMSecsSinceEpoch())


def step_points(model: Model, today: date, which: str) -> list[list[tuple[date, float]]]:
    """The step line of ``which`` ("input" or "output") as runs of (day, price), each point flat from its start to
    the day after its end (an open last point runs to today); a gap in the history starts a new run."""
    runs: list[list[tuple[date, float]]] = []
    previous_stop: date | None = None
    points = model.prices
    for position, point in enumerate(points):
        price = float(getattr(point.base, which))
        following = points[position + 1].start if position + 1 < len(points) else None
        if point.end is not None:
            stop = point.end + timedelta(days=1)
        elif following is not None:
            stop = following
        else:
            stop = max(today, point.start + timedelta(days=30))
        if runs and previous_stop == point.start:
            runs[-1].append((point.start, price))          # the vertical part of the step
        else:
            runs.append([(point.start, price)])
        runs[-1].append((stop, price))
        previous_stop = stop
    return runs


class PriceHistoryChart(QChartView):
    """Shows :meth:`show_model`'s history; ``series_count`` and ``shown_model`` are for tests."""

    def __init__(self, parent: QWidget | None = None):
        chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setMargins(QMargins(2, 2, 2, 2))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        super().__init__(chart, parent)
        self.setObjectName("priceHistoryChart")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(170)
        self.setAccessibleName(self.tr("Price history chart"))
        add_image_menu(self, self.tr("price-history"))
        follow_palette(chart)
        self.shown_model: str | None = None

    def clear(self) -> None:
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        chart.setTitle("")
        self.shown_model = None

    def show_model(self, model: Model | None, today: date | None = None) -> None:
        self.clear()
        if model is None or not model.prices:
            return
        today = today or date.today()
        chart = self.chart()
        chart.setTitle(self.tr("{0}: price per 1M tokens ({1})").format(model.name, model.currency))
        x_axis = QDateTimeAxis()
        y_axis = QValueAxis()
        y_axis.setLabelFormat("%g")
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        highest, first, last = 0.0, None, None
        input_color, output_color = series_colors()
        for which, label, color in (("input", self.tr("Input"), input_color),
                                    ("output", self.tr("Output"), output_color)):
            for number, run in enumerate(step_points(model, today, which)):
                series = QLineSeries()
                series.setName(label)
                series.setPen(QPen(color, 2))
                for day, price in run:
                    series.append(_ms(day), price)
                    highest = max(highest, price)
                    first = day if first is None or day < first else first
                    last = day if last is None or day > last else last
                chart.addSeries(series)
                series.attachAxis(x_axis)
                series.attachAxis(y_axis)
                if number:   # one legend entry per price kind
                    chart.legend().markers(series)[0].setVisible(False)
        if first == last:
            last = first + timedelta(days=30)
        x_axis.setFormat("yyyy-MM-dd" if (last - first).days < 240 else "yyyy-MM")   # no month twice on the axis
        x_axis.setTickCount(4 if (last - first).days < 240 else 5)
        x_axis.setRange(QDateTime(datetime.combine(first - timedelta(days=15), time())),
                        QDateTime(datetime.combine(last + timedelta(days=15), time())))
        y_axis.setRange(0.0, highest * 1.15 if highest else 1.0)
        # Three ticks (0, the middle, the top): the chart is often given ~80 px of plot height under the table,
        # where Qt's five labels overlap and are all elided to "…".
        y_axis.setTickCount(3)
        y_axis.applyNiceNumbers()
        follow_palette(chart)
        self.shown_model = model.id

    def series_count(self) -> int:
        return len(self.chart().series())

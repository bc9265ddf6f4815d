"""``ChartPane``: the chart tabs under the table. A chart (and QtCharts itself) is built right after its tab is
first painted: the window and its table appear without waiting for it, and a tab never opened never costs
anything. Redraws wait until typing pauses."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from core.pricing.engine import Comparison
from core.pricing.projection_settings import ProjectionSettings

REDRAW_DELAY_MS = 150   # charts follow the figures once typing pauses this long


class _LazyTab(QWidget):
    """A tab page that builds its content with ``factory`` right after it is first painted."""

    def __init__(self, factory: Callable[[QWidget], QWidget], on_built: Callable[[QWidget], None], parent=None):
        super().__init__(parent)
        self._factory = factory
        self._on_built = on_built
        self.content: QWidget | None = None
        self._scheduled = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._placeholder = QLabel(self)
        layout.addWidget(self._placeholder)

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().paintEvent(event)
        if self.content is None and not self._scheduled:
            # Built right after the first paint: the window and its table appear first, the chart a moment later.
            self._scheduled = True
            QTimer.singleShot(0, self.build)

    def build(self) -> QWidget:
        if self.content is None:
            self.content = self._factory(self)
            self._placeholder.hide()
            self.layout().addWidget(self.content)
            self.content.setVisible(self.isVisible())   # a layout would only show it on a later loop turn
            self._on_built(self.content)
        return self.content


class ChartPane(QTabWidget):
    """The bar chart of monthly cost, the projection and the plans stacked by workload, fed with the document's
    comparison, projection and priced plans."""

    projection_settings_edited = Signal(object)   # ProjectionSettings
    chart_did_build = Signal(object)              # the chart widget, once built
    terms_requested = Signal()                    # the quote summary's "Quote terms…"

    def __init__(self, projection_source: Callable[[], tuple], parent: QWidget | None = None, document=None):
        """``projection_source()`` returns (Projection or None, problem text, whether the models are chosen);
        ``document`` (a gui.document.Document) feeds the quote summary's tab."""
        super().__init__(parent)
        self.setObjectName("chartPane")
        self._projection_source = projection_source
        self._document = document
        self._comparison: Comparison | None = None
        self._chosen: frozenset[str] = frozenset()
        self._plans: tuple = ()
        self._workload: str | None = None   # the one workload the table shows (the cost bars follow it)
        self._settings = ProjectionSettings()
        self.bar_tab = _LazyTab(self._make_bar_chart, self._on_bar_chart_built, self)
        self.projection_tab = _LazyTab(self._make_projection, self._on_projection_built, self)
        self.plans_tab = _LazyTab(self._make_plan_chart, self._on_plan_chart_built, self)
        self.quote_tab = _LazyTab(self._make_quote_summary, self._on_quote_built, self)
        self.addTab(self.bar_tab, self.tr("Monthly cost"))
        self.addTab(self.projection_tab, self.tr("Projection"))
        self.addTab(self.plans_tab, self.tr("Plans"))
        self.addTab(self.quote_tab, self.tr("Client price"))
        self.setTabToolTip(self.indexOf(self.quote_tab), self.tr("The quote's options as the client is charged: "
                                                                 "price after markup, tax and totals"))
        self.currentChanged.connect(self._on_current_changed)
        self._pending = QTimer(self, singleShot=True, interval=REDRAW_DELAY_MS)
        self._pending.timeout.connect(self.flush)

    @property
    def bar_chart(self):
        return self.bar_tab.content

    @property
    def projection_chart(self):
        return self.projection_tab.content

    @property
    def plan_chart(self):
        return self.plans_tab.content

    def _make_plan_chart(self, parent: QWidget) -> QWidget:
        from gui.comparison.plan_chart import PlanStackChart
        return PlanStackChart(parent)

    def _on_plan_chart_built(self, chart: QWidget) -> None:
        self._refresh_plans()
        self.chart_did_build.emit(chart)

    def _refresh_plans(self) -> None:
        if self.plan_chart is not None:
            self.plan_chart.show_plans(self._plans, self._comparison, self._chosen)

    def _make_bar_chart(self, parent: QWidget) -> QWidget:
        from gui.comparison.charts import CostBarChart
        return CostBarChart(parent)

    def _make_projection(self, parent: QWidget) -> QWidget:
        from gui.comparison.charts import ProjectionChart
        chart = ProjectionChart(parent)
        chart.set_settings(self._settings)
        chart.settings_edited.connect(self.projection_settings_edited)
        return chart

    @property
    def quote_summary(self):
        return self.quote_tab.content

    def _make_quote_summary(self, parent: QWidget) -> QWidget:
        from gui.comparison.quote_summary import QuoteSummary
        summary = QuoteSummary(parent)
        summary.terms_requested.connect(self.terms_requested)
        return summary

    def _on_quote_built(self, _summary: QWidget) -> None:
        self.refresh_quote()

    def refresh_quote(self) -> None:
        """Reprice the quote summary if it is on screen; a hidden one is refreshed when its tab is shown."""
        if self.quote_summary is not None and self.quote_summary.isVisible() and self._document is not None:
            from gui.comparison.quote_summary import quote_source
            self.quote_summary.show_quote(**quote_source(self._document))

    def show_quote(self) -> None:
        """Bring the quote summary to the front (after the terms were edited: the client's price is what changed)."""
        self.setCurrentWidget(self.quote_tab)
        self.quote_tab.build()
        QTimer.singleShot(0, self.refresh_quote)

    def _on_bar_chart_built(self, chart: QWidget) -> None:
        self._refresh_bars()
        self.chart_did_build.emit(chart)

    def _on_projection_built(self, chart: QWidget) -> None:
        self.refresh_projection()
        self.chart_did_build.emit(chart)

    def show_comparison(self, comparison: Comparison, chosen, settings: ProjectionSettings, plans=(),
                        workload: str | None = None) -> None:
        """Take new figures (the priced plans, the one workload the table shows); the charts redraw once the user
        pauses (a chart redraw costs more than a keystroke's worth of time, the table beside it updates at once)."""
        self._comparison = comparison
        self._workload = workload
        self._chosen = frozenset(chosen)
        self._settings = settings
        self._plans = tuple(plans)
        self._pending.start()

    def flush(self) -> None:
        """Redraw the charts with the latest figures now."""
        self._pending.stop()
        self._refresh_bars()
        self._refresh_plans()
        if self.projection_chart is not None:
            self.projection_chart.set_settings(self._settings)
            self.refresh_projection()
        self.refresh_quote()

    def set_workload(self, workload: str | None) -> None:
        """The cost bars of ``workload`` alone (None: every workload), as the table shows them."""
        if workload != self._workload:
            self._workload = workload
            self._pending.start()

    def _refresh_bars(self) -> None:
        if self.bar_chart is not None and self._comparison is not None:
            comparison, workload = self._comparison, self._workload
            rows = comparison.by_workload.get(workload, comparison.rows) if workload else comparison.rows
            self.bar_chart.show_rows(rows, self._chosen, comparison.currency, workload if workload in
                                     comparison.by_workload else None)

    def refresh_projection(self) -> None:
        """Recompute the projection if it is on screen; a hidden one is recomputed when its tab is shown."""
        if self.projection_chart is not None and self.projection_chart.isVisible():
            projection, problem, chosen = self._projection_source()
            self.projection_chart.show_projection(projection, problem, chosen)

    def _on_current_changed(self, _index: int) -> None:
        QTimer.singleShot(0, self.refresh_projection)   # after the tab is visible
        QTimer.singleShot(0, self.refresh_quote)

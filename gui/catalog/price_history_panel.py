"""``PriceHistoryPanel``: the catalog window's details of the chosen item — a title line, the model's price
history as a table, and a step chart of its input and output prices (built with the first model shown)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from core.catalog.model import Model, Vendor
from core.text import is_url
from gui.catalog.models import (
    H_BATCH,
    H_CACHED,
    H_CHECKED,
    H_FROM,
    H_INPUT,
    H_LAYER,
    H_OFF_PEAK,
    H_OUTPUT,
    H_SOURCE,
    H_TIERS,
    H_TO,
    PriceHistoryModel,
)
from gui.texts.numbers import format_count


class PriceHistoryPanel(QWidget):
    """The title, the history table (a source link opens in the browser) and, once a model is shown, the chart."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = QLabel(self)
        self.title.setObjectName("catalogTitle")
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.title.setOpenExternalLinks(True)
        self.history_model = PriceHistoryModel(self)
        self.history = QTableView(self)
        self.history.setTabKeyNavigation(False)  # Tab moves on to the next control, not the next cell
        self.history.setObjectName("priceHistory")
        self.history.setModel(self.history_model)
        self.history.verticalHeader().hide()
        self.history.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.history.setWordWrap(False)
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.history.horizontalHeader().setStretchLastSection(True)
        for column, width in ((H_FROM, 86), (H_TO, 86), (H_INPUT, 80), (H_OUTPUT, 80), (H_CACHED, 86),
                              (H_TIERS, 120), (H_BATCH, 80), (H_OFF_PEAK, 80), (H_SOURCE, 180), (H_CHECKED, 100),
                              (H_LAYER, 130)):
            self.history.setColumnWidth(column, width)
        self.history.clicked.connect(self._on_history_clicked)
        self.chart = None            # PriceHistoryChart, built with the first model shown (QtCharts is heavy)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.title)
        self._layout.addWidget(self.history, 3)

    def show_model(self, model: Model | None, stale_days: int, vendor: Vendor | None = None) -> None:
        """Show ``model``'s history (prices checked more than ``stale_days`` ago marked), or when it is None a
        line on ``vendor``, or else a hint to choose a model."""
        self.history_model.set_model(model, stale_days)
        if model is None:
            if vendor is not None:
                link = f'<a href="{vendor.pricing_url}">{vendor.pricing_url}</a>' if is_url(vendor.pricing_url) \
                    else vendor.pricing_url
                self.title.setText(self.tr("<b>{0}</b> · {1} · billed in {2} · pricing: {3}").format(
                    vendor.name, vendor.id, vendor.currency, link))
            else:
                self.title.setText(self.tr("Choose a model to see its price history."))
            if self.chart is not None:
                self.chart.show_model(None)
            return
        context = self.tr("{0} tokens").format(format_count(model.context_window)) if model.context_window else "—"
        extra = self.tr(" · deprecated") if model.deprecated else ""
        self.title.setText(self.tr("<b>{0}</b> · {1} · prices in {2} per 1M tokens · context {3}{4}").format(
            model.name, model.id, model.currency, context, extra))
        self._ensure_chart()
        self.chart.show_model(model)

    def set_stale_days(self, days: int) -> None:
        self.history_model.set_model(self.history_model.model, days)

    def _ensure_chart(self) -> None:
        if self.chart is None:
            from gui.catalog.price_history_chart import PriceHistoryChart
            self.chart = PriceHistoryChart(self)
            self._layout.addWidget(self.chart, 2)
            self.chart.show()

    def _on_history_clicked(self, index: QModelIndex) -> None:
        if index.column() == H_SOURCE:
            source = self.history_model.points[index.row()].source
            if is_url(source):
                QDesktopServices.openUrl(QUrl(source))

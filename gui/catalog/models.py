"""The catalog window's Qt item models: ``CatalogTreeModel`` (vendors, each with its models) and
``PriceHistoryModel`` (one model's price points), with their roles and columns."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractItemModel, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import QApplication, QStyle

from core.catalog.model import STALE_AFTER_DAYS, Catalog, Model, PricePoint, Prices, SegmentPricing, Vendor
from core.text import is_url
from gui.texts.i18n import is_chinese
from gui.texts.numbers import format_count, format_price, is_rounded_price
from gui.texts.provenance import checked_text, layer_text, layer_tip, point_is_stale, stale_tip
from gui.widgets.style import link_color, warning_color

ID_ROLE = int(Qt.ItemDataRole.UserRole) + 1
KIND_ROLE = int(Qt.ItemDataRole.UserRole) + 2
VENDOR, MODEL = "vendor", "model"

(H_FROM, H_TO, H_INPUT, H_OUTPUT, H_CACHED, H_TIERS, H_BATCH, H_OFF_PEAK, H_SOURCE, H_CHECKED, H_LAYER,
 H_NOTE) = range(12)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class PriceHistoryModel(QAbstractTableModel):
    """One row per price point of one model, oldest first."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.model: Model | None = None
        self.points: tuple[PricePoint, ...] = ()
        self.stale_days = STALE_AFTER_DAYS
        self.today = date.today()
        self._link_font = QFont()
        self._link_font.setUnderline(True)

    def set_model(self, model: Model | None, stale_days: int) -> None:
        self.beginResetModel()
        self.model = model
        self.points = model.prices if model is not None else ()
        self.stale_days = stale_days
        self.today = date.today()
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.points)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 12

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("From"), self.tr("To"), self.tr("Input / 1M"), self.tr("Output / 1M"),
                    self.tr("Cache hit / 1M"), self.tr("Long-prompt tiers"), self.tr("Batch"), self.tr("Off-peak"),
                    self.tr("Source"), self.tr("Checked"), self.tr("Layer"), self.tr("Note"))[section]
        if role == Qt.ItemDataRole.ToolTipRole and section == H_SOURCE:
            return self.tr("Click a link to open the vendor's page")
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.points):
            return None
        point = self.points[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(point, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == H_SOURCE and is_url(point.source):
                return self.tr("Open {0}").format(point.source)
            if column == H_CHECKED:
                if point_is_stale(point, self.today, self.stale_days):
                    return stale_tip(point, self.today, self.stale_days)
                return checked_text(point, self.today)
            if column == H_LAYER:
                return layer_tip(point.layer)
            if column == H_OUTPUT and point.output_unknown:
                return self.tr("The sources give no output price for these dates: a later price stands in, so "
                               "output costs priced on it are likely understated")
            if column == H_TIERS and point.known_up_to is not None:
                return self.tr("Prices are known only for prompts of up to {0} tokens: a longer prompt is priced at "
                               "them as a floor and marked in the comparison").format(format_count(point.known_up_to))
            price = {H_INPUT: point.base.input, H_OUTPUT: point.base.output, H_CACHED: point.base.cached_input}.get(column)
            if price is not None and is_rounded_price(price):
                return self.tr("Exactly {0}, as the vendor publishes it").format(format_price(price, exact=True))
            text = self._text(point, column)
            return text if text and len(text) > 30 else None
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == H_SOURCE and is_url(point.source):
                return QBrush(link_color())
            if column == H_CHECKED and point_is_stale(point, self.today, self.stale_days):
                return QBrush(warning_color())
            if (column == H_OUTPUT and point.output_unknown) or (column == H_TIERS and point.known_up_to is not None):
                return QBrush(warning_color())
        if role == Qt.ItemDataRole.FontRole and column == H_SOURCE and is_url(point.source):
            return self._link_font
        if role == Qt.ItemDataRole.DecorationRole and column == H_CHECKED and \
                point_is_stale(point, self.today, self.stale_days):
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (H_INPUT, H_OUTPUT, H_CACHED):
            return _RIGHT
        return None

    def _text(self, point: PricePoint, column: int) -> str:
        if column == H_FROM:
            return point.start.isoformat()
        if column == H_TO:
            return point.end.isoformat() if point.end else self.tr("open")
        if column == H_INPUT:
            return format_price(point.base.input)
        if column == H_OUTPUT:
            if point.output_unknown:
                return self.tr("{0} (stand-in)").format(format_price(point.base.output))
            return format_price(point.base.output)
        if column == H_CACHED:
            return format_price(point.base.cached_input) if point.base.cached_input is not None else "—"
        if column == H_TIERS:
            tiers = [(self.tr("from {0}: {1}") if t.inclusive else self.tr("above {0}: {1}")).format(
                format_count(t.boundary), self._prices(t.prices)) for t in point.tiers]
            if point.known_up_to is not None:   # what the sources do not give is said, as the comparison says it
                tiers.append(self.tr("above {0}: not known").format(format_count(point.known_up_to)))
            return "; ".join(tiers)
        if column == H_BATCH:
            return self._segment(point.batch)
        if column == H_OFF_PEAK:
            return self._segment(point.off_peak)
        if column == H_SOURCE:
            return point.source
        if column == H_CHECKED:
            return point.checked.isoformat() if point.checked else "—"
        if column == H_LAYER:
            return layer_text(point.layer)
        return point.note

    def _prices(self, prices: Prices) -> str:
        return self.tr("{0} / {1}").format(format_price(prices.input), format_price(prices.output))

    def _segment(self, segment: SegmentPricing | None) -> str:
        if segment is None:
            return ""
        text = self.tr("×{0}").format(format_price(segment.factor)) if segment.factor is not None else \
            self._prices(segment.prices)
        return self.tr("{0} ({1})").format(text, segment.hours) if segment.hours else text


class CatalogTreeModel(QAbstractItemModel):
    """Vendors (top level), each with its models, over a core :class:`Catalog`: a thin adapter that keeps no copy
    of the data in items. (Item-based models cost one Python call per cell to fill, and with PySide6 6.12 on
    Python 3.11 each such call that returns nothing also drops a reference to ``None``: thousands of them make
    the interpreter abort. A model answers ``data()`` instead.)"""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._vendors: list[Vendor] = []
        self._models: list[list[Model]] = []
        self._places: dict[str, tuple[int, int | None]] = {}   # id → (vendor row, model row or None)

    def set_catalog(self, catalog: Catalog) -> None:
        by_vendor: dict[str, list[Model]] = {}
        for model in catalog:
            by_vendor.setdefault(model.vendor_id, []).append(model)
        self.beginResetModel()
        self._vendors = [v for v in sorted(catalog.vendors.values(), key=lambda v: v.name.casefold())
                         if v.id in by_vendor]
        self._models = [sorted(by_vendor[v.id], key=lambda m: m.name.casefold()) for v in self._vendors]
        self._places = {}
        for vendor_row, vendor in enumerate(self._vendors):
            self._places[vendor.id] = (vendor_row, None)
            for model_row, model in enumerate(self._models[vendor_row]):
                self._places[model.id] = (vendor_row, model_row)
        self.endResetModel()

    def index_of(self, item_id: str) -> QModelIndex:
        """The first-column index of a vendor or model id (invalid when the catalog has none)."""
        place = self._places.get(item_id)
        if place is None:
            return QModelIndex()
        vendor_row, model_row = place
        if model_row is None:
            return self.createIndex(vendor_row, 0, 0)
        return self.createIndex(model_row, 0, vendor_row + 1)

    # internalId: 0 for a vendor row, vendor row + 1 for a model row (its parent)

    def index(self, row: int, column: int,
              parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: QModelIndex | QPersistentModelIndex = QModelIndex()) -> QModelIndex:
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        if not parent.isValid():
            return len(self._vendors)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._models[parent.row()])
        return 0

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 5

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Vendor / model"), self.tr("Id"), self.tr("Currency"), self.tr("Latest in / out per 1M"),
                    self.tr("Layer"))[section]
        return None

    def item(self, index: QModelIndex | QPersistentModelIndex) -> Vendor | Model | None:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            return self._vendors[index.row()]
        return self._models[index.internalId() - 1][index.row()]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        thing = self.item(index)
        if thing is None:
            return None
        column = index.column()
        if role == ID_ROLE:
            return thing.id
        if role == KIND_ROLE:
            return VENDOR if isinstance(thing, Vendor) else MODEL
        if role == Qt.ItemDataRole.DisplayRole:
            if isinstance(thing, Vendor):
                models = self._models[index.row()]
                # The interface's language first: 字节跳动（豆包） in Chinese, ByteDance (Doubao) in English.
                name = thing.name_zh if is_chinese() and thing.name_zh else thing.name
                return (name, thing.id, thing.currency, self.tr("%n model(s)", "", len(models)), "")[column]
            latest = thing.latest
            return (thing.name, thing.id, thing.currency,
                    self.tr("{0} / {1}").format(format_price(latest.base.input), format_price(latest.base.output)),
                    layer_text(latest.layer))[column]
        if role == Qt.ItemDataRole.ToolTipRole and isinstance(thing, Model):
            if column == 4:
                return layer_tip(thing.latest.layer)
            if thing.deprecated:
                return self.tr("Deprecated by the vendor")
        return None

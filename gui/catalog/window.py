"""``CatalogWindow`` (Tools › Catalog…): browse the catalog the app prices with and manage the user's layers.

- Vendors and models in a tree with a filter; a model's price history as a table (dates, prices, tiers, batch,
  off-peak, source link, checked date, layer, note) and a small step chart of its input and output prices.
- Layers: switch the bundled catalog, each imported price list and the negotiated prices on and off; delete an
  import; reset to bundled (the user's files go to a backup folder, which is named).
- Add or edit a model of your own; enter a negotiated price or a discount %; delete a user entry.
- How old a price may be before it is marked stale.

Every change goes through :class:`~gui.catalog_source.CatalogSource`, which does it with a core function, checks
the catalog still builds, and records it on its own undo stack (Ctrl+Z here undoes the last catalog change);
the main window's comparison follows through ``CatalogSource.catalog_did_change``.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (QAbstractItemModel, QAbstractTableModel, QItemSelectionModel, QModelIndex,
                            QPersistentModelIndex, QSortFilterProxyModel, Qt, QUrl)
from PySide6.QtGui import QAction, QBrush, QColor, QDesktopServices, QFont, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QGroupBox, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QListWidget, QListWidgetItem, QMainWindow, QMessageBox, QPushButton,
                               QSpinBox, QSplitter, QStyle, QTableView, QTableWidget, QTableWidgetItem,
                               QTreeView, QVBoxLayout, QWidget)

from core.catalog.model import BUNDLED_LAYER, Catalog, Model, PricePoint, Prices, SegmentPricing, Vendor
from core.errors import TokenQuoteError
from core.catalog.model import NEGOTIATED_LAYER
from core.catalog.overrides import Override

from gui.catalog.source import CatalogSource
from gui.catalog.custom_model_dialog import CustomModelDialog, is_custom
from gui.widgets.style import BANNER_STYLE
from gui.texts.messages import error_text
from gui.texts.numbers import format_count, format_decimal, format_price
from gui.texts.i18n import is_chinese
from gui.texts.provenance import checked_text, layer_text, layer_tip, point_is_stale, stale_tip

ID_ROLE = int(Qt.ItemDataRole.UserRole) + 1
KIND_ROLE = int(Qt.ItemDataRole.UserRole) + 2
LAYER_ROLE = int(Qt.ItemDataRole.UserRole) + 3
VENDOR, MODEL = "vendor", "model"

(H_FROM, H_TO, H_INPUT, H_OUTPUT, H_CACHED, H_TIERS, H_BATCH, H_OFF_PEAK, H_SOURCE, H_CHECKED, H_LAYER,
 H_NOTE) = range(12)
_LINK_BRUSH = QBrush(QColor(26, 95, 180))
_STALE_BRUSH = QBrush(QColor(178, 94, 0))
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def is_link(text: str) -> bool:
    return text.startswith(("http://", "https://"))


class PriceHistoryModel(QAbstractTableModel):
    """One row per price point of one model, oldest first."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.model: Model | None = None
        self.points: tuple[PricePoint, ...] = ()
        self.stale_days = 180
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
            if column == H_SOURCE and is_link(point.source):
                return self.tr("Open {0}").format(point.source)
            if column == H_CHECKED:
                if point_is_stale(point, self.today, self.stale_days):
                    return stale_tip(point, self.today, self.stale_days)
                return checked_text(point, self.today)
            if column == H_LAYER:
                return layer_tip(point.layer)
            text = self._text(point, column)
            return text if text and len(text) > 30 else None
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == H_SOURCE and is_link(point.source):
                return _LINK_BRUSH
            if column == H_CHECKED and point_is_stale(point, self.today, self.stale_days):
                return _STALE_BRUSH
        if role == Qt.ItemDataRole.FontRole and column == H_SOURCE and is_link(point.source):
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
            return format_price(point.base.output)
        if column == H_CACHED:
            return format_price(point.base.cached_input) if point.base.cached_input is not None else "—"
        if column == H_TIERS:
            return "; ".join(self.tr("above {0}: {1}").format(format_count(t.above_prompt_tokens),
                                                              self._prices(t.prices)) for t in point.tiers)
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

    def parent(self, index: QModelIndex | QPersistentModelIndex = QModelIndex()) -> QModelIndex:  # noqa: A003
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


class CatalogWindow(QMainWindow):
    """Parameters: ``source`` (the app's catalog and its undo stack), ``currencies`` (a callable giving the
    currency codes the project's exchange rates know, for new models), ``import_action`` (File › Import price
    list…, shown in this window's tool bar too)."""

    def __init__(self, source: CatalogSource, currencies=None, import_action: QAction | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("catalogWindow")
        self.setWindowTitle(self.tr("Catalog — TokenQuote"))
        self.source = source
        self._currencies = currencies or (lambda: [])
        self.dialog = None          # the add/edit dialog now open (tests fill it in)
        self._selected: tuple[str, str] | None = None
        self._filling = False

        self._make_actions(import_action)
        self._make_browser()
        self._make_details()
        self._make_layers()
        self._make_overrides()
        self.banner = QLabel(self)
        self.banner.setObjectName("catalogProblem")
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.setWordWrap(True)
        self.banner.hide()

        top = QSplitter(Qt.Orientation.Horizontal, self)
        top.addWidget(self.browser)
        top.addWidget(self.details)
        top.setStretchFactor(0, 2)
        top.setStretchFactor(1, 3)
        bottom = QSplitter(Qt.Orientation.Horizontal, self)
        bottom.addWidget(self.layers_box)
        bottom.addWidget(self.overrides_box)
        bottom.setStretchFactor(0, 2)
        bottom.setStretchFactor(1, 3)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(top)
        self.splitter.addWidget(bottom)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter)
        self.setCentralWidget(central)
        self.resize(1180, 780)

        source.catalog_did_change.connect(self._on_catalog_did_change)
        source.problem_did_change.connect(self._on_problem)
        source.stale_days_did_change.connect(self._on_stale_days)
        source.undo_stack.indexChanged.connect(self._update_actions)
        self._fill_all()
        self._on_problem(source.problem)

    # -- building ---------------------------------------------------------------------------------------

    def _make_actions(self, import_action: QAction | None) -> None:
        stack = self.source.undo_stack
        self.undo_action = stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.undo_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.undo_action.setIconText(self.tr("Undo"))
        self.redo_action = stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Redo))
        self.redo_action.setIconText(self.tr("Redo"))
        self.add_model_action = QAction(self.tr("Add model…"), self)
        self.add_model_action.setStatusTip(self.tr("Add a model of your own, with its price"))
        self.add_model_action.triggered.connect(self.add_model)
        self.edit_model_action = QAction(self.tr("Edit model…"), self)
        self.edit_model_action.setStatusTip(self.tr("Edit a model you added, or give it a new dated price"))
        self.edit_model_action.triggered.connect(self.edit_model)
        self.delete_model_action = QAction(self.tr("Delete model"), self)
        self.delete_model_action.setStatusTip(self.tr("Delete a model you added"))
        self.delete_model_action.triggered.connect(self.delete_model)
        self.negotiate_action = QAction(self.tr("Negotiated price or discount…"), self)
        self.negotiate_action.setStatusTip(self.tr("Enter a discount % for a vendor or model, or a negotiated "
                                                   "price for a model"))
        self.negotiate_action.triggered.connect(self.add_override)
        self.reset_action = QAction(self.tr("Reset to bundled…"), self)
        self.reset_action.setStatusTip(self.tr("Move your imports, models and negotiated prices to a backup folder"))
        self.reset_action.triggered.connect(self.reset_to_bundled)
        self.close_action = QAction(self.tr("Close"), self)
        self.close_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Close))
        self.close_action.triggered.connect(self.close)
        self.addAction(self.close_action)
        bar = self.addToolBar(self.tr("Catalog"))
        bar.setObjectName("catalogToolbar")
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        bar.addAction(self.undo_action)
        bar.addAction(self.redo_action)
        bar.addSeparator()
        for action in (self.add_model_action, self.edit_model_action, self.delete_model_action):
            bar.addAction(action)
        bar.addSeparator()
        bar.addAction(self.negotiate_action)
        bar.addSeparator()
        if import_action is not None:
            bar.addAction(import_action)
        bar.addAction(self.reset_action)
        self.toolbar = bar

    def _make_browser(self) -> None:
        self.tree_model = CatalogTreeModel(self)
        self.tree_proxy = QSortFilterProxyModel(self)
        self.tree_proxy.setSourceModel(self.tree_model)
        self.tree_proxy.setRecursiveFilteringEnabled(True)
        self.tree_proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.tree_proxy.setFilterKeyColumn(-1)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("catalogFilter")
        self.filter_edit.setPlaceholderText(self.tr("Filter vendors and models, e.g. gpt, deepseek, 豆包"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._on_filter)
        self.tree = QTreeView(self)
        self.tree.setObjectName("catalogTree")
        self.tree.setModel(self.tree_proxy)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.selectionModel().currentChanged.connect(self._on_current_changed)
        self.tree.doubleClicked.connect(lambda _index: self.edit_model() if self.edit_model_action.isEnabled()
                                        else None)
        self.browser = QWidget(self)
        layout = QVBoxLayout(self.browser)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.tree)

    def _make_details(self) -> None:
        self.title = QLabel(self)
        self.title.setObjectName("catalogTitle")
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.title.setOpenExternalLinks(True)
        self.history_model = PriceHistoryModel(self)
        self.history = QTableView(self)
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
        self.details = QWidget(self)
        self._details_layout = QVBoxLayout(self.details)
        self._details_layout.setContentsMargins(0, 0, 0, 0)
        self._details_layout.addWidget(self.title)
        self._details_layout.addWidget(self.history, 3)

    def _make_layers(self) -> None:
        self.layers_list = QListWidget(self)
        self.layers_list.setObjectName("layersList")
        self.layers_list.itemChanged.connect(self._on_layer_item_changed)
        self.layers_list.currentItemChanged.connect(lambda *_: self._update_actions())
        self.delete_layer_button = QPushButton(self.tr("Delete layer…"), self)
        self.delete_layer_button.setToolTip(self.tr("Delete the chosen imported price list or custom models file"))
        self.delete_layer_button.clicked.connect(self.delete_layer)
        reset = QPushButton(self.tr("Reset to bundled…"), self)
        reset.clicked.connect(self.reset_to_bundled)
        self.stale_spin = QSpinBox(self)
        self.stale_spin.setObjectName("staleDays")
        self.stale_spin.setRange(0, 3650)
        self.stale_spin.setSuffix(self.tr(" days"))
        self.stale_spin.setValue(self.source.stale_days)
        self.stale_spin.setToolTip(self.tr("A price last checked longer ago than this is marked stale in the "
                                           "comparison's Source column"))
        self.stale_spin.valueChanged.connect(self.source.set_stale_days)
        buttons = QHBoxLayout()
        buttons.addWidget(self.delete_layer_button)
        buttons.addWidget(reset)
        buttons.addStretch(1)
        stale_row = QHBoxLayout()
        stale_label = QLabel(self.tr("Mark prices as stale when last checked more than"), self)
        stale_label.setBuddy(self.stale_spin)
        stale_row.addWidget(stale_label)
        stale_row.addWidget(self.stale_spin)
        stale_row.addStretch(1)
        self.folder_label = QLabel(self)
        self.folder_label.setObjectName("catalogFolder")
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.layers_box = QGroupBox(self.tr("Layers (ticked layers are used, later ones over earlier ones)"), self)
        layout = QVBoxLayout(self.layers_box)
        layout.addWidget(self.layers_list)
        layout.addLayout(buttons)
        layout.addLayout(stale_row)
        layout.addWidget(self.folder_label)

    def _make_overrides(self) -> None:
        self.overrides_table = QTableWidget(0, 5, self)
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
        self.overrides_table.itemSelectionChanged.connect(self._update_actions)
        self.overrides_table.doubleClicked.connect(lambda _index: self.edit_override())
        add = QPushButton(self.tr("Add…"), self)
        add.clicked.connect(self.add_override)
        self.edit_override_button = QPushButton(self.tr("Edit…"), self)
        self.edit_override_button.clicked.connect(self.edit_override)
        self.delete_override_button = QPushButton(self.tr("Delete"), self)
        self.delete_override_button.clicked.connect(self.delete_override)
        buttons = QHBoxLayout()
        for button in (add, self.edit_override_button, self.delete_override_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.overrides_box = QGroupBox(self.tr("Negotiated prices and discounts"), self)
        layout = QVBoxLayout(self.overrides_box)
        layout.addWidget(self.overrides_table)
        layout.addLayout(buttons)

    # -- filling ----------------------------------------------------------------------------------------

    @property
    def catalog(self) -> Catalog:
        return self.source.catalog

    def _fill_all(self) -> None:
        self._fill_tree()
        self._fill_layers()
        self._fill_overrides()
        self._show_selected()
        self._update_actions()

    def _fill_tree(self) -> None:
        selected = self._selected
        self._filling = True
        self.tree_model.set_catalog(self.catalog)
        self.tree.setColumnWidth(0, 230)
        self.tree.setColumnWidth(1, 200)
        self.tree.setColumnWidth(2, 60)
        self.tree.setColumnWidth(3, 130)
        self._filling = False
        if selected is not None:
            self.select(selected[1])

    def _fill_layers(self) -> None:
        user = self.source.user
        self.layers_list.blockSignals(True)
        self.layers_list.clear()
        try:
            names = user.layer_names()
        except TokenQuoteError:
            names = [BUNDLED_LAYER] + [p.name for p in user.import_files()] + [NEGOTIATED_LAYER]
        try:
            disabled = user.disabled_layers()
        except TokenQuoteError:
            disabled = set()
        counts: dict[str, int] = {}
        for model in self.catalog:
            for layer in {p.layer for p in model.prices}:
                key = NEGOTIATED_LAYER if layer.startswith(NEGOTIATED_LAYER) else layer
                counts[key] = counts.get(key, 0) + 1
        for name in names:
            if name == BUNDLED_LAYER:
                label = self.tr("Bundled catalog")
            elif name == NEGOTIATED_LAYER:
                label = self.tr("Negotiated prices and discounts")
            else:
                label = name
            if name not in disabled:
                label = self.tr("{0} — %n model(s)", "", counts.get(name, 0)).format(label)
            item = QListWidgetItem(label)
            item.setData(LAYER_ROLE, name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked if name in disabled else Qt.CheckState.Checked)
            path = user.imports_dir / name
            item.setToolTip(str(path) if path.exists() else layer_tip(name))
            self.layers_list.addItem(item)
        self.layers_list.blockSignals(False)
        self.folder_label.setText(self.tr("Your catalog files: {0}").format(str(user.root)))

    def _fill_overrides(self) -> None:
        try:
            overrides = self.source.user.overrides()
        except TokenQuoteError:
            overrides = []
        self._overrides = overrides
        table = self.overrides_table
        table.setRowCount(len(overrides))
        for position, o in enumerate(overrides):
            target = self.catalog.models.get(o.target) or self.catalog.vendors.get(o.target)
            name = self.tr("{0} ({1})").format(target.name, o.target) if target is not None else o.target
            if o.discount_pct is not None:
                terms = self.tr("{0}% off the list price").format(format_decimal(o.discount_pct.normalize()))
            else:
                terms = self.tr("{0} / {1} per 1M").format(format_price(o.prices.input), format_price(o.prices.output))
            cells = [name, terms, o.start.isoformat(), o.end.isoformat() if o.end else self.tr("open"), o.note]
            for column, text in enumerate(cells):
                table.setItem(position, column, QTableWidgetItem(text))

    # -- selection and details --------------------------------------------------------------------------

    def select(self, item_id: str) -> bool:
        """Select a vendor or model by id in the tree (clearing the filter if it hides it)."""
        source = self.tree_model.index_of(item_id)
        if not source.isValid():
            return False
        index = self.tree_proxy.mapFromSource(source)
        if not index.isValid():
            self.filter_edit.clear()
            index = self.tree_proxy.mapFromSource(source)
        self.tree.setCurrentIndex(index)
        self.tree.selectionModel().select(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                          | QItemSelectionModel.SelectionFlag.Rows)
        self.tree.scrollTo(index)
        return True

    def _on_filter(self, text: str) -> None:
        self.tree_proxy.setFilterFixedString(text.strip())
        if text.strip():
            self.tree.expandAll()

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._filling:
            return
        first = current.siblingAtColumn(0)
        if first.isValid():
            self._selected = (first.data(KIND_ROLE), first.data(ID_ROLE))
        else:
            self._selected = None
        self._show_selected()
        self._update_actions()

    def selected_model(self) -> Model | None:
        if self._selected and self._selected[0] == MODEL:
            return self.catalog.models.get(self._selected[1])
        return None

    def selected_target(self) -> str | None:
        """The id of the selected vendor or model."""
        return self._selected[1] if self._selected else None

    def _show_selected(self) -> None:
        model = self.selected_model()
        self.history_model.set_model(model, self.source.stale_days)
        if model is None:
            vendor = self.catalog.vendors.get(self._selected[1]) if self._selected else None
            if vendor is not None:
                link = f'<a href="{vendor.pricing_url}">{vendor.pricing_url}</a>' if is_link(vendor.pricing_url) \
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

    def _ensure_chart(self) -> None:
        if self.chart is None:
            from gui.catalog.price_history_chart import PriceHistoryChart
            self.chart = PriceHistoryChart(self.details)
            self._details_layout.addWidget(self.chart, 2)
            self.chart.show()

    def _on_history_clicked(self, index: QModelIndex) -> None:
        if index.column() == H_SOURCE:
            source = self.history_model.points[index.row()].source
            if is_link(source):
                QDesktopServices.openUrl(QUrl(source))

    def _update_actions(self, *_args) -> None:
        model = self.selected_model()
        custom = model is not None and is_custom(model)
        self.edit_model_action.setEnabled(custom)
        self.delete_model_action.setEnabled(custom)
        item = self.layers_list.currentItem()
        layer = item.data(LAYER_ROLE) if item is not None else None
        self.delete_layer_button.setEnabled(layer not in (None, BUNDLED_LAYER, NEGOTIATED_LAYER))
        has_override = bool(self.overrides_table.selectionModel().selectedRows())
        self.edit_override_button.setEnabled(has_override)
        self.delete_override_button.setEnabled(has_override)

    # -- source → view ----------------------------------------------------------------------------------

    def _on_catalog_did_change(self, _catalog: Catalog) -> None:
        self._fill_all()

    def _on_problem(self, problem: str) -> None:
        if problem:
            self.banner.setText(self.tr("Your catalog layers could not be read, so the bundled catalog is used: {0}. "
                                        "Fix or delete that file, or turn its layer off.").format(problem))
        self.banner.setVisible(bool(problem))

    def _on_stale_days(self, days: int) -> None:
        if self.stale_spin.value() != days:
            self.stale_spin.blockSignals(True)
            self.stale_spin.setValue(days)
            self.stale_spin.blockSignals(False)
        self.history_model.set_model(self.history_model.model, days)

    # -- changes ----------------------------------------------------------------------------------------

    def _change(self, text: str, apply) -> bool:
        """Make one undoable catalog change; a refusal is shown and nothing is kept."""
        try:
            self.source.change(text, apply)
        except TokenQuoteError as exc:
            QMessageBox.warning(self, self.tr("The catalog was not changed"), error_text(exc))
            return False
        return True

    def _on_layer_item_changed(self, item: QListWidgetItem) -> None:
        name = item.data(LAYER_ROLE)
        enabled = item.checkState() == Qt.CheckState.Checked
        label = layer_text(name) if name in (BUNDLED_LAYER, NEGOTIATED_LAYER) else name
        text = (self.tr("Turn on {0}") if enabled else self.tr("Turn off {0}")).format(label)
        if not self._change(text, lambda user: user.set_layer_enabled(name, enabled)):
            self._fill_layers()

    def set_layer_enabled(self, name: str, enabled: bool) -> bool:
        """Tick or untick a layer as the user would (for tests and scripting)."""
        for row in range(self.layers_list.count()):
            item = self.layers_list.item(row)
            if item.data(LAYER_ROLE) == name:
                item.setCheckState(Qt.CheckState.Checked if enabled else Qt.CheckState.Unchecked)
                return True
        return False

    def layer_names(self) -> list[str]:
        return [self.layers_list.item(r).data(LAYER_ROLE) for r in range(self.layers_list.count())]

    def delete_layer(self, name: str | None = None) -> bool:
        if name is None:
            item = self.layers_list.currentItem()
            name = item.data(LAYER_ROLE) if item is not None else None
        if name in (None, BUNDLED_LAYER, NEGOTIATED_LAYER):
            return False
        answer = QMessageBox.question(
            self, self.tr("Delete layer"), self.tr("Delete the layer “{0}” and its prices? Undo brings it back.")
            .format(name), QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return False

        def apply(user):
            user.delete_import(name)
            if name in user.disabled_layers():
                user.set_layer_enabled(name, True)   # forget the switch of a layer that is gone
        return self._change(self.tr("Delete layer {0}").format(name), apply)

    def reset_to_bundled(self) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Reset to bundled"),
            self.tr("Use only the bundled catalog? Your imported price lists, your models and your negotiated prices "
                    "are moved to a backup folder (nothing is deleted), and Undo brings them back."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        moved = []
        if not self._change(self.tr("Reset to bundled"), lambda user: moved.append(user.reset_to_bundled())):
            return False
        backup = moved[0] if moved else None
        if backup is not None:
            self.last_backup = backup
            QMessageBox.information(self, self.tr("Reset to bundled"),
                                    self.tr("The bundled catalog is used again. Your catalog files were moved to:\n"
                                            "{0}").format(str(backup)))
        return True

    # -- models -----------------------------------------------------------------------------------------

    def add_model(self) -> CustomModelDialog:
        vendor_id = self._selected[1].split("/", 1)[0] if self._selected else None
        dialog = CustomModelDialog(self.catalog, None, self._currencies(), self, vendor_id=vendor_id)
        return self._open_model_dialog(dialog)

    def edit_model(self) -> CustomModelDialog | None:
        model = self.selected_model()
        if model is None or not is_custom(model):
            return None
        return self._open_model_dialog(CustomModelDialog(self.catalog, model, self._currencies(), self))

    def _open_model_dialog(self, dialog: CustomModelDialog) -> CustomModelDialog:
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._save_model(dialog))
        dialog.finished.connect(lambda _code: self._forget_dialog(dialog))
        dialog.open()
        return dialog

    def _forget_dialog(self, dialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _save_model(self, dialog: CustomModelDialog) -> None:
        vendor, model = dialog.result_vendor, dialog.result_model
        text = (self.tr("Edit model {0}") if dialog.editing else self.tr("Add model {0}")).format(model.name)
        if self._change(text, lambda user: user.save_custom_model(vendor, model)):
            self._selected = (MODEL, model.id)
            self.select(model.id)

    def delete_model(self) -> bool:
        model = self.selected_model()
        if model is None or not is_custom(model):
            return False
        answer = QMessageBox.question(
            self, self.tr("Delete model"), self.tr("Delete your model “{0}” ({1})? Undo brings it back.").format(
                model.name, model.id), QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        vendor_id = model.vendor_id
        return self._change(self.tr("Delete model {0}").format(model.name),
                            lambda user: user.delete_custom_model(vendor_id, model.id))

    # -- overrides --------------------------------------------------------------------------------------

    def _selected_override(self) -> int | None:
        rows = self.overrides_table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def add_override(self):
        from gui.catalog.override_dialog import OverrideDialog
        dialog = OverrideDialog(self.catalog, None, self.selected_target(), self)
        return self._open_override_dialog(dialog, None)

    def edit_override(self, position: int | None = None):
        from gui.catalog.override_dialog import OverrideDialog
        position = self._selected_override() if position is None else position
        if position is None or position >= len(self._overrides):
            return None
        dialog = OverrideDialog(self.catalog, self._overrides[position], None, self)
        return self._open_override_dialog(dialog, position)

    def _open_override_dialog(self, dialog, position: int | None):
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._save_override(dialog.result_override, position))
        dialog.finished.connect(lambda _code: self._forget_dialog(dialog))
        dialog.open()
        return dialog

    def _save_override(self, override: Override, position: int | None) -> None:
        target = self.catalog.models.get(override.target) or self.catalog.vendors.get(override.target)
        name = target.name if target is not None else override.target
        if override.discount_pct is not None:
            text = self.tr("{0}% off {1}").format(format_decimal(override.discount_pct.normalize()), name)
        else:
            text = self.tr("Negotiated price for {0}").format(name)

        def apply(user):
            overrides = user.overrides()
            if position is None:
                overrides.append(override)
            else:
                overrides[position] = override
            user.save_overrides(overrides)
            if NEGOTIATED_LAYER in user.disabled_layers():
                user.set_layer_enabled(NEGOTIATED_LAYER, True)   # what was just entered must show
        self._change(text, apply)

    def delete_override(self, position: int | None = None) -> bool:
        position = self._selected_override() if position is None else position
        if position is None or position >= len(self._overrides):
            return False
        removed = self._overrides[position]

        def apply(user):
            overrides = user.overrides()
            del overrides[position]
            user.save_overrides(overrides)
        target = self.catalog.models.get(removed.target) or self.catalog.vendors.get(removed.target)
        return self._change(self.tr("Delete negotiated price for {0}").format(
            target.name if target is not None else removed.target), apply)

    def override_count(self) -> int:
        return self.overrides_table.rowCount()

"""``ComparisonView``: the filter bar (with the workload shown) and the sortable comparison table over
:class:`ComparisonModel`, whose rows can be put on a plan's workload from their menu."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from core.catalog.model import Catalog
from gui.comparison import grey_rows
from gui.comparison.column_fit import ColumnFit
from gui.comparison.columns import (
    COL_ANNUAL,
    COL_CHOSEN,
    COL_CONTEXT,
    COL_DIFF,
    COL_INPUT,
    COL_MODEL,
    COL_MONTHLY,
    COL_OUTPUT,
    COL_RANK,
    COL_SOURCE,
    COL_VENDOR,
    ROW_ROLE,
)
from gui.comparison.filter_proxy import ComparisonFilter
from gui.comparison.rows_table import RowsTable
from gui.comparison.table_model import ComparisonModel
from gui.comparison.workload_chooser import WorkloadChooser
from gui.texts.i18n import is_chinese
from gui.texts.messages import region_text

_DEFAULT_WIDTHS = {COL_CHOSEN: 50, COL_RANK: 44, COL_VENDOR: 100, COL_MODEL: 170, COL_CONTEXT: 60,
                   COL_INPUT: 88, COL_OUTPUT: 88, COL_MONTHLY: 104, COL_ANNUAL: 112, COL_DIFF: 100, COL_SOURCE: 96}


class ComparisonView(QWidget):
    """Filters (vendor, region, billing currency, free text, fitting/chosen/deprecated toggles) over the table."""

    filters_did_change = Signal()
    use_model_requested = Signal(str, str, str)   # model id, plan name ("": a new plan), workload name
    plan_edit_requested = Signal(str)             # a plan row's "Edit plan": the plan's name

    def __init__(self, model: ComparisonModel, catalog: Catalog, toggle_actions: list[QAction],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.model = model
        self.proxy = ComparisonFilter(self)
        self.proxy.setSourceModel(model)
        self.plan_names: list[str] = []           # the project's plans, for a row's "Use in a plan" menu
        self.workload_names: list[str] = []
        self.workload_chooser = WorkloadChooser(self)

        self.vendor_combo = QComboBox(self)
        self.vendor_combo.setObjectName("vendorFilter")
        self.vendor_combo.setToolTip(self.tr("Show one vendor's models"))
        self.region_combo = QComboBox(self)
        self.region_combo.setObjectName("regionFilter")
        self.region_combo.setToolTip(self.tr("Show the vendors of one region"))
        self.currency_combo = QComboBox(self)
        self.currency_combo.setObjectName("currencyFilter")
        self.currency_combo.setToolTip(self.tr("Show the models billed in one currency"))
        self.search = QLineEdit(self)
        self.search.setObjectName("searchFilter")
        self.search.setPlaceholderText(self.tr("Filter models, e.g. gpt, 豆包, deepseek"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(120)
        self.search.setMaximumWidth(260)
        # An action, not a button widget: what does not fit goes behind the bar's », and Qt lists only actions there
        # (as a widget, Clear filters was the one thing behind a » that stayed greyed out).
        self.reset_action = QAction(self.tr("Clear filters"), self)
        self.reset_action.triggered.connect(self.clear_filters)
        self.set_catalog(catalog)

        # A tool bar rather than a row of widgets: on a narrow window what does not fit moves behind its »
        # button instead of forcing the whole window wider.
        self.filter_bar = QToolBar(self.tr("Filters"), self)
        self.filter_bar.setObjectName("filterBar")
        self.filter_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.filter_bar.setIconSize(QSize(1, 1))
        self.workload_action = self.filter_bar.addWidget(self.workload_chooser)
        self.workload_action.setVisible(False)     # shown once there are two workloads to choose from
        self.filter_bar.addWidget(self.search)
        for combo in (self.vendor_combo, self.region_combo, self.currency_combo):
            # Sized to a short entry; the open list shows the long vendor names in full.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
            self.filter_bar.addWidget(combo)
        self.filter_bar.addSeparator()
        for action in toggle_actions:
            self.filter_bar.addAction(action)
        self.filter_bar.addSeparator()
        self.filter_bar.addAction(self.reset_action)
        more = self.filter_bar.findChild(QToolButton, "qt_toolbar_ext_button")
        if more is not None:   # Qt draws its » as an icon, at the bar's 1-pixel icon size: nothing to see or click
            more.setText("»")
            more.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            more.setMinimumWidth(16)
            more.setToolTip(self.tr("More filters"))

        self.table = RowsTable(self)
        self.table.setObjectName("comparisonTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_MONTHLY, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setHighlightSections(False)
        header.setSectionsMovable(True)
        widths = dict(_DEFAULT_WIDTHS)
        if is_chinese():
            widths[COL_VENDOR] = 90        # 字节跳动, 科大讯飞: the short Chinese names need less room
        for column, width in widths.items():
            # Never narrower than the header's own text (a translated header may be longer than the English).
            self.table.setColumnWidth(column, max(width, header.sectionSizeHint(column)))
        # Spare width goes to the last column, not to the model's: a stretched column is squeezed to whatever the
        # others leave (with the narrower Chinese vendor names, too little for 通义千问 Qwen3.5-Flash).
        header.setStretchLastSection(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._on_header_menu)
        self.table.row_menu_requested.connect(self._on_context_menu)
        self.table.doubleClicked.connect(self._on_double_clicked)
        self.copy_action = QAction(self.tr("&Copy rows"), self.table)
        self.copy_action.setObjectName("copyRows")
        self.copy_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Copy))
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.copy_action.triggered.connect(self.copy_selected_rows)
        self.table.addAction(self.copy_action)
        self.table.setAccessibleName(self.tr("Model comparison"))
        self.search.setAccessibleName(self.tr("Filter models"))
        for combo, name in ((self.vendor_combo, self.tr("Vendor filter")), (self.region_combo, self.tr("Region filter")),
                            (self.currency_combo, self.tr("Billing currency filter"))):
            combo.setAccessibleName(name)

        self.columns_fitted = False   # True once fitted to the window's first width
        self.column_fit = ColumnFit(header)   # hidden to fit a narrow window, apart from the user's choices

        self.legend = QLabel(self)
        self.legend.setObjectName("greyLegend")
        self.legend.setWordWrap(True)
        self.legend.setToolTip(self.tr("What the greyed rows are, with the mark in their Rank column"))
        self.legend.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 0)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.table)
        layout.addWidget(self.legend)

        self.vendor_combo.currentIndexChanged.connect(self._apply_filters)
        self.region_combo.currentIndexChanged.connect(self._apply_filters)
        self.currency_combo.currentIndexChanged.connect(self._apply_filters)
        self.search.textChanged.connect(self._apply_filters)
        self.proxy.rowsInserted.connect(self.filters_did_change)
        self.proxy.rowsRemoved.connect(self.filters_did_change)
        self.proxy.modelReset.connect(self.filters_did_change)
        self.proxy.layoutChanged.connect(self.filters_did_change)
        self.filters_did_change.connect(self.update_legend)
        model.dataChanged.connect(self.update_legend)   # the same rows priced again: fit and retired may change
        model.workloads_did_change.connect(self._on_workloads_did_change)
        self.workload_chooser.workload_chosen.connect(self._on_workload_chosen)

    def _on_workloads_did_change(self, names: list[str]) -> None:
        self.workload_names = list(names)
        self.workload_chooser.set_workloads(names, self.model.workload)
        self.workload_action.setVisible(len(names) > 1)

    def _on_workload_chosen(self, name: str | None) -> None:
        self.model.set_workload(name)
        self.filters_did_change.emit()

    def update_legend(self, *_args) -> None:
        """The one legend of the greyed rows shown (hidden when none is)."""
        text = grey_rows.legend_text(self.shown_rows(), self.model.as_of)
        if text != self.legend.text():
            self.legend.setText(text)
        self.legend.setVisible(bool(text))

    def set_catalog(self, catalog: Catalog) -> None:
        """Fill the vendor, region and currency choices from the catalog (again after a catalog change, keeping
        the choices that still exist)."""
        combos = (self.vendor_combo, self.region_combo, self.currency_combo)
        previous = [combo.currentData() for combo in combos]
        for combo in combos:
            combo.blockSignals(True)
            combo.clear()
        self.vendor_combo.addItem(self.tr("All vendors"), None)
        chinese = is_chinese()
        for vendor in sorted(catalog.vendors.values(), key=lambda v: v.name.casefold()):
            if chinese:
                label = vendor.name_zh or vendor.name
            else:
                label = f"{vendor.name} · {vendor.name_zh}" if vendor.name_zh else vendor.name
            self.vendor_combo.addItem(label, vendor.id)
        self.region_combo.addItem(self.tr("All regions"), None)
        present = {v.region for v in catalog.vendors.values()}
        for code in ("US", "EU", "CN"):
            if code in present:
                self.region_combo.addItem(region_text(code), code)
        self.currency_combo.addItem(self.tr("All currencies"), None)
        for code in sorted({m.currency for m in catalog}):
            self.currency_combo.addItem(self.tr("Billed in {0}").format(code), code)
        lost = False
        for combo, data in zip(combos, previous):
            found = combo.findData(data) if data is not None else 0
            combo.setCurrentIndex(max(0, found))
            lost = lost or found < 0
            combo.blockSignals(False)
        if lost:
            self._apply_filters()

    def _apply_filters(self) -> None:
        self.proxy.set_filters(vendor=self.vendor_combo.currentData(), region=self.region_combo.currentData(),
                               currency=self.currency_combo.currentData(), text=self.search.text())
        self.filters_did_change.emit()

    def set_toggles(self, *, only_fitting: bool | None = None, only_chosen: bool | None = None,
                    only_stale: bool | None = None) -> None:
        changes = {k: v for k, v in (("only_fitting", only_fitting), ("only_chosen", only_chosen),
                                     ("only_stale", only_stale)) if v is not None}
        self.proxy.set_filters(**changes)
        self.filters_did_change.emit()

    def clear_filters(self) -> None:
        self.search.clear()
        for combo in (self.vendor_combo, self.region_combo, self.currency_combo):
            combo.setCurrentIndex(0)

    def select_vendor(self, vendor_id: str | None) -> None:
        self.vendor_combo.setCurrentIndex(max(0, self.vendor_combo.findData(vendor_id)))

    def shown_count(self) -> int:
        """The models shown (a plan's row is not a model)."""
        return self.proxy.rowCount() - sum(1 for row in self.shown_rows() if getattr(row, "is_plan", False))

    def model_count(self) -> int:
        """The models compared (shown or filtered out)."""
        return sum(1 for r in range(self.model.rowCount()) if not getattr(self.model.row_at(r), "is_plan", False))

    def shown_rows(self) -> list:
        """The engine rows in the order and filter the table shows."""
        return [self.proxy.index(r, 0).data(ROW_ROLE) for r in range(self.proxy.rowCount())]

    # -- columns ----------------------------------------------------------------------------------------

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if not self.columns_fitted:
            self.columns_fitted = True
            QTimer.singleShot(0, self.fit_columns)   # once the layout has given the table its width

    def fit_columns(self) -> list[int]:
        """Hide the compact columns the user has not chosen until the Source and "vs cheapest" are in view
        (:class:`ColumnFit`); returns those hidden (the header menu shows them)."""
        return self.column_fit.fit()

    def column_menu(self) -> QMenu:
        """The header's menu: a tick per column to show or hide it (the window saves the header with its
        layout, so the choice is remembered); the model's name and the quote tick always stay."""
        menu = QMenu(self)
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            if column in (COL_CHOSEN, COL_MODEL):
                continue
            action = menu.addAction(self.model.headerData(column, Qt.Orientation.Horizontal))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.toggled.connect(lambda shown, c=column: self.set_column_shown(c, shown))
        menu.addSeparator()
        menu.addAction(self.tr("Show all columns"), self.show_all_columns)
        return menu

    def set_column_shown(self, column: int, shown: bool) -> None:
        self.column_fit.set_shown(column, shown)   # the user's choice now, kept as they leave it

    def show_all_columns(self) -> None:
        for column in range(self.model.columnCount()):
            self.set_column_shown(column, True)

    def _on_header_menu(self, pos: QPoint) -> None:
        self.column_menu().exec(self.table.horizontalHeader().mapToGlobal(pos))

    # -- row actions ------------------------------------------------------------------------------------

    def _row_at(self, index: QModelIndex):
        return index.data(ROW_ROLE) if index.isValid() else None

    def _on_double_clicked(self, index: QModelIndex) -> None:
        if index.column() != COL_CHOSEN:
            source = self.proxy.mapToSource(index.siblingAtColumn(COL_CHOSEN))
            checked = self.model.is_chosen(self.model.row_at(source.row()).model_id)
            self.model.setData(source, not checked, Qt.ItemDataRole.CheckStateRole)

    def _on_context_menu(self, index: QModelIndex, at: QPoint) -> None:
        menu = self.row_menu(index)
        if menu is not None:
            menu.exec(at)

    def row_menu(self, index: QModelIndex) -> QMenu | None:
        """The menu of the row at ``index`` (a table index), or None off the rows."""
        row = self._row_at(index)
        if row is None:
            return None
        menu = QMenu(self)
        chosen = self.model.is_chosen(row.model_id)
        toggle = menu.addAction(self.tr("Remove from the quote") if chosen else self.tr("Add to the quote"))
        toggle.triggered.connect(lambda: self._on_double_clicked(index.siblingAtColumn(COL_MODEL)))
        if getattr(row, "is_plan", False):
            menu.addAction(self.tr("Edit plan"), lambda: self.plan_edit_requested.emit(row.name))
            return menu
        from gui.comparison.plan_menu import add_use_menu  # with the first context menu, not at start-up
        add_use_menu(menu, self.plan_names, self.workload_names, self.model.workload,
                     lambda plan, workload: self.use_model_requested.emit(row.model_id, plan, workload))
        menu.addAction(self.copy_action)
        copy = menu.addAction(self.tr("Copy model id"))
        copy.triggered.connect(lambda: QGuiApplication.clipboard().setText(row.model_id))
        # Imported when a row's menu first opens: start-up needs neither QUrl nor the link rule.
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        from core.text import is_url
        if row.point is not None and is_url(row.point.source):
            source = menu.addAction(self.tr("Open the price source"))
            source.triggered.connect(lambda: QDesktopServices.openUrl(QUrl(row.point.source)))
        only = menu.addAction(self.tr("Show only {0}").format(self.model.vendor_text(row)))
        only.triggered.connect(lambda: self.select_vendor(row.vendor_id))
        return menu

    def selected_rows(self) -> list:
        """The engine rows of the selected table rows, in the order shown (priced rows only)."""
        selected = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        rows = [self.proxy.index(r, 0).data(ROW_ROLE) for r in selected]
        return [row for row in rows if row is not None and getattr(row, "monthly_cost", None) is not None]

    def copy_selected_rows(self) -> str:
        """Ctrl+C: the selected rows (or the current one) as tab-separated text with a header, for a spreadsheet."""
        from gui.comparison.copy_rows import rows_tsv

        rows = self.selected_rows()
        if not rows:
            current = self._row_at(self.table.currentIndex())
            rows = [current] if current is not None and getattr(current, "monthly_cost", None) is not None else []
        if not rows:
            return ""
        text = rows_tsv(rows, self.model.currency)
        QGuiApplication.clipboard().setText(text)
        return text

"""``MainWindow``: menus, toolbar, the workloads dock, the comparison table over the charts, the status bar,
and the document's life: new, open, save, export, undo, autosave and crash recovery."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QApplication, QComboBox, QDateEdit, QDockWidget, QLabel, QMainWindow, QMessageBox,
                               QScrollArea, QSplitter, QToolButton, QVBoxLayout, QWidget)

from core import __version__
from core.catalog.model import Catalog
from core.errors import ProjectFileError, TokenQuoteError
from core.pricing.fx import FxTable
from core.project.file import SUFFIX
from core.project.model import Project
from core.pricing.views import PROJECTION_MODELS, default_rows
from core.pricing.workload import Workload

from gui import settings as cfg
from gui.comparison.chart_pane import ChartPane
from gui.comparison.table_model import ComparisonModel
from gui.catalog.actions import CatalogActions
from gui.catalog.source import CatalogSource
from gui.comparison.table_view import ComparisonView
from gui.document import Document
from core.project.edits import with_model_chosen
from gui.widgets.style import ERROR_COLOR
from gui.widgets.fields import set_text_color
from gui.widgets.style import BANNER_STYLE
from gui.texts.i18n import workbook_language
from gui.widgets.icons import theme_icon
from gui.texts.messages import error_text
from gui.texts.numbers import format_count
from gui.recovery import RecoverySession, find_orphans
from gui.main.workloads_panel import WorkloadsPanel

def default_project(workload_name: str) -> Project:
    """The core's default project (300M input / 60M output a month, as of today), its workload named in the
    user's language, costs shown in USD — or in CNY when the interface is Chinese, as those users budget."""
    from gui.texts.i18n import is_chinese

    project = Project()
    first = project.workloads[0]
    return project.edited(workloads=(Workload(workload_name, first.input_tokens, first.output_tokens),),
                          currency="CNY" if is_chinese() else project.currency)


class MainWindow(QMainWindow):
    """Parameters: ``catalog`` (the current catalog), ``data_dir`` (user data: recovery copies), ``autosave``
    and ``interactive`` (both False for a throw-away window such as the self-check, whose problems are
    collected in :attr:`problems` instead of shown in message boxes)."""

    def __init__(self, catalog: Catalog, *, data_dir: Path | None = None, autosave: bool = True,
                 interactive: bool = True, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("mainWindow")   # its icon is the application's (gui.app.make_app sets it)
        self.catalog = catalog
        self.settings = cfg.open_settings()
        self.data_dir = Path(data_dir) if data_dir else cfg.data_dir()
        # The catalog priced with: ``catalog`` (bundled + --catalog extras) with the user's layers on it.
        self.catalog_source = CatalogSource(catalog, self.data_dir / "catalog", self)
        catalog = self.catalog = self.catalog_source.catalog
        self.document = Document(catalog, default_project(self.tr("Workload")), self)
        self.document.hide_deprecated = cfg.get(cfg.HIDE_DEPRECATED, self.settings)
        self._export_run = None          # a ProgressRun while a workbook is written
        self.interactive = interactive
        self.problems: list[str] = []

        self._make_actions()
        self.catalog_actions = CatalogActions(self)
        self.model = ComparisonModel(catalog, self)
        self.comparison_view = ComparisonView(
            self.model, catalog, [self.only_fitting_action, self.only_chosen_action, self.hide_deprecated_action,
                                  self.catalog_actions.only_stale_action], self)
        self.comparison_view.proxy.set_filters(only_fitting=self.only_fitting_action.isChecked())
        self.banner = QLabel(self)
        self.banner.setObjectName("pricingProblem")
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.chart_pane = ChartPane(self._projection, self)
        table_area = QWidget(self)
        table_layout = QVBoxLayout(table_area)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.setSpacing(2)
        table_layout.addWidget(self.banner)
        table_layout.addWidget(self.comparison_view)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("tableChartsSplitter")
        self.splitter.addWidget(table_area)
        self.splitter.addWidget(self.chart_pane)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

        self.workloads_panel = WorkloadsPanel(self.document, self)
        self.workloads_dock = QDockWidget(self.tr("Workloads"), self)
        self.workloads_dock.setObjectName("workloadsDock")
        scroller = QScrollArea(self.workloads_dock)   # the panel scrolls rather than force a tall window
        scroller.setWidget(self.workloads_panel)
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QScrollArea.Shape.NoFrame)
        scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.workloads_dock.setWidget(scroller)
        self.workloads_dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                                        | QDockWidget.DockWidgetFeature.DockWidgetClosable
                                        | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.workloads_dock)
        self.history_dock = QDockWidget(self.tr("Undo history"), self)
        self.history_dock.setObjectName("historyDock")
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.history_dock)
        self.history_dock.hide()
        self.history_dock.visibilityChanged.connect(self._on_history_visible)

        self._make_toolbar()
        self._make_menus()
        self._make_status_bar()

        doc = self.document
        doc.project_did_change.connect(self._on_project_did_change)
        doc.comparison_did_change.connect(self._on_comparison_did_change)
        doc.pricing_did_fail.connect(self._on_pricing_did_fail)
        doc.modified_did_change.connect(self.setWindowModified)
        doc.path_did_change.connect(self._update_title)
        self.model.choice_toggled.connect(self._on_choice_toggled)
        self.comparison_view.filters_did_change.connect(self._update_status)
        self.chart_pane.projection_settings_edited.connect(self._on_projection_settings_edited)
        self.workloads_panel.helper_requested.connect(self.estimate_volumes)
        self.catalog_actions.attach()

        self.recovery = None
        if autosave:
            self.recovery = RecoverySession(
                doc, self.data_dir, interval_s=cfg.get(cfg.AUTOSAVE_SECONDS, self.settings),
                after_edit_s=cfg.get(cfg.AUTOSAVE_AFTER_EDIT_SECONDS, self.settings), parent=self)

        self._restore_layout()
        self._on_project_did_change(doc.project)
        doc.reprice()
        self._update_title()

    # ------------------------------------------------------------------------------------------ building

    def _action(self, text: str, slot=None, shortcut=None, icon: str | None = None, tip: str | None = None,
                checkable: bool = False) -> QAction:
        action = QAction(text, self)
        if icon:
            action.setIcon(theme_icon(icon))
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.setCheckable(checkable)
        if slot is not None:
            action.triggered.connect(slot)
        return action

    def _toggle(self, text: str, short: str, tip: str, checked: bool, slot) -> QAction:
        action = self._action(text, None, None, None, tip, checkable=True)
        action.setIconText(short)
        action.setChecked(checked)
        action.toggled.connect(slot)
        return action

    def _make_actions(self) -> None:
        key = QKeySequence.StandardKey
        self.new_action = self._action(self.tr("&New"), self.new_project, key.New, "document-new",
                                       self.tr("Start a new project"))
        self.open_action = self._action(self.tr("&Open…"), self.open_project, key.Open, "document-open",
                                        self.tr("Open a .tokenquote project"))
        self.save_action = self._action(self.tr("&Save"), self.save, key.Save, "document-save",
                                        self.tr("Save the project"))
        self.save_as_action = self._action(self.tr("Save &As…"), self.save_as, key.SaveAs, None,
                                           self.tr("Save the project under a new name"))
        self.export_action = self._action(self.tr("&Export workbook…"), self.export_workbook, "Ctrl+E",
                                          "document-export", self.tr("Write the quote workbook (.xlsx)"))
        self.quit_action = self._action(self.tr("&Quit"), self.close, key.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        stack = self.document.undo_stack
        self.undo_action = stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence(key.Undo))
        self.undo_action.setIcon(theme_icon("edit-undo"))
        self.undo_action.setIconText(self.tr("Undo"))   # the tool bar stays short; the menu names the edit
        self.redo_action = stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcut(QKeySequence(key.Redo))
        self.redo_action.setIcon(theme_icon("edit-redo"))
        self.redo_action.setIconText(self.tr("Redo"))
        self.terms_action = self._action(self.tr("Quote &terms…"), self.edit_terms, "Ctrl+T", None,
                                         self.tr("Client, quote number, discount, markup, tax"))
        self.fx_action = self._action(self.tr("E&xchange rates…"), self.edit_fx, "Ctrl+Shift+X", None,
                                      self.tr("View and edit the exchange rates and their dates"))
        self.helper_action = self._action(self.tr("Estimate &volumes…"), self.estimate_volumes, None, None,
                                          self.tr("Fill volumes from requests a day or from an amount of text"))
        self.clear_choice_action = self._action(self.tr("C&lear chosen models"), self.clear_chosen)
        self.find_action = self._action(self.tr("&Find model"), self._focus_search, key.Find)
        # One action each for the View menu and the filter bar: the bar's button shows the short icon text.
        self.hide_deprecated_action = self._toggle(
            self.tr("Hide &deprecated models"), self.tr("Hide deprecated"),
            self.tr("Leave models the vendor has deprecated out of the comparison"),
            self.document.hide_deprecated, self.document.set_hide_deprecated)
        self.only_fitting_action = self._toggle(
            self.tr("Only models whose &context fits"), self.tr("Only fitting"),
            self.tr("Show only models whose context window holds the prompt size"),
            cfg.get(cfg.ONLY_FITTING, self.settings), self._on_only_fitting_toggled)
        self.only_chosen_action = self._toggle(
            self.tr("Only c&hosen models"), self.tr("Only chosen"), self.tr("Show only the models ticked for the quote"),
            False, self._on_only_chosen_toggled)
        self.about_action = self._action(self.tr("&About TokenQuote"), self.about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_qt_action = self._action(self.tr("About &Qt"), QApplication.aboutQt)
        self.preferences_action = self._action(self.tr("&Preferences…"), self.edit_preferences, key.Preferences,
                                               None, self.tr("Language, exported workbooks, recent files, autosave"))
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)

    def _make_toolbar(self) -> None:
        bar = self.addToolBar(self.tr("Main"))
        bar.setObjectName("mainToolbar")
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (self.new_action, self.open_action, self.save_action, self.export_action):
            bar.addAction(action)
        bar.addSeparator()
        bar.addAction(self.undo_action)
        bar.addAction(self.redo_action)
        bar.addSeparator()
        caption = QLabel(self.tr("Currency "), self)
        self.currency_combo = QComboBox(self)
        self.currency_combo.setObjectName("displayCurrency")
        self.currency_combo.setToolTip(self.tr("Display currency for monthly and annual costs"))
        caption.setBuddy(self.currency_combo)
        bar.addWidget(caption)
        bar.addWidget(self.currency_combo)
        bar.addSeparator()
        caption = QLabel(self.tr(" Prices as of "), self)
        self.as_of_edit = QDateEdit(self)
        self.as_of_edit.setObjectName("asOfDate")
        self.as_of_edit.setCalendarPopup(True)
        self.as_of_edit.setDisplayFormat("yyyy-MM-dd")
        self.as_of_edit.setKeyboardTracking(False)
        self.as_of_edit.setDateRange(QDate(2020, 1, 1), QDate(2100, 12, 31))
        self.as_of_edit.setToolTip(self.tr("Price with the prices in force on this day"))
        caption.setBuddy(self.as_of_edit)
        self.today_button = QToolButton(self)
        self.today_button.setText(self.tr("Today"))
        self.today_button.setToolTip(self.tr("Always use today's prices"))
        self.today_button.setCheckable(True)
        bar.addWidget(caption)
        bar.addWidget(self.as_of_edit)
        bar.addWidget(self.today_button)
        bar.addSeparator()
        bar.addAction(self.terms_action)
        bar.addAction(self.fx_action)
        self.main_toolbar = bar
        self.currency_combo.currentIndexChanged.connect(self._on_currency_chosen)
        self.as_of_edit.dateChanged.connect(self._on_as_of_edited)
        self.as_of_edit.editingFinished.connect(self.document.end_merge)   # arrow steps merge, dates do not
        self.today_button.clicked.connect(self._on_today_clicked)

    def _make_menus(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&File"))
        menu.addAction(self.new_action)
        menu.addAction(self.open_action)
        self.recent_menu = menu.addMenu(self.tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        menu.addSeparator()
        menu.addAction(self.save_action)
        menu.addAction(self.save_as_action)
        menu.addSeparator()
        menu.addAction(self.export_action)
        menu.addSeparator()
        menu.addAction(self.catalog_actions.import_action)
        menu.addAction(self.catalog_actions.template_action)
        menu.addSeparator()
        menu.addAction(self.quit_action)

        menu = self.menuBar().addMenu(self.tr("&Edit"))
        menu.addAction(self.undo_action)
        menu.addAction(self.redo_action)
        menu.addSeparator()
        menu.addAction(self.helper_action)
        menu.addAction(self.terms_action)
        menu.addAction(self.fx_action)
        menu.addSeparator()
        menu.addAction(self.clear_choice_action)
        menu.addAction(self.find_action)
        menu.addSeparator()
        menu.addAction(self.preferences_action)

        menu = self.menuBar().addMenu(self.tr("&View"))
        workloads = self.workloads_dock.toggleViewAction()
        workloads.setText(self.tr("&Workloads"))
        menu.addAction(workloads)
        self.charts_action = self._action(self.tr("&Charts"), None, None, None,
                                          self.tr("Show the charts under the table"), checkable=True)
        self.charts_action.setChecked(True)
        self.charts_action.toggled.connect(self.chart_pane.setVisible)
        menu.addAction(self.charts_action)
        history = self.history_dock.toggleViewAction()
        history.setText(self.tr("Undo &history"))
        menu.addAction(history)
        menu.addAction(self.main_toolbar.toggleViewAction())
        filters = self.comparison_view.filter_bar.toggleViewAction()
        filters.setText(self.tr("&Filter bar"))
        menu.addAction(filters)
        menu.addSeparator()
        for action in (self.hide_deprecated_action, self.only_fitting_action, self.only_chosen_action,
                       self.catalog_actions.only_stale_action):
            menu.addAction(action)
        menu.addAction(self._action(self.tr("C&lear filters"), self.comparison_view.clear_filters))

        menu = self.menuBar().addMenu(self.tr("&Tools"))
        menu.addAction(self.catalog_actions.catalog_action)
        menu.addAction(self.catalog_actions.saved_prices_action)

        menu = self.menuBar().addMenu(self.tr("&Help"))
        menu.addAction(self.about_action)
        menu.addAction(self.about_qt_action)

    def _make_status_bar(self) -> None:
        bar = self.statusBar()
        self.catalog_label = QLabel(self)
        self.shown_label = QLabel(self)
        self.currency_label = QLabel(self)
        self.as_of_label = QLabel(self)
        self.autosave_label = QLabel(self)
        set_text_color(self.autosave_label, ERROR_COLOR)
        for label in (self.autosave_label, self.shown_label, self.currency_label, self.as_of_label,
                      self.catalog_label):
            bar.addPermanentWidget(label)
        self._update_catalog_label()

    def _update_catalog_label(self) -> None:
        catalog_date = self.catalog.catalog_date
        self.catalog_label.setText(self.tr("Catalog {0} · %n model(s)", "", len(self.catalog)).format(
            catalog_date.isoformat() if catalog_date else self.tr("undated")))

    def set_catalog(self, catalog: Catalog) -> None:
        """Price with ``catalog`` from now on (a catalog layer changed): filters, status and figures follow."""
        self.catalog = catalog
        self.model.set_catalog(catalog)
        self.comparison_view.set_catalog(catalog)
        self._update_catalog_label()
        self.document.set_catalog(catalog)

    def _on_history_visible(self, visible: bool) -> None:
        if visible and self.history_dock.widget() is None:
            from PySide6.QtWidgets import QUndoView   # built when first shown
            self.history_dock.setWidget(QUndoView(self.document.undo_stack, self.history_dock))

    # ------------------------------------------------------------------------------------------ layout

    def _restore_layout(self) -> None:
        geometry = cfg.get(cfg.WINDOW_GEOMETRY, self.settings)
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            screen = self.screen().availableGeometry()
            self.resize(min(1320, screen.width()), min(840, screen.height()))
        state = cfg.get(cfg.WINDOW_STATE, self.settings)
        if not state.isEmpty():
            self.restoreState(state)
        else:
            self.resizeDocks([self.workloads_dock], [250], Qt.Orientation.Horizontal)
        splitter = cfg.get(cfg.SPLITTER_STATE, self.settings)
        if splitter.isEmpty() or not self.splitter.restoreState(splitter):
            self.splitter.setSizes([480, 300])
        header = cfg.get(cfg.TABLE_HEADER, self.settings)
        # A header saved with another number of columns (an older version) would restore widths onto the wrong
        # columns and hide the new one: keep the defaults then.
        if not header.isEmpty() and cfg.get(cfg.TABLE_COLUMNS, self.settings) == self.model.columnCount():
            self.comparison_view.table.horizontalHeader().restoreState(header)
        self.charts_action.setChecked(cfg.get(cfg.CHARTS_VISIBLE, self.settings))
        self.chart_pane.setCurrentIndex(min(cfg.get(cfg.CHART_TAB, self.settings), self.chart_pane.count() - 1))

    def save_layout(self) -> None:
        store = self.settings
        cfg.put(cfg.WINDOW_GEOMETRY, self.saveGeometry(), store)
        cfg.put(cfg.WINDOW_STATE, self.saveState(), store)
        cfg.put(cfg.SPLITTER_STATE, self.splitter.saveState(), store)
        cfg.put(cfg.TABLE_HEADER, self.comparison_view.table.horizontalHeader().saveState(), store)
        cfg.put(cfg.TABLE_COLUMNS, self.model.columnCount(), store)
        cfg.put(cfg.CHART_TAB, self.chart_pane.currentIndex(), store)
        cfg.put(cfg.CHARTS_VISIBLE, self.charts_action.isChecked(), store)
        cfg.put(cfg.HIDE_DEPRECATED, self.hide_deprecated_action.isChecked(), store)
        cfg.put(cfg.ONLY_FITTING, self.only_fitting_action.isChecked(), store)
        store.sync()

    # ------------------------------------------------------------------------------------------ document → view

    def _on_project_did_change(self, project: Project) -> None:
        currencies = project.fx.currencies()
        if project.currency not in currencies:
            currencies = sorted(currencies + [project.currency])
        combo = self.currency_combo
        combo.blockSignals(True)
        if [combo.itemText(i) for i in range(combo.count())] != currencies:
            combo.clear()
            combo.addItems(currencies)
        combo.setCurrentIndex(combo.findText(project.currency))
        combo.blockSignals(False)
        self.as_of_edit.blockSignals(True)
        self.as_of_edit.setDate(QDate(project.effective_as_of()))
        self.as_of_edit.blockSignals(False)
        self.today_button.setChecked(project.as_of is None)
        self.model.set_chosen(project.selected)

    def _on_comparison_did_change(self, comparison) -> None:
        project = self.document.project
        self.banner.hide()
        self.model.set_comparison(comparison, project.selected)
        self.chart_pane.show_comparison(comparison, project.selected, project.projection)
        self._update_status()

    def _on_pricing_did_fail(self, problem: str) -> None:
        self.banner.setText(self.tr("The figures below are from before the last change: {0}").format(problem))
        self.banner.show()

    def _update_status(self) -> None:
        project = self.document.project
        self.shown_label.setText(self.tr("Showing {0} of %n model(s)", "", self.model.rowCount()).format(
            format_count(self.comparison_view.shown_count())))
        self.currency_label.setText(self.tr("Currency: {0}").format(project.currency))
        day = project.effective_as_of().isoformat()
        self.as_of_label.setText(self.tr("Prices as of {0} (today)").format(day) if project.as_of is None
                                 else self.tr("Prices as of {0}").format(day))
        problem = self.recovery.last_error if self.recovery else ""
        self.autosave_label.setText(self.tr("Autosave failed: {0}").format(problem) if problem else "")

    def _update_title(self) -> None:
        path = self.document.path
        name = path.name if path else self.tr("Untitled")
        self.setWindowTitle(self.tr("{0}[*] — TokenQuote").format(name))
        self.setWindowModified(self.document.is_modified())

    # ------------------------------------------------------------------------------------------ view → document

    def _on_choice_toggled(self, model_id: str, chosen: bool) -> None:
        name = self.document.pricing_catalog.models[model_id].name
        text = (self.tr("Choose {0}") if chosen else self.tr("Unchoose {0}")).format(name)
        self.document.edit(with_model_chosen(self.document.project, model_id, chosen), text)

    def clear_chosen(self) -> None:
        self.document.edit(self.document.project.edited(selected=()), self.tr("Clear chosen models"))

    def _on_currency_chosen(self, index: int) -> None:
        code = self.currency_combo.itemText(index)
        project = self.document.project
        if code and code != project.currency:
            self._edit_checked(project.edited(currency=code), self.tr("Display currency {0}").format(code))

    def _edit_checked(self, new: Project, text: str) -> bool:
        """Apply an edit only if the engine can price it (a currency with no FX path is refused, with why)."""
        try:
            self.document.compare(new)
        except TokenQuoteError as exc:
            self._warn(self.tr("Cannot use this setting"), error_text(exc))
            self._on_project_did_change(self.document.project)
            return False
        return self.document.edit(new, text)

    def _on_as_of_edited(self, qdate: QDate) -> None:
        day = qdate.toPython()
        project = self.document.project
        if day != project.as_of:
            self.document.edit(project.edited(as_of=day), self.tr("Prices as of {0}").format(day.isoformat()),
                               merge_key="as_of")

    def _on_today_clicked(self, checked: bool) -> None:
        project = self.document.project
        as_of = None if checked else date.today()
        self.document.edit(project.edited(as_of=as_of), self.tr("Prices as of today") if checked
                           else self.tr("Prices as of {0}").format(as_of.isoformat()))

    def _on_projection_settings_edited(self, settings) -> None:
        self.document.edit(self.document.project.edited(projection=settings), self.tr("Edit projection"),
                           merge_key="projection")

    def _on_only_fitting_toggled(self, checked: bool) -> None:
        self.comparison_view.set_toggles(only_fitting=checked)

    def _on_only_chosen_toggled(self, checked: bool) -> None:
        self.comparison_view.set_toggles(only_chosen=checked)

    def _focus_search(self) -> None:
        self.comparison_view.search.setFocus()
        self.comparison_view.search.selectAll()

    def _projection(self):
        """(Projection or None, problem, whether of chosen models) for the projection chart."""
        comparison, project = self.document.comparison, self.document.project
        if comparison is None:
            return None, "", False
        rows, are_chosen = default_rows(comparison.rows, set(project.selected), PROJECTION_MODELS)
        if not rows:
            return None, "", are_chosen
        from core.pricing.projection import project as project_costs
        settings = project.projection
        try:
            result = project_costs(self.document.pricer, project.workloads, [r.model_id for r in rows],
                                   start=project.effective_as_of(), months=settings.months,
                                   growth_pct=settings.growth_pct, decline_pct=settings.decline_pct,
                                   currency=project.currency, fx=project.fx)
        except TokenQuoteError as exc:
            return None, error_text(exc), are_chosen
        return result, "", are_chosen

    # ------------------------------------------------------------------------------------------ dialogs

    def edit_terms(self) -> None:
        from gui.main.terms_dialog import TermsDialog
        project = self.document.project
        catalog = self.document.pricing_catalog
        vendor_ids = []
        for model_id in project.selected:
            model = catalog.models.get(model_id)
            if model is not None and model.vendor_id not in vendor_ids:
                vendor_ids.append(model.vendor_id)
        dialog = TermsDialog(project.terms, [catalog.vendors[v] for v in vendor_ids], self)
        if dialog.exec() == TermsDialog.DialogCode.Accepted and dialog.result_terms is not None:
            self.document.edit(project.edited(terms=dialog.result_terms), self.tr("Edit quote terms"))

    def edit_fx(self) -> None:
        from gui.main.fx_dialog import FxDialog
        dialog = FxDialog(self.document.project.fx, self._fx_problem, self)
        if dialog.exec() == FxDialog.DialogCode.Accepted and dialog.result_table is not None:
            self.document.edit(self.document.project.edited(fx=dialog.result_table), self.tr("Edit exchange rates"))

    def _fx_problem(self, table: FxTable) -> str | None:
        try:
            self.document.compare(self.document.project.edited(fx=table))
        except TokenQuoteError as exc:
            return error_text(exc)
        return None

    def edit_preferences(self) -> None:
        from gui.main.preferences_dialog import edit_preferences
        edit_preferences(self)

    def estimate_volumes(self) -> None:
        from gui.main.volume_helper_dialog import VolumeHelperDialog
        dialog = VolumeHelperDialog(self)
        if dialog.exec() == VolumeHelperDialog.DialogCode.Accepted and dialog.result_volumes is not None:
            self.workloads_panel.set_volumes(*dialog.result_volumes)

    def about(self) -> None:
        catalog_date = self.catalog.catalog_date
        QMessageBox.about(self, self.tr("About TokenQuote"), self.tr(
            "<h3>TokenQuote {0}</h3>"
            "<p>Prices LLM API usage offline against a dated catalog of vendors and models.</p>"
            "<p>Catalog as of {1}: {2} models from {3} vendors.</p>"
            "<p>Prices are shown as each vendor publishes them, with their source and date; exchange rates are "
            "yours to set.</p>").format(
                __version__, catalog_date.isoformat() if catalog_date else self.tr("undated"), len(self.catalog),
                len(self.catalog.vendors)))

    def _warn(self, title: str, text: str) -> None:
        self.problems.append(f"{title}: {text}")
        if self.interactive:
            QMessageBox.warning(self, title, text)

    # ------------------------------------------------------------------------------------------ files

    def maybe_save(self) -> bool:
        """Ask before discarding unsaved changes: True when it is fine to go on."""
        if not self.document.is_modified():
            return True
        name = self.document.path.name if self.document.path else self.tr("Untitled")
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"),
            self.tr("“{0}” has changes that are not saved. Save them first?").format(name),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def new_project(self) -> None:
        if self.maybe_save():
            self.workloads_panel.current = 0
            self.document.reset(default_project(self.tr("Workload")))

    def open_project(self) -> None:
        if not self.maybe_save():
            return
        from gui.widgets import file_dialogs  # its widgets load with the first dialog, not at start-up
        path, _filter = file_dialogs.get_open_file_name(
            self, self.tr("Open project"), cfg.get(cfg.LAST_FOLDER, self.settings),
            self.tr("TokenQuote projects (*{0});;All files (*)").format(SUFFIX))
        if path:
            self.open_path(path)

    def open_path(self, path: str | Path) -> bool:
        """Open a project file; a broken one is reported and the current document stays."""
        path = Path(path)
        previous_current = self.workloads_panel.current
        self.workloads_panel.current = 0
        try:
            self.document.open(path)
        except ProjectFileError as exc:
            self.workloads_panel.current = previous_current
            self._warn(self.tr("Cannot open project"),
                       self.tr("TokenQuote could not open “{0}”.\n\n{1}").format(path.name, error_text(exc)))
            return False
        self._remember(path)
        self.statusBar().showMessage(self.tr("Opened {0}").format(str(path)), 5000)
        self.catalog_actions.check_saved_prices()   # saved prices that differ: what changed, keep or reprice
        return True

    def save(self) -> bool:
        if self.document.path is None:
            return self.save_as()
        return self.save_to(self.document.path)

    def save_as(self) -> bool:
        folder = cfg.get(cfg.LAST_FOLDER, self.settings)
        suggested = str(Path(folder) / (self.document.path.name if self.document.path
                                        else self.tr("Untitled") + SUFFIX)) if folder else ""
        from gui.widgets import file_dialogs  # its widgets load with the first dialog, not at start-up
        path, _filter = file_dialogs.get_save_file_name(
            self, self.tr("Save project"), suggested, self.tr("TokenQuote projects (*{0})").format(SUFFIX))
        if not path:
            return False
        if not path.endswith(SUFFIX):
            path += SUFFIX
        return self.save_to(path)

    def save_to(self, path: str | Path) -> bool:
        path = Path(path)
        try:
            self.document.save(path)
        except TokenQuoteError as exc:
            self._warn(self.tr("Cannot save project"),
                       self.tr("The project was not saved to “{0}”.\n\n{1}").format(str(path), error_text(exc)))
            return False
        self._remember(path)
        self.statusBar().showMessage(self.tr("Saved {0}").format(str(path)), 5000)
        return True

    def _remember(self, path: Path) -> None:
        path = path.resolve()
        recent = [p for p in cfg.get(cfg.RECENT_FILES, self.settings) if p != str(path)]
        recent.insert(0, str(path))
        cfg.put(cfg.RECENT_FILES, recent[: cfg.get(cfg.RECENT_MAX, self.settings)], self.settings)
        cfg.put(cfg.LAST_FOLDER, str(path.parent), self.settings)

    def _fill_recent_menu(self) -> None:
        menu = self.recent_menu
        menu.clear()
        recent = cfg.get(cfg.RECENT_FILES, self.settings)
        for number, path in enumerate(recent, start=1):
            action = menu.addAction(self.tr("&{0} {1}").format(number, Path(path).name))
            action.setToolTip(path)
            action.setStatusTip(path)
            action.triggered.connect(lambda _checked=False, p=path: self._open_recent(p))
        if not recent:
            menu.addAction(self.tr("No recent projects")).setEnabled(False)
        menu.addSeparator()
        menu.addAction(self.tr("Clear the list"), lambda: cfg.put(cfg.RECENT_FILES, [], self.settings))

    def _open_recent(self, path: str) -> None:
        if not Path(path).exists():
            self._warn(self.tr("Cannot open project"), self.tr("“{0}” no longer exists.").format(path))
            cfg.put(cfg.RECENT_FILES, [p for p in cfg.get(cfg.RECENT_FILES, self.settings) if p != path],
                    self.settings)
            return
        if self.maybe_save():
            self.open_path(path)

    # ------------------------------------------------------------------------------------------ export

    def export_workbook(self) -> None:
        folder = cfg.get(cfg.LAST_EXPORT_FOLDER, self.settings) or cfg.get(cfg.LAST_FOLDER, self.settings)
        terms = self.document.project.terms
        stem = self.tr("Quote {0}").format(terms.quote_no) if terms.quote_no else (
            self.document.path.stem if self.document.path else self.tr("TokenQuote quote"))
        from gui.widgets import file_dialogs  # its widgets load with the first dialog, not at start-up
        path, _filter = file_dialogs.get_save_file_name(
            self, self.tr("Export workbook"), str(Path(folder) / f"{stem}.xlsx") if folder else f"{stem}.xlsx",
            self.tr("Excel workbooks (*.xlsx)"))
        if path:
            if not path.lower().endswith(".xlsx"):
                path += ".xlsx"
            self.start_export(path)

    def start_export(self, path: str | Path):
        """Write the workbook on a worker thread with a progress dialog; returns the task (None if the writer
        is not available)."""
        try:
            from core.workbook.writer import export_project
        except ImportError as exc:
            self._warn(self.tr("Cannot export"), self.tr("The workbook writer is not available: {0}").format(exc))
            return None
        from PySide6.QtWidgets import QProgressDialog

        from gui.workers import ProgressRun
        path = Path(path)
        language = workbook_language(self.settings)   # the Preferences' choice, else the interface's
        document = self.document
        progress = QProgressDialog(self.tr("Writing {0}…").format(path.name), self.tr("Cancel"), 0, 100, self)
        progress.setWindowTitle(self.tr("Export workbook"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        self._export_path = path
        self._export_run = ProgressRun(progress, self.export_action, self)
        return self._export_run.start(
            export_project, document.saveable_project(), document.pricing_catalog, path, language=language,
            comparison=document.comparison, on_success=self._on_export_done, on_failure=self._on_export_failed)

    @property
    def _export_task(self):
        return self._export_run.task if self._export_run is not None else None

    def _end_export(self) -> None:
        if self._export_run is not None:
            self._export_run.end()
            self._export_run = None

    def _on_export_done(self, result) -> None:
        self._end_export()
        path = Path(result) if result else self._export_path
        cfg.put(cfg.LAST_EXPORT_FOLDER, str(path.parent), self.settings)
        self.statusBar().showMessage(self.tr("Exported {0}").format(str(path)), 8000)

    def _on_export_failed(self, error) -> None:
        cancelled = self._export_run is not None and self._export_run.cancelled
        self._end_export()
        if cancelled:
            self.statusBar().showMessage(self.tr("Export cancelled"), 5000)
            return
        self._warn(self.tr("Cannot export"), self.tr("The workbook was not written.\n\n{0}").format(error_text(error)))

    # ------------------------------------------------------------------------------------------ recovery

    def offer_recovery(self) -> bool:
        """Offer the copy a crashed session left behind (one at a time, newest first); True if one was restored."""
        for orphan in find_orphans(self.data_dir):
            try:
                project, original = orphan.load()
            except TokenQuoteError as exc:
                self._warn(self.tr("Recovery"), self.tr("A recovery copy could not be read and was removed.\n\n{0}")
                           .format(error_text(exc)))
                orphan.discard()
                continue
            name = original.name if original else self.tr("an unsaved project")
            answer = QMessageBox.question(
                self, self.tr("Restore unsaved work?"),
                self.tr("TokenQuote did not close normally. A copy of {0} from {1} was kept.\n\n"
                        "Restore it?").format(name, orphan.saved_at.strftime("%Y-%m-%d %H:%M")),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
            if answer == QMessageBox.StandardButton.Yes:
                if not self.maybe_save():
                    return False
                self.workloads_panel.current = 0
                self.document.reset(project, original, restored=True)
                orphan.discard()
                if self.recovery is not None:
                    self.recovery.write_now()
                return True
            orphan.discard()
        return False

    # ------------------------------------------------------------------------------------------ closing

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if self._export_task is not None:
            self._warn(self.tr("Export in progress"), self.tr("Wait for the workbook to be written, or cancel it."))
            event.ignore()
            return
        if not self.maybe_save():
            event.ignore()
            return
        self.save_layout()
        if self.recovery is not None:
            self.recovery.close()
        event.accept()

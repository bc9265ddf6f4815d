"""``MainWindow``: the main window's composition — the workloads dock, the comparison table over the charts, the
status bar — and its wiring: document changes shown, view edits made undoable, the dialogs, autosave, closing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from core.catalog.model import Catalog
from core.errors import TokenQuoteError
from core.pricing.fx import FxTable
from core.project.edits import with_model_chosen
from core.project.model import Project
from gui import settings as cfg
from gui.catalog.actions import CatalogActions
from gui.catalog.source import CatalogSource
from gui.comparison.chart_pane import ChartPane
from gui.comparison.table_model import ComparisonModel
from gui.comparison.table_view import ComparisonView
from gui.document import Document
from gui.main.export_actions import ExportActions
from gui.main.file_actions import FileActions, default_project
from gui.main.file_drops import FileDrops
from gui.main.menus import MainMenus
from gui.main.pdf_export import PdfExport
from gui.main.pricing_controls import PricingControls
from gui.main.recovery_prompt import RecoveryPrompt
from gui.main.workloads_panel import WorkloadsPanel
from gui.plans.actions import PlanActions
from gui.recovery import RecoverySession
from gui.texts.messages import error_text
from gui.texts.numbers import format_count
from gui.usage.actions import UsageActions
from gui.widgets.dock_panel import set_scrolling_panel
from gui.widgets.fields import set_text_color
from gui.widgets.style import banner_style, error_color

__all__ = ["MainWindow", "default_project"]   # gui.app takes default_project from here


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
        self.interactive = interactive
        self.problems: list[str] = []

        self.file_actions = FileActions(self)        # new, open, save, Open Recent
        self.export_actions = ExportActions(self)    # File › Export workbook…
        self.pdf_export = PdfExport(self)            # File › Export PDF… (with its preview)
        self.recovery_prompt = RecoveryPrompt(self)  # a crashed session's copy, offered at start-up
        self.menus = MainMenus(self)                 # the actions; the menus and tool bar are built below
        self.catalog_actions = CatalogActions(self)
        self.usage_actions = UsageActions(self)
        self.file_drops = FileDrops(self)            # a project or price list dropped on the window
        self.model = ComparisonModel(catalog, self)
        menus = self.menus
        self.comparison_view = ComparisonView(
            self.model, catalog, [menus.include_free_action, menus.only_fitting_action, menus.only_chosen_action,
                                  menus.hide_deprecated_action, self.catalog_actions.only_stale_action], self)
        self.comparison_view.proxy.set_filters(only_fitting=menus.only_fitting_action.isChecked())
        self.banner = QLabel(self)
        self.banner.setObjectName("pricingProblem")
        self.banner.setStyleSheet(banner_style())
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.chart_pane = ChartPane(self._projection, self, document=self.document)
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
        set_scrolling_panel(self.workloads_dock, self.workloads_panel)
        self.workloads_dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                                        | QDockWidget.DockWidgetFeature.DockWidgetClosable
                                        | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.workloads_dock)
        self.history_dock = QDockWidget(self.tr("Undo history"), self)
        self.history_dock.setObjectName("historyDock")
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.history_dock)
        self.history_dock.hide()
        self.history_dock.visibilityChanged.connect(self._on_history_visible)
        self.plan_actions = PlanActions(self)           # the Plans dock (beside the workloads) and menu

        self.pricing_controls = PricingControls(self)   # the tool bar's currency and date
        menus.build()
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
        self.comparison_view.workload_chooser.workload_chosen.connect(self.chart_pane.set_workload)
        self.chart_pane.terms_requested.connect(self.edit_terms)
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

    def _make_status_bar(self) -> None:
        bar = self.statusBar()
        self.catalog_label = QLabel(self)
        self.shown_label = QLabel(self)
        self.currency_label = QLabel(self)
        self.as_of_label = QLabel(self)
        self.autosave_label = QLabel(self)
        set_text_color(self.autosave_label, error_color())
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
            from PySide6.QtWidgets import QUndoView  # built when first shown
            self.history_dock.setWidget(QUndoView(self.document.undo_stack, self.history_dock))

    # ------------------------------------------------------------------------------------------ the app's entry points

    def open_path(self, path: str | Path) -> bool:
        """Open a project file (see :meth:`FileActions.open_path`)."""
        return self.file_actions.open_path(path)

    def save_to(self, path: str | Path) -> bool:
        """Save the project to ``path`` (see :meth:`FileActions.save_to`)."""
        return self.file_actions.save_to(path)

    def offer_recovery(self) -> bool:
        """Offer a crashed session's copy back (see :meth:`RecoveryPrompt.offer`)."""
        return self.recovery_prompt.offer()

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
            fitted_away, chosen = ([int(c) for c in cfg.get(setting, self.settings) if str(c).isdigit()]
                                   for setting in (cfg.TABLE_FITTED_AWAY, cfg.TABLE_CHOSEN_COLUMNS))
            self.comparison_view.column_fit.restore(header, fitted_away, chosen)   # the user's own, as they left them
        self.menus.charts_action.setChecked(cfg.get(cfg.CHARTS_VISIBLE, self.settings))
        self.chart_pane.setCurrentIndex(min(cfg.get(cfg.CHART_TAB, self.settings), self.chart_pane.count() - 1))

    def save_layout(self) -> None:
        store = self.settings
        cfg.put(cfg.WINDOW_GEOMETRY, self.saveGeometry(), store)
        cfg.put(cfg.WINDOW_STATE, self.saveState(), store)
        cfg.put(cfg.SPLITTER_STATE, self.splitter.saveState(), store)
        cfg.put(cfg.TABLE_HEADER, self.comparison_view.table.horizontalHeader().saveState(), store)
        cfg.put(cfg.TABLE_COLUMNS, self.model.columnCount(), store)
        fit = self.comparison_view.column_fit
        cfg.put(cfg.TABLE_FITTED_AWAY, [str(c) for c in fit.fitted_away], store)
        cfg.put(cfg.TABLE_CHOSEN_COLUMNS, [str(c) for c in sorted(fit.chosen)], store)
        cfg.put(cfg.CHART_TAB, self.chart_pane.currentIndex(), store)
        cfg.put(cfg.CHARTS_VISIBLE, self.menus.charts_action.isChecked(), store)
        cfg.put(cfg.HIDE_DEPRECATED, self.menus.hide_deprecated_action.isChecked(), store)
        cfg.put(cfg.ONLY_FITTING, self.menus.only_fitting_action.isChecked(), store)
        store.sync()

    # ------------------------------------------------------------------------------------------ document → view

    def _on_project_did_change(self, project: Project) -> None:
        self.pricing_controls.show_project(project)
        self.menus.show_project(project)
        self.model.set_chosen(project.selected)

    def _on_comparison_did_change(self, comparison) -> None:
        project = self.document.project
        self.banner.hide()
        if not comparison.rows:   # a date before every price: said, not an empty table without a word
            self.banner.setText(self.tr("No model has a price in force on {0}: choose a later Prices as of date.")
                                .format(comparison.as_of.isoformat()))
            self.banner.show()
        self.model.set_comparison(comparison, project.selected, self.document.plans)
        self.chart_pane.show_comparison(comparison, project.selected, project.projection, self.document.plans,
                                        self.model.workload)
        self._update_status()

    def _on_pricing_did_fail(self, problem: str) -> None:
        self.banner.setText(self.tr("The figures below are from before the last change: {0}").format(problem))
        self.banner.show()

    def _update_status(self) -> None:
        project = self.document.project
        self.shown_label.setText(self.tr("Showing {0} of %n model(s)", "", self.comparison_view.model_count()).format(
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

    def _on_projection_settings_edited(self, settings) -> None:
        self.document.edit(self.document.project.edited(projection=settings), self.tr("Edit projection"),
                           merge_key="projection")

    def _projection(self):
        """(Projection or None, problem, whether of chosen models) for the projection chart."""
        comparison, project = self.document.comparison, self.document.project
        if comparison is None:
            return None, "", False
        from core.pricing.views import PROJECTION_MODELS, default_rows  # the chart is built after the first paint
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
        from gui.main.terms_dialog import edit_terms
        if edit_terms(self):
            self.chart_pane.show_quote()   # the client's price is what the terms change

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
        from gui.main.help_dialog import show_about  # dialogs only: start-up does not build the class
        show_about(self)

    def _warn(self, title: str, text: str) -> None:
        self.problems.append(f"{title}: {text}")
        if self.interactive:
            from PySide6.QtWidgets import QMessageBox  # dialogs only: start-up does not build the class
            QMessageBox.warning(self, title, text)

    def confirm_invalid_entries(self, action: str) -> bool:
        """Before a save or an export (``action``): if a field still holds an invalid entry, say which and that the
        last valid figure is what goes into the file, and let the user go on or go back and fix it."""
        invalid = self.workloads_panel.invalid_entries()
        if not invalid:
            return True
        lines = "\n".join(self.tr("• {0}: “{1}” is not valid; {2} is used").format(label, text, used)
                           for label, text, used in invalid)
        text = self.tr("Some fields hold entries that are not valid:\n\n{0}\n\nThe last valid figures go into the "
                       "file. {1} all the same?").format(lines, action)
        self.problems.append(text)
        if not self.interactive:
            return True
        from PySide6.QtWidgets import QMessageBox  # dialogs only: start-up does not build the class
        answer = QMessageBox.question(self, self.tr("Entries not valid"), text,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                                      QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes

    # ------------------------------------------------------------------------------------------ closing

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt API
        self.file_drops.drag(event)

    dragMoveEvent = dragEnterEvent  # noqa: N815 - Qt API

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt API
        self.file_drops.drop(event)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if self.export_actions.task is not None or self.pdf_export.task is not None:
            self._warn(self.tr("Export in progress"), self.tr("Wait for the workbook to be written, or cancel it."))
            event.ignore()
            return
        if not self.file_actions.maybe_save():
            event.ignore()
            return
        self.save_layout()
        if self.recovery is not None:
            self.recovery.close()
        event.accept()

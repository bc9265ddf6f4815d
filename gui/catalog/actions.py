"""The main window's catalog features, kept out of ``main_window.py``: Tools › Catalog…, File › Import price
list… and Save price-list template…, the "only stale" filter, the start-up warning for a broken user catalog
file, and the "what changed" check when a saved project is opened.

Light to import (the catalog window, the dialogs, QtCharts and the importers load when first used), so start-up
does not pay for them.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence

from core.errors import TokenQuoteError
from gui import settings as cfg
from gui.texts.messages import error_text


def layer_name_for(source: Path) -> str:
    """The import layer (a folder in ``imports/``) a price-list file becomes: its name without the extension,
    in characters every file system takes. Importing a file of the same name again adds to that layer."""
    name = re.sub(r'[<>:"/\\|?*\x00-\x1f]+', "-", source.stem).strip(" .-") or "import"
    return name[:80]


class CatalogActions(QObject):
    """Parameters: ``window``, the :class:`~gui.main_window.MainWindow` (its ``catalog_source``, ``document``,
    ``model``, ``comparison_view`` and ``_warn``). Call :meth:`attach` once the window's views exist."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.source = window.catalog_source
        self.catalog_window = None
        self.import_run = None             # a ProgressRun while an import runs
        self.report_dialog = None          # the last import's report
        self.price_changes_dialog = None   # the "what changed" dialog now open
        self._import_before = None
        self._import_path: Path | None = None
        self._import_layer = ""

        self.catalog_action = self._action(self.tr("&Catalog…"), self.open_catalog_window, "Ctrl+Shift+K",
                                           self.tr("Browse the catalog, its price history and sources; import, "
                                                   "add models, enter negotiated prices, switch layers"))
        self.import_action = self._action(self.tr("&Import price list…"), lambda: self.import_price_list(), None,
                                          self.tr("Add a LiteLLM price map, a genai-prices data file, or a CSV or "
                                                  "Excel price list, as a catalog layer"))
        self.import_action.setIconText(self.tr("Import price list…"))
        self.template_action = self._action(self.tr("Save price-list &template…"), lambda: self.save_template(),
                                            None, self.tr("Write an empty CSV or Excel price list in the layout the "
                                                          "import reads"))
        self.saved_prices_action = self._action(
            self.tr("&Saved prices vs catalog…"), lambda: self.check_saved_prices(always=True), None,
            self.tr("Compare the prices this project was saved with against the current catalog"))
        self.only_stale_action = self._action(self.tr("Only &stale prices"), None, None,
                                              self.tr("Show only models whose price was checked longer ago than the "
                                                      "stale limit (Tools › Catalog sets it)"))
        self.only_stale_action.setCheckable(True)
        self.only_stale_action.setIconText(self.tr("Only stale"))

    def _action(self, text: str, slot, shortcut: str | None, tip: str) -> QAction:
        action = QAction(text, self.window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.setStatusTip(tip)
        action.setToolTip(tip)
        if slot is not None:
            action.triggered.connect(slot)
        return action

    def attach(self) -> None:
        """Connect the catalog to the window's views, and say if the user's catalog could not be read."""
        window = self.window
        source = self.source
        source.catalog_did_change.connect(window.set_catalog)
        source.stale_days_did_change.connect(window.model.set_stale_days)
        source.change_did_fail.connect(lambda problem: window._warn(self.tr("The catalog was not changed"), problem))
        window.model.set_stale_days(source.stale_days)
        self.only_stale_action.toggled.connect(lambda on: window.comparison_view.set_toggles(only_stale=on))
        window.document.project_did_change.connect(self._on_project_did_change)
        self._on_project_did_change(window.document.project)
        if source.problem:
            if window.interactive:
                QTimer.singleShot(0, self.show_problem)   # once the window is up
            else:
                self.show_problem()

    def show_problem(self) -> None:
        problem = self.source.problem
        if problem:
            self.window._warn(self.tr("Your catalog could not be read"), self.tr(
                "TokenQuote uses the bundled catalog for now, because one of your catalog files could not be "
                "read:\n\n{0}\n\nFix or delete that file, or turn its layer off in Tools › Catalog.").format(problem))

    def _on_project_did_change(self, project) -> None:
        self.saved_prices_action.setEnabled(bool(project.pinned_models))

    # -- catalog window ---------------------------------------------------------------------------------

    def open_catalog_window(self):
        if self.catalog_window is None:
            from gui.catalog.window import CatalogWindow
            self.catalog_window = CatalogWindow(self.source, self._currencies, self.import_action, self.window)
            self.catalog_window.setWindowFlag(Qt.WindowType.Window, True)
            # Closing the main window quits the app even while this one is open (it closes with its parent).
            self.catalog_window.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)
        self.catalog_window.show()
        self.catalog_window.raise_()
        self.catalog_window.activateWindow()
        return self.catalog_window

    def _currencies(self) -> list[str]:
        return list(self.window.document.project.fx.currencies())

    # -- import -----------------------------------------------------------------------------------------

    def import_price_list(self, path: str | Path | None = None, source_format: str | None = None):
        """Import a price list on a worker thread with a progress dialog, then show the report; returns the task
        (None when nothing was started)."""
        window = self.window
        if self.import_task is not None:
            return None
        if path is None:
            folder = cfg.get(cfg.LAST_FOLDER, window.settings)
            from gui.widgets import file_dialogs  # its widgets load with the first dialog, not at start-up
            # A filter naming one JSON format chooses it; the others let the file tell (core.format_for_path).
            by_filter = {self.tr("LiteLLM price map (*.json)"): "litellm",
                         self.tr("genai-prices data (*.json)"): "genai-prices"}
            path, chosen = file_dialogs.get_open_file_name(
                window, self.tr("Import price list"), folder,
                ";;".join([self.tr("Price lists (*.json *.csv *.tsv *.txt *.xlsx)"), *by_filter,
                           self.tr("CSV price list (*.csv *.tsv *.txt)"), self.tr("Excel price list (*.xlsx)"),
                           self.tr("All files (*)")]))
            if not path:
                return None
            source_format = source_format or by_filter.get(chosen)
        path = Path(path)
        try:
            from core.importers.price_lists import format_for_path  # the importers load when used, not at start-up
            source_format = source_format or format_for_path(path)
        except TokenQuoteError as exc:
            window._warn(self.tr("Cannot import"), error_text(exc))
            return None
        from PySide6.QtWidgets import QProgressDialog

        from core.importers.price_lists import run_import
        from gui.workers import ProgressRun
        layer = layer_name_for(path)
        out = self.source.user.imports_dir / layer
        self._import_before = self.source.snapshot()
        self._import_path = path
        self._import_layer = layer
        progress = QProgressDialog(self.tr("Importing {0}…").format(path.name), self.tr("Cancel"), 0, 100, window)
        progress.setObjectName("importProgress")
        progress.setWindowTitle(self.tr("Import price list"))
        # Application-modal: the catalog window (a sibling of this dialog) must not change the catalog meanwhile.
        progress.setWindowModality(Qt.WindowModality.ApplicationModal)
        progress.setMinimumDuration(300)
        self.import_run = ProgressRun(progress, self.import_action, self)
        return self.import_run.start(run_import, source_format, path, out, existing=self.source.catalog,
                                     on_success=self._on_import_done, on_failure=self._on_import_failed)

    @property
    def import_task(self):
        return self.import_run.task if self.import_run is not None else None

    @property
    def import_progress(self):
        """The QProgressDialog while an import runs, else None."""
        return self.import_run.dialog if self.import_run is not None else None

    def _end_import(self) -> None:
        if self.import_run is not None:
            self.import_run.end()
            self.import_run = None

    def _on_import_done(self, report) -> None:
        self._end_import()
        window = self.window
        layer = self._import_layer if report.written else ""

        def enable(user):
            if layer and layer in user.disabled_layers():
                user.set_layer_enabled(layer, True)   # a layer imported again is meant to be seen
        try:
            enable(self.source.user)
            self.source.commit(self._import_before, self.tr("Import {0}").format(report.source.name))
        except (TokenQuoteError, OSError) as exc:
            self.source.roll_back(self._import_before)
            window._warn(self.tr("Cannot import"), self.tr("The price list was not added to the catalog.\n\n{0}")
                         .format(error_text(exc)))
            return
        counts = report.counts()
        window.statusBar().showMessage(self.tr("Imported {0}: {1} added, {2} updated, {3} skipped").format(
            report.source.name, counts["added"], counts["updated"], counts["skipped"]), 8000)
        from gui.catalog.import_dialog import ImportReportDialog
        if self.report_dialog is not None:
            self.report_dialog.close()
        self.report_dialog = ImportReportDialog(report, layer, window)
        self.report_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        if window.interactive:
            self.report_dialog.show()

    def _on_import_failed(self, error) -> None:
        cancelled = self.import_run is not None and self.import_run.cancelled
        self._end_import()
        if self._import_before is not None:
            self.source.roll_back(self._import_before)   # run_import writes only at its end; make sure
        if cancelled:
            self.window.statusBar().showMessage(self.tr("Import cancelled"), 5000)
            return
        self.window._warn(self.tr("Cannot import"), self.tr("The price list was not imported.\n\n{0}").format(
            error_text(error)))

    # -- template ---------------------------------------------------------------------------------------

    def save_template(self, path: str | Path | None = None, kind: str | None = None) -> Path | None:
        """Write the price-list template (CSV or XLSX by the name's suffix, unless ``kind`` says)."""
        window = self.window
        if path is None:
            folder = cfg.get(cfg.LAST_FOLDER, window.settings)
            csv_filter = self.tr("CSV price list (*.csv)")
            xlsx_filter = self.tr("Excel price list (*.xlsx)")
            suggested = str(Path(folder) / "price_list_template.csv") if folder else "price_list_template.csv"
            from gui.widgets import file_dialogs  # its widgets load with the first dialog, not at start-up
            path, chosen = file_dialogs.get_save_file_name(window, self.tr("Save price-list template"), suggested,
                                                       f"{csv_filter};;{xlsx_filter}")
            if not path:
                return None
            if not path.lower().endswith((".csv", ".xlsx")):
                path += ".xlsx" if chosen == xlsx_filter else ".csv"
        path = Path(path)
        kind = kind or ("xlsx" if path.suffix.lower() == ".xlsx" else "csv")
        from core.importers.price_lists import write_template
        try:
            written = write_template(path, kind)
        except TokenQuoteError as exc:
            window._warn(self.tr("Cannot save the template"), error_text(exc))
            return None
        window.statusBar().showMessage(self.tr("Saved the price-list template to {0}").format(str(written)), 8000)
        return written

    # -- what changed -----------------------------------------------------------------------------------

    def check_saved_prices(self, *, always: bool = False):
        """After a project is opened: if its saved prices differ from the current catalog, show what changed and
        offer to reprice (``always``: say so too when nothing differs). Returns the dialog, if one is shown."""
        window = self.window
        document = window.document
        project = document.project
        from core.project.changes import saved_price_changes
        from gui.catalog.price_changes_dialog import PriceChangesDialog
        changes = saved_price_changes(project, document.catalog) if project.pinned_models else None
        if changes is None or not changes.items:
            if always and window.interactive:
                from PySide6.QtWidgets import QMessageBox  # dialogs only: start-up does not build the class
                QMessageBox.information(window, self.tr("Saved prices vs catalog"),
                                        self.tr("This project's prices are the current catalog's."))
            return None
        if not window.interactive:
            return None
        if self.price_changes_dialog is not None:
            self.price_changes_dialog.close()
        name = document.path.name if document.path else self.tr("This project")
        dialog = PriceChangesDialog(changes, name, window)
        dialog.reprice_chosen.connect(self.reprice)
        dialog.finished.connect(lambda _code: self._forget_changes_dialog(dialog))
        self.price_changes_dialog = dialog
        dialog.open()
        return dialog

    def _forget_changes_dialog(self, dialog) -> None:
        if self.price_changes_dialog is dialog:
            self.price_changes_dialog = None
        dialog.deleteLater()

    def reprice(self) -> bool:
        """Price the project with the current catalog: an undoable edit; saving then records the new prices."""
        document = self.window.document
        project = document.project
        return document.edit(project.edited(pinned_models={}, pinned_vendors={}),
                             self.tr("Reprice with the current catalog"))

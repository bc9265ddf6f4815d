"""``ExportActions``: File › Export workbook… — the file dialog, the workbook written on a worker thread with a
progress dialog and Cancel, and what the window says when it is done or failed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt

from gui import settings as cfg
from gui.main.pdf_export import paper_setting
from gui.texts.i18n import workbook_language
from gui.texts.messages import error_text


class ExportActions(QObject):
    """Parameters: ``window``, the main window (its ``document``, ``settings``, ``menus.export_action``, status
    bar and ``_warn``)."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self._run = None          # a ProgressRun while a workbook is written
        self._path: Path | None = None
        self._notice = None       # the ExportNotice in the status bar, made on the first export

    def export_workbook(self) -> None:
        """Ask who the workbook is for (the client's quote or the internal workbook), then where, then write it."""
        window = self.window
        from gui.main.audience_dialog import WORKBOOK, choose_audience, export_stem  # dialogs load when first used
        audience = choose_audience(window, WORKBOOK)
        if audience is None:
            return
        folder = cfg.get(cfg.LAST_EXPORT_FOLDER, window.settings) or cfg.get(cfg.LAST_FOLDER, window.settings)
        stem = export_stem(window.document, audience)
        from gui.widgets import file_dialogs  # its widgets load with the first dialog, not at start-up
        path, _filter = file_dialogs.get_save_file_name(
            window, self.tr("Export workbook"), str(Path(folder) / f"{stem}.xlsx") if folder else f"{stem}.xlsx",
            self.tr("Excel workbooks (*.xlsx)"))
        if path:
            if not path.lower().endswith(".xlsx"):
                path += ".xlsx"
            self.start_export(path, audience)

    def start_export(self, path: str | Path, audience: str = "internal"):
        """Write the workbook (``audience``: ``"internal"`` or ``"client"``) on a worker thread with a progress
        dialog; returns the task (None if the writer is not available)."""
        window = self.window
        try:
            from core.workbook.writer import export_project
        except ImportError as exc:
            window._warn(self.tr("Cannot export"), self.tr("The workbook writer is not available: {0}").format(exc))
            return None
        from PySide6.QtWidgets import QProgressDialog

        from gui.workers import ProgressRun
        path = Path(path)
        language = workbook_language(window.settings)   # the Preferences' choice, else the interface's
        document = window.document
        if document.current_comparison is None:
            # The figures on screen are not this project's as it is now (its pricing failed): write nothing.
            window._warn(self.tr("Cannot export"), self.tr("The workbook was not written: the project's figures "
                                                           "could not be priced.\n\n{0}").format(document.pricing_error))
            return None
        if not window.confirm_invalid_entries(self.tr("Export")):
            return None
        progress = QProgressDialog(self.tr("Writing {0}…").format(path.name), self.tr("Cancel"), 0, 100, window)
        progress.setWindowTitle(self.tr("Export workbook"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        self._path = path
        self._run = ProgressRun(progress, window.menus.export_action, self)
        return self._run.start(
            export_project, document.saveable_project(), document.pricing_catalog, path, language=language,
            comparison=document.current_comparison, pricer=document.pricer,   # the document's caches, not a new pricer
            paper=paper_setting(window.settings),   # the PDF's and the workbook's one choice
            audience=audience, on_success=self._on_export_done, on_failure=self._on_export_failed)

    @property
    def task(self):
        """The export's task while a workbook is being written, else None."""
        return self._run.task if self._run is not None else None

    def _end_export(self) -> None:
        if self._run is not None:
            self._run.end()
            self._run = None

    def _on_export_done(self, result) -> None:
        self._end_export()
        path = Path(result) if result else self._path
        cfg.put(cfg.LAST_EXPORT_FOLDER, str(path.parent), self.window.settings)
        self.window.statusBar().showMessage(self.tr("Exported {0}").format(str(path)), 8000)
        if self._notice is None:
            from gui.main.export_notice import ExportNotice
            self._notice = ExportNotice(self.window)
        self._notice.show_for(path)

    def _on_export_failed(self, error) -> None:
        cancelled = self._run is not None and self._run.cancelled
        self._end_export()
        if cancelled:
            self.window.statusBar().showMessage(self.tr("Export cancelled"), 5000)
            return
        self.window._warn(self.tr("Cannot export"),
                          self.tr("The workbook was not written.\n\n{0}").format(error_text(error)))

"""``PdfExport``: File › Export PDF… — the core writes the PDF quote on a worker thread (with the company's name,
logo and paper size from Preferences), the preview shows the very bytes it wrote, and Save… writes them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QObject, Qt

from gui import settings as cfg
from gui.texts.i18n import workbook_language
from gui.texts.messages import error_text


def locale_paper(locale: QLocale | None = None) -> str:
    """The paper of ``locale`` (default: the system's): Letter in the US, Canada, Mexico and the Philippines."""
    from gui.texts.i18n import workbook_paper  # one rule for the workbook's and the PDF's paper
    return workbook_paper(locale or QLocale.system())


def paper_setting(store) -> str:
    """``"a4"`` or ``"letter"``: the Preferences' choice, else the system locale's."""
    chosen = cfg.get(cfg.PDF_PAPER, store)
    return locale_paper() if chosen == cfg.PAPER_FROM_LOCALE else chosen


def project_for_pdf(project, store):
    """The project as the PDF quotes it: the terms' company, else the one set in Preferences."""
    company = cfg.get(cfg.COMPANY_NAME, store).strip()
    if project.terms.company or not company:
        return project
    return project.edited(terms=project.terms.edited(company=company))


class PdfExport(QObject):
    """Parameters: ``window``, the main window (its ``document``, ``settings``, ``menus.pdf_action``, status bar
    and ``_warn``). ``preview`` is the preview dialog while one is shown."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self._run = None
        self.preview = None
        self.saved_path: Path | None = None
        self.audience = "internal"

    @property
    def task(self):
        """The task while a PDF is being written, else None."""
        return self._run.task if self._run is not None else None

    def export_pdf(self) -> None:
        """Ask who the PDF is for, write it, then show it (``start`` without waiting)."""
        from gui.main.audience_dialog import PDF, choose_audience  # dialogs load when first used
        audience = choose_audience(self.window, PDF)
        if audience is not None:
            self.start(audience)

    def start(self, audience: str = "internal"):
        """Build the PDF (``audience``: ``"internal"`` or ``"client"``) on a worker thread; when it is done the
        preview opens. Returns the task (or None)."""
        window = self.window
        self.audience = audience
        document = window.document
        if document.current_comparison is None:
            window._warn(self.tr("Cannot export"), self.tr("The PDF was not written: the project's figures could "
                                                           "not be priced.\n\n{0}").format(document.pricing_error))
            return None
        if not window.confirm_invalid_entries(self.tr("Export")):
            return None
        from PySide6.QtWidgets import QProgressDialog

        from core.workbook.pdf.writer import build_pdf
        from gui.workers import ProgressRun
        store = window.settings
        logo = cfg.get(cfg.COMPANY_LOGO, store).strip() or None
        progress = QProgressDialog(self.tr("Writing the PDF quote…"), self.tr("Cancel"), 0, 4, window)
        progress.setWindowTitle(self.tr("Export PDF"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        self._run = ProgressRun(progress, window.menus.pdf_action, self)
        return self._run.start(
            build_pdf, project_for_pdf(document.saveable_project(), store), document.pricing_catalog,
            language=workbook_language(store), paper=paper_setting(store), logo=logo,
            comparison=document.current_comparison, pricer=document.pricer, audience=audience,
            on_success=self._on_built, on_failure=self._on_failed)

    def _end(self) -> None:
        if self._run is not None:
            self._run.end()
            self._run = None

    def _on_built(self, data) -> None:
        self._end()
        from gui.main.audience_dialog import export_stem
        from gui.main.pdf_preview_dialog import PdfPreviewDialog
        stem = export_stem(self.window.document, self.audience)
        self.preview = PdfPreviewDialog(bytes(data), self.window)
        self.preview.save_requested.connect(lambda: self._choose_and_save(stem))
        self.preview.finished.connect(self._on_preview_closed)
        self.preview.open()   # window-modal, not blocking: the worker's signal handler returns at once

    def _on_preview_closed(self, _result: int) -> None:
        if self.preview is not None:
            self.preview.deleteLater()
            self.preview = None

    def _choose_and_save(self, stem: str) -> None:
        window = self.window
        folder = cfg.get(cfg.LAST_EXPORT_FOLDER, window.settings) or cfg.get(cfg.LAST_FOLDER, window.settings)
        from gui.widgets import file_dialogs
        path, _filter = file_dialogs.get_save_file_name(
            self.preview, self.tr("Save PDF quote"), str(Path(folder) / f"{stem}.pdf") if folder else f"{stem}.pdf",
            self.tr("PDF documents (*.pdf)"))
        if path:
            if not path.lower().endswith(".pdf"):
                path += ".pdf"
            self.save(path)

    def save(self, path: str | Path) -> bool:
        """Write the previewed PDF to ``path`` (atomically; the core refuses a name not ending in .pdf and a
        target that is not a regular file) and close the preview; False, with a message, when it fails."""
        from core.errors import TokenQuoteError
        from core.workbook.pdf.writer import save_pdf
        window = self.window
        try:
            target = save_pdf(self.preview.data, path)
        except TokenQuoteError as exc:
            window._warn(self.tr("Cannot save the PDF"),
                         self.tr("The PDF was not written.\n\n{0}").format(error_text(exc)))
            return False
        self.saved_path = target
        cfg.put(cfg.LAST_EXPORT_FOLDER, str(target.parent), window.settings)
        window.statusBar().showMessage(self.tr("Exported {0}").format(str(target)), 8000)
        self.preview.accept()
        return True

    def _on_failed(self, error) -> None:
        cancelled = self._run is not None and self._run.cancelled
        self._end()
        if cancelled:
            self.window.statusBar().showMessage(self.tr("Export cancelled"), 5000)
            return
        self.window._warn(self.tr("Cannot export"), self.tr("The PDF was not written.\n\n{0}").format(error_text(error)))

"""``PdfPreviewDialog``: the PDF quote as the core wrote it, every page in one scrolling view (Qt PDF renders the
bytes themselves, so what is seen is what is sent), with Save… and Cancel. QtPdf loads with this dialog only."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget


class PdfPreviewDialog(QDialog):
    """Shows ``data`` (PDF bytes); Save… emits ``save_requested`` (the caller writes ``data`` and accepts)."""

    save_requested = Signal()

    def __init__(self, data: bytes, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("PDF quote preview"))
        self.data = bytes(data)
        # The document reads from the buffer while it is shown: both live as long as the dialog.
        self._bytes = QByteArray(self.data)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        self.view = QPdfView(self)
        self.view.setObjectName("pdfPreview")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)

        pages = self.document.pageCount()
        problem = self.document.status().name   # Error, or Loading for a document Qt PDF could not read at once
        ok = self.document.status() == QPdfDocument.Status.Ready and pages > 0
        self.summary = QLabel(self.tr("%n page(s). Check the quote, then save it to send it.", "", pages) if ok
                              else self.tr("The PDF could not be shown ({0}); it can still be saved.").format(problem), self)
        self.summary.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(self.tr("&Save…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save_requested)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.buttons)
        screen = QGuiApplication.primaryScreen()
        height = int(screen.availableGeometry().height() * 0.85) if screen is not None else 900
        self.resize(min(760, max(520, int(height * 0.75))), max(480, height))

    def page_count(self) -> int:
        return self.document.pageCount()

"""``ExportNotice``: after an export, a small non-modal notice in the status bar — the workbook's name with
Open (the desktop's spreadsheet program) and Show in folder (the file manager) — that goes away on its own, on
the next export, or with its close button."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

SHOWN_MS = 30_000


def open_url(url: QUrl) -> bool:
    """QDesktopServices.openUrl, one place for tests to patch."""
    return QDesktopServices.openUrl(url)


class ExportNotice(QWidget):
    """Permanent widget of the window's status bar, hidden until :meth:`show_for` is called."""

    def __init__(self, window):
        super().__init__(window)
        self.setObjectName("exportNotice")
        self.path: Path | None = None
        self.label = QLabel(self)
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.open_button.setObjectName("openExported")
        self.open_button.setToolTip(self.tr("Open the workbook in your spreadsheet program"))
        self.folder_button = QPushButton(self.tr("Show in fol&der"), self)  # Alt+F is the File menu
        self.folder_button.setObjectName("showExportedFolder")
        self.folder_button.setToolTip(self.tr("Open the folder that holds the workbook"))
        self.close_button = QToolButton(self)
        self.close_button.setText("×")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Dismiss"))
        self.close_button.setAccessibleName(self.tr("Dismiss the export notice"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.label, self.open_button, self.folder_button, self.close_button):
            layout.addWidget(widget)
        self.open_button.clicked.connect(self.open_file)
        self.folder_button.clicked.connect(self.show_folder)
        self.close_button.clicked.connect(self.hide)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        self.hide()
        window.statusBar().addPermanentWidget(self)

    def show_for(self, path: Path) -> None:
        self.path = Path(path)
        self.label.setText(self.path.name)  # the status bar's message says "Exported <full path>" beside it
        self.label.setToolTip(str(self.path))
        self.show()
        self._timer.start(SHOWN_MS)

    def open_file(self) -> bool:
        return self.path is not None and open_url(QUrl.fromLocalFile(str(self.path)))

    def show_folder(self) -> bool:
        return self.path is not None and open_url(QUrl.fromLocalFile(str(self.path.parent)))

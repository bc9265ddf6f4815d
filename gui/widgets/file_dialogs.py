"""Open and Save dialogs that show their texts whole in any language.

Where the desktop offers its own file dialog (GNOME, KDE, Windows, macOS), Qt uses it and nothing here
applies. Where it does not (a bare X11 or Wayland session, a minimal desktop), Qt shows its own dialog, whose
sizes are fixed for English: the date column fits "10/29/81 02:02PM" (a Chinese date, 2026/11/22 08:13, is cut
to "2026/1…"), the places list "My Computer". :func:`fit` widens them for the texts actually shown.
The two functions mirror ``QFileDialog.getOpenFileName`` / ``getSaveFileName`` and return the same pair.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime, QTimer
from PySide6.QtWidgets import QDialog, QFileDialog, QListView, QSplitter, QTreeView, QWidget

_MIN_SIZE = (760, 460)
_DATE_COLUMN = 3


def fit(dialog: QFileDialog) -> None:
    """Widen Qt's own file dialog for its texts; does nothing to a desktop's native dialog (it has no widgets)."""
    view = dialog.findChild(QTreeView, "treeView")
    if view is None:
        return
    dialog.resize(max(dialog.width(), _MIN_SIZE[0]), max(dialog.height(), _MIN_SIZE[1]))
    metrics = view.fontMetrics()
    longest = QLocale().toString(QDateTime(QDate(2026, 12, 28), QTime(23, 59)), QLocale.FormatType.ShortFormat)
    header = view.header()
    header.resizeSection(_DATE_COLUMN, max(header.sectionSize(_DATE_COLUMN), metrics.horizontalAdvance(longest) + 24))
    sidebar = dialog.findChild(QListView, "sidebar")
    splitter = dialog.findChild(QSplitter, "splitter")
    if sidebar is not None and splitter is not None and sidebar.model() is not None:
        model = sidebar.model()
        names = [model.index(row, 0).data() or "" for row in range(model.rowCount())]
        wanted = max((metrics.horizontalAdvance(name) for name in names), default=0) + 48   # icon and margins
        sizes = splitter.sizes()
        if len(sizes) == 2 and sizes[0] < wanted:
            splitter.setSizes([wanted, max(sizes[1] - (wanted - sizes[0]), 200)])


def _run(dialog: QFileDialog) -> tuple[str, str]:
    QTimer.singleShot(0, lambda: fit(dialog))   # Qt builds its own dialog's widgets when it is first shown
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
            return "", ""
        return dialog.selectedFiles()[0], dialog.selectedNameFilter()
    finally:
        dialog.deleteLater()


def get_open_file_name(parent: QWidget | None, caption: str, directory: str = "",
                       filter: str = "") -> tuple[str, str]:  # noqa: A002 - Qt's name
    """Like ``QFileDialog.getOpenFileName``: (the chosen file, the chosen filter), or ("", "")."""
    dialog = QFileDialog(parent, caption, directory, filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    return _run(dialog)


def save_dialog(parent: QWidget | None, caption: str, directory: str = "",
                filter: str = "") -> QFileDialog:  # noqa: A002 - Qt's name
    """The Save dialog :func:`get_save_file_name` runs. A name typed without a suffix gets the chosen filter's
    (``Budget`` → ``Budget.tokenquote``) *before* the dialog asks whether to replace an existing file: the callers
    added it afterwards, which replaced ``Budget.tokenquote`` without a question when ``Budget`` was typed."""
    dialog = QFileDialog(parent, caption, directory, filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setDefaultSuffix(filter_suffix(dialog.selectedNameFilter()))
    dialog.filterSelected.connect(lambda chosen: dialog.setDefaultSuffix(filter_suffix(chosen)))
    return dialog


def filter_suffix(name_filter: str) -> str:
    """``xlsx`` for ``Excel workbooks (*.xlsx)``; "" for ``All files (*)``."""
    found = re.search(r"\*\.([A-Za-z0-9]+)", name_filter)
    return found.group(1) if found else ""


def get_save_file_name(parent: QWidget | None, caption: str, directory: str = "",
                       filter: str = "") -> tuple[str, str]:  # noqa: A002 - Qt's name
    """Like ``QFileDialog.getSaveFileName`` (``directory`` may end in a suggested file name); a name typed
    without a suffix gets the chosen filter's before an existing file is asked about."""
    return _run(save_dialog(parent, caption, directory, filter))

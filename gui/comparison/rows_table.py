"""The comparison's table view: a row's context menu for the row it was asked on, by mouse or by keyboard, and a
Tab key that leaves the table instead of walking its cells."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QKeyEvent
from PySide6.QtWidgets import QTableView


class RowsTable(QTableView):
    """``row_menu_requested(index, global position)``: the menu of the mouse's row, or from the keyboard (the Menu
    key, Shift+F10) of the current row. Qt gives a keyboard menu's position in the view's coordinates, not the
    viewport's, so ``indexAt`` read it as the row below, and "Add to the quote" added the wrong model."""

    row_menu_requested = Signal(QModelIndex, QPoint)

    def __init__(self, parent=None):
        super().__init__(parent)
        # Tab moves on to the next control, as in a form; the arrow keys still walk the cells. With Qt's default
        # Tab walked every cell and wrapped round, so the keyboard never got past the table.
        self.setTabKeyNavigation(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        # Shift+F10 is the menu key's twin on Windows and in KDE and GNOME apps; Qt on X11 does not make it one.
        if event.key() == Qt.Key.Key_F10 and event.modifiers() == Qt.KeyboardModifier.ShiftModifier:
            index = self.currentIndex()
            self.row_menu_requested.emit(index, self.viewport().mapToGlobal(self.visualRect(index).center()))
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 (Qt's name)
        if event.reason() == QContextMenuEvent.Reason.Keyboard:
            index = self.currentIndex()
            pos = self.visualRect(index).center()
        else:
            pos = event.pos()   # the mouse's: in the viewport's coordinates
            index = self.indexAt(pos)
        self.row_menu_requested.emit(index, self.viewport().mapToGlobal(pos))

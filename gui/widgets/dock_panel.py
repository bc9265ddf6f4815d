"""A dock's panel set in a scroll area: a tall panel scrolls instead of forcing a tall window (the workloads and
the plans docks)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QScrollArea, QWidget


def set_scrolling_panel(dock: QDockWidget, panel: QWidget) -> None:
    """Show ``panel`` in ``dock``, scrolling vertically when the dock is shorter than the panel."""
    scroller = QScrollArea(dock)
    scroller.setWidget(panel)
    scroller.setWidgetResizable(True)
    scroller.setFrameShape(QScrollArea.Shape.NoFrame)
    scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    dock.setWidget(scroller)

"""``FileDrops``: files dropped on the main window — a ``.tokenquote`` project opens (after the unsaved-changes
question), a price list (``.json``, ``.csv``, ``.tsv``, ``.txt``, ``.xlsx``) goes to the import flow of the catalog
actions. Anything else is refused while it is dragged (the cursor says no), so a drop never surprises."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject

PROJECT_SUFFIX = ".tokenquote"
PRICE_LIST_SUFFIXES = (".json", ".csv", ".tsv", ".txt", ".xlsx")


def dropped_file(mime) -> Path | None:
    """The one local file a drag carries when TokenQuote can take it, else None (several files, a folder, a
    web link, another kind of file)."""
    if mime is None or not mime.hasUrls():
        return None
    urls = [url for url in mime.urls() if url.isLocalFile()]
    if len(urls) != 1 or len(mime.urls()) != 1:
        return None
    path = Path(urls[0].toLocalFile())
    if path.suffix.lower() not in (PROJECT_SUFFIX, *PRICE_LIST_SUFFIXES) or path.is_dir():
        return None
    return path


class FileDrops(QObject):
    """The main window's drag-and-drop: its dragEnterEvent/dragMoveEvent call :meth:`drag`, its dropEvent
    :meth:`drop` (overridden methods, not an event filter: no Python call for each of the window's events)."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        window.setAcceptDrops(True)

    def drag(self, event) -> None:
        if dropped_file(event.mimeData()) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def drop(self, event) -> None:
        path = dropped_file(event.mimeData())
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.open(path)

    def open(self, path: Path):
        """Open a project, or import a price list; returns what the action returned (for tests)."""
        window = self.window
        window.raise_()
        window.activateWindow()
        if path.suffix.lower() == PROJECT_SUFFIX:
            if not window.file_actions.maybe_save():
                return False
            return window.open_path(path)
        return window.catalog_actions.import_price_list(path)

"""``FileActions``: the main window's project files (new, open, save, save as, Open Recent) and the question
before unsaved changes are discarded; ``default_project``, what File › New starts from."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject

from core.pricing.workload import Workload
from core.project.file import SUFFIX
from core.project.model import Project
from gui import settings as cfg
from gui.texts.messages import error_text


def default_project(workload_name: str) -> Project:
    """The core's default project (300M input / 60M output a month, as of today), its workload named in the
    user's language, costs shown in USD — or in CNY when the interface is Chinese, as those users budget."""
    from gui.texts.i18n import is_chinese

    project = Project()
    first = project.workloads[0]
    return project.edited(workloads=(Workload(workload_name, first.input_tokens, first.output_tokens),),
                          currency="CNY" if is_chinese() else project.currency)


class FileActions(QObject):
    """Parameters: ``window``, the main window (its ``document``, ``settings``, ``workloads_panel``,
    ``catalog_actions``, ``menus.recent_menu``, status bar and ``_warn``)."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window

    def maybe_save(self) -> bool:
        """Ask before discarding unsaved changes: True when it is fine to go on."""
        document = self.window.document
        if not document.is_modified():
            return True
        from PySide6.QtWidgets import QMessageBox  # dialogs only: start-up does not build the class
        name = document.path.name if document.path else self.tr("Untitled")
        answer = QMessageBox.question(
            self.window, self.tr("Unsaved changes"),
            self.tr("“{0}” has changes that are not saved. Save them first?").format(name),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def new_project(self) -> None:
        if self.maybe_save():
            self.window.workloads_panel.current = 0
            self.window.document.reset(default_project(self.tr("Workload")))

    def open_project(self) -> None:
        if not self.maybe_save():
            return
        from gui.widgets import file_dialogs  # its widgets load with the first dialog, not at start-up
        path, _filter = file_dialogs.get_open_file_name(
            self.window, self.tr("Open project"), cfg.get(cfg.LAST_FOLDER, self.window.settings),
            self.tr("TokenQuote projects (*{0});;All files (*)").format(SUFFIX))
        if path:
            self.open_path(path)

    def open_path(self, path: str | Path) -> bool:
        """Open a project file; a broken one is reported and the current document stays."""
        window = self.window
        path = Path(path)
        previous_current = window.workloads_panel.current
        window.workloads_panel.current = 0
        try:
            window.document.open(path)
        except Exception as exc:
            window.workloads_panel.current = previous_current
            window._warn(self.tr("Cannot open project"),
                         self.tr("TokenQuote could not open “{0}”.\n\n{1}").format(path.name, error_text(exc)))
            return False
        self._remember(path)
        window.statusBar().showMessage(self.tr("Opened {0}").format(str(path)), 5000)
        window.catalog_actions.check_saved_prices()   # saved prices that differ: what changed, keep or reprice
        return True

    def save(self) -> bool:
        document = self.window.document
        if document.path is None:
            return self.save_as()
        return self.save_to(document.path)

    def save_as(self) -> bool:
        document = self.window.document
        folder = cfg.get(cfg.LAST_FOLDER, self.window.settings)
        suggested = str(Path(folder) / (document.path.name if document.path
                                        else self.tr("Untitled") + SUFFIX)) if folder else ""
        from gui.widgets import file_dialogs  # its widgets load with the first dialog, not at start-up
        path, _filter = file_dialogs.get_save_file_name(
            self.window, self.tr("Save project"), suggested, self.tr("TokenQuote projects (*{0})").format(SUFFIX))
        if not path:
            return False
        if not path.endswith(SUFFIX):
            path += SUFFIX
        return self.save_to(path)

    def save_to(self, path: str | Path) -> bool:
        window = self.window
        path = Path(path)
        if not window.confirm_invalid_entries(self.tr("Save")):
            return False
        if window.document.changed_on_disk(path) and not self._confirm_overwrite(path):
            return False
        try:
            window.document.save(path)
        except Exception as exc:
            window._warn(self.tr("Cannot save project"),
                         self.tr("The project was not saved to “{0}”.\n\n{1}").format(str(path), error_text(exc)))
            return False
        self._remember(path)
        window.statusBar().showMessage(self.tr("Saved {0}").format(str(path)), 5000)
        return True

    def _confirm_overwrite(self, path: Path) -> bool:
        """The file changed on disk since this window opened or saved it (another window saved it): ask before
        replacing that work; without a person to ask (self-check, scripts), refuse."""
        window = self.window
        text = self.tr("“{0}” was changed on disk since you opened it here — perhaps saved from another TokenQuote "
                       "window. Replace those changes with yours? (File › Save As… keeps both.)").format(path.name)
        window.problems.append(text)
        if not window.interactive:
            return False
        from PySide6.QtWidgets import QMessageBox  # dialogs only: start-up does not build the class
        answer = QMessageBox.question(window, self.tr("File changed on disk"), text,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                                      QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes

    def _remember(self, path: Path) -> None:
        settings = self.window.settings
        path = path.resolve()
        recent = [p for p in cfg.get(cfg.RECENT_FILES, settings) if p != str(path)]
        recent.insert(0, str(path))
        cfg.put(cfg.RECENT_FILES, recent[: cfg.get(cfg.RECENT_MAX, settings)], settings)
        cfg.put(cfg.LAST_FOLDER, str(path.parent), settings)

    def _fill_recent_menu(self) -> None:
        settings = self.window.settings
        menu = self.window.menus.recent_menu
        menu.clear()
        recent = cfg.get(cfg.RECENT_FILES, settings)
        for number, path in enumerate(recent, start=1):
            action = menu.addAction(self.tr("&{0} {1}").format(number, Path(path).name))
            action.setToolTip(path)
            action.setStatusTip(path)
            action.triggered.connect(lambda _checked=False, p=path: self._open_recent(p))
        if not recent:
            menu.addAction(self.tr("No recent projects")).setEnabled(False)
        menu.addSeparator()
        menu.addAction(self.tr("Clear the list"), lambda: cfg.put(cfg.RECENT_FILES, [], self.window.settings))

    def _open_recent(self, path: str) -> None:
        settings = self.window.settings
        if not Path(path).exists():
            self.window._warn(self.tr("Cannot open project"), self.tr("“{0}” no longer exists.").format(path))
            cfg.put(cfg.RECENT_FILES, [p for p in cfg.get(cfg.RECENT_FILES, settings) if p != path], settings)
            return
        if self.maybe_save():
            self.open_path(path)

"""``RecoveryPrompt``: at start-up, offer back the copy a crashed session left behind (gui.recovery keeps it)."""

from __future__ import annotations

from PySide6.QtCore import QObject

from core.errors import TokenQuoteError
from gui.recovery import KEEP_DECLINED_DAYS, declined_folder, find_orphans
from gui.texts.messages import error_text


class RecoveryPrompt(QObject):
    """Parameters: ``window``, the main window (its ``data_dir``, ``document``, ``recovery``, ``workloads_panel``,
    ``file_actions`` and ``_warn``)."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window

    def offer(self) -> bool:
        """Offer the copy a crashed session left behind (one at a time, newest first); True if one was restored."""
        window = self.window
        for orphan in find_orphans(window.data_dir):
            try:
                project, original, on_disk = orphan.load()
            except TokenQuoteError as exc:
                kept = orphan.set_aside()   # never deleted: it may be the only copy of someone's work
                window._warn(self.tr("Recovery"), self.tr("A recovery copy could not be read; it is kept as {0}.\n\n{1}")
                             .format(str(kept), error_text(exc)))
                continue
            from PySide6.QtWidgets import QMessageBox  # dialogs only: start-up does not build the class
            name = original.name if original else self.tr("an unsaved project")
            answer = QMessageBox.question(
                window, self.tr("Restore unsaved work?"),
                self.tr("TokenQuote did not close normally. A copy of {0} from {1} was kept.\n\n"
                        "Restore it? (No keeps it for {2} days in {3}, where File › Open reads it.)").format(
                    name, orphan.saved_at.strftime("%Y-%m-%d %H:%M"), KEEP_DECLINED_DAYS,
                    declined_folder(window.data_dir)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
            if answer == QMessageBox.StandardButton.Yes:
                if not window.file_actions.maybe_save():
                    return False
                window.workloads_panel.current = 0
                # Saving it will ask first if the file changed since the crashed session had it (another window).
                window.document.reset(project, original, restored=True, on_disk=on_disk)
                orphan.discard()
                if window.recovery is not None:
                    window.recovery.write_now()
                return True
            orphan.decline()   # a slip of "No" must not lose the work: kept a while, offered no more
        return False

"""Crash recovery: an edited project is copied to a recovery file every few seconds, and a copy left behind by
a session that did not end cleanly is offered back at the next start.

Each running window owns ``<data>/recovery/<session>.tokenquote`` and holds ``<session>.lock`` (a QLockFile)
while it runs. A recovery file whose lock can be taken belongs to a session that is gone (killed, crashed,
power cut): that is an orphan to offer. A file whose lock is held belongs to another live window and is left
alone. A clean exit or a save removes the session's file.
"""

from __future__ import annotations

import os
from datetime import datetime, timezone
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, QTimer

from core.errors import TokenQuoteError
from core.project.file import SUFFIX, load_project, save_project
from core.project.model import Project
from gui.texts.messages import error_text

RECOVERY_KEY = "recovery"   # in Project.view of a recovery copy only: where the original file was


def recovery_folder(data_dir: Path) -> Path:
    folder = Path(data_dir) / "recovery"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _lock(path: Path) -> QLockFile:
    lock = QLockFile(str(path))
    # Only a dead owner makes a lock stale; the default 30 s age rule would steal a live window's lock.
    lock.setStaleLockTime(0)
    return lock


class Orphan:
    """A recovery file left by a session that is gone; holds its lock while the user decides."""

    def __init__(self, path: Path, lock: QLockFile):
        self.path = path
        self._lock = lock

    @property
    def saved_at(self) -> datetime:
        return datetime.fromtimestamp(self.path.stat().st_mtime)

    def load(self) -> tuple[Project, Path | None, tuple[int, str] | None]:
        """The recovered project, the file it was a copy of (None for a never-saved project) and that file as the
        crashed session last read or wrote it ((size, SHA-256), or None when unknown)."""
        project = load_project(self.path)
        view = dict(project.view)
        meta = view.pop(RECOVERY_KEY, None)
        meta = meta if isinstance(meta, dict) else {}
        original = meta.get("file")
        on_disk = meta.get("on_disk")
        known = (isinstance(on_disk, list) and len(on_disk) == 2 and isinstance(on_disk[0], int)
                 and isinstance(on_disk[1], str))
        return (project.edited(view=view), Path(original) if isinstance(original, str) and original else None,
                (on_disk[0], on_disk[1]) if known else None)

    def discard(self) -> None:
        self.path.unlink(missing_ok=True)
        self._lock.unlock()

    def decline(self) -> Path:
        """The user did not want it back: moved to :func:`declined_folder`, offered no more, kept a while in case
        the answer was a slip (a project file: File › Open reads it); returns where it is."""
        folder = declined_folder(self.path.parent.parent)
        kept = folder / self.path.name
        try:
            folder.mkdir(parents=True, exist_ok=True)
            os.replace(self.path, kept)
            os.utime(kept)   # its days count from the answer, not from the crashed session's last autosave
        except OSError:
            kept = self.path   # could not be moved: left where it was (offered again next time), never deleted
        self._lock.unlock()
        return kept

    def set_aside(self) -> Path:
        """Keep a copy this version cannot read (a newer app's, a damaged one) beside the others under another name,
        so it is offered no more but nothing is lost; returns where it is."""
        kept = self.path.with_name(self.path.name + ".unreadable")
        try:
            os.replace(self.path, kept)
        except OSError:
            kept = self.path
        self._lock.unlock()
        return kept


def declined_folder(data_dir: Path) -> Path:
    """Where recovery copies the user declined are kept for :data:`KEEP_DECLINED_DAYS` days."""
    return recovery_folder(data_dir) / "declined"


KEEP_DECLINED_DAYS = 14


def _sweep_declined(data_dir: Path) -> None:
    cutoff = datetime.now().timestamp() - KEEP_DECLINED_DAYS * 86_400
    try:
        for path in declined_folder(data_dir).glob(f"*{SUFFIX}"):
            if path.stat().st_mtime < cutoff:
                path.unlink(missing_ok=True)
    except OSError:
        pass   # a folder it cannot tidy costs some disk space, nothing else


def find_orphans(data_dir: Path) -> list[Orphan]:
    """Recovery files of sessions that ended without a clean exit, newest first (declined ones past their days are
    removed on the way)."""
    _sweep_declined(data_dir)
    folder = recovery_folder(data_dir)
    orphans = []
    for path in sorted(folder.glob(f"*{SUFFIX}"), key=lambda p: p.stat().st_mtime, reverse=True):
        lock = _lock(path.with_suffix(".lock"))
        if lock.tryLock(0):
            orphans.append(Orphan(path, lock))
    return orphans


class RecoverySession(QObject):
    """This window's recovery file: written shortly after each edit and every ``interval`` seconds while the
    document has unsaved changes; removed when it has none."""

    def __init__(self, document, data_dir: Path, *, interval_s: int = 60, after_edit_s: int = 3,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.document = document
        folder = recovery_folder(data_dir)
        session = os.urandom(8).hex()
        self.path = folder / f"{session}{SUFFIX}"
        self._lock = _lock(folder / f"{session}.lock")
        self._lock.tryLock(0)
        self._written_for: object = None          # the project last written, to skip idle rewrites
        self.last_error = ""
        self._periodic = QTimer(self, interval=max(1, interval_s) * 1000)
        self._periodic.timeout.connect(self.write_now)
        self._periodic.start()
        self._soon = QTimer(self, singleShot=True, interval=max(0, after_edit_s) * 1000)
        self._soon.timeout.connect(self.write_now)
        document.project_did_change.connect(self._on_project_did_change)
        document.modified_did_change.connect(self._on_modified_did_change)

    def set_intervals(self, interval_s: int, after_edit_s: int) -> None:
        """Change how often the copy is written (from Preferences); a timer already running keeps its turn."""
        self._periodic.setInterval(max(1, interval_s) * 1000)
        self._soon.setInterval(max(0, after_edit_s) * 1000)

    def _on_project_did_change(self, _project) -> None:
        self._soon.start()

    def _on_modified_did_change(self, modified: bool) -> None:
        if not modified:
            self.remove()

    def write_now(self) -> None:
        """Copy the document to the recovery file if it has unsaved changes not yet copied."""
        doc = self.document
        if not doc.is_modified():
            self.remove()
            return
        if self._written_for is doc.project:
            return
        meta = {"file": str(doc.path) if doc.path else "",
                "saved_at": datetime.now(timezone.utc).isoformat(timespec="seconds")}
        if doc.on_disk is not None:   # the file as this session knows it: a restore can tell if it changed since
            meta["on_disk"] = list(doc.on_disk)
        copy = doc.project.edited(view={**doc.project.view, RECOVERY_KEY: meta})
        try:
            save_project(self.path, copy)
        except TokenQuoteError as exc:
            # A full disk must not interrupt editing; the status bar shows it and the next write retries.
            self.last_error = error_text(exc)
            return
        self.last_error = ""
        self._written_for = doc.project

    def remove(self) -> None:
        self._written_for = None
        self.path.unlink(missing_ok=True)

    def close(self) -> None:
        """A clean end: no recovery file, lock released."""
        self._periodic.stop()
        self._soon.stop()
        self.remove()
        self._lock.unlock()

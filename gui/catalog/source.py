"""``CatalogSource``: the catalog the app prices with — the bundled catalog with the user's layers on it
(``core.user_catalog.UserCatalog`` in ``<data>/catalog``) — and the undo history of the user's catalog changes.

Every change (a layer switched, a model added, an override entered, an import, a reset) is done by a core
function on the user's files, checked by building the catalog, and recorded as a :class:`CatalogEdit`: the
files before and after, as data. Undo and redo put one set back (STYLE practice 7: the command is data, the
inverse is pure). A change that would break a working catalog is rolled back and its error raised, so invalid
input never stays saved. A user file that is already broken (edited by hand, a disk error) does not stop the
app: the bundled catalog is used and :attr:`CatalogSource.problem` says which file and why.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from core.catalog.model import Catalog
from core.errors import TokenQuoteError, WriteError, describe_os_error
from gui import settings as cfg
from gui.texts.messages import error_text

if TYPE_CHECKING:
    from core.catalog.user import UserCatalog

Files = dict[str, bytes]


class CatalogEdit(QUndoCommand):
    """One catalog change: ``before`` and ``after`` are the user catalog's files (relative path → bytes)."""

    def __init__(self, source: "CatalogSource", before: Files, after: Files, text: str):
        super().__init__(text)
        self.source = source
        self.before = before
        self.after = after

    def redo(self) -> None:
        self.source._put_back(self.after)

    def undo(self) -> None:
        self.source._put_back(self.before)


class CatalogSource(QObject):
    """Parameters: ``bundled`` (the read-only bottom layer: the bundled catalog and any ``--catalog`` extras) and
    ``root`` (the user catalog folder, ``<data>/catalog``)."""

    catalog_did_change = Signal(object)     # the new Catalog
    problem_did_change = Signal(str)        # "" when the user's layers load, else which file and why
    change_did_fail = Signal(str)           # an undo/redo that could not write the files, and why
    stale_days_did_change = Signal(int)

    def __init__(self, bundled: Catalog, root: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.bundled = bundled
        self._root = Path(root)
        self._user: UserCatalog | None = None
        self.undo_stack = QUndoStack(self)
        self.problem = ""
        self.catalog = bundled
        self._stale_days = cfg.get(cfg.STALE_DAYS)
        self._build()

    # -- state ------------------------------------------------------------------------------------------

    @property
    def root(self) -> Path:
        return self._root

    @property
    def user(self) -> UserCatalog:
        """The user's layers. Made on first use: while there is no catalog folder (no layer was ever added),
        start-up prices with the bundled catalog without importing core.catalog.user and its overrides."""
        if self._user is None:
            from core.catalog.user import UserCatalog
            self._user = UserCatalog(self._root)
        return self._user

    @property
    def stale_days(self) -> int:
        return self._stale_days

    def set_stale_days(self, days: int) -> None:
        days = max(0, int(days))
        if days != self._stale_days:
            self._stale_days = days
            cfg.put(cfg.STALE_DAYS, days)
            self.stale_days_did_change.emit(days)

    def _build(self) -> None:
        if self._user is None and not self._root.exists():
            self.catalog = self.bundled    # what UserCatalog.build gives for a folder that does not exist
            return
        try:
            self.catalog = self.user.build(self.bundled)
            problem = ""
        except TokenQuoteError as exc:
            self.catalog = self.bundled
            problem = error_text(exc)
        except OSError as exc:
            self.catalog = self.bundled
            problem = error_text(_write_error(exc, self.root))
        if problem != self.problem:
            self.problem = problem
            self.problem_did_change.emit(problem)

    def rebuild(self) -> None:
        """Read the user's layers again and tell the views."""
        self._build()
        self.catalog_did_change.emit(self.catalog)

    # -- changes ----------------------------------------------------------------------------------------

    def snapshot(self) -> Files:
        from core.catalog.user import snapshot_files
        return snapshot_files(self.root)

    def change(self, text: str, apply: Callable[[UserCatalog], object]):
        """Run ``apply(user_catalog)``, check the result builds, and record it as an undoable edit named ``text``.

        Returns what ``apply`` returned. Raises the core's error (the files are then as they were) when ``apply``
        fails, or when the catalog built fine before and would not after."""
        before = self.snapshot()
        try:
            result = apply(self.user)
        except TokenQuoteError:
            self._put_files(before)
            raise
        except OSError as exc:
            self._put_files(before)
            raise _write_error(exc, self.root) from None
        self.commit(before, text)
        return result

    def commit(self, before: Files, text: str) -> bool:
        """Record the files changed since ``before`` (taken with :meth:`snapshot`) as one undoable edit; False
        when nothing changed. Raises, after putting ``before`` back, if the change breaks a working catalog."""
        if not self.problem:
            try:
                self.user.build(self.bundled)
            except TokenQuoteError:
                self._put_files(before)
                raise
        after = self.snapshot()
        if after == before:
            return False
        self.undo_stack.push(CatalogEdit(self, before, after, text))   # its redo rebuilds and tells the views
        return True

    def roll_back(self, before: Files) -> None:
        """Put ``before`` back after a change that failed half-way (an import whose writing failed)."""
        self._put_files(before)
        self.rebuild()

    def _put_files(self, files: Files) -> None:
        try:
            from core.catalog.user import restore_files
            restore_files(self.root, files)
        except OSError as exc:
            self.change_did_fail.emit(error_text(_write_error(exc, self.root)))
        except TokenQuoteError as exc:
            self.change_did_fail.emit(error_text(exc))

    def _put_back(self, files: Files) -> None:
        self._put_files(files)
        self.rebuild()


def _write_error(exc: OSError, root: Path) -> WriteError:
    """An OS error on the user's catalog files as the core's error: the file, and why in the user's terms."""
    return WriteError(str(exc.filename or root), "write_failed", reason=describe_os_error(exc))

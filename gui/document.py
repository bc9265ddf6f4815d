"""The open document: a ``core.project.Project`` (immutable), its file, its undo history and its comparison.

Every edit replaces the project with a new one through :class:`ProjectEdit`, an undo command that holds the
old and the new project as data (STYLE practice 7); the transforms that build the new project are the pure
functions at the top of this module. Prices come from one ``core.engine.Pricer`` per pricing catalog, which
caches what does not change while the user types.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from core.atomic import fingerprint
from core.catalog.model import Catalog
from core.errors import TokenQuoteError
from core.pricing.engine import Comparison, Pricer, unpriced
from core.project.edits import without_current_pins
from core.project.file import load_project, save_project
from core.project.model import Project, pin_models
from gui.texts.messages import error_text

# ------------------------------------------------------------------------------------------ undo command

_MERGE_ID = 1

if TYPE_CHECKING:
    from core.pricing.plans import PricedPlan


class ProjectEdit(QUndoCommand):
    """Replace the project: ``redo`` shows ``new``, ``undo`` shows ``old``.

    Edits with the same ``merge_key`` in a row (the keystrokes of one field) merge into one undo step; typing a
    field back to its first value leaves no step at all.
    """

    def __init__(self, document: "Document", old: Project, new: Project, text: str, merge_key=None):
        super().__init__(text)
        self.document = document
        self.old = old
        self.new = new
        self.merge_key = merge_key

    def id(self) -> int:
        return _MERGE_ID if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt API
        if not isinstance(other, ProjectEdit) or other.merge_key != self.merge_key:
            return False
        self.new = other.new
        self.setObsolete(self.new == self.old)
        return True

    def redo(self) -> None:
        self.document._show(self.new)

    def undo(self) -> None:
        self.document._show(self.old)


# ------------------------------------------------------------------------------------------ document


class Document(QObject):
    """The project being edited, where it is saved, its undo stack, and its priced comparison."""

    project_did_change = Signal(object)      # the new Project
    comparison_did_change = Signal(object)   # the new Comparison
    pricing_did_fail = Signal(str)           # why the last figures are kept (e.g. a missing FX rate)
    path_did_change = Signal()
    modified_did_change = Signal(bool)

    def __init__(self, catalog: Catalog, project: Project | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.catalog = catalog
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)
        self._project = project or Project()
        self._path: Path | None = None
        self._on_disk: tuple[int, str] | None = None   # the file as this window last read or wrote it
        self._restored = False                # a recovered copy counts as unsaved until it is saved
        self._base_pricer = Pricer(catalog)
        self._pinned_pricer: tuple[object, Pricer] | None = None
        self.hide_deprecated = True
        self.comparison: Comparison | None = None   # the last figures shown (kept on screen if pricing fails)
        self.plans: tuple[PricedPlan, ...] = ()       # the project's plans, priced with the comparison
        self._priced: Project | None = None           # the project they are the figures of
        self.pricing_error = ""

    # -- state ------------------------------------------------------------------------------------------

    @property
    def project(self) -> Project:
        return self._project

    @property
    def path(self) -> Path | None:
        return self._path

    def is_modified(self) -> bool:
        return self._restored or not self.undo_stack.isClean()

    @property
    def pricing_catalog(self) -> Catalog:
        return self.pricer.catalog

    @property
    def pricer(self) -> Pricer:
        """One Pricer per pricing catalog: the current catalog, or it with a saved project's prices put back."""
        pinned = self._project.pinned_models
        if not pinned:
            return self._base_pricer
        if self._pinned_pricer is None or self._pinned_pricer[0] is not pinned:
            # Edits keep the project's pinned mapping (dataclasses.replace shares it), so this is rebuilt only
            # when another file is opened or a save pins the prices anew.
            self._pinned_pricer = (pinned, Pricer(self._project.pricing_catalog(self.catalog)))
        return self._pinned_pricer[1]

    # -- edits ------------------------------------------------------------------------------------------

    def edit(self, new: Project, text: str, merge_key=None) -> bool:
        """Push an undoable change to ``new``; False when nothing changed."""
        if new == self._project:
            return False
        self.undo_stack.push(ProjectEdit(self, self._project, new, text, merge_key))
        return True

    def end_merge(self) -> None:
        """Close the current run of mergeable edits (a field lost focus): the next edit is a new undo step."""
        command = self.undo_stack.command(self.undo_stack.index() - 1)
        if isinstance(command, ProjectEdit):
            command.merge_key = None

    def reset(self, project: Project, path: Path | None = None, *, restored: bool = False,
              on_disk: tuple[int, str] | None = None) -> None:
        """Start over with ``project`` (new, opened or restored): the undo history is cleared. ``on_disk``: the
        file as the session that made ``project`` last read or wrote it (a restored crash's copy), so a save can
        tell whether someone wrote the file since."""
        self.undo_stack.clear()
        self._restored = restored
        self._path = Path(path) if path else None
        self._on_disk = on_disk
        self._show(project)
        self.path_did_change.emit()
        self.modified_did_change.emit(self.is_modified())

    def _show(self, project: Project) -> None:
        self._project = project
        self.project_did_change.emit(project)
        self.reprice()

    def set_catalog(self, catalog: Catalog) -> None:
        """Price with ``catalog`` from now on (the user changed a catalog layer) and reprice; a project opened
        with saved prices that differ from the catalog keeps them until the user reprices."""
        self.catalog = catalog
        self._base_pricer = Pricer(catalog)
        self._pinned_pricer = None
        self.reprice()

    def set_hide_deprecated(self, hide: bool) -> None:
        if hide != self.hide_deprecated:
            self.hide_deprecated = hide
            self.reprice()

    # -- pricing ----------------------------------------------------------------------------------------

    def reprice(self) -> None:
        """Price the project; on failure keep the last figures and say why."""
        p = self._project
        try:
            comparison = self.compare(p)
            plans = self.price_plans(p)
        except TokenQuoteError as exc:
            self.pricing_error = error_text(exc)
            self.pricing_did_fail.emit(self.pricing_error)
            return
        self.pricing_error = ""
        self.comparison = comparison
        self.plans = plans
        self._priced = p
        self.comparison_did_change.emit(comparison)

    @property
    def current_comparison(self) -> Comparison | None:
        """The comparison of the project as it is now, or None when its last pricing failed (a missing rate): the
        figures on screen then belong to an earlier state, and nothing may be exported or pinned from them."""
        return self.comparison if self._priced is self._project else None

    def compare(self, project: Project) -> Comparison:
        """The comparison ``project`` gets (raises what the engine raises).

        With deprecated models hidden, the engine leaves out those retired by the as-of date (a look back in time
        shows the models of that day), and unless the project includes free models it ranks paid ones only; a
        model the user chose is always priced (``always``), retired or free."""
        comparison = self._compare(project)
        # A model the user chose that has no price that day stays in the table, greyed, with the reason.
        comparison.unpriced = tuple(unpriced(self.pricer.catalog, project.selected, project.effective_as_of()))
        return comparison

    def price_plans(self, project: Project) -> tuple[PricedPlan, ...]:
        """Each of ``project``'s plans priced by the core (a line per workload, the total the sum of the lines), as
        the quote prices them: free models fill a cheapest slot only when the project includes them. Milliseconds
        for the bundled catalog, so on the GUI thread with the comparison it goes with."""
        day, pricer = project.effective_as_of(), self.pricer
        if not project.plans:
            return ()
        from core.pricing.plans import price_plan  # the plans' core loads with the first plan, not at start-up

        return tuple(price_plan(pricer, plan, project.workloads, as_of=day, currency=project.currency, fx=project.fx,
                                include_free=project.include_free) for plan in project.plans)

    def _compare(self, project: Project) -> Comparison:
        pricer = self.pricer
        return pricer.compare(project.workloads, as_of=project.effective_as_of(), currency=project.currency,
                              fx=project.fx, include_deprecated=not self.hide_deprecated,
                              include_free=project.include_free, always=project.selected)

    # -- files ------------------------------------------------------------------------------------------

    def saveable_project(self) -> Project:
        """The project with the price histories of every model it priced, so reopening reproduces it."""
        current = self.current_comparison   # never another project's (or an earlier state's) rows
        priced = [r.model_id for r in current.rows] if current else []
        priced += [m for m in self._project.selected if m not in priced]
        if current:   # a plan's model left out of the table (retired, free) is saved with its prices too
            priced += [m for m in dict.fromkeys(line.model_id for plan in self.plans for line in plan.lines)
                       if m is not None and m not in priced]
        return pin_models(self._project, self.pricing_catalog, priced)

    def save(self, path: str | Path) -> None:
        """Write the project to ``path`` (atomically; raises WriteError naming the reason)."""
        project = self.saveable_project()
        save_project(path, project)
        self.end_merge()   # the next keystroke must not merge into the saved state and leave it "clean"
        # The shown project keeps only the saved prices it already held (see without_current_pins): the rest of
        # the file's copy equals the catalog, and holding it would stop a later catalog change from showing.
        self._path = Path(path)
        self._on_disk = fingerprint(path)
        self._restored = False
        self.undo_stack.setClean()
        self.path_did_change.emit()
        self.modified_did_change.emit(False)

    def open(self, path: str | Path) -> None:
        """Load ``path``; raises ProjectFileError naming the file and what is wrong (the document is untouched)."""
        project = without_current_pins(load_project(path), self.catalog)
        self.reset(project, Path(path))
        self._on_disk = fingerprint(path)

    @property
    def on_disk(self) -> tuple[int, str] | None:
        """(size, SHA-256) of the file as this window last read or wrote it; None for none."""
        return self._on_disk

    def changed_on_disk(self, path: str | Path) -> bool:
        """True when ``path`` is this document's file and someone else wrote it since it was opened or saved here
        (a second window on the same project): saving now would silently overwrite their work."""
        if self._path is None or Path(path).resolve() != self._path.resolve() or self._on_disk is None:
            return False
        return fingerprint(path) != self._on_disk

    def _on_clean_changed(self, _clean: bool) -> None:
        self.modified_did_change.emit(self.is_modified())

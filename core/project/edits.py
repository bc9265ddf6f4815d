"""Pure edits of a :class:`~core.project.model.Project`: each takes a project and returns a new one (or raises
naming the field), so the GUI's undo commands only hold the old and the new project (STYLE practice 7) and
every rule — a unique workload name, at least one workload — lives here once.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Iterable, Sequence

from core.catalog.files import model_to_json
from core.catalog.model import Catalog
from core.errors import Field, InputError
from core.pricing.projection import ProjectionSettings
from core.pricing.reconcile import Reconciliation
from core.pricing.workload import Workload
from core.project.model import Project


def unique_name(base: str, taken: Iterable[str]) -> str:
    """``base``, or ``base 2``, ``base 3``… whichever is not yet taken."""
    taken = set(taken)
    if base not in taken:
        return base
    n = 2
    while f"{base} {n}" in taken:
        n += 1
    return f"{base} {n}"


def with_workload(project: Project, index: int, workload: Workload) -> Project:
    workloads = list(project.workloads)
    workloads[index] = workload
    return project.edited(workloads=tuple(workloads))


def add_workload(project: Project, name: str, template: Workload | None = None) -> Project:
    """Append a workload named ``name`` (made unique); it copies ``template``'s figures when given."""
    name = unique_name(name, (w.name for w in project.workloads))
    new = template.edited(name=name) if template is not None else Workload(name)
    return project.edited(workloads=project.workloads + (new,))


def remove_workload(project: Project, index: int) -> Project:
    if len(project.workloads) <= 1:
        raise InputError(Field("workloads"), "keep_one_workload")
    return project.edited(workloads=project.workloads[:index] + project.workloads[index + 1:])


def rename_workload(project: Project, index: int, name: str) -> Project:
    name = name.strip()
    if not name:
        raise InputError(Field("workload_name"), "empty")
    if any(w.name == name for i, w in enumerate(project.workloads) if i != index):
        raise InputError(Field("workload_name"), "workload_name_taken", value=name)
    return with_workload(project, index, project.workloads[index].edited(name=name))


def with_model_chosen(project: Project, model_id: str, chosen: bool) -> Project:
    selected = [m for m in project.selected if m != model_id]
    if chosen:
        selected.append(model_id)
    return project.edited(selected=tuple(selected))


def without_current_pins(project: Project, catalog: Catalog) -> Project:
    """``project`` holding only the saved price histories that differ from ``catalog``'s (layers aside).

    A saved history equal to the catalog's adds nothing, and a project that holds it would not follow a catalog
    change the user makes later (a negotiated discount must show at once); one that differs is kept, so the
    saved figures reproduce until the user chooses to reprice."""
    pinned = project.pinned_models
    if not pinned:
        return project
    differing = {model_id: saved for model_id, saved in pinned.items()
                 if model_id not in catalog.models or model_to_json(catalog.models[model_id]) != model_to_json(saved)}
    if len(differing) == len(pinned):
        return project
    vendors = {v: project.pinned_vendors[v] for v in {m.vendor_id for m in differing.values()}
               if v in project.pinned_vendors}
    return project.edited(pinned_models=differing, pinned_vendors=vendors)


def with_workloads(project: Project, workloads: Sequence[Workload], *, replace: bool = False,
                   growth_pct: Decimal | None = None, reconciliation: Reconciliation | None = None) -> Project:
    """The workloads a usage import made, as one edit: they replace the project's (``replace``) or are added
    after them (names made unique); the projection's growth and the reconciliation are set with them."""
    if not workloads:
        raise InputError(Field("workloads"), "keep_one_workload")
    kept = () if replace else project.workloads
    taken = [w.name for w in kept]
    added = []
    for w in workloads:
        name = unique_name(w.name, taken)
        taken.append(name)
        added.append(w if name == w.name else w.edited(name=name))
    changes: dict = {"workloads": tuple(kept) + tuple(added)}
    if growth_pct is not None:
        settings = project.projection
        changes["projection"] = ProjectionSettings(settings.months, growth_pct, settings.decline_pct)
    if reconciliation is not None:
        changes["usage_reconciliation"] = reconciliation
    return project.edited(**changes)

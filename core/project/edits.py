"""Pure edits of a :class:`~core.project.model.Project`: each takes a project and returns a new one (or raises
naming the field), so the GUI's undo commands only hold the old and the new project (STYLE practice 7) and
every rule — a unique workload name, at least one workload — lives here once.
"""

from __future__ import annotations

from dataclasses import replace as replaced
from decimal import Decimal
from typing import TYPE_CHECKING, Iterable, Mapping, Sequence

from core.catalog.files import model_to_json
from core.catalog.model import Catalog
from core.errors import Field, InputError
from core.pricing.projection_settings import ProjectionSettings
from core.pricing.workload import Workload
from core.project.model import Project

if TYPE_CHECKING:   # the plans' core and the usage import load when used, not with every edit
    from core.pricing.plans import Constraints, Plan
    from core.pricing.reconcile import Reconciliation


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
    """Remove a workload; a plan that assigned it a model forgets it."""
    if len(project.workloads) <= 1:
        raise InputError(Field("workloads"), "keep_one_workload")
    name = project.workloads[index].name
    plans = tuple(plan.assigned(name, None) for plan in project.plans)
    return project.edited(workloads=project.workloads[:index] + project.workloads[index + 1:], plans=plans)


def rename_workload(project: Project, index: int, name: str) -> Project:
    name = name.strip()
    if not name:
        raise InputError(Field("workload_name"), "empty")
    if any(w.name == name for i, w in enumerate(project.workloads) if i != index):
        raise InputError(Field("workload_name"), "workload_name_taken", value=name)
    old = project.workloads[index].name
    workloads = list(project.workloads)
    workloads[index] = workloads[index].edited(name=name)
    # A plan's model for the workload follows it under its new name (plans refer to workloads by name).
    plans = tuple(plan.assigned(old, None).assigned(name, plan.model_for(old)) if plan.model_for(old) else plan
                  for plan in project.plans)
    return project.edited(workloads=tuple(workloads), plans=plans)


def add_plan(project: Project, name: str, assignments: Mapping[str, str] | None = None,
             constraints: Constraints | None = None) -> Project:
    """A new plan named ``name`` (made unique), every workload on the cheapest model that fits unless assigned."""
    from core.pricing.plans import NO_CONSTRAINTS, Plan, check_plan_name  # with the first plan, not at start-up

    constraints = NO_CONSTRAINTS if constraints is None else constraints
    name = unique_name(check_plan_name(name).strip(), (p.name for p in project.plans))
    return project.edited(plans=project.plans + (Plan(name, dict(assignments or {}), constraints),))


def replace_plan(project: Project, name: str, plan: Plan) -> Project:
    """The plan called ``name`` replaced by ``plan`` (renamed too, if ``plan`` has another, free name)."""
    project.plan(name)   # an unknown name is refused, naming the plans there are
    if plan.name != name and any(p.name == plan.name for p in project.plans):
        raise InputError(Field("plan_name"), "plan_names_twice", value=plan.name)
    return project.edited(plans=tuple(plan if p.name == name else p for p in project.plans))


def remove_plan(project: Project, name: str) -> Project:
    project.plan(name)
    return project.edited(plans=tuple(p for p in project.plans if p.name != name))


def with_plan_model(project: Project, name: str, workload: str, model_id: str | None) -> Project:
    """Plan ``name`` with ``workload`` on ``model_id`` (None: the cheapest model that fits)."""
    return replace_plan(project, name, project.plan(name).assigned(workload, model_id))


def rename_plan(project: Project, name: str, new_name: str) -> Project:
    plan = project.plan(name)
    return replace_plan(project, name, replaced(plan, name=new_name.strip()))


def with_plan_constraints(project: Project, name: str, constraints: Constraints) -> Project:
    """Plan ``name`` picking its cheapest models under ``constraints`` (its assigned models stay)."""
    plan = project.plan(name)
    return replace_plan(project, name, replaced(plan, constraints=constraints))


def with_plan_quoted(project: Project, name: str, quoted: bool) -> Project:
    """Plan ``name`` offered in the quote (``quoted``) or not."""
    plan = project.plan(name)
    return replace_plan(project, name, replaced(plan, quoted=bool(quoted)))


def duplicate_plan(project: Project, name: str, new_name: str) -> Project:
    """A copy of plan ``name`` (models, constraints, whether quoted) named ``new_name`` (made unique), after the
    plans there are."""
    plan = project.plan(name)
    new_name = unique_name(new_name.strip(), (p.name for p in project.plans))
    return project.edited(plans=project.plans + (replaced(plan, name=new_name, assignments=dict(plan.assignments)),))


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
    if replace:   # plans forget the models of the workloads that are gone
        names = {w.name for w in changes["workloads"]}
        changes["plans"] = tuple(replaced(p, assignments={k: v for k, v in p.assignments.items() if k in names})
                                 for p in project.plans)
    if growth_pct is not None:
        settings = project.projection
        changes["projection"] = ProjectionSettings(settings.months, growth_pct, settings.decline_pct)
    if reconciliation is not None:
        changes["usage_reconciliation"] = reconciliation
    return project.edited(**changes)

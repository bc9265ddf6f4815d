"""The project: what a quote is made of — workloads, chosen models, plans, display currency, as-of date, FX, quote
terms, projection settings — and the price histories it was priced with, so its figures reproduce later.

Immutable: every edit makes a new one (:mod:`core.project.edits`). Imports: catalog and pricing.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from typing import TYPE_CHECKING, Mapping

from core.catalog.model import Catalog, Model, Vendor
from core.errors import Field, InputError
from core.pricing.fx import DEFAULT_RATES, FxTable
from core.pricing.projection_settings import ProjectionSettings
from core.pricing.quote_terms import QuoteTerms
from core.pricing.workload import MAX_WORKLOADS, Workload

if TYPE_CHECKING:   # loaded where plans or a usage import are made, not with every project
    from core.pricing.plans import Plan
    from core.pricing.reconcile import Reconciliation


@dataclass(frozen=True)
class Project:
    """What a ``.tokenquote`` file holds: workloads, chosen models, currency and date, rates, terms, projection,
    plans, the prices it was priced with (pinned) and view state."""

    workloads: tuple[Workload, ...] = (Workload("Workload", 300_000_000, 60_000_000),)
    selected: tuple[str, ...] = ()
    currency: str = "USD"
    as_of: date | None = None            # None: today
    fx: FxTable = DEFAULT_RATES
    terms: QuoteTerms = QuoteTerms()
    projection: ProjectionSettings = ProjectionSettings()
    pinned_models: Mapping[str, Model] = field(default_factory=dict)
    pinned_vendors: Mapping[str, Vendor] = field(default_factory=dict)
    view: Mapping[str, object] = field(default_factory=dict)  # GUI state (filters, sort), kept as given
    usage_reconciliation: Reconciliation | None = None       # the last usage export imported, reconciled
    include_free: bool = False           # rank free models too (else "the cheapest" is the cheapest paid one)
    plans: tuple[Plan, ...] = ()         # a model per workload; those marked ``quoted`` are options in the quote

    def edited(self, **changes) -> "Project":
        return replace(self, **changes)

    def __post_init__(self):
        if len(self.workloads) > MAX_WORKLOADS:   # whatever made it (an edit, a usage import): never saved unopenable
            raise InputError(Field("workloads"), "too_many_workloads", count=f"{len(self.workloads):,}",
                             limit=f"{MAX_WORKLOADS:,}")
        check_plans(self.plans, self.workloads)

    def plan(self, name: str) -> Plan:
        for plan in self.plans:
            if plan.name == name:
                return plan
        raise InputError(Field("plans"), "plan_unknown", value=name, allowed=", ".join(p.name for p in self.plans))

    def effective_as_of(self) -> date:
        return self.as_of or date.today()

    def pricing_catalog(self, current: Catalog) -> Catalog:
        """``current`` with the saved price histories put back, so the figures reproduce."""
        if not self.pinned_models:
            return current
        vendors = dict(current.vendors)
        for vendor_id, vendor in self.pinned_vendors.items():
            vendors.setdefault(vendor_id, vendor)
        models = dict(current.models)
        models.update(self.pinned_models)
        return Catalog(vendors, models, current.layers, current.sources)


def check_plans(plans, workloads) -> None:
    """Plans have distinct names and assign models to the project's workloads only (each error names the plan)."""
    names = {w.name for w in workloads}
    seen: set[str] = set()
    for plan in plans:
        if plan.name in seen:
            raise InputError(Field("plans"), "plan_names_twice", value=plan.name)
        seen.add(plan.name)
        for workload in plan.assignments:
            if workload not in names:
                raise InputError(Field("plan_assignment", plan=plan.name), "plan_unknown_workload", value=workload,
                                 allowed=", ".join(sorted(names)))


def pin_models(project: Project, catalog: Catalog, model_ids) -> Project:
    """Record the price histories of ``model_ids`` (the models a comparison priced) in the project."""
    models = {m: catalog.models[m] for m in model_ids if m in catalog.models}
    vendors = {m.vendor_id: catalog.vendors[m.vendor_id] for m in models.values()}
    return project.edited(pinned_models=models, pinned_vendors=vendors)

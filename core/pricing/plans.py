"""Plans: a model for each workload — the unit a real budget is made of (the support bot on a cheap model, the
coding assistant on a long-context one, the nightly batch on whatever is cheapest in batch).

A :class:`Plan` names a model for some workloads (``assignments``); every other workload gets the cheapest model
that fits it under the plan's :class:`Constraints`. Priced (:func:`price_plan`), each workload is one
:class:`PlanLine` that costs exactly what the engine gives for that workload on that model alone (its input and
output lines rounded as the comparison rounds them), and the plan's total is the sum of its lines, in the display
currency and per native currency. A cheapest line says what it beat (:class:`Choice`); :func:`why_not` says why
any other model lost (too small a context, left out by the constraints, or dearer).

The search for the cheapest model of each workload, with its :class:`Constraints` and its :class:`Choice`, is
:mod:`core.pricing.cheapest` (fast, exact). Imports: that search, the engine and the foundation.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Mapping, Sequence

from core.errors import Field, InputError, TokenQuoteError, kind_of
from core.money import ZERO
from core.pricing.cheapest import NO_CONSTRAINTS, Choice, Constraints, cheapest_rows
from core.pricing.engine import ComparisonRow, Pricer
from core.pricing.fx import FxTable
from core.pricing.rows import TWELVE
from core.pricing.workload import Workload
from core.text import check_text

MAX_PLAN_NAME = 80

# Why a model lost a workload's cheapest slot (codes; the GUI translates them, the CLI prints them).
LOST_CONTEXT = "context"            # its context window is smaller than the workload's prompt
LOST_UNKNOWN_PRICE = "unknown_price"  # its price for this workload is not known (PricePoint.understates)
LOST_FILTERED = "filtered"          # left out by the plan's constraints (vendor, region, currency, …)
LOST_FREE = "free"                  # free models are not compared (the project leaves them out)
LOST_RETIRED = "retired"            # retired by the as-of date
LOST_UNPRICED = "unpriced"          # no price in force on the as-of date
LOST_DEARER = "dearer"              # fits and passes the constraints, but costs more
CHOSEN = "chosen"


@dataclass(frozen=True)
class Plan:
    """A name, the model chosen for some workloads (by workload name), and the constraints the cheapest model of
    every other workload is picked under. ``quoted``: offered as an option in the quote."""

    name: str
    assignments: Mapping[str, str] = field(default_factory=dict)
    constraints: Constraints = NO_CONSTRAINTS
    quoted: bool = True

    def __post_init__(self):
        check_plan_name(self.name)
        for workload, model_id in self.assignments.items():
            if not isinstance(workload, str) or not isinstance(model_id, str) or not model_id:
                raise InputError(Field("plan_assignment", plan=self.name), "plan_assignment_invalid",
                                 workload=workload, model=model_id)

    def model_for(self, workload: str) -> str | None:
        """The model assigned to ``workload``, or None: the cheapest that fits."""
        return self.assignments.get(workload)

    def assigned(self, workload: str, model_id: str | None) -> "Plan":
        """This plan with ``workload`` on ``model_id`` (None: back to the cheapest that fits)."""
        assignments = {k: v for k, v in self.assignments.items() if k != workload}
        if model_id is not None:
            assignments[workload] = model_id
        return Plan(self.name, assignments, self.constraints, self.quoted)


def check_plan_name(name: object) -> str:
    if not isinstance(name, str) or not name.strip():
        raise InputError(Field("plan_name"), "empty")
    if len(name) > MAX_PLAN_NAME:
        raise InputError(Field("plan_name"), "text_too_long", length=f"{len(name):,}", limit=f"{MAX_PLAN_NAME:,}")
    return check_text(name, Field("plan_name"))


# What a new plan is called where no name is given (the CLI's default, the app's in each language).
PLAN_WORDS = ("Plan", "组合方案")


def names_itself_a_plan(name: str, *words: str) -> bool:
    """Whether ``name`` already says it is a plan (``Plan``, ``Plan 2``, ``组合方案``; ``words``: the word in
    another language), so a list of plans and models shows it as it is, not as ``Plan: Plan 2``."""
    folded = name.casefold()
    return any(folded == w or folded.startswith(w + " ") for w in (w.casefold() for w in PLAN_WORDS + words))


@dataclass(frozen=True)
class PlanLine:
    """One workload of a priced plan: the model, and the engine's row for that workload on that model alone.

    ``row`` is None when no model could be priced (``problem`` says why: no model fits, the assigned model has
    no price that day or is unknown); a row whose model's context is smaller than the prompt is priced but has
    ``problem`` set too (the plan is marked, as the comparison greys such a row)."""

    workload: Workload
    model_id: str | None
    row: ComparisonRow | None
    assigned: bool
    choice: Choice | None = None
    problem: TokenQuoteError | None = None

    @property
    def monthly_cost(self) -> Decimal:
        return self.row.monthly_cost if self.row is not None else ZERO


@dataclass(frozen=True)
class PricedPlan:
    plan: Plan
    as_of: date
    currency: str
    lines: tuple[PlanLine, ...]
    include_free: bool = False          # whether free models could fill a cheapest slot

    @property
    def name(self) -> str:
        return self.plan.name

    @property
    def monthly_cost(self) -> Decimal:
        """The sum of the lines (display currency): what the plan costs a month."""
        return sum((line.monthly_cost for line in self.lines), ZERO)

    @property
    def annual_cost(self) -> Decimal:
        return self.monthly_cost * TWELVE

    @property
    def native_costs(self) -> dict[str, Decimal]:
        """The monthly cost per billing currency, each the sum of its lines' native costs."""
        totals: dict[str, Decimal] = {}
        for line in self.lines:
            if line.row is not None:
                cur = line.row.price_currency
                totals[cur] = totals.get(cur, ZERO) + line.row.monthly_cost_native
        return totals

    @property
    def complete(self) -> bool:
        """Every workload has a priced line."""
        return all(line.row is not None for line in self.lines)

    @property
    def understated(self) -> bool:
        """Whether a line is priced where the catalog does not know the whole price (ComparisonRow.understated):
        the plan's total is then a floor, not a figure to budget on."""
        return any(line.row is not None and line.row.understated for line in self.lines)

    @property
    def problems(self) -> tuple[TokenQuoteError, ...]:
        return tuple(line.problem for line in self.lines if line.problem is not None)

    def line(self, workload: str) -> PlanLine:
        for line in self.lines:
            if line.workload.name == workload:
                return line
        raise KeyError(workload)


def price_plan(pricer: Pricer, plan: Plan, workloads: Sequence[Workload], *, as_of: date, currency: str,
               fx: FxTable, include_free: bool = False) -> PricedPlan:
    """Price ``plan`` for ``workloads`` on ``as_of``: an assigned workload on its model, every other one on the
    cheapest model that fits it under the plan's constraints (free models only with ``include_free``; never a
    model retired by ``as_of``). Raises what the engine raises (a missing FX rate)."""
    unassigned = [w for w in workloads if plan.model_for(w.name) is None]
    found = cheapest_rows(pricer, unassigned, plan.constraints, as_of=as_of, currency=currency, fx=fx,
                          include_free=include_free) if unassigned else {}
    lines = []
    for w in workloads:
        model_id = plan.model_for(w.name)
        if model_id is None:
            row, choice = found[w.name]
            problem = None if row is not None else InputError(
                Field("plan_workload", plan=plan.name, workload=w.name), "plan_nothing_fits", day=as_of)
            lines.append(PlanLine(w, row.model_id if row else None, row, False, choice, problem))
        else:
            lines.append(_assigned_line(pricer, plan, w, model_id, as_of, currency, fx))
    return PricedPlan(plan, as_of, currency, tuple(lines), include_free)


def _assigned_line(pricer: Pricer, plan: Plan, w: Workload, model_id: str, as_of: date, currency: str,
                   fx: FxTable) -> PlanLine:
    where = Field("plan_workload", plan=plan.name, workload=w.name)
    if model_id not in pricer.catalog.models:
        return PlanLine(w, model_id, None, True, problem=InputError(where, "model_unknown", model=model_id))
    comparison = pricer.compare([w], as_of=as_of, currency=currency, fx=fx, models=[model_id])
    if not comparison.rows:
        return PlanLine(w, model_id, None, True, problem=comparison.unpriced[0].reason.at(where))
    row = comparison.rows[0]
    problem = None
    long_unknown, output_unknown = row.point.gaps(w.prompt_tokens, w.output_tokens)
    if not row.fits_context:
        problem = InputError(where, "plan_prompt_too_long", model=model_id, prompt=w.prompt_tokens,
                             window=row.context_window)
    elif output_unknown:
        problem = InputError(where, "plan_output_price_unknown", model=model_id, day=as_of)
    elif long_unknown:
        problem = InputError(where, "plan_price_understated", model=model_id, prompt=w.prompt_tokens,
                             limit=row.point.known_up_to)
    return PlanLine(w, model_id, row, True, problem=problem)


def cheapest_plan(pricer: Pricer, workloads: Sequence[Workload], constraints: Constraints = NO_CONSTRAINTS, *,
                  as_of: date, currency: str, fx: FxTable, include_free: bool = False,
                  name: str = "Cheapest") -> PricedPlan:
    """The cheapest model that fits each workload, under ``constraints``: never dearer than any single model
    that fits every workload (each line is the minimum for its workload)."""
    return price_plan(pricer, Plan(name, {}, constraints), workloads, as_of=as_of, currency=currency, fx=fx,
                      include_free=include_free)


def why_not(pricer: Pricer, plan: PricedPlan, workload: str, model_id: str) -> str:
    """Why ``model_id`` is not the model of ``plan``'s line for ``workload`` (a cheapest line): one of the
    ``LOST_*`` codes, or :data:`CHOSEN` for the line's own model."""
    line = plan.line(workload)
    if model_id == line.model_id:
        return CHOSEN
    model = pricer.catalog.model(model_id)
    point = model.point_at(plan.as_of)
    if point is None:
        return LOST_UNPRICED
    if model.deprecated and pricer.is_retired(model, plan.as_of):
        return LOST_RETIRED
    vendor = pricer.catalog.vendors[model.vendor_id]
    if plan.plan.constraints.leaves_out(model, vendor.region, point, line.workload):
        return LOST_FILTERED
    if not plan.include_free and point.is_free:
        return LOST_FREE
    prompt, window = line.workload.prompt_tokens, model.context_window
    if prompt and window and prompt > window:
        return LOST_CONTEXT
    if point.understates(prompt, line.workload.output_tokens):
        return LOST_UNKNOWN_PRICE
    return LOST_DEARER


def plan_to_json(plan: Plan) -> dict:
    c = plan.constraints
    out: dict = {"name": plan.name, "assignments": dict(plan.assignments), "quoted": plan.quoted}
    if c.any:
        out["constraints"] = {"models": list(c.models), "vendors": list(c.vendors), "regions": list(c.regions),
                              "currencies": list(c.currencies), "min_context": c.min_context,
                              "batch_support": c.batch_support, "off_peak_support": c.off_peak_support}
    return out


def plan_from_json(raw: object, where: str = "plan") -> Plan:
    """A plan from a project file; every error names the field (``plans[0].constraints.vendors``)."""
    if not isinstance(raw, dict):
        raise InputError(where, "object_expected")
    _only(raw, {"name", "assignments", "quoted", "constraints"}, where)
    assignments = raw.get("assignments") or {}
    if not isinstance(assignments, dict) or not all(isinstance(k, str) and isinstance(v, str) and v
                                                     for k, v in assignments.items()):
        raise InputError(f"{where}.assignments", "plan_assignments_expected")
    quoted = raw.get("quoted", True)
    if not isinstance(quoted, bool):
        raise InputError(f"{where}.quoted", "kind_expected", expected=Field("kind_bool"), kind=kind_of(quoted))
    try:
        return Plan(check_plan_name(raw.get("name")), assignments, _constraints_from_json(raw.get("constraints") or {}, f"{where}.constraints"),
                    quoted)
    except InputError as exc:
        raise exc.at(where) from None


def _constraints_from_json(raw: object, where: str) -> Constraints:
    if not isinstance(raw, dict):
        raise InputError(where, "object_expected")
    values: dict = {}
    for key in ("models", "vendors", "regions", "currencies"):
        items = raw.get(key) or []
        if not isinstance(items, list) or not all(isinstance(i, str) and i for i in items):
            raise InputError(f"{where}.{key}", "ids_expected")
        values[key] = tuple(items)
    for key in ("batch_support", "off_peak_support"):
        flag = raw.get(key, False)
        if not isinstance(flag, bool):
            raise InputError(f"{where}.{key}", "kind_expected", expected=Field("kind_bool"), kind=kind_of(flag))
        values[key] = flag
    _only(raw, {*values, "min_context"}, where)
    return Constraints(min_context=raw.get("min_context", 0), **values)


def _only(raw: dict, allowed: set[str], where: str) -> None:
    unknown = sorted(set(raw) - allowed)
    if unknown:
        raise InputError(where, "unknown_key", key=unknown[0], allowed=", ".join(sorted(allowed)))

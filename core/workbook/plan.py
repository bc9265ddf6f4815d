"""What goes in the quote workbook, decided before any cell is written (pure Python, testable): the Comparison
sheet's rows, the options quoted and projected, the later price points the projection needs, and the points the
Prices sheet lists. See :mod:`core.workbook.writer` for how the sheets use it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from core.catalog.model import PricePoint
from core.errors import Field, InputError
from core.pricing.engine import Comparison, ComparisonRow, Pricer
from core.pricing.options import QuoteOption
from core.pricing.options import quote_options as core_quote_options
from core.pricing.projection import check_growth, month_starts, points_by_month


@dataclass
class PricingRow:
    """One model priced at one price point: a row of the Comparison sheet (or of its block of later price
    points used by the projection), with the engine's own figures for it."""

    row: ComparisonRow                       # combined over the workloads (what the app shows)
    per_workload: list[ComparisonRow]        # one per workload, in workload order
    later_from: date | None = None           # set for a later point: the first month it prices
    ranked: bool = True                      # False: listed only because a plan uses it (outside the RANK block)

    @property
    def key(self) -> tuple[str, date]:
        return self.row.model_id, self.row.point.start


@dataclass
class PlanLineCells:
    """One line of a plan option: the workload (its 1-based number on the Inputs), the model and its vendor, and
    the pricing row of that model used in each projected month (as :attr:`WorkbookPlan.month_rows`)."""

    workload: int
    model_id: str
    vendor_id: str
    month_rows: list[tuple[str, date]]


@dataclass
class WorkbookPlan:
    """What goes in the workbook, decided before any cell is written (pure Python, testable)."""

    comparison: Comparison
    rows: list[PricingRow]                   # the Comparison table: ranked rows first, cheapest first
    options: list[str]                       # the options' keys: model ids, and plan_key(name) for plans
    later: list[PricingRow]                  # later price points the projection needs
    month_starts: tuple[date, ...]
    month_rows: dict[str, list[tuple[str, date]]]  # a model option → the pricing row used in each month
    points: list[tuple[ComparisonRow, PricePoint]]  # for the Prices sheet
    quote_options: list[QuoteOption] = field(default_factory=list)   # the options themselves, in order
    plan_lines: dict[str, list[PlanLineCells]] = field(default_factory=dict)   # a plan option → its lines
    _index: dict = field(default_factory=dict, init=False, repr=False)

    def pricing_row(self, key: tuple[str, date]) -> PricingRow:
        if not self._index:
            self._index.update((p.key, p) for p in self.later + self.rows)
        return self._index[key]

    def option(self, key: str) -> QuoteOption:
        return next(o for o in self.quote_options if o.key == key)

    @property
    def plan_options(self) -> list[QuoteOption]:
        return [o for o in self.quote_options if o.is_plan]

    def option_months(self, key: str) -> list[list[tuple[str, date]]]:
        """The pricing rows an option's months use: one list for a model, one per line for a plan."""
        if key in self.plan_lines:
            return [line.month_rows for line in self.plan_lines[key]]
        return [self.month_rows[key]]


def quoted_rows(project, comparison: Comparison, pricer: Pricer) -> tuple[list[ComparisonRow], list[QuoteOption]]:
    """The comparison rows the quote lists and the quote's options — the one place that decides what "the quote's
    options" are (the workbook, the PDF and the app's quote summary all ask here): the chosen models in the order
    they were chosen, then the plans marked for the quote; with neither, the three cheapest that fit (else the
    first three listed) — :func:`core.pricing.options.quote_options`.

    The rows: the chosen models priced, else every row; ranked rows first in the engine's order (the RANK() range
    is then one block: a row that does not fit, or a free one when free models are not compared, comes after it,
    unranked, as the engine leaves it)."""
    options = core_quote_options(pricer, comparison, project.selected, getattr(project, "plans", ()),
                                 include_free=project.include_free)
    chosen_ids = {o.key for o in options if not o.is_plan} if project.selected else set()
    chosen = [r for r in comparison.rows if r.model_id in chosen_ids]
    listed = chosen or list(comparison.rows)
    listed.sort(key=lambda r: r.rank is None)
    return listed, options


def quote_options(project, comparison: Comparison, pricer: Pricer) -> list[QuoteOption]:
    """The options the quote offers, models and plans (see :func:`quoted_rows`)."""
    return quoted_rows(project, comparison, pricer)[1]


def plan_workbook(project, pricer: Pricer, comparison: Comparison | None = None) -> WorkbookPlan:
    """Decide the rows, the options, the later price points and the Prices sheet's points."""
    selected = [m for m in project.selected if m in pricer.catalog.models]
    if comparison is None:
        comparison = pricer.compare(project.workloads, as_of=project.effective_as_of(), currency=project.currency,
                                    fx=project.fx, models=selected or None,
                                    include_free=project.include_free)
    listed, options = quoted_rows(project, comparison, pricer)
    if not listed:
        raise InputError(Field("models"), "nothing_to_quote", day=comparison.as_of)
    rows = [PricingRow(r, _per_workload(pricer, comparison, r)) for r in listed]
    # A plan's models need their rows on the Comparison sheet (its lines refer to them): those not listed yet are
    # added after the others, outside the ranking.
    shown = {p.row.model_id for p in rows}
    wanted = [m for o in options if o.is_plan for m in o.model_ids if m not in shown]
    if wanted:
        extra = pricer.compare(comparison.workloads, as_of=comparison.as_of, currency=comparison.currency,
                               fx=comparison.fx, models=list(dict.fromkeys(wanted)), include_free=True)
        rows += [PricingRow(r, [extra.workload_rows(w.name)[r.model_id] for w in comparison.workloads],
                            ranked=False) for r in extra.rows]

    months = project.projection.months
    check_growth(max((o.monthly_cost for o in options), default=Decimal(0)), project.projection, comparison.currency)
    start = comparison.as_of
    days = month_starts(start, months)
    row_of = {p.row.model_id: p for p in rows}
    later: dict[tuple[str, date], PricingRow] = {}

    def month_keys(model_id: str) -> list[tuple[str, date]]:
        base = row_of[model_id]
        model = pricer.catalog.models.get(model_id)
        month_points = (points_by_month(model, days) if model is not None else []) or [base.row.point] * len(days)
        keys = []
        for day, point in zip(days, month_points):
            key = (model_id, point.start)
            if key != base.key and key not in later:
                later[key] = _later_row(pricer, comparison, model_id, day)
            keys.append(key)
        return keys

    month_rows: dict[str, list[tuple[str, date]]] = {}
    plan_lines: dict[str, list[PlanLineCells]] = {}
    number = {w.name: n for n, w in enumerate(comparison.workloads, start=1)}
    for option in options:
        if option.is_plan:
            plan_lines[option.key] = [PlanLineCells(number[line.workload], line.model_id, line.vendor_id,
                                                    month_keys(line.model_id)) for line in option.lines]
        else:
            month_rows[option.key] = month_keys(option.key)

    points: dict[tuple[str, date], tuple[ComparisonRow, PricePoint]] = {}
    for p in rows + list(later.values()):
        points.setdefault(p.key, (p.row, p.row.point))
    ordered = sorted(points.values(), key=lambda rp: (rp[0].vendor_name.lower(), rp[0].name.lower(),
                                                      rp[0].model_id, rp[1].start))
    return WorkbookPlan(comparison, rows, [o.key for o in options], list(later.values()), days, month_rows, ordered,
                        options, plan_lines)
def _per_workload(pricer: Pricer, comparison: Comparison, row: ComparisonRow) -> list[ComparisonRow]:
    found = [r for w in comparison.workloads if (r := comparison.workload_rows(w.name).get(row.model_id))]
    if len(found) == len(comparison.workloads):
        return found
    # A comparison built without its per-workload rows: price them with the engine, as it did.
    return [pricer.compare([w], as_of=comparison.as_of, currency=comparison.currency, fx=comparison.fx,
                           models=[row.model_id]).rows[0] for w in comparison.workloads]


def _later_row(pricer: Pricer, comparison: Comparison, model_id: str, day: date) -> PricingRow:
    later = pricer.compare(comparison.workloads, as_of=day, currency=comparison.currency, fx=comparison.fx,
                           models=[model_id])
    per = [later.by_workload[w.name][0] for w in comparison.workloads]
    return PricingRow(later.rows[0], per, later_from=day)

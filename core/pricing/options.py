"""The options of a quote: each a single model across every workload, or a plan (a model per workload).

One shape for both, so the Quote and Comparison sheets, the PDF and the app put them side by side the same way:
an option has a name, its lines (one per workload: the workload, its model, that model's vendor and the engine's
row for that workload alone) and its monthly list cost in the display currency — for a model its combined row's
cost, for a plan the sum of its lines (both are the sum of per-workload lines, each rounded as the engine rounds
it). Its quote line applies each vendor's negotiated discount to that vendor's lines
(:func:`core.pricing.quote.option_quote_line`).

Which options a quote offers: the models the user chose, then the plans marked for the quote; with neither, the
three cheapest models (:mod:`core.pricing.views`). Imports: the engine, plans, quote and views.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Sequence

from core.errors import Field, InputError
from core.money import ZERO
from core.pricing.engine import Comparison, ComparisonRow, Pricer
from core.pricing.plans import Plan, PricedPlan, price_plan
from core.pricing.quote import QuoteLine, option_quote_line
from core.pricing.quote_terms import QuoteTerms
from core.pricing.rows import TWELVE
from core.pricing.views import QUOTE_OPTIONS, default_rows

PLAN_KEY_PREFIX = "plan:"   # a plan option's key; a model option's key is its model id (vendor/model)


def plan_key(name: str) -> str:
    return PLAN_KEY_PREFIX + name


@dataclass(frozen=True)
class OptionLine:
    """One workload of an option: its model and the engine's row for that workload on that model alone."""

    workload: str
    model_id: str
    row: ComparisonRow

    @property
    def vendor_id(self) -> str:
        return self.row.vendor_id


@dataclass(frozen=True)
class QuoteOption:
    key: str                               # the model id, or plan_key(plan name)
    name: str
    lines: tuple[OptionLine, ...]
    row: ComparisonRow | None = None       # a model option: its row over every workload (what the table shows)
    plan: PricedPlan | None = None         # a plan option

    @property
    def is_plan(self) -> bool:
        return self.plan is not None

    @property
    def monthly_cost(self) -> Decimal:
        """The monthly list cost in the display currency: the sum of the lines."""
        if self.row is not None:
            return self.row.monthly_cost
        return sum((line.row.monthly_cost for line in self.lines), ZERO)

    @property
    def annual_cost(self) -> Decimal:
        return self.monthly_cost * TWELVE

    @property
    def vendor_ids(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(line.vendor_id for line in self.lines))

    @property
    def understated(self) -> bool:
        """Whether a line is priced where the catalog does not know the price (a floor: ComparisonRow.understated),
        so the quote must say its figure may be higher."""
        return any(line.row.understated for line in self.lines)

    @property
    def model_ids(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(line.model_id for line in self.lines))

    def vendor_costs(self) -> list[tuple[str, Decimal]]:
        """The monthly list cost by vendor (each vendor's lines added up), in the lines' order."""
        if self.row is not None:
            return [(self.row.vendor_id, self.row.monthly_cost)]
        totals: dict[str, Decimal] = {}
        for line in self.lines:
            totals[line.vendor_id] = totals.get(line.vendor_id, ZERO) + line.row.monthly_cost
        return list(totals.items())

    def quote(self, terms: QuoteTerms, currency: str) -> QuoteLine:
        return option_quote_line(self.vendor_costs(), currency, terms)


def model_option(comparison: Comparison, row: ComparisonRow, pricer: Pricer | None = None) -> QuoteOption:
    """A single model as an option: its combined row and one line per workload."""
    lines = []
    for w in comparison.workloads:
        per = comparison.workload_rows(w.name).get(row.model_id)
        if per is None:   # a comparison made without per-workload rows: price that workload alone, as it would
            if pricer is None:
                raise KeyError(row.model_id)
            per = pricer.compare([w], as_of=comparison.as_of, currency=comparison.currency, fx=comparison.fx,
                                 models=[row.model_id]).rows[0]
        lines.append(OptionLine(w.name, row.model_id, per))
    return QuoteOption(row.model_id, row.name, tuple(lines), row=row)


def plan_option(priced: PricedPlan) -> QuoteOption:
    """A priced plan as an option; refused (``plan_incomplete``) when a workload has no model."""
    for line in priced.lines:
        if line.row is None or line.model_id is None:
            raise InputError(Field("plan_workload", plan=priced.name, workload=line.workload.name), "plan_incomplete",
                             problem=line.problem)
    return QuoteOption(plan_key(priced.name), priced.name,
                       tuple(OptionLine(line.workload.name, line.model_id, line.row) for line in priced.lines
                             if line.row is not None and line.model_id is not None),
                       plan=priced)


def quote_options(pricer: Pricer, comparison: Comparison, selected: Sequence[str], plans: Sequence[Plan], *,
                  include_free: bool = False) -> list[QuoteOption]:
    """The quote's options: the chosen models the comparison priced (in the order chosen), then the plans marked
    for the quote; with neither, the :data:`~core.pricing.views.QUOTE_OPTIONS` cheapest models that fit."""
    by_id = {r.model_id: r for r in comparison.rows}
    options = [model_option(comparison, by_id[m], pricer) for m in dict.fromkeys(selected) if m in by_id]
    for plan in plans:
        if plan.quoted:
            options.append(plan_option(price_plan(pricer, plan, comparison.workloads, as_of=comparison.as_of,
                                                  currency=comparison.currency, fx=comparison.fx,
                                                  include_free=include_free)))
    if not options:   # the three cheapest that fit, else (none fits) the first three listed
        cheapest, _ = default_rows(comparison.rows, (), QUOTE_OPTIONS)
        options = [model_option(comparison, r, pricer) for r in cheapest or comparison.rows[:QUOTE_OPTIONS]]
    return options

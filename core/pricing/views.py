"""Which rows a view of the comparison shows by default: the models the user chose, else the cheapest that fit.

One rule for every view (the bar chart, the projection chart, the plans chart, the workbook's quote options), so the
app and the exported quote never disagree about what "the cheapest" are.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Collection, Sequence

from core.pricing.engine import Comparison, ComparisonRow
from core.pricing.plans import PricedPlan

TOP_N_BARS = 10          # bars on the cost chart when no model is chosen
PROJECTION_MODELS = 5    # lines on the projection chart when no model is chosen
QUOTE_OPTIONS = 3        # options on the quote when no model is chosen


def default_rows(rows: Sequence[ComparisonRow], chosen: Collection[str], limit: int) -> tuple[list[ComparisonRow], bool]:
    """The rows a view shows: the chosen models, else the ``limit`` cheapest that fit (engine order).
    Returns (rows, whether they are the chosen ones)."""
    picked = [r for r in rows if r.model_id in chosen]
    if picked:
        return picked, True
    return [r for r in rows if r.rank is not None][:limit], False


Segment = tuple[str, Decimal] | None   # a bar's part for one workload: (model name, monthly cost), None: no price


@dataclass(frozen=True)
class PlanBar:
    """One bar of the plans chart: a plan or a model, its monthly total and a segment per workload."""

    label: str
    total: Decimal
    segments: tuple[Segment, ...]
    is_plan: bool
    problem: bool = False


def plan_bars(plans: Sequence[PricedPlan], comparison: Comparison,
              chosen: Collection[str]) -> tuple[list[PlanBar], bool]:
    """The plans chart's bars: every plan (a segment per line), then the chosen models (else the cheapest that fit,
    as the quote offers them), a segment per workload priced alone. Returns (bars, whether the models are the
    chosen ones)."""
    bars = [PlanBar(plan.name, plan.monthly_cost,
                    tuple((line.row.name, line.row.monthly_cost) if line.row is not None else None
                          for line in plan.lines),
                    True, bool(plan.problems))
            for plan in plans]
    rows, are_chosen = default_rows(comparison.rows, chosen, QUOTE_OPTIONS)
    for row in rows:
        alone = [comparison.workload_rows(w.name).get(row.model_id) for w in comparison.workloads]
        segments = tuple((row.name, r.monthly_cost) if r is not None else None for r in alone)
        bars.append(PlanBar(row.name, row.monthly_cost, segments, False, not row.rankable))
    return bars, are_chosen

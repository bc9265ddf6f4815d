"""The differences a view of a plan shows beside its figures, each of two engine figures in the display currency:
how much dearer the runner-up of a cheapest line is, how much dearer another model is for that line's workload,
and how a plan's total compares with the cheapest single model. Exact (Decimal), as every figure shown is.

Imports: the engine and plans.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Iterable

from core.pricing.engine import ComparisonRow
from core.pricing.plans import PlanLine, PricedPlan


def runner_up_margin(line: PlanLine) -> Decimal | None:
    """What the next cheapest model that fits would cost the line's workload a month above the line's model, or
    None (an assigned line, no runner-up, or no priced row)."""
    if line.row is None or line.choice is None or line.choice.runner_up is None:
        return None
    return line.choice.runner_up.monthly_cost - line.row.monthly_cost


def dearer_by(line: PlanLine, row: ComparisonRow) -> Decimal | None:
    """What ``row`` (another model priced for the line's workload alone) costs a month above the line's model, or
    None when the line has no priced row."""
    if line.row is None:
        return None
    return row.monthly_cost - line.row.monthly_cost


def line_vs_cheapest(line: PlanLine, rows: Iterable[ComparisonRow]) -> Decimal | None:
    """The line's monthly cost minus the cheapest ranked model's for its workload alone (``rows``: the
    comparison's rows of that workload); None when no model is ranked or the line has no price."""
    if line.row is None:
        return None
    cheapest = next((r for r in rows if r.rank == 1), None)
    return None if cheapest is None else line.row.monthly_cost - cheapest.monthly_cost


def vs_cheapest_model(plan: PricedPlan, rows: Iterable[ComparisonRow]) -> Decimal | None:
    """The plan's monthly total minus the cheapest ranked single model's (``rows``: the comparison's rows over
    every workload); negative when the plan costs less. None when no model is ranked or a line has no price."""
    if not plan.complete:
        return None
    cheapest = next((r for r in rows if r.rank == 1), None)
    return None if cheapest is None else plan.monthly_cost - cheapest.monthly_cost

"""Month-by-month projection of the chosen options with volume growth and an assumed price decline.

Month k (1-based) costs ``ROUND(base_k × (1 + g)^(k−1) × (1 − d)^⌊(k−k₀)/12⌋, minor unit)`` where ``base_k`` is
the model's monthly cost (display currency, as the comparison shows it) priced with the point in force on the
first day of month k, ``g`` the growth per month and ``d`` the assumed *annual* price decline, applied in
yearly steps because vendors cut prices in steps, not continuously. The decline is an assumption about prices
not yet known, so it applies from month k₀, the first priced at the model's last known price (1 when that is
the price on the start day, as it mostly is); a month priced at an earlier point keeps that published price.
The workbook writes the same formula.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal, localcontext
from typing import TYPE_CHECKING, Sequence

from core.catalog.model import Model, PricePoint
from core.errors import Field, InputError
from core.money import HUNDRED, ONE, ZERO, round_money
from core.pricing.engine import Pricer
from core.pricing.fx import FxTable
from core.pricing.projection_settings import ProjectionSettings
from core.pricing.workload import Workload

if TYPE_CHECKING:
    from core.pricing.plans import PricedPlan

MAX_MONTHLY_AMOUNT = Decimal(10) ** 15   # a projected month above a quadrillion is a typo, not a budget


def check_growth(base: Decimal, settings: ProjectionSettings, currency: str) -> None:
    """Refuse growth that takes a month of ``base`` above :data:`MAX_MONTHLY_AMOUNT` (60 % a month for 120 months
    multiplies a cost by 10^24: a figure no spreadsheet can hold to the cent). The bound is checked, not the
    arithmetic widened: such a projection is a typo to report, not a number to print."""
    if base <= 0 or settings.growth_pct <= 0:
        return
    with localcontext() as ctx:
        ctx.prec = 60
        peak = base * growth_factor(settings.growth_pct, settings.months)
    if peak > MAX_MONTHLY_AMOUNT:
        raise InputError(Field("growth_pct"), "projection_too_large", growth=settings.growth_pct,
                         months=settings.months, limit="10^15", currency=currency)


def add_months(day: date, months: int) -> date:
    """The first day of the month ``months`` after ``day``'s month."""
    index = day.year * 12 + (day.month - 1) + months
    return date(index // 12, index % 12 + 1, 1)


def month_starts(start: date, months: int) -> tuple[date, ...]:
    """The projection's months: ``start`` itself, then the first day of each following month."""
    return tuple([start] + [add_months(start, k) for k in range(1, months)])


def points_by_month(model: Model, days: Sequence[date]) -> list[PricePoint]:
    """The price point each month is priced with — the projection's and the workbook's one rule: the point in
    force on the month's first day; after the history ends, the last known one (DESIGN); before it starts, the
    first one the span knows. Empty when no month of the span has a point."""
    found: list[PricePoint | None] = []
    last: PricePoint | None = None
    for day in days:
        point = model.point_at(day)
        if point is None:
            point = last
        else:
            last = point
        found.append(point)
    first = next((p for p in found if p is not None), None)
    if first is None:
        return []
    return [p or first for p in found]


def price_ended(model: Model, days: Sequence[date]) -> date | None:
    """The last day of ``model``'s last known price when a month of ``days`` starts after it (the vendor retires
    the model, or has published no later price), else None. Such months are priced at that ended price
    (:func:`points_by_month`), which a budget or a quote must say: the vendor no longer offers it then."""
    end = model.prices[-1].end if model.prices else None
    return end if end is not None and days and days[-1] > end else None


def growth_factor(growth_pct: Decimal, month: int) -> Decimal:
    return (ONE + growth_pct / HUNDRED) ** (month - 1)


def decline_from(model: Model, starts: Sequence[date]) -> int | None:
    """The first month (1-based) priced at ``model``'s last known price, from which the assumed annual decline
    applies (DESIGN: the months after the last known point); ``starts``: the first day of the point each month is
    priced with (:func:`points_by_month`), the engine's and the workbook's one rule. A month priced at an earlier
    point has the vendor's own published price for it: declining it too counted a known cut twice. None when no
    month is."""
    last = model.prices[-1].start
    return next((k for k, start in enumerate(starts, start=1) if start == last), None)


def decline_factor(decline_pct: Decimal, month: int, start: int | None = 1) -> Decimal:
    """(1 − decline) per whole year from month ``start`` (see :func:`decline_from`); 1 before it, or with none."""
    if start is None or month < start:
        return ONE
    return (ONE - decline_pct / HUNDRED) ** ((month - start) // 12)


@dataclass(frozen=True)
class ProjectionSeries:
    """One model's (or plan's) projected months: the cost before growth, after it, and the yearly totals."""

    model_id: str
    name: str
    base_costs: tuple[Decimal, ...]   # monthly cost at the point in force in each month, before growth
    costs: tuple[Decimal, ...]        # projected cost of each month
    year_totals: tuple[Decimal, ...]  # sums of each 12-month block (the last may be partial)
    lines: tuple["ProjectionSeries", ...] = ()   # a plan's: one per workload (its model), each month rounded

    @property
    def total(self) -> Decimal:
        return sum(self.costs, ZERO)


@dataclass(frozen=True)
class Projection:
    """The month-by-month projection of several models from a start month, with its growth and decline."""

    start: date
    months: int
    growth_pct: Decimal
    decline_pct: Decimal
    currency: str
    month_starts: tuple[date, ...]
    series: tuple[ProjectionSeries, ...]


def project(pricer: Pricer, workloads: Sequence[Workload], model_ids: Sequence[str], *, start: date,
            months: int, growth_pct: Decimal, decline_pct: Decimal, currency: str, fx: FxTable) -> Projection:
    """Project ``model_ids`` over ``months`` months from ``start``'s month (month 1 = ``start`` itself)."""
    settings = ProjectionSettings(months, growth_pct, decline_pct)   # the one validation
    days = month_starts(start, months)
    series = tuple(_model_series(pricer, workloads, model_id, days, settings, currency, fx)
                   for model_id in model_ids)
    return Projection(start, months, growth_pct, decline_pct, currency, days, series)


def _model_series(pricer: Pricer, workloads: Sequence[Workload], model_id: str, days: Sequence[date],
                  settings: ProjectionSettings, currency: str, fx: FxTable, name: str | None = None,
                  check: bool = True) -> ProjectionSeries:
    """One model over ``workloads``, month by month: month k costs ROUND(base_k × growth × decline)."""
    model = pricer.catalog.model(model_id)
    points = points_by_month(model, days)
    if not points:
        raise InputError(Field("models"), "no_price_in_projection", model=model_id)
    # Each distinct point is priced once, on a day it is in force (its first): the cost depends on the
    # point, the workloads and the rates, not on the month.
    cost_at: dict[date, Decimal] = {}
    for point in points:
        if point.start not in cost_at:
            priced = pricer.compare(workloads, as_of=point.start, currency=currency, fx=fx, models=[model_id])
            cost_at[point.start] = priced.rows[0].monthly_cost
    values = tuple(cost_at[point.start] for point in points)
    if check:
        check_growth(max(values), settings, currency)
    g, d = settings.growth_pct, settings.decline_pct
    since = decline_from(model, [point.start for point in points])
    costs = tuple(round_money(b * growth_factor(g, k) * decline_factor(d, k, since), currency)
                  for k, b in enumerate(values, start=1))
    return ProjectionSeries(model_id, name if name is not None else model.name, values, costs,
                            _years(costs, len(days)))


def _years(costs: Sequence[Decimal], months: int) -> tuple[Decimal, ...]:
    return tuple(sum(costs[i:i + 12], ZERO) for i in range(0, months, 12))


def project_plan(pricer: Pricer, plan: "PricedPlan", *, start: date, settings: ProjectionSettings, currency: str,
                 fx: FxTable, key: str | None = None) -> ProjectionSeries:
    """A priced plan month by month: each line's model for its workload alone (the point in force that month,
    the model the plan chose on its as-of date), each month of each line rounded as :func:`project` rounds a
    model's, and the plan's month the sum of its lines' — what the workbook's per-workload lines add up to.

    Raises ``plan_incomplete`` when a workload has no model (nothing that fits, or no price)."""
    days = month_starts(start, settings.months)
    lines = []
    for line in plan.lines:
        if line.row is None or line.model_id is None:
            where = Field("plan_workload", plan=plan.name, workload=line.workload.name)
            raise InputError(where, "plan_incomplete", problem=line.problem)
        lines.append(_model_series(pricer, [line.workload], line.model_id, days, settings, currency, fx,
                                   name=line.workload.name, check=False))
    base = tuple(sum(month, ZERO) for month in zip(*(s.base_costs for s in lines)))
    check_growth(max(base, default=ZERO), settings, currency)
    costs = tuple(sum(month, ZERO) for month in zip(*(s.costs for s in lines)))
    return ProjectionSeries(key or plan.name, plan.name, base, costs, _years(costs, len(days)), tuple(lines))

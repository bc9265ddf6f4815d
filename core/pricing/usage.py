"""Monthly usage (tokens per calendar month per model, as read from a usage export) and the workloads it becomes:
the last full month or the average of the last N full months, with growth per month fitted from the history.

Growth is a least-squares fit of ln(volume per day) on the month number over the full months of the history
(volume = input + output tokens; per day of its month, so a 28-day February after a 31-day January is no fall of
10 % and September to October no rise of 3.3 %, which a projection would compound for years), reported as
``exp(slope) − 1`` in percent, rounded to 0.01 %. It uses every month, so
one unusual first or last month moves it less than the compound average growth of the two end points would;
months with no tokens cannot be logged and are left out of the fit. With fewer than two such months the growth
is 0. It is an estimate (float arithmetic), shown and editable; volumes and money stay exact.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Iterable, Sequence

from core.errors import Field, InputError
from core.money import HUNDRED, ZERO
from core.pricing.projection_settings import MAX_GROWTH_PCT
from core.pricing.workload import Workload

GROUPINGS = ("model", "vendor", "group", "total")   # one workload per model, per vendor, per file group, or one
TOTAL_NAME = "Usage"


@dataclass(frozen=True)
class MonthlyUsage:
    """One model's tokens in one calendar month (``month`` is its first day), as the file names the model;
    ``model_id`` is the catalog model it matched, or None. ``billed`` holds the file's costs by currency."""

    month: date
    model: str
    input_tokens: int = 0           # all input tokens, cache hits included
    output_tokens: int = 0
    cached_input_tokens: int = 0    # the part of input_tokens read from the cache
    requests: int = 0
    billed: tuple[tuple[str, Decimal], ...] = ()
    model_id: str | None = None
    group: str = ""                 # the file's grouping column (project, team, key), when one is mapped
    rows: int = 0                   # file rows that made it

    @property
    def volume(self) -> int:
        return self.input_tokens + self.output_tokens


@dataclass(frozen=True)
class UsageWorkload:
    """A workload made from usage history, with the growth fitted from that history and what it is made of."""

    workload: Workload
    growth_pct: Decimal
    basis: tuple[date, ...]                  # the months averaged (one: the last full month)
    history: tuple[tuple[date, int], ...]    # (month, input + output tokens) over the full months
    model_ids: tuple[str, ...] = ()
    models: tuple[str, ...] = ()             # the names as written in the file
    requests: int = 0                        # average requests a month over the basis

    @property
    def growth_fitted(self) -> bool:
        """Whether two or more months of use gave the growth (with fewer, 0 % is no measurement, only a default)."""
        return sum(1 for _, volume in self.history if volume > 0) >= 2


@dataclass(frozen=True)
class UsagePlan:
    """The workloads a usage history gives, and the growth of their total (the project's projection growth)."""

    workloads: tuple[UsageWorkload, ...]
    growth_pct: Decimal
    full_months: tuple[date, ...]
    partial_month: date | None = None        # the last month, when the file stops before its end
    partial_first: date | None = None        # the first month, when the file starts after its first day
    idle: tuple[str, ...] = field(default=())    # models (or groups) with no use in the months averaged

    def no_full_month(self) -> InputError | None:
        """Why there are no workloads, when the file holds no full calendar month."""
        if self.full_months:
            return None
        month = self.partial_month.isoformat()[:7] if self.partial_month else ""
        return InputError(Field("usage_months"), "usage_no_full_month", month=month)


def month_end(month: date) -> date:
    nxt = date(month.year + (month.month == 12), month.month % 12 + 1, 1)
    return nxt - timedelta(days=1)


def next_month(month: date) -> date:
    return date(month.year + (month.month == 12), month.month % 12 + 1, 1)


def full_months(rows: Iterable[MonthlyUsage], last_day: date | None, first_day: date | None = None
                ) -> tuple[list[date], date | None, date | None]:
    """Every whole month from the first to the last in ``rows`` (months without rows count, as months of no
    use); the last month when ``last_day`` (the latest day the file shows) stops before that month's end, and the
    first when ``first_day`` (the earliest) starts after its first day — a "last 90 days" export starts mid-month,
    and half a month read as a whole one made a fall, and a growth of 20 % a month from the same use every day."""
    months = sorted({r.month for r in rows})
    if not months:
        return [], None, None
    every, m = [], months[0]
    while m <= months[-1]:
        every.append(m)
        m = next_month(m)
    partial = partial_first = None
    if last_day is not None and last_day < month_end(every[-1]):
        partial = every.pop()
    if every and first_day is not None and first_day > every[0]:
        partial_first = every.pop(0)
    return every, partial, partial_first


def per_day(history: Iterable[tuple[date, int]]) -> list[float]:
    """Each month's volume per day of that month, for fitting growth (the month's total is what is budgeted)."""
    return [volume / month_end(month).day for month, volume in history]   # month: its first day


def fit_growth(volumes: Sequence[float]) -> Decimal:
    """Growth per month in percent from monthly volumes: least squares of ln(volume) on the month index."""
    points = [(i, math.log(v)) for i, v in enumerate(volumes) if v > 0]
    if len(points) < 2:
        return ZERO
    n = len(points)
    mean_x = sum(x for x, _ in points) / n
    mean_y = sum(y for _, y in points) / n
    sxx = sum((x - mean_x) ** 2 for x, _ in points)
    sxy = sum((x - mean_x) * (y - mean_y) for x, y in points)
    if sxx == 0:
        return ZERO
    slope = sxy / sxx
    try:
        pct = (math.exp(slope) - 1) * 100
    except OverflowError:
        pct = float(MAX_GROWTH_PCT)
    pct = max(-99.99, min(float(MAX_GROWTH_PCT), pct))
    return Decimal(repr(pct)).quantize(Decimal("0.01"), ROUND_HALF_UP)


def group_key(row: MonthlyUsage, grouping: str, vendor_of) -> str:
    if grouping == "total":
        return TOTAL_NAME
    if grouping == "group":
        return row.group or TOTAL_NAME
    if grouping == "vendor":
        return vendor_of(row.model_id) if row.model_id else row.model
    return row.model_id or row.model


def plan_workloads(rows: Sequence[MonthlyUsage], *, months: int = 1, grouping: str = "model",
                   last_day: date | None = None, names=None, vendor_of=None,
                   first_day: date | None = None) -> UsagePlan:
    """Workloads from monthly usage: the average of the last ``months`` full months (1: the last full month).

    Parameters
    ----------
    rows : the monthly usage (matched or not: unmatched models are workloads too, named as the file names them)
    months : how many full months to average, 1–120
    grouping : one workload per ``model`` (catalog id, else the file's name), ``vendor``, file ``group`` or
        ``total``
    last_day : the latest day the file shows; its month is left out when the file stops before its end
    first_day : the earliest day the file shows; its month is left out when the file starts after its first day
    names : optional callable(key) → workload name (the catalog's model name, say)
    vendor_of : callable(model_id) → vendor id, for ``grouping="vendor"``

    Averages are rounded half-up to whole tokens; the cache-hit share is the cached input over the input of the
    same months, rounded to 0.01 %.
    """
    if grouping not in GROUPINGS:
        raise InputError(Field("usage_grouping"), "usage_grouping_unknown", value=grouping,
                         allowed=", ".join(GROUPINGS))
    if not isinstance(months, int) or isinstance(months, bool) or not 1 <= months <= 120:
        raise InputError(Field("months"), "months_range", value=months, limit=120)
    every, partial, partial_first = full_months(rows, last_day, first_day)
    if not every:   # nothing to average: no workloads (the caller says why: no_full_month)
        return UsagePlan((), ZERO, (), partial, partial_first)
    basis = every[-months:]
    keyed: dict[str, list[MonthlyUsage]] = {}
    for r in rows:
        keyed.setdefault(group_key(r, grouping, vendor_of or (lambda m: m.split("/")[0])), []).append(r)
    made: list[UsageWorkload] = []
    idle: list[str] = []
    taken: set[str] = set()
    for key in sorted(keyed):
        items = keyed[key]
        in_basis = [r for r in items if r.month in basis]
        n = len(basis)
        total_in = sum(r.input_tokens for r in in_basis)
        total_out = sum(r.output_tokens for r in in_basis)
        total_cached = sum(r.cached_input_tokens for r in in_basis)
        share = (Decimal(total_cached) * HUNDRED / Decimal(total_in) if total_in else ZERO).quantize(
            Decimal("0.01"), ROUND_HALF_UP)
        by_month = {m: 0 for m in every}
        for r in items:
            if r.month in by_month:
                by_month[r.month] += r.volume
        history = tuple(by_month.items())
        if not total_in and not total_out:
            idle.append(key)   # no use in the months averaged: not a workload, but said
            continue
        name = _unique((names(key) if names else None) or key, taken)
        try:
            workload = Workload(name, _avg(total_in, n), _avg(total_out, n), min(share, HUNDRED))
        except InputError as exc:
            raise exc.at(name) from None
        made.append(UsageWorkload(
            workload, fit_growth(per_day(history)), tuple(basis), history,
            tuple(sorted({r.model_id for r in items if r.model_id})), tuple(sorted({r.model for r in items})),
            _avg(sum(r.requests for r in in_basis), n)))
    totals = {m: 0 for m in every}
    for r in rows:
        if r.month in totals:
            totals[r.month] += r.volume
    return UsagePlan(tuple(made), fit_growth(per_day(totals.items())), tuple(every), partial, partial_first,
                     tuple(idle))


def _avg(total: int, n: int) -> int:
    return int((Decimal(total) / n).quantize(Decimal(1), ROUND_HALF_UP))


def _unique(name: str, taken: set[str]) -> str:
    name = " ".join(name.split())[:120] or TOTAL_NAME
    base, n = name, 2
    while name in taken:
        name = f"{base} {n}"
        n += 1
    taken.add(name)
    return name

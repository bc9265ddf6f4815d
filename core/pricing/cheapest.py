"""The cheapest model that fits each workload, exactly and fast (a plan's "cheapest that fits" slots).

The models a slot may pick from are those priced on the as-of date, not retired by then, paid (unless free ones
are included), let through by the plan's :class:`~core.pricing.plans.Constraints`, and whose context window holds
the workload's prompt. Among them the winner is the one the engine prices lowest in the display currency (ties:
the lower model id, as the comparison ranks them), and the runner-up the next.

Two ways to find them, with the same answer (a test compares them on random catalogs):

- a few hundred candidates: the engine prices them all (:meth:`Pricer.compare`);
- more: every candidate is first estimated in floating point (numpy, imported only then), each estimate with a
  bound on how far the exact figure can be from it (half a minor unit for each of the two rounded native lines,
  converted, plus half a display minor unit, plus a relative 10^-9 for the floating point itself); only the
  candidates whose lowest possible figure is not above the second-lowest highest possible figure can be first or
  second, and the engine prices just those, exactly. "Rank approximately, price the winners exactly" (DESIGN).

Imports: the engine and the catalog.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Sequence

from core.catalog.model import Model, PricePoint
from core.errors import Field, InputError
from core.money import minor_quantum
from core.pricing.engine import ComparisonRow, Pricer
from core.pricing.fx import FxTable
from core.pricing.rates import EffectivePrices, TokenSplit, tier_index
from core.pricing.workload import Workload
from core.volumes import MAX_TOKENS

FAST_FROM = 400          # candidates from which the estimate-then-price search pays off
_RELATIVE = 1e-9         # far above the float error of nine products and a conversion (~1e-15)


@dataclass(frozen=True)
class Constraints:
    """Which models a "cheapest that fits" slot may pick from: only these ``models``, ``vendors``, ``regions`` and
    billing ``currencies`` (empty: any), a context window of at least ``min_context`` tokens, and, where a
    workload sends batch or off-peak traffic, only models with a batch (``batch_support``) or off-peak
    (``off_peak_support``) price."""

    models: tuple[str, ...] = ()
    vendors: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()
    currencies: tuple[str, ...] = ()
    min_context: int = 0
    batch_support: bool = False
    off_peak_support: bool = False

    def __post_init__(self):
        for name in ("models", "vendors", "regions", "currencies"):
            value = getattr(self, name)
            if not isinstance(value, tuple) or not all(isinstance(v, str) and v for v in value):
                raise InputError(Field("plan_constraint", name=name), "ids_expected")
        if not isinstance(self.min_context, int) or isinstance(self.min_context, bool) \
                or not 0 <= self.min_context <= MAX_TOKENS:
            raise InputError(Field("plan_constraint", name="min_context"), "whole_tokens_range",
                             value=self.min_context)

    @property
    def any(self) -> bool:
        """Whether any constraint is set."""
        return self != NO_CONSTRAINTS

    def leaves_out(self, model: Model, region: str, point: PricePoint, workload: Workload) -> bool:
        """Whether these constraints leave ``model`` (its vendor's ``region``, its price ``point``) out for
        ``workload``."""
        if self.models and model.id not in self.models:
            return True
        if self.vendors and model.vendor_id not in self.vendors:
            return True
        if self.regions and region not in self.regions:
            return True
        if self.currencies and model.currency not in self.currencies:
            return True
        if self.min_context and (model.context_window is None or model.context_window < self.min_context):
            return True   # an unknown context window is not known to hold min_context
        if self.batch_support and workload.batch_pct and point.batch is None:
            return True
        return bool(self.off_peak_support and workload.off_peak_pct and point.off_peak is None)


NO_CONSTRAINTS = Constraints()


@dataclass(frozen=True)
class Choice:
    """How a "cheapest that fits" slot was filled, over every model priced that day: how many it was chosen
    among (``candidates``, itself included), how many had too small a context, how many the constraints, the
    project (free models) or retirement left out, how many have no known price for this workload
    (``unknown_price``: :meth:`~core.catalog.model.PricePoint.understates`), and the next cheapest (``runner_up``)."""

    candidates: int
    too_small: int
    filtered: int
    free: int = 0
    retired: int = 0
    runner_up: ComparisonRow | None = None
    unknown_price: int = 0

    @property
    def beat(self) -> int:
        """How many models that fit and pass the constraints cost as much or more."""
        return max(0, self.candidates - 1)


@dataclass
class _Pool:
    """The models every workload of one search may pick from before its own tests (traffic, context), as
    positions in :meth:`Pricer.tiers_at`'s list, and how many were left out, and why."""

    positions: list[int]
    filtered: int
    free: int
    retired: int


def _pool(pricer: Pricer, constraints: Constraints, as_of: date, include_free: bool) -> _Pool:
    """The models priced on ``as_of`` that the constraints, retirement and (unless included) being free let
    through; the workload-dependent constraints (batch, off-peak) are applied per workload."""
    regions = {v.id: v.region for v in pricer.catalog.vendors.values()}
    positions, filtered, free, retired = [], 0, 0, 0
    probe = Workload()   # no batch or off-peak traffic: the workload-independent part of the constraints
    for position, (model, point, _) in enumerate(pricer.tiers_at(as_of)):
        if model.deprecated and pricer.is_retired(model, as_of):
            retired += 1
        elif constraints.leaves_out(model, regions[model.vendor_id], point, probe):
            filtered += 1
        elif not include_free and point.is_free:
            free += 1
        else:
            positions.append(position)
    return _Pool(positions, filtered, free, retired)


def cheapest_rows(pricer: Pricer, workloads: Sequence[Workload], constraints: Constraints, *, as_of: date,
                  currency: str, fx: FxTable,
                  include_free: bool = False) -> dict[str, tuple[ComparisonRow | None, Choice]]:
    """For each workload (by name): the engine's row of the cheapest model that fits it, or None when none does,
    and the :class:`~core.pricing.plans.Choice` that says what it beat."""
    pool = _pool(pricer, constraints, as_of, include_free)
    entries = pricer.tiers_at(as_of)
    large = len(pool.positions) >= FAST_FROM
    found = {}
    for w in workloads:
        if large:
            usable, fitting = _fitting_positions(pricer, as_of, pool, constraints, w)
        else:
            usable = [i for i in pool.positions if not _unsupported(constraints, entries[i][1], w)]
            fitting = [i for i in usable if _fits(entries[i][0], w.prompt_tokens)]
        # A price the catalog does not know for this workload (a longer prompt than it covers, an unknown output
        # price) is a floor, not the bill: never "the cheapest", as the engine leaves such rows unranked. Few points
        # have such a gap: only they are looked at.
        unknown = {i for i, point in _limited(pricer, as_of) if point.understates(w.prompt_tokens, w.output_tokens)}
        known = [i for i in fitting if i not in unknown] if unknown else fitting
        unknown_price, fitting = len(fitting) - len(known), known
        if len(fitting) >= FAST_FROM:
            rows = _two_cheapest_estimated(pricer, w, fitting, as_of, currency, fx)
        else:
            rows = _priced(pricer, w, [entries[i][0].id for i in fitting], as_of, currency, fx)[:2]
        choice = Choice(len(fitting), len(usable) - len(fitting) - unknown_price,
                        pool.filtered + len(pool.positions) - len(usable), pool.free, pool.retired,
                        rows[1] if len(rows) > 1 else None, unknown_price)
        found[w.name] = (rows[0] if rows else None, choice)
    return found


def _unsupported(constraints: Constraints, point: PricePoint, w: Workload) -> bool:
    """The workload sends batch (off-peak) traffic, the constraints ask for a batch (off-peak) price, and the
    model has none."""
    return bool((constraints.batch_support and w.batch_pct and point.batch is None)
                or (constraints.off_peak_support and w.off_peak_pct and point.off_peak is None))


def _limited(pricer: Pricer, as_of: date) -> list[tuple[int, PricePoint]]:
    """(position, point) of the points in force on ``as_of`` whose prices the catalog knows only in part (up to a
    prompt size, or not for output: :meth:`~core.catalog.model.PricePoint.understates`), made once a day."""
    return pricer.memo(("cheapest.limited", as_of), lambda: [
        (i, p) for i, (_, p, _) in enumerate(pricer.tiers_at(as_of)) if p.partly_known])


def _fits(model: Model, prompt_tokens: int) -> bool:
    """The engine's rule: a prompt fits unless both it and the context window are known and it is longer."""
    return not (prompt_tokens and model.context_window and prompt_tokens > model.context_window)


def _fitting_positions(pricer: Pricer, as_of: date, pool: _Pool, constraints: Constraints,
                       w: Workload) -> tuple[list[int], list[int]]:
    """:func:`_unsupported` and :func:`_fits` over the whole pool at once (numpy): the usable and the fitting
    positions."""
    import numpy as np

    day = pricer.memo(("cheapest.day", as_of), lambda: _DayArrays(pricer, as_of))
    positions = np.asarray(pool.positions, dtype=np.intp)
    keep = np.ones(len(positions), dtype=bool)
    if constraints.batch_support and w.batch_pct:
        keep &= day.has_batch[positions]
    if constraints.off_peak_support and w.off_peak_pct:
        keep &= day.has_off_peak[positions]
    usable = positions[keep]
    fitting = usable[day.context[usable] >= w.prompt_tokens] if w.prompt_tokens else usable
    return usable.tolist(), fitting.tolist()


class _DayArrays:
    """What the pool's per-workload tests read, for every model in force on a day, as arrays (made once a day):
    whether it has a batch and an off-peak price, and its context window (infinite where unknown)."""

    def __init__(self, pricer: Pricer, as_of: date):
        import numpy as np

        entries = pricer.tiers_at(as_of)
        self.has_batch = np.array([p.batch is not None for _, p, _ in entries], dtype=bool)
        self.has_off_peak = np.array([p.off_peak is not None for _, p, _ in entries], dtype=bool)
        self.context = np.array([m.context_window or np.inf for m, _, _ in entries], dtype=float)


def _priced(pricer: Pricer, w: Workload, model_ids: list[str], as_of: date, currency: str,
            fx: FxTable) -> list[ComparisonRow]:
    """The engine's rows for ``model_ids`` (all fit), cheapest first, ties in id order."""
    if not model_ids:
        return []
    return pricer.compare([w], as_of=as_of, currency=currency, fx=fx, models=model_ids, include_free=True).rows


def _two_cheapest_estimated(pricer: Pricer, w: Workload, positions: list[int], as_of: date, currency: str,
                            fx: FxTable) -> list[ComparisonRow]:
    """The two cheapest of the models at ``positions`` (of :meth:`Pricer.tiers_at`), exactly, having priced
    exactly only those that can be first or second (see the module's docstring for the bound)."""
    import numpy as np

    table = _float_table(pricer, as_of, w.prompt_tokens)
    rows = np.asarray(positions, dtype=np.intp)
    q_display = float(minor_quantum(currency))
    rate_of, slack_of = np.zeros(len(table.currencies)), np.zeros(len(table.currencies))
    for i, cur in enumerate(table.currencies):
        if cur in table.used_by(rows):
            rate = float(fx.rate(cur, currency))
            rate_of[i], slack_of[i] = rate, rate * float(minor_quantum(cur)) + q_display / 2
    prices = table.prices[rows]
    split = _float_split(w)
    tokens = np.maximum(split[None, :] - prices[:, 9:11] @ _FREE_MAP, 0.0)   # free quota off the standard
    estimate = np.einsum("ij,ij->i", tokens, prices[:, :9]) * rate_of[table.currency[rows]]
    spread = slack_of[table.currency[rows]] + np.abs(estimate) * _RELATIVE
    high = estimate + spread
    k = min(2, len(high)) - 1
    second_high = np.partition(high, k)[k]
    candidates = [table.ids[positions[i]] for i in np.flatnonzero(estimate - spread <= second_high)]
    return _priced(pricer, w, candidates, as_of, currency, fx)[:2]


class _FloatTable:
    """Every model in force on a day, at the tier a prompt size selects, as floats: nine prices in
    :class:`~core.pricing.rates.TokenSplit`'s order and the free input and output tokens in millions (N × 11),
    with each model's billing currency as an index into ``currencies``."""

    def __init__(self, pricer: Pricer, as_of: date, prompt_tokens: int):
        import numpy as np

        floats = pricer.memo(("cheapest.floats", as_of), lambda: _float_tiers(pricer, as_of))
        entries = pricer.tiers_at(as_of)
        picked = [f[tier_index(p, prompt_tokens)] if len(f) > 1 else f[0]
                  for (_, p, _), f in zip(entries, floats)]
        self.prices = np.array(picked, dtype=float).reshape(len(picked), 11)
        self.ids = [m.id for m, _, _ in entries]
        self.currencies = sorted({m.currency for m, _, _ in entries})
        position = {c: i for i, c in enumerate(self.currencies)}
        self.currency = np.array([position[m.currency] for m, _, _ in entries], dtype=np.intp)

    def used_by(self, rows) -> set[str]:
        import numpy as np

        return {self.currencies[i] for i in np.unique(self.currency[rows])}


def _float_table(pricer: Pricer, as_of: date, prompt_tokens: int) -> _FloatTable:
    return pricer.memo(("cheapest.table", as_of, prompt_tokens), lambda: _FloatTable(pricer, as_of, prompt_tokens))


def _float_tiers(pricer: Pricer, as_of: date) -> list[tuple[tuple[float, ...], ...]]:
    """Each model's float vector at each of its tiers, aligned with :meth:`Pricer.tiers_at` (made once a day)."""
    return [tuple(_float_vector(e) for e in tiers) for _, _, tiers in pricer.tiers_at(as_of)]


def _float_vector(e: EffectivePrices) -> tuple[float, ...]:
    return (*map(float, e.input_vector), *map(float, e.output_vector),
            e.free_input_tokens / 1e6, e.free_output_tokens / 1e6)


# Columns 9 and 10 of a float vector are the free input and output tokens; this maps them onto the standard
# uncached input (0) and the standard output (6) of the token split.
_FREE_MAP: "object" = None


def _float_split(w: Workload):
    """The workload's tokens by segment in millions, in TokenSplit's order, as a float vector."""
    import numpy as np

    global _FREE_MAP
    if _FREE_MAP is None:
        _FREE_MAP = np.array(((1, 0, 0, 0, 0, 0, 0, 0, 0), (0, 0, 0, 0, 0, 0, 1, 0, 0)), dtype=float)
    s = TokenSplit.of(w)
    return np.array([float(v) for v in (s.in_std, s.in_std_cached, s.in_batch, s.in_batch_cached, s.in_off_peak,
                                         s.in_off_peak_cached, s.out_std, s.out_batch, s.out_off_peak)])

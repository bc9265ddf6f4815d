"""The pricing engine: workloads × catalog (at an as-of date) → comparison rows of exact money.

Rules (DESIGN "Pricing rules"), in the order they are applied for one model and one workload:

1. The price point in force on ``as_of`` is used; models with none are left out (not yet sold, or retired).
2. The context-length tier is chosen by the workload's average prompt tokens per request, and the whole
   request is billed at that tier (vendors and LiteLLM's ``tiered_pricing`` bill this way, not in slices); a
   tier applies from its ``from_prompt_tokens`` on (a boundary stated "from N" includes N, "above N" does not).
3. Traffic splits into standard, batch and off-peak shares; input tokens further into cache hits and misses.
   Batch/off-peak prices are explicit or a factor of the (tiered) standard price; a model without one bills
   that share at the standard price and says so in the row's notes.
4. A monthly free allowance comes off the standard, uncached input and the standard output tokens.
5. Input cost and output cost are each rounded HALF_UP to the currency's minor unit (a quote *line*);
   the monthly cost is their sum; the display-currency cost is the native cost converted exactly (× each rate of
   the path, ÷ each inverse one: core.pricing.fx.FxTable.ratio), rounded once; annual = 12 ×.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from fractions import Fraction
from operator import attrgetter
from typing import TYPE_CHECKING, Iterable, Sequence

from core.catalog.model import Catalog, Model, PricePoint
from core.error_texts import QT_TRANSLATE_NOOP
from core.money import ZERO, minor_quantum
from core.pricing.fx import FxTable
from core.pricing.rates import (
    EffectivePrices,
    ScaledSplit,
    effective_for_tier,
    effective_prices,
    tier_index,
)
from core.pricing.rows import ComparisonRow
from core.pricing.workload import Workload

if TYPE_CHECKING:   # loaded when a chosen model has no price on the day, not with every comparison
    from core.pricing.availability import Unpriced

# Row notes are codes worded once: the CLI prints them as they are, the GUI translates them (lupdate reads the
# marks), the workbook writes them in its language.
NOTE_NO_BATCH = QT_TRANSLATE_NOOP("EngineNotes", "no batch price: batch share billed at standard price")
NOTE_NO_OFF_PEAK = QT_TRANSLATE_NOOP("EngineNotes", "no off-peak price: off-peak share billed at standard price")
NOTE_NO_CACHE = QT_TRANSLATE_NOOP("EngineNotes", "no cache-hit price: cache hits billed at the input price")
NOTE_TOO_LONG = QT_TRANSLATE_NOOP("EngineNotes", "prompt is longer than the context window")
NOTE_UNDERSTATED = QT_TRANSLATE_NOOP(
    "EngineNotes", "no price known for prompts this long: billed at the shorter prompts' price, so understated")
NOTE_OUTPUT_UNKNOWN = QT_TRANSLATE_NOOP(
    "EngineNotes", "output price not known on this date: a later price stands in, so output is likely understated")
NOTES = (NOTE_NO_BATCH, NOTE_NO_OFF_PEAK, NOTE_NO_CACHE, NOTE_TOO_LONG, NOTE_UNDERSTATED, NOTE_OUTPUT_UNKNOWN)


@dataclass
class Comparison:
    """Every model priced for the workloads on one day in one currency: ranked rows, per workload too."""

    as_of: date
    currency: str
    fx: FxTable
    workloads: tuple[Workload, ...]
    rows: list[ComparisonRow]                      # all workloads together, ranked
    by_workload: dict[str, list[ComparisonRow]] = field(default_factory=dict)
    unpriced: tuple[Unpriced, ...] = ()            # models asked for by name that have no price that day

    _indexes: dict[str, dict[str, ComparisonRow]] = field(default_factory=dict, init=False, repr=False,
                                                         compare=False)

    def row(self, model_id: str) -> ComparisonRow:
        for row in self.rows:
            if row.model_id == model_id:
                return row
        raise KeyError(model_id)

    def workload_rows(self, workload: str) -> dict[str, ComparisonRow]:
        """Model id → its row for ``workload`` priced alone (empty for a workload not compared). Indexed once:
        a comparison is not changed after :meth:`Pricer.compare` makes it."""
        index = self._indexes.get(workload)
        if index is None:
            index = self._indexes[workload] = {r.model_id: r for r in self.by_workload.get(workload, ())}
        return index

    @property
    def total_monthly(self) -> Decimal:
        return sum((r.monthly_cost for r in self.rows), ZERO)


class Pricer:
    """Prices workloads against one catalog, caching what does not change while a user types:
    the point in force per as-of date and the tier-resolved prices per prompt size."""

    def __init__(self, catalog: Catalog):
        self.catalog = catalog
        self._points: dict[date, list[tuple[Model, PricePoint]]] = {}
        self._tiers: dict[date, list[tuple[Model, PricePoint, tuple[EffectivePrices, ...]]]] = {}
        self._effective: dict[tuple[date, int], list[tuple[Model, PricePoint, EffectivePrices]]] = {}
        self._catalog_day: list[date | None] = []   # the catalog's date, found when first needed
        self._memo: dict[object, object] = {}          # what other modules derive from this catalog (cached)

    def memo(self, key: object, make):
        """``make()``, computed once per ``key`` for this pricer's catalog (which never changes): a cache for
        what other pricing modules derive from it (core.pricing.cheapest's float tables). Bounded in size."""
        found = self._memo.get(key)
        if found is None:
            if len(self._memo) > 64:
                self._memo.clear()
            found = self._memo[key] = make()
        return found

    def is_retired(self, model: Model, day: date) -> bool:
        """Whether ``model`` is retired on ``day`` (:meth:`core.catalog.model.Model.retired_by`)."""
        if not model.deprecated:
            return False
        if not self._catalog_day:
            self._catalog_day.append(self.catalog.catalog_date)
        return model.retired_by(day, self._catalog_day[0])

    def in_force(self, as_of: date) -> list[tuple[Model, PricePoint]]:
        cached = self._points.get(as_of)
        if cached is None:
            # Sorted by id once, so ranking can sort stably on cost alone (ties stay in id order).
            cached = sorted(((m, p) for m in self.catalog for p in (m.point_at(as_of),) if p is not None),
                            key=lambda pair: pair[0].id)
            self._points[as_of] = cached
        return cached

    def tiers_at(self, as_of: date) -> list[tuple[Model, PricePoint, tuple[EffectivePrices, ...]]]:
        """Every model in force on ``as_of`` with its resolved prices at each tier (base first), made once per
        day: a new prompt size then only picks a tier (most models have none, and share one object)."""
        found = self._tiers.get(as_of)
        if found is None:
            if len(self._tiers) > 16:   # a user scrolling through dates: keep memory bounded
                self._tiers.clear()
            found = self._tiers[as_of] = [
                (m, p, tuple(effective_for_tier(p, i) for i in range(len(p.tiers) + 1)))
                for m, p in self.in_force(as_of)]
        return found

    def _effective_list(self, as_of: date, prompt_tokens: int) -> list[tuple[Model, PricePoint, EffectivePrices]]:
        key = (as_of, prompt_tokens)
        found = self._effective.get(key)
        if found is None:
            if len(self._effective) > 64:  # a user trying prompt sizes: keep memory bounded
                self._effective.clear()
            found = self._effective[key] = [
                (m, p, tiers[tier_index(p, prompt_tokens)] if len(tiers) > 1 else tiers[0])
                for m, p, tiers in self.tiers_at(as_of)]
        return found

    def compare(self, workloads: Sequence[Workload], *, as_of: date, currency: str, fx: FxTable,
                models: Iterable[str] | None = None, vendors: Iterable[str] | None = None,
                include_deprecated: bool = True, include_free: bool = True,
                always: Iterable[str] = ()) -> Comparison:
        """Price every chosen model for every workload; rows are ranked on the combined monthly cost.

        Models named in ``models`` (or in ``always``: the user's chosen ones) are always priced, retired or free;
        ``include_deprecated=False`` leaves the others retired by ``as_of`` out *before* ranking, so ranks have no
        gaps, and ``include_free=False`` leaves free ones out and ranks only paid ones (a free one asked for by
        name is priced, unranked): "the cheapest" is then the cheapest paid model."""
        if not workloads:
            workloads = (Workload(),)
        wanted_models = set(models) if models else None
        wanted_vendors = set(vendors) if vendors else None
        if wanted_models:
            for model_id in wanted_models:
                self.catalog.model(model_id)  # unknown id: a clear error, not an empty table
        if wanted_vendors:
            for vendor_id in wanted_vendors:
                self.catalog.vendor(vendor_id)
        # Per billing currency: the row's shared (exponents, rate), the native minor unit's 2 × 10^mu, and the
        # display conversion as integers: display = (native_minor × A + B) // C, half up (DESIGN: the native cost
        # converted exactly — × each rate of the path, ÷ each inverse one — and rounded once).
        money_of: dict[str, tuple[tuple[int, int, Decimal], int, int, int, int]] = {}
        display_exp = _exponent(currency)
        by_workload: dict[str, list[ComparisonRow]] = {}
        vendors_by_id = self.catalog.vendors
        keep = set(always)
        for w in workloads:
            split = ScaledSplit.of(w)
            n0, n1, n2, n3, n4, n5, m0, m1, m2 = split.tokens
            unit = 10 ** split.scale
            standard_only = split.standard_only
            if wanted_models is not None and len(wanted_models) < 200:
                # A few chosen models (projections, quotes): price just those, skip the catalog-wide cache.
                effective = [(m, p, effective_prices(p, w.prompt_tokens))
                             for m in sorted((self.catalog.models[i] for i in wanted_models), key=_ID)
                             for p in (m.point_at(as_of),) if p is not None]
            else:
                effective = self._effective_list(as_of, w.prompt_tokens)
            wants_notes = bool(w.batch_pct or w.off_peak_pct or w.cache_hit_pct or w.prompt_tokens)
            notes_of: dict[tuple[bool, ...], tuple[str, ...]] = {}
            denominators: dict[tuple[int, int], tuple[int, int]] = {}   # (k, 2 × 10^mu) → (den, 2 × den)
            prompt, output = w.prompt_tokens, w.output_tokens
            rows = []
            for model, point, prices in effective:
                if wanted_models is not None and model.id not in wanted_models:
                    continue
                if wanted_vendors is not None and model.vendor_id not in wanted_vendors:
                    continue
                retired = model.deprecated and self.is_retired(model, as_of)
                if wanted_models is None and model.id not in keep and (
                        (retired and not include_deprecated) or (not include_free and point.is_free)):
                    continue
                native_currency = model.currency
                conversion = money_of.get(native_currency)
                if conversion is None:
                    conversion = money_of[native_currency] = _conversion(fx, native_currency, currency, display_exp)
                money, two_q, a, b, c = conversion
                k, p0, p1, p2, p3, p4, p5, q0, q1, q2 = prices.scaled
                # Free tokens come off the standard uncached input and the standard output.
                s0 = max(0, n0 - prices.free_input_tokens * unit) if prices.free_input_tokens else n0
                t0 = max(0, m0 - prices.free_output_tokens * unit) if prices.free_output_tokens else m0
                if standard_only:
                    raw_in, raw_out = s0 * p0 + n1 * p1, t0 * q0
                else:
                    raw_in = s0 * p0 + n1 * p1 + n2 * p2 + n3 * p3 + n4 * p4 + n5 * p5
                    raw_out = t0 * q0 + m1 * q1 + m2 * q2
                den = denominators.get((k, two_q))
                if den is None:   # amounts are tokens × 10^scale × prices × 10^k; prices are per 1M tokens
                    den = denominators[(k, two_q)] = (unit * 10 ** (k + 6), 2 * unit * 10 ** (k + 6))
                half, whole = den
                input_minor = (raw_in * two_q + half) // whole      # half up: floor(x + 1/2), x ≥ 0
                output_minor = (raw_out * two_q + half) // whole
                window = model.context_window
                fits = not (prompt and window and prompt > window)
                # Prices the catalog does not know (PricePoint.gaps): a floor, said and not ranked. Most points know
                # theirs: the rule is asked only of the few that may not.
                long_unknown, output_unknown = point.gaps(prompt, output) if point.partly_known else _NO_GAPS
                understated = long_unknown or output_unknown
                if wants_notes or understated:
                    key = (prices.has_batch, prices.has_off_peak, prices.has_cache, fits, long_unknown, output_unknown)
                    notes = notes_of.get(key)
                    if notes is None:
                        notes = notes_of[key] = _notes(prices, w, fits, long_unknown, output_unknown)
                else:
                    notes = ()
                rows.append(ComparisonRow(
                    model, vendors_by_id[model.vendor_id], point, prices, input_minor, output_minor,
                    ((input_minor + output_minor) * a + b) // c, money, fits, notes, retired, understated))
            by_workload[w.name] = rows
        if len(workloads) == 1:
            combined = list(by_workload[workloads[0].name])
        else:
            combined = [_combine(list(group)) for group in zip(*by_workload.values())]
        if len(workloads) > 1:  # with one workload the combined rows *are* that workload's rows
            for rows in by_workload.values():
                rank_rows(rows, include_free)
        rank_rows(combined, include_free)
        missing = tuple(unpriced(self.catalog, wanted_models, as_of)) if wanted_models else ()
        return Comparison(as_of, currency, fx, tuple(workloads), combined, by_workload, missing)


def compare(catalog: Catalog, workloads: Sequence[Workload], *, as_of: date, currency: str, fx: FxTable,
            models: Iterable[str] | None = None, vendors: Iterable[str] | None = None) -> Comparison:
    """One-shot comparison (the GUI keeps a :class:`Pricer` to reuse its caches while the user types)."""
    return Pricer(catalog).compare(workloads, as_of=as_of, currency=currency, fx=fx, models=models,
                                   vendors=vendors)


_NO_GAPS = (False, False)


def _notes(prices: EffectivePrices, w: Workload, fits: bool, long_unknown: bool,
           output_unknown: bool) -> tuple[str, ...]:
    notes = []
    if w.batch_pct and not prices.has_batch:
        notes.append(NOTE_NO_BATCH)
    if w.off_peak_pct and not prices.has_off_peak:
        notes.append(NOTE_NO_OFF_PEAK)
    if w.cache_hit_pct and not prices.has_cache:
        notes.append(NOTE_NO_CACHE)
    if not fits:
        notes.append(NOTE_TOO_LONG)
    if long_unknown:
        notes.append(NOTE_UNDERSTATED)
    if output_unknown:
        notes.append(NOTE_OUTPUT_UNKNOWN)
    return tuple(notes)


def _combine(rows: list[ComparisonRow]) -> ComparisonRow:
    """One model over several workloads: every money field is the sum of the workloads' rounded lines."""
    first = rows[0]
    notes: list[str] = []
    for r in rows:
        notes.extend(n for n in r.notes if n not in notes)
    return ComparisonRow(first.model, first.vendor, first.point, first.prices, sum(r.input_minor for r in rows),
                         sum(r.output_minor for r in rows), sum(r.display_minor for r in rows), first._money,
                         all(r.fits_context for r in rows), tuple(notes), first.retired,
                         any(r.understated for r in rows))


def _exponent(currency: str) -> int:
    exponent = minor_quantum(currency).as_tuple().exponent
    assert isinstance(exponent, int)
    return exponent


def _conversion(fx: FxTable, native: str, display: str,
                display_exp: int) -> tuple[tuple[int, int, Decimal], int, int, int, int]:
    """For rows billed in ``native`` shown in ``display``: (their shared exponents and rate, 2 × 10^mu of the
    native minor unit, and A, B, C of the exact half-up conversion ``(native_minor × A + B) // C``)."""
    native_exp = _exponent(native)
    numerator, denominator = fx.ratio(native, display)
    ratio = Fraction(numerator) / Fraction(denominator)
    # display_minor = round_half_up(native_minor × 10^native_exp × ratio / 10^display_exp)
    scale = Fraction(10) ** (native_exp - display_exp) * ratio
    return ((native_exp, display_exp, fx.rate(native, display)), 2 * 10 ** -native_exp,
            2 * scale.numerator, scale.denominator, 2 * scale.denominator)


_COST = attrgetter("display_minor")
_ID = attrgetter("id")


def _UNFIT(row: "ComparisonRow") -> bool:  # noqa: N802  (a constant-like predicate)
    return not row.rankable


def _UNFIT_OR_FREE(row: "ComparisonRow") -> bool:  # noqa: N802  (a constant-like predicate)
    return not row.rankable or row.point.is_free


def rank_rows(rows: list[ComparisonRow], include_free: bool = True) -> None:
    """Sort cheapest first and rank (1, 1, 3 for ties) among the rows whose prompts fit the context window and
    whose price is known for that prompt (and, with ``include_free=False``, is not free); the others go last,
    unranked."""
    # Rows arrive in model-id order, and sorting is stable: ties stay in id order.
    unranked = _UNFIT if include_free else _UNFIT_OR_FREE
    rows.sort(key=_COST)
    if any(unranked(r) for r in rows):
        rows.sort(key=unranked)  # ranked rows first, each group still cheapest first
    cheapest = next((r.display_minor for r in rows if not unranked(r)), 0)   # used only for ranked rows
    previous_cost, previous_rank = -1, 0
    for position, row in enumerate(rows, start=1):
        if unranked(row):
            row.rank, row.diff_minor = None, None
            continue
        if row.display_minor != previous_cost:
            previous_rank, previous_cost = position, row.display_minor
        row.rank = previous_rank
        row.diff_minor = row.display_minor - cheapest


def unpriced(catalog: Catalog, model_ids: Iterable[str], as_of: date) -> list[Unpriced]:
    """Which of ``model_ids`` have no price in force on ``as_of``, and why: :func:`core.pricing.availability.unpriced`,
    loaded once a model is asked for by name (a new project asks for none)."""
    model_ids = list(model_ids)
    if not model_ids:
        return []
    from core.pricing.availability import unpriced as find
    return find(catalog, model_ids, as_of)

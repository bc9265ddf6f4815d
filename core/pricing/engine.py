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
from decimal import ROUND_HALF_UP, Decimal
from operator import attrgetter
from typing import Iterable, Sequence

from core.catalog.model import Catalog, Model, PricePoint, Prices, SegmentPricing, Tier
from core.error_texts import QT_TRANSLATE_NOOP
from core.money import HUNDRED, MILLION, ONE, ZERO, minor_quantum
from core.pricing.availability import Unpriced, unpriced
from core.pricing.fx import FxTable
from core.pricing.workload import Workload

TWELVE = Decimal(12)

# Row notes are codes worded once: the CLI prints them as they are, the GUI translates them (lupdate reads the
# marks), the workbook writes them in its language.
NOTE_NO_BATCH = QT_TRANSLATE_NOOP("EngineNotes", "no batch price: batch share billed at standard price")
NOTE_NO_OFF_PEAK = QT_TRANSLATE_NOOP("EngineNotes", "no off-peak price: off-peak share billed at standard price")
NOTE_NO_CACHE = QT_TRANSLATE_NOOP("EngineNotes", "no cache-hit price: cache hits billed at the input price")
NOTE_TOO_LONG = QT_TRANSLATE_NOOP("EngineNotes", "prompt is longer than the context window")
NOTES = (NOTE_NO_BATCH, NOTE_NO_OFF_PEAK, NOTE_NO_CACHE, NOTE_TOO_LONG)


@dataclass(frozen=True, slots=True)
class EffectivePrices:
    """The per-1M prices that apply to one model for one prompt size, every segment resolved."""

    tier: Tier | None            # the context tier in force for this prompt size (None: the base prices)
    standard: Prices
    batch: Prices
    off_peak: Prices
    has_cache: bool
    has_batch: bool
    has_off_peak: bool
    free_input_tokens: int
    free_output_tokens: int
    # The nine prices as flat tuples, in TokenSplit's order, for the hot loop (unpacking beats attributes).
    input_vector: tuple[Decimal, ...] = ()
    output_vector: tuple[Decimal, ...] = ()

    @property
    def tier_above(self) -> int | None:
        """The tier in force as "prompts above N tokens" (from 200,000 on = above 199,999), or None."""
        return self.tier.above_prompt_tokens if self.tier is not None else None


def effective_prices(point: PricePoint, prompt_tokens: int) -> EffectivePrices:
    # Tiers ascend; the highest one the prompt reaches wins. A tier's boundary is inclusive or not as the vendor
    # states it; Tier.from_prompt_tokens is the smallest prompt billed at the tier either way.
    base, in_force = point.base, None
    for tier in point.tiers:
        if prompt_tokens >= tier.from_prompt_tokens:
            base, in_force = tier.prices, tier
    has_cache = base.cached_input is not None
    standard = Prices(base.input, base.output, base.cached_input if has_cache else base.input)
    batch = _segment_prices(point.batch, standard)
    off_peak = _segment_prices(point.off_peak, standard)
    return EffectivePrices(
        tier=in_force,
        standard=standard,
        batch=batch,
        off_peak=off_peak,
        has_cache=has_cache,
        has_batch=point.batch is not None,
        has_off_peak=point.off_peak is not None,
        free_input_tokens=point.free_input_tokens,
        free_output_tokens=point.free_output_tokens,
        input_vector=(standard.input, standard.cache_hit, batch.input, batch.cache_hit,
                      off_peak.input, off_peak.cache_hit),
        output_vector=(standard.output, batch.output, off_peak.output),
    )


def _segment_prices(segment: SegmentPricing | None, standard: Prices) -> Prices:
    if segment is None:
        return standard
    if segment.factor is not None:
        f = segment.factor
        return Prices(standard.input * f, standard.output * f, standard.cache_hit * f)
    explicit = segment.prices
    assert explicit is not None                      # a factor or prices (the catalog reader refuses neither)
    # A batch/off-peak list without a cache-hit price: bill cache hits at that segment's input price, the
    # conservative reading (a budget never understates what the vendor's page does not promise).
    cached = explicit.cached_input if explicit.cached_input is not None else explicit.input
    return Prices(explicit.input, explicit.output, cached)


@dataclass(frozen=True, slots=True)
class TokenSplit:
    """A workload's monthly tokens by segment, in millions (so a price per 1M multiplies directly)."""

    in_std: Decimal
    in_std_cached: Decimal
    in_batch: Decimal
    in_batch_cached: Decimal
    in_off_peak: Decimal
    in_off_peak_cached: Decimal
    out_std: Decimal
    out_batch: Decimal
    out_off_peak: Decimal
    standard_only: bool = False  # no batch or off-peak share: the hot loop skips four products

    @classmethod
    def of(cls, w: Workload) -> "TokenSplit":
        i = Decimal(w.input_tokens) / MILLION
        o = Decimal(w.output_tokens) / MILLION
        c = w.cache_hit_pct / HUNDRED
        b = w.batch_pct / HUNDRED
        p = w.off_peak_pct / HUNDRED
        s = ONE - b - p
        miss = ONE - c
        return cls(i * s * miss, i * s * c, i * b * miss, i * b * c, i * p * miss, i * p * c,
                   o * s, o * b, o * p, standard_only=not b and not p)


def raw_line_costs(split: TokenSplit, prices: EffectivePrices) -> tuple[Decimal, Decimal]:
    """The exact (unrounded) input and output amounts in the price currency; :meth:`Pricer.compare` rounds
    each HALF_UP to the currency's minor unit, making them the engine's two quote lines."""
    p_in, p_in_cached, b_in, b_in_cached, o_in, o_in_cached = prices.input_vector
    p_out, b_out, o_out = prices.output_vector
    in_std = split.in_std
    out_std = split.out_std
    if prices.free_input_tokens:
        in_std = max(ZERO, in_std - Decimal(prices.free_input_tokens) / MILLION)
    if prices.free_output_tokens:
        out_std = max(ZERO, out_std - Decimal(prices.free_output_tokens) / MILLION)
    if split.standard_only:
        return in_std * p_in + split.in_std_cached * p_in_cached, out_std * p_out
    raw_in = (in_std * p_in + split.in_std_cached * p_in_cached
              + split.in_batch * b_in + split.in_batch_cached * b_in_cached
              + split.in_off_peak * o_in + split.in_off_peak_cached * o_in_cached)
    raw_out = out_std * p_out + split.out_batch * b_out + split.out_off_peak * o_out
    return raw_in, raw_out


@dataclass(slots=True)
class ComparisonRow:
    model_id: str
    vendor_id: str
    vendor_name: str
    name: str
    region: str
    price_currency: str
    context_window: int | None
    deprecated: bool
    point: PricePoint
    prices: EffectivePrices
    input_cost: Decimal
    output_cost: Decimal
    monthly_cost_native: Decimal
    fx_rate: Decimal
    monthly_cost: Decimal
    fits_context: bool = True
    notes: tuple[str, ...] = ()
    rank: int | None = None
    diff_to_cheapest: Decimal | None = None
    retired: bool = False          # deprecated and retired by the as-of date (Model.retired_by)

    @property
    def annual_cost(self) -> Decimal:
        return self.monthly_cost * TWELVE

    @property
    def input_price_per_1m(self) -> Decimal:
        return self.prices.standard.input

    @property
    def output_price_per_1m(self) -> Decimal:
        return self.prices.standard.output

    @property
    def cached_input_price_per_1m(self) -> Decimal | None:
        return self.prices.standard.cached_input if self.prices.has_cache else None


@dataclass
class Comparison:
    as_of: date
    currency: str
    fx: FxTable
    workloads: tuple[Workload, ...]
    rows: list[ComparisonRow]                      # all workloads together, ranked
    by_workload: dict[str, list[ComparisonRow]] = field(default_factory=dict)
    unpriced: tuple[Unpriced, ...] = ()            # models asked for by name that have no price that day

    def row(self, model_id: str) -> ComparisonRow:
        for row in self.rows:
            if row.model_id == model_id:
                return row
        raise KeyError(model_id)

    @property
    def total_monthly(self) -> Decimal:
        return sum((r.monthly_cost for r in self.rows), ZERO)


class Pricer:
    """Prices workloads against one catalog, caching what does not change while a user types:
    the point in force per as-of date and the tier-resolved prices per prompt size."""

    def __init__(self, catalog: Catalog):
        self.catalog = catalog
        self._points: dict[date, list[tuple[Model, PricePoint]]] = {}
        self._effective: dict[tuple[date, int], list[tuple[Model, PricePoint, EffectivePrices]]] = {}
        self._catalog_day: list[date | None] = []   # the catalog's date, found when first needed

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

    def _effective_list(self, as_of: date, prompt_tokens: int) -> list[tuple[Model, PricePoint, EffectivePrices]]:
        key = (as_of, prompt_tokens)
        found = self._effective.get(key)
        if found is None:
            if len(self._effective) > 64:  # a user scrolling through dates: keep memory bounded
                self._effective.clear()
            found = self._effective[key] = [(m, p, effective_prices(p, prompt_tokens))
                                            for m, p in self.in_force(as_of)]
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
        fx_cache: dict[str, tuple[Decimal, Decimal, Decimal, Decimal]] = {}   # rate, ratio, unit
        q_display = minor_quantum(currency)
        by_workload: dict[str, list[ComparisonRow]] = {}
        vendors_by_id = self.catalog.vendors
        keep = set(always)
        for w in workloads:
            split = TokenSplit.of(w)
            if wanted_models is not None and len(wanted_models) < 200:
                # A few chosen models (projections, quotes): price just those, skip the catalog-wide cache.
                effective = [(m, p, effective_prices(p, w.prompt_tokens))
                             for m in sorted((self.catalog.models[i] for i in wanted_models), key=_ID)
                             for p in (m.point_at(as_of),) if p is not None]
            else:
                effective = self._effective_list(as_of, w.prompt_tokens)
            wants_notes = bool(w.batch_pct or w.off_peak_pct or w.cache_hit_pct or w.prompt_tokens)
            prompt = w.prompt_tokens
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
                conversion = fx_cache.get(native_currency)
                if conversion is None:
                    conversion = fx_cache[native_currency] = (fx.rate(native_currency, currency),
                                                              *fx.ratio(native_currency, currency),
                                                              minor_quantum(native_currency))
                rate, numerator, denominator, q_native = conversion
                raw_in, raw_out = raw_line_costs(split, prices)
                input_cost = raw_in.quantize(q_native, ROUND_HALF_UP)
                output_cost = raw_out.quantize(q_native, ROUND_HALF_UP)
                native = input_cost + output_cost
                vendor = vendors_by_id[model.vendor_id]
                window = model.context_window
                fits = not (prompt and window and prompt > window)
                rows.append(ComparisonRow(
                    model.id, model.vendor_id, vendor.name, model.name, vendor.region, native_currency,
                    model.context_window, model.deprecated, point, prices, input_cost, output_cost, native,
                    rate, (native * numerator / denominator).quantize(q_display, ROUND_HALF_UP), fits,
                    _notes(prices, w, fits) if wants_notes else (), retired=retired))
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


def _notes(prices: EffectivePrices, w: Workload, fits: bool) -> tuple[str, ...]:
    notes = []
    if w.batch_pct and not prices.has_batch:
        notes.append(NOTE_NO_BATCH)
    if w.off_peak_pct and not prices.has_off_peak:
        notes.append(NOTE_NO_OFF_PEAK)
    if w.cache_hit_pct and not prices.has_cache:
        notes.append(NOTE_NO_CACHE)
    if not fits:
        notes.append(NOTE_TOO_LONG)
    return tuple(notes)


def _combine(rows: list[ComparisonRow]) -> ComparisonRow:
    """One model over several workloads: every money field is the sum of the workloads' rounded lines."""
    first = rows[0]
    input_cost = sum((r.input_cost for r in rows), ZERO)
    output_cost = sum((r.output_cost for r in rows), ZERO)
    monthly = sum((r.monthly_cost for r in rows), ZERO)
    notes: list[str] = []
    for r in rows:
        notes.extend(n for n in r.notes if n not in notes)
    return ComparisonRow(
        first.model_id, first.vendor_id, first.vendor_name, first.name, first.region, first.price_currency,
        first.context_window, first.deprecated, first.point, first.prices, input_cost, output_cost,
        sum((r.monthly_cost_native for r in rows), ZERO), first.fx_rate, monthly,
        fits_context=all(r.fits_context for r in rows), notes=tuple(notes), retired=first.retired)


_COST = attrgetter("monthly_cost")
_ID = attrgetter("id")


def _UNFIT(row: "ComparisonRow") -> bool:  # noqa: N802  (a constant-like predicate)
    return not row.fits_context


def _UNFIT_OR_FREE(row: "ComparisonRow") -> bool:  # noqa: N802  (a constant-like predicate)
    return not row.fits_context or row.point.is_free


def rank_rows(rows: list[ComparisonRow], include_free: bool = True) -> None:
    """Sort cheapest first and rank (1, 1, 3 for ties) among the rows whose prompts fit the context window (and,
    with ``include_free=False``, whose price is not free); the others go last, unranked."""
    # Rows arrive in model-id order, and sorting is stable: ties stay in id order.
    unranked = _UNFIT if include_free else _UNFIT_OR_FREE
    rows.sort(key=_COST)
    if any(unranked(r) for r in rows):
        rows.sort(key=unranked)  # ranked rows first, each group still cheapest first
    cheapest = next((r.monthly_cost for r in rows if not unranked(r)), ZERO)   # used only for ranked rows
    previous_cost, previous_rank = None, 0
    for position, row in enumerate(rows, start=1):
        if unranked(row):
            row.rank, row.diff_to_cheapest = None, None
            continue
        if row.monthly_cost != previous_cost:
            previous_rank, previous_cost = position, row.monthly_cost
        row.rank = previous_rank
        row.diff_to_cheapest = row.monthly_cost - cheapest

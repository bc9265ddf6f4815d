"""The per-1M prices that apply to one model for one prompt size (the context-length tier chosen, the batch and
off-peak segments resolved), a workload's tokens split by segment, and the exact amounts they make: the
arithmetic under :class:`core.pricing.engine.Pricer`, which rounds these amounts into quote lines.

Imports: the catalog's data model and the foundation.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from core.catalog.model import PricePoint, Prices, SegmentPricing
from core.money import HUNDRED, MILLION, ONE, ZERO
from core.pricing.workload import Workload


@dataclass(frozen=True, slots=True)
class EffectivePrices:
    """The per-1M prices that apply to one model for one prompt size, every segment resolved."""

    tier_above: int | None
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


def tier_index(point: PricePoint, prompt_tokens: int) -> int:
    """Which prices a request of ``prompt_tokens`` is billed at: 0 for the base prices, ``i`` for
    ``point.tiers[i - 1]`` — the last tier whose boundary the prompt is beyond. The one rule of the boundary:
    the whole request at that tier (as vendors bill), not graduated slices."""
    index = 0
    for i, tier in enumerate(point.tiers, start=1):
        if prompt_tokens > tier.above_prompt_tokens:
            index = i
    return index


def effective_prices(point: PricePoint, prompt_tokens: int) -> EffectivePrices:
    """The prices that apply to ``point`` for a prompt of ``prompt_tokens`` (:func:`tier_index`)."""
    return effective_for_tier(point, tier_index(point, prompt_tokens))


def effective_for_tier(point: PricePoint, index: int) -> EffectivePrices:
    """The prices of ``point`` at tier ``index`` (0: the base prices), every segment resolved."""
    if index:
        tier = point.tiers[index - 1]
        base, tier_above = tier.prices, tier.above_prompt_tokens
    else:
        base, tier_above = point.base, None
    has_cache = base.cached_input is not None
    standard = Prices(base.input, base.output, base.cached_input if has_cache else base.input)
    batch = _segment_prices(point.batch, standard)
    off_peak = _segment_prices(point.off_peak, standard)
    return EffectivePrices(
        tier_above=tier_above,
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

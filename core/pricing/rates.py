"""The per-1M prices that apply to one model for one prompt size (the context-length tier chosen, the batch and
off-peak segments resolved), a workload's tokens split by segment, and the exact amounts they make: the
arithmetic under :class:`core.pricing.engine.Pricer`, which rounds these amounts into quote lines.

Imports: the catalog's data model and the foundation.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from core.catalog.model import PricePoint, Prices, SegmentPricing, Tier
from core.money import HUNDRED, MILLION, ONE
from core.pricing.workload import Workload


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
    # The nine prices as flat tuples, in TokenSplit's order.
    input_vector: tuple[Decimal, ...] = ()
    output_vector: tuple[Decimal, ...] = ()
    # The same nine prices as integers, each × 10^k (k, then the nine): the engine's hot loop works in integers.
    scaled: tuple[int, ...] = ()

    @property
    def tier_above(self) -> int | None:
        """The tier in force as "prompts above N tokens" (from 200,000 on = above 199,999), or None."""
        return self.tier.above_prompt_tokens if self.tier is not None else None


def tier_index(point: PricePoint, prompt_tokens: int) -> int:
    """Which prices a request of ``prompt_tokens`` is billed at: 0 for the base prices, ``i`` for
    ``point.tiers[i - 1]`` — the highest tier the prompt reaches (tiers ascend). The one rule of the boundary:
    a tier's boundary is inclusive or not as the vendor states it, and ``Tier.from_prompt_tokens`` is the smallest
    prompt billed at the tier either way; the whole request at that tier (as vendors bill), not graduated slices."""
    index = 0
    for i, tier in enumerate(point.tiers, start=1):
        if prompt_tokens >= tier.from_prompt_tokens:
            index = i
    return index


def effective_prices(point: PricePoint, prompt_tokens: int) -> EffectivePrices:
    """The prices that apply to ``point`` for a prompt of ``prompt_tokens`` (:func:`tier_index`)."""
    return effective_for_tier(point, tier_index(point, prompt_tokens))


def effective_for_tier(point: PricePoint, index: int) -> EffectivePrices:
    """The prices of ``point`` at tier ``index`` (0: the base prices), every segment resolved."""
    tier = point.tiers[index - 1] if index else None
    base = tier.prices if tier is not None else point.base
    has_cache = base.cached_input is not None
    standard = Prices(base.input, base.output, base.cached_input if has_cache else base.input)
    batch = _segment_prices(point.batch, standard)
    off_peak = _segment_prices(point.off_peak, standard)
    return EffectivePrices(
        tier=tier,
        standard=standard,
        batch=batch,
        off_peak=off_peak,
        has_cache=has_cache,
        has_batch=point.batch is not None,
        has_off_peak=point.off_peak is not None,
        free_input_tokens=point.free_input_tokens,
        free_output_tokens=point.free_output_tokens,
        input_vector=(input_vector := (standard.input, standard.cache_hit, batch.input, batch.cache_hit,
                                       off_peak.input, off_peak.cache_hit)),
        output_vector=(output_vector := (standard.output, batch.output, off_peak.output)),
        scaled=scale_prices(input_vector + output_vector),
    )


def scale_prices(prices: tuple[Decimal, ...]) -> tuple[int, ...]:
    """``(k, p1 × 10^k, p2 × 10^k, …)`` with k the most decimals any of ``prices`` needs: exact integers."""
    found = _scaled.get(prices)
    if found is None:
        exponents = [p.normalize().as_tuple().exponent for p in prices]   # ints: catalog prices are finite
        k = max(0, *(-e for e in exponents if isinstance(e, int)))
        if len(_scaled) > 100_000:
            _scaled.clear()
        found = _scaled[prices] = (k, *(int(p.scaleb(k)) for p in prices))
    return found


# Prices already scaled, by value: catalogs repeat their price lists (a vendor's models, every tier's base), and
# equal values scale to the same integers whatever their written exponent.
_scaled: dict[tuple[Decimal, ...], tuple[int, ...]] = {}


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


@dataclass(frozen=True, slots=True)
class ScaledSplit:
    """A workload's monthly tokens by segment (TokenSplit's order) as exact integers: each × 10^``scale``.

    The shares are decimal fractions, so each segment is a decimal number of tokens; scaled to integers once per
    workload, the engine prices every model with integer products and one integer division per line, exactly
    (no 28-digit rounding of long shares such as 33.333333%)."""

    scale: int
    tokens: tuple[int, ...]
    standard_only: bool

    @classmethod
    def of(cls, w: Workload) -> "ScaledSplit":
        i, o = Fraction(w.input_tokens), Fraction(w.output_tokens)
        c, b, p = (Fraction(v) / 100 for v in (w.cache_hit_pct, w.batch_pct, w.off_peak_pct))
        s, miss = 1 - b - p, 1 - c
        parts = (i * s * miss, i * s * c, i * b * miss, i * b * c, i * p * miss, i * p * c, o * s, o * b, o * p)
        scale = 0
        while any((part * 10 ** scale).denominator != 1 for part in parts):   # denominators are powers of ten
            scale += 1
        return cls(scale, tuple(int(part * 10 ** scale) for part in parts), standard_only=not b and not p)

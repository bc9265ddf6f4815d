"""The price catalog's data model: vendors, models and each model's dated price history, immutable.

A model's history is a tuple of :class:`PricePoint` in date order that never overlap; ``close_history`` and
``merge_history`` keep it so when points come from several layers (the bundled catalog, imported price lists,
negotiated prices, a project's saved prices). Imports: the foundation only (errors, money).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from decimal import Decimal
from typing import Iterator, Mapping

from core.errors import CatalogError, Field, InputError

REGIONS = ("US", "EU", "CN")

# The layer vocabulary: where a price point comes from. Imported price lists are layers named after their file;
# these are the fixed ones.
BUNDLED_LAYER = "bundled"          # resources/catalog, shipped with the app
NEGOTIATED_LAYER = "negotiated"    # the user's negotiated prices and discounts (core.catalog.overrides)
PROJECT_LAYER = "project"          # the prices a saved project was priced with (core.project)


@dataclass(frozen=True, slots=True)
class Prices:
    """Per-1M-token prices in the model's currency; ``cached_input`` is None where there is no cache price."""

    input: Decimal
    output: Decimal
    cached_input: Decimal | None = None

    @property
    def cache_hit(self) -> Decimal:
        """What a cache hit costs: the cache price, or the input price where none is listed (the engine's
        resolved segments always list one)."""
        return self.cached_input if self.cached_input is not None else self.input


@dataclass(frozen=True, slots=True)
class Tier:
    """Prices for requests whose prompt is at least ``from_prompt_tokens`` tokens (the whole request is billed at
    the tier, not a slice of it).

    ``from_prompt_tokens`` is the one number that decides: the smallest prompt billed at this tier. ``inclusive``
    only remembers how the vendor states the boundary, so the catalog file and every label say it the vendor's
    way: True, "from N tokens on" (xAI: from 200,000; N = ``from_prompt_tokens``); False, "above N tokens"
    (LiteLLM's ``*_above_128k_tokens``, genai-prices' tier ``start``; N = ``from_prompt_tokens - 1``).
    """

    from_prompt_tokens: int
    prices: Prices
    inclusive: bool

    @classmethod
    def above(cls, tokens: int, prices: Prices) -> "Tier":
        """The tier for prompts strictly above ``tokens`` (from ``tokens + 1`` on), stated as "above"."""
        return cls(tokens + 1, prices, False)

    @classmethod
    def starting(cls, tokens: int, prices: Prices) -> "Tier":
        """The tier for prompts of ``tokens`` or more, stated as "from"."""
        return cls(tokens, prices, True)

    @property
    def above_prompt_tokens(self) -> int:
        """The same boundary as "strictly above N" (from 200,000 on = above 199,999)."""
        return self.from_prompt_tokens - 1

    @property
    def boundary(self) -> int:
        """The boundary's number as the vendor states it (200,000 in "from 200,000"; 128,000 in "above 128,000")."""
        return self.from_prompt_tokens if self.inclusive else self.from_prompt_tokens - 1

    def applies_to(self, prompt_tokens: int) -> bool:
        return prompt_tokens >= self.from_prompt_tokens


@dataclass(frozen=True, slots=True)
class SegmentPricing:
    """Batch or off-peak pricing: either a ``factor`` of the standard price or explicit ``prices``."""

    factor: Decimal | None = None
    prices: Prices | None = None
    hours: str = ""


@dataclass(frozen=True, slots=True)
class FreeLimits:
    """What a vendor publishes about the limits of a free model (rate limits, quotas), as a sentence in English
    and in Chinese, with where and when it was read: free is not unlimited, and a client must know it."""

    en: str
    zh: str
    source: str = ""
    checked: date | None = None

    def text(self, language: str) -> str:
        return self.zh if language == "zh" and self.zh else self.en


@dataclass(frozen=True, slots=True)
class PricePoint:
    """One dated price: in force from ``start`` to ``end`` (inclusive; None = until the next point)."""

    start: date
    end: date | None
    base: Prices
    tiers: tuple[Tier, ...] = ()
    batch: SegmentPricing | None = None
    off_peak: SegmentPricing | None = None
    free_input_tokens: int = 0
    free_output_tokens: int = 0
    source: str = ""
    checked: date | None = None
    note: str = ""
    layer: str = BUNDLED_LAYER
    free_limits: FreeLimits | None = None
    # The longest prompt (tokens) these prices are known to cover, where the vendor bills longer prompts at a
    # higher tier the catalog does not have (its source gave only the short-prompt price). A longer prompt is
    # priced at these prices — a cost known to be understated — and the engine says so and does not rank it.
    known_up_to: int | None = None
    # The output price is not known for this point (its source gave the input price only); the one given is a
    # stand-in (a later price), so output tokens priced at it are understated — said, and never ranked, likewise.
    output_unknown: bool = False

    def in_force(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)

    @property
    def partly_known(self) -> bool:
        """Whether some workload may find these prices unknown (:meth:`gaps`): few points are."""
        return self.known_up_to is not None or self.output_unknown

    def gaps(self, prompt_tokens: int, output_tokens: int) -> tuple[bool, bool]:
        """The one rule for prices this point does not know, for a workload with ``prompt_tokens`` prompts and
        ``output_tokens`` of output: (a prompt longer than its prices cover, output at an unknown output price)."""
        return (self.known_up_to is not None and prompt_tokens > self.known_up_to,
                self.output_unknown and output_tokens > 0)

    def understates(self, prompt_tokens: int, output_tokens: int = 0) -> bool:
        """Whether such a workload is priced here at prices the point does not know (:meth:`gaps`): a floor."""
        return True in self.gaps(prompt_tokens, output_tokens)

    @property
    def is_free(self) -> bool:
        """The one rule for "a free model": its base input and output prices are both zero (a free monthly
        quota does not make a model free; a long-prompt tier of a free model may still cost)."""
        return not self.base.input and not self.base.output


@dataclass(frozen=True, slots=True)
class Vendor:
    """A vendor of the catalog: its region (US, EU, CN), billing currency and the page its prices come from."""

    id: str
    name: str
    region: str
    currency: str
    pricing_url: str
    name_zh: str = ""


@dataclass(frozen=True, slots=True)
class Model:
    """A model of a vendor: context window, output cap and its dated price history (``prices``, oldest first)."""

    id: str
    vendor_id: str
    name: str
    currency: str
    context_window: int | None
    max_output: int | None
    prices: tuple[PricePoint, ...]
    deprecated: bool = False

    def point_at(self, day: date) -> PricePoint | None:
        """The price point in force on ``day`` (history is sorted and non-overlapping), or None."""
        found = None
        for point in self.prices:
            if point.start > day:
                break
            found = point
        if found is not None and found.in_force(day):
            return found
        return None

    @property
    def latest(self) -> PricePoint:
        return self.prices[-1]

    def retired_by(self, day: date, catalog_day: date | None) -> bool:
        """Whether this model is retired on ``day``: a deprecated model after its last price ends or, where the
        catalog gives no end, from ``catalog_day`` (the catalog's date: deprecated by then, since when is not
        known). On an earlier day it was current, and a look back in time shows it."""
        if not self.deprecated:
            return False
        end = self.prices[-1].end
        if end is not None:
            return day > end
        return catalog_day is None or day >= catalog_day


@dataclass(frozen=True)
class Catalog:
    """All vendors and models, keyed by id, in a stable order (vendor file order, then model order)."""

    vendors: Mapping[str, Vendor]
    models: Mapping[str, Model]
    layers: tuple[str, ...] = (BUNDLED_LAYER,)
    sources: tuple[str, ...] = field(default=())

    def __iter__(self) -> Iterator[Model]:
        return iter(self.models.values())

    def __len__(self) -> int:
        return len(self.models)

    def model(self, model_id: str) -> Model:
        try:
            return self.models[model_id]
        except KeyError:
            raise InputError(Field("model"), "model_unknown", model=model_id) from None

    def vendor(self, vendor_id: str) -> Vendor:
        try:
            return self.vendors[vendor_id]
        except KeyError:
            raise InputError(Field("vendor"), "vendor_unknown", vendor=vendor_id) from None

    @property
    def catalog_date(self) -> date | None:
        """The newest date a price in the catalog was checked: what "catalog as of" means to a user."""
        dates = [p.checked for m in self.models.values() for p in m.prices if p.checked]
        return max(dates) if dates else None

    def with_points(self, pinned: Mapping[str, Model]) -> "Catalog":
        """A catalog where the given models replace (or add to) the current ones — used to reproduce a
        saved project's figures with the price points it was priced with."""
        models = dict(self.models)
        vendors = dict(self.vendors)
        for model_id, model in pinned.items():
            models[model_id] = model
        return Catalog(vendors, models, self.layers, self.sources)



# A price last checked more than this many days ago is marked stale unless the user sets another limit (about six
# months: list prices move every few months). The app's setting, its tables and the quote workbook start from it.
STALE_AFTER_DAYS = 180


def is_stale(point: PricePoint, today: date, max_age_days: int = STALE_AFTER_DAYS) -> bool:
    """True when the price was last checked more than ``max_age_days`` ago (or never) — and still in force: a
    price that ended before ``today`` is history, which no later check would change (Wei's May 2024 prices)."""
    if point.end is not None and point.end < today:
        return False
    return point.checked is None or (today - point.checked).days > max_age_days


def merge_history(old: Model | None, new: Model) -> Model:
    """Add ``new``'s price points to ``old``'s history; at the same start date the newer layer wins."""
    if old is None:
        return new
    if new.currency != old.currency:
        # A layer relabelling history (gpt-4o's USD points read as CNY) would change every figure without a word.
        raise CatalogError(new.id, "layer_currency", model=new.id, old=old.currency, new=new.currency)
    by_start = {p.start: p for p in old.prices}
    for point in new.prices:
        by_start[point.start] = point
    points = close_history(sorted(by_start.values(), key=lambda p: p.start))
    return replace(new, prices=tuple(points))


def close_history(points: list[PricePoint]) -> list[PricePoint]:
    """Cut an open-ended point where the next one starts, so history never overlaps after a merge."""
    closed = []
    for current, following in zip(points, points[1:] + [None]):
        if following is not None and (current.end is None or current.end >= following.start):
            current = replace(current, end=following.start - timedelta(days=1))
        closed.append(current)
    return closed

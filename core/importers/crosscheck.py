"""The catalog cross-checked against a community price dataset (a LiteLLM map, a genai-prices file).

The dataset is read by its importer, so its models get the catalog's ids (and genai-prices' ``match`` rules find
the catalog model an entry describes). For every model both have in the same currency, on every day the dataset
gives a price for (the start and end of each of its points) and the catalog has a point in force: input, output
and cache-hit prices must agree within 1%, or the catalog's point that day must explain the difference in its note
as ``differs from <dataset>: <why>`` — so the catalog's disagreements are a reviewed list, not an accident.

A dataset's cached-input price is compared with what a cache hit costs in the catalog (its cached-input price, else
its input price); where the dataset gives none it says nothing about cache hits. Context tiers, batch and off-peak
prices are not compared.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path

from core.catalog.model import Catalog, PricePoint, Prices
from core.importers.price_lists import convert_source
from core.money import format_price

TOLERANCE = Decimal("0.01")  # 1% of the catalog's price
FIELDS = ("input", "output", "cached_input")


@dataclass(frozen=True, slots=True)
class Dataset:
    """A dataset file, the name the catalog's notes call it by, its format and the date of its prices."""

    name: str
    source_format: str
    path: Path
    day: date


@dataclass(frozen=True, slots=True)
class Difference:
    """One price on one day that differs by more than the tolerance."""

    dataset: str
    model_id: str
    day: date
    field: str
    catalog: Decimal
    other: Decimal
    point: PricePoint
    explained: bool

    def describe(self) -> str:
        change = "" if not self.catalog else f" ({(self.other - self.catalog) / self.catalog:+.1%})"
        catalog = format_price(self.catalog)
        if self.field == "cached_input" and self.point.base.cached_input is None:
            catalog += " (no cache price: hits at the input price)"
        return (
            f"{self.model_id} on {self.day}: {self.field} {catalog} in the catalog (point from "
            f"{self.point.start}), {format_price(self.other)} in {self.dataset}{change}"
        )


@dataclass
class CrossCheck:
    """The differences found, and what was compared."""

    dataset: Dataset
    differences: list[Difference] = field(default_factory=list)
    compared: set[tuple[str, date]] = field(default_factory=set)
    other_currency: set[str] = field(default_factory=set)

    @property
    def unexplained(self) -> list[Difference]:
        return [d for d in self.differences if not d.explained]

    @property
    def models(self) -> set[str]:
        return {model_id for model_id, _ in self.compared}


def explains(note: str, dataset: str) -> bool:
    """Whether a price point's note explains a difference with ``dataset`` ("differs from LiteLLM: ...")."""
    return f"differs from {dataset.lower()}:" in note.lower()


def cross_check(catalog: Catalog, dataset: Dataset) -> CrossCheck:
    """Compare ``catalog`` with one dataset (read with its importer, nothing written)."""
    conversion = convert_source(
        dataset.source_format, dataset.path, existing=catalog, effective=dataset.day, today=dataset.day
    )
    result = CrossCheck(dataset)
    for draft in conversion.drafts:
        theirs = draft.model
        ours = catalog.models.get(theirs.id)
        if ours is None:
            continue
        if ours.currency != theirs.currency:
            result.other_currency.add(theirs.id)
            continue
        days = sorted({day for p in theirs.prices for day in (p.start, p.end) if day is not None})
        for day in days:
            mine, other = ours.point_at(day), theirs.point_at(day)
            if mine is None or other is None:
                continue
            result.compared.add((theirs.id, day))
            for name, ours_value, their_value in _pairs(mine.base, other.base):
                if _differs(ours_value, their_value):
                    result.differences.append(
                        Difference(
                            dataset.name,
                            theirs.id,
                            day,
                            name,
                            ours_value,
                            their_value,
                            mine,
                            explains(mine.note, dataset.name),
                        )
                    )
    return result


def _pairs(ours: Prices, theirs: Prices) -> list[tuple[str, Decimal, Decimal]]:
    pairs = [("input", ours.input, theirs.input), ("output", ours.output, theirs.output)]
    if theirs.cached_input is not None:
        pairs.append(("cached_input", ours.cache_hit, theirs.cached_input))
    return pairs


def _differs(ours: Decimal, theirs: Decimal) -> bool:
    if not ours:
        return bool(theirs)
    return abs(theirs - ours) > TOLERANCE * ours

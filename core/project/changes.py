"""What changed: how a project's saved prices differ from the current catalog on its as-of date, and what that
does to each model's monthly cost (both priced by the engine) — shown when such a project is opened — and the
same view between two as-of dates of one catalog (:func:`changes_between`: what a price war changed).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Iterable, Sequence

from core.catalog.model import Catalog
from core.errors import TokenQuoteError
from core.pricing.engine import ComparisonRow, Pricer
from core.pricing.fx import FxTable
from core.pricing.workload import Workload
from core.project.model import Project

_TENTH = Decimal("0.1")


def change_pct(old: Decimal | None, new: Decimal | None) -> Decimal | None:
    """(new − old) / old in percent, to one decimal (half up); None when either is missing or old is 0."""
    if old is None or new is None or not old:
        return None
    return ((new - old) * 100 / old).quantize(_TENTH, ROUND_HALF_UP)


@dataclass(frozen=True)
class PriceChange:
    model_id: str
    name: str
    old_input: Decimal | None
    old_output: Decimal | None
    new_input: Decimal | None
    new_output: Decimal | None
    currency: str

    @property
    def input_pct(self) -> Decimal | None:
        return change_pct(self.old_input, self.new_input)

    @property
    def output_pct(self) -> Decimal | None:
        return change_pct(self.old_output, self.new_output)


def price_changes(project: Project, current: Catalog, day: date) -> list[PriceChange]:
    """Models whose saved price in force on ``day`` differs from the current catalog's."""
    changes = []
    for model_id, saved in project.pinned_models.items():
        now = current.models.get(model_id)
        old_point = saved.point_at(day)
        new_point = now.point_at(day) if now else None
        old = (old_point.base.input, old_point.base.output) if old_point else (None, None)
        new = (new_point.base.input, new_point.base.output) if new_point else (None, None)
        if old != new:
            changes.append(PriceChange(model_id, saved.name, old[0], old[1], new[0], new[1], saved.currency))
    return changes


@dataclass(frozen=True)
class SavedPriceChange:
    """One model whose saved price differs: the core's :class:`PriceChange` and the monthly cost (display
    currency) with the saved and with the current prices (None where the model has no price that day)."""

    change: PriceChange
    old_monthly: Decimal | None
    new_monthly: Decimal | None
    chosen: bool

    @property
    def effect(self) -> Decimal | None:
        if self.old_monthly is None or self.new_monthly is None:
            return None
        return self.new_monthly - self.old_monthly

    @property
    def effect_pct(self) -> Decimal | None:
        return change_pct(self.old_monthly, self.new_monthly)


@dataclass(frozen=True)
class SavedPriceChanges:
    """The changes on ``day``: saved prices against the catalog's, or (``before`` set) the prices in force on
    ``before`` against those on ``day``."""

    day: date
    currency: str
    items: list[SavedPriceChange]
    problem: TokenQuoteError | None = None   # why the monthly effect could not be priced (a missing FX rate)
    before: date | None = None

    def totals(self) -> tuple[Decimal, Decimal] | None:
        """(saved, current) monthly total of the chosen models among the changes (all listed ones when none is
        chosen), or None when a figure is missing."""
        items = [i for i in self.items if i.chosen] or self.items
        saved = [i.old_monthly for i in items if i.old_monthly is not None]
        current = [i.new_monthly for i in items if i.new_monthly is not None]
        if not items or len(saved) < len(items) or len(current) < len(items):
            return None
        return sum(saved, Decimal(0)), sum(current, Decimal(0))


def _monthly(catalog: Catalog, project: Project, model_ids: list[str], day: date) -> dict[str, Decimal]:
    present = [m for m in model_ids if m in catalog.models]
    if not present:
        return {}
    comparison = Pricer(catalog).compare(project.workloads, as_of=day, currency=project.currency, fx=project.fx,
                                         models=present)
    return {row.model_id: row.monthly_cost for row in comparison.rows}


def saved_price_changes(project: Project, current: Catalog) -> SavedPriceChanges:
    """How the project's saved prices differ from ``current`` on its as-of date (empty when they do not)."""
    day = project.effective_as_of()
    changes = {c.model_id: c for c in price_changes(project, current, day)}
    ids = list(project.pinned_models)
    problem = None
    try:
        old = _monthly(project.pricing_catalog(current), project, ids, day)
        new = _monthly(current, project, ids, day)
    except TokenQuoteError as exc:
        old, new, problem = {}, {}, exc
    for model_id in ids:
        if model_id not in changes and old.get(model_id) != new.get(model_id):
            saved = project.pinned_models[model_id]
            point = saved.point_at(day)
            price = (point.base.input, point.base.output) if point else (None, None)
            changes[model_id] = PriceChange(model_id, saved.name, price[0], price[1], price[0], price[1],
                                            saved.currency)
    chosen = set(project.selected)
    items = [SavedPriceChange(c, old.get(m), new.get(m), m in chosen) for m, c in changes.items()]
    items.sort(key=lambda i: (not i.chosen, i.change.name.casefold()))
    return SavedPriceChanges(day, project.currency, items, problem)


def changes_between(pricer: Pricer, workloads: Sequence[Workload], before: date, after: date, *, currency: str,
                    fx: FxTable, models: Iterable[str] | None = None, vendors: Iterable[str] | None = None,
                    include_deprecated: bool = True, include_free: bool = True,
                    always: Iterable[str] = ()) -> SavedPriceChanges:
    """Every model the comparison shows on either day (the engine's filters, as for a comparison): its price
    and monthly cost on ``before`` and on ``after``, in ``after``'s order, then those priced only before.

    Raises what the engine raises (a missing FX rate)."""
    always = tuple(always)
    def priced(day: date) -> list[ComparisonRow]:
        return pricer.compare(workloads, as_of=day, currency=currency, fx=fx, models=models, vendors=vendors,
                              include_deprecated=include_deprecated, include_free=include_free, always=always).rows
    old = {r.model_id: r for r in priced(before)}
    new = priced(after)
    chosen = set(always)
    items = [_dated(old.pop(row.model_id, None), row, chosen) for row in new]
    items += [_dated(row, None, chosen) for row in old.values()]
    return SavedPriceChanges(after, currency, items, before=before)


def _dated(old: ComparisonRow | None, new: ComparisonRow | None, chosen: set[str]) -> SavedPriceChange:
    row = new or old
    assert row is not None, "a change has a row on one day at least"
    change = PriceChange(row.model_id, row.name, *_known_prices(old), *_known_prices(new), row.price_currency)
    return SavedPriceChange(change, _known_monthly(old), _known_monthly(new), row.model_id in chosen)


def _known_prices(row: ComparisonRow | None) -> tuple[Decimal | None, Decimal | None]:
    """(input, output) per 1M of ``row``; None for what its day's price does not know (an output price the
    catalog has only a stand-in for: Qwen-Long's before the 2024 cut), so no change is computed from it."""
    if row is None:
        return None, None
    return row.input_price_per_1m, None if row.point.output_unknown else row.output_price_per_1m


def _known_monthly(row: ComparisonRow | None) -> Decimal | None:
    """The monthly cost, unless it rests on a price the catalog does not know (``row.understated``)."""
    return None if row is None or row.understated else row.monthly_cost

"""Negotiated prices and discounts laid over a model's price history, without losing the list prices.

An override covers a date range [start, end] (end inclusive, None = open). Inside it, a *negotiated price*
replaces the list price, and a *discount* scales every price of the points in force (tiers, batch and off-peak
included). Outside it, the history is untouched: a point the override cuts through is split, so the list price
resumes after the override ends. The new points carry the override's layer and note, so the comparison, the
tooltips and the workbook's Prices sheet all say where the figure came from.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal

from core.catalog.model import NEGOTIATED_LAYER, Catalog, Model, PricePoint, Prices
from core.dates import parse_day
from core.errors import Field, InputError
from core.money import HUNDRED, ONE, ZERO


@dataclass(frozen=True)
class Override:
    """A negotiated price (``prices``) for a model, or a discount (``discount_pct``) on a model or a vendor."""

    target: str                      # "vendor/model" or "vendor"
    start: date
    end: date | None = None
    discount_pct: Decimal | None = None
    prices: Prices | None = None
    note: str = ""

    def __post_init__(self):
        if (self.discount_pct is None) == (self.prices is None):
            raise InputError(Field("override"), "override_one_kind")
        if self.discount_pct is not None and not ZERO < self.discount_pct <= HUNDRED:
            raise InputError(Field("discount_pct"), "override_discount_range", value=self.discount_pct)
        if self.prices is not None and "/" not in self.target:
            raise InputError(Field("override"), "override_price_for_model")
        if self.end is not None and self.end < self.start:
            raise InputError(Field("override_dates"), "override_dates", end=self.end, start=self.start)

    def applies_to(self, model: Model) -> bool:
        return self.target in (model.id, model.vendor_id)

    @property
    def label(self) -> str:
        what = f"{self.discount_pct}% off" if self.discount_pct is not None else "negotiated price"
        until = f" to {self.end}" if self.end else ""
        return f"{NEGOTIATED_LAYER}: {what} from {self.start}{until}"


def _scale(prices: Prices, factor: Decimal) -> Prices:
    cached = prices.cached_input * factor if prices.cached_input is not None else None
    return Prices(prices.input * factor, prices.output * factor, cached)


def _discounted(point: PricePoint, factor: Decimal) -> PricePoint:
    batch, off_peak = point.batch, point.off_peak
    if batch is not None and batch.prices is not None:
        batch = replace(batch, prices=_scale(batch.prices, factor))
    if off_peak is not None and off_peak.prices is not None:
        off_peak = replace(off_peak, prices=_scale(off_peak.prices, factor))
    return replace(point, base=_scale(point.base, factor),
                   tiers=tuple(replace(t, prices=_scale(t.prices, factor)) for t in point.tiers),
                   batch=batch, off_peak=off_peak)


def _clip(point: PricePoint, start: date, end: date | None) -> PricePoint | None:
    """The part of ``point`` inside [start, end], or None when they do not meet."""
    new_start = max(point.start, start)
    ends = [e for e in (point.end, end) if e is not None]
    new_end = min(ends) if ends else None
    if new_end is not None and new_end < new_start:
        return None
    return replace(point, start=new_start, end=new_end)


def _outside(point: PricePoint, start: date, end: date | None) -> list[PricePoint]:
    """The parts of ``point`` before ``start`` and after ``end``."""
    parts = []
    if point.start < start:
        before_end = start - timedelta(days=1)
        parts.append(replace(point, end=before_end if point.end is None else min(point.end, before_end)))
    if end is not None and (point.end is None or point.end > end):
        parts.append(replace(point, start=max(point.start, end + timedelta(days=1))))
    return parts


def apply_override(model: Model, override: Override) -> Model:
    """The model's history with ``override`` laid over its date range."""
    if not override.applies_to(model):
        return model
    kept: list[PricePoint] = []
    inside: list[PricePoint] = []
    for point in model.prices:
        clipped = _clip(_closed(point, model), override.start, override.end)
        if clipped is None:
            kept.append(point)
            continue
        kept.extend(_outside(_closed(point, model), override.start, override.end))
        inside.append(clipped)
    note = override.note or override.label
    if override.prices is not None:
        template = inside[0] if inside else model.latest
        # A price without tiers says nothing of longer prompts: where the catalog knows the vendor bills them higher
        # (known_up_to), that still holds — the figure for them stays a floor, said as one.
        new = [PricePoint(override.start, override.end, override.prices, (), template.batch if
                          template.batch and template.batch.factor is not None else None,
                          None, 0, 0, "negotiated with the vendor", override.start, note, override.label,
                          known_up_to=template.known_up_to)]
    else:
        assert override.discount_pct is not None        # one kind or the other (__post_init__)
        factor = ONE - override.discount_pct / HUNDRED
        new = [replace(_discounted(p, factor), layer=override.label,
                       note=f"{note} — list price {p.base.input}/{p.base.output} per 1M from {p.source}")
               for p in inside]
    points = sorted(kept + new, key=lambda p: p.start)
    return replace(model, prices=tuple(points))


def _closed(point: PricePoint, model: Model) -> PricePoint:
    """``point`` with its implicit end (the day before the next point) made explicit."""
    if point.end is not None:
        return point
    later = [p.start for p in model.prices if p.start > point.start]
    return replace(point, end=min(later) - timedelta(days=1)) if later else point


def apply_overrides(catalog: Catalog, overrides: list[Override]) -> Catalog:
    """A catalog with every override applied in order (a later override wins where two overlap)."""
    if not overrides:
        return catalog
    models = dict(catalog.models)
    for override in overrides:
        if "/" in override.target:
            if override.target not in models:
                raise InputError(Field("override"), "override_model_unknown", model=override.target)
        elif override.target not in catalog.vendors:
            raise InputError(Field("override"), "override_vendor_unknown", vendor=override.target)
        for model_id, model in models.items():
            if override.applies_to(model):
                models[model_id] = apply_override(model, override)
    return Catalog(catalog.vendors, models, catalog.layers + (NEGOTIATED_LAYER,), catalog.sources)


def override_to_json(o: Override) -> dict:
    out: dict[str, object] = {"target": o.target, "from": o.start.isoformat(),
                              "to": o.end.isoformat() if o.end else None, "note": o.note}
    if o.discount_pct is not None:
        out["discount_pct"] = str(o.discount_pct)
    else:
        assert o.prices is not None                     # one kind or the other (__post_init__)
        out["prices"] = {"input": str(o.prices.input), "output": str(o.prices.output),
                         "cached_input": None if o.prices.cached_input is None else str(o.prices.cached_input)}
    return out


def override_from_json(raw: object, where: str = "override") -> Override:
    from core.money import to_decimal
    if not isinstance(raw, dict) or not isinstance(raw.get("target"), str):
        raise InputError(where, "override_object")
    start = parse_day(raw.get("from"), f"{where}.from")
    end = parse_day(raw["to"], f"{where}.to") if raw.get("to") else None
    note = str(raw.get("note") or "")
    if raw.get("discount_pct") is not None:
        pct = to_decimal(str(raw["discount_pct"]), f"{where}.discount_pct", maximum=HUNDRED)
        return Override(raw["target"], start, end, discount_pct=pct, note=note)
    prices = raw.get("prices")
    if not isinstance(prices, dict):
        raise InputError(f"{where}.prices", "override_prices")
    cached = prices.get("cached_input")
    return Override(raw["target"], start, end, prices=Prices(
        to_decimal(str(prices.get("input")), f"{where}.prices.input"),
        to_decimal(str(prices.get("output")), f"{where}.prices.output"),
        None if cached is None else to_decimal(str(cached), f"{where}.prices.cached_input")), note=note)

"""The Prices sheet's note for a price point: a sentence a client can read, in the workbook's language, made
from the point's facts (free and its published limits, a free quota, the long-prompt tier rule, a scheduled or
later price, the end of a price, a retired model). The catalog's research trail (which file, line and source
said what) stays in the catalog: it is for whoever maintains the prices, not for the client."""

from __future__ import annotations

from datetime import date
from typing import Callable

from core.catalog.model import Model, PricePoint
from core.workbook.labels import Labels, tier_label


def client_note(L: Labels, point: PricePoint, model: Model | None, as_of: date,
                day_text: Callable[[date], str]) -> str:
    """The sentences that apply to ``point`` (of ``model``, priced on ``as_of``), joined; "" when none does.
    ``day_text`` writes a date the way the workbook does."""
    parts = []
    if point.is_free:
        parts.append(L["pn_free"])
        limits = point.free_limits
        parts.append(limits.text(L.language) if limits is not None else L["pn_free_unknown_limits"])
    elif point.free_input_tokens or point.free_output_tokens:
        parts.append(L("pn_quota", i=f"{point.free_input_tokens:,}", o=f"{point.free_output_tokens:,}"))
    if point.tiers:
        first = point.tiers[0]
        parts.append(L(tier_label("pn_tiers", first), n=f"{first.boundary:,}"))
    if point.known_up_to is not None:
        parts.append(L("pn_known_up_to", n=f"{point.known_up_to:,}"))
    if point.output_unknown:
        parts.append(L["pn_output_unknown"])
    if point.start > as_of:
        parts.append(L("pn_scheduled", date=day_text(point.start)))
    following = _next_point(model, point)
    if following is not None:
        parts.append(L("pn_replaced", date=day_text(following.start)))
    elif point.end is not None:
        parts.append(L("pn_retires" if model is not None and model.deprecated else "pn_ends",
                       date=day_text(point.end)))
    elif model is not None and model.deprecated:
        parts.append(L["pn_deprecated"])
    return L["pn_join"].join(parts)


def _next_point(model: Model | None, point: PricePoint) -> PricePoint | None:
    if model is None:
        return None
    for candidate in model.prices:
        if candidate.start > point.start:
            return candidate
    return None

"""Which models a comparison can show on a day: the models asked for that have no price in force then (not yet
sold, retired, a gap in the history), and why, so a chosen model never vanishes without a word."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Iterable

from core.catalog.model import Catalog, Vendor
from core.errors import InputError, TokenQuoteError


@dataclass(frozen=True, slots=True)
class Unpriced:
    """A model someone asked for that has no price on the as-of date, and why (``reason``: a code with its
    values, rendered like an error: "no price on 2024-05-01: priced from 2024-07-18")."""

    model_id: str
    name: str
    reason: TokenQuoteError
    vendor: Vendor | None = None      # for showing it beside the priced rows (its vendor, region, currency)
    currency: str = ""


def unpriced(catalog: Catalog, model_ids: Iterable[str], as_of: date) -> list[Unpriced]:
    """Which of ``model_ids`` have no price in force on ``as_of``, with the reason (not sold yet, retired, a gap
    in the history): a chosen model never vanishes from a comparison without a word."""
    found = []
    for model_id in dict.fromkeys(model_ids):
        model = catalog.models.get(model_id)
        if model is None or model.point_at(as_of) is not None:
            continue
        first, last = model.prices[0], model.prices[-1]
        if as_of < first.start:
            reason = InputError(model_id, "unpriced_not_yet", day=as_of, first=first.start)
        elif last.end is not None and as_of > last.end:
            reason = InputError(model_id, "unpriced_retired", day=as_of, last=last.end)
        else:
            reason = InputError(model_id, "unpriced_gap", day=as_of)
        found.append(Unpriced(model_id, model.name, reason, catalog.vendors.get(model.vendor_id), model.currency))
    return found

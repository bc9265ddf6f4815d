"""Meeting the user's catalog: :func:`finish` marks each draft *added* or *updated* and merges it into the
vendor documents to write, never dropping a price point already there.

At the same start date the newer import wins, as the catalog loader's own layering does.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from core.catalog.files import SCHEMA_VERSION, model_to_json, vendor_to_json
from core.catalog.model import Catalog, Model, PricePoint, Prices, merge_history
from core.errors import Field, words
from core.importers.common import Conversion
from core.importers.output import OutputFile
from core.importers.report import ADDED, SKIPPED, UPDATED, RowOutcome
from core.money import format_price


def price_text(prices: Prices) -> Field:
    if prices.cached_input is None:
        return Field("import_prices", input=format_price(prices.input), output=format_price(prices.output))
    return Field("import_prices_cached", input=format_price(prices.input), output=format_price(prices.output),
                 cached=format_price(prices.cached_input))


@dataclass
class FinishedImport:
    outcomes: list[RowOutcome]
    documents: dict[str, dict]  # vendor id -> catalog document (schema_version 1) to write


def finish(conversion: Conversion, existing: Catalog, out_files: dict[str, OutputFile]) -> FinishedImport:
    """Classify each draft as added or updated against ``existing`` (and the output folder's own files),
    and build the merged vendor documents to write."""
    outcomes = list(conversion.skipped)
    out_models = {m.id: m for f in out_files.values() for m in f.models}
    new_by_vendor: dict[str, list[Model]] = {}
    for draft in conversion.drafts:
        model = draft.model
        known = out_models.get(model.id) or existing.models.get(model.id)
        if known is not None and known.currency != model.currency:
            for ref in draft.refs:
                outcomes.append(RowOutcome(
                    ref.order, ref.ref, ref.line, SKIPPED, model.id, Field("skip_currency_differs"),
                    Field("skipd_currency_differs", model=model.id, known=known.currency, given=model.currency)))
            continue
        if known is not None:
            model = replace(
                model,
                name=model.name if draft.name_given else known.name,
                context_window=model.context_window if model.context_window is not None else known.context_window,
                max_output=model.max_output if model.max_output is not None else known.max_output,
                deprecated=model.deprecated or known.deprecated,
                prices=tuple(_keep_limit(known, p) for p in model.prices))
            status = UPDATED
            change: Field | str = _change_text(known, model)
            limit = model.prices[0].known_up_to
            if limit is not None:
                change = words((change, Field("import_known_up_to_kept", n=f"{limit:,}")))
        else:
            # A source that gives no context window leaves it unknown: never guessed, and every prompt fits it.
            status, change = ADDED, (Field("import_context_unknown") if model.context_window is None else "")
        new_by_vendor.setdefault(model.vendor_id, []).append(model)
        for ref in draft.refs:
            detail = words((change, ref.detail))
            outcomes.append(RowOutcome(ref.order, ref.ref, ref.line, status, model.id, "", detail))
    outcomes.sort(key=lambda o: o.order)

    documents = {}
    for vendor_id, models in new_by_vendor.items():
        out_file = out_files.get(vendor_id)
        vendor = existing.vendors.get(vendor_id) or (out_file.vendor if out_file else conversion.vendors[vendor_id])
        merged: dict[str, Model] = {m.id: m for m in (out_file.models if out_file else ())}
        for model in models:
            merged[model.id] = merge_history(merged.get(model.id), model)
        documents[vendor_id] = {"schema_version": SCHEMA_VERSION, "vendor": vendor_to_json(vendor),
                                "models": [model_to_json(m) for m in merged.values()]}
    return FinishedImport(outcomes, documents)


def _keep_limit(known: Model, point: PricePoint) -> PricePoint:
    """A price list gives no long-prompt tiers (or gives none for this model): where the catalog knows the vendor
    bills prompts beyond a size higher than its price (known_up_to), the imported point keeps that — restating
    Doubao Seed 1.6 Flash's <32K price had made it 'the cheapest' for 60K-token prompts again."""
    if point.tiers or point.known_up_to is not None:
        return point
    # Earlier than every known point: the earliest one's limit (a limit kept is safer than one dropped).
    before = _known_on(known, point.start) or known.prices[0]
    return replace(point, known_up_to=before.known_up_to) if before.known_up_to is not None else point


def _known_on(known: Model, day) -> PricePoint | None:
    """The catalog's point in force on ``day``, or its last one if that ended before; None if all start later."""
    return known.point_at(day) or (known.prices[-1] if known.prices[-1].start <= day else None)


def _change_text(known: Model, new: Model) -> Field:
    first = new.prices[0]
    before = _known_on(known, first.start)
    if before is None:
        return Field("import_change_later", start=first.start)
    replaces = before.start == first.start   # the catalog's point on that day, or a new one
    if before.base == first.base and before.tiers == first.tiers:
        return Field("import_change_same_replaces" if replaces else "import_change_same_new",
                     start=first.start, before=before.start)
    if before.base == first.base:
        return Field("import_change_tiers_replaces" if replaces else "import_change_tiers_new",
                     start=first.start, before=before.start)
    return Field("import_change_prices_replaces" if replaces else "import_change_prices_new", start=first.start,
                 new=price_text(first.base), old=price_text(before.base), before=before.start)

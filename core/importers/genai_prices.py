"""pydantic genai-prices' data file (``prices/data.json``, ``prices/new_data/v2/data.json``) → catalog model drafts.

What is imported, and how (genai-prices gives USD per 1M tokens; :mod:`core.importers.genai_pricing` reads them):

- every model of every provider; providers become catalog vendors (:data:`PROVIDERS`: ``x-ai`` → ``xai``,
  ``moonshotai`` → ``moonshot``, ``zai`` and ``zhipuai`` → ``zhipu``, ``aws`` → ``bedrock``...; another provider is a
  vendor of its own, region US, named and linked as the file names it). A model Google's provider lists that is not
  a Gemini (``google``'s own ``model_match``) but another maker's is sold through Vertex AI: vendor ``vertex-ai``;
- the model id is ``<vendor>/<the file's id in lower case>``, unless the user's catalog has no such model and the
  entry's ``match`` rule is the first in its provider to match exactly one catalog model of that vendor: then it is
  that model (``claude-3-5-haiku-latest`` matching ``claude-3-5-haiku``); when two entries give one id the vendor's
  preferred provider wins (Z.ai's published USD prices over open.bigmodel.cn's conversions), then the first;
- dated history: the file's default price (its first, without a date) is in force from ``effective`` when its first
  dated change is later than that; otherwise its start is unknown and it is not imported (the report says so).
  Each ``start_date`` price is a point from its own date, past or scheduled. A daily window is an off-peak price;
- ``context_window`` → context window (unknown when the file gives none: never guessed); ``deprecated``;
  ``name`` → name (else the catalog's); the point's source is the provider's first pricing URL, its note names
  the file, the import date and the file's ``price_comments``.

Skipped, with the reason: entries that are not objects, models without both input and output token prices
(embeddings, images), also priced per request, shapes this importer does not know (tiers, constraints), and models
the catalog prices in another currency (genai-prices converts CNY prices to USD; the catalog keeps CNY).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from core.catalog.model import Catalog, Model, PricePoint, Vendor, close_history
from core.errors import Field, InputError, Words, words
from core.importers.common import (
    Candidate,
    Conversion,
    ModelDraft,
    Progress,
    Skip,
    SourceRef,
    one_per_model,
    point,
    slug,
    vendor_slug,
)
from core.importers.genai_pricing import Dated, addon_labels, matches, schedule
from core.importers.genai_read import GENAI_PRICES_URL, read_genai_prices
from core.importers.litellm_read import value_kind
from core.importers.litellm_vendors import KNOWN_VENDORS
from core.importers.merge import price_text
from core.importers.report import SKIPPED, RowOutcome
from core.text import check_text, is_url
from core.volumes import MAX_TOKENS

# genai-prices provider id -> (catalog vendor id, preference: lower wins when two entries give one model id)
PROVIDERS: dict[str, tuple[str, int]] = {
    "openai": ("openai", 0),
    "anthropic": ("anthropic", 0),
    "google": ("google", 0),
    "mistral": ("mistral", 0),
    "x-ai": ("xai", 0),
    "deepseek": ("deepseek", 0),
    "moonshotai": ("moonshot", 0),
    "minimax": ("minimax", 0),
    "zai": ("zhipu", 0),
    "zhipuai": ("zhipu", 1),
    "aws": ("bedrock", 0),
    "azure": ("azure", 0),
    "groq": ("groq", 0),
    "together": ("together-ai", 0),
    "fireworks": ("fireworks-ai", 0),
    "cohere": ("cohere", 0),
    "perplexity": ("perplexity", 0),
    "openrouter": ("openrouter", 0),
}
RESOLD = {"google": "vertex-ai"}  # a maker's provider that also lists other makers' models it resells
# Providers whose USD prices genai-prices converted from the vendor's own currency (open.bigmodel.cn bills CNY; its
# comments give the rate): they add models the catalog lacks, never update one priced as the vendor publishes it.
CONVERTED = {"zhipuai"}
# What may follow a model's id in another id of the same model: a date or snapshot, or a variant of one price.
_SAME_MODEL_SUFFIX = re.compile(r"(\d{4}(\d{2}(\d{2})?)?|latest|preview|exp|reasoning|non-reasoning|v\d+(:\d+)?)")
MAX_COMMENT = 600


@dataclass
class _Entry:
    order: int
    ref: str
    vendor_id: str
    preference: int
    raw: dict
    converted: bool = False


def convert_genai_prices(
    path: Path, *, existing: Catalog | None, effective: date, today: date, progress: Progress | None = None
) -> Conversion:
    """Convert a genai-prices file to drafts; every model ends as a draft reference or a skipped outcome.
    ``existing`` is the catalog the entries' ``match`` rules meet."""
    providers = read_genai_prices(path)
    name = path.name
    skipped: list[RowOutcome] = []
    vendors: dict[str, Vendor] = {}
    entries = _entries(providers, existing, vendors, skipped)
    total = len(entries) + len(skipped)
    claims = _claims(entries, existing)
    candidates: dict[str, list[Candidate]] = {}
    step = max(1, len(entries) // 100)
    for count, entry in enumerate(entries):
        if progress is not None and count % step == 0:
            progress(count, total)
        try:
            draft = _convert(
                entry,
                claims.get(entry.order, []),
                existing,
                name=name,
                effective=effective,
                today=today,
                vendor=vendors[entry.vendor_id],
            )
        except Skip as skip:
            skipped.append(RowOutcome(entry.order, entry.ref, None, SKIPPED, "", skip.reason, skip.detail))
            continue
        candidates.setdefault(draft.model.id, []).append((entry.preference, entry.order, entry.ref, draft))
    drafts = one_per_model(candidates, skipped)
    if progress is not None:
        progress(total, total)
    return Conversion(vendors, drafts, skipped, total)


def _entries(
    providers: list, existing: Catalog | None, vendors: dict[str, Vendor], skipped: list[RowOutcome]
) -> list[_Entry]:
    """Every model of every provider, in file order, with its vendor (made once per vendor)."""
    entries: list[_Entry] = []
    matchers = {
        p["id"]: p.get("model_match") for p in providers if isinstance(p, dict) and isinstance(p.get("id"), str)
    }
    for index, provider in enumerate(providers):
        provider_id = provider.get("id") if isinstance(provider, dict) else None
        models = provider.get("models") if isinstance(provider, dict) else None
        if not isinstance(provider_id, str) or not isinstance(models, list):
            what = Field("skipd_provider_without") if isinstance(provider, dict) else value_kind(provider)
            ref = provider_id if isinstance(provider_id, str) else f"providers[{index}]"
            skipped.append(
                RowOutcome(
                    len(entries) + len(skipped),
                    ref,
                    None,
                    SKIPPED,
                    "",
                    Field("skip_not_provider"),
                    Field("skipd_it_is", what=what),
                )
            )
            continue
        assert isinstance(provider, dict)
        provider_id = provider_id.strip()
        vendor_id, preference = PROVIDERS.get(provider_id, (vendor_slug(provider_id) or "unnamed-provider", 0))
        _vendor(vendor_id, provider, existing, vendors)
        others = [m for other, m in matchers.items() if other != provider_id and m]
        for model_index, raw in enumerate(models):
            order = len(entries) + len(skipped)
            file_id = raw.get("id") if isinstance(raw, dict) else None
            if not isinstance(raw, dict):
                skipped.append(
                    RowOutcome(
                        order,
                        f"{provider_id}/models[{model_index}]",
                        None,
                        SKIPPED,
                        "",
                        Field("skip_not_object"),
                        Field("skipd_entry_is_kind", kind=value_kind(raw)),
                    )
                )
                continue
            name = file_id if isinstance(file_id, str) else ""
            target = vendor_id
            resold = RESOLD.get(provider_id)
            if resold and not matches(provider.get("model_match"), name) and any(matches(m, name) for m in others):
                target = resold
                _vendor(target, provider, existing, vendors)
            ref = f"{provider_id}/{name}" if name else f"{provider_id}/models[{model_index}]"
            entries.append(_Entry(order, ref, target, preference, raw, provider_id in CONVERTED))
    return entries


def _vendor(vendor_id: str, provider: dict, existing: Catalog | None, vendors: dict[str, Vendor]) -> None:
    if vendor_id in vendors:
        return
    known = existing.vendors.get(vendor_id) if existing is not None else None
    if known is None and vendor_id in KNOWN_VENDORS:
        k = KNOWN_VENDORS[vendor_id]
        known = Vendor(vendor_id, k.name, k.region, "USD", k.pricing_url, k.name_zh or k.name)
    if known is None:
        urls = provider.get("pricing_urls")
        url = next((u for u in urls if isinstance(u, str) and is_url(u)), "") if isinstance(urls, list) else ""
        display = _text(provider.get("name")) or vendor_id
        known = Vendor(vendor_id, display, "US", "USD", url or GENAI_PRICES_URL, display)
    vendors[vendor_id] = known


def _claims(entries: list[_Entry], existing: Catalog | None) -> dict[int, list[str]]:
    """For each entry (by order), the catalog models of its vendor whose id its ``match`` rule is the first in
    the file to match (genai-prices matches a name against its models in order, first match wins) and that are
    the same model by name: one id is the other plus a date, a snapshot or a variant (``ministral-8b`` and
    ``ministral-8b-2512``), never another version (``mistral-medium-3`` does not claim ``mistral-medium-3-5``)."""
    if existing is None:
        return {}
    by_vendor: dict[str, list[_Entry]] = {}
    for entry in entries:
        by_vendor.setdefault(entry.vendor_id, []).append(entry)
    claims: dict[int, list[str]] = {}
    for model in existing:
        group = by_vendor.get(model.vendor_id)
        if not group:
            continue
        name = model.id.split("/", 1)[1]
        for entry in group:
            if matches(entry.raw.get("match"), name):
                file_id = entry.raw.get("id")
                if isinstance(file_id, str) and _same_model(slug(file_id), name):
                    claims.setdefault(entry.order, []).append(model.id)
                break
    return claims


def _same_model(one: str, other: str) -> bool:
    short, long = sorted((one, other), key=len)
    if not long.startswith(short):
        return False
    rest = long[len(short) :]
    return not rest or (rest[0] in "-.:_@" and _SAME_MODEL_SUFFIX.fullmatch(rest[1:]) is not None)


def _convert(
    entry: _Entry,
    claimed: list[str],
    existing: Catalog | None,
    *,
    name: str,
    effective: date,
    today: date,
    vendor: Vendor,
) -> ModelDraft:
    raw = entry.raw
    file_id = raw.get("id")
    if not isinstance(file_id, str) or not slug(file_id):
        raise Skip(Field("skip_no_usable_id"), Field("skipd_id_is", value=file_id))
    model_id = f"{entry.vendor_id}/{slug(file_id)}"
    details: list[Field] = []
    if (existing is None or model_id not in existing.models) and len(claimed) == 1:
        details.append(Field("import_match_rule", model=claimed[0]))
        model_id = claimed[0]
    if entry.converted and existing is not None and model_id in existing.models:
        raise Skip(Field("skip_converted_currency"), Field("skipd_converted_currency", model=model_id))
    history = schedule(raw.get("prices"))
    addons = addon_labels(
        raw.get("prices")
        if isinstance(raw.get("prices"), dict)
        else (
            raw["prices"][-1].get("prices")
            if isinstance(raw.get("prices"), list) and isinstance(raw["prices"][-1], dict)
            else None
        )
    )
    comment = _text(raw.get("price_comments"))[:MAX_COMMENT]
    note = (
        f"imported from {name} on {today.isoformat()}; genai-prices prices are USD (a vendor billing in "
        "another currency converted by genai-prices)" + (f"; genai-prices says: {comment}" if comment else "")
    )
    source = vendor.pricing_url if is_url(vendor.pricing_url) else GENAI_PRICES_URL
    points = _points(history, effective, today, source, note, details)
    context = raw.get("context_window")
    if isinstance(context, bool) or not isinstance(context, int) or not 0 < context <= MAX_TOKENS:
        if context is not None:
            details.append(Field("import_context_ignored", value=context))
        context = None
    if points[-1].is_free and not points[-1].tiers:
        details.append(Field("import_free"))
    if addons:
        details.append(Field("import_not_imported", what=Words(addons, ", ")))
    display = _text(raw.get("name"))
    model = Model(
        model_id,
        entry.vendor_id,
        display or file_id,
        "USD",
        context,
        None,
        tuple(close_history(points)),
        raw.get("deprecated") is True,
    )
    return ModelDraft(model, [SourceRef(entry.order, entry.ref, None, words(details))], name_given=bool(display))


def _points(
    history: list[Dated], effective: date, today: date, source: str, note: str, details: list[Field]
) -> list[PricePoint]:
    first_change = next((d.start for d in history if d.start is not None), None)
    points = []
    for dated in history:
        start = dated.start
        if start is None:
            if first_change is not None and first_change <= effective:
                details.append(
                    Field("import_first_price_undated", prices=price_text(dated.prices.base), change=first_change)
                )
                continue
            start = effective
        elif start > today:
            details.append(Field("import_scheduled", prices=price_text(dated.prices.base), start=start))
        points.append(
            point(
                start,
                dated.prices.base,
                tiers=dated.prices.tiers,
                off_peak=dated.off_peak,
                source=source,
                checked=today,
                note=note,
            )
        )
    return points


def _text(value: object) -> str:
    """A text from the file on one line, or "" when it is not text the catalog can keep."""
    if not isinstance(value, str):
        return ""
    text = " ".join(value.split())
    try:
        return check_text(text, "text")
    except InputError:  # a character the catalog cannot save: drop the text, keep the price
        return ""

"""The LiteLLM price map (``model_prices_and_context_window.json``) → catalog model drafts.

What is imported, and how (prices are USD per token in the map; the catalog holds per 1M tokens):

- only chat models: ``mode`` is ``chat`` or ``responses``; every other mode is skipped as ``mode=<mode>``;
- ``input_cost_per_token`` / ``output_cost_per_token`` × 1,000,000, exactly (the JSON is read with
  ``parse_float=Decimal``: ``3e-07`` becomes ``0.3``, never a float); ``cache_read_input_token_cost``
  (else ``input_cost_per_token_cache_hit``) is the cached-input price;
- ``*_above_NNNk_tokens`` → a tier for prompts above NNN×1000 tokens; a field the tier does not give
  (often the cached price) is the base one, as LiteLLM bills it. ``tiered_pricing`` (a list of
  ``{range: [lo, hi], ...}``) → the range from 0 is the base price, each other range a tier above ``lo``;
- ``*_batches`` → explicit batch prices; when the model also has tiers, batch is kept only if it is one
  factor of every tier's prices (the catalog's batch factor applies to the tier in force), else it is
  dropped and the row says so;
- ``off_peak_pricing`` → explicit off-peak prices, its UTC windows summarised as the ``hours`` text
  (dropped, and said so, on a model with tiers: the map gives it for the base tier only);
- ``max_input_tokens`` → context window (else ``max_tokens`` when the entry gives no ``max_output_tokens``,
  which is what LiteLLM's own spec says it then is), ``max_output_tokens`` → max output, a
  ``deprecation_date`` on or before the effective date → deprecated;
- ``litellm_provider`` → vendor (:data:`~core.importers.litellm_vendors.PROVIDERS`); model id
  ``<vendor>/<key without the provider prefix>`` in lower case with anything but ``a-z 0-9 . _ -`` turned
  into ``-``. When two keys give one id (``gpt-4o`` and ``openai/gpt-4o``; ``gemini/gemini-2.5-pro`` and
  Vertex's ``gemini-2.5-pro``) the vendor's own provider wins, then the first in the file; the other is
  skipped as a duplicate. Other providers become vendors of their own (``together_ai`` → ``together-ai``,
  region US);
- each point's ``source`` is the entry's ``source`` URL, else the map's home; its note names the file
  and the import date.

Skipped, with the reason, never guessed: other modes, entries without per-token prices (per second,
character or image only), also charged per request, negative or non-numeric prices, shapes this
importer does not know (unrecognised ``tiered_pricing``/``off_peak_pricing``/tier fields), and keys such as
``sample_spec``; a model the catalog prices in another currency is skipped too (see :mod:`core.importers`).
An entry without any context window is kept with the window unknown (never guessed; every prompt fits it).
Add-on prices the catalog has no place for (audio, images, cache writes, priority/flex
service tiers, web search) are listed in the row's detail as not imported; a reasoning-output price that
differs from the output price is named in the price point's note.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from core.catalog.model import Model, Vendor
from core.errors import Field, Words, words
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
)
from core.importers.litellm_pricing import addon_labels, base_and_tiers, batch_pricing, off_peak_pricing
from core.importers.litellm_read import read_litellm_map, value_kind
from core.importers.litellm_vendors import KNOWN_VENDORS, display_name, strip_prefix, vendor_for
from core.importers.report import SKIPPED, RowOutcome
from core.text import is_url
from core.volumes import MAX_TOKENS

CHAT_MODES = ("chat", "responses")
LITELLM_MAP_URL = "https://github.com/BerriAI/litellm/blob/main/model_prices_and_context_window.json"


def convert_litellm(path: Path, *, effective: date, today: date, progress: Progress | None = None) -> Conversion:
    """Convert a LiteLLM map to drafts; every key ends as a draft reference or a skipped outcome."""
    entries = read_litellm_map(path)
    total = len(entries)
    name = path.name
    note = (f"imported from {name} on {today.isoformat()}; LiteLLM prices are USD (CNY vendors converted by "
            "LiteLLM at its own rate)")
    skipped: list[RowOutcome] = []
    candidates: dict[str, list[Candidate]] = {}
    vendors: dict[str, Vendor] = {}
    seen_keys: dict[str, int] = {}
    step = max(1, total // 100)
    for order, (key, line, entry) in enumerate(entries):
        if progress is not None and order % step == 0:
            progress(order, total)
        try:
            if key in seen_keys:
                raise Skip(Field("skip_duplicate_key"), Field("skipd_duplicate_key", key=key, line=seen_keys[key]))
            seen_keys[key] = line
            vendor_id, preference, draft = _convert_entry(key, line, order, entry, name=name, note=note,
                                                          effective=effective, today=today, vendors=vendors)
        except Skip as skip:
            skipped.append(RowOutcome(order, key, line, SKIPPED, "", skip.reason, skip.detail))
            continue
        candidates.setdefault(draft.model.id, []).append((preference, order, key, draft))
    drafts = one_per_model(candidates, skipped)
    if progress is not None:
        progress(total, total)
    return Conversion(vendors, drafts, skipped, total)


def _convert_entry(key: str, line: int, order: int, entry: object, *, name: str, note: str, effective: date,
                   today: date, vendors: dict[str, Vendor]) -> tuple[str, int, ModelDraft]:
    if key == "sample_spec":
        raise Skip(Field("skip_spec_entry"), Field("skipd_sample_spec"))
    if not isinstance(entry, dict):
        raise Skip(Field("skip_not_object"), Field("skipd_value_is_kind", kind=value_kind(entry)))
    mode = entry.get("mode")
    if mode is None:
        raise Skip(Field("skip_mode_missing"), Field("skipd_no_mode"))
    if mode not in CHAT_MODES:
        raise Skip(Field("skip_mode", mode=mode))
    provider = entry.get("litellm_provider")
    if not isinstance(provider, str) or not provider.strip():
        raise Skip(Field("skip_provider_missing"), Field("skipd_no_provider"))
    provider = provider.strip()
    for per_request in ("input_cost_per_request", "output_cost_per_request"):
        value = entry.get(per_request)
        if value is not None and not (isinstance(value, (int, Decimal)) and not isinstance(value, bool)
                                      and value == 0):
            raise Skip(Field("skip_per_request"), Field("skipd_per_request", field=per_request, value=value))

    warnings: list[Field] = []
    base, tiers, tier_batch = base_and_tiers(entry, warnings)
    batch = batch_pricing(entry, base, tiers, tier_batch, warnings)
    off_peak = off_peak_pricing(entry, tiers, warnings)

    vendor_id, preference = vendor_for(provider)
    rest = strip_prefix(key, provider, vendor_id)
    model_slug = slug(rest)
    if not model_slug or not vendor_id:
        raise Skip(Field("skip_no_usable_id"), Field("skipd_no_id_letters", key=key))
    model_id = f"{vendor_id}/{model_slug}"

    url = entry.get("source")
    url = url.strip() if isinstance(url, str) and is_url(url.strip()) else ""
    if vendor_id not in vendors:
        known = KNOWN_VENDORS.get(vendor_id)
        if known:
            vendors[vendor_id] = Vendor(vendor_id, known.name, known.region, "USD", known.pricing_url,
                                        known.name_zh or known.name)
        else:
            display = display_name(provider)
            vendors[vendor_id] = Vendor(vendor_id, display, "US", "USD", url or LITELLM_MAP_URL, display)

    details: list[Field] = []
    context = _tokens(entry, "max_input_tokens", details)
    max_output = _tokens(entry, "max_output_tokens", details)
    if context is None and max_output is None and entry.get("max_input_tokens") is None:
        # LiteLLM's spec: max_tokens is the output limit where the provider gives one, else the input limit.
        context = _tokens(entry, "max_tokens", details)
        if context is not None:
            details.append(Field("import_context_from_max_tokens"))
    deprecated = False
    when = entry.get("deprecation_date")
    if isinstance(when, str):
        try:
            deprecated = date.fromisoformat(when.strip()) <= effective
        except ValueError:
            details.append(Field("import_deprecation_ignored", value=when))
    if base.input == 0 and base.output == 0 and not tiers:
        details.append(Field("import_free"))
    addons = addon_labels(entry)
    if addons:
        details.append(Field("import_not_imported", what=Words(addons, ", ")))
    details.extend(warnings)
    point_note = note + "".join(f"; {w}" for w in warnings)
    # The catalog's source is a URL: the entry's own page, else the map it comes from; the note names the file.
    source = url or LITELLM_MAP_URL
    price_point = point(effective, base, tiers=tiers, batch=batch, off_peak=off_peak, source=source,
                        checked=today, note=point_note)
    model = Model(model_id, vendor_id, rest, "USD", context, max_output, (price_point,), deprecated)
    return vendor_id, preference, ModelDraft(model, [SourceRef(order, key, line, words(details))],
                                             name_given=False)


def _tokens(entry: dict, field: str, details: list[Field]) -> int | None:
    value = entry.get(field)
    if value is None:
        return None
    if isinstance(value, int) and not isinstance(value, bool) and 0 < value <= MAX_TOKENS:
        return value
    if isinstance(value, Decimal) and value.is_finite() and 0 < value <= MAX_TOKENS and value == value.to_integral_value():
        return int(value)
    details.append(Field("import_tokens_ignored", field=field, value=value))
    return None


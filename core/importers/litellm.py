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
- ``litellm_provider`` → vendor (:data:`PROVIDERS`); model id ``<vendor>/<key without the provider prefix>``
  in lower case with anything but ``a-z 0-9 . _ -`` turned into ``-``. When two keys give one id
  (``gpt-4o`` and ``openai/gpt-4o``; ``gemini/gemini-2.5-pro`` and Vertex's ``gemini-2.5-pro``) the
  vendor's own provider wins, then the first in the file; the other is skipped as a duplicate. Other
  providers become vendors of their own (``together_ai`` → ``together-ai``, region US);
- each point's ``source`` is the entry's ``source`` URL, else the map's home; its note names the file
  and the import date.

Skipped, with the reason, never guessed: other modes, entries without per-token prices (per second,
character or image only), also charged per request, negative or non-numeric prices, shapes this
importer does not know (unrecognised ``tiered_pricing``/``off_peak_pricing``/tier fields), and keys such as
``sample_spec``. A model new to the catalog without any context window is skipped too (every catalog
model has one), and so is a model the catalog prices in another currency (see :mod:`core.importers`).
Add-on prices the catalog has no place for (audio, images, cache writes, priority/flex
service tiers, web search) are listed in the row's detail as not imported; a reasoning-output price that
differs from the output price is named in the price point's note.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from json.decoder import WHITESPACE, JSONDecodeError, scanstring
from pathlib import Path

from core.catalog.model import Model, Prices, SegmentPricing, Tier, Vendor
from core.errors import CatalogError
from core.importers.common import (MAX_PRICE_PER_1M, Conversion, ModelDraft, Progress, Skip,
    SourceRef, is_url, point, read_bytes, slug, vendor_slug)
from core.importers.report import SKIPPED, RowOutcome

CHAT_MODES = ("chat", "responses")
LITELLM_MAP_URL = "https://github.com/BerriAI/litellm/blob/main/model_prices_and_context_window.json"
_ONE_MILLION_EXP = 6


@dataclass(frozen=True, slots=True)
class KnownVendor:
    name: str
    region: str
    pricing_url: str
    name_zh: str = ""


# Vendors the catalog knows by these ids (its own records win when the bundled catalog has them).
KNOWN_VENDORS = {
    "openai": KnownVendor("OpenAI", "US", "https://openai.com/api/pricing/"),
    "anthropic": KnownVendor("Anthropic", "US", "https://www.anthropic.com/pricing#api"),
    "google": KnownVendor("Google", "US", "https://ai.google.dev/gemini-api/docs/pricing"),
    "mistral": KnownVendor("Mistral AI", "EU", "https://mistral.ai/pricing#api-pricing"),
    "xai": KnownVendor("xAI", "US", "https://docs.x.ai/docs/models"),
    "deepseek": KnownVendor("DeepSeek", "CN", "https://api-docs.deepseek.com/quick_start/pricing", "深度求索"),
    "bytedance": KnownVendor("ByteDance (Volcengine Ark)", "CN", "https://www.volcengine.com/docs/82379/1544106",
                             "字节跳动（火山方舟）"),
    "alibaba": KnownVendor("Alibaba Cloud (Model Studio)", "CN",
                           "https://www.alibabacloud.com/help/en/model-studio/models", "阿里云百炼"),
    "zhipu": KnownVendor("Zhipu AI", "CN", "https://open.bigmodel.cn/pricing", "智谱"),
    "moonshot": KnownVendor("Moonshot AI", "CN", "https://platform.moonshot.ai/docs/pricing/chat", "月之暗面"),
    "minimax": KnownVendor("MiniMax", "CN", "https://www.minimax.io/price", "稀宇科技"),
    # Platforms that resell others' models: vendors in their own right (their own prices and bills).
    "azure": KnownVendor("Azure OpenAI", "US",
                         "https://azure.microsoft.com/pricing/details/cognitive-services/openai-service/"),
    "azure-ai": KnownVendor("Azure AI Foundry", "US", "https://azure.microsoft.com/pricing/details/ai-foundry/"),
    "bedrock": KnownVendor("Amazon Bedrock", "US", "https://aws.amazon.com/bedrock/pricing/"),
    "vertex-ai": KnownVendor("Google Vertex AI (partner models)", "US",
                             "https://cloud.google.com/vertex-ai/generative-ai/pricing"),
    "openrouter": KnownVendor("OpenRouter", "US", "https://openrouter.ai/models"),
    "groq": KnownVendor("Groq", "US", "https://groq.com/pricing"),
    "together-ai": KnownVendor("Together AI", "US", "https://www.together.ai/pricing"),
    "fireworks-ai": KnownVendor("Fireworks AI", "US", "https://fireworks.ai/pricing"),
    "deepinfra": KnownVendor("DeepInfra", "US", "https://deepinfra.com/pricing"),
    "perplexity": KnownVendor("Perplexity", "US", "https://docs.perplexity.ai/guides/pricing"),
    "cohere": KnownVendor("Cohere", "US", "https://cohere.com/pricing"),
    "aleph-alpha": KnownVendor("Aleph Alpha", "EU", "https://aleph-alpha.com/"),
}

# litellm_provider -> (vendor id, preference: lower wins when two keys give the same model id)
PROVIDERS: dict[str, tuple[str, int]] = {
    "openai": ("openai", 0),
    "anthropic": ("anthropic", 0),
    "gemini": ("google", 0),
    "vertex_ai-language-models": ("google", 1),
    "vertex_ai-chat-models": ("google", 2),
    "vertex_ai-code-chat-models": ("google", 2),
    "vertex_ai-code-text-models": ("google", 2),
    "vertex_ai-vision-models": ("google", 2),
    "palm": ("google", 3),
    "mistral": ("mistral", 0),
    "codestral": ("mistral", 1),
    "xai": ("xai", 0),
    "deepseek": ("deepseek", 0),
    "volcengine": ("bytedance", 0),
    "dashscope": ("alibaba", 0),
    "zai": ("zhipu", 0),
    "bigmodel": ("zhipu", 0),
    "moonshot": ("moonshot", 0),
    "minimax": ("minimax", 0),
    "bedrock": ("bedrock", 0),
    "bedrock_converse": ("bedrock", 0),
    "cohere_chat": ("cohere", 0),
}

# Key prefixes that name the provider rather than the model (stripped from the model id).
_PREFIX_ALIASES = {"vertex_ai", "bedrock", "gemini", "palm", "azure", "azure_ai", "cohere", "openai", "anthropic",
                   "mistral", "codestral", "xai", "deepseek", "volcengine", "dashscope", "zai", "bigmodel",
                   "moonshot", "minimax"}

_ABOVE_PREFIXES = ("input_cost_per_token_above_", "output_cost_per_token_above_",
                   "cache_read_input_token_cost_above_")
_ABOVE_RE = re.compile(r"^(input_cost_per_token|output_cost_per_token|cache_read_input_token_cost)"
                       r"_above_(\d+(?:\.\d+)?)([km]?)_tokens(?:_(batches|priority|flex))?$")
_ABOVE_FIELD = {"input_cost_per_token": "input", "output_cost_per_token": "output",
                "cache_read_input_token_cost": "cached"}

# Fields read as prices (anything else with "cost" in its name is an add-on listed as not imported).
_USED = {"input_cost_per_token", "output_cost_per_token", "cache_read_input_token_cost",
         "input_cost_per_token_cache_hit", "input_cost_per_token_batches", "output_cost_per_token_batches",
         "cache_read_input_token_cost_batches", "output_cost_per_reasoning_token"}
_TIERED_KEYS = {"range", "input_cost_per_token", "output_cost_per_token", "cache_read_input_token_cost",
                "output_cost_per_reasoning_token"}
_OFF_PEAK_KEYS = {"windows", "input_cost_per_token", "output_cost_per_token", "cache_read_input_token_cost"}

# Add-on price families, for the "not imported" detail (first match wins).
_ADDON_LABELS = (("cache_creation", "cache writes"), ("audio", "audio"), ("image", "images"), ("pixel", "images"),
                 ("video", "video"), ("character", "per-character prices"), ("per_second", "per-second prices"),
                 ("_priority", "priority tier"), ("_flex", "flex tier"), ("query", "web search/queries"),
                 ("dbu", "Databricks DBUs"), ("db_cost", "Databricks DBUs"), ("citation", "citations"),
                 ("batch_requests", "batch requests"))
_NO_TOKEN_UNITS = (("per_second", "per second"), ("per_character", "per character"), ("per_image", "per image"),
                   ("per_pixel", "per pixel"), ("per_query", "per query"), ("per_request", "per request"),
                   ("audio_token", "audio tokens only"))

_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_HOURS_RE = re.compile(r"^([01]\d|2[0-4]):([0-5]\d)-([01]\d|2[0-4]):([0-5]\d)$")


# ------------------------------------------------------------------------------------------------- reading


def read_litellm_map(path: Path) -> list[tuple[str, int, object]]:
    """Read the map's top-level entries as (key, line, value), numbers exact; errors name file and line."""
    raw = read_bytes(path)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise CatalogError(f"{path}:{line}", f"is not UTF-8 text (byte offset {exc.start}); a LiteLLM price map "
                                             "is UTF-8 JSON") from None
    decoder = json.JSONDecoder(parse_float=Decimal, parse_constant=Decimal)
    try:
        return _scan_top_level(text, decoder, path)
    except JSONDecodeError as exc:
        hint = "" if text.rstrip().endswith("}") else " (the file looks cut short)"
        raise CatalogError(f"{path}:{exc.lineno}:{exc.colno}", f"not valid JSON ({exc.msg}){hint}") from None
    except RecursionError:
        raise CatalogError(str(path), "is nested too deeply to be a price map") from None


def _scan_top_level(text: str, decoder: json.JSONDecoder, path: Path) -> list[tuple[str, int, object]]:
    """Walk the top-level object key by key (the C scanner decodes each value), so every entry keeps the
    line it starts on and a duplicate key is seen, not silently replaced."""
    ws = WHITESPACE.match
    idx = ws(text, 0).end()
    if idx == len(text):
        raise CatalogError(str(path), "is empty")
    if text[idx] != "{":
        value, _ = decoder.raw_decode(text, idx)
        raise CatalogError(f"{path}:{text.count(chr(10), 0, idx) + 1}",
                           f"top level is {_kind(value)}; a LiteLLM price map is a JSON object of model entries")
    entries: list[tuple[str, int, object]] = []
    idx = ws(text, idx + 1).end()
    line, counted = 1, 0
    if text.startswith("}", idx):
        idx += 1
    else:
        while True:
            if not text.startswith('"', idx):
                raise JSONDecodeError("Expecting property name enclosed in double quotes", text, idx)
            key_at = idx
            key, idx = scanstring(text, idx + 1)
            idx = ws(text, idx).end()
            if not text.startswith(":", idx):
                raise JSONDecodeError("Expecting ':' delimiter", text, idx)
            idx = ws(text, idx + 1).end()
            value, idx = decoder.raw_decode(text, idx)
            line += text.count("\n", counted, key_at)
            counted = key_at
            entries.append((key, line, value))
            idx = ws(text, idx).end()
            if text.startswith(",", idx):
                idx = ws(text, idx + 1).end()
                continue
            if text.startswith("}", idx):
                idx += 1
                break
            raise JSONDecodeError("Expecting ',' delimiter", text, idx)
    if ws(text, idx).end() != len(text):
        raise JSONDecodeError("Extra data", text, ws(text, idx).end())
    return entries


def _kind(value: object) -> str:
    if isinstance(value, list):
        return "a list"
    if isinstance(value, str):
        return "a string"
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    return "a number"


# ---------------------------------------------------------------------------------------------- converting


def convert_litellm(path: Path, *, effective: date, today: date, progress: Progress | None = None) -> Conversion:
    """Convert a LiteLLM map to drafts; every key ends as a draft reference or a skipped outcome."""
    entries = read_litellm_map(path)
    total = len(entries)
    name = path.name
    note = (f"imported from {name} on {today.isoformat()}; LiteLLM prices are USD (CNY vendors converted by "
            "LiteLLM at its own rate)")
    skipped: list[RowOutcome] = []
    candidates: dict[str, list[tuple[int, int, str, ModelDraft]]] = {}
    vendors: dict[str, Vendor] = {}
    seen_keys: dict[str, int] = {}
    step = max(1, total // 100)
    for order, (key, line, entry) in enumerate(entries):
        if progress is not None and order % step == 0:
            progress(order, total)
        try:
            if key in seen_keys:
                raise Skip("duplicate key", f"{key!r} also at line {seen_keys[key]}; JSON readers keep only one")
            seen_keys[key] = line
            vendor_id, preference, draft = _convert_entry(key, line, order, entry, name=name, note=note,
                                                          effective=effective, today=today, vendors=vendors)
        except Skip as skip:
            skipped.append(RowOutcome(order, key, line, SKIPPED, "", skip.reason, skip.detail))
            continue
        candidates.setdefault(draft.model.id, []).append((preference, order, key, draft))
    drafts = []
    for model_id, group in candidates.items():
        group.sort(key=lambda c: (c[0], c[1]))
        winner = group[0]
        drafts.append(winner[3])
        for _, order, key, draft in group[1:]:
            same = draft.model.prices[0].base == winner[3].model.prices[0].base
            skipped.append(RowOutcome(order, key, draft.refs[0].line, SKIPPED, model_id, "duplicate model id",
                                      f"{model_id} also comes from {winner[2]!r}, which is kept; "
                                      f"{'same' if same else 'different'} prices"))
    drafts.sort(key=lambda d: d.refs[0].order)
    if progress is not None:
        progress(total, total)
    return Conversion(vendors, drafts, skipped, total)


def _convert_entry(key: str, line: int, order: int, entry: object, *, name: str, note: str, effective: date,
                   today: date, vendors: dict[str, Vendor]) -> tuple[str, int, ModelDraft]:
    if key == "sample_spec":
        raise Skip("specification entry", "sample_spec documents the format; it is not a model")
    if not isinstance(entry, dict):
        raise Skip("not an object", f"the value is {_kind(entry)}")
    mode = entry.get("mode")
    if mode is None:
        raise Skip("mode missing", "no 'mode': cannot tell a chat model from an embedding or image model")
    if mode not in CHAT_MODES:
        raise Skip(f"mode={mode}")
    provider = entry.get("litellm_provider")
    if not isinstance(provider, str) or not provider.strip():
        raise Skip("litellm_provider missing", "cannot tell which vendor sells it")
    provider = provider.strip()
    for per_request in ("input_cost_per_request", "output_cost_per_request"):
        value = entry.get(per_request)
        if value is not None and not (isinstance(value, (int, Decimal)) and not isinstance(value, bool)
                                      and value == 0):
            raise Skip("also priced per request", f"{per_request} is {value}; the catalog prices tokens only")

    warnings: list[str] = []
    base, tiers, tier_batch = _base_and_tiers(entry, warnings)
    batch = _batch(entry, base, tiers, tier_batch, warnings)
    off_peak = _off_peak(entry, tiers, warnings)

    vendor_id, preference = _vendor_for(provider)
    rest = _strip_prefix(key, provider, vendor_id)
    model_slug = slug(rest)
    if not model_slug or not vendor_id:
        raise Skip("no usable model id", f"{key!r} has no letters or digits to make an id from")
    model_id = f"{vendor_id}/{model_slug}"

    url = entry.get("source")
    url = url.strip() if isinstance(url, str) and is_url(url.strip()) else ""
    if vendor_id not in vendors:
        known = KNOWN_VENDORS.get(vendor_id)
        if known:
            vendors[vendor_id] = Vendor(vendor_id, known.name, known.region, "USD", known.pricing_url,
                                        known.name_zh or known.name)
        else:
            display = _display_name(provider)
            vendors[vendor_id] = Vendor(vendor_id, display, "US", "USD", url or LITELLM_MAP_URL, display)

    details = []
    context = _tokens(entry, "max_input_tokens", details)
    max_output = _tokens(entry, "max_output_tokens", details)
    if context is None and max_output is None and entry.get("max_input_tokens") is None:
        # LiteLLM's spec: max_tokens is the output limit where the provider gives one, else the input limit.
        context = _tokens(entry, "max_tokens", details)
        if context is not None:
            details.append("context window from max_tokens (the file gives no max_input_tokens)")
    deprecated = False
    when = entry.get("deprecation_date")
    if isinstance(when, str):
        try:
            deprecated = date.fromisoformat(when.strip()) <= effective
        except ValueError:
            details.append(f"deprecation_date {when!r} ignored (not a date)")
    if base.input == 0 and base.output == 0 and not tiers:
        details.append("free (0/0 in the file)")
    addons = _addons(entry)
    if addons:
        details.append("not imported: " + ", ".join(addons))
    details.extend(warnings)
    point_note = note + "".join(f"; {w}" for w in warnings)
    # The catalog's source is a URL: the entry's own page, else the map it comes from; the note names the file.
    source = url or LITELLM_MAP_URL
    price_point = point(effective, base, tiers=tiers, batch=batch, off_peak=off_peak, source=source,
                        checked=today, note=point_note)
    model = Model(model_id, vendor_id, rest, "USD", context, max_output, (price_point,), deprecated)
    return vendor_id, preference, ModelDraft(model, [SourceRef(order, key, line, "; ".join(details))],
                                             name_given=False)


def per_million(value: object, field: str) -> Decimal:
    """USD per token → per 1M tokens, exactly; refuses what is not a finite number ≥ 0."""
    if isinstance(value, bool) or not isinstance(value, (int, Decimal)):
        raise Skip("invalid price", f"{field} is {value!r}, not a number")
    number = Decimal(value)
    if not number.is_finite():
        raise Skip("invalid price", f"{field} is {value}")
    if number < 0:
        raise Skip("negative price", f"{field} is {value}")
    result = Decimal(format(number.scaleb(_ONE_MILLION_EXP).normalize(), "f"))
    if result > MAX_PRICE_PER_1M:
        raise Skip("invalid price", f"{field} is {value} per token ({result} per 1M): not a per-token price")
    return result


def _optional_price(entry: dict, field: str) -> Decimal | None:
    value = entry.get(field)
    return None if value is None else per_million(value, field)


def _base_and_tiers(entry: dict, warnings: list[str]) -> tuple[Prices, tuple[Tier, ...], dict]:
    """Base prices and context tiers from either ``*_above_*`` fields or ``tiered_pricing``."""
    above_keys = [k for k in entry if k.startswith(_ABOVE_PREFIXES)]
    tiered = entry.get("tiered_pricing")
    if tiered is not None and above_keys:
        raise Skip("unrecognised tier fields", f"both tiered_pricing and {above_keys[0]}: which one applies?")
    cached = _optional_price(entry, "cache_read_input_token_cost")
    cache_hit = _optional_price(entry, "input_cost_per_token_cache_hit")
    if cached is None:
        cached = cache_hit
    elif cache_hit is not None and cache_hit != cached:
        warnings.append(f"input_cost_per_token_cache_hit ({cache_hit}/1M) differs from cache_read_input_token_cost "
                        f"({cached}/1M); the latter is used")
    if tiered is not None:
        base, tiers = _tiered_pricing(tiered, cached, warnings)
        for field, value in (("input_cost_per_token", base.input), ("output_cost_per_token", base.output)):
            top = _optional_price(entry, field)
            if top is not None and top != value:
                raise Skip("conflicting prices", f"{field} ({top}/1M) differs from tiered_pricing's first range "
                                                 f"({value}/1M)")
        _reasoning_warning(entry, base.output, warnings)
        return base, tiers, {}
    raw_in, raw_out = entry.get("input_cost_per_token"), entry.get("output_cost_per_token")
    if raw_in is None and raw_out is None:
        units = [label for part, label in _NO_TOKEN_UNITS if any(part in k and "cost" in k for k in entry)]
        if units:
            raise Skip(f"no per-token price ({', '.join(dict.fromkeys(units))})")
        raise Skip("no price", "neither input_cost_per_token nor output_cost_per_token")
    if raw_in is None or raw_out is None:
        missing = "input_cost_per_token" if raw_in is None else "output_cost_per_token"
        raise Skip("input or output price missing", f"{missing} is missing; input and output are priced together")
    base = Prices(per_million(raw_in, "input_cost_per_token"), per_million(raw_out, "output_cost_per_token"), cached)
    _reasoning_warning(entry, base.output, warnings)
    by_threshold: dict[int, dict[str, Decimal]] = {}
    for key in above_keys:
        match = _ABOVE_RE.match(key)
        if not match:
            raise Skip("unrecognised tier fields", f"{key} is not a <price>_above_<N>k_tokens field")
        field, number, unit, service = match.groups()
        if service in ("priority", "flex"):
            continue
        threshold = Decimal(number) * {"k": 1000, "m": 1_000_000, "": 1}[unit]
        if threshold != threshold.to_integral_value() or threshold <= 0:
            raise Skip("unrecognised tier fields", f"{key}: {threshold} is not a whole number of tokens")
        slot = _ABOVE_FIELD[field] if service is None else "batch_" + _ABOVE_FIELD[field]
        by_threshold.setdefault(int(threshold), {})[slot] = per_million(entry[key], key)
    tiers = []
    tier_batch = {}
    for threshold in sorted(by_threshold):
        values = by_threshold[threshold]
        if not {"input", "output", "cached"} & set(values):
            raise Skip("unrecognised tier fields", f"above {threshold:,} tokens only batch prices are given")
        # LiteLLM bills a field the tier does not name at the base price (its generic cost calculator).
        prices = Prices(values.get("input", base.input), values.get("output", base.output),
                        values.get("cached", base.cached_input))
        tiers.append(Tier(threshold, prices))
        tier_batch[threshold] = {k[6:]: v for k, v in values.items() if k.startswith("batch_")}
    return base, tuple(tiers), tier_batch


def _reasoning_warning(entry: dict, output: Decimal, warnings: list[str]) -> None:
    value = entry.get("output_cost_per_reasoning_token")
    if value is None:
        return
    reasoning = per_million(value, "output_cost_per_reasoning_token")
    if reasoning != output:
        warnings.append(f"reasoning output is {reasoning}/1M in the file; the output price here is for "
                        "non-reasoning output")


def _tiered_pricing(raw: object, top_cached: Decimal | None, warnings: list[str]) -> tuple[Prices, tuple[Tier, ...]]:
    if not isinstance(raw, list) or not raw:
        raise Skip("unrecognised tiered_pricing", "expected a non-empty list of {range: [lo, hi], ...}")
    ranges = []
    for index, item in enumerate(raw):
        where = f"tiered_pricing[{index}]"
        if not isinstance(item, dict):
            raise Skip("unrecognised tiered_pricing", f"{where} is {_kind(item)}, not an object")
        unknown = sorted(set(item) - _TIERED_KEYS)
        if unknown:
            raise Skip("unrecognised tiered_pricing", f"{where} has {unknown[0]!r}")
        bounds = item.get("range")
        if (not isinstance(bounds, list) or len(bounds) != 2 or not _is_number(bounds[0])
                or not (_is_number(bounds[1]) or bounds[1] is None)):
            raise Skip("unrecognised tiered_pricing", f"{where}.range is {bounds!r}, not [lo, hi]")
        lo = Decimal(bounds[0])
        hi = Decimal(bounds[1]) if bounds[1] is not None else None  # None: open-ended (the last range)
        if lo < 0 or lo != lo.to_integral_value() or (hi is not None and hi <= lo):
            raise Skip("unrecognised tiered_pricing", f"{where}.range [{lo}, {hi}] is not a token range")
        for field in ("input_cost_per_token", "output_cost_per_token"):
            if item.get(field) is None:
                raise Skip("unrecognised tiered_pricing", f"{where} has no {field}")
        prices = Prices(per_million(item["input_cost_per_token"], f"{where}.input_cost_per_token"),
                        per_million(item["output_cost_per_token"], f"{where}.output_cost_per_token"),
                        _optional_price(item, "cache_read_input_token_cost"))
        reasoning = item.get("output_cost_per_reasoning_token")
        if reasoning is not None and index == 0:
            value = per_million(reasoning, f"{where}.output_cost_per_reasoning_token")
            if value != prices.output:
                warnings.append(f"reasoning output is {value}/1M in the file (first range); the output price here "
                                "is for non-reasoning output")
        ranges.append((int(lo), hi, prices))
    ranges.sort(key=lambda r: r[0])
    if ranges[0][0] != 0:
        raise Skip("unrecognised tiered_pricing", f"no range starts at 0 (first starts at {ranges[0][0]:,})")
    for before, after in zip(ranges, ranges[1:]):
        if before[1] is None or Decimal(after[0]) != before[1]:
            raise Skip("unrecognised tiered_pricing", f"ranges leave a gap or overlap between {before[1]} and "
                                                      f"{after[0]}")
    base = ranges[0][2]
    if base.cached_input is None and top_cached is not None:
        base = Prices(base.input, base.output, top_cached)
    return base, tuple(Tier(lo, prices) for lo, _, prices in ranges[1:])


def _batch(entry: dict, base: Prices, tiers: tuple[Tier, ...], tier_batch: dict,
           warnings: list[str]) -> SegmentPricing | None:
    b_in = _optional_price(entry, "input_cost_per_token_batches")
    b_out = _optional_price(entry, "output_cost_per_token_batches")
    b_cached = _optional_price(entry, "cache_read_input_token_cost_batches")
    if b_in is None and b_out is None:
        return None
    if b_in is None or b_out is None:
        warnings.append("batch price not imported: the file gives only "
                        + ("output_cost_per_token_batches" if b_in is None else "input_cost_per_token_batches"))
        return None
    if not tiers:
        return SegmentPricing(prices=Prices(b_in, b_out, b_cached))
    # The catalog's explicit batch prices ignore context tiers; one factor of every tier's prices does not.
    factor = b_in / base.input if base.input else None
    if factor is not None and 0 < factor <= 1 and _is_factor(base, Prices(b_in, b_out, b_cached), factor) and all(
            _is_factor(t.prices, Prices(tier_batch.get(t.above_prompt_tokens, {}).get("input"),
                                        tier_batch.get(t.above_prompt_tokens, {}).get("output"),
                                        tier_batch.get(t.above_prompt_tokens, {}).get("cached",
                                                                                      b_cached)), factor)
            for t in tiers):
        return SegmentPricing(factor=factor)
    warnings.append("batch prices not imported: they differ by context tier in a way the catalog cannot hold "
                    "(batch share billed at the standard price)")
    return None


def _is_factor(standard: Prices, batch: Prices, factor: Decimal) -> bool:
    if batch.input is None or batch.output is None:
        return False
    if standard.input * factor != batch.input or standard.output * factor != batch.output:
        return False
    if standard.cached_input is None:
        return True
    return batch.cached_input is not None and standard.cached_input * factor == batch.cached_input


def _off_peak(entry: dict, tiers: tuple[Tier, ...], warnings: list[str]) -> SegmentPricing | None:
    raw = entry.get("off_peak_pricing")
    if raw is None:
        return None
    if not isinstance(raw, dict):
        raise Skip("unrecognised off_peak_pricing", f"it is {_kind(raw)}, not an object")
    unknown = sorted(set(raw) - _OFF_PEAK_KEYS)
    if unknown:
        raise Skip("unrecognised off_peak_pricing", f"field {unknown[0]!r}")
    for field in ("input_cost_per_token", "output_cost_per_token"):
        if raw.get(field) is None:
            raise Skip("unrecognised off_peak_pricing", f"no {field}")
    prices = Prices(per_million(raw["input_cost_per_token"], "off_peak_pricing.input_cost_per_token"),
                    per_million(raw["output_cost_per_token"], "off_peak_pricing.output_cost_per_token"),
                    _optional_price(raw, "cache_read_input_token_cost"))
    hours = off_peak_hours(raw.get("windows"))
    if tiers:
        warnings.append("off-peak prices not imported: the file gives them for the base context tier only")
        return None
    return SegmentPricing(prices=prices, hours=hours)


def off_peak_hours(windows: object) -> str:
    """``[{hours_utc: ["00:00-01:00", ...], weekdays: [1..5]}, ...]`` → ``Mon–Fri 00:00–01:00, ...; Sat–Sun
    all day (UTC)``. Weekdays are ISO (1 = Monday); an end of 00:00 means midnight."""
    if windows is None:
        return ""
    if not isinstance(windows, list) or not windows:
        raise Skip("unrecognised off_peak_pricing", "windows is not a list of {hours_utc, weekdays}")
    parts = []
    for index, window in enumerate(windows):
        where = f"off_peak_pricing.windows[{index}]"
        if not isinstance(window, dict) or set(window) - {"hours_utc", "weekdays"}:
            raise Skip("unrecognised off_peak_pricing", f"{where} is not {{hours_utc, weekdays}}")
        hours = window.get("hours_utc")
        spans = [hours] if isinstance(hours, str) else hours
        if not isinstance(spans, list) or not spans or not all(isinstance(s, str) for s in spans):
            raise Skip("unrecognised off_peak_pricing", f"{where}.hours_utc is {hours!r}")
        texts = []
        for span in spans:
            match = _HOURS_RE.match(span.strip())
            if not match:
                raise Skip("unrecognised off_peak_pricing", f"{where}.hours_utc {span!r} is not HH:MM-HH:MM")
            h1, m1, h2, m2 = match.groups()
            if (h1, m1) == (h2, m2) and (h1, m1) == ("00", "00"):
                texts.append("all day")
                continue
            end = "24:00" if (h2, m2) == ("00", "00") else f"{h2}:{m2}"
            texts.append(f"{h1}:{m1}–{end}")
        days = window.get("weekdays")
        if days is None:
            day_text = "every day"
        elif (isinstance(days, list) and days and all(isinstance(d, int) and not isinstance(d, bool)
                                                       and 1 <= d <= 7 for d in days)):
            day_text = _weekday_text(sorted(set(days)))
        else:
            raise Skip("unrecognised off_peak_pricing", f"{where}.weekdays is {days!r} (expected 1–7, Monday = 1)")
        parts.append(f"{day_text} {', '.join(texts)}")
    return "; ".join(parts) + " (UTC)"


def _is_number(value: object) -> bool:
    return isinstance(value, (int, Decimal)) and not isinstance(value, bool)


def _weekday_text(days: list[int]) -> str:
    if days == list(range(1, 8)):
        return "every day"
    runs, start, prev = [], days[0], days[0]
    for day in days[1:] + [None]:
        if day is not None and day == prev + 1:
            prev = day
            continue
        runs.append(_WEEKDAYS[start - 1] if start == prev else
                    (f"{_WEEKDAYS[start - 1]}–{_WEEKDAYS[prev - 1]}" if prev > start + 1
                     else f"{_WEEKDAYS[start - 1]}, {_WEEKDAYS[prev - 1]}"))
        if day is not None:
            start = prev = day
    return ", ".join(runs)


def _vendor_for(provider: str) -> tuple[str, int]:
    found = PROVIDERS.get(provider)
    if found:
        return found
    if provider.startswith("vertex_ai"):
        return "vertex-ai", 0
    return vendor_slug(provider), 0


def _strip_prefix(key: str, provider: str, vendor_id: str) -> str:
    head, sep, rest = key.partition("/")
    if sep and rest and (head in (provider, vendor_id, provider.split("-")[0]) or head in _PREFIX_ALIASES):
        return rest
    return key


def _display_name(provider: str) -> str:
    words = re.split(r"[_\-\s]+", provider)
    return " ".join(w.upper() if w.lower() in ("ai", "ml", "llm", "oci", "aws", "ibm") else w.capitalize()
                    for w in words if w)


def _tokens(entry: dict, field: str, details: list[str]) -> int | None:
    value = entry.get(field)
    if value is None:
        return None
    if isinstance(value, (int, Decimal)) and not isinstance(value, bool) and value > 0 \
            and value == int(value):
        return int(value)
    details.append(f"{field} {value} ignored (not a positive whole number of tokens)")
    return None


def _addons(entry: dict) -> list[str]:
    labels = []
    for key, value in entry.items():
        if "cost" not in key or key in _USED or key.startswith(_ABOVE_PREFIXES) or value in (None, 0):
            continue
        if isinstance(value, Decimal) and value == 0:
            continue
        label = next((lab for part, lab in _ADDON_LABELS if part in key), key)
        if label not in labels:
            labels.append(label)
    return labels

"""The catalog's JSON files: reading and validating a vendor file (every error names the file and field),
and writing catalog objects back in the same format (prices as decimal strings, so nothing is lost). The format
is described by ``resources/catalog/catalog.schema.json``; ``core.catalog.validate`` checks a file against both.
Imports: the foundation and :mod:`core.catalog.model`.
"""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Iterable

from core.atomic import check_readable
from core.catalog.model import (
    BUNDLED_LAYER,
    REGIONS,
    FreeLimits,
    Model,
    PricePoint,
    Prices,
    SegmentPricing,
    Tier,
    Vendor,
    close_history,
)
from core.dates import parse_day
from core.errors import CatalogError, Field, InputError, Place, Where, detail_of, kind_of, read_reason
from core.json_text import load_json
from core.money import check_currency, to_decimal
from core.text import MAX_NOTE_CHARS, check_text

SCHEMA_VERSION = 1
MAX_FILE_BYTES = 20 * 1024 * 1024  # a price list is KBs; anything this big is not one
TOP_LEVEL = Field("top_level")
MAX_PRICE_PER_1M = Decimal(1_000_000)     # $1 a token: above it is a unit mistake
MIN_PRICE_PER_1M = Decimal("0.000000001")  # below a billionth per 1M tokens a price is a unit mistake too (and
                                           # 1e-999999999 written out in full was a 1 GB file)


def read_json_file(path: Path, max_bytes: int = MAX_FILE_BYTES):
    """Read a JSON file with exact numbers; errors name the file and line."""
    size = check_readable(path, CatalogError)   # a regular file only: a pipe would block the app forever
    if size > max_bytes:
        raise CatalogError(str(path), "file_too_large", size=f"{size / 1e6:.0f}", limit=max_bytes // 1_000_000)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise CatalogError(str(path), "file_unreadable", reason=read_reason(exc)) from exc
    return decode_json(raw, path)


def decode_json(raw: bytes, path: Path, *, say_cut: bool = False):
    """A file's bytes as JSON with exact numbers (UTF-8, a BOM allowed); errors name the file and line. With
    ``say_cut``, a document that does not end as JSON does is said to be cut short (a download stopped)."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise CatalogError(f"{path}:{line}", "not_utf8") from None
    if not text.strip():
        raise CatalogError(str(path), "file_empty")
    try:
        return load_json(text, str(path), error=CatalogError)
    except json.JSONDecodeError as exc:
        cut = say_cut and not text.rstrip().endswith(("]", "}"))
        raise CatalogError(f"{path}:{exc.lineno}:{exc.colno}", "invalid_json_short" if cut else "invalid_json",
                           detail=detail_of(exc)) from None


def read_vendor_file(path: Path, layer: str = BUNDLED_LAYER) -> tuple[Vendor, list[Model]]:
    """Read and validate one vendor file; every error names the file and the field."""
    doc = read_json_file(path)
    try:
        return parse_vendor_document(doc, layer=layer)
    except (CatalogError, InputError) as exc:
        raise exc.at(str(path), kind=CatalogError) from None


def parse_vendor_document(doc: object, layer: str = BUNDLED_LAYER) -> tuple[Vendor, list[Model]]:
    if not isinstance(doc, dict):
        raise CatalogError(TOP_LEVEL, "catalog_top_level")
    version = doc.get("schema_version")
    if version != SCHEMA_VERSION:
        raise CatalogError("schema_version", "catalog_version", value=version, supported=SCHEMA_VERSION)
    _only(doc, {"schema_version", "vendor", "models"}, TOP_LEVEL)
    vendor = _parse_vendor(_require(doc, "vendor", dict, TOP_LEVEL))
    raw_models = _require(doc, "models", list, TOP_LEVEL)
    models = []
    seen: set[str] = set()
    for index, raw in enumerate(raw_models):
        where = f"models[{index}]"
        if not isinstance(raw, dict):
            raise CatalogError(where, "object_expected")
        model_id = raw.get("id")
        if isinstance(model_id, str):
            where = f"{where} ({model_id})"
        model = _parse_model(raw, vendor, where, layer)
        if model.id in seen:
            raise CatalogError(where, "model_twice", model=model.id)
        seen.add(model.id)
        models.append(model)
    return vendor, models


def _parse_vendor(raw: dict) -> Vendor:
    where = "vendor"
    _only(raw, {"id", "name", "name_zh", "region", "currency", "pricing_url"}, where)
    vendor_id = _require(raw, "id", str, where)
    if not vendor_id or vendor_id != vendor_id.lower() or "/" in vendor_id:
        raise CatalogError(f"{where}.id", "vendor_slug", value=vendor_id)
    region = _require(raw, "region", str, where)
    if region not in REGIONS:
        raise CatalogError(f"{where}.region", "region_unknown", value=region, allowed=", ".join(REGIONS))
    return Vendor(
        id=vendor_id,
        name=_require(raw, "name", str, where),
        region=region,
        currency=check_currency(raw.get("currency"), f"{where}.currency"),
        pricing_url=_require(raw, "pricing_url", str, where),
        name_zh=_optional(raw, "name_zh", str, where) or "",
    )


_MODEL_KEYS = {"id", "name", "context_window", "max_output", "currency", "deprecated", "prices"}


def _parse_model(raw: dict, vendor: Vendor, where: str, layer: str) -> Model:
    _only(raw, _MODEL_KEYS, where)
    model_id = _require(raw, "id", str, where)
    if not model_id.startswith(vendor.id + "/") or model_id != model_id.lower() or " " in model_id:
        raise CatalogError(f"{where}.id", "model_id_form", value=model_id, vendor=vendor.id)
    currency = vendor.currency
    if "currency" in raw:
        currency = check_currency(raw["currency"], f"{where}.currency")
    raw_points = _require(raw, "prices", list, where)
    if not raw_points:
        raise CatalogError(f"{where}.prices", "no_price_points")
    points = [_parse_point(p, f"{where}.prices[{i}]", layer) for i, p in enumerate(raw_points)]
    for before, after in zip(points, points[1:]):
        if after.start <= before.start:
            raise CatalogError(f"{where}.prices", "points_order", after=after.start, before=before.start)
        if before.end is not None and before.end >= after.start:
            raise CatalogError(f"{where}.prices", "points_overlap", end=before.end, start=after.start)
    return Model(
        id=model_id,
        vendor_id=vendor.id,
        name=_require(raw, "name", str, where),
        currency=currency,
        context_window=_optional_int(raw, "context_window", where),
        max_output=_optional_int(raw, "max_output", where),
        prices=tuple(close_history(points)),
        deprecated=bool(_optional(raw, "deprecated", bool, where) or False),
    )


_POINT_KEYS = {"from", "to", "input", "output", "cached_input", "tiers", "batch", "off_peak",
               "free_input_tokens_per_month", "free_output_tokens_per_month", "free_limits", "source", "checked",
               "note", "known_up_to_prompt_tokens", "output_price_unknown"}


def _parse_point(raw: object, where: str, layer: str) -> PricePoint:
    if not isinstance(raw, dict):
        raise CatalogError(where, "object_expected")
    _only(raw, _POINT_KEYS, where)
    start = parse_date(raw.get("from"), f"{where}.from")
    end = parse_date(raw["to"], f"{where}.to") if raw.get("to") is not None else None
    if end is not None and end < start:
        raise CatalogError(f"{where}.to", "point_end_before_start", end=end, start=start)
    base = _parse_prices(raw, where, require_io=True)
    tiers: list[Tier] = []
    for index, raw_tier in enumerate(_optional(raw, "tiers", list, where) or []):
        tier = _parse_tier(raw_tier, f"{where}.tiers[{index}]")
        if tiers and tier.from_prompt_tokens <= tiers[-1].from_prompt_tokens:
            key = "from_prompt_tokens" if tier.inclusive else "above_prompt_tokens"
            raise CatalogError(f"{where}.tiers[{index}].{key}", "tiers_order")
        tiers.append(tier)
    checked = raw.get("checked")
    return PricePoint(
        start=start,
        end=end,
        base=base,
        tiers=tuple(tiers),
        batch=_parse_segment(raw.get("batch"), f"{where}.batch"),
        off_peak=_parse_segment(raw.get("off_peak"), f"{where}.off_peak"),
        free_input_tokens=_optional_int(raw, "free_input_tokens_per_month", where) or 0,
        free_output_tokens=_optional_int(raw, "free_output_tokens_per_month", where) or 0,
        source=_optional(raw, "source", str, where) or "",
        checked=parse_date(checked, f"{where}.checked") if checked is not None else None,
        note=_optional(raw, "note", str, where) or "",
        layer=layer,
        free_limits=_parse_limits(raw.get("free_limits"), f"{where}.free_limits"),
        known_up_to=_optional_int(raw, "known_up_to_prompt_tokens", where, positive=True),
        output_unknown=bool(_optional(raw, "output_price_unknown", bool, where)),
    )


_TIER_BOUNDARIES = ("above_prompt_tokens", "from_prompt_tokens")


def _parse_tier(raw: object, where: str) -> Tier:
    """A context tier: its boundary stated one way — ``above_prompt_tokens`` N (prompts of N + 1 tokens or
    more) or ``from_prompt_tokens`` N (prompts of N tokens or more, the boundary itself included) — and its prices."""
    if not isinstance(raw, dict):
        raise CatalogError(where, "object_expected")
    _only(raw, {*_TIER_BOUNDARIES, "input", "output", "cached_input"}, where)
    stated = [key for key in _TIER_BOUNDARIES if raw.get(key) is not None]
    if len(stated) != 1:
        raise CatalogError(where, "tier_boundary_form")
    key = stated[0]
    tokens = _optional_int(raw, key, where)
    if tokens is None or tokens <= 0:
        raise CatalogError(f"{where}.{key}", "tier_threshold")
    prices = _parse_prices(raw, where, require_io=True)
    return Tier.above(tokens, prices) if key == "above_prompt_tokens" else Tier.starting(tokens, prices)


def tier_to_json(tier: Tier) -> dict:
    """A tier as the catalog file states it: the boundary the vendor's way, then its prices."""
    key = "from_prompt_tokens" if tier.inclusive else "above_prompt_tokens"
    return {key: tier.boundary, **prices_to_json(tier.prices)}


def _parse_limits(raw: object, where: str) -> FreeLimits | None:
    """A free model's published limits: the sentence in English and Chinese, with its source and check date."""
    if raw is None:
        return None
    if not isinstance(raw, dict):
        raise CatalogError(where, "object_expected")
    _only(raw, {"en", "zh", "source", "checked"}, where)
    checked = raw.get("checked")
    return FreeLimits(_require(raw, "en", str, where), _require(raw, "zh", str, where),
                      _optional(raw, "source", str, where) or "",
                      parse_date(checked, f"{where}.checked") if checked is not None else None)


def _parse_prices(raw: dict, where: str, require_io: bool) -> Prices:
    values = {}
    for key in ("input", "output", "cached_input"):
        if key in raw and raw[key] is not None:
            values[key] = _price(raw[key], f"{where}.{key}")
        elif require_io and key != "cached_input":
            raise CatalogError(f"{where}.{key}", "price_missing")
    return Prices(values["input"], values["output"], values.get("cached_input"))


def _parse_segment(raw: object, where: str) -> SegmentPricing | None:
    if raw is None:
        return None
    if not isinstance(raw, dict):
        raise CatalogError(where, "segment_object")
    _only(raw, {"factor", "input", "output", "cached_input", "hours"}, where)
    hours = _optional(raw, "hours", str, where) or ""
    if "factor" in raw:
        if "input" in raw or "output" in raw:
            raise CatalogError(where, "segment_both")
        factor = _price(raw["factor"], f"{where}.factor")
        if factor > 1:
            raise CatalogError(f"{where}.factor", "factor_above_one", value=factor)
        return SegmentPricing(factor=factor, hours=hours)
    return SegmentPricing(prices=_parse_prices(raw, where, require_io=True), hours=hours)


def _price(value: object, where: str) -> Decimal:
    try:
        price = to_decimal(value, where, minimum=Decimal(0), maximum=MAX_PRICE_PER_1M)
    except InputError as exc:
        raise exc.at(kind=CatalogError) from None
    if 0 < price < MIN_PRICE_PER_1M:
        raise CatalogError(where, "price_too_small", value=value, limit=MIN_PRICE_PER_1M)
    return price


def parse_date(value: object, where: Where) -> date:
    return parse_day(value, where, error=CatalogError)


# How long each text of a catalog file may be: names and ids head a narrow column of the PDF quote (seven options
# of 200 characters each still fit a page), notes are a paragraph or a few.
MAX_CATALOG_NAME_CHARS = 200
MAX_LINK_CHARS = 1000
_TEXT_LIMITS = {"id": MAX_CATALOG_NAME_CHARS, "name": MAX_CATALOG_NAME_CHARS, "name_zh": MAX_CATALOG_NAME_CHARS,
                "note": MAX_NOTE_CHARS,
                "en": MAX_NOTE_CHARS, "zh": MAX_NOTE_CHARS, "hours": MAX_NOTE_CHARS}


def _require(raw: dict, key: str, kind: type, where: str):
    if key not in raw:
        raise CatalogError(f"{where}.{key}" if where != TOP_LEVEL else key, "missing")
    value = raw[key]
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise CatalogError(f"{where}.{key}" if where != TOP_LEVEL else key, "kind_expected",
                           expected=_kind_name(kind), kind=kind_of(value))
    if isinstance(value, str):
        if not value.strip():
            raise CatalogError(f"{where}.{key}", "empty")
        try:
            check_text(value, f"{where}.{key}", _TEXT_LIMITS.get(key, MAX_LINK_CHARS))
        except InputError as exc:
            raise exc.at(kind=CatalogError) from None
    return value


def _optional(raw: dict, key: str, kind: type, where: str):
    value = raw.get(key)
    if value is None or value == "":
        return None
    return _require(raw, key, kind, where)


def _optional_int(raw: dict, key: str, where: str, positive: bool = False) -> int | None:
    value = raw.get(key)
    if value is None:
        return None
    if isinstance(value, Decimal) and value == value.to_integral_value():
        value = int(value)
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise CatalogError(f"{where}.{key}", "tokens_expected", value=value)
    if positive and not value:
        raise CatalogError(f"{where}.{key}", "tier_threshold")   # "must be a positive whole number of tokens"
    return value


def _only(raw: dict, allowed: set[str], where: str) -> None:
    unknown = sorted(set(raw) - allowed)
    if unknown:
        raise CatalogError(where, "unknown_key", key=unknown[0], allowed=", ".join(sorted(allowed)))


def _kind_name(kind: type) -> Place:
    code = {str: "kind_text", int: "kind_whole_number", list: "kind_list", dict: "kind_object", bool: "kind_bool"}.get(kind)
    return Field(code) if code else kind.__name__


# ------------------------------------------------------------------------------------------- serialising


def prices_to_json(prices: Prices) -> dict:
    out = {"input": str(prices.input), "output": str(prices.output)}
    if prices.cached_input is not None:
        out["cached_input"] = str(prices.cached_input)
    return out


def point_to_json(point: PricePoint) -> dict:
    """The catalog-file form of a point (prices as decimal strings so nothing is lost in transit)."""
    out: dict = {"from": point.start.isoformat()}
    if point.end is not None:
        out["to"] = point.end.isoformat()
    out.update(prices_to_json(point.base))
    if point.tiers:
        out["tiers"] = [tier_to_json(t) for t in point.tiers]
    for key, seg in (("batch", point.batch), ("off_peak", point.off_peak)):
        if seg is not None:
            if seg.factor is not None:
                data = {"factor": str(seg.factor)}
            else:
                assert seg.prices is not None           # a factor or prices (read_point refuses neither)
                data = prices_to_json(seg.prices)
            if seg.hours:
                data["hours"] = seg.hours
            out[key] = data
    if point.free_input_tokens:
        out["free_input_tokens_per_month"] = point.free_input_tokens
    if point.free_output_tokens:
        out["free_output_tokens_per_month"] = point.free_output_tokens
    if point.free_limits is not None:
        limits = point.free_limits
        out["free_limits"] = {"en": limits.en, "zh": limits.zh, **({"source": limits.source} if limits.source else {}),
                              **({"checked": limits.checked.isoformat()} if limits.checked else {})}
    for key, known in (("known_up_to_prompt_tokens", point.known_up_to), ("output_price_unknown", point.output_unknown)):
        if known:   # what the catalog does not know, said only where it applies
            out[key] = known
    out["source"] = point.source
    if point.checked:
        out["checked"] = point.checked.isoformat()
    out["note"] = point.note
    return out


def model_to_json(model: Model, points: Iterable[PricePoint] | None = None) -> dict:
    out: dict[str, object] = {"id": model.id, "name": model.name}
    if model.context_window is not None:
        out["context_window"] = model.context_window
    if model.max_output is not None:
        out["max_output"] = model.max_output
    out["currency"] = model.currency
    if model.deprecated:
        out["deprecated"] = True
    out["prices"] = [point_to_json(p) for p in (model.prices if points is None else points)]
    return out


def vendor_to_json(vendor: Vendor) -> dict:
    out = {"id": vendor.id, "name": vendor.name, "region": vendor.region, "currency": vendor.currency,
           "pricing_url": vendor.pricing_url}
    if vendor.name_zh:
        out["name_zh"] = vendor.name_zh
    return out

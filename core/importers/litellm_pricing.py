"""LiteLLM's prices → catalog prices: per token to per 1M exactly, context tiers (``*_above_*`` fields or
``tiered_pricing``), batch and off-peak prices, and the add-on prices the catalog has no place for."""

from __future__ import annotations

import re
from decimal import Decimal

from core.catalog.files import MAX_PRICE_PER_1M, MIN_PRICE_PER_1M
from core.catalog.model import Prices, SegmentPricing, Tier
from core.errors import Field, Words
from core.importers.common import Skip
from core.importers.litellm_read import value_kind

_ONE_MILLION_EXP = 6

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
# (part of a key, the words for what it prices): named words, translated in the import report
_ADDON_LABELS = (("cache_creation", "addon_cache_writes"), ("audio", "addon_audio"), ("image", "addon_images"),
                 ("pixel", "addon_images"), ("video", "addon_video"), ("character", "addon_per_character"),
                 ("per_second", "addon_per_second"), ("_priority", "addon_priority"), ("_flex", "addon_flex"),
                 ("query", "addon_web_search_queries"), ("dbu", "addon_dbus"), ("db_cost", "addon_dbus"),
                 ("citation", "addon_citations"), ("batch_requests", "addon_batch_requests"))
_NO_TOKEN_UNITS = (("per_second", "unit_per_second"), ("per_character", "unit_per_character"),
                   ("per_image", "unit_per_image"), ("per_pixel", "unit_per_pixel"), ("per_query", "unit_per_query"),
                   ("per_request", "unit_per_request"), ("audio_token", "unit_audio_tokens_only"))

_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_HOURS_RE = re.compile(r"^([01]\d|2[0-4]):([0-5]\d)-([01]\d|2[0-4]):([0-5]\d)$")


def per_million(value: object, field: str) -> Decimal:
    """USD per token → per 1M tokens, exactly; refuses what is not a finite number ≥ 0."""
    if isinstance(value, bool) or not isinstance(value, (int, Decimal)):
        raise Skip(Field("skip_invalid_price"), Field("skipd_not_a_number", where=field, value=value))
    number = Decimal(value)
    if not number.is_finite():
        raise Skip(Field("skip_invalid_price"), Field("skipd_is", where=field, value=value))
    if number < 0:
        raise Skip(Field("skip_negative_price"), Field("skipd_is", where=field, value=value))
    per_1m = number.scaleb(_ONE_MILLION_EXP)
    if 0 < per_1m < MIN_PRICE_PER_1M or per_1m > MAX_PRICE_PER_1M:   # before writing it out in full
        raise Skip(Field("skip_invalid_price"), Field("skipd_implausible_token", field=field, value=value))
    result = Decimal(format(per_1m.normalize(), "f"))
    if result > MAX_PRICE_PER_1M:
        raise Skip(Field("skip_invalid_price"), Field("skipd_not_per_token", field=field, value=value, per_1m=result))
    return result


def _optional_price(entry: dict, field: str) -> Decimal | None:
    value = entry.get(field)
    return None if value is None else per_million(value, field)


def base_and_tiers(entry: dict, warnings: list[Field]) -> tuple[Prices, tuple[Tier, ...], dict]:
    """Base prices and context tiers from either ``*_above_*`` fields or ``tiered_pricing``."""
    above_keys = [k for k in entry if k.startswith(_ABOVE_PREFIXES)]
    tiered = entry.get("tiered_pricing")
    if tiered is not None and above_keys:
        raise Skip(Field("skip_tier_fields"), Field("skipd_both_tier_kinds", field=above_keys[0]))
    cached = _optional_price(entry, "cache_read_input_token_cost")
    cache_hit = _optional_price(entry, "input_cost_per_token_cache_hit")
    if cached is None:
        cached = cache_hit
    elif cache_hit is not None and cache_hit != cached:
        warnings.append(Field("import_cache_hit_differs", hit=cache_hit, cached=cached))
    if tiered is not None:
        base, ranges = _tiered_pricing(tiered, cached, warnings)
        for field, value in (("input_cost_per_token", base.input), ("output_cost_per_token", base.output)):
            top = _optional_price(entry, field)
            if top is not None and top != value:
                raise Skip(Field("skip_conflicting_prices"), Field("skipd_first_range_differs", field=field, top=top, value=value))
        _reasoning_warning(entry, base.output, warnings)
        return base, ranges, {}
    raw_in, raw_out = entry.get("input_cost_per_token"), entry.get("output_cost_per_token")
    if raw_in is None and raw_out is None:
        units = [Field(code) for part, code in _NO_TOKEN_UNITS if any(part in k and "cost" in k for k in entry)]
        if units:
            raise Skip(Field("skip_no_token_price_units", units=Words(dict.fromkeys(units), ", ")))
        raise Skip(Field("skip_no_price"), Field("skipd_neither_cost"))
    if raw_in is None or raw_out is None:
        missing = "input_cost_per_token" if raw_in is None else "output_cost_per_token"
        raise Skip(Field("skip_price_missing"), Field("skipd_missing_together", field=missing))
    base = Prices(per_million(raw_in, "input_cost_per_token"), per_million(raw_out, "output_cost_per_token"), cached)
    _reasoning_warning(entry, base.output, warnings)
    by_threshold: dict[int, dict[str, Decimal]] = {}
    for key in above_keys:
        match = _ABOVE_RE.match(key)
        if not match:
            raise Skip(Field("skip_tier_fields"), Field("skipd_not_above_field", field=key))
        field, number, unit, service = match.groups()
        if service in ("priority", "flex"):
            continue
        tokens = Decimal(number) * {"k": 1000, "m": 1_000_000, "": 1}[unit]
        if tokens != tokens.to_integral_value() or tokens <= 0:
            raise Skip(Field("skip_tier_fields"), Field("skipd_not_whole_tokens", field=key, tokens=tokens))
        slot = _ABOVE_FIELD[field] if service is None else "batch_" + _ABOVE_FIELD[field]
        by_threshold.setdefault(int(tokens), {})[slot] = per_million(entry[key], key)
    tiers: list[Tier] = []
    tier_batch = {}
    for threshold in sorted(by_threshold):
        values = by_threshold[threshold]
        if not {"input", "output", "cached"} & set(values):
            raise Skip(Field("skip_tier_fields"), Field("skipd_only_batch_above", tokens=threshold))
        # LiteLLM bills a field the tier does not name at the base price (its generic cost calculator).
        prices = Prices(values.get("input", base.input), values.get("output", base.output),
                        values.get("cached", base.cached_input))
        tiers.append(Tier.above(threshold, prices))
        tier_batch[threshold] = {k[6:]: v for k, v in values.items() if k.startswith("batch_")}
    return base, tuple(tiers), tier_batch


def _reasoning_warning(entry: dict, output: Decimal, warnings: list[Field]) -> None:
    value = entry.get("output_cost_per_reasoning_token")
    if value is None:
        return
    reasoning = per_million(value, "output_cost_per_reasoning_token")
    if reasoning != output:
        warnings.append(Field("import_reasoning_price", value=reasoning))


def _tiered_pricing(raw: object, top_cached: Decimal | None, warnings: list[Field]) -> tuple[Prices, tuple[Tier, ...]]:
    if not isinstance(raw, list) or not raw:
        raise Skip(Field("skip_tiered_pricing"), Field("skipd_tiered_list"))
    ranges = []
    for index, item in enumerate(raw):
        where = f"tiered_pricing[{index}]"
        if not isinstance(item, dict):
            raise Skip(Field("skip_tiered_pricing"), Field("skipd_not_an_object", where=where, kind=value_kind(item)))
        unknown = sorted(set(item) - _TIERED_KEYS)
        if unknown:
            raise Skip(Field("skip_tiered_pricing"), Field("skipd_has_field", where=where, field=unknown[0]))
        bounds = item.get("range")
        if (not isinstance(bounds, list) or len(bounds) != 2 or not _is_number(bounds[0])
                or not (_is_number(bounds[1]) or bounds[1] is None)):
            raise Skip(Field("skip_tiered_pricing"), Field("skipd_range_is", where=where, value=bounds))
        lo = Decimal(bounds[0])
        hi = Decimal(bounds[1]) if bounds[1] is not None else None  # None: open-ended (the last range)
        if lo < 0 or lo != lo.to_integral_value() or (hi is not None and hi <= lo):
            raise Skip(Field("skip_tiered_pricing"), Field("skipd_not_token_range", where=where, lo=lo, hi=hi))
        for field in ("input_cost_per_token", "output_cost_per_token"):
            if item.get(field) is None:
                raise Skip(Field("skip_tiered_pricing"), Field("skipd_where_has_no", where=where, field=field))
        prices = Prices(per_million(item["input_cost_per_token"], f"{where}.input_cost_per_token"),
                        per_million(item["output_cost_per_token"], f"{where}.output_cost_per_token"),
                        _optional_price(item, "cache_read_input_token_cost"))
        reasoning = item.get("output_cost_per_reasoning_token")
        if reasoning is not None and index == 0:
            value = per_million(reasoning, f"{where}.output_cost_per_reasoning_token")
            if value != prices.output:
                warnings.append(Field("import_reasoning_price_first_range", value=value))
        ranges.append((int(lo), hi, prices))
    ranges.sort(key=lambda r: r[0])
    if ranges[0][0] != 0:
        raise Skip(Field("skip_tiered_pricing"), Field("skipd_no_range_at_0", start=ranges[0][0]))
    for before, after in zip(ranges, ranges[1:]):
        if before[1] is None or Decimal(after[0]) != before[1]:
            raise Skip(Field("skip_tiered_pricing"), Field("skipd_gap_overlap", end=before[1], start=after[0]))
    base = ranges[0][2]
    if base.cached_input is None and top_cached is not None:
        base = Prices(base.input, base.output, top_cached)
    return base, tuple(Tier.above(lo, prices) for lo, _, prices in ranges[1:])


def batch_pricing(entry: dict, base: Prices, tiers: tuple[Tier, ...], tier_batch: dict,
           warnings: list[Field]) -> SegmentPricing | None:
    b_in = _optional_price(entry, "input_cost_per_token_batches")
    b_out = _optional_price(entry, "output_cost_per_token_batches")
    b_cached = _optional_price(entry, "cache_read_input_token_cost_batches")
    if b_in is None and b_out is None:
        return None
    if b_in is None or b_out is None:
        warnings.append(Field("import_batch_only", field="output_cost_per_token_batches" if b_in is None
                              else "input_cost_per_token_batches"))
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
    warnings.append(Field("import_batch_by_tier"))
    return None


def _is_factor(standard: Prices, batch: Prices, factor: Decimal) -> bool:
    if batch.input is None or batch.output is None:
        return False
    if standard.input * factor != batch.input or standard.output * factor != batch.output:
        return False
    if standard.cached_input is None:
        return True
    return batch.cached_input is not None and standard.cached_input * factor == batch.cached_input


def off_peak_pricing(entry: dict, tiers: tuple[Tier, ...], warnings: list[Field]) -> SegmentPricing | None:
    raw = entry.get("off_peak_pricing")
    if raw is None:
        return None
    if not isinstance(raw, dict):
        raise Skip(Field("skip_off_peak_pricing"), Field("skipd_it_is_kind", kind=value_kind(raw)))
    unknown = sorted(set(raw) - _OFF_PEAK_KEYS)
    if unknown:
        raise Skip(Field("skip_off_peak_pricing"), Field("skipd_field_name", field=unknown[0]))
    for field in ("input_cost_per_token", "output_cost_per_token"):
        if raw.get(field) is None:
            raise Skip(Field("skip_off_peak_pricing"), Field("skipd_no_field", field=field))
    prices = Prices(per_million(raw["input_cost_per_token"], "off_peak_pricing.input_cost_per_token"),
                    per_million(raw["output_cost_per_token"], "off_peak_pricing.output_cost_per_token"),
                    _optional_price(raw, "cache_read_input_token_cost"))
    hours = off_peak_hours(raw.get("windows"))
    if tiers:
        warnings.append(Field("import_off_peak_base_only"))
        return None
    return SegmentPricing(prices=prices, hours=hours)


def off_peak_hours(windows: object) -> str:
    """``[{hours_utc: ["00:00-01:00", ...], weekdays: [1..5]}, ...]`` → ``Mon–Fri 00:00–01:00, ...; Sat–Sun
    all day (UTC)``. Weekdays are ISO (1 = Monday); an end of 00:00 means midnight."""
    if windows is None:
        return ""
    if not isinstance(windows, list) or not windows:
        raise Skip(Field("skip_off_peak_pricing"), Field("skipd_windows_list"))
    parts = []
    for index, window in enumerate(windows):
        where = f"off_peak_pricing.windows[{index}]"
        if not isinstance(window, dict) or set(window) - {"hours_utc", "weekdays"}:
            raise Skip(Field("skip_off_peak_pricing"), Field("skipd_not_hours_weekdays", where=where))
        hours = window.get("hours_utc")
        spans = [hours] if isinstance(hours, str) else hours
        if not isinstance(spans, list) or not spans or not all(isinstance(s, str) for s in spans):
            raise Skip(Field("skip_off_peak_pricing"), Field("skipd_hours_is", where=where, value=hours))
        texts = []
        for span in spans:
            match = _HOURS_RE.match(span.strip())
            if not match:
                raise Skip(Field("skip_off_peak_pricing"), Field("skipd_not_hhmm", where=where, value=span))
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
            raise Skip(Field("skip_off_peak_pricing"), Field("skipd_weekdays", where=where, value=days))
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


def addon_labels(entry: dict) -> list[str]:
    """The add-on price families an entry gives that the catalog has no place for (listed as not imported)."""
    labels = []
    for key, value in entry.items():
        if "cost" not in key or key in _USED or key.startswith(_ABOVE_PREFIXES) or value in (None, 0):
            continue
        if isinstance(value, Decimal) and value == 0:
            continue
        label = next((Field(code) for part, code in _ADDON_LABELS if part in key), key)
        if label not in labels:
            labels.append(label)
    return labels

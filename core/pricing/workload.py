"""A workload: monthly input and output tokens and how the traffic is shaped (cache hits, batch, off-peak,
prompt size per request, which selects a context-length tier)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal

from core.errors import Field, InputError, kind_of
from core.money import HUNDRED, ZERO
from core.text import MAX_NAME_CHARS, check_text
from core.volumes import MAX_TOKENS, parse_percent, parse_volume

# Workloads a project may hold: a workbook's Comparison sheet fits about a thousand workload blocks (16,384 columns),
# and a file of 200,000 took the app a minute to open, frozen, before its export was refused anyway.
MAX_WORKLOADS = 1_000


def name_twice(workloads) -> str | None:
    """The first workload name another workload already has (names must differ), or None."""
    seen: set[str] = set()
    for w in workloads:
        if w.name in seen:
            return w.name
        seen.add(w.name)
    return None


@dataclass(frozen=True, slots=True)
class Workload:
    """One workload's monthly tokens and how they are billed (cache hits, batch, off-peak shares; prompt size)."""

    name: str = "Workload"
    input_tokens: int = 0
    output_tokens: int = 0
    cache_hit_pct: Decimal = ZERO
    batch_pct: Decimal = ZERO
    off_peak_pct: Decimal = ZERO
    prompt_tokens: int = 0  # average prompt tokens per request; 0 = unknown (base tier)

    def __post_init__(self):
        validate_workload(self)

    def edited(self, **changes) -> "Workload":
        return replace(self, **changes)


def validate_workload(w: Workload) -> None:
    """Refuse out-of-range figures, naming the field (percentages 0–100, volumes 0–10^15)."""
    if not isinstance(w.name, str) or not w.name.strip():
        raise InputError(Field("workload_name"), "empty")
    check_text(w.name, Field("workload_name"), MAX_NAME_CHARS)
    for field_name in ("input_tokens", "output_tokens", "prompt_tokens"):
        value = getattr(w, field_name)
        if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= MAX_TOKENS:
            raise InputError(Field(field_name), "whole_tokens_range", value=value)
    for field_name in ("cache_hit_pct", "batch_pct", "off_peak_pct"):
        value = getattr(w, field_name)
        if not isinstance(value, Decimal) or not value.is_finite() or not ZERO <= value <= HUNDRED:
            raise InputError(Field(field_name), "pct_range_value", value=value)
    if w.batch_pct + w.off_peak_pct > HUNDRED:
        raise InputError(Field("traffic_shares"), "traffic_over_100", batch=w.batch_pct, off_peak=w.off_peak_pct)


def make_workload(name: str = "Workload", *, input_tokens: object = 0, output_tokens: object = 0,
                  cache_hit: object = 0, batch: object = 0, off_peak: object = 0,
                  prompt_tokens: object = 0) -> Workload:
    """Build a workload from user-typed values (``"300M"``, ``"40%"``), naming the field on error."""
    return Workload(
        name=name,
        input_tokens=parse_volume(input_tokens, Field("input_tokens")),
        output_tokens=parse_volume(output_tokens, Field("output_tokens")),
        cache_hit_pct=parse_percent(cache_hit, Field("cache_hit_pct")),
        batch_pct=parse_percent(batch, Field("batch_pct")),
        off_peak_pct=parse_percent(off_peak, Field("off_peak_pct")),
        prompt_tokens=parse_volume(prompt_tokens, Field("prompt_tokens_per_request")),
    )


def workload_to_json(w: Workload) -> dict:
    return {"name": w.name, "input_tokens": w.input_tokens, "output_tokens": w.output_tokens,
            "cache_hit_pct": str(w.cache_hit_pct), "batch_pct": str(w.batch_pct),
            "off_peak_pct": str(w.off_peak_pct), "prompt_tokens": w.prompt_tokens}


def workload_from_json(raw: object, where: str = "workload") -> Workload:
    if not isinstance(raw, dict):
        raise InputError(where, "object_expected")
    name = raw.get("name", "Workload")
    if not isinstance(name, str):   # a name of 12345 or true was made text
        raise InputError(f"{where}.name", "text_expected", kind=kind_of(name))
    try:
        workload = make_workload(
            name or "Workload",
            input_tokens=raw.get("input_tokens", 0), output_tokens=raw.get("output_tokens", 0),
            cache_hit=raw.get("cache_hit_pct", "0"), batch=raw.get("batch_pct", "0"),
            off_peak=raw.get("off_peak_pct", "0"), prompt_tokens=raw.get("prompt_tokens", 0))
    except InputError as exc:
        raise exc.at(where) from None
    # A workload says its volumes: {} was read as 0 tokens and priced (checked after the values given, so a
    # wrong one is named first).
    for key in ("input_tokens", "output_tokens"):
        if key not in raw:
            raise InputError(f"{where}.{key}", "missing")
    return workload

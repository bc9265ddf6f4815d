"""genai-prices' prices → catalog prices, and its ``match`` rules.

- A price set gives USD per 1M tokens: ``input_mtok``, ``output_mtok`` and ``cache_read_mtok`` are read, each a
  number or ``{base, tiers: [{start, price}]}``. genai-prices bills a whole request at a tier once its input tokens
  are *above* ``start`` (its ``calc_unit_price``: ``total_input_tokens > tier.start``), so a tier is
  :meth:`Tier.above` its start; a price the tier does not name stays at its flat or lower-tier value. Other units
  (cache writes, audio, images, web searches...) have no place in the catalog and are listed as not imported;
  a price per request (``requests_kcount``) skips the model, as the LiteLLM importer does.
- A model's ``prices`` may be a list of conditional prices, the first being the default: ``start_date``
  constraints make a dated history; one ``start_time``/``end_time`` window beside the default is a daily
  off-peak price (DeepSeek's), the cheaper of the two being off-peak. Anything else is skipped, never guessed.
- ``match`` clauses (``equals``, ``starts_with``, ``ends_with``, ``contains``, ``regex``, ``or``, ``and``) say which
  API ids a model answers to; the importer uses them to find the catalog's model an entry describes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from core.catalog.files import MAX_PRICE_PER_1M, MIN_PRICE_PER_1M
from core.catalog.model import Prices, SegmentPricing, Tier
from core.errors import Field
from core.importers.common import Skip
from core.importers.litellm_read import value_kind

PRICE_KEYS = {"input_mtok": "input", "output_mtok": "output", "cache_read_mtok": "cached"}
_ADDON_LABELS = (  # (part of a key, the words for what it prices): named words, translated in the import report
    ("cache_write", "addon_cache_writes"),
    ("audio", "addon_audio"),
    ("image", "addon_images"),
    ("video", "addon_video"),
    ("web_search", "addon_web_search"),
    ("reasoning", "addon_reasoning"),
    ("citation", "addon_citations"),
)
_CONDITION_KEYS = {"constraint", "prices"}
_TIME_RE = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-]00:?00)?$")
_NESTED_QUANTIFIER = re.compile(r"\([^()]*[+*}][^()]*\)\s*[+*{]")  # (a+)+ and the like: slow on a long name
MAX_REGEX = 300


@dataclass(frozen=True, slots=True)
class PriceSet:
    """One set of catalog prices: the base and its context tiers."""

    base: Prices
    tiers: tuple[Tier, ...] = ()


@dataclass(frozen=True, slots=True)
class Dated:
    """A price set in force from ``start`` (None: the file's default price, whose start it does not give)."""

    start: date | None
    prices: PriceSet
    off_peak: SegmentPricing | None = None


def _price(value: object, where: str) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, (int, Decimal)):
        raise Skip(Field("skip_invalid_price"), Field("skipd_not_a_number", where=where, value=value))
    number = Decimal(value)
    if not number.is_finite():
        raise Skip(Field("skip_invalid_price"), Field("skipd_is", where=where, value=value))
    if number < 0:
        raise Skip(Field("skip_negative_price"), Field("skipd_is", where=where, value=value))
    if 0 < number < MIN_PRICE_PER_1M or number > MAX_PRICE_PER_1M:
        raise Skip(Field("skip_invalid_price"), Field("skipd_implausible_1m", where=where, value=value))
    return Decimal(format(number.normalize(), "f")) if number else Decimal(0)


def _tiered(raw: dict, where: str) -> tuple[Decimal, list[tuple[int, Decimal]]]:
    unknown = sorted(set(raw) - {"base", "tiers"})
    if unknown or "base" not in raw or not isinstance(raw.get("tiers"), list):
        raise Skip(Field("skip_unrecognised_tiers"), Field("skipd_not_tiers", where=where))
    steps = []
    for index, tier in enumerate(raw["tiers"]):
        at = f"{where}.tiers[{index}]"
        if not isinstance(tier, dict) or set(tier) != {"start", "price"}:
            raise Skip(Field("skip_unrecognised_tiers"), Field("skipd_not_start_price", where=at))
        start = tier["start"]
        if isinstance(start, bool) or not isinstance(start, int) or start <= 0:
            raise Skip(Field("skip_unrecognised_tiers"), Field("skipd_start_not_tokens", where=at, value=start))
        steps.append((start, _price(tier["price"], f"{at}.price")))
    steps.sort(key=lambda step: step[0])
    if len({start for start, _ in steps}) != len(steps):
        raise Skip(Field("skip_unrecognised_tiers"), Field("skipd_start_twice", where=where))
    return _price(raw["base"], f"{where}.base"), steps


def price_set(raw: object, where: str) -> PriceSet:
    """The catalog prices of one genai-prices price set (``where`` names it in a skip's detail)."""
    if not isinstance(raw, dict):
        raise Skip(Field("skip_unrecognised_prices"), Field("skipd_not_an_object", where=where, kind=value_kind(raw)))
    per_request = raw.get("requests_kcount")
    if per_request is not None and per_request != 0:
        raise Skip(Field("skip_per_request"), Field("skipd_requests_kcount", where=where, value=per_request))
    if not raw:
        raise Skip(Field("skip_no_price"), Field("skipd_empty", where=where))
    given = {slot: raw.get(key) for key, slot in PRICE_KEYS.items()}
    if given["input"] is None or given["output"] is None:
        if given["input"] is None and given["output"] is None:
            raise Skip(Field("skip_no_token_price"), Field("skipd_neither_mtok"))
        missing = "input_mtok" if given["input"] is None else "output_mtok"
        raise Skip(Field("skip_price_missing"), Field("skipd_missing_together", field=missing))
    flat: dict[str, Decimal] = {}
    steps: dict[str, list[tuple[int, Decimal]]] = {}
    for key, slot in PRICE_KEYS.items():
        value = given[slot]
        if value is None:
            continue
        if isinstance(value, dict):
            flat[slot], steps[slot] = _tiered(value, f"{where}.{key}")
        else:
            flat[slot] = _price(value, f"{where}.{key}")
    base = Prices(flat["input"], flat["output"], flat.get("cached"))
    tiers = []
    for start in sorted({start for found in steps.values() for start, _ in found}):

        def at(slot: str, start: int = start) -> Decimal | None:
            price = flat.get(slot)
            for step, value in steps.get(slot, ()):
                if step <= start:
                    price = value
            return price

        tier_input, tier_output = at("input"), at("output")
        assert tier_input is not None and tier_output is not None  # both are in flat (checked above)
        tiers.append(Tier.above(start, Prices(tier_input, tier_output, at("cached"))))
    return PriceSet(base, tuple(tiers))


def addon_labels(raw: object) -> list[str]:
    """The price units a price set gives that the catalog has no place for (listed as not imported)."""
    if not isinstance(raw, dict):
        return []
    labels = []
    for key, value in raw.items():
        if key in PRICE_KEYS or key == "requests_kcount" or value in (None, 0):
            continue
        label = next((Field(code) for part, code in _ADDON_LABELS if part in key), key)
        if label not in labels:
            labels.append(label)
    return labels


def schedule(raw: object, where: str = "prices") -> list[Dated]:
    """A model's ``prices`` as dated price sets, oldest first (the default one first, its start None)."""
    if not isinstance(raw, list):
        return [Dated(None, price_set(raw, where))]
    if not raw:
        raise Skip(Field("skip_no_price"), Field("skipd_empty_list", where=where))
    entries = []
    for index, item in enumerate(raw):
        at = f"{where}[{index}]"
        if not isinstance(item, dict) or "prices" not in item or set(item) - _CONDITION_KEYS:
            raise Skip(Field("skip_conditional_prices"), Field("skipd_not_constraint_prices", where=at))
        entries.append((at, item.get("constraint"), item["prices"]))
    if any(isinstance(c, dict) and ("start_time" in c or "end_time" in c) for _, c, _ in entries):
        return [_off_peak(entries, where)]
    dated: list[Dated] = []
    for index, (at, constraint, prices) in enumerate(entries):
        if constraint is None and index == 0:
            dated.append(Dated(None, price_set(prices, f"{at}.prices")))
            continue
        if not isinstance(constraint, dict) or set(constraint) != {"start_date"}:
            raise Skip(Field("skip_conditional_prices"), Field("skipd_constraint_is", where=at, value=constraint))
        start = _day(constraint["start_date"], f"{at}.constraint.start_date")
        dated.append(Dated(start, price_set(prices, f"{at}.prices")))
    starts = [d.start for d in dated if d.start is not None]
    if starts != sorted(set(starts)):
        raise Skip(Field("skip_conditional_prices"), Field("skipd_dates_order", where=where))
    return dated


def _day(value: object, where: str) -> date:
    try:
        if isinstance(value, str):
            return date.fromisoformat(value.strip()[:10])
    except ValueError:
        pass
    raise Skip(Field("skip_invalid_date"), Field("skipd_not_a_date", where=where, value=value))


def _off_peak(entries: list, where: str) -> Dated:
    """The default price and one daily window (UTC): the dearer one is the standard price, the cheaper one the
    off-peak price with its hours (genai-prices writes DeepSeek's off-peak as the default, its standard price as
    the window 00:30–16:30)."""
    if len(entries) != 2 or entries[0][1] is not None:
        raise Skip(Field("skip_conditional_prices"), Field("skipd_window_one_default", where=where))
    at, constraint, raw_window = entries[1]
    if not isinstance(constraint, dict) or set(constraint) != {"start_time", "end_time"}:
        raise Skip(Field("skip_conditional_prices"), Field("skipd_constraint_is", where=at, value=constraint))
    start, end = (_time(constraint[k], f"{at}.constraint.{k}") for k in ("start_time", "end_time"))
    default = price_set(entries[0][2], f"{entries[0][0]}.prices")
    window = price_set(raw_window, f"{at}.prices")
    if default.tiers or window.tiers:
        raise Skip(Field("skip_conditional_prices"), Field("skipd_off_peak_tiers", where=where))
    cheaper_window = window.base.input <= default.base.input and window.base.output <= default.base.output
    cheaper_default = default.base.input <= window.base.input and default.base.output <= window.base.output
    if cheaper_window == cheaper_default:  # the same prices, or one dearer for input and cheaper for output
        if window.base == default.base:
            return Dated(None, default)
        raise Skip(Field("skip_conditional_prices"), Field("skipd_neither_cheaper", where=where))
    standard, cheap, hours = (
        (default, window, f"{start}–{end}") if cheaper_window else (window, default, f"{end}–{start}")
    )
    return Dated(None, standard, SegmentPricing(prices=cheap.base, hours=f"every day {hours} (UTC)"))


def _time(value: object, where: str) -> str:
    match = _TIME_RE.match(value.strip()) if isinstance(value, str) else None
    if not match:
        raise Skip(Field("skip_conditional_prices"), Field("skipd_not_utc_time", where=where, value=value))
    return f"{match.group(1)}:{match.group(2)}"


def matches(clause: object, name: str) -> bool:
    """Whether a genai-prices ``match`` clause matches ``name`` (case-insensitive, as genai-prices matches; a
    regex as written). A clause this reader does not know, or a regex it will not run, matches nothing."""
    if not isinstance(clause, dict) or len(clause) != 1:
        return False
    ((kind, value),) = clause.items()
    if kind in ("or", "and") and isinstance(value, list):
        found = (matches(part, name) for part in value)
        return any(found) if kind == "or" else bool(value) and all(found)
    if not isinstance(value, str):
        return False
    lower, wanted = name.lower(), value.lower()
    if kind == "equals":
        return lower == wanted
    if kind == "starts_with":
        return lower.startswith(wanted)
    if kind == "ends_with":
        return lower.endswith(wanted)
    if kind == "contains":
        return wanted in lower
    if kind == "regex":
        # A file's regex runs on model names: a long one, or nested quantifiers (catastrophic backtracking), is
        # refused rather than risk hanging the import.
        if len(value) > MAX_REGEX or _NESTED_QUANTIFIER.search(value):
            return False
        try:
            return re.search(value, name) is not None
        except re.error:
            return False
    return False

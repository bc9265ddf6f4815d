"""Token volumes as people type them, and helpers that turn traffic or text into monthly tokens.

Accepted: ``1234567``, ``1,234,567``, ``2.5M``, ``10B``, ``1T``, ``500K``, ``100亿``, ``3万``, ``1.2亿``,
``2千万``, ``1e9``. Results are whole tokens in 0 … 10^15 (DESIGN: volumes are whole tokens per month).
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

from core.errors import Field, InputError, Where, kind_of
from core.money import HUNDRED, ZERO, to_decimal
from core.numbers import checked_magnitude, half_width, read_number

MAX_TOKENS = 10**15

# Longest suffixes first so "万亿" wins over "亿" and "百万" over "万".
_SUFFIXES = [
    ("万亿", 10**12), ("千亿", 10**11), ("百亿", 10**10), ("千万", 10**7), ("百万", 10**6),
    ("亿", 10**8), ("万", 10**4), ("千", 10**3),
    ("k", 10**3), ("m", 10**6), ("mm", 10**6), ("b", 10**9), ("bn", 10**9), ("g", 10**9), ("t", 10**12),
]
_SUFFIX_MAP = dict(_SUFFIXES)
_SUFFIX_WORDS = ("tokens", "token", "tok")
# The number at the start of a typed volume: digits with the separators core.numbers understands, an exponent.
_NUMBER_PART = re.compile(r"[0-9.,\uff0c'_\u00a0\u2009\u202f ]*(?:[eE][+-]?[0-9]+)?")

# Text-to-token ratios as vendors state them (shared/reference/README.md): Chinese 1.5–1.8 characters per
# token (Zhipu says 1.6, which we use); English 0.75 words per token.
CHARS_PER_TOKEN = {"zh": Decimal("1.6"), "en": Decimal(4)}
WORDS_PER_TOKEN = {"en": Decimal("0.75")}
DAYS_PER_MONTH = 30


def parse_volume(text: object, where: Where = "volume", *, decimal: str = ".") -> int:
    """Parse a monthly token volume; raise :class:`InputError` naming ``where`` and the problem.

    ``decimal`` is the decimal separator the text was typed with (``","`` in a locale that writes 1,5): see
    :mod:`core.numbers` for the one rule on separators."""
    if isinstance(text, bool):
        raise InputError(where, "volume_expected")
    if isinstance(text, int):
        value = Decimal(text)
    elif isinstance(text, Decimal):
        value = checked_magnitude(text, where, text)
    elif isinstance(text, str):
        value = _parse_volume_text(text, where, decimal)
    else:
        raise InputError(where, "volume_expected_kind", kind=kind_of(text))
    if not value.is_finite():
        raise InputError(where, "not_finite", value=text)
    if value < 0:
        raise InputError(where, "volume_negative", value=text)
    if value > MAX_TOKENS:
        raise InputError(where, "volume_too_large", value=text)
    if value != value.to_integral_value():
        raise InputError(where, "volume_fraction", value=text, tokens=value)
    return int(value)


def _parse_volume_text(text: str, where: Where, decimal: str) -> Decimal:
    raw = half_width(text).strip()
    if not raw:
        raise InputError(where, "volume_empty")
    if raw.startswith("-"):
        raise InputError(where, "volume_negative", value=raw)
    match = _NUMBER_PART.match(raw)
    number = match.group(0) if match else ""
    if match is None or not number.strip() or not any(c.isdigit() for c in number):
        raise InputError(where, "volume_unreadable", value=raw)
    unit = "".join(raw[match.end():].split()).lower()   # "300 M", "12O M": the unit without its spaces
    for word in _SUFFIX_WORDS:
        if unit.endswith(word):
            unit = unit[: -len(word)]
            break
    multiplier = 1
    if unit:
        if unit not in _SUFFIX_MAP:   # said as typed ("O M", not "om")
            raise InputError(where, "volume_unit", value=raw, unit=raw[match.end():].strip())
        multiplier = _SUFFIX_MAP[unit]
    try:
        value = read_number(number, where, decimal=decimal, shown=raw)
    except InputError as exc:
        if exc.code == "not_a_number":   # "2.5.1M": say what a volume looks like
            raise InputError(where, "volume_unreadable", value=raw) from None
        raise
    if value and value.adjusted() > 16:   # far beyond 10^15 tokens: refuse before multiplying
        raise InputError(where, "volume_too_large", value=raw)
    return value * multiplier


def format_volume(tokens: int, *, chinese: bool = False) -> str:
    """Short form for showing a volume — ``300M``/``2.5B`` or ``3亿``/``3000万`` — only where it is exact (at most three
    decimals of its unit): 1,234,567 stays ``1,234,567``, so a field that shows it and is read back later never
    turns it into 1,235,000."""
    units = (("万亿", 10**12), ("亿", 10**8), ("万", 10**4)) if chinese else \
        (("T", 10**12), ("B", 10**9), ("M", 10**6), ("K", 10**3))
    for unit, size in units:
        if tokens >= size:
            if (tokens * 1000) % size:
                break   # not exact in its unit: the digits, grouped
            return f"{_trim(Decimal(tokens) / size)}{unit}"
    return f"{tokens:,}"


def _trim(value: Decimal) -> str:
    text = f"{value:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def parse_percent(text: object, where: Where, *, decimal: str = ".") -> Decimal:
    """Parse a percentage 0–100 (``40``, ``40%``, ``12.5``); refuse ``150%``, ``-5``, ``2,5`` (ambiguous) and
    non-numbers."""
    if isinstance(text, str):
        text = half_width(text).strip().rstrip("%").strip()
        if not text:
            raise InputError(where, "percent_empty")
    value = to_decimal(text, where, minimum=None, decimal=decimal)
    if value < ZERO or value > HUNDRED:
        raise InputError(where, "percent_range", value=text)
    return value


def tokens_from_requests(requests_per_day: object, tokens_per_request: object,
                         days_per_month: int = DAYS_PER_MONTH) -> int:
    """Monthly tokens from a traffic estimate: requests a day × tokens a request × days a month."""
    requests = parse_volume(requests_per_day, Field("requests_per_day"))
    per_request = parse_volume(tokens_per_request, Field("tokens_per_request"))
    return parse_volume(Decimal(requests) * per_request * days_per_month, Field("monthly_tokens"))


def tokens_from_text(amount: object, unit: str, language: str) -> int:
    """Tokens for an amount of text: ``unit`` is ``"chars"`` or ``"words"``, ``language`` ``"zh"`` or ``"en"``.

    Chinese is counted in characters (1.6 per token, Zhipu's figure); English in words (0.75 per token)
    or characters (4 per token, OpenAI's rule of thumb). The result is rounded to whole tokens.
    """
    count = parse_volume(amount, Field("number_of_words") if unit == "words" else Field("number_of_chars")
                         if unit == "chars" else f"number of {unit}")
    if unit == "chars" and language in CHARS_PER_TOKEN:
        ratio = CHARS_PER_TOKEN[language]
    elif unit == "words" and language in WORDS_PER_TOKEN:
        ratio = WORDS_PER_TOKEN[language]
    else:
        raise InputError(Field("text_unit"), "text_ratio", unit=unit, language=language)
    tokens = (Decimal(count) / ratio).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    return parse_volume(tokens, Field("monthly_tokens"))

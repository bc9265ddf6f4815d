"""Exchange rates with their as-of dates, and conversion through a common currency.

A rate is stored as published: ``USD/CNY = 7.10`` means 1 USD buys 7.10 CNY. Converting CNY to USD divides
by it; CNY to EUR goes through USD when there is no direct pair. A missing rate is an error that names the
pair. The bundled defaults are *assumptions* for a user to replace with the rates their company fixes.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal

from core.dates import parse_day
from core.error_texts import QT_TRANSLATE_NOOP
from core.errors import Field, FxError, InputError
from core.money import CURRENCY_ALIASES, ONE, check_currency, to_decimal

COMMON_CURRENCY = "USD"
MIN_RATE = Decimal("0.000001")
MAX_RATE = Decimal(1_000_000)
CLI_NOTE = QT_TRANSLATE_NOOP("CoreFields", "given on the command line")   # a rate typed as --fx
ASSUMPTION_NOTE = QT_TRANSLATE_NOOP("CoreFields", "assumption: edit to your budget rate")   # a bundled rate
NOTES = (CLI_NOTE, ASSUMPTION_NOTE)   # the notes the core gives rates (the GUI translates them)


@dataclass(frozen=True, slots=True)
class FxRate:
    """One exchange rate the user fixes: 1 ``base`` = ``rate`` ``quote``, as of a day, with its note."""

    base: str
    quote: str
    rate: Decimal
    as_of: date
    note: str = ""
    assumption: bool = False

    def __post_init__(self):
        # RMB and NTD are CNY and TWD here as everywhere (--currency RMB already was): a rate given as USD/RMB was
        # kept under its own pair, unused, while CNY was converted at the bundled assumption without a word.
        for name in ("base", "quote"):
            code = getattr(self, name)
            if code in CURRENCY_ALIASES:
                object.__setattr__(self, name, CURRENCY_ALIASES[code])
        # The one bound of a rate, however it gets in (--fx, the exchange-rate dialog, a project file): the dialog
        # took 1e30, which overflowed the engine's rounding, and 1e-30, saved to a project that could not reopen.
        if not isinstance(self.rate, Decimal) or not self.rate.is_finite() or not MIN_RATE <= self.rate <= MAX_RATE:
            raise InputError(Field("fx"), "fx_rate_range", value=f"{self.base}/{self.quote}={self.rate}",
                             low=MIN_RATE, high=MAX_RATE)

    @property
    def pair(self) -> str:
        return f"{self.base}/{self.quote}"


@dataclass(frozen=True, slots=True)
class FxStep:
    """One step of a conversion path: multiply by ``rate`` (or divide, when ``inverse``)."""

    rate: FxRate
    inverse: bool


@dataclass(frozen=True)
class FxTable:
    """The exchange rates a project prices with: each pair once, used inverted or chained through a common
    currency when needed (:meth:`convert`)."""

    rates: tuple[FxRate, ...] = field(default=())

    def find(self, base: str, quote: str) -> FxRate | None:
        for rate in self.rates:
            if rate.base == base and rate.quote == quote:
                return rate
        return None

    def with_rate(self, rate: FxRate) -> "FxTable":
        """A new table with ``rate`` set; an inverse pair already present is replaced, not duplicated."""
        kept = tuple(r for r in self.rates if {r.base, r.quote} != {rate.base, rate.quote})
        return replace(self, rates=kept + (rate,))

    def without(self, pair: str) -> "FxTable":
        return replace(self, rates=tuple(r for r in self.rates if r.pair != pair))

    def currencies(self) -> list[str]:
        found = {COMMON_CURRENCY}
        for r in self.rates:
            found.update((r.base, r.quote))
        return sorted(found)

    def path(self, source: str, target: str) -> tuple[FxStep, ...]:
        """The steps that convert ``source`` to ``target``: direct, inverse, or through one other currency."""
        if source == target:
            return ()
        direct = self._step(source, target)
        if direct:
            return (direct,)
        hubs = [COMMON_CURRENCY] + [c for c in self.currencies() if c != COMMON_CURRENCY]
        for hub in hubs:
            if hub in (source, target):
                continue
            first, second = self._step(source, hub), self._step(hub, target)
            if first and second:
                return (first, second)
        raise FxError(Field("fx"), "no_fx_rate", source=source, target=target, hub=COMMON_CURRENCY)

    def _step(self, source: str, target: str) -> FxStep | None:
        rate = self.find(source, target)
        if rate:
            return FxStep(rate, inverse=False)
        rate = self.find(target, source)
        if rate:
            return FxStep(rate, inverse=True)
        return None

    def rate(self, source: str, target: str) -> Decimal:
        """Units of ``target`` for one unit of ``source``, to Decimal's 28 digits (for showing the rate; amounts
        are converted with :meth:`convert`, which never rounds a reciprocal)."""
        numerator, denominator = self.ratio(source, target)
        return numerator / denominator

    def ratio(self, source: str, target: str) -> tuple[Decimal, Decimal]:
        """The conversion as an exact fraction: (product of the rates multiplied by, product of those divided by).

        An inverse rate is divided by, never multiplied as a rounded reciprocal: ¥2.64 at USD/CNY 7.04 is exactly
        $0.375, which rounds HALF_UP to $0.38 (× 0.142045… would give $0.37)."""
        numerator = denominator = ONE
        for step in self.path(source, target):
            if step.inverse:
                denominator *= step.rate.rate
            else:
                numerator *= step.rate.rate
        return numerator, denominator

    def convert(self, amount: Decimal, source: str, target: str) -> Decimal:
        """``amount`` of ``source`` in ``target``, unrounded: one multiplication and one exact division."""
        numerator, denominator = self.ratio(source, target)
        return amount * numerator / denominator


# The bundled defaults: round figures near late-2026 market rates, labelled as assumptions. A finance team
# replaces them with its own fixed budget rates (Lin's company uses 7.10 CNY per USD).
DEFAULT_AS_OF = date(2026, 11, 1)
DEFAULT_RATES = FxTable((
    FxRate("USD", "CNY", Decimal("7.10"), DEFAULT_AS_OF, ASSUMPTION_NOTE, True),
    FxRate("EUR", "USD", Decimal("1.08"), DEFAULT_AS_OF, ASSUMPTION_NOTE, True),
    FxRate("GBP", "USD", Decimal("1.27"), DEFAULT_AS_OF, ASSUMPTION_NOTE, True),
    FxRate("USD", "JPY", Decimal("150"), DEFAULT_AS_OF, ASSUMPTION_NOTE, True),
    FxRate("USD", "HKD", Decimal("7.80"), DEFAULT_AS_OF, ASSUMPTION_NOTE, True),
))


def parse_fx_option(text: str, as_of: date, where: str = "--fx") -> FxRate:
    """Parse ``USD/CNY=7.2`` (1 USD = 7.2 CNY)."""
    if "=" not in text or "/" not in text.split("=", 1)[0]:
        raise InputError(where, "fx_syntax", value=text)
    pair, value = text.split("=", 1)
    base, quote = (check_currency(part.strip().upper(), where) for part in pair.split("/", 1))
    if base == quote:
        raise InputError(where, "fx_same", value=text, currency=base)
    rate = to_decimal(value.strip(), where, minimum=None)
    if rate <= 0:
        raise InputError(where, "fx_not_positive", value=text)
    try:   # FxRate holds the one bound of a rate (1 USD = 1e1000000 CNY is a typo that would overflow every figure)
        return FxRate(base, quote, rate, as_of, CLI_NOTE)
    except InputError:   # said at the option, with the rate as typed
        raise InputError(where, "fx_rate_range", value=text, low=MIN_RATE, high=MAX_RATE) from None


def fx_table(texts, as_of: date, where: str = "--fx", base: FxTable | None = None) -> FxTable:
    """``base`` (the bundled assumptions) with every ``A/B=RATE`` of ``texts`` set; two rates for one pair (either
    way round: USD/CNY and CNY/USD) are a conflict, refused rather than "the last one wins"."""
    table = DEFAULT_RATES if base is None else base
    given: dict[frozenset, str] = {}
    for text in texts:
        rate = parse_fx_option(text, as_of, where)
        key = frozenset((rate.base, rate.quote))
        if key in given:
            raise InputError(where, "fx_conflict", value=text, other=given[key], pair=rate.pair)
        given[key] = text
        table = table.with_rate(rate)
    return table


def fx_to_json(table: FxTable) -> list[dict]:
    return [{"pair": r.pair, "rate": str(r.rate), "as_of": r.as_of.isoformat(), "note": r.note,
             "assumption": r.assumption} for r in table.rates]


def fx_from_json(raw: object, where: str = "fx") -> FxTable:
    if not isinstance(raw, list):
        raise InputError(where, "fx_list")
    table = FxTable()
    seen: dict[frozenset, str] = {}
    for index, item in enumerate(raw):
        item_where = f"{where}[{index}]"
        if not isinstance(item, dict) or not isinstance(item.get("pair"), str):
            raise InputError(item_where, "fx_entry")
        as_of = parse_day(item.get("as_of"), f"{item_where}.as_of")
        text = f"{item['pair']}={item.get('rate')}"
        rate = parse_fx_option(text, as_of, item_where)
        # Two rates for one pair (either way round): refused, as --fx refuses them; the last one won silently.
        key = frozenset((rate.base, rate.quote))
        if key in seen:
            raise InputError(item_where, "fx_conflict", value=text, other=seen[key], pair=rate.pair)
        seen[key] = text
        table = table.with_rate(replace(rate, note=str(item.get("note", "")),
                                        assumption=bool(item.get("assumption", False))))
    return table

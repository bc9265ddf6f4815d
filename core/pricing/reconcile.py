"""Reconciliation: what a usage export says was billed, against what the catalog's prices give for the same
tokens, per month and model; and what the same usage would cost on every other model.

The catalog cost of a month is :meth:`core.pricing.engine.Pricer.compare` for that model with the month's tokens
(cache hits as the exact share the file shows) and the price in force on the month's first day — or, for a
model first priced during that month, on the day its price starts. Billed amounts are converted to the display
currency with the project's FX table (:meth:`~core.pricing.fx.FxTable.convert`) and rounded once, half-up, to
the currency's minor unit. Cache writes (Anthropic) are priced as ordinary input: the catalog has no cache-write
price, so a bill with many of them reads above the catalog figure.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Sequence

from core.errors import Field, InputError, TokenQuoteError, kind_of
from core.money import HUNDRED, ZERO, check_currency, round_money, to_decimal
from core.pricing.engine import Pricer
from core.pricing.fx import FxTable
from core.pricing.usage import MonthlyUsage
from core.pricing.workload import Workload


@dataclass(frozen=True)
class ReconciliationLine:
    """One model in one month: its tokens, the billed amount and the catalog cost (display currency)."""

    month: date
    model: str                     # as the file names it
    model_id: str
    input_tokens: int
    output_tokens: int
    cached_input_tokens: int
    billed: Decimal | None         # None: the file has no cost for it
    catalog_cost: Decimal | None   # None: the model has no price that month
    billed_native: tuple[tuple[str, Decimal], ...] = ()

    @property
    def difference(self) -> Decimal | None:
        if self.billed is None or self.catalog_cost is None:
            return None
        return self.billed - self.catalog_cost


@dataclass(frozen=True)
class Alternative:
    """The whole history's tokens priced on one model (display currency), at the last month's prices."""

    model_id: str
    name: str
    cost: Decimal


@dataclass(frozen=True)
class Reconciliation:
    """A usage file's months reconciled against the catalog, in ``currency``; kept in the project (optional key
    ``usage_reconciliation`` of the .tokenquote file) and written to the workbook's Reconciliation sheet."""

    source: str                    # the file's name
    currency: str
    lines: tuple[ReconciliationLine, ...]
    alternatives: tuple[Alternative, ...] = ()
    unmatched: tuple[str, ...] = ()
    problems: tuple[str, ...] = field(default=())   # why some catalog costs are missing (English, kept in the file)
    errors: tuple[TokenQuoteError, ...] = field(default=(), compare=False)   # the same as errors, for translation

    # The totals set side by side only lines that have both figures: a bill for a month the catalog has no
    # price for (a model retired, not yet launched) added to "billed" alone made a difference of its whole
    # amount, read as an overcharge, while every line's own difference was 0.
    @property
    def compared(self) -> tuple[ReconciliationLine, ...]:
        """The lines with a bill and a catalog cost."""
        return tuple(ln for ln in self.lines if ln.difference is not None)

    @property
    def billed_total(self) -> Decimal:
        """What was billed for the lines compared (:attr:`left_out` says which billed lines are not)."""
        return sum((ln.billed for ln in self.compared if ln.billed is not None), ZERO)

    @property
    def catalog_total(self) -> Decimal:
        """The catalog's cost of the lines compared; for a file without bills, of every line it prices."""
        lines = self.compared if self.has_billed else self.lines
        return sum((ln.catalog_cost for ln in lines if ln.catalog_cost is not None), ZERO)

    @property
    def left_out(self) -> tuple[ReconciliationLine, ...]:
        """In a file with bills, the lines in neither total: billed with no catalog price that month, or with a
        catalog cost but no bill."""
        if not self.has_billed:
            return ()
        return tuple(ln for ln in self.lines if ln.difference is None and (ln.billed, ln.catalog_cost) != (None, None))

    @property
    def left_out_labels(self) -> list[str]:
        """The lines left out, as the app and the workbook name them: ``deepseek-chat 2026-08``, sorted."""
        return sorted({f"{ln.model} {ln.month.isoformat()[:7]}" for ln in self.left_out})

    @property
    def billed_left_out(self) -> Decimal:
        return sum((ln.billed for ln in self.left_out if ln.billed is not None), ZERO)

    @property
    def has_billed(self) -> bool:
        return any(ln.billed is not None for ln in self.lines)

    @property
    def alternatives_priced_on(self) -> date | None:
        """The day :attr:`alternatives` are priced on (:func:`price_elsewhere`): the first of the file's last
        month. Their tokens are the whole file's, every month and model (those not in the catalog too), so they
        are not the figure :attr:`catalog_total` is: said beside them."""
        return max((ln.month for ln in self.lines), default=None)


def usage_workload(name: str, input_tokens: int, output_tokens: int, cached: int) -> Workload:
    """The workload of exactly these tokens: the cache-hit share is cached / input, unrounded."""
    share = ZERO if not input_tokens else Decimal(cached) * HUNDRED / Decimal(input_tokens)
    return Workload(name, input_tokens, output_tokens, min(share, HUNDRED))


def pricing_day(pricer: Pricer, model_id: str, month: date) -> date:
    """The month's first day, or the first day a price is in force within the month (a model launched mid-month)."""
    model = pricer.catalog.models.get(model_id)
    if model is None or model.point_at(month) is not None:
        return month
    nxt = date(month.year + (month.month == 12), month.month % 12 + 1, 1)
    starts = [p.start for p in model.prices if month < p.start < nxt]
    return min(starts) if starts else month


def billed_in(billed: Sequence[tuple[str, Decimal]], currency: str, fx: FxTable) -> Decimal | None:
    if not billed:
        return None
    return round_money(sum((fx.convert(amount, cur, currency) for cur, amount in billed), ZERO), currency)


def reconcile(rows: Sequence[MonthlyUsage], pricer: Pricer, *, currency: str, fx: FxTable, source: str = "",
              alternatives: bool = True, include_free: bool = False) -> Reconciliation:
    """Reconcile every matched model-month of ``rows``; unmatched models are listed, never priced. The
    alternatives are the paid models (free ones too with ``include_free``) as :func:`price_elsewhere` gives them."""
    lines, problems, errors = [], [], []
    merged: dict[tuple[date, str, str], list[MonthlyUsage]] = {}
    for r in rows:   # one line per month and model name (the file's groups added together)
        if r.model_id:
            merged.setdefault((r.month, r.model_id, r.model), []).append(r)
    for (month, model_id, name), items in sorted(merged.items()):
        tokens_in = sum(r.input_tokens for r in items)
        tokens_out = sum(r.output_tokens for r in items)
        cached = sum(r.cached_input_tokens for r in items)
        billed_native: dict[str, Decimal] = {}
        for r in items:
            for cur, amount in r.billed:
                billed_native[cur] = billed_native.get(cur, ZERO) + amount
        native = tuple(sorted(billed_native.items()))
        try:
            billed = billed_in(native, currency, fx)
        except TokenQuoteError as exc:
            billed = None
            problems.append(str(exc))
            errors.append(exc)
        catalog_cost = None
        try:
            workload = usage_workload(model_id, tokens_in, tokens_out, cached)
            comparison = pricer.compare([workload], as_of=pricing_day(pricer, model_id, month), currency=currency,
                                        fx=fx, models=[model_id])
            if comparison.rows:
                catalog_cost = comparison.rows[0].monthly_cost
            else:
                problems.extend(str(u.reason) for u in comparison.unpriced)
                errors.extend(u.reason for u in comparison.unpriced)
        except TokenQuoteError as exc:
            problems.append(f"{model_id} {month.isoformat()[:7]}: {exc}")
            errors.append(exc.at(model_id, month.isoformat()[:7]))
        lines.append(ReconciliationLine(month, name, model_id, tokens_in,
                                        tokens_out, cached, billed, catalog_cost, native))
    unmatched = tuple(sorted({r.model for r in rows if not r.model_id}))
    try:
        alts = (tuple(price_elsewhere(rows, pricer, currency=currency, fx=fx, include_free=include_free))
                if alternatives and rows else ())
    except TokenQuoteError as exc:   # the whole file's tokens are more than one workload holds (10^15 a month)
        alts = ()
        exc = exc.at(Field("usage_alternatives"))
        problems.append(str(exc))
        errors.append(exc)
    unique = dict.fromkeys(problems)
    kept = [e for e, text in zip(errors, problems) if unique.pop(text, 0) is None]
    return Reconciliation(source, currency, tuple(lines), alts, unmatched, tuple(dict.fromkeys(problems)), tuple(kept))


def price_elsewhere(rows: Sequence[MonthlyUsage], pricer: Pricer, *, currency: str, fx: FxTable,
                    include_free: bool = False) -> list[Alternative]:
    """The cost of all of ``rows``' tokens (matched or not) on each model the comparison would rank, cheapest first,
    at the prices in force on the first day of the last month: as "the cheapest" is everywhere else, not a free
    model (rate-limited, a trial) unless ``include_free``, nor one retired by then, nor one whose price for these
    volumes is only partly known."""
    tokens_in = sum(r.input_tokens for r in rows)
    tokens_out = sum(r.output_tokens for r in rows)
    cached = sum(r.cached_input_tokens for r in rows)
    if not tokens_in and not tokens_out:
        return []
    last = max(r.month for r in rows)
    workload = usage_workload("usage", tokens_in, tokens_out, cached)
    comparison = pricer.compare([workload], as_of=last, currency=currency, fx=fx, include_deprecated=False,
                                include_free=include_free)
    return [Alternative(r.model_id, r.name, r.monthly_cost) for r in comparison.rows if r.rank is not None]


# ------------------------------------------------------------------------------------------- project file


def reconciliation_to_json(rec: Reconciliation) -> dict:
    def money(v):
        return None if v is None else str(v)
    return {
        "source": rec.source, "currency": rec.currency,
        "lines": [{"month": ln.month.isoformat()[:7], "model": ln.model, "model_id": ln.model_id,
                   "input_tokens": ln.input_tokens, "output_tokens": ln.output_tokens,
                   "cached_input_tokens": ln.cached_input_tokens, "billed": money(ln.billed),
                   "catalog_cost": money(ln.catalog_cost),
                   "billed_native": [{"currency": c, "amount": str(a)} for c, a in ln.billed_native]}
                  for ln in rec.lines],
        "alternatives": [{"model_id": a.model_id, "name": a.name, "cost": str(a.cost)} for a in rec.alternatives],
        "unmatched": list(rec.unmatched),
        "problems": list(rec.problems),
    }


def reconciliation_from_json(raw: object, where: str = "usage_reconciliation") -> Reconciliation:
    if not isinstance(raw, dict):
        raise InputError(where, "object_expected")
    currency = check_currency(raw.get("currency"), f"{where}.currency")
    lines = []
    for i, item in enumerate(_list(raw.get("lines"), f"{where}.lines")):
        at = f"{where}.lines[{i}]"
        if not isinstance(item, dict):
            raise InputError(at, "object_expected")
        month = _month(item.get("month"), f"{at}.month")
        native = tuple((check_currency(n.get("currency") if isinstance(n, dict) else None, f"{at}.billed_native"),
                        to_decimal(n.get("amount"), f"{at}.billed_native", minimum=None))
                       for n in _list(item.get("billed_native", []), f"{at}.billed_native"))
        lines.append(ReconciliationLine(
            month, _text(item.get("model"), f"{at}.model"), _text(item.get("model_id"), f"{at}.model_id"),
            _int(item.get("input_tokens"), f"{at}.input_tokens"), _int(item.get("output_tokens"), f"{at}.output_tokens"),
            _int(item.get("cached_input_tokens", 0), f"{at}.cached_input_tokens"),
            _money(item.get("billed"), f"{at}.billed"), _money(item.get("catalog_cost"), f"{at}.catalog_cost"), native))
    alts = []
    for i, item in enumerate(_list(raw.get("alternatives", []), f"{where}.alternatives")):
        at = f"{where}.alternatives[{i}]"
        if not isinstance(item, dict):
            raise InputError(at, "object_expected")
        alts.append(Alternative(_text(item.get("model_id"), f"{at}.model_id"), _text(item.get("name"), f"{at}.name"),
                                to_decimal(item.get("cost"), f"{at}.cost", minimum=None)))
    unmatched = tuple(_text(n, f"{where}.unmatched") for n in _list(raw.get("unmatched", []), f"{where}.unmatched"))
    problems = tuple(_text(n, f"{where}.problems") for n in _list(raw.get("problems", []), f"{where}.problems"))
    return Reconciliation(_text(raw.get("source", ""), f"{where}.source", empty=True), currency, tuple(lines),
                          tuple(alts), unmatched, problems)


def _list(value, where) -> list:
    if not isinstance(value, list):
        raise InputError(where, "kind_expected", expected=Field("kind_list"), kind=kind_of(value))
    return value


def _text(value, where, empty: bool = False) -> str:
    if not isinstance(value, str) or (not empty and not value):
        raise InputError(where, "text_expected", kind=kind_of(value))
    return value


def _int(value, where) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise InputError(where, "tokens_expected", value=value)
    return value


def _money(value, where) -> Decimal | None:
    return None if value is None else to_decimal(value, where, minimum=None)


def _month(value, where) -> date:
    if not isinstance(value, str) or len(value) != 7 or value[4] != "-":
        raise InputError(where, "date_expected", value=value)
    try:
        return date(int(value[:4]), int(value[5:]), 1)
    except ValueError:
        raise InputError(where, "not_a_real_date", value=value) from None

"""A quote's terms — client, number, dates, discounts (overall or per vendor), markup, tax, notes — with their checks
and their form in a project file. Apart from :mod:`core.pricing.quote` (the quote arithmetic) so that a project,
which holds its terms, does not load the quote's lines (start-up)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from decimal import Decimal
from typing import Mapping

from core.dates import check_day, parse_day
from core.errors import Field, InputError, kind_of
from core.money import HUNDRED, ZERO
from core.text import MAX_NAME_CHARS, MAX_NOTE_CHARS, check_text
from core.volumes import parse_percent


@dataclass(frozen=True)
class QuoteTerms:
    """A quote's terms: client, number, dates, discounts (overall or per vendor), markup, tax and notes."""

    client: str = ""
    quote_no: str = ""
    issue_date: date | None = None
    valid_days: int = 30
    discount_pct: Decimal = ZERO  # negotiated discount on every vendor ...
    vendor_discounts: Mapping[str, Decimal] = field(default_factory=dict)  # ... unless one is set per vendor
    markup_pct: Decimal = ZERO
    tax_pct: Decimal = ZERO
    prepared_by: str = ""
    company: str = ""
    notes: str = ""

    def __post_init__(self):
        if self.issue_date is not None:
            check_day(self.issue_date, Field("issue_date"))
        for name in ("client", "quote_no", "prepared_by", "company", "notes"):
            check_text(getattr(self, name), Field(name), MAX_NOTE_CHARS if name == "notes" else MAX_NAME_CHARS)
        if (
            not isinstance(self.valid_days, int)
            or isinstance(self.valid_days, bool)
            or not 0 <= self.valid_days <= 3650
        ):
            raise InputError(Field("validity_days"), "valid_days_range", value=self.valid_days)
        # A discount or a tax is a share of the price (0–100 %); a markup may be up to ten times the cost.
        for name in ("discount_pct", "tax_pct"):
            value = getattr(self, name)
            if not isinstance(value, Decimal) or not ZERO <= value <= HUNDRED:
                raise InputError(Field(name), "percent_range", value=value)
        if not isinstance(self.markup_pct, Decimal) or not ZERO <= self.markup_pct <= HUNDRED * 10:
            raise InputError(Field("markup_pct"), "markup_range", value=self.markup_pct)
        for vendor, pct in self.vendor_discounts.items():
            if not isinstance(pct, Decimal) or not ZERO <= pct <= HUNDRED:
                raise InputError(Field("discount_for", vendor=vendor), "pct_range_value", value=pct)

    def discount_for(self, vendor_id: str) -> Decimal:
        return self.vendor_discounts.get(vendor_id, self.discount_pct)

    def issued(self, default: date | None = None) -> date:
        """The day the quote is issued: its issue date, else ``default``, else today (a quote with no date set is
        issued the day it is made) — the one rule for the workbook, the PDF, the Client price tab and the CLI."""
        return self.issue_date or default or date.today()

    @property
    def valid_until(self) -> date | None:
        return self.issue_date + timedelta(days=self.valid_days) if self.issue_date else None

    def edited(self, **changes) -> "QuoteTerms":
        return replace(self, **changes)


def terms_to_json(t: QuoteTerms) -> dict:
    return {
        "client": t.client,
        "quote_no": t.quote_no,
        "issue_date": t.issue_date.isoformat() if t.issue_date else None,
        "valid_days": t.valid_days,
        "discount_pct": str(t.discount_pct),
        "vendor_discounts": {k: str(v) for k, v in t.vendor_discounts.items()},
        "markup_pct": str(t.markup_pct),
        "tax_pct": str(t.tax_pct),
        "prepared_by": t.prepared_by,
        "company": t.company,
        "notes": t.notes,
    }


def terms_from_json(raw: object, where: str = "terms") -> QuoteTerms:
    if not isinstance(raw, dict):
        raise InputError(where, "object_expected")
    issue = raw.get("issue_date")
    issue_date = parse_day(issue, f"{where}.issue_date") if issue else None
    valid_days = raw.get("valid_days", 30)
    if not isinstance(valid_days, int) or isinstance(valid_days, bool):
        raise InputError(f"{where}.valid_days", "whole_days", value=valid_days)
    vendor_raw = raw.get("vendor_discounts", {})
    if not isinstance(vendor_raw, dict):
        raise InputError(f"{where}.vendor_discounts", "vendor_discounts_object")
    texts = {}
    for key in ("client", "quote_no", "prepared_by", "company", "notes"):
        value = raw.get(key, "")
        if value is None:  # JSON null: no text
            value = ""
        if not isinstance(value, str):
            raise InputError(f"{where}.{key}", "text_expected", kind=kind_of(value))
        texts[key] = value
    markup = raw.get("markup_pct", "0")
    try:
        markup_pct = Decimal(str(markup))
    except Exception:
        raise InputError(f"{where}.markup_pct", "not_a_number", value=markup) from None
    if not markup_pct.is_finite() or markup_pct < 0:
        raise InputError(f"{where}.markup_pct", "markup_negative", value=markup)
    return QuoteTerms(
        issue_date=issue_date,
        valid_days=valid_days,
        discount_pct=parse_percent(raw.get("discount_pct", "0"), f"{where}.discount_pct"),
        vendor_discounts={str(k): parse_percent(v, f"{where}.vendor_discounts.{k}") for k, v in vendor_raw.items()},
        markup_pct=markup_pct,
        tax_pct=parse_percent(raw.get("tax_pct", "0"), f"{where}.tax_pct"),
        **texts,
    )

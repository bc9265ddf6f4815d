"""The quote arithmetic: list cost → negotiated discount → markup → tax, each a rounded line (the terms it applies
are :mod:`core.pricing.quote_terms`)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Sequence

from core.money import HUNDRED, ZERO, round_money
from core.pricing.quote_terms import QuoteTerms

TWELVE = Decimal(12)


@dataclass(frozen=True)
class QuoteLine:
    """One option's monthly figures; every step is a visible, rounded line."""

    list_cost: Decimal
    discount_pct: Decimal
    discount: Decimal
    net_cost: Decimal
    markup: Decimal
    client_price: Decimal
    tax: Decimal
    total: Decimal

    def annual(self) -> "QuoteLine":
        """Twelve months: every line × 12 (exact, so the annual total is still the sum of its lines)."""
        return QuoteLine(self.list_cost * TWELVE, self.discount_pct, self.discount * TWELVE,
                         self.net_cost * TWELVE, self.markup * TWELVE, self.client_price * TWELVE,
                         self.tax * TWELVE, self.total * TWELVE)


def quote_line(list_cost: Decimal, currency: str, discount_pct: Decimal, markup_pct: Decimal,
               tax_pct: Decimal) -> QuoteLine:
    discount = round_money(list_cost * discount_pct / HUNDRED, currency)
    net = list_cost - discount
    markup = round_money(net * markup_pct / HUNDRED, currency)
    client = net + markup
    tax = round_money(client * tax_pct / HUNDRED, currency)
    return QuoteLine(list_cost, discount_pct, discount, net, markup, client, tax, client + tax)


def option_quote_line(vendor_costs: Sequence[tuple[str, Decimal]], currency: str, terms: QuoteTerms) -> QuoteLine:
    """The quote line of an option whose monthly list cost is made of ``vendor_costs`` (vendor id, cost; a plan
    may use several vendors): each vendor's negotiated discount on that vendor's lines, rounded once per vendor,
    then markup and tax on the whole as :func:`quote_line` does. With one vendor it is :func:`quote_line`."""
    by_vendor: dict[str, Decimal] = {}
    for vendor_id, cost in vendor_costs:
        by_vendor[vendor_id] = by_vendor.get(vendor_id, ZERO) + cost
    list_cost = sum(by_vendor.values(), ZERO)
    if len(by_vendor) <= 1:
        rate = terms.discount_for(next(iter(by_vendor))) if by_vendor else terms.discount_pct
        return quote_line(list_cost, currency, rate, terms.markup_pct, terms.tax_pct)
    # Rounded per vendor even where the rates are equal: the workbook's formula is one ROUND per vendor, so that
    # a client's change of one vendor's rate in the Inputs sheet is followed.
    discount = sum((round_money(cost * terms.discount_for(v) / HUNDRED, currency) for v, cost in by_vendor.items()),
                   ZERO)
    net = list_cost - discount
    markup = round_money(net * terms.markup_pct / HUNDRED, currency)
    client = net + markup
    tax = round_money(client * terms.tax_pct / HUNDRED, currency)
    # The discount % of a mix of vendors is what the discounts come to, to two decimals (shown, not applied).
    pct = (discount * HUNDRED / list_cost).quantize(Decimal("0.01")) if list_cost else ZERO
    return QuoteLine(list_cost, pct, discount, net, markup, client, tax, client + tax)

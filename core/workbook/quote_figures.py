"""The quote's figures per option, month by month: each projected month's vendor cost taken through the engine's
quote arithmetic (:func:`core.pricing.quote.quote_line`: discount → markup → tax, each a rounded line).

One computation for every place that states a client's price: the workbooks (the internal Quote's year figure, the
client copy's prices), the PDF quote and the app's quote summary. Nothing here prices a model: the months are
:func:`core.pricing.projection.project`'s, the first month is the comparison's own row.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Sequence

from core.money import ZERO
from core.pricing.engine import Comparison, ComparisonRow, Pricer
from core.pricing.projection import points_by_month
from core.pricing.projection import project as project_costs
from core.pricing.quote import QuoteLine, QuoteTerms, quote_line

YEAR_MONTHS = 12


def add_lines(lines: Sequence[QuoteLine]) -> QuoteLine:
    """Several months' lines added up, line by line (a total is still the sum of its lines)."""

    def total(name: str) -> Decimal:
        return sum((getattr(line, name) for line in lines), ZERO)

    return QuoteLine(
        total("list_cost"),
        lines[0].discount_pct if lines else ZERO,
        total("discount"),
        total("net_cost"),
        total("markup"),
        total("client_price"),
        total("tax"),
        total("total"),
    )


@dataclass(frozen=True)
class OptionQuote:
    """One option of the quote: its comparison row and the quote line of each projected month."""

    row: ComparisonRow
    months: tuple[QuoteLine, ...]  # month 1 is the comparison's figure; later months grow and follow prices
    price_changes: tuple[date, ...] = ()  # the months (their first day) from which a new vendor price applies

    @property
    def model_id(self) -> str:
        return self.row.model_id

    @property
    def month(self) -> QuoteLine:
        """The first month (the figure the comparison shows)."""
        return self.months[0]

    @property
    def first_year(self) -> QuoteLine | None:
        """The first twelve months added up, when the projection covers them; else None (say 12 × the month)."""
        if len(self.months) < YEAR_MONTHS:
            return None
        return add_lines(self.months[:YEAR_MONTHS])

    @property
    def year(self) -> QuoteLine:
        """The year figure: the first twelve months as projected, else twelve times the first month."""
        return self.first_year or self.month.annual()

    @property
    def varies(self) -> bool:
        """Whether any projected month differs from the first (growth, decline, or a price change)."""
        return any(line.list_cost != self.month.list_cost for line in self.months)


def option_line(row: ComparisonRow, cost: Decimal, currency: str, terms: QuoteTerms) -> QuoteLine:
    """``cost`` (a month of ``row``'s model) through the terms that apply to its vendor."""
    return quote_line(cost, currency, terms.discount_for(row.vendor_id), terms.markup_pct, terms.tax_pct)


def quote_figures(
    project, comparison: Comparison, pricer: Pricer, options: Sequence[str], months: int | None = None
) -> tuple[OptionQuote, ...]:
    """Each option's quote lines over ``months`` months (default: the project's projection), in option order.

    Parameters
    ----------
    project : core.project.Project
        Its terms and projection settings are read.
    comparison : Comparison
        The priced comparison the options are rows of (its as-of date, currency and rates are used).
    pricer : Pricer
        The comparison's pricer (later months are priced with it).
    options : sequence of model ids
        :func:`core.workbook.plan.quote_options`.
    """
    settings, terms, cur = project.projection, project.terms, comparison.currency
    count = settings.months if months is None else months
    rows = {r.model_id: r for r in comparison.rows}
    projection = project_costs(
        pricer,
        comparison.workloads,
        list(options),
        start=comparison.as_of,
        months=count,
        growth_pct=settings.growth_pct,
        decline_pct=settings.decline_pct,
        currency=cur,
        fx=comparison.fx,
    )
    found = []
    for series in projection.series:
        row = rows[series.model_id]
        # Month 1 is the comparison's own figure (the projection prices it the same way, to the cent).
        costs = (row.monthly_cost, *series.costs[1:])
        points = points_by_month(pricer.catalog.model(series.model_id), projection.month_starts)
        changes = tuple(
            day
            for day, before, point in zip(projection.month_starts[1:], points, points[1:])
            if point.start != before.start
        )
        found.append(OptionQuote(row, tuple(option_line(row, cost, cur, terms) for cost in costs), changes))
    return tuple(found)

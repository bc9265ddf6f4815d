"""What the PDF quote says, decided before anything is drawn (pure Python, testable): the options of the
workbook's plan with the engine's quote lines, the first year with growth, the volumes, the rates and the sources.

Nothing here prices anything: each option's list cost is the plan's comparison row (the figure the workbook's
Quote sheet refers to), its lines are :func:`core.pricing.quote.quote_line`, and the first year is
:func:`core.workbook.quote_figures.quote_figures` — the projection with each month's quote line summed (a total is
the sum of its lines), as the workbooks and the app have it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from core.pricing.engine import Pricer
from core.pricing.fx import FxRate
from core.pricing.projection import month_starts, points_by_month
from core.pricing.quote import QuoteLine
from core.pricing.quote_terms import QuoteTerms
from core.pricing.workload import Workload
from core.workbook.audience import INTERNAL, check_audience
from core.workbook.plan import WorkbookPlan
from core.workbook.quote_figures import ended_prices, quote_figures, quote_months

FIRST_YEAR_MONTHS = 12


@dataclass(frozen=True)
class FirstYear:
    """The first twelve months as the projection prices them (growth, later price points)."""

    vendor_cost: Decimal       # the sum of the projected monthly vendor costs (the Projection sheet's year 1)
    total: Decimal             # the sum of each month's quote total incl. tax
    monthly_totals: tuple[Decimal, ...]


@dataclass(frozen=True)
class PlanLineFigures:
    """One workload of a plan option: its model, vendor and that workload's monthly vendor cost."""

    workload: str
    model: str
    vendor: str
    monthly_cost: Decimal


@dataclass(frozen=True)
class OptionFigures:
    model_id: str             # the option's key: a model id, or plan_key(name)
    name: str
    vendor_id: str            # a plan's first vendor
    vendor: str               # in the quote's language ("" for a plan: vendors() joins its lines')
    price_currency: str       # "" for a plan (its lines may bill in several)
    input_price: Decimal | None   # per 1M tokens, as published (standard, in the model's tier); None for a plan
    output_price: Decimal | None
    line: QuoteLine           # one month
    year: QuoteLine           # twelve months at this month's figures
    first_year: FirstYear | None
    notes: tuple[str, ...]
    price_changes: tuple[date, ...] = ()    # first days of the months a new vendor price applies from
    plan_lines: tuple[PlanLineFigures, ...] = ()   # a plan's workloads, each on its model
    understated: bool = False   # a line's price is not known for these volumes (QuoteOption.understated)
    ended: tuple[tuple[str, date], ...] = ()   # OptionQuote.ended: prices that end before a quoted month

    @property
    def is_plan(self) -> bool:
        return bool(self.plan_lines)

    def vendors(self, join: str) -> str:
        """The vendor, or a plan's vendors joined with ``join`` (each once, in line order)."""
        return join.join(dict.fromkeys(line.vendor for line in self.plan_lines)) if self.plan_lines else self.vendor


@dataclass(frozen=True)
class SourceLine:
    model: str
    vendor: str
    start: date
    source: str
    checked: date | None
    layer: str


@dataclass(frozen=True)
class QuoteContent:
    currency: str
    as_of: date
    issue_date: date
    valid_until: date
    terms: QuoteTerms
    options: tuple[OptionFigures, ...]
    workloads: tuple[Workload, ...]
    growth_pct: Decimal
    decline_pct: Decimal
    rates: tuple[FxRate, ...]
    sources: tuple[SourceLine, ...]
    audience: str = INTERNAL

    @property
    def projected(self) -> bool:
        """Whether the first year differs from twelve times a month (growth, or a price change within it)."""
        return any(o.first_year is not None for o in self.options)


def quote_content(project, plan: WorkbookPlan, pricer: Pricer, *, vendor_name=None,
                  issue_date: date | None = None, audience: str = INTERNAL) -> QuoteContent:
    """The PDF's content for ``project`` priced as ``plan`` says (the plan the workbook is written from).

    Parameters
    ----------
    project : core.project.Project
        Its terms and projection settings are read.
    plan : WorkbookPlan
        :func:`core.workbook.plan.plan_workbook`'s result: its options and their comparison rows.
    pricer : Pricer
        The pricer of the plan (the first year is projected with it).
    vendor_name : callable(ComparisonRow) -> str, optional
        The vendor's name in the quote's language (default: the catalog's).
    audience : "internal" or "client"
        Who reads it (:mod:`core.workbook.audience`): the figures are the same, what is drawn differs.
    """
    comparison, terms = plan.comparison, project.terms
    cur = comparison.currency
    rows = {p.row.model_id: p for p in plan.rows}
    name_of = vendor_name or (lambda row: row.vendor_name)
    # Prices that end within the quote's months: the whole projection's, as the workbook and the CLI say them,
    # not only the first year the PDF's figures cover (a price ending in month 14 of 24 went unsaid).
    span = quote_months(project, comparison.as_of)
    options = []
    for figures in quote_figures(project, comparison, pricer, plan.quote_options, FIRST_YEAR_MONTHS):
        ended = ended_prices(pricer.catalog, figures.option.model_ids, span)
        line = figures.month
        first = None
        if figures.varies:   # else twelve times the month says it
            year = figures.first_year
            assert year is not None      # twelve months were projected
            first = FirstYear(year.list_cost, year.total, tuple(m.total for m in figures.months))
        option, row = figures.option, figures.row
        if row is not None:
            options.append(OptionFigures(row.model_id, row.name, row.vendor_id, name_of(row), row.price_currency,
                                         row.input_price_per_1m, row.output_price_per_1m, line, line.annual(), first,
                                         tuple(row.notes), figures.price_changes, understated=option.understated,
                                         ended=ended))
            continue
        lines = tuple(PlanLineFigures(ol.workload, ol.row.name, name_of(ol.row), ol.row.monthly_cost)
                      for ol in option.lines)
        # A plan's vendor text is its vendors joined the way the quote's language joins them (the layout does it).
        options.append(OptionFigures(option.key, option.name, option.vendor_ids[0], "", "", None, None, line,
                                     line.annual(), first, figures.notes, figures.price_changes, lines,
                                     option.understated, ended))
    issued = terms.issued(issue_date)
    return QuoteContent(cur, comparison.as_of, issued, issued + timedelta(days=terms.valid_days), terms,
                        tuple(options), tuple(comparison.workloads), project.projection.growth_pct,
                        project.projection.decline_pct, _rates_used(plan), _sources(plan, pricer, rows, name_of),
                        check_audience(audience))


def _rates_used(plan: WorkbookPlan) -> tuple[FxRate, ...]:
    """The rates the options' conversions go through, in the table's order."""
    fx, cur = plan.comparison.fx, plan.comparison.currency
    currencies = {line.row.price_currency for option in plan.quote_options for line in option.lines}
    pairs = {step.rate.pair for c in currencies for step in fx.path(c, cur)}
    return tuple(rate for rate in fx.rates if rate.pair in pairs)


def _sources(plan: WorkbookPlan, pricer: Pricer, rows, name_of) -> tuple[SourceLine, ...]:
    """Each price point an option is priced with: today's, and any later one its first year uses (the
    projection's rule, :func:`core.pricing.projection.points_by_month`)."""
    days = month_starts(plan.comparison.as_of, FIRST_YEAR_MONTHS)
    lines: list[SourceLine] = []
    for model_id in dict.fromkeys(m for option in plan.quote_options for m in option.model_ids):
        row = rows[model_id].row
        model = pricer.catalog.models.get(model_id)
        points = [row.point] + (points_by_month(model, days) if model is not None else [])
        seen: set[date] = set()
        for point in points:
            if point is None or point.start in seen:
                continue
            seen.add(point.start)
            lines.append(SourceLine(row.name, name_of(row), point.start, point.source, point.checked, point.layer))
    return tuple(lines)

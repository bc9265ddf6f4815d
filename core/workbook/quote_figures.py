"""The quote's figures per option (a model, or a plan), month by month: each projected month's vendor cost taken
through the engine's quote arithmetic (:func:`core.pricing.quote.option_quote_line`: each vendor's discount on its
lines → markup → tax, each a rounded line).

One computation for every place that states a client's price: the workbooks (the internal Quote's year figure, the
client copy's prices), the PDF quote and the app's quote summary. Nothing here prices a model: the months are
:func:`core.pricing.projection.project`'s (a plan's :func:`~core.pricing.projection.project_plan`'s), the first month
is the comparison's own row.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Sequence

from core.money import ZERO
from core.pricing.engine import Comparison, ComparisonRow, Pricer
from core.pricing.options import QuoteOption
from core.pricing.projection import month_starts, points_by_month, price_ended, project_plan
from core.pricing.projection import project as project_costs
from core.pricing.projection_settings import ProjectionSettings
from core.pricing.quote import QuoteLine, option_quote_line

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
    """One option of the quote (a model, or a plan: :class:`core.pricing.options.QuoteOption`) and the quote line of
    each projected month."""

    option: QuoteOption
    months: tuple[QuoteLine, ...]  # month 1 is the comparison's figure; later months grow and follow prices
    price_changes: tuple[date, ...] = ()  # the months (their first day) from which a new vendor price applies
    ended: tuple[tuple[str, date], ...] = ()  # (model name, last day) of prices that end before a month starts

    @property
    def row(self) -> ComparisonRow | None:
        """A model option's row over every workload (None for a plan)."""
        return self.option.row

    @property
    def model_id(self) -> str:
        """The option's key: the model id, or ``plan:<name>``."""
        return self.option.key

    @property
    def name(self) -> str:
        return self.option.name

    @property
    def vendor_ids(self) -> tuple[str, ...]:
        return self.option.vendor_ids

    @property
    def notes(self) -> tuple[str, ...]:
        """The engine's notes on the option's lines (each once)."""
        return tuple(dict.fromkeys(note for line in self.option.lines for note in line.row.notes))

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


def quote_figures(
    project, comparison: Comparison, pricer: Pricer, options: Sequence[QuoteOption], months: int | None = None
) -> tuple[OptionQuote, ...]:
    """Each option's quote lines over ``months`` months (default: the project's projection), in option order.

    Parameters
    ----------
    project : core.project.Project
        Its terms and projection settings are read.
    comparison : Comparison
        The priced comparison the options come from (its as-of date, currency and rates are used).
    pricer : Pricer
        The comparison's pricer (later months are priced with it).
    options : sequence of QuoteOption
        :func:`core.workbook.plan.quote_options`: models and plans.
    """
    settings, terms, cur = project.projection, project.terms, comparison.currency
    count = settings.months if months is None else months
    settings = ProjectionSettings(count, settings.growth_pct, settings.decline_pct)
    models = [o for o in options if o.row is not None]
    projection = project_costs(
        pricer,
        comparison.workloads,
        [o.key for o in models],
        start=comparison.as_of,
        months=count,
        growth_pct=settings.growth_pct,
        decline_pct=settings.decline_pct,
        currency=cur,
        fx=comparison.fx,
    )
    series_of = {s.model_id: s for s in projection.series}
    days = projection.month_starts
    found = []
    for option in options:
        if option.row is not None:
            row = option.row
            series = series_of[option.key]
            # Month 1 is the comparison's own figure (the projection prices it the same way, to the cent).
            costs = (row.monthly_cost, *series.costs[1:])
            lines = tuple(option_quote_line([(row.vendor_id, cost)], cur, terms) for cost in costs)
            changes = _changes(pricer, option.key, days)
        else:
            assert option.plan is not None
            plan_series = project_plan(
                pricer, option.plan, start=comparison.as_of, settings=settings, currency=cur, fx=comparison.fx
            )
            vendors = [line.vendor_id for line in option.lines]
            lines = tuple(
                option_quote_line([(v, s.costs[k]) for v, s in zip(vendors, plan_series.lines)], cur, terms)
                for k in range(count)
            )
            changes = tuple(sorted({day for line in option.lines for day in _changes(pricer, line.model_id, days)}))
        found.append(OptionQuote(option, lines, changes, ended_prices(pricer.catalog, option.model_ids, days)))
    return tuple(found)


def quote_month_count(project) -> int:
    """How many months a quote speaks of: the projection's, and at least the year its year figures cover (the
    client's copy always states its first 12 months)."""
    return max(project.projection.months, YEAR_MONTHS)


def quote_months(project, starts: date) -> tuple[date, ...]:
    """The first days of those months, from ``starts``."""
    return month_starts(starts, quote_month_count(project))


def quote_ended(project, catalog, options: Sequence[QuoteOption], starts: date) -> tuple[tuple[str, date], ...]:
    """(name, last day) of each model of the quote's ``options`` whose last known price ends within the months the
    quote speaks of (:func:`quote_months` from ``starts``): what the internal quote and the CLI say of them."""
    return ended_prices(catalog, [m for option in options for m in option.model_ids], quote_months(project, starts))


def ended_prices(catalog, model_ids, days: Sequence[date]) -> tuple[tuple[str, date], ...]:
    """(name, last day) of each of ``model_ids`` whose last known price ends before one of ``days`` starts."""
    found = []
    for model_id in dict.fromkeys(model_ids):
        model = catalog.model(model_id)
        end = price_ended(model, days)
        if end is not None:
            found.append((model.name, end))
    return tuple(found)


def _changes(pricer: Pricer, model_id: str, days: Sequence[date]) -> tuple[date, ...]:
    """The months (their first day) from which a new price of ``model_id`` applies."""
    points = points_by_month(pricer.catalog.model(model_id), days)
    return tuple(day for day, before, point in zip(days[1:], points, points[1:]) if point.start != before.start)


def months_before_issue(starts: date, issue: date) -> int:
    """How many of the quote's months (from ``starts``, its prices' date) come before the month it is issued in:
    months a client is quoted for that are already past (0 for a quote priced from its issue month on)."""
    return max(0, (issue.year - starts.year) * 12 + issue.month - starts.month)

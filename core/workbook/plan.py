"""What goes in the quote workbook, decided before any cell is written (pure Python, testable): the Comparison
sheet's rows, the options quoted and projected, the later price points the projection needs, and the points the
Prices sheet lists. See :mod:`core.workbook.writer` for how the sheets use it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from core.catalog.model import PricePoint
from core.errors import Field, InputError
from core.pricing.engine import Comparison, ComparisonRow, Pricer
from core.pricing.projection import check_growth, month_starts, points_by_month
from core.pricing.views import QUOTE_OPTIONS, default_rows


@dataclass
class PricingRow:
    """One model priced at one price point: a row of the Comparison sheet (or of its block of later price
    points used by the projection), with the engine's own figures for it."""

    row: ComparisonRow                       # combined over the workloads (what the app shows)
    per_workload: list[ComparisonRow]        # one per workload, in workload order
    later_from: date | None = None           # set for a later point: the first month it prices

    @property
    def key(self) -> tuple[str, date]:
        return self.row.model_id, self.row.point.start


@dataclass
class WorkbookPlan:
    """What goes in the workbook, decided before any cell is written (pure Python, testable)."""

    comparison: Comparison
    rows: list[PricingRow]                   # the Comparison table: fitting rows first, cheapest first
    options: list[str]                       # model ids offered on the Quote and projected
    later: list[PricingRow]                  # later price points the projection needs
    month_starts: tuple[date, ...]
    month_rows: dict[str, list[tuple[str, date]]]  # option → the pricing row used in each month
    points: list[tuple[ComparisonRow, PricePoint]]  # for the Prices sheet
    _index: dict = field(default_factory=dict, init=False, repr=False)

    def pricing_row(self, key: tuple[str, date]) -> PricingRow:
        if not self._index:
            self._index.update((p.key, p) for p in self.later + self.rows)
        return self._index[key]


def quoted_rows(project, comparison: Comparison) -> tuple[list[ComparisonRow], list[str]]:
    """The comparison rows the quote lists and the quote's options — the one place that decides what "the quote's
    options" are (the workbook, the PDF and the app's quote summary all ask here).

    The rows: the chosen models priced, else every row; ranked rows first in the engine's order (the RANK() range
    is then one block: a row that does not fit, or a free one when free models are not compared, comes after it,
    unranked, as the engine leaves it). The options: the chosen models in the order they were chosen, else the
    three cheapest that fit (else the first three listed)."""
    selected = [m for m in project.selected if m in {r.model_id for r in comparison.rows}]
    chosen = [r for r in comparison.rows if r.model_id in set(selected)] if selected else []
    listed = chosen or list(comparison.rows)
    listed.sort(key=lambda r: r.rank is None)
    if chosen:
        options = list(dict.fromkeys(selected))
    else:
        cheapest, _ = default_rows(listed, (), QUOTE_OPTIONS)
        options = [r.model_id for r in cheapest] or [r.model_id for r in listed[:QUOTE_OPTIONS]]
    return listed, options


def quote_options(project, comparison: Comparison) -> list[str]:
    """The model ids the quote offers (see :func:`quoted_rows`)."""
    return quoted_rows(project, comparison)[1]


def plan_workbook(project, pricer: Pricer, comparison: Comparison | None = None) -> WorkbookPlan:
    """Decide the rows, the options, the later price points and the Prices sheet's points."""
    selected = [m for m in project.selected if m in pricer.catalog.models]
    if comparison is None:
        comparison = pricer.compare(project.workloads, as_of=project.effective_as_of(), currency=project.currency,
                                    fx=project.fx, models=selected or None,
                                    include_free=project.include_free)
    listed, options = quoted_rows(project, comparison)
    if not listed:
        raise InputError(Field("models"), "nothing_to_quote", day=comparison.as_of)
    per_model = {w.name: {r.model_id: r for r in comparison.by_workload.get(w.name, ())}
                 for w in comparison.workloads}
    rows = [PricingRow(r, _per_workload(pricer, comparison, per_model, r)) for r in listed]

    months = project.projection.months
    check_growth(max((row_of_option.row.monthly_cost for row_of_option in rows if row_of_option.row.model_id in options),
                     default=Decimal(0)), project.projection, comparison.currency)
    start = comparison.as_of
    days = month_starts(start, months)
    row_of = {p.row.model_id: p for p in rows}
    later: dict[tuple[str, date], PricingRow] = {}
    month_rows: dict[str, list[tuple[str, date]]] = {}
    for model_id in options:
        base = row_of[model_id]
        keys = []
        model = pricer.catalog.models.get(model_id)
        month_points = (points_by_month(model, days) if model is not None else []) or [base.row.point] * len(days)
        for day, point in zip(days, month_points):
            key = (model_id, point.start)
            if key != base.key and key not in later:
                later[key] = _later_row(pricer, comparison, model_id, day)
            keys.append(key)
        month_rows[model_id] = keys

    points: dict[tuple[str, date], tuple[ComparisonRow, PricePoint]] = {}
    for p in rows + list(later.values()):
        points.setdefault(p.key, (p.row, p.row.point))
    ordered = sorted(points.values(), key=lambda rp: (rp[0].vendor_name.lower(), rp[0].name.lower(),
                                                      rp[0].model_id, rp[1].start))
    return WorkbookPlan(comparison, rows, options, list(later.values()), days, month_rows, ordered)


def _per_workload(pricer: Pricer, comparison: Comparison, per_model, row: ComparisonRow) -> list[ComparisonRow]:
    found = [per_model[w.name].get(row.model_id) for w in comparison.workloads]
    if all(found):
        return found
    # A comparison built without its per-workload rows: price them with the engine, as it did.
    return [pricer.compare([w], as_of=comparison.as_of, currency=comparison.currency, fx=comparison.fx,
                           models=[row.model_id]).rows[0] for w in comparison.workloads]


def _later_row(pricer: Pricer, comparison: Comparison, model_id: str, day: date) -> PricingRow:
    later = pricer.compare(comparison.workloads, as_of=day, currency=comparison.currency, fx=comparison.fx,
                           models=[model_id])
    per = [later.by_workload[w.name][0] for w in comparison.workloads]
    return PricingRow(later.rows[0], per, later_from=day)

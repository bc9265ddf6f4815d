"""The quote workbook: a client-ready .xlsx whose figures are live formulas that LibreOffice and Excel
recompute to the engine's cent.

The writer never re-derives a price (DESIGN "Data flow"): it writes the inputs (volumes, shares, FX rates,
terms) as named cells, each model's resolved per-1M prices (the engine's :class:`~core.engine.EffectivePrices`)
as constants, and formulas with ``ROUND()`` at every line where the engine rounds:

* token split (Inputs): ``TokStdIn_n = In_n/1000000*(1-Batch_n-OffPeak_n)*(1-CacheHit_n)`` and its siblings,
  as :class:`~core.engine.TokenSplit`;
* line costs (Comparison): ``ROUND(MAX(0,TokStdIn_n-free_in/1000000)*in + TokStdCached_n*cached + ..., d)``
  as :func:`~core.engine.raw_line_costs`, rounded as the engine rounds (whole-unit currencies such as JPY
  round as ``ROUND(x/10,1)*10``, see
  :func:`core.workbook_context.round_formula`); display cost ``ROUND(native*FX, d)``, the FX cell following
  :meth:`~core.fx.FxTable.path` (``=FX_USD_CNY`` or ``=1/FX_USD_CNY``); several workloads add up their
  rounded lines as ``core.engine._combine`` does;
* projection: ``ROUND(base*(1+GrowthRate)^(k-1)*(1-PriceDecline)^INT((k-1)/12), d)`` as
  :func:`~core.projection.project`, the base switching to a later price point's row from the month it is in
  force;
* quote lines: discount → markup → tax as :func:`~core.quote.quote_line`.

Sheets and texts are in English or Chinese (``language="zh"``); formulas and figures are the same.
openpyxl is imported inside the functions that use it, never at module level.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Callable, Sequence

from core.atomic import atomic_write
from core.catalog.model import Catalog, PricePoint
from core.pricing.engine import Comparison, ComparisonRow, Pricer
from core.errors import WriteError
from core.pricing.projection import add_months
from core.workbook.labels import Labels

Progress = Callable[[int, int], None]

DEFAULT_OPTIONS = 3  # with nothing selected, the quote offers the three cheapest models that fit


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


@dataclass
class WorkbookLayout:
    """Where things are, so tests (and anyone reading the file back) can find each figure."""

    sheets: dict[str, str] = field(default_factory=dict)       # "quote", "inputs", ... → sheet title
    names: dict[str, str] = field(default_factory=dict)        # defined name → "'Sheet'!$B$7"
    comparison_rows: dict[str, int] = field(default_factory=dict)            # model id → row
    later_rows: dict[tuple[str, date], int] = field(default_factory=dict)    # (model id, point start) → row
    comparison_cols: dict[str, str] = field(default_factory=dict)            # field → column letter
    workload_cols: list[dict[str, str]] = field(default_factory=list)        # per workload: field → letter
    quote_rows: dict[str, int] = field(default_factory=dict)                 # option → row on the Quote
    quote_cols: dict[str, str] = field(default_factory=dict)
    projection_first_row: int = 0
    projection_cols: dict[str, str] = field(default_factory=dict)            # option → column letter
    projection_year_rows: list[int] = field(default_factory=list)
    projection_total_row: int = 0
    options: tuple[str, ...] = ()
    progress_total: int = 1


def export_project(project, catalog: Catalog, path, *, language: str = "en", comparison: Comparison | None = None,
                   pricer: Pricer | None = None, progress: Progress | None = None) -> Path:
    """Write ``project``'s quote workbook to ``path`` atomically and return the path.

    Parameters
    ----------
    project : core.project.Project
        Workloads, selected models (the options; none = the three cheapest), currency, as-of date, FX,
        quote terms and projection settings.
    catalog : Catalog
        The catalog to price with (the caller applies ``project.pricing_catalog`` when it should).
    comparison, pricer : optional
        Reused when given; otherwise priced here with :class:`core.engine.Pricer`.
    progress : callable(done, total), optional
        Called as the work advances (the GUI's progress bar).

    A failure raises :class:`core.errors.WriteError` naming the file and why; an earlier file is left whole.
    """
    target = Path(path)
    _refuse_locked(target)
    wb, layout = build_workbook(project, catalog, language=language, comparison=comparison, pricer=pricer,
                                progress=progress)
    company = project.terms.company
    total = layout.progress_total
    atomic_write(target, lambda handle: save_workbook(wb, handle, company=company))
    if progress is not None:
        progress(total, total)
    return target


def build_workbook(project, catalog: Catalog, *, language: str = "en", comparison: Comparison | None = None,
                   pricer: Pricer | None = None, progress: Progress | None = None):
    """The workbook (not yet saved) and its :class:`WorkbookLayout`."""
    labels = Labels(language)
    pricer = pricer or Pricer(catalog)
    plan = plan_workbook(project, pricer, comparison)
    from core.workbook.writer import write_sheets
    return write_sheets(project, plan, labels, catalog, progress)


def plan_workbook(project, pricer: Pricer, comparison: Comparison | None = None) -> WorkbookPlan:
    """Decide the rows, the options, the later price points and the Prices sheet's points."""
    selected = [m for m in project.selected if m in pricer.catalog.models]
    if comparison is None:
        comparison = pricer.compare(project.workloads, as_of=project.effective_as_of(), currency=project.currency,
                                    fx=project.fx, models=selected or None)
    chosen = [r for r in comparison.rows if r.model_id in set(selected)] if selected else []
    listed = chosen or list(comparison.rows)
    if not listed:
        from core.errors import InputError
        raise InputError("models", f"no model has a price in force on {comparison.as_of}; nothing to quote")
    # Fitting rows first, in the engine's order: the RANK() range is then one block.
    listed.sort(key=lambda r: not r.fits_context)
    per_model = {w.name: {r.model_id: r for r in comparison.by_workload.get(w.name, ())}
                 for w in comparison.workloads}
    rows = [PricingRow(r, _per_workload(pricer, comparison, per_model, r)) for r in listed]
    if chosen:
        by_id = {r.model_id: r for r in chosen}
        options = [m for m in dict.fromkeys(selected) if m in by_id]
    else:
        options = [r.model_id for r in listed if r.fits_context][:DEFAULT_OPTIONS] or \
            [r.model_id for r in listed[:DEFAULT_OPTIONS]]

    months = project.projection.months
    start = comparison.as_of
    month_starts = tuple([start] + [add_months(start, k) for k in range(1, months)])
    row_of = {p.row.model_id: p for p in rows}
    later: dict[tuple[str, date], PricingRow] = {}
    month_rows: dict[str, list[tuple[str, date]]] = {}
    for model_id in options:
        base = row_of[model_id]
        keys = []
        for day, point in zip(month_starts, _points_by_month(pricer.catalog, base.row, month_starts)):
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
    return WorkbookPlan(comparison, rows, options, list(later.values()), month_starts, month_rows, ordered)


def _per_workload(pricer: Pricer, comparison: Comparison, per_model, row: ComparisonRow) -> list[ComparisonRow]:
    found = [per_model[w.name].get(row.model_id) for w in comparison.workloads]
    if all(found):
        return found
    # A comparison built without its per-workload rows: price them with the engine, as it did.
    return [pricer.compare([w], as_of=comparison.as_of, currency=comparison.currency, fx=comparison.fx,
                           models=[row.model_id]).rows[0] for w in comparison.workloads]


def _points_by_month(catalog: Catalog, row: ComparisonRow, month_starts: Sequence[date]) -> list[PricePoint]:
    """The point core.projection prices each month with: the one in force, else the last one seen, else
    the first one known."""
    model = catalog.models.get(row.model_id)
    if model is None:
        return [row.point] * len(month_starts)
    found: list[PricePoint | None] = []
    last = None
    for day in month_starts:
        point = model.point_at(day)
        if point is None:
            point = last
        else:
            last = point
        found.append(point)
    first = next((p for p in found if p is not None), row.point)
    return [p or first for p in found]


def _later_row(pricer: Pricer, comparison: Comparison, model_id: str, day: date) -> PricingRow:
    later = pricer.compare(comparison.workloads, as_of=day, currency=comparison.currency, fx=comparison.fx,
                           models=[model_id])
    per = [later.by_workload[w.name][0] for w in comparison.workloads]
    return PricingRow(later.rows[0], per, later_from=day)


# ---------------------------------------------------------------------------------------------------- saving


def save_workbook(wb, handle, *, company: str = "") -> None:
    """Save ``wb`` into the binary file object ``handle``, with the company in the document's extended
    properties (docProps/app.xml), which openpyxl's own save leaves out."""
    from openpyxl.xml.constants import ARC_APP

    from core.workbook.xml_writer import excel_writer

    app_xml = extended_properties(company)

    class _Archive(zipfile.ZipFile):
        def writestr(self, name, data, *args, **kwargs):
            if name == ARC_APP:
                data = app_xml
            return super().writestr(name, data, *args, **kwargs)

    wb.properties.modified = datetime.now(timezone.utc).replace(tzinfo=None)
    archive = _Archive(handle, "w", zipfile.ZIP_DEFLATED, allowZip64=True)
    try:
        excel_writer(wb, archive).save()
    except BaseException:
        try:
            archive.close()
        except Exception:  # the first error is the one to report
            pass
        raise


def extended_properties(company: str) -> bytes:
    """docProps/app.xml with the application and the company (openpyxl's own never writes the company)."""
    from xml.etree.ElementTree import Element, SubElement, tostring

    from core.workbook.style import clean_text

    root = Element("Properties", xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties")
    SubElement(root, "Application").text = "TokenQuote"
    if company:
        SubElement(root, "Company").text = clean_text(company)[:255]
    return tostring(root, encoding="utf-8", xml_declaration=True)


def _refuse_locked(target: Path) -> None:
    """Refuse to replace a workbook another program has open (its lock file is beside it): on Windows the
    replace would fail anyway, elsewhere that program would later save over the new file."""
    for lock in (target.with_name(f".~lock.{target.name}#"), target.with_name(f"~${target.name}")):
        if lock.exists() and target.exists():
            raise WriteError(str(target), f"the file is open in another program (lock file {lock.name}); close it "
                                          "and try again, or delete the lock file if no program has it open")


"""The quote workbook: a client-ready .xlsx whose figures are live formulas that LibreOffice and Excel
recompute to the engine's cent.

The writer never re-derives a price (DESIGN "Data flow"): it writes the inputs (volumes, shares, FX rates,
terms) as named cells, each model's resolved per-1M prices (:class:`core.pricing.rates.EffectivePrices`)
as constants, and formulas with ``ROUND()`` at every line where the engine rounds:

* token split (Inputs): ``TokStdIn_n = In_n/1000000*(1-Batch_n-OffPeak_n)*(1-CacheHit_n)`` and its siblings,
  as :class:`core.pricing.rates.TokenSplit`;
* line costs (Comparison): ``ROUND(MAX(0,TokStdIn_n-free_in/1000000)*in + TokStdCached_n*cached + ..., d)``,
  the rule the engine computes in integers (:meth:`core.pricing.engine.Pricer.compare`; its Decimal statement is
  ``reference_lines`` in tests/core/test_engine_exact.py), rounded as the engine rounds (whole-unit currencies
  such as JPY round as ``ROUND(x/10,1)*10``, see :func:`core.workbook.context.round_formula`); display cost
  ``ROUND(native*FX, d)``, the FX cell following :meth:`core.pricing.fx.FxTable.path` (``=FX_USD_CNY`` or
  ``=1/FX_USD_CNY``); several workloads add up their rounded lines as the engine's ``_combine`` does;
* projection: ``ROUND(base*(1+GrowthRate)^(k-1)*(1-PriceDecline)^INT((k-k0)/12), d)`` (no decline before k0, the
  first month at the model's last known price) as
  :func:`core.pricing.projection.project`, the base switching to a later price point's row from the month it is
  in force (a plan: each line so, :func:`core.pricing.projection.project_plan`);
* quote lines: discount → markup → tax as :func:`core.pricing.quote.option_quote_line` (a plan: each vendor's
  discount on that vendor's lines).

Sheets and texts are in English or Chinese (``language="zh"``); formulas and figures are the same.
openpyxl is imported inside the functions that use it, never at module level.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from core import __version__
from core.atomic import atomic_write
from core.catalog.model import Catalog
from core.errors import Field, InputError, WriteError
from core.pricing.engine import Comparison, Pricer
from core.workbook.audience import CLIENT, DEFAULT_AUDIENCE, check_audience
from core.workbook.client_sheets import CLIENT_SHEETS, varies, write_client_projection, write_client_quote
from core.workbook.comparison_sheet import write_comparison
from core.workbook.context import Context
from core.workbook.inputs_sheet import write_inputs
from core.workbook.labels import Labels
from core.workbook.paper import PAPERS
from core.workbook.plan import WorkbookPlan, plan_workbook
from core.workbook.prices_sheet import write_prices
from core.workbook.projection_sheet import write_projection
from core.workbook.quote_figures import quote_figures, quote_month_count
from core.workbook.quote_sheet import write_quote
from core.workbook.reconciliation_sheet import write_reconciliation
from core.workbook.save import refuse_locked, save_workbook
from core.workbook.style import clean_text

Progress = Callable[[int, int], None]


def check_target(path) -> Path:
    """A workbook goes to a file ending in .xlsx that no spreadsheet program holds open (its lock file)."""
    target = Path(path)
    if target.suffix.lower() != ".xlsx":   # an .xlsx under a .csv name would open as garbage, or not at all
        raise WriteError(str(target), "wrong_suffix", what=Field("workbook"), suffix=".xlsx")
    refuse_locked(target)
    return target


def export_project(project, catalog: Catalog, path, *, language: str = "en", comparison: Comparison | None = None,
                   pricer: Pricer | None = None, progress: Progress | None = None, paper: str = "a4",
                   audience: str = DEFAULT_AUDIENCE) -> Path:
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
    paper : "a4" or "letter"
        The printed page (core.workbook.paper chooses it from a locale).
    audience : "internal" or "client"
        The internal model (every sheet, cost and formula) or the client's copy (their price, tax and total:
        :mod:`core.workbook.client_sheets`).

    A failure raises :class:`core.errors.WriteError` naming the file and why; an earlier file is left whole.
    """
    target = check_target(path)
    wb, layout = build_workbook(project, catalog, language=language, comparison=comparison, pricer=pricer,
                                progress=progress, paper=paper, audience=audience)
    company = project.terms.company
    total = layout.progress_total
    atomic_write(target, lambda handle: save_workbook(wb, handle, company=company))
    if progress is not None:
        progress(total, total)
    return target


def build_workbook(project, catalog: Catalog, *, language: str = "en", comparison: Comparison | None = None,
                   pricer: Pricer | None = None, progress: Progress | None = None, paper: str = "a4",
                   audience: str = DEFAULT_AUDIENCE):
    """The workbook (not yet saved) and its :class:`WorkbookLayout`."""
    labels = Labels(language)
    if paper not in PAPERS:
        raise InputError(Field("paper"), "paper_unknown", value=paper, allowed=", ".join(PAPERS))
    check_audience(audience)
    pricer = pricer or Pricer(catalog)
    plan = plan_workbook(project, pricer, comparison)
    if audience == CLIENT:
        return write_client_sheets(project, plan, labels, catalog, progress, paper, pricer)
    return write_sheets(project, plan, labels, catalog, progress, paper)


def write_client_sheets(project, plan: WorkbookPlan, labels: Labels, catalog, progress, paper: str, pricer: Pricer):
    """The client's copy: the Quote, and the Projection when the price changes over the months (the first year at
    least, so the year figure is the months', not twelve times the first)."""
    figures = quote_figures(project, plan.comparison, pricer, plan.quote_options, quote_month_count(project))
    ctx = Context(project, plan, labels, catalog, progress, paper,
                  sheets=CLIENT_SHEETS if varies(figures) else CLIENT_SHEETS[:1])
    if "projection" in ctx.sheets:
        write_client_projection(ctx, figures)
    write_client_quote(ctx, figures)
    finish(ctx)
    protect(ctx)
    ctx.tick(0)
    ctx.layout.progress_total = ctx.total
    return ctx.wb, ctx.layout


def write_sheets(project, plan: WorkbookPlan, labels: Labels, catalog, progress, paper: str = "a4"):
    """Write the sheets in order: Inputs first (the names every formula uses), then the Comparison, the
    Projection on it, the Quote cover on both, the Prices, and the Reconciliation when the project has one;
    then the document's properties and the sheets' protection (formulas locked, the yellow inputs editable, no
    password)."""
    ctx = Context(project, plan, labels, catalog, progress, paper)
    write_inputs(ctx)
    write_comparison(ctx)
    write_projection(ctx)
    write_quote(ctx)
    write_prices(ctx)
    if getattr(project, "usage_reconciliation", None) is not None:
        write_reconciliation(ctx)
    finish(ctx)
    protect(ctx)
    ctx.tick(0)
    ctx.layout.progress_total = ctx.total
    return ctx.wb, ctx.layout


def finish(ctx: Context) -> None:
    from openpyxl.packaging.custom import StringProperty

    L, terms, wb = ctx.L, ctx.terms, ctx.wb
    props = wb.properties
    title = L["quote_title"]
    if terms.quote_no:
        title += f" {terms.quote_no}"
    if terms.client:
        title += f" ({terms.client})"
    props.title = clean_text(title)[:255]
    props.subject = L["subject"]
    props.creator = clean_text(terms.prepared_by or "TokenQuote")[:255]
    props.lastModifiedBy = props.creator
    props.keywords = L("keywords", cur=ctx.cur)
    props.description = L["description"]
    props.category = L["category"]
    props.language = "zh-CN" if L.language == "zh" else "en"
    for name, value in (("Company", terms.company), ("Client", terms.client), ("Quote number", terms.quote_no),
                        ("Prepared by", terms.prepared_by), ("TokenQuote version", __version__)):
        if value:
            wb.custom_doc_props.append(StringProperty(name=name, value=clean_text(value)[:255]))
    wb.active = 0
    ctx.tick(10)


def protect(ctx: Context) -> None:
    """Every sheet protected without a password: a stray keystroke cannot overwrite a formula, while the input
    cells (their styles unlocked, core.workbook.style) stay editable; Review → Unprotect lifts it, no password
    asked. Columns and rows may still be resized, and cells selected and copied."""
    for ws in ctx.wb.worksheets:
        protection = ws.protection
        protection.sheet = True
        protection.formatColumns = protection.formatRows = False   # False: allowed
        protection.selectLockedCells = protection.selectUnlockedCells = False

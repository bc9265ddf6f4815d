"""The quote workbook's sheets, written in order: Inputs first (the names every formula uses), then the
Comparison, the Projection on it, the Quote cover on both, and the Prices; then the document's properties.

See :mod:`core.workbook` for the formula shapes and why they equal the engine's to the cent. openpyxl is
imported inside the functions that use it.
"""

from __future__ import annotations

from core.workbook.plan import WorkbookPlan
from core.workbook.comparison_sheet import write_comparison
from core.workbook.context import Context
from core.workbook.quote_sheet import write_quote
from core.workbook.inputs_sheet import write_inputs
from core.workbook.labels import Labels
from core.workbook.prices_sheet import write_prices
from core.workbook.projection_sheet import write_projection
from core.workbook.style import clean_text


def write_sheets(project, plan: WorkbookPlan, labels: Labels, catalog, progress):
    ctx = Context(project, plan, labels, catalog, progress)
    write_inputs(ctx)
    write_comparison(ctx)
    write_projection(ctx)
    write_quote(ctx)
    write_prices(ctx)
    finish(ctx)
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
                        ("Prepared by", terms.prepared_by)):
        if value:
            wb.custom_doc_props.append(StringProperty(name=name, value=clean_text(value)[:255]))
    wb.active = 0
    ctx.tick(10)

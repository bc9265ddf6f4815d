"""The client's copy of the quote workbook: what the client pays, and nothing of what it costs.

The Quote sheet names the client, the dates and the tax rate, and lists each option's price a month (after the
negotiated discount and the markup), its tax and its total, a month and for the first year; then the volumes the
quote is for, the growth it assumes (only when there is some), the preparer's notes and the validity. When the
price changes over the months (growth, a vendor's price change), a Projection sheet gives each month.

Why the prices are figures and not formulas: a price that followed a volume typed into the client's copy would
need the vendor's prices and the markup in the file (in a cell, a defined name or a constant inside a formula), and
a client could read them out — a hidden or protected sheet hides nothing from anyone who unzips the file. So each
price is the engine's own figure (:mod:`core.workbook.quote_figures`: the same arithmetic and cents as the internal
workbook and the app), and what follows from it stays live: tax is ``ROUND(price × TaxRate)`` on the named tax-rate
cell, a total is price + tax, a year is the sum of its months. The preparer answers "what if volume doubles?" in the
app or the internal workbook and sends a new client copy.
"""

from __future__ import annotations

from core.workbook.audience import names_workloads
from core.workbook.context import (
    HEADER_ROW,
    Context,
    date_text,
    date_width,
    days,
    letter,
    print_setup,
    round_formula,
)
from core.workbook.print_fit import FONT_ROW, fit_pages, rows_height, sheet_width, width_scale
from core.workbook.projection_sheet import GROUP_ROW, add_line_chart, write_totals
from core.workbook.quote_figures import YEAR_MONTHS, OptionQuote
from core.workbook.sheet_writer import SheetWriter, money_text
from core.workbook.style import Formula

CLIENT_SHEETS = ("quote", "projection")
QUOTE_KEYS = ("option", "vendor", "client_price", "tax", "total_month", "total_year")
MEASURES = ("client_price_col", "client_tax_col", "client_total_col")  # the Projection's three blocks
NAME_WIDTH = 34  # characters: the Quote sheet's widest column; a longer name wraps (SheetWriter.name)


def varies(figures: tuple[OptionQuote, ...]) -> bool:
    """Whether the client's price changes over the months (then a Projection sheet shows each month)."""
    return any(option.varies for option in figures)


def write_client_quote(ctx: Context, figures: tuple[OptionQuote, ...]) -> None:
    """The client's Quote sheet (``figures``: :func:`core.workbook.quote_figures.quote_figures`, in option order)."""
    L, ws, terms = ctx.L, ctx.sheets["quote"], ctx.terms
    w = SheetWriter(ws, ctx.styles)
    if terms.company:
        w.put(1, 1, terms.company, "company", width=0)
    w.put(2, 1, L["quote_title"], "title", width=0)
    ws.row_dimensions[2].height = 24
    fields = [
        ("client", terms.client),
        ("quote_no", terms.quote_no),
        ("issue_date", ctx.issue_date),
        ("valid_until", ctx.issue_date + days(terms.valid_days)),
        ("prepared_by", terms.prepared_by),
        ("display_currency", ctx.cur),
    ]
    r = 3
    for key, value in fields:
        if value in ("", None):
            continue  # an empty field reads as unfinished on a client's copy
        r += 1
        w.put(r, 1, L[key], "label")
        w.cover_value(r, value, len(QUOTE_KEYS), date_width(ctx))
    r += 1
    w.put(r, 1, L["client_tax_rate"], "label")
    w.put(r, 2, terms.tax_pct / 100, "plain_pct", width=0)
    ctx.define("TaxRate", "quote", 2, r, L["client_tax_rate"])

    r += 2
    w.put(r, 1, L("options_heading", cur=ctx.cur), "section", width=0)
    r += 1
    projected = varies(figures)
    year_key = "total_first_year" if projected else "total_year"
    for col, key in enumerate(QUOTE_KEYS, start=1):
        w.header(r, col, L[{"client_price": "client_price_month", "total_year": year_key}.get(key, key)])
    cols = {key: letter(i) for i, key in enumerate(QUOTE_KEYS, start=1)}
    ctx.layout.quote_cols = dict(cols)
    D, cur = ctx.digits, ctx.cur
    for option in figures:
        r += 1
        line = option.month
        c = {k: f"{v}{r}" for k, v in cols.items()}
        w.name(r, 1, option.name if option.row is not None else L.plan(option.name), NAME_WIDTH, "bold")
        w.put(r, 2, ctx.option_vendor_label(option.option), "cell")
        w.put(r, 3, line.client_price, "money:" + cur, money_text(line.client_price, cur))
        w.put(
            r, 4, Formula(round_formula(f"{c['client_price']}*TaxRate", D)), "money:" + cur, money_text(line.tax, cur)
        )
        w.put(r, 5, Formula(f"{c['client_price']}+{c['tax']}"), "money_bold:" + cur, money_text(line.total, cur))
        year = _year_formula(ctx, option.model_id) if projected else f"{c['total_month']}*12"
        w.put(r, 6, Formula(year), "money_total:" + cur, money_text(option.year.total, cur))
        ctx.layout.quote_rows[option.model_id] = r
        ctx.tick()

    r = _plans(ctx, w, r)
    r = _volumes(ctx, w, r + 2)
    growth, decline = ctx.project.projection.growth_pct, ctx.project.projection.decline_pct
    lines = []
    if growth:
        lines.append(L("client_growth_line", growth=_pct(growth), date=date_text(ctx, ctx.plan.comparison.as_of)))
    if decline:
        lines.append(L("client_decline_line", decline=_pct(decline)))
    for option in figures:
        if option.price_changes:
            dates = ", ".join(date_text(ctx, day) for day in option.price_changes)
            lines.append(L("client_price_change", model=option.name, dates=dates))
        if option.option.understated:  # a figure known to be a floor is never sent without a word
            lines.append(L("client_to_confirm", option=option.name))
        for model, end in option.ended:  # months priced at a price the vendor no longer offers
            lines.append(L.client_price_ended(option.name, option.option.is_plan, model, date_text(ctx, end)))
    if projected:
        lines.append(L("client_year_line", sheet=ctx.layout.sheets["projection"]))
    lines.append(L("client_how_priced", cur=cur))
    r += 1
    for text in lines:
        r += 1
        w.paragraph(r, 1, len(QUOTE_KEYS), text, "note_wrap", size=9)
    if terms.notes.strip():
        r += 2
        w.put(r, 1, L["user_notes"], "label", width=0)
        r += 1
        w.paragraph(r, 1, len(QUOTE_KEYS), terms.notes.strip(), "wrap")
    r += 2
    w.put(r, 1, L("valid_line", date=date_text(ctx, ctx.issue_date + days(terms.valid_days))), "bold_text", width=0)
    w.apply_widths(minimum=12, maximum=NAME_WIDTH, columns=len(QUOTE_KEYS))
    ws.sheet_view.showGridLines = False
    print_setup(ctx, ws, f"A1:{letter(len(QUOTE_KEYS))}{r}", None)
    fit_pages(
        ws,
        ctx.paper,
        width_scale(ctx.paper, sheet_width(w.final_widths, len(QUOTE_KEYS))),
        rows_height(ws, 1, r, FONT_ROW),
    )


def _pct(value) -> str:
    return f"{value.normalize():f}%"


def _year_formula(ctx: Context, option: str) -> str:
    """The first 12 months' totals on the Projection sheet, added up."""
    col = ctx.layout.projection_client_cols[option]
    first = ctx.layout.projection_first_row
    return f"SUM({ctx.sheet_ref('projection')}${col}${first}:${col}${first + YEAR_MONTHS - 1})"


def _plans(ctx: Context, w: SheetWriter, r: int) -> int:
    """What each plan offered is: the model (and vendor) each workload runs on, as the PDF says it (the client's
    copy had only "Plan: Budget mix | Alibaba Cloud"). No costs: the option's price is above. Returns the last row
    written."""
    L, plan = ctx.L, ctx.plan
    if not plan.plan_options:
        return r
    workloads = plan.comparison.workloads
    models = ctx.catalog.models if ctx.catalog is not None else {}
    r += 2
    w.put(r, 1, L["plans_heading"], "section", width=0)
    for option in plan.plan_options:
        r += 1
        w.put(r, 1, L.plan(option.name), "bold_text", width=0)
        r += 1
        for col, key in enumerate(("workload", "model", "vendor"), start=1):
            w.header(r, col, L[key], fit=False)
        for line in plan.plan_lines[option.key]:
            r += 1
            model = models.get(line.model_id)
            w.name(r, 1, workloads[line.workload - 1].name, NAME_WIDTH)
            w.put(r, 2, model.name if model else line.model_id, "cell")
            w.put(r, 3, ctx.vendor_name(line.vendor_id), "cell")
    return r


def _volumes(ctx: Context, w: SheetWriter, r: int) -> int:
    """The volumes the quote is for: a workload's name only where it tells the client something, a share only
    where some workload has one. Returns the last row written."""
    L, workloads = ctx.L, ctx.plan.comparison.workloads
    w.put(r, 1, L["client_volumes_heading"], "section", width=0)
    keys = [("input_tokens", "input_tokens", "int"), ("output_tokens", "output_tokens", "int")]
    for key, field in (("cache_hit", "cache_hit_pct"), ("batch", "batch_pct"), ("off_peak", "off_peak_pct")):
        if any(getattr(wl, field) for wl in workloads):
            keys.append((key, field, "pct"))
    if any(wl.prompt_tokens for wl in workloads):
        keys.append(("prompt_tokens", "prompt_tokens", "int"))
    named = names_workloads(workloads)
    if named:
        keys.insert(0, ("workload", "name", "cell"))
    r += 1
    for col, (key, _, _) in enumerate(keys, start=1):
        w.header(r, col, L[key], fit=key != "workload")
    for wl in workloads:
        r += 1
        for col, (_, field, style) in enumerate(keys, start=1):
            value = getattr(wl, field)
            if field == "name":
                w.name(r, col, value, NAME_WIDTH)
                continue
            w.put(
                r, col, value / 100 if style == "pct" else value, style, width=f"{value:,}" if style == "int" else None
            )
    return r


def write_client_projection(ctx: Context, figures: tuple[OptionQuote, ...]) -> None:
    """Each month's price, tax and total per option (the prices the engine's; tax and totals formulas), a year's
    totals and a line chart of the monthly totals."""
    L, ws = ctx.L, ctx.sheets["projection"]
    w = SheetWriter(ws, ctx.styles)
    n = len(figures)
    months = len(figures[0].months)
    last_col = 2 + 3 * n
    w.put(1, 1, L("client_projection_title", cur=ctx.cur), "title", width=0)
    w.paragraph(2, 1, max(last_col, 6), L("client_projection_sub", n=months), "subtitle_wrap", size=9)
    w.header(HEADER_ROW, 1, L["month_no"])
    w.header(HEADER_ROW, 2, L["month_start"])
    for block, key in enumerate(MEASURES):
        first = 3 + block * n
        w.put(GROUP_ROW, first, L[key], "group", width=0)
        for col in range(first + 1, first + n):
            w.put(GROUP_ROW, col, None, "group", width=0)
        if n > 1:
            ws.merge_cells(start_row=GROUP_ROW, start_column=first, end_row=GROUP_ROW, end_column=first + n - 1)
        for j, option in enumerate(figures):
            w.header(HEADER_ROW, first + j, option.name)
    for j, option in enumerate(figures):
        ctx.layout.projection_cols[option.model_id] = letter(3 + j)
        ctx.layout.projection_client_cols[option.model_id] = letter(3 + 2 * n + j)
    first_row = ctx.layout.projection_first_row = HEADER_ROW + 1
    money, D, cur = "money:" + ctx.cur, ctx.digits, ctx.cur
    starts = _month_starts(ctx, months)
    for k in range(months):
        r = first_row + k
        w.put(r, 1, k + 1, "rank", width=4)
        w.put(r, 2, starts[k], "month", width=date_width(ctx) - 2)
        for j, option in enumerate(figures):
            line = option.months[k]
            price, tax, total = (letter(3 + j + block * n) for block in range(3))
            w.put(r, 3 + j, line.client_price, money, money_text(line.client_price * 12, cur))
            w.put(r, 3 + n + j, Formula(round_formula(f"{price}{r}*TaxRate", D)), money)
            w.put(r, 3 + 2 * n + j, Formula(f"{price}{r}+{tax}{r}"), money, money_text(line.total * 12, cur))
        ctx.tick()
    last = first_row + months - 1
    r = write_totals(ctx, w, first_row, last, last_col)
    w.apply_widths(minimum=11, maximum=40, fixed={1: 8}, columns=max(last_col, 6))
    ws.freeze_panes = f"C{first_row}"
    add_line_chart(
        ctx, ws, w, L("client_chart_title", cur=cur), (3 + 2 * n, last_col), first_row, last, r + 3, last_col
    )


def _month_starts(ctx: Context, months: int):
    from core.pricing.projection import month_starts

    return month_starts(ctx.plan.comparison.as_of, months)

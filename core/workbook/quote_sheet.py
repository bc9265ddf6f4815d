"""The Quote sheet, the cover a client reads: who, when, valid until; one line per option from vendor cost
through discount, markup and tax (core.quote.quote_line as formulas); the assumptions and where prices come
from."""

from __future__ import annotations

from core.workbook.context import (
    Context,
    date_text,
    date_width,
    days,
    fx_name,
    fx_note,
    letter,
    print_setup,
    rates_used,
    round_formula,
    source_line,
    text_formula,
)
from core.workbook.print_fit import FONT_ROW, fit_pages, rows_height, sheet_width, width_scale
from core.workbook.quote_figures import YEAR_MONTHS
from core.workbook.sheet_writer import SheetWriter, money_text
from core.workbook.style import Formula

QUOTE_KEYS = ("option", "vendor", "vendor_cost_month", "vendor_cost_year", "discount_pct", "discount",
              "client_price", "tax", "total_month", "total_year")
QUOTE_KEYS_TITLES: dict[str, str] = {}
# The year columns: the first 12 months as projected (growth, price changes) when the projection covers a year,
# else twelve times the first month, saying so.
YEAR_TITLES = {"vendor_cost_year": "vendor_cost_first_year", "total_year": "total_first_year"}
FLAT_TITLES = {"vendor_cost_year": "vendor_cost_year_flat", "total_year": "total_year_flat"}
NAME_WIDTH = 32   # characters: the widest column; a longer option name wraps (SheetWriter.name)


def write_quote(ctx: Context) -> None:
    L, ws, plan, terms = ctx.L, ctx.sheets["quote"], ctx.plan, ctx.terms
    w = SheetWriter(ws, ctx.styles)
    if terms.company:
        w.put(1, 1, terms.company, "company", width=0)
    w.put(2, 1, L["quote_title"], "title", width=0)
    ws.row_dimensions[2].height = 24
    none = L["none"]
    fields = (("client", terms.client or none), ("quote_no", terms.quote_no or none),
              ("issue_date", ctx.issue_date), ("valid_until", ctx.issue_date + days(terms.valid_days)),
              ("prepared_by", terms.prepared_by or none), ("company", terms.company or none),
              ("display_currency", ctx.cur), ("prices_as_of", plan.comparison.as_of))
    r = 3
    for key, value in fields:
        r += 1
        w.put(r, 1, L[key], "label")
        w.cover_value(r, value, len(QUOTE_KEYS), date_width(ctx))

    r += 2
    w.put(r, 1, L("options_heading", cur=ctx.cur), "section", width=0)
    r += 1
    yearly = len(plan.month_starts) >= YEAR_MONTHS   # the projection covers a year: its first 12 months say it
    titles = dict(QUOTE_KEYS_TITLES, **(YEAR_TITLES if yearly else FLAT_TITLES))
    for col, key in enumerate(QUOTE_KEYS, start=1):
        if yearly and key in YEAR_TITLES:
            # The figure is twelve times the first month when the reader sets fewer than 12 months on the Inputs
            # sheet (the formulas below): so is its title, sized for the longer of the two.
            year, flat = L[YEAR_TITLES[key]], L[FLAT_TITLES[key]]
            w.header(r, col, max(year, flat, key=len))
            w.put(r, col, Formula(f"IF(ProjMonths<{YEAR_MONTHS},{text_formula(flat)},{text_formula(year)})"),
                  "header", width=0)
        else:
            w.header(r, col, L[titles.get(key, key)])
    cols = {key: letter(i) for i, key in enumerate(QUOTE_KEYS, start=1)}
    ctx.layout.quote_cols = dict(cols)
    ref, monthly = ctx.sheet_ref("comparison"), ctx.layout.comparison_cols["monthly"]
    projection, year_row = ctx.sheet_ref("projection"), ctx.layout.projection_year_rows[0]
    D, money, bold = ctx.digits, "money:" + ctx.cur, "money_bold:" + ctx.cur
    lay = ctx.layout
    for option in plan.quote_options:
        r += 1
        line = option.quote(terms, ctx.cur)   # for column widths only: the cells are formulas
        c = {k: f"{v}{r}" for k, v in cols.items()}
        net = f"({c['vendor_cost_month']}-{c['discount']})"
        if option.is_plan:
            # A plan: its total on the Comparison sheet, each vendor's discount on that vendor's lines (one ROUND
            # per vendor, as core.pricing.quote.option_quote_line), the discount % what they come to.
            lines = plan.plan_lines[option.key]
            cost = f"{ref}${monthly}${lay.plan_total_rows[option.key]}"
            by_vendor: dict[str, list[str]] = {}
            for cells, row in zip(lines, lay.plan_line_rows[option.key]):
                by_vendor.setdefault(cells.vendor_id, []).append(f"{ref}${monthly}${row}")
            discount = "+".join(round_formula(f"({'+'.join(refs)})*{ctx.discount_name(vendor)}", D)
                                for vendor, refs in by_vendor.items())
            pct = (Formula(ctx.discount_name(next(iter(by_vendor)))) if len(by_vendor) == 1 else
                   Formula(f"IF({c['vendor_cost_month']}=0,0,{c['discount']}/{c['vendor_cost_month']})"))
            w.name(r, 1, L.plan(option.name), NAME_WIDTH, "bold")
        else:
            model = option.row
            assert model is not None    # a model option has its row
            cost = f"{ref}${monthly}${lay.comparison_rows[option.key]}"
            discount = round_formula(f"{c['vendor_cost_month']}*{c['discount_pct']}", D)
            pct = Formula(ctx.discount_name(model.vendor_id))
            w.name(r, 1, model.name, NAME_WIDTH, "bold")
        w.put(r, 2, ctx.option_vendor_label(option), "cell")
        w.put(r, 3, Formula(cost), money, money_text(line.list_cost, ctx.cur))
        # A year: the Projection's first 12 months — twelve times the first when the Inputs show fewer months.
        vendor_year = f"{c['vendor_cost_month']}*12"
        if yearly:
            vendor_year = f"IF(ProjMonths<12,{vendor_year},{projection}${lay.projection_cols[option.key]}${year_row})"
        w.put(r, 4, Formula(vendor_year), money, money_text(line.list_cost * 15, ctx.cur))   # room for growth
        # An entered rate shows as entered; a plan's discount over several vendors is a computed share: two decimals
        w.put(r, 5, pct, "diff_pct" if option.is_plan and len(by_vendor) > 1 else "pct", width=7)
        w.put(r, 6, Formula(discount), money, money_text(line.discount, ctx.cur))
        w.put(r, 7, Formula(f"{net}+{round_formula(f'{net}*MarkupRate', D)}"), money,
              money_text(line.client_price, ctx.cur))
        w.put(r, 8, Formula(round_formula(f"{c['client_price']}*TaxRate", D)), money, money_text(line.tax, ctx.cur))
        w.put(r, 9, Formula(f"{c['client_price']}+{c['tax']}"), bold, money_text(line.total, ctx.cur))
        year_total = f"{c['total_month']}*12"
        if yearly:
            client_col = lay.projection_client_cols[option.key]
            year_total = f"IF(ProjMonths<12,{year_total},{projection}${client_col}${year_row})"
        w.put(r, 10, Formula(year_total), "money_total:" + ctx.cur, money_text(line.total * 15, ctx.cur))
        lay.quote_rows[option.key] = r

    r += 2
    w.put(r, 1, L["notes_heading"], "section", width=0)
    r += 1
    rounding = " " + L["plan_rounding"] if any(o.is_plan for o in plan.quote_options) else ""
    w.paragraph(r, 1, 10, L["how_priced"] + rounding + (" " + L["first_year_note"] if yearly else ""), "note_wrap",
                size=9)
    r += 2
    w.put(r, 1, L["volumes_heading"], "label", width=0)
    r += 1
    for col, key in enumerate(("workload", "input_tokens", "output_tokens", "cache_hit", "batch", "off_peak",
                               "prompt_tokens"), start=1):
        w.header(r, col, L[key], fit=False)
    for n, wl in enumerate(plan.comparison.workloads, start=1):
        r += 1
        w.name(r, 1, wl.name, NAME_WIDTH)
        for col, (name, style) in enumerate(((f"In_{n}", "int"), (f"Out_{n}", "int"), (f"CacheHit_{n}", "pct"),
                                             (f"Batch_{n}", "pct"), (f"OffPeak_{n}", "pct"),
                                             (f"Prompt_{n}", "int")), start=2):
            w.put(r, col, Formula(name), style, width=0)
    r += 1
    for key, name in (("growth", "GrowthRate"), ("decline", "PriceDecline"), ("months", "ProjMonths")):
        r += 1
        w.put(r, 1, L[key], "label")
        w.put(r, 2, Formula(name), "pct" if key != "months" else "int", width=0)

    used = rates_used(ctx)
    if used:
        r += 2
        w.put(r, 1, L["fx_heading"], "label", width=0)
        r += 1
        for col, key in enumerate(("fx_pair", "fx_rate", "fx_as_of", "fx_note"), start=1):
            w.header(r, col, L[key], fit=False)
    for rate in used:
        r += 1
        w.put(r, 1, L("fx_label", base=rate.base, quote=rate.quote), "cell")
        w.put(r, 2, Formula(fx_name(rate.base, rate.quote)), "rate", width=0)
        w.put(r, 3, rate.as_of, "date", width=date_width(ctx))
        w.put(r, 4, fx_note(L, rate), "text", width=0)

    r += 1
    for option in plan.quote_options:
        for text in _option_notes(ctx, option):
            r += 1
            w.paragraph(r, 1, 10, text, "note_wrap", size=9)
    for text in _ended_notes(ctx):
        r += 1
        w.paragraph(r, 1, 10, text, "note_wrap", size=9)
    r += 2
    w.paragraph(r, 1, 10, source_line(ctx), "note_wrap", size=9)
    if terms.notes.strip():
        r += 2
        w.put(r, 1, L["user_notes"], "label", width=0)
        r += 1
        w.paragraph(r, 1, 10, terms.notes.strip(), "wrap")
    r += 2
    w.paragraph(r, 1, 10, L["live_note"], "note_wrap", size=9)
    r += 1
    w.put(r, 1, L("valid_line", date=date_text(ctx, ctx.issue_date + days(terms.valid_days))), "note", width=0)
    w.apply_widths(minimum=11, maximum=NAME_WIDTH, fixed={5: 9}, columns=10)
    ws.sheet_view.showGridLines = False
    print_setup(ctx, ws, f"A1:J{r}", None)
    fit_pages(ws, ctx.paper, width_scale(ctx.paper, sheet_width(w.final_widths, 10)), rows_height(ws, 1, r, FONT_ROW))


def _ended_notes(ctx: Context) -> list[str]:
    """A model whose last known price ends within the quote's months (the projection's, and at least the year the
    Quote's year figures cover): those months are priced at a price the vendor no longer offers."""
    from core.workbook.quote_figures import quote_ended

    return [ctx.L("price_ended", model=name, end=date_text(ctx, end))
            for name, end in quote_ended(ctx.project, ctx.catalog, ctx.plan.quote_options, ctx.plan.comparison.as_of)]


def _option_notes(ctx: Context, option) -> list[str]:
    """The engine's notes on an option (a plan's per line, naming the workload and its model)."""
    L = ctx.L
    if option.row is not None:
        row = option.row
        return [L("option_notes", model=row.name, note="; ".join(L[n] for n in row.notes))] if row.notes else []
    return [L("option_notes", model=L("plan_line_name", plan=option.name, workload=line.workload, model=line.row.name),
              note="; ".join(L[n] for n in line.row.notes)) for line in option.lines if line.row.notes]

"""The Projection sheet: months × options, each cell core.projection's formula on the option's monthly cost
(switching to a later price point's row from the month it takes effect), and beside it each month's price to the
client incl. tax (core.pricing.quote.quote_line on that month's cost: the Quote sheet's first-12-months figure adds
these up); totals per year and a line chart that prints whole."""

from __future__ import annotations

from decimal import Decimal

from core.pricing.projection import decline_from
from core.workbook.context import (
    HEADER_ROW,
    Context,
    chart_rows,
    date_width,
    letter,
    months_label,
    print_setup,
    round_formula,
)
from core.workbook.print_fit import keep_chart_whole, rows_height, sheet_width, width_scale
from core.workbook.sheet_writer import SheetWriter, money_text
from core.workbook.style import Formula, money_format

GROUP_ROW = HEADER_ROW - 1
CHART_CM = (24.0, 8.0)     # a 12-month table and its chart print on one page


def client_total_formula(cost: str, discount: str, digits: int) -> str:
    """A month's vendor cost ``cost`` through its (rounded) ``discount``, markup and tax, as
    core.pricing.quote.option_quote_line: the price after markup is (cost − discount) + ROUND(that × markup); the
    total adds ROUND(price × tax)."""
    net = f"({cost}-({discount}))"
    price = f"{net}+{round_formula(f'{net}*MarkupRate', digits)}"
    return f"{price}+{round_formula(f'({price})*TaxRate', digits)}"


def write_projection(ctx: Context) -> None:
    L, ws, plan = ctx.L, ctx.sheets["projection"], ctx.plan
    w = SheetWriter(ws, ctx.styles)
    options = plan.options
    n = len(options)
    w.put(1, 1, L("projection_title", cur=ctx.cur), "title", width=0)
    last_col = 2 + 2 * n
    w.paragraph(2, 1, max(last_col, 6), L["projection_sub"], "subtitle_wrap", size=9)
    w.header(HEADER_ROW, 1, L["month_no"])
    w.header(HEADER_ROW, 2, L["month_start"])
    _group(w, ws, 3, 2 + n, L["proj_group_vendor"])
    _group(w, ws, 3 + n, last_col, L["proj_group_client"])
    comparison_ref = ctx.sheet_ref("comparison")
    monthly = ctx.layout.comparison_cols["monthly"]
    main_key = {p.row.model_id: p.key for p in plan.rows}
    names = {o.key: o.name for o in plan.quote_options}
    for j, option in enumerate(options):
        w.header(HEADER_ROW, 3 + j, names[option])
        w.header(HEADER_ROW, 3 + n + j, names[option])
        ctx.layout.projection_cols[option] = letter(3 + j)
        ctx.layout.projection_client_cols[option] = letter(3 + n + j)
    money = "money:" + ctx.cur
    months = len(plan.month_starts)
    lay, D = ctx.layout, ctx.digits

    def row_of(key) -> int:
        return lay.comparison_rows[key[0]] if key == main_key[key[0]] else lay.later_rows[key]

    def decline_since(keys) -> int | None:
        """k0 for a series whose months are priced with ``keys`` (model id, point start): core.projection's rule."""
        return decline_from(ctx.catalog.model(keys[0][0]), [start for _, start in keys])

    # k0 of each model option and of each plan line, found once (not again for each month's cell).
    since = {option: decline_since(plan.month_rows[option]) for option in options if option not in plan.plan_lines}
    line_since = {(option, i): decline_since(line.month_rows)
                  for option, lines in plan.plan_lines.items() for i, line in enumerate(lines)}

    def grown(base: str, r: int, k0: int | None) -> str:
        """core.projection's month k of ``base``: ROUND(base × (1 + growth)^(k−1) × (1 − decline)^INT((k−k0)/12)),
        the decline from month ``k0``, the first priced at the model's last known price; a month before it keeps its
        known price."""
        if k0 is None or r - HEADER_ROW < k0:
            return round_formula(f"{base}*(1+GrowthRate)^($A{r}-1)", D)
        return round_formula(f"{base}*(1+GrowthRate)^($A{r}-1)*(1-PriceDecline)^INT(($A{r}-{k0})/12)", D)

    for k, day in enumerate(plan.month_starts, start=1):
        r = HEADER_ROW + k
        w.put(r, 1, k, "rank", width=4)
        w.put(r, 2, day, "month", width=date_width(ctx) - 2)
        for j, option in enumerate(options):
            cost = f"{letter(3 + j)}{r}"
            if option in plan.plan_lines:
                # A plan: each line its workload's cost on its model, grown and rounded (core.pricing.projection
                # .project_plan); each vendor's discount on that vendor's lines.
                by_vendor: dict[str, list[str]] = {}
                for i, line in enumerate(plan.plan_lines[option]):
                    base = f"{comparison_ref}${lay.workload_monthly_cols[line.workload - 1]}${row_of(line.month_rows[k - 1])}"
                    by_vendor.setdefault(line.vendor_id, []).append(grown(base, r, line_since[option, i]))
                month = "+".join(term for terms in by_vendor.values() for term in terms)
                discount = "+".join(round_formula(f"({'+'.join(terms)})*{ctx.discount_name(vendor)}", D)
                                    for vendor, terms in by_vendor.items())
            else:
                month = grown(f"{comparison_ref}${monthly}${row_of(plan.month_rows[option][k - 1])}", r, since[option])
                vendor_id = plan.option(option).vendor_ids[0]
                discount = round_formula(f"{cost}*{ctx.discount_name(vendor_id)}", D)
            w.put(r, 3 + j, Formula(f'IF($A{r}>ProjMonths,"",{month})'), money)
            total = client_total_formula(cost, discount, D)
            w.put(r, 3 + n + j, Formula(f'IF($A{r}>ProjMonths,"",{total})'), money)
        ctx.tick()
    first, last = HEADER_ROW + 1, HEADER_ROW + months
    ctx.layout.projection_first_row = first
    _fit_money(ctx, w, months)

    r = write_totals(ctx, w, first, last, last_col, follows_inputs=True)
    w.apply_widths(minimum=11, maximum=40, fixed={1: 8}, columns=max(last_col, 6))
    ws.freeze_panes = f"C{first}"
    anchor = r + 3
    add_line_chart(ctx, ws, w, L("chart_line_title", cur=ctx.cur), (3, 2 + n), first, last, anchor, last_col)


def write_totals(ctx: Context, w: SheetWriter, first: int, last: int, last_col: int,
                 follows_inputs: bool = False) -> int:
    """Under months ``first``–``last``: each year's total (the last may be partial) and the whole span's, for
    columns 3–``last_col``, as SUM formulas; returns the whole span's row. Both projections (the internal one
    and the client's) end so. ``follows_inputs``: the months are the Inputs' ``ProjMonths`` (the internal
    workbook), so the labels say how many months the sums hold when the reader sets fewer."""
    L, ws, money = ctx.L, w.ws, ctx.cur
    r = last + 2
    w.put(r, 1, L["year_totals"], "section", width=0)
    for year, start in enumerate(range(first, last + 1, 12), start=1):
        r += 1
        end = min(start + 11, last)
        a, b = start - first + 1, end - first + 1
        w.put(r, 1, L("year_n", n=year), "bold", width=0)
        if follows_inputs:   # months after ProjMonths are blank: a year that starts after it sums nothing
            w.put(r, 2, Formula(f'IF(ProjMonths<{a},"",{months_label(L, "year_months", "b", b, a=a)})'), "cell")
        else:
            w.put(r, 2, L("year_months", a=a, b=b), "cell")
        for j in range(3, last_col + 1):
            col = letter(j)
            w.put(r, j, Formula(f"SUM({col}{start}:{col}{end})"), "money_bold:" + money)
        ctx.layout.projection_year_rows.append(r)
    r += 1
    total = last - first + 1
    w.put(r, 1, Formula(months_label(L, "total_months", "n", total)) if follows_inputs else
          L("total_months", n=total), "bold", width=0)
    w.put(r, 2, None, "bold", width=0)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    for j in range(3, last_col + 1):
        col = letter(j)
        w.put(r, j, Formula(f"SUM({col}{first}:{col}{last})"), "money_total:" + money)
    ctx.layout.projection_total_row = r
    return r


def _group(w: SheetWriter, ws, first: int, last: int, text: str) -> None:
    """A group header over columns ``first``–``last`` only (its own block, no further)."""
    w.put(GROUP_ROW, first, text, "group", width=0)
    for col in range(first + 1, last + 1):
        w.put(GROUP_ROW, col, None, "group", width=0)
    if last > first:
        ws.merge_cells(start_row=GROUP_ROW, start_column=first, end_row=GROUP_ROW, end_column=last)


def _fit_money(ctx: Context, w: SheetWriter, months: int) -> None:
    """Widths from the engine's own base figures, grown as the inputs say (an estimate is enough here)."""
    plan, terms = ctx.plan, ctx.terms
    n = len(plan.options)
    growth = float(1 + ctx.project.projection.growth_pct / 100)
    factor = float((1 + terms.markup_pct / 100) * (1 + terms.tax_pct / 100))
    for j, option in enumerate(plan.options):
        biggest = sum(max(plan.pricing_row(key).row.monthly_cost for key in keys)
                      for keys in plan.option_months(option))
        peak = float(biggest) * max(1.0, growth ** (months - 1)) * 12
        w.fit(3 + j, money_text(Decimal(str(round(peak, 2))), ctx.cur))
        w.fit(3 + n + j, money_text(Decimal(str(round(peak * factor, 2))), ctx.cur))


def add_line_chart(ctx: Context, ws, w: SheetWriter, title: str, series_cols: tuple[int, int], first: int, last: int,
                   anchor: int, last_col: int) -> None:
    """A line chart of columns ``series_cols`` (their header row names the lines) over months ``first``–``last``,
    placed at row ``anchor``; the print area takes it in, and it never prints cut across two pages."""
    from openpyxl.chart import LineChart, Reference

    chart = LineChart()
    chart.title = title
    chart.style = 2
    data = Reference(ws, min_col=series_cols[0], max_col=series_cols[1], min_row=HEADER_ROW, max_row=last)
    chart.add_data(data, titles_from_data=True)
    for series in chart.series:
        series.smooth = False          # price steps and yearly declines are steps, not curves
        series.graphicalProperties.line.width = 22000
    chart.legend.position = "b"
    chart.set_categories(Reference(ws, min_col=2, min_row=first, max_row=last))
    chart.x_axis.number_format = ctx.L["month_format"]
    chart.x_axis.majorTimeUnit = "months"
    chart.y_axis.numFmt = money_format(ctx.cur)
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    chart.width, chart.height = CHART_CM
    ws.add_chart(chart, f"A{anchor}")
    columns = max(last_col, _columns_for(w, chart.width))
    print_setup(ctx, ws, f"A1:{letter(columns)}{anchor + chart_rows(chart.height)}", f"{HEADER_ROW}:{HEADER_ROW}")
    scale = width_scale(ctx.paper, sheet_width(w.final_widths, columns))
    keep_chart_whole(ws, ctx.paper, scale, rows_height(ws, 1, anchor - 1), chart.height * 28.35, anchor)


def _columns_for(w: SheetWriter, width_cm: float) -> int:
    """How many columns from A a chart ``width_cm`` wide spans (one character ≈ 0.19 cm)."""
    used, col = 0.0, 0
    while used < width_cm:
        col += 1
        used += w.final_widths.get(col, 8.43) * 0.19 + 0.1
    return col

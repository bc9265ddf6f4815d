"""The Projection sheet: months × options, each cell core.projection's formula on the option's monthly cost
(switching to a later price point's row from the month it takes effect), totals per year, a line chart."""

from __future__ import annotations

from decimal import Decimal

from core.workbook.context import HEADER_ROW, Context, chart_rows, date_width, letter, print_setup, round_formula
from core.workbook.sheet_writer import SheetWriter, money_text
from core.workbook.style import Formula, money_format


def write_projection(ctx: Context) -> None:
    from openpyxl.chart import LineChart, Reference

    L, ws, plan = ctx.L, ctx.sheets["projection"], ctx.plan
    w = SheetWriter(ws, ctx.styles)
    w.put(1, 1, L("projection_title", cur=ctx.cur), "title", width=0)
    last_col = 2 + len(plan.options)
    w.paragraph(2, 1, max(last_col, 6), L["projection_sub"], "subtitle_wrap", size=9)
    w.header(HEADER_ROW, 1, L["month_no"])
    w.header(HEADER_ROW, 2, L["month_start"])
    comparison_ref = ctx.sheet_ref("comparison")
    monthly = ctx.layout.comparison_cols["monthly"]
    main_key = {p.row.model_id: p.key for p in plan.rows}
    names = {p.row.model_id: p.row.name for p in plan.rows}
    for j, option in enumerate(plan.options, start=3):
        w.header(HEADER_ROW, j, names[option])
        ctx.layout.projection_cols[option] = letter(j)
    money = "money:" + ctx.cur
    months = len(plan.month_starts)
    for k, day in enumerate(plan.month_starts, start=1):
        r = HEADER_ROW + k
        w.put(r, 1, k, "rank", width=4)
        w.put(r, 2, day, "month", width=date_width(ctx) - 2)
        for j, option in enumerate(plan.options, start=3):
            key = plan.month_rows[option][k - 1]
            row = ctx.layout.comparison_rows[option] if key == main_key[option] else ctx.layout.later_rows[key]
            base = f"{comparison_ref}${monthly}${row}"
            grown = f"{base}*(1+GrowthRate)^($A{r}-1)*(1-PriceDecline)^INT(($A{r}-1)/12)"
            formula = f'IF($A{r}>ProjMonths,"",{round_formula(grown, ctx.digits)})'
            w.put(r, j, Formula(formula), money)
        ctx.tick()
    first, last = HEADER_ROW + 1, HEADER_ROW + months
    ctx.layout.projection_first_row = first
    # Widths from the engine's own base figures, grown as the inputs say (an estimate is enough here).
    growth = float(1 + ctx.project.projection.growth_pct / 100)
    for j, option in enumerate(plan.options, start=3):
        biggest = max(plan.pricing_row(key).row.monthly_cost for key in plan.month_rows[option])
        peak = float(biggest) * max(1.0, growth ** (months - 1)) * 12
        w.fit(j, money_text(Decimal(str(round(peak, 2))), ctx.cur))

    r = last + 2
    w.put(r, 1, L["year_totals"], "section", width=0)
    for year, start in enumerate(range(first, last + 1, 12), start=1):
        r += 1
        end = min(start + 11, last)
        w.put(r, 1, L("year_n", n=year), "bold", width=0)
        w.put(r, 2, L("year_months", a=start - first + 1, b=end - first + 1), "cell")
        for j in range(3, last_col + 1):
            col = letter(j)
            w.put(r, j, Formula(f"SUM({col}{start}:{col}{end})"), "money_bold:" + ctx.cur)
        ctx.layout.projection_year_rows.append(r)
    r += 1
    w.put(r, 1, L("total_months", n=months), "bold", width=0)
    w.put(r, 2, None, "bold", width=0)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    for j in range(3, last_col + 1):
        col = letter(j)
        w.put(r, j, Formula(f"SUM({col}{first}:{col}{last})"), "money_total:" + ctx.cur)
    ctx.layout.projection_total_row = r
    w.apply_widths(minimum=11, maximum=40, fixed={1: 8}, columns=max(last_col, 6))
    ws.freeze_panes = f"C{first}"

    chart = LineChart()
    chart.title = L("chart_line_title", cur=ctx.cur)
    chart.style = 2
    data = Reference(ws, min_col=3, max_col=last_col, min_row=HEADER_ROW, max_row=last)
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
    chart.width = 24
    chart.height = 10
    ws.add_chart(chart, f"A{r + 3}")
    area_col = letter(max(last_col, _columns_for(w, 24)))
    print_setup(ctx, ws, f"A1:{area_col}{r + 3 + chart_rows(chart.height)}", f"{HEADER_ROW}:{HEADER_ROW}")


def _columns_for(w: SheetWriter, width_cm: float) -> int:
    """How many columns from A a chart ``width_cm`` wide spans (one character ≈ 0.19 cm)."""
    used, col = 0.0, 0
    while used < width_cm:
        col += 1
        used += w.final_widths.get(col, 8.43) * 0.19 + 0.1
    return col

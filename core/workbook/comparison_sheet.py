"""The Comparison sheet: one row per model with its resolved prices as constants and its costs as the
engine's formulas (a block of columns per workload), ranked, the cheapest highlighted, and a bar chart."""

from __future__ import annotations

from decimal import Decimal

from core.errors import Field, InputError
from core.money import minor_unit
from core.workbook.context import (
    FIRST_ROW,
    HEADER_ROW,
    Context,
    at_row,
    chart_rows,
    date_text,
    fx_name,
    letter,
    print_setup,
    round_formula,
)
from core.workbook.labels import tier_label
from core.workbook.plan import PricingRow, WorkbookPlan
from core.workbook.print_fit import keep_chart_whole, rows_height, sheet_width, width_scale
from core.workbook.sheet_writer import SheetWriter, longest_word, money_text, price_text, wrapped_lines
from core.workbook.style import CHEAPEST_FILL, CHEAPEST_FONT, Formula, display_width, money_format

CHART_ROWS = 20                # the bar chart shows at most this many models (the cheapest at export)
BLOCK_KEYS = ("in_price", "out_price", "cached_price", "tier", "batch_in", "batch_out", "batch_cached", "off_in",
              "off_out", "off_cached", "free_in", "free_out", "input_cost", "output_cost")
MAX_COLUMNS = 16_384   # XFD: the last column Excel and LibreOffice have
HIDDEN_KEYS = BLOCK_KEYS[3:12]  # grouped and collapsed: resolved batch/off-peak prices, tier, free quota
# Longer texts wrap at these widths (characters), so the sheet prints readably one landscape page wide.
VENDOR_WIDTH, MODEL_WIDTH, NOTES_WIDTH = 18, 28, 30


class _Columns:
    """Column numbers of the Comparison table: fixed columns, a block per workload, then the totals."""

    def __init__(self, workloads: int):
        most = (MAX_COLUMNS - 11) // (len(BLOCK_KEYS) + 1)   # 4 before the blocks, 2 + 5 after
        if workloads > most:   # a column past XFD is not a spreadsheet any program opens (openpyxl: ValueError)
            raise InputError(Field("workloads"), "workbook_too_many_workloads", count=f"{workloads:,}",
                             limit=f"{most:,}")
        self.multi = workloads > 1
        self.rank, self.vendor, self.model, self.currency = 1, 2, 3, 4
        col = 5
        self.blocks: list[dict[str, int]] = []
        for _ in range(workloads):
            block = {}
            for key in BLOCK_KEYS:
                block[key] = col
                col += 1
            if self.multi:
                block["monthly"] = col
                col += 1
            self.blocks.append(block)
        if self.multi:
            self.input_cost, self.output_cost = col, col + 1
            col += 2
        else:
            self.input_cost, self.output_cost = self.blocks[0]["input_cost"], self.blocks[0]["output_cost"]
        self.native, self.fx, self.monthly, self.annual, self.notes = range(col, col + 5)
        self.last = self.notes
        self.L = {c: letter(c) for c in range(1, self.last + 1)}


def _converted(ctx: Context, source: str, amount: str) -> str:
    """``amount`` in the display currency as the engine converts it (FxTable.ratio): × each rate of the path
    taken as published, ÷ each inverse one — never × a rounded reciprocal, so a half cent rounds as the engine's."""
    steps = ctx.plan.comparison.fx.path(source, ctx.cur)
    times = "".join("*" + fx_name(s.rate.base, s.rate.quote) for s in steps if not s.inverse)
    divided = "".join("/" + fx_name(s.rate.base, s.rate.quote) for s in steps if s.inverse)
    return f"({amount}){times}{divided}" if steps else amount


def _fx_formula(ctx: Context, source: str) -> Formula | int:
    """The display-currency factor as FxTable.path builds it: × rate, or ÷ rate when the pair is inverse."""
    steps = ctx.plan.comparison.fx.path(source, ctx.cur)
    if not steps:
        return 1
    expr = "1"
    for step in steps:
        expr += ("/" if step.inverse else "*") + fx_name(step.rate.base, step.rate.quote)
    return Formula(expr[2:] if expr.startswith("1*") else expr)


def write_comparison(ctx: Context) -> None:
    from openpyxl.formatting.rule import FormulaRule
    from openpyxl.styles import Font, PatternFill

    L, ws, plan = ctx.L, ctx.sheets["comparison"], ctx.plan
    w = SheetWriter(ws, ctx.styles)
    workloads = plan.comparison.workloads
    cols = _Columns(len(workloads))
    C = cols.L
    w.put(1, 1, L("comparison_title", cur=ctx.cur), "title", width=0)
    hidden = _hidden_columns(plan, cols)
    w.hidden = {c for first, last in hidden for c in range(first, last + 1)}
    w.paragraph(2, 1, cols.last, L("comparison_sub", date=date_text(ctx, plan.comparison.as_of)),
                "subtitle_wrap", size=9)
    headers = _comparison_headers(ctx, cols)
    if cols.multi:
        for block, wl in zip(cols.blocks, workloads):
            # The workload's name over its own shown columns only (from the first one shown: a merge that began
            # in a collapsed column would hide its text).
            end = block.get("monthly", block["output_cost"])
            start = next(c for c in range(block["in_price"], end + 1) if c not in w.hidden)
            w.put(3, start, wl.name, "group", width=0)
            if start == end:   # a collapsed block's one column: wide enough that the name wraps between words
                w.fit(start, longest_word(wl.name) * 1.06)
            for col in range(start + 1, end + 1):
                w.put(3, col, None, "group", width=0)
            if end > start:
                ws.merge_cells(start_row=3, start_column=start, end_row=3, end_column=end)
    for col, text in headers.items():
        w.header(HEADER_ROW, col, text, fit=col not in w.hidden)

    fitting = [p for p in plan.rows if p.ranked and p.row.rank is not None]   # the RANK block (core.workbook.plan)
    last_fit = FIRST_ROW + len(fitting) - 1
    ml = C[cols.monthly]
    rank_range = f"${ml}${FIRST_ROW}:${ml}${last_fit}"
    r = FIRST_ROW
    rank_style = ctx.styles.array("rank")
    widths = _RowWidths(ctx, cols)
    for p in plan.rows:
        if p.ranked and p.row.rank is not None:
            rank = w.new(Formula(f"RANK({ml}{r},{rank_range},1)"), rank_style)
        else:
            rank = w.new(L["not_ranked"], rank_style)
        at_row(_pricing_row(ctx, w, cols, p, r, rank, widths), r)
        ctx.layout.comparison_rows[p.row.model_id] = r
        r += 1
        ctx.tick()
    last_row = r - 1

    if plan.later:
        r += 1
        w.put(r, 1, L["later_heading"], "section", width=0)
        r += 1
        for col, text in headers.items():
            w.header(r, col, text, fit=False)
        for p in plan.later:
            r += 1
            at_row(_pricing_row(ctx, w, cols, p, r, None, widths), r)
            ctx.layout.later_rows[p.key] = r
            ctx.tick()
    lay = ctx.layout
    lay.workload_monthly_cols = [C[block.get("monthly", cols.monthly)] for block in cols.blocks]
    if plan.plan_options:
        r = _plans_block(ctx, w, cols, r + 1)
    bottom = r

    lay.comparison_cols = {"rank": C[cols.rank], "vendor": C[cols.vendor], "model": C[cols.model],
                           "currency": C[cols.currency], "input_cost": C[cols.input_cost],
                           "output_cost": C[cols.output_cost], "monthly_native": C[cols.native], "fx": C[cols.fx],
                           "monthly": C[cols.monthly], "annual": C[cols.annual], "notes": C[cols.notes]}
    lay.workload_cols = [{k: C[v] for k, v in block.items()} for block in cols.blocks]

    ws.conditional_formatting.add(
        f"A{FIRST_ROW}:{C[cols.last]}{last_row}",
        FormulaRule(formula=[f"$A{FIRST_ROW}=1"], fill=PatternFill("solid", fgColor=CHEAPEST_FILL,
                                                                   bgColor=CHEAPEST_FILL),
                    font=Font(bold=True, color=CHEAPEST_FONT)))
    ws.freeze_panes = f"E{FIRST_ROW}"
    ws.auto_filter.ref = f"A{HEADER_ROW}:{C[cols.last]}{last_row}"
    widths.apply(w)
    w.apply_widths(minimum=8, maximum=40, fixed={cols.rank: 7}, columns=cols.last)
    for first, last in hidden:
        ws.column_dimensions.group(C[first], C[last], hidden=True)
    if cols.multi:   # each workload's name within its own shown columns: as many lines as the narrowest needs
        lines = 1
        for block, wl in zip(cols.blocks, workloads):
            shown = [c for c in range(block["in_price"], block.get("monthly", block["output_cost"]) + 1)
                     if c not in w.hidden]
            room = sum(w.final_widths.get(c, 8.43) for c in shown) - 1
            lines = max(lines, wrapped_lines(wl.name, room, bold=True))
        if lines > 1:
            ws.row_dimensions[3].height = 13.0 * lines

    charted = fitting[:CHART_ROWS] if fitting else plan.rows[:CHART_ROWS]
    area_bottom = bottom
    chart = None
    if charted:
        chart, area_bottom = _bar_chart(ctx, ws, cols, len(charted), len(plan.rows) > CHART_ROWS, bottom)
    print_setup(ctx, ws, f"A1:{C[cols.last]}{area_bottom}", f"{HEADER_ROW}:{HEADER_ROW}")
    if chart is not None and area_bottom > bottom:     # below the table, in the print area: printed whole
        scale = width_scale(ctx.paper, sheet_width(w.final_widths, cols.last, w.hidden))
        keep_chart_whole(ws, ctx.paper, scale, rows_height(ws, 1, bottom + 2), chart.height * 28.35, bottom + 3)


def _plans_block(ctx: Context, w: SheetWriter, cols: _Columns, r: int) -> int:
    """The quote's plans under the tables: each plan's total, then one line per workload — that workload's monthly
    cost on the line's model, a reference to the model's row above (so a workload's volume changes only the lines
    that use it). Returns the last row written."""
    L, C, lay, plan = ctx.L, cols.L, ctx.layout, ctx.plan
    money, bold = "money:" + ctx.cur, "money_bold:" + ctx.cur
    w.put(r, 1, L["plans_heading"], "section", width=0)
    r += 1
    for col, key in ((cols.vendor, "workload"), (cols.model, "model"), (cols.currency, "currency")):
        w.header(r, col, L[key], fit=False)
    w.header(r, cols.monthly, L("monthly", cur=ctx.cur), fit=False)
    workloads = plan.comparison.workloads
    models = ctx.catalog.models
    for option in plan.plan_options:
        r += 1
        total_row = r
        w.put(r, cols.vendor, L.plan(option.name), "bold", width=0)
        rows = []
        for line in plan.plan_lines[option.key]:
            r += 1
            model_row = lay.comparison_rows[line.model_id]
            model = models.get(line.model_id)
            w.put(r, cols.vendor, workloads[line.workload - 1].name, "cell", width=0)
            w.put(r, cols.model, model.name if model else line.model_id, "cell", width=0)
            w.put(r, cols.currency, model.currency if model else "", "cell", width=0)
            w.put(r, cols.monthly, Formula(f"{lay.workload_monthly_cols[line.workload - 1]}{model_row}"), money)
            rows.append(r)
        first, last = rows[0], rows[-1]
        w.put(total_row, cols.monthly, Formula(f"SUM({C[cols.monthly]}{first}:{C[cols.monthly]}{last})"), bold)
        lay.plan_line_rows[option.key] = rows
        lay.plan_total_rows[option.key] = total_row
    return r


def _hidden_columns(plan: WorkbookPlan, cols: _Columns) -> list[tuple[int, int]]:
    """Column ranges grouped and collapsed. One workload: the resolved batch/off-peak prices, the tier and
    the free quota. Several: each block's detail and line costs (the totals show them), and every block's
    prices but the first workload's — its monthly cost stays, and the Notes say which tier priced it — so the
    sheet prints readably one page wide (expand a group to see them)."""
    if not cols.multi:
        block = cols.blocks[0]
        return [(block[HIDDEN_KEYS[0]], block[HIDDEN_KEYS[-1]])]
    return [(block["in_price" if n > 0 else "tier"], block["output_cost"]) for n, block in enumerate(cols.blocks)]


def _comparison_headers(ctx: Context, cols: _Columns) -> dict[int, str]:
    L = ctx.L
    out = {cols.rank: L["rank"], cols.vendor: L["vendor"], cols.model: L["model"], cols.currency: L["currency"]}
    for block in cols.blocks:
        for key in BLOCK_KEYS:
            out[block[key]] = L[key]
        if "monthly" in block:
            out[block["monthly"]] = L("monthly", cur=ctx.cur)
    if cols.multi:
        out[cols.input_cost] = L["input_cost"]
        out[cols.output_cost] = L["output_cost"]
    out.update({cols.native: L["monthly_native"], cols.fx: L("fx", cur=ctx.cur),
                cols.monthly: L("monthly", cur=ctx.cur), cols.annual: L("annual", cur=ctx.cur),
                cols.notes: L["notes"]})
    return out


class _RowWidths:
    """The widest figure of each Comparison column, kept as raw values while rows are written and formatted
    once at the end (formatting every cell's money for its width would cost more than writing it)."""

    def __init__(self, ctx: Context, cols: _Columns):
        self.ctx, self.cols = ctx, cols
        self.money: dict[tuple[int, str], Decimal] = {}
        self.prices: dict[tuple[int, str], set] = {}
        self.text: dict[int, int] = {}

    def add_money(self, col: int, cur: str, value: Decimal) -> None:
        key = (col, cur)
        if value > self.money.get(key, -1):
            self.money[key] = value

    def add_text(self, col: int, text: str, limit: int | None = None) -> None:
        width = display_width(text) if limit is None else min(limit, display_width(text))
        if width > self.text.get(col, 0):
            self.text[col] = width

    def apply(self, w: SheetWriter) -> None:
        for (col, cur), value in self.money.items():
            w.fit(col, money_text(value, cur))
        for (col, cur), values in self.prices.items():
            for value in values:
                w.fit(col, price_text(value, cur))
        for col, width in self.text.items():
            w.fit(col, width)


def _pricing_row(ctx: Context, w: SheetWriter, cols: _Columns, p: PricingRow, r: int, rank,
                 widths: _RowWidths) -> int:
    """Write one model at one price point: its prices as constants, its costs as the engine's formulas."""
    L, C, new, array = ctx.L, cols.L, w.new, ctx.styles.array
    row = p.row
    cur, d, D = row.price_currency, minor_unit(row.price_currency), ctx.digits
    money, price, cell = array("money:" + cur), array("price:" + cur), array("cell")
    int_style = array("int")
    cells: list = [None] * cols.last
    cells[cols.rank - 1] = rank
    vendor = ctx.vendor_label(row)
    cells[cols.vendor - 1] = new(vendor, array("cell_wrap") if display_width(vendor) > VENDOR_WIDTH else cell)
    cells[cols.model - 1] = new(row.name, array("cell_wrap") if display_width(row.name) > MODEL_WIDTH else cell)
    cells[cols.currency - 1] = new(cur, cell)
    widths.add_text(cols.vendor, vendor, VENDOR_WIDTH)
    widths.add_text(cols.model, row.name, MODEL_WIDTH)
    notes: list[str] = []
    for n, (block, wr) in enumerate(zip(cols.blocks, p.per_workload), start=1):
        e = wr.prices
        std_in, std_cached, batch_in, batch_cached, off_in, off_cached = e.input_vector   # cache prices resolved
        for key, value in (("in_price", std_in), ("out_price", e.standard.output),
                           ("cached_price", std_cached), ("batch_in", batch_in),
                           ("batch_out", e.batch.output), ("batch_cached", batch_cached),
                           ("off_in", off_in), ("off_out", e.off_peak.output),
                           ("off_cached", off_cached)):
            col = block[key]
            cells[col - 1] = new(float(value), price)
            widths.prices.setdefault((col, cur), set()).add(value)
        tier = L["tier_base"] if e.tier is None else L("tier_from" if e.tier.inclusive else "tier_above", n=f"{e.tier.boundary:,}")
        cells[block["tier"] - 1] = new(tier, cell)
        cells[block["free_in"] - 1] = new(e.free_input_tokens, int_style)
        cells[block["free_out"] - 1] = new(e.free_output_tokens, int_style)
        b = {k: f"{C[v]}{r}" for k, v in block.items()}
        # The engine's line rule: free quota off the standard uncached input/output, then one ROUND per line.
        f_in = round_formula(f"MAX(0,TokStdIn_{n}-{b['free_in']}/1000000)*{b['in_price']}"
                             f"+TokStdCached_{n}*{b['cached_price']}+TokBatIn_{n}*{b['batch_in']}"
                             f"+TokBatCached_{n}*{b['batch_cached']}+TokOffIn_{n}*{b['off_in']}"
                             f"+TokOffCached_{n}*{b['off_cached']}", d)
        f_out = round_formula(f"MAX(0,TokStdOut_{n}-{b['free_out']}/1000000)*{b['out_price']}"
                              f"+TokBatOut_{n}*{b['batch_out']}+TokOffOut_{n}*{b['off_out']}", d)
        cells[block["input_cost"] - 1] = new(Formula(f_in), money)
        cells[block["output_cost"] - 1] = new(Formula(f_out), money)
        widths.add_money(block["input_cost"], cur, wr.input_cost)
        widths.add_money(block["output_cost"], cur, wr.output_cost)
        if "monthly" in block:
            f_month = round_formula(_converted(ctx, cur, f"{b['input_cost']}+{b['output_cost']}"), D)
            cells[block["monthly"] - 1] = new(Formula(f_month), array("money:" + ctx.cur))
            widths.add_money(block["monthly"], ctx.cur, wr.monthly_cost)
        if e.tier is not None:
            text = L(tier_label("tier_note", e.tier), n=f"{e.tier.boundary:,}")
            if len(p.per_workload) > 1:
                text = f"{ctx.plan.comparison.workloads[n - 1].name}: {text}"
            notes.append(text)
    if cols.multi:
        f_in = "+".join(f"{C[b['input_cost']]}{r}" for b in cols.blocks)
        f_out = "+".join(f"{C[b['output_cost']]}{r}" for b in cols.blocks)
        cells[cols.input_cost - 1] = new(Formula(f_in), money)
        cells[cols.output_cost - 1] = new(Formula(f_out), money)
        widths.add_money(cols.input_cost, cur, row.input_cost)
        widths.add_money(cols.output_cost, cur, row.output_cost)
        f_monthly = "+".join(f"{C[b['monthly']]}{r}" for b in cols.blocks)
    else:
        f_monthly = round_formula(_converted(ctx, cur, f"{C[cols.native]}{r}"), D)
    cells[cols.native - 1] = new(Formula(f"{C[cols.input_cost]}{r}+{C[cols.output_cost]}{r}"), money)
    widths.add_money(cols.native, cur, row.monthly_cost_native)
    cells[cols.fx - 1] = new(_fx_formula(ctx, cur), array("rate"))
    widths.add_text(cols.fx, f"{row.fx_rate:,.6f}")
    cells[cols.monthly - 1] = new(Formula(f_monthly), array("money_bold:" + ctx.cur))
    cells[cols.annual - 1] = new(Formula(f"{C[cols.monthly]}{r}*12"), array("money:" + ctx.cur))
    widths.add_money(cols.monthly, ctx.cur, row.monthly_cost)
    widths.add_money(cols.annual, ctx.cur, row.annual_cost)
    for note in row.notes:
        notes.append(L[note])
    if p.later_from is not None:
        notes.insert(0, L("later_note", date=date_text(ctx, p.row.point.start)))
    text = "; ".join(notes)
    cells[cols.notes - 1] = new(text, array("cell_wrap"))
    widths.add_text(cols.notes, text, NOTES_WIDTH)
    wrapped = [(col, value) for col, value, limit in ((cols.notes, text, NOTES_WIDTH), (cols.vendor, vendor, VENDOR_WIDTH),
                                                      (cols.model, row.name, MODEL_WIDTH))
               if display_width(value) > limit]
    return w.table_row(cells, wrapped or None)


def _bar_chart(ctx: Context, ws, cols: _Columns, count: int, partial: bool, bottom: int) -> tuple:
    """The monthly cost of the (cheapest) models as horizontal bars; returns the chart and the last row it covers
    when it sits below the table (the print area must include it), else ``bottom``."""
    from openpyxl.chart import BarChart, Reference

    L = ctx.L
    chart = BarChart()
    chart.type = "bar"                       # horizontal bars: long model names stay readable
    chart.style = 10
    chart.title = L("chart_bar_title_top", cur=ctx.cur, n=count) if partial else L("chart_bar_title", cur=ctx.cur)
    data = Reference(ws, min_col=cols.monthly, min_row=HEADER_ROW, max_row=HEADER_ROW + count)
    names = Reference(ws, min_col=cols.model, min_row=FIRST_ROW, max_row=HEADER_ROW + count)
    chart.add_data(data, titles_from_data=True)
    chart.set_categories(names)
    chart.legend = None
    chart.x_axis.scaling.orientation = "maxMin"   # the cheapest on top, as in the table ...
    chart.y_axis.crosses = "max"                  # ... and the value axis still at the bottom
    chart.y_axis.numFmt = money_format(ctx.cur)
    chart.y_axis.number_format = money_format(ctx.cur)
    chart.gapWidth = 60
    from openpyxl.chart.label import DataLabelList
    chart.dataLabels = DataLabelList(showVal=True, showSerName=False, showCatName=False, showLegendKey=False,
                                     showPercent=False, numFmt=money_format(ctx.cur))
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    chart.width = 24
    chart.height = max(6.0, 2.0 + 0.7 * count)
    if bottom < 60:
        ws.add_chart(chart, f"B{bottom + 3}")
        return chart, bottom + 3 + chart_rows(chart.height)
    ws.add_chart(chart, f"{letter(cols.last + 2)}{FIRST_ROW}")
    return chart, bottom

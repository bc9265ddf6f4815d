"""The Inputs sheet: every assumption an editable, named, validated cell; the token split the line costs
multiply (the engine's TokenSplit) as named formulas."""

from __future__ import annotations

from core.workbook.context import Context, date_width, fx_name, fx_note, print_setup, vendor_discount_name
from core.workbook.sheet_writer import SheetWriter
from core.workbook.style import Formula

SEGMENTS = (("TokStdIn", "seg_std_in"), ("TokStdCached", "seg_std_cached"), ("TokBatIn", "seg_batch_in"),
            ("TokBatCached", "seg_batch_cached"), ("TokOffIn", "seg_off_in"), ("TokOffCached", "seg_off_cached"),
            ("TokStdOut", "seg_std_out"), ("TokBatOut", "seg_batch_out"), ("TokOffOut", "seg_off_out"))


def write_inputs(ctx: Context) -> None:
    L, ws = ctx.L, ctx.sheets["inputs"]
    w = SheetWriter(ws, ctx.styles)
    w.put(1, 1, L["inputs_title"], "title", width=0)
    w.put(2, 1, L["inputs_hint"], "subtitle", width=0)
    w.put(3, 1, L["legend_input"], "in_text")
    w.put(3, 2, L["legend_calc"], "calc_mtok", width=0)
    w.put(3, 3, L["legend_fixed"], "fixed_text", width=0)
    workloads = ctx.plan.comparison.workloads
    checks = _Validations(ctx, ws)

    r = 5
    w.put(r, 1, L["workloads_heading"], "section", width=0)
    r += 1
    for col, key in enumerate(("workload", "input_tokens", "output_tokens", "cache_hit", "batch", "off_peak",
                               "prompt_tokens"), start=1):
        w.header(r, col, L[key])
    first = r + 1
    for n, wl in enumerate(workloads, start=1):
        r += 1
        w.put(r, 1, wl.name, "fixed_text")
        cells = ((2, f"In_{n}", wl.input_tokens, "in_int", L["input_tokens"]),
                 (3, f"Out_{n}", wl.output_tokens, "in_int", L["output_tokens"]),
                 (4, f"CacheHit_{n}", wl.cache_hit_pct / 100, "in_pct", L["cache_hit"]),
                 (5, f"Batch_{n}", wl.batch_pct / 100, "in_pct", L["batch"]),
                 (6, f"OffPeak_{n}", wl.off_peak_pct / 100, "in_pct", L["off_peak"]),
                 (7, f"Prompt_{n}", wl.prompt_tokens, "fixed_int", L["prompt_tokens"]))
        for col, name, value, style, what in cells:
            w.put(r, col, value, style, width=f"{value:,}" if style.endswith("int") else 8)
            ctx.define(name, "inputs", col, r, f"{wl.name}: {what}")
    last = r
    checks.add("whole", 0, 10**15, f"B{first}:C{last}", L["validation_volume"])
    checks.add("decimal", 0, 1, f"D{first}:F{last}", L["validation_pct"])
    checks.custom(f"$E{first}+$F{first}<=1", f"E{first}:F{last}", L["validation_split"])
    r += 1
    w.paragraph(r, 1, 10, L["prompt_note"], "note_wrap", size=9)

    r += 2
    w.put(r, 1, L["segments_heading"], "section", width=0)
    r += 1
    w.header(r, 1, L["workload"])
    for col, (_, key) in enumerate(SEGMENTS, start=2):
        w.header(r, col, L[key])
    for n, wl in enumerate(workloads, start=1):
        r += 1
        w.put(r, 1, wl.name, "fixed_text")
        i, o = f"In_{n}/1000000", f"Out_{n}/1000000"
        s, c, b, p = f"(1-Batch_{n}-OffPeak_{n})", f"CacheHit_{n}", f"Batch_{n}", f"OffPeak_{n}"
        # The engine's TokenSplit, term for term and in the same order.
        formulas = (f"{i}*{s}*(1-{c})", f"{i}*{s}*{c}", f"{i}*{b}*(1-{c})", f"{i}*{b}*{c}", f"{i}*{p}*(1-{c})",
                    f"{i}*{p}*{c}", f"{o}*{s}", f"{o}*{b}", f"{o}*{p}")
        for col, ((stem, key), formula) in enumerate(zip(SEGMENTS, formulas), start=2):
            w.put(r, col, Formula(formula), "calc_mtok")
            ctx.define(f"{stem}_{n}", "inputs", col, r, f"{wl.name}: {L[key]}")

    settings = ctx.project.projection
    months = len(ctx.plan.month_starts)
    r += 2
    w.put(r, 1, L["projection_heading"], "section", width=0)
    for name, key, value, style, note in (
            ("GrowthRate", "growth", settings.growth_pct / 100, "in_pct", L["growth_note"]),
            ("PriceDecline", "decline", settings.decline_pct / 100, "in_pct", L["decline_note"]),
            ("ProjMonths", "months", months, "in_int", L("months_note", n=months))):
        r += 1
        w.put(r, 1, L[key], "label")
        w.put(r, 2, value, style, width=10)
        w.put(r, 3, note, "note", width=0)
        ctx.define(name, "inputs", 2, r, L[key])
        if name == "GrowthRate":
            checks.add("decimal", -1, 10, f"B{r}", L["validation_growth"])
        elif name == "PriceDecline":
            checks.add("decimal", 0, 1, f"B{r}", L["validation_pct"])
        else:
            checks.add("whole", 1, months, f"B{r}", L("validation_months", n=months))

    r += 2
    w.put(r, 1, L["fx_heading"], "section", width=0)
    r += 1
    for col, key in enumerate(("fx_pair", "fx_rate", "fx_as_of", "fx_note"), start=1):
        w.header(r, col, L[key])
    for rate in ctx.plan.comparison.fx.rates:
        r += 1
        w.put(r, 1, L("fx_label", base=rate.base, quote=rate.quote), "fixed_text")
        w.put(r, 2, rate.rate, "in_rate", width=len(str(rate.rate)) + 2)
        w.put(r, 3, rate.as_of, "fixed_date", width=date_width(ctx))
        note = fx_note(L, rate)
        w.put(r, 4, note, "note", width=0)
        ctx.define(fx_name(rate.base, rate.quote), "inputs", 2, r, rate.pair)
        checks.add("decimal", 0, 1e9, f"B{r}", L["validation_rate"], operator="greaterThan")

    r += 2
    w.put(r, 1, L["terms_heading"], "section", width=0)
    terms = ctx.terms
    rows = [("DiscountRate", L["discount_all"], terms.discount_pct)]
    for vendor_id, pct in sorted(terms.vendor_discounts.items()):
        rows.append((vendor_discount_name(vendor_id), L("discount_vendor", vendor=ctx.vendor_name(vendor_id)), pct))
    rows += [("MarkupRate", L["markup"], terms.markup_pct), ("TaxRate", L["tax_rate"], terms.tax_pct)]
    for name, label, pct in rows:
        r += 1
        w.put(r, 1, label, "label")
        w.put(r, 2, pct / 100, "in_pct", width=10)
        ctx.define(name, "inputs", 2, r, label)
        if name == "MarkupRate":
            checks.add("decimal", 0, 10, f"B{r}", L["validation_markup"])
        else:
            checks.add("decimal", 0, 1, f"B{r}", L["validation_pct"])
    w.apply_widths(minimum=12, maximum=44, columns=10)
    ws.sheet_view.showGridLines = False
    print_setup(ctx, ws, f"A1:J{r}", None)


class _Validations:
    def __init__(self, ctx, ws):
        self.ctx, self.ws = ctx, ws

    def add(self, kind, low, high, sqref, message, operator="between"):
        from openpyxl.worksheet.datavalidation import DataValidation

        dv = DataValidation(type=kind, operator=operator, formula1=str(low),
                            formula2=None if operator != "between" else str(high), allow_blank=False,
                            showErrorMessage=True, errorTitle=self.ctx.L["validation_title"], error=message,
                            showInputMessage=False)
        dv.add(sqref)
        self.ws.add_data_validation(dv)

    def custom(self, formula, sqref, message):
        from openpyxl.worksheet.datavalidation import DataValidation

        dv = DataValidation(type="custom", formula1=formula, showErrorMessage=True,
                            errorTitle=self.ctx.L["validation_title"], error=message)
        dv.add(sqref)
        self.ws.add_data_validation(dv)

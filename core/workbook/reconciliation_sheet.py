"""The Reconciliation sheet, written when the project carries a usage reconciliation: per month and model, the
tokens the usage export shows, what was billed and what the catalog's prices give (as reconciled on import, in
its currency), the difference as a formula; then the same usage priced on the cheapest models."""

from __future__ import annotations

from core.workbook.context import HEADER_ROW, Context, date_width, letter, print_setup
from core.workbook.sheet_writer import SheetWriter, money_text
from core.workbook.style import Formula

KEYS = ("rec_month", "rec_model", "model_id", "rec_input", "rec_output", "rec_cached", "rec_billed",
        "rec_catalog", "rec_difference", "rec_difference_pct")
ALTERNATIVES_SHOWN = 15


def write_reconciliation(ctx: Context) -> None:
    rec = ctx.project.usage_reconciliation
    L = ctx.L
    ws = ctx.wb.create_sheet(L["sheet_reconciliation"])
    ctx.layout.sheets["reconciliation"] = ws.title
    w = SheetWriter(ws, ctx.styles)
    cur = rec.currency
    money = "money:" + cur
    w.put(1, 1, L("rec_title", cur=cur), "title", width=0)
    w.paragraph(2, 1, len(KEYS), L("rec_sub", source=rec.source or "—"), "subtitle_wrap", size=9)
    for col, key in enumerate(KEYS, start=1):
        w.header(HEADER_ROW, col, L[key])
    r = HEADER_ROW
    for line in rec.lines:
        r += 1
        w.put(r, 1, line.month, "month", width=date_width(ctx))
        w.put(r, 2, line.model, "cell")
        w.put(r, 3, line.model_id, "cell")
        for col, value in ((4, line.input_tokens), (5, line.output_tokens), (6, line.cached_input_tokens)):
            w.put(r, col, value, "int")
        w.put(r, 7, line.billed, money, width=money_text(line.billed, cur))
        w.put(r, 8, line.catalog_cost, money, width=money_text(line.catalog_cost, cur))
        w.put(r, 9, Formula(f'IF(OR(G{r}="",H{r}=""),"",G{r}-H{r})'), money)
        w.put(r, 10, Formula(f'IF(OR(G{r}="",H{r}="",H{r}=0),"",G{r}/H{r}-1)'), "diff_pct")
        ctx.tick()
    first, last = HEADER_ROW + 1, max(r, HEADER_ROW + 1)
    r += 1
    w.put(r, 1, L["rec_total_compared" if rec.has_billed else "rec_total"], "bold", width=0)
    for col in range(2, 4):
        w.put(r, col, None, "bold")
    billed, catalog = f"G{first}:G{last}", f"H{first}:H{last}"
    for col in range(4, 10):
        column = f"{letter(col)}{first}:{letter(col)}{last}"
        # With bills, the totals are over the lines with both figures (as the app's): a bill the catalog cannot
        # price summed on one side only was a difference of its whole amount beside lines whose differences are 0.
        total = (f'SUMIFS({column},{billed},"<>",{catalog},"<>")' if rec.has_billed and col != 9
                 else f"SUM({column})")
        w.put(r, col, Formula(total), "int" if col < 7 else "money_total:" + cur)
    w.put(r, 10, Formula(f'IF(H{r}=0,"",G{r}/H{r}-1)'), "diff_pct")
    total_row = r
    if rec.left_out:
        r += 2
        lines = ", ".join(rec.left_out_labels)
        w.paragraph(r, 1, len(KEYS), L("rec_left_out", lines=lines, billed=money_text(rec.billed_left_out, cur)),
                    "note_wrap", size=9)
    if rec.unmatched:
        r += 2
        w.paragraph(r, 1, len(KEYS), L("rec_unmatched", names=", ".join(rec.unmatched)), "note_wrap", size=9)
    for problem in rec.problems[:10]:
        r += 1
        w.paragraph(r, 1, len(KEYS), problem, "note_wrap", size=9)
    if rec.alternatives:
        r += 2
        w.put(r, 1, L("rec_alternatives", cur=cur), "section", width=0)
        r += 1
        w.header(r, 2, L["model"])
        w.header(r, 3, L["model_id"])
        w.header(r, 8, L["rec_alt_cost"])
        for alt in rec.alternatives[:ALTERNATIVES_SHOWN]:
            r += 1
            w.put(r, 2, alt.name, "cell")
            w.put(r, 3, alt.model_id, "cell")
            w.put(r, 8, alt.cost, money, width=money_text(alt.cost, cur))
    ws.freeze_panes = f"C{HEADER_ROW + 1}"
    ws.auto_filter.ref = f"A{HEADER_ROW}:{letter(len(KEYS))}{max(HEADER_ROW + 1, total_row - 1)}"
    w.apply_widths(minimum=9, maximum=48, columns=len(KEYS))
    print_setup(ctx, ws, f"A1:{letter(len(KEYS))}{r}", f"{HEADER_ROW}:{HEADER_ROW}")
    ctx.layout.reconciliation_total_row = total_row

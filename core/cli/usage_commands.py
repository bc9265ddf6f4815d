"""``usage FILE``: a usage export read into monthly volumes per model, the workloads it gives (with fitted growth)
and, where the file has costs, what was billed against what the catalog's prices give for the same tokens.

Rows that cannot be read are left out and said on stderr (line, column, why); the output has every month and
model, matched (``model_id``) or not (listed in ``unmatched``).
"""

from __future__ import annotations

import csv
import io
import json
import sys
from datetime import date

from core.catalog.load import load_catalog
from core.cli.parser import PROG
from core.errors import InputError, TokenQuoteError
from core.importers.usage import UsageImport, import_usage
from core.importers.usage_mapping import read_mapping_file
from core.money import check_currency, format_money, money_str
from core.pricing.engine import Pricer
from core.pricing.fx import FxTable, fx_table, fx_to_json
from core.pricing.reconcile import Reconciliation, billed_in, reconcile
from core.pricing.usage import UsagePlan, plan_workloads
from core.pricing.workload import workload_to_json
from core.text import display_width

SHOWN_SKIPS = 20


def cmd_usage(args) -> int:
    catalog = load_catalog(args.catalog)
    currency = check_currency(args.currency.upper(), "--currency")
    if not 1 <= args.months <= 120:
        raise InputError("--months", "months_range", value=args.months, limit=120)
    fx_table(args.fx, date.today())   # conflicting rates are refused before the file is read, not after its notes
    mapping = read_mapping_file(args.mapping) if args.mapping else None
    imported = import_usage(args.path, catalog, mapping)
    report = imported.report
    for error in report.examples[:SHOWN_SKIPS]:
        sys.stderr.write(f"{PROG}: skipped {error}\n")
    if report.rows_skipped > SHOWN_SKIPS:
        sys.stderr.write(f"{PROG}: skipped {report.rows_skipped} rows in all\n")
    for note in report.notes:
        sys.stderr.write(f"{PROG}: {note}\n")
    last_month = max(r.month for r in imported.rows)
    fx = fx_table(args.fx, last_month)
    if args.group == "group" and not imported.mapping.has("group"):   # else one "Usage" workload, without a word
        raise InputError("--group", "usage_group_unmapped")
    plan = plan_workloads(imported.rows, months=args.months, grouping=args.group, last_day=report.last_day,
                          first_day=report.first_day,
                          names=lambda key: catalog.models[key].name if key in catalog.models else key,
                          vendor_of=lambda model_id: catalog.models[model_id].vendor_id)
    if plan.no_full_month():
        sys.stderr.write(f"{PROG}: {plan.no_full_month()}\n")
    rec = reconcile(imported.rows, Pricer(catalog), currency=currency, fx=fx, source=imported.source.path.name,
                    include_free=args.include_free)
    for problem in rec.problems:
        sys.stderr.write(f"{PROG}: {problem}\n")
    render = {"json": to_json, "csv": to_csv, "table": to_table}[args.format]
    text = render(imported, plan, rec, fx)
    sys.stdout.write(text if text.endswith("\n") else text + "\n")
    return 0


def month_rows(imported: UsageImport, rec: Reconciliation, fx: FxTable) -> list[dict]:
    """One row per month, model as the file names it, and group; its catalog cost is its reconciliation line's
    when the file has no groups (with groups, a line adds the groups of a month and model together)."""
    lines = {(ln.month, ln.model): ln for ln in rec.lines}
    grouped = any(r.group for r in imported.rows)
    cur = rec.currency
    out = []
    for r in imported.rows:
        line = lines.get((r.month, r.model)) if r.model_id else None
        own_line = line is not None and not grouped
        billed = None
        if r.billed:
            try:
                billed = billed_in(r.billed, cur, fx)
            except TokenQuoteError:   # a missing rate is said once, in rec.problems
                billed = None
        catalog_cost = line.catalog_cost if own_line and line is not None else None
        out.append({
            "month": r.month.isoformat()[:7], "model": r.model, "model_id": r.model_id, "group": r.group or None,
            "input_tokens": r.input_tokens, "output_tokens": r.output_tokens,
            "cached_input_tokens": r.cached_input_tokens, "requests": r.requests,
            "billed": None if billed is None else money_str(billed, cur),
            "billed_native": [{"currency": c, "amount": str(a)} for c, a in r.billed],
            "catalog_cost": None if catalog_cost is None else money_str(catalog_cost, cur),
            "difference": None if billed is None or catalog_cost is None else money_str(billed - catalog_cost, cur),
        })
    return out


def _doc(imported: UsageImport, plan: UsagePlan, rec: Reconciliation, fx) -> dict:
    report = imported.report
    workloads = []
    for item in plan.workloads:
        entry = workload_to_json(item.workload)
        entry.update(growth_pct=str(item.growth_pct), growth_fitted=item.growth_fitted,
                     model_ids=list(item.model_ids), models=list(item.models),
                     requests=item.requests, basis=[m.isoformat()[:7] for m in item.basis])
        workloads.append(entry)
    cur = rec.currency
    return {
        "file": str(imported.source.path), "preset": imported.mapping.preset or None,
        "encoding": imported.source.encoding_label or None,
        "mapping": imported.mapping.to_json(imported.source.header),
        "rows_read": report.rows_read, "rows_used": report.rows_used, "rows_skipped": report.rows_skipped,
        "skipped": {code: n for code, n in sorted(report.skipped.items())},
        "skipped_rows": [str(e) for e in report.examples],
        "currency": cur, "fx": fx_to_json(fx),
        "months": month_rows(imported, rec, fx),
        "unmatched": list(imported.unmatched),
        "full_months": [m.isoformat()[:7] for m in plan.full_months],
        "partial_month": plan.partial_month.isoformat()[:7] if plan.partial_month else None,
        "partial_first_month": plan.partial_first.isoformat()[:7] if plan.partial_first else None,
        "growth_pct": str(plan.growth_pct),
        "growth_method": "least-squares fit of ln(input + output tokens per day of the month) over the full months",
        "workloads": workloads,
        "reconciliation": {
            # Both totals are over the lines with both figures; the others are listed (left_out).
            "billed": money_str(rec.billed_total, cur) if rec.has_billed else None,
            "catalog_cost": money_str(rec.catalog_total, cur),
            "left_out": [{"month": ln.month.isoformat()[:7], "model_id": ln.model_id} for ln in rec.left_out],
            "billed_left_out": money_str(rec.billed_left_out, cur) if rec.has_billed else None,
            "lines": [{"month": ln.month.isoformat()[:7], "model_id": ln.model_id, "model": ln.model,
                       "billed": None if ln.billed is None else money_str(ln.billed, cur),
                       "catalog_cost": None if ln.catalog_cost is None else money_str(ln.catalog_cost, cur),
                       "difference": None if ln.difference is None else money_str(ln.difference, cur)}
                      for ln in rec.lines],
            "problems": list(rec.problems),
        },
        "alternatives": [{"model": a.model_id, "name": a.name, "cost": money_str(a.cost, cur)}
                         for a in rec.alternatives],
    }


def to_json(imported, plan, rec, fx) -> str:
    return json.dumps(_doc(imported, plan, rec, fx), ensure_ascii=False, indent=2)


CSV_COLUMNS = ("month", "model", "model_id", "group", "input_tokens", "output_tokens", "cached_input_tokens",
               "requests", "billed", "catalog_cost", "difference")


def to_csv(imported, plan, rec, fx) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS + ("currency",))
    for row in _doc(imported, plan, rec, fx)["months"]:
        writer.writerow([_cell(row[c]) for c in CSV_COLUMNS] + [rec.currency])
    return out.getvalue()


def _cell(value) -> str:
    """A CSV cell that a spreadsheet will not run: text starting like a formula gets a leading apostrophe."""
    if value is None:
        return ""
    text = str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@") and not _is_number(text) else text


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def to_table(imported, plan, rec, fx) -> str:
    doc = _doc(imported, plan, rec, fx)
    cur = rec.currency
    lines = [f"{doc['file']}: {doc['rows_used']} of {doc['rows_read']} rows used"
             + (f", {doc['rows_skipped']} skipped" if doc["rows_skipped"] else "")
             + (f" ({doc['preset']})" if doc["preset"] else "")
             + (f", {doc['encoding']}" if doc["encoding"] else ""), ""]
    head = ("month", "model", "catalog id", "input", "output", "cached", f"billed {cur}", f"catalog {cur}", "diff")
    body = [(r["month"], r["model"], r["model_id"] or "(unmatched)", f"{r['input_tokens']:,}",
             f"{r['output_tokens']:,}", f"{r['cached_input_tokens']:,}", _money(r["billed"], cur),
             _money(r["catalog_cost"], cur), _money(r["difference"], cur)) for r in doc["months"]]
    lines += _aligned(head, body, right=range(3, 9))
    if doc["unmatched"]:
        lines += ["", "unmatched: " + ", ".join(doc["unmatched"])]
    basis: tuple = plan.workloads[0].basis if plan.workloads else ()
    span = f"{basis[0].isoformat()[:7]}–{basis[-1].isoformat()[:7]}" if len(basis) > 1 else \
        (basis[0].isoformat()[:7] if basis else "")
    if basis:
        growth = (f"growth of the total {doc['growth_pct']}% a month" if len(plan.full_months) >= 2
                  else "growth not measured (one full month)")
        lines += ["", f"workloads (average of {len(basis)} full month(s), {span}); {growth}"]
        cut = [f"{plan.partial_first.isoformat()[:7]} (the file starts after its first day)"] if plan.partial_first \
            else []
        cut += [f"{plan.partial_month.isoformat()[:7]} (the file stops before its end)"] if plan.partial_month else []
        if cut:   # part of a month is not a month: left out of the averages and the growth, and said
            lines.append(f"(left out as part months: {', '.join(cut)})")
        if plan.idle:   # used only outside the months averaged (a month the file stops in): said, not dropped
            lines.append(f"(no workload for {', '.join(plan.idle)}: no use in the months averaged)")
    elif plan.full_months:   # full months, but none of use in those averaged: say so, not "average of 0"
        idle = f": {', '.join(plan.idle)} had none" if plan.idle else ""
        lines += ["", f"no workloads: the full months averaged (to {plan.full_months[-1].isoformat()[:7]}) show "
                      f"no use{idle}"]
    wl = [(w["name"], f"{w['input_tokens']:,}", f"{w['output_tokens']:,}", w["cache_hit_pct"] + "%",
           w["growth_pct"] + "%" if w["growth_fitted"] else "—") for w in doc["workloads"]]
    if wl:
        lines += _aligned(("workload", "input/month", "output/month", "cache hits", "growth/month"), wl,
                          right=range(1, 5))
    if rec.has_billed:
        lines += ["", f"billed {format_money(rec.billed_total, cur)}, catalog {format_money(rec.catalog_total, cur)}"
                      f" (the lines with both)"]
        if rec.left_out:   # one figure only: in neither total, named (a bill with no catalog price is no overcharge)
            lines.append(f"(left out of both, having one figure only: {left_out_text(rec)})")
        if rec.unmatched:   # their bills are in neither figure: said, not left to be guessed
            lines.append(f"(models not in the catalog are in neither figure: {', '.join(rec.unmatched)})")
    if rec.alternatives:
        lines += ["", f"the file's whole usage (every month and model, those not in the catalog too) at the prices "
                      f"of {rec.alternatives_priced_on}, on the five cheapest models:"]
        lines += [f"  {a.model_id}  {format_money(a.cost, cur)}" for a in rec.alternatives[:5]]
    return "\n".join(lines)


def left_out_text(rec, shown: int = 6) -> str:
    """``deepseek-chat 2026-08, 2026-09 (billed ¥162.44, no catalog price)`` — the reconciliation's lines in
    neither total, by model."""
    by_model: dict[str, list[str]] = {}
    for ln in rec.left_out:
        by_model.setdefault(ln.model, []).append(ln.month.isoformat()[:7])
    names = [f"{model} {', '.join(months)}" for model, months in by_model.items()]
    text = "; ".join(names[:shown]) + ("; …" if len(names) > shown else "")
    if rec.billed_left_out:
        text += f" (billed {format_money(rec.billed_left_out, rec.currency)} with no catalog price)"
    return text


def _money(value, cur) -> str:
    return "" if value is None else value


def _aligned(head, body, right=()) -> list[str]:
    rows = [tuple(str(c) for c in head)] + [tuple(str(c) for c in r) for r in body]
    widths = [max(display_width(r[i]) for r in rows) for i in range(len(head))]
    out = []
    for r in rows:
        cells = []
        for i, c in enumerate(r):
            pad = " " * (widths[i] - display_width(c))
            cells.append(pad + c if i in right else c + pad)
        out.append("  ".join(cells).rstrip())
    return out

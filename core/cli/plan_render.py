"""Plans for the command line: an aligned text table per plan, CSV (one row per plan line) and JSON.

JSON contract (DESIGN "Command line"): ``as_of``, ``currency``, ``fx``, ``workloads`` and ``plans``, each plan with
``name``, ``monthly_cost``, ``annual_cost``, ``native_costs``, ``complete``, ``understated`` (a line's price is only
a floor, so the totals are too) and ``lines``, each line with ``workload``, ``model``, ``price_currency``,
``monthly_cost_native``, ``monthly_cost`` (display currency), ``understated`` and ``why`` (how the model was chosen
and, for a cheapest line, what it beat). Money is a decimal string.
"""

from __future__ import annotations

import csv
import io
import json

from core.cli.render import csv_safe
from core.money import format_money, money_str
from core.pricing.fx import FxTable, fx_to_json
from core.pricing.plans import PlanLine, PricedPlan
from core.text import display_width

CSV_COLUMNS = ("plan", "workload", "model", "vendor", "price_currency", "input_cost", "output_cost",
               "monthly_cost_native", "monthly_cost", "chosen", "fits_context", "why", "problem")


def why_json(line: PlanLine, currency: str) -> dict:
    """How the line's model was chosen: assigned by the user, or the cheapest that fits and what it beat."""
    if line.assigned:
        return {"chosen": "assigned", "text": "assigned"}
    choice = line.choice
    assert choice is not None, "a cheapest line has its choice"
    runner = choice.runner_up
    out = {
        "chosen": "cheapest",
        "candidates": choice.candidates,
        "beat": choice.beat,
        "runner_up": None if runner is None else {
            "model": runner.model_id,
            "monthly_cost": money_str(runner.monthly_cost, currency),
            "difference": money_str(runner.monthly_cost - line.row.monthly_cost, currency) if line.row else None,
        },
        "too_small_context": choice.too_small,
        "price_not_known": choice.unknown_price,   # for a prompt this long, or its output price
        "filtered_out": choice.filtered,
        "free_left_out": choice.free,
        "retired": choice.retired,
    }
    out["text"] = why_text(line, currency)
    return out


def why_text(line: PlanLine, currency: str) -> str:
    if line.assigned:
        return "assigned"
    choice = line.choice
    assert choice is not None
    if line.row is None:
        parts = ["no model fits"]
    else:
        parts = [f"cheapest of {choice.candidates} that fit"]
        if choice.runner_up is not None:
            extra = choice.runner_up.monthly_cost - line.row.monthly_cost
            parts.append(f"next {choice.runner_up.model_id} +{format_money(extra, currency)}")
    if choice.too_small:
        parts.append(f"{choice.too_small} too small a context")
    if choice.unknown_price:
        parts.append(f"{choice.unknown_price} with no known price for this workload")
    if choice.filtered:
        parts.append(f"{choice.filtered} filtered out")
    if choice.free:
        parts.append(f"{choice.free} free left out")
    return "; ".join(parts)


def line_json(line: PlanLine, currency: str) -> dict:
    row = line.row
    cur = row.price_currency if row else None
    return {
        "workload": line.workload.name,
        "model": line.model_id,
        "name": row.name if row else None,
        "vendor": row.vendor_id if row else None,
        "price_currency": cur,
        "input_cost": money_str(row.input_cost, row.price_currency) if row else None,
        "output_cost": money_str(row.output_cost, row.price_currency) if row else None,
        "monthly_cost_native": money_str(row.monthly_cost_native, row.price_currency) if row else None,
        "monthly_cost": money_str(row.monthly_cost, currency) if row else None,
        "fits_context": row.fits_context if row else None,
        "understated": row.understated if row else None,
        "why": why_json(line, currency),
        "problem": None if line.problem is None else line.problem.problem,
    }


def plan_to_json(plan: PricedPlan) -> dict:
    cur = plan.currency
    return {
        "name": plan.name,
        "monthly_cost": money_str(plan.monthly_cost, cur),
        "annual_cost": money_str(plan.annual_cost, cur),
        "native_costs": {c: money_str(v, c) for c, v in plan.native_costs.items()},
        "complete": plan.complete,
        "understated": plan.understated,
        "lines": [line_json(line, cur) for line in plan.lines],
    }


def plan_json(plans: list[PricedPlan], fx: FxTable) -> str:
    first = plans[0]
    doc = {
        "as_of": first.as_of.isoformat(),
        "currency": first.currency,
        "fx": fx_to_json(fx),
        "workloads": [{"name": line.workload.name, "input_tokens": line.workload.input_tokens,
                       "output_tokens": line.workload.output_tokens} for line in first.lines],
        "plans": [plan_to_json(p) for p in plans],
    }
    return json.dumps(doc, ensure_ascii=False, indent=2)


def plan_csv(plans: list[PricedPlan], fx: FxTable) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for plan in plans:
        for line in plan.lines:
            j = line_json(line, plan.currency)
            # Plan and workload names are the user's: a spreadsheet opening this must not run one as a formula.
            writer.writerow([csv_safe(v) for v in (
                plan.name, j["workload"], j["model"] or "", j["vendor"] or "", j["price_currency"] or "",
                j["input_cost"] or "", j["output_cost"] or "", j["monthly_cost_native"] or "", j["monthly_cost"] or "",
                j["why"]["chosen"], "" if j["fits_context"] is None else str(j["fits_context"]).lower(),
                j["why"]["text"], j["problem"] or "")])
    return out.getvalue()


def plan_table(plans: list[PricedPlan], fx: FxTable) -> str:
    out = []
    for plan in plans:
        cur = plan.currency
        headers = ["Workload", "Model", "Cur", "Input cost", "Output cost", f"Monthly ({cur})", "Why"]
        right = [False, False, False, True, True, True, False]
        lines = []
        for line in plan.lines:
            row = line.row
            lines.append([line.workload.name, line.model_id or "-", row.price_currency if row else "-",
                          format_money(row.input_cost, row.price_currency) if row else "-",
                          format_money(row.output_cost, row.price_currency) if row else "-",
                          format_money(row.monthly_cost, cur) if row else "-",
                          why_text(line, cur) + (f" ({line.problem.problem})" if line.problem else "")])
        total = ["Total", "", "", "", "", format_money(plan.monthly_cost, cur), ""]
        widths = [max(display_width(x[i]) for x in [headers, *lines, total]) for i in range(len(headers))]
        # A total over a floor price is a floor too: said where the total is read, not only in a line's Why.
        at_least = "at least " if plan.understated else ""
        out.append(f"Plan {plan.name!r} as of {plan.as_of}: {at_least}{format_money(plan.monthly_cost, cur)} a month, "
                   f"12 × month {at_least}{format_money(plan.annual_cost, cur)}"
                   + ("" if plan.complete else " (incomplete)"))
        out.append("  ".join(_pad(h, widths[i], right[i]) for i, h in enumerate(headers)).rstrip())
        out.append("  ".join("-" * w for w in widths))
        out.extend("  ".join(_pad(c, widths[i], right[i]) for i, c in enumerate(x)).rstrip() for x in lines)
        out.append("  ".join(_pad(c, widths[i], right[i]) for i, c in enumerate(total)).rstrip())
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def _pad(text: str, width: int, right: bool) -> str:
    gap = " " * max(0, width - display_width(text))
    return gap + text if right else text + gap

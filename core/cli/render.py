"""Plain renderings of a comparison for the command line: an aligned text table, CSV and JSON.

Money in CSV and JSON is a decimal string with the currency's minor digits (``"8000.00"``), never a float.
"""

from __future__ import annotations

import csv
import io
import json

from core.money import format_money, format_price, money_str
from core.pricing.engine import Comparison, ComparisonRow
from core.pricing.fx import fx_to_json
from core.pricing.workload import workload_to_json
from core.text import display_width

COLUMNS = ("rank", "model", "vendor", "price_currency", "input_price_per_1m", "output_price_per_1m",
           "input_cost", "output_cost", "monthly_cost_native", "monthly_cost", "annual_cost", "diff_to_cheapest")


def row_to_json(row: ComparisonRow, currency: str) -> dict:
    p = row.point
    return {
        "rank": row.rank,
        "model": row.model_id,
        "vendor": row.vendor_id,
        "vendor_name": row.vendor_name,
        "name": row.name,
        "region": row.region,
        "price_currency": row.price_currency,
        "input_price_per_1m": str(row.input_price_per_1m),
        "output_price_per_1m": str(row.output_price_per_1m),
        "cached_input_price_per_1m": None if row.cached_input_price_per_1m is None
        else str(row.cached_input_price_per_1m),
        "tier_above_prompt_tokens": row.prices.tier_above,
        # The same boundary the other way round (the smallest prompt billed at the tier): xAI's "from 200,000".
        "tier_from_prompt_tokens": row.prices.tier.from_prompt_tokens if row.prices.tier is not None else None,
        "input_cost": money_str(row.input_cost, row.price_currency),
        "output_cost": money_str(row.output_cost, row.price_currency),
        "monthly_cost_native": money_str(row.monthly_cost_native, row.price_currency),
        "fx_rate": str(row.fx_rate),
        "monthly_cost": money_str(row.monthly_cost, currency),
        "annual_cost": money_str(row.annual_cost, currency),
        "diff_to_cheapest": None if row.diff_to_cheapest is None else money_str(row.diff_to_cheapest, currency),
        "context_window": row.context_window,
        "fits_context": row.fits_context,
        # priced where the price is not known for this workload: the cost is a floor (PricePoint.gaps)
        "understated": row.understated,
        "deprecated": row.deprecated,
        "retired": row.retired,
        "free": row.point.is_free,
        "price_from": p.start.isoformat(),
        "price_source": p.source,
        "price_checked": p.checked.isoformat() if p.checked else None,
        "price_layer": p.layer,
        "notes": list(row.notes),
    }


def to_json(comparison: Comparison) -> str:
    doc = {
        "as_of": comparison.as_of.isoformat(),
        "currency": comparison.currency,
        "fx": fx_to_json(comparison.fx),
        "workload": workload_to_json(comparison.workloads[0]) if len(comparison.workloads) == 1 else None,
        "workloads": [workload_to_json(w) for w in comparison.workloads],
        "rows": [row_to_json(r, comparison.currency) for r in comparison.rows],
        "unpriced": [{"model": u.model_id, "name": u.name, "reason": u.reason.problem} for u in comparison.unpriced],
    }
    return json.dumps(doc, ensure_ascii=False, indent=2)


def to_csv(comparison: Comparison) -> str:
    out = io.StringIO()
    fields = list(row_to_json(comparison.rows[0], comparison.currency)) if comparison.rows else list(COLUMNS)
    writer = csv.DictWriter(out, fieldnames=fields, lineterminator="\n")
    writer.writeheader()
    for row in comparison.rows:
        data = row_to_json(row, comparison.currency)
        data["notes"] = "; ".join(data["notes"])
        # A spreadsheet opening this CSV must not execute a name as a formula.
        writer.writerow({k: csv_safe(v) for k, v in data.items()})
    return out.getvalue()


def csv_safe(value):
    """``value`` as a CSV cell a spreadsheet will not run: text that would start a formula gets a leading '."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r") and not _is_number(value):
        return "'" + value
    return value


def _is_number(text: str) -> bool:
    try:
        float(text)
        return True
    except ValueError:
        return False


def _pad(text: str, width: int, right: bool) -> str:
    gap = " " * max(0, width - display_width(text))
    return gap + text if right else text + gap


def to_table(comparison: Comparison) -> str:
    cur = comparison.currency
    headers = ["#", "Model", "Vendor", "Cur", "In/1M", "Out/1M", "Input cost", "Output cost",
               f"Monthly ({cur})", f"12 × month ({cur})", "vs cheapest"]
    right = [True, False, False, False, True, True, True, True, True, True, True]
    # A row's notes (no batch price, understated for a long prompt, …) are numbered once under the table and
    # named by number in a last column, as the app's tooltips and the workbook's Notes column give them.
    numbered: dict[str, int] = {}
    for r in comparison.rows:
        for note in r.notes:
            numbered.setdefault(note, len(numbered) + 1)
    if numbered:
        headers.append("Notes")
        right.append(False)
    lines = []
    for r in comparison.rows:
        line = [
            str(r.rank) if r.rank is not None else "-", r.model_id, r.vendor_name, r.price_currency,
            format_price(r.input_price_per_1m), format_price(r.output_price_per_1m),
            format_money(r.input_cost, r.price_currency), format_money(r.output_cost, r.price_currency),
            format_money(r.monthly_cost, cur), format_money(r.annual_cost, cur),
            "+" + format_money(r.diff_to_cheapest, cur) if r.diff_to_cheapest else
            ("cheapest" if r.rank == 1 else "free, not ranked" if r.point.is_free and r.rankable else "-"),
        ]
        if numbered:
            line.append(",".join(str(numbered[n]) for n in r.notes))
        lines.append(line)
    widths = [max([display_width(h)] + [display_width(line[i]) for line in lines]) for i, h in enumerate(headers)]
    out = ["  ".join(_pad(h, widths[i], right[i]) for i, h in enumerate(headers)).rstrip(),
           "  ".join("-" * w for w in widths)]
    out.extend("  ".join(_pad(c, widths[i], right[i]) for i, c in enumerate(line)).rstrip() for line in lines)
    summary = "; ".join(_workload_text(x) for x in comparison.workloads)
    out.append("")
    count = len(comparison.rows)
    out.append(f"As of {comparison.as_of}, {count} model{'s' if count != 1 else ''}, costs in {cur}. {summary}.")
    if numbered:
        out.append("Notes:")
        out.extend(f"  {number}. {note}" for note, number in numbered.items())
    return "\n".join(out)


def _workload_text(w) -> str:
    """``Support: 120,000,000 in / 30,000,000 out, 40% cache hits, 60,000-token prompts`` (what was priced)."""
    text = f"{w.name}: {w.input_tokens:,} in / {w.output_tokens:,} out"
    shares = [(w.cache_hit_pct, "cache hits"), (w.batch_pct, "batch"), (w.off_peak_pct, "off-peak")]
    extras = [f"{pct.normalize():f}% {what}" for pct, what in shares if pct]
    if w.prompt_tokens:
        extras.append(f"{w.prompt_tokens:,}-token prompts")
    return ", ".join([text, *extras])

"""``compare --before DAY``: the comparison on ``--as-of`` beside the prices and costs in force on ``DAY``, per
model (what a price war changed), as a text table, CSV or JSON. The figures are core.project.changes'."""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal

from core.cli.render import _pad, csv_safe, row_to_json, to_json
from core.money import format_money, format_price, money_str
from core.pricing.engine import Comparison
from core.project.changes import SavedPriceChange, SavedPriceChanges
from core.text import display_width

CSV_COLUMNS = ("model", "vendor", "name", "price_currency", "input_price_before", "input_price_per_1m",
               "input_change_pct", "output_price_before", "output_price_per_1m", "output_change_pct",
               "monthly_cost_before", "monthly_cost", "change", "change_pct")


def _pct(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


def _money(amount: Decimal | None, currency: str) -> str | None:
    return None if amount is None else money_str(amount, currency)


def _price(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


def _monthly(amount: Decimal | None, input_price: Decimal | None, cur: str) -> str:
    """A monthly cost, "no price" on a day without one, "not known" where the day's price is known only in part
    (a floor: core.project.changes leaves such a cost out)."""
    if amount is not None:
        return format_money(amount, cur)
    return "no price" if input_price is None else "not known"


def _fields(item: SavedPriceChange, currency: str) -> dict:
    c = item.change
    return {"input_price_before": _price(c.old_input), "input_price_per_1m": _price(c.new_input),
            "input_change_pct": _pct(c.input_pct), "output_price_before": _price(c.old_output),
            "output_price_per_1m": _price(c.new_output), "output_change_pct": _pct(c.output_pct),
            "monthly_cost_before": _money(item.old_monthly, currency), "monthly_cost": _money(item.new_monthly, currency),
            "change": _money(item.effect, currency), "change_pct": _pct(item.effect_pct)}


def changes_json(comparison: Comparison, changes: SavedPriceChanges) -> str:
    """The compare document (every row as ``compare --format json`` writes it) with ``before``, each row's
    figures on that day and the change, and ``only_before``: models priced then but not on ``as_of``."""
    doc = json.loads(to_json(comparison))
    doc["before"] = changes.before.isoformat() if changes.before else None
    by_id = {i.change.model_id: i for i in changes.items}
    cur = comparison.currency
    for row in doc["rows"]:
        item = by_id.get(row["model"])
        fields = _fields(item, cur) if item is not None else {}
        # None: no price that day; a price that day whose cost is not known (an unknown output price) keeps
        # what is known of it, its monthly cost null.
        row["before"] = None if item is None or item.change.old_input is None else {
            "input_price_per_1m": fields["input_price_before"], "output_price_per_1m": fields["output_price_before"],
            "monthly_cost": fields["monthly_cost_before"]}
        for key in ("change", "change_pct", "input_change_pct", "output_change_pct"):
            row[key] = fields.get(key)
    priced = {r.model_id for r in comparison.rows}
    doc["only_before"] = [{"model": i.change.model_id, "name": i.change.name, "price_currency": i.change.currency,
                           "input_price_per_1m": _price(i.change.old_input),
                           "output_price_per_1m": _price(i.change.old_output),
                           "monthly_cost": _money(i.old_monthly, cur)}
                          for i in changes.items if i.change.model_id not in priced]
    return json.dumps(doc, ensure_ascii=False, indent=2)


def changes_csv(comparison: Comparison, changes: SavedPriceChanges) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(CSV_COLUMNS), lineterminator="\n")
    writer.writeheader()
    rows = {r.model_id: r for r in comparison.rows}
    cur = comparison.currency
    for item in changes.items:
        row = rows.get(item.change.model_id)
        base = row_to_json(row, cur) if row is not None else {"vendor": "", "vendor_name": ""}
        data = {"model": item.change.model_id, "vendor": base["vendor"], "name": item.change.name,
                "price_currency": item.change.currency, **_fields(item, cur)}
        writer.writerow({k: csv_safe(v) for k, v in data.items()})
    return out.getvalue()


def _arrow(old: Decimal | None, new: Decimal | None, pct: Decimal | None) -> str:
    left = format_price(old) if old is not None else "-"
    right = format_price(new) if new is not None else "-"
    return f"{left} -> {right}" + (f" ({_signed(pct)}%)" if pct is not None else "")


def _signed(value: Decimal) -> str:
    return f"+{value}" if value > 0 else str(value)


def changes_table(comparison: Comparison, changes: SavedPriceChanges) -> str:
    cur, before, after = comparison.currency, changes.before, changes.day
    headers = ["Model", "Cur", "In/1M", "Out/1M", f"Monthly {before}", f"Monthly {after}", f"Change ({cur})",
               "Change %"]
    right = [False, False, True, True, True, True, True, True]
    lines = []
    for item in changes.items:
        c = item.change
        lines.append([
            c.model_id, c.currency, _arrow(c.old_input, c.new_input, c.input_pct),
            _arrow(c.old_output, c.new_output, c.output_pct),
            _monthly(item.old_monthly, c.old_input, cur), _monthly(item.new_monthly, c.new_input, cur),
            ("+" if item.effect > 0 else "") + format_money(item.effect, cur) if item.effect is not None else "-",
            _signed(item.effect_pct) + "%" if item.effect_pct is not None else "-",
        ])
    widths = [max([display_width(h)] + [display_width(line[i]) for line in lines]) for i, h in enumerate(headers)]
    out = ["  ".join(_pad(h, widths[i], right[i]) for i, h in enumerate(headers)),
           "  ".join("-" * w for w in widths)]
    out.extend("  ".join(_pad(c, widths[i], right[i]) for i, c in enumerate(line)) for line in lines)
    summary = "; ".join(f"{x.name}: {x.input_tokens:,} in / {x.output_tokens:,} out" for x in comparison.workloads)
    out.append("")
    out.append(f"Prices in force on {before} and on {after}, costs in {cur}. {summary}.")
    return "\n".join(out)

"""``catalog list | show | validate | import``: the catalog as a person reads it, checked, or extended."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from core.catalog.load import load_catalog
from core.cli.parser import PROG
from core.errors import InputError
from core.money import format_price
from core.text import display_width

SKIPPED_SHOWN = 20   # skipped rows listed after an import's summary; --details lists every row


def cmd_catalog(args) -> int:
    return {"list": _catalog_list, "show": _catalog_show, "validate": _catalog_validate,
            "import": _catalog_import}[args.catalog_command](args)


def _catalog_list(args) -> int:
    catalog = load_catalog(args.catalog)
    day = args.as_of or date.today()
    rows = []
    for model in catalog:
        point = model.point_at(day)
        if point is None:
            continue
        rows.append([model.id, model.name, model.currency, format_price(point.base.input),
                     format_price(point.base.output), f"{model.context_window:,}" if model.context_window else "",
                     str(point.checked or ""), "deprecated" if model.deprecated else ""])
    headers = ["Model", "Name", "Cur", "In/1M", "Out/1M", "Context", "Checked", ""]
    widths = [max([display_width(h)] + [display_width(r[i]) for r in rows]) for i, h in enumerate(headers)]
    print("  ".join(h + " " * (widths[i] - display_width(h)) for i, h in enumerate(headers)).rstrip())
    for r in rows:
        print("  ".join(c + " " * (widths[i] - display_width(c)) for i, c in enumerate(r)).rstrip())
    print(f"\n{len(rows)} models in force on {day}; catalog checked up to {catalog.catalog_date}.")
    return 0


def _catalog_show(args) -> int:
    catalog = load_catalog(args.catalog)
    try:
        model = catalog.model(args.id)
    except InputError as exc:
        raise exc.moved("ID") from None
    vendor = catalog.vendors[model.vendor_id]
    print(f"{model.name} ({model.id})")
    print(f"Vendor: {vendor.name} [{vendor.region}], prices in {model.currency} per 1M tokens; {vendor.pricing_url}")
    if model.context_window:
        print(f"Context window: {model.context_window:,} tokens; max output: "
              f"{model.max_output:,}" if model.max_output else f"Context window: {model.context_window:,} tokens")
    else:
        print("Context window: unknown (its source gives none; every prompt is taken to fit)")
    if model.deprecated:
        print("Deprecated.")
    print("\nPrice history:")
    for p in model.prices:
        until = f" to {p.end}" if p.end else ""
        cached = f", cached {format_price(p.base.cached_input)}" if p.base.cached_input is not None else ""
        print(f"  from {p.start}{until}: input {format_price(p.base.input)}, output {format_price(p.base.output)}"
              f"{cached}  [{p.layer}]")
        for t in p.tiers:
            edge = (f"prompts from {t.boundary:,} tokens on" if t.inclusive
                    else f"prompts above {t.boundary:,} tokens")
            print(f"    {edge}: input {format_price(t.prices.input)}, output {format_price(t.prices.output)}")
        for label, seg in (("batch", p.batch), ("off-peak", p.off_peak)):
            if seg is not None:
                if seg.factor is not None:
                    text = f"× {seg.factor}"
                else:
                    assert seg.prices is not None        # a factor or prices
                    text = f"input {format_price(seg.prices.input)}, output {format_price(seg.prices.output)}"
                print(f"    {label}: {text}{' (' + seg.hours + ')' if seg.hours else ''}")
        print(f"    source: {p.source} (checked {p.checked})")
        if p.note:
            print(f"    note: {p.note}")
    return 0


def _catalog_validate(args) -> int:
    from core.catalog.validate import validate

    result = validate(Path(args.path))
    if result.problems:   # exactly what --catalog and the app refuse
        for line in result.problems:
            sys.stderr.write(f"{PROG}: {line}\n")
        return 2
    print(f"OK: {args.path}: {result.files} vendor file(s), {result.models} models")
    if result.notes:
        print("TokenQuote loads these files as they are; the bundled catalog's format also asks for:")
        for line in result.notes:
            print(f"  note: {line}")
    return 0


def _catalog_import(args) -> int:
    from core.importers.price_lists import run_import

    report = run_import(args.source_format, Path(args.path), Path(args.out), effective=args.effective)
    print(report.summary())
    # Which rows, and why: the file and line of each skipped one (all rows with --details), as the app's report.
    shown = report.lines() if args.details else [o.describe(report.source.name) for o in report.skipped]
    if shown:
        print("\nrows:" if args.details else "\nskipped rows:")
        for line in shown[:None if args.details else SKIPPED_SHOWN]:
            print(f"  {line}")
        if len(shown) > SKIPPED_SHOWN and not args.details:
            print(f"  … and {len(shown) - SKIPPED_SHOWN:,} more (--details lists every row)")
    return 0

"""``tokenquote-cli``: the headless command line over the core (a stable contract; see DESIGN.md).

Bad input exits with status 2 and one line on stderr that names the option, file, line or field.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Sequence

from core import __version__
from core.catalog.model import Catalog
from core.catalog.load import load_catalog
from core.pricing.engine import Comparison, Pricer
from core.errors import InputError, TokenQuoteError
from core.pricing.fx import DEFAULT_RATES, FxTable, parse_fx_option
from core.money import check_currency, format_price
from core.pricing.quote import QuoteTerms
from core.cli.render import display_width, to_csv, to_json, to_table
from core.volumes import parse_percent
from core.pricing.workload import make_workload

PROG = "tokenquote-cli"


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line naming the option (exit 2), as the contract says."""

    def error(self, message: str):  # noqa: D401 - argparse API
        sys.stderr.write(f"{PROG}: {message}\n")
        raise SystemExit(2)


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a real date (YYYY-MM-DD)") from None


def _add_compare_options(p: argparse.ArgumentParser, workload_required: bool = True) -> None:
    w = p.add_argument_group("workload")
    w.add_argument("--input", required=workload_required, metavar="N",
                   help="input tokens per month (300M, 1.2亿, 1,234,567)")
    w.add_argument("--output", required=workload_required, metavar="N", help="output tokens per month")
    w.add_argument("--cache-hit", default="0", metavar="PCT", help="share of input tokens that hit the cache")
    w.add_argument("--batch", default="0", metavar="PCT", help="share of traffic sent as batch")
    w.add_argument("--off-peak", default="0", metavar="PCT", help="share of traffic in off-peak hours")
    w.add_argument("--prompt-tokens", default="0", metavar="N",
                   help="average prompt tokens per request (selects the context-length tier)")
    p.add_argument("--as-of", type=_date, default=None, metavar="YYYY-MM-DD",
                   help="price with the prices in force that day (default: today)")
    p.add_argument("--currency", default="USD", metavar="CODE", help="display currency (default USD)")
    p.add_argument("--fx", action="append", default=[], metavar="A/B=RATE",
                   help="exchange rate, 1 A = RATE B (e.g. USD/CNY=7.2); repeatable")
    p.add_argument("--models", default=None, metavar="ID,...", help="only these model ids")
    p.add_argument("--vendors", default=None, metavar="ID,...", help="only these vendor ids")
    p.add_argument("--catalog", action="append", default=[], metavar="DIR_OR_FILE",
                   help="extra catalog file or folder layered over the bundled one; repeatable")
    p.add_argument("--include-deprecated", action="store_true", help="also list deprecated models")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog=PROG, description="Price LLM API usage against a dated catalog, offline.")
    parser.add_argument("--version", action="store_true", help="print the version and the catalog date")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    p = sub.add_parser("compare", help="compare every model's monthly cost for a workload")
    _add_compare_options(p)
    p.add_argument("--format", choices=("table", "csv", "json"), default="table")

    p = sub.add_parser("export", help="write a quote workbook (.xlsx)")
    _add_compare_options(p)
    _add_export_options(p)
    p.add_argument("--xlsx", required=True, metavar="PATH", help="workbook to write")

    p = sub.add_parser("catalog", help="list, show or validate catalog entries")
    csub = p.add_subparsers(dest="catalog_command", parser_class=_Parser, required=True)
    c = csub.add_parser("list", help="every model with its current price")
    c.add_argument("--catalog", action="append", default=[], metavar="DIR_OR_FILE")
    c.add_argument("--as-of", type=_date, default=None, metavar="YYYY-MM-DD")
    c = csub.add_parser("show", help="one model with its price history")
    c.add_argument("id")
    c.add_argument("--catalog", action="append", default=[], metavar="DIR_OR_FILE")
    c = csub.add_parser("validate", help="check a catalog file or folder against the format")
    c.add_argument("path")
    _register_import(csub)

    p = sub.add_parser("project", help="price a saved .tokenquote project")
    p.add_argument("path")
    p.add_argument("--format", choices=("table", "csv", "json"), default="table")
    p.add_argument("--xlsx", default=None, metavar="PATH", help="also write its quote workbook")
    p.add_argument("--catalog", action="append", default=[], metavar="DIR_OR_FILE")
    p.add_argument("--lang", choices=("en", "zh"), default="en", help="workbook language")
    return parser


def _add_export_options(p: argparse.ArgumentParser) -> None:
    q = p.add_argument_group("quote")
    q.add_argument("--client", default="", help="client name")
    q.add_argument("--quote-no", default="", metavar="ID", help="quote number")
    q.add_argument("--prepared-by", default="", metavar="NAME")
    q.add_argument("--company", default="", metavar="NAME", help="your company, for the cover and properties")
    q.add_argument("--issue-date", type=_date, default=None, metavar="YYYY-MM-DD", help="default: today")
    q.add_argument("--discount", default="0", metavar="PCT", help="negotiated discount on vendor cost")
    q.add_argument("--markup", default="0", metavar="PCT", help="markup on the discounted cost")
    q.add_argument("--tax", default="0", metavar="PCT", help="tax on the client price")
    q.add_argument("--valid-days", type=int, default=30, metavar="N")
    q.add_argument("--months", type=int, default=12, metavar="N", help="projection months (1–120)")
    q.add_argument("--growth", default="0", metavar="PCT", help="volume growth per month")
    q.add_argument("--decline", default="0", metavar="PCT", help="assumed annual price decline")
    q.add_argument("--lang", choices=("en", "zh"), default="en", help="workbook language")


def _register_import(csub) -> None:
    """``catalog import`` exists only where the importers are present (they live in core.importers)."""
    try:
        import core.importers.run  # noqa: F401
    except ImportError:
        return
    c = csub.add_parser("import", help="convert a LiteLLM map, CSV or XLSX price list to a catalog file")
    c.add_argument("--from", dest="source_format", choices=("litellm", "csv", "xlsx"), required=True)
    c.add_argument("path")
    c.add_argument("--out", required=True, metavar="PATH", help="folder (one <vendor>.json each) or .json file")
    c.add_argument("--effective", type=_date, default=None, metavar="YYYY-MM-DD",
                   help="date the imported prices took effect (default: today)")


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.version:
            catalog = load_catalog()
            print(f"TokenQuote {__version__} (catalog {catalog.catalog_date}, {len(catalog)} models)")
            return 0
        if args.command is None:
            parser.print_help()
            return 2
        return _COMMANDS[args.command](args)
    except TokenQuoteError as exc:
        sys.stderr.write(f"{PROG}: {exc}\n")
        return 2
    except BrokenPipeError:
        return 0


def _catalog_from(args) -> Catalog:
    return load_catalog(args.catalog)


def _fx_from(args, as_of: date) -> FxTable:
    table = DEFAULT_RATES
    for text in args.fx:
        table = table.with_rate(parse_fx_option(text, as_of))
    return table


def _split_ids(text: str | None, where: str) -> list[str] | None:
    if text is None:
        return None
    ids = [part.strip() for part in text.split(",") if part.strip()]
    if not ids:
        raise InputError(where, "is empty; give comma-separated ids")
    return ids


def comparison_from_args(args) -> tuple[Catalog, Pricer, Comparison]:
    catalog = _catalog_from(args)
    as_of = args.as_of or date.today()
    currency = check_currency(args.currency.upper(), "--currency")
    workload = make_workload("Workload", input_tokens=args.input, output_tokens=args.output,
                             cache_hit=args.cache_hit, batch=args.batch, off_peak=args.off_peak,
                             prompt_tokens=args.prompt_tokens)
    fx = _fx_from(args, as_of)
    models = _split_ids(args.models, "--models")
    vendors = _split_ids(args.vendors, "--vendors")
    try:
        if models:
            for model_id in models:
                catalog.model(model_id)
        if vendors:
            for vendor_id in vendors:
                catalog.vendor(vendor_id)
    except InputError as exc:
        raise InputError("--models" if exc.where == "model" else "--vendors", exc.problem) from None
    pricer = Pricer(catalog)
    comparison = pricer.compare([workload], as_of=as_of, currency=currency, fx=fx, models=models, vendors=vendors,
                                include_deprecated=args.include_deprecated)
    if not comparison.rows:
        raise InputError("--as-of", f"no model has a price in force on {as_of} for this selection")
    return catalog, pricer, comparison


def _print(comparison: Comparison, fmt: str) -> None:
    text = {"table": to_table, "csv": to_csv, "json": to_json}[fmt](comparison)
    sys.stdout.write(text if text.endswith("\n") else text + "\n")


def cmd_compare(args) -> int:
    _, _, comparison = comparison_from_args(args)
    _print(comparison, args.format)
    return 0


def terms_from_args(args) -> QuoteTerms:
    return QuoteTerms(client=args.client, quote_no=args.quote_no, prepared_by=args.prepared_by,
                      company=args.company, issue_date=args.issue_date or date.today(),
                      valid_days=args.valid_days, discount_pct=parse_percent(args.discount, "--discount"),
                      markup_pct=_markup(args.markup), tax_pct=parse_percent(args.tax, "--tax"))


def _markup(text: str) -> Decimal:
    value = parse_percent(text, "--markup") if str(text).strip().rstrip("%") else Decimal(0)
    return value


def cmd_export(args) -> int:
    from core.project.model import Project, pin_models
    from core.pricing.projection import ProjectionSettings
    from core.workbook.plan import export_project

    catalog, pricer, comparison = comparison_from_args(args)
    terms = terms_from_args(args)
    chosen = tuple(r.model_id for r in comparison.rows) if args.models else ()
    project = Project(workloads=comparison.workloads, selected=chosen, currency=comparison.currency,
                      as_of=comparison.as_of, fx=comparison.fx, terms=terms,
                      projection=ProjectionSettings(_months(args.months), _signed_pct(args.growth, "--growth"),
                                                    parse_percent(args.decline, "--decline")))
    project = pin_models(project, catalog, [r.model_id for r in comparison.rows])
    path = export_project(project, catalog, Path(args.xlsx), language=args.lang, comparison=comparison,
                          pricer=pricer)
    print(f"wrote {path}")
    return 0


def _months(value: int) -> int:
    if not 1 <= value <= 120:
        raise InputError("--months", f"{value} must be 1–120")
    return value


def _signed_pct(text: str, where: str) -> Decimal:
    raw = str(text).strip().rstrip("%")
    try:
        value = Decimal(raw)
    except Exception:
        raise InputError(where, f"{text!r} is not a percentage") from None
    if not value.is_finite() or not Decimal(-100) <= value <= Decimal(1000):
        raise InputError(where, f"{text!r} must be between -100 and 1000")
    return value


def cmd_project(args) -> int:
    from core.project.file import load_project

    project = load_project(args.path)
    catalog = project.pricing_catalog(load_catalog(args.catalog))
    pricer = Pricer(catalog)
    comparison = pricer.compare(project.workloads, as_of=project.effective_as_of(), currency=project.currency,
                                fx=project.fx, models=[m for m in project.selected if m in catalog.models] or None)
    if args.xlsx:
        from core.workbook.plan import export_project
        path = export_project(project, catalog, Path(args.xlsx), language=args.lang, comparison=comparison,
                              pricer=pricer)
        sys.stderr.write(f"wrote {path}\n")
    _print(comparison, args.format)
    return 0


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
    widths = [max(display_width(h), *(display_width(r[i]) for r in rows)) for i, h in enumerate(headers)]
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
        raise InputError("ID", exc.problem) from None
    vendor = catalog.vendors[model.vendor_id]
    print(f"{model.name} ({model.id})")
    print(f"Vendor: {vendor.name} [{vendor.region}], prices in {model.currency} per 1M tokens; {vendor.pricing_url}")
    if model.context_window:
        print(f"Context window: {model.context_window:,} tokens; max output: "
              f"{model.max_output:,}" if model.max_output else f"Context window: {model.context_window:,} tokens")
    if model.deprecated:
        print("Deprecated.")
    print("\nPrice history:")
    for p in model.prices:
        until = f" to {p.end}" if p.end else ""
        cached = f", cached {format_price(p.base.cached_input)}" if p.base.cached_input is not None else ""
        print(f"  from {p.start}{until}: input {format_price(p.base.input)}, output {format_price(p.base.output)}"
              f"{cached}  [{p.layer}]")
        for t in p.tiers:
            print(f"    prompts above {t.above_prompt_tokens:,} tokens: input {format_price(t.prices.input)}, "
                  f"output {format_price(t.prices.output)}")
        for label, seg in (("batch", p.batch), ("off-peak", p.off_peak)):
            if seg is not None:
                text = f"× {seg.factor}" if seg.factor is not None else \
                    f"input {format_price(seg.prices.input)}, output {format_price(seg.prices.output)}"
                print(f"    {label}: {text}{' (' + seg.hours + ')' if seg.hours else ''}")
        print(f"    source: {p.source} (checked {p.checked})")
        if p.note:
            print(f"    note: {p.note}")
    return 0


def _catalog_validate(args) -> int:
    from core.catalog.validate import validate_path

    problems, vendors, models = validate_path(Path(args.path))
    if problems:
        for line in problems:
            sys.stderr.write(f"{PROG}: {line}\n")
        return 2
    print(f"OK: {args.path}: {vendors} vendor file(s), {models} models")
    return 0


def _catalog_import(args) -> int:
    from core.importers.run import run_import

    report = run_import(args.source_format, Path(args.path), Path(args.out), effective=args.effective)
    print(report.summary())
    return 0


_COMMANDS = {"compare": cmd_compare, "export": cmd_export, "catalog": cmd_catalog, "project": cmd_project}


if __name__ == "__main__":
    raise SystemExit(main())

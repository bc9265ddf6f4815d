"""The command line's options (a stable contract: scripts and tests rely on it; see DESIGN.md "Command line").

A usage error is one line on stderr naming the option, with exit status 2.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date

from core.dates import parse_day
from core.errors import InputError
from core.numbers import read_number
from core.workbook.audience import AUDIENCES, DEFAULT_AUDIENCE
from core.workbook.paper import PAPERS

PROG = "tokenquote-cli"


class _Once(argparse.Action):
    """An option that takes one value: given twice, it is refused (DESIGN: two values for one thing are a conflict,
    not "the last one wins"; ``--input 1M … --input 2M`` priced 2M without a word). Repeatable options say so with
    ``action="append"``."""

    def __call__(self, parser, namespace, values, option_string=None):
        given = namespace.__dict__.setdefault("_options_given", {})
        if self.dest in given:
            problem = InputError(option_string, "option_given_twice", first=given[self.dest], then=values)
            sys.stderr.write(f"{PROG}: {problem}\n")   # as a usage error: one line, exit 2, nothing done
            raise SystemExit(2)
        given[self.dest] = values
        setattr(namespace, self.dest, values)


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line naming the option (exit 2), as the contract says, and an option
    that takes one value is refused when given twice (:class:`_Once`)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.register("action", None, _Once)      # argument groups share these registries
        self.register("action", "store", _Once)

    def error(self, message: str):
        sys.stderr.write(f"{PROG}: {message}\n")
        raise SystemExit(2)


def default_name(key: str, args) -> str:
    """The name given to what the user did not name (the workload of ``--input``/``--output``, ``export``'s plan),
    in the language of the quote it goes into: a Chinese quote read "Workload" and "Plan" among its own words."""
    from core.workbook.labels import Labels
    return Labels(getattr(args, "lang", "en"))[key]


def _date(text: str) -> date:
    try:
        return parse_day(text, None)
    except InputError as exc:   # argparse names the option itself
        raise argparse.ArgumentTypeError(exc.problem) from None


def _path(text: str) -> str:
    """A file or folder name: an empty one is refused (``Path("")`` is the current folder, so ``--out ""`` wrote
    the import there and ``--catalog ""`` read it as a catalog)."""
    if not text.strip():
        raise argparse.ArgumentTypeError(InputError(None, "empty").problem)
    return text


def _whole(text: str) -> int:
    """A whole number as typed, by the one rule for separators (``1,000`` groups thousands; ``1_2`` is refused,
    where Python's ``int()`` read 12)."""
    try:
        value = read_number(text, None)
    except InputError as exc:   # argparse names the option itself
        raise argparse.ArgumentTypeError(exc.problem) from None
    if value != value.to_integral_value():
        raise argparse.ArgumentTypeError(InputError(None, "whole_number_expected", value=text).problem)
    return int(value)


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
    _add_pricing_options(p, "only these model ids", "only these vendor ids",
                         "also list and rank free models (by default the cheapest is the cheapest paid model)")
    p.add_argument("--include-deprecated", action="store_true",
                   help="also list models retired by the as-of date (those retired later are listed anyway)")


def _add_pricing_options(p: argparse.ArgumentParser, models_help: str, vendors_help: str, free_help: str) -> None:
    """The options every priced command shares: the day, the display currency and rates, which models, the
    catalog's extra layers, free models."""
    p.add_argument("--as-of", type=_date, default=None, metavar="YYYY-MM-DD",
                   help="price with the prices in force that day (default: today)")
    p.add_argument("--currency", default="USD", metavar="CODE", help="display currency (default USD)")
    p.add_argument("--fx", action="append", default=[], metavar="A/B=RATE",
                   help="exchange rate, 1 A = RATE B (e.g. USD/CNY=7.2); repeatable")
    p.add_argument("--models", default=None, metavar="ID,...", help=models_help)
    p.add_argument("--vendors", default=None, metavar="ID,...", help=vendors_help)
    p.add_argument("--catalog", action="append", type=_path, default=[], metavar="DIR_OR_FILE",
                   help="extra catalog file or folder layered over the bundled one; repeatable")
    p.add_argument("--include-free", action="store_true", help=free_help)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog=PROG, description="Price LLM API usage against a dated catalog, offline.")
    parser.add_argument("--version", action="store_true", help="print the version and the catalog date")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    p = sub.add_parser("compare", help="compare every model's monthly cost for a workload")
    _add_compare_options(p)
    p.add_argument("--before", type=_date, default=None, metavar="YYYY-MM-DD",
                   help="also show the prices and costs in force that day, and the change to --as-of")
    p.add_argument("--format", choices=("table", "csv", "json"), default="table")

    p = sub.add_parser("plan", help="a model for each workload: assigned, or the cheapest that fits, priced line by line")
    _add_plan_workloads(p)
    _add_plan_options(p)
    p.add_argument("--name", default="Plan", help="the plan's name (default Plan)")
    _add_pricing_options(p, "the cheapest only among these model ids", "the cheapest only among these vendors",
                         "free models may be the cheapest too")
    p.add_argument("--format", choices=("table", "csv", "json"), default="table")

    p = sub.add_parser("export", help="write a quote workbook (.xlsx), a PDF quote, or both")
    _add_compare_options(p, workload_required=False)
    _add_plan_workloads(p)
    _add_plan_options(p)
    p.add_argument("--plan-name", default=None, metavar="NAME",
                   help="with --assign or --cheapest: the plan offered beside the models (default Plan; 组合方案 "
                        "with --lang zh)")
    _add_export_options(p)
    p.add_argument("--xlsx", default=None, metavar="PATH", help="workbook to write")
    _add_pdf_options(p)

    p = sub.add_parser("catalog", help="list, show, validate or import catalog entries")
    csub = p.add_subparsers(dest="catalog_command", parser_class=_Parser, required=True)
    c = csub.add_parser("list", help="every model with its current price")
    c.add_argument("--catalog", action="append", type=_path, default=[], metavar="DIR_OR_FILE")
    c.add_argument("--as-of", type=_date, default=None, metavar="YYYY-MM-DD")
    c = csub.add_parser("show", help="one model with its price history")
    c.add_argument("id")
    c.add_argument("--catalog", action="append", type=_path, default=[], metavar="DIR_OR_FILE")
    c = csub.add_parser("validate", help="check a catalog file or folder as the app loads it (what the bundled "
                                         "format also asks for is noted)")
    c.add_argument("path")
    _register_import(csub)

    p = sub.add_parser("project", help="price a saved .tokenquote project")
    p.add_argument("path")
    p.add_argument("--format", choices=("table", "csv", "json"), default="table")
    p.add_argument("--xlsx", default=None, metavar="PATH", help="also write its quote workbook")
    _add_pdf_options(p)
    p.add_argument("--catalog", action="append", type=_path, default=[], metavar="DIR_OR_FILE")
    p.add_argument("--lang", choices=("en", "zh"), default="en", help="workbook and PDF language")
    p.add_argument("--include-free", action="store_true",
                   help="rank free models too, whatever the project says")
    _register_usage(sub)
    return parser


def _add_plan_workloads(p: argparse.ArgumentParser) -> None:
    w = p.add_argument_group("workloads")
    w.add_argument("--workload", action="append", default=[], metavar="NAME:IN:OUT[:CACHE[:BATCH[:PROMPT]]]",
                   help="a workload: name, input and output tokens a month, cache-hit %%, batch %%, prompt tokens "
                        "per request (e.g. bot:1.2亿:3000万:40); repeatable")
    w.add_argument("--workloads", dest="workloads_file", type=_path, default=None, metavar="FILE.json",
                   help="workloads from a JSON list, a .tokenquote project, or what `usage --format json` prints")


def _add_plan_options(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("plan")
    g.add_argument("--assign", action="append", default=[], metavar="NAME=MODEL",
                   help="put workload NAME on MODEL; repeatable")
    g.add_argument("--cheapest", action="store_true",
                   help="put every workload not assigned on the cheapest model that fits it")
    g.add_argument("--regions", default=None, metavar="US,EU,CN", help="the cheapest only from these regions")
    g.add_argument("--currencies", default=None, metavar="CODE,...", help="the cheapest only billed in these")
    g.add_argument("--min-context", default=None, metavar="N", help="the cheapest only with a context of N tokens+")
    g.add_argument("--batch-support", action="store_true",
                   help="a workload with batch traffic only on models with a batch price")
    g.add_argument("--off-peak-support", action="store_true",
                   help="a workload with off-peak traffic only on models with an off-peak price")


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
    q.add_argument("--valid-days", type=_whole, default=30, metavar="N")
    q.add_argument("--months", type=_whole, default=12, metavar="N", help="projection months (1–120)")
    q.add_argument("--growth", default="0", metavar="PCT", help="volume growth per month")
    q.add_argument("--decline", default="0", metavar="PCT", help="assumed annual price decline")
    q.add_argument("--lang", choices=("en", "zh"), default="en", help="workbook and PDF language")


def _add_pdf_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--pdf", default=None, metavar="PATH", help="PDF quote to write")
    p.add_argument("--audience", choices=AUDIENCES, default=DEFAULT_AUDIENCE,
                   help="who the workbook and the PDF are for: internal (the default, as before: vendor costs, "
                        "discount, markup, every sheet and formula) or client (the client's price, tax and total "
                        "only: no vendor cost, discount, markup or internal note)")
    p.add_argument("--paper", choices=PAPERS, default=None,
                   help="printed page size of the workbook and the PDF (default: from LC_ALL/LC_PAPER/LANG: Letter "
                        "in the US, Canada, Mexico…, else A4)")
    p.add_argument("--logo", default=None, type=_path, metavar="PATH", help="company logo (PNG or JPEG) on the PDF")


def _register_import(csub) -> None:
    """``catalog import`` exists only where the importers are present (they live in core.importers)."""
    try:
        import core.importers.price_lists  # noqa: F401
    except ImportError:
        return
    c = csub.add_parser("import", help="convert a LiteLLM map, a genai-prices data file, or a CSV or XLSX price "
                                       "list to a catalog file")
    c.add_argument("--from", dest="source_format", choices=("litellm", "genai-prices", "csv", "xlsx"), required=True)
    c.add_argument("path")
    c.add_argument("--out", required=True, type=_path, metavar="PATH", help="folder (one <vendor>.json each) or .json file")
    c.add_argument("--effective", type=_date, default=None, metavar="YYYY-MM-DD",
                   help="date the imported prices took effect (default: today)")
    c.add_argument("--details", action="store_true",
                   help="list every row's outcome (by default: the first skipped rows, with file and line)")


def _register_usage(sub) -> None:
    p = sub.add_parser("usage", help="read a usage export into monthly volumes, workloads and a reconciliation")
    p.add_argument("path", metavar="FILE", help="CSV or XLSX usage export")
    p.add_argument("--mapping", default=None, type=_path, metavar="FILE",
                   help='JSON {field: column header}, e.g. {"date": "Day", "input_tokens": "Prompt"}')
    p.add_argument("--months", type=_whole, default=1, metavar="N",
                   help="workloads from the average of the last N full months (default 1: the last full month)")
    p.add_argument("--group", choices=("model", "vendor", "group", "total"), default="model",
                   help="one workload per model (default), per vendor, per the mapped group column, or one in all")
    p.add_argument("--currency", default="USD", metavar="CODE", help="currency of the reconciliation (default USD)")
    p.add_argument("--fx", action="append", default=[], metavar="A/B=RATE", help="exchange rate; repeatable")
    p.add_argument("--catalog", action="append", type=_path, default=[], metavar="DIR_OR_FILE")
    p.add_argument("--include-free", action="store_true",
                   help="the same usage's cost on free models too (by default paid ones, as the cheapest is)")
    p.add_argument("--format", choices=("table", "csv", "json"), default="table")

"""``compare``, ``export`` and ``project``: a workload (or a saved project) priced, printed and written as a quote."""

from __future__ import annotations

import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

from core.catalog.load import load_catalog
from core.catalog.model import Catalog
from core.cli.ids import check_known, split_ids
from core.cli.parser import PROG, default_name
from core.cli.render import to_csv, to_json, to_table
from core.errors import Field, FxError, InputError
from core.money import check_currency
from core.numbers import half_width, read_number
from core.pricing.engine import Comparison, Pricer
from core.pricing.fx import FxTable, fx_table
from core.pricing.quote_terms import QuoteTerms
from core.pricing.workload import make_workload
from core.volumes import parse_percent
from core.workbook.paper import paper_from_environment


def _catalog_from(args) -> Catalog:
    return load_catalog(args.catalog)


def _fx_from(args, as_of: date) -> FxTable:
    return fx_table(args.fx, as_of)



def comparison_from_args(args) -> tuple[Catalog, Pricer, Comparison]:
    catalog = _catalog_from(args)
    as_of = args.as_of or date.today()
    currency = check_currency(args.currency.upper(), "--currency")
    workloads = _workloads(args)
    fx = _fx_from(args, as_of)
    models = split_ids(args.models, "--models")
    vendors = split_ids(args.vendors, "--vendors")
    check_known(catalog, models, vendors)
    if models and vendors and not any(catalog.model(m).vendor_id in vendors for m in models):
        raise InputError("--models/--vendors", "filters_exclude_all")   # not "--as-of: nothing priced"
    pricer = Pricer(catalog)
    options = dict(currency=currency, fx=fx, models=models, vendors=vendors, include_deprecated=args.include_deprecated)
    comparison = pricer.compare(workloads, as_of=as_of, include_free=args.include_free, **options)
    if not comparison.rows:
        if not args.include_free and pricer.compare(workloads, as_of=as_of, **options).rows:
            raise InputError("--as-of", "nothing_paid_priced", day=as_of)
        raise InputError("--as-of", "nothing_priced", day=as_of)
    return catalog, pricer, comparison


def _workloads(args) -> tuple:
    """The workload of ``--input``/``--output`` (and its shares), or (export) the ``--workload`` specs or the
    ``--workloads`` file — one way or the other, not both."""
    specs = getattr(args, "workload", None) or getattr(args, "workloads_file", None)
    if specs:
        if args.input is not None or args.output is not None:
            raise InputError("--workload", "workload_given_twice")
        from core.cli.plan_commands import workloads_from_args
        return workloads_from_args(args)
    if args.input is None or args.output is None:
        missing = "--input/--output" if args.input is None and args.output is None else \
            "--input" if args.input is None else "--output"
        raise InputError(missing, "workload_missing")
    return (make_workload(default_name("default_workload", args), input_tokens=args.input, output_tokens=args.output, cache_hit=args.cache_hit,
                          batch=args.batch, off_peak=args.off_peak, prompt_tokens=args.prompt_tokens),)


def _say_unpriced(comparison: Comparison) -> None:
    """A model asked for by name that has no price that day is said on stderr, never dropped without a word."""
    for item in comparison.unpriced:
        sys.stderr.write(f"{PROG}: {item.reason}\n")


def _print(comparison: Comparison, fmt: str) -> None:
    _say_unpriced(comparison)
    text = {"table": to_table, "csv": to_csv, "json": to_json}[fmt](comparison)
    sys.stdout.write(text if text.endswith("\n") else text + "\n")


def cmd_compare(args) -> int:
    _, pricer, comparison = comparison_from_args(args)
    if args.before is None:
        _print(comparison, args.format)
        return 0
    from core.cli.changes_render import changes_csv, changes_json, changes_table
    from core.project.changes import changes_between

    if args.before >= comparison.as_of:   # a later "before" read as a rise (+3,900%) where prices fell
        raise InputError("--before", "before_not_earlier", before=args.before, as_of=comparison.as_of)

    changes = changes_between(pricer, comparison.workloads, args.before, comparison.as_of,
                              currency=comparison.currency, fx=comparison.fx, models=split_ids(args.models, "--models"),
                              vendors=split_ids(args.vendors, "--vendors"),
                              include_deprecated=args.include_deprecated, include_free=args.include_free)
    _say_unpriced(comparison)
    text = {"table": changes_table, "csv": changes_csv, "json": changes_json}[args.format](comparison, changes)
    sys.stdout.write(text if text.endswith("\n") else text + "\n")
    return 0


def terms_from_args(args) -> QuoteTerms:
    return QuoteTerms(client=args.client, quote_no=args.quote_no, prepared_by=args.prepared_by,
                      company=args.company, issue_date=args.issue_date or date.today(),
                      valid_days=args.valid_days, discount_pct=parse_percent(args.discount, "--discount"),
                      markup_pct=_markup(args.markup), tax_pct=parse_percent(args.tax, "--tax"))


def _markup(text: str) -> Decimal:
    """A markup is 0–1000 % as QuoteTerms holds it (the app and a project file take 150 %; so does the CLI).
    Typed as the other percentages are: full-width digits and ％ read, an empty value refused as theirs is."""
    raw = half_width(str(text)).strip().rstrip("%").strip()
    if not raw:
        raise InputError("--markup", "not_a_percentage", value=text)
    value = read_number(raw, "--markup", shown=text)
    if not Decimal(0) <= value <= Decimal(1000):   # said here, naming the option and the value as typed
        raise InputError("--markup", "markup_range", value=raw)
    return value


def cmd_export(args) -> int:
    from core.pricing.projection_settings import ProjectionSettings
    from core.project.model import Project, pin_models

    if not args.xlsx and not args.pdf:
        raise InputError("--xlsx/--pdf", "output_missing")
    _check_targets(args)
    catalog, pricer, comparison = comparison_from_args(args)
    terms = terms_from_args(args)
    chosen = tuple(r.model_id for r in comparison.rows) if args.models else ()
    plans: tuple = ()
    if args.assign or args.cheapest:   # a plan offered beside the models
        from core.cli.plan_commands import export_plan
        plans = (export_plan(args, catalog, comparison.workloads),)
    project = Project(workloads=comparison.workloads, selected=chosen, currency=comparison.currency,
                      as_of=comparison.as_of, fx=comparison.fx, terms=terms, include_free=args.include_free,
                      projection=ProjectionSettings(_months(args.months), _signed_pct(args.growth, "--growth"),
                                                    parse_percent(args.decline, "--decline")), plans=plans)
    used = [r.model_id for r in comparison.rows]
    if plans:
        from core.pricing.plans import price_plan
        priced = price_plan(pricer, plans[0], comparison.workloads, as_of=comparison.as_of,
                            currency=comparison.currency, fx=comparison.fx, include_free=args.include_free)
        used += [line.model_id for line in priced.lines if line.model_id]
    project = pin_models(project, catalog, used)
    _say_unpriced(comparison)
    for path in _write(args, project, catalog, comparison, pricer):
        print(f"wrote {path}")
    return 0


def _check_targets(args) -> None:
    """The files to write (a wrong name, a folder that does not exist or takes no file, a read-only file or one
    open elsewhere) and a bad logo are refused before anything is priced or written: a PDF found unwritable only
    after the workbook left the workbook written (an earlier one replaced) under an exit status of 2."""
    from core.atomic import check_writable

    if getattr(args, "logo", None) and not args.pdf:   # a logo goes on the PDF only: not dropped without a word
        raise InputError("--logo", "logo_without_pdf")
    if args.xlsx:
        from core.workbook.writer import check_target as check_workbook
        check_writable(check_workbook(args.xlsx))
    if args.pdf:
        from core.workbook.pdf.writer import check_target, read_logo
        check_writable(check_target(args.pdf))
        if args.logo:
            read_logo(args.logo)


def _write(args, project, catalog: Catalog, comparison: Comparison, pricer: Pricer) -> list[Path]:
    """The workbook (``--xlsx``) and the PDF (``--pdf``) asked for, from the same comparison."""
    written = []
    if args.xlsx:
        from core.workbook.writer import export_project
        written.append(export_project(project, catalog, Path(args.xlsx), language=args.lang, comparison=comparison,
                                      pricer=pricer, paper=args.paper or paper_from_environment(),
                                      audience=args.audience))
    if args.pdf:
        from core.workbook.pdf.writer import export_pdf
        written.append(export_pdf(project, catalog, Path(args.pdf), language=args.lang,
                                  paper=args.paper or paper_from_environment(), logo=args.logo,
                                  comparison=comparison, pricer=pricer, audience=args.audience))
    if written:   # what the quote's figures rest on is said where the quote is made, not only inside it
        from core.workbook.plan import quote_options
        from core.workbook.quote_figures import months_before_issue

        issue = project.terms.issued()
        past = months_before_issue(comparison.as_of, issue)
        if past:   # the first 12 months start at the prices' date: said when some are already past
            sys.stderr.write(f"{PROG}: note: the quote's months start on {comparison.as_of} (the prices' date), {past} "
                             f"month(s) before its issue date {issue}: give --as-of {issue} to quote from then\n")
        options = quote_options(project, comparison, pricer)
        for option in options:   # a figure known to be a floor
            if option.understated:
                sys.stderr.write(f"{PROG}: note: {option.name}: part of its price is not known for these volumes "
                                 "(its figures are a floor; the quote says so)\n")
        _say_ended(project, comparison, catalog, options)
    return written


def _say_ended(project, comparison: Comparison, catalog: Catalog, options) -> None:
    """A quoted model whose last known price ends within the quote's months (the projection's, and at least the
    year of its year figures): the months after it carry that price on, which the vendor no longer offers."""
    from core.workbook.quote_figures import quote_ended

    for name, end in quote_ended(project, catalog, options, comparison.as_of):
        sys.stderr.write(f"{PROG}: note: {name}: its last known price ends on {end}; the quote's months after it are "
                         "priced at that ended price (the quote says so)\n")


def _months(value: int) -> int:
    if not 1 <= value <= 120:
        raise InputError("--months", "months_range", value=value, limit=120)
    return value


def _signed_pct(text: str, where: str) -> Decimal:
    raw = half_width(str(text)).strip().rstrip("%").strip()   # 10％ from a Chinese input method, as --discount
    if not raw:
        raise InputError(where, "not_a_percentage", value=text)
    value = read_number(raw, where, shown=text)
    if not Decimal(-100) <= value <= Decimal(1000):
        raise InputError(where, "growth_range_typed", value=text)
    return value


def cmd_project(args) -> int:
    from core.project.file import load_project

    _check_targets(args)
    project = load_project(args.path)
    catalog = project.pricing_catalog(load_catalog(args.catalog))
    pricer = Pricer(catalog)
    for model_id in project.selected:
        if model_id not in catalog.models:   # chosen in the project, gone from this catalog: say so
            sys.stderr.write(f"{PROG}: {InputError(model_id, 'model_unknown', model=model_id)}\n")
    if args.include_free:
        project = project.edited(include_free=True)
    try:
        comparison = pricer.compare(project.workloads, as_of=project.effective_as_of(), currency=project.currency,
                                    fx=project.fx, models=[m for m in project.selected if m in catalog.models] or None,
                                    include_free=project.include_free)
    except FxError as exc:   # the project's currency has no rate in the project's own table: say which file
        raise exc.at(args.path) from None
    if not comparison.rows:
        raise InputError(Field("models"), "nothing_to_quote", day=comparison.as_of)
    for path in _write(args, project, catalog, comparison, pricer):
        sys.stderr.write(f"wrote {path}\n")
    if not project.plans:
        _print(comparison, args.format)
        return 0
    # A project with plans: the comparison, then each plan line by line (JSON: one object with both).
    from core.cli.plan_commands import print_with_plans
    print_with_plans(comparison, pricer, project, args.format)
    return 0

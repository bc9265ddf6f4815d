"""``plan``: a model for each workload — assigned (``--assign NAME=MODEL``) or the cheapest that fits
(``--cheapest``, under the filters given) — priced line by line; and the workloads and plans ``export`` and
``project`` read from the same options.

A plan line costs exactly what ``compare`` gives for that workload and model alone; the plan's monthly cost is the
sum of its lines. Bad input: one line on stderr naming the option (exit status 2), as every command.
"""

from __future__ import annotations

import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

from core.catalog.load import load_catalog
from core.catalog.model import REGIONS
from core.cli.ids import check_known, split_ids
from core.cli.parser import default_name
from core.cli.plan_render import plan_csv, plan_json, plan_table
from core.errors import InputError
from core.json_text import read_json_file
from core.money import check_currency
from core.pricing.engine import Pricer
from core.pricing.fx import fx_table
from core.pricing.plans import Constraints, Plan, PricedPlan, price_plan
from core.pricing.workload import Workload, make_workload, name_twice, workload_from_json
from core.volumes import parse_volume

_FIELDS = ("input", "output", "cache-hit", "batch", "prompt-tokens")


def workloads_from_args(args) -> tuple[Workload, ...]:
    """``--workload NAME:IN:OUT[:CACHE[:BATCH[:PROMPT]]]`` (repeatable) or ``--workloads FILE.json``: a JSON list of
    workloads, or an object with ``workloads`` (a .tokenquote project, or what ``usage --format json`` prints)."""
    if args.workloads_file and args.workload:
        raise InputError("--workloads", "plan_workloads_twice")
    if args.workloads_file:
        return _workloads_from_file(args.workloads_file)
    if not args.workload:
        raise InputError("--workload", "plan_workloads_missing")
    workloads = []
    for spec in args.workload:
        parts = spec.split(":")
        if not 3 <= len(parts) <= 6 or not parts[0].strip():
            raise InputError("--workload", "plan_workload_spec", value=spec)
        values = dict(zip(_FIELDS, parts[1:]))
        try:
            workloads.append(make_workload(parts[0].strip(), input_tokens=values["input"], output_tokens=values["output"],
                                           cache_hit=values.get("cache-hit") or 0, batch=values.get("batch") or 0,
                                           prompt_tokens=values.get("prompt-tokens") or 0))
        except InputError as exc:
            raise exc.at("--workload", spec) from None
    _check_names(workloads, "--workload")
    return tuple(workloads)


def _workloads_from_file(path_text: str) -> tuple[Workload, ...]:
    from core.atomic import check_readable

    path = Path(path_text)
    where = ("--workloads", str(path))
    if check_readable(path, InputError) > 50 * 1024 * 1024:
        raise InputError(where, "plan_workloads_file")
    # What is wrong with the file is said as for a project file (empty, not UTF-8, the line and column of bad
    # JSON, a key given twice): "expected a JSON list of workloads" for each of them hid which it was.
    doc = read_json_file(path, where, error=InputError, unique_keys=True, refuse_empty=True)
    raw = doc.get("workloads") if isinstance(doc, dict) else doc
    if not isinstance(raw, list) or not raw:
        raise InputError(where, "plan_workloads_file")
    try:
        workloads = [workload_from_json(item, f"workloads[{i}]") for i, item in enumerate(raw)]
    except InputError as exc:
        raise exc.at(*where) from None
    _check_names(workloads, where)
    return tuple(workloads)


def _check_names(workloads, where) -> None:
    twice = name_twice(workloads)
    if twice is not None:
        raise InputError(where, "workload_names_twice", value=twice)


def assignments_from_args(args, workloads) -> dict[str, str]:
    """``--assign NAME=MODEL`` (repeatable): one model per workload named, each known."""
    names = {w.name for w in workloads}
    found: dict[str, str] = {}
    for spec in args.assign or ():
        name, sep, model_id = spec.rpartition("=")
        name, model_id = name.strip(), model_id.strip()
        if not sep or not name or not model_id:
            raise InputError("--assign", "plan_assign_spec", value=spec)
        if name == "Workload" and name not in names and default_name("default_workload", args) in names:
            # The unnamed workload of --input/--output is named in the quote's language (--lang zh: 工作负载); a
            # script that assigns it as "Workload" does not break when someone adds --lang zh.
            name = default_name("default_workload", args)
        if name not in names:
            raise InputError("--assign", "plan_unknown_workload", value=name, allowed=", ".join(sorted(names)))
        if name in found and found[name] != model_id:
            raise InputError("--assign", "plan_assigned_twice", value=name)
        found[name] = model_id
    return found


def constraints_from_args(args) -> Constraints:
    ids: dict[str, tuple[str, ...]] = {}
    for option, name in (("models", "--models"), ("vendors", "--vendors"), ("regions", "--regions"),
                         ("currencies", "--currencies")):
        ids[option] = tuple(split_ids(getattr(args, option, None), name) or ())
    ids["currencies"] = tuple(check_currency(c.upper(), "--currencies") for c in ids["currencies"])
    ids["regions"] = tuple(r.upper() for r in ids["regions"])
    for region in ids["regions"]:   # XX chose nothing at all: "Total $0.00" with exit 0, as --currencies XYZ is not
        if region not in REGIONS:
            raise InputError("--regions", "region_unknown", value=region, allowed=", ".join(REGIONS))
    min_context = parse_volume(args.min_context, "--min-context") if args.min_context else 0
    return Constraints(min_context=min_context, batch_support=args.batch_support,
                       off_peak_support=args.off_peak_support, **ids)


def plan_from_args(args, workloads, name: str) -> Plan:
    assignments = assignments_from_args(args, workloads)
    missing = [w.name for w in workloads if w.name not in assignments]
    if missing and not args.cheapest:
        raise InputError("--assign", "plan_unassigned", names=", ".join(missing))
    return Plan(name, assignments, constraints_from_args(args))


def export_plan(args, catalog, workloads) -> Plan:
    """``export``'s plan: ``--assign`` and ``--cheapest`` as for ``plan`` (named ``--plan-name``); its cheapest slots
    pick under the plan constraints and ``--vendors`` (``--models`` names the quote's models, not the plan's)."""
    for model_id in assignments_from_args(args, workloads).values():
        if model_id not in catalog.models:
            raise InputError("--assign", "model_unknown", model=model_id)
    plan = plan_from_args(args, workloads, args.plan_name or default_name("default_plan", args))
    return Plan(plan.name, plan.assignments, replace(plan.constraints, models=()))


def cmd_plan(args) -> int:
    workloads = workloads_from_args(args)
    catalog = load_catalog(args.catalog)
    check_known(catalog, split_ids(args.models, "--models"), split_ids(args.vendors, "--vendors"))
    plan = plan_from_args(args, workloads, args.name)
    for model_id in plan.assignments.values():
        if model_id not in catalog.models:
            raise InputError("--assign", "model_unknown", model=model_id)
    as_of = args.as_of or date.today()
    currency = check_currency(args.currency.upper(), "--currency")
    fx = fx_table(args.fx, as_of)
    priced = price_plan(Pricer(catalog), plan, workloads, as_of=as_of, currency=currency, fx=fx,
                        include_free=args.include_free)
    _say_problems([priced])
    text = {"table": plan_table, "csv": plan_csv, "json": plan_json}[args.format]([priced], fx)
    sys.stdout.write(text if text.endswith("\n") else text + "\n")
    return 0


def _say_problems(plans: list[PricedPlan]) -> None:
    """A line that could not be priced, or whose model does not hold the prompt, is said on stderr (the JSON
    carries it too): a plan is never shown complete without a word."""
    from core.cli.parser import PROG

    for plan in plans:
        for problem in plan.problems:
            sys.stderr.write(f"{PROG}: {problem}\n")


def print_with_plans(comparison, pricer: Pricer, project, fmt: str) -> None:
    """``project``'s output for a project with plans: the comparison as ``compare`` prints it, then the plans as
    ``plan`` prints them; in JSON one object, the comparison's keys and ``plans``."""
    import json

    from core.cli.parser import PROG
    from core.cli.plan_render import plan_to_json
    from core.cli.render import to_csv, to_json, to_table

    plans = [price_plan(pricer, plan, comparison.workloads, as_of=comparison.as_of, currency=comparison.currency,
                        fx=comparison.fx, include_free=project.include_free) for plan in project.plans]
    for item in comparison.unpriced:    # as compare says it: a chosen model is never dropped without a word
        sys.stderr.write(f"{PROG}: {item.reason}\n")
    _say_problems(plans)
    if fmt == "json":
        doc = json.loads(to_json(comparison))
        doc["plans"] = [plan_to_json(p) for p in plans]
        text = json.dumps(doc, ensure_ascii=False, indent=2)
    elif fmt == "csv":
        text = to_csv(comparison).rstrip("\n") + "\n\n" + plan_csv(plans, comparison.fx)
    else:
        text = to_table(comparison) + "\n\n" + plan_table(plans, comparison.fx)
    sys.stdout.write(text if text.endswith("\n") else text + "\n")

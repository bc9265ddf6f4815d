"""The plan edits the app's undo commands call (constraints, whether quoted, a copy) and the differences its plan
views show beside the figures (runner-up margin, a model dearer for a line's workload, a plan against the cheapest
single model): pure, exact, and refusing what the project refuses."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from core.errors import InputError
from core.pricing.engine import Pricer
from core.pricing.fx import DEFAULT_RATES, FxRate
from core.pricing.plan_margins import dearer_by, line_vs_cheapest, runner_up_margin, vs_cheapest_model
from core.pricing.plans import NO_CONSTRAINTS, Constraints, Plan, cheapest_plan, price_plan
from core.pricing.workload import make_workload
from core.project.edits import (
    add_plan,
    duplicate_plan,
    rename_workload,
    with_plan_constraints,
    with_plan_model,
    with_plan_quoted,
)
from core.project.model import Project

D = Decimal
AS_OF = date(2024, 6, 1)
FX = DEFAULT_RATES.with_rate(FxRate("USD", "CNY", D("7.10"), AS_OF, ""))


def project_with_plan() -> Project:
    project = Project(
        workloads=(
            make_workload("Bot", input_tokens="120M", output_tokens="30M", cache_hit=40),
            make_workload("Code", input_tokens="80M", output_tokens="40M", prompt_tokens="60K"),
        )
    )
    return add_plan(project, "Mixed", {"Bot": "acme/cached"})


def test_constraints_and_quoted_change_only_what_they_name():
    project = project_with_plan()
    constraints = Constraints(vendors=("acme",), regions=("US",), min_context=100_000, batch_support=True)
    edited = with_plan_constraints(project, "Mixed", constraints)
    plan = edited.plan("Mixed")
    assert plan.constraints == constraints and plan.assignments == {"Bot": "acme/cached"} and plan.quoted
    assert with_plan_constraints(edited, "Mixed", NO_CONSTRAINTS) == project  # and back: the same project
    unquoted = with_plan_quoted(edited, "Mixed", False)
    assert not unquoted.plan("Mixed").quoted and unquoted.plan("Mixed").constraints == constraints
    assert with_plan_quoted(unquoted, "Mixed", True) == edited
    assert project.plans == project_with_plan().plans  # nothing changed in place
    with pytest.raises(InputError, match="'Nope' is not a plan of this project"):
        with_plan_quoted(project, "Nope", True)


def test_a_copy_takes_a_free_name_and_everything_else():
    project = with_plan_quoted(
        with_plan_constraints(project_with_plan(), "Mixed", Constraints(regions=("CN",))), "Mixed", False
    )
    copied = duplicate_plan(project, "Mixed", "Mixed")
    assert [p.name for p in copied.plans] == ["Mixed", "Mixed 2"]
    copy = copied.plan("Mixed 2")
    assert (copy.assignments, copy.constraints, copy.quoted) == (
        {"Bot": "acme/cached"},
        Constraints(regions=("CN",)),
        False,
    )
    again = with_plan_model(copied, "Mixed 2", "Code", "acme/tiered")  # the copy is its own plan
    assert again.plan("Mixed").model_for("Code") is None
    with pytest.raises(InputError, match="plan name: is empty"):
        duplicate_plan(project, "Mixed", "  ")
    renamed = rename_workload(copied, 0, "Support")  # both plans follow a rename
    assert [p.assignments for p in renamed.plans] == [{"Support": "acme/cached"}] * 2


def test_the_differences_beside_a_plan_are_the_engines_figures_subtracted(acme):
    pricer = Pricer(acme)
    workloads = Project(
        workloads=(
            make_workload("Bot", input_tokens="120M", output_tokens="30M", cache_hit=40),
            make_workload("Nightly", input_tokens="500M", output_tokens="20M", batch=100),
        )
    ).workloads
    plan = cheapest_plan(pricer, workloads, as_of=AS_OF, currency="USD", fx=FX)
    line = plan.lines[0]
    assert runner_up_margin(line) == line.choice.runner_up.monthly_cost - line.row.monthly_cost >= 0
    alone = pricer.compare([line.workload], as_of=AS_OF, currency="USD", fx=FX)
    other = next(r for r in alone.rows if r.model_id != line.model_id)
    assert dearer_by(line, other) == other.monthly_cost - line.row.monthly_cost
    alone_cheapest = next(r for r in alone.rows if r.rank == 1)
    assert line_vs_cheapest(line, alone.rows) == line.row.monthly_cost - alone_cheapest.monthly_cost
    combined = pricer.compare(workloads, as_of=AS_OF, currency="USD", fx=FX, include_free=False)
    cheapest = next(r for r in combined.rows if r.rank == 1)
    assert vs_cheapest_model(plan, combined.rows) == plan.monthly_cost - cheapest.monthly_cost <= 0
    assigned = price_plan(pricer, Plan("P", {"Bot": "acme/flat"}), workloads, as_of=AS_OF, currency="USD", fx=FX)
    assert runner_up_margin(assigned.lines[0]) is None  # an assigned line beat nothing
    broken = price_plan(pricer, Plan("P", {"Bot": "acme/nope"}), workloads, as_of=AS_OF, currency="USD", fx=FX)
    assert dearer_by(broken.lines[0], other) is None and vs_cheapest_model(broken, combined.rows) is None
    assert line_vs_cheapest(broken.lines[0], alone.rows) is None and line_vs_cheapest(line, []) is None
    assert vs_cheapest_model(plan, []) is None


def test_a_project_never_holds_more_workloads_than_it_can_reopen():
    """A project past MAX_WORKLOADS would be saved and then refused when opened: adding one is refused instead."""
    from core.pricing.workload import MAX_WORKLOADS, Workload
    from core.project.edits import add_workload

    full = Project(workloads=tuple(Workload(f"w{i}") for i in range(MAX_WORKLOADS)))
    with pytest.raises(InputError) as caught:
        add_workload(full, "one more")
    assert caught.value.code == "too_many_workloads" and "1,000" in str(caught.value)

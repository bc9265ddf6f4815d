"""Plans in the project: saved as schema version 2 (a project without plans stays version 1, which the previous
release reads), version-1 files written by the previous release open unchanged, a newer version is refused by
name, and the project's edits keep its plans in step with its workloads."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from core.catalog.load import load_catalog
from core.errors import InputError, ProjectFileError
from core.pricing.engine import Pricer
from core.pricing.plans import Constraints, Plan
from core.pricing.workload import make_workload
from core.project.edits import (
    add_plan,
    remove_plan,
    remove_workload,
    rename_plan,
    rename_workload,
    with_plan_model,
    with_workloads,
)
from core.project.file import dumps_project, load_project, loads_project
from core.project.model import Project

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "project_v1_lin.tokenquote"


def two_workloads() -> Project:
    return Project(workloads=(make_workload("Bot", input_tokens="120M", output_tokens="30M", cache_hit=40),
                              make_workload("Code", input_tokens="80M", output_tokens="40M", prompt_tokens="60K")))


def test_plans_round_trip_through_the_file_as_version_2():
    project = two_workloads()
    project = add_plan(project, "Mixed", {"Bot": "deepseek/deepseek-v3.2"},
                       Constraints(vendors=("openai", "anthropic"), min_context=100_000, batch_support=True))
    project = add_plan(project, "Cheapest")
    project = project.edited(plans=(project.plans[0], Plan("Cheapest", {}, quoted=False)))
    text = dumps_project(project)
    doc = json.loads(text)
    assert doc["schema_version"] == 2 and [p["name"] for p in doc["plans"]] == ["Mixed", "Cheapest"]
    again = loads_project(text)
    assert again.plans == project.plans and again == project.edited(view=again.view)
    assert again.plans[0].constraints.min_context == 100_000 and not again.plans[1].quoted


def test_a_project_without_plans_is_still_written_as_version_1():
    doc = json.loads(dumps_project(two_workloads()))
    assert doc["schema_version"] == 1 and "plans" not in doc


def test_a_version_1_file_written_by_the_previous_release_opens_unchanged():
    """tests/fixtures/project_v1_lin.tokenquote was saved by the release before plans (Lin's three workloads,
    three chosen models, CNY at 7.10); its figures are those that release printed for it."""
    project = load_project(FIXTURE)
    raw = json.loads(FIXTURE.read_text(encoding="utf-8"))
    assert raw["schema_version"] == 1 and project.plans == ()
    assert [w.name for w in project.workloads] == ["Support bot", "Nightly classification", "Coding assistant"]
    assert project.selected == ("deepseek/deepseek-chat", "openai/gpt-4o-mini", "alibaba/qwen-plus")
    assert project.terms.client == "Lin Co" and project.projection.growth_pct == Decimal(8)
    catalog = project.pricing_catalog(load_catalog())
    comparison = Pricer(catalog).compare(project.workloads, as_of=project.effective_as_of(), currency=project.currency,
                                         fx=project.fx, models=list(project.selected))
    # what `tokenquote-cli project FILE --format json` printed with the previous release
    assert [(r.model_id, str(r.monthly_cost), r.rank) for r in comparison.rows] == [
        ("alibaba/qwen-plus", "520.00", 1), ("openai/gpt-4o-mini", "794.49", 2)]
    assert [u.model_id for u in comparison.unpriced] == ["deepseek/deepseek-chat"]
    # saved again without plans, it stays a version-1 file the previous release can open
    assert json.loads(dumps_project(project))["schema_version"] == 1


def test_a_newer_version_or_plans_in_a_version_1_file_are_refused_by_name():
    doc = json.loads(FIXTURE.read_text(encoding="utf-8"))
    with pytest.raises(ProjectFileError, match=r"schema_version: is 3; this version of TokenQuote reads up to 2"):
        loads_project(json.dumps({**doc, "schema_version": 3}))
    with pytest.raises(ProjectFileError, match=r"plans: 'plans' needs schema version 2"):
        loads_project(json.dumps({**doc, "plans": []}))


@pytest.mark.parametrize("plans, message", [
    ([{"name": "P", "assignments": {"Nope": "openai/gpt-4o"}}], r"plans: plan 'P': 'Nope' is not one of the workloads"),
    ([{"name": "P"}, {"name": "P"}], r"plans: two plans have the same name \('P'\)"),
    ([{"name": ""}], r"plans\[0\]: plan name: is empty"),
    ([{"name": "P", "quoted": "yes"}], r"plans\[0\]\.quoted: expected true or false, got a string"),
    ([{"name": "P", "assignments": ["x"]}], r"plans\[0\]\.assignments: expected an object"),
    ([{"name": "P", "constraints": {"min_context": -5}}], r"plans\[0\]: plan constraint min_context"),
    ([{"name": "P", "constraints": {"vendors": "openai"}}], r"plans\[0\]\.constraints\.vendors: expected a list"),
    ([{"name": "P", "colour": "red"}], r"plans\[0\]: unknown field 'colour'"),
    ({"name": "P"}, r"plans: expected a list, got an object"),
])
def test_broken_plans_in_a_file_are_refused_naming_the_field(plans, message):
    doc = json.loads(dumps_project(two_workloads()))
    with pytest.raises(ProjectFileError, match=message):
        loads_project(json.dumps({**doc, "schema_version": 2, "plans": plans}))


def test_workload_edits_keep_plans_in_step():
    project = add_plan(two_workloads(), "Mixed", {"Bot": "openai/gpt-4o", "Code": "anthropic/claude-sonnet-5"})
    renamed = rename_workload(project, 0, "Support")
    assert renamed.plans[0].assignments == {"Support": "openai/gpt-4o", "Code": "anthropic/claude-sonnet-5"}
    removed = remove_workload(renamed, 1)
    assert removed.plans[0].assignments == {"Support": "openai/gpt-4o"}
    replaced = with_workloads(project, [make_workload("Imported", input_tokens="1M", output_tokens="1M")],
                              replace=True)
    assert replaced.plans[0].assignments == {}


def test_plan_edits():
    project = add_plan(two_workloads(), "Plan")
    project = add_plan(project, "Plan")
    assert [p.name for p in project.plans] == ["Plan", "Plan 2"]
    project = with_plan_model(project, "Plan 2", "Code", "openai/gpt-4o")
    assert project.plan("Plan 2").model_for("Code") == "openai/gpt-4o"
    project = with_plan_model(project, "Plan 2", "Code", None)
    assert project.plan("Plan 2").assignments == {}
    with pytest.raises(InputError, match="already|same name"):
        rename_plan(project, "Plan 2", "Plan")
    project = rename_plan(project, "Plan 2", "Premium")
    assert [p.name for p in remove_plan(project, "Plan").plans] == ["Premium"]
    with pytest.raises(InputError, match="'Nope' is not a plan of this project"):
        project.plan("Nope")
    with pytest.raises(InputError, match="not one of the workloads"):
        Project(workloads=project.workloads, plans=(Plan("X", {"Ghost": "openai/gpt-4o"}),))


def test_the_fixture_was_not_written_by_this_version():
    """Guard: the migration test needs the file as the previous release wrote it (no plans key, version 1)."""
    raw = json.loads(FIXTURE.read_text(encoding="utf-8"))
    assert "plans" not in raw and raw["app_version"] == "0.1.0" and date.fromisoformat(raw["as_of"])

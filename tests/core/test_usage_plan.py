"""From monthly usage to workloads (last full month, average of N months, fitted growth) and the reconciliation
(billed against the catalog's prices), with the issue's acceptance check: twelve months of three models become
workloads whose volumes equal a hand count."""

from __future__ import annotations

import calendar
import math
from datetime import date, timedelta
from decimal import Decimal

import pytest
from usage_files import twelve_months, write_csv

from core.catalog.load import load_catalog
from core.errors import InputError
from core.importers.usage import import_usage
from core.pricing.engine import Pricer
from core.pricing.fx import DEFAULT_RATES
from core.pricing.reconcile import reconcile, reconciliation_from_json, reconciliation_to_json, usage_workload
from core.pricing.usage import MonthlyUsage, fit_growth, plan_workloads
from core.project.edits import with_workloads
from core.project.file import dumps_project, loads_project
from core.project.model import Project


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


@pytest.fixture
def year(tmp_path, catalog):
    rows = twelve_months()
    path = write_csv(tmp_path / "year.csv", ["date", "model", "input_tokens", "output_tokens", "cached_input_tokens"],
                     [[d.isoformat(), m, i, o, c] for d, m, i, o, c in rows])
    return rows, import_usage(path, catalog)


def hand_count(rows, model, months):
    picked = [r for r in rows if r[1] == model and r[0].month in months]
    return sum(r[2] for r in picked), sum(r[3] for r in picked), sum(r[4] for r in picked)


def test_twelve_months_of_three_models_become_workloads_equal_to_a_hand_count(year, catalog):
    rows, imported = year
    assert len(imported.rows) == 36 and imported.unmatched == ()
    plan = plan_workloads(imported.rows, months=1, last_day=imported.report.last_day)
    assert [m.month for m in plan.full_months] == list(range(1, 13)) and plan.partial_month is None
    by_id = {w.model_ids[0]: w.workload for w in plan.workloads}
    for model_id, name in (("openai/gpt-4o", "gpt-4o-2024-08-06"), ("deepseek/deepseek-chat", "deepseek-chat"),
                           ("anthropic/claude-sonnet-4-5", "claude-sonnet-4-5-20250929")):
        tokens_in, tokens_out, cached = hand_count(rows, name, {12})
        w = by_id[model_id]
        assert (w.input_tokens, w.output_tokens) == (tokens_in, tokens_out)
        assert w.cache_hit_pct == (Decimal(cached) * 100 / tokens_in).quantize(Decimal("0.01"))
    three = plan_workloads(imported.rows, months=3, last_day=imported.report.last_day)
    w = {x.model_ids[0]: x.workload for x in three.workloads}["deepseek/deepseek-chat"]
    tokens_in, tokens_out, _ = hand_count(rows, "deepseek-chat", {10, 11, 12})
    assert w.input_tokens == round(Decimal(tokens_in) / 3) and w.output_tokens == round(Decimal(tokens_out) / 3)


def test_growth_is_the_log_linear_fit_of_the_history(year):
    _, imported = year
    plan = plan_workloads(imported.rows, months=1, last_day=imported.report.last_day)
    deepseek = {w.model_ids[0]: w for w in plan.workloads}["deepseek/deepseek-chat"]
    volumes = [v / calendar.monthrange(m.year, m.month)[1] for m, v in deepseek.history]   # per day of its month
    xs = range(len(volumes))
    ys = [math.log(v) for v in volumes]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)
    assert deepseek.growth_pct == Decimal(repr((math.exp(slope) - 1) * 100)).quantize(Decimal("0.01"))
    assert deepseek.growth_pct > 0 and plan.growth_pct > 0


@pytest.mark.parametrize("first, last", [(date(2026, 9, 1), date(2026, 10, 31)),    # 30 then 31 days: not +3.3 %
                                         (date(2026, 12, 1), date(2027, 2, 28)),    # 31, 31, 28: not −5 %
                                         (date(2027, 1, 1), date(2027, 3, 31))])
def test_the_same_use_every_day_is_no_growth_whatever_the_months_lengths(first, last):
    """Growth is fitted per day of each month: a projection compounds it, so the 3.3 % that September to October
    made of the same daily use became +48 % over a year, and December to February's −5 % a 46 % fall."""
    days = (last - first).days + 1
    by_month: dict[date, int] = {}
    for k in range(days):
        day = first + timedelta(days=k)
        by_month[day.replace(day=1)] = by_month.get(day.replace(day=1), 0) + 1_000_000
    rows = [MonthlyUsage(m, "gpt-4o-mini", v, 0, model_id="openai/gpt-4o-mini") for m, v in by_month.items()]
    plan = plan_workloads(rows, months=1, last_day=last)
    assert plan.growth_pct == 0 and plan.workloads[0].growth_pct == 0
    assert plan.workloads[0].workload.input_tokens == by_month[max(by_month)]   # the budget month stays the bill's


def test_fit_growth_on_exact_series():
    assert fit_growth([100, 110, 121, 133.1]) == Decimal("10.00")
    assert fit_growth([100, 50, 25]) == Decimal("-50.00")
    assert fit_growth([5]) == 0 and fit_growth([]) == 0 and fit_growth([0, 0, 7]) == 0
    assert fit_growth([1, 10**15]) == Decimal("1000.00")     # bounded by the projection's limit


def test_a_partial_last_month_is_left_out_of_the_basis():
    rows = [MonthlyUsage(date(2025, 1, 1), "gpt-4o", 100, 10), MonthlyUsage(date(2025, 2, 1), "gpt-4o", 5, 1)]
    plan = plan_workloads(rows, last_day=date(2025, 2, 14))
    assert plan.partial_month == date(2025, 2, 1) and plan.workloads[0].workload.input_tokens == 100
    only = plan_workloads(rows[1:], last_day=date(2025, 2, 14))
    assert only.workloads == () and only.no_full_month().code == "usage_no_full_month"


def test_months_without_rows_count_as_months_of_no_use():
    rows = [MonthlyUsage(date(2025, 1, 1), "m", 300, 0), MonthlyUsage(date(2025, 3, 1), "m", 300, 0)]
    plan = plan_workloads(rows, months=3, last_day=date(2025, 3, 31))
    assert plan.workloads[0].workload.input_tokens == 200   # (300 + 0 + 300) / 3


def test_groupings_and_idle_models(catalog):
    rows = [MonthlyUsage(date(2025, 1, 1), "gpt-4o", 100, 10, model_id="openai/gpt-4o", group="team a"),
            MonthlyUsage(date(2025, 1, 1), "gpt-4o-mini", 50, 5, model_id="openai/gpt-4o-mini", group="team b"),
            MonthlyUsage(date(2025, 1, 1), "secret-llm", 1, 1, group="team b"),
            MonthlyUsage(date(2024, 12, 1), "old-model", 9, 9)]
    total = plan_workloads(rows, grouping="total", last_day=date(2025, 1, 31))
    assert [(w.workload.name, w.workload.input_tokens) for w in total.workloads] == [("Usage", 151)]
    vendor = plan_workloads(rows, grouping="vendor", last_day=date(2025, 1, 31))
    assert {w.workload.name: w.workload.input_tokens for w in vendor.workloads} == {"openai": 150, "secret-llm": 1}
    assert vendor.idle == ("old-model",)
    group = plan_workloads(rows, grouping="group", last_day=date(2025, 1, 31))
    assert {w.workload.name: w.workload.input_tokens for w in group.workloads} == {"team a": 100, "team b": 51}
    with pytest.raises(InputError):
        plan_workloads(rows, grouping="colour")
    with pytest.raises(InputError):
        plan_workloads(rows, months=0)


def test_reconciliation_catalog_cost_is_the_engines_for_the_same_tokens(year, catalog):
    _, imported = year
    pricer = Pricer(catalog)
    rec = reconcile(imported.rows, pricer, currency="CNY", fx=DEFAULT_RATES, source="year.csv")
    assert len(rec.lines) == 36 and not rec.has_billed
    line = next(ln for ln in rec.lines if ln.model_id == "openai/gpt-4o" and ln.month == date(2025, 6, 1))
    from core.pricing.reconcile import usage_workload
    expected = pricer.compare([usage_workload("x", line.input_tokens, line.output_tokens, line.cached_input_tokens)],
                              as_of=date(2025, 6, 1), currency="CNY", fx=DEFAULT_RATES,
                              models=["openai/gpt-4o"]).rows[0].monthly_cost
    assert line.catalog_cost == expected and line.difference is None
    assert rec.catalog_total == sum(ln.catalog_cost for ln in rec.lines if ln.catalog_cost is not None)
    unpriced = [ln for ln in rec.lines if ln.catalog_cost is None]
    assert all(ln.model_id == "anthropic/claude-sonnet-4-5" for ln in unpriced)   # not sold before its launch
    assert len(rec.problems) == len(unpriced)
    assert rec.alternatives and rec.alternatives[0].cost <= rec.alternatives[-1].cost


def test_the_same_usage_elsewhere_is_on_the_models_the_cheapest_would_be_chosen_from(year, catalog):
    """"The same usage on the cheapest models" listed five free models at ¥0.00 first (rate-limited trials no
    budget runs on): like "the cheapest" everywhere else, paid models unless free ones are asked for, and none
    retired by then or priced only in part."""
    _, imported = year
    pricer = Pricer(catalog)
    paid = reconcile(imported.rows, pricer, currency="CNY", fx=DEFAULT_RATES).alternatives
    with_free = reconcile(imported.rows, pricer, currency="CNY", fx=DEFAULT_RATES, include_free=True).alternatives
    last = max(r.month for r in imported.rows)
    free = {m.id for m in catalog.models.values() if (p := m.point_at(last)) is not None and p.is_free}
    assert free and not free & {a.model_id for a in paid} and paid[0].cost > 0
    assert free <= {a.model_id for a in with_free} and with_free[0].cost == 0
    assert [a.cost for a in paid] == sorted(a.cost for a in paid)
    ranked = pricer.compare([usage_workload("usage", sum(r.input_tokens for r in imported.rows),
                                            sum(r.output_tokens for r in imported.rows),
                                            sum(r.cached_input_tokens for r in imported.rows))],
                            as_of=last, currency="CNY", fx=DEFAULT_RATES, include_free=False)
    assert [a.model_id for a in paid] == [r.model_id for r in ranked.rows if r.rank is not None and not r.retired]


def test_billed_is_converted_with_the_projects_rates_and_compared(tmp_path, catalog):
    path = write_csv(tmp_path / "billed.csv", ["date", "model", "input_tokens", "output_tokens", "cost", "currency"],
                     [["2025-03-01", "deepseek-chat", "1000000", "0", "7.10", "CNY"],
                      ["2025-03-02", "deepseek-chat", "1000000", "0", "1.00", "USD"],
                      ["2025-03-05", "gpt-4o", "1000000", "0", "2.50", "EUR"]])
    imported = import_usage(path, catalog)
    rec = reconcile(imported.rows, Pricer(catalog), currency="USD", fx=DEFAULT_RATES)
    lines = {ln.model: ln for ln in rec.lines}
    assert lines["deepseek-chat"].billed == Decimal("2.00")           # 7.10 CNY at 7.10 + 1.00 USD
    assert lines["gpt-4o"].billed == Decimal("2.70")                 # 2.50 EUR × 1.08
    assert lines["deepseek-chat"].difference == Decimal("2.00") - lines["deepseek-chat"].catalog_cost
    no_rate = reconcile(imported.rows, Pricer(catalog), currency="USD", fx=DEFAULT_RATES.without("EUR/USD"))
    assert {ln.model: ln.billed for ln in no_rate.lines}["gpt-4o"] is None
    assert any("EUR" in p for p in no_rate.problems)


def test_a_model_not_yet_sold_that_month_says_why(catalog):
    rows = [MonthlyUsage(date(2001, 1, 1), "gpt-4o", 1000, 10, model_id="openai/gpt-4o")]
    rec = reconcile(rows, Pricer(catalog), currency="USD", fx=DEFAULT_RATES, alternatives=False)
    assert rec.lines[0].catalog_cost is None and rec.problems


def test_the_project_keeps_the_reconciliation_and_the_workloads_as_one_edit(year, catalog):
    _, imported = year
    plan = plan_workloads(imported.rows, months=1, last_day=imported.report.last_day)
    rec = reconcile(imported.rows, Pricer(catalog), currency="USD", fx=DEFAULT_RATES, source="year.csv")
    project = Project()
    added = with_workloads(project, [w.workload for w in plan.workloads], growth_pct=plan.growth_pct,
                           reconciliation=rec)
    assert len(added.workloads) == 1 + 3 and added.projection.growth_pct == plan.growth_pct
    replaced = with_workloads(project, [w.workload for w in plan.workloads], replace=True)
    assert [w.name for w in replaced.workloads] == [w.workload.name for w in plan.workloads]
    again = with_workloads(added, [plan.workloads[0].workload])
    assert again.workloads[-1].name == plan.workloads[0].workload.name + " 2"
    with pytest.raises(InputError):
        with_workloads(project, [], replace=True)
    text = dumps_project(added)
    reopened = loads_project(text)
    assert reopened.usage_reconciliation == rec and reopened.workloads == added.workloads
    assert '"schema_version": 1' in text
    assert "usage_reconciliation" not in dumps_project(project)       # only when there is one


def test_a_damaged_reconciliation_in_a_project_names_the_field(catalog):
    from core.errors import ProjectFileError
    rec = reconcile([MonthlyUsage(date(2025, 1, 1), "gpt-4o", 1, 1, model_id="openai/gpt-4o")], Pricer(catalog),
                    currency="USD", fx=DEFAULT_RATES, alternatives=False)
    doc = reconciliation_to_json(rec)
    assert reconciliation_from_json(doc) == rec
    doc["lines"][0]["input_tokens"] = -1
    text = dumps_project(Project()).rstrip()[:-1] + ', "usage_reconciliation": ' + __import__("json").dumps(doc) + "}"
    with pytest.raises(ProjectFileError) as caught:
        loads_project(text)
    assert "usage_reconciliation.lines[0].input_tokens" in str(caught.value)


def test_the_workbook_writes_the_reconciliation_sheet_with_formula_like_names_as_text(catalog, tmp_path):
    from openpyxl import load_workbook

    from core.workbook.writer import export_project

    name = '=HYPERLINK("http://evil","x")'
    rows = [MonthlyUsage(date(2025, 6, 1), name, 1_000_000, 100_000, model_id="openai/gpt-4o",
                         billed=(("USD", Decimal("3.10")),)),
            MonthlyUsage(date(2025, 6, 1), "@SUM(A1)", 5, 5)]
    rec = reconcile(rows, Pricer(catalog), currency="USD", fx=DEFAULT_RATES, source="=cmd.csv")
    project = Project(usage_reconciliation=rec)
    for language, title in (("en", "Reconciliation"), ("zh", "用量对账")):
        out = export_project(project, catalog, tmp_path / f"q_{language}.xlsx", language=language)
        sheet = load_workbook(out)[title]
        assert sheet["B5"].value == name and sheet["B5"].data_type == "s"
        assert sheet["G5"].value == 3.1 and sheet["H5"].value == float(rec.lines[0].catalog_cost)
        assert sheet["I5"].value == '=IF(OR(G5="",H5=""),"",G5-H5)'
        assert any("@SUM(A1)" in str(c.value) for row in sheet.iter_rows() for c in row)   # unmatched, said
    plain = export_project(Project(), catalog, tmp_path / "plain.xlsx")
    assert "Reconciliation" not in load_workbook(plain).sheetnames

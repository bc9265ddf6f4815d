"""``tokenquote-cli plan`` and plans in ``project``, run as a user runs them, on the bundled catalog: a plan line
costs exactly what ``compare`` gives for that workload and model alone, the plan's total is the sum of its lines,
and bad input is one line naming the option (exit 2)."""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal

import pytest
from test_cli import cli

LIN = ["--workload", "Support bot:1.2亿:3,000万:40", "--workload", "Nightly:500M:20M:0:100",
       "--workload", "Coding:80M:40M:0:0:60K"]
CNY = ["--currency", "CNY", "--fx", "USD/CNY=7.10", "--as-of", "2026-11-01"]
SPLIT = {"Support bot": ["--input", "1.2亿", "--output", "3,000万", "--cache-hit", "40"],
         "Nightly": ["--input", "500M", "--output", "20M", "--batch", "100"],
         "Coding": ["--input", "80M", "--output", "40M", "--prompt-tokens", "60K"]}


def plan_json(*args: str) -> dict:
    return json.loads(cli("plan", *args, "--format", "json").stdout)


def test_lins_cheapest_plan_lines_cost_what_compare_gives_for_each_workload_alone():
    doc = plan_json(*LIN, *CNY, "--cheapest")
    assert doc["currency"] == "CNY" and doc["as_of"] == "2026-11-01" and len(doc["plans"]) == 1
    plan = doc["plans"][0]
    assert [line["workload"] for line in plan["lines"]] == ["Support bot", "Nightly", "Coding"]
    assert Decimal(plan["monthly_cost"]) == sum(Decimal(line["monthly_cost"]) for line in plan["lines"])
    assert Decimal(plan["annual_cost"]) == 12 * Decimal(plan["monthly_cost"]) and plan["complete"]
    for line in plan["lines"]:
        rows = json.loads(cli("compare", *SPLIT[line["workload"]], *CNY, "--format", "json").stdout)["rows"]
        cheapest = [r for r in rows if r["rank"] == 1]
        # the line is the cheapest paid model that fits, as compare ranks that workload alone (ties: lower id)
        assert line["model"] == min(r["model"] for r in cheapest)
        alone = next(r for r in rows if r["model"] == line["model"])
        for key in ("input_cost", "output_cost", "monthly_cost_native", "monthly_cost", "price_currency"):
            assert line[key] == alone[key], (line["workload"], key)
        why = line["why"]
        assert why["chosen"] == "cheapest" and why["beat"] == why["candidates"] - 1 > 0
        assert why["runner_up"]["model"] != line["model"]
        assert Decimal(why["runner_up"]["monthly_cost"]) >= Decimal(line["monthly_cost"])
    coding = plan["lines"][2]["why"]
    assert coding["too_small_context"] > 0          # 60K-token prompts: the small windows lost


def test_an_assigned_plan_and_its_table_and_csv():
    args = [*LIN, *CNY, "--assign", "Coding=anthropic/claude-sonnet-5", "--cheapest", "--name", "Premium code"]
    doc = plan_json(*args)
    coding = doc["plans"][0]["lines"][2]
    assert coding["model"] == "anthropic/claude-sonnet-5" and coding["why"]["chosen"] == "assigned"
    alone = json.loads(cli("compare", *SPLIT["Coding"], *CNY, "--models", "anthropic/claude-sonnet-5",
                           "--format", "json").stdout)["rows"][0]
    assert coding["monthly_cost"] == alone["monthly_cost"]
    table = cli("plan", *args).stdout
    assert "Plan 'Premium code' as of 2026-11-01" in table and "assigned" in table and "Total" in table
    csv_lines = cli("plan", *args, "--format", "csv").stdout.splitlines()
    assert csv_lines[0].startswith("plan,workload,model") and len(csv_lines) == 4
    assert csv_lines[3].startswith("Premium code,Coding,anthropic/claude-sonnet-5,anthropic,USD,")


def test_constraints_narrow_the_cheapest():
    doc = plan_json(*LIN, *CNY, "--cheapest", "--vendors", "openai,anthropic", "--min-context", "200K")
    for line in doc["plans"][0]["lines"]:
        assert line["vendor"] in {"openai", "anthropic"}
        assert line["why"]["filtered_out"] > 0
    usd = plan_json(*LIN, *CNY, "--cheapest", "--currencies", "USD", "--regions", "US")
    assert {line["price_currency"] for line in usd["plans"][0]["lines"]} == {"USD"}


def test_a_model_too_small_for_the_prompt_is_priced_and_said(tmp_path):
    run = cli("plan", *LIN, *CNY, "--cheapest", "--assign", "Coding=alibaba/qwen-max", "--format", "json",
              check=False)   # qwen-max's window: 30,720 tokens
    assert run.returncode == 0
    line = json.loads(run.stdout)["plans"][0]["lines"][2]
    assert line["fits_context"] is False and "context window" in line["problem"]
    assert "context window" in run.stderr


@pytest.mark.parametrize("args, message", [
    (["--workload", "bot:1M"], "--workload: 'bot:1M' is not NAME:INPUT:OUTPUT"),
    (["--workload", "bot:1,5M:1M", "--cheapest"], "--workload: bot:1,5M:1M: input tokens: '1,5M'"),
    (["--workload", "bot:1M:1M"], "--assign: no model for bot: assign one, or give --cheapest"),
    (["--workload", "bot:1M:1M", "--assign", "nobody=openai/gpt-4o"], "--assign: 'nobody' is not one of the workloads"),
    (["--workload", "bot:1M:1M", "--assign", "bot=openai/nope"], "--assign: 'openai/nope' is not in the catalog"),
    (["--workload", "bot:1M:1M", "--assign", "bot"], "--assign: 'bot' is not WORKLOAD=MODEL_ID"),
    (["--workload", "a:1M:1M", "--workload", "a:2M:2M", "--cheapest"], "--workload: two workloads have the same name ('a')"),
    (["--cheapest"], "--workload: give at least one workload"),
    (["--workload", "a:1M:1M", "--cheapest", "--min-context", "-5"], "--min-context"),
    (["--workload", "a:1M:1M", "--cheapest", "--currencies", "usdollar"], "--currencies: 'USDOLLAR' is not a currency"),
])
def test_bad_plan_input_is_one_line_naming_the_option(args, message):
    run = cli("plan", *args, check=False)
    assert run.returncode == 2 and run.stdout == ""
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0], run.stderr


def test_workloads_from_a_file_and_from_usage_json(tmp_path):
    path = tmp_path / "w.json"
    path.write_text(json.dumps({"workloads": [{"name": "Bot", "input_tokens": 120000000, "output_tokens": 30000000,
                                               "cache_hit_pct": "40", "growth_pct": "8"}]}), encoding="utf-8")
    doc = plan_json("--workloads", str(path), "--cheapest", *CNY)
    assert doc["plans"][0]["lines"][0]["workload"] == "Bot"
    path.write_text("[1, 2", encoding="utf-8")
    run = cli("plan", "--workloads", str(path), "--cheapest", check=False)
    assert run.returncode == 2 and "--workloads" in run.stderr and str(path) in run.stderr


def test_project_prints_its_plans_after_the_comparison(tmp_path):
    from core.pricing.plans import Plan
    from core.pricing.workload import make_workload
    from core.project.file import save_project
    from core.project.model import Project

    project = Project(workloads=(make_workload("Bot", input_tokens="120M", output_tokens="30M", cache_hit=40),
                                 make_workload("Code", input_tokens="80M", output_tokens="40M", prompt_tokens="60K")),
                      selected=("openai/gpt-4o",), currency="USD", as_of=__import__("datetime").date(2026, 11, 1),
                      plans=(Plan("Mixed", {"Code": "anthropic/claude-sonnet-5"}),))
    path = tmp_path / "p.tokenquote"
    save_project(path, project)
    doc = json.loads(cli("project", str(path), "--format", "json").stdout)
    assert [r["model"] for r in doc["rows"]] == ["openai/gpt-4o"]
    plan = doc["plans"][0]
    assert plan["name"] == "Mixed" and plan["lines"][1]["model"] == "anthropic/claude-sonnet-5"
    assert Decimal(plan["monthly_cost"]) == sum(Decimal(line["monthly_cost"]) for line in plan["lines"])
    assert "Plan 'Mixed'" in cli("project", str(path)).stdout


def test_export_offers_a_plan_beside_the_models(tmp_path):
    import openpyxl

    book, pdf = tmp_path / "q.xlsx", tmp_path / "q.pdf"
    run = cli("export", "--workload", "Support:300M:60M", "--workload", "Escalations:20M:10M:0:0:30K",
              "--models", "anthropic/claude-sonnet-5,deepseek/deepseek-v4-flash", "--assign",
              "Escalations=anthropic/claude-sonnet-5", "--cheapest", "--plan-name", "Mixed", "--as-of", "2026-11-01",
              "--markup", "25", "--tax", "6", "--xlsx", str(book), "--pdf", str(pdf))
    assert f"wrote {book}" in run.stdout and pdf.exists()
    texts = [str(c.value) for ws in openpyxl.load_workbook(book) for row in ws.iter_rows() for c in row if c.value]
    assert "Plan: Mixed" in texts and "Escalations" in texts
    doc = plan_json("--workload", "Support:300M:60M", "--workload", "Escalations:20M:10M:0:0:30K", "--assign",
                    "Escalations=anthropic/claude-sonnet-5", "--cheapest", "--as-of", "2026-11-01")
    cheapest_support = doc["plans"][0]["lines"][0]["model"]
    quote = openpyxl.load_workbook(book)["Quote"]
    assert any(row[0].value == "Plan: Mixed" for row in quote.iter_rows())
    from core.catalog.load import load_catalog

    comparison = openpyxl.load_workbook(book)["Comparison"]
    shown = [(row[1].value, row[2].value) for row in comparison.iter_rows()]
    # the plans block: the Support line on the cheapest model that fits it, as `plan` finds it
    catalog = load_catalog()
    assert ("Support", catalog.models[cheapest_support].name) in shown
    # the client's copy says what the plan is: each workload's model and vendor, as its PDF does (no costs)
    client = tmp_path / "client.xlsx"
    cli("export", "--workload", "Support:300M:60M", "--workload", "Escalations:20M:10M:0:0:30K", "--models",
        "anthropic/claude-sonnet-5,deepseek/deepseek-v4-flash", "--assign", "Escalations=anthropic/claude-sonnet-5",
        "--cheapest", "--plan-name", "Mixed", "--as-of", "2026-11-01", "--audience", "client", "--xlsx", str(client))
    rows = [tuple(c.value for c in row[:3]) for row in openpyxl.load_workbook(client)["Quote"].iter_rows()]
    sonnet = catalog.models["anthropic/claude-sonnet-5"]
    assert ("Escalations", sonnet.name, catalog.vendors[sonnet.vendor_id].name) in rows
    support = catalog.models[cheapest_support]
    assert ("Support", support.name, catalog.vendors[support.vendor_id].name) in rows


@pytest.mark.parametrize("args, message", [
    (["--input", "1M", "--workload", "a:1M:1M"], "--workload: give the workloads with --workload/--workloads or"),
    (["--input", "1M"], "--output: is missing"),
    ([], "--input/--output: is missing"),
    (["--workload", "a:1M:1M", "--assign", "a=nope/x"], "--assign: 'nope/x' is not in the catalog"),
])
def test_export_refuses_workloads_given_both_ways_or_not_at_all(tmp_path, args, message):
    run = cli("export", *args, "--xlsx", str(tmp_path / "x.xlsx"), check=False)
    assert run.returncode == 2 and message in run.stderr and not (tmp_path / "x.xlsx").exists()


def test_plan_csv_does_not_write_names_as_formulas():
    """A workload or plan named like a formula stays text when the CSV is opened in a spreadsheet."""
    text = cli("plan", "--workload", '=HYPERLINK("x";"y"):1M:1M', "--cheapest", "--name", "+1+1",
               "--format", "csv").stdout
    row = next(csv.reader(io.StringIO(text.splitlines()[1])))
    assert row[0] == "'+1+1" and row[1] == "'=HYPERLINK(\"x\";\"y\")"


def test_a_plan_on_a_price_known_only_for_short_prompts_says_its_totals_are_a_floor():
    """Doubao Seed 1.6 Flash's prices are known up to 32K-token prompts: a 60K-token workload put on it is priced
    at them as a floor, which the JSON says for the line and the plan, and the table where it prints the total."""
    args = [*LIN, *CNY, "--assign", "Coding=bytedance/doubao-seed-1.6-flash", "--cheapest"]
    plan = plan_json(*args)["plans"][0]
    coding = plan["lines"][2]
    assert coding["understated"] is True and plan["understated"] is True
    assert [line["understated"] for line in plan["lines"][:2]] == [False, False]
    assert "known only for prompts of up to 32000 tokens" in coding["problem"]
    heading = cli("plan", *args).stdout.splitlines()[0]
    assert heading.startswith("Plan 'Plan' as of 2026-11-01: at least ¥") and "at least ¥" in heading.split(",")[1]
    cheapest = plan_json(*LIN, *CNY, "--cheapest")["plans"][0]
    assert cheapest["understated"] is False and "at least" not in cli("plan", *LIN, *CNY, "--cheapest").stdout
    # the cheapest for the 60K-token prompts passed over the models whose price for them is not known, and says so
    assert cheapest["lines"][2]["why"]["price_not_known"] >= 1


def test_long_plan_and_workload_names_wrap_in_the_quote_sheets_instead_of_being_cut(tmp_path):
    import openpyxl

    name = "Cost-optimised hybrid: premium for support, lowest-cost for nightly batch"
    workload = "Nightly summarisation of customer support tickets for the EU region"
    for audience in ("client", "internal"):
        book = tmp_path / f"{audience}.xlsx"
        cli("export", "--workload", "Support:300M:60M", "--workload", f"{workload}:100M:5M", "--models",
            "openai/gpt-4.1-mini", "--cheapest", "--plan-name", name, "--audience", audience, "--xlsx", str(book))
        sheet = openpyxl.load_workbook(book)["Quote"]
        cells: dict = {}   # each text's first cell: the option's row, the workload's first table
        for row in sheet.iter_rows():
            for c in row:
                if isinstance(c.value, str):
                    cells.setdefault(c.value, c)
        wrapped = [cells[text] for text in (f"Plan: {name}", workload) if text in cells]
        assert wrapped and all(c.alignment.wrap_text for c in wrapped), audience
        assert all(sheet.row_dimensions[c.row].height and sheet.row_dimensions[c.row].height > 15 for c in wrapped)
        assert sheet.column_dimensions["A"].width <= 34

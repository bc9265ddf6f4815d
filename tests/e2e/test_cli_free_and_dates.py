"""The command line as Lin and Wei use it: a ranking without $0 rows unless ``--include-free``; two as-of dates
side by side (``compare --before``); a project that includes free models says so in its file."""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal

from test_cli import WAR, cli, compare_json

from core.catalog.load import load_catalog

LIN = ["--input", "1.2亿", "--output", "3000万", "--currency", "CNY", "--fx", "USD/CNY=7.10"]
WEI = ["--input", "10B", "--output", "1B", "--currency", "CNY", "--fx", "USD/CNY=7.2", "--models", WAR,
       "--as-of", "2024-06-01", "--before", "2024-05-01"]


def test_lins_ranking_has_no_free_rows_unless_asked():
    rows = compare_json(*LIN)["rows"]
    assert rows and not any(r["free"] for r in rows)
    assert rows[0]["rank"] == 1 and Decimal(rows[0]["monthly_cost"]) > 0 and rows[0]["diff_to_cheapest"] == "0.00"
    table = cli("compare", *LIN).stdout
    assert "¥0.00" not in table
    with_free = compare_json(*LIN, "--include-free")["rows"]
    free = [r for r in with_free if r["free"]]
    assert {"baidu/ernie-speed-8k", "zhipu/glm-4-flash"} <= {r["model"] for r in free}
    assert all(r["rank"] == 1 for r in free)
    paid = next(r for r in with_free if r["model"] == rows[0]["model"])
    assert paid["diff_to_cheapest"] == rows[0]["monthly_cost"]        # now compared with a free model


def test_a_free_model_named_is_listed_last_and_unranked():
    doc = compare_json(*LIN, "--models", "baidu/ernie-speed-8k,deepseek/deepseek-chat,zhipu/glm-4-air")
    free = [r for r in doc["rows"] if r["model"] == "baidu/ernie-speed-8k"][0]
    assert free["rank"] is None and free["diff_to_cheapest"] is None and doc["rows"][-1] is free
    assert "free, not ranked" in cli("compare", *LIN, "--models", "baidu/ernie-speed-8k,zhipu/glm-4-air").stdout


def test_only_free_models_that_day_says_how_to_see_them():
    result = cli("compare", "--input", "1M", "--output", "1M", "--models", "baidu/ernie-speed-8k", check=False)
    assert result.returncode == 0      # named: priced, unranked
    result = cli("compare", "--input", "1M", "--output", "1M", "--vendors", "baidu", "--as-of", "2024-05-22",
                 check=False)
    # Baidu on that day: ERNIE Speed and Lite (free) and two paid models, whose first price is of 2024-05-23.
    assert result.returncode == 2 and "--include-free" in result.stderr and len(result.stderr.splitlines()) == 1
    assert cli("compare", "--input", "1M", "--output", "1M", "--vendors", "baidu", "--as-of", "2024-05-22",
               "--include-free").returncode == 0


def test_a_past_day_lists_models_retired_later():
    # ERNIE 4.0 and 3.5 are deprecated; on 2024-06-01 they were sold (their price ends 2024-07-04).
    june = {r["model"]: r for r in compare_json("--input", "1M", "--output", "1M", "--vendors", "baidu",
                                                "--as-of", "2024-06-01")["rows"]}
    assert {"baidu/ernie-4.0-8k", "baidu/ernie-3.5"} <= set(june)
    assert june["baidu/ernie-3.5"]["deprecated"] and not june["baidu/ernie-3.5"]["retired"]
    # "by now": the catalog's date (its newest check), from which a deprecated model without an end is retired
    now = load_catalog().catalog_date.isoformat()
    today = {r["model"] for r in compare_json("--input", "1M", "--output", "1M", "--as-of", now)["rows"]}
    assert "openai/gpt-4" not in today and "bytedance/doubao-pro-32k" not in today       # retired by now
    assert "openai/gpt-4" in {r["model"] for r in compare_json("--input", "1M", "--output", "1M",
                                                               "--as-of", "2024-06-01")["rows"]}


def test_weis_two_dates_side_by_side():
    table = cli("compare", *WEI).stdout
    assert "Monthly 2024-05-01" in table and "Monthly 2024-06-01" in table
    line = next(x for x in table.splitlines() if x.startswith("zhipu/glm-3-turbo"))
    assert "5.00 -> 1.00 (-80.0%)" in line and "-80.0%" in line.split()[-1]
    doc = json.loads(cli("compare", *WEI, "--format", "json").stdout)
    assert doc["before"] == "2024-05-01" and doc["as_of"] == "2024-06-01"
    rows = {r["model"]: r for r in doc["rows"]}
    assert set(rows) == set(WAR.split(","))
    glm = rows["zhipu/glm-3-turbo"]
    assert glm["before"] == {"input_price_per_1m": "5", "output_price_per_1m": "5", "monthly_cost": "55000.00"}
    assert glm["monthly_cost"] == "11000.00" and glm["change"] == "-44000.00" and glm["change_pct"] == "-80.0"
    qwen = rows["alibaba/qwen-long"]
    # Its output price before the cut is not in the sources: said as unknown (null), not as a 0% change.
    assert qwen["input_change_pct"] == "-97.5" and qwen["output_change_pct"] is None
    assert qwen["before"] == {"input_price_per_1m": "20", "output_price_per_1m": None, "monthly_cost": None}
    assert rows["openai/gpt-4o"]["before"] is None and rows["openai/gpt-4o"]["change"] is None
    assert doc["only_before"] == []
    sheet = list(csv.DictReader(io.StringIO(cli("compare", *WEI, "--format", "csv").stdout)))
    assert {r["model"]: r["change"] for r in sheet}["zhipu/glm-3-turbo"] == "-44000.00"


def test_a_model_gone_by_the_later_day_is_listed_as_only_before():
    doc = json.loads(cli("compare", "--input", "1M", "--output", "1M", "--models", "baidu/ernie-3.5,baidu/ernie-x1",
                         "--as-of", "2025-07-01", "--before", "2024-06-01", "--format", "json").stdout)
    assert [r["model"] for r in doc["only_before"]] == ["baidu/ernie-3.5"]
    assert doc["only_before"][0]["monthly_cost"] is not None


def test_before_must_be_a_real_date():
    result = cli("compare", "--input", "1M", "--output", "1M", "--before", "2024-02-30", check=False)
    assert result.returncode == 2 and "--before" in result.stderr


def test_before_must_be_earlier_than_the_as_of_date():
    """The two dates swapped read the price war as a +3,900% rise: refused, naming the option."""
    result = cli("compare", "--input", "1M", "--output", "1M", "--as-of", "2024-05-01", "--before", "2024-06-01",
                 check=False)
    assert result.returncode == 2 and result.stderr.count("\n") == 1
    assert "--before: 2024-06-01 is not earlier than the as-of date 2024-05-01" in result.stderr


def test_export_and_project_keep_include_free(tmp_path):
    book = tmp_path / "q.xlsx"
    cli("export", *LIN, "--include-free", "--xlsx", str(book))
    from openpyxl import load_workbook
    ws = load_workbook(book)["Quote"]
    text = " ".join(str(c.value) for row in ws.iter_rows() for c in row if c.value)
    assert "ERNIE" in text or "GLM-4-Flash" in text or "Spark" in text or "Hunyuan" in text   # a free option
    plain = tmp_path / "p.xlsx"
    cli("export", *LIN, "--xlsx", str(plain))
    prices = load_workbook(plain)["Prices"]
    notes = " ".join(str(c.value) for row in prices.iter_rows() for c in row if c.value)
    assert "market_prices" not in notes and "README" not in notes and "line " not in notes


def test_project_command_follows_the_projects_include_free(tmp_path):
    from core.pricing.workload import Workload
    from core.project.file import save_project
    from core.project.model import Project

    path = tmp_path / "lin.tokenquote"
    save_project(path, Project(workloads=(Workload("Bot", 120_000_000, 30_000_000),), currency="USD"))
    rows = json.loads(cli("project", str(path), "--format", "json").stdout)["rows"]
    assert not any(r["free"] for r in rows)
    rows = json.loads(cli("project", str(path), "--format", "json", "--include-free").stdout)["rows"]
    assert rows[0]["free"] and rows[0]["rank"] == 1
    save_project(path, Project(workloads=(Workload("Bot", 120_000_000, 30_000_000),), include_free=True))
    assert json.loads(cli("project", str(path), "--format", "json").stdout)["rows"][0]["free"]

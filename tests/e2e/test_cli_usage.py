"""``tokenquote-cli usage`` as a user runs it: the JSON contract, the acceptance check against ``compare``, the
table and CSV, the mapping file, and bad files (exit 2, one line naming the file and line)."""

from __future__ import annotations

import json
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "core"))
from usage_files import twelve_months, write_csv  # noqa: E402


def cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "core.cli", *args], capture_output=True, text=True, cwd=ROOT,
                          encoding="utf-8")


@pytest.fixture
def year_file(tmp_path):
    header = ["Date", "MODEL", "input_tokens", "output_tokens", "cached_input_tokens", "requests", "cost",
              "currency"]
    rows = [[d.isoformat(), m, i, o, c, 3, "1.25", "USD"] for d, m, i, o, c in twelve_months()]
    return write_csv(tmp_path / "year.csv", header, rows)


def test_json_contract(year_file):
    done = cli("usage", str(year_file), "--format", "json", "--months", "3")
    assert done.returncode == 0, done.stderr
    doc = json.loads(done.stdout, parse_float=lambda text: pytest.fail(f"a float in the JSON: {text}"))
    assert {"months", "unmatched", "workloads", "growth_pct", "currency", "rows_read", "rows_skipped"} <= set(doc)
    month = doc["months"][0]
    assert month["month"] == "2025-01" and month["model"] in ("claude-sonnet-4-5-20250929", "deepseek-chat",
                                                              "gpt-4o-2024-08-06")
    for row in doc["months"]:
        assert all(type(row[k]) is int for k in ("input_tokens", "output_tokens", "cached_input_tokens"))
        assert row["billed"] is None or Decimal(row["billed"]) == Decimal("2.50")   # two rows of 1.25 a month
        assert row["catalog_cost"] is None or isinstance(row["catalog_cost"], str)
    assert doc["unmatched"] == []
    assert len(doc["workloads"]) == 3
    for w in doc["workloads"]:
        assert {"name", "input_tokens", "output_tokens", "cache_hit_pct", "batch_pct", "off_peak_pct",
                "prompt_tokens", "growth_pct"} <= set(w)
        assert type(w["input_tokens"]) is int and isinstance(w["growth_pct"], str)
        assert w["basis"] == ["2025-10", "2025-11", "2025-12"]


def test_reconciliation_catalog_cost_equals_compare_for_the_same_tokens(tmp_path):
    """The acceptance check: a month's catalog cost is what ``compare`` gives for that month's tokens."""
    path = write_csv(tmp_path / "u.csv", ["date", "model", "input_tokens", "output_tokens", "cached_input_tokens"],
                     [["2025-06-01", "gpt-4o-2024-08-06", "123000000", "45000000", "30750000"],
                      ["2025-06-30", "gpt-4o", "7000000", "5000000", "0"]])
    doc = json.loads(cli("usage", str(path), "--format", "json", "--currency", "CNY", "--fx", "USD/CNY=7.2").stdout)
    for row in doc["months"]:
        cache = Decimal(row["cached_input_tokens"]) * 100 / Decimal(row["input_tokens"])
        compared = json.loads(cli("compare", "--input", str(row["input_tokens"]), "--output",
                                  str(row["output_tokens"]), "--cache-hit", str(cache), "--currency", "CNY",
                                  "--fx", "USD/CNY=7.2", "--as-of", "2025-06-01", "--models", row["model_id"],
                                  "--format", "json").stdout)
        assert row["catalog_cost"] == compared["rows"][0]["monthly_cost"]


def test_table_and_csv(year_file):
    table = cli("usage", str(year_file))
    assert table.returncode == 0 and "2025-12" in table.stdout and "growth" in table.stdout
    csv_out = cli("usage", str(year_file), "--format", "csv").stdout.splitlines()
    assert csv_out[0].startswith("month,model,model_id") and len(csv_out) == 1 + 36


def test_a_formula_like_model_name_is_not_a_formula_in_the_csv(tmp_path):
    path = write_csv(tmp_path / "f.csv", ["date", "model", "input_tokens"], [["2025-01-31", "=cmd|'/c calc'!A1", "1"]])
    out = cli("usage", str(path), "--format", "csv").stdout.splitlines()
    assert out[1].split(",")[1].startswith("'=") or out[1].split(",")[1].startswith("\"'=")
    doc = json.loads(cli("usage", str(path), "--format", "json").stdout)
    assert doc["unmatched"] == ["=cmd|'/c calc'!A1"]


def test_skipped_rows_are_said_on_stderr_and_the_rest_is_used(tmp_path):
    path = write_csv(tmp_path / "s.csv", ["date", "model", "input_tokens"],
                     [["2025-01-01", "gpt-4o", "5"], ["2025-01-02", "gpt-4o", "-5"], ["2025-01-31", "gpt-4o", "1"]])
    done = cli("usage", str(path), "--format", "json")
    assert done.returncode == 0
    assert "s.csv: line 3, column input_tokens: '-5' is negative" in done.stderr
    assert json.loads(done.stdout)["rows_skipped"] == 1


def test_mapping_file(tmp_path):
    path = write_csv(tmp_path / "own.csv", ["Tag", "Engine", "Prompt", "Completion"], [["2025-02-28", "qwen-plus",
                                                                                      "9", "1"]])
    mapping = tmp_path / "m.json"
    mapping.write_text(json.dumps({"date": "Tag", "model": "Engine", "input_tokens": "Prompt",
                                   "output_tokens": "Completion"}), encoding="utf-8")
    doc = json.loads(cli("usage", str(path), "--mapping", str(mapping), "--format", "json").stdout)
    assert doc["months"][0]["model_id"] == "alibaba/qwen-plus" and doc["workloads"][0]["input_tokens"] == 9


@pytest.mark.parametrize("content, fragment", [
    (b"", "is empty"),
    (b"when,what\n1,2\n", "has no column for model, date, input_tokens"),
    (b"date,model,input_tokens\n", "holds a header but no rows"),
    (b"date,model,input_tokens\n2025-01-01,x,\xff\xfe\n", "line 2"),
])
def test_bad_files_exit_2_with_one_line_naming_the_file(tmp_path, content, fragment):
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    done = cli("usage", str(path))
    assert done.returncode == 2 and done.stdout == ""
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "bad.csv" in lines[0] and fragment in lines[0], done.stderr


def test_bad_options(tmp_path):
    path = write_csv(tmp_path / "u.csv", ["date", "model", "input_tokens"], [["2025-01-31", "gpt-4o", "1"]])
    for args, fragment in ((["--months", "0"], "--months"), (["--currency", "dollars"], "--currency"),
                           (["--mapping", str(tmp_path / "none.json")], "none.json")):
        done = cli("usage", str(path), *args)
        assert done.returncode == 2 and fragment in done.stderr


def test_the_billed_total_says_which_models_it_leaves_out(tmp_path):
    """A fine-tuned model not in the catalog billed ¥96.00: the totals left it out without a word."""
    path = write_csv(tmp_path / "u.csv", ["date", "model", "input_tokens", "output_tokens", "cost", "currency"], [
        ["2026-10-01", "qwen-plus", "4000000", "1000000", "5.20", "CNY"],
        ["2026-10-02", "客服-微调模型", "1000000", "200000", "96.00", "CNY"],
        ["2026-11-01", "qwen-plus", "4000000", "1000000", "5.20", "CNY"],
    ])
    out = cli("usage", str(path), "--currency", "CNY").stdout
    assert "(models not in the catalog are in neither figure: 客服-微调模型)" in out


def test_a_file_running_past_today_is_said_and_its_empty_months_are_not_averaged_as_workloads(tmp_path):
    """A stray row dated 2062 makes the file's last full month one of no use: the command says the date is past
    today and that the months averaged show no use — not "workloads (average of 0 full month(s), )" over an empty
    table — and the same usage elsewhere lists paid models (free ones only with --include-free)."""
    header = ["date", "model", "input_tokens", "output_tokens"]
    path = write_csv(tmp_path / "future.csv", header, [["2025-07-09", "qwen-plus", "100000000", "1000000"],
                                                       ["2062-07-09", "qwen-plus", "100", "10"]])
    done = cli("usage", str(path))
    assert "dated up to 2062-07-09, after today" in done.stderr
    assert "no workloads: the full months averaged (to 2062-06) show no use: alibaba/qwen-plus had none" in done.stdout
    assert "average of 0" not in done.stdout and "growth/month" not in done.stdout
    cheapest = done.stdout.split("at the prices of 2062-07-01, on the five cheapest models:")[1].split()
    assert "$0.00" not in cheapest
    free = cli("usage", str(path), "--include-free").stdout.split("on the five cheapest models:")[1].split()
    assert free[1] == "$0.00"


def test_one_month_of_use_measures_no_growth(tmp_path):
    """A model used in one of the months shows growth "—" (its 0 % was no measurement); a file of one full month
    says the growth is not measured; the JSON says which growths were fitted."""
    header = ["date", "model", "input_tokens", "output_tokens"]
    rows = [["2026-09-01", "qwen-plus", "100", "10"], ["2026-10-01", "qwen-plus", "110", "11"],
            ["2026-11-01", "qwen-plus", "120", "12"], ["2026-11-01", "gpt-4o", "50", "5"]]
    table = cli("usage", str(write_csv(tmp_path / "m.csv", header, rows))).stdout
    gpt = next(line for line in table.splitlines() if line.startswith("GPT-4o"))
    assert gpt.rstrip().endswith("—") and "growth of the total" in table
    doc = json.loads(cli("usage", str(tmp_path / "m.csv"), "--format", "json").stdout)
    assert {w["name"]: w["growth_fitted"] for w in doc["workloads"]} == {"通义千问 Qwen-Plus": True, "GPT-4o": False}
    one = cli("usage", str(write_csv(tmp_path / "one.csv", header, rows[2:3] + [["2026-11-30", "qwen-plus", "1",
                                                                                   "1"]]))).stdout
    assert "growth not measured (one full month)" in one


def test_a_part_first_month_is_left_out_and_said(tmp_path):
    from datetime import date, timedelta

    rows, day = [], date(2026, 8, 15)
    while day <= date(2026, 11, 30):
        rows.append([day.isoformat(), "gpt-4o-mini", "10000000", "2000000"])
        day += timedelta(days=1)
    path = write_csv(tmp_path / "90days.csv", ["date", "model", "input_tokens", "output_tokens"], rows)
    done = cli("usage", str(path), "--months", "3")
    assert "(left out as part months: 2026-08 (the file starts after its first day))" in done.stdout
    assert "growth of the total 0.00% a month" in done.stdout
    doc = json.loads(cli("usage", str(path), "--format", "json").stdout)
    assert doc["partial_first_month"] == "2026-08" and doc["full_months"][0] == "2026-09"
    assert "per day" in doc["growth_method"]


def test_a_column_listed_twice_and_a_group_never_mapped_are_refused(tmp_path):
    """["input_tokens", "input_tokens"] doubled the input; --group group with no group column gave one "Usage"."""
    path = write_csv(tmp_path / "u.csv", ["date", "model", "input_tokens", "output_tokens"],
                     [["2026-10-01", "gpt-4o-mini", "1000000", "100000"]])
    mapping = tmp_path / "m.json"
    mapping.write_text(json.dumps({"date": "date", "model": "model", "input_tokens": ["input_tokens", "input_tokens"],
                                   "output_tokens": "output_tokens"}), encoding="utf-8")
    done = cli("usage", str(path), "--mapping", str(mapping))
    assert done.returncode == 2 and "input_tokens: column 'input_tokens' is listed twice" in done.stderr
    done = cli("usage", str(path), "--group", "group")
    assert done.returncode == 2 and "--group: the file has no group column mapped" in done.stderr

"""The command-line contract of DESIGN.md, run as a user runs it (a subprocess on the bundled catalog)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def cli(*args: str, check: bool = True) -> subprocess.CompletedProcess:
    result = subprocess.run([sys.executable, "-m", "core.cli", *args], capture_output=True, text=True, cwd=ROOT,
                            encoding="utf-8")
    if check and result.returncode != 0:
        raise AssertionError(f"exit {result.returncode}: {result.stderr}")
    return result


def compare_json(*args: str) -> dict:
    return json.loads(cli("compare", *args, "--format", "json").stdout)


WAR = "deepseek/deepseek-v2,bytedance/doubao-pro-32k,alibaba/qwen-long,zhipu/glm-3-turbo,openai/gpt-4o"


def test_price_war_as_wei_sees_it():
    """10B input tokens a month, CNY at 7.2: before and after the May 2024 cuts."""
    common = ["--input", "10B", "--output", "0", "--currency", "CNY", "--fx", "USD/CNY=7.2", "--models", WAR]
    may = {r["model"]: r for r in compare_json(*common, "--as-of", "2024-05-01")["rows"]}
    june = {r["model"]: r for r in compare_json(*common, "--as-of", "2024-06-01")["rows"]}
    assert may["alibaba/qwen-long"]["monthly_cost"] == "200000.00"      # ¥20 per 1M before 2024-05-21
    assert june["alibaba/qwen-long"]["monthly_cost"] == "5000.00"       # ¥0.5 after
    assert may["zhipu/glm-3-turbo"]["monthly_cost"] == "50000.00"       # ¥5 before 2024-05-13
    assert june["zhipu/glm-3-turbo"]["monthly_cost"] == "10000.00"      # ¥1 after
    assert june["deepseek/deepseek-v2"]["monthly_cost"] == "10000.00"
    assert june["bytedance/doubao-pro-32k"]["monthly_cost"] == "8000.00"
    assert june["openai/gpt-4o"]["monthly_cost"] == "360000.00"         # $5 × 10,000 × 7.2
    assert "bytedance/doubao-pro-32k" not in may                        # launched 2024-05-15
    assert june["alibaba/qwen-long"]["rank"] == 1 and june["bytedance/doubao-pro-32k"]["rank"] == 2


def test_json_contract_fields_and_money_as_strings():
    doc = compare_json("--input", "300M", "--output", "60M", "--as-of", "2026-11-01")
    assert {"as_of", "currency", "fx", "workload", "rows"} <= set(doc)
    row = doc["rows"][0]
    for key in ("model", "vendor", "name", "price_currency", "input_price_per_1m", "output_price_per_1m",
                "input_cost", "output_cost", "monthly_cost_native", "monthly_cost", "annual_cost", "rank"):
        assert key in row
    for r in doc["rows"]:
        for key in ("input_cost", "output_cost", "monthly_cost_native", "monthly_cost", "annual_cost"):
            assert isinstance(r[key], str) and Decimal(r[key]) == Decimal(r[key]).quantize(Decimal("0.01"))
        assert Decimal(r["monthly_cost_native"]) == Decimal(r["input_cost"]) + Decimal(r["output_cost"])
        assert Decimal(r["annual_cost"]) == Decimal(r["monthly_cost"]) * 12
    ranked = [r for r in doc["rows"] if r["rank"] is not None]
    for r in ranked:   # competition ranking with no gaps: 1 + how many are strictly cheaper
        assert r["rank"] == 1 + sum(Decimal(o["monthly_cost"]) < Decimal(r["monthly_cost"]) for o in ranked)
    # Deprecated models retired by that day are left out; those still sold then (retired later) are listed.
    assert not any(r["retired"] for r in doc["rows"])
    assert "anthropic/claude-sonnet-4-5" in {r["model"] for r in doc["rows"] if r["deprecated"]}   # retires 11-30
    assert not any(r["free"] for r in doc["rows"])    # free models only with --include-free
    assert len(doc["rows"]) >= 50


def test_table_and_csv_formats():
    table = cli("compare", "--input", "1.2亿", "--output", "3000万", "--currency", "CNY").stdout
    assert "Monthly (CNY)" in table and "¥" in table
    csv_text = cli("compare", "--input", "300M", "--output", "60M", "--format", "csv").stdout
    header = csv_text.splitlines()[0].split(",")
    assert "monthly_cost" in header and "model" in header


@pytest.mark.parametrize("args,fragment", [
    (["compare", "--input", "12O M", "--output", "1M"], "input tokens"),
    (["compare", "--input", "-5", "--output", "1M"], "input tokens"),
    (["compare", "--input", "1M", "--output", "1M", "--cache-hit", "150%"], "cache-hit %"),
    (["compare", "--input", "1M", "--output", "1M", "--as-of", "2024-02-30"], "--as-of"),
    (["compare", "--input", "1M", "--output", "1M", "--currency", "EUR", "--fx", "EUR/USD=abc"], "--fx"),
    (["compare", "--input", "1M", "--output", "1M", "--currency", "XYZ"], "XYZ"),
    # a typo for CNY, with a rate: it was taken as a currency of its own
    (["compare", "--input", "1M", "--output", "1M", "--fx", "USD/CYN=7.2", "--currency", "CYN"], "ISO 4217"),
    (["compare", "--input", "1M", "--output", "1M", "--models", "nope/none"], "--models"),
    (["compare", "--output", "1M"], "--input"),
    (["compare", "--input", "1M", "--output", "1M", "--catalog", "/nonexistent/x.json"], "/nonexistent/x.json"),
    (["catalog", "show", "openai/nope"], "openai/nope"),
])
def test_bad_input_exits_2_with_one_line_naming_the_option(args, fragment):
    result = cli(*args, check=False)
    assert result.returncode == 2, result.stdout
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert fragment in lines[0]
    assert "Traceback" not in result.stderr


def test_bad_catalog_file_names_file_and_line(tmp_path):
    broken = tmp_path / "broken.json"
    broken.write_text('{"schema_version": 1, "vendor": {"id": "x",\n "name": ', encoding="utf-8")
    result = cli("compare", "--input", "1M", "--output", "1M", "--catalog", str(broken), check=False)
    assert result.returncode == 2
    assert f"{broken}:2" in result.stderr


def test_catalog_list_show_validate():
    listing = cli("catalog", "list").stdout
    assert "deepseek/" in listing and "openai/gpt-4o" in listing
    show = cli("catalog", "show", "alibaba/qwen-long").stdout
    assert "2024-05-21" in show and "20" in show
    result = cli("catalog", "validate", str(ROOT / "resources" / "catalog"))
    assert result.stdout.startswith("OK")


def test_validate_reports_schema_problems(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"schema_version": 1, "vendor": {"id": "x", "name": "X", "region": "US",
                                                               "currency": "USD", "pricing_url": "u"},
                               "models": [{"id": "x/m", "name": "M", "prices": [
                                   {"from": "2024-01-01", "input": -1, "output": 1, "source": "s",
                                    "checked": "2024-01-01", "note": ""}]}]}), encoding="utf-8")
    result = cli("catalog", "validate", str(bad), check=False)
    assert result.returncode == 2
    assert "input" in result.stderr and str(bad) in result.stderr


def test_version_names_catalog_date():
    out = cli("--version").stdout
    assert out.startswith("TokenQuote ") and "catalog 20" in out


def test_project_command_prices_a_saved_project_and_writes_its_workbook(tmp_path):
    from datetime import date

    from core.pricing.quote_terms import QuoteTerms
    from core.pricing.workload import make_workload
    from core.project.file import save_project
    from core.project.model import Project

    project = Project(workloads=(make_workload("bot", input_tokens="1.2亿", output_tokens="3000万", cache_hit=40),
                                 make_workload("batch", input_tokens="500M", output_tokens="20M", batch=100)),
                      selected=("deepseek/deepseek-v4-pro", "openai/gpt-4o"), currency="CNY",
                      as_of=date(2026, 11, 1), terms=QuoteTerms(client="Lin", tax_pct=Decimal(6)))
    path = tmp_path / "lin.tokenquote"
    save_project(path, project)
    book = tmp_path / "lin.xlsx"
    doc = json.loads(cli("project", str(path), "--format", "json", "--xlsx", str(book), "--lang", "zh").stdout)
    assert [r["model"] for r in doc["rows"]] and {r["model"] for r in doc["rows"]} == set(project.selected)
    assert doc["currency"] == "CNY" and len(doc["workloads"]) == 2
    assert book.exists() and book.stat().st_size > 5000
    broken = tmp_path / "cut.tokenquote"
    broken.write_text(path.read_text(encoding="utf-8")[:200], encoding="utf-8")
    result = cli("project", str(broken), check=False)
    assert result.returncode == 2 and str(broken) in result.stderr and "cut off" in result.stderr


def test_the_table_numbers_each_rows_notes_and_says_what_was_priced():
    """Lin's coding assistant (60K-token prompts): Doubao Seed 1.6 Flash's catalog price is its <32K tier only,
    so it is priced as a floor, unranked, and the table says why under it — as JSON's ``notes`` and the app do."""
    args = ["compare", "--input", "80M", "--output", "40M", "--prompt-tokens", "60K", "--cache-hit", "40",
            "--currency", "CNY", "--fx", "USD/CNY=7.10", "--as-of", "2026-11-01"]
    lines = cli(*args).stdout.splitlines()
    header = lines[0].split()
    assert header[-1] == "Notes"
    notes = {int(n.split(".", 1)[0]): n.split(". ", 1)[1] for n in
             (line.strip() for line in lines[lines.index("Notes:") + 1:])}
    understated = next(k for k, text in notes.items() if text.startswith("no price known for prompts this long"))
    flash = next(line for line in lines if " bytedance/doubao-seed-1.6-flash " in line)
    assert flash.split()[0] == "-" and str(understated) in flash.split()[-1].split(",")
    assert "80,000,000 in / 40,000,000 out, 40% cache hits, 60,000-token prompts." in lines[lines.index("Notes:") - 1]
    row = next(r for r in compare_json(*args[1:])["rows"] if r["model"] == "bytedance/doubao-seed-1.6-flash")
    assert row["understated"] is True and row["rank"] is None and row["fits_context"] is True
    assert row["monthly_cost"] == "72.00"           # 80 × 0.15 + 40 × 1.50 at the <32K price: a floor
    short = cli("compare", "--input", "80M", "--output", "40M", "--prompt-tokens", "20K").stdout
    assert "no price known" not in short       # within the price it has: ranked like any other
    assert next(line for line in short.splitlines() if " bytedance/doubao-seed-1.6-flash " in line).split()[0] != "-"
    plain = cli("compare", "--input", "300M", "--output", "60M").stdout.splitlines()
    assert plain[0].split()[-1] == "cheapest" and "Notes:" not in plain   # no note, no Notes column


def test_qwen_long_output_before_the_cut_is_not_known_so_it_is_never_a_figure():
    """Wei's question — did output prices fall as far? The sources give Qwen-Long's input price before the
    2024-05-21 cut (¥20) but not its output price: the catalog's stand-in (the later ¥2) is not a fact."""
    common = ["--input", "10B", "--currency", "CNY", "--fx", "USD/CNY=7.2", "--models", "alibaba/qwen-long"]
    input_only = compare_json(*common, "--output", "0", "--as-of", "2024-05-10")["rows"][0]
    assert input_only["monthly_cost"] == "200000.00" and input_only["rank"] == 1 and not input_only["understated"]
    with_output = compare_json(*common, "--output", "10B", "--as-of", "2024-05-10")["rows"][0]
    assert with_output["understated"] and with_output["rank"] is None
    assert with_output["notes"] == ["output price not known on this date: a later price stands in, so output is "
                                    "likely understated"]
    changes = json.loads(cli("compare", *common, "--output", "10B", "--as-of", "2024-06-01", "--before",
                             "2024-05-01", "--format", "json").stdout)
    row = next(r for r in changes["rows"] if r["model"] == "alibaba/qwen-long")
    assert row["before"] == {"input_price_per_1m": "20", "output_price_per_1m": None, "monthly_cost": None}
    assert row["input_change_pct"] == "-97.5" and row["output_change_pct"] is None and row["change"] is None


def test_a_chinese_export_names_its_unnamed_workload_and_plan_in_chinese(tmp_path):
    """``export --lang zh`` with ``--input``/``--output`` and ``--cheapest`` wrote "Workload" and "Plan" among the
    Chinese quote's words; a name the user gives stays as given, and English exports keep the English names."""
    import openpyxl

    def names(book):
        found = set()
        for sheet in openpyxl.load_workbook(book):
            for row in sheet.iter_rows(values_only=True):
                found.update(v for v in row if isinstance(v, str))
        return found

    common = ("export", "--input", "300M", "--output", "60M", "--models", "openai/gpt-4o-mini,deepseek/deepseek-v3.2",
              "--cheapest", "--as-of", "2026-11-01", "--currency", "CNY")
    cli(*common, "--lang", "zh", "--xlsx", str(tmp_path / "zh.xlsx"))
    zh = names(tmp_path / "zh.xlsx")
    assert "Workload" not in zh and "Plan" not in zh and {"工作负载", "组合方案"} <= zh
    cli(*common, "--xlsx", str(tmp_path / "en.xlsx"))
    assert {"Workload", "Plan"} <= names(tmp_path / "en.xlsx")
    cli(*common, "--lang", "zh", "--plan-name", "Plan", "--xlsx", str(tmp_path / "named.xlsx"))
    assert "Plan" in names(tmp_path / "named.xlsx")


def test_an_export_whose_pdf_cannot_be_written_writes_no_workbook_either(tmp_path):
    """The PDF's folder was found missing only after the workbook was written: an earlier workbook was replaced
    under an exit status of 2, and a script took it that nothing had happened."""
    book = tmp_path / "q.xlsx"
    book.write_bytes(b"the earlier quote")
    done = cli("export", "--input", "1M", "--output", "1M", "--models", "openai/gpt-4o", "--xlsx", str(book),
               "--pdf", str(tmp_path / "nowhere" / "q.pdf"), check=False)
    assert done.returncode == 2 and "nowhere" in done.stderr and "folder does not exist" in done.stderr
    assert book.read_bytes() == b"the earlier quote" and not list(tmp_path.glob(".*.tmp"))
    done = cli("export", "--input", "1M", "--output", "1M", "--models", "openai/gpt-4o", "--pdf", str(tmp_path / "q.pdf"),
               "--xlsx", str(tmp_path / "missing" / "q.xlsx"), check=False)
    assert done.returncode == 2 and not (tmp_path / "q.pdf").exists()


@pytest.mark.parametrize("twice", [("--input", "2M"), ("--currency", "CNY"), ("--as-of", "2026-01-01"),
                                   ("--models", "deepseek/deepseek-v4-pro")])
def test_an_option_given_twice_is_refused_not_the_last_one_taken(twice):
    """DESIGN: two values for one thing are a conflict, refused; --input 1M … --input 2M priced 2M without a word."""
    done = cli("compare", "--input", "1M", "--output", "1M", "--currency", "USD", "--as-of", "2026-11-01",
               "--models", "openai/gpt-4o", *twice, check=False)
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.strip().splitlines() == [f"tokenquote-cli: {twice[0]}: given twice " +
                                                done.stderr.split("given twice ", 1)[1].strip()]
    assert repr(twice[1]) in done.stderr


def test_repeatable_options_still_repeat():
    done = cli("compare", "--input", "1M", "--output", "1M", "--fx", "USD/CNY=7.1", "--fx", "EUR/USD=1.1",
               "--models", "openai/gpt-4o", "--currency", "EUR")
    assert done.returncode == 0 and "openai/gpt-4o" in done.stdout


@pytest.mark.parametrize("content, said", [
    (b"", "is empty"),
    (b'[{"name": "a", "input_tokens": 1000, "output_tokens": 10, "input_tokens": 5}]',
     "'input_tokens' is given twice in one object"),
    (b'[{"name": "a",', "line 1, column 15: not valid JSON"),
    ('[{"name": "客服"}]'.encode("gbk"), "is not UTF-8 text"),
])
def test_a_workloads_file_says_what_is_wrong_with_it(tmp_path, content, said):
    """Empty, cut short, GBK and duplicate keys all read "expected a JSON list of workloads"; a duplicate key
    was taken as its last value (5 tokens, not 1,000)."""
    path = tmp_path / "w.json"
    path.write_bytes(content)
    done = cli("plan", "--workloads", str(path), "--cheapest", check=False)
    assert done.returncode == 2 and f"--workloads: {path}: {said}" in done.stderr, done.stderr


def test_the_unnamed_workload_is_assigned_as_workload_in_either_language(tmp_path):
    for lang in ("en", "zh"):
        done = cli("export", "--input", "300M", "--output", "60M", "--models", "openai/gpt-4o-mini",
                   "--assign", "Workload=deepseek/deepseek-v4-pro", "--as-of", "2026-11-15", "--lang", lang,
                   "--xlsx", str(tmp_path / f"{lang}.xlsx"), check=False)
        assert done.returncode == 0, done.stderr


@pytest.mark.parametrize("args", [("catalog", "import", "--from", "csv", "x.csv", "--out", ""),
                                  ("compare", "--input", "1M", "--output", "1M", "--catalog", "")])
def test_an_empty_path_is_refused(tmp_path, args):
    """Path("") is the current folder: --out "" wrote the import there."""
    done = subprocess.run([sys.executable, "-m", "core.cli", *args], cwd=tmp_path, capture_output=True, text=True,
                          env=dict(os.environ, PYTHONPATH=str(ROOT)))
    assert done.returncode == 2 and "is empty" in done.stderr and not list(tmp_path.iterdir())


def test_an_unknown_region_is_refused_as_an_unknown_currency_is():
    done = cli("plan", "--workload", "a:1M:1M", "--cheapest", "--regions", "XX", check=False)
    assert done.returncode == 2 and "--regions: 'XX' is not one of US, EU, CN" in done.stderr and not done.stdout


@pytest.mark.parametrize("option, value, said", [
    ("--markup", "", "--markup: '' is not a percentage"),
    ("--markup", "1e30", "--markup: 1e30% is outside 0–1000%"),
    ("--growth", "１０％", None),
    ("--markup", "１０％", None),
])
def test_percentages_are_typed_alike(tmp_path, option, value, said):
    """An empty --markup was 0 where an empty --discount is refused; --growth 10％ was refused where --discount
    10％ is read; a markup out of range named "markup %" and echoed 1E+30."""
    done = cli("export", "--input", "1M", "--output", "1M", "--models", "openai/gpt-4o", "--xlsx",
               str(tmp_path / "q.xlsx"), f"{option}={value}", check=False)
    if said is None:
        assert done.returncode == 0, done.stderr
    else:
        assert done.returncode == 2 and said in done.stderr and not (tmp_path / "q.xlsx").exists()


def test_models_and_vendors_that_exclude_each_other_are_named(tmp_path):
    done = cli("compare", "--input", "1M", "--output", "1M", "--models", "deepseek/deepseek-v4-pro", "--vendors",
               "openai", check=False)
    assert done.returncode == 2 and done.stderr.startswith("tokenquote-cli: --models/--vendors: no model given")


def test_a_logo_without_a_pdf_is_refused_not_dropped(tmp_path):
    logo = tmp_path / "logo.png"
    logo.write_bytes(b"\x89PNG\r\n\x1a\n")
    done = cli("export", "--input", "1M", "--output", "1M", "--models", "openai/gpt-4o", "--xlsx",
               str(tmp_path / "q.xlsx"), "--logo", str(logo), check=False)
    assert done.returncode == 2 and "--logo: the logo goes on the PDF quote" in done.stderr
    assert not (tmp_path / "q.xlsx").exists()


def test_usage_refuses_conflicting_rates_before_reading_the_file(tmp_path):
    path = tmp_path / "u.csv"
    path.write_text("date,model,input_tokens,output_tokens\n01/02/2026,gpt-4o-mini,1,1\n", encoding="utf-8")
    done = cli("usage", str(path), "--fx", "USD/CNY=7", "--fx", "USD/CNY=8", check=False)
    assert done.returncode == 2 and done.stderr.count("\n") == 1 and "--fx" in done.stderr

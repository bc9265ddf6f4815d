"""Hostile but realistic input, as issue #18 found it: every case ends in a figure that is right or in one clear line
on stderr with exit status 2 — never a traceback, never a hang, never a wrong number without a word."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from decimal import Decimal
from pathlib import Path

import pytest

from core.cli.main import main

ROOT = Path(__file__).resolve().parents[2]
BIG = "9" * 5000


def run(capsys, *args) -> tuple[int, str, str]:
    try:
        code = main(list(args))
    except SystemExit as exit_:   # argparse's usage errors (one line, status 2)
        code = exit_.code
    out, err = capsys.readouterr()
    return code, out, err


def refused(capsys, *args) -> str:
    """The run exits 2 with exactly one line on stderr (no traceback), which is returned."""
    code, _, err = run(capsys, *args)
    assert code == 2, err
    assert "Traceback" not in err and err.count("\n") == 1, err
    return err


def compare_json(capsys, *args) -> dict:
    code, out, err = run(capsys, "compare", *args, "--format", "json")
    assert code == 0, err
    return json.loads(out)


# ----------------------------------------------------------------------------------------- typed numbers

@pytest.mark.parametrize("option, value", [
    ("--input", "1,5M"), ("--input", "2,5B"), ("--input", "1,2亿"), ("--output", "1,5"),
    ("--cache-hit", "2,5"), ("--input", "1,23,456"), ("--input", "1.2.3M"),
])
def test_a_comma_that_is_not_thousands_grouping_is_refused(capsys, option, value):
    args = {"--input": "1M", "--output": "1M", option: value}
    err = refused(capsys, "compare", *[x for kv in args.items() for x in kv], "--models", "openai/gpt-4o")
    assert value in err


def test_discount_and_tax_with_decimal_commas_are_refused_not_multiplied_by_ten(capsys, tmp_path):
    err = refused(capsys, "export", "--input", "1M", "--output", "1M", "--models", "openai/gpt-4o",
                  "--discount", "2,5", "--tax", "1,5", "--xlsx", str(tmp_path / "q.xlsx"))
    assert "--discount" in err and "'2,5'" in err
    assert not (tmp_path / "q.xlsx").exists()


@pytest.mark.parametrize("typed, tokens", [("1,234,567", 1_234_567), ("3,000万", 30_000_000),
                                           ("1,234.5K", 1_234_500), ("1.5M", 1_500_000)])
def test_real_thousands_grouping_still_reads(capsys, typed, tokens):
    doc = compare_json(capsys, "--input", typed, "--output", "0", "--models", "openai/gpt-4o")
    assert doc["workload"]["input_tokens"] == tokens


@pytest.mark.parametrize("option", ["--input", "--prompt-tokens", "--fx"])
@pytest.mark.parametrize("value", ["1e1000000", "1e-999999999"])
def test_absurd_exponents_are_refused_before_any_arithmetic(capsys, option, value):
    args = {"--input": "1M", "--output": "1M"}
    if option == "--fx":
        args["--fx"] = f"USD/CNY={value}"
    else:
        args[option] = value
    err = refused(capsys, "compare", *[x for kv in args.items() for x in kv], "--models", "openai/gpt-4o")
    assert option in err or "input tokens" in err or "prompt tokens" in err


def test_a_half_cent_through_an_inverse_rate_rounds_half_up(capsys):
    """¥2.64 at USD/CNY 7.04 is exactly $0.375: $0.38, not the $0.37 of × 0.142045…"""
    doc = compare_json(capsys, "--input", "1320000", "--output", "0", "--models", "zhipu/glm-4.7",
                       "--fx", "USD/CNY=7.04", "--as-of", "2026-11-15")
    row = doc["rows"][0]
    assert Decimal(row["monthly_cost_native"]) / Decimal("7.04") == Decimal("0.375")
    assert row["monthly_cost"] == "0.38"


@pytest.mark.parametrize("rates", [["USD/CNY=7", "USD/CNY=8"], ["CNY/USD=0.5", "USD/CNY=7"],
                                   ["USD/CNY=7.1", "usd/cny=7.1"]])
def test_two_rates_for_one_pair_are_a_conflict(capsys, rates):
    fx = [x for r in rates for x in ("--fx", r)]
    err = refused(capsys, "compare", "--input", "1M", "--output", "1M", "--models", "openai/gpt-4o", *fx)
    assert "conflicts" in err


# ------------------------------------------------------------------------------------------------ dates

@pytest.mark.parametrize("day", ["2024-02-30", "9999-12-31", "1999-12-31", "2024-5-1", "20240501"])
def test_dates_are_taken_whole_or_refused(capsys, tmp_path, day):
    err = refused(capsys, "export", "--input", "1M", "--output", "1M", "--models", "openai/gpt-4o",
                  "--issue-date", day, "--xlsx", str(tmp_path / "q.xlsx"))
    assert "--issue-date" in err


def test_catalog_list_on_a_date_before_every_price_says_so(capsys):
    code, out, err = run(capsys, "catalog", "list", "--as-of", "2020-01-01")
    assert code == 0 and "0 models in force on 2020-01-01" in out and not err


# --------------------------------------------------------------------------------------- projections

def test_growth_that_no_spreadsheet_can_hold_is_refused(capsys, tmp_path):
    err = refused(capsys, "export", "--input", "300M", "--output", "60M", "--models", "openai/gpt-4o",
                  "--months", "120", "--growth", "60", "--xlsx", str(tmp_path / "q.xlsx"))
    assert "growth" in err and "10^15" in err


def _project(tmp_path: Path, **changes) -> Path:
    doc = {"format": "tokenquote-project", "schema_version": 1,
           "workloads": [{"name": "Support", "input_tokens": 300_000_000, "output_tokens": 60_000_000}],
           "selected_models": ["openai/gpt-4o"], "display_currency": "USD", "as_of": "2026-11-15",
           "projection": {"months": 12, "growth_pct": "0", "decline_pct": "0"}}
    doc.update(changes)
    path = tmp_path / "p.tokenquote"
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


@pytest.mark.parametrize("projection", [{"months": 12, "growth_pct": "-500", "decline_pct": "0"},
                                        {"months": 12, "growth_pct": "0", "decline_pct": "150"},
                                        {"months": 0, "growth_pct": "0", "decline_pct": "0"}])
def test_a_project_file_cannot_smuggle_values_the_cli_refuses(capsys, tmp_path, projection):
    path = _project(tmp_path, projection=projection)
    err = refused(capsys, "project", str(path), "--xlsx", str(tmp_path / "q.xlsx"))
    assert "projection" in err
    assert not (tmp_path / "q.xlsx").exists()


# ------------------------------------------------------------------------------------------ JSON files

@pytest.mark.parametrize("body", [
    '{"format":"tokenquote-project","schema_version":1,"workloads":[{"name":"a","input_tokens":%s}]}' % BIG,
    '{"format":"tokenquote-project","schema_version":1,"x":' + "[" * 1000 + "]" * 1000 + ',"workloads":[]}',
    '{"format":"tokenquote-project","schema_version":1,"workloads":[{"name":"\\ud800","input_tokens":1}]}',
    # a bell, and a right-to-left override that would print a client's name backwards
    '{"format":"tokenquote-project","schema_version":1,"workloads":[{"name":"bot\\u0007","input_tokens":1}]}',
    '{"format":"tokenquote-project","schema_version":1,"workloads":[{"name":"a","input_tokens":1}],'
    '"terms":{"client":"Acme\\u202eevil"}}',
    '{"format":"tokenquote-project","schema_version":1,"workloads":[{"name":"a","input_tokens":1}],'
    '"as_of":"9999-12-31"}',
])
def test_hostile_project_files_are_refused_by_name(capsys, tmp_path, body):
    path = tmp_path / "hostile.tokenquote"
    path.write_text(body, encoding="utf-8")
    assert str(path) in refused(capsys, "project", str(path))


@pytest.mark.parametrize("body", [
    '{"schema_version":1,"x":' + "[" * 1000 + "]" * 1000 + "}",
    '{"schema_version":1,"vendor":{"id":"x","name":"X","region":"US","currency":"USD","pricing_url":"https://x"},'
    '"models":[{"id":"x/m","name":"M","context_window":%s,"prices":[]}]}' % BIG,
])
def test_hostile_catalog_layers_are_refused_by_name(capsys, tmp_path, body):
    (tmp_path / "layer").mkdir()
    (tmp_path / "layer" / "x.json").write_text(body, encoding="utf-8")
    assert "x.json" in refused(capsys, "compare", "--input", "1M", "--output", "1M", "--catalog",
                               str(tmp_path / "layer"))


@pytest.mark.parametrize("value", ["Infinity", "NaN", BIG, "-5"])
def test_litellm_entries_with_impossible_context_windows_do_not_break_the_import(capsys, tmp_path, value):
    path = tmp_path / "map.json"
    path.write_text('{"gpt-x": {"litellm_provider": "openai", "mode": "chat", "input_cost_per_token": 1e-6, '
                    '"output_cost_per_token": 2e-6, "max_input_tokens": %s}}' % value, encoding="utf-8")
    code, out, err = run(capsys, "catalog", "import", "--from", "litellm", str(path), "--out", str(tmp_path / "o"))
    assert "Traceback" not in err
    assert code == 0 or (code == 2 and err.count("\n") == 1)


def test_a_layer_cannot_relabel_a_models_currency(capsys, tmp_path):
    layer = tmp_path / "layer"
    layer.mkdir()
    (layer / "openai.json").write_text(json.dumps({
        "schema_version": 1,
        "vendor": {"id": "openai", "name": "OpenAI", "name_zh": "OpenAI", "region": "US", "currency": "CNY",
                   "pricing_url": "https://openai.com/api/pricing"},
        "models": [{"id": "openai/gpt-4o", "name": "GPT-4o", "context_window": 128000, "prices": [
            {"from": "2026-12-01", "input": "2.5", "output": "10", "source": "https://x.example",
             "checked": "2026-12-01", "note": "x"}]}]}), encoding="utf-8")
    assert "currency" in refused(capsys, "compare", "--input", "1M", "--output", "1M", "--catalog", str(layer))
    assert "currency" in refused(capsys, "catalog", "validate", str(layer))


# ------------------------------------------------------------------------------------- chosen models

def test_a_named_model_without_a_price_that_day_is_said_not_dropped(capsys):
    code, out, err = run(capsys, "compare", "--input", "10B", "--output", "0", "--as-of", "2024-05-01",
                         "--models", "alibaba/qwen-long,openai/gpt-4o-mini", "--format", "json")
    assert code == 0
    assert "openai/gpt-4o-mini" in err and "priced from 2024-07-18" in err
    doc = json.loads(out)
    assert [u["model"] for u in doc["unpriced"]] == ["openai/gpt-4o-mini"]
    assert [r["model"] for r in doc["rows"]] == ["alibaba/qwen-long"]


# --------------------------------------------------------------------------------------------- writes

@pytest.mark.parametrize("make", ["symlink", "device", "folder", "suffix"])
def test_an_output_that_is_not_a_regular_xlsx_file_is_refused_and_left_alone(capsys, tmp_path, make):
    target = tmp_path / "q.xlsx"
    if make == "symlink":
        victim = tmp_path / "victim.txt"
        victim.write_text("keep me")
        target.symlink_to(victim)
    elif make == "device":
        target = Path("/dev/null")
    elif make == "folder":
        target.mkdir()
    else:
        target = tmp_path / "q.csv"
    refused(capsys, "export", "--input", "1M", "--output", "1M", "--models", "openai/gpt-4o", "--xlsx", str(target))
    if make == "symlink":
        assert target.is_symlink() and (tmp_path / "victim.txt").read_text() == "keep me"


def test_a_file_name_too_long_for_the_disk_is_said(capsys, tmp_path):
    err = refused(capsys, "export", "--input", "1M", "--output", "1M", "--models", "openai/gpt-4o",
                  "--xlsx", str(tmp_path / ("b" * 300 + ".xlsx")))
    assert "too long" in err


def test_temporary_files_a_killed_write_left_are_swept_by_the_next_write(capsys, tmp_path):
    target = tmp_path / "q.xlsx"
    stale = tmp_path / ".q.xlsx.abcdef.tmp"
    stale.write_bytes(b"half a workbook")
    old = time.time() - 3600
    os.utime(stale, (old, old))
    fresh = tmp_path / ".q.xlsx.ghijkl.tmp"   # another write still running: left alone
    fresh.write_bytes(b"in progress")
    code, _, err = run(capsys, "export", "--input", "1M", "--output", "1M", "--models", "openai/gpt-4o",
                       "--xlsx", str(target))
    assert code == 0, err
    assert target.exists() and not stale.exists() and fresh.exists()


def test_a_fifo_is_not_read(tmp_path):
    fifo = tmp_path / "p.tokenquote"
    os.mkfifo(fifo)
    done = subprocess.run([sys.executable, "-m", "core.cli", "project", str(fifo)], capture_output=True, text=True,
                          cwd=ROOT, timeout=30)
    assert done.returncode == 2 and "not a regular file" in done.stderr


def test_an_import_that_fails_half_way_leaves_no_half_layer(capsys, tmp_path, monkeypatch):
    """Disk full on the third vendor file: the output folder does not appear at all."""
    import core.importers.output as output

    real = output.atomic_write_bytes
    calls = []

    def full_disk(path, data):
        calls.append(path)
        if len(calls) == 3:
            import errno
            raise output.WriteError(str(path), "write_failed", reason=output.describe_os_error(
                OSError(errno.ENOSPC, "No space left on device")))
        real(path, data)

    monkeypatch.setattr(output, "atomic_write_bytes", full_disk)
    out = tmp_path / "layer"
    code, _, err = run(capsys, "catalog", "import", "--from", "litellm",
                       str(ROOT / "tests" / "fixtures" / "litellm_sample_2025-08_trimmed.json"),   # 9 vendor files
                       "--out", str(out), "--effective", "2026-01-01")
    assert code == 2 and "disk is full" in err
    assert not out.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".layer")]   # no staging folder left


def test_a_price_too_small_to_be_one_is_refused_not_written_out_in_full(capsys, tmp_path):
    csv = tmp_path / "tiny.csv"
    csv.write_text("vendor_id,vendor_name,region,currency,model_id,model_name,context_window,input_per_1m,"
                   "output_per_1m,source_url,checked\n"
                   "acme,Acme,US,USD,acme/m,M,1000,1e-999999999,1,https://x.example,2026-01-01\n", encoding="utf-8")
    code, out, _ = run(capsys, "catalog", "import", "--from", "csv", str(csv), "--out", str(tmp_path / "o"))
    assert "invalid price" in out
    assert sum(p.stat().st_size for p in tmp_path.rglob("*") if p.is_file()) < 10_000


def test_a_read_only_workbook_or_project_is_not_replaced(capsys, tmp_path):
    """The move into place needs only the folder's permission (and root passes every check): a file its owner
    made read-only was replaced with 'wrote …' and exit 0. Now it is refused, named, and left as it was."""
    from core.atomic import atomic_write_text
    from core.errors import WriteError

    book = tmp_path / "q.xlsx"
    book.write_bytes(b"kept")
    book.chmod(0o444)
    err = refused(capsys, "export", "--input", "1M", "--output", "1M", "--xlsx", str(book))
    assert str(book) in err and "read-only" in err
    assert book.read_bytes() == b"kept"
    project = tmp_path / "p.tokenquote"
    project.write_text("{}", encoding="utf-8")
    project.chmod(0o444)
    with pytest.raises(WriteError) as caught:
        atomic_write_text(project, "new")
    assert caught.value.code == "write_read_only" and project.read_text(encoding="utf-8") == "{}"
    project.chmod(0o644)
    atomic_write_text(project, "new")               # writable again: written, its mode kept
    assert project.read_text(encoding="utf-8") == "new" and project.stat().st_mode & 0o777 == 0o644


def test_a_price_table_given_as_a_catalog_layer_says_to_import_it(capsys, tmp_path):
    """A CSV given to --catalog was called "not UTF-8 text (save it as UTF-8)", then, saved so, "not valid JSON"."""
    table = tmp_path / "prices.csv"
    table.write_bytes("model,input\n豆包,0.8\n".encode("gbk"))
    err = refused(capsys, "compare", "--input", "1M", "--output", "1M", "--catalog", str(table))
    assert str(table) in err and "price table" in err and "catalog import" in err


def test_an_import_names_each_skipped_row_with_its_line_and_reason(capsys, tmp_path):
    """The CLI said only "skipped: 1 invalid price, 1 invalid date"; the app's report said which rows and why."""
    csv = tmp_path / "list.csv"
    rows = ["vendor_id,vendor_name,region,currency,model_id,model_name,input_per_1m,output_per_1m,source_url,"
            "effective_from"]
    rows += [f"acme,Acme,US,USD,acme/m{i},M{i},1,2,https://acme.example,2025-01-01" for i in range(24)]
    rows += ["acme,Acme,US,USD,acme/x,X,x,2,https://acme.example,2025-01-01",
             "acme,Acme,US,USD,acme/y,Y,1,2,https://acme.example,2025-02-30"]
    rows += [f"acme,Acme,US,USD,acme/z{i},Z,-1,2,https://acme.example,2025-01-01" for i in range(25)]
    csv.write_text("\n".join(rows) + "\n", encoding="utf-8")
    code, out, _ = run(capsys, "catalog", "import", "--from", "csv", str(csv), "--out", str(tmp_path / "o"))
    assert code == 0 and "24 added" in out
    assert "list.csv:26: row 26: skipped: invalid price (column input_per_1m: 'x' is not a number)" in out
    assert "list.csv:27:" in out and "'2025-02-30' is not a real date" in out
    assert out.count(": skipped: ") == 20 and "… and 7 more (--details lists every row)" in out
    code, out, _ = run(capsys, "catalog", "import", "--from", "csv", str(csv), "--out", str(tmp_path / "p"),
                       "--details")
    assert out.count(": skipped: ") == 27 and out.count(": added") + out.count(": updated") >= 24


def test_an_import_too_large_for_a_catalog_file_is_refused_before_it_is_written(capsys, tmp_path, monkeypatch):
    """166,000 rows were imported into a 68 MB file that --catalog and the app then refused (20 MB is the most a
    catalog file may have): the import says so itself, and writes nothing. (The limit is lowered for the test.)"""
    import core.importers.output as output

    monkeypatch.setattr(output, "MAX_FILE_BYTES", 20_000)
    csv = tmp_path / "many.csv"
    rows = ["vendor_id,vendor_name,region,currency,model_id,model_name,input_per_1m,output_per_1m,source_url"]
    rows += [f"newco,NewCo,US,USD,newco/m{i:04d},M{i},1,2,https://newco.example" for i in range(200)]
    csv.write_text("\n".join(rows) + "\n", encoding="utf-8")
    err = refused(capsys, "catalog", "import", "--from", "csv", str(csv), "--out", str(tmp_path / "out"))
    assert "newco.json" in err and "200 models" in err and "import fewer models" in err
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_a_project_of_more_workloads_than_a_quote_can_hold_is_refused_at_once(capsys, tmp_path):
    """200,000 workloads (30 MB) kept the app frozen for a minute before its export was refused anyway."""
    from core.pricing.workload import MAX_WORKLOADS

    path = tmp_path / "many.tokenquote"
    workloads = [{"name": f"w{i}", "input_tokens": 1} for i in range(MAX_WORKLOADS + 1)]
    path.write_text(json.dumps({"format": "tokenquote-project", "schema_version": 1, "workloads": workloads}),
                    encoding="utf-8")
    started = time.perf_counter()
    err = refused(capsys, "project", str(path), "--xlsx", str(tmp_path / "q.xlsx"))
    assert str(path) in err and "1,001 workloads" in err and "at most 1,000" in err
    assert time.perf_counter() - started < 5

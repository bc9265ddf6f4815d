"""Hostile but realistic paths and files given to the command line (issue #18, second sweep): every one ends in a
right figure or in one clear line on stderr with exit status 2 — never a traceback."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from test_hostile_cli import refused, run

ROOT = Path(__file__).resolve().parents[2]


def _price_list(tmp_path: Path) -> Path:
    csv = tmp_path / "prices.csv"
    csv.write_text(
        "vendor_id,vendor_name,region,currency,model_id,model_name,context_window,input_per_1m,"
        "output_per_1m,source_url,checked\n"
        "acme,Acme,US,USD,acme/m,M,1000,1.25,2.5,https://acme.example,2026-01-01\n",
        encoding="utf-8",
    )
    return csv


@pytest.mark.parametrize(
    "where",
    [
        "--catalog file",
        "--catalog folder",
        "validate",
        "catalog list",
        "import --out",
        "import --out json",
        "usage --mapping",
    ],
)
def test_a_name_too_long_for_the_disk_is_said_wherever_a_path_is_given(capsys, tmp_path, where):
    """Path.exists() and is_dir() raise OSError for a 300-character name: every check of a given path says it."""
    long = str(tmp_path / ("L" * 300))
    csv = _price_list(tmp_path)
    args = {
        "--catalog file": ["compare", "--input", "1M", "--output", "1M", "--catalog", long + ".json"],
        "--catalog folder": ["compare", "--input", "1M", "--output", "1M", "--catalog", long],
        "validate": ["catalog", "validate", long + ".json"],
        "catalog list": ["catalog", "list", "--catalog", long],
        "import --out": ["catalog", "import", "--from", "csv", str(csv), "--out", long],
        "import --out json": ["catalog", "import", "--from", "csv", str(csv), "--out", long + ".json"],
        "usage --mapping": ["usage", str(csv), "--mapping", long + ".json"],
    }[where]
    err = refused(capsys, *args)
    assert "too long" in err and "L" * 40 in err


def test_a_loop_of_links_given_as_a_layer_is_said(capsys, tmp_path):
    (tmp_path / "a.json").symlink_to(tmp_path / "b.json")
    (tmp_path / "b.json").symlink_to(tmp_path / "a.json")
    err = refused(capsys, "compare", "--input", "1M", "--output", "1M", "--catalog", str(tmp_path / "a.json"))
    assert "loop of links" in err


def test_a_pipe_given_as_a_layer_is_called_a_pipe(capsys, tmp_path):
    os.mkfifo(tmp_path / "layer.json")
    err = refused(capsys, "compare", "--input", "1M", "--output", "1M", "--catalog", str(tmp_path / "layer.json"))
    assert "pipe" in err


# ------------------------------------------------------------------------------------------- options


@pytest.mark.parametrize(
    "args, field",
    [
        (["--valid-days", "3651"], "validity (days)"),
        (["--client", "C" * 301], "client"),
        (["--growth", "60", "--months", "120"], "growth %"),
        (["--markup", "1001"], "--markup"),
        (["--markup", "-1"], "--markup"),
    ],
)
def test_a_bad_quote_term_is_said_with_its_value_as_typed(capsys, tmp_path, args, field):
    """Decimal('1001') was printed as Python writes it: a parameter is shown as text."""
    err = refused(
        capsys,
        "export",
        "--input",
        "300M",
        "--output",
        "60M",
        "--models",
        "openai/gpt-4o",
        *args,
        "--xlsx",
        str(tmp_path / "q.xlsx"),
    )
    assert err.startswith(f"tokenquote-cli: {field}: ") and "Decimal(" not in err
    assert not (tmp_path / "q.xlsx").exists()


def test_a_markup_above_100_is_taken_as_the_app_and_a_project_file_take_it(capsys, tmp_path):
    """QuoteTerms holds a markup up to 1000 %; the CLI alone refused 150 %."""
    import openpyxl

    code, _, err = run(
        capsys,
        "export",
        "--input",
        "1M",
        "--output",
        "1M",
        "--models",
        "openai/gpt-4o",
        "--markup",
        "150",
        "--xlsx",
        str(tmp_path / "q.xlsx"),
    )
    assert code == 0, err
    book = openpyxl.load_workbook(tmp_path / "q.xlsx")
    sheet, cell = next(iter(book.defined_names["MarkupRate"].destinations))
    assert book[sheet][cell.replace("$", "")].value == 1.5


@pytest.mark.parametrize("option", ["--valid-days", "--months"])
@pytest.mark.parametrize("typed", ["1_2", "12.5", "1 2"])
def test_whole_number_options_follow_the_one_rule_for_typed_numbers(capsys, tmp_path, option, typed):
    """int() read '1_2' as 12; a grouping separator groups thousands or the number is refused."""
    err = refused(
        capsys,
        "export",
        "--input",
        "1M",
        "--output",
        "1M",
        "--models",
        "openai/gpt-4o",
        option,
        typed,
        "--xlsx",
        str(tmp_path / "q.xlsx"),
    )
    assert option in err


def test_a_project_whose_currency_has_no_rate_names_the_file(capsys, tmp_path):
    import json

    path = tmp_path / "p.tokenquote"
    path.write_text(
        json.dumps(
            {
                "format": "tokenquote-project",
                "schema_version": 1,
                "display_currency": "CHF",
                "workloads": [{"name": "a", "input_tokens": 1, "output_tokens": 1}],
            }
        ),
        encoding="utf-8",
    )
    assert str(path) in refused(capsys, "project", str(path))


def test_an_unexpected_error_is_one_line_not_a_traceback(capsys, monkeypatch):
    import core.cli.main as cli_main

    monkeypatch.delenv("TOKENQUOTE_DEBUG", raising=False)
    monkeypatch.setitem(cli_main._COMMANDS, "compare", lambda args: 1 / 0)
    code, _, err = run(capsys, "compare", "--input", "1M", "--output", "1M")
    assert code == 1 and err.count("\n") == 1 and "ZeroDivisionError" in err and "Traceback" not in err


def test_usage_beyond_what_one_month_can_hold_is_said_per_month_not_a_refusal_of_the_file(capsys, tmp_path):
    """The alternatives price the whole file's tokens as one workload; 3.6·10^15 tokens failed the command with
    'input tokens: … must be a whole number 0–10^15', naming no month, model or file part."""
    usage = tmp_path / "usage.csv"
    usage.write_text(
        "date,model,input_tokens,output_tokens\n"
        + "".join(f"2026-10-{day:02d},gpt-4o,900000000000000,1\n" for day in range(1, 5)),
        encoding="utf-8",
    )
    code, out, err = run(capsys, "usage", str(usage), "--format", "json")
    assert code == 0, err
    assert "openai/gpt-4o 2026-10" in err and "the same usage on other models" in err
    assert "Traceback" not in err

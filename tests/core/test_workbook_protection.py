"""The exported workbook protects its formulas (every sheet, no password; the yellow inputs stay editable) and
prints on the locale's paper (Letter for US/Canada/Mexico/Philippines, else A4)."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from core.errors import InputError
from core.pricing.workload import make_workload
from core.project.model import Project
from core.workbook.paper import paper_for_territory, paper_from_environment
from core.workbook.writer import build_workbook, export_project

ROOT = Path(__file__).resolve().parents[2]


def _project() -> Project:
    w = make_workload("Support", input_tokens="300M", output_tokens="60M", cache_hit=40)
    return Project(workloads=(w,), selected=("acme/cached", "cnco/pro"), currency="USD", as_of=date(2024, 3, 1))


@pytest.fixture
def book(acme, tmp_path):
    path = export_project(_project(), acme, tmp_path / "q.xlsx")
    _, layout = build_workbook(_project(), acme)
    return openpyxl.load_workbook(path), layout


def test_every_sheet_is_protected_without_a_password(book):
    wb, _ = book
    assert len(wb.worksheets) == 5
    for ws in wb.worksheets:
        assert ws.protection.sheet, ws.title
        assert not ws.protection.password, ws.title
        assert ws.protection.formatColumns is False  # columns may still be widened


def test_formulas_are_locked_and_every_input_is_not(book):
    wb, layout = book
    formulas = [
        c
        for ws in wb.worksheets
        for row in ws.iter_rows()
        for c in row
        if isinstance(c.value, str) and c.value.startswith("=")
    ]
    assert len(formulas) > 20
    assert all(c.protection.locked for c in formulas), [c.coordinate for c in formulas if not c.protection.locked]
    inputs = []
    for name, ref in layout.names.items():
        sheet, cell = ref.rsplit("!", 1)
        inputs.append((name, wb[sheet.strip("'").replace("''", "'")][cell.replace("$", "")]))
    editable = [name for name, c in inputs if not c.protection.locked]
    for must in ("In_1", "Out_1", "CacheHit_1", "TaxRate", "MarkupRate", "GrowthRate", "ProjMonths", "FX_USD_CNY"):
        assert must in editable, must
    for name, c in inputs:  # a named cell is either an input (yellow, unlocked) or locked
        yellow = c.fill.fgColor.rgb.endswith("FFF2CC")
        assert yellow == (not c.protection.locked), (name, c.fill.fgColor.rgb, c.protection.locked)
    title = wb[layout.sheets["inputs"]]["A1"]
    assert title.protection.locked


@pytest.mark.parametrize(
    "territory,paper",
    [
        ("US", "letter"),
        ("ca", "letter"),
        ("MX", "letter"),
        ("PH", "letter"),
        ("GB", "a4"),
        ("CN", "a4"),
        ("DE", "a4"),
        ("", "a4"),
        (None, "a4"),
        ("USA", "a4"),
    ],
)
def test_paper_for_a_territory(territory, paper):
    assert paper_for_territory(territory) == paper


@pytest.mark.parametrize(
    "env,paper",
    [
        ({"LANG": "en_US.UTF-8"}, "letter"),
        ({"LANG": "en_GB.UTF-8"}, "a4"),
        ({"LANG": "zh_CN.UTF-8"}, "a4"),
        ({"LANG": "en_US.UTF-8", "LC_PAPER": "de_DE.UTF-8"}, "a4"),
        ({"LANG": "de_DE", "LC_PAPER": "fr_CA.UTF-8"}, "letter"),
        ({"LC_ALL": "es_MX.UTF-8", "LC_PAPER": "en_GB"}, "letter"),
        ({"LANG": "C.UTF-8"}, "a4"),
        ({"LANG": "POSIX"}, "a4"),
        ({}, "a4"),
        ({"LANG": "sr_RS@latin"}, "a4"),
        ({"LANG": "fil_PH.UTF-8"}, "letter"),
        ({"LANG": ""}, "a4"),
    ],
)
def test_paper_from_the_locale_environment(env, paper):
    assert paper_from_environment(env) == paper


def test_the_workbook_prints_on_the_paper_asked(acme, tmp_path):
    for paper, size in (("letter", 1), ("a4", 9)):
        path = export_project(_project(), acme, tmp_path / f"{paper}.xlsx", paper=paper)
        wb = openpyxl.load_workbook(path)
        assert {ws.page_setup.paperSize for ws in wb.worksheets} == {size}, paper
    with pytest.raises(InputError) as info:
        build_workbook(_project(), acme, paper="A5")
    assert info.value.code == "paper_unknown"


def _cli_export(tmp_path, env_lang, *extra):
    out = tmp_path / f"cli-{env_lang}-{len(extra)}.xlsx"
    env = {"PATH": "/usr/bin:/bin", "LANG": env_lang, "PYTHONPATH": str(ROOT)}
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "core.cli",
            "export",
            "--input",
            "10M",
            "--output",
            "1M",
            "--models",
            "openai/gpt-4o",
            "--xlsx",
            str(out),
            *extra,
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    return openpyxl.load_workbook(out).worksheets[0].page_setup.paperSize


def test_the_cli_takes_paper_from_the_option_or_the_locale(tmp_path):
    assert _cli_export(tmp_path, "en_US.UTF-8") == 1
    assert _cli_export(tmp_path, "en_US.UTF-8", "--paper", "a4") == 9
    assert _cli_export(tmp_path, "C.UTF-8") == 9
    assert _cli_export(tmp_path, "C.UTF-8", "--paper", "letter") == 1


def test_the_workbook_says_which_version_wrote_it(book):
    from core import __version__

    wb, _ = book
    assert {p.name: p.value for p in wb.custom_doc_props.props}["TokenQuote version"] == __version__

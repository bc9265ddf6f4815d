"""Hostile but realistic paths and files given to the command line (issue #18, second sweep): every one ends in a
right figure or in one clear line on stderr with exit status 2 — never a traceback."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from core.cli.main import main

ROOT = Path(__file__).resolve().parents[2]


def run(capsys, *args) -> tuple[int, str, str]:
    try:
        code = main(list(args))
    except SystemExit as exit_:   # argparse's usage errors (one line, status 2)
        code = exit_.code
    out, err = capsys.readouterr()
    return code, out, err


def refused(capsys, *args) -> str:
    code, _, err = run(capsys, *args)
    assert code == 2, err
    assert "Traceback" not in err and err.count("\n") == 1, err
    return err


def _price_list(tmp_path: Path) -> Path:
    csv = tmp_path / "prices.csv"
    csv.write_text("vendor_id,vendor_name,region,currency,model_id,model_name,context_window,input_per_1m,"
                   "output_per_1m,source_url,checked\n"
                   "acme,Acme,US,USD,acme/m,M,1000,1.25,2.5,https://acme.example,2026-01-01\n", encoding="utf-8")
    return csv


@pytest.mark.parametrize("where", ["--catalog file", "--catalog folder", "validate", "catalog list", "import --out",
                                   "import --out json", "usage --mapping"])
def test_a_name_too_long_for_the_disk_is_said_wherever_a_path_is_given(capsys, tmp_path, where):
    """Path.exists() and is_dir() raise OSError for a 300-character name: every check of a given path says it."""
    long = str(tmp_path / ("L" * 300))
    csv = _price_list(tmp_path)
    args = {"--catalog file": ["compare", "--input", "1M", "--output", "1M", "--catalog", long + ".json"],
            "--catalog folder": ["compare", "--input", "1M", "--output", "1M", "--catalog", long],
            "validate": ["catalog", "validate", long + ".json"],
            "catalog list": ["catalog", "list", "--catalog", long],
            "import --out": ["catalog", "import", "--from", "csv", str(csv), "--out", long],
            "import --out json": ["catalog", "import", "--from", "csv", str(csv), "--out", long + ".json"],
            "usage --mapping": ["usage", str(csv), "--mapping", long + ".json"]}[where]
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

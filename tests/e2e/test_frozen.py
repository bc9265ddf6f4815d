"""The standalone bundle (dist/TokenQuote, built by packaging/build.sh) starts, prices and writes a workbook
without the source tree's Python. In CI (.ci/run builds the bundle first) a missing bundle fails the run."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = ROOT / "dist" / "TokenQuote"


@pytest.fixture(scope="module")
def bundle() -> Path:
    if not (BUNDLE / "tokenquote").exists():
        if os.environ.get("CI") == "true":
            pytest.fail("dist/TokenQuote is missing: .ci/run must run packaging/build.sh before the tests")
        pytest.skip("no frozen bundle here: run packaging/build.sh to test it")
    return BUNDLE


def clean_env(tmp_path: Path) -> dict:
    """No Python of ours on the path, a private home: what a user's machine gives the app."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env.update(HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "data"),
               QT_QPA_PLATFORM="offscreen", PATH="/usr/bin:/bin")
    return env


def run(args, tmp_path, timeout=120):
    return subprocess.run(args, capture_output=True, text=True, encoding="utf-8", env=clean_env(tmp_path),
                          cwd=tmp_path, timeout=timeout)


def test_frozen_app_self_check_and_version(bundle, tmp_path):
    result = run([str(bundle / "tokenquote"), "--self-check"], tmp_path)
    assert result.returncode == 0, result.stderr + result.stdout
    version = run([str(bundle / "tokenquote"), "--version"], tmp_path)
    assert version.returncode == 0 and "catalog 20" in version.stdout


def test_frozen_cli_matches_the_source_build(bundle, tmp_path):
    version = run([str(bundle / "tokenquote-cli"), "--version"], tmp_path)
    assert version.returncode == 0 and version.stdout.startswith("TokenQuote ")
    args = ["compare", "--input", "1.2亿", "--output", "3000万", "--cache-hit", "40", "--batch", "10",
            "--prompt-tokens", "60K", "--currency", "CNY", "--fx", "USD/CNY=7.10", "--as-of", "2026-11-01",
            "--format", "json"]
    frozen = run([str(bundle / "tokenquote-cli"), *args], tmp_path)
    assert frozen.returncode == 0, frozen.stderr
    source = subprocess.run([sys.executable, "-m", "core.cli", *args], capture_output=True, text=True,
                            encoding="utf-8", cwd=ROOT, check=True)
    assert json.loads(frozen.stdout) == json.loads(source.stdout)
    bad = run([str(bundle / "tokenquote-cli"), "compare", "--input", "12O M", "--output", "1"], tmp_path)
    assert bad.returncode == 2 and "input tokens" in bad.stderr and "Traceback" not in bad.stderr


def test_frozen_export_writes_a_workbook_that_opens(bundle, tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    book = tmp_path / "quote.xlsx"
    result = run([str(bundle / "tokenquote-cli"), "export", "--input", "300M", "--output", "60M",
                  "--models", "openai/gpt-4o,deepseek/deepseek-v4-pro,alibaba/qwen-plus", "--client", "Acme",
                  "--quote-no", "Q-1", "--markup", "25", "--tax", "6", "--xlsx", str(book)], tmp_path)
    assert result.returncode == 0, result.stderr
    wb = openpyxl.load_workbook(book)
    assert len(wb.sheetnames) >= 4


def test_frozen_export_writes_a_chinese_pdf_with_its_fonts_and_logo(bundle, tmp_path):
    """The bundle carries fpdf2, fontTools (pure-Python modules in place of two C builds), Pillow and the fonts."""
    pdf = tmp_path / "报价.pdf"
    logo = ROOT / "resources" / "icons" / "tokenquote-128.png"
    result = run([str(bundle / "tokenquote-cli"), "export", "--input", "300M", "--output", "60M",
                  "--models", "openai/gpt-4o,deepseek/deepseek-v4-pro", "--client", "深圳客户", "--markup", "25",
                  "--tax", "6", "--growth", "5", "--lang", "zh", "--paper", "letter", "--logo", str(logo),
                  "--pdf", str(pdf)], tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    for tool in ("pdftotext", "pdffonts"):
        if shutil.which(tool) is None:
            if os.environ.get("CI") == "true":
                pytest.fail(f"{tool} (poppler-utils) is required in CI")
            pytest.skip(f"{tool} is not installed")
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "深圳客户" in text and "含税合计/月" in text and "首 12 个月含税合计" in text
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"\+WenQuanYiMicroHei\s.*yes\s+yes\s+yes", fonts), fonts

"""`pip install` works: the wheel built from this tree (`pip wheel --no-deps`) installs into a fresh virtualenv
(its dependencies from the package index) with the catalog, compiled translations, icons and templates, and
its `tokenquote-cli compare` gives the same JSON as the source tree. Slow (a minute or two: the venv gets Qt)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from core import __version__

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow

ARGS = [
    "compare",
    "--input",
    "1.2亿",
    "--output",
    "3000万",
    "--cache-hit",
    "40",
    "--batch",
    "10",
    "--prompt-tokens",
    "60K",
    "--currency",
    "OMR",
    "--fx",
    "USD/OMR=0.3845",
    "--as-of",
    "2026-11-01",
    "--format",
    "json",
]


def clean_env(home: Path) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / "config"), QT_QPA_PLATFORM="offscreen")
    return env


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> tuple[Path, Path]:
    work = tmp_path_factory.mktemp("wheel")
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(work / "dist"), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=900,
        env=clean_env(work),
    )
    assert built.returncode == 0, built.stdout + built.stderr
    wheels = list((work / "dist").glob("tokenquote-*.whl"))
    assert len(wheels) == 1, wheels
    venv = work / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    install = subprocess.run(
        [str(venv / "bin" / "pip"), "install", "-q", "--disable-pip-version-check", str(wheels[0])],
        capture_output=True,
        text=True,
        timeout=1500,
        env=clean_env(work),
    )
    assert install.returncode == 0, install.stdout + install.stderr
    return wheels[0], venv


def test_the_wheel_carries_the_data_and_one_version(installed):
    wheel, _ = installed
    assert wheel.name.startswith(f"tokenquote-{__version__}-")
    names = set(zipfile.ZipFile(wheel).namelist())
    for needed in (
        "tokenquote_resources/catalog/catalog.schema.json",
        "tokenquote_resources/catalog/openai.json",
        "tokenquote_resources/translations/tokenquote_zh_CN.qm",
        "tokenquote_resources/icons/tokenquote.svg",
        "tokenquote_resources/templates/price_list_template.csv",
        "tokenquote_resources/help/index.html",
        "tokenquote_resources/help/index_zh_CN.html",
        "core/cli/main.py",
        "gui/app.py",
    ):
        assert needed in names, needed
    assert not [n for n in names if n.endswith(".ts") or "/tests/" in n or n.startswith("tests/")]
    metadata = zipfile.ZipFile(wheel).read(f"tokenquote-{__version__}.dist-info/METADATA").decode()
    assert f"\nVersion: {__version__}\n" in metadata


def test_the_installed_cli_gives_the_source_trees_json(installed, tmp_path):
    _, venv = installed
    cli = venv / "bin" / "tokenquote-cli"
    version = subprocess.run(
        [str(cli), "--version"], capture_output=True, text=True, cwd=tmp_path, env=clean_env(tmp_path), timeout=120
    )
    assert version.returncode == 0, version.stderr
    assert version.stdout.startswith(f"TokenQuote {__version__} (catalog 20")
    frozen = subprocess.run(
        [str(cli), *ARGS],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=tmp_path,
        env=clean_env(tmp_path),
        timeout=120,
    )
    assert frozen.returncode == 0, frozen.stderr
    source = subprocess.run(
        [sys.executable, "-m", "core.cli", *ARGS],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
        check=True,
        timeout=120,
    )
    assert json.loads(frozen.stdout) == json.loads(source.stdout)
    assert "0.3845" in frozen.stdout or "OMR" in frozen.stdout
    where = subprocess.run(
        [str(venv / "bin" / "python"), "-c", "import core.resources as r; print(r.resources_dir())"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=clean_env(tmp_path),
        check=True,
    )
    assert "site-packages" in where.stdout and "tokenquote_resources" in where.stdout, where.stdout


def test_the_installed_gui_starts_in_chinese(installed, tmp_path):
    _, venv = installed
    env = clean_env(tmp_path) | {"LANGUAGE": "zh_CN", "LANG": "zh_CN.UTF-8", "LC_ALL": "zh_CN.UTF-8"}
    check = subprocess.run(
        [str(venv / "bin" / "tokenquote"), "--self-check"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=180,
    )
    assert check.returncode == 0, check.stdout + check.stderr
    probe = (
        "import sys; from PySide6.QtWidgets import QApplication; app = QApplication(sys.argv); "
        "from gui.texts.i18n import install_language; install_language(app, 'zh_CN'); "
        "print(app.translate('MainMenus', '&File'))"
    )
    shown = subprocess.run(
        [str(venv / "bin" / "python"), "-c", probe], capture_output=True, text=True, cwd=tmp_path, env=env, timeout=120
    )
    assert shown.returncode == 0, shown.stderr
    assert "文件" in shown.stdout, shown.stdout

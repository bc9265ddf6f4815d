"""The ``tokenquote`` entry point as processes: --version, --self-check, a start that shows the window, a light
start-up path; plus settings declared once in an INI file under the test folder, translators, and the worker."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _run(args, tmp_path, extra_env=None, timeout=120):
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen",
               TOKENQUOTE_SETTINGS_DIR=str(tmp_path / "settings"), TOKENQUOTE_DATA_DIR=str(tmp_path / "data"))
    env.update(extra_env or {})
    return subprocess.run([sys.executable, "-c", "import sys; from gui.app import main; sys.exit(main())", *args],
                          env=env, cwd=ROOT, capture_output=True, text=True, timeout=timeout)


def test_version_prints_version_and_catalog_date(tmp_path, catalog):
    done = _run(["--version"], tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("TokenQuote 0.1.0 ")
    assert f"catalog {catalog.catalog_date.isoformat()}" in done.stdout and f"{len(catalog)} models" in done.stdout
    assert not (tmp_path / "settings").exists()          # no window, nothing written


def test_self_check_passes_headless(tmp_path):
    done = _run(["--self-check"], tmp_path)
    assert done.returncode == 0, done.stderr
    assert "self-check passed" in done.stdout
    assert not (tmp_path / "settings").exists()          # it works in a temporary folder of its own


def test_self_check_fails_with_a_reason(tmp_path):
    broken = tmp_path / "broken.json"
    broken.write_text("{", encoding="utf-8")
    done = _run(["--self-check", "--catalog", str(broken)], tmp_path)
    assert done.returncode == 1
    assert "self-check failed" in done.stderr and "broken.json" in done.stderr


def test_the_app_starts_shows_the_comparison_and_quits(tmp_path):
    done = _run([], tmp_path, {"TOKENQUOTE_EXIT_WHEN_SHOWN": "1"})
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr


def test_opening_a_project_from_the_command_line(tmp_path, window):
    path = tmp_path / "given.tokenquote"
    assert window.save_to(path)
    done = _run([str(path)], tmp_path, {"TOKENQUOTE_EXIT_WHEN_SHOWN": "1"})
    assert done.returncode == 0, done.stderr


def test_start_up_path_stays_light(tmp_path):
    """Neither importing the app nor starting it up to the shown window imports pandas, openpyxl or jsonschema, nor
    the usage importers and their dialog (they load with File › Import usage…), nor (with no user catalog folder)
    the user's catalog layers, nor numpy (the cheapest search of a large catalog), nor the plans' panel, dialog,
    chart and texts (built when first shown), nor the plans' core and the usage reconciliation (a project without
    plans or a usage import needs neither), nor the table's plan and unpriced rows (none in a new project), nor
    the projection's months and the quote's lines (the chart and the export; a project holds only their settings
    and terms), nor what only a chosen model without a price, a negotiated price, a tooltip or a context menu
    needs."""
    code = ("import sys; import gui.app; "
            "heavy = lambda: sorted(m for m in ('pandas', 'openpyxl', 'jsonschema', 'core.importers.usage', "
            "'core.importers.usage_read', 'gui.usage.import_dialog', 'PySide6.QtCharts', 'core.catalog.user', "
            "'numpy', 'gui.plans.panel', 'gui.plans.constraints_dialog', 'gui.plans.model_picker', "
            "'gui.comparison.plan_chart', 'gui.comparison.plan_texts', 'core.pricing.plan_margins', "
            "'core.pricing.plans', 'core.pricing.cheapest', 'core.pricing.reconcile', 'core.pricing.usage', "
            "'gui.comparison.plan_rows', 'gui.comparison.unpriced_rows', 'core.pricing.projection', "
            "'core.pricing.quote', 'core.pricing.availability', 'core.catalog.overrides', "
            "'gui.comparison.row_tooltips', 'gui.comparison.plan_menu') "
            "if m in sys.modules); "
            "print('import', *heavy()); "
            "gui.app.main(['tokenquote']); print('shown', *heavy())")
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen", TOKENQUOTE_EXIT_WHEN_SHOWN="1",
               TOKENQUOTE_SETTINGS_DIR=str(tmp_path / "settings"), TOKENQUOTE_DATA_DIR=str(tmp_path / "data"))
    done = subprocess.run([sys.executable, "-c", code], env=env, cwd=ROOT, capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0, done.stderr
    lines = [line for line in done.stdout.splitlines() if not line.startswith("shown_at=")]
    assert lines == ["import", "shown"]


def test_a_project_with_plans_opens_without_numpy_or_the_plans_panel(tmp_path):
    """Plans are priced as the window opens (the bundled catalog's cheapest search is exact without numpy); the
    table shows their rows, while the Plans dock behind the workloads is not built until it is shown."""
    from core.project.edits import add_plan
    from core.project.file import load_project, save_project

    project = load_project(ROOT / "tests" / "fixtures" / "project_v1_lin.tokenquote")
    path = tmp_path / "plans.tokenquote"
    save_project(path, add_plan(project, "Budget", {"Coding assistant": "openai/gpt-4.1-mini"}))
    code = ("import sys; from gui.app import make_app; from core.catalog.load import load_catalog; "
            "app = make_app(['tokenquote']); from gui.main.window import MainWindow; "
            "w = MainWindow(load_catalog(), autosave=False, interactive=False); w.show(); "
            f"assert w.open_path({str(path)!r}); app.processEvents(); "
            "print(w.model.position_of('plan:Budget') >= 0, w.plan_actions.panel is None, "
            "sorted(m for m in ('numpy', 'gui.plans.panel') if m in sys.modules))")
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen",
               TOKENQUOTE_SETTINGS_DIR=str(tmp_path / "settings"), TOKENQUOTE_DATA_DIR=str(tmp_path / "data"))
    done = subprocess.run([sys.executable, "-c", code], env=env, cwd=ROOT, capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split("\n")[-2] == "True True []"


@pytest.mark.parametrize("args", [[], ["--catalog", "extra.json", "-style", "fusion"], ["given.tokenquote"]])
def test_arguments_read_as_the_parser_reads_them(args):
    from gui.command_line import build_parser, parse_arguments

    assert parse_arguments(args) == build_parser().parse_known_args(args)   # no arguments: without the parser


def test_a_bad_catalog_at_start_is_reported_not_a_traceback(tmp_path, message_boxes, capsys):
    from gui.app import main

    broken = tmp_path / "broken.json"
    broken.write_text("{", encoding="utf-8")
    assert main(["tokenquote", "--catalog", str(broken)]) == 2
    assert message_boxes.kinds() == ["critical"] and "broken.json" in message_boxes.texts()
    assert "broken.json" in capsys.readouterr().err


def test_settings_are_declared_once_and_live_in_the_test_folder(user_folders):
    from PySide6.QtCore import QByteArray, QSettings

    from gui import settings as cfg

    keys = [s.key for s in cfg.ALL_SETTINGS]
    assert len(keys) == len(set(keys))
    assert all(s.description for s in cfg.ALL_SETTINGS)
    store = cfg.open_settings()
    assert store.format() == QSettings.Format.IniFormat
    assert Path(store.fileName()) == user_folders[0] / "tokenquote.ini"
    for setting in cfg.ALL_SETTINGS:
        assert cfg.get(setting, store) == setting.default
    cfg.put(cfg.RECENT_FILES, ["/a/one.tokenquote"], store)     # a one-item list survives INI
    cfg.put(cfg.HIDE_DEPRECATED, False, store)
    cfg.put(cfg.AUTOSAVE_SECONDS, 30, store)
    cfg.put(cfg.WINDOW_STATE, QByteArray(b"\x00\x01state"), store)
    store.sync()
    again = cfg.open_settings()
    assert cfg.get(cfg.RECENT_FILES, again) == ["/a/one.tokenquote"]
    assert cfg.get(cfg.HIDE_DEPRECATED, again) is False
    assert cfg.get(cfg.AUTOSAVE_SECONDS, again) == 30
    assert cfg.get(cfg.WINDOW_STATE, again) == QByteArray(b"\x00\x01state")
    again.setValue(cfg.AUTOSAVE_SECONDS.key, "soon")              # a hand-edited file falls back to the default
    assert cfg.get(cfg.AUTOSAVE_SECONDS, again) == 60
    assert cfg.data_dir() == user_folders[1]


def test_translators_load_without_qm_files(qapp):
    from gui.app import install_translators

    assert isinstance(install_translators(qapp), list)


def test_worker_reports_success_progress_and_failure(qtbot):
    from core.errors import Field, WriteError
    from gui.workers import run_in_background

    def work(n, progress):
        for i in range(n):
            progress(i + 1, n)
        return n * 2

    seen, results, errors = [], [], []
    task = run_in_background(work, 3, on_success=results.append, on_progress=lambda d, t: seen.append((d, t)))
    qtbot.waitUntil(lambda: task.done, timeout=5000)
    assert results == [6] and task.result == 6
    assert seen == [(1, 3), (2, 3), (3, 3)]

    def fail(progress):
        raise WriteError("/x/quote.xlsx", "write_failed", reason=Field("os_disk_full"))

    task = run_in_background(fail, on_failure=errors.append)
    qtbot.waitUntil(lambda: task.done, timeout=5000)
    assert [str(e) for e in errors] == ["/x/quote.xlsx: the disk is full"]


@pytest.mark.parametrize("name", ["tokenquote-16.png", "tokenquote-256.png", "tokenquote.svg",
                                  "actions/document-save-24.png"])
def test_icons_are_bundled(name):
    from core.resources import resource_path

    assert resource_path("icons", *name.split("/")).stat().st_size > 0

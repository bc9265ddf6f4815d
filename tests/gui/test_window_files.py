"""Documents: save and reopen, broken files, the dirty marker and the discard prompt, undo, autosave and crash
recovery, the workbook export off the GUI thread, and the window's layout remembered between runs."""

from __future__ import annotations

import json
import signal
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest
from gui_helpers import crash_while_editing, shown_monthly, type_into
from PySide6.QtWidgets import QMessageBox

from core.project.file import load_project
from gui.recovery import RECOVERY_KEY, find_orphans, recovery_folder

ROOT = Path(__file__).resolve().parents[2]


def _figures(window):
    return [(r.model_id, r.rank, r.input_cost, r.output_cost, r.monthly_cost) for r in window.document.comparison.rows]


def test_save_and_reopen_gives_identical_figures(qtbot, make_window, tmp_path):
    window = make_window()
    panel = window.workloads_panel
    type_into(qtbot, panel.input_field.line_edit, "1.2亿")
    type_into(qtbot, panel.cache_field.line_edit, "40")
    panel.add()
    type_into(qtbot, panel.input_field.line_edit, "500M")
    type_into(qtbot, panel.batch_field.line_edit, "100")
    window.pricing_controls.currency_combo.setCurrentText("CNY")
    model = window.model
    model.setData(model.index(2, 0), True, 10)   # CheckStateRole
    path = tmp_path / "budget.tokenquote"
    assert window.save_to(path)
    assert not window.isWindowModified()
    assert "budget.tokenquote" in window.windowTitle()
    saved = load_project(path)
    assert saved.pinned_models, "the price histories used are stored in the file"
    assert len(saved.workloads) == 2

    other = make_window()
    assert other.open_path(path)
    assert _figures(other) == _figures(window)
    assert shown_monthly(other) == shown_monthly(window)
    assert other.document.project.currency == "CNY"
    assert other.workloads_panel.list.count() == 2
    assert not other.isWindowModified()
    assert str(path.resolve()) in other.settings.value("files/recent")


def test_a_truncated_file_is_reported_and_the_app_stays_usable(qtbot, window, tmp_path, message_boxes):
    good = tmp_path / "good.tokenquote"
    assert window.save_to(good)
    text = good.read_text(encoding="utf-8")
    broken = tmp_path / "broken.tokenquote"
    broken.write_text(text[: len(text) // 2], encoding="utf-8")
    type_into(qtbot, window.workloads_panel.input_field.line_edit, "80M")
    before = window.document.project
    assert not window.open_path(broken)
    assert message_boxes.kinds() == ["warning"]
    message = message_boxes.texts()
    assert "broken.tokenquote" in message and "not valid JSON" in message and "line " in message
    assert window.document.project == before
    assert window.document.path == good
    type_into(qtbot, window.workloads_panel.input_field.line_edit, "90M")     # still usable
    assert window.document.project.workloads[0].input_tokens == 90_000_000


@pytest.mark.parametrize("content, problem", [
    (b"\x89PNG\r\n\x1a\n\x00\x00", "not a TokenQuote project"),
    (json.dumps({"name": "something else"}).encode(), "not a TokenQuote project"),
    (b"", "is empty"),
    (json.dumps({"format": "tokenquote-project", "schema_version": 99, "workloads": []}).encode(), "update the app"),
])
def test_foreign_files_are_refused_with_the_reason(window, tmp_path, message_boxes, content, problem):
    path = tmp_path / "foreign.tokenquote"
    path.write_bytes(content)
    assert not window.open_path(path)
    assert "foreign.tokenquote" in message_boxes.texts() and problem in message_boxes.texts()
    assert window.document.comparison.rows


def test_open_recent_lists_saved_projects(window, tmp_path):
    assert window.save_to(tmp_path / "first.tokenquote")
    assert window.save_to(tmp_path / "second.tokenquote")
    window.file_actions._fill_recent_menu()
    names = [a.text() for a in window.menus.recent_menu.actions() if a.text()]
    assert names[:2] == ["&1 second.tokenquote", "&2 first.tokenquote"]
    window.menus.recent_menu.actions()[1].trigger()         # open "first" again from the menu
    assert window.document.path.name == "first.tokenquote"


def test_a_project_the_engine_cannot_price_keeps_the_last_figures_and_says_why(window, tmp_path):
    from core.pricing.fx import FxTable
    from core.project.file import save_project
    from core.project.model import Project

    path = tmp_path / "no-rates.tokenquote"
    save_project(path, Project(fx=FxTable()))              # CNY-billed models cannot be shown in USD
    before = window.document.comparison
    assert window.open_path(path)
    assert window.banner.isVisibleTo(window)
    assert "no exchange rate for CNY→USD" in window.banner.text()
    assert window.document.comparison is before
    window.document.undo_stack.clear()
    window.file_actions.new_project()
    assert not window.banner.isVisibleTo(window)


def test_dirty_marker_and_the_discard_prompt(qtbot, window, tmp_path, message_boxes):
    assert not window.isWindowModified() and "[*]" in window.windowTitle()
    type_into(qtbot, window.workloads_panel.output_field.line_edit, "70M")
    assert window.isWindowModified()
    message_boxes.answers = [QMessageBox.StandardButton.Cancel]
    window.file_actions.new_project()
    assert message_boxes.kinds() == ["question"]
    assert window.document.project.workloads[0].output_tokens == 70_000_000      # kept
    message_boxes.answers = [QMessageBox.StandardButton.Discard]
    window.file_actions.new_project()
    assert window.document.project.workloads[0].output_tokens == 60_000_000
    assert not window.isWindowModified()
    assert not window.document.undo_stack.canUndo()


def test_save_answer_in_the_prompt_saves(qtbot, window, tmp_path, message_boxes):
    path = tmp_path / "kept.tokenquote"
    assert window.save_to(path)
    type_into(qtbot, window.workloads_panel.output_field.line_edit, "70M")
    message_boxes.answers = [QMessageBox.StandardButton.Save]
    window.file_actions.new_project()
    assert load_project(path).workloads[0].output_tokens == 70_000_000


def test_undo_and_redo_of_a_typed_volume_is_one_step(qtbot, window):
    field = window.workloads_panel.input_field
    stack = window.document.undo_stack
    type_into(qtbot, field.line_edit, "2.5M")            # four keystrokes, one edit
    assert stack.count() == 1
    assert stack.undoText() == "Edit input tokens"
    stack.undo()
    assert window.document.project.workloads[0].input_tokens == 300_000_000
    assert field.text() == "300M"
    assert not window.isWindowModified()
    stack.redo()
    assert window.document.project.workloads[0].input_tokens == 2_500_000
    field.line_edit.editingFinished.emit()               # the field loses focus: the next typing is a new step
    type_into(qtbot, field.line_edit, "3M")
    assert stack.count() == 2


def test_typing_after_a_save_is_not_merged_into_the_saved_state(qtbot, window, tmp_path):
    field = window.workloads_panel.input_field
    type_into(qtbot, field.line_edit, "2M")
    assert window.save_to(tmp_path / "a.tokenquote")
    qtbot.keyClicks(field.line_edit, "0")                # "2M0" is invalid; go on to "20M"
    type_into(qtbot, field.line_edit, "20M")
    assert window.isWindowModified()


def test_workloads_add_rename_duplicate_remove_with_undo(window):
    panel = window.workloads_panel
    stack = window.document.undo_stack
    panel.add()
    assert [w.name for w in window.document.project.workloads] == ["Workload", "Workload 2"]
    assert panel.current == 1
    assert panel.rename(1, "Coding assistant")
    assert not panel.rename(1, "Workload")                # a duplicate name is refused, with a message
    assert "already the name of another workload" in panel.message.text()
    panel.list.item(1).setText("Bot")                     # renaming in the list, as double-click does
    assert window.document.project.workloads[1].name == "Bot"
    panel.duplicate()
    assert [w.name for w in window.document.project.workloads] == ["Workload", "Bot", "Bot copy"]
    panel.remove()
    assert [w.name for w in window.document.project.workloads] == ["Workload", "Bot"]
    stack.undo()
    stack.undo()
    stack.undo()
    assert [w.name for w in window.document.project.workloads] == ["Workload", "Coding assistant"]
    while stack.canUndo():
        stack.undo()
    assert [w.name for w in window.document.project.workloads] == ["Workload"]
    assert not panel.remove_button.isEnabled()


def test_two_workloads_are_priced_together(qtbot, window, catalog):
    from gui_helpers import core_rows

    panel = window.workloads_panel
    panel.add()
    type_into(qtbot, panel.input_field.line_edit, "500M")
    type_into(qtbot, panel.output_field.line_edit, "20M")
    expected = core_rows(catalog, window.document.project.workloads)
    assert {r.model_id: r.monthly_cost for r in window.document.comparison.rows} == \
        {m: r.monthly_cost for m, r in expected.items()}


# ---------------------------------------------------------------------------------------------- recovery


def test_autosave_writes_a_recovery_copy_and_a_save_removes_it(qtbot, window, tmp_path, user_folders):
    recovery = window.recovery
    type_into(qtbot, window.workloads_panel.input_field.line_edit, "123M")
    qtbot.waitUntil(recovery.path.exists, timeout=6000)   # written shortly after the edit
    copy = load_project(recovery.path)
    assert copy.workloads[0].input_tokens == 123_000_000
    assert RECOVERY_KEY in copy.view
    assert recovery.path.parent == user_folders[1] / "recovery"
    assert window.save_to(tmp_path / "saved.tokenquote")
    assert not recovery.path.exists()


def test_a_live_windows_copy_is_not_offered(qtbot, make_window, message_boxes):
    first = make_window()
    type_into(qtbot, first.workloads_panel.input_field.line_edit, "123M")
    first.recovery.write_now()
    assert first.recovery.path.exists()
    second = make_window()
    assert not second.offer_recovery()
    assert message_boxes.shown == []


def _write_crashed_session(data_dir: Path, input_tokens: int, original: str = "") -> Path:
    """A recovery copy as a session leaves it when it is killed: the file, and a lock whose owner is dead."""
    from core.pricing.workload import Workload
    from core.project.file import save_project
    from core.project.model import Project

    folder = recovery_folder(data_dir)
    project = Project(workloads=(Workload("Bot", input_tokens, 30_000_000, cache_hit_pct=Decimal(40)),),
                      currency="CNY", view={RECOVERY_KEY: {"file": original, "saved_at": "2026-11-20T10:00:00"}})
    path = folder / "0123456789abcdef.tokenquote"
    save_project(path, project)
    # QLockFile's format: pid, app name, host name; a pid that is not running on this host is a dead owner.
    from PySide6.QtCore import QSysInfo
    (folder / "0123456789abcdef.lock").write_text(f"999999\npython3\n{QSysInfo.machineHostName()}\n",
                                                 encoding="utf-8")
    return path


def test_crash_recovery_offer_restores_the_document(make_window, message_boxes, user_folders, tmp_path):
    original = tmp_path / "budget.tokenquote"
    copy = _write_crashed_session(user_folders[1], 120_000_000, str(original))
    window = make_window()
    message_boxes.answers = [QMessageBox.StandardButton.Yes]
    assert window.offer_recovery()
    assert message_boxes.kinds() == ["question"]
    assert "did not close normally" in message_boxes.texts() and "budget.tokenquote" in message_boxes.texts()
    project = window.document.project
    assert project.workloads[0].input_tokens == 120_000_000 and project.currency == "CNY"
    assert RECOVERY_KEY not in project.view
    assert window.document.path == original
    assert window.isWindowModified()                      # restored work is unsaved until saved
    assert window.workloads_panel.input_field.text() == "120M"
    assert not copy.exists()
    assert window.recovery.path.exists()                  # and it is protected again at once


def test_declining_the_offer_keeps_the_copy_aside_for_a_while(make_window, message_boxes, user_folders):
    """"No" was the end of the work it held: a slip lost it. The copy is now offered no more but kept for
    KEEP_DECLINED_DAYS days in a folder the question names, where File › Open reads it; then it goes."""
    import os
    import time

    from core.project.file import load_project
    from gui.recovery import KEEP_DECLINED_DAYS, declined_folder

    copy = _write_crashed_session(user_folders[1], 120_000_000)
    weeks_ago = time.time() - 3 * 7 * 86_400     # the crash was three weeks before this start
    os.utime(copy, (weeks_ago, weeks_ago))
    window = make_window()
    message_boxes.answers = [QMessageBox.StandardButton.No]
    assert not window.offer_recovery()
    assert not copy.exists() and find_orphans(user_folders[1]) == []      # offered no more
    assert len(list(declined_folder(user_folders[1]).iterdir())) == 1      # its days count from the answer
    kept = declined_folder(user_folders[1]) / copy.name
    assert load_project(kept).workloads[0].input_tokens == 120_000_000     # the work, kept
    assert str(declined_folder(user_folders[1])) in message_boxes.texts()
    assert window.document.project.workloads[0].input_tokens == 300_000_000
    old = time.time() - (KEEP_DECLINED_DAYS + 1) * 86_400
    os.utime(kept, (old, old))
    find_orphans(user_folders[1])
    assert not kept.exists()                                               # past its days: gone


def test_kill_9_in_the_middle_of_editing_then_restart(make_window, message_boxes, user_folders):
    """A real session edits, autosaves, and is killed with SIGKILL; the next start offers its work back."""
    if not hasattr(signal, "SIGKILL"):
        pytest.skip("no SIGKILL on this platform")
    crash_while_editing("777M")
    assert len(find_orphans(user_folders[1])) == 1
    window = make_window()
    message_boxes.answers = [QMessageBox.StandardButton.Yes]
    assert window.offer_recovery()
    assert window.document.project.workloads[0].input_tokens == 777_000_000


def test_a_clean_close_leaves_no_recovery_file(qtbot, make_window, message_boxes, user_folders):
    window = make_window()
    type_into(qtbot, window.workloads_panel.input_field.line_edit, "55M")
    window.recovery.write_now()
    assert window.recovery.path.exists()
    message_boxes.answers = [QMessageBox.StandardButton.Discard]
    assert window.close()
    assert list(recovery_folder(user_folders[1]).glob("*.tokenquote")) == []


# ---------------------------------------------------------------------------------------------- export


def test_export_runs_off_the_gui_thread(qtbot, window, tmp_path):
    window.document.edit(window.document.project.edited(selected=tuple(r.model_id for r in
                                                                        window.document.comparison.rows[:3])), "pick")
    path = tmp_path / "quote.xlsx"
    task = window.export_actions.start_export(path)
    assert task is not None, "core.workbook.export_project is wired to File > Export workbook"
    assert not window.menus.export_action.isEnabled()    # one export at a time
    assert window.isEnabled()                            # the window stays responsive meanwhile
    qtbot.waitUntil(lambda: task.done, timeout=60_000)
    assert task.error is None, task.error
    assert Path(task.result) == path
    assert zipfile.is_zipfile(path)
    assert window.menus.export_action.isEnabled()
    assert "Exported" in window.statusBar().currentMessage()


def test_a_failed_export_is_reported(qtbot, window, tmp_path, message_boxes):
    path = tmp_path / "no such folder" / "quote.xlsx"
    task = window.export_actions.start_export(path)
    qtbot.waitUntil(lambda: task.done, timeout=60_000)
    assert message_boxes.kinds() == ["warning"]
    assert "The workbook was not written" in message_boxes.texts() and "quote.xlsx" in message_boxes.texts()
    assert window.menus.export_action.isEnabled()


# ---------------------------------------------------------------------------------------------- layout


def test_layout_is_restored_on_the_next_start(make_window, user_folders, message_boxes):
    window = make_window()
    window.resize(760, 620)   # within the offscreen screen (800 × 800), so nothing clamps it
    size = (window.width(), window.height())
    window.splitter.setSizes([500, 150])
    window.workloads_dock.hide()
    window.menus.charts_action.setChecked(False)
    window.chart_pane.setCurrentIndex(1)
    window.menus.hide_deprecated_action.setChecked(False)
    assert window.close()
    settings_file = user_folders[0] / "tokenquote.ini"
    assert settings_file.exists()
    again = make_window()
    assert (again.width(), again.height()) == size
    assert not again.workloads_dock.isVisible()
    assert not again.chart_pane.isVisible() and again.chart_pane.currentIndex() == 1
    assert not again.menus.hide_deprecated_action.isChecked() and not again.document.hide_deprecated
    sizes = again.splitter.sizes()
    assert sizes[0] > sizes[1]


def test_column_widths_from_a_version_with_other_columns_are_ignored(make_window, user_folders, message_boxes):
    from gui import settings as cfg
    from gui.comparison.columns import COL_MODEL, COL_SOURCE

    window = make_window()
    window.comparison_view.table.setColumnWidth(COL_MODEL, 333)
    assert window.close()
    assert make_window().comparison_view.table.columnWidth(COL_MODEL) == 333   # same columns: restored
    # An older version saved its header with one column fewer: restoring it would shift every width and hide
    # the newer column, so the defaults are kept.
    again = make_window()
    cfg.put(cfg.TABLE_COLUMNS, again.model.columnCount() - 1, again.settings)
    again.settings.sync()
    fresh = make_window()
    assert fresh.comparison_view.table.columnWidth(COL_MODEL) != 333
    assert fresh.comparison_view.table.columnWidth(COL_SOURCE) > 50

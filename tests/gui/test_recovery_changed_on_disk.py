"""A project restored after a crash still knows its file as the crashed session had it: saving the restored work
over a file another window wrote meanwhile asks first, as saving in the session itself would have."""

from __future__ import annotations

import signal

import pytest
from gui_helpers import crash_while_editing
from PySide6.QtWidgets import QMessageBox

from core.pricing.workload import Workload
from core.project.file import load_project, save_project
from core.project.model import Project


@pytest.fixture
def budget(tmp_path):
    if not hasattr(signal, "SIGKILL"):
        pytest.skip("no SIGKILL on this platform")
    path = tmp_path / "budget.tokenquote"
    save_project(path, Project(workloads=(Workload("Bot", 100_000_000, 10_000_000),)))
    return path


def _restore(make_window, message_boxes):
    window = make_window()
    message_boxes.answers = [QMessageBox.StandardButton.Yes]
    assert window.offer_recovery()
    assert window.document.project.workloads[0].input_tokens == 777_000_000
    return window


def test_saving_restored_work_over_a_file_changed_since_asks_first(make_window, message_boxes, budget):
    crash_while_editing("777M", budget)
    # Meanwhile another window saved the same file.
    save_project(budget, Project(workloads=(Workload("Bot", 555_000_000, 10_000_000),)))
    window = _restore(make_window, message_boxes)
    message_boxes.answers = [QMessageBox.StandardButton.Cancel]
    assert not window.save_to(budget)
    assert "changed on disk" in message_boxes.texts()
    assert load_project(budget).workloads[0].input_tokens == 555_000_000   # their work is still there


def test_saving_restored_work_over_an_unchanged_file_just_saves(make_window, message_boxes, budget):
    crash_while_editing("777M", budget)
    window = _restore(make_window, message_boxes)
    asked = len(message_boxes.texts())
    assert window.save_to(budget)
    assert len(message_boxes.texts()) == asked    # nothing more to ask
    assert load_project(budget).workloads[0].input_tokens == 777_000_000

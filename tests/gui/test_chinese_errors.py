"""A Chinese user reads every error in Chinese, including ones no test names (issue #11 point 3): what went wrong in
a file is said in translated words — never Python's type names (NoneType, int), its True/None, a library's English
("Expecting ',' delimiter") or an object's address."""

from __future__ import annotations

import re

import pytest

HEAD = '{"format": "tokenquote-project", "schema_version": 1, '
WORKLOAD = '{"name": "a", "input_tokens": 1, "output_tokens": 1}'
PYTHON_TEXT = re.compile(
    r"\b(NoneType|int|float|str|list|dict|True|False|None|Expecting|delimiter|BadZipFile)\b"
    r"|0x[0-9a-f]{6}"
)


@pytest.mark.parametrize(
    "body",
    [
        HEAD + '"workloads": [{"name": "a", "input_tokens": null, "output_tokens": 1}]}',
        HEAD + '"workloads": [{"name": "a", "input_tokens": [], "output_tokens": 1}]}',
        HEAD + '"workloads": [{"name": "a", "input_tokens": 1, "output_tokens": 1, "cache_hit_pct": true}]}',
        HEAD + '"workloads": [' + WORKLOAD + '], "terms": {"client": 5}}',
        HEAD + '"workloads": [' + WORKLOAD + '], "include_free": "yes"}',
        HEAD + '"workloads": [' + WORKLOAD + '] "terms": {}}',
        '{"format": "tokenquote-project", "schema_version": null, "workloads": [' + WORKLOAD + "]}",
        HEAD + '"workloads": [' + WORKLOAD + '], "terms": {"markup_pct": "1001"}}',
    ],
)
def test_a_broken_project_file_is_said_in_chinese(qtbot, chinese, make_window, tmp_path, message_boxes, body):
    window = make_window()
    path = tmp_path / "p.tokenquote"
    path.write_text(body, encoding="utf-8")
    assert not window.file_actions.open_path(path)
    text = message_boxes.texts().replace(str(path), "")
    problem = text.rsplit("：", 1)[-1]
    assert re.search(r"[\u4e00-\u9fff]", problem), text
    assert not PYTHON_TEXT.search(text), text


def test_an_error_no_rule_foresaw_in_any_slot_is_said_in_chinese_once(
    qtbot, chinese, make_window, message_boxes, monkeypatch
):
    """The app's sys.excepthook: a slot that raises (a click, a keystroke, a repaint) shows a message in the
    user's language instead of a traceback on a console nobody sees; a repeat of the same problem is only logged."""
    from decimal import InvalidOperation

    import gui.app as app_module

    monkeypatch.setattr(app_module, "_unexpected_shown", set())
    make_window()
    error = InvalidOperation([InvalidOperation])
    for _ in range(3):
        try:
            raise error
        except InvalidOperation as caught:
            app_module.show_unexpected(type(caught), caught, caught.__traceback__)
    assert message_boxes.kinds() == ["critical"]
    text = message_boxes.texts()
    assert "意外" in text and "InvalidOperation" in text and "<class" not in text


def test_a_files_refusal_by_the_system_is_said_in_chinese(chinese):
    """An OSError that reaches a message (a catalog layer that could not be switched on) was shown as Python
    writes it: "[Errno 13] Permission denied: '…'"."""
    import errno

    from gui.texts.messages import error_text

    text = error_text(PermissionError(errno.EACCES, "Permission denied", "/data/layers.json"))
    assert "/data/layers.json" in text and "权限" in text and "Errno" not in text

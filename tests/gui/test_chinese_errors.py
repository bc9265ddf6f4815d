"""A Chinese user reads every error in Chinese, including ones no test names (issue #11 point 3): what went wrong in
a file is said in translated words — never Python's type names (NoneType, int), its True/None, a library's English
("Expecting ',' delimiter") or an object's address."""

from __future__ import annotations

import re

import pytest

HEAD = '{"format": "tokenquote-project", "schema_version": 1, '
WORKLOAD = '{"name": "a", "input_tokens": 1, "output_tokens": 1}'
PYTHON_TEXT = re.compile(r"\b(NoneType|int|float|str|list|dict|True|False|None|Expecting|delimiter|BadZipFile)\b"
                         r"|0x[0-9a-f]{6}")


@pytest.mark.parametrize("body", [
    HEAD + '"workloads": [{"name": "a", "input_tokens": null, "output_tokens": 1}]}',
    HEAD + '"workloads": [{"name": "a", "input_tokens": [], "output_tokens": 1}]}',
    HEAD + '"workloads": [{"name": "a", "input_tokens": 1, "output_tokens": 1, "cache_hit_pct": true}]}',
    HEAD + '"workloads": [' + WORKLOAD + '], "terms": {"client": 5}}',
    HEAD + '"workloads": [' + WORKLOAD + '], "include_free": "yes"}',
    HEAD + '"workloads": [' + WORKLOAD + '] "terms": {}}',
    '{"format": "tokenquote-project", "schema_version": null, "workloads": [' + WORKLOAD + ']}',
    HEAD + '"workloads": [' + WORKLOAD + '], "terms": {"markup_pct": "1001"}}',
])
def test_a_broken_project_file_is_said_in_chinese(qtbot, chinese, make_window, tmp_path, message_boxes, body):
    window = make_window()
    path = tmp_path / "p.tokenquote"
    path.write_text(body, encoding="utf-8")
    assert not window.file_actions.open_path(path)
    text = message_boxes.texts().replace(str(path), "")
    problem = text.rsplit("：", 1)[-1]
    assert re.search(r"[\u4e00-\u9fff]", problem), text
    assert not PYTHON_TEXT.search(text), text

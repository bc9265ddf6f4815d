"""What a library said went wrong reaches a person as words in their language, never as Python's own text
(``<_io.BytesIO object at 0x7f…>``, ``BadZipFile: …``): core.errors.detail_of (issue #11 point 3, issue #18)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from core.errors import Field, TokenQuoteError, detail_of


@pytest.mark.parametrize("text", ["[1,", '{"a" 1}', "{a:1}", '"abc', "[1] x", '"\\q"', '"a\x01"'])
def test_every_json_syntax_error_is_a_translated_word(text):
    with pytest.raises(json.JSONDecodeError) as caught:
        json.loads(text)
    assert isinstance(detail_of(caught.value), Field)


def test_an_unknown_detail_keeps_its_words_without_python_addresses():
    detail = detail_of(ValueError("cannot read <_io.BytesIO object at 0x7f5ab557d3f0>\n  at all"))
    assert detail == "cannot read at all"


def _raised(call) -> TokenQuoteError:
    with pytest.raises(TokenQuoteError) as caught:
        call()
    return caught.value


def test_a_broken_project_file_names_the_missing_comma_in_words(tmp_path):
    from core.project.file import load_project

    path = tmp_path / "p.tokenquote"
    path.write_text('{"format": "tokenquote-project", "schema_version": 1 "workloads": []}', encoding="utf-8")
    error = _raised(lambda: load_project(path))
    assert isinstance(error.params["detail"], Field) and "',' is missing" in str(error)


@pytest.mark.parametrize("data", [b"hello", b"", b"\x89PNG\r\n\x1a\n\x00\x00", b"<svg/>"])
def test_a_logo_that_is_no_image_is_said_without_python_text(tmp_path, data):
    from core.workbook.pdf.writer import read_logo

    logo = tmp_path / "logo.png"
    logo.write_bytes(data)
    text = str(_raised(lambda: read_logo(logo)))
    assert "0x" not in text and "BytesIO" not in text and "<" not in text
    assert "not an image file" in text or "cut short" in text


@pytest.mark.parametrize("data", [b"PK\x03\x04junk", b"not a zip at all"])
def test_a_damaged_workbook_is_said_in_words(tmp_path, data):
    from core.importers.table_read import read_xlsx_table
    from core.importers.usage_read import open_usage

    path = tmp_path / "prices.xlsx"
    path.write_bytes(data)
    for read in (read_xlsx_table, open_usage):
        error = _raised(lambda read=read: read(path))
        assert isinstance(error.params.get("detail"), Field), str(error)
        assert "Error" not in str(error) and "BadZip" not in str(error)


def test_a_workbook_without_its_parts_is_said_in_words(tmp_path):
    import zipfile

    path = tmp_path / "prices.xlsx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("hello.txt", "not a workbook")
    error = _raised(lambda: __import__("core.importers.table_read", fromlist=["x"]).read_xlsx_table(Path(path)))
    assert "KeyError" not in str(error) and "There is no item" not in str(error)


@pytest.mark.parametrize(
    "value, words",
    [
        (None, "null"),
        (True, "true or false"),
        (5, "a whole number"),
        (1.5, "a number"),
        ("x", "a string"),
        ([1], "a list"),
        ({}, "an object"),
    ],
)
def test_what_a_file_held_instead_is_said_in_words_not_python_type_names(tmp_path, value, words):
    from core.project.file import load_project

    path = tmp_path / "p.tokenquote"
    path.write_text(
        json.dumps(
            {
                "format": "tokenquote-project",
                "schema_version": 1,
                "workloads": [{"name": "a", "input_tokens": 1, "output_tokens": 1}],
                "terms": {"client": value},
                "include_free": value,
            }
        ),
        encoding="utf-8",
    )
    if isinstance(value, (str, type(None))):  # a text client, or none: the include_free flag is what is wrong
        path.write_text(path.read_text(encoding="utf-8").replace('"client": ', '"note": '), encoding="utf-8")
    text = str(_raised(lambda: load_project(path)))
    assert words in text
    rest = text.replace(words, "")
    assert not re.search(r"\b(NoneType|int|float|str|list|dict|True|False|None)\b", rest), text


@pytest.mark.parametrize("code", ["ENAMETOOLONG", "ELOOP", "EFBIG", "EINVAL", "EIO", "ENOSPC", "EACCES", "EROFS"])
def test_the_systems_refusals_people_meet_are_said_in_translated_words(code):
    """A failed write said the system's English ('File too large', 'Invalid argument') in a Chinese sentence."""
    import errno
    import os

    from core.errors import describe_os_error

    number = getattr(errno, code)
    assert isinstance(describe_os_error(OSError(number, os.strerror(number))), Field)

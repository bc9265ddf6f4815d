"""Errors are data: every error the core (and the GUI) raises names a code from ``core.error_texts``, every code
is used, and the English rendering is ``where: problem`` with the parameters filled in."""

from __future__ import annotations

import ast
import pickle
from pathlib import Path

import pytest

from core.error_fields import FIELDS
from core.error_texts import MESSAGES
from core.errors import CatalogError, Field, InputError, ProjectFileError, TokenQuoteError

ROOT = Path(__file__).resolve().parents[2]
ERRORS = {"TokenQuoteError", "InputError", "CatalogError", "FxError", "ProjectFileError", "WriteError",
          "error"}   # core.dates raises the kind its caller asks for


def _calls():
    """(file, line, code or None, field codes) of every error raised and every Field named in core and gui."""
    for path in sorted((*ROOT.joinpath("core").rglob("*.py"), *ROOT.joinpath("gui").rglob("*.py"))):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", getattr(node.func, "attr", None))
            if name in ERRORS:
                code = node.args[1] if len(node.args) > 1 else None
                yield "error", path, node.lineno, code
            elif name == "Field" and node.args:
                yield "field", path, node.lineno, node.args[0]


def _constants(node) -> list:
    """The string constants an argument can be (a literal, or either side of ``a if c else b``)."""
    if isinstance(node, ast.Constant):
        return [node.value]
    if isinstance(node, ast.IfExp):
        return _constants(node.body) + _constants(node.orelse)
    return []


def test_every_raise_names_a_known_code_and_every_code_is_used():
    used, unknown = set(), []
    for kind, path, line, arg in _calls():
        if kind != "error":
            continue
        values = _constants(arg) if arg is not None else []
        if not values:
            unknown.append(f"{path.relative_to(ROOT)}:{line}: the code is not a literal")
        for value in values:
            (used.add if value in MESSAGES else lambda v: unknown.append(f"{path.relative_to(ROOT)}:{line}: {v!r}"))(value)
    assert unknown == []
    assert sorted(set(MESSAGES) - used) == []


def test_every_named_place_is_known():
    unknown = [f"{path.relative_to(ROOT)}:{line}" for kind, path, line, arg in _calls()
               if kind == "field" and any(value not in FIELDS for value in _constants(arg))]
    assert unknown == []


def test_an_unknown_code_fails_where_it_is_raised():
    with pytest.raises(KeyError):
        InputError("x", "no such code")


def test_english_is_where_then_problem_with_the_parameters():
    error = InputError(Field("input_tokens"), "volume_negative", value="-5")
    assert str(error) == "input tokens: '-5' is negative; volumes are 0 or more tokens"
    assert error.where == "input tokens" and error.code == "volume_negative" and error.params == {"value": "-5"}
    inside = error.at("project.tokenquote", "workloads[0]", kind=ProjectFileError)
    assert isinstance(inside, ProjectFileError) and inside.code == error.code
    assert str(inside) == "project.tokenquote: workloads[0]: input tokens: '-5' is negative; volumes are 0 or more tokens"
    assert str(CatalogError(None, "no_such_path")) == "no such file or folder"


def test_errors_survive_pickling_with_their_code():
    """Errors cross from the worker thread (and could cross processes) without turning into text."""
    error = TokenQuoteError((Field("line_column", line=3, column=5),), "invalid_json", detail="x")
    again = pickle.loads(pickle.dumps(error))
    assert again.code == "invalid_json" and isinstance(again.places[0], Field) and str(again) == str(error)


def test_a_skipped_rows_reason_and_detail_are_named_words():
    """An import's rows say what happened in words the GUI translates: every ``Skip(...)`` in the importers gives
    ``Field``s (or passes on another skip's detail), and no outcome, detail or warning is an English sentence."""
    plain = []
    for path in sorted(ROOT.joinpath("core", "importers").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "Skip":
                for arg in node.args:
                    branches = [arg.body, arg.orelse] if isinstance(arg, ast.IfExp) else [arg]
                    for branch in branches:
                        is_field = isinstance(branch, ast.Call) and getattr(branch.func, "id", None) == "Field"
                        passed_on = isinstance(branch, ast.Attribute) and branch.attr == "detail"
                        if not (is_field or passed_on):
                            plain.append(f"{path.relative_to(ROOT)}:{node.lineno}")
            # ... and no outcome is made with a sentence: RowOutcome(..., reason, detail), table's skip(row, ...)
            name = getattr(node, "func", None) and getattr(node.func, "id", None)
            said = getattr(node, "func", None) and getattr(node.func, "attr", None) == "append" and \
                getattr(node.func.value, "id", None) in ("details", "warnings")   # what a row's detail is made of
            if isinstance(node, ast.Call) and (name in ("RowOutcome", "skip") or said):
                texts = node.args[5:7] if name == "RowOutcome" else node.args if said else node.args[1:3]
                if any(isinstance(a, ast.JoinedStr) or isinstance(a, ast.Constant) and a.value for a in texts):
                    plain.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert plain == []

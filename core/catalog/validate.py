"""``catalog validate``: check catalog files as the app loads them (dates in order, no overlaps, ids under their
vendor, a layer that keeps each model's currency), reporting every problem with file and field.

Its verdict is the loader's: a file is refused exactly when ``--catalog`` and the app refuse it. What the JSON
Schema of the bundled catalog asks for beyond that (a Chinese vendor name, a note on every price point, http(s)
links...) is said as notes, which do not fail the check."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from core.atomic import path_kind
from core.catalog.files import read_vendor_file
from core.catalog.load import load_catalog
from core.errors import CatalogError, TokenQuoteError


def schema() -> dict:
    from core.resources import resource_path
    return json.loads(resource_path("catalog", "catalog.schema.json").read_text(encoding="utf-8"))


@dataclass(frozen=True)
class Validation:
    problems: list[str]   # what the loader refuses: the files cannot be used as they are
    notes: list[str]      # what the bundled catalog's schema asks for beyond that
    files: int
    models: int


def validate_path(path: Path) -> tuple[list[str], int, int]:
    """Return (problems, vendor files, models). Every problem is one line naming file and field."""
    result = validate(path)
    return result.problems, result.files, result.models


def validate(path: Path) -> Validation:
    """The loader's problems with ``path`` and the schema's notes on the files it accepts."""
    result = _validate(path)
    return result if isinstance(result, Validation) else Validation(result, [], 0, 0)


def _validate(path: Path) -> Validation | list[str]:
    import jsonschema  # only this command needs it; keep it off the app's start-up path

    try:
        kind = path_kind(path, CatalogError)
    except CatalogError as exc:
        return [str(exc)]
    if kind == "folder":
        files = sorted(p for p in path.glob("*.json") if not p.name.endswith(".schema.json"))
        if not files:
            return [f"{path}: folder holds no .json catalog files"]
    elif kind is not None:
        files = [path]
    else:
        return [f"{path}: no such file or folder"]
    validator = jsonschema.Draft202012Validator(schema())
    problems: list[str] = []
    notes: list[str] = []
    models = 0
    seen: dict[str, Path] = {}
    for file in files:
        try:
            vendor, file_models = read_vendor_file(file)
        except TokenQuoteError as exc:
            problems.append(str(exc))
            continue
        # The loader accepted it; what the bundled catalog's schema asks for beyond that is a note.
        doc = json.loads(file.read_text(encoding="utf-8-sig"))
        for error in sorted(validator.iter_errors(doc), key=lambda e: list(e.absolute_path)):
            where = "/".join(str(part) for part in error.absolute_path) or "top level"
            notes.append(f"{file}: {where}: {error.message}")
        for model in file_models:
            if model.id in seen:
                notes.append(f"{file}: {model.id}: also defined in {seen[model.id]} (their histories are merged)")
            seen[model.id] = file
        models += len(file_models)
    if not problems:
        # As the app and --catalog load it: laid over the bundled catalog (a layer may not relabel a currency).
        try:
            load_catalog([path])
        except TokenQuoteError as exc:
            problems.append(str(exc))
    return Validation(problems, notes, len(files), models)

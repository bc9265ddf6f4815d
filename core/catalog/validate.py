"""``catalog validate``: check catalog files against the JSON Schema *and* the loader's own rules
(dates in order, no overlaps, ids under their vendor), reporting every problem with file and field."""

from __future__ import annotations

import json
from pathlib import Path

from core.atomic import path_kind
from core.catalog.files import read_vendor_file
from core.catalog.load import load_catalog
from core.errors import CatalogError, TokenQuoteError


def schema() -> dict:
    from core.resources import resource_path
    return json.loads(resource_path("catalog", "catalog.schema.json").read_text(encoding="utf-8"))


def validate_path(path: Path) -> tuple[list[str], int, int]:
    """Return (problems, vendor files, models). Every problem is one line naming file and field."""
    import jsonschema  # only this command needs it; keep it off the app's start-up path

    try:
        kind = path_kind(path, CatalogError)
    except CatalogError as exc:
        return [str(exc)], 0, 0
    if kind == "folder":
        files = sorted(p for p in path.glob("*.json") if not p.name.endswith(".schema.json"))
        if not files:
            return [f"{path}: folder holds no .json catalog files"], 0, 0
    elif kind is not None:
        files = [path]
    else:
        return [f"{path}: no such file or folder"], 0, 0
    validator = jsonschema.Draft202012Validator(schema())
    problems: list[str] = []
    models = 0
    seen: dict[str, Path] = {}
    for file in files:
        try:
            vendor, file_models = read_vendor_file(file)
        except TokenQuoteError as exc:
            problems.append(str(exc))
            continue
        # The loader accepted it; the schema must too (it is the published contract for other tools).
        doc = json.loads(file.read_text(encoding="utf-8-sig"))
        for error in sorted(validator.iter_errors(doc), key=lambda e: list(e.absolute_path)):
            where = "/".join(str(part) for part in error.absolute_path) or "top level"
            problems.append(f"{file}: {where}: {error.message}")
        for model in file_models:
            if model.id in seen:
                problems.append(f"{file}: {model.id}: also defined in {seen[model.id]}")
            seen[model.id] = file
        models += len(file_models)
    if not problems:
        # As the app and --catalog load it: laid over the bundled catalog (a layer may not relabel a currency).
        try:
            load_catalog([path])
        except TokenQuoteError as exc:
            problems.append(str(exc))
    return problems, len(files), models

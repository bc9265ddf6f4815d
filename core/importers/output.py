"""Where and how an import's catalog files are written: the output folder or file, the vendor files a
previous import left there, and each vendor document as JSON text with exact decimal prices."""

from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from core.atomic import atomic_write_bytes, path_kind
from core.catalog.files import MAX_FILE_BYTES, parse_vendor_document, read_vendor_file
from core.catalog.model import Model, Vendor
from core.errors import CatalogError, InputError, TokenQuoteError, WriteError, describe_os_error
from core.importers.common import IMPORT_LAYER
from core.json_text import load_json


def resolve_output(out: Path) -> tuple[Path, bool]:
    """(folder, single_file): ``out`` ending in .json is one vendor file; anything else is a folder."""
    kind = path_kind(out, InputError)   # a name too long for the disk is said, not an OSError
    if out.suffix.lower() == ".json":
        if kind == "folder":
            raise InputError("--out", "out_is_folder", out=out)
        return out.parent if str(out.parent) else Path("."), True
    if kind is not None and kind != "folder":
        raise InputError("--out", "out_is_file", out=out)
    return out, False


@dataclass(frozen=True)
class OutputFile:
    """A vendor file already in the output (a previous import): its history is kept and added to."""

    path: Path
    vendor: Vendor
    models: tuple[Model, ...]


def read_output_files(out: Path) -> dict[str, OutputFile]:
    folder, single = resolve_output(out)
    files = [out] if single else (sorted(p for p in folder.glob("*.json") if not p.name.endswith(".schema.json"))
                                  if folder.is_dir() else [])
    found: dict[str, OutputFile] = {}
    for file in files:
        if not file.is_file():
            continue
        vendor, models = read_vendor_file(file, layer=IMPORT_LAYER)
        if vendor.id in found:
            raise CatalogError(str(file), "vendor_file_twice", vendor=vendor.id, folder=folder,
                                          other=found[vendor.id].path.name)
        found[vendor.id] = OutputFile(file, vendor, tuple(models))
    return found


def write_documents(out: Path, documents: dict[str, dict], out_files: dict[str, OutputFile]) -> list[Path]:
    """Write one ``<vendor>.json`` per vendor into the folder ``out`` (or ``out`` itself when it names one
    .json file and the import holds one vendor). Each document is checked with the catalog's own reader
    first, so nothing is written that the app could not load; each write is atomic."""
    folder, single = resolve_output(out)
    if not documents:
        return []
    if single and len(documents) > 1:
        names = ", ".join(sorted(documents)[:5]) + (", ..." if len(documents) > 5 else "")
        raise InputError("--out", "out_many_vendors", count=len(documents), names=names)
    if single and out_files and set(out_files) != set(documents):
        raise InputError("--out", "out_other_vendor", out=out, held=next(iter(out_files)),
                         vendor=next(iter(documents), '?'))
    texts = {}
    for vendor_id, doc in documents.items():
        text = texts[vendor_id] = catalog_json_text(doc)
        size = len(text.encode("utf-8"))
        if size > MAX_FILE_BYTES:   # the reader would refuse it: say so now, not when it is first used
            raise CatalogError(f"{vendor_id}.json", "import_file_too_large", size=f"{size / 1e6:.0f}",
                               limit=MAX_FILE_BYTES // 1_000_000, models=f"{len(doc.get('models', ())):,}")
        try:  # read back exactly what will be written, as the app will read it
            parse_vendor_document(load_json(text, vendor_id, error=CatalogError), layer=IMPORT_LAYER)
        except TokenQuoteError as exc:  # a bug, not a user error: say exactly what would have been written
            raise CatalogError((f"{vendor_id}.json", *exc.places), "import_invalid_entry", problem=exc) from exc
    if single:
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise WriteError(str(folder), "write_failed", reason=describe_os_error(exc)) from None
        atomic_write_bytes(out, next(iter(texts.values())).encode("utf-8"))
        return [out]
    targets = {(out_files[v].path if v in out_files else folder / f"{v}.json"): text.encode("utf-8")
               for v, text in texts.items()}
    _write_layer(folder, targets)
    return list(targets)


def _write_layer(folder: Path, files: dict[Path, bytes]) -> None:
    """Write a layer's files whole or not at all: every file goes to a temporary folder beside ``folder`` first
    (where a full disk or a kill strikes, if at all), then moves into place by renames, which need no space. A
    new layer folder appears in one rename."""
    parent = folder.parent if str(folder.parent) else Path(".")
    try:
        parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f".{folder.name[:80]}.", suffix=".tmp", dir=parent))
    except OSError as exc:
        raise WriteError(str(folder), "write_failed", reason=describe_os_error(exc)) from None
    try:
        for target, data in files.items():
            atomic_write_bytes(staging / target.name, data)
        if not folder.exists():
            os.replace(staging, folder)
            return
        for target in files:
            os.replace(staging / target.name, target)
    except OSError as exc:
        raise WriteError(str(folder), "write_failed", reason=describe_os_error(exc)) from None
    finally:
        shutil.rmtree(staging, ignore_errors=True)


_NUMBER_KEYS = frozenset({"input", "output", "cached_input", "factor"})
_NUMBER_MARK = "\x00number:"
_NUMBER_RE = re.compile(r'"\\u0000number:(-?[0-9]+(?:\.[0-9]+)?)"')


def catalog_json_text(doc: dict) -> str:
    """A vendor document as the bundled files are written: prices as JSON numbers written exactly as the
    decimals they are (``0.3``, never ``0.30000000000000004``), two-space indent, UTF-8 text as is.

    ``point_to_json`` gives prices as decimal strings; they are marked, dumped, and unquoted, so no value
    ever passes through a float."""
    text = json.dumps(_mark_numbers(doc), ensure_ascii=False, indent=2)
    return _NUMBER_RE.sub(r"\1", text) + "\n"


def _mark_numbers(value, key: str = ""):
    if isinstance(value, dict):
        return {k: _mark_numbers(v, k) for k, v in value.items()}
    if isinstance(value, list):
        return [_mark_numbers(v) for v in value]
    if key in _NUMBER_KEYS and isinstance(value, (str, Decimal)):
        return _NUMBER_MARK + format(Decimal(value), "f")
    return value

"""What every price-list importer shares: ids (slugs), the file-size check, and the model drafts an importer
makes (:class:`Conversion`), each remembering the source rows or keys it came from.

An importer (LiteLLM map, CSV, XLSX) turns its source into a :class:`Conversion` — model drafts plus the rows
it skipped and why; :func:`core.importers.merge.finish` then meets it with the catalog the user already has.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Callable

from core.atomic import check_readable
from core.catalog.files import MAX_FILE_BYTES
from core.catalog.model import Catalog, Model, PricePoint, Prices, Vendor
from core.errors import CatalogError, Field, describe_os_error
from core.importers.report import SKIPPED, RowOutcome

IMPORT_LAYER = "import"

Progress = Callable[[int, int], None]

_SLUG_RE = re.compile(r"[^a-z0-9._-]+")


def slug(text: str) -> str:
    """A lower-case id part: letters, digits, '.', '_' and '-' only ('@', ':', '/' and spaces become '-')."""
    return _SLUG_RE.sub("-", text.strip().lower()).strip("-._")


def vendor_slug(text: str) -> str:
    """A vendor id: like :func:`slug` without '_' (the catalog schema's vendor ids are a-z 0-9 . -)."""
    return slug(text.replace("_", "-"))


def check_file_size(path: Path, max_bytes: int = MAX_FILE_BYTES) -> int:
    """Refuse a missing or oversized file before reading a byte of it (a 50 MB file fails in microseconds)."""
    try:
        path.stat()
    except FileNotFoundError:
        raise CatalogError(str(path), "no_such_file") from None
    except OSError as exc:
        raise CatalogError(str(path), "file_unreadable", reason=describe_os_error(exc)) from None
    if path.is_dir():
        raise CatalogError(str(path), "price_list_is_folder")
    size = check_readable(path, CatalogError)   # a regular file only: a pipe would block the import forever
    if size > max_bytes:
        raise CatalogError(str(path), "price_list_too_large", size=f"{size / 1e6:.0f}", limit=max_bytes // 1_000_000)
    if size == 0:
        raise CatalogError(str(path), "file_empty")
    return size


def read_bytes(path: Path) -> bytes:
    check_file_size(path)
    try:
        return path.read_bytes()
    except OSError as exc:
        raise CatalogError(str(path), "file_unreadable", reason=describe_os_error(exc)) from None


@dataclass(frozen=True, slots=True)
class SourceRef:
    """One source row/key that contributed to a draft, with what the importer wants to say about it."""

    order: int
    ref: str
    line: int | None
    detail: str = ""


@dataclass
class ModelDraft:
    """A model as the source describes it (its points carry the import's source and note)."""

    model: Model
    refs: list[SourceRef]
    name_given: bool = True  # False: the source has no display name (LiteLLM); keep the catalog's


# (preference: lower wins, source order, the entry's reference, its draft): the entries that became one model id
Candidate = tuple[int, int, str, ModelDraft]


def one_per_model(candidates: dict[str, list[Candidate]], skipped: list[RowOutcome]) -> list[ModelDraft]:
    """Of the entries of a map or data file that became the same model id, the preferred one (then the first) is
    kept; the others are skipped as duplicates, saying which was kept and whether their prices were the same. The
    drafts kept, in source order."""
    drafts = []
    for model_id, group in candidates.items():
        group.sort(key=lambda c: (c[0], c[1]))
        winner = group[0]
        drafts.append(winner[3])
        for _, order, ref, draft in group[1:]:
            same = draft.model.prices[-1].base == winner[3].model.prices[-1].base
            skipped.append(RowOutcome(order, ref, draft.refs[0].line, SKIPPED, model_id, Field("skip_duplicate_model"),
                                      Field("skipd_duplicate_same" if same else "skipd_duplicate_different",
                                            model=model_id, kept=winner[2])))
    drafts.sort(key=lambda d: d.refs[0].order)
    return drafts


@dataclass
class Conversion:
    """An importer's output before it meets the user's catalog."""

    vendors: dict[str, Vendor]
    drafts: list[ModelDraft]
    skipped: list[RowOutcome]
    total: int
    encoding: str = ""
    notes: list[str] = field(default_factory=list)


class Skip(Exception):
    """Raised inside an importer for one row/key: it is reported as skipped and the import goes on."""

    def __init__(self, reason: str, detail: str = ""):
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail


def empty_catalog() -> Catalog:
    return Catalog({}, {}, (), ())


def point(start: date, base: Prices, *, tiers=(), batch=None, off_peak=None, free_input: int = 0,
          free_output: int = 0, source: str, checked: date, note: str) -> PricePoint:
    return PricePoint(start, None, base, tuple(tiers), batch, off_peak, free_input, free_output, source, checked,
                      note, IMPORT_LAYER)

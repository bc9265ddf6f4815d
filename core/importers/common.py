"""What every price-list importer shares: the per-row report, model drafts, and writing catalog files.

An importer (LiteLLM map, CSV, XLSX) turns its source into :class:`Conversion` — model drafts that each
remember the source rows/keys they came from, plus the rows it skipped and why. :func:`finish` then
decides, against the catalog the user already has, whether each draft is *added* or *updated* (a new dated
price point on a model the catalog knows), and merges it into the vendor files of the output folder
without ever dropping a point already there (history is never overwritten; at the same start date the
newer import wins, as the catalog loader's own layering does).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Callable

from core.atomic import atomic_write_bytes, describe_os_error
from core.catalog.files import (MAX_FILE_BYTES, SCHEMA_VERSION, model_to_json, parse_vendor_document,
    read_vendor_file, vendor_to_json)
from core.catalog.model import Catalog, Model, PricePoint, Prices, Vendor, merge_history
from core.errors import CatalogError, InputError, TokenQuoteError, WriteError
from core.money import format_price

ADDED = "added"
UPDATED = "updated"
SKIPPED = "skipped"

IMPORT_LAYER = "import"
MAX_PRICE_PER_1M = Decimal(1_000_000)  # the catalog's own ceiling ($1 a token): above it is a unit mistake

Progress = Callable[[int, int], None]

_SLUG_RE = re.compile(r"[^a-z0-9._-]+")


def slug(text: str) -> str:
    """A lower-case id part: letters, digits, '.', '_' and '-' only ('@', ':', '/' and spaces become '-')."""
    return _SLUG_RE.sub("-", text.strip().lower()).strip("-._")


def vendor_slug(text: str) -> str:
    """A vendor id: like :func:`slug` without '_' (the catalog schema's vendor ids are a-z 0-9 . -)."""
    return slug(text.replace("_", "-"))


_URL_RE = re.compile(r"^https?://\S+$")


def is_url(text: str) -> bool:
    """An http(s) URL as the catalog schema takes it for ``source`` and ``pricing_url``."""
    return bool(_URL_RE.match(text))


def check_file_size(path: Path, max_bytes: int = MAX_FILE_BYTES) -> int:
    """Refuse a missing or oversized file before reading a byte of it (a 50 MB file fails in microseconds)."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise CatalogError(str(path), "no such file") from None
    except OSError as exc:
        raise CatalogError(str(path), describe_os_error(exc)) from None
    if path.is_dir():
        raise CatalogError(str(path), "is a folder, not a price-list file")
    if size > max_bytes:
        raise CatalogError(str(path), f"is {size / 1e6:.0f} MB; a price list is expected to be under "
                                      f"{max_bytes // 1_000_000} MB (is this the right file?)")
    if size == 0:
        raise CatalogError(str(path), "is empty")
    return size


def read_bytes(path: Path) -> bytes:
    check_file_size(path)
    try:
        return path.read_bytes()
    except OSError as exc:
        raise CatalogError(str(path), describe_os_error(exc)) from None


# ------------------------------------------------------------------------------------------------ report


@dataclass(frozen=True, slots=True)
class RowOutcome:
    """What happened to one source row (CSV/XLSX) or key (LiteLLM).

    ``reason`` is short and shared by similar rows so a summary can group them ("mode=embedding",
    "invalid price"); ``detail`` names the field or column and the value, or what was not imported.
    """

    order: int
    ref: str
    line: int | None
    status: str
    model_id: str = ""
    reason: str = ""
    detail: str = ""

    def describe(self, source_name: str = "") -> str:
        where = source_name
        if self.line is not None:
            where = f"{where}:{self.line}" if where else f"line {self.line}"
        head = f"{where}: {self.ref}" if where else self.ref
        if self.status == SKIPPED:
            text = f"{head}: skipped: {self.reason}"
        else:
            text = f"{head}: {self.status} {self.model_id}"
        return f"{text} ({self.detail})" if self.detail else text


@dataclass
class ImportReport:
    """The result of an import: one outcome per source row or key, in source order."""

    source: Path
    source_format: str
    outcomes: list[RowOutcome]
    imported_on: date
    effective: date | None = None
    encoding: str = ""
    written: list[Path] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def with_status(self, status: str) -> list[RowOutcome]:
        return [o for o in self.outcomes if o.status == status]

    @property
    def added(self) -> list[RowOutcome]:
        return self.with_status(ADDED)

    @property
    def updated(self) -> list[RowOutcome]:
        return self.with_status(UPDATED)

    @property
    def skipped(self) -> list[RowOutcome]:
        return self.with_status(SKIPPED)

    def counts(self) -> dict[str, int]:
        found = Counter(o.status for o in self.outcomes)
        return {ADDED: found[ADDED], UPDATED: found[UPDATED], SKIPPED: found[SKIPPED]}

    def skip_reasons(self) -> list[tuple[str, int]]:
        """(reason, count), most frequent first."""
        found = Counter(o.reason for o in self.outcomes if o.status == SKIPPED)
        return sorted(found.items(), key=lambda item: (-item[1], item[0]))

    def model_ids(self) -> list[str]:
        """The ids of the models this import added or updated, in source order, each once."""
        return list(dict.fromkeys(o.model_id for o in self.outcomes if o.status != SKIPPED))

    def summary(self) -> str:
        """The counts on one line, then the skip reasons grouped with their counts (most frequent first)."""
        c = self.counts()
        unit = "keys" if self.source_format == "litellm" else "rows"
        head = (f"{self.source.name} ({self.source_format}): {c[ADDED]:,} added, {c[UPDATED]:,} updated, "
                f"{c[SKIPPED]:,} skipped of {len(self.outcomes):,} {unit}")
        if self.encoding:
            head += f"; read as {self.encoding}"
        if self.written:
            folder = self.written[0].parent
            head += (f"; wrote {self.written[0]}" if len(self.written) == 1
                     else f"; wrote {len(self.written)} vendor files to {folder}")
        lines = [head]
        reasons = self.skip_reasons()
        if reasons:
            width = len(f"{reasons[0][1]:,}")
            lines.append("skipped:")
            lines.extend(f"  {count:>{width},}  {reason}" for reason, count in reasons)
        lines.extend(f"note: {note}" for note in self.notes)
        return "\n".join(lines)

    def lines(self) -> list[str]:
        """Every row's outcome, one line each, naming the file and line (or key)."""
        return [o.describe(self.source.name) for o in self.outcomes]


# ------------------------------------------------------------------------------------------------ drafts


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


def price_text(prices: Prices) -> str:
    text = f"in {format_price(prices.input)} / out {format_price(prices.output)}"
    if prices.cached_input is not None:
        text += f", cached {format_price(prices.cached_input)}"
    return text


# -------------------------------------------------------------------------------------- meeting the catalog


@dataclass
class FinishedImport:
    outcomes: list[RowOutcome]
    documents: dict[str, dict]  # vendor id -> catalog document (schema_version 1) to write


def finish(conversion: Conversion, existing: Catalog, out_files: dict[str, "OutputFile"]) -> FinishedImport:
    """Classify each draft as added or updated against ``existing`` (and the output folder's own files),
    and build the merged vendor documents to write."""
    outcomes = list(conversion.skipped)
    out_models = {m.id: m for f in out_files.values() for m in f.models}
    new_by_vendor: dict[str, list[Model]] = {}
    for draft in conversion.drafts:
        model = draft.model
        known = out_models.get(model.id) or existing.models.get(model.id)
        if known is not None and known.currency != model.currency:
            for ref in draft.refs:
                outcomes.append(RowOutcome(
                    ref.order, ref.ref, ref.line, SKIPPED, model.id, "currency differs from the catalog",
                    f"the catalog prices {model.id} in {known.currency}; this source gives {model.currency}, "
                    "and one model's history stays in one currency"))
            continue
        if known is None and model.context_window is None:
            for ref in draft.refs:
                outcomes.append(RowOutcome(
                    ref.order, ref.ref, ref.line, SKIPPED, model.id, "context window unknown",
                    f"{model.id} is new to the catalog and the source gives no context window (every catalog "
                    "model has one, so a workload can be checked against it; a price list's column is "
                    "context_window)"))
            continue
        if known is not None:
            model = replace(
                model,
                name=model.name if draft.name_given else known.name,
                context_window=model.context_window if model.context_window is not None else known.context_window,
                max_output=model.max_output if model.max_output is not None else known.max_output,
                deprecated=model.deprecated or known.deprecated)
            status = UPDATED
            change = _change_text(known, model)
        else:
            status, change = ADDED, ""
        new_by_vendor.setdefault(model.vendor_id, []).append(model)
        for ref in draft.refs:
            detail = "; ".join(part for part in (change, ref.detail) if part)
            outcomes.append(RowOutcome(ref.order, ref.ref, ref.line, status, model.id, "", detail))
    outcomes.sort(key=lambda o: o.order)

    documents = {}
    for vendor_id, models in new_by_vendor.items():
        out_file = out_files.get(vendor_id)
        vendor = existing.vendors.get(vendor_id) or (out_file.vendor if out_file else conversion.vendors[vendor_id])
        merged: dict[str, Model] = {m.id: m for m in (out_file.models if out_file else ())}
        for model in models:
            merged[model.id] = merge_history(merged.get(model.id), model)
        documents[vendor_id] = {"schema_version": SCHEMA_VERSION, "vendor": vendor_to_json(vendor),
                                "models": [model_to_json(m) for m in merged.values()]}
    return FinishedImport(outcomes, documents)


def _change_text(known: Model, new: Model) -> str:
    first = new.prices[0]
    before = known.point_at(first.start) or (known.prices[-1] if known.prices[-1].start <= first.start else None)
    if before is None:
        return f"new point from {first.start}; the catalog's prices start later"
    same_day = "replaces the catalog's point" if before.start == first.start else "new point"
    if before.base == first.base and before.tiers == first.tiers:
        return f"{same_day} from {first.start}, same prices as from {before.start}"
    return f"{same_day} from {first.start}: {price_text(first.base)} (was {price_text(before.base)} " \
           f"from {before.start})"


# ---------------------------------------------------------------------------------------------- output


def resolve_output(out: Path) -> tuple[Path, bool]:
    """(folder, single_file): ``out`` ending in .json is one vendor file; anything else is a folder."""
    if out.suffix.lower() == ".json":
        if out.is_dir():
            raise InputError("--out", f"{out} is a folder; a name ending in .json is taken as one vendor file")
        return out.parent if str(out.parent) else Path("."), True
    if out.exists() and not out.is_dir():
        raise InputError("--out", f"{out} is a file; give a folder (or a .json file for a single vendor)")
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
            raise CatalogError(str(file), f"vendor {vendor.id!r} also has a file in {folder} "
                                          f"({found[vendor.id].path.name})")
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
        raise InputError("--out", f"this import holds {len(documents)} vendors ({names}); the catalog reads one "
                                  "vendor per file, so give a folder")
    if single and out_files and set(out_files) != set(documents):
        raise InputError("--out", f"{out} holds vendor {next(iter(out_files))!r}; this import is vendor "
                                  f"{next(iter(documents), '?')!r} (give a folder, or another file)")
    texts = {}
    for vendor_id, doc in documents.items():
        text = texts[vendor_id] = catalog_json_text(doc)
        try:  # read back exactly what will be written, as the app will read it
            parse_vendor_document(json.loads(text, parse_float=Decimal), layer=IMPORT_LAYER)
        except TokenQuoteError as exc:  # a bug, not a user error: say exactly what would have been written
            raise CatalogError(f"{vendor_id}.json: {exc.where}", f"import produced an invalid entry: {exc.problem}")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise WriteError(str(folder), describe_os_error(exc)) from None
    written = []
    for vendor_id, text in texts.items():
        target = out if single else (out_files[vendor_id].path if vendor_id in out_files
                                     else folder / f"{vendor_id}.json")
        atomic_write_bytes(target, text.encode("utf-8"))
        written.append(target)
    return written


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


def empty_catalog() -> Catalog:
    return Catalog({}, {}, (), ())


def point(start: date, base: Prices, *, tiers=(), batch=None, off_peak=None, free_input: int = 0,
          free_output: int = 0, source: str, checked: date, note: str) -> PricePoint:
    return PricePoint(start, None, base, tuple(tiers), batch, off_peak, free_input, free_output, source, checked,
                      note, IMPORT_LAYER)

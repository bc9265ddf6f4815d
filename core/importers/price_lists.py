"""The entry point for importing a price list (a LiteLLM price map, a genai-prices data file, or a CSV/XLSX price
list) into catalog files, used by the CLI and the GUI; also the template a user fills in.

``run_import("litellm" | "genai-prices" | "csv" | "xlsx", path, out)`` reads the source, converts it, and writes one
``<vendor>.json`` per vendor in the catalog format (schema_version 1) into the folder ``out`` — a layer
the catalog loader puts over the bundled catalog (``load_catalog([out])``). ``out`` may also name a single
``.json`` file when the import holds one vendor.

- Every imported price is a new dated price point (``from`` = ``effective``, default the import date)
  with its source (``file:<name>`` and the price's own URL when the source gives one), ``checked`` date
  and a note saying which file it came from and when.
- A model the catalog already has is *updated*: the new point is added to its history. History is never
  overwritten: vendor files already in ``out`` (a previous import) are read and added to, and the
  bundled files are never touched. A model whose catalog prices are in another currency is skipped
  (its history stays in one currency; LiteLLM's USD figures for CNY vendors are conversions).
- The report has one outcome per source row or key — added, updated, or skipped with the reason — and
  a one-glance :meth:`ImportReport.summary`.
- A file that cannot be read at all (not UTF-8/GB18030, truncated JSON, wrong top-level type, over
  20 MB, an unknown column) raises :class:`~core.errors.CatalogError` naming the file and line;
  nothing is written then.

Formats: :mod:`core.importers.litellm` (the LiteLLM map), :mod:`core.importers.genai_prices` (pydantic
genai-prices' ``data.json``: providers, dated price history, tiers) and :mod:`core.importers.table` (the CSV/XLSX
column layout, also in ``resources/templates/price_list_template.csv``).
"""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path

from core.atomic import atomic_write_bytes
from core.catalog.load import bundled_catalog_dir, load_catalog
from core.catalog.model import Catalog
from core.errors import Field, InputError, TokenQuoteError
from core.importers.common import Conversion, Progress, empty_catalog
from core.importers.merge import finish
from core.importers.output import OutputFile, read_output_files, resolve_output, write_documents
from core.importers.report import ADDED, SKIPPED, UPDATED, ImportReport, RowOutcome

__all__ = ["ADDED", "UPDATED", "SKIPPED", "SOURCE_FORMATS", "ImportReport", "RowOutcome", "run_import",
           "convert_source", "write_template", "format_for_path"]

SOURCE_FORMATS = ("litellm", "genai-prices", "csv", "xlsx")
_PEEK_BYTES = 64 * 1024


def format_for_path(path: str | Path) -> str:
    """The source format a file suggests, for a file dialog or a dropped file: .csv/.tsv/.txt, .xlsx, and a .json
    file by its first bytes (a list of providers is genai-prices data, an object of model entries a LiteLLM map)."""
    path = Path(path)
    suffix = path.suffix.lower()
    found = {".json": "litellm", ".csv": "csv", ".txt": "csv", ".tsv": "csv", ".xlsx": "xlsx"}.get(suffix)
    if found is None:
        raise InputError("--from", "source_format_unclear", name=path.name)
    if found == "litellm":
        from core.importers.genai_read import looks_like_genai_prices
        try:
            with path.open("rb") as file:
                head = file.read(_PEEK_BYTES)
        except OSError:
            return found          # the import itself says why the file cannot be read
        if looks_like_genai_prices(head):
            return "genai-prices"
    return found


def convert_source(source_format: str, path: Path, *, existing: Catalog, effective: date, today: date,
                   progress: Progress | None = None) -> Conversion:
    """Read and convert one source without writing anything."""
    if source_format == "litellm":
        from core.importers.litellm import convert_litellm
        return convert_litellm(path, effective=effective, today=today, progress=progress)
    if source_format == "genai-prices":
        from core.importers.genai_prices import convert_genai_prices
        return convert_genai_prices(path, existing=existing, effective=effective, today=today, progress=progress)
    if source_format in ("csv", "xlsx"):
        from core.importers.table import convert_table
        return convert_table(path, source_format, existing=existing, effective=effective, today=today,
                             progress=progress)
    raise InputError("--from", "source_format_unknown", value=source_format, allowed=", ".join(SOURCE_FORMATS))


def run_import(source_format: str, path: str | Path, out: str | Path, *, existing: Catalog | None = None,
               effective: date | None = None, today: date | None = None, progress: Progress | None = None,
               dry_run: bool = False) -> ImportReport:
    """Import ``path`` into the catalog folder ``out`` and report on every row.

    Parameters
    ----------
    source_format
        ``"litellm"``, ``"genai-prices"``, ``"csv"`` or ``"xlsx"``.
    path, out
        The source file; the output folder (created if missing) or a single vendor ``.json`` file.
    existing
        The catalog the user has now (bundled plus their layers), which decides *added* vs *updated* and
        supplies known vendors' records; default: the bundled catalog.
    effective
        The ``from`` date of LiteLLM points, of genai-prices' undated (default) prices and of table rows without
        ``effective_from``; default: today. genai-prices' dated prices keep their own dates.
    today
        The import date (``checked`` default and the note); default: today.
    progress
        Called as ``progress(done, total)`` while rows are converted (the GUI's progress bar); it runs on
        the caller's thread and may raise to cancel — nothing is written until the end.
    dry_run
        Convert and report without writing (a preview).
    """
    started = time.perf_counter()
    path, out = Path(path), Path(out)
    today = today or date.today()
    effective = effective or today
    _refuse_bundled_folder(out)
    out_files = read_output_files(out)
    notes: list[str] = []
    if existing is None:
        existing, note = _bundled_catalog()
        if note:
            notes.append(note)
    conversion = convert_source(source_format, path, existing=_with_output(existing, out_files),
                                effective=effective, today=today, progress=progress)
    finished = finish(conversion, existing, out_files)
    written = [] if dry_run else write_documents(out, finished.documents, out_files)
    if not finished.documents:
        notes.append(Field("import_note_nothing"))
    return ImportReport(path, source_format, finished.outcomes, today, effective, conversion.encoding, written,
                        notes + conversion.notes, time.perf_counter() - started)


def _with_output(existing: Catalog, out_files: dict[str, OutputFile]) -> Catalog:
    """The catalog as a price list sees it: what the user has, plus what earlier imports put in ``out``
    (a vendor a first import created needs no region on the second)."""
    if not out_files:
        return existing
    vendors = {**{v: f.vendor for v, f in out_files.items()}, **existing.vendors}
    models = {**existing.models, **{m.id: m for f in out_files.values() for m in f.models}}
    return Catalog(vendors, models, existing.layers, existing.sources)


def _refuse_bundled_folder(out: Path) -> None:
    """The bundled catalog is read-only: an import is a layer of its own, loaded over it."""
    folder, _ = resolve_output(out)
    try:
        bundled = bundled_catalog_dir().resolve()
    except TokenQuoteError:
        return
    if folder.resolve() == bundled:
        raise InputError("--out", "out_is_bundled", out=out)


def _bundled_catalog() -> tuple[Catalog, str]:   # the note is a Field ("" when read)
    try:
        return load_catalog(), ""
    except TokenQuoteError as exc:
        return empty_catalog(), Field("import_note_no_bundled", error=exc)


def write_template(path: str | Path, kind: str = "csv") -> Path:
    """Write the price-list template (header and two example rows) as ``kind`` "csv" or "xlsx", atomically."""
    from core.importers.table_template import template_csv_bytes, template_xlsx_bytes

    if kind not in ("csv", "xlsx"):
        raise InputError("template", "template_kind", value=kind)
    target = Path(path)
    atomic_write_bytes(target, template_csv_bytes() if kind == "csv" else template_xlsx_bytes())
    return target

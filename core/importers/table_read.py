"""Reading a price list's rows: decoding a CSV (UTF-8, UTF-16 with a BOM, else GB18030; which delimiter)
and reading an XLSX sheet, into a :class:`Table` of header and numbered rows."""

from __future__ import annotations

import codecs
import csv
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Sequence

from core.errors import CatalogError, Field, detail_of
from core.importers.common import check_file_size, read_bytes
from core.importers.table_cells import is_blank


@dataclass
class Table:
    """A price list's header (and the line it is on) and its data rows as (line, cells)."""

    header: list[str]
    header_line: int
    rows: Iterator[tuple[int, Sequence[object]]]      # a CSV row's cells are str, an XLSX row's any value
    total: int
    encoding: str = ""
    grouping_ok: bool = True  # False in a ';'-separated CSV, where "1,5" may well mean 1.5


def decode_csv(raw: bytes, path: Path) -> tuple[str, str]:
    """(text, encoding name): UTF-8 (BOM or not), UTF-16 with a BOM, else GB18030; else an error naming
    the first byte that is neither, with its line."""
    if raw.startswith(codecs.BOM_UTF8):
        try:
            return raw[3:].decode("utf-8"), "UTF-8 (with BOM)"
        except UnicodeDecodeError as exc:
            raise _encoding_error(raw, exc.start + 3, path) from None
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return raw.decode("utf-16"), "UTF-16"
        except UnicodeDecodeError:
            raise CatalogError(str(path), "csv_false_utf16") from None
    nul = raw.find(b"\x00")
    if nul >= 0:
        line = raw[:nul].count(b"\n") + 1
        raise CatalogError(f"{path}:{line}", "csv_binary", offset=nul)
    try:
        return raw.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError as utf8_error:
        try:
            return raw.decode("gb18030"), "GB18030 (not UTF-8)"
        except UnicodeDecodeError:
            raise _encoding_error(raw, utf8_error.start, path) from None


def _encoding_error(raw: bytes, offset: int, path: Path) -> CatalogError:
    line = raw[:offset].count(b"\n") + 1
    return CatalogError(f"{path}:{line}", "csv_encoding", offset=offset, byte=f"{raw[offset]:02X}")


def read_csv_table(path: Path) -> Table:
    """A CSV price list's header and rows (line numbers are the file's)."""
    text, encoding = decode_csv(read_bytes(path), path)
    first = next((ln for ln in text.splitlines() if ln.strip()), "")
    delimiter = max((",", ";", "\t"), key=first.count) if first else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header_line, header = _first_row(reader)
    except csv.Error as exc:
        raise CatalogError(f"{path}:{reader.line_num}", "csv_unreadable", detail=detail_of(exc)) from None
    if header is None:
        raise CatalogError(str(path), "no_header_row")

    def rows() -> Iterator[tuple[int, Sequence[object]]]:
        start = reader.line_num + 1
        while True:
            try:
                cells = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                raise CatalogError(f"{path}:{start}", "csv_row_unreadable", detail=detail_of(exc)) from None
            yield start, cells
            start = reader.line_num + 1

    return Table(header, header_line, rows(), max(1, text.count("\n") - header_line + 1), encoding,
                 grouping_ok=delimiter != ";")


def _first_row(reader) -> tuple[int, list[str] | None]:
    for cells in reader:
        if any(c.strip() for c in cells):
            return reader.line_num, cells
    return 0, None


def read_xlsx_table(path: Path) -> Table:
    """An XLSX price list's header and rows (line numbers are the sheet's row numbers)."""
    check_file_size(path)
    from zipfile import BadZipFile

    from openpyxl import load_workbook  # only an XLSX import needs it; keep it off the start-up path

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (BadZipFile, KeyError, ValueError, OSError) as exc:
        raise CatalogError(str(path), "xlsx_unreadable", detail=detail_of(exc)) from None
    except Exception as exc:  # openpyxl raises its own InvalidFileException and friends
        raise CatalogError(str(path), "xlsx_unreadable", detail=detail_of(exc)) from None
    sheet = book["prices"] if "prices" in book.sheetnames else book.worksheets[0]
    try:
        if hasattr(sheet, "reset_dimensions"):
            sheet.reset_dimensions()  # some writers store a wrong sheet size; read-only mode would trust it
        all_rows = list(sheet.iter_rows(values_only=True))
    except Exception as exc:
        raise CatalogError((str(path), Field("sheet", name=sheet.title)), "sheet_unreadable", detail=detail_of(exc)) from None
    finally:
        book.close()
    header_index = next((i for i, r in enumerate(all_rows) if any(not is_blank(c) for c in r)), None)
    if header_index is None:
        raise CatalogError((str(path), Field("sheet", name=sheet.title)), "no_header_row")
    header = ["" if c is None else str(c) for c in all_rows[header_index]]
    data = [(i + 1, list(r)) for i, r in enumerate(all_rows) if i > header_index]
    return Table(header, header_index + 1, iter(data), max(1, len(data)))

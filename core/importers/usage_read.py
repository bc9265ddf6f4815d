"""Reading a usage export: CSV (UTF-8 with or without BOM, UTF-16 with a BOM, else GBK/GB18030; comma, semicolon
or tab) or XLSX, as a header and chunks of rows of text, streamed so a large file never sits in memory whole.

pandas and openpyxl are imported inside the functions that use them (start-up time is measured). Cells are read
as text (``dtype=str``), never as floats: :mod:`core.importers.usage_cells` turns them into exact integers and
decimals. Line numbers are the file's (a CSV line, an XLSX row), counting from 1; a quoted CSV field holding a
line break would shift the lines after it, which usage exports do not have.
"""

from __future__ import annotations

import codecs
import csv
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from core.atomic import check_readable
from core.errors import Field, InputError, describe_os_error, detail_of

MAX_USAGE_BYTES = 2 * 1024**3      # 2 GB: a year of per-request logs; anything larger is not a usage export
# Rows a chunk: two chunks of text cells are held at once (one behind, to know the last), so this sets the peak:
# 250,000 held 3.7–4.0× a 100 MB export (the budget is 4×), 64,000 1.7×, in the same time (bench_usage.py).
CHUNK_ROWS = 64_000
PEEK_ROWS = 12
_BLOCK = 4 * 1024 * 1024


@dataclass
class Chunk:
    """Rows of the used columns as text: ``cells[k]`` is the column ``columns[k]``; ``lines`` their line numbers."""

    columns: list[int]
    cells: list            # one sequence of str per column (a pandas Series, or a list for XLSX)
    lines: object          # numpy array of line numbers
    done: int = 0          # bytes (CSV) or rows (XLSX) read so far, for progress
    total: int = 1
    cut: object = None     # numpy bool per row: the row the file was cut short in (CSV), or None


@dataclass
class UsageSource:
    """A usage file opened for reading: its kind, encoding, header and where the data starts."""

    path: Path
    kind: str               # "csv" or "xlsx"
    header: list[str]
    header_line: int
    encoding: str = ""      # a Python codec name (CSV)
    encoding_label: str = ""
    delimiter: str = ","
    size: int = 0
    sample: list[list[str]] | None = None   # the first rows, for the mapping preview
    cut_tail: bool = False  # the file ends inside a row that has fewer fields than the header (CSV)


def check_usage_file(path: Path) -> int:
    try:
        path.stat()
    except FileNotFoundError:
        raise InputError(str(path), "no_such_file") from None
    except OSError as exc:
        raise InputError(str(path), "file_unreadable", reason=describe_os_error(exc)) from None
    if path.is_dir():
        raise InputError(str(path), "usage_is_folder")
    size = check_readable(path, InputError)
    if size > MAX_USAGE_BYTES:
        raise InputError(str(path), "usage_too_large", size=f"{size / 1e6:.0f}", limit=MAX_USAGE_BYTES // 1_000_000)
    if size == 0:
        raise InputError(str(path), "usage_empty")
    return size


def open_usage(path: str | Path) -> UsageSource:
    """Open ``path`` (its kind from the first bytes, not the name), find the header and read a sample."""
    path = Path(path)
    size = check_usage_file(path)
    with path.open("rb") as handle:
        head = handle.read(8)
    if head.startswith(b"PK\x03\x04") or path.suffix.lower() in (".xlsx", ".xlsm"):
        return _open_xlsx(path, size)
    return _open_csv(path, size)


# ------------------------------------------------------------------------------------------------ CSV


def sniff_encoding(path: Path) -> tuple[str, str]:
    """(codec, label) for a CSV: a BOM decides; else the whole file is checked as UTF-8 in blocks, then as
    GB18030 (which reads GBK); a NUL byte means binary. Errors name the line of the first bad byte."""
    with path.open("rb") as handle:
        first = handle.read(4)
        if first.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return "utf-16", "UTF-16"
        bom = first.startswith(codecs.BOM_UTF8)
        handle.seek(3 if bom else 0)
        bad = _first_bad_byte(handle, "utf-8")
        if bad is None:
            return ("utf-8-sig", "UTF-8 (with BOM)") if bom else ("utf-8", "UTF-8")
        if not bom:   # a UTF-8 BOM on a file that is not UTF-8 is reported as it is, not guessed further
            handle.seek(0)
            if _first_bad_byte(handle, "gb18030") is None:
                return "gb18030", "GBK/GB18030 (not UTF-8)"
    offset, byte, line = bad
    raise InputError((str(path), Field("line_number", line=line)), "csv_encoding", offset=offset, byte=f"{byte:02X}")


def _first_bad_byte(handle, codec: str):
    """(offset, byte, line) of the first byte ``codec`` cannot read, or None; a NUL byte is refused as binary."""
    decoder = codecs.getincrementaldecoder(codec)()
    offset = handle.tell()
    lines = 1
    while True:
        block = handle.read(_BLOCK)
        final = not block
        try:
            pending = len(decoder.getstate()[0])
        except (AttributeError, TypeError):
            pending = 0
        try:
            decoder.decode(block, final)
        except UnicodeDecodeError as exc:
            at = max(0, offset - pending + exc.start)
            handle.seek(0)
            before = handle.read(at)
            byte = handle.read(1)
            return at, byte[0] if byte else 0, before.count(b"\n") + 1
        nul = block.find(b"\x00")
        if nul >= 0:
            raise InputError((str(handle.name), Field("line_number", line=lines + block[:nul].count(b"\n"))),
                             "csv_binary", offset=offset + nul)
        lines += block.count(b"\n")
        offset += len(block)
        if final:
            return None


def _open_csv(path: Path, size: int) -> UsageSource:
    codec, label = sniff_encoding(path)
    with path.open("r", encoding=codec, newline="") as handle:
        head = handle.read(256 * 1024)
    lines = head.splitlines()
    first = next((ln for ln in lines if ln.strip()), "")
    if not first:
        raise InputError(str(path), "usage_empty")
    delimiter = max((",", ";", "\t"), key=first.count)
    reader = csv.reader(io.StringIO(head, newline=""), delimiter=delimiter)
    header, header_line, sample = None, 0, []
    try:
        for cells in reader:
            if header is None:
                if any(c.strip() for c in cells):
                    header, header_line = [c.strip() for c in cells], reader.line_num
                continue
            sample.append(cells)
            if len(sample) >= PEEK_ROWS:
                break
    except csv.Error as exc:
        raise InputError((str(path), Field("line_number", line=reader.line_num)), "csv_unreadable", detail=detail_of(exc)) from None
    if header is None:
        raise InputError(str(path), "no_header_row")
    return UsageSource(path, "csv", header, header_line, codec, label, delimiter, size, sample,
                       _cut_tail(path, codec, delimiter, len(header)))


def _cut_tail(path: Path, codec: str, delimiter: str, fields: int) -> bool:
    """Whether the file stops inside its last row: no line break at its end and fewer fields than the header
    (a copy cut short by a full disk or an interrupted download). pandas would read the missing cells as empty —
    zero tokens, no cost — and the row would count, wrong, without a word."""
    if "16" in codec or "32" in codec:   # a line break is two or four bytes there: not read this way (rare files)
        return False
    with path.open("rb") as handle:
        handle.seek(max(0, path.stat().st_size - 64 * 1024))
        tail = handle.read()
    if not tail or tail.endswith((b"\n", b"\r")):
        return False
    last = tail.rsplit(b"\n", 1)[-1].decode(codec, errors="replace")
    row = next(csv.reader(io.StringIO(last), delimiter=delimiter), [])
    return 0 < len(row) < fields


def csv_chunks(source: UsageSource, columns: list[int]) -> Iterator[Chunk]:
    """The used columns of a CSV in chunks of text cells (pandas' C parser, ``dtype=str``)."""
    import numpy as np
    import pandas as pd

    path = source.path
    try:
        reader = pd.read_csv(
            path, sep=source.delimiter, encoding=source.encoding, header=None, skiprows=source.header_line,
            usecols=columns, dtype=str, keep_default_na=False, na_filter=False, skip_blank_lines=False,
            chunksize=CHUNK_ROWS, engine="c", quotechar='"', encoding_errors="strict", memory_map=False)
        first_line = source.header_line + 1
        with reader:
            start, held, n = 0, None, 0
            for frame in reader:
                n = len(frame)
                cells = [frame[c] for c in columns]
                done = min(source.size, int(source.size * (start + n) / max(1, _estimate_rows(source))))
                if held is not None:   # one chunk behind: the last one is known only when the next does not come
                    yield held
                held = Chunk(columns, cells, np.arange(first_line + start, first_line + start + n), done, source.size)
                start += n
            if held is not None:
                if source.cut_tail and n:   # n: the last chunk's rows
                    cut = np.zeros(n, dtype=np.bool_)
                    cut[-1] = True
                    held.cut = cut
                yield held
    except pd.errors.EmptyDataError:
        return
    except (pd.errors.ParserError, ValueError, UnicodeDecodeError) as exc:
        line = _line_in(str(exc))
        where = (str(path), Field("line_number", line=line)) if line else str(path)
        raise InputError(where, "csv_unreadable", detail=detail_of(exc)) from None
    except OSError as exc:
        raise InputError(str(path), "file_unreadable", reason=describe_os_error(exc)) from None


def _estimate_rows(source: UsageSource) -> int:
    if source.sample:
        width = sum(len(source.delimiter.join(r)) + 1 for r in source.sample) / len(source.sample)
        return max(1, int(source.size / max(1.0, width)))
    return 1


def _line_in(message: str) -> int | None:
    """The file's line in a pandas parser message: "line N" is a line; "row N" counts rows from 0."""
    import re
    found = re.search(r"line (\d+)", message)
    if found:
        return int(found.group(1))
    found = re.search(r"row (\d+)", message)
    return int(found.group(1)) + 1 if found else None


# ------------------------------------------------------------------------------------------------ XLSX


def _load_book(path: Path):
    from zipfile import BadZipFile

    from openpyxl import load_workbook

    try:
        return load_workbook(path, read_only=True, data_only=True)
    except (BadZipFile, KeyError, ValueError, OSError, EOFError) as exc:
        raise InputError(str(path), "xlsx_unreadable", detail=detail_of(exc)) from None
    except Exception as exc:  # openpyxl raises its own InvalidFileException and friends
        raise InputError(str(path), "xlsx_unreadable", detail=detail_of(exc)) from None


def _rows(path: Path, book) -> Iterator[tuple[int, tuple]]:
    sheet = book.worksheets[0]
    try:
        if hasattr(sheet, "reset_dimensions"):
            sheet.reset_dimensions()   # some writers store a wrong size, which read-only mode would trust
        yield from enumerate(sheet.iter_rows(values_only=True), start=1)
    except InputError:
        raise
    except Exception as exc:  # a truncated sheet part: zlib, XML and zip errors alike
        raise InputError((str(path), Field("sheet", name=sheet.title)), "sheet_unreadable", detail=detail_of(exc)) from None


def cell_text(value) -> str:
    """An XLSX cell as the text a CSV would hold: integers without '.0', dates as ISO, floats as their shortest
    repr (the value Excel stored, to its last digit)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 2**53:
            return str(int(value))
        return repr(value)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


def _open_xlsx(path: Path, size: int) -> UsageSource:
    book = _load_book(path)
    try:
        header, header_line, sample = None, 0, []
        for number, row in _rows(path, book):
            texts = [cell_text(v) for v in row]
            if header is None:
                if any(t.strip() for t in texts):
                    header, header_line = [t.strip() for t in texts], number
                continue
            sample.append(texts)
            if len(sample) >= PEEK_ROWS:
                break
    finally:
        book.close()
    if header is None:
        raise InputError(str(path), "usage_empty")
    return UsageSource(path, "xlsx", header, header_line, "", "", ",", size, sample)


def xlsx_chunks(source: UsageSource, columns: list[int]) -> Iterator[Chunk]:
    import numpy as np

    book = _load_book(source.path)
    try:
        sheet_rows = book.worksheets[0].max_row or 1
        cells: list[list[str]] = [[] for _ in columns]
        lines: list[int] = []
        for number, row in _rows(source.path, book):
            if number <= source.header_line:
                continue
            width = len(row)
            for k, c in enumerate(columns):
                cells[k].append(cell_text(row[c]) if c < width else "")
            lines.append(number)
            if len(lines) >= CHUNK_ROWS // 5:
                yield Chunk(columns, cells, np.array(lines), number, max(sheet_rows, number))
                cells, lines = [[] for _ in columns], []
        if lines:
            yield Chunk(columns, cells, np.array(lines), lines[-1], lines[-1])
    finally:
        book.close()


def chunks(source: UsageSource, columns: list[int]) -> Iterator[Chunk]:
    return xlsx_chunks(source, columns) if source.kind == "xlsx" else csv_chunks(source, columns)


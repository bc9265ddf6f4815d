"""CSV and XLSX price lists → catalog model drafts, and the template a user fills in.

Column layout (the header row names the columns, in any order; names are case-insensitive)::

    column                        needed        what it holds
    vendor_id                     yes           vendor slug: openai, bytedance, alibaba, ... (a-z 0-9 . -)
    vendor_name                   new vendor    display name of a vendor the catalog does not have yet
    region                        new vendor    US, EU or CN
    currency                      yes*          ISO 4217 code the row's prices are in: USD, CNY, EUR, ...
                                                (*may be empty for a model or vendor the catalog already has)
    model_id                      yes           vendor/model (or just model: the vendor_id is put in front)
    model_name                    no            display name (default: the catalog's, else the model id)
    context_window, max_output    no            tokens: 128000, 128K, 1M
    effective_from                no            YYYY-MM-DD the price starts (default: the import date)
    input_per_1m, output_per_1m   yes           price per 1M tokens, in the row's currency
    cached_input_per_1m           no            cache-hit input price per 1M
    above_prompt_tokens           no            empty: the model's price from effective_from; a number N:
                                                this row is a context tier of that price (requests whose
                                                prompt is above N tokens are billed whole at this row)
    batch_factor                  no            batch price as a share of the standard one: 0.5 or 50%
    batch_input_per_1m,           no            or explicit batch prices (input and output together)
      batch_output_per_1m, batch_cached_input_per_1m
    off_peak_factor               no            off-peak price as a share of the standard one
    off_peak_input_per_1m,        no            or explicit off-peak prices
      off_peak_output_per_1m, off_peak_cached_input_per_1m
    off_peak_hours                no            when off-peak applies, as text: "00:30–08:30 Beijing time"
    free_input_tokens_per_month,  no            monthly free allowance, whole tokens (1M, 500K)
      free_output_tokens_per_month
    source_url                    no            where the price is published
    checked                       no            YYYY-MM-DD the price was last checked (default: import date)
    note                          no            anything to keep with the price

A model may have several rows: one per ``effective_from`` date (its price history) and, per date, one
row per context tier. Tier rows carry prices only (batch/off-peak/free columns stay empty: a batch or
off-peak *factor* on the base row applies to the tier in force). Blank rows, and rows whose first cell
starts with ``#``, are ignored.

CSV: comma-, semicolon- or tab-separated; UTF-8 with or without BOM. A file that is not UTF-8 is read
as GB18030 (what Chinese Excel saves as "CSV") and the report says so; anything else is refused naming
the byte offset and line. XLSX: the sheet named ``prices``, else the first sheet; numbers typed in cells
are read by their shortest decimal form (what was typed, not the binary float).

A row that fails a check is skipped with its line, column and reason, and the import goes on; a price
whose tier row failed is skipped whole rather than imported without its tier.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Iterator

from core.catalog.model import REGIONS, Catalog, Model, Prices, SegmentPricing, Tier, Vendor
from core.errors import CatalogError, InputError
from core.importers.common import (MAX_PRICE_PER_1M, Conversion, ModelDraft, Progress, Skip,
    SourceRef, check_file_size, is_url, point, read_bytes)
from core.importers.report import SKIPPED, RowOutcome
from core.volumes import parse_volume

# (name, needed, description) — the documented layout, in template order.
COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("vendor_id", "yes", "vendor slug: openai, bytedance, alibaba (a-z 0-9 . -)"),
    ("vendor_name", "new vendor", "display name, for a vendor the catalog does not have yet"),
    ("region", "new vendor", "US, EU or CN"),
    ("currency", "yes", "ISO 4217 code of this row's prices: USD, CNY, EUR (may be empty for a known model)"),
    ("model_id", "yes", "vendor/model, or just model"),
    ("model_name", "no", "display name"),
    ("context_window", "no", "tokens: 128000, 128K, 1M"),
    ("max_output", "no", "tokens"),
    ("effective_from", "no", "YYYY-MM-DD the price starts (default: the import date)"),
    ("input_per_1m", "yes", "price per 1M input tokens"),
    ("output_per_1m", "yes", "price per 1M output tokens"),
    ("cached_input_per_1m", "no", "cache-hit input price per 1M tokens"),
    ("above_prompt_tokens", "no", "empty for the base price; N: this row is the tier for prompts above N tokens"),
    ("batch_factor", "no", "batch price as a share of the standard price: 0.5 or 50%"),
    ("batch_input_per_1m", "no", "explicit batch input price (with batch_output_per_1m)"),
    ("batch_output_per_1m", "no", "explicit batch output price"),
    ("batch_cached_input_per_1m", "no", "explicit batch cache-hit price"),
    ("off_peak_factor", "no", "off-peak price as a share of the standard price"),
    ("off_peak_input_per_1m", "no", "explicit off-peak input price (with off_peak_output_per_1m)"),
    ("off_peak_output_per_1m", "no", "explicit off-peak output price"),
    ("off_peak_cached_input_per_1m", "no", "explicit off-peak cache-hit price"),
    ("off_peak_hours", "no", "when off-peak applies, as text"),
    ("free_input_tokens_per_month", "no", "monthly free input tokens"),
    ("free_output_tokens_per_month", "no", "monthly free output tokens"),
    ("source_url", "no", "where the price is published"),
    ("checked", "no", "YYYY-MM-DD the price was last checked (default: the import date)"),
    ("note", "no", "anything to keep with the price"),
)
COLUMN_NAMES = tuple(name for name, _, _ in COLUMNS)
REQUIRED = ("vendor_id", "model_id", "input_per_1m", "output_per_1m")

EXAMPLE_ROWS: tuple[dict[str, str], ...] = (
    {"vendor_id": "example", "vendor_name": "Example AI", "region": "US", "currency": "USD",
     "model_id": "example/chat-pro", "model_name": "Example Chat Pro", "context_window": "1000000",
     "max_output": "65536", "effective_from": "2026-01-01", "input_per_1m": "1.25", "output_per_1m": "10",
     "cached_input_per_1m": "0.125", "batch_factor": "0.5", "source_url": "https://example.com/pricing",
     "checked": "2026-01-05", "note": "example row: replace with your prices"},
    {"vendor_id": "example", "currency": "USD", "model_id": "example/chat-pro", "effective_from": "2026-01-01",
     "input_per_1m": "2.5", "output_per_1m": "15", "cached_input_per_1m": "0.25",
     "above_prompt_tokens": "200000", "source_url": "https://example.com/pricing", "checked": "2026-01-05",
     "note": "tier of the row above: prompts over 200,000 tokens"},
)

# Active ISO 4217 codes (plus XAU/XAG-style units left out): a price list in "RMB" or "US$" is refused by name.
ISO_4217 = frozenset("""
AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP BYN BZD CAD CDF CHF
CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG
HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA
MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD
RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX
USD UYU UZS VES VND VUV WST XAF XCD XCG XOF XPF YER ZAR ZMW ZWG
""".split())
_CURRENCY_HINTS = {"RMB": "CNY", "YUAN": "CNY", "元": "CNY", "¥": "CNY or JPY", "$": "USD", "US$": "USD",
                   "€": "EUR", "£": "GBP", "EURO": "EUR", "NTD": "TWD"}

_VENDOR_ID = re.compile(r"^[a-z0-9][a-z0-9.-]*$")
_ID_PART = re.compile(r"^[a-z0-9][a-z0-9._-]*$")
_SLASH_DATE = re.compile(r"^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$")


@dataclass
class Table:
    """A price list's header (and the line it is on) and its data rows as (line, cells)."""

    header: list[str]
    header_line: int
    rows: Iterator[tuple[int, list[object]]]
    total: int
    encoding: str = ""
    grouping_ok: bool = True  # False in a ';'-separated CSV, where "1,5" may well mean 1.5


class _Cells(dict):
    """One row's cells by column name, and whether a comma in a number may be a thousands separator."""

    grouping_ok = True


@dataclass(frozen=True, slots=True)
class _Row:
    order: int
    line: int
    vendor_id: str
    model_id: str
    start: date
    above: int | None
    vendor_name: str
    region: str
    currency: str
    model_name: str
    context_window: int | None
    max_output: int | None
    prices: Prices
    batch: SegmentPricing | None
    off_peak: SegmentPricing | None
    free_input: int
    free_output: int
    source_url: str
    checked: date | None
    note: str


# ------------------------------------------------------------------------------------------------ reading


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
            raise CatalogError(str(path), "starts like UTF-16 text but is not; save it as CSV UTF-8") from None
    nul = raw.find(b"\x00")
    if nul >= 0:
        line = raw[:nul].count(b"\n") + 1
        raise CatalogError(f"{path}:{line}", f"holds binary data (a NUL byte at byte offset {nul}); this is not a "
                                             "CSV text file — save the sheet as CSV UTF-8, or import the .xlsx")
    try:
        return raw.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError as utf8_error:
        try:
            return raw.decode("gb18030"), "GB18030 (not UTF-8)"
        except UnicodeDecodeError:
            raise _encoding_error(raw, utf8_error.start, path) from None


def _encoding_error(raw: bytes, offset: int, path: Path) -> CatalogError:
    line = raw[:offset].count(b"\n") + 1
    return CatalogError(f"{path}:{line}", f"byte offset {offset} (0x{raw[offset]:02X}) is neither UTF-8 nor "
                                          "GB18030 text; save the file as CSV UTF-8")


def read_csv_table(path: Path) -> Table:
    """A CSV price list's header and rows (line numbers are the file's)."""
    text, encoding = decode_csv(read_bytes(path), path)
    first = next((ln for ln in text.splitlines() if ln.strip()), "")
    delimiter = max((",", ";", "\t"), key=first.count) if first else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header_line, header = _first_row(reader)
    except csv.Error as exc:
        raise CatalogError(f"{path}:{reader.line_num}", f"not a readable CSV file ({exc})") from None
    if header is None:
        raise CatalogError(str(path), "holds no header row")

    def rows() -> Iterator[tuple[int, list[object]]]:
        start = reader.line_num + 1
        while True:
            try:
                cells = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                raise CatalogError(f"{path}:{start}", f"not a readable CSV row ({exc})") from None
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
        raise CatalogError(str(path), f"is not a readable .xlsx workbook ({type(exc).__name__}: {exc})") from None
    except Exception as exc:  # openpyxl raises its own InvalidFileException and friends
        raise CatalogError(str(path), f"is not a readable .xlsx workbook ({exc})") from None
    sheet = book["prices"] if "prices" in book.sheetnames else book.worksheets[0]
    try:
        if hasattr(sheet, "reset_dimensions"):
            sheet.reset_dimensions()  # some writers store a wrong sheet size; read-only mode would trust it
        all_rows = list(sheet.iter_rows(values_only=True))
    except Exception as exc:
        raise CatalogError(f"{path}: sheet {sheet.title}", f"cannot be read ({exc})") from None
    finally:
        book.close()
    header_index = next((i for i, r in enumerate(all_rows) if any(not _blank(c) for c in r)), None)
    if header_index is None:
        raise CatalogError(f"{path}: sheet {sheet.title}", "holds no header row")
    header = ["" if c is None else str(c) for c in all_rows[header_index]]
    data = [(i + 1, list(r)) for i, r in enumerate(all_rows) if i > header_index]
    return Table(header, header_index + 1, iter(data), max(1, len(data)))


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


# ---------------------------------------------------------------------------------------------- converting


def convert_table(path: Path, source_format: str, *, existing: Catalog, effective: date, today: date,
                  progress: Progress | None = None) -> Conversion:
    table = (read_csv_table if source_format == "csv" else read_xlsx_table)(path)
    columns = _columns(table.header, f"{path}:{table.header_line}")
    rows, encoding, total = table.rows, table.encoding, table.total
    name = path.name
    skipped: list[RowOutcome] = []
    parsed: list[_Row] = []
    broken: dict[tuple[str, date], tuple[int, str]] = {}  # (model, date) -> a row of that price that failed
    step = max(1, total // 100)
    order = 0
    for line, cells in rows:
        order += 1
        if progress is not None and order % step == 0:
            progress(min(order, total), total)
        values = _Cells((col, cells[i] if i < len(cells) else None) for col, i in columns.items())
        values.grouping_ok = table.grouping_ok
        if all(_blank(v) for v in cells) or (cells and isinstance(cells[0], str)
                                             and cells[0].lstrip().startswith("#")):
            continue
        ref = f"row {line}"
        key = None
        try:
            key = _row_key(values, effective)
            parsed.append(_parse_row(order, line, key, values, existing))
        except Skip as skip:
            skipped.append(RowOutcome(order, ref, line, SKIPPED, key[1] if key else "", skip.reason, skip.detail))
            if key is not None:
                broken.setdefault((key[1], key[2]), (line, skip.reason))
    if progress is not None:
        progress(total, total)
    drafts, vendors, more = _assemble(parsed, broken, existing, name=name, today=today,
                                      row_word="line" if source_format == "csv" else "row")
    skipped.extend(more)
    return Conversion(vendors, drafts, skipped, order, encoding)


def _columns(header: list[object], where: str) -> dict[str, int]:
    found: dict[str, int] = {}
    for index, raw in enumerate(header):
        name = re.sub(r"[\s-]+", "_", str(raw or "").strip().lower().lstrip("\ufeff"))
        if not name:
            continue
        if name not in COLUMN_NAMES:
            close = [c for c in COLUMN_NAMES if c.replace("_", "") == name.replace("_", "")]
            hint = f" (did you mean {close[0]}?)" if close else f"; the columns are: {', '.join(COLUMN_NAMES)}"
            raise CatalogError(where, f"column {index + 1} {str(raw)!r} is not a price-list column{hint}")
        if name in found:
            raise CatalogError(where, f"column {name!r} appears twice (columns {found[name] + 1} and {index + 1})")
        found[name] = index
    missing = [c for c in REQUIRED if c not in found]
    if missing:
        raise CatalogError(where, f"the header has no {', '.join(missing)} column (the price-list template "
                                  "shows the layout)")
    return found


def _text(values: dict, column: str) -> str:
    value = values.get(column)
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def _row_key(values: dict, effective: date) -> tuple[str, str, date, int | None]:
    vendor_raw = _text(values, "vendor_id")
    if not vendor_raw:
        raise Skip("missing value", "column vendor_id is empty")
    vendor_id = vendor_raw.lower()
    if not _VENDOR_ID.match(vendor_id):
        raise Skip("invalid id", f"column vendor_id: {vendor_raw!r} must be a slug (a-z 0-9 . -)")
    model_raw = _text(values, "model_id")
    if not model_raw:
        raise Skip("missing value", "column model_id is empty")
    model_id = model_raw.lower()
    if "/" not in model_id:
        model_id = f"{vendor_id}/{model_id}"
    head, _, rest = model_id.partition("/")
    if head != vendor_id:
        raise Skip("invalid id", f"column model_id: {model_raw!r} is not under vendor {vendor_id!r}")
    if not _ID_PART.match(rest):
        raise Skip("invalid id", f"column model_id: {model_raw!r} must be vendor/model with a-z 0-9 . _ - only")
    start = _date(values, "effective_from") or effective
    above = _tokens(values, "above_prompt_tokens")
    if above is not None and above <= 0:
        raise Skip("invalid number", f"column above_prompt_tokens: {above} must be above 0 (empty for the base "
                                     "price)")
    return vendor_id, model_id, start, above


def _parse_row(order: int, line: int, key: tuple, values: dict, existing: Catalog) -> _Row:
    vendor_id, model_id, start, above = key
    region = _text(values, "region").upper()
    if region and region not in REGIONS:
        raise Skip("invalid region", f"column region: {region!r} is not one of {', '.join(REGIONS)}")
    currency = _currency(values, model_id, vendor_id, existing)
    prices = Prices(_price(values, "input_per_1m", required=True), _price(values, "output_per_1m", required=True),
                    _price(values, "cached_input_per_1m"))
    batch = _segment(values, "batch")
    off_peak = _segment(values, "off_peak")
    free_input = _tokens(values, "free_input_tokens_per_month") or 0
    free_output = _tokens(values, "free_output_tokens_per_month") or 0
    if above is not None:
        extra = [c for c in COLUMN_NAMES if (c.startswith(("batch_", "off_peak_", "free_"))) and
                 not _blank(values.get(c))]
        if extra:
            raise Skip("invalid tier row", f"column {extra[0]}: a tier row (above_prompt_tokens set) holds prices "
                                           "only; put batch, off-peak and free allowances on the base row")
    url = _text(values, "source_url")
    if url and not is_url(url):
        raise Skip("invalid URL", f"column source_url: {url!r} is not an http(s) address")
    return _Row(order, line, vendor_id, model_id, start, above, _text(values, "vendor_name"), region, currency,
                _text(values, "model_name"), _tokens(values, "context_window"), _tokens(values, "max_output"),
                prices, batch, off_peak, free_input, free_output, url, _date(values, "checked"),
                _text(values, "note"))


def _currency(values: dict, model_id: str, vendor_id: str, existing: Catalog) -> str:
    raw = _text(values, "currency")
    if not raw:
        known = existing.models.get(model_id) or existing.vendors.get(vendor_id)
        if known is None:
            raise Skip("missing value", "column currency is empty and the catalog does not know this model or "
                                        "vendor")
        return known.currency
    code = raw.upper()
    if code not in ISO_4217:
        hint = _CURRENCY_HINTS.get(code) or _CURRENCY_HINTS.get(raw)
        raise Skip("unknown currency", f"column currency: {raw!r} is not an ISO 4217 code"
                                       + (f" (did you mean {hint}?)" if hint else " (e.g. USD, CNY, EUR)"))
    return code


_GROUPED = re.compile(r"^\d{1,3}(,\d{3})+(\.\d+)?$")


def _check_commas(text: str, column: str, grouping_ok: bool) -> str:
    """Allow '1,234.5' (thousands) where that is unambiguous; refuse '1,5' rather than read it as 15 or 1.5."""
    if "," not in text:
        return text
    if grouping_ok and _GROUPED.match(text):
        return text.replace(",", "")
    raise Skip("invalid number", f"column {column}: {text!r} is ambiguous; write numbers with a decimal point and "
                                 "no thousands separators (1.5, 1234.5)")


def decimal_cell(value: object, column: str, grouping_ok: bool = True) -> Decimal | None:
    """A number as typed: text ('1,234.5', ' 0.30 '), an int, or an XLSX float read by its shortest form."""
    if _blank(value):
        return None
    if isinstance(value, bool):
        raise Skip("invalid number", f"column {column}: {value!r} is not a number")
    if isinstance(value, float):
        text = repr(value)  # the shortest decimal that round-trips: what the user typed into the cell
    elif isinstance(value, (int, Decimal)):
        text = str(value)
    else:
        text = _check_commas(str(value).strip().replace("\u00a0", "").replace(" ", ""), column, grouping_ok)
    try:
        number = Decimal(text)
    except InvalidOperation:
        raise Skip("invalid number", f"column {column}: {value!r} is not a number") from None
    if not number.is_finite():
        raise Skip("invalid number", f"column {column}: {value!r} is not a finite number")
    return number


def _price(values: dict, column: str, required: bool = False) -> Decimal | None:
    raw = values.get(column)
    if _blank(raw):
        if required:
            raise Skip("missing value", f"column {column} is empty")
        return None
    try:
        number = decimal_cell(raw, column, getattr(values, "grouping_ok", True))
    except Skip as skip:
        raise Skip("invalid price", skip.detail) from None
    if number < 0:
        raise Skip("negative price", f"column {column}: {raw} is below 0")
    if number > MAX_PRICE_PER_1M:
        raise Skip("invalid price", f"column {column}: {raw} per 1M tokens is not a plausible price")
    return number


def _factor(values: dict, column: str) -> Decimal | None:
    raw = values.get(column)
    if _blank(raw):
        return None
    text = str(raw).strip()
    percent = isinstance(raw, str) and text.endswith("%")
    try:
        number = decimal_cell(text.rstrip("%") if percent else raw, column, getattr(values, "grouping_ok", True))
    except Skip as skip:
        raise Skip("invalid number", skip.detail) from None
    if percent:
        number = number / 100
    if not 0 < number <= 1:
        raise Skip("invalid number", f"column {column}: {raw!r} must be a share of the standard price, above 0 "
                                     "and at most 1 (0.5 or 50%)")
    return number


def _segment(values: dict, prefix: str) -> SegmentPricing | None:
    factor = _factor(values, f"{prefix}_factor")
    explicit = [_price(values, f"{prefix}_{part}_per_1m") for part in ("input", "output", "cached_input")]
    hours = _text(values, "off_peak_hours") if prefix == "off_peak" else ""
    if factor is not None:
        if any(p is not None for p in explicit):
            raise Skip("conflicting prices", f"column {prefix}_factor: give a factor or explicit {prefix} prices, "
                                             "not both")
        return SegmentPricing(factor=factor, hours=hours)
    if explicit[0] is None and explicit[1] is None:
        if explicit[2] is not None:
            raise Skip("missing value", f"column {prefix}_input_per_1m is empty ({prefix}_cached_input_per_1m "
                                        "needs input and output prices)")
        if hours:
            raise Skip("missing value", "column off_peak_hours is set but no off-peak price is given")
        return None
    if explicit[0] is None or explicit[1] is None:
        missing = f"{prefix}_input_per_1m" if explicit[0] is None else f"{prefix}_output_per_1m"
        raise Skip("missing value", f"column {missing} is empty; {prefix} input and output prices go together")
    return SegmentPricing(prices=Prices(*explicit), hours=hours)


def _tokens(values: dict, column: str) -> int | None:
    raw = values.get(column)
    if _blank(raw):
        return None
    if isinstance(raw, float):
        raw = Decimal(repr(raw))
    elif isinstance(raw, str):
        raw = _check_commas(raw.strip(), column, getattr(values, "grouping_ok", True))
    try:
        return parse_volume(raw, f"column {column}")
    except InputError as exc:
        raise Skip("invalid number", f"{exc.where}: {exc.problem}") from None


def _date(values: dict, column: str) -> date | None:
    raw = values.get(column)
    if _blank(raw):
        return None
    if isinstance(raw, datetime):
        return raw.date()
    if isinstance(raw, date):
        return raw
    text = str(raw).strip()
    try:
        return date.fromisoformat(text)
    except ValueError:
        pass
    match = _SLASH_DATE.match(text)
    if match:
        try:
            return date(*(int(g) for g in match.groups()))
        except ValueError:
            pass
    raise Skip("invalid date", f"column {column}: {text!r} is not a real date (write YYYY-MM-DD)")


# ------------------------------------------------------------------------------------------------ assembling


def _assemble(rows: list[_Row], broken: dict, existing: Catalog, *, name: str, today: date, row_word: str):
    """Rows → one draft per model (a point per effective_from date, tiers from the tier rows)."""
    skipped: list[RowOutcome] = []

    def skip(row: _Row, reason: str, detail: str) -> None:
        skipped.append(RowOutcome(row.order, f"row {row.line}", row.line, SKIPPED, row.model_id, reason, detail))

    bases: dict[tuple[str, date], _Row] = {}
    tiers: dict[tuple[str, date], dict[int, _Row]] = {}
    for row in rows:
        group = (row.model_id, row.start)
        if row.above is None:
            if group in bases:
                skip(row, "duplicate row", f"{row.model_id} from {row.start} is also on line {bases[group].line}")
                continue
            bases[group] = row
        else:
            found = tiers.setdefault(group, {})
            if row.above in found:
                skip(row, "duplicate row", f"the tier above {row.above:,} tokens of {row.model_id} from {row.start} "
                                           f"is also on line {found[row.above].line}")
                continue
            found[row.above] = row

    # A price with a failed row is not imported at all: without its tier it would be priced wrong.
    for group in list(bases) + [g for g in tiers if g not in bases]:
        members = ([bases[group]] if group in bases else []) + sorted(tiers.get(group, {}).values(),
                                                                      key=lambda r: r.line)
        problem = None
        if group in broken:
            problem = ("price incomplete", f"line {broken[group][0]} of this price ({broken[group][1]}) was "
                                           "skipped, so the rest is not imported either")
        elif group not in bases:
            problem = ("tier without its base row", f"no row for {group[0]} from {group[1]} with an empty "
                                                    "above_prompt_tokens")
        if problem:
            for row in members:
                skip(row, *problem)
            bases.pop(group, None)
            tiers.pop(group, None)

    by_model: dict[str, list[tuple[_Row, list[_Row]]]] = {}
    for group, base in sorted(bases.items(), key=lambda item: item[1].order):
        by_model.setdefault(base.model_id, []).append(
            (base, sorted(tiers.get(group, {}).values(), key=lambda r: r.above)))

    vendor_rows: dict[str, list[_Row]] = {}
    for row in rows:
        vendor_rows.setdefault(row.vendor_id, []).append(row)
    vendors: dict[str, Vendor] = {}
    bad_vendors: dict[str, str] = {}
    for vendor_id, members in vendor_rows.items():
        if vendor_id in existing.vendors:
            vendors[vendor_id] = existing.vendors[vendor_id]
            continue
        region = next((r.region for r in members if r.region), "")
        url = next((r.source_url for r in members if r.source_url), "")
        missing = [what for what, value in (("region (US, EU or CN)", region), ("source_url (its pricing page)", url))
                   if not value]
        if missing:
            bad_vendors[vendor_id] = (f"vendor {vendor_id!r} is not in the catalog: give its "
                                      f"{' and '.join(missing)} on one of its rows")
            continue
        vendor_name = next((r.vendor_name for r in members if r.vendor_name), vendor_id)
        vendors[vendor_id] = Vendor(vendor_id, vendor_name, region, members[0].currency, url, vendor_name)

    drafts: list[ModelDraft] = []
    for model_id, prices in by_model.items():
        first = prices[0][0]
        members = [r for base, tier_rows in prices for r in [base, *tier_rows]]
        if first.vendor_id in bad_vendors:
            for row in members:
                skip(row, "new vendor incomplete", bad_vendors[first.vendor_id])
            continue
        kept, refs, points = [], [], []
        for base, tier_rows in prices:
            if base.currency != first.currency or any(t.currency != first.currency for t in tier_rows):
                for row in [base, *tier_rows]:
                    skip(row, "currency differs within the file",
                         f"{model_id} is priced in {first.currency} on {row_word} {first.line}; one model's prices "
                         "stay in one currency")
                continue
            kept.append(base)
            # The catalog's source is a URL; without one the vendor's pricing page stands in (as the bundled
            # catalog does) and the note says so. The note always names the file and line.
            source = base.source_url or vendors[first.vendor_id].pricing_url
            note = f"imported from {name} ({row_word} {base.line}) on {today.isoformat()}"
            if not base.source_url:
                note += "; no source_url in the file, source is the vendor's pricing page"
            if base.note:
                note = f"{base.note}; {note}"
            points.append(point(base.start, base.prices,
                                tiers=[Tier(t.above, t.prices) for t in tier_rows], batch=base.batch,
                                off_peak=base.off_peak, free_input=base.free_input, free_output=base.free_output,
                                source=source, checked=base.checked or today, note=note))
            refs.append(SourceRef(base.order, f"row {base.line}", base.line, f"price from {base.start}"))
            refs.extend(SourceRef(t.order, f"row {t.line}", t.line,
                                  f"tier above {t.above:,} prompt tokens of the price from {t.start}")
                        for t in tier_rows)
        if not points:
            continue
        points.sort(key=lambda p: p.start)
        name_row = next((r for r in kept if r.model_name), None)
        model = Model(model_id, first.vendor_id, name_row.model_name if name_row else model_id.partition("/")[2],
                      first.currency, next((r.context_window for r in kept if r.context_window is not None), None),
                      next((r.max_output for r in kept if r.max_output is not None), None),
                      tuple(points))
        drafts.append(ModelDraft(model, refs, name_given=name_row is not None))
    return drafts, vendors, skipped


# ------------------------------------------------------------------------------------------------ template


def template_rows() -> list[list[str]]:
    """The header and the example rows, as text cells."""
    return [list(COLUMN_NAMES)] + [[row.get(c, "") for c in COLUMN_NAMES] for row in EXAMPLE_ROWS]


def template_csv_bytes() -> bytes:
    """The CSV template: UTF-8 with a BOM, so Excel opens Chinese names correctly; CRLF as Excel writes."""
    buffer = io.StringIO(newline="")
    csv.writer(buffer, lineterminator="\r\n").writerows(template_rows())
    return codecs.BOM_UTF8 + buffer.getvalue().encode("utf-8")


def template_xlsx_bytes() -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    sheet.title = "prices"
    sheet.append(list(COLUMN_NAMES))
    numeric = {c for c in COLUMN_NAMES if c.endswith(("_per_1m", "_factor", "_tokens", "_per_month"))
               or c in ("context_window", "max_output")}
    for row in EXAMPLE_ROWS:
        cells = []
        for column in COLUMN_NAMES:
            text = row.get(column, "")
            if text and column in numeric:
                cells.append(int(text) if text.isdigit() else float(text))
            elif text and column in ("effective_from", "checked"):
                cells.append(date.fromisoformat(text))
            else:
                cells.append(text or None)
        sheet.append(cells)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for index, column in enumerate(COLUMN_NAMES, start=1):
        sheet.column_dimensions[sheet.cell(1, index).column_letter].width = max(12, len(column) + 2)
        for row in range(2, 2 + len(EXAMPLE_ROWS)):
            if column in ("effective_from", "checked"):
                sheet.cell(row, index).number_format = "yyyy-mm-dd"
    sheet.freeze_panes = "A2"
    help_sheet = book.create_sheet("columns")
    help_sheet.append(["column", "needed", "what it holds"])
    for cell in help_sheet[1]:
        cell.font = Font(bold=True)
    for entry in COLUMNS:
        help_sheet.append(list(entry))
    help_sheet.column_dimensions["A"].width = 30
    help_sheet.column_dimensions["B"].width = 12
    help_sheet.column_dimensions["C"].width = 90
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()

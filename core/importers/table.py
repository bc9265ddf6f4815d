"""CSV and XLSX price lists → catalog model drafts: each row checked and parsed, then assembled into models
(a point per ``effective_from`` date, tiers from the tier rows); the layout and template are in table_template.

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

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from core.catalog.model import REGIONS, Catalog, Model, Prices, SegmentPricing, Tier, Vendor
from core.errors import CatalogError, Field
from core.importers.common import Conversion, ModelDraft, Progress, Skip, SourceRef, point
from core.importers.report import SKIPPED, RowOutcome
from core.importers.table_cells import (
    Cells,
    currency_cell,
    date_cell,
    factor_cell,
    is_blank,
    price_cell,
    text_cell,
    tokens_cell,
)
from core.importers.table_read import read_csv_table, read_xlsx_table
from core.importers.table_template import COLUMN_NAMES, REQUIRED
from core.text import is_url

_VENDOR_ID = re.compile(r"^[a-z0-9][a-z0-9.-]*$")
_ID_PART = re.compile(r"^[a-z0-9][a-z0-9._-]*$")


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
        values = Cells((col, cells[i] if i < len(cells) else None) for col, i in columns.items())
        values.grouping_ok = table.grouping_ok
        if all(is_blank(v) for v in cells) or (cells and isinstance(cells[0], str)
                                             and cells[0].lstrip().startswith("#")):
            continue
        ref = Field("table_row", line=line)
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


def _columns(header: Sequence[object], where: str) -> dict[str, int]:
    found: dict[str, int] = {}
    for index, raw in enumerate(header):
        name = re.sub(r"[\s-]+", "_", str(raw or "").strip().lower().lstrip("\ufeff"))
        if not name:
            continue
        if name not in COLUMN_NAMES:
            close = [c for c in COLUMN_NAMES if c.replace("_", "") == name.replace("_", "")]
            if close:
                raise CatalogError(where, "column_unknown_close", index=index + 1, name=str(raw), close=close[0])
            raise CatalogError(where, "column_unknown", index=index + 1, name=str(raw), columns=", ".join(COLUMN_NAMES))
        if name in found:
            raise CatalogError(where, "column_twice", name=name, first=found[name] + 1, second=index + 1)
        found[name] = index
    missing = [c for c in REQUIRED if c not in found]
    if missing:
        raise CatalogError(where, "header_missing_columns", columns=", ".join(missing))
    return found


def _row_key(values: dict, effective: date) -> tuple[str, str, date, int | None]:
    vendor_raw = text_cell(values, "vendor_id")
    if not vendor_raw:
        raise Skip(Field("skip_missing_value"), Field("skipd_column_empty", column="vendor_id"))
    vendor_id = vendor_raw.lower()
    if not _VENDOR_ID.match(vendor_id):
        raise Skip(Field("skip_invalid_id"), Field("skipd_vendor_slug", value=vendor_raw))
    model_raw = text_cell(values, "model_id")
    if not model_raw:
        raise Skip(Field("skip_missing_value"), Field("skipd_column_empty", column="model_id"))
    model_id = model_raw.lower()
    if "/" not in model_id:
        model_id = f"{vendor_id}/{model_id}"
    head, _, rest = model_id.partition("/")
    if head != vendor_id:
        raise Skip(Field("skip_invalid_id"), Field("skipd_not_under_vendor", value=model_raw, vendor=vendor_id))
    if not _ID_PART.match(rest):
        raise Skip(Field("skip_invalid_id"), Field("skipd_model_slug", value=model_raw))
    start = date_cell(values, "effective_from") or effective
    above = tokens_cell(values, "above_prompt_tokens")
    if above is not None and above <= 0:
        raise Skip(Field("skip_invalid_number"), Field("skipd_above_positive", value=above))
    return vendor_id, model_id, start, above


def _above(row: _Row) -> int:
    """A tier row's threshold (a row with none is a model's base row, never among the tiers)."""
    assert row.above is not None
    return row.above


def _parse_row(order: int, line: int, key: tuple, values: dict, existing: Catalog) -> _Row:
    vendor_id, model_id, start, above = key
    region = text_cell(values, "region").upper()
    if region and region not in REGIONS:
        raise Skip(Field("skip_invalid_region"), Field("skipd_region", value=region, regions=", ".join(REGIONS)))
    currency = currency_cell(values, model_id, vendor_id, existing)
    prices = Prices(price_cell(values, "input_per_1m", required=True),
                    price_cell(values, "output_per_1m", required=True), price_cell(values, "cached_input_per_1m"))
    batch = _segment(values, "batch")
    off_peak = _segment(values, "off_peak")
    free_input = tokens_cell(values, "free_input_tokens_per_month") or 0
    free_output = tokens_cell(values, "free_output_tokens_per_month") or 0
    if above is not None:
        extra = [c for c in COLUMN_NAMES if (c.startswith(("batch_", "off_peak_", "free_"))) and
                 not is_blank(values.get(c))]
        if extra:
            raise Skip(Field("skip_invalid_tier_row"), Field("skipd_tier_row_prices", column=extra[0]))
    url = text_cell(values, "source_url")
    if url and not is_url(url):
        raise Skip(Field("skip_invalid_url"), Field("skipd_url", value=url))
    return _Row(order, line, vendor_id, model_id, start, above, text_cell(values, "vendor_name"), region, currency,
                text_cell(values, "model_name"), tokens_cell(values, "context_window"),
                tokens_cell(values, "max_output"), prices, batch, off_peak, free_input, free_output, url,
                date_cell(values, "checked"), text_cell(values, "note"))


def _segment(values: dict, prefix: str) -> SegmentPricing | None:
    factor = factor_cell(values, f"{prefix}_factor")
    explicit = [price_cell(values, f"{prefix}_{part}_per_1m") for part in ("input", "output", "cached_input")]
    hours = text_cell(values, "off_peak_hours") if prefix == "off_peak" else ""
    if factor is not None:
        if any(p is not None for p in explicit):
            raise Skip(Field("skip_conflicting_prices"), Field("skipd_factor_or_prices", segment=prefix))
        return SegmentPricing(factor=factor, hours=hours)
    if explicit[0] is None and explicit[1] is None:
        if explicit[2] is not None:
            raise Skip(Field("skip_missing_value"), Field("skipd_cached_needs", segment=prefix))
        if hours:
            raise Skip(Field("skip_missing_value"), Field("skipd_hours_no_price"))
        return None
    given_in, given_out, given_cached = explicit
    if given_in is None or given_out is None:
        missing = f"{prefix}_input_per_1m" if given_in is None else f"{prefix}_output_per_1m"
        raise Skip(Field("skip_missing_value"), Field("skipd_segment_together", column=missing, segment=prefix))
    return SegmentPricing(prices=Prices(given_in, given_out, given_cached), hours=hours)


# ------------------------------------------------------------------------------------------------ assembling


def _assemble(rows: list[_Row], broken: dict, existing: Catalog, *, name: str, today: date, row_word: str):
    """Rows → one draft per model (a point per effective_from date, tiers from the tier rows)."""
    skipped: list[RowOutcome] = []

    def skip(row: _Row, reason: Field, detail: Field) -> None:
        skipped.append(RowOutcome(row.order, Field("table_row", line=row.line), row.line, SKIPPED, row.model_id, reason, detail))

    bases: dict[tuple[str, date], _Row] = {}
    tiers: dict[tuple[str, date], dict[int, _Row]] = {}
    for row in rows:
        group = (row.model_id, row.start)
        if row.above is None:
            if group in bases:
                skip(row, Field("skip_duplicate_row"), Field("skipd_duplicate_row", model=row.model_id, start=row.start,
                                                             line=bases[group].line))
                continue
            bases[group] = row
        else:
            found = tiers.setdefault(group, {})
            if row.above in found:
                skip(row, Field("skip_duplicate_row"), Field("skipd_duplicate_tier", tokens=row.above, model=row.model_id,
                                                             start=row.start, line=found[row.above].line))
                continue
            found[row.above] = row

    # A price with a failed row is not imported at all: without its tier it would be priced wrong.
    for group in list(bases) + [g for g in tiers if g not in bases]:
        members = ([bases[group]] if group in bases else []) + sorted(tiers.get(group, {}).values(),
                                                                      key=lambda r: r.line)
        problem = None
        if group in broken:
            problem = (Field("skip_price_incomplete"), Field("skipd_price_incomplete", line=broken[group][0],
                                                             reason=broken[group][1]))
        elif group not in bases:
            problem = (Field("skip_tier_without_base"), Field("skipd_tier_without_base", model=group[0],
                                                              start=group[1]))
        if problem:
            for row in members:
                skip(row, *problem)
            bases.pop(group, None)
            tiers.pop(group, None)

    by_model: dict[str, list[tuple[_Row, list[_Row]]]] = {}
    for group, base in sorted(bases.items(), key=lambda item: item[1].order):
        by_model.setdefault(base.model_id, []).append(
            (base, sorted(tiers.get(group, {}).values(), key=_above)))

    vendor_rows: dict[str, list[_Row]] = {}
    for row in rows:
        vendor_rows.setdefault(row.vendor_id, []).append(row)
    vendors: dict[str, Vendor] = {}
    bad_vendors: dict[str, Field] = {}
    for vendor_id, members in vendor_rows.items():
        if vendor_id in existing.vendors:
            vendors[vendor_id] = existing.vendors[vendor_id]
            continue
        region = next((r.region for r in members if r.region), "")
        url = next((r.source_url for r in members if r.source_url), "")
        if not region or not url:
            code = "skipd_vendor_region_url" if not region and not url else \
                "skipd_vendor_region" if not region else "skipd_vendor_url"
            bad_vendors[vendor_id] = Field(code, vendor=vendor_id)
            continue
        vendor_name = next((r.vendor_name for r in members if r.vendor_name), vendor_id)
        vendors[vendor_id] = Vendor(vendor_id, vendor_name, region, members[0].currency, url, vendor_name)

    drafts: list[ModelDraft] = []
    for model_id, prices in by_model.items():
        first = prices[0][0]
        members = [r for base, tier_rows in prices for r in [base, *tier_rows]]
        if first.vendor_id in bad_vendors:
            for row in members:
                skip(row, Field("skip_vendor_incomplete"), bad_vendors[first.vendor_id])
            continue
        kept, refs, points = [], [], []
        for base, tier_rows in prices:
            if base.currency != first.currency or any(t.currency != first.currency for t in tier_rows):
                for row in [base, *tier_rows]:
                    skip(row, Field("skip_currency_in_file"),
                         Field("skipd_currency_in_file_line" if row_word == "line" else "skipd_currency_in_file_row",
                               model=model_id, currency=first.currency, line=first.line))
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
                                tiers=[Tier.above(_above(t), t.prices) for t in tier_rows], batch=base.batch,
                                off_peak=base.off_peak, free_input=base.free_input, free_output=base.free_output,
                                source=source, checked=base.checked or today, note=note))
            refs.append(SourceRef(base.order, Field("table_row", line=base.line), base.line,
                                  Field("import_price_from", start=base.start)))
            refs.extend(SourceRef(t.order, Field("table_row", line=t.line), t.line,
                                  Field("import_tier_of_price", tokens=t.above, start=t.start))
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

"""The price-list layout (columns, which are needed, what each holds) and the template a user fills in, as
CSV or XLSX bytes (the CSV is also ``resources/templates/price_list_template.csv``)."""

from __future__ import annotations

import codecs
import csv
import io
from datetime import date

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
        cells: list[object] = []
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
        for line in range(2, 2 + len(EXAMPLE_ROWS)):
            if column in ("effective_from", "checked"):
                sheet.cell(line, index).number_format = "yyyy-mm-dd"
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

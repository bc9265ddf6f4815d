"""The comparison's selected rows as tab-separated text with a header, for Ctrl+C: Excel, LibreOffice and Google
Sheets paste it as a table. Figures are exact and unformatted (no symbol, no grouping) with the locale's decimal
separator, so the spreadsheet reads them as numbers: ``1234.50`` (or ``1234,50`` where the decimal point is a
comma), per-1M prices as published (``0.075``)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from gui.texts.numbers import decimal_point

# The header, one cell a column; the last four name the display currency ({0}).
HEADER = (
    QT_TRANSLATE_NOOP("CopyRows", "Rank"),
    QT_TRANSLATE_NOOP("CopyRows", "Vendor"),
    QT_TRANSLATE_NOOP("CopyRows", "Model"),
    QT_TRANSLATE_NOOP("CopyRows", "Model id"),
    QT_TRANSLATE_NOOP("CopyRows", "Billed in"),
    QT_TRANSLATE_NOOP("CopyRows", "Input per 1M"),
    QT_TRANSLATE_NOOP("CopyRows", "Output per 1M"),
    QT_TRANSLATE_NOOP("CopyRows", "Cached input per 1M"),
    QT_TRANSLATE_NOOP("CopyRows", "Input cost / month"),
    QT_TRANSLATE_NOOP("CopyRows", "Output cost / month"),
    QT_TRANSLATE_NOOP("CopyRows", "Cost / month (billed)"),
    QT_TRANSLATE_NOOP("CopyRows", "Cost / month ({0})"),
    QT_TRANSLATE_NOOP("CopyRows", "Cost / year ({0})"),
    QT_TRANSLATE_NOOP("CopyRows", "Difference to cheapest ({0})"),
    QT_TRANSLATE_NOOP("CopyRows", "Context window"),
)


def _number(value: Decimal | int | None, point: str) -> str:
    if value is None:
        return ""
    text = format(value, "f") if isinstance(value, Decimal) else str(value)
    return text.replace(".", point) if point != "." else text


def _cell(text: str) -> str:
    """Text as one cell: tabs and line breaks would split it; a leading = + - @ would be read as a formula."""
    text = " ".join(str(text).split())
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text


def rows_tsv(rows, currency: str, point: str | None = None) -> str:
    """``rows`` (the engine's ComparisonRows, in the table's order) as TSV; ``currency`` is the display currency."""
    point = point if point is not None else decimal_point()
    header = [QCoreApplication.translate("CopyRows", text).format(currency) for text in HEADER]
    lines = ["\t".join(header)]
    for row in rows:
        prices = row.prices.standard if row.prices is not None else None
        cells = [
            _number(row.rank, point),
            _cell(row.vendor_name),
            _cell(row.name),
            _cell(row.model_id),
            row.price_currency,
            _number(prices.input if prices else None, point),
            _number(prices.output if prices else None, point),
            _number(row.point.base.cached_input if row.point is not None else None, point),
            _number(row.input_cost, point),
            _number(row.output_cost, point),
            _number(row.monthly_cost_native, point),
            _number(row.monthly_cost, point),
            _number(row.annual_cost, point),
            _number(row.diff_to_cheapest, point),
            _number(row.context_window, point),
        ]
        lines.append("\t".join(cells))
    return "\r\n".join(lines) + "\r\n"

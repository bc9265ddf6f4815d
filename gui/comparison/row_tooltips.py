"""The comparison table's tooltips: what a cell's figure is made of (prices, costs, the exchange rate), where the
price comes from, and the row's model. Texts are in the table model's translation context (ComparisonModel)."""

from __future__ import annotations

from datetime import date
from typing import Callable, Protocol

from PySide6.QtCore import QCoreApplication

from core.catalog.model import BUNDLED_LAYER
from core.pricing.engine import ComparisonRow
from gui.comparison import grey_rows
from gui.comparison.cell_formats import rate_text
from gui.comparison.columns import CHEAPEST_MARK, COL_ANNUAL, COL_DIFF, COL_INPUT, COL_MONTHLY, COL_OUTPUT, COL_SOURCE
from gui.texts.messages import region_text
from gui.texts.numbers import format_count, format_money, format_price, is_rounded_price
from gui.texts.provenance import checked_text, layer_tip, stale_tip

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls


class ComparisonModel(Protocol):
    """What the tooltips read of :class:`gui.comparison.table_model.ComparisonModel` (which imports this)."""

    currency: str
    as_of: date
    today: date
    stale_days: int
    workload: str | None
    plan_notes: Callable[[str, str | None], list[str]] | None

    def vendor_zh(self, vendor_id: str) -> str | None: ...

    def note_text(self, note: str) -> str: ...

    def is_stale(self, row: ComparisonRow) -> bool: ...


def tooltip(model: ComparisonModel, row: ComparisonRow, column: int) -> str:
    """The tooltip of ``row``'s cell in ``column``."""
    if column == COL_SOURCE:
        return provenance_tip(model, row)
    if column in (COL_INPUT, COL_OUTPUT):
        return _price_tip(row, column)
    if column in (COL_MONTHLY, COL_ANNUAL, COL_DIFF):
        return _cost_tip(model, row)
    return _model_tip(model, row)


def _price_tip(row: ComparisonRow, column: int) -> str:
    price = row.input_price_per_1m if column == COL_INPUT else row.output_price_per_1m
    what = translate("ComparisonModel", "Input") if column == COL_INPUT else translate("ComparisonModel", "Output")
    lines = [
        translate("ComparisonModel", "{0}: {1} {2} per 1M tokens").format(what, format_price(price), row.price_currency)
    ]
    if is_rounded_price(price):
        lines.append(
            translate("ComparisonModel", "Exactly {0} {1}, as the vendor publishes it").format(
                format_price(price, exact=True), row.price_currency
            )
        )
    if column == COL_INPUT and row.cached_input_price_per_1m is not None:
        lines.append(
            translate("ComparisonModel", "Cache hits: {0} {1} per 1M tokens").format(
                format_price(row.cached_input_price_per_1m), row.price_currency
            )
        )
    tier = row.prices.tier
    if tier is not None:
        # The boundary as the vendor states it: xAI bills from 200,000 prompt tokens on, LiteLLM's maps above 128k.
        text = (
            translate("ComparisonModel", "Long-prompt tier: prompts of {0} tokens or more")
            if tier.inclusive
            else translate("ComparisonModel", "Long-prompt tier: prompts above {0} tokens")
        )
        lines.append(text.format(format_count(tier.boundary)))
    lines.append(source_lines(row))
    return "\n".join(lines)


def _cost_tip(model: ComparisonModel, row: ComparisonRow) -> str:
    lines = [
        translate("ComparisonModel", "Input cost: {0}").format(format_money(row.input_cost, row.price_currency)),
        translate("ComparisonModel", "Output cost: {0}").format(format_money(row.output_cost, row.price_currency)),
        translate("ComparisonModel", "Monthly in {0}: {1}").format(
            row.price_currency, format_money(row.monthly_cost_native, row.price_currency)
        ),
    ]
    if row.price_currency != model.currency:
        lines.append(
            translate("ComparisonModel", "Exchange rate: 1 {0} = {1} {2}").format(
                row.price_currency, rate_text(row.fx_rate), model.currency
            )
        )
    lines.extend(model.note_text(n) for n in row.notes)
    return "\n".join(lines)


def _model_tip(model: ComparisonModel, row: ComparisonRow) -> str:
    lines = [f"{row.name} ({row.model_id})"]
    zh = model.vendor_zh(row.vendor_id)
    lines.append(
        translate("ComparisonModel", "Vendor: {0}").format(f"{row.vendor_name} · {zh}" if zh else row.vendor_name)
    )
    lines.append(
        translate("ComparisonModel", "Region: {0} · billed in {1}").format(region_text(row.region), row.price_currency)
    )
    if row.context_window:
        lines.append(
            translate("ComparisonModel", "Context window: {0} tokens").format(format_count(row.context_window))
        )
    lines.extend(grey_rows.status_lines(row, model.as_of))
    if row.rank == 1:
        lines.append(translate("ComparisonModel", "{0} Cheapest for this workload").format(CHEAPEST_MARK))
    lines.extend(model.note_text(n) for n in row.notes)
    if model.plan_notes is not None:  # why it was or was not each plan's cheapest for a workload
        lines.extend(model.plan_notes(row.model_id, model.workload))
    if row.point.note and row.point.layer != BUNDLED_LAYER:  # the user's own note on their price
        lines.append(wrapped_note(row.point.note))
    lines.append(source_lines(row))
    return "\n".join(lines)


def source_lines(row: ComparisonRow) -> str:
    """When the row's price is in force, where it comes from and when it was checked."""
    point = row.point
    lines = [translate("ComparisonModel", "Price in force from {0}").format(point.start.isoformat())]
    if point.end is not None:
        lines.append(translate("ComparisonModel", "… until {0}").format(point.end.isoformat()))
    if point.source:
        lines.append(translate("ComparisonModel", "Source: {0}").format(point.source))
    if point.checked:
        lines.append(translate("ComparisonModel", "Checked: {0}").format(point.checked.isoformat()))
    return "\n".join(lines)


def provenance_tip(model: ComparisonModel, row: ComparisonRow) -> str:
    """The Source cell's tooltip: the layer, whether the price is stale, the note and the source."""
    point = row.point
    lines = [layer_tip(point.layer)]
    if model.is_stale(row):
        lines.append(stale_tip(point, model.today, model.stale_days))
    else:
        lines.append(checked_text(point, model.today))
    if point.note:
        lines.append(wrapped_note(point.note))
    lines.append(source_lines(row))
    return "\n".join(lines)


NOTE_WIDTH, NOTE_MOST = 100, 600  # characters: a tooltip a screen wide, or a page long, is not read


def wrapped_note(note: str) -> str:
    """A price's note for a tooltip: wrapped, and cut after about 600 characters (the bundled catalog's notes say
    how each figure was researched, up to a page; the Catalog window shows them whole)."""
    import textwrap

    if len(note) > NOTE_MOST:
        note = note[:NOTE_MOST].rsplit(" ", 1)[0] + " " + translate("ComparisonModel", "… (whole note: Catalog window)")
    return textwrap.fill(note, NOTE_WIDTH, break_long_words=False, break_on_hyphens=False)

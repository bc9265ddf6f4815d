"""The Prices sheet: every price point the workbook uses, as published, with its dates, tiers, batch and
off-peak terms, free quota, source (a hyperlink when it is a web address), check date, a note a client can read
(:mod:`core.workbook.price_notes`; the catalog's research trail stays in the catalog) and layer. A price checked
more than :data:`~core.catalog.overrides.STALE_AFTER_DAYS` days before the quote's date is marked stale: its
check date in amber and a sentence in its note, as the app marks it."""

from __future__ import annotations

from decimal import Decimal

from core.catalog.model import PricePoint, Prices, SegmentPricing
from core.catalog.overrides import is_stale
from core.money import format_price
from core.text import find_url
from core.workbook.context import (
    FIRST_ROW,
    HEADER_ROW,
    Context,
    at_row,
    date_text,
    date_width,
    layer_name,
    letter,
    print_setup,
    source_line,
)
from core.workbook.labels import Labels, tier_label
from core.workbook.price_notes import client_note
from core.workbook.sheet_writer import SheetWriter, price_text
from core.workbook.style import clean_text, display_width

PRICE_KEYS = ("vendor", "model", "model_id", "currency", "from", "to", "in_price", "out_price", "cached_price",
              "tiers", "batch_col", "off_peak_col", "free_col", "source", "checked", "note", "layer")


def write_prices(ctx: Context) -> None:
    L, ws, plan = ctx.L, ctx.sheets["prices"], ctx.plan
    w = SheetWriter(ws, ctx.styles)
    w.put(1, 1, L["prices_title"], "title", width=0)
    w.paragraph(2, 1, len(PRICE_KEYS), L["prices_sub"] + " " + source_line(ctx), "subtitle_wrap", size=9)
    for col, key in enumerate(PRICE_KEYS, start=1):
        w.header(HEADER_ROW, col, L[key])
    vendors = ctx.catalog.vendors
    models = ctx.catalog.models
    as_of = plan.comparison.as_of

    def day_text(day):
        return date_text(ctx, day)
    r = HEADER_ROW
    links = []
    new, array = w.new, ctx.styles.array
    cell, wrap, date_style, link = array("cell"), array("cell_wrap"), array("date"), array("link")
    issued = ctx.issue_date
    text_width: dict[int, int] = {}
    price_values: dict[tuple[int, str], set] = {}
    wrap_limits = {10: 28, 11: 22, 12: 30, 13: 16, 14: 40, 16: 60}
    for row, point in plan.points:
        r += 1
        cur = row.price_currency
        price = array("price:" + cur)
        base = point.base
        source = point.source or (vendors[row.vendor_id].pricing_url if row.vendor_id in vendors else "")
        layer = layer_name(L, point.layer)
        url = find_url(source)
        note = client_note(L, point, models.get(row.model_id), as_of, day_text)
        stale = point.checked is not None and is_stale(point, issued)
        if stale:
            assert point.checked is not None
            age = L("pn_stale", date=day_text(point.checked), days=f"{(issued - point.checked).days:,}")
            note = L["pn_join"].join(part for part in (note, age) if part)
        texts = {1: ctx.vendor_label(row), 2: row.name, 3: row.model_id, 4: cur, 10: _tiers_text(L, point, cur),
                 11: _segment_text(L, point.batch, cur), 12: _segment_text(L, point.off_peak, cur),
                 13: _free_text(L, point), 14: source, 16: note, 17: layer}
        cells = [new(texts[1], cell), new(texts[2], cell), new(texts[3], cell), new(cur, cell),
                 new(point.start, date_style), new(point.end if point.end else L["open_ended"], date_style),
                 new(float(base.input), price), new(float(base.output), price),
                 new(None if base.cached_input is None else float(base.cached_input), price),
                 new(texts[10], wrap), new(texts[11], wrap), new(texts[12], wrap), new(texts[13], wrap),
                 new(source, link if url else wrap), new(point.checked, array("stale_date") if stale else date_style),
                 new(texts[16], wrap),
                 new(layer, cell)]
        wrapped = []
        for col, text in texts.items():
            if not text:
                continue
            width = display_width(text)
            limit = wrap_limits.get(col)
            if limit is not None and width > limit:
                wrapped.append((col, text))
                width = limit
            if width > text_width.get(col, 0):
                text_width[col] = width
        for col, value in ((7, base.input), (8, base.output), (9, base.cached_input)):
            if value is not None:
                price_values.setdefault((col, cur), set()).add(value)
        if url:
            links.append((r, url.rstrip(").,;")))
        at_row(w.table_row(cells, wrapped or None), r)
        ctx.tick()
    for col, width in text_width.items():
        w.fit(col, width)
    for (col, cur), values in price_values.items():
        for value in values:
            w.fit(col, price_text(value, cur))
    for col in (5, 6, 15):
        w.fit(col, date_width(ctx))
    src_col = letter(PRICE_KEYS.index("source") + 1)
    for row_no, url in links:
        # The cell keeps the source as written; the link goes to its URL (only http/https, never file: etc.).
        ws[f"{src_col}{row_no}"].hyperlink = clean_text(url)
    ws.freeze_panes = f"C{FIRST_ROW}"
    ws.auto_filter.ref = f"A{HEADER_ROW}:{letter(len(PRICE_KEYS))}{max(r, FIRST_ROW)}"
    w.apply_widths(minimum=8, maximum=60, columns=len(PRICE_KEYS))
    print_setup(ctx, ws, f"A1:{letter(len(PRICE_KEYS))}{r}", f"{HEADER_ROW}:{HEADER_ROW}")


def _p(value: Decimal, cur: str) -> str:
    return price_text(value, cur)


def _prices_text(L: Labels, prices: Prices, cur: str) -> str:
    text = L("explicit", i=_p(prices.input, cur), o=_p(prices.output, cur))
    if prices.cached_input is not None:
        text += L("cached_part", c=_p(prices.cached_input, cur))
    return text


def _tiers_text(L: Labels, point: PricePoint, cur: str) -> str:
    parts = []
    for tier in point.tiers:
        text = L(tier_label("tier_text", tier), n=f"{tier.boundary:,}", i=_p(tier.prices.input, cur),
                 o=_p(tier.prices.output, cur))
        if tier.prices.cached_input is not None:
            text += L("cached_part", c=_p(tier.prices.cached_input, cur))
        parts.append(text)
    return "; ".join(parts)


def _segment_text(L: Labels, segment: SegmentPricing | None, cur: str) -> str:
    if segment is None:
        return ""
    if segment.factor is not None:
        text = L("factor", f=format_price(segment.factor).rstrip("0").rstrip(".") or "0")
    else:
        assert segment.prices is not None                # a factor or prices
        text = _prices_text(L, segment.prices, cur)
    return text + (L("hours", h=segment.hours) if segment.hours else "")


def _free_text(L: Labels, point: PricePoint) -> str:
    if not point.free_input_tokens and not point.free_output_tokens:
        return ""
    return L("free_text", i=f"{point.free_input_tokens:,}", o=f"{point.free_output_tokens:,}")

"""The Prices sheet: every price point the workbook uses, as published, with its dates, its other terms (tiers,
batch and off-peak prices, free quota), its source (a numbered reference to the list under the table, each a
hyperlink when it is a web address), check date, a note a client can read (:mod:`core.workbook.price_notes`; the
catalog's research trail stays in the catalog) and, for a price not from the bundled catalog, its layer. Only the
columns some price uses are written, long texts wrap, and it prints landscape one page wide. A price checked more
than :data:`~core.catalog.overrides.STALE_AFTER_DAYS` days before the quote's date is marked stale: its check date
in amber and a sentence in its note, as the app marks it."""

from __future__ import annotations

from decimal import Decimal

from core.catalog.model import BUNDLED_LAYER, PricePoint, Prices, SegmentPricing, is_stale
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
from core.workbook.print_fit import FONT_ROW, fit_pages, rows_height, sheet_width, width_scale
from core.workbook.sheet_writer import SheetWriter, price_text
from core.workbook.style import clean_text, display_width

# (key, wrap limit in characters or None, always shown): a column no price uses is left out, and the sources are
# numbered references to a list under the table, so the sheet prints readably on one landscape page's width and a
# web address is never cut (LibreOffice does not wrap a link).
COLUMNS = (("vendor", 14, True), ("model", 20, True), ("currency", None, True), ("from", None, True),
           ("to", 11, True), ("in_price", None, True), ("out_price", None, True), ("cached_price", None, False),
           ("terms_col", 32, False), ("source", None, True), ("checked", None, True), ("note", 30, False),
           ("layer", 14, False))
DATES = ("from", "to", "checked")
PRICES = ("in_price", "out_price", "cached_price")


def write_prices(ctx: Context) -> None:
    L, ws, plan = ctx.L, ctx.sheets["prices"], ctx.plan
    w = SheetWriter(ws, ctx.styles)
    vendors, models, as_of = ctx.catalog.vendors, ctx.catalog.models, plan.comparison.as_of
    sources: dict[str, int] = {}     # source text → its number in the list under the table
    entries: list[tuple[str, dict, dict, dict]] = []
    issued = ctx.issue_date
    stale_points = set()

    def day_text(day):
        return date_text(ctx, day)
    for row, point in plan.points:
        cur = row.price_currency
        source = point.source or (vendors[row.vendor_id].pricing_url if row.vendor_id in vendors else "")
        number = sources.setdefault(source, len(sources) + 1) if source else None
        note = client_note(L, point, models.get(row.model_id), as_of, day_text)
        if point.checked is not None and is_stale(point, issued):   # as the app marks it: amber, and said
            stale_points.add(len(entries))
            age = L("pn_stale", date=day_text(point.checked), days=f"{(issued - point.checked).days:,}")
            note = L["pn_join"].join(part for part in (note, age) if part)
        texts = {"vendor": ctx.vendor_label(row), "model": row.name, "currency": cur,
                 "terms_col": _terms_text(L, point, cur), "source": f"[{number}]" if number else "",
                 "note": note, "layer": layer_name(L, point.layer) if point.layer != BUNDLED_LAYER else ""}
        days = {"from": point.start, "to": point.end, "checked": point.checked}
        amounts = {"in_price": point.base.input, "out_price": point.base.output,
                   "cached_price": point.base.cached_input}
        entries.append((cur, texts, days, amounts))
    shown = [(key, limit) for key, limit, always in COLUMNS
             if always or any(texts.get(key) or amounts.get(key) is not None for _, texts, _, amounts in entries)]
    col_of = {key: n for n, (key, _) in enumerate(shown, start=1)}
    last = len(shown)

    w.put(1, 1, L["prices_title"], "title", width=0)
    w.paragraph(2, 1, last, L["prices_sub"] + " " + source_line(ctx), "subtitle_wrap", size=9)
    for key, col in col_of.items():
        w.header(HEADER_ROW, col, L[key])
    new, array = w.new, ctx.styles.array
    cell, wrap, date_style = array("cell"), array("cell_wrap"), array("date")
    text_width: dict[int, int] = {}
    price_values: dict[tuple[int, str], set] = {}
    r = HEADER_ROW
    stale_style = array("stale_date")
    for index, (cur, texts, days, amounts) in enumerate(entries):
        r += 1
        price = array("price:" + cur)
        cells, wrapped = [], []
        for key, limit in shown:
            col = col_of[key]
            if key in DATES:
                day = days[key]
                style = stale_style if key == "checked" and index in stale_points else date_style
                cells.append(new(day if day else (L["open_ended"] if key == "to" else None), style))
                continue
            if key in PRICES:
                amount = amounts[key]
                cells.append(new(None if amount is None else float(amount), price))
                if amount is not None:
                    price_values.setdefault((col, cur), set()).add(amount)
                continue
            text = texts[key]
            cells.append(new(text, wrap if limit is not None else cell))
            width = display_width(text)
            if limit is not None and width > limit:
                wrapped.append((col, text))
                width = limit
            text_width[col] = max(text_width.get(col, 0), width)
        at_row(w.table_row(cells, wrapped or None), r)
        ctx.tick()
    for col, width in text_width.items():
        w.fit(col, width)
    for (col, cur), seen in price_values.items():
        for value in seen:
            w.fit(col, price_text(value, cur))
    for key in DATES:
        w.fit(col_of[key], date_width(ctx))
    ws.freeze_panes = f"C{FIRST_ROW}"
    ws.auto_filter.ref = f"A{HEADER_ROW}:{letter(last)}{max(r, FIRST_ROW)}"
    r = _source_list(ctx, w, sources, r + 2, last)
    w.apply_widths(minimum=8, maximum=40, columns=last)
    print_setup(ctx, ws, f"A1:{letter(last)}{r}", f"{HEADER_ROW}:{HEADER_ROW}")
    fit_pages(ws, ctx.paper, width_scale(ctx.paper, sheet_width(w.final_widths, last)),
              rows_height(ws, 1, r, FONT_ROW))


def _source_list(ctx: Context, w: SheetWriter, sources: dict[str, int], r: int, last: int) -> int:
    """The numbered sources under the table, each across the table's width (a web address whole, and a hyperlink
    to it: only http/https, never file: etc.). Returns the last row written."""
    L = ctx.L
    w.put(r, 1, L["sources_heading"], "section", width=0)
    for text, number in sources.items():
        r += 1
        w.put(r, 1, f"[{number}]", "rank", width=0)
        w.paragraph(r, 2, last, text, "note_wrap" if not find_url(text) else "link_wrap", size=9)
        url = find_url(text)
        if url:
            w.ws.cell(row=r, column=2).hyperlink = clean_text(url.rstrip(").,;"))
    return r


def _terms_text(L: Labels, point: PricePoint, cur: str) -> str:
    """Long-prompt tiers, batch and off-peak prices and a free quota, each named, in one wrapped cell."""
    parts = [(L["tiers"], _tiers_text(L, point, cur)), (L["batch_col"], _segment_text(L, point.batch, cur)),
             (L["off_peak_col"], _segment_text(L, point.off_peak, cur)), (L["free_col"], _free_text(L, point))]
    return L["terms_join"].join(L("term_part", name=name, text=text) for name, text in parts if text)


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

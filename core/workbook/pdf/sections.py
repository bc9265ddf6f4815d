"""The PDF quote's page in order — letterhead, parties, options (:mod:`core.workbook.pdf.layout`), then the notes,
the assumptions and the sources drawn here — for the internal reader or for the client.

The client's copy says what the client pays and on what volumes: no vendor price or cost, discount, markup, price
source or exchange rate, and none of the notes meant for the person preparing it (a 0 % growth line, a bundled
rate's "replace with your budget rate", a workload's default name).
"""

from __future__ import annotations

import copy
from functools import partial
from typing import Callable, Sequence

from fpdf.enums import XPos, YPos
from fpdf.fonts import FontFace

from core.catalog.model import BUNDLED_LAYER
from core.money import format_money
from core.pricing.workload import Workload
from core.workbook.audience import CLIENT, names_workloads
from core.workbook.context import fx_note, layer_name
from core.workbook.pdf.content import QuoteContent
from core.workbook.pdf.fonts import FAMILY
from core.workbook.pdf.labels import PdfLabels
from core.workbook.pdf.layout import (
    BODY_PT,
    LIGHT,
    PADDING,
    SMALL_PT,
    TABLE_PT,
    QuoteDocument,
    day_text,
    heading,
    letterhead,
    options_table,
    paragraph,
    parties,
    pct_text,
    subheading,
    text,
)
from core.workbook.style import clean_text

BLACK = (0, 0, 0)


def draw_quote(content: QuoteContent, labels: PdfLabels, paper: str, logo=None) -> bytes:
    """The quote's PDF bytes (``logo``: the bytes of a checked PNG or JPEG image, or None)."""
    L, terms = labels, content.terms
    company = text(terms.company)
    right = L("footer_quote", no=text(terms.quote_no)) if terms.quote_no else L["quote_title"]
    footer = (company or text(terms.client), f"{right} · {day_text(L.language, content.issue_date)}")
    pdf = QuoteDocument(paper, labels, footer)
    pdf.set_title(clean_text(L["quote_title"] + (f" {terms.quote_no}" if terms.quote_no else "")))
    pdf.set_subject(L["subject"])
    pdf.set_author(clean_text(terms.prepared_by or company or "TokenQuote"))
    pdf.set_creator("TokenQuote")
    pdf.set_keywords(L("keywords", cur=content.currency))
    pdf.set_lang("zh-CN" if L.language == "zh" else "en")
    pdf.add_page()
    letterhead(pdf, L, company, logo)
    parties(pdf, L, content)
    options_table(pdf, L, content)
    _plans(pdf, L, content)
    if content.audience == CLIENT:
        _client_notes(pdf, L, content)
    else:
        _notes(pdf, L, content)
        _assumptions(pdf, L, content)
    _keep_together(pdf, lambda target: _closing(target, L, content))
    return bytes(pdf.output())


def _closing(pdf: QuoteDocument, L: PdfLabels, content: QuoteContent) -> None:
    """The quote's last block: the client's volumes (or the internal copy's price sources) and the validity."""
    if content.audience == CLIENT:
        _volumes(pdf, L, content)
    else:
        _sources(pdf, L, content)
    pdf.ln(3)
    pdf.set_font(FAMILY, "B", BODY_PT)
    pdf.multi_cell(
        pdf.width,
        4.6,
        L("valid_line", date=day_text(L.language, content.valid_until)),
        align="L",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )


def _keep_together(pdf: QuoteDocument, draw) -> None:
    """``draw(pdf)`` on one page when it fits on one: a block that would run over the page's end starts on the next
    (its last lines alone — a footnote and "valid until" — made a near-empty last page). Measured by drawing it
    once on a copy of the document (fpdf2's own offset_rendering hands out a recorder without our attributes)."""
    trial = copy.deepcopy(pdf)
    draw(trial)
    if trial.page > pdf.page:
        fresh = copy.deepcopy(pdf)  # moved only if it then fits on one page: a longer block flows as it comes
        fresh.add_page()
        first = fresh.page
        draw(fresh)
        if fresh.page == first:
            pdf.add_page()
    draw(pdf)


def _plans(pdf: QuoteDocument, L: PdfLabels, content: QuoteContent) -> None:
    """Each plan option's workloads and the model each runs on; internally with that workload's monthly vendor
    cost (the plan's vendor cost is their sum), for the client without it."""
    plans = [o for o in content.options if o.is_plan]
    if not plans:
        return
    heading(pdf, L["plans_heading"])
    internal = content.audience != CLIENT
    for option in plans:
        subheading(pdf, L.plan(option.name), BODY_PT)
        pdf.ln(1)
        columns = [
            ("workload", lambda pl: text(pl.workload)),
            ("model", lambda pl: text(pl.model)),
            ("vendor", lambda pl: text(pl.vendor)),
        ]
        if internal:
            columns.append(("pdf_plan_line_cost", lambda pl: format_money(pl.monthly_cost, content.currency)))
        _table(pdf, L, columns, option.plan_lines)
    pdf.ln(1)


def _user_notes(pdf: QuoteDocument, L: PdfLabels, content: QuoteContent) -> None:
    notes = text(content.terms.notes).strip()
    if notes:
        pdf.ln(3)
        heading(pdf, L["user_notes"], 10)
        paragraph(pdf, notes, BODY_PT, BLACK)


def _client_notes(pdf: QuoteDocument, L: PdfLabels, content: QuoteContent) -> None:
    lang = L.language
    lines = [L("client_how_priced", cur=content.currency)]
    if content.growth_pct:
        lines.append(L("client_growth_line", growth=pct_text(content.growth_pct), date=day_text(lang, content.as_of)))
    if content.decline_pct:
        lines.append(L("client_decline_line", decline=pct_text(content.decline_pct)))
    for option in content.options:
        if option.price_changes:
            dates = ", ".join(day_text(lang, day) for day in option.price_changes)
            lines.append(L("client_price_change", model=text(option.name), dates=dates))
        if option.understated:  # a figure known to be a floor is never sent without a word
            lines.append(L("client_to_confirm", option=text(option.name)))
        for model, end in option.ended:  # months priced at a price the vendor no longer offers
            lines.append(L.client_price_ended(text(option.name), option.is_plan, text(model), day_text(lang, end)))
    if content.projected:
        lines.append(L["pdf_client_first_year_note"])
    for line in lines:
        paragraph(pdf, line)
        pdf.ln(1)
    _user_notes(pdf, L, content)
    pdf.ln(4)


def _volumes(pdf: QuoteDocument, L: PdfLabels, content: QuoteContent) -> None:
    """The volumes the quote is for: a workload's name where it tells the client something, a share or a prompt
    size only where some workload has one."""
    heading(pdf, L["client_volumes_heading"])
    workloads = content.workloads
    columns: list[tuple[str, Callable[[Workload], str]]] = [
        ("input_tokens", lambda wl: f"{wl.input_tokens:,}"),
        ("output_tokens", lambda wl: f"{wl.output_tokens:,}"),
    ]
    for key, field in (("cache_hit", "cache_hit_pct"), ("batch", "batch_pct"), ("off_peak", "off_peak_pct")):
        if any(getattr(wl, field) for wl in workloads):
            columns.append((key, partial(_share, field)))
    if any(wl.prompt_tokens for wl in workloads):
        columns.append(("prompt_tokens", lambda wl: f"{wl.prompt_tokens:,}"))
    if names_workloads(workloads):
        columns.insert(0, ("workload", lambda wl: text(wl.name)))
    _table(pdf, L, columns, workloads, first_left=names_workloads(workloads))


def _volume_widths(pdf: QuoteDocument, rows: Sequence[tuple[str, ...]]) -> tuple[float, ...]:
    """Column widths of the assumptions' volume table: a token count never breaks across lines (10,000,000,0 /
    00 read as two numbers), the shares share what is left, the workload's name takes the rest."""
    pdf.set_font(FAMILY, "", TABLE_PT)
    even = (pdf.width - 46.0) / 6
    sides = PADDING[1] + PADDING[3] + 1.0
    numbers = {i: max([even] + [pdf.get_string_width(r[i]) + sides for r in rows]) for i in (1, 2, 6)}
    shares = max(14.0, even - (sum(numbers.values()) - 3 * even) / 3)
    first = max(28.0, pdf.width - sum(numbers.values()) - 3 * shares)
    return (first, numbers[1], numbers[2], shares, shares, shares, numbers[6])


def _share(field: str, wl: Workload) -> str:
    return pct_text(getattr(wl, field))


def _ruled_table(
    pdf: QuoteDocument, width: float, text_align, col_widths=None, font_pt: float = TABLE_PT, line_height: float = 3.8
):
    """The quote's small tables, drawn alike: rows ruled, a bold tinted heading row, the body at ``font_pt``."""
    pdf.set_font(FAMILY, "", font_pt)
    return pdf.table(
        **({"col_widths": col_widths} if col_widths is not None else {}),
        width=width,
        align="LEFT",
        borders_layout="HORIZONTAL_LINES",
        headings_style=FontFace(emphasis="B", fill_color=LIGHT, size_pt=SMALL_PT),
        line_height=line_height,
        text_align=text_align,
        padding=PADDING,
    )


def _table(pdf: QuoteDocument, L: PdfLabels, columns, items, first_left: bool = True) -> None:
    w = min(pdf.width, 34.0 * len(columns) + (12.0 if first_left else 0))
    align = ("LEFT" if first_left else "RIGHT", *["RIGHT"] * (len(columns) - 1))
    with _ruled_table(pdf, w, align) as table:
        row = table.row()
        for key, _ in columns:
            row.cell(L[key])
        for item in items:
            row = table.row()
            for _, value in columns:
                row.cell(value(item))
    pdf.ln(2)


def _notes(pdf: QuoteDocument, L: PdfLabels, content: QuoteContent) -> None:
    if content.projected:
        if content.growth_pct:
            note = L(
                "pdf_first_year_note", growth=pct_text(content.growth_pct), start=day_text(L.language, content.as_of)
            )
        else:
            note = L["pdf_first_year_note_flat"]
        paragraph(pdf, note)
        pdf.ln(1)
    paragraph(pdf, L("pdf_price_note", cur=content.currency))
    pdf.ln(1)
    paragraph(pdf, L["how_priced"] + (" " + L["plan_rounding"] if any(o.is_plan for o in content.options) else ""))
    for option in content.options:
        if option.notes:
            pdf.ln(1)
            paragraph(pdf, L("option_notes", model=text(option.name), note="; ".join(L[n] for n in option.notes)))
    for model, end in dict.fromkeys(e for option in content.options for e in option.ended):
        pdf.ln(1)
        paragraph(pdf, L("price_ended", model=text(model), end=day_text(L.language, end)))
    _user_notes(pdf, L, content)
    pdf.ln(4)


def _assumptions(pdf: QuoteDocument, L: PdfLabels, content: QuoteContent) -> None:
    heading(pdf, L["pdf_assumptions"])
    subheading(pdf, L["pdf_volumes"], BODY_PT)
    pdf.ln(1)
    keys = ("workload", "input_tokens", "output_tokens", "cache_hit", "batch", "off_peak", "prompt_tokens")
    rows = [
        (
            text(wl.name),
            f"{wl.input_tokens:,}",
            f"{wl.output_tokens:,}",
            pct_text(wl.cache_hit_pct),
            pct_text(wl.batch_pct),
            pct_text(wl.off_peak_pct),
            f"{wl.prompt_tokens:,}" if wl.prompt_tokens else L["pdf_none"],
        )
        for wl in content.workloads
    ]
    with _ruled_table(pdf, pdf.width, ("LEFT", *["RIGHT"] * (len(keys) - 1)), _volume_widths(pdf, rows)) as table:
        row = table.row()
        for key in keys:
            row.cell(L[key])
        for values in rows:
            row = table.row()
            for value in values:
                row.cell(value)
    pdf.ln(2)
    paragraph(
        pdf,
        L(
            "pdf_growth_line",
            growth=pct_text(content.growth_pct),
            decline=pct_text(content.decline_pct),
            date=day_text(L.language, content.as_of),
        ),
        BODY_PT,
        BLACK,
    )
    pdf.ln(3)
    subheading(pdf, L["fx_heading"], BODY_PT)
    pdf.ln(1)
    if not content.rates:
        paragraph(pdf, L("pdf_no_fx", cur=content.currency), BODY_PT, BLACK)
    else:
        w = pdf.width
        with _ruled_table(pdf, w, "LEFT", (34.0, 46.0, 30.0, w - 110.0)) as table:
            row = table.row()
            for key in ("fx_pair", "fx_rate", "fx_as_of", "fx_note"):
                row.cell(L[key])
            for rate in content.rates:
                row = table.row()
                row.cell(f"{rate.base}/{rate.quote}")
                row.cell(L("pdf_fx_rate", base=rate.base, rate=f"{rate.rate.normalize():f}", quote=rate.quote))
                row.cell(day_text(L.language, rate.as_of))
                row.cell(text(fx_note(L, rate)))
    pdf.ln(4)


def _sources(pdf: QuoteDocument, L: PdfLabels, content: QuoteContent) -> None:
    heading(pdf, L["pdf_sources"])
    w = pdf.width
    widths = (36.0, 28.0, 24.0, w - 112.0, 24.0)
    with _ruled_table(pdf, w, "LEFT", widths, font_pt=SMALL_PT, line_height=3.5) as table:
        row = table.row()
        for key in ("model", "vendor", "from", "source", "checked"):
            row.cell(L[key])
        for line in content.sources:
            source = text(line.source) or L["pdf_none"]
            if line.layer != BUNDLED_LAYER:
                source += f" ({text(layer_name(L, line.layer))})"
            row = table.row()
            row.cell(text(line.model))
            row.cell(text(line.vendor))
            row.cell(day_text(L.language, line.start))
            row.cell(source)
            row.cell(day_text(L.language, line.checked) if line.checked else L["pdf_none"])
    pdf.ln(1.5)
    paragraph(pdf, L["pdf_sources_note"])

"""The PDF quote's page furniture and its top half, drawn with fpdf2: the letterhead, who and when, and the options
side by side (blocks of at most five); page numbers and the quote number in the footer. The notes, assumptions and
sources below them, and the whole page's order, are :mod:`core.workbook.pdf.sections`'.

Every figure is the :class:`~core.workbook.pdf.content.QuoteContent`'s, written with :func:`core.money.format_money`
(the app's text in English and Chinese). Text wraps inside its column; amounts never wrap: a column of amounts
too wide for its share of the page is set smaller (down to 6 pt) rather than run over the margin.
"""

from __future__ import annotations

import io
from datetime import date
from decimal import Decimal

from fpdf import FPDF
from fpdf.enums import XPos, YPos
from fpdf.fonts import FontFace

from core.money import CURRENCY_SYMBOLS, format_money, format_price
from core.workbook.audience import CLIENT
from core.workbook.pdf.content import OptionFigures, QuoteContent
from core.workbook.pdf.fonts import FAMILY, register_fonts
from core.workbook.pdf.labels import PdfLabels
from core.workbook.style import clean_text

PAPER = {"a4": "A4", "letter": "Letter"}
MARGIN = 15.0           # mm, left, right and top
BOTTOM = 18.0           # mm: the footer sits in it
OPTIONS_PER_BLOCK = 5
NAVY = (31, 56, 100)
GREY = (90, 90, 90)
LIGHT = (234, 240, 247)
RULE = (191, 191, 191)
LOGO_BOX = (45.0, 16.0)  # mm: the logo fits inside, its proportions kept
BODY_PT = 9.0
TABLE_PT = 8.0
SMALL_PT = 7.5
MIN_AMOUNT_PT = 5.5
READABLE_PT = 7.0      # below this, fewer options go side by side
PADDING = (0.9, 1.4, 0.9, 1.4)   # top, right, bottom, left (mm)


def text(value: str) -> str:
    """User text as the PDF can show it: control characters replaced (as in the workbook)."""
    return clean_text(value or "").replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")


def day_text(language: str, day: date | None) -> str:
    if day is None:
        return ""
    return f"{day.year}年{day.month}月{day.day}日" if language == "zh" else day.isoformat()


def pct_text(value: Decimal) -> str:
    return f"{value.normalize():f}%"


def price_text(amount: Decimal, currency: str) -> str:
    """A per-1M price as published, with its currency's symbol (or code)."""
    symbol = CURRENCY_SYMBOLS.get(currency)
    return f"{symbol}{format_price(amount)}" if symbol else f"{format_price(amount)} {currency}"


class QuoteDocument(FPDF):
    """An FPDF whose footer carries the quote's name, page numbers and issue date."""

    def __init__(self, paper: str, labels: PdfLabels, footer: tuple[str, str]):
        super().__init__(orientation="P", unit="mm", format=PAPER[paper])
        self.labels = labels
        self.footer_texts = footer
        register_fonts(self)
        self.set_margins(MARGIN, MARGIN, MARGIN)
        self.set_auto_page_break(True, margin=BOTTOM)
        self.set_text_shaping(False)  # no shaping engine needed for Latin and Chinese; uharfbuzz stays optional

    def _render_styled_text_line(self, *args, **kwargs):
        # fpdf2 2.8 remembers a font as "set on the page" when it set it inside a line's q…Q (a line that starts
        # in the fallback font); after the Q the page is back on the font before, and the next line's first
        # fragment was drawn with another font's glyph numbers ("5%" printed as "28" in a wrapped Chinese
        # paragraph). Forgetting it makes every line set its font. tests/core/test_pdf.py guards this.
        self.current_font_is_set_on_page = False
        return super()._render_styled_text_line(*args, **kwargs)

    @property
    def width(self) -> float:
        return self.w - self.l_margin - self.r_margin

    def footer(self) -> None:
        self.set_y(-BOTTOM + 6)
        self.set_draw_color(*RULE)
        self.line(self.l_margin, self.get_y() - 1.5, self.w - self.r_margin, self.get_y() - 1.5)
        self.set_font(FAMILY, "", SMALL_PT)
        self.set_text_color(*GREY)
        third = self.width / 3
        left, right = self.footer_texts
        page = self.labels("pdf_page", n=self.page_no(), total="{nb}")
        self.cell(third, 4, fit(self, left, third - 1), align="L")
        self.cell(third, 4, page, align="C")
        # "Quote NORTHWIND-Q-2026-0114-REV2 · 2026-12-07": a long quote number is cut, the date is kept whole.
        head, sep, day = right.rpartition(" · ")
        right = fit(self, head, third - 1 - self.get_string_width(sep + day)) + sep + day if sep else fit(
            self, right, third - 1)
        self.cell(third, 4, right, align="R")
        self.set_text_color(0, 0, 0)


def fit(pdf: FPDF, value: str, width: float) -> str:
    """``value`` on one line within ``width`` mm, cut with an ellipsis where it is longer."""
    value = " ".join(value.split())
    if pdf.get_string_width(value) <= width:
        return value
    while value and pdf.get_string_width(value + "…") > width:
        value = value[:-1]
    return value + "…"


def letterhead(pdf: QuoteDocument, L: PdfLabels, company: str, logo) -> None:
    top = pdf.get_y()
    x = pdf.l_margin
    bottom = top
    if logo is not None:
        info = pdf.image(io.BytesIO(logo), x=x, y=top, w=LOGO_BOX[0], h=LOGO_BOX[1], keep_aspect_ratio=True)
        drawn = info.rendered_width if getattr(info, "rendered_width", 0) else LOGO_BOX[0]
        x += drawn + 4
        bottom = top + LOGO_BOX[1]
    if company:
        pdf.set_xy(x, top + (4 if logo is not None else 0))
        pdf.set_font(FAMILY, "B", 13)
        pdf.set_text_color(*NAVY)
        pdf.multi_cell(pdf.w - pdf.r_margin - x, 6, company, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        bottom = max(bottom, pdf.get_y())
    pdf.set_y(bottom + (3 if bottom > top else 0))
    pdf.set_font(FAMILY, "B", 17 if L.language == "zh" else 16)
    pdf.set_text_color(*NAVY)
    pdf.multi_cell(pdf.width, 8, L["quote_title"], align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_draw_color(*NAVY)
    pdf.set_line_width(0.5)
    pdf.line(pdf.l_margin, pdf.get_y() + 1, pdf.w - pdf.r_margin, pdf.get_y() + 1)
    pdf.set_line_width(0.2)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(4)


def parties(pdf: QuoteDocument, L: PdfLabels, content: QuoteContent) -> None:
    terms, none = content.terms, L["pdf_none"]
    lang = L.language
    days = L["pdf_valid_for_one"] if terms.valid_days == 1 else L("pdf_valid_for", n=terms.valid_days)
    valid = f"{day_text(lang, content.valid_until)} {days}"
    left = [("client", text(terms.client) or none), ("quote_no", text(terms.quote_no) or none),
            ("prepared_by", text(terms.prepared_by) or none)]
    right = [("issue_date", day_text(lang, content.issue_date)), ("valid_until", valid),
             ("display_currency", content.currency), ("prices_as_of", day_text(lang, content.as_of))]
    if content.audience == CLIENT:     # the client's copy: no empty field, and the tax rate rather than the as-of day
        left = [pair for pair in left if pair[1] != none]
        right[-1] = ("client_tax_rate", pct_text(terms.tax_pct))
    w = pdf.width
    label_w = 27.0 if lang == "zh" else 31.0
    pdf.set_font(FAMILY, "", BODY_PT)
    label_style = FontFace(color=GREY)
    with pdf.table(col_widths=(label_w, w / 2 - label_w, label_w, w / 2 - label_w), width=w, align="LEFT",
                   first_row_as_headings=False, borders_layout="NONE", text_align="LEFT", v_align="TOP",
                   line_height=4.4, padding=(0.6, 1.4, 0.6, 0)) as table:
        for i in range(max(len(left), len(right))):
            row = table.row()
            for pair in (left[i] if i < len(left) else None, right[i] if i < len(right) else None):
                row.cell(L[pair[0]] if pair else "", style=label_style)
                row.cell(pair[1] if pair else "")
    pdf.ln(4)


KEEP_WITH_HEADING = 22.0   # mm: a heading needs room for itself and the first lines of what it heads


def heading(pdf: QuoteDocument, title: str, size: float = 11.0) -> None:
    """A section's title, on a new page when the rest of this one could not hold its first lines (a page ended on
    "Exchange rates", its table on the next)."""
    _make_room(pdf, KEEP_WITH_HEADING)
    pdf.set_font(FAMILY, "B", size + (0.5 if pdf.labels.language == "zh" else 0))
    pdf.set_text_color(*NAVY)
    pdf.multi_cell(pdf.width, size * 0.5, title, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(1.2)


def subheading(pdf: QuoteDocument, title: str, size: float) -> None:
    """A bold line heading a table within a section, kept with the table's first rows as :func:`heading` is."""
    _make_room(pdf, KEEP_WITH_HEADING - 4)
    paragraph(pdf, title, size, (0, 0, 0), "B")


def _make_room(pdf: QuoteDocument, height: float) -> None:
    """A new page unless ``height`` mm are left on this one."""
    if pdf.get_y() + height > pdf.page_break_trigger:
        pdf.add_page()


def paragraph(pdf: QuoteDocument, value: str, size: float = SMALL_PT, color=GREY, style: str = "") -> None:
    pdf.set_font(FAMILY, style, size)
    pdf.set_text_color(*color)
    pdf.multi_cell(pdf.width, size * 0.47, value, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)


def option_rows(L: PdfLabels, content: QuoteContent, option: OptionFigures) -> list[tuple[str, str, bool]]:
    """The option's column: (label, text, a total?) — for the client their price, tax and totals; internally from
    the vendor's prices through discount and markup to the total incl. tax."""
    cur, line, year, first = content.currency, option.line, option.year, option.first_year
    if content.audience == CLIENT:
        rows = [("client_price_month", format_money(line.client_price, cur), False),
                ("tax", format_money(line.tax, cur), False),
                ("total_month", format_money(line.total, cur), True)]
        if content.projected:     # one year figure: the first 12 months as projected
            rows.append(("pdf_first_year_total", format_money(first.total if first else year.total, cur), True))
        else:
            rows.append(("total_year", format_money(year.total, cur), True))
        return [(L[key], value, total) for key, value, total in rows]
    # Where the first 12 months are projected too, the twelve-times-a-month rows say that is what they are.
    flat = content.projected
    none = L["pdf_none"]   # a plan's models have prices of their own: its lines say them
    rows = [("pdf_in_price", none if option.input_price is None else price_text(option.input_price,
                                                                                 option.price_currency), False),
            ("pdf_out_price", none if option.output_price is None else price_text(option.output_price,
                                                                                  option.price_currency), False),
            ("vendor_cost_month", format_money(line.list_cost, cur), False),
            ("pdf_year_flat_vendor" if flat else "vendor_cost_year", format_money(year.list_cost, cur), False),
            ("discount_pct", pct_text(line.discount_pct), False),
            ("discount", format_money(line.discount, cur), False),
            ("pdf_markup", format_money(line.markup, cur), False),
            ("client_price", format_money(line.client_price, cur), False),
            ("tax", format_money(line.tax, cur), False),
            ("total_month", format_money(line.total, cur), True),
            ("pdf_year_flat_total" if flat else "total_year", format_money(year.total, cur), True)]
    if content.projected:
        rows.append(("pdf_first_year_vendor",
                     format_money(first.vendor_cost if first else year.list_cost, cur), False))
        rows.append(("pdf_first_year_total", format_money(first.total if first else year.total, cur), True))
    return [(L[key], value, total) for key, value, total in rows]


def options_table(pdf: QuoteDocument, L: PdfLabels, content: QuoteContent) -> None:
    heading(pdf, L("options_heading", cur=content.currency))
    options = list(content.options)
    columns = {o.model_id: option_rows(L, content, o) for o in options}
    amounts = [value for column in columns.values() for _, value, _ in column]
    label_w = 44.0 if L.language == "zh" else 50.0
    # Five options side by side when their amounts fit a fifth of the page at a readable size; fewer per block
    # (blocks one under the other) when the amounts are long.
    per_block = OPTIONS_PER_BLOCK
    while per_block > 2 and _amount_size(pdf, amounts, _column_width(pdf, label_w, per_block)) < READABLE_PT:
        per_block -= 1
    for start in range(0, len(options), per_block):
        block = options[start:start + per_block]
        col_w = _column_width(pdf, label_w, max(len(block), min(per_block, 3)))
        _option_block(pdf, L, label_w, col_w, block, [columns[o.model_id] for o in block])
        pdf.ln(3)


def _column_width(pdf: QuoteDocument, label_w: float, count: int) -> float:
    return min((pdf.width - label_w) / count, 44.0)


def _option_block(pdf: QuoteDocument, L: PdfLabels, label_w: float, col_w: float, block: list[OptionFigures],
                  columns: list[list[tuple[str, str, bool]]]) -> None:
    labels = [label for label, _, _ in columns[0]]
    size = _amount_size(pdf, [value for column in columns for _, value, _ in column], col_w)
    names = [L.plan(o.name) if o.is_plan else o.name for o in block]
    # A word is never broken inside (fpdf2 cuts one wider than its cell anywhere: "Qwen3.5-Flas|h"): the heading
    # is set at the size its longest word fits, as the amounts are. CJK text breaks between any two characters.
    words = [w for name, o in zip(names, block) for w in f"{name} {o.vendors(L['vendor_join'])}".split()
             if not any("\u3000" <= c <= "\u9fff" or "\uff00" <= c <= "\uffef" for c in w)]
    heading_pt = _amount_size(pdf, words, col_w) if words else TABLE_PT
    heading = FontFace(emphasis="B", color=(255, 255, 255), fill_color=NAVY, size_pt=heading_pt)
    total = FontFace(emphasis="B", fill_color=LIGHT, size_pt=size)
    total_label = FontFace(emphasis="B", fill_color=LIGHT, size_pt=TABLE_PT)
    plain = FontFace(size_pt=size)
    pdf.set_font(FAMILY, "", TABLE_PT)
    with pdf.table(col_widths=(label_w, *[col_w] * len(block)), width=label_w + col_w * len(block), align="LEFT",
                   borders_layout="HORIZONTAL_LINES", headings_style=heading, line_height=3.9, v_align="MIDDLE",
                   text_align=("LEFT", *["RIGHT"] * len(block)), padding=PADDING) as table:
        row = table.row()
        row.cell(L["option"], align="LEFT")
        for option, name in zip(block, names):
            row.cell(f"{text(name)}\n{text(option.vendors(L['vendor_join']))}", align="RIGHT")
        for i, label in enumerate(labels):
            is_total = columns[0][i][2]
            row = table.row()
            row.cell(label, style=total_label if is_total else None)
            for column in columns:
                row.cell(column[i][1], style=total if is_total else plain)
    pdf.set_font(FAMILY, "", BODY_PT)


def _amount_size(pdf: QuoteDocument, values: list[str], col_w: float) -> float:
    """The largest size (≤ the table's) at which every amount fits its column on one line."""
    room = col_w - PADDING[1] - PADDING[3] - 0.4
    size = TABLE_PT
    while size > MIN_AMOUNT_PT:
        pdf.set_font(FAMILY, "B", size)
        if max(pdf.get_string_width(v) for v in values) <= room:
            break
        size -= 0.5
    pdf.set_font(FAMILY, "", TABLE_PT)
    return size

"""What every sheet of the quote workbook shares: the writing context (workbook, styles, labels, layout,
progress), the rounding formula, the names of inputs, dates as text, print setup and the price-source line."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from datetime import date

from core.catalog.model import BUNDLED_LAYER
from core.money import minor_unit
from core.pricing.fx import ASSUMPTION_NOTE
from core.pricing.fx import CLI_NOTE as CLI_FX_NOTE  # the note core.fx.parse_fx_option gives a typed rate
from core.workbook.labels import Labels
from core.workbook.plan import WorkbookPlan
from core.workbook.style import Styles, clean_text

SHEETS = ("quote", "inputs", "comparison", "projection", "prices")
HEADER_ROW = 4                 # Comparison, Projection and Prices: title, subtitle, group row, header
FIRST_ROW = HEADER_ROW + 1


@dataclass
class WorkbookLayout:
    """Where things are, so tests (and anyone reading the file back) can find each figure."""

    sheets: dict[str, str] = field(default_factory=dict)       # "quote", "inputs", ... → sheet title
    names: dict[str, str] = field(default_factory=dict)        # defined name → "'Sheet'!$B$7"
    comparison_rows: dict[str, int] = field(default_factory=dict)            # model id → row
    later_rows: dict[tuple[str, date], int] = field(default_factory=dict)    # (model id, point start) → row
    comparison_cols: dict[str, str] = field(default_factory=dict)            # field → column letter
    workload_cols: list[dict[str, str]] = field(default_factory=list)        # per workload: field → letter
    workload_monthly_cols: list[str] = field(default_factory=list)           # per workload: its monthly cost
    plan_line_rows: dict[str, list[int]] = field(default_factory=dict)   # plan option → its lines' rows
    plan_total_rows: dict[str, int] = field(default_factory=dict)            # plan option → its total's row
    quote_rows: dict[str, int] = field(default_factory=dict)                 # option → row on the Quote
    quote_cols: dict[str, str] = field(default_factory=dict)
    projection_first_row: int = 0
    projection_cols: dict[str, str] = field(default_factory=dict)            # option → column letter
    projection_client_cols: dict[str, str] = field(default_factory=dict)     # option → its client total's column
    projection_year_rows: list[int] = field(default_factory=list)
    projection_total_row: int = 0
    options: tuple[str, ...] = ()
    reconciliation_total_row: int = 0                                        # 0: no Reconciliation sheet
    progress_total: int = 1


def text_formula(text: str) -> str:
    """``text`` as a string constant in a formula (its quotes doubled)."""
    return '"' + text.replace('"', '""') + '"'


def months_label(L, key: str, count: str, months: int, **fixed) -> str:
    """A formula for the label ``L(key)`` whose ``count`` says how many months a figure covers: ``months``, or
    the Inputs' ``ProjMonths`` when the reader sets fewer — so a label never promises months a sum left out."""
    before, after = L(key, **fixed, **{count: "\x00"}).split("\x00")
    return f"{text_formula(before)}&MIN({months},ProjMonths)&{text_formula(after)}"


def round_formula(expr: str, digits: int) -> str:
    """``expr`` rounded half-up to ``digits`` decimals, as core.money.round_money rounds.

    Excel and LibreOffice both round the value as its 15 significant digits read (so 2.675, stored as
    2.67499999…, rounds to 2.68) — except LibreOffice's ROUND(x, 0), which rounds the binary value as it is
    (ROUND(21181.499999999996, 0) = 21181 there). Whole units (JPY) therefore round as ROUND(x/10, 1)*10:
    the same figure, through the corrected path in both."""
    if digits > 0:
        return f"ROUND({expr},{digits})"
    return f"ROUND(({expr})/10,1)*10"


def at_row(written: int, expected: int) -> None:
    """Formulas name their own row: a row appended anywhere else would price the wrong cells."""
    if written != expected:  # pragma: no cover - a programming error
        raise RuntimeError(f"row {written} written where row {expected} was planned")


def letter(col: int) -> str:
    from openpyxl.utils import get_column_letter
    return get_column_letter(col)


class Context:
    def __init__(self, project, plan: WorkbookPlan, labels: Labels, catalog, progress, paper: str = "a4",
                 sheets: tuple[str, ...] = SHEETS):
        from openpyxl import Workbook

        self.project = project
        self.plan = plan
        self.L = labels
        self.catalog = catalog
        self.paper = paper
        self.cur = plan.comparison.currency
        self.digits = minor_unit(self.cur)
        self.terms = project.terms
        self.issue_date = self.terms.issued()
        self.wb = Workbook()
        self.styles = Styles(self.wb, labels.language, labels["date_format"], labels["month_format"])
        self.layout = WorkbookLayout(options=tuple(plan.options))
        self.sheets = {}
        for index, key in enumerate(sheets):
            title = labels[f"sheet_{key}"]
            ws = self.wb.active if index == 0 else self.wb.create_sheet()
            ws.title = title
            self.sheets[key] = ws
            self.layout.sheets[key] = title
        self._progress = progress
        work = len(plan.rows) + len(plan.later) + len(plan.points)
        self.build_units = work + len(plan.month_starts) + 10
        self.total = self.build_units + int(work * 1.5) + 5  # saving takes about 1.5× building
        self._done = 0
        self._reported = -1
        self.tick(0)

    def option_vendor_label(self, option) -> str:
        """The vendor (or, for a plan, its vendors joined) of a quote option, in the workbook's language."""
        return self.L["vendor_join"].join(self.vendor_name(v) for v in option.vendor_ids)

    def discount_name(self, vendor_id: str) -> str:
        """The Inputs' name of the discount rate that applies to ``vendor_id``'s lines."""
        return vendor_discount_name(vendor_id) if vendor_id in self.terms.vendor_discounts else "DiscountRate"

    def vendor_label(self, row) -> str:
        """The vendor's name in the workbook's language (a Chinese quote says 字节跳动（豆包）, not ByteDance)."""
        return self.vendor_name(row.vendor_id, row.vendor_name)

    def vendor_name(self, vendor_id: str, fallback: str | None = None) -> str:
        """A vendor's name in the workbook's language, by id (``fallback``, else the id, when unknown)."""
        vendor = self.catalog.vendors.get(vendor_id) if self.catalog is not None else None
        if vendor is None:
            return fallback or vendor_id
        return vendor.name_zh if self.L.language == "zh" and vendor.name_zh else vendor.name

    def tick(self, n: int = 1) -> None:
        self._done += n
        if self._progress is not None and (self._done - self._reported >= 250 or n == 0):
            self._reported = self._done
            self._progress(min(self._done, self.total), self.total)

    def sheet_ref(self, key: str) -> str:
        return "'" + self.layout.sheets[key].replace("'", "''") + "'!"

    def define(self, name: str, key: str, col: int, row: int, comment: str = "") -> None:
        from openpyxl.workbook.defined_name import DefinedName

        ref = f"{self.sheet_ref(key)}${letter(col)}${row}"
        self.wb.defined_names[name] = DefinedName(name, attr_text=ref, comment=clean_text(comment)[:255] or None)
        self.layout.names[name] = ref


def fx_name(base: str, quote: str) -> str:
    return f"FX_{base}_{quote}"


def fx_note(L: Labels, rate) -> str:
    """What to say about a rate: an assumption to replace, or given (core's own notes in the sheet's words)."""
    if rate.assumption:
        return L["fx_assumption"]
    if rate.note == CLI_FX_NOTE:
        return L["fx_given_cli"]
    if rate.note == ASSUMPTION_NOTE or not rate.note:   # a bundled rate the user has since edited, or their own
        return L["fx_edited"]
    return rate.note


def vendor_discount_name(vendor_id: str) -> str:
    return "Disc_" + re.sub(r"[^A-Za-z0-9_]", "_", vendor_id)


def rates_used(ctx: Context) -> list:
    """The FX rates the quote's conversions go through (the cover shows these; Inputs has them all)."""
    fx, cur = ctx.plan.comparison.fx, ctx.cur
    pairs: set[str] = set()              # "USD/CNY"
    for p in ctx.plan.rows + ctx.plan.later:
        pairs.update(step.rate.pair for step in fx.path(p.row.price_currency, cur))
    return [rate for rate in fx.rates if rate.pair in pairs]


def source_line(ctx: Context) -> str:
    """Where the prices come from: the bundled catalog and the newest date it was checked, then any other
    layer (an imported price list, a project's saved prices); the Prices sheet has each price's source."""
    L, sheet = ctx.L, ctx.layout.sheets["prices"]
    layers = {point.layer for _, point in ctx.plan.points}
    others = ", ".join(layer_name(L, layer) for layer in sorted(layers - {BUNDLED_LAYER}))
    if BUNDLED_LAYER not in layers:
        return L("source_line_layers", layers=others, sheet=sheet)
    checked = [p.checked for m in ctx.catalog for p in m.prices if p.checked and p.layer == BUNDLED_LAYER]
    text = L("source_line", date=date_text(ctx, max(checked)), sheet=sheet) if checked \
        else L("source_line_nodate", sheet=sheet)
    return text + (" " + L("source_layers", layers=others) if others else "")


def layer_name(L: Labels, layer: str) -> str:
    """A price layer as a reader knows it: the catalog, this project's saved prices, or the file it came from."""
    return {BUNDLED_LAYER: L["layer_bundled"], "project": L["layer_project"]}.get(layer, layer)


def days(n: int):
    from datetime import timedelta
    return timedelta(days=n)


def date_width(ctx: Context) -> int:
    return 17 if ctx.L.language == "zh" else 12


def date_text(ctx: Context, day: date | None) -> str:
    if day is None:
        return ""
    if ctx.L.language == "zh":
        return f"{day.year}年{day.month}月{day.day}日"
    return day.isoformat()


def print_setup(ctx: Context, ws, area: str, title_rows: str | None) -> None:
    """Landscape A4 or Letter (``ctx.paper``), fit to one page wide, the quote number and page numbers in the header
    and footer."""
    from openpyxl.worksheet.properties import PageSetupProperties

    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_LETTER if ctx.paper == "letter" else ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.75
    ws.print_options.horizontalCentered = True
    ws.print_area = area
    if title_rows:
        ws.print_title_rows = title_rows
    L, terms = ctx.L, ctx.terms
    left = header_text(terms.company or terms.client)
    ws.oddHeader.left.text = left
    ws.oddHeader.left.size = 8
    ws.oddHeader.right.text = header_text(L("footer_quote", no=terms.quote_no) if terms.quote_no
                                           else L["quote_title"])
    ws.oddHeader.right.size = 8
    ws.oddFooter.left.text = "&A"            # the sheet's name
    ws.oddFooter.left.size = 8
    ws.oddFooter.center.text = L["page"]
    ws.oddFooter.center.size = 8
    ws.oddFooter.right.text = header_text(date_text(ctx, ctx.issue_date))
    ws.oddFooter.right.size = 8


def header_text(text: str) -> str:
    """User text in a header/footer, kept short (cut with "…"); ``&`` starts a code there, so it is doubled —
    after the cut, which must not leave half of a doubled ``&`` to start a code of its own."""
    text = clean_text(text)
    if len(text) > 80:
        text = text[:79] + "…"
    return text.replace("&", "&&")


def chart_rows(height_cm: float) -> int:
    return math.ceil(height_cm / 0.53) + 1  # default rows are 15 pt = 0.53 cm

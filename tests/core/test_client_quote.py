"""The client's copy of a quote (issue 17): their price, tax and total — and nothing a client could read the vendor's
cost, the negotiated discount or the markup out of: not in a cell, a formula, a defined name, a hidden sheet, a
comment or the document's properties, nor in the PDF. Also what stays out of it (internal notes) and what the
internal workbook keeps."""

from __future__ import annotations

import re
import zipfile
from datetime import date
from decimal import Decimal

import openpyxl
import pytest
from catalog_factory import point, write_catalog

from core.catalog.load import load_catalog
from core.errors import InputError
from core.pricing.engine import Pricer
from core.pricing.fx import DEFAULT_RATES
from core.pricing.projection import project as project_costs
from core.pricing.projection_settings import ProjectionSettings
from core.pricing.quote import quote_line
from core.pricing.quote_terms import QuoteTerms
from core.pricing.workload import make_workload
from core.project.model import Project
from core.workbook.audience import is_default_name, names_workloads
from core.workbook.plan import quote_options
from core.workbook.quote_figures import quote_figures
from core.workbook.writer import build_workbook, export_project

D = Decimal
TERMS = QuoteTerms(
    client="Globex",
    quote_no="Q-17",
    issue_date=date(2024, 3, 1),
    discount_pct=D(7),
    vendor_discounts={"cnco": D("13.5")},
    markup_pct=D("27.5"),
    tax_pct=D(6),
    prepared_by="Marco",
    company="Northwind",
    notes="Payment within 30 days.",
)
OPTIONS = ("acme/flat", "cnco/pro", "acme/history")  # History's price is cut in May 2024, inside the year


@pytest.fixture
def shop(tmp_path):
    """Prices with digits no layout number has (2.37, 9.83, 0.83, 2.11, 21.7, 0.53)."""
    folder = tmp_path / "catalog"
    folder.mkdir()
    write_catalog(
        folder,
        [
            {"id": "acme/flat", "name": "Flat", "prices": [point(input=2.37, output=9.83)]},
            {
                "id": "acme/history",
                "name": "History",
                "prices": [
                    point(**{"from": "2024-01-01", "input": 21.7, "output": 19.9}),
                    point(**{"from": "2024-05-21", "input": 0.53, "output": 2.11}),
                ],
            },
        ],
    )
    cny = {"id": "cnco", "name": "CN Co", "region": "CN", "currency": "CNY", "pricing_url": "https://cn.example"}
    write_catalog(folder, [{"id": "cnco/pro", "name": "豆包 Pro", "prices": [point(input=0.83, output=2.11)]}], cny)
    return load_catalog([folder], include_bundled=False)


def project(**changes) -> Project:
    base = Project(
        workloads=(make_workload("Workload", input_tokens=123_456_789, output_tokens=23_456_789),),
        selected=OPTIONS,
        currency="USD",
        as_of=date(2024, 3, 1),
        fx=DEFAULT_RATES,
        terms=TERMS,
        projection=ProjectionSettings(12, D(3), D(0)),
    )
    return base.edited(**changes)


def secrets(p: Project, catalog) -> tuple[set[Decimal], set[Decimal]]:
    """What the client must not see, from the engine alone: every month's vendor cost, discount, discounted cost
    and markup (and their 12-month sums), each vendor price, the rates; and what the client does see."""
    pricer = Pricer(catalog)
    comparison = pricer.compare(p.workloads, as_of=p.as_of, currency=p.currency, fx=p.fx, models=list(p.selected))
    terms, cur = p.terms, p.currency
    projection = project_costs(
        pricer,
        p.workloads,
        p.selected,
        start=p.as_of,
        months=12,
        growth_pct=p.projection.growth_pct,
        decline_pct=p.projection.decline_pct,
        currency=cur,
        fx=p.fx,
    )
    hidden: set[Decimal] = set()
    shown: set[Decimal] = set()
    for series in projection.series:
        row = comparison.row(series.model_id)
        pct = terms.discount_for(row.vendor_id)
        lines = [quote_line(c, cur, pct, terms.markup_pct, terms.tax_pct) for c in series.costs]
        for line in lines:
            hidden |= {line.list_cost, line.discount, line.net_cost, line.markup}
            shown |= {line.client_price, line.tax, line.total}
        hidden |= {sum((getattr(x, k) for x in lines), D(0)) for k in ("list_cost", "discount", "net_cost", "markup")}
        shown |= {sum((getattr(x, k) for x in lines), D(0)) for k in ("client_price", "tax", "total")}
        hidden |= {row.monthly_cost_native, row.input_cost, row.output_cost, row.monthly_cost * 12}
        hidden |= {row.input_price_per_1m, row.output_price_per_1m}
    hidden |= {D("0.07"), D("0.135"), D("0.275"), D("1.275"), D("0.93"), D("0.865"), D("7.1")}
    hidden -= shown  # a coincidence with a client figure proves nothing either way
    # A small whole number (a font size, a row, a column) proves nothing either: the figures have cents.
    hidden = {h for h in hidden if h != h.to_integral_value() or h >= 1000}
    return hidden, shown


NUMBER = re.compile(r"(?<![\w.])-?\d+(?:\.\d+)?(?![\w.])")
WORDS = (
    "markup",
    "discount",
    "vendor cost",
    "vendor's cost",
    "list price",
    "加价",
    "折扣",
    "厂商成本",
    "Disc_",
    "MarkupRate",
    "DiscountRate",
    "Assumption",
    "假设值",
    "budget rate",
    "FX_",
    "In_1",
    "TokStd",
)


def parts(path) -> dict[str, str]:
    with zipfile.ZipFile(path) as z:
        return {name: z.read(name).decode("utf-8", "replace") for name in z.namelist()}


def leaks(path, hidden: set[Decimal]) -> list[str]:
    """Every forbidden figure or word anywhere in the file: any XML part, as a number or as text."""
    found = []
    for name, xml in parts(path).items():
        found += [f"{name}: {token}" for token in NUMBER.findall(xml) if D(token) in hidden]
        lowered = xml.lower()
        found += [f"{name}: {word!r}" for word in WORDS if word.lower() in lowered]
    return found


@pytest.mark.parametrize("language", ["en", "zh"])
def test_the_client_copy_holds_no_vendor_cost_discount_or_markup_anywhere(shop, tmp_path, language):
    p = project()
    hidden, _ = secrets(p, shop)
    assert len(hidden) > 60
    path = export_project(p, shop, tmp_path / "client.xlsx", language=language, audience="client")
    assert not leaks(path, hidden)
    wb = openpyxl.load_workbook(path)
    # Defined names: the tax rate only (and the print titles/areas Excel keeps as names).
    names = set(wb.defined_names)
    for ws in wb.worksheets:
        names |= {n for n in ws.defined_names}
    assert names <= {"TaxRate", "_xlnm.Print_Titles", "_xlnm.Print_Area"}, names
    assert "TaxRate" in names
    # No hidden sheet, column or row; no comment; no cell the numbers could hide in.
    for ws in wb.worksheets:
        assert ws.sheet_state == "visible"
        assert not [k for k, d in ws.column_dimensions.items() if d.hidden]
        assert not [k for k, d in ws.row_dimensions.items() if d.hidden]
        assert not [c for row in ws.iter_rows() for c in row if c.comment]
    assert not [n for n in parts(path) if "comment" in n.lower() or "vml" in n.lower()]
    props = [
        wb.properties.title,
        wb.properties.subject,
        wb.properties.description,
        wb.properties.keywords,
        *(prop.value for prop in wb.custom_doc_props.props),
    ]
    assert not [text for text in props if text and any(w.lower() in text.lower() for w in WORDS)]


def test_the_scan_finds_them_in_the_internal_workbook(shop, tmp_path):
    """The same scan on the internal workbook finds the figures and words: it would see a leak."""
    p = project()
    hidden, _ = secrets(p, shop)
    found = leaks(export_project(p, shop, tmp_path / "internal.xlsx"), hidden)
    assert any("MarkupRate" in f for f in found) and any("Disc_" in f for f in found)
    assert sum(1 for f in found if "'" not in f) > 10  # figures: vendor prices and rates as numbers


def test_the_client_copy_shows_their_price_tax_and_total(shop):
    p = project()
    pricer = Pricer(shop)
    comparison = pricer.compare(p.workloads, as_of=p.as_of, currency="USD", fx=p.fx, models=list(OPTIONS))
    wb, layout = build_workbook(p, shop, audience="client")
    assert wb.sheetnames == ["Quote", "Projection"]  # the price changes over the year: each month
    ws = wb["Quote"]
    cols = layout.quote_cols
    for option in quote_figures(p, comparison, pricer, quote_options(p, comparison, pricer), 12):
        row = layout.quote_rows[option.model_id]
        assert D(str(ws[f"{cols['client_price']}{row}"].value)) == option.month.client_price
        assert ws[f"{cols['tax']}{row}"].value == f"=ROUND(C{row}*TaxRate,2)"
        assert ws[f"{cols['total_month']}{row}"].value == f"=C{row}+D{row}"
        assert ws[f"{cols['total_year']}{row}"].value.startswith("=SUM('Projection'!")
    texts = " ".join(str(c.value) for sheet in wb for r in sheet.iter_rows() for c in r if isinstance(c.value, str))
    assert "Globex" in texts and "Q-17" in texts and "Payment within 30 days." in texts
    assert "History: the vendor's price changes from 2024-06-01" in texts
    assert "grow 3% a month" in texts and "fall" not in texts  # no 0 % decline line


def test_a_flat_quote_is_one_sheet_and_says_nothing_of_growth(shop):
    p = project(selected=("acme/flat", "cnco/pro"), projection=ProjectionSettings(12, D(0), D(0)))
    wb, layout = build_workbook(p, shop, audience="client")
    assert wb.sheetnames == ["Quote"]
    ws = wb["Quote"]
    row = layout.quote_rows["acme/flat"]
    assert ws[f"{layout.quote_cols['total_year']}{row}"].value == f"=E{row}*12"
    texts = [c.value for r in ws.iter_rows() for c in r if isinstance(c.value, str)]
    assert "Total / year incl. tax" in texts
    assert not [t for t in texts if "grow" in t or "0%" in t or "Workload" in t], texts


def test_a_workloads_default_name_stays_out_of_the_client_copy(shop):
    wb, _ = build_workbook(project(), shop, audience="client")
    values = [c.value for r in wb["Quote"].iter_rows() for c in r]
    assert "Workload" not in values and "123,456,789" not in values and 123_456_789 in values
    named = project(
        workloads=(
            make_workload("Support bot", input_tokens="10M", output_tokens="1M"),
            make_workload("Workload 2", input_tokens="5M", output_tokens="1M"),
        )
    )
    wb, _ = build_workbook(named, shop, audience="client")
    values = [c.value for r in wb["Quote"].iter_rows() for c in r]
    assert "Support bot" in values and "Workload 2" in values  # two workloads: names tell them apart
    assert is_default_name("Workload") and is_default_name("工作负载") and is_default_name("Workload 3")
    assert not is_default_name("Workload for support")
    assert not names_workloads((make_workload("工作负载"),)) and names_workloads((make_workload("客服"),))


def test_the_internal_workbook_is_the_default_and_an_unknown_audience_is_refused(shop):
    wb, _ = build_workbook(project(), shop)
    assert wb.sheetnames == ["Quote", "Inputs", "Comparison", "Projection", "Prices"]
    with pytest.raises(InputError) as info:
        build_workbook(project(), shop, audience="everyone")
    assert info.value.code == "language_unknown" and "client" in str(info.value)


def test_an_edited_bundled_rate_is_no_longer_an_assumption(shop):
    from dataclasses import replace

    rate = DEFAULT_RATES.find("USD", "CNY")
    edited = DEFAULT_RATES.with_rate(replace(rate, rate=D("7.05"), assumption=False))
    wb, _ = build_workbook(project(fx=edited), shop)
    notes = {r[0].value: r[3].value for r in wb["Inputs"].iter_rows() if r[0].value and "/" in str(r[0].value)}
    assert notes["USD/CNY: 1 USD = … CNY"] == "Set by you"
    assert notes["EUR/USD: 1 EUR = … USD"] == "Assumption: replace with your budget rate"


@pytest.mark.parametrize("language", ["en", "zh"])
def test_the_client_pdf_shows_their_figures_and_none_of_the_vendors(shop, tmp_path, language):
    from test_pdf import pdf_text

    from core.money import format_money
    from core.workbook.pdf.writer import export_pdf

    p = project()
    hidden, shown = secrets(p, shop)
    text = pdf_text(export_pdf(p, shop, tmp_path / "client.pdf", language=language, audience="client"), "-layout")
    figures = {format_money(v, "USD") for v in hidden if v >= 1}
    assert not [f for f in figures if f in text]
    assert not [w for w in WORDS if w.lower() in text.lower()]
    assert not [v for v in (D("2.37"), D("9.83"), D("21.7"), D("0.53")) if f"{v}" in text]  # vendor prices
    assert "acme.example" not in text and "cn.example" not in text  # nor sources
    pricer = Pricer(shop)
    comparison = pricer.compare(p.workloads, as_of=p.as_of, currency="USD", fx=p.fx, models=list(OPTIONS))
    for option in quote_figures(p, comparison, pricer, quote_options(p, comparison, pricer), 12):
        for amount in (option.month.client_price, option.month.tax, option.month.total, option.year.total):
            assert format_money(amount, "USD") in text
    internal = pdf_text(export_pdf(p, shop, tmp_path / "internal.pdf", language=language), "-layout")
    assert [f for f in figures if f in internal]  # the internal copy has them: the check can fail


@pytest.mark.parametrize("language", ["en", "zh"])
def test_a_price_known_to_be_a_floor_is_never_sent_to_the_client_without_a_word(tmp_path, language):
    """Doubao Seed 1.6 Flash's catalog price covers prompts up to 32K tokens: for 60K-token prompts its ¥72 is a
    floor. The client's workbook and PDF quoted it as a firm price; they now say it is to be confirmed."""
    from test_pdf import pdf_text  # pdftotext, or a skip where it is not installed (never in CI)

    from core.workbook.labels import Labels
    from core.workbook.pdf.writer import export_pdf

    catalog = load_catalog()
    flash, turbo = "bytedance/doubao-seed-1.6-flash", "alibaba/qwen-turbo"
    workload = make_workload("Coding", input_tokens="80M", output_tokens="40M", prompt_tokens="60K")
    project = Project(workloads=(workload,), selected=(flash, turbo), currency="CNY", as_of=date(2026, 11, 1))
    said = Labels(language)("client_to_confirm", option=catalog.model(flash).name)
    book = export_project(project, catalog, tmp_path / "c.xlsx", language=language, audience="client")
    texts = [
        c.value
        for ws in openpyxl.load_workbook(book)
        for row in ws.iter_rows()
        for c in row
        if isinstance(c.value, str)
    ]
    assert said in texts
    text = pdf_text(export_pdf(project, catalog, tmp_path / "c.pdf", language=language, audience="client"))
    assert re.sub(r"\s+", "", said) in re.sub(r"\s+", "", text)
    firm = project.edited(selected=(turbo,))  # a price the catalog knows: nothing of the kind said
    book = export_project(firm, catalog, tmp_path / "f.xlsx", language=language, audience="client")
    assert not any(
        "to be confirmed" in str(c.value) or "需确认" in str(c.value)
        for ws in openpyxl.load_workbook(book)
        for row in ws.iter_rows()
        for c in row
    )

"""The quote workbook's structure, without LibreOffice: sheets, defined names, formula shapes, text that never
becomes a formula, formats, print setup, properties, and the atomic write. (tests/e2e/test_workbook_libreoffice.py
recalculates the formulas and compares every figure with the engine's.)"""

from __future__ import annotations

import errno
import io
import os
import re
import subprocess
import sys
import zipfile
from datetime import date
from decimal import Decimal

import openpyxl
import pytest
from catalog_factory import point, write_catalog

from core.catalog.load import load_catalog
from core.errors import WriteError
from core.pricing.engine import Pricer
from core.pricing.fx import DEFAULT_RATES, FxRate
from core.pricing.projection_settings import ProjectionSettings
from core.pricing.quote_terms import QuoteTerms
from core.pricing.workload import make_workload
from core.project.model import Project
from core.workbook.labels import EN
from core.workbook.labels_zh import ZH
from core.workbook.plan import plan_workbook
from core.workbook.save import save_workbook
from core.workbook.writer import build_workbook, export_project

D = Decimal
NASTY = ['=HYPERLINK("http://x","y")', "+1", "-2", "@SUM(A1)", "=1+1", " =A1 & <b> "]
TERMS = QuoteTerms(client="Globex", quote_no="Q-7", issue_date=date(2026, 11, 22), discount_pct=D(10),
                   vendor_discounts={"cnco": D(15)}, markup_pct=D(25), tax_pct=D(6), prepared_by="Marco",
                   company="Northwind & Co")
WORKLOAD = make_workload("Support", input_tokens="300M", output_tokens="60M", cache_hit=40, batch=10, off_peak=5,
                         prompt_tokens="2K")


def project(**changes) -> Project:
    base = Project(workloads=(WORKLOAD,), selected=("acme/cached", "cnco/pro", "acme/history"), currency="USD",
                   as_of=date(2024, 3, 1), terms=TERMS, projection=ProjectionSettings(36, D(8), D(20)))
    return base.edited(**changes)


@pytest.fixture
def saved(acme, tmp_path):
    """Export a project and read it back with openpyxl (formulas as text)."""
    def run(p=None, language="en", catalog=None):
        path = export_project(p or project(), catalog or acme, tmp_path / f"quote-{language}.xlsx",
                              language=language)
        _, layout = build_workbook(p or project(), catalog or acme, language=language)
        return openpyxl.load_workbook(path), layout, path
    return run


# ------------------------------------------------------------------------------------------------ structure


def test_sheet_names_in_english_and_chinese(saved):
    wb, _, _ = saved(language="en")
    assert wb.sheetnames == ["Quote", "Inputs", "Comparison", "Projection", "Prices"]
    wb, _, _ = saved(language="zh")
    assert wb.sheetnames == ["报价单", "输入", "比较", "预测", "价格来源"]


def test_labels_exist_in_both_languages():
    assert EN.keys() == ZH.keys()
    for table in (EN, ZH):
        for key in ("sheet_quote", "sheet_inputs", "sheet_comparison", "sheet_projection", "sheet_prices"):
            assert len(table[key]) <= 31 and not set(table[key]) & set("[]:*?/\\")
    for word in ("报价单", "有效期至", "含税合计", "汇率", "折扣", "加价", "税额"):
        assert any(word in text for text in ZH.values()), word


def test_inputs_are_named_styled_cells_with_the_projects_values(saved):
    wb, layout, _ = saved()
    names = wb.defined_names
    expected = {"In_1": 300_000_000, "Out_1": 60_000_000, "CacheHit_1": 0.4, "Batch_1": 0.1, "OffPeak_1": 0.05,
                "Prompt_1": 2000, "GrowthRate": 0.08, "PriceDecline": 0.2, "ProjMonths": 36, "FX_USD_CNY": 7.1,
                "DiscountRate": 0.1, "Disc_cnco": 0.15, "MarkupRate": 0.25, "TaxRate": 0.06}
    for name, value in expected.items():
        sheet, ref = list(names[name].destinations)[0]
        assert sheet == "Inputs"
        cell = wb[sheet][ref.replace("$", "")]
        assert cell.value == pytest.approx(value), name
        if name != "Prompt_1":   # the prompt size picks the tier at export: shown, not an input
            assert cell.fill.fgColor.rgb.endswith("FFF2CC") and cell.font.color.rgb.endswith("0000FF"), name
    for stem in ("TokStdIn", "TokStdCached", "TokBatIn", "TokBatCached", "TokOffIn", "TokOffCached", "TokStdOut",
                 "TokBatOut", "TokOffOut"):
        sheet, ref = list(names[f"{stem}_1"].destinations)[0]
        assert str(wb[sheet][ref.replace("$", "")].value).startswith("=In_1/1000000" if "In" in stem or
                                                                      "Cached" in stem else "=Out_1/1000000")
    assert wb["Inputs"]["A3"].value == EN["legend_input"]
    assert layout.names["In_1"] == "'Inputs'!$B$7"
    kinds = {dv.type for dv in wb["Inputs"].data_validations.dataValidation}
    assert {"whole", "decimal", "custom"} <= kinds


def test_cost_cells_are_formulas_rounded_at_each_line(saved):
    wb, layout, _ = saved()
    ws = wb["Comparison"]
    cols = layout.comparison_cols
    for model_id, row in layout.comparison_rows.items():
        cell = lambda key: ws[f"{cols[key]}{row}"].value  # noqa: E731
        assert cell("input_cost").startswith("=ROUND(MAX(0,TokStdIn_1-") and cell("input_cost").endswith(",2)")
        assert cell("output_cost").startswith("=ROUND(MAX(0,TokStdOut_1-")
        assert cell("monthly_native") == f"={cols['input_cost']}{row}+{cols['output_cost']}{row}"
        native = f"{cols['monthly_native']}{row}"
        # converted as the engine converts: a CNY cost is divided by the published USD/CNY rate, never multiplied
        # by a rounded reciprocal (a USD cost needs no conversion)
        expected = f"=ROUND(({native})/FX_USD_CNY,2)" if model_id.startswith("cnco/") else f"=ROUND({native},2)"
        assert cell("monthly") == expected
        assert cell("annual") == f"={cols['monthly']}{row}*12"
        assert cell("rank").startswith("=RANK(") or cell("rank") == "—"
    cny = layout.comparison_rows["cnco/pro"]
    usd = layout.comparison_rows["acme/cached"]
    assert ws[f"{cols['fx']}{cny}"].value == "=1/FX_USD_CNY"     # USD/CNY stored as published: divide
    assert ws[f"{cols['fx']}{usd}"].value == 1
    # A later price point of a chosen model has its own row, priced by the same formulas.
    assert ("acme/history", date(2024, 5, 21)) in layout.later_rows


def test_fx_follows_the_path_through_usd(acme, tmp_path):
    eur = {"id": "euco", "name": "EU Co", "region": "EU", "currency": "EUR", "pricing_url": "https://eu.example"}
    write_catalog(tmp_path, [{"id": "euco/m", "name": "EuroModel", "prices": [point(input=1, output=2)]}], eur)
    catalog = load_catalog([tmp_path], include_bundled=False)
    p = project(currency="JPY", selected=("euco/m", "cnco/pro", "acme/flat"))
    wb, layout = build_workbook(p, catalog)
    ws = wb["Comparison"]
    fx = {m: ws[f"{layout.comparison_cols['fx']}{r}"].value for m, r in layout.comparison_rows.items()}
    assert fx == {"euco/m": "=FX_EUR_USD*FX_USD_JPY", "cnco/pro": "=1/FX_USD_CNY*FX_USD_JPY",
                  "acme/flat": "=FX_USD_JPY"}
    monthly = ws[f"{layout.comparison_cols['monthly']}{layout.comparison_rows['acme/flat']}"]
    # yen: whole units, rounded as ROUND(x/10,1)*10 (LibreOffice's ROUND(x,0) ignores binary noise at .5)
    assert monthly.value.startswith("=ROUND((") and monthly.value.endswith(")/10,1)*10")
    assert monthly.number_format == '"JP¥"#,##0'


def test_every_name_in_a_formula_is_defined(saved):
    wb, _, _ = saved()
    defined = set(wb.defined_names)
    functions = {"ROUND", "MAX", "MIN", "RANK", "IF", "INT", "SUM"}
    sheets = {f"'{name}'" for name in wb.sheetnames}
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if cell.data_type != "f":
                    continue
                text = cell.value
                for sheet in sheets:
                    text = text.replace(sheet + "!", "")
                text = re.sub(r'"[^"]*"', "", text).replace("$", "")
                for token in re.findall(r"[A-Za-z_][A-Za-z0-9_]*", text):
                    if token in functions or re.fullmatch(r"[A-Z]{1,3}[0-9]+", token):
                        continue
                    assert token in defined, f"{ws.title}!{cell.coordinate}: {token} in {cell.value}"


def test_quote_lines_are_formulas_on_the_comparison_and_inputs(saved, acme):
    wb, layout, _ = saved()
    ws = wb["Quote"]
    q = layout.quote_cols
    row = layout.quote_rows["cnco/pro"]
    monthly = layout.comparison_cols["monthly"]
    assert ws[f"{q['vendor_cost_month']}{row}"].value == \
        f"='Comparison'!${monthly}${layout.comparison_rows['cnco/pro']}"
    assert ws[f"{q['discount_pct']}{row}"].value == "=Disc_cnco"       # the vendor's own discount
    assert ws[f"{q['discount_pct']}{layout.quote_rows['acme/cached']}"].value == "=DiscountRate"
    assert ws[f"{q['discount']}{row}"].value == f"=ROUND(C{row}*E{row},2)"
    assert ws[f"{q['client_price']}{row}"].value == f"=(C{row}-F{row})+ROUND((C{row}-F{row})*MarkupRate,2)"
    assert ws[f"{q['tax']}{row}"].value == f"=ROUND(G{row}*TaxRate,2)"
    # The year: the Projection's first 12 months (growth and price changes included), vendor cost and client total.
    year_row = layout.projection_year_rows[0]
    assert ws[f"{q['vendor_cost_year']}{row}"].value == \
        f"=IF(ProjMonths<12,C{row}*12,'Projection'!${layout.projection_cols['cnco/pro']}${year_row})"
    assert ws[f"{q['total_year']}{row}"].value == \
        f"=IF(ProjMonths<12,I{row}*12,'Projection'!${layout.projection_client_cols['cnco/pro']}${year_row})"
    texts = [c.value for r in ws.iter_rows() for c in r if isinstance(c.value, str)]
    layer = next(iter(acme)).prices[0].layer          # a folder of test price lists, not the bundled catalog
    assert any(t.startswith(f"Prices: from {layer};") and "Prices sheet" in t for t in texts)


def test_the_source_line_names_the_bundled_catalog_and_its_date(tmp_path):
    bundled = load_catalog()
    write_catalog(tmp_path, [{"id": "acme/extra", "name": "Extra", "prices": [point(input=1, output=1)]}])
    catalog = load_catalog([tmp_path])
    some = next(m.id for m in bundled)
    p = project(selected=(some, "acme/extra"), as_of=date(2026, 11, 22), currency="USD")
    wb, _ = build_workbook(p, catalog)
    newest = max(pt.checked for m in bundled for pt in m.prices if pt.checked)
    texts = [c.value for r in wb["Quote"].iter_rows() for c in r if isinstance(c.value, str)]
    line = next(t for t in texts if t.startswith("Prices: TokenQuote bundled catalog"))
    assert f"checked up to {newest.isoformat()}" in line and line.endswith(f"Also used: prices from {tmp_path.name}.")


def test_projection_cells_follow_the_formula_and_switch_to_a_later_price(saved):
    wb, layout, _ = saved()
    ws = wb["Projection"]
    col = layout.projection_cols["acme/history"]
    first = layout.projection_first_row
    later = layout.later_rows[("acme/history", date(2024, 5, 21))]
    main = layout.comparison_rows["acme/history"]
    monthly = layout.comparison_cols["monthly"]
    # The assumed decline is for prices not yet known: the months before the known cut keep the old price as
    # published, and the decline counts its years from the month the last known price applies (June, month 4).
    assert ws[f"{col}{first}"].value == (f"=IF($A{first}>ProjMonths,\"\",ROUND('Comparison'!${monthly}${main}"
                                         f"*(1+GrowthRate)^($A{first}-1),2))")
    assert f"${monthly}${main}" in ws[f"{col}{first + 2}"].value          # May 2024: still the old price
    assert f"${monthly}${later}" in ws[f"{col}{first + 3}"].value         # June 2024: the cut is in force
    assert f"*(1-PriceDecline)^INT(($A{first + 3}-4)/12),2)" in ws[f"{col}{first + 3}"].value
    other = layout.projection_cols["cnco/pro"]   # one price all along: declines from month 1, as before
    assert f"*(1-PriceDecline)^INT(($A{first}-1)/12),2)" in ws[f"{other}{first}"].value
    assert len(layout.projection_year_rows) == 3
    assert ws[f"{col}{layout.projection_year_rows[1]}"].value == f"=SUM({col}{first + 12}:{col}{first + 23})"


def test_options_are_the_selection_or_the_three_cheapest(acme):
    pricer = Pricer(acme)
    plan = plan_workbook(project(), pricer)
    assert plan.options == ["acme/cached", "cnco/pro", "acme/history"]
    assert {p.row.model_id for p in plan.rows} == set(plan.options)
    plan = plan_workbook(project(selected=()), pricer)
    # Nothing chosen: every paid model, the three cheapest paid ones quoted (free ones only when the project
    # compares them: the cheapest is then the free one).
    assert {p.row.model_id for p in plan.rows} == {m.id for m in acme} - {"acme/free"}
    assert plan.options == [p.row.model_id for p in plan.rows[:3]]
    assert plan.rows[0].row.monthly_cost == min(p.row.monthly_cost for p in plan.rows if p.row.fits_context) > 0
    plan = plan_workbook(project(selected=(), include_free=True), pricer)
    assert len(plan.rows) == len(acme) and plan.options[0] == "acme/free" and plan.rows[0].row.rank == 1


def test_two_workloads_have_a_block_each_and_totals_that_add_rounded_lines(acme):
    coding = make_workload("Coding", input_tokens="80M", output_tokens="40M", prompt_tokens="250K")
    wb, layout = build_workbook(project(workloads=(WORKLOAD, coding), selected=()), acme, language="zh")
    ws = wb[layout.sheets["comparison"]]
    blocks = layout.workload_cols
    assert len(blocks) == 2 and {"in_price", "input_cost", "output_cost", "monthly"} <= set(blocks[1])
    row = layout.comparison_rows["acme/tiered"]
    c = layout.comparison_cols
    assert ws[f"{c['monthly']}{row}"].value == f"={blocks[0]['monthly']}{row}+{blocks[1]['monthly']}{row}"
    assert "TokStdIn_2" in ws[f"{blocks[1]['input_cost']}{row}"].value
    assert ws[f"{blocks[1]['monthly']}{row}"].value == \
        f"=ROUND({blocks[1]['input_cost']}{row}+{blocks[1]['output_cost']}{row},2)"   # USD: no conversion
    # the tiered model bills the second workload's 250K prompts at its upper tier
    assert ws[f"{blocks[1]['in_price']}{row}"].value == 2.5 and ws[f"{blocks[0]['in_price']}{row}"].value == 1.25
    # Each workload's name heads its own shown columns only (issue 17): the second one's prices are collapsed in
    # its group, so "Coding" stands over its monthly cost, merged no further than its own block.
    index = openpyxl.utils.column_index_from_string
    assert ws.cell(3, index(blocks[1]["monthly"])).value == "Coding"
    assert ws.cell(3, index(blocks[0]["in_price"])).value == WORKLOAD.name
    merged = {(m.min_col, m.max_col) for m in ws.merged_cells.ranges if m.min_row == 3}
    assert (index(blocks[0]["in_price"]), index(blocks[0]["monthly"])) in merged
    assert not [m for m in merged if m[0] <= index(blocks[0]["monthly"]) < m[1]]     # none runs into the next block


def test_a_collapsed_workloads_name_wraps_between_words(acme):
    """A long name over a collapsed block's one shown column wrapped inside a word ("classificatio|n"): the column
    is as wide as the longest word, and the group row tall enough for the lines it takes."""
    nightly = make_workload("Nightly classification", input_tokens="500M", output_tokens="20M")
    wb, layout = build_workbook(project(workloads=(WORKLOAD, nightly), selected=()), acme, language="zh")
    ws = wb[layout.sheets["comparison"]]
    column = layout.workload_cols[1]["monthly"]
    assert ws[f"{column}3"].value == "Nightly classification"
    assert ws.column_dimensions[column].width >= len("classification") * 1.06
    assert ws.row_dimensions[3].height >= 2 * 13.0


# ------------------------------------------------------------------------------------------ text stays text


def test_names_that_look_like_formulas_stay_text(tmp_path):
    vendor = {"id": "evil", "name": NASTY[4], "region": "US", "currency": "USD", "pricing_url": "https://e.example"}
    models = [{"id": f"evil/m{i}", "name": name, "prices": [point(input=1 + i, output=2, note=name)]}
              for i, name in enumerate(NASTY)]
    write_catalog(tmp_path, models, vendor)
    catalog = load_catalog([tmp_path], include_bundled=False)
    terms = QuoteTerms(client=NASTY[0], quote_no=NASTY[1], prepared_by=NASTY[2], company=NASTY[3],
                       notes=NASTY[5], issue_date=date(2026, 11, 22))
    p = Project(workloads=(make_workload(NASTY[3], input_tokens="1M", output_tokens="1M"),), currency="USD",
                as_of=date(2024, 3, 1), terms=terms)
    path = export_project(p, catalog, tmp_path / "nasty.xlsx")
    wb = openpyxl.load_workbook(path)
    found = {}
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and cell.value.strip() in {n.strip() for n in NASTY}:
                    found.setdefault(cell.value.strip(), []).append(cell)
                    assert cell.data_type == "s", f"{ws.title}!{cell.coordinate} became a formula"
                    assert cell.quotePrefix or not cell.value.startswith(("=", "+", "-", "@"))
    assert set(found) == {n.strip() for n in NASTY}
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if name.startswith("xl/worksheets/sheet"):
                xml = z.read(name).decode()
                assert "<f>HYPERLINK" not in xml and "<f>1+1" not in xml and "<f>SUM(A1)" not in xml
        assert "Northwind" not in z.read("docProps/app.xml").decode()
        assert "@SUM(A1)" in z.read("docProps/app.xml").decode()    # the company, as text
    assert wb.properties.title.endswith(f"({NASTY[0]})")


def test_header_and_footer_carry_the_quote_number_and_page_numbers(saved):
    wb, _, _ = saved()
    for ws in wb.worksheets:
        assert ws.page_setup.orientation == "landscape"
        # One page wide; as many pages tall as it takes (0), or one page fewer than a near-empty last page needs.
        assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight >= 0
        assert ws.sheet_properties.pageSetUpPr.fitToPage
        assert ws.oddHeader.right.text == "Quote Q-7"
        assert ws.oddHeader.left.text == "Northwind && Co"          # & starts a code in a header: doubled
        assert ws.oddFooter.center.text == "Page &P of &N"
        assert ws.print_area
    assert wb["Comparison"].print_title_rows == "$4:$4"
    wb, _, _ = saved(language="zh")
    assert wb["报价单"].oddFooter.center.text == "第 &P 页，共 &N 页"


def test_document_properties_and_company(saved):
    wb, _, path = saved()
    props = wb.properties
    assert props.title == "Quote: LLM API usage Q-7 (Globex)"
    assert props.creator == "Marco" and "USD" in props.keywords and props.subject
    assert {p.name: p.value for p in wb.custom_doc_props.props}["Company"] == "Northwind & Co"
    with zipfile.ZipFile(path) as z:
        assert "<Company>Northwind &amp; Co</Company>" in z.read("docProps/app.xml").decode()


def test_number_formats_per_currency(saved, acme):
    wb, layout, _ = saved()
    ws = wb["Comparison"]
    c = layout.comparison_cols
    cny, usd = layout.comparison_rows["cnco/pro"], layout.comparison_rows["acme/cached"]
    assert ws[f"{c['input_cost']}{cny}"].number_format == '"¥"#,##0.00'
    assert ws[f"{c['input_cost']}{usd}"].number_format == "$#,##0.00"
    assert ws[f"{c['monthly']}{cny}"].number_format == "$#,##0.00"
    assert wb["Inputs"]["B7"].number_format == "#,##0"
    wb, layout = build_workbook(project(currency="EUR", fx=DEFAULT_RATES), acme)
    assert wb["Comparison"][f"{layout.comparison_cols['monthly']}5"].number_format == '"€"#,##0.00'


def test_table_finish(saved):
    wb, layout, path = saved()
    ws = wb["Comparison"]
    assert ws.freeze_panes == "E5"
    assert ws.auto_filter.ref.startswith("A4:")
    rules = [r for cf in ws.conditional_formatting for r in cf.rules]
    assert rules and rules[0].formula == ["$A5=1"]
    hidden = [d for d in ws.column_dimensions.values() if d.hidden]
    assert hidden and all(d.outline_level == 1 for d in hidden)      # resolved batch/off-peak prices: grouped
    assert all((d.width or 0) > 5 for k, d in ws.column_dimensions.items() if not d.hidden)
    with zipfile.ZipFile(path) as z:
        charts = [z.read(n).decode() for n in z.namelist() if n.startswith("xl/charts/chart")]
    assert any("<barChart>" in c for c in charts) and any("<lineChart>" in c for c in charts)
    prices = wb["Prices"]
    links = [c.hyperlink.target for r in prices.iter_rows(min_row=5) for c in r if c.hyperlink]
    assert links and all(t.startswith("https://") for t in links)


def test_only_web_links_become_hyperlinks(tmp_path):
    write_catalog(tmp_path, [
        {"id": "acme/a", "name": "A", "prices": [point(source="file:///etc/passwd")]},
        {"id": "acme/b", "name": "B", "prices": [point(source="see https://acme.example/p?x=1 (page)")]}])
    catalog = load_catalog([tmp_path], include_bundled=False)
    wb, _ = build_workbook(project(selected=()), catalog)
    links = {c.value: c.hyperlink.target if c.hyperlink else None
             for r in wb["Prices"].iter_rows(min_row=5) for c in r if isinstance(c.value, str) and "/" in c.value
             and ("file:" in c.value or "see" in c.value)}
    assert links == {"file:///etc/passwd": None, "see https://acme.example/p?x=1 (page)": "https://acme.example/p?x=1"}


def test_fast_sheet_writer_writes_what_openpyxl_writes(acme):
    """core.workbook.xml_writer renders <sheetData> itself for speed: byte for byte openpyxl's own output."""
    terms = TERMS.edited(client=NASTY[5], notes="two\nlines <&>")
    for language in ("en", "zh"):
        p = project(selected=(), terms=terms)
        stock, ours = io.BytesIO(), io.BytesIO()
        build_workbook(p, acme, language=language)[0].save(stock)
        save_workbook(build_workbook(p, acme, language=language)[0], ours)
        a, b = zipfile.ZipFile(stock), zipfile.ZipFile(ours)
        assert sorted(a.namelist()) == sorted(b.namelist())
        for name in a.namelist():
            if not name.startswith("docProps/"):
                assert a.read(name) == b.read(name), name


def test_progress_is_reported_to_the_end(acme, tmp_path):
    calls = []
    export_project(project(selected=()), acme, tmp_path / "p.xlsx", progress=lambda d, t: calls.append((d, t)))
    assert calls[0][0] == 0 and calls[-1][0] == calls[-1][1]
    assert all(a[0] <= b[0] for a, b in zip(calls, calls[1:]))


def test_openpyxl_is_not_imported_until_used():
    code = ("import sys, pkgutil, importlib, core.workbook\n"
            "for m in pkgutil.walk_packages(core.workbook.__path__, 'core.workbook.'):\n"
            "    importlib.import_module(m.name)\n"
            "print('openpyxl' in sys.modules, 'PySide6' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]


# ------------------------------------------------------------------------------------------- atomic write


@pytest.fixture
def earlier(tmp_path):
    path = tmp_path / "quote.xlsx"
    path.write_bytes(b"the earlier workbook")
    return path


def _left_alone(path):
    assert path.read_bytes() == b"the earlier workbook"
    assert [p.name for p in path.parent.iterdir() if p.name.endswith(".tmp")] == []


def test_a_failure_mid_write_leaves_the_earlier_file_whole(acme, earlier, monkeypatch):
    import core.workbook.xml_writer

    def full_disk(ws):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(core.workbook.xml_writer, "render_rows", full_disk)
    with pytest.raises(WriteError) as info:
        export_project(project(), acme, earlier)
    assert str(earlier) in str(info.value) and "disk is full" in str(info.value)
    _left_alone(earlier)


def test_a_target_that_is_a_folder(acme, tmp_path):
    folder = tmp_path / "quote.xlsx"
    folder.mkdir()
    with pytest.raises(WriteError, match="folder"):
        export_project(project(), acme, folder)
    assert folder.is_dir() and list(folder.iterdir()) == []


def test_a_folder_without_permission(acme, earlier, monkeypatch):
    if os.geteuid() != 0:
        earlier.parent.chmod(0o555)
    else:  # root ignores permissions: make the temporary file fail as it would
        import tempfile

        def refused(*args, **kwargs):
            raise PermissionError(errno.EACCES, "Permission denied")

        monkeypatch.setattr(tempfile, "mkstemp", refused)
    try:
        with pytest.raises(WriteError, match="permission denied"):
            export_project(project(), acme, earlier)
    finally:
        earlier.parent.chmod(0o755)
    _left_alone(earlier)


def test_a_file_open_in_another_program(acme, earlier):
    lock = earlier.with_name(f".~lock.{earlier.name}#")
    lock.write_text("someone,host,...")
    with pytest.raises(WriteError, match="open in another program"):
        export_project(project(), acme, earlier)
    lock.unlink()
    _left_alone(earlier)
    export_project(project(), acme, earlier)
    assert zipfile.is_zipfile(earlier)


def test_a_replaced_file_keeps_its_permissions(acme, earlier):
    earlier.chmod(0o640)
    export_project(project(), acme, earlier)
    assert zipfile.is_zipfile(earlier) and (earlier.stat().st_mode & 0o777) == 0o640


def test_fx_rate_as_given_and_assumption_notes(acme):
    fx = DEFAULT_RATES.with_rate(FxRate("USD", "CNY", D("7.2"), date(2026, 11, 1), "given on the command line"))
    wb, layout = build_workbook(project(fx=fx), acme)
    texts = [c.value for r in wb["Quote"].iter_rows() for c in r if isinstance(c.value, str)]
    assert "Given on the command line" in texts
    assert not any("GBP" in t for t in texts)          # the cover lists only the rates the quote uses
    inputs = [c.value for r in wb["Inputs"].iter_rows() for c in r if isinstance(c.value, str)]
    assert any(t.startswith("GBP/USD") for t in inputs)


def test_a_price_checked_more_than_six_months_before_the_quote_is_marked_stale(tmp_path):
    """Issue 13 point 5: the Prices sheet says where each price came from and when it was checked, and marks a price
    checked more than 180 days before the quote's date, as the app does by default."""
    write_catalog(tmp_path, [
        {"id": "acme/old", "name": "Old", "prices": [point(input=1, output=2, checked="2026-05-25")]},
        {"id": "acme/fresh", "name": "Fresh", "prices": [point(input=1, output=2, checked="2026-05-26")]}])
    catalog = load_catalog([tmp_path], include_bundled=False)
    for language, words in (("en", "Last checked on"), ("zh", "该价格最后核对于")):
        wb, _ = build_workbook(project(selected=("acme/old", "acme/fresh"), as_of=date(2026, 11, 22)), catalog,
                               language=language)
        labels = EN if language == "en" else ZH
        sheet = wb[labels["sheet_prices"]]
        # The sheet's layout (issue 17): rows found by the model's name, the source a numbered reference to the
        # list of links under the table.
        header = [c.value for c in next(r for r in sheet.iter_rows() if labels["model"] in [c.value for c in r])]
        name_col = header.index(labels["model"])
        rows = {r[name_col].value: r for r in sheet.iter_rows() if r[name_col].value in ("Old", "Fresh")}
        checked, note, source = (header.index(labels[key]) for key in ("checked", "note", "source"))
        old, fresh = rows["Old"], rows["Fresh"]
        # the issue date is 2026-11-22: 181 days after 2026-05-25, 180 after 2026-05-26
        assert words in (old[note].value or "") and "181" in old[note].value
        assert words not in (fresh[note].value or "")
        assert old[checked].fill.fgColor.rgb.endswith("FFEB9C") and old[checked].value == date(2026, 5, 25)
        assert not fresh[checked].fill.fgColor.rgb.endswith("FFEB9C")
        assert old[source].value == fresh[source].value == "[1]"                   # where it came from:
        assert any("https://acme.example" in str(c.value) for r in sheet.iter_rows() for c in r)   # its link


def test_the_prices_sheet_states_xais_tier_from_200000(tmp_path):
    bundled = load_catalog()
    wb, _ = build_workbook(project(selected=("xai/grok-4.3",), as_of=date(2026, 11, 22)), bundled)
    texts = [c.value for r in wb["Prices"].iter_rows() for c in r if isinstance(c.value, str)]
    assert any("≥ 200,000: in " in t for t in texts)
    assert any("prompt is 200,000 tokens or more" in t for t in texts)


@pytest.mark.parametrize("audience", ["internal", "client"])
def test_an_entered_rate_shows_as_entered_and_the_header_keeps_the_quote_number(acme, tmp_path, audience):
    """A 6.125% tax (New Jersey's 6.625%, New York City's 8.875%) read 6.13% under a two-decimal format, beside a
    tax charged at 6.125%. A company name whose 80th character is "&" left one "&" that swallowed the header's
    right part (the quote number)."""
    company = "Northwind Global Systems International Holdings Limited, Asia-Pacific Division & Partners"
    assert company[79] == "&"
    terms = TERMS.edited(tax_pct=D("6.125"), company=company)
    path = export_project(project(terms=terms), acme, tmp_path / "q.xlsx", audience=audience)
    book = openpyxl.load_workbook(path)
    rates = [c for ws in book for row in ws.iter_rows() for c in row if c.value == D("0.06125") or
             (isinstance(c.value, float) and abs(c.value - 0.06125) < 1e-12)]
    assert rates and all(c.number_format == "0.0####%" for c in rates)
    for ws in book:
        left, right = ws.oddHeader.left.text, ws.oddHeader.right.text
        assert left.endswith("…") and len(left.replace("&&", "&")) == 80
        assert not re.search(r"(?<!&)&(?!&)", left.replace("&&", "")), left   # no lone "&" to start a code
        assert "Q-7" in right


@pytest.mark.parametrize("audience", ["internal", "client"])
def test_a_long_client_name_wraps_across_the_table_instead_of_running_off_the_page(acme, tmp_path, audience):
    name = "Deutsche Telekom Technik GmbH, Geschäftsbereich Kundenservice-Automatisierung Süd, Bonn"
    path = export_project(project(terms=TERMS.edited(client=name)), acme, tmp_path / "q.xlsx", audience=audience)
    ws = openpyxl.load_workbook(path).worksheets[0]
    cell = next(c for row in ws.iter_rows() for c in row if c.value == name)
    merged = next(m for m in ws.merged_cells.ranges if cell.coordinate in m)
    assert cell.alignment.wrap_text and merged.max_col > cell.column
    if audience == "client":   # its table is narrower: the name takes two lines, and the row is as tall
        assert ws.row_dimensions[cell.row].height and ws.row_dimensions[cell.row].height > 20
    short = export_project(project(), acme, tmp_path / "short.xlsx", audience=audience)
    ws = openpyxl.load_workbook(short).worksheets[0]
    globex = next(c for row in ws.iter_rows() for c in row if c.value == "Globex")
    assert not any(globex.coordinate in m for m in ws.merged_cells.ranges)        # a short one is left as it was

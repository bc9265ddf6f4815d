"""The quote workbook recalculated by LibreOffice equals the engine to the cent, for every figure the app shows.

Several quotes (CNY and USD models in one comparison, context tiers with a large prompt, cache hits, batch and
off-peak shares, free models and free quotas, a price cut inside the projection, growth and decline over 36
months, discount/markup/tax, CNY and JPY display currencies, two workloads, names that look like formulas) are
written, then copies with edited input cells (volume, growth, FX, months, tax) made with openpyxl in the
original files; all go through ONE ``soffice --convert-to xlsx`` run, which recalculates every formula, and the
values LibreOffice stored are compared with core's Decimal figures for the same inputs.

Needs LibreOffice: skipped locally without it, a failure in CI (CI=true).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import openpyxl
import pytest

from core.catalog.load import load_catalog
from core.money import minor_unit
from core.pricing.engine import Pricer
from core.pricing.fx import DEFAULT_RATES, FxRate
from core.pricing.projection import project as project_months
from core.pricing.projection_settings import ProjectionSettings
from core.pricing.quote import quote_line
from core.pricing.quote_terms import QuoteTerms
from core.pricing.workload import make_workload
from core.project.model import Project
from core.workbook.writer import build_workbook, export_project

pytestmark = pytest.mark.libreoffice

D = Decimal
NASTY = ['=HYPERLINK("http://x","y")', "+1", "-2", "@SUM(A1)"]


def soffice() -> str:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if exe is None:
        if os.environ.get("CI", "").lower() in ("true", "1", "yes"):
            pytest.fail("LibreOffice (soffice) is required in CI to recalculate the workbooks")
        pytest.skip("LibreOffice (soffice) is not installed")
    return exe


# ------------------------------------------------------------------------------------------------ catalog


def _point(**kw):
    base = {"from": "2024-01-01", "source": "https://prices.example/list", "checked": "2024-02-01", "note": ""}
    base.update({k: (str(v) if isinstance(v, (int, float, Decimal)) and k not in
                     ("free_input_tokens_per_month", "free_output_tokens_per_month") else v)
                 for k, v in kw.items()})
    return base


def write_catalog(folder: Path) -> None:
    vendors = {
        "acme": ({"id": "acme", "name": "Acme AI", "region": "US", "currency": "USD",
                  "pricing_url": "https://acme.example/pricing"}, [
            {"id": "acme/flat", "name": "Flat", "context_window": 32000,
             "prices": [_point(input="2.5", output="10")]},
            {"id": "acme/cached", "name": "Cached", "context_window": 128000,
             "prices": [_point(input="2.5", output="10", cached_input="1.25", batch={"factor": "0.5"})]},
            {"id": "acme/tiered", "name": "Tiered", "context_window": 1000000,
             "prices": [_point(input="1.25", output="10", cached_input="0.3125",
                               tiers=[{"above_prompt_tokens": 200000, "input": "2.5", "output": "15",
                                       "cached_input": "0.625"}])]},
            {"id": "acme/history", "name": "History", "prices": [
                _point(**{"from": "2024-01-01", "input": "20", "output": "20"}),
                _point(**{"from": "2024-05-21", "input": "0.5", "output": "2"})]},
            {"id": "acme/future", "name": "Future cut", "prices": [
                _point(**{"from": "2024-01-01", "to": "2024-12-31", "input": "3", "output": "12"}),
                _point(**{"from": "2025-01-01", "input": "2.4", "output": "9.6", "cached_input": "0.6"})]},
            {"id": "acme/free", "name": "Free", "prices": [_point(input="0", output="0")]},
            {"id": "acme/quota", "name": "Quota", "prices": [
                _point(input="1", output="2", free_input_tokens_per_month=1000000,
                       free_output_tokens_per_month=500000)]},
            {"id": "acme/peak", "name": "Peak", "prices": [
                _point(input="2", output="8", cached_input="0.04",
                       off_peak={"input": "1", "output": "4", "cached_input": "0.02", "hours": "night"})]},
            {"id": "acme/odd", "name": "Odd prices", "prices": [
                _point(input="0.075", output="0.3", cached_input="0.0375",
                       batch={"input": "0.0375", "output": "0.15"}, off_peak={"factor": "0.5"})]},
        ]),
        "cnco": ({"id": "cnco", "name": "CN Co", "region": "CN", "currency": "CNY",
                  "pricing_url": "https://cn.example/pricing"}, [
            {"id": "cnco/pro", "name": "豆包 Pro", "prices": [_point(input="0.8", output="2")]},
            {"id": "cnco/two", "name": "Two yuan", "prices": [_point(input="2", output="2")]},
            {"id": "cnco/long", "name": "Long", "context_window": 1000000, "prices": [
                _point(input="0.5", output="2", cached_input="0.1", batch={"factor": "0.5"},
                       tiers=[{"above_prompt_tokens": 32000, "input": "1.2", "output": "4.8"}])]},
        ]),
        "euco": ({"id": "euco", "name": "EU Co", "region": "EU", "currency": "EUR",
                  "pricing_url": "https://eu.example/pricing"}, [
            {"id": "euco/m", "name": "Euro Model", "prices": [_point(input="1.1", output="4.4")]},
        ]),
    }
    for vendor, models in vendors.values():
        (folder / f"{vendor['id']}.json").write_text(
            json.dumps({"schema_version": 1, "vendor": vendor, "models": models}, ensure_ascii=False),
            encoding="utf-8")


def write_nasty_catalog(folder: Path) -> None:
    vendor = {"id": "evil", "name": NASTY[0], "region": "US", "currency": "USD",
              "pricing_url": "https://evil.example"}
    models = [{"id": f"evil/m{i}", "name": name, "prices": [_point(input=str(1 + i), output="2")]}
              for i, name in enumerate(NASTY)]
    (folder / "evil.json").write_text(json.dumps({"schema_version": 1, "vendor": vendor, "models": models}),
                                      encoding="utf-8")


# -------------------------------------------------------------------------------------------------- cases


AS_OF = date(2024, 3, 1)
FX72 = DEFAULT_RATES.with_rate(FxRate("USD", "CNY", D("7.2"), date(2024, 3, 1), "given on the command line"))


def cases() -> dict[str, tuple[Project, str]]:
    one = make_workload("Support", input_tokens="300M", output_tokens="60M", cache_hit=40, batch=10,
                        off_peak=5, prompt_tokens="250K")
    bot = make_workload("客服机器人", input_tokens="1.2亿", output_tokens="3000万", cache_hit=40, prompt_tokens="2K")
    code = make_workload("编程助手", input_tokens="80M", output_tokens="40M", off_peak=30, prompt_tokens="60K")
    odd = make_workload("Odd", input_tokens=123_456_789, output_tokens=9_876_543, cache_hit="33.3", batch=20,
                        off_peak=10, prompt_tokens=1000)
    return {
        # every model (the free one too: it ranks first), USD display with a given USD/CNY rate, tiers/too-long
        # prompts, all traffic shapes
        "usd_all": (Project(workloads=(one,), currency="USD", as_of=AS_OF, fx=FX72, include_free=True,
                            terms=QuoteTerms(client="Globex", quote_no="Q-1", issue_date=date(2024, 3, 1),
                                             discount_pct=D(10), vendor_discounts={"cnco": D(15)},
                                             markup_pct=D(25), tax_pct=D(6)),
                            projection=ProjectionSettings(36, D(8), D(20))), "en"),
        # two workloads in CNY, in Chinese, price changes inside the projection, EUR through USD
        "cny_two": (Project(workloads=(bot, code), currency="CNY", as_of=AS_OF,
                            selected=("acme/history", "acme/future", "acme/tiered", "cnco/long", "euco/m"),
                            fx=DEFAULT_RATES,
                            terms=QuoteTerms(client="上海某科技有限公司", quote_no="2027-01", issue_date=AS_OF,
                                             vendor_discounts={"acme": D("12.5")}, markup_pct=D(30),
                                             tax_pct=D(13)),
                            projection=ProjectionSettings(36, D(5), D(10))), "zh"),
        # a half cent through an inverse rate: ¥2.64 at USD/CNY 7.04 is exactly $0.375, so $0.38 (HALF_UP)
        "usd_half_cent": (Project(workloads=(make_workload("Half", input_tokens=1_320_000, output_tokens=0),),
                                  currency="USD", as_of=AS_OF, selected=("cnco/two",),
                                  fx=DEFAULT_RATES.with_rate(FxRate("USD", "CNY", D("7.04"), AS_OF, ""))), "en"),
        # yen (no minor unit) from USD, CNY and EUR prices; fractional prices and shares
        "jpy": (Project(workloads=(odd,), currency="JPY", as_of=AS_OF,
                        # the free model chosen while free ones are not compared: listed after the RANK() block
                        selected=("cnco/pro", "euco/m", "acme/odd", "acme/quota", "acme/peak", "acme/free"),
                        fx=DEFAULT_RATES,
                        terms=QuoteTerms(quote_no="J-9", issue_date=AS_OF, discount_pct=D("7.5"),
                                         markup_pct=D("12.5"), tax_pct=D(8)),
                        projection=ProjectionSettings(12, D("2.5"), D(0))), "en"),
        # three minor digits (Omani rial) from USD, CNY and EUR prices: every line rounds to the baisa
        "omr": (Project(workloads=(odd, code), currency="OMR", as_of=AS_OF,
                        selected=("acme/flat", "acme/odd", "cnco/pro", "euco/m", "acme/tiered"),
                        fx=DEFAULT_RATES.with_rate(FxRate("USD", "OMR", D("0.3845"), AS_OF, "")),
                        terms=QuoteTerms(quote_no="M-3", issue_date=AS_OF, discount_pct=D("3.3"),
                                         markup_pct=D("17.5"), tax_pct=D(5)),
                        projection=ProjectionSettings(12, D("4"), D(0))), "en"),
        # no minor unit (CFA franc, not yen): whole francs at every line
        "xof": (Project(workloads=(odd,), currency="XOF", as_of=AS_OF,
                        selected=("acme/flat", "acme/odd", "cnco/pro", "euco/m", "acme/peak"),
                        fx=DEFAULT_RATES.with_rate(FxRate("USD", "XOF", D("605.37"), AS_OF, "")),
                        terms=QuoteTerms(quote_no="X-1", issue_date=AS_OF, markup_pct=D("12.5"), tax_pct=D(18)),
                        projection=ProjectionSettings(6, D("1.5"), D(0))), "en"),
    }


# ------------------------------------------------------------------------------------------------ running


@dataclass
class Quote:
    project: Project
    catalog: object
    layout: object
    values: openpyxl.Workbook      # LibreOffice's recalculated values
    source: Path


def _edit(original: Path, target: Path, changes: dict[str, object]) -> None:
    """Change named input cells in the original workbook, as a user would in Excel."""
    wb = openpyxl.load_workbook(original)
    for name, value in changes.items():
        sheet, ref = list(wb.defined_names[name].destinations)[0]
        wb[sheet][ref.replace("$", "")].value = value
    wb.save(target)


EDITS = {
    "usd_all_edited": ("usd_all", {"In_1": 123_456_789, "GrowthRate": 0.05, "FX_USD_CNY": 6.9, "TaxRate": 0.2}),
    "cny_two_edited": ("cny_two", {"Out_2": 55_555_555, "CacheHit_1": 0.2, "ProjMonths": 10, "MarkupRate": 0.5}),
    "omr_edited": ("omr", {"In_1": 98_765_431, "FX_USD_OMR": 0.3851, "TaxRate": 0.07}),
}


def edited_project(p: Project, changes: dict[str, object]) -> Project:
    """The same edits made in the app: what the workbook must now agree with."""
    workloads = list(p.workloads)
    fx, projection, terms = p.fx, p.projection, p.terms
    for name, value in changes.items():
        if name.startswith(("In_", "Out_", "CacheHit_")):
            stem, n = name.split("_")
            field = {"In": "input_tokens", "Out": "output_tokens", "CacheHit": "cache_hit_pct"}[stem]
            value = D(str(value)) * 100 if stem == "CacheHit" else value
            workloads[int(n) - 1] = workloads[int(n) - 1].edited(**{field: value})
        elif name == "GrowthRate":
            projection = ProjectionSettings(projection.months, D(str(value)) * 100, projection.decline_pct)
        elif name == "ProjMonths":
            projection = ProjectionSettings(value, projection.growth_pct, projection.decline_pct)
        elif name.startswith("FX_"):
            _, base, quote = name.split("_")
            old = fx.find(base, quote)
            fx = fx.with_rate(FxRate(base, quote, D(str(value)), old.as_of, old.note, old.assumption))
        elif name == "TaxRate":
            terms = terms.edited(tax_pct=D(str(value)) * 100)
        elif name == "MarkupRate":
            terms = terms.edited(markup_pct=D(str(value)) * 100)
    return p.edited(workloads=tuple(workloads), fx=fx, projection=projection, terms=terms)


@pytest.fixture(scope="module")
def recalculated(tmp_path_factory) -> dict[str, Quote]:
    exe = soffice()
    root = tmp_path_factory.mktemp("workbooks")
    (root / "catalog").mkdir()
    write_catalog(root / "catalog")
    catalog = load_catalog([root / "catalog"], include_bundled=False)
    (root / "nasty").mkdir()
    write_nasty_catalog(root / "nasty")
    nasty_catalog = load_catalog([root / "nasty"], include_bundled=False)
    books = root / "books"
    books.mkdir()
    made: dict[str, tuple[Project, object, object, Path]] = {}
    for name, (p, language) in cases().items():
        path = export_project(p, catalog, books / f"{name}.xlsx", language=language)
        made[name] = (p, catalog, build_workbook(p, catalog, language=language)[1], path)
    nasty = Project(workloads=(make_workload(NASTY[1], input_tokens="10M", output_tokens="1M"),), currency="USD",
                    as_of=AS_OF, terms=QuoteTerms(client=NASTY[0], quote_no=NASTY[1], prepared_by=NASTY[2],
                                                  company=NASTY[3], issue_date=AS_OF))
    made["nasty"] = (nasty, nasty_catalog, build_workbook(nasty, nasty_catalog)[1],
                     export_project(nasty, nasty_catalog, books / "nasty.xlsx"))
    for name, (base, changes) in EDITS.items():
        p, cat, layout, path = made[base]
        target = books / f"{name}.xlsx"
        _edit(path, target, changes)
        made[name] = (edited_project(p, changes), cat, layout, target)

    out = root / "recalculated"
    profile = root / "lo-profile"
    run = subprocess.run([exe, "--headless", "--norestore", f"-env:UserInstallation={profile.as_uri()}",
                          "--convert-to", "xlsx", "--outdir", str(out), *(str(m[3]) for m in made.values())],
                         capture_output=True, text=True, timeout=240)
    quotes = {}
    for name, (p, cat, layout, path) in made.items():
        converted = out / path.name
        assert converted.exists(), f"LibreOffice did not convert {path.name}: {run.stdout}\n{run.stderr}"
        quotes[name] = Quote(p, cat, layout, openpyxl.load_workbook(converted, data_only=True), path)
    return quotes


# --------------------------------------------------------------------------------------------------- checks


def money(value, currency: str) -> Decimal:
    """A recalculated cell as exact money (what LibreOffice stored, rounded to the currency's unit)."""
    assert isinstance(value, (int, float)), f"expected a number, got {value!r}"
    unit = Decimal(1).scaleb(-minor_unit(currency))
    return Decimal(repr(value)).quantize(unit, rounding=ROUND_HALF_UP)


def expected(q: Quote):
    p = q.project
    pricer = Pricer(q.catalog)
    comparison = pricer.compare(p.workloads, as_of=p.effective_as_of(), currency=p.currency, fx=p.fx,
                                models=list(p.selected) or None, include_free=p.include_free)
    return pricer, comparison


ALL = ["usd_all", "cny_two", "jpy", "omr", "xof", "usd_all_edited", "cny_two_edited", "omr_edited"]


@pytest.mark.parametrize("name", ALL)
def test_comparison_equals_the_engine(recalculated, name):
    q = recalculated[name]
    pricer, comparison = expected(q)
    ws = q.values[q.layout.sheets["comparison"]]
    cols, cur = q.layout.comparison_cols, q.project.currency
    assert set(q.layout.comparison_rows) == {r.model_id for r in comparison.rows}
    checked = 0
    for r in comparison.rows:
        row = q.layout.comparison_rows[r.model_id]
        cell = lambda key: ws[f"{cols[key]}{row}"].value  # noqa: E731
        assert money(cell("input_cost"), r.price_currency) == r.input_cost, (r.model_id, "input")
        assert money(cell("output_cost"), r.price_currency) == r.output_cost, (r.model_id, "output")
        assert money(cell("monthly_native"), r.price_currency) == r.monthly_cost_native, r.model_id
        assert money(cell("monthly"), cur) == r.monthly_cost, (r.model_id, "monthly")
        assert money(cell("annual"), cur) == r.annual_cost, (r.model_id, "annual")
        assert cell("rank") == (r.rank if r.rank is not None else "—"), r.model_id
        for n, w in enumerate(q.project.workloads):
            if len(q.project.workloads) == 1:
                break
            part = next(x for x in comparison.by_workload[w.name] if x.model_id == r.model_id)
            block = q.layout.workload_cols[n]
            assert money(ws[f"{block['input_cost']}{row}"].value, r.price_currency) == part.input_cost
            assert money(ws[f"{block['output_cost']}{row}"].value, r.price_currency) == part.output_cost
            assert money(ws[f"{block['monthly']}{row}"].value, cur) == part.monthly_cost
        checked += 1
    assert checked >= 5
    for (model_id, start), row in q.layout.later_rows.items():
        later = pricer.compare(q.project.workloads, as_of=start, currency=cur, fx=q.project.fx,
                               models=[model_id]).rows[0]
        assert money(ws[f"{cols['monthly']}{row}"].value, cur) == later.monthly_cost, (model_id, start)


def test_a_half_cent_through_an_inverse_rate_rounds_up_in_the_engine_and_the_workbook(recalculated):
    q = recalculated["usd_half_cent"]
    _, comparison = expected(q)
    assert comparison.row("cnco/two").monthly_cost_native == D("2.64")
    assert comparison.row("cnco/two").monthly_cost == D("0.38")
    ws = q.values[q.layout.sheets["comparison"]]
    row = q.layout.comparison_rows["cnco/two"]
    assert money(ws[f"{q.layout.comparison_cols['monthly']}{row}"].value, "USD") == D("0.38")


@pytest.mark.parametrize("name", ALL)
def test_quote_lines_equal_the_engine(recalculated, name):
    q = recalculated[name]
    _, comparison = expected(q)
    ws = q.values[q.layout.sheets["quote"]]
    cols, cur, terms = q.layout.quote_cols, q.project.currency, q.project.terms
    p = q.project
    months = p.projection.months
    # The year (issue 17): the first 12 months as projected (growth, price changes), each month through discount,
    # markup and tax — twelve times the first month when fewer than 12 months are projected.
    projected = project_months(Pricer(q.catalog), p.workloads, list(q.layout.options), start=p.as_of,
                               months=max(months, 12), growth_pct=p.projection.growth_pct,
                               decline_pct=p.projection.decline_pct, currency=cur, fx=p.fx)
    series = {s.model_id: s for s in projected.series}
    for model_id, row in q.layout.quote_rows.items():
        r = comparison.row(model_id)
        pct = terms.discount_for(r.vendor_id)
        line = quote_line(r.monthly_cost, cur, pct, terms.markup_pct, terms.tax_pct)
        vendor_year, total_year = line.list_cost * 12, line.total * 12
        if months >= 12:
            costs = series[model_id].costs[:12]
            vendor_year = sum(costs, D(0))
            total_year = sum((quote_line(c, cur, pct, terms.markup_pct, terms.tax_pct).total for c in costs), D(0))
        cell = lambda key: money(ws[f"{cols[key]}{row}"].value, cur)  # noqa: E731
        assert (cell("vendor_cost_month"), cell("vendor_cost_year")) == (line.list_cost, vendor_year)
        assert cell("discount") == line.discount, model_id
        assert cell("client_price") == line.client_price, model_id
        assert cell("tax") == line.tax, model_id
        assert (cell("total_month"), cell("total_year")) == (line.total, total_year), model_id
        assert ws[f"{cols['discount_pct']}{row}"].value == pytest.approx(float(line.discount_pct / 100))


@pytest.mark.parametrize("name", ALL)
def test_projection_equals_the_engine(recalculated, name):
    q = recalculated[name]
    p = q.project
    months = p.projection.months
    projection = project_months(Pricer(q.catalog), p.workloads, list(q.layout.options), start=p.as_of,
                                months=months, growth_pct=p.projection.growth_pct,
                                decline_pct=p.projection.decline_pct, currency=p.currency, fx=p.fx)
    ws = q.values[q.layout.sheets["projection"]]
    first = q.layout.projection_first_row
    for series in projection.series:
        col = q.layout.projection_cols[series.model_id]
        for k, cost in enumerate(series.costs):
            assert money(ws[f"{col}{first + k}"].value, p.currency) == cost, (series.model_id, k + 1)
        below = ws[f"{col}{first + months}"].value
        assert below in (None, ""), "months beyond the inputs' horizon are blank"
        totals = [money(ws[f"{col}{r}"].value, p.currency) for r in q.layout.projection_year_rows]
        padded = list(series.year_totals) + [Decimal(0)] * (len(totals) - len(series.year_totals))
        assert totals == padded, series.model_id
        assert money(ws[f"{col}{q.layout.projection_total_row}"].value, p.currency) == series.total
        # Beside it, each month's price to the client incl. tax: that month's cost through discount, markup, tax.
        client = q.layout.projection_client_cols[series.model_id]
        row = next(r for r in expected(q)[1].rows if r.model_id == series.model_id)
        terms = p.terms
        for k, cost in enumerate(series.costs):
            line = quote_line(cost, p.currency, terms.discount_for(row.vendor_id), terms.markup_pct, terms.tax_pct)
            assert money(ws[f"{client}{first + k}"].value, p.currency) == line.total, (series.model_id, k + 1)


def test_three_and_zero_digit_currencies_round_to_their_minor_unit(recalculated):
    """OMR figures carry three decimals (not cents), XOF none; the cells' formats show as many."""
    for name, digits in (("omr", 3), ("xof", 0)):
        q = recalculated[name]
        _, comparison = expected(q)
        costs = [r.monthly_cost for r in comparison.rows if r.monthly_cost is not None]
        assert costs and all(-c.as_tuple().exponent == digits for c in costs), (name, costs)
        if digits:
            assert any(c.as_tuple().digits[-1] != 0 for c in costs), "a third digit that is not always 0"
        written = openpyxl.load_workbook(q.source)[q.layout.sheets["comparison"]]
        row = next(iter(q.layout.comparison_rows.values()))
        fmt = written[f"{q.layout.comparison_cols['monthly']}{row}"].number_format
        assert fmt.endswith("0." + "0" * digits + ' "' + q.project.currency + '"') if digits \
            else "." not in fmt, (name, fmt)


def test_the_edits_changed_the_figures(recalculated):
    """The edited copies differ from their originals: the formulas are live, not cached numbers."""
    for edited, (base, _) in EDITS.items():
        a, b = recalculated[base], recalculated[edited]
        col = a.layout.comparison_cols["monthly"]
        ws_a, ws_b = (x.values[x.layout.sheets["comparison"]] for x in (a, b))
        rows = a.layout.comparison_rows.values()
        assert any(ws_a[f"{col}{r}"].value != ws_b[f"{col}{r}"].value for r in rows)


def test_text_that_looks_like_a_formula_is_not_evaluated(recalculated):
    q = recalculated["nasty"]
    texts = {c.value for ws in q.values.worksheets for row in ws.iter_rows() for c in row
             if isinstance(c.value, str)}
    assert set(NASTY) <= texts
    cover = q.values[q.layout.sheets["quote"]]
    assert cover["B4"].value == NASTY[0] and cover["B4"].data_type == "s"
    ws = q.values[q.layout.sheets["comparison"]]
    names = {ws[f"{q.layout.comparison_cols['model']}{r}"].value for r in q.layout.comparison_rows.values()}
    assert names == set(NASTY)
    assert all(ws[f"{q.layout.comparison_cols['vendor']}{r}"].value == NASTY[0]
               for r in q.layout.comparison_rows.values())


def test_fewer_months_on_the_inputs_relabel_the_years_they_sum(recalculated):
    """ProjMonths set to 10 on a workbook exported with 36 months: the Quote's year columns become "12 × the
    first month" (their figures are) and the Projection's totals say 10 months — as a workbook exported with 10
    months says them — not "first 12 months" and "36 months" over figures that are something else."""
    from core.workbook.labels import Labels

    q = recalculated["cny_two_edited"]
    assert q.project.projection.months == 10 and recalculated["cny_two"].project.projection.months == 36
    L = Labels(cases()["cny_two"][1])  # noqa: N806  (the labels table, named as the writer names it)
    quote, projection = (q.values[q.layout.sheets[k]] for k in ("quote", "projection"))
    header_row = min(q.layout.quote_rows.values()) - 1
    assert [quote[f"{q.layout.quote_cols[k]}{header_row}"].value for k in ("vendor_cost_year", "total_year")] == [
        L["vendor_cost_year_flat"], L["total_year_flat"]]
    assert projection[f"A{q.layout.projection_total_row}"].value == L("total_months", n=10)
    years = [projection[f"B{r}"].value for r in q.layout.projection_year_rows]
    assert years[0] == L("year_months", a=1, b=10) and not any(years[1:])   # years 2 and 3 sum nothing
    original = recalculated["cny_two"]
    ws = original.values[original.layout.sheets["quote"]]
    assert ws[f"{original.layout.quote_cols['total_year']}{header_row}"].value == L["total_first_year"]

"""The PDF quote read back with poppler: every figure to the cent (the engine's, formatted as the app formats them,
English and Chinese), nothing outside the page's margins (long names, seven options, huge amounts), fonts embedded
as subsets, the logo, the paper size, and the refusals (names, targets, logos). poppler-utils is required in CI
(CI=true): there a missing tool fails, elsewhere it skips."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from catalog_factory import point, write_catalog

from core.catalog.load import load_catalog
from core.errors import InputError, WriteError
from core.money import ZERO, format_money
from core.pricing.engine import Pricer
from core.pricing.fx import DEFAULT_RATES, FxRate
from core.pricing.projection import project as project_costs
from core.pricing.projection_settings import ProjectionSettings
from core.pricing.quote import quote_line
from core.pricing.quote_terms import QuoteTerms
from core.pricing.workload import make_workload
from core.project.model import Project
from core.workbook.pdf import writer
from core.workbook.pdf.labels import EN as PDF_EN
from core.workbook.pdf.labels import ZH as PDF_ZH
from core.workbook.pdf.layout import BOTTOM, MARGIN
from core.workbook.pdf.writer import build_pdf, environment_paper, export_pdf, paper_for_locale, save_pdf

D = Decimal
MM = 72 / 25.4
TERMS = QuoteTerms(client="Globex", quote_no="Q-7", issue_date=date(2026, 11, 22), discount_pct=D(10),
                   vendor_discounts={"cnco": D(15)}, markup_pct=D(25), tax_pct=D(6), prepared_by="Marco",
                   company="Northwind & Co")
WORKLOAD = make_workload("Support", input_tokens="300M", output_tokens="60M", cache_hit=40, batch=10, off_peak=5,
                         prompt_tokens="2K")


def tool(name: str) -> str:
    exe = shutil.which(name)
    if exe is None:
        if os.environ.get("CI", "").lower() in ("true", "1", "yes"):
            pytest.fail(f"{name} (poppler-utils) is required in CI to read the PDF quotes back")
        pytest.skip(f"{name} (poppler-utils) is not installed")
    return exe


def pdf_text(path: Path, *args: str) -> str:
    return subprocess.run([tool("pdftotext"), *args, str(path), "-"], capture_output=True, text=True,
                          encoding="utf-8", check=True).stdout


def project(**changes) -> Project:
    base = Project(workloads=(WORKLOAD,), selected=("acme/cached", "cnco/pro", "acme/history"), currency="USD",
                   as_of=date(2024, 3, 1), terms=TERMS, projection=ProjectionSettings(36, D(8), D(20)))
    return base.edited(**changes)


def engine_figures(p: Project, catalog) -> list[str]:
    """Every figure the quote must show, from the engine alone: each option's month, year, discount, markup,
    tax and totals (core.pricing.quote.quote_line on the comparison's monthly cost) and its first 12 months
    with growth (core.pricing.projection.project, each month's quote line summed)."""
    pricer = Pricer(catalog)
    comparison = pricer.compare(p.workloads, as_of=p.as_of, currency=p.currency, fx=p.fx, models=list(p.selected))
    terms, cur = p.terms, p.currency
    projected = project_costs(pricer, p.workloads, p.selected, start=p.as_of, months=12,
                              growth_pct=p.projection.growth_pct, decline_pct=p.projection.decline_pct,
                              currency=cur, fx=p.fx)
    figures = []
    for model_id, series in zip(p.selected, projected.series):
        row = comparison.row(model_id)
        pct = terms.discount_for(row.vendor_id)
        line = quote_line(row.monthly_cost, cur, pct, terms.markup_pct, terms.tax_pct)
        year = sum((quote_line(c, cur, pct, terms.markup_pct, terms.tax_pct).total for c in series.costs), ZERO)
        for amount in (line.list_cost, line.list_cost * 12, line.discount, line.markup, line.client_price, line.tax,
                       line.total, line.total * 12, sum(series.costs, ZERO), year):
            figures.append(format_money(amount, cur))
    return figures


def squeeze(value: str) -> str:
    return re.sub(r"\s+", "", value)


# --------------------------------------------------------------------------------------------- figures


@pytest.mark.parametrize("language", ["en", "zh"])
def test_every_total_is_in_the_pdf_to_the_cent(acme, tmp_path, language):
    p = project()
    path = export_pdf(p, acme, tmp_path / "quote.pdf", language=language)
    text = pdf_text(path, "-layout")
    figures = engine_figures(p, acme)
    assert len(figures) == 30 and len(set(figures)) > 20       # three options, ten figures each, mostly distinct
    missing = [f for f in figures if f not in text]
    assert not missing, missing
    words = ("Total / month incl. tax", PDF_EN["pdf_first_year_total"]) if language == "en" else \
        ("含税合计/月", PDF_ZH["pdf_first_year_total"])
    for word in words:
        assert word in text
    assert "Globex" in text and "Q-7" in text and "Northwind & Co" in text
    assert ("2024-03-01" in text) if language == "en" else ("2024年3月1日" in text)


def test_without_growth_the_first_year_is_not_repeated(acme, tmp_path):
    p = project(selected=("acme/cached", "cnco/pro"), projection=ProjectionSettings(12, D(0), D(0)))
    text = pdf_text(export_pdf(p, acme, tmp_path / "flat.pdf"), "-layout")
    assert PDF_EN["pdf_first_year_total"] not in text and PDF_EN["pdf_first_year_vendor"] not in text             # twelve times the month says it already
    assert all(f in text for f in engine_figures(p, acme))


def test_whole_yen_and_a_conversion_through_usd(acme, tmp_path):
    fx = DEFAULT_RATES.with_rate(FxRate("USD", "JPY", D("151.25"), date(2024, 3, 1)))
    p = project(currency="JPY", fx=fx)
    text = pdf_text(export_pdf(p, acme, tmp_path / "jpy.pdf"), "-layout")
    figures = engine_figures(p, acme)
    assert all(re.fullmatch(r"JP¥[\d,]+", f) for f in figures)
    assert not [f for f in figures if f not in text]
    assert "USD/JPY" in text and "USD/CNY" in text     # the rates the conversions go through, with their dates


def test_wrapped_chinese_paragraphs_keep_every_character(acme, tmp_path):
    """fpdf2 2.8 drew the first figure of a wrapped line in another font's glyphs ("5%" came out as "28"):
    every paragraph must read back as written."""
    p = project(terms=TERMS.edited(notes="增长 5% 的假设：" * 30))
    text = squeeze(pdf_text(export_pdf(p, acme, tmp_path / "zh.pdf", language="zh")))
    note = PDF_ZH["pdf_first_year_note"].format(growth="8%", start="2024年3月1日")
    for paragraph in (note, "增长 5% 的假设：" * 30, PDF_ZH["pdf_price_note"].format(cur="USD")):
        assert squeeze(paragraph) in text
    english = squeeze(pdf_text(export_pdf(p, acme, tmp_path / "en.pdf")))
    assert squeeze(PDF_EN["pdf_first_year_note"].format(growth="8%", start="2024-03-01")) in english


def test_sources_and_assumptions(acme, tmp_path):
    text = pdf_text(export_pdf(project(), acme, tmp_path / "q.pdf"), "-layout")
    assert "https://acme.example" in text and "2024-01-02" in text          # source and checked date
    assert "2024-05-21" in text        # History's later price, which its first year uses from June
    assert "300,000,000" in text and "60,000,000" in text and "40%" in text and "2,000" in text
    assert "USD/CNY" in text and "Assumption" in text


# ---------------------------------------------------------------------------------------------- layout


def bboxes(path: Path) -> list[tuple[int, float, float, float, float, float, str]]:
    """(page, page width, xMin, yMin, xMax, yMax, word) for every word, in points."""
    html = pdf_text(path, "-bbox")
    found, page, width = [], 0, 0.0
    for line in html.splitlines():
        m = re.search(r'<page width="([\d.]+)" height="([\d.]+)"', line)
        if m:
            page, width, height = page + 1, float(m.group(1)), float(m.group(2))
            continue
        m = re.search(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)</word>', line)
        if m:
            found.append((page, width, height, *(float(m.group(i)) for i in range(1, 5)), m.group(5)))
    return found


def assert_inside_margins(path: Path) -> int:
    words = bboxes(path)
    assert words
    slack = 1.0   # points: glyph side bearings
    outside = [(page, word, round(x0), round(x1)) for page, width, height, x0, y0, x1, y1, word in words
               if x0 < MARGIN * MM - slack or x1 > width - MARGIN * MM + slack
               or y0 < MARGIN * MM - slack or y1 > height - (BOTTOM - 12) * MM]
    assert not outside, outside[:10]
    return max(w[0] for w in words)


def render(path: Path, tmp_path: Path) -> list[Path]:
    out = tmp_path / "pages"
    out.mkdir(exist_ok=True)
    subprocess.run([tool("pdftoppm"), "-r", "50", "-png", str(path), str(out / path.stem)], check=True)
    return sorted(out.glob(f"{path.stem}*.png"))


@pytest.fixture
def crowded(tmp_path):
    """Seven options with long names, a client name of 300 characters (one of them a single 80-letter word),
    a company name as long, and amounts in the billions (10^15 tokens at $1,000 per 1M)."""
    models = [{"id": f"big/m{i}", "name": f"Very Long Model Name Number {i} With A Context Suffix-128k",
               "prices": [point(input=1000 - i, output=999.99)]} for i in range(6)]
    models.append({"id": "big/tiny", "name": "深度求索超长模型名称测试用例（一百二十八千上下文窗口版本）",
                   "prices": [point(input=0.01, output=0.02)]})
    write_catalog(tmp_path, models, {"id": "big", "name": "Big Vendor With A Long Name Incorporated", "region": "US",
                                     "currency": "USD", "pricing_url": "https://big.example"})
    catalog = load_catalog([tmp_path], include_bundled=False)
    client = ("Globex Corporation International Holdings " * 5) + "A" * 80 + " 北京字节跳动科技有限公司" * 3
    terms = TERMS.edited(client=client[:300], company="Northwind " * 30, quote_no="Q-" + "9" * 60,
                         prepared_by="Marco " * 20, notes="=HYPERLINK(\"x\")\tnote 😀 " * 20)
    huge = make_workload("An extremely long workload name that goes on and on and on " * 2,
                         input_tokens=10**15, output_tokens=10**15)
    p = Project(workloads=(huge, WORKLOAD), selected=tuple(m["id"] for m in models), currency="USD",
                as_of=date(2024, 3, 1), terms=terms, projection=ProjectionSettings(12, D(1), D(0)))
    return p, catalog


@pytest.mark.parametrize("paper,size", [("a4", (595, 842)), ("letter", (612, 792))])
@pytest.mark.parametrize("language", ["en", "zh"])
def test_nothing_runs_off_the_page(crowded, tmp_path, paper, size, language):
    p, catalog = crowded
    path = export_pdf(p, catalog, tmp_path / f"crowded-{paper}-{language}.pdf", language=language, paper=paper)
    pages = assert_inside_margins(path)
    words = bboxes(path)
    assert {(round(w), round(h)) for _, w, h, *_ in words} == {size}
    assert pages == len(render(path, tmp_path))
    text = pdf_text(path, "-layout")
    assert not [f for f in engine_figures(p, catalog) if f not in text]     # amounts shrink, never wrap or vanish
    assert squeeze("A" * 80) in squeeze(text)


@pytest.mark.parametrize("language", ["en", "zh"])
def test_a_usual_quote_is_one_or_two_pages(acme, tmp_path, language):
    path = export_pdf(project(), acme, tmp_path / "usual.pdf", language=language)
    assert assert_inside_margins(path) <= 2
    pngs = render(path, tmp_path)
    assert 1 <= len(pngs) <= 2 and all(png.stat().st_size > 2000 for png in pngs)


def test_every_font_is_embedded_as_a_subset_the_cjk_one_too(acme, tmp_path):
    path = export_pdf(project(), acme, tmp_path / "zh.pdf", language="zh")
    out = subprocess.run([tool("pdffonts"), str(path)], capture_output=True, text=True, check=True).stdout
    rows = [line.split() for line in out.splitlines()[2:] if line.strip()]
    assert rows, out
    for row in rows:   # name type... encoding emb sub uni object ID
        assert row[-5:-2] == ["yes", "yes", "yes"], row
    names = " ".join(row[0] for row in rows)
    assert re.search(r"[A-Z]{6}\+WenQuanYiMicroHei", names) and "DejaVuSans" in names
    assert path.stat().st_size < 400_000       # subsets, not a 5 MB font


# ---------------------------------------------------------------------------------------- paper and logo


@pytest.mark.parametrize("name,paper", [
    ("en_US.UTF-8", "letter"), ("fr_CA", "letter"), ("es-MX", "letter"), ("fil_PH.UTF-8", "letter"),
    ("en_GB.UTF-8", "a4"), ("zh_CN.UTF-8", "a4"), ("de_DE@euro", "a4"), ("C", "a4"), ("POSIX", "a4"), ("", "a4"),
    (None, "a4"), ("en", "a4"), ("es_US", "letter"), ("en_us", "letter")])
def test_paper_follows_the_locale(name, paper):
    assert paper_for_locale(name) == paper


def test_paper_from_the_environment_in_posix_order():
    assert environment_paper({"LC_ALL": "en_US.UTF-8", "LANG": "de_DE.UTF-8"}) == "letter"
    assert environment_paper({"LC_PAPER": "de_DE.UTF-8", "LANG": "en_US.UTF-8"}) == "a4"
    assert environment_paper({"LANG": "en_CA.UTF-8"}) == "letter"
    assert environment_paper({}) == "a4"
    with pytest.raises(InputError) as err:
        build_pdf(project(), load_catalog(), paper="A5")
    assert err.value.code == "language_unknown" and "paper" in str(err.value)


def png(path: Path, size=(240, 80), mode="RGBA") -> Path:
    from PIL import Image
    Image.new(mode, size, (30, 60, 120, 200) if mode == "RGBA" else (30, 60, 120)).save(path)
    return path


def test_the_logo_is_drawn(acme, tmp_path):
    logo = png(tmp_path / "logo.png")
    path = export_pdf(project(), acme, tmp_path / "logo.pdf", logo=logo)
    listed = subprocess.run([tool("pdfimages"), "-list", str(path)], capture_output=True, text=True,
                            check=True).stdout.splitlines()[2:]
    assert len([line for line in listed if line.split()[2] == "image"]) == 1
    assert_inside_margins(path)


def test_bad_logos_are_refused_naming_the_file(acme, tmp_path):
    from PIL import Image
    cases = {}
    (tmp_path / "text.png").write_text("not an image")
    cases["text.png"] = "logo_unreadable"
    Image.new("RGB", (10, 10)).save(tmp_path / "anim.gif")
    cases["anim.gif"] = "logo_format"
    png(tmp_path / "wide.png", (6001, 1), "RGB")
    cases["wide.png"] = "logo_too_many_pixels"
    data = png(tmp_path / "cut.png", (400, 400), "RGB").read_bytes()
    (tmp_path / "cut.png").write_bytes(data[: len(data) // 2])
    cases["cut.png"] = "logo_unreadable"
    (tmp_path / "huge.png").write_bytes(b"\x89PNG" + b"\0" * (6 * 1024 * 1024))
    cases["huge.png"] = "logo_too_large"
    cases["missing.png"] = "file_unreadable"
    (tmp_path / "folder.png").mkdir()
    cases["folder.png"] = "not_a_regular_file"
    os.mkfifo(tmp_path / "pipe.png")
    cases["pipe.png"] = "not_a_regular_file"
    target = tmp_path / "q.pdf"
    target.write_bytes(b"earlier")
    for name, code in cases.items():
        with pytest.raises(InputError) as err:
            export_pdf(project(), acme, target, logo=tmp_path / name)
        assert err.value.code == code, (name, err.value)
        assert name in str(err.value) and "logo" in str(err.value)
    assert target.read_bytes() == b"earlier"      # nothing was written over the earlier file


# -------------------------------------------------------------------------------------------- writing


def test_only_pdf_names_and_regular_files(acme, tmp_path):
    for name in ("quote.xlsx", "quote", "quote.pdf.txt"):
        with pytest.raises(WriteError) as err:
            export_pdf(project(), acme, tmp_path / name)
        assert err.value.code == "wrong_suffix" and ".pdf" in str(err.value)
        assert not (tmp_path / name).exists()
    real = tmp_path / "real.pdf"
    real.write_bytes(b"keep")
    (tmp_path / "link.pdf").symlink_to(real)
    (tmp_path / "folder.pdf").mkdir()
    for name in ("link.pdf", "folder.pdf"):
        with pytest.raises(WriteError) as err:
            save_pdf(b"%PDF-1.7", tmp_path / name)
        assert err.value.code == "not_a_regular_file"
    assert real.read_bytes() == b"keep"
    with pytest.raises(WriteError):
        save_pdf(b"%PDF", tmp_path / "no such folder" / "q.pdf")


def test_the_write_is_atomic(acme, tmp_path, monkeypatch):
    target = tmp_path / "q.pdf"
    export_pdf(project(), acme, target)
    before = target.read_bytes()
    assert before.startswith(b"%PDF-") and before.rstrip().endswith(b"%%EOF")

    def broken(*args, **kwargs):
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(writer, "atomic_write_bytes", lambda path, data: __import__("core.atomic").atomic.atomic_write(
        path, lambda handle: (handle.write(data[:100]), broken())))
    with pytest.raises(WriteError) as err:
        export_pdf(project(terms=TERMS.edited(client="other")), acme, target)
    assert "disk is full" in str(err.value)
    assert target.read_bytes() == before and not list(tmp_path.glob("*.tmp"))


def test_nothing_to_quote_is_said(acme, tmp_path):
    with pytest.raises(InputError) as err:
        export_pdf(project(selected=(), as_of=date(2001, 1, 1)), acme, tmp_path / "q.pdf")
    assert err.value.code == "nothing_to_quote"
    assert not (tmp_path / "q.pdf").exists()


def test_progress_is_reported_and_a_cancel_stops(acme):
    seen = []
    data = build_pdf(project(), acme, progress=lambda done, total: seen.append((done, total)))
    assert data.startswith(b"%PDF-") and seen[0] == (0, 4) and seen[-1] == (4, 4)

    class Stop(Exception):
        pass

    def cancel(done, total):
        if done:
            raise Stop
    with pytest.raises(Stop):
        build_pdf(project(), acme, progress=cancel)


def test_the_cli_path_does_not_load_fpdf():
    code = ("import sys, core.cli.main, core.workbook.pdf.writer; "
            "sys.exit(any(m.split('.')[0] in ('fpdf', 'fontTools', 'PIL') for m in sys.modules))")
    assert subprocess.run([os.sys.executable, "-c", code], cwd=Path(__file__).resolve().parents[2]).returncode == 0


@pytest.mark.parametrize("audience", ["internal", "client"])
def test_a_large_volume_is_printed_on_one_line(acme, tmp_path, audience):
    """10 billion tokens printed as "10,000,000,0" over "00" in the internal copy's assumptions: read as two
    numbers. Every volume stays whole on its line, in both copies."""
    big = make_workload("Nightly", input_tokens="10B", output_tokens="123456789012", cache_hit=40, batch=10,
                        prompt_tokens="60K")
    path = export_pdf(project(workloads=(big,)), acme, tmp_path / "q.pdf", audience=audience)
    lines = pdf_text(path, "-layout").splitlines()
    assert any("10,000,000,000" in line for line in lines)
    assert any("123,456,789,012" in line for line in lines)


def test_the_last_block_is_kept_together_never_a_page_holding_only_the_validity(acme, tmp_path):
    """With a one-line note, Marco's internal PDF ended on a page holding only the sources' footnote and "This
    quote is valid until …". The last block (the sources and the validity) now starts a page when it would not
    fit on the one before: whatever the notes' length, the last page opens with its heading."""
    for lines in range(0, 40, 3):
        notes = "\n".join(f"Note {i}: the volumes are the client's own estimate." for i in range(lines))
        path = export_pdf(project(terms=TERMS.edited(notes=notes)), acme, tmp_path / f"q{lines}.pdf")
        pages = int(re.search(r"Pages:\s+(\d+)", subprocess.run([tool("pdfinfo"), str(path)], capture_output=True,
                                                                  text=True).stdout).group(1))
        last = pdf_text(path, "-f", str(pages), "-l", str(pages))
        assert "Where the prices come from" in last, (lines, last[:200])

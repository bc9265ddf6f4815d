"""A quoted model whose last known price ends within the quote's months (the vendor retires it): the months after
are priced at that ended price, and every copy of the quote says so — before, a quote on 2026-11-15 billed Grok
Build 0.1 (retired 2026-11-18) for twelve full months without a word."""

from __future__ import annotations

import re
import subprocess
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from core.catalog.load import load_catalog
from core.pricing.engine import Pricer
from core.pricing.plans import Plan
from core.pricing.projection import month_starts, price_ended
from core.pricing.workload import make_workload
from core.project.model import Project
from core.workbook.labels import Labels
from core.workbook.plan import quote_options
from core.workbook.quote_figures import quote_figures
from core.workbook.writer import export_project

GROK, GPT5 = "xai/grok-build-0.1", "openai/gpt-5"
AS_OF = date(2026, 11, 15)
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


def project(*selected: str, plans=()) -> Project:
    workload = make_workload("Support", input_tokens="100M", output_tokens="10M")
    return Project(workloads=(workload,), selected=selected, currency="USD", as_of=AS_OF, plans=plans)


def texts(book: Path) -> list[str]:
    return [c.value for ws in openpyxl.load_workbook(book) for row in ws.iter_rows() for c in row
            if isinstance(c.value, str)]


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_a_price_that_ends_before_a_month_of_the_span_is_named_with_its_last_day(catalog):
    year = month_starts(AS_OF, 12)
    assert price_ended(catalog.model(GROK), year) == date(2026, 11, 18)
    assert price_ended(catalog.model(GROK), year[:1]) is None        # month 1 starts while the price is in force
    assert price_ended(catalog.model(GPT5), year) is None
    pricer = Pricer(catalog)
    p = project(GROK, GPT5)
    comparison = pricer.compare(p.workloads, as_of=AS_OF, currency="USD", fx=p.fx, models=[GROK, GPT5])
    figures = {f.model_id: f for f in quote_figures(p, comparison, pricer, quote_options(p, comparison, pricer), 12)}
    assert figures[GROK].ended == (("Grok Build 0.1", date(2026, 11, 18)),) and figures[GPT5].ended == ()


@pytest.mark.parametrize("language", ["en", "zh"])
def test_every_copy_of_the_quote_says_when_a_models_price_ends(tmp_path, catalog, language):
    from test_pdf import pdf_text  # pdftotext, or a skip where it is not installed (never in CI)

    from core.workbook.pdf.writer import export_pdf

    words = Labels(language)
    end = {"en": "2026-11-18", "zh": "2026年11月18日"}[language]
    p = project(GROK, GPT5)
    internal = texts(export_project(p, catalog, tmp_path / "i.xlsx", language=language))
    assert words("price_ended", model="Grok Build 0.1", end=end) in internal
    client_said = words("client_price_ended", model="Grok Build 0.1", end=end)
    assert client_said in texts(export_project(p, catalog, tmp_path / "c.xlsx", language=language, audience="client"))
    pdf = pdf_text(export_pdf(p, catalog, tmp_path / "c.pdf", language=language, audience="client"))
    assert squeeze(client_said) in squeeze(pdf)
    pdf = pdf_text(export_pdf(p, catalog, tmp_path / "i.pdf", language=language))
    assert squeeze(words("price_ended", model="Grok Build 0.1", end=end)) in squeeze(pdf)
    lasting = project(GPT5)   # a price with no end: nothing said (the check can fail)
    assert not [t for t in texts(export_project(lasting, catalog, tmp_path / "l.xlsx", language=language,
                                                audience="client")) if "Grok" in t or "ends on" in t or "结束" in t]


def test_a_plan_names_the_model_whose_price_ends(tmp_path, catalog):
    plan = Plan("Mixed", {"Support": GROK})
    book = export_project(project(GPT5, plans=(plan,)), catalog, tmp_path / "p.xlsx", audience="client")
    assert Labels("en")("client_price_ended_in", option="Plan: Mixed", model="Grok Build 0.1",
                        end="2026-11-18") in texts(book)


def test_the_cli_says_it_where_the_quote_is_made(tmp_path):
    done = subprocess.run([sys.executable, "-m", "core.cli", "export", "--input", "100M", "--output", "10M",
                           "--models", f"{GROK},{GPT5}", "--as-of", str(AS_OF), "--xlsx", str(tmp_path / "q.xlsx")],
                          cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "note: Grok Build 0.1: its last known price ends on 2026-11-18" in done.stderr
    assert "GPT-5:" not in done.stderr


def test_the_pdf_says_a_price_that_ends_after_its_first_year_within_the_projection(tmp_path, catalog):
    """The PDF took the ended prices from the first 12 months it shows: with 24 months, a price ending in month 14
    went unsaid there while the CLI said "the quote says so" (the workbooks did say it)."""
    from test_pdf import pdf_text

    from core.pricing.projection_settings import ProjectionSettings
    from core.workbook.pdf.writer import export_pdf

    p = Project(workloads=(make_workload("Support", input_tokens="300M", output_tokens="60M"),),
                selected=("google/gemini-2.5-pro",), currency="USD", as_of=date(2025, 11, 1),
                projection=ProjectionSettings(24, Decimal(0), Decimal(0)))
    for audience in ("internal", "client"):
        text = squeeze(pdf_text(export_pdf(p, catalog, tmp_path / f"{audience}.pdf", audience=audience)))
        assert "2026-11-30" in text, audience

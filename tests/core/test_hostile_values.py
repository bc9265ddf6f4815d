"""Values that get in by any way (typed, a project file, a catalog layer, the command line) are held to one rule each,
so none reaches an export that would stall, crash or write a wrong figure (issue #18, second sweep)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from core.catalog.load import load_catalog
from core.errors import CatalogError, InputError, ProjectFileError
from core.pricing.quote_terms import QuoteTerms
from core.pricing.workload import Workload
from core.project.file import load_project
from core.text import MAX_NAME_CHARS, MAX_NOTE_CHARS


@pytest.mark.parametrize("field", ["client", "quote_no", "prepared_by", "company"])
def test_a_name_in_the_quote_terms_is_at_most_a_line(field):
    QuoteTerms(**{field: "C" * MAX_NAME_CHARS})
    with pytest.raises(InputError) as caught:
        QuoteTerms(**{field: "C" * 3000})  # the PDF took 24 s on a 3,000-character client, then failed
    assert "3,000 characters" in str(caught.value)


def test_notes_are_a_few_paragraphs_at_most():
    QuoteTerms(notes="n " * (MAX_NOTE_CHARS // 2))
    with pytest.raises(InputError):
        QuoteTerms(notes="n" * (MAX_NOTE_CHARS + 1))


def test_a_workload_name_is_at_most_a_line():
    with pytest.raises(InputError) as caught:
        Workload("W" * (MAX_NAME_CHARS + 1))
    assert "workload name" in str(caught.value)


def test_a_project_file_with_a_megabyte_client_is_refused_by_name(tmp_path):
    path = tmp_path / "p.tokenquote"
    path.write_text(
        json.dumps(
            {
                "format": "tokenquote-project",
                "schema_version": 1,
                "workloads": [{"name": "a", "input_tokens": 1, "output_tokens": 1}],
                "terms": {"client": "C" * 1_000_000},
            }
        ),
        encoding="utf-8",
    )
    with pytest.raises(ProjectFileError) as caught:
        load_project(path)
    assert str(path) in str(caught.value) and "client" in str(caught.value)


def test_a_catalog_layer_with_a_100k_character_model_name_is_refused_by_name(tmp_path):
    doc = {
        "schema_version": 1,
        "vendor": {
            "id": "acme",
            "name": "Acme",
            "region": "US",
            "currency": "USD",
            "pricing_url": "https://acme.example",
        },
        "models": [
            {"id": "acme/m", "name": "M" * 100_000, "prices": [{"from": "2026-01-01", "input": "1", "output": "2"}]}
        ],
    }
    (tmp_path / "acme.json").write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(CatalogError) as caught:
        load_catalog([tmp_path])
    assert "acme.json" in str(caught.value) and "name" in str(caught.value)


def test_the_bundled_catalog_is_within_the_limits():
    assert len(load_catalog()) > 100


def test_the_longest_texts_allowed_still_make_a_pdf(tmp_path):
    """The limits are what the PDF quote can lay out: seven options whose names are as long as a catalog allows,
    and every name of the terms and the workload as long as they may be."""
    from core.catalog.files import MAX_CATALOG_NAME_CHARS
    from core.project.model import Project
    from core.workbook.pdf.writer import build_pdf

    n = MAX_CATALOG_NAME_CHARS
    models = [
        {
            "id": f"acme/{i}" + "m" * (n - 7),
            "name": f"{i}" + "M" * (n - 1),
            "context_window": 128000,
            "prices": [{"from": "2026-01-01", "input": "1.25", "output": "2.5"}],
        }
        for i in range(7)
    ]
    doc = {
        "schema_version": 1,
        "vendor": {
            "id": "acme",
            "name": "A" * n,
            "region": "US",
            "currency": "USD",
            "pricing_url": "https://acme.example",
        },
        "models": models,
    }
    (tmp_path / "acme.json").write_text(json.dumps(doc), encoding="utf-8")
    catalog = load_catalog([tmp_path])
    terms = QuoteTerms(
        client="C" * MAX_NAME_CHARS,
        company="公" * MAX_NAME_CHARS,
        quote_no="Q" * MAX_NAME_CHARS,
        prepared_by="P" * MAX_NAME_CHARS,
        notes="N" * MAX_NOTE_CHARS,
    )
    project = Project(
        workloads=(Workload("W" * MAX_NAME_CHARS, 1_000_000, 1_000_000),),
        selected=tuple(m["id"] for m in models),
        terms=terms,
    )
    for language in ("en", "zh"):
        assert build_pdf(project, catalog, language=language).startswith(b"%PDF")


def test_more_workloads_than_a_workbook_has_columns_for_are_said_not_a_value_error(tmp_path):
    """Each workload takes a block of the Comparison sheet's columns; 10,000 of them went past column XFD and
    openpyxl raised ValueError('Invalid column index 18279'). A project now holds at most as many workloads as a
    workbook has room for (MAX_WORKLOADS): more are refused when the project is made, before any export."""
    from core.project.model import Project
    from core.workbook.writer import export_project

    with pytest.raises(InputError) as caught:
        Project(
            workloads=tuple(Workload(f"w{i}", 1_000_000, 1_000_000) for i in range(2000)), selected=("openai/gpt-4o",)
        )
    assert "2,000 workloads" in str(caught.value) and "at most 1,000" in str(caught.value)
    most = Project(
        workloads=tuple(Workload(f"w{i}", 1_000_000, 1_000_000) for i in range(1000)), selected=("openai/gpt-4o",)
    )
    assert export_project(most, load_catalog(), tmp_path / "q.xlsx").is_file()  # the most a project holds fits


def _layer(tmp_path: Path, change) -> Path:
    doc = {
        "schema_version": 1,
        "vendor": {
            "id": "acme",
            "name": "Acme",
            "region": "US",
            "currency": "USD",
            "pricing_url": "https://acme.example",
        },
        "models": [
            {
                "id": "acme/m",
                "name": "M",
                "context_window": 1000,
                "prices": [
                    {
                        "from": "2026-01-01",
                        "input": "1",
                        "output": "2",
                        "source": "https://acme.example",
                        "checked": "2026-01-01",
                        "note": "n",
                    }
                ],
            }
        ],
    }
    change(doc)
    folder = tmp_path / "layer"
    folder.mkdir()
    (folder / "acme.json").write_text(json.dumps(doc), encoding="utf-8")
    return folder


@pytest.mark.parametrize(
    "change",
    [
        lambda d: None,  # no Chinese name: a note only
        lambda d: d["models"][0].update(context_window=0),
        lambda d: d.update(models=[]),
        lambda d: d["vendor"].update(pricing_url="javascript:alert(1)"),
        lambda d: d["models"][0]["prices"][0].update(source="file:///etc/passwd"),
        lambda d: d["models"][0].update(id="acme/../../x"),
        lambda d: d["models"][0]["prices"][0].update(input="-1"),
        lambda d: d["vendor"].update(id="openai", currency="CNY"),
        lambda d: d["models"][0]["prices"][0].update(to="2025-01-01"),
    ],
)
def test_catalog_validate_and_the_loader_agree_on_every_file(tmp_path, change):
    """validate refused a file the app loaded without a word (no name_zh, context 0, a non-http link...): its
    verdict is now the loader's, and the schema's further wishes are notes."""
    from core.catalog.validate import validate

    folder = _layer(tmp_path, change)
    try:
        load_catalog([folder])
        loads = True
    except CatalogError:
        loads = False
    assert (validate(folder).problems == []) == loads


def test_what_the_importers_write_meets_the_bundled_format_too(tmp_path):
    from core.catalog.validate import validate
    from core.importers.price_lists import run_import

    csv = tmp_path / "prices.csv"
    csv.write_text(
        "vendor_id,vendor_name,region,currency,model_id,model_name,context_window,input_per_1m,"
        "output_per_1m,source_url,checked\n"
        "acme,Acme,US,USD,acme/m,M,1000,0.0000001,2.5,https://acme.example,2026-01-01\n",
        encoding="utf-8",
    )
    run_import("csv", csv, tmp_path / "out")
    result = validate(tmp_path / "out")
    assert result.problems == [] and result.notes == []

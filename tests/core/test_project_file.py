import json
from datetime import date
from decimal import Decimal

import pytest
from catalog_factory import point, write_catalog

from core.catalog.load import load_catalog
from core.errors import ProjectFileError, WriteError
from core.pricing.engine import Pricer
from core.pricing.fx import FxRate
from core.pricing.quote_terms import QuoteTerms
from core.pricing.workload import make_workload
from core.project.changes import price_changes
from core.project.file import dumps_project, load_project, save_project
from core.project.model import Project, pin_models


def test_round_trip_reproduces_figures_after_catalog_changes(tmp_path, acme):
    w = make_workload("Support bot", input_tokens="1.2亿", output_tokens="3000万", cache_hit=40)
    project = Project(workloads=(w,), selected=("acme/flat", "cnco/pro"), currency="CNY", as_of=date(2025, 1, 1),
                      fx=acme and Project().fx.with_rate(FxRate("USD", "CNY", Decimal("7.10"), date(2026, 1, 1))),
                      terms=QuoteTerms(client="=HYPERLINK(\"x\")", quote_no="Q-1", discount_pct=Decimal(10),
                                       vendor_discounts={"acme": Decimal(20)}, markup_pct=Decimal(25),
                                       tax_pct=Decimal(6), issue_date=date(2026, 11, 22)))
    before = Pricer(acme).compare(project.workloads, as_of=project.as_of, currency="CNY", fx=project.fx)
    project = pin_models(project, acme, [r.model_id for r in before.rows])
    path = tmp_path / "q.tokenquote"
    save_project(path, project)

    # The catalog changes: acme/flat gets a new price for the same period.
    changed_dir = tmp_path / "changed"
    changed_dir.mkdir()
    write_catalog(changed_dir, [{"id": "acme/flat", "name": "Flat", "prices": [point(input=9, output=9)]}])
    current = load_catalog([tmp_path, changed_dir], include_bundled=False)

    loaded = load_project(path)
    assert loaded.workloads == project.workloads
    assert loaded.terms == project.terms
    assert loaded.fx.rate("USD", "CNY") == Decimal("7.10")
    again = Pricer(loaded.pricing_catalog(current)).compare(loaded.workloads, as_of=loaded.as_of, currency="CNY",
                                                           fx=loaded.fx)
    assert [(r.model_id, r.monthly_cost) for r in again.rows] == [(r.model_id, r.monthly_cost) for r in before.rows]
    changes = price_changes(loaded, current, loaded.as_of)
    assert [c.model_id for c in changes] == ["acme/flat"]
    assert changes[0].old_input == Decimal("2.5") and changes[0].new_input == Decimal("9")


@pytest.mark.parametrize("content,fragment", [
    (b"", "empty"),
    (b"\xff\xfe\x00garbage", "not a TokenQuote project"),
    (b'{"format": "something-else"}', "not a TokenQuote project"),
    (b'[1, 2, 3]', "not a TokenQuote project"),
    (b'{"format": "tokenquote-project", "schema_version": 99, "workloads": []}', "schema_version"),
    (b'{"format": "tokenquote-project", "schema_version": 1, "workloads": "x"}', "workloads"),
    (b'{"format": "tokenquote-project", "schema_version": 1, "workloads": [{"name": "a", "input_tokens": -5}]}',
     "negative"),
    (b'{"format": "tokenquote-project", "schema_version": 1, "workloads": [{"name": "a", "cache_hit_pct": "150"}]}',
     "0–100"),
    # A field of the wrong type is refused naming it, never read as its default (terms [] dropped the discount,
    # markup and tax; a workload {} was priced as 0 tokens; true was schema version 1).
    (b'{"format": "tokenquote-project", "schema_version": 1, "workloads": [{}]}', "workloads[0].input_tokens"),
    (b'{"format": "tokenquote-project", "schema_version": 1, "workloads": [{"input_tokens": 5}]}',
     "workloads[0].output_tokens: is missing"),
    (b'{"format": "tokenquote-project", "schema_version": 1, "workloads": [{"name": 12345, "input_tokens": 1, '
     b'"output_tokens": 1}]}', "workloads[0].name: expected text"),
    (b'{"format": "tokenquote-project", "schema_version": true, "workloads": [{"input_tokens": 1, '
     b'"output_tokens": 1}]}', "schema_version"),
    (b'{"format": "tokenquote-project", "schema_version": 1, "workloads": [{"input_tokens": 1, "output_tokens": 1}],'
     b' "terms": []}', "terms"),
    (b'{"format": "tokenquote-project", "schema_version": 1, "workloads": [{"input_tokens": 1, "output_tokens": 1}],'
     b' "selected_models": 0}', "selected_models"),
    (b'{"format": "tokenquote-project", "schema_version": 1, "workloads": [{"input_tokens": 1, "output_tokens": 1}],'
     b' "terms": {"client": 0}}', "terms.client"),
])
def test_broken_or_foreign_files_name_what_is_wrong(tmp_path, content, fragment):
    path = tmp_path / "bad.tokenquote"
    path.write_bytes(content)
    with pytest.raises(ProjectFileError) as info:
        load_project(path)
    assert str(path) in str(info.value)
    assert fragment in str(info.value)


@pytest.mark.parametrize("fraction", [0.1, 0.5, 0.9, 0.999])
def test_truncated_file_says_it_ends_early(tmp_path, fraction):
    text = dumps_project(Project())
    path = tmp_path / "cut.tokenquote"
    path.write_text(text[: int(len(text) * fraction)], encoding="utf-8")
    with pytest.raises(ProjectFileError) as info:
        load_project(path)
    assert "line" in str(info.value) and "cut off" in str(info.value)


def test_failed_save_leaves_earlier_file_whole(tmp_path, monkeypatch):
    path = tmp_path / "p.tokenquote"
    save_project(path, Project())
    before = path.read_bytes()
    import core.atomic as atomic

    def boom(*_args, **_kw):
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(atomic.os, "fsync", boom)
    with pytest.raises(WriteError) as info:
        save_project(path, Project(currency="CNY"))
    assert "disk is full" in str(info.value)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["p.tokenquote"]   # no temporary file left behind


def test_saved_file_is_plain_json_with_decimal_strings(tmp_path):
    path = tmp_path / "p.tokenquote"
    save_project(path, Project())
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["format"] == "tokenquote-project" and doc["schema_version"] == 1
    assert doc["fx"][0]["rate"] == "7.10"

"""The genai-prices importer (issue 13 point 3): pydantic genai-prices' data file (providers, dated price history,
tiers) in, with the same added / updated / skipped report as the LiteLLM map. Figures are worked out by hand from the
trimmed fixture (tests/fixtures/genai_prices_2026-08-21_trimmed.json, MIT, see tests/fixtures/README.md) or from the
small files written here."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from core.catalog.load import load_catalog
from core.catalog.validate import validate_path
from core.errors import CatalogError
from core.importers.common import empty_catalog
from core.importers.genai_pricing import matches
from core.importers.price_lists import format_for_path, run_import
from core.importers.report import ADDED, SKIPPED, UPDATED

D = Decimal
ROOT = Path(__file__).resolve().parents[2]
GENAI = ROOT / "tests" / "fixtures" / "genai_prices_2026-08-21_trimmed.json"
LITELLM = ROOT / "tests" / "fixtures" / "litellm_1.109.1_trimmed.json"
DAY = date(2026, 8, 21)


def provider(models, pid="acme-ai", **extra):
    return {"id": pid, "name": "Acme AI", "pricing_urls": ["https://acme.example/pricing"], "models": models, **extra}


def write(tmp_path, providers, name="data.json"):
    path = tmp_path / name
    path.write_text(json.dumps(providers), encoding="utf-8")
    return path


def run(path, tmp_path, existing=None, effective=DAY):
    out = tmp_path / "out"
    report = run_import(
        "genai-prices",
        path,
        out,
        existing=existing if existing is not None else empty_catalog(),
        today=DAY,
        effective=effective,
    )
    catalog = load_catalog([out], include_bundled=False) if report.written else None
    return report, catalog


def outcome(report, ref):
    [found] = [o for o in report.outcomes if o.ref == ref]
    return found


def test_the_fixture_layers_over_the_bundled_catalog_and_validates(tmp_path):
    out = tmp_path / "layer"
    report = run_import("genai-prices", GENAI, out, today=DAY, effective=DAY)
    counts = report.counts()
    assert sum(counts.values()) == len(report.outcomes) == 85
    assert counts[UPDATED] >= 40 and counts[ADDED] >= 1
    assert (
        report.summary()
        .splitlines()[0]
        .startswith(
            f"{GENAI.name} (genai-prices): {counts[ADDED]} added, {counts[UPDATED]} updated, {counts[SKIPPED]} skipped "
            "of 85 models"
        )
    )
    problems, _files, models = validate_path(out)
    assert problems == [] and models == counts[ADDED] + counts[UPDATED]
    layered = load_catalog([out])
    # a dated history keeps its dates: o3's 2/8 from 2025-06-10; its undated first price (10/40) started on a date the
    # file does not give, so it is said, not placed
    o3 = outcome(report, "openai/o3")
    assert o3.status == UPDATED and "was in force before 2025-06-10" in o3.detail
    point = layered.model("openai/o3").point_at(date(2025, 6, 10))
    assert (point.base.input, point.base.output, point.layer) == (D(2), D(8), "layer")
    assert layered.model("openai/o3").point_at(date(2025, 6, 9)) is None  # the bundled o3 starts 2025-08-01
    assert layered.model("openai/o3").point_at(date(2025, 8, 1)).layer == "bundled"
    # a scheduled change keeps its date
    flash = layered.model("google/gemini-3.6-flash").point_at(date(2027, 1, 1))
    assert (flash.base.input, flash.base.output, flash.base.cached_input) == (D("1.5"), D("7.5"), D("0.15"))
    assert "scheduled: in 1.50 / out 7.50" in outcome(report, "google/gemini-3.6-flash").detail
    # genai-prices' tier start is "above": a tier bills prompts from start + 1
    gpt = layered.model("openai/gpt-5.4").latest
    [tier] = gpt.tiers
    assert (gpt.layer, tier.above_prompt_tokens, tier.inclusive, tier.prices.input, tier.prices.output) == (
        "layer",
        272000,
        False,
        D(5),
        D("22.5"),
    )
    # the match rule finds the catalog model an alias names
    assert outcome(report, "anthropic/claude-3-opus-latest").model_id == "anthropic/claude-3-opus"
    # USD converted from CNY never updates a model the catalog prices as the vendor publishes it
    assert outcome(report, "zhipuai/GLM-5-Turbo").reason == "converted from another currency"
    assert outcome(report, "deepseek/deepseek-chat").reason == "currency differs from the catalog"
    # a Claude model Google's provider lists is sold through Vertex AI, not by Google
    assert outcome(report, "google/claude-opus-4-6").model_id == "vertex-ai/claude-opus-4-6"
    for ref, reason in (
        ("openai/text-embedding-3-small", "input or output price missing"),
        ("perplexity/sonar", "also priced per request"),
        ("google/gemma-3", "no price"),
    ):
        assert (outcome(report, ref).status, outcome(report, ref).reason) == (SKIPPED, reason)


def test_tiers_history_off_peak_and_unknown_context(tmp_path):
    models = [
        {
            "id": "long-1",
            "name": "Long 1",
            "match": {"equals": "long-1"},
            "prices": {
                "input_mtok": {"base": 1.25, "tiers": [{"start": 200000, "price": 2.5}]},
                "cache_read_mtok": 0.125,
                "output_mtok": {"base": 10, "tiers": [{"start": 200000, "price": 15}]},
                "cache_write_mtok": 1.5,
            },
        },
        {
            "id": "dated-1",
            "match": {"starts_with": "dated-1"},
            "context_window": 128000,
            "prices": [
                {"prices": {"input_mtok": 3, "output_mtok": 15}},
                {"constraint": {"start_date": "2026-09-01"}, "prices": {"input_mtok": 2, "output_mtok": 10}},
            ],
        },
        {
            "id": "night-1",
            "match": {"equals": "night-1"},
            "prices": [
                {"prices": {"input_mtok": 0.135, "cache_read_mtok": 0.035, "output_mtok": 0.55}},
                {
                    "constraint": {"start_time": "00:30:00Z", "end_time": "16:30:00Z"},
                    "prices": {"input_mtok": 0.27, "cache_read_mtok": 0.07, "output_mtok": 1.1},
                },
            ],
        },
    ]
    report, catalog = run(write(tmp_path, [provider(models)]), tmp_path)
    assert report.counts() == {ADDED: 3, UPDATED: 0, SKIPPED: 0}
    long = catalog.model("acme-ai/long-1")
    assert long.context_window is None and "not imported: cache writes" in outcome(report, "acme-ai/long-1").detail
    [tier] = long.latest.tiers
    assert (tier.from_prompt_tokens, tier.prices.input, tier.prices.output, tier.prices.cached_input) == (
        200001,
        D("2.5"),
        D(15),
        D("0.125"),
    )  # the cache price has no tier: it stays flat
    dated = catalog.model("acme-ai/dated-1")
    assert [(p.start, p.base.input) for p in dated.prices] == [(DAY, D(3)), (date(2026, 9, 1), D(2))]
    assert dated.prices[0].end == date(2026, 8, 31) and dated.name == "dated-1"
    night = catalog.model("acme-ai/night-1").latest
    assert (night.base.input, night.base.output, night.base.cached_input) == (D("0.27"), D("1.1"), D("0.07"))
    assert night.off_peak.prices.input == D("0.135") and night.off_peak.hours == "every day 16:30–00:30 (UTC)"
    # with an effective date after the first change, the undated first price is not placed
    report, catalog = run(write(tmp_path, [provider(models[1:2])]), tmp_path / "later", effective=date(2026, 10, 1))
    assert [p.start for p in catalog.model("acme-ai/dated-1").prices] == [date(2026, 9, 1)]
    assert "from a date it does not give: not imported" in outcome(report, "acme-ai/dated-1").detail


def test_unknown_shapes_are_skipped_with_the_reason(tmp_path):
    models = [
        {
            "id": "odd-tier",
            "match": {"equals": "x"},
            "prices": {"input_mtok": {"base": 1, "tiers": [{"start": 0, "price": 2}]}, "output_mtok": 2},
        },
        {"id": "neg", "match": {"equals": "x"}, "prices": {"input_mtok": -1, "output_mtok": 2}},
        {
            "id": "odd-when",
            "match": {"equals": "x"},
            "prices": [
                {"prices": {"input_mtok": 1, "output_mtok": 2}},
                {"constraint": {"weekday": 6}, "prices": {"input_mtok": 1, "output_mtok": 1}},
            ],
        },
        "not a model",
    ]
    report, _catalog = run(write(tmp_path, [provider(models), {"id": "no-models"}]), tmp_path)
    reasons = {o.ref: o.reason for o in report.outcomes}
    assert reasons == {
        "acme-ai/odd-tier": "unrecognised tiers",
        "acme-ai/neg": "negative price",
        "acme-ai/odd-when": "unrecognised conditional prices",
        "acme-ai/models[3]": "not an object",
        "no-models": "not a provider",
    }
    assert not report.written


@pytest.mark.parametrize(
    ("text", "kind"), [('{"gpt-4o": {}}', "an object without a models list"), ('"prices"', "a string")]
)
def test_a_file_that_is_not_genai_prices_data_is_refused_by_name(tmp_path, text, kind):
    path = tmp_path / "odd.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(CatalogError) as caught:
        run_import("genai-prices", path, tmp_path / "out", existing=empty_catalog(), today=DAY)
    assert caught.value.code == "genai_top_level" and caught.value.params["kind"] == kind
    assert str(path) in str(caught.value)


def test_a_json_file_tells_its_format():
    assert format_for_path(GENAI) == "genai-prices"
    assert format_for_path(LITELLM) == "litellm"


def test_match_clauses():
    assert matches({"or": [{"starts_with": "claude-3-5-haiku"}, {"contains": "haiku-3.5"}]}, "Claude-3-5-Haiku-Latest")
    assert matches({"and": [{"starts_with": "gpt-"}, {"ends_with": "-mini"}]}, "gpt-5-mini")
    assert not matches({"and": []}, "x") and not matches({"weird": "x"}, "x")
    assert matches({"regex": "^o[134]"}, "o4-mini") and not matches({"regex": "(a+)+$"}, "aaaa")  # refused: slow
    assert not matches({"regex": "("}, "x")  # not a regex


def test_the_cli_imports_genai_prices(tmp_path):
    out = tmp_path / "out"
    run_cli = subprocess.run(
        [
            sys.executable,
            "-m",
            "core.cli",
            "catalog",
            "import",
            "--from",
            "genai-prices",
            str(GENAI),
            "--out",
            str(out),
            "--effective",
            "2026-08-21",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert run_cli.returncode == 0, run_cli.stderr
    assert "(genai-prices):" in run_cli.stdout and "of 85 models" in run_cli.stdout
    assert validate_path(out)[0] == []

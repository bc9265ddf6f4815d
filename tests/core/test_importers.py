"""Importers (issue 6 point 2): the LiteLLM price map and CSV/XLSX price lists, on the real reference files and
on broken ones. Every figure checked here was worked out by hand from the file it comes from."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from catalog_factory import point, write_catalog

from core.catalog.files import read_vendor_file
from core.catalog.load import load_catalog
from core.catalog.validate import validate_path
from core.errors import CatalogError, InputError
from core.importers.common import empty_catalog
from core.importers.litellm_pricing import per_million
from core.importers.price_lists import run_import, write_template
from core.importers.report import ADDED, SKIPPED, UPDATED
from core.importers.table_template import template_csv_bytes
from core.pricing.engine import compare
from core.pricing.fx import DEFAULT_RATES
from core.pricing.workload import make_workload

D = Decimal
ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"
REFERENCE = ROOT.parent / "shared" / "reference"
SAMPLE = REFERENCE / "litellm_format_sample_2025-08.json"
TRIMMED = FIXTURES / "litellm_sample_2025-08_trimmed.json"
TIERS = FIXTURES / "litellm_tiers_examples.json"
DAY = date(2026, 1, 2)
EMPTY = empty_catalog()

# The full 2025-08 sample lives beside the project in ../shared (CI has it). Outside CI a checkout without it
# skips these two; in CI its absence is a failure, never a silent skip.
needs_reference = pytest.mark.skipif(not SAMPLE.exists() and os.environ.get("CI") != "true",
                                     reason=f"{SAMPLE} not present (CI has ../shared)")


def imported(source, tmp_path, fmt="litellm", existing=EMPTY, **kw):
    """Run an import into tmp_path/out and load the result on its own (no bundled layer)."""
    out = tmp_path / "out"
    report = run_import(fmt, source, out, existing=existing, today=DAY, **kw)
    catalog = load_catalog([out], include_bundled=False) if report.written else None
    return report, catalog


def outcome(report, ref):
    found = [o for o in report.outcomes if o.ref == ref]
    assert len(found) == 1, (ref, found)
    return found[0]


def write_map(tmp_path, entries, name="map.json"):
    path = tmp_path / name
    path.write_text(json.dumps(entries, indent=2), encoding="utf-8")
    return path


def chat(**fields):
    entry = {"litellm_provider": "openai", "mode": "chat", "max_input_tokens": 128000,
             "input_cost_per_token": 1e-06, "output_cost_per_token": 2e-06}
    entry.update(fields)
    return entry


# ------------------------------------------------------------------------------------------ LiteLLM, real files


@needs_reference
def test_reference_sample_counts_every_key_with_its_reason(tmp_path):
    report, catalog = imported(SAMPLE, tmp_path)
    counts = report.counts()
    assert len(report.outcomes) == 1465 == sum(counts.values())
    # Entries without a context window are kept, the window unknown (issue 13: before, 32 were skipped for it).
    assert counts == {ADDED: 949, UPDATED: 0, SKIPPED: 516}
    assert dict(report.skip_reasons()) == {
        "duplicate model id": 128, "mode=image_generation": 85, "mode=embedding": 68, "mode=completion": 53,
        "mode=audio_transcription": 52, "no price": 43, "no per-token price (per second)": 36,
        "mode=rerank": 13, "mode=moderation": 12, "mode missing": 10,
        "mode=audio_speech": 10, "also priced per request": 4, "no per-token price (per character)": 2}
    # Cross-check against the raw file: chat entries with both per-token prices and no per-request price.
    raw = json.loads(SAMPLE.read_text(encoding="utf-8"))
    priced = [k for k, v in raw.items() if v.get("mode") in ("chat", "responses")
              and "input_cost_per_token" in v and "output_cost_per_token" in v and not v.get("input_cost_per_request")]
    assert len(priced) == 949 + 128
    assert len(catalog) == 949 == len(report.model_ids())
    unknown = [m for m in catalog if m.context_window is None]
    assert len(unknown) == 32
    assert all("context window unknown" in o.detail for o in report.added if catalog.model(o.model_id) in unknown)
    assert [o.status for o in report.outcomes if o.ref == "text-embedding-3-small"] == [SKIPPED]
    summary = report.summary()
    assert summary.splitlines()[0].startswith("litellm_format_sample_2025-08.json (litellm): 949 added, 0 updated, "
                                              "516 skipped of 1,465 keys")
    assert "  128  duplicate model id" in summary and "mode=embedding" in summary


@needs_reference
def test_reference_sample_layers_over_the_bundled_catalog_and_validates(tmp_path):
    bundled = load_catalog()
    out = tmp_path / "imported"
    report = run_import("litellm", SAMPLE, out, today=DAY)
    counts = report.counts()
    assert counts[ADDED] + counts[UPDATED] + counts[SKIPPED] == 1465
    assert outcome(report, "gpt-4o").status == UPDATED  # the bundled catalog has openai/gpt-4o
    # A model the bundled catalog prices in another currency keeps its one-currency history: skipped, said why.
    for o in report.outcomes:
        known = bundled.models.get(o.model_id)
        if o.status == SKIPPED and o.reason == "currency differs from the catalog":
            assert known is not None and known.currency != "USD"
        if o.status == UPDATED:
            assert known is not None and known.currency == "USD"
    problems, files, models = validate_path(out)
    assert problems == []
    assert models == counts[ADDED] + counts[UPDATED]
    layered = load_catalog([out])
    gpt = layered.model("openai/gpt-4o")
    assert [p.start for p in gpt.prices][:-1] == [p.start for p in bundled.model("openai/gpt-4o").prices]
    assert gpt.latest.start == DAY and gpt.latest.layer == "imported" and gpt.name == "GPT-4o"
    assert gpt.prices[-2].end is not None  # the bundled history is kept, closed where the import starts
    w = make_workload(input_tokens="100M", output_tokens="10M")
    rows = compare(layered, [w], as_of=DAY, currency="USD", fx=DEFAULT_RATES).rows
    assert rows and all(r.monthly_cost >= 0 for r in rows)


def test_litellm_prices_convert_exactly(tmp_path):
    report, catalog = imported(TRIMMED, tmp_path)
    gpt = catalog.model("openai/gpt-4o")
    p = gpt.latest
    assert (p.base.input, p.base.output, p.base.cached_input) == (D("2.5"), D("10"), D("1.25"))
    assert p.batch.factor is None
    assert (p.batch.prices.input, p.batch.prices.output) == (D("1.25"), D("5"))
    assert (gpt.context_window, gpt.max_output, gpt.currency, gpt.vendor_id) == (128000, 16384, "USD", "openai")
    assert p.start == DAY and p.checked == DAY
    assert "imported from litellm_sample_2025-08_trimmed.json on 2026-01-02" in p.note
    assert p.source.startswith("https://")  # the catalog's source is a URL; the note names the file
    mini = catalog.model("openai/gpt-4o-mini").latest.base
    assert (mini.input, mini.output, mini.cached_input) == (D("0.15"), D("0.6"), D("0.075"))
    assert str(mini.output) == "0.6" and str(per_million(D("3e-07"), "x")) == "0.3"
    # *_above_128k_tokens → a tier; the Vertex copy of the same model loses to Google's own provider.
    gemini = catalog.model("google/gemini-1.5-pro").latest
    assert (gemini.base.input, gemini.base.output) == (D("3.5"), D("10.5"))
    assert [(t.above_prompt_tokens, t.prices.input, t.prices.output) for t in gemini.tiers] == [
        (128000, D("7"), D("21"))]
    assert outcome(report, "gemini-1.5-pro").reason == "duplicate model id"
    assert outcome(report, "openai/gpt-4o").reason == "duplicate model id"
    claude = catalog.model("anthropic/claude-sonnet-4-20250514").latest.base
    assert (claude.input, claude.output, claude.cached_input) == (D("3"), D("15"), D("0.3"))
    assert "cache writes" in outcome(report, "claude-sonnet-4-20250514").detail
    assert catalog.model("vertex-ai/claude-3-5-sonnet-20240620").vendor_id == "vertex-ai"
    assert catalog.model("mistral/codestral-latest").latest.base.input == 0
    assert catalog.model("openai/o1-pro")  # mode "responses" counts as chat
    for ref, reason in [("text-embedding-3-small", "mode=embedding"), ("256-x-256/dall-e-2", "mode=image_generation"),
                        ("bedrock/us-east-1/1-month-commitment/anthropic.claude-v2", "no per-token price (per second)"),
                        ("medlm-medium", "no per-token price (per character)"),
                        ("perplexity/pplx-7b-online", "also priced per request"),
                        ("snowflake/deepseek-r1", "no price"), ("fireworks-ai-up-to-16b", "mode missing")]:
        assert (outcome(report, ref).status, outcome(report, ref).reason) == (SKIPPED, reason)
    # No context window in the file: kept, the window unknown (never guessed), and a long prompt still fits it.
    llama = outcome(report, "together_ai/meta-llama/Llama-3.3-70B-Instruct-Turbo")
    assert (llama.status, llama.model_id) == (ADDED, "together-ai/meta-llama-llama-3.3-70b-instruct-turbo")
    assert "context window unknown" in llama.detail
    assert catalog.model(llama.model_id).context_window is None
    row = compare(catalog, [make_workload(input_tokens="1M", output_tokens="1M", prompt_tokens="900K")],
                  as_of=DAY, currency="USD", fx=DEFAULT_RATES, models=[llama.model_id]).rows[0]
    assert row.fits_context and row.rank == 1


def test_litellm_tiered_pricing_and_off_peak(tmp_path):
    report, catalog = imported(TIERS, tmp_path)
    assert report.counts() == {ADDED: 10, UPDATED: 0, SKIPPED: 0}
    qwen = catalog.model("alibaba/qwen-flash")
    p = qwen.latest
    assert (p.base.input, p.base.output, p.base.cached_input) == (D("0.05"), D("0.4"), None)
    assert [(t.above_prompt_tokens, t.prices.input, t.prices.output) for t in p.tiers] == [
        (256000, D("0.25"), D("2"))]
    assert qwen.context_window == 997952 and qwen.vendor_id == "alibaba"
    plus = outcome(report, "dashscope/qwen-plus-2025-07-28")
    assert "reasoning output is 4/1M" in plus.detail
    assert "reasoning output is 4/1M" in catalog.model("alibaba/qwen-plus-2025-07-28").latest.note

    flash = catalog.model("deepseek/deepseek-flash").latest
    assert (flash.base.input, flash.base.output, flash.base.cached_input) == (D("0.3"), D("1.2"), D("0.006"))
    off = flash.off_peak
    assert (off.prices.input, off.prices.output, off.prices.cached_input) == (D("0.15"), D("0.6"), D("0.003"))
    assert off.hours == "Mon–Fri 00:00–01:00, 04:00–06:00, 10:00–24:00; Sat, Sun all day (UTC)"

    pro = catalog.model("google/gemini-2.5-pro").latest
    assert [(t.above_prompt_tokens, t.prices.input, t.prices.output, t.prices.cached_input) for t in pro.tiers] == [
        (200000, D("2.5"), D("15"), D("0.25"))]
    # Its batch cache price is not half of the standard one, and explicit batch prices cannot follow tiers:
    # not imported, and said so (the batch share is then billed at the standard price, never understated).
    assert pro.batch is None and "batch prices not imported" in pro.note
    assert "priority tier" in outcome(report, "gemini/gemini-2.5-pro").detail
    computer = catalog.model("google/gemini-2.5-computer-use-preview-10-2025").latest
    assert [(t.above_prompt_tokens, t.prices.input, t.prices.output) for t in computer.tiers] == [
        (200000, D("2.5"), D("15"))]


def test_imported_prices_price_a_workload_as_by_hand(tmp_path):
    _, catalog = imported(TIERS, tmp_path)
    w = make_workload(input_tokens="300M", output_tokens="60M", cache_hit=40, off_peak=10, prompt_tokens="300K")
    rows = {r.model_id: r for r in compare(catalog, [w], as_of=DAY, currency="USD", fx=DEFAULT_RATES).rows}
    # qwen-flash: 300K prompts are above 256K → the whole request at 0.25 / 2; no cache price, no off-peak price.
    qwen = rows["alibaba/qwen-flash"]
    assert (qwen.input_cost, qwen.output_cost) == (D("75.00"), D("120.00"))  # 300 × 0.25; 60 × 2
    # deepseek-flash: 90% standard, 10% off-peak; 40% of input hits the cache.
    flash = rows["deepseek/deepseek-flash"]
    by_hand_in = (D(300) * D("0.9") * D("0.6") * D("0.3") + D(300) * D("0.9") * D("0.4") * D("0.006")
                  + D(300) * D("0.1") * D("0.6") * D("0.15") + D(300) * D("0.1") * D("0.4") * D("0.003"))
    by_hand_out = D(60) * D("0.9") * D("1.2") + D(60) * D("0.1") * D("0.6")
    assert by_hand_in == D("48.6") + D("0.648") + D("2.7") + D("0.036") == D("51.984")
    assert by_hand_out == D("64.8") + D("3.6")
    assert (flash.input_cost, flash.output_cost) == (D("51.98"), D("68.40"))
    # gemini-2.5-pro above 200K: 2.5 in, 15 out, cache hits at 0.25 (its 10% off-peak billed at standard).
    pro = rows["google/gemini-2.5-pro"]
    assert pro.input_cost == D(300) * D("0.6") * D("2.5") + D(300) * D("0.4") * D("0.25")  # 450 + 30
    assert pro.output_cost == D(60) * D(15)


def test_updates_add_a_point_and_never_overwrite_history(tmp_path):
    cat_dir = tmp_path / "catalog"
    cat_dir.mkdir()
    usd = {"id": "openai", "name": "OpenAI", "name_zh": "OpenAI", "region": "US", "currency": "USD",
           "pricing_url": "https://openai.com/api/pricing/"}
    write_catalog(cat_dir, [{"id": "openai/gpt-4o", "name": "GPT-4o", "context_window": 128000,
                             "prices": [point(**{"from": "2024-05-13", "input": 5, "output": 15})]}], usd)
    cny = {"id": "deepseek", "name": "DeepSeek", "name_zh": "深度求索", "region": "CN", "currency": "CNY",
           "pricing_url": "https://api-docs.deepseek.com/zh-cn/quick_start/pricing"}
    write_catalog(cat_dir, [{"id": "deepseek/deepseek-flash", "name": "DeepSeek Flash", "context_window": 1000000,
                             "prices": [point(input=2, output=8)]}], cny)
    existing = load_catalog([cat_dir], include_bundled=False)
    out = tmp_path / "out"
    first = run_import("litellm", TIERS, out, existing=existing, today=date(2026, 1, 2))
    gpt = outcome(first, "gpt-4o")
    assert gpt.status == UPDATED and "was in 5.00 / out 15.00 from 2024-05-13" in gpt.detail
    flash = outcome(first, "deepseek-flash")
    assert (flash.status, flash.reason) == (SKIPPED, "currency differs from the catalog")
    assert "CNY" in flash.detail
    assert not (out / "deepseek.json").exists() or "deepseek/deepseek-flash" not in (out / "deepseek.json").read_text()
    # The output keeps the catalog's vendor record and the model's curated name.
    vendor, models = read_vendor_file(out / "openai.json")
    assert vendor.pricing_url == "https://openai.com/api/pricing/"
    assert {m.id: m.name for m in models}["openai/gpt-4o"] == "GPT-4o"
    # A second import later into the same folder adds to what the first wrote.
    second = run_import("litellm", TIERS, out, existing=existing, today=date(2026, 3, 1))
    assert outcome(second, "gpt-4o").status == UPDATED
    layered = load_catalog([cat_dir, out], include_bundled=False)
    history = layered.model("openai/gpt-4o").prices
    assert [p.start for p in history] == [date(2024, 5, 13), date(2026, 1, 2), date(2026, 3, 1)]
    assert [p.end for p in history] == [date(2026, 1, 1), date(2026, 2, 28), None]
    assert history[0].base.input == 5 and history[1].base.input == D("2.5")
    # Re-importing on the same day replaces only that day's point (as a newer layer does).
    third = run_import("litellm", TIERS, out, existing=existing, today=date(2026, 3, 1))
    assert outcome(third, "gpt-4o").status == UPDATED
    assert len(load_catalog([out], include_bundled=False).model("openai/gpt-4o").prices) == 2


def test_effective_date_and_deprecation(tmp_path):
    path = write_map(tmp_path, {"old-model": chat(deprecation_date="2025-01-01"),
                                "new-model": chat(deprecation_date="2030-01-01")})
    _, catalog = imported(path, tmp_path, effective=date(2025, 8, 1))
    old = catalog.model("openai/old-model")
    assert old.deprecated and not catalog.model("openai/new-model").deprecated
    assert old.latest.start == date(2025, 8, 1) and old.latest.checked == DAY


def test_progress_is_reported(tmp_path):
    calls = []
    run_import("litellm", TRIMMED, tmp_path / "out", existing=EMPTY, today=DAY, dry_run=True,
               progress=lambda done, total: calls.append((done, total)))
    assert calls[-1] == (22, 22) and calls == sorted(calls)
    assert not (tmp_path / "out").exists()  # dry run writes nothing


# ------------------------------------------------------------------------------------------ LiteLLM, bad files


def test_truncated_json_names_file_and_line(tmp_path):
    text = TIERS.read_text(encoding="utf-8")
    path = tmp_path / "cut.json"
    path.write_text(text[: len(text) // 2], encoding="utf-8")
    with pytest.raises(CatalogError) as err:
        run_import("litellm", path, tmp_path / "out", existing=EMPTY)
    line = text[: len(text) // 2].count("\n") + 1
    assert err.value.where.startswith(f"{path}:{line}:") and "not valid JSON" in err.value.problem
    assert "cut short" in err.value.problem
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("content, kind", [("[1, 2]", "a list"), ('"prices"', "a string"), ("42", "a number"),
                                           ("null", "null")])
def test_wrong_top_level_type(tmp_path, content, kind):
    path = tmp_path / "wrong.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(CatalogError, match=f"top level is {kind}; a LiteLLM price map is a JSON object"):
        run_import("litellm", path, tmp_path / "out", existing=EMPTY)


def test_not_utf8_json_and_empty_file(tmp_path):
    path = tmp_path / "latin1.json"
    path.write_bytes('{\n "m": {"note": "caf\u00e9"}\n}'.encode("latin-1"))
    with pytest.raises(CatalogError) as err:
        run_import("litellm", path, tmp_path / "out", existing=EMPTY)
    assert err.value.where == f"{path}:2" and "not UTF-8" in err.value.problem
    empty = tmp_path / "empty.json"
    empty.write_bytes(b"")
    with pytest.raises(CatalogError, match="is empty"):
        run_import("litellm", empty, tmp_path / "out", existing=EMPTY)


def test_bad_entries_are_skipped_with_reasons_and_the_rest_imports(tmp_path):
    entries = {
        "sample_spec": {"mode": "one of: chat, embedding, ...", "input_cost_per_token": 0},
        "string-price": chat(input_cost_per_token="0.000001"),
        "negative": chat(output_cost_per_token=-2e-06),
        "bool-price": chat(input_cost_per_token=True),
        "nan-price": chat(input_cost_per_token="NaN here"),
        "huge": chat(input_cost_per_token=5),
        "list-entry": [1, 2],
        "no-output": {k: v for k, v in chat().items() if k != "output_cost_per_token"},
        "bad-tiers": chat(tiered_pricing=[{"range": [1000, 2000], "input_cost_per_token": 1e-06,
                                           "output_cost_per_token": 1e-06}]),
        "gap-tiers": chat(tiered_pricing=[{"range": [0, 1000], "input_cost_per_token": 1e-06,
                                           "output_cost_per_token": 1e-06},
                                          {"range": [2000, 3000], "input_cost_per_token": 1e-06,
                                           "output_cost_per_token": 1e-06}]),
        "odd-tier-key": chat(input_cost_per_token_above_lots_tokens=1e-06),
        "odd-off-peak": chat(off_peak_pricing={"input_cost_per_token": 1e-07, "output_cost_per_token": 1e-07,
                                               "windows": [{"hours_utc": "late evening"}]}),
        "good": chat(input_cost_per_token=3e-07, output_cost_per_token=1.2e-06),
    }
    path = tmp_path / "bad.json"
    text = json.dumps(entries, indent=1).replace('"NaN here"', "NaN", 1)
    path.write_text(text, encoding="utf-8")
    report, catalog = imported(path, tmp_path)
    expected = {"sample_spec": "specification entry", "string-price": "invalid price", "negative": "negative price",
                "bool-price": "invalid price", "nan-price": "invalid price", "huge": "invalid price",
                "list-entry": "not an object", "no-output": "input or output price missing",
                "bad-tiers": "unrecognised tiered_pricing", "gap-tiers": "unrecognised tiered_pricing",
                "odd-tier-key": "unrecognised tier fields", "odd-off-peak": "unrecognised off_peak_pricing"}
    for key, reason in expected.items():
        got = outcome(report, key)
        assert (got.status, got.reason) == (SKIPPED, reason), key
        assert got.line is not None
    assert "input_cost_per_token is '0.000001', not a number" in outcome(report, "string-price").detail
    assert "output_cost_per_token is -0.000002" in outcome(report, "negative").detail
    assert outcome(report, "good").status == ADDED
    assert catalog.model("openai/good").latest.base.input == D("0.3")
    assert report.counts() == {ADDED: 1, UPDATED: 0, SKIPPED: 12}


def test_duplicate_keys_are_seen(tmp_path):
    path = tmp_path / "dup.json"
    path.write_text('{\n "a": ' + json.dumps(chat()) + ',\n "a": ' + json.dumps(chat()) + "\n}", encoding="utf-8")
    report, _ = imported(path, tmp_path)
    assert [(o.line, o.status) for o in report.outcomes] == [(2, ADDED), (3, SKIPPED)]
    assert report.outcomes[1].reason == "duplicate key"


def test_a_50_mb_file_is_refused_quickly(tmp_path):
    for name, fmt in (("huge.json", "litellm"), ("huge.csv", "csv"), ("huge.xlsx", "xlsx")):
        path = tmp_path / name
        with open(path, "wb") as handle:  # sparse: created in microseconds, never read
            handle.truncate(50 * 1024 * 1024)
        start = time.perf_counter()
        with pytest.raises(CatalogError) as err:
            run_import(fmt, path, tmp_path / "out", existing=EMPTY)
        assert time.perf_counter() - start < 0.5
        assert err.value.where == str(path) and "is 52 MB" in err.value.problem and "under 20 MB" in err.value.problem


def test_output_path_rules(tmp_path):
    with pytest.raises(InputError, match="give a folder"):
        run_import("litellm", TRIMMED, tmp_path / "one.json", existing=EMPTY)
    single = tmp_path / "openai-only.json"
    path = write_map(tmp_path, {"gpt-x": chat()})
    report = run_import("litellm", path, single, existing=EMPTY, today=DAY)
    assert report.written == [single] and load_catalog([single], include_bundled=False).model("openai/gpt-x")
    with pytest.raises(InputError, match="not a source format"):
        run_import("yaml", path, tmp_path / "x", existing=EMPTY)


# ---------------------------------------------------------------------------------------------- CSV / XLSX

HEADER = ("vendor_id,vendor_name,region,currency,model_id,model_name,context_window,effective_from,input_per_1m,"
          "output_per_1m,cached_input_per_1m,above_prompt_tokens,batch_factor,off_peak_input_per_1m,"
          "off_peak_output_per_1m,off_peak_hours,free_input_tokens_per_month,source_url,checked,note\n")


def write_csv(tmp_path, rows, name="prices.csv", encoding="utf-8", header=HEADER):
    path = tmp_path / name
    path.write_bytes((header + "".join(r + "\n" for r in rows)).encode(encoding))
    return path


def test_template_file_is_the_documented_layout(tmp_path):
    resource = ROOT / "resources" / "templates" / "price_list_template.csv"
    assert resource.read_bytes() == template_csv_bytes()
    written = write_template(tmp_path / "t.csv")
    assert written.read_bytes() == template_csv_bytes()
    report, catalog = imported(written, tmp_path, fmt="csv")
    assert report.counts() == {ADDED: 2, UPDATED: 0, SKIPPED: 0}
    p = catalog.model("example/chat-pro").latest
    assert (p.base.input, p.base.output, p.base.cached_input, p.batch.factor) == (D("1.25"), D("10"), D("0.125"),
                                                                                 D("0.5"))
    assert [(t.above_prompt_tokens, t.prices.input, t.prices.output) for t in p.tiers] == [(200000, D("2.5"), D(15))]
    assert validate_path(tmp_path / "out")[0] == []


def test_xlsx_round_trip_via_the_template(tmp_path):
    from openpyxl import load_workbook

    path = write_template(tmp_path / "prices.xlsx", "xlsx")
    book = load_workbook(path)
    sheet = book["prices"]
    columns = [c.value for c in sheet[1]]
    row = {name: None for name in columns}
    row.update(vendor_id="example", currency="USD", model_id="chat-mini", model_name="Mini", context_window=128000,
               effective_from=date(2026, 2, 1), input_per_1m=0.075, output_per_1m=0.3, off_peak_input_per_1m=0.0375,
               off_peak_output_per_1m=0.15, off_peak_hours="00:30–08:30 Beijing time",
               source_url="https://example.com/mini")
    sheet.append([row[c] for c in columns])
    book.save(path)
    report, catalog = imported(path, tmp_path, fmt="xlsx")
    assert report.counts() == {ADDED: 3, UPDATED: 0, SKIPPED: 0} and report.encoding == ""
    pro = catalog.model("example/chat-pro").latest
    assert (pro.base.input, pro.tiers[0].above_prompt_tokens, pro.start) == (D("1.25"), 200000, date(2026, 1, 1))
    mini = catalog.model("example/chat-mini").latest
    assert (mini.base.input, mini.base.output) == (D("0.075"), D("0.3"))  # typed floats read as typed
    assert (mini.off_peak.prices.input, mini.off_peak.hours) == (D("0.0375"), "00:30–08:30 Beijing time")
    assert "imported from prices.xlsx (row 4)" in mini.note
    assert validate_path(tmp_path / "out")[0] == []


def test_csv_in_gbk_imports(tmp_path):
    rows = ["bytedance,字节跳动,CN,CNY,bytedance/doubao-pro-32k,豆包 Pro 32K,32K,2024-05-15,0.8,2,,,,,,,,"
            "https://www.volcengine.com/docs/82379/1099320,2024-05-15,降价后价格",
            "bytedance,字节跳动,CN,CNY,doubao-lite-4k,豆包 Lite 4K,4096,2024-05-15,0.3,0.6,,,,,,,5万,,,"]
    path = write_csv(tmp_path, rows, encoding="gbk")
    with pytest.raises(UnicodeDecodeError):
        path.read_bytes().decode("utf-8")
    report, catalog = imported(path, tmp_path, fmt="csv")
    assert report.encoding == "GB18030 (not UTF-8)" and "read as GB18030" in report.summary()
    assert report.counts() == {ADDED: 2, UPDATED: 0, SKIPPED: 0}
    pro = catalog.model("bytedance/doubao-pro-32k")
    assert (pro.name, pro.currency, pro.context_window) == ("豆包 Pro 32K", "CNY", 32000)
    assert catalog.vendor("bytedance").name == "字节跳动"
    assert pro.latest.note.startswith("降价后价格; imported from prices.csv (line 2)")
    lite = catalog.model("bytedance/doubao-lite-4k").latest
    assert lite.free_input_tokens == 50000 and lite.source == "https://www.volcengine.com/docs/82379/1099320"
    assert "source is the vendor's pricing page" in lite.note


def test_csv_in_an_unknown_binary_encoding_names_file_and_line(tmp_path):
    path = tmp_path / "prices.csv"
    path.write_bytes(HEADER.encode() + b"acme,Acme,US,USD,acme/x,X,1000,2025-01-01,1,2\n"
                     + b"acme,\xff\xfe\x80\x81,US,USD,acme/y,Y,1000,2025-01-01,1,2\n")
    with pytest.raises(CatalogError) as err:
        run_import("csv", path, tmp_path / "out", existing=EMPTY)
    offset = len(HEADER) + len("acme,Acme,US,USD,acme/x,X,1000,2025-01-01,1,2\n") + len("acme,")
    assert err.value.where == f"{path}:3"
    assert f"byte offset {offset} (0xFF) is neither UTF-8 nor GB18030" in err.value.problem
    utf16 = tmp_path / "utf16-no-bom.csv"
    utf16.write_bytes(HEADER.encode("utf-16-le"))
    with pytest.raises(CatalogError, match="binary data"):
        run_import("csv", utf16, tmp_path / "out", existing=EMPTY)


def test_csv_row_errors_name_line_and_column_and_the_import_goes_on(tmp_path):
    ok = "acme,Acme,US,USD,acme/ok,OK,128000,2025-01-01,1,2,,,,,,,,https://acme.example/p,,"
    rows = [
        ok,
        "acme,Acme,US,RMB,acme/rmb,R,128000,2025-01-01,1,2,,,,,,,,,,",
        "acme,Acme,US,USD,acme/neg,N,128000,2025-01-01,-1,2,,,,,,,,,,",
        "acme,Acme,US,USD,acme/text,T,128000,2025-01-01,cheap,2,,,,,,,,,,",
        "acme,Acme,US,USD,acme/date,D,128000,2025-02-30,1,2,,,,,,,,,,",
        "acme,Acme,US,USD,Acme Bad Id,B,128000,2025-01-01,1,2,,,,,,,,,,",
        "acme,Acme,US,USD,acme/ok,OK,128000,2025-01-01,1,2,,,,,,,,,,",
        "acme,Acme,US,USD,acme/lonely-tier,L,128000,2025-01-01,1,2,,1000,,,,,,,,",
        "acme,Acme,US,USD,acme/tiered,T,128000,2025-01-01,1,2,,,0.5,,,,,,,",
        "acme,Acme,US,USD,acme/tiered,T,128000,2025-01-01,x,2,,100000,,,,,,,,",
        "acme,Acme,US,USD,acme/factor,F,128000,2025-01-01,1,2,,,150%,,,,,,,",
        "acme,Acme,US,USD,acme/offpeak,O,128000,2025-01-01,1,2,,,,0.5,,,,,,",
        "",
        "# a comment row",
        "acme,Acme,US,usd,acme/late,Late,1M,2025/3/1,1,2,,,50%,,,,,,,",
    ]
    path = write_csv(tmp_path, rows)
    report, catalog = imported(path, tmp_path, fmt="csv")
    by_line = {o.line: o for o in report.outcomes}
    expected = {3: ("unknown currency", "column currency: 'RMB' is not an ISO 4217 code (did you mean CNY?)"),
                4: ("negative price", "column input_per_1m: -1 is below 0"),
                5: ("invalid price", "column input_per_1m: 'cheap' is not a number"),
                6: ("invalid date", "column effective_from: '2025-02-30' is not a real date"),
                7: ("invalid id", "column model_id: 'Acme Bad Id'"),
                8: ("duplicate row", "acme/ok from 2025-01-01 is also on line 2"),
                9: ("tier without its base row", "no row for acme/lonely-tier from 2025-01-01"),
                10: ("price incomplete", "line 11 of this price (invalid price)"),
                11: ("invalid price", "column input_per_1m: 'x' is not a number"),
                12: ("invalid number", "column batch_factor: '150%'"),
                13: ("missing value", "column off_peak_output_per_1m is empty")}
    for line, (reason, detail) in expected.items():
        got = by_line[line]
        assert (got.status, got.reason) == (SKIPPED, reason), line
        assert detail in got.detail, (line, got.detail)
        assert got.describe(path.name).startswith(f"prices.csv:{line}: row {line}: skipped: {reason}")
    assert by_line[2].status == ADDED and by_line[16].status == ADDED
    assert set(by_line) == set(range(2, 14)) | {16}  # blank and comment rows are not rows
    late = catalog.model("acme/late")
    assert (late.context_window, late.latest.start, late.latest.batch.factor, late.currency) == (
        1_000_000, date(2025, 3, 1), D("0.5"), "USD")
    assert sorted(catalog.models) == ["acme/late", "acme/ok"]
    assert any(line.startswith("prices.csv:3: row 3: skipped: unknown currency") for line in report.lines())


def test_csv_history_and_known_vendor_defaults(tmp_path):
    cat_dir = tmp_path / "catalog"
    cat_dir.mkdir()
    cny = {"id": "alibaba", "name": "Alibaba Cloud", "name_zh": "阿里云", "region": "CN", "currency": "CNY",
           "pricing_url": "https://help.aliyun.com/zh/model-studio/models"}
    write_catalog(cat_dir, [{"id": "alibaba/qwen-long", "name": "Qwen-Long", "context_window": 10000000,
                             "prices": [point(**{"from": "2024-01-01", "input": 20, "output": 20})]}], cny)
    existing = load_catalog([cat_dir], include_bundled=False)
    rows = ["alibaba,,,,alibaba/qwen-long,,,2024-05-21,0.5,2,,,,,,,,https://help.aliyun.com/zh/model-studio/x,,",
            "alibaba,,,,qwen-long,,,2025-01-01,0.5,2,0.1,,,,,,,,,",
            "alibaba,,,USD,alibaba/qwen-long,,,2025-06-01,0.07,0.28,,,,,,,,,,",
            "alibaba,,,,alibaba/qwen-new,通义新,128000,2025-06-01,1,2,,,,,,,,,,"]
    path = write_csv(tmp_path, rows, name="aliyun.csv")
    report = run_import("csv", path, tmp_path / "out", existing=existing, today=DAY)
    statuses = [(o.line, o.status, o.reason) for o in report.outcomes]
    assert statuses == [(2, UPDATED, ""), (3, UPDATED, ""), (4, SKIPPED, "currency differs within the file"),
                        (5, ADDED, "")]
    layered = load_catalog([cat_dir, tmp_path / "out"], include_bundled=False)
    qwen = layered.model("alibaba/qwen-long")
    assert [(p.start, p.base.input) for p in qwen.prices] == [
        (date(2024, 1, 1), D(20)), (date(2024, 5, 21), D("0.5")), (date(2025, 1, 1), D("0.5"))]
    assert qwen.name == "Qwen-Long" and qwen.currency == "CNY"
    assert layered.model("alibaba/qwen-new").currency == "CNY"  # blank currency: the vendor's
    assert layered.vendor("alibaba").name_zh == "阿里云"


def test_csv_new_vendor_needs_region_and_pricing_page(tmp_path):
    path = write_csv(tmp_path, ["newco,New Co,,USD,newco/m1,M1,8000,2025-01-01,1,2,,,,,,,,,,"])
    report, catalog = imported(path, tmp_path, fmt="csv")
    assert catalog is None and report.skipped[0].reason == "new vendor incomplete"
    assert "region (US, EU or CN) and source_url" in report.skipped[0].detail
    assert "nothing to write" in report.summary()


def test_csv_semicolons_and_bad_headers(tmp_path):
    path = tmp_path / "semi.csv"
    path.write_text(HEADER.replace(",", ";") + "acme;Acme;EU;EUR;acme/m;M;8000;2025-01-01;1.5;2;;;;;;;;"
                    "https://acme.example;;\n" + "acme;Acme;EU;EUR;acme/n;N;8000;2025-01-01;1,5;2;;;;;;;;;;\n"
                    + "acme;Acme;EU;EUR;acme/o;O;8000;2025-01-01;1,500;2;;;;;;;;;;\n", encoding="utf-8")
    report, catalog = imported(path, tmp_path, fmt="csv")
    assert report.counts()[ADDED] == 1 and catalog.model("acme/m").latest.base.input == D("1.5")
    # In a ';' file a comma may be a decimal comma: "1,5" and "1,500" are refused, never read as 15 or 1500.
    assert [o.reason for o in report.skipped] == ["invalid price", "invalid price"]
    assert "'1,5' is ambiguous" in report.skipped[0].detail
    grouped = write_csv(tmp_path, ['acme,Acme,US,USD,acme/g,G,"128,000",2025-01-01,"1,250.5",2,,,,,,,,'
                                   'https://acme.example,,', "acme,Acme,US,USD,acme/h,H,8000,2025-01-01,\"0,5\",2,,,,,"
                                   ",,,,,"], name="grouped.csv")
    report, catalog = imported(grouped, tmp_path / "g", fmt="csv")
    assert catalog.model("acme/g").latest.base.input == D("1250.5") and catalog.model("acme/g").context_window == 128000
    assert report.skipped[0].line == 3 and "'0,5' is ambiguous" in report.skipped[0].detail
    typo = write_csv(tmp_path, [], name="typo.csv", header="vendor_id,model_id,input_per_1M,output_per_1m,"
                                                           "cached_per_1m\n")
    with pytest.raises(CatalogError, match=r"typo.csv:1: column 5 'cached_per_1m' is not a price-list column"):
        run_import("csv", typo, tmp_path / "out", existing=EMPTY)
    missing = write_csv(tmp_path, [], name="missing.csv", header="vendor_id,model_id,input_per_1m\n")
    with pytest.raises(CatalogError, match="the header has no output_per_1m column"):
        run_import("csv", missing, tmp_path / "out", existing=EMPTY)


def test_not_an_xlsx(tmp_path):
    path = tmp_path / "prices.xlsx"
    path.write_text("vendor_id,model_id\n", encoding="utf-8")
    with pytest.raises(CatalogError, match="is not a readable .xlsx workbook"):
        run_import("xlsx", path, tmp_path / "out", existing=EMPTY)


# --------------------------------------------------------------------------------------------------- CLI


def cli(*args):
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    return subprocess.run([sys.executable, "-m", "core.cli", *args], capture_output=True, text=True, cwd=ROOT,
                          encoding="utf-8", env=env)


def test_cli_import_prints_the_summary(tmp_path):
    out = tmp_path / "imported"
    result = cli("catalog", "import", "--from", "litellm", str(TRIMMED), "--out", str(out))
    assert result.returncode == 0, result.stderr
    first = result.stdout.splitlines()[0]
    assert first.startswith("litellm_sample_2025-08_trimmed.json (litellm): ") and "of 22 keys" in first
    assert "mode=embedding" in result.stdout and result.stderr == ""
    assert cli("catalog", "validate", str(out)).returncode == 0


def test_cli_bad_file_exits_2_with_one_line(tmp_path):
    path = tmp_path / "broken.json"
    path.write_text('{"gpt-4o": {"mode": "chat",', encoding="utf-8")
    result = cli("catalog", "import", "--from", "litellm", str(path), "--out", str(tmp_path / "out"))
    assert result.returncode == 2 and result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"tokenquote-cli: {path}:1:") and "not valid JSON" in lines[0]
    csv_path = tmp_path / "bin.csv"
    csv_path.write_bytes(b"vendor_id,model_id\n\xff\xff\n")
    result = cli("catalog", "import", "--from", "csv", str(csv_path), "--out", str(tmp_path / "out"))
    assert result.returncode == 2 and result.stderr.count("\n") == 1 and f"{csv_path}:2" in result.stderr


def test_litellm_tier_shapes(tmp_path):
    entries = {
        # Batch is one factor of every tier's prices → kept as a factor (it then follows the tier in force).
        "uniform-batch": chat(input_cost_per_token=1e-06, output_cost_per_token=4e-06,
                              cache_read_input_token_cost=1e-07, input_cost_per_token_above_200k_tokens=2e-06,
                              output_cost_per_token_above_200k_tokens=8e-06,
                              cache_read_input_token_cost_above_200k_tokens=2e-07,
                              input_cost_per_token_batches=5e-07, output_cost_per_token_batches=2e-06,
                              cache_read_input_token_cost_batches=5e-08,
                              input_cost_per_token_above_200k_tokens_batches=1e-06,
                              output_cost_per_token_above_200k_tokens_batches=4e-06,
                              cache_read_input_token_cost_above_200k_tokens_batches=1e-07),
        # Only the input is tiered: the output stays the base one above 128K, as LiteLLM bills it.
        "input-only-tier": chat(input_cost_per_token_above_128k_tokens=2e-06),
        "open-ended": chat(input_cost_per_token=None, output_cost_per_token=None, tiered_pricing=[
            {"range": [0, 32000], "input_cost_per_token": 1e-07, "output_cost_per_token": 2e-07},
            {"range": [32000, None], "input_cost_per_token": 3e-07, "output_cost_per_token": 6e-07}]),
        "every-day": chat(off_peak_pricing={"input_cost_per_token": 5e-07, "output_cost_per_token": 1e-06,
                                            "windows": [{"hours_utc": ["16:30-00:30"], "weekdays": [1, 2, 3, 4, 5,
                                                                                                    6, 7]}]}),
    }
    entries["conflicting"] = chat(tiered_pricing=entries["open-ended"]["tiered_pricing"])  # 1.0 vs 0.1 at the base
    report, catalog = imported(write_map(tmp_path, entries), tmp_path)
    uniform = catalog.model("openai/uniform-batch").latest
    assert uniform.batch.factor == D("0.5") and uniform.batch.prices is None
    assert uniform.tiers[0].prices == uniform.tiers[0].prices.__class__(D(2), D(8), D("0.2"))
    tier = catalog.model("openai/input-only-tier").latest.tiers[0]
    assert (tier.above_prompt_tokens, tier.prices.input, tier.prices.output) == (128000, D(2), D(2))
    assert outcome(report, "conflicting").reason == "conflicting prices"
    open_ended = catalog.model("openai/open-ended").latest
    assert [(t.above_prompt_tokens, t.prices.input) for t in open_ended.tiers] == [(32000, D("0.3"))]
    assert catalog.model("openai/every-day").latest.off_peak.hours == "every day 16:30–00:30 (UTC)"


def test_refuses_to_write_into_the_bundled_catalog(tmp_path):
    from core.catalog.load import bundled_catalog_dir

    with pytest.raises(InputError, match="is the bundled catalog"):
        run_import("litellm", TRIMMED, bundled_catalog_dir(), existing=EMPTY)


def test_deeply_nested_json_is_refused(tmp_path):
    path = tmp_path / "deep.json"
    path.write_text('{"a": ' + "[" * 100000 + "]" * 100000 + "}", encoding="utf-8")
    with pytest.raises(CatalogError, match="nested too deeply"):
        run_import("litellm", path, tmp_path / "out", existing=EMPTY)


def test_a_second_price_list_for_a_vendor_the_first_one_created(tmp_path):
    row = "newco,New Co,EU,EUR,newco/m1,M1,8000,2025-01-01,1,2,,,,,,,,https://newco.example/p,,"
    first = write_csv(tmp_path, [row], name="first.csv")
    run_import("csv", first, tmp_path / "out", existing=EMPTY, today=DAY)
    second = write_csv(tmp_path, ["newco,,,,newco/m1,,,2025-06-01,0.8,1.6,,,,,,,,,,"], name="second.csv")
    report = run_import("csv", second, tmp_path / "out", existing=EMPTY, today=DAY)
    assert [(o.status, o.model_id) for o in report.outcomes] == [(UPDATED, "newco/m1")]
    model = load_catalog([tmp_path / "out"], include_bundled=False).model("newco/m1")
    assert [(p.start, p.base.input) for p in model.prices] == [(date(2025, 1, 1), D(1)), (date(2025, 6, 1), D("0.8"))]
    assert model.currency == "EUR" and model.latest.source == "https://newco.example/p"


def test_a_factor_or_price_cell_of_a_lone_percent_sign_is_refused_by_name(tmp_path):
    """'%' alone reads as nothing before the sign: skipped with why, never a crash (mypy found it)."""
    rows = ["acme,Acme,US,USD,acme/pct,P,128000,2025-01-01,1,2,,,%,,,,,https://acme.example/p,,",
            "acme,Acme,US,USD,acme/ok,OK,128000,2025-01-01,1,2,,,,,,,,https://acme.example/p,,"]
    report, catalog = imported(write_csv(tmp_path, rows), tmp_path, fmt="csv")
    by_line = {o.line: o for o in report.outcomes}
    assert (by_line[2].status, by_line[2].reason) == (SKIPPED, "invalid number")
    assert "column batch_factor: '%'" in by_line[2].detail
    assert by_line[3].status == ADDED and sorted(catalog.models) == ["acme/ok"]


def test_a_newer_litellm_map_skips_nothing_for_a_missing_context_window(tmp_path):
    """LiteLLM 1.109.1 (Nov 2026, trimmed; 200 of its chat entries give no context window): such entries are kept,
    the window unknown."""
    newer = FIXTURES / "litellm_1.109.1_trimmed.json"
    raw = json.loads(newer.read_text(encoding="utf-8"))
    windowless = [k for k, v in raw.items() if "max_input_tokens" not in v and "max_tokens" not in v]
    assert len(windowless) >= 4
    report, catalog = imported(newer, tmp_path)
    assert not [o for o in report.skipped if "context" in o.reason]
    for key in windowless:
        found = outcome(report, key)
        assert found.status == ADDED, found
        assert catalog.model(found.model_id).context_window is None


def test_restating_a_short_prompt_price_keeps_it_known_only_for_short_prompts(tmp_path):
    """A price list restating Doubao Seed 1.6 Flash's <32K price (it has no long-prompt column) made the model
    "the cheapest" for 60K-token prompts again: the imported point keeps the catalog's limit, and says so."""
    csv = tmp_path / "list.csv"
    csv.write_text("vendor_id,vendor_name,region,currency,model_id,model_name,input_per_1m,output_per_1m,source_url,"
                   "effective_from\nbytedance,,,CNY,bytedance/doubao-seed-1.6-flash,,0.15,1.5,https://example.com,"
                   "2026-12-01\n", encoding="utf-8")
    report = run_import("csv", csv, tmp_path / "out")
    assert "still known only for prompts of up to 32,000 tokens" in report.lines()[0]
    catalog = load_catalog([tmp_path / "out"])
    point = catalog.model("bytedance/doubao-seed-1.6-flash").point_at(date(2026, 12, 1))
    assert point.start == date(2026, 12, 1) and point.known_up_to == 32000
    long = make_workload("Coding", input_tokens="80M", output_tokens="40M", prompt_tokens="60K")
    row = compare(catalog, [long], as_of=date(2026, 12, 1), currency="CNY", fx=DEFAULT_RATES,
                  models=["bytedance/doubao-seed-1.6-flash"]).rows[0]
    assert row.understated and row.rank is None


def test_csv_dates_outside_the_catalogs_years_or_not_plain_are_rows_skipped(tmp_path):
    """A 1970 row was read, then refused when the catalog file was written: the whole import stopped, naming
    "openai.json: models[9]", a file the user never had. An ISO week date (2026-W10-1) was read as 2026-03-02."""
    rows = ["acme,Acme,US,USD,acme/ok,OK,128000,2025-01-01,1,2,,,,,,,,https://acme.example/p,,",
            "acme,Acme,US,USD,acme/past,P,128000,1970-01-01,1,2,,,,,,,,,,",
            "acme,Acme,US,USD,acme/far,F,128000,2200-01-01,1,2,,,,,,,,,,",
            "acme,Acme,US,USD,acme/week,W,128000,2026-W10-1,1,2,,,,,,,,,,"]
    path = write_csv(tmp_path, rows)
    report, catalog = imported(path, tmp_path, fmt="csv")
    by_line = {o.line: o for o in report.outcomes}
    assert by_line[2].status == ADDED and sorted(catalog.models) == ["acme/ok"]
    for line in (3, 4, 5):
        assert (by_line[line].status, by_line[line].reason) == (SKIPPED, "invalid date"), line
    assert "1970-01-01 is outside the catalog's years (2000-01-01 to 2199-12-31)" in by_line[3].detail
    assert "'2026-W10-1' is not a real date" in by_line[5].detail

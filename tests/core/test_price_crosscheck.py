"""The bundled catalog cross-checked against two community datasets kept as fixtures (issue 13 point 4): every
input, output and cached-input price that differs by more than 1% from LiteLLM's map or genai-prices' data, for the
models both have and on the dates both cover, must be explained in the catalog point's note as
``differs from <dataset>: <why>``. A new difference fails here, not in a client's quote.

The fixtures (see tests/fixtures/README.md): LiteLLM 1.109.1 (PyPI, Nov 2026) and the 2025-08 reference sample,
each trimmed to the catalog's models, and genai-prices' v2 data of 2026-08-21 (commit 47df840), trimmed likewise."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from catalog_factory import point, write_catalog

from core.catalog.load import load_catalog
from core.importers.crosscheck import Dataset, cross_check, explains

FIXTURES = Path(__file__).resolve().parents[2] / "tests" / "fixtures"
DATASETS = [
    # (dataset, the fewest models it must compare: a fixture that stops matching the catalog fails loudly)
    (Dataset("LiteLLM", "litellm", FIXTURES / "litellm_1.109.1_trimmed.json", date(2026, 11, 1)), 60),
    (Dataset("LiteLLM", "litellm", FIXTURES / "litellm_2025-08_catalog_models.json", date(2025, 8, 1)), 15),
    (Dataset("genai-prices", "genai-prices", FIXTURES / "genai_prices_2026-08-21_trimmed.json", date(2026, 8, 21)), 40),
]


@pytest.fixture(scope="module")
def bundled():
    return load_catalog()


@pytest.mark.parametrize(("dataset", "fewest"), DATASETS, ids=[d.path.stem for d, _ in DATASETS])
def test_every_difference_with_a_dataset_is_explained_in_the_catalog(bundled, dataset, fewest):
    result = cross_check(bundled, dataset)
    assert len(result.models) >= fewest, sorted(result.models)
    unexplained = [d.describe() for d in result.unexplained]
    assert unexplained == [], (
        f"{len(unexplained)} price(s) differ from {dataset.name} ({dataset.path.name}) by more than 1% and the "
        f"catalog's note does not say 'differs from {dataset.name}: <why>':\n" + "\n".join(unexplained)
    )


def test_the_reviewed_differences(bundled):
    """The differences the catalog explains today (a change here is a catalog change to review)."""
    found = {
        (d.dataset, d.model_id, d.day.isoformat(), d.field)
        for dataset, _ in DATASETS
        for d in cross_check(bundled, dataset).differences
    }
    assert found == {
        ("LiteLLM", "mistral/mistral-large-4", "2026-11-01", "input"),
        ("LiteLLM", "mistral/mistral-large-4", "2026-11-01", "output"),
        ("LiteLLM", "mistral/mistral-large-4", "2026-11-01", "cached_input"),
        ("LiteLLM", "openai/gpt-3.5-turbo", "2025-08-01", "input"),
        ("LiteLLM", "openai/gpt-3.5-turbo", "2025-08-01", "output"),
        ("LiteLLM", "google/gemini-1.5-pro", "2025-08-01", "input"),
        ("LiteLLM", "google/gemini-1.5-pro", "2025-08-01", "output"),
        ("genai-prices", "anthropic/claude-3-sonnet", "2026-08-21", "cached_input"),
        ("genai-prices", "anthropic/claude-sonnet-5", "2026-09-01", "input"),
        ("genai-prices", "anthropic/claude-sonnet-5", "2026-09-01", "output"),
        ("genai-prices", "anthropic/claude-sonnet-5", "2026-09-01", "cached_input"),
    }


def _litellm(tmp_path, entries):
    import json

    path = tmp_path / "map.json"
    path.write_text(json.dumps(entries), encoding="utf-8")
    return Dataset("LiteLLM", "litellm", path, date(2026, 11, 1))


def _catalog(tmp_path, note):
    write_catalog(
        tmp_path / "cat",
        [
            {
                "id": "acme/m",
                "name": "M",
                "context_window": 128000,
                "prices": [point(**{"from": "2026-01-01", "input": 2, "output": 8, "note": note})],
            }
        ],
    )
    return load_catalog([tmp_path / "cat"], include_bundled=False)


def test_an_unexplained_difference_fails_and_a_reviewed_one_passes(tmp_path):
    (tmp_path / "cat").mkdir()
    entry = {
        "litellm_provider": "acme",
        "mode": "chat",
        "input_cost_per_token": 2.03e-06,
        "output_cost_per_token": 8.0e-06,
        "cache_read_input_token_cost": 2.0e-07,
    }
    dataset = _litellm(tmp_path, {"acme/m": entry})
    result = cross_check(_catalog(tmp_path, "list price"), dataset)
    # input 2.03 vs 2 is 1.5% off; output agrees; the dataset's cache read 0.2 vs the catalog's none (hits at 2)
    assert [(d.field, d.catalog, d.other, d.explained) for d in result.differences] == [
        ("input", Decimal(2), Decimal("2.03"), False),
        ("cached_input", Decimal(2), Decimal("0.2"), False),
    ]
    assert "acme/m on 2026-11-01: input 2.00 in the catalog (point from 2026-01-01), 2.03 in LiteLLM (+1.5%)" in [
        d.describe() for d in result.unexplained
    ]
    reviewed = cross_check(_catalog(tmp_path, "list price. differs from LiteLLM: its entry rounds up"), dataset)
    assert reviewed.differences and reviewed.unexplained == []
    other = cross_check(_catalog(tmp_path, "differs from genai-prices: another dataset"), dataset)
    assert len(other.unexplained) == 2  # an explanation names its dataset


def test_within_one_percent_or_before_the_catalog_knows_the_model_is_no_difference(tmp_path):
    (tmp_path / "cat").mkdir()
    entry = {
        "litellm_provider": "acme",
        "mode": "chat",
        "input_cost_per_token": 2.019e-06,
        "output_cost_per_token": 7.93e-06,
    }
    result = cross_check(_catalog(tmp_path, "n"), _litellm(tmp_path, {"acme/m": entry}))
    assert result.differences == [] and result.models == {"acme/m"}
    early = Dataset("LiteLLM", "litellm", tmp_path / "map.json", date(2025, 1, 1))  # before the catalog's point
    assert cross_check(_catalog(tmp_path, "n"), early).compared == set()


def test_explains_needs_the_datasets_name_and_a_reason_marker():
    assert explains("x. Differs from LiteLLM: stale entry", "LiteLLM")
    assert not explains("LiteLLM differs", "LiteLLM") and not explains("differs from LiteLLM", "LiteLLM")

"""Context-tier boundaries stated the vendor's way: ``above_prompt_tokens`` N (N itself billed at the lower prices)
or ``from_prompt_tokens`` N (N itself in the tier, xAI's "from 200,000 prompt tokens on"); one number decides in the
engine, the file keeps the form it was given, and every label says it that way."""

from __future__ import annotations

import json
from datetime import date

import jsonschema
import pytest
from catalog_factory import D, point, write_catalog

from core.catalog.files import model_to_json, parse_vendor_document
from core.catalog.load import load_catalog
from core.catalog.model import Prices, Tier
from core.catalog.validate import schema
from core.errors import CatalogError
from core.pricing.engine import compare, effective_prices
from core.pricing.fx import DEFAULT_RATES
from core.pricing.workload import make_workload
from core.workbook.labels import Labels, tier_label

VENDOR = {
    "id": "acme",
    "name": "Acme",
    "name_zh": "Acme",
    "region": "US",
    "currency": "USD",
    "pricing_url": "https://acme.example/p",
}


def _doc(*tiers):
    return {
        "schema_version": 1,
        "vendor": VENDOR,
        "models": [
            {
                "id": "acme/m",
                "name": "M",
                "context_window": 1000000,
                "prices": [point(input=2, output=6, cached_input="0.5", tiers=list(tiers), note="n")],
            }
        ],
    }


FROM_200K = {"from_prompt_tokens": 200000, "input": 4, "output": 12, "cached_input": 1}
ABOVE_200K = {"above_prompt_tokens": 200000, "input": 4, "output": 12, "cached_input": 1}


@pytest.fixture()
def two_forms(tmp_path):
    write_catalog(
        tmp_path,
        [
            {
                "id": "acme/from",
                "name": "From",
                "context_window": 1000000,
                "prices": [point(input=2, output=6, tiers=[FROM_200K])],
            },
            {
                "id": "acme/above",
                "name": "Above",
                "context_window": 1000000,
                "prices": [point(input=2, output=6, tiers=[ABOVE_200K])],
            },
        ],
    )
    return load_catalog([tmp_path], include_bundled=False)


@pytest.mark.parametrize(
    ("prompt", "from_tier", "above_tier"),
    [
        (199_999, False, False),
        (200_000, True, False),  # the boundary itself: in a "from" tier, not in an "above" one
        (200_001, True, True),
    ],
)
def test_the_boundary_side_decides_at_exactly_the_boundary(two_forms, prompt, from_tier, above_tier):
    w = make_workload(input_tokens="100M", output_tokens="10M", prompt_tokens=str(prompt))
    rows = {
        r.model_id: r for r in compare(two_forms, [w], as_of=date(2025, 1, 1), currency="USD", fx=DEFAULT_RATES).rows
    }
    for model_id, in_tier in (("acme/from", from_tier), ("acme/above", above_tier)):
        row = rows[model_id]
        expected = (D("400.00"), D("120.00")) if in_tier else (D("200.00"), D("60.00"))
        assert (row.input_cost, row.output_cost) == expected, (model_id, prompt)
        assert (row.prices.tier is not None) == in_tier


def test_bundled_xai_bills_from_200000_prompt_tokens_on():
    catalog = load_catalog()
    model = catalog.model("xai/grok-4.3")
    current = model.point_at(date(2026, 11, 1))
    assert current is not None
    [tier] = current.tiers
    assert (tier.from_prompt_tokens, tier.inclusive, tier.boundary) == (200_000, True, 200_000)
    assert effective_prices(current, 199_999).tier is None
    assert effective_prices(current, 199_999).standard.input == D("1.25")
    for prompt in (200_000, 200_001):
        prices = effective_prices(current, prompt)
        assert prices.tier == tier and prices.standard.input == D("2.5") and prices.standard.output == D(5)
    for model in catalog:
        if model.vendor_id == "xai":
            assert all(t.inclusive and t.boundary == 200_000 for p in model.prices for t in p.tiers), model.id


def test_the_file_keeps_the_form_it_was_given():
    _vendor, [model] = parse_vendor_document(_doc(FROM_200K, {"above_prompt_tokens": 500000, "input": 8, "output": 24}))
    low, high = model.prices[0].tiers
    assert low == Tier(200_000, Prices(D(4), D(12), D(1)), True)
    assert (high.from_prompt_tokens, high.above_prompt_tokens, high.inclusive) == (500_001, 500_000, False)
    written = model_to_json(model)["prices"][0]["tiers"]
    assert [sorted(k for k in t if k.endswith("_tokens")) for t in written] == [
        ["from_prompt_tokens"],
        ["above_prompt_tokens"],
    ]
    assert (written[0]["from_prompt_tokens"], written[1]["above_prompt_tokens"]) == (200000, 500000)


@pytest.mark.parametrize(
    ("tiers", "code", "where"),
    [
        ([{**FROM_200K, "above_prompt_tokens": 199999}], "tier_boundary_form", "tiers[0]"),
        ([{"input": 4, "output": 12}], "tier_boundary_form", "tiers[0]"),
        ([{**FROM_200K, "from_prompt_tokens": 0}], "tier_threshold", "tiers[0].from_prompt_tokens"),
        # "above 200,000" bills from 200,001 on: a "from 200,001" after it starts no later, so it is out of order
        ([ABOVE_200K, {**FROM_200K, "from_prompt_tokens": 200001}], "tiers_order", "tiers[1].from_prompt_tokens"),
    ],
)
def test_a_tier_states_its_boundary_once_and_in_order(tiers, code, where):
    with pytest.raises(CatalogError) as caught:
        parse_vendor_document(_doc(*tiers))
    assert caught.value.code == code
    assert where in str(caught.value)


def test_either_form_but_not_both_is_valid_against_the_schema():
    validator = jsonschema.Draft202012Validator(schema())
    for tier in (FROM_200K, ABOVE_200K):
        assert list(validator.iter_errors(json.loads(json.dumps(_doc(tier))))) == []
    both = json.loads(json.dumps(_doc({**FROM_200K, "above_prompt_tokens": 199999})))
    assert list(validator.iter_errors(both)) != []


@pytest.mark.parametrize("language", ["en", "zh"])
def test_workbook_labels_say_the_boundary_the_vendors_way(language):
    labels = Labels(language)
    inclusive = Tier.starting(200_000, Prices(D(4), D(12)))
    strict = Tier.above(128_000, Prices(D(4), D(12)))
    assert "≥ 200,000" in labels(tier_label("tier_text", inclusive), n=f"{inclusive.boundary:,}", i="4", o="12")
    assert "> 128,000" in labels(tier_label("tier_text", strict), n=f"{strict.boundary:,}", i="4", o="12")
    for key in ("tier_note", "pn_tiers", "tier_text"):
        assert labels[tier_label(key, inclusive)] != labels[tier_label(key, strict)]
        assert "{n}" in labels[tier_label(key, inclusive)]


def test_prices_known_only_up_to_a_prompt_size_are_read_checked_and_written_back():
    doc = _doc(FROM_200K)
    doc["models"][0]["prices"][0]["known_up_to_prompt_tokens"] = 32000
    _vendor, [model] = parse_vendor_document(doc)
    assert model.prices[0].known_up_to == 32000
    assert (model.prices[0].understates(32000), model.prices[0].understates(32001)) == (False, True)
    assert model_to_json(model)["prices"][0]["known_up_to_prompt_tokens"] == 32000
    assert list(jsonschema.Draft202012Validator(schema()).iter_errors(json.loads(json.dumps(doc)))) == []
    for bad in (0, -1, "32K", 1.5, True):
        doc["models"][0]["prices"][0]["known_up_to_prompt_tokens"] = bad
        with pytest.raises(CatalogError) as caught:
            parse_vendor_document(doc)
        assert "prices[0].known_up_to_prompt_tokens" in str(caught.value)
    del doc["models"][0]["prices"][0]["known_up_to_prompt_tokens"]
    assert "known_up_to_prompt_tokens" not in model_to_json(parse_vendor_document(doc)[1][0])["prices"][0]


@pytest.mark.parametrize("language", ["en", "zh"])
def test_the_prices_sheet_note_says_how_far_the_prices_are_known(language):
    from core.workbook.price_notes import client_note

    doc = _doc()
    doc["models"][0]["prices"][0]["known_up_to_prompt_tokens"] = 32000
    _vendor, [model] = parse_vendor_document(doc)
    note = client_note(Labels(language), model.prices[0], model, date(2024, 6, 1), date.isoformat)
    assert ("up to 32,000 tokens" if language == "en" else "不超过 32,000 tokens") in note

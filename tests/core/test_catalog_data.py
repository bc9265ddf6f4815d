"""The bundled catalog: complete, valid against its schema, and holding the 2024 price-war facts."""

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import jsonschema
import pytest

from core.catalog.load import load_catalog
from core.catalog.validate import validate_path

CATALOG_DIR = Path(__file__).resolve().parents[2] / "resources" / "catalog"
VENDORS = {"openai", "anthropic", "google", "mistral", "xai", "deepseek", "bytedance", "alibaba", "baidu",
           "zhipu", "tencent", "iflytek", "moonshot", "minimax"}
PRICE_WAR_IDS = ["openai/gpt-4", "openai/gpt-4-turbo", "openai/gpt-4o", "openai/gpt-4o-mini", "openai/gpt-3.5-turbo",
                 "google/gemini-1.5-flash", "deepseek/deepseek-v2", "bytedance/doubao-pro-32k", "alibaba/qwen-long",
                 "alibaba/qwen-max", "zhipu/glm-3-turbo", "baidu/ernie-speed-8k", "baidu/ernie-lite-8k",
                 "tencent/hunyuan-lite", "iflytek/spark-lite"]


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


def test_every_vendor_file_validates_against_the_schema():
    schema = json.loads((CATALOG_DIR / "catalog.schema.json").read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    files = sorted(p for p in CATALOG_DIR.glob("*.json") if p.name != "catalog.schema.json")
    assert {p.stem for p in files} == VENDORS
    for path in files:
        errors = list(validator.iter_errors(json.loads(path.read_text(encoding="utf-8"))))
        assert not errors, f"{path.name}: {errors[0].message}"
    problems, vendors, models = validate_path(CATALOG_DIR)
    assert problems == [] and vendors == 14 and models >= 60


def test_vendors_have_region_currency_and_pricing_page(catalog):
    assert set(catalog.vendors) == VENDORS
    for vendor in catalog.vendors.values():
        assert vendor.pricing_url.startswith("https://")
        assert vendor.currency == ("CNY" if vendor.region == "CN" else "USD")
    for model in catalog:
        assert len([m for m in catalog if m.vendor_id == model.vendor_id]) >= 2


def test_every_point_has_source_date_and_prices(catalog):
    assert len(catalog) >= 60
    for model in catalog:
        assert model.id.startswith(model.vendor_id + "/")
        for point in model.prices:
            assert point.source and point.checked, model.id
            assert point.base.input >= 0 and point.base.output >= 0


def test_price_war_models_and_their_points(catalog):
    for model_id in PRICE_WAR_IDS:
        assert model_id in catalog.models, model_id

    def at(model_id, day):
        p = catalog.model(model_id).point_at(date.fromisoformat(day))
        return (p.base.input, p.base.output) if p else None

    assert at("alibaba/qwen-long", "2024-05-20")[0] == Decimal(20)
    assert at("alibaba/qwen-long", "2024-05-21") == (Decimal("0.5"), Decimal(2))
    assert at("zhipu/glm-3-turbo", "2024-05-12") == (Decimal(5), Decimal(5))
    assert at("zhipu/glm-3-turbo", "2024-05-13") == (Decimal(1), Decimal(1))
    assert at("openai/gpt-4", "2024-05-01") == (Decimal(30), Decimal(60))
    assert at("openai/gpt-4o", "2024-05-13") == (Decimal(5), Decimal(15))
    assert at("openai/gpt-4o-mini", "2024-07-18") == (Decimal("0.15"), Decimal("0.6"))
    assert at("deepseek/deepseek-v2", "2024-05-06") == (Decimal(1), Decimal(2))
    assert at("bytedance/doubao-pro-32k", "2024-05-15") == (Decimal("0.8"), Decimal(2))
    assert at("baidu/ernie-speed-8k", "2024-05-21") == (Decimal(0), Decimal(0))
    assert at("google/gemini-1.5-flash", "2024-05-14") == (Decimal("0.35"), Decimal("1.05"))
    for model_id in ("deepseek/deepseek-v2", "bytedance/doubao-pro-32k", "alibaba/qwen-long"):
        assert catalog.model(model_id).currency == "CNY"


def test_chinese_vendors_have_current_prices(catalog):
    today = date(2026, 11, 22)
    for vendor in ("deepseek", "bytedance", "alibaba", "baidu", "zhipu", "tencent", "iflytek", "moonshot", "minimax"):
        current = [m for m in catalog if m.vendor_id == vendor and m.point_at(today) and not m.deprecated]
        assert current, vendor


def test_catalog_written_back_by_tokenquote_still_validates(catalog):
    """Projects and imports write prices as decimal strings; the published schema must accept them."""
    from core.catalog.files import model_to_json, vendor_to_json
    schema = json.loads((CATALOG_DIR / "catalog.schema.json").read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    for vendor_id, vendor in catalog.vendors.items():
        doc = {"schema_version": 1, "vendor": vendor_to_json(vendor),
               "models": [model_to_json(m) for m in catalog if m.vendor_id == vendor_id]}
        errors = list(validator.iter_errors(json.loads(json.dumps(doc))))
        assert not errors, f"{vendor_id}: {errors[0].message}"

"""Small catalogs built in a temp folder, so engine rules are tested on figures worked out by hand."""

import json
from decimal import Decimal

from core.catalog.load import load_catalog

D = Decimal


def write_catalog(tmp_path, models, vendor=None):
    vendor = vendor or {"id": "acme", "name": "Acme", "region": "US", "currency": "USD",
                        "pricing_url": "https://acme.example/pricing"}
    doc = {"schema_version": 1, "vendor": vendor, "models": models}
    path = tmp_path / f"{vendor['id']}.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def point(**kw):
    base = {"from": "2024-01-01", "input": 1, "output": 2, "source": "https://acme.example", "checked": "2024-01-02",
            "note": ""}
    base.update(kw)
    return base


def make_acme(tmp_path):
    write_catalog(tmp_path, [
        {"id": "acme/flat", "name": "Flat", "context_window": 32000, "prices": [point(input=2.5, output=10)]},
        {"id": "acme/cached", "name": "Cached", "context_window": 128000,
         "prices": [point(input=2.5, output=10, cached_input=1.25, batch={"factor": 0.5})]},
        {"id": "acme/tiered", "name": "Tiered", "context_window": 1000000,
         "prices": [point(input=1.25, output=10, tiers=[{"above_prompt_tokens": 200000, "input": 2.5, "output": 15}])]},
        {"id": "acme/history", "name": "History", "prices": [
            point(**{"from": "2024-01-01", "input": 20, "output": 20}),
            point(**{"from": "2024-05-21", "input": 0.5, "output": 2})]},
        {"id": "acme/free", "name": "Free", "prices": [point(input=0, output=0)]},
        {"id": "acme/quota", "name": "Quota", "prices": [
            point(input=1, output=2, free_input_tokens_per_month=1000000, free_output_tokens_per_month=500000)]},
        {"id": "acme/peak", "name": "Peak", "prices": [
            point(input=2, output=8, cached_input=0.04,
                  off_peak={"input": 1, "output": 4, "cached_input": 0.02, "hours": "night"})]},
    ])
    cny = {"id": "cnco", "name": "CN Co", "region": "CN", "currency": "CNY", "pricing_url": "https://cn.example"}
    write_catalog(tmp_path, [{"id": "cnco/pro", "name": "豆包 Pro", "prices": [point(input=0.8, output=2)]}], cny)
    return load_catalog([tmp_path], include_bundled=False)



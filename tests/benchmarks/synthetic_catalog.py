"""A synthetic catalog of N models (mixed currencies, tiers, cache, batch, off-peak) for benchmarks."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from core.catalog.model import Catalog, Model, PricePoint, Prices, SegmentPricing, Tier, Vendor


def synthetic_catalog(n: int = 5000) -> Catalog:
    vendors = {
        "usco": Vendor("usco", "US Co", "US", "USD", "https://us.example/pricing"),
        "cnco": Vendor("cnco", "中国公司", "CN", "CNY", "https://cn.example/pricing"),
    }
    models = {}
    for i in range(n):
        vendor = "usco" if i % 2 else "cnco"
        cents = Decimal(i % 997 + 1) / 100
        base = Prices(cents, cents * 4, cents / 10 if i % 3 else None)
        tiers = (Tier.above(128_000, Prices(cents * 2, cents * 8)),) if i % 5 == 0 else ()
        point = PricePoint(date(2024, 1, 1), None, base, tiers,
                           batch=SegmentPricing(factor=Decimal("0.5")) if i % 4 == 0 else None,
                           off_peak=SegmentPricing(prices=Prices(cents / 2, cents * 2)) if i % 7 == 0 else None,
                           source="https://example.invalid", checked=date(2026, 11, 1))
        history = (PricePoint(date(2023, 1, 1), date(2023, 12, 31), Prices(cents * 3, cents * 9)), point)
        model_id = f"{vendor}/model-{i:05d}"
        models[model_id] = Model(model_id, vendor, f"Model {i}", vendors[vendor].currency, 128_000 * (1 + i % 8),
                                 8192, history)
    return Catalog(vendors, models)

from datetime import date
from decimal import Decimal

import pytest

from core.catalog.model import Prices, is_stale
from core.catalog.overrides import Override, apply_overrides
from core.catalog.user import UserCatalog
from core.errors import InputError
from core.pricing.engine import compare
from core.pricing.fx import DEFAULT_RATES
from core.pricing.workload import make_workload

D = Decimal


def monthly(catalog, model_id, day):
    w = make_workload(input_tokens="100M", output_tokens="10M")
    rows = {r.model_id: r for r in compare(catalog, [w], as_of=day, currency="USD", fx=DEFAULT_RATES).rows}
    return rows[model_id]


def test_vendor_discount_applies_inside_its_dates_only(acme):
    o = Override("acme", date(2025, 1, 1), date(2025, 6, 30), discount_pct=D(20), note="MSA 2025")
    catalog = apply_overrides(acme, [o])
    before = monthly(catalog, "acme/flat", date(2024, 12, 31))
    during = monthly(catalog, "acme/flat", date(2025, 3, 1))
    after = monthly(catalog, "acme/flat", date(2025, 7, 1))
    assert before.monthly_cost == D("350.00")            # 100 × 2.5 + 10 × 10
    assert during.monthly_cost == D("280.00")            # 20% off
    assert after.monthly_cost == D("350.00")             # list price resumes
    assert "negotiated" in during.point.layer and "MSA 2025" in during.point.note
    assert "negotiated" not in before.point.layer


def test_discount_scales_tiers_and_splits_history(acme):
    o = Override("acme/history", date(2024, 5, 1), None, discount_pct=D(50))
    model = apply_overrides(acme, [o]).model("acme/history")
    spans = [(p.start, p.end, p.base.input) for p in model.prices]
    assert spans == [(date(2024, 1, 1), date(2024, 4, 30), D(20)), (date(2024, 5, 1), date(2024, 5, 20), D(10)),
                     (date(2024, 5, 21), None, D("0.25"))]
    tiered = apply_overrides(acme, [Override("acme/tiered", date(2024, 1, 1), discount_pct=D(10))]).model("acme/tiered")
    assert tiered.prices[0].tiers[0].prices.input == D("2.25")


def test_negotiated_price_for_one_model(acme):
    o = Override("acme/flat", date(2025, 1, 1), prices=Prices(D(2), D(8)))
    row = monthly(apply_overrides(acme, [o]), "acme/flat", date(2025, 2, 1))
    assert row.monthly_cost == D("280.00")
    with pytest.raises(InputError):
        Override("acme", date(2025, 1, 1), prices=Prices(D(1), D(1)))
    with pytest.raises(InputError):
        apply_overrides(acme, [Override("nobody", date(2025, 1, 1), discount_pct=D(5))])


def test_user_catalog_layers_overrides_and_reset(tmp_path, acme):
    user = UserCatalog(tmp_path / "data" / "catalog")
    user.save_overrides([Override("openai", date(2026, 1, 1), discount_pct=D(20), note="negotiated 20%")])
    built = user.build()
    gpt = built.model("openai/gpt-4o").point_at(date(2026, 11, 1))
    assert gpt.base.input == D("2.5") * D("0.8") and "negotiated" in gpt.layer
    user.set_layer_enabled("negotiated", False)
    assert user.build().model("openai/gpt-4o").point_at(date(2026, 11, 1)).base.input == D("2.5")
    user.set_layer_enabled("negotiated", True)
    backup = user.reset_to_bundled()
    assert backup is not None and (backup / "overrides.json").exists()
    assert user.build().model("openai/gpt-4o").point_at(date(2026, 11, 1)).base.input == D("2.5")


def test_stale_prices():
    from core.catalog.model import PricePoint
    p = PricePoint(date(2024, 1, 1), None, Prices(D(1), D(1)), checked=date(2026, 1, 1))
    assert is_stale(p, date(2026, 11, 22), 180)
    assert not is_stale(p, date(2026, 3, 1), 180)
    # a price that ended is history: no later check would change it (it was "930 days" stale in Wei's May 2024)
    ended = PricePoint(date(2024, 1, 1), date(2024, 5, 20), Prices(D(1), D(1)))   # never checked
    assert not is_stale(ended, date(2026, 11, 22), 180)
    assert is_stale(ended, date(2024, 5, 19), 180)        # while it was in force, unchecked is stale


def test_a_negotiated_price_keeps_the_catalogs_limit_on_prompt_length():
    """A negotiated price without tiers says nothing of longer prompts: the catalog's "known up to 32K" holds."""
    from core.catalog.load import load_catalog

    flash = "bytedance/doubao-seed-1.6-flash"
    catalog = apply_overrides(load_catalog(), [Override(flash, date(2026, 12, 1), prices=Prices(D("0.1"), D(1)))])
    point = catalog.model(flash).point_at(date(2026, 12, 2))
    assert point.base == Prices(D("0.1"), D(1)) and point.known_up_to == 32000

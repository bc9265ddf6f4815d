"""The pricing rules of DESIGN.md, each checked against figures worked out by hand."""

from datetime import date

import pytest
from catalog_factory import D

from core.errors import FxError, InputError
from core.pricing.engine import NOTE_NO_BATCH, NOTE_TOO_LONG, Pricer, compare
from core.pricing.fx import DEFAULT_RATES, FxRate, FxTable
from core.pricing.projection import add_months, project
from core.pricing.quote import quote_line
from core.pricing.workload import Workload, make_workload


def rows_by_id(comparison):
    return {r.model_id: r for r in comparison.rows}


def test_input_and_output_priced_separately(acme):
    w = make_workload(input_tokens="300M", output_tokens="60M")
    rows = rows_by_id(compare(acme, [w], as_of=date(2025, 1, 1), currency="USD", fx=DEFAULT_RATES))
    flat = rows["acme/flat"]
    assert (flat.input_cost, flat.output_cost) == (D("750.00"), D("600.00"))
    assert flat.monthly_cost_native == D("1350.00")
    assert flat.monthly_cost == D("1350.00") and flat.annual_cost == D("16200.00")


def test_cache_hits_and_batch_factor(acme):
    w = make_workload(input_tokens="300M", output_tokens="60M", cache_hit=40, batch=10)
    row = rows_by_id(compare(acme, [w], as_of=date(2025, 1, 1), currency="USD", fx=DEFAULT_RATES))["acme/cached"]
    # standard 90%: 162M misses × 2.5 + 108M hits × 1.25; batch 10% at half price: 18M × 1.25 + 12M × 0.625
    assert row.input_cost == D("405") + D("135") + D("22.5") + D("7.5")
    assert row.output_cost == D("540") + D("30")
    assert row.notes == ()


def test_missing_batch_price_is_billed_at_standard_and_said(acme):
    w = make_workload(input_tokens="100M", output_tokens="0", batch=50)
    row = rows_by_id(compare(acme, [w], as_of=date(2025, 1, 1), currency="USD", fx=DEFAULT_RATES))["acme/flat"]
    assert row.input_cost == D("250.00")
    assert NOTE_NO_BATCH in row.notes


def test_off_peak_explicit_prices(acme):
    w = make_workload(input_tokens="100M", output_tokens="10M", cache_hit=50, off_peak=50)
    row = rows_by_id(compare(acme, [w], as_of=date(2025, 1, 1), currency="USD", fx=DEFAULT_RATES))["acme/peak"]
    # standard: 25M miss × 2 + 25M hit × 0.04; off-peak: 25M × 1 + 25M × 0.02
    assert row.input_cost == D("50") + D("1") + D("25") + D("0.5")
    assert row.output_cost == D("5") * 8 + D("5") * 4


def test_tier_chosen_per_request_whole_request_billed(acme):
    small = make_workload(input_tokens="100M", output_tokens="10M", prompt_tokens="150K")
    large = make_workload(input_tokens="100M", output_tokens="10M", prompt_tokens="250K")
    low = rows_by_id(compare(acme, [small], as_of=date(2025, 1, 1), currency="USD", fx=DEFAULT_RATES))["acme/tiered"]
    high = rows_by_id(compare(acme, [large], as_of=date(2025, 1, 1), currency="USD", fx=DEFAULT_RATES))["acme/tiered"]
    assert (low.input_cost, low.output_cost) == (D("125.00"), D("100.00"))
    assert (high.input_cost, high.output_cost) == (D("250.00"), D("150.00"))   # not graduated slices
    assert high.prices.tier_above == 200000


def test_context_window_too_small_is_unranked(acme):
    w = make_workload(input_tokens="10M", output_tokens="1M", prompt_tokens="60K")
    rows = rows_by_id(compare(acme, [w], as_of=date(2025, 1, 1), currency="USD", fx=DEFAULT_RATES))
    assert not rows["acme/flat"].fits_context and rows["acme/flat"].rank is None
    assert NOTE_TOO_LONG in rows["acme/flat"].notes
    assert rows["acme/cached"].rank is not None


def test_as_of_selects_point_in_force(acme):
    w = make_workload(input_tokens="10B", output_tokens="0")
    before = rows_by_id(compare(acme, [w], as_of=date(2024, 5, 20), currency="USD", fx=DEFAULT_RATES))
    after = rows_by_id(compare(acme, [w], as_of=date(2024, 5, 21), currency="USD", fx=DEFAULT_RATES))
    assert before["acme/history"].input_cost == D("200000.00")
    assert after["acme/history"].input_cost == D("5000.00")
    earlier = compare(acme, [w], as_of=date(2023, 1, 1), currency="USD", fx=DEFAULT_RATES)
    assert earlier.rows == []


def test_free_models_and_free_quota(acme):
    w = make_workload(input_tokens="3M", output_tokens="1M")
    rows = rows_by_id(compare(acme, [w], as_of=date(2025, 1, 1), currency="USD", fx=DEFAULT_RATES))
    assert rows["acme/free"].monthly_cost == D("0.00")
    assert rows["acme/free"].rank == 1
    assert rows["acme/quota"].input_cost == D("2.00")    # 3M − 1M free, × 1
    assert rows["acme/quota"].output_cost == D("1.00")   # 1M − 0.5M free, × 2


def test_cny_prices_stay_cny_and_convert_through_fx(acme):
    fx = FxTable((FxRate("USD", "CNY", D("7.2"), date(2024, 5, 1)),))
    w = make_workload(input_tokens="10B", output_tokens="1B")
    cmp = compare(acme, [w], as_of=date(2025, 1, 1), currency="USD", fx=fx)
    pro = rows_by_id(cmp)["cnco/pro"]
    assert pro.price_currency == "CNY"
    assert (pro.input_cost, pro.output_cost, pro.monthly_cost_native) == (D("8000.00"), D("2000.00"), D("10000.00"))
    assert pro.monthly_cost == D("1388.89")     # 10000 / 7.2 = 1388.888… HALF_UP
    cny = rows_by_id(compare(acme, [w], as_of=date(2025, 1, 1), currency="CNY", fx=fx))
    assert cny["acme/flat"].monthly_cost == (D("25000.00") + D("10000.00")) * D("7.2")


def test_missing_fx_rate_names_the_pair(acme):
    with pytest.raises(FxError) as info:
        compare(acme, [Workload()], as_of=date(2025, 1, 1), currency="EUR", fx=FxTable())
    assert "USD→EUR" in str(info.value) or "→EUR" in str(info.value)


def test_cross_rate_through_usd():
    fx = FxTable((FxRate("USD", "CNY", D("7.2"), date(2024, 1, 1)), FxRate("EUR", "USD", D("1.08"), date(2024, 1, 1))))
    assert fx.rate("EUR", "CNY") == D("1.08") * D("7.2")
    assert [s.rate.pair for s in fx.path("CNY", "EUR")] == ["USD/CNY", "EUR/USD"]


def test_rank_and_difference_to_cheapest(acme):
    w = make_workload(input_tokens="1M", output_tokens="1M")
    cmp = compare(acme, [w], as_of=date(2025, 1, 1), currency="USD", fx=DEFAULT_RATES)
    ranked = [r for r in cmp.rows if r.rank is not None]
    assert ranked[0].monthly_cost == min(r.monthly_cost for r in ranked)
    assert all(r.diff_to_cheapest == r.monthly_cost - ranked[0].monthly_cost for r in ranked)
    assert [r.rank for r in ranked] == sorted(r.rank for r in ranked)


def test_several_workloads_total_is_sum_of_rounded_lines(acme):
    a = make_workload("A", input_tokens="1234567", output_tokens="7654321", cache_hit="33.3")
    b = make_workload("B", input_tokens="999999", output_tokens="1", batch="10")
    cmp = compare(acme, [a, b], as_of=date(2025, 1, 1), currency="CNY", fx=DEFAULT_RATES)
    for row in cmp.rows:
        parts = [r for rows in cmp.by_workload.values() for r in rows if r.model_id == row.model_id]
        assert row.monthly_cost == sum(p.monthly_cost for p in parts)
        assert row.input_cost == sum(p.input_cost for p in parts)
        # the index every view reads a workload's row through (options, plans chart, workbook) finds the same row
        assert [cmp.workload_rows(w).get(row.model_id) for w in ("A", "B")] == parts
    assert cmp.workload_rows("not compared") == {}


def test_quote_arithmetic_order_and_rounded_lines():
    line = quote_line(D("1000.00"), "USD", D("10"), D("25"), D("6"))
    assert (line.discount, line.net_cost, line.markup, line.client_price, line.tax, line.total) == (
        D("100.00"), D("900.00"), D("225.00"), D("1125.00"), D("67.50"), D("1192.50"))
    odd = quote_line(D("333.33"), "USD", D("7"), D("13"), D("8.25"))
    assert odd.total == odd.client_price + odd.tax
    assert odd.annual().total == odd.total * 12


def test_projection_growth_decline_and_price_history(acme):
    pricer = Pricer(acme)
    w = make_workload(input_tokens="100M", output_tokens="0")
    proj = project(pricer, [w], ["acme/history", "acme/flat"], start=date(2024, 3, 15), months=24,
                   growth_pct=D(8), decline_pct=D(20), currency="USD", fx=DEFAULT_RATES)
    hist = proj.series[0]
    assert hist.base_costs[2] == D("2000.00") and hist.base_costs[3] == D("50.00")  # cut on 2024-05-21: June on
    # The assumed decline is for prices not yet known: it counts its years from June (month 4), the first month at
    # the last known price, so month 13 is not declined yet (the known cut is not counted twice) and month 16 is.
    assert hist.costs[12] == (D(50) * D("1.08") ** 12).quantize(D("0.01"))
    assert hist.costs[15] == (D(50) * D("1.08") ** 15 * D("0.8")).quantize(D("0.01"))
    flat = proj.series[1]
    assert flat.costs[0] == D("250.00")
    assert flat.costs[1] == D("270.00")
    assert flat.costs[12] == (D(250) * D("1.08") ** 12 * D("0.8")).quantize(D("0.01"))
    assert flat.year_totals[0] == sum(flat.costs[:12])
    assert proj.month_starts[1] == date(2024, 4, 1)
    assert add_months(date(2024, 11, 30), 3) == date(2025, 2, 1)


def test_workload_validation_names_field():
    with pytest.raises(InputError) as info:
        make_workload(input_tokens="1M", output_tokens="1M", batch=60, off_peak=50)
    assert "batch" in info.value.where
    with pytest.raises(InputError) as info:
        make_workload(input_tokens="1M", output_tokens="x")
    assert info.value.where == "output tokens"


def test_unknown_model_is_refused(acme):
    with pytest.raises(InputError):
        compare(acme, [Workload()], as_of=date(2025, 1, 1), currency="USD", fx=DEFAULT_RATES, models=["nope/x"])


@pytest.mark.parametrize("currency,rate,digits", [("OMR", "0.3845", 3), ("TND", "2.9713", 3), ("XOF", "605.37", 0),
                                                  ("PYG", "7311.9", 0)])
def test_three_and_zero_digit_display_currencies_round_each_line_to_their_unit(acme, currency, rate, digits):
    fx = DEFAULT_RATES.with_rate(FxRate("USD", currency, D(rate), date(2025, 1, 1), ""))
    w = make_workload(input_tokens="123456789", output_tokens="9876543", cache_hit="33.3")
    comparison = compare(acme, [w], as_of=date(2025, 1, 1), currency=currency, fx=fx)
    flat = rows_by_id(comparison)["acme/flat"]
    native = flat.monthly_cost_native                          # USD, cents
    exact = native * D(rate)
    assert flat.monthly_cost == exact.quantize(D(1).scaleb(-digits), rounding="ROUND_HALF_UP")
    assert -flat.monthly_cost.as_tuple().exponent == digits
    assert flat.annual_cost == flat.monthly_cost * 12
    line = quote_line(flat.monthly_cost, currency, D("7"), D("13"), D("8.25"))
    for part in (line.discount, line.net_cost, line.markup, line.client_price, line.tax, line.total):
        assert -part.as_tuple().exponent == digits
    assert line.total == line.client_price + line.tax

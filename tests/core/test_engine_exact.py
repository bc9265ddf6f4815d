"""The engine's integer arithmetic against the rules written out in Decimal (a reference kept here, not used by
the app): each workload's tokens by segment times the resolved per-1M prices, the free quota off the standard
uncached input and output, each line rounded half up to the price currency's minor unit, the conversion the
exact native × rate ÷ inverse rate rounded once — the same cents for random catalogs, workloads, shares with many
decimals, and every kind of currency."""

from __future__ import annotations

import random
from datetime import date
from decimal import ROUND_HALF_UP, Decimal, localcontext

import pytest
from test_plans import FX, random_catalog

from core.money import MILLION, ZERO, minor_quantum
from core.pricing.engine import Pricer
from core.pricing.fx import FxRate
from core.pricing.rates import EffectivePrices, TokenSplit
from core.pricing.workload import Workload

D = Decimal
AS_OF = date(2024, 6, 1)


def reference_lines(split: TokenSplit, prices: EffectivePrices) -> tuple[Decimal, Decimal]:
    """The unrounded input and output amounts, as DESIGN's pricing rules say them."""
    p_in, p_in_cached, b_in, b_in_cached, o_in, o_in_cached = prices.input_vector
    p_out, b_out, o_out = prices.output_vector
    in_std = max(ZERO, split.in_std - Decimal(prices.free_input_tokens) / MILLION)
    out_std = max(ZERO, split.out_std - Decimal(prices.free_output_tokens) / MILLION)
    raw_in = (in_std * p_in + split.in_std_cached * p_in_cached + split.in_batch * b_in
              + split.in_batch_cached * b_in_cached + split.in_off_peak * o_in + split.in_off_peak_cached * o_in_cached)
    raw_out = out_std * p_out + split.out_batch * b_out + split.out_off_peak * o_out
    return raw_in, raw_out


@pytest.mark.parametrize("seed", range(4))
def test_the_integer_engine_gives_the_reference_cents(seed):
    rnd = random.Random(seed)
    catalog = random_catalog(seed + 100, 300)
    fx = FX.with_rate(FxRate("USD", "JPY", D("151.37"), AS_OF, "")).with_rate(
        FxRate("USD", "OMR", D("0.3845"), AS_OF, ""))
    pricer = Pricer(catalog)
    checked = 0
    for _ in range(6):
        w = Workload("W", rnd.choice([0, 1, 999_999, 123_456_789, 10**15]), rnd.choice([0, 7, 60_000_000, 10**14]),
                     D(rnd.choice(["0", "40", "33.333333333333", "0.001"])), D(rnd.choice(["0", "10", "12.5"])),
                     D(rnd.choice(["0", "5", "0.0001"])), rnd.choice([0, 3000, 150_000, 250_000]))
        for currency in ("USD", "CNY", "JPY", "OMR"):
            rows = pricer.compare([w], as_of=AS_OF, currency=currency, fx=fx).rows
            split = TokenSplit.of(w)
            with localcontext() as ctx:
                ctx.prec = 80    # exact for these magnitudes: no intermediate rounding in the reference
                for row in rows:
                    q = minor_quantum(row.price_currency)
                    raw_in, raw_out = reference_lines(split, row.prices)
                    assert row.input_cost == raw_in.quantize(q, ROUND_HALF_UP), (row.model_id, w)
                    assert row.output_cost == raw_out.quantize(q, ROUND_HALF_UP), (row.model_id, w)
                    numerator, denominator = fx.ratio(row.price_currency, currency)
                    native = row.input_cost + row.output_cost
                    shown = (native * numerator / denominator).quantize(minor_quantum(currency), ROUND_HALF_UP)
                    assert row.monthly_cost == shown and row.monthly_cost_native == native
                    checked += 1
    assert checked > 1000

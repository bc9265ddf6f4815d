"""Plans: a model per workload priced exactly as the comparison prices that workload alone, totals that are the sum
of their lines, the cheapest model that fits each workload (found fast, and the same as pricing every model), and
why the others lost."""

from __future__ import annotations

import random
from datetime import date
from decimal import Decimal

import pytest

from core.catalog.model import Catalog, Model, PricePoint, Prices, SegmentPricing, Tier, Vendor
from core.errors import InputError
from core.pricing import cheapest
from core.pricing.engine import Pricer
from core.pricing.fx import DEFAULT_RATES, FxRate
from core.pricing.plans import (
    CHOSEN,
    LOST_CONTEXT,
    LOST_DEARER,
    LOST_FILTERED,
    LOST_FREE,
    LOST_UNKNOWN_PRICE,
    Constraints,
    Plan,
    cheapest_plan,
    price_plan,
    why_not,
)
from core.pricing.workload import Workload, make_workload

D = Decimal
AS_OF = date(2024, 6, 1)
FX = DEFAULT_RATES.with_rate(FxRate("USD", "CNY", D("7.10"), AS_OF, ""))


def lin_workloads():
    """Lin's three workloads (JOURNEYS.md)."""
    return (make_workload("Support bot", input_tokens="1.2亿", output_tokens="3,000万", cache_hit=40),
            make_workload("Nightly classification", input_tokens="500M", output_tokens="20M", batch=100),
            make_workload("Coding assistant", input_tokens="80M", output_tokens="40M", prompt_tokens="60K"))


def single_row(pricer, w, model_id, currency="CNY", fx=FX, as_of=AS_OF):
    return pricer.compare([w], as_of=as_of, currency=currency, fx=fx, models=[model_id]).rows[0]


def test_a_plan_line_costs_what_compare_gives_for_that_workload_and_model_alone(acme):
    pricer = Pricer(acme)
    workloads = (make_workload("A", input_tokens="300M", output_tokens="60M", cache_hit=40, batch=10),
                 make_workload("B", input_tokens="5M", output_tokens="1M", prompt_tokens="250K"))
    plan = Plan("Mixed", {"A": "acme/cached", "B": "acme/tiered"})
    priced = price_plan(pricer, plan, workloads, as_of=AS_OF, currency="CNY", fx=FX)
    for line, model_id in zip(priced.lines, ("acme/cached", "acme/tiered")):
        row = single_row(pricer, line.workload, model_id)
        assert line.row.input_cost == row.input_cost and line.row.output_cost == row.output_cost
        assert line.row.monthly_cost == row.monthly_cost and line.assigned and line.problem is None
    assert priced.lines[1].row.prices.tier_above == 200000          # the long prompt's tier, as compare bills it
    assert priced.monthly_cost == sum(line.row.monthly_cost for line in priced.lines)
    assert priced.annual_cost == 12 * priced.monthly_cost
    assert priced.native_costs == {"USD": sum(line.row.monthly_cost_native for line in priced.lines)}
    assert priced.complete


def test_the_cheapest_plan_for_lins_workloads_checked_by_hand(acme):
    """Each line is the cheapest paid model that fits that workload; worked out from acme's prices by hand."""
    pricer = Pricer(acme)
    plan = cheapest_plan(pricer, lin_workloads(), as_of=AS_OF, currency="CNY", fx=FX)
    by_name = {line.workload.name: line for line in plan.lines}
    # Support bot: 120M in (40% cached), 30M out. acme/history since 2024-05-21 is 0.5/2 USD: 60 + 60 = 120 USD;
    # cnco/pro 0.8/2 CNY: 96 + 60 = 156 CNY = 21.97 USD; quota 1/2 minus 1M/0.5M free: 119 + 59 = 178 USD.
    assert by_name["Support bot"].model_id == "cnco/pro"
    assert by_name["Support bot"].row.monthly_cost == D("156.00")
    # Nightly: 500M in, 20M out, all batch. cnco/pro (no batch price: standard) 400 + 40 = 440 CNY;
    # acme/cached with batch ×0.5: 625 + 100 = 725 USD; history 250 + 40 = 290 USD = 2059 CNY.
    assert by_name["Nightly classification"].model_id == "cnco/pro"
    assert by_name["Nightly classification"].row.monthly_cost == D("440.00")
    # Coding: 80M/40M with 60K prompts: only models with a context of 60K or more, or unknown, fit.
    coding = by_name["Coding assistant"]
    assert coding.model_id == "cnco/pro" and coding.row.monthly_cost == D("144.00")
    assert plan.monthly_cost == D("740.00") and not plan.problems
    assert all(not line.assigned and line.choice is not None for line in plan.lines)
    assert not any(line.row.point.is_free for line in plan.lines)      # free models only when included
    free = cheapest_plan(pricer, lin_workloads(), as_of=AS_OF, currency="CNY", fx=FX, include_free=True)
    assert {line.model_id for line in free.lines} == {"acme/free"} and free.monthly_cost == 0


def test_the_cheapest_plan_is_never_dearer_than_any_single_model_that_fits_every_workload(acme):
    pricer = Pricer(acme)
    workloads = lin_workloads()
    plan = cheapest_plan(pricer, workloads, as_of=AS_OF, currency="USD", fx=FX)
    combined = pricer.compare(workloads, as_of=AS_OF, currency="USD", fx=FX)
    fitting_all = [r for r in combined.rows if r.fits_context and not r.point.is_free and not r.retired]
    assert fitting_all
    assert all(plan.monthly_cost <= r.monthly_cost for r in fitting_all)


def test_changing_one_workloads_volume_changes_only_its_line(acme):
    pricer = Pricer(acme)
    workloads = list(lin_workloads())
    plan = Plan("P", {"Support bot": "acme/cached"})
    before = price_plan(pricer, plan, workloads, as_of=AS_OF, currency="USD", fx=FX)
    workloads[1] = workloads[1].edited(input_tokens=workloads[1].input_tokens * 2)
    after = price_plan(pricer, plan, workloads, as_of=AS_OF, currency="USD", fx=FX)
    changed = [a.workload.name for a, b in zip(after.lines, before.lines) if a.row.monthly_cost != b.row.monthly_cost]
    assert changed == ["Nightly classification"]
    assert after.monthly_cost - before.monthly_cost == after.lines[1].row.monthly_cost - before.lines[1].row.monthly_cost


def test_constraints_vendors_regions_currencies_context_and_batch_support(acme):
    pricer = Pricer(acme)
    bot, nightly, coding = lin_workloads()
    us = cheapest_plan(pricer, [bot], Constraints(regions=("US",)), as_of=AS_OF, currency="USD", fx=FX)
    assert us.lines[0].model_id.startswith("acme/") and us.lines[0].choice.filtered == 1
    usd = cheapest_plan(pricer, [bot], Constraints(currencies=("USD",), models=("acme/flat", "acme/cached")),
                        as_of=AS_OF, currency="USD", fx=FX)
    assert us.lines[0].choice.candidates > usd.lines[0].choice.candidates == 2
    assert usd.lines[0].model_id == "acme/cached"                  # cache hits at 1.25 beat the flat 2.5
    big = cheapest_plan(pricer, [bot], Constraints(min_context=100_000), as_of=AS_OF, currency="USD", fx=FX)
    assert big.lines[0].model_id in {"acme/cached", "acme/tiered"}  # the unknown context windows are left out
    batch = cheapest_plan(pricer, [nightly], Constraints(batch_support=True), as_of=AS_OF, currency="USD", fx=FX)
    assert batch.lines[0].model_id == "acme/cached"                  # the only model with a batch price
    nothing = cheapest_plan(pricer, [coding], Constraints(models=("acme/flat",)), as_of=AS_OF, currency="USD",
                            fx=FX)
    line = nothing.lines[0]
    assert line.row is None and line.problem.code == "plan_nothing_fits" and not nothing.complete
    assert line.choice.too_small == 1 and line.choice.candidates == 0   # 60K prompts, a 32K context


def test_a_line_says_what_it_beat_and_why_each_other_model_lost(acme):
    pricer = Pricer(acme)
    coding = lin_workloads()[2]
    constraints = Constraints(vendors=("acme", "cnco"), currencies=("USD", "CNY"))
    plan = cheapest_plan(pricer, [coding], constraints, as_of=AS_OF, currency="USD", fx=FX)
    line = plan.lines[0]
    assert line.model_id == "cnco/pro"
    choice = line.choice
    assert choice.too_small == 1 and choice.free == 1 and choice.beat == choice.candidates - 1 > 0
    assert choice.runner_up is not None and choice.runner_up.monthly_cost >= line.row.monthly_cost
    assert why_not(pricer, plan, "Coding assistant", "cnco/pro") == CHOSEN
    assert why_not(pricer, plan, "Coding assistant", "acme/flat") == LOST_CONTEXT
    assert why_not(pricer, plan, "Coding assistant", "acme/free") == LOST_FREE
    assert why_not(pricer, plan, "Coding assistant", choice.runner_up.model_id) == LOST_DEARER
    euro = cheapest_plan(pricer, [coding], Constraints(currencies=("EUR",)), as_of=AS_OF, currency="USD", fx=FX)
    assert why_not(pricer, euro, "Coding assistant", "cnco/pro") == LOST_FILTERED


def test_an_assigned_model_that_no_longer_fits_or_has_no_price_is_marked(acme):
    pricer = Pricer(acme)
    coding = lin_workloads()[2]
    plan = Plan("P", {"Coding assistant": "acme/flat"})
    line = price_plan(pricer, plan, [coding], as_of=AS_OF, currency="USD", fx=FX).lines[0]
    assert line.row is not None and not line.row.fits_context     # priced, as the comparison prices it
    assert line.problem.code == "plan_prompt_too_long" and "acme/flat" in str(line.problem)
    early = price_plan(pricer, Plan("P", {"Coding assistant": "acme/history"}), [coding],
                       as_of=date(2023, 6, 1), currency="USD", fx=FX)
    assert early.lines[0].row is None and early.lines[0].problem.code == "unpriced_not_yet"
    assert not early.complete and early.monthly_cost == 0
    unknown = price_plan(pricer, Plan("P", {"Coding assistant": "acme/nope"}), [coding], as_of=AS_OF,
                         currency="USD", fx=FX)
    assert unknown.lines[0].problem.code == "model_unknown"


def test_plan_names_and_assignments_are_checked():
    with pytest.raises(InputError, match="plan name"):
        Plan("  ")
    with pytest.raises(InputError):
        Plan("=1+1\ud800")
    with pytest.raises(InputError):
        Constraints(min_context=-1)
    plan = Plan("P", {"A": "x/y"})
    assert plan.assigned("A", None).assignments == {} and plan.assigned("B", "z/w").assignments == {"A": "x/y",
                                                                                                       "B": "z/w"}


def random_catalog(seed: int, n: int) -> Catalog:
    """``n`` models with random prices in USD, CNY and JPY, tiers, cache, batch, off-peak, free quotas and
    contexts; many exact ties (prices from a small set) so the tie rule is exercised."""
    rnd = random.Random(seed)
    vendors = {"us": Vendor("us", "US", "US", "USD", "https://us.example"),
               "cn": Vendor("cn", "CN", "CN", "CNY", "https://cn.example"),
               "jp": Vendor("jp", "JP", "EU", "JPY", "https://jp.example")}
    steps = [D(x) for x in ("0", "0.05", "0.1", "0.15", "0.375", "0.5", "1", "1.25", "2", "2.5", "3", "10", "12.5")]
    models = {}
    for i in range(n):
        vendor = rnd.choice(list(vendors))
        base = Prices(rnd.choice(steps[1:]), rnd.choice(steps[1:]), rnd.choice([None, *steps[:6]]))
        tiers = (Tier.above(rnd.choice([32_000, 128_000, 199_999]), Prices(base.input * 2, base.output * 2)),) \
            if rnd.random() < 0.3 else ()
        point = PricePoint(date(2024, 1, 1), None, base, tiers,
                           batch=SegmentPricing(factor=D("0.5")) if rnd.random() < 0.3 else None,
                           off_peak=SegmentPricing(prices=Prices(base.input / 2, base.output / 2))
                           if rnd.random() < 0.2 else None,
                           free_input_tokens=rnd.choice([0, 0, 0, 1_000_000]),
                           free_output_tokens=rnd.choice([0, 0, 0, 500_000]),
                           source="https://example.invalid",
                           # every ninth model's prices are known only for short prompts (never the cheapest above)
                           known_up_to=32_000 if i % 9 == 0 else None)
        model_id = f"{vendor}/m{i:05d}"
        models[model_id] = Model(model_id, vendor, f"M{i}", vendors[vendor].currency,
                                 rnd.choice([None, 8192, 32_000, 128_000, 1_000_000]), None, (point,))
    return Catalog(vendors, models)


@pytest.mark.parametrize("seed", range(6))
def test_the_fast_search_finds_what_pricing_every_model_finds(seed, monkeypatch):
    """The estimate-then-price search (numpy) against the engine pricing every candidate, ties included."""
    catalog = random_catalog(seed, 700)
    rnd = random.Random(seed)
    fx = FX.with_rate(FxRate("USD", "JPY", D("151.37"), AS_OF, ""))
    workloads = [Workload(f"W{k}", rnd.choice([0, 1, 999_999, 123_456_789, 10**12]),
                          rnd.choice([0, 7, 60_000_000, 10**11]), D(rnd.choice([0, 40, "33.3"])),
                          D(rnd.choice([0, 10, 95])), D(rnd.choice([0, 0, 5])),
                          rnd.choice([0, 3000, 60_000, 150_000, 250_000])) for k in range(8)]
    estimated = []
    real = cheapest._two_cheapest_estimated
    monkeypatch.setattr(cheapest, "_two_cheapest_estimated", lambda *a: estimated.append(a[1]) or real(*a))
    for currency in ("USD", "CNY", "JPY"):
        pricer = Pricer(catalog)
        fast = cheapest_plan(pricer, workloads, as_of=AS_OF, currency=currency, fx=fx)
        monkeypatch.setattr(cheapest, "FAST_FROM", 10**9)
        plain = cheapest_plan(Pricer(catalog), workloads, as_of=AS_OF, currency=currency, fx=fx)
        monkeypatch.setattr(cheapest, "FAST_FROM", 400)
        for f, p in zip(fast.lines, plain.lines):
            assert (f.model_id, f.monthly_cost) == (p.model_id, p.monthly_cost), (currency, f.workload)
            assert f.choice == p.choice
        # and the brute force: every fitting paid model priced on its own
        for line in fast.lines:
            rows = [r for r in pricer.compare([line.workload], as_of=AS_OF, currency=currency, fx=fx).rows
                    if r.rankable]
            assert line.row.monthly_cost == min(r.monthly_cost for r in rows)
            assert line.model_id == min(r.model_id for r in rows if r.monthly_cost == line.row.monthly_cost)
    assert estimated       # the fast search ran (workloads whose prompt most models hold)


def test_a_price_known_only_for_short_prompts_is_never_the_cheapest_and_says_so(tmp_path):
    """Doubao Seed 1.6 Flash's catalog price is its <32K tier only: a 60K prompt priced at it would be the
    cheapest, understated. The engine prices it (the floor) with a note, unranked; a plan never picks it and
    says why; a plan that assigns it is marked."""
    from catalog_factory import point, write_catalog

    from core.catalog.load import load_catalog
    from core.pricing.engine import NOTE_UNDERSTATED

    write_catalog(tmp_path, [
        {"id": "acme/short", "name": "Short", "context_window": 256000,
         "prices": [point(input=0.15, output=1.5, known_up_to_prompt_tokens=32000)]},
        {"id": "acme/long", "name": "Long", "context_window": 256000, "prices": [point(input=1, output=2)]},
    ])
    pricer = Pricer(load_catalog([tmp_path], include_bundled=False))
    short_prompt = make_workload("Short", input_tokens="80M", output_tokens="40M", prompt_tokens="32000")
    long_prompt = make_workload("Long", input_tokens="80M", output_tokens="40M", prompt_tokens="60K")
    usd = dict(as_of=AS_OF, currency="USD", fx=FX)

    within = pricer.compare([short_prompt], **usd)
    assert [(r.model_id, r.rank, r.understated, r.notes) for r in within.rows] == [
        ("acme/short", 1, False, ()), ("acme/long", 2, False, ())]
    beyond = pricer.compare([long_prompt], **usd)
    assert [(r.model_id, r.rank, r.understated, r.notes) for r in beyond.rows] == [
        ("acme/long", 1, False, ()), ("acme/short", None, True, (NOTE_UNDERSTATED,))]
    floor = beyond.row("acme/short")
    assert floor.monthly_cost == D("72.00") and floor.diff_to_cheapest is None   # 80 × 0.15 + 40 × 1.5, a floor
    both = pricer.compare([short_prompt, long_prompt], **usd)   # understated in one workload: the total is too
    assert both.row("acme/short").understated and both.row("acme/short").rank is None

    plan = cheapest_plan(pricer, [short_prompt, long_prompt], **usd)
    assert [line.model_id for line in plan.lines] == ["acme/short", "acme/long"]
    long_line = plan.line("Long")
    assert (long_line.choice.candidates, long_line.choice.too_small, long_line.choice.unknown_price) == (1, 0, 1)
    assert why_not(pricer, plan, "Long", "acme/short") == LOST_UNKNOWN_PRICE
    assigned = price_plan(pricer, Plan("Mine", {"Long": "acme/short"}), [long_prompt], **usd)
    problem = assigned.line("Long").problem
    assert problem is not None and problem.code == "plan_price_understated"
    assert "32000" in str(problem) and "60000" in str(problem)


def test_an_unknown_output_price_is_a_floor_for_a_workload_with_output(tmp_path):
    """Qwen-Long before the 2024 cut: the input price is known, the output price is a stand-in. A workload with
    output is priced as a floor there (noted, unranked, never a plan's cheapest); one without output is not."""
    from catalog_factory import point, write_catalog

    from core.catalog.load import load_catalog
    from core.pricing.engine import NOTE_OUTPUT_UNKNOWN

    write_catalog(tmp_path, [
        {"id": "acme/old", "name": "Old", "prices": [point(input=0.5, output=0.1, output_price_unknown=True)]},
        {"id": "acme/new", "name": "New", "prices": [point(input=1, output=2)]},
    ])
    pricer = Pricer(load_catalog([tmp_path], include_bundled=False))
    usd = dict(as_of=AS_OF, currency="USD", fx=FX)
    reading = make_workload("Reading", input_tokens="10M", output_tokens="0")
    writing = make_workload("Writing", input_tokens="10M", output_tokens="1M")
    assert [(r.model_id, r.rank, r.notes) for r in pricer.compare([reading], **usd).rows] == [
        ("acme/old", 1, ()), ("acme/new", 2, ())]
    assert [(r.model_id, r.rank, r.notes) for r in pricer.compare([writing], **usd).rows] == [
        ("acme/new", 1, ()), ("acme/old", None, (NOTE_OUTPUT_UNKNOWN,))]
    plan = cheapest_plan(pricer, [reading, writing], **usd)
    assert [line.model_id for line in plan.lines] == ["acme/old", "acme/new"]
    assert plan.line("Writing").choice.unknown_price == 1
    assigned = price_plan(pricer, Plan("Mine", {"Writing": "acme/old"}), [writing], **usd)
    assert assigned.line("Writing").problem.code == "plan_output_price_unknown"


def test_a_plan_named_as_new_plans_are_is_not_labelled_plan_twice():
    """"Plan: Mixed" tells a plan from a model among a quote's options; "Plan: Plan 2" and "组合方案：组合方案"
    (what the default names read as) said the word twice."""
    from core.pricing.plans import names_itself_a_plan
    from core.workbook.labels import Labels

    for name in ("Plan", "plan 2", "Plan 12", "组合方案", "组合方案 3"):
        assert names_itself_a_plan(name), name
    for name in ("Mixed", "Planning bot", "Plan-B", "My plan", "组合方案A"):
        assert not names_itself_a_plan(name), name
    assert names_itself_a_plan("Plano 2", "Plano")      # the word of another language the app speaks
    en, zh = Labels("en"), Labels("zh")
    assert (en.plan("Plan 2"), en.plan("Mixed")) == ("Plan 2", "Plan: Mixed")
    assert (zh.plan("组合方案"), zh.plan("混合")) == ("组合方案", "组合方案：混合")

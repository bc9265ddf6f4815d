"""Engine budgets (DESIGN, issue 12), each printed beside a peer or floor measured in the same run:

- re-pricing 5,000 models for one workload after one edit: ≤ 20 ms, and ahead of tokencost pricing 5,000 models
  (float costs per token, no tiers, no cache/batch shares: the fastest peer library) — ratio engine / tokencost;
- the cheapest plan for 20 workloads over 5,000 models: ≤ 100 ms (after one edit, and with cold caches);
- a 36-month projection of 50 chosen models: ≤ 20 ms;
- for scale, a plain float floor (no tiers, no Decimal).

Run: ``python tests/benchmarks/bench_engine.py`` (tokencost comes with ``pip install -e '.[bench]'``; without it
the peer's line says so). Times are process CPU time, best and median of repeated runs.
"""

from __future__ import annotations

import statistics
import sys
import time
from datetime import date
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic_catalog import synthetic_catalog

from core.pricing.engine import Pricer
from core.pricing.fx import DEFAULT_RATES
from core.pricing.plans import cheapest_plan
from core.pricing.projection import project
from core.pricing.workload import Workload, make_workload

AS_OF = date(2026, 11, 22)


def best_of(fn, repeat=15):
    times = []
    for _ in range(repeat):
        start = time.process_time()
        fn()
        times.append(time.process_time() - start)
    return min(times), statistics.median(times)


def tokencost_run(n: int):
    """tokencost's own entry point for n models (its price map, cycled), input and output each: what a script
    using it does to cost a month's tokens per model. None when tokencost is not installed."""
    try:
        from tokencost import calculate_cost_by_tokens
        from tokencost.constants import TOKEN_COSTS
    except ImportError:
        return None
    names = []
    for name, entry in TOKEN_COSTS.items():
        if "input_cost_per_token" in entry and "output_cost_per_token" in entry:
            try:
                calculate_cost_by_tokens(1, name, "input")
                calculate_cost_by_tokens(1, name, "output")
            except (KeyError, ValueError, TypeError):
                continue
            names.append(name)
    models = (names * (n // len(names) + 1))[:n]

    def run():
        return sorted(calculate_cost_by_tokens(300_000_000, m, "input") + calculate_cost_by_tokens(60_000_000, m,
                                                                                                   "output")
                      for m in models)
    return run


def plan_workloads() -> list[Workload]:
    """20 workloads of different sizes and shapes (cache, batch, prompt sizes that select long-context tiers)."""
    return [Workload(f"W{i}", 10_000_000 * (i + 1), 2_000_000 * (i + 1), Decimal(i * 3 % 50), Decimal(i * 5 % 40),
                     Decimal(0), (0, 3000, 60_000, 150_000, 300_000)[i % 5]) for i in range(20)]


def main() -> None:
    catalog = synthetic_catalog(5000)
    pricer = Pricer(catalog)
    workloads = [make_workload(input_tokens="300M", output_tokens="60M", cache_hit=40, batch=10, off_peak=5,
                               prompt_tokens="3K")]
    pricer.compare(workloads, as_of=AS_OF, currency="CNY", fx=DEFAULT_RATES)  # warm caches, as the app is
    edits = iter(range(10**9))

    def reprice_after_edit():
        w = workloads[0].edited(input_tokens=300_000_000 + next(edits))
        pricer.compare([w], as_of=AS_OF, currency="CNY", fx=DEFAULT_RATES)

    floats = [(float(m.latest.base.input), float(m.latest.base.output)) for m in catalog]

    def float_floor():
        return sorted(300e6 / 1e6 * i + 60e6 / 1e6 * o for i, o in floats)

    peer = tokencost_run(5000)
    t_cold = best_of(lambda: Pricer(catalog).compare(workloads, as_of=AS_OF, currency="CNY", fx=DEFAULT_RATES), 5)
    # The engine and the peer alternate, so load on the machine hits both alike.
    t_edit, t_peer = best_of(reprice_after_edit), best_of(peer) if peer else None
    t_edit = min(t_edit, best_of(reprice_after_edit))
    if peer:
        t_peer = min(t_peer, best_of(peer))
    t_floor = best_of(float_floor)

    many = plan_workloads()
    plan_pricer = Pricer(catalog)
    cheapest_plan(plan_pricer, many, as_of=AS_OF, currency="CNY", fx=DEFAULT_RATES)   # numpy loaded, caches warm

    def plan_after_edit():
        many[0] = many[0].edited(input_tokens=many[0].input_tokens + 1)
        cheapest_plan(plan_pricer, many, as_of=AS_OF, currency="CNY", fx=DEFAULT_RATES)

    t_plan = best_of(plan_after_edit, 9)
    t_plan_cold = best_of(lambda: cheapest_plan(Pricer(catalog), many, as_of=AS_OF, currency="CNY",
                                                fx=DEFAULT_RATES), 3)
    chosen = [m.id for m in list(catalog)[:50]]
    t_proj = best_of(lambda: project(Pricer(catalog), workloads, chosen, start=AS_OF, months=36,
                                     growth_pct=Decimal(8), decline_pct=Decimal(20), currency="CNY",
                                     fx=DEFAULT_RATES), 7)

    print(f"re-price 5,000 models after one edit: best {t_edit[0]*1e3:.1f} ms, median {t_edit[1]*1e3:.1f} ms "
          f"(budget 20 ms)")
    if t_peer:
        print(f"  tokencost, 5,000 models (float, no tiers) same run: best {t_peer[0]*1e3:.1f} ms, median "
              f"{t_peer[1]*1e3:.1f} ms; engine / tokencost {t_edit[0]/t_peer[0]:.2f}x (budget < 1)")
    else:
        print("  tokencost not installed (pip install -e '.[bench]'): no peer measured")
    print(f"  first pricing at a new as-of date (cold caches): best {t_cold[0]*1e3:.1f} ms")
    print(f"  float floor (no tiers, no Decimal) same run: best {t_floor[0]*1e3:.2f} ms; "
          f"ratio {t_edit[0]/t_floor[0]:.1f}x")
    print(f"cheapest plan, 20 workloads x 5,000 models, after one edit: best {t_plan[0]*1e3:.1f} ms, median "
          f"{t_plan[1]*1e3:.1f} ms (budget 100 ms); cold caches: best {t_plan_cold[0]*1e3:.1f} ms")
    print(f"36-month projection of 50 models: best {t_proj[0]*1e3:.1f} ms, median {t_proj[1]*1e3:.1f} ms "
          f"(budget 20 ms)")


if __name__ == "__main__":
    main()

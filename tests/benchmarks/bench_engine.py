"""Engine budgets (DESIGN): re-pricing 5,000 models after one edit ≤ 20 ms; a 36-month projection of
50 chosen models ≤ 20 ms. Printed with a floor measured in the same run: the same 5,000 models priced with
plain float arithmetic and no tiers (what the fastest peer library does), so the ratio shows what exact
money and the full rules cost. Run: python tests/benchmarks/bench_engine.py
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
from core.pricing.projection import project
from core.pricing.workload import make_workload


def best_of(fn, repeat=15):
    times = []
    for _ in range(repeat):
        start = time.process_time()
        fn()
        times.append(time.process_time() - start)
    return min(times), statistics.median(times)


def main() -> None:
    catalog = synthetic_catalog(5000)
    pricer = Pricer(catalog)
    as_of = date(2026, 11, 22)
    workloads = [make_workload(input_tokens="300M", output_tokens="60M", cache_hit=40, batch=10, off_peak=5,
                               prompt_tokens="3K")]
    pricer.compare(workloads, as_of=as_of, currency="CNY", fx=DEFAULT_RATES)  # warm caches, as the app is
    edits = iter(range(10**9))

    def reprice_after_edit():
        w = workloads[0].edited(input_tokens=300_000_000 + next(edits))
        pricer.compare([w], as_of=as_of, currency="CNY", fx=DEFAULT_RATES)

    floats = [(float(m.latest.base.input), float(m.latest.base.output)) for m in catalog]

    def float_floor():
        costs = sorted(300e6 / 1e6 * i + 60e6 / 1e6 * o for i, o in floats)
        return costs

    cold = Pricer(catalog)
    t_cold = best_of(lambda: Pricer(catalog).compare(workloads, as_of=as_of, currency="CNY", fx=DEFAULT_RATES), 5)
    t_edit = best_of(reprice_after_edit)
    t_floor = best_of(float_floor)
    chosen = [m.id for m in list(catalog)[:50]]
    t_proj = best_of(lambda: project(cold, workloads, chosen, start=as_of, months=36, growth_pct=Decimal(8),
                                     decline_pct=Decimal(20), currency="CNY", fx=DEFAULT_RATES), 7)
    print(f"re-price 5,000 models after one edit: best {t_edit[0]*1e3:.1f} ms, median {t_edit[1]*1e3:.1f} ms "
          f"(budget 20 ms)")
    print(f"  first pricing at a new as-of date (cold caches): best {t_cold[0]*1e3:.1f} ms")
    print(f"  float floor (no tiers, no Decimal) same run: best {t_floor[0]*1e3:.2f} ms; "
          f"ratio {t_edit[0]/t_floor[0]:.1f}x")
    print(f"36-month projection of 50 models: best {t_proj[0]*1e3:.1f} ms, median {t_proj[1]*1e3:.1f} ms "
          f"(budget 20 ms)")


if __name__ == "__main__":
    main()

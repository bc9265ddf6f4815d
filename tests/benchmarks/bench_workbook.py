"""Workbook budgets (DESIGN): a 50-model quote with a 36-month projection ≤ 1 s; a 5,000-row comparison
workbook ≤ 1.5× what ``pandas.DataFrame.to_excel`` (openpyxl engine) takes for the same table, measured in
the same run. Both figures are printed; the process exits 1 when one is over budget.

"The same table" is the Comparison sheet's: one row per model, the same 23 columns (vendor, model, currency,
the resolved prices, the costs, FX, rank, notes) as plain values. The workbook also writes the Inputs,
Quote, Projection and Prices sheets (5,000 price points with sources), formulas and styles.

Run: python tests/benchmarks/bench_workbook.py
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from datetime import date
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic_catalog import synthetic_catalog

from core.pricing.engine import Pricer
from core.pricing.fx import DEFAULT_RATES
from core.pricing.projection_settings import ProjectionSettings
from core.pricing.quote_terms import QuoteTerms
from core.pricing.workload import make_workload
from core.project.model import Project
from core.workbook.writer import export_project

AS_OF = date(2026, 11, 22)
WORKLOAD = make_workload("Support", input_tokens="300M", output_tokens="60M", cache_hit=40, batch=10, off_peak=5,
                         prompt_tokens="3K")
TERMS = QuoteTerms(client="Globex", quote_no="Q-1", issue_date=AS_OF, discount_pct=Decimal(10),
                   markup_pct=Decimal(25), tax_pct=Decimal(6), company="Northwind")


def timed(fn, repeat: int) -> tuple[float, float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times), statistics.median(times)


def comparison_frame(comparison):
    """The Comparison sheet's table as plain values: what pandas writes for the floor."""
    import pandas as pd

    rows = []
    for r in comparison.rows:
        e = r.prices
        rows.append({
            "Rank": r.rank, "Vendor": r.vendor_name, "Model": r.name, "Billing currency": r.price_currency,
            "Input / 1M": e.standard.input, "Output / 1M": e.standard.output,
            "Cache-hit input / 1M": e.standard.cached_input,
            "Context tier": "base" if e.tier_above is None else f"prompt > {e.tier_above:,}",
            "Batch input / 1M": e.batch.input, "Batch output / 1M": e.batch.output,
            "Batch cache-hit / 1M": e.batch.cached_input, "Off-peak input / 1M": e.off_peak.input,
            "Off-peak output / 1M": e.off_peak.output, "Off-peak cache-hit / 1M": e.off_peak.cached_input,
            "Free input tokens": e.free_input_tokens, "Free output tokens": e.free_output_tokens,
            "Input cost": r.input_cost, "Output cost": r.output_cost, "Monthly (native)": r.monthly_cost_native,
            "FX": r.fx_rate, "Monthly": r.monthly_cost, "Annual": r.annual_cost, "Notes": "; ".join(r.notes)})
    return pd.DataFrame(rows)


def main() -> int:
    import pandas  # noqa: F401  (imported before timing: the app pays for it only in the export)

    catalog = synthetic_catalog(5000)
    pricer = Pricer(catalog)
    folder = Path(tempfile.mkdtemp(prefix="tq-bench-"))

    # 50 chosen models, 36 months (the comparison is priced by the export itself, as from the CLI)
    chosen = tuple(m.id for m in list(catalog)[:50])
    quote = Project(workloads=(WORKLOAD,), selected=chosen, currency="CNY", as_of=AS_OF, fx=DEFAULT_RATES,
                    terms=TERMS, projection=ProjectionSettings(36, Decimal(8), Decimal(20)))
    export_project(quote, catalog, folder / "warm.xlsx", pricer=pricer)   # imports openpyxl, warms caches
    t_quote = timed(lambda: export_project(quote, catalog, folder / "quote50.xlsx", pricer=pricer), 5)

    # 5,000 rows: nothing chosen, so the Comparison lists every model
    full = quote.edited(selected=())
    comparison = pricer.compare(full.workloads, as_of=AS_OF, currency="CNY", fx=DEFAULT_RATES)
    frame = comparison_frame(comparison)
    ours, floor = [], []
    for _ in range(3):  # interleaved, so both see the same machine
        ours.append(timed(lambda: export_project(full, catalog, folder / "all.xlsx", comparison=comparison,
                                                 pricer=pricer), 1)[0])
        floor.append(timed(lambda: frame.to_excel(folder / "pandas.xlsx", engine="openpyxl", index=False), 1)[0])
    ratio = min(ours) / min(floor)

    print(f"50-model quote, 36-month projection: best {t_quote[0]:.3f} s, median {t_quote[1]:.3f} s (budget 1 s)")
    print(f"5,000-row comparison workbook: best {min(ours):.3f} s; pandas DataFrame.to_excel of the same table "
          f"({frame.shape[0]:,} rows × {frame.shape[1]} columns): best {min(floor):.3f} s; "
          f"ratio {ratio:.2f}x (budget 1.5x)")
    over = t_quote[0] > 1.0 or ratio > 1.5
    if over:
        print("OVER BUDGET")
    return 1 if over else 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Benchmark: importing a 100 MB usage export (DESIGN budget: ≤ 10 s, memory ≤ 4× the file).

Writes a generic-format CSV of about 100 MB (a year of daily rows for 40 models and 90 API keys, costs and
currencies, one row in 10,000 refused), then imports it in a fresh process — reading, checking every cell,
adding up per month and model, matching the models, planning the workloads and reconciling against the catalog —
and reports the wall time and the process's peak resident memory (``ru_maxrss``, which includes Python, pandas
and the catalog), with their ratios to the budget. A second run of the same file in XLSX is not made: a 100 MB
XLSX holds several times the rows, and openpyxl reads some 50,000 rows a second; the budget is for CSV.

    .venv/bin/python tests/benchmarks/bench_usage.py [MB]
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MODELS = ["gpt-4o-2024-08-06", "gpt-4o-mini-2024-07-18", "deepseek-chat", "claude-sonnet-4-5-20250929",
          "qwen-plus", "doubao-pro-32k-240515", "gemini-2.5-flash", "glm-4-plus", "moonshot-v1-8k", "o3"]
MODELS += [f"{m}-custom-{k}" for k in range(3) for m in MODELS[:10]]


def write_file(path: Path, megabytes: float) -> int:
    rng = random.Random(14)
    target = int(megabytes * 1_000_000)
    start = date(2025, 1, 1)
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write("date,model,input_tokens,output_tokens,cached_input_tokens,requests,cost,currency,api_key\n")
        written, k = 0, 0
        lines = []
        while written < target:
            day = start + timedelta(days=k % 365)
            model = MODELS[k % len(MODELS)]
            tokens_in = rng.randrange(1_000, 90_000_000)
            cached = tokens_in // rng.randrange(2, 9)
            tokens_out = rng.randrange(100, 9_000_000)
            cost = f"{rng.randrange(1, 10**7) / 10**4:.4f}"
            tokens_text = str(tokens_in) if k % 10_000 else "-1"       # one row in 10,000 is refused
            line = (f"{day.isoformat()}T{k % 24:02d}:00:00Z,{model},{tokens_text},{tokens_out},{cached},"
                    f"{rng.randrange(1, 500)},{cost},{'USD' if k % 7 else 'CNY'},key-{k % 90}\n")
            lines.append(line)
            written += len(line)
            k += 1
            if len(lines) >= 50_000:
                out.write("".join(lines))
                lines = []
        out.write("".join(lines))
    return k


CHILD = r"""
import json, resource, sys, time
t0 = time.perf_counter()
from core.catalog.load import load_catalog
from core.importers.usage import import_usage
from core.pricing.engine import Pricer
from core.pricing.fx import DEFAULT_RATES
from core.pricing.reconcile import reconcile
from core.pricing.usage import plan_workloads
catalog = load_catalog()
t1 = time.perf_counter()
result = import_usage(sys.argv[1], catalog)
t2 = time.perf_counter()
plan = plan_workloads(result.rows, months=3, last_day=result.report.last_day)
rec = reconcile(result.rows, Pricer(catalog), currency="USD", fx=DEFAULT_RATES)
t3 = time.perf_counter()
print(json.dumps({"setup": t1 - t0, "import": t2 - t1, "plan_and_reconcile": t3 - t2, "total": t3 - t0,
                  "rows_read": result.report.rows_read, "rows_skipped": result.report.rows_skipped,
                  "months": len(result.rows), "workloads": len(plan.workloads), "lines": len(rec.lines),
                  "peak_rss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))
"""

BASELINE = r"""
import json, resource
import pandas, numpy  # noqa: F401
from core.catalog.load import load_catalog
load_catalog()
print(json.dumps({"peak_rss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))
"""


def run(code: str, *args: str) -> dict:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, cwd=ROOT,
                          check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main(argv: list[str]) -> int:
    megabytes = float(argv[1]) if len(argv) > 1 else 100.0
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "usage.csv"
        t = time.perf_counter()
        rows = write_file(path, megabytes)
        size = path.stat().st_size
        print(f"wrote {path.name}: {size / 1e6:.1f} MB, {rows:,} rows in {time.perf_counter() - t:.1f} s")
        base = run(BASELINE)
        wall = time.perf_counter()
        figures = run(CHILD, str(path))
        wall = time.perf_counter() - wall
    peak = figures["peak_rss_kb"] * 1024
    baseline = base["peak_rss_kb"] * 1024
    print(f"read {figures['rows_read']:,} rows ({figures['rows_skipped']:,} refused) into {figures['months']:,} "
          f"month-model rows, {figures['workloads']} workloads, {figures['lines']:,} reconciliation lines")
    print(f"time: import {figures['import']:.2f} s, plan + reconcile {figures['plan_and_reconcile']:.2f} s, "
          f"whole process {wall:.2f} s (budget 10 s: {wall / 10:.2f}×)")
    print(f"peak memory: {peak / 1e6:.0f} MB = {peak / size:.2f}× the file (budget 4×: {peak / size / 4:.2f} of it); "
          f"Python + pandas + catalog alone {baseline / 1e6:.0f} MB, so the import adds {(peak - baseline) / 1e6:.0f} MB "
          f"= {(peak - baseline) / size:.2f}× the file")
    ok = wall <= 10 and peak <= 4 * size
    print("within budget" if ok else "OVER BUDGET")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))

"""Import budget (issue 6): a 4,500-entry LiteLLM price map imports in ≤ 1 s — read, convert, check against
the bundled catalog, write the vendor files atomically. The map is the 1,465-entry 2025-08 sample from
``../shared/reference`` replicated with renamed keys (newer releases of the map hold ~4,500 entries).
Printed beside a floor measured in the same run: ``json.load`` of the same file with exact decimals.

Run: python tests/benchmarks/bench_import.py
"""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from core.catalog.load import load_catalog  # noqa: E402
from core.importers.price_lists import run_import  # noqa: E402

SAMPLE = ROOT.parent / "shared" / "reference" / "litellm_format_sample_2025-08.json"
BUDGET_S = 1.0


def big_map(size: int = 4500) -> dict:
    """The sample replicated to ``size`` entries; copies get a suffix so every key (and model id) is new."""
    sample = json.loads(SAMPLE.read_text(encoding="utf-8"))
    out: dict = {}
    copy = 0
    while len(out) < size:
        for key, value in sample.items():
            if len(out) >= size:
                break
            out[key if copy == 0 else f"{key}-copy{copy}"] = value
        copy += 1
    return out


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "litellm_4500.json"
        source.write_text(json.dumps(big_map(), indent=4), encoding="utf-8")
        catalog = load_catalog()  # the app has it loaded already; the CLI loads it inside run_import
        times, reports = [], []
        for run in range(5):
            out = Path(tmp) / f"out{run}"
            start = time.perf_counter()
            report = run_import("litellm", source, out, existing=catalog)
            times.append(time.perf_counter() - start)
            reports.append(report)
        cli_start = time.perf_counter()
        run_import("litellm", source, Path(tmp) / "out-cli")  # as the CLI runs it: bundled catalog loaded inside
        cli_time = time.perf_counter() - cli_start
        floor = []
        for _ in range(5):
            start = time.perf_counter()
            json.loads(source.read_text(encoding="utf-8"), parse_float=Decimal)
            floor.append(time.perf_counter() - start)
        counts = reports[0].counts()
        size_kb = source.stat().st_size / 1024
    best, median = min(times), statistics.median(times)
    print(f"LiteLLM map, 4,500 entries ({size_kb:,.0f} KB): {counts['added']:,} added, {counts['updated']:,} updated, "
          f"{counts['skipped']:,} skipped; {len(reports[0].written)} vendor files written")
    print(f"import: best {best * 1e3:.0f} ms, median {median * 1e3:.0f} ms (budget {BUDGET_S * 1e3:.0f} ms); "
          f"as the CLI runs it (bundled catalog loaded inside): {cli_time * 1e3:.0f} ms")
    print(f"  floor (json.loads with exact decimals, same file): best {min(floor) * 1e3:.0f} ms; "
          f"ratio {best / min(floor):.1f}x")
    print("PASS" if median <= BUDGET_S and cli_time <= BUDGET_S else "OVER BUDGET")


if __name__ == "__main__":
    main()

"""Frozen-bundle budgets (issue 5): size ≤ 1.25× and time to an interactive window ≤ 2× a bare PySide6 + QtCharts
window frozen with the same PyInstaller, the same excludes and the same Qt filter, in the same run.

Builds the bare floor into build/bench-dist/bare (about a minute), uses dist/TokenQuote (run packaging/build.sh
first), then prints sizes, medians of N cold starts each (offscreen, interleaved so both see the same machine
load), and the ratios. Run: .venv/bin/python tests/benchmarks/bench_frozen.py [N]
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
APP = ROOT / "dist" / "TokenQuote"
BARE_DIST = ROOT / "build" / "bench-dist"


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def build_bare() -> Path:
    pyinstaller = Path(sys.executable).with_name("pyinstaller")
    subprocess.run([str(pyinstaller), "--noconfirm", "--log-level", "ERROR", "--distpath", str(BARE_DIST),
                    "--workpath", str(ROOT / "build" / "bench-work"), str(ROOT / "packaging" / "bench" / "bare.spec")],
                   check=True, cwd=ROOT)
    return BARE_DIST / "bare"


def start_time(command: list[str], env: dict) -> float:
    start = time.perf_counter()
    subprocess.run(command, env=env, check=True, capture_output=True, timeout=120)
    return time.perf_counter() - start


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    if not (APP / "tokenquote").exists():
        sys.exit("dist/TokenQuote is missing: run packaging/build.sh first")
    bare = build_bare()
    home = tempfile.mkdtemp(prefix="tq-bench-")
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"), HOME=home,
               XDG_CONFIG_HOME=f"{home}/config", XDG_DATA_HOME=f"{home}/data", TOKENQUOTE_EXIT_WHEN_SHOWN="1")
    app_cmd, bare_cmd = [str(APP / "tokenquote")], [str(bare / "bare")]
    start_time(app_cmd, env), start_time(bare_cmd, env)   # warm the page cache for both
    app_times, bare_times = [], []
    for _ in range(runs):
        bare_times.append(start_time(bare_cmd, env))
        app_times.append(start_time(app_cmd, env))
    app_size, bare_size = folder_size(APP), folder_size(bare)
    app_t, bare_t = statistics.median(app_times), statistics.median(bare_times)
    print(f"bundle size: TokenQuote {app_size / 1e6:.1f} MB, bare PySide6+QtCharts {bare_size / 1e6:.1f} MB, "
          f"ratio {app_size / bare_size:.2f} (budget 1.25)")
    print(f"start to interactive window, median of {runs}: TokenQuote {app_t * 1e3:.0f} ms, bare {bare_t * 1e3:.0f} ms, "
          f"ratio {app_t / bare_t:.2f} (budget 2.0)")


if __name__ == "__main__":
    main()

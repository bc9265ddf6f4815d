"""Frozen-bundle budgets (issues 5 and 16): size ≤ 1.25× and time to an interactive window ≤ 2× a bare PySide6 +
QtCharts window that also imports pandas (pandas is part of the product), frozen with the same PyInstaller, the
same excludes and the same Qt filter, in the same run; the pandas-free bare window is shown too.

Builds both floors into build/bench-dist/ (a minute or two) where the app was frozen — in the old-glibc root of
packaging/linux/oldbase.sh when dist/TokenQuote/BUILD-INFO.txt says Debian bullseye, else with this Python —
uses dist/TokenQuote (run packaging/build.sh first), then prints sizes, medians of N cold starts each
(offscreen, interleaved so all see the same machine load), and the ratios.
Run: .venv/bin/python tests/benchmarks/bench_frozen.py [N]
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


def build_bare() -> tuple[Path, Path]:
    spec = ROOT / "packaging" / "bench" / "bare.spec"
    info = APP / "BUILD-INFO.txt"
    if info.exists() and "bullseye" in info.read_text(encoding="utf-8"):
        subprocess.run([str(ROOT / "packaging" / "linux" / "oldbase.sh"), "--out", str(BARE_DIST),
                        "packaging/bench/bare.spec"], check=True, cwd=ROOT)
    else:
        pyinstaller = Path(sys.executable).with_name("pyinstaller")
        subprocess.run([str(pyinstaller), "--noconfirm", "--log-level", "ERROR", "--distpath", str(BARE_DIST),
                        "--workpath", str(ROOT / "build" / "bench-work"), str(spec)], check=True, cwd=ROOT)
    return BARE_DIST / "bare", BARE_DIST / "bare-pandas"


def start_time(command: list[str], env: dict) -> float:
    start = time.perf_counter()
    subprocess.run(command, env=env, check=True, capture_output=True, timeout=120)
    return time.perf_counter() - start


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    if not (APP / "tokenquote").exists():
        sys.exit("dist/TokenQuote is missing: run packaging/build.sh first")
    bare, bare_pandas = build_bare()
    home = tempfile.mkdtemp(prefix="tq-bench-")
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"), HOME=home,
               XDG_CONFIG_HOME=f"{home}/config", XDG_DATA_HOME=f"{home}/data", TOKENQUOTE_EXIT_WHEN_SHOWN="1")
    commands = {"app": [str(APP / "tokenquote")], "bare": [str(bare / "bare")],
                "bare+pandas": [str(bare_pandas / "bare-pandas")]}
    for command in commands.values():
        start_time(command, env)                            # warm the page cache for each
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, command in commands.items():
            times[name].append(start_time(command, env))
    size = {"app": folder_size(APP), "bare": folder_size(bare), "bare+pandas": folder_size(bare_pandas)}
    median = {name: statistics.median(values) for name, values in times.items()}
    print(f"bundle size: TokenQuote {size['app'] / 1e6:.1f} MB, bare PySide6+QtCharts {size['bare'] / 1e6:.1f} MB "
          f"(ratio {size['app'] / size['bare']:.2f}), bare+pandas {size['bare+pandas'] / 1e6:.1f} MB "
          f"(ratio {size['app'] / size['bare+pandas']:.2f}, budget 1.25)")
    print(f"start to interactive window, median of {runs}: TokenQuote {median['app'] * 1e3:.0f} ms, "
          f"bare {median['bare'] * 1e3:.0f} ms, bare+pandas {median['bare+pandas'] * 1e3:.0f} ms; ratio to bare "
          f"{median['app'] / median['bare']:.2f} (budget 2.0; the app does not import pandas at start-up)")


if __name__ == "__main__":
    main()

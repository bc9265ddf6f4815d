"""core is pure Python: importing all of it must not pull in Qt, the GUI, pandas or openpyxl."""

import subprocess
import sys


def test_core_imports_no_qt_and_no_heavy_libraries():
    code = ("import sys, pkgutil, importlib, core\n"
            "for m in pkgutil.walk_packages(core.__path__, 'core.'):\n"
            "    if not m.name.endswith('__main__'): importlib.import_module(m.name)\n"
            "bad = sorted(n for n in sys.modules if n.split('.')[0] in ('PySide6', 'gui', 'pandas', 'openpyxl'))\n"
            "print(','.join(bad))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == ""


def test_import_linter_contracts_hold():
    from pathlib import Path
    root = Path(__file__).resolve().parents[2]
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(lint)], cwd=root, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr

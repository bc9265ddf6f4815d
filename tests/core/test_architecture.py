"""The house the code lives in: packages that show the architecture, imports that run one way with no circle
anywhere (lazy imports included), small modules, and packages that say what they hold and may import."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import grimp
import pytest

ROOT = Path(__file__).resolve().parents[2]
MAX_LINES = 400
PACKAGES = ("core", "gui")


def _graph():
    return grimp.build_graph(*PACKAGES)


def _cycles(graph) -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan), over every import grimp sees."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []
    counter = [0]
    sys.setrecursionlimit(max(10_000, sys.getrecursionlimit()))

    def visit(module: str) -> None:
        index[module] = low[module] = counter[0]
        counter[0] += 1
        stack.append(module)
        on_stack.add(module)
        for imported in graph.find_modules_directly_imported_by(module):
            if imported.split(".")[0] not in PACKAGES:
                continue
            if imported not in index:
                visit(imported)
                low[module] = min(low[module], low[imported])
            elif imported in on_stack:
                low[module] = min(low[module], index[imported])
        if low[module] == index[module]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == module:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for module in sorted(graph.modules):
        if module.split(".")[0] in PACKAGES and module not in index:
            visit(module)
    return groups


def test_no_import_circle_anywhere():
    """Not among siblings only (the contract) but across the whole tree, parents and children included."""
    assert _cycles(_graph()) == []


def test_a_circle_added_by_hand_breaks_the_contracts(tmp_path):
    """The contracts are not decoration: the engine importing the projection (which imports the engine) fails."""
    for name in (*PACKAGES, "pyproject.toml"):
        source = ROOT / name
        (shutil.copytree if source.is_dir() else shutil.copy)(source, tmp_path / name)
    engine = tmp_path / "core" / "pricing" / "engine.py"
    engine.write_text(engine.read_text(encoding="utf-8") + "\n\ndef _later():\n    import core.pricing.projection\n",
                      encoding="utf-8")
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(lint)], cwd=tmp_path, capture_output=True, text=True,
                            env={"PYTHONPATH": str(tmp_path), "PATH": ""})
    assert result.returncode != 0, result.stdout
    assert "broken" in result.stdout.lower() and ".projection -> .engine" in result.stdout


def test_no_module_is_over_400_lines():
    long = sorted((len(p.read_text(encoding="utf-8").splitlines()), str(p.relative_to(ROOT)))
                  for package in PACKAGES for p in (ROOT / package).rglob("*.py"))
    assert [f for f in long if f[0] > MAX_LINES] == []


@pytest.mark.parametrize("package", sorted(str(p.parent.relative_to(ROOT)) for name in PACKAGES
                                           for p in (ROOT / name).rglob("__init__.py")))
def test_every_package_says_what_it_holds_and_may_import(package):
    docstring = ast.get_docstring(ast.parse((ROOT / package / "__init__.py").read_text(encoding="utf-8")))
    assert docstring and len(docstring) > 80, f"{package}/__init__.py needs a docstring"
    assert "import" in docstring, f"{package}/__init__.py should say what it may import"

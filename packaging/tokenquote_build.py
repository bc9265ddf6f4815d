"""PEP 517 build backend for the wheel: setuptools' own, plus the data a pip installation needs.

pyproject.toml names it (``backend-path = ["packaging"]``). Before setuptools builds, it compiles the
translations (resources/translations/*.ts → .qm, with the ``lrelease`` of PySide6, a build requirement) — the
.qm files are build products, never committed — and it tells setuptools to ship ``resources/`` (the catalog and
its schema, icons, compiled translations, templates, help) as the data folder ``tokenquote_resources``, which
core/resources.py finds in an installed wheel. The packages are found as pyproject.toml says (core*, gui*).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from setuptools import build_meta as _setuptools
from setuptools.build_meta import *  # noqa: F403  (every hook; the ones below are overridden)

ROOT = Path(__file__).resolve().parent.parent
DATA_PACKAGE = "tokenquote_resources"
DATA_GLOBS = [
    "catalog/*.json",
    "icons/*.png",
    "icons/*.svg",
    "icons/actions/*.svg",
    "icons/actions/*.png",
    "translations/*.qm",
    "templates/*",
    "help/*",
    "fonts/*",
]


def lrelease() -> list[str]:
    """PySide6's lrelease: the console script beside this Python, else the binary inside the PySide6 package."""
    script = Path(sys.executable).with_name("pyside6-lrelease")
    if script.exists():
        return [str(script)]
    import PySide6

    for name in ("lrelease", "Qt/libexec/lrelease", "lrelease.exe"):
        binary = Path(PySide6.__file__).resolve().parent / name
        if binary.exists():
            return [str(binary)]
    raise RuntimeError("lrelease not found: PySide6-Essentials is a build requirement (pyproject.toml)")


def compile_translations() -> list[Path]:
    """Every resources/translations/*.ts compiled to its .qm when the .qm is missing or older."""
    made = []
    for ts in sorted((ROOT / "resources" / "translations").glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            subprocess.run([*lrelease(), "-silent", str(ts), "-qm", str(qm)], check=True)
        made.append(qm)
    return made


class _Backend(_setuptools._BuildMetaBackend):
    def run_setup(self, setup_script="setup.py"):
        import setuptools

        compile_translations()
        packages = setuptools.find_packages(str(ROOT), include=["core", "core.*", "gui", "gui.*"])
        setuptools.setup(
            packages=[*packages, DATA_PACKAGE],
            package_dir={DATA_PACKAGE: "resources"},
            package_data={DATA_PACKAGE: DATA_GLOBS},
            include_package_data=False,
        )


_backend = _Backend()
get_requires_for_build_wheel = _backend.get_requires_for_build_wheel
get_requires_for_build_sdist = _backend.get_requires_for_build_sdist
prepare_metadata_for_build_wheel = _backend.prepare_metadata_for_build_wheel
build_wheel = _backend.build_wheel
build_sdist = _backend.build_sdist
get_requires_for_build_editable = _backend.get_requires_for_build_editable
prepare_metadata_for_build_editable = _backend.prepare_metadata_for_build_editable
build_editable = _backend.build_editable

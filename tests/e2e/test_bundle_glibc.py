"""The standalone bundle (dist/TokenQuote, built by packaging/build.sh) starts on the distributions INSTALL.txt
names: no ELF file in it needs a newer glibc (GLIBC_x.y symbol versions, read with objdump) or a newer C++
runtime (GLIBCXX_3.4.n) than the floor stated there; the system libraries every desktop has are left out
(AppImage's excludelist); the licences are in it. In CI (.ci/run builds the bundle first) a missing bundle fails."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = ROOT / "dist" / "TokenQuote"
INSTALL = ROOT / "packaging" / "linux" / "INSTALL.txt"
# The C++ runtime of the floor's oldest distributions (GCC 10 in Debian 11, Ubuntu 20.04's GCC 10 runtime).
GLIBCXX_FLOOR = (3, 4, 28)


@pytest.fixture(scope="module")
def bundle() -> Path:
    if not (BUNDLE / "tokenquote").exists():
        if os.environ.get("CI") == "true":
            pytest.fail("dist/TokenQuote is missing: .ci/run must run packaging/build.sh before the tests")
        pytest.skip("no frozen bundle here: run packaging/build.sh to test it")
    return BUNDLE


def stated_floor() -> tuple[int, int]:
    found = re.search(r"glibc (\d+)\.(\d+) or later", INSTALL.read_text(encoding="utf-8"))
    assert found, "INSTALL.txt must state 'glibc X.Y or later'"
    return int(found[1]), int(found[2])


def elf_files(folder: Path) -> list[Path]:
    out = []
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as handle:
                if handle.read(4) == b"\x7fELF":
                    out.append(path)
    return out


def version_needs(path: Path) -> tuple[set[tuple[int, ...]], set[tuple[int, ...]]]:
    """The GLIBC_x.y and GLIBCXX_3.4.n versions ``path`` asks the dynamic linker for (objdump -T, -p)."""
    text = subprocess.run(["objdump", "-T", "-p", str(path)], capture_output=True, text=True, check=True).stdout
    glibc = {tuple(map(int, v.split("."))) for v in re.findall(r"\bGLIBC_(\d+\.\d+(?:\.\d+)?)\b", text)}
    cxx = {tuple(map(int, v.split("."))) for v in re.findall(r"\bGLIBCXX_(\d+\.\d+(?:\.\d+)?)\b", text)}
    return glibc, cxx


def test_the_stated_floor_covers_ubuntu_22_04_and_rhel_9():
    assert stated_floor() <= (2, 34)  # RHEL 9 has 2.34, Ubuntu 22.04 2.35


def test_no_file_in_the_bundle_needs_a_newer_glibc_than_the_stated_floor(bundle):
    if shutil.which("objdump") is None:
        pytest.fail("objdump (binutils) is needed to read the bundle's ELF files")
    floor = stated_floor()
    files = elf_files(bundle)
    assert len(files) > 50, "the bundle has its executables, libpython, Qt and the extension modules"
    too_new, cxx_too_new, highest = [], [], (0, 0)
    for path in files:
        glibc, cxx = version_needs(path)
        if glibc:
            highest = max(highest, max(glibc))
        if any(v > floor for v in glibc):
            too_new.append(f"{path.relative_to(bundle)} needs GLIBC_{'.'.join(map(str, max(glibc)))}")
        if any(v > GLIBCXX_FLOOR for v in cxx):
            cxx_too_new.append(f"{path.relative_to(bundle)} needs GLIBCXX_{'.'.join(map(str, max(cxx)))}")
    assert not too_new, f"INSTALL.txt says glibc {floor[0]}.{floor[1]} or later, but:\n" + "\n".join(too_new)
    assert not cxx_too_new, "\n".join(cxx_too_new)
    assert highest >= (2, 17), "objdump found the glibc versions"  # the check read something real


def test_the_system_libraries_every_desktop_has_are_left_out(bundle):
    names = {p.name for p in (bundle / "_internal").iterdir()}
    for system in (
        "libc.so.6",
        "libm.so.6",
        "libstdc++.so.6",
        "libgcc_s.so.1",
        "libGL.so.1",
        "libEGL.so.1",
        "libX11.so.6",
        "libxcb.so.1",
        "libfontconfig.so.1",
        "libfreetype.so.6",
        "libexpat.so.1",
        "libz.so.1",
    ):
        assert system not in names, system
    assert any(n.startswith("libpython3") for n in names)  # the bundle's own interpreter stays
    assert any(n.startswith(("libssl.so", "libffi.so")) for n in names)  # what a distribution may lack stays


def test_the_bundle_carries_the_licences(bundle):
    assert "proprietary" in (bundle / "LICENSE").read_text(encoding="utf-8").lower()
    notices = (bundle / "THIRD_PARTY_NOTICES.txt").read_text(encoding="utf-8")
    for name in ("Qt for Python", "LGPL v3", "openpyxl", "jsonschema", "pandas", "numpy", "PSF"):
        assert name in notices, name
    licences = bundle / "_internal" / "licenses"
    lgpl = (licences / "pyside6" / "LGPL-3").read_text(encoding="utf-8")
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in lgpl and "Version 3" in lgpl
    assert "GNU GENERAL PUBLIC LICENSE" in (licences / "pyside6" / "GPL-3").read_text(encoding="utf-8")
    for dist in ("openpyxl", "jsonschema", "pandas", "numpy", "python"):
        files = [p for p in (licences / dist).rglob("*") if p.is_file()]
        assert files and any(p.stat().st_size > 500 for p in files), dist
    openpyxl_text = "".join(
        p.read_text(encoding="utf-8", errors="replace") for p in (licences / "openpyxl").rglob("*") if p.is_file()
    )
    assert "Permission is hereby granted" in openpyxl_text  # the MIT licence's own words


def test_pandas_and_numpy_with_openblas_are_in_the_bundle(bundle):
    internal = bundle / "_internal"
    assert (internal / "pandas").is_dir() and (internal / "numpy").is_dir()
    assert list(internal.rglob("libscipy_openblas*.so")) or list(internal.rglob("libopenblas*.so*"))


def test_the_bundle_says_what_it_was_frozen_with_and_registers_its_file_type(bundle):
    info = (bundle / "BUILD-INFO.txt").read_text(encoding="utf-8")
    found = re.search(r"glibc (\d+)\.(\d+)", info)
    assert found and (int(found[1]), int(found[2])) <= stated_floor(), info
    mime = (bundle / "share" / "mime" / "packages" / "tokenquote.xml").read_text(encoding="utf-8")
    assert 'pattern="*.tokenquote"' in mime
    assert (bundle / "install.sh").exists() and (bundle / "INSTALL.txt").read_text(
        encoding="utf-8"
    ) == INSTALL.read_text(encoding="utf-8")
    assert (bundle / "_internal" / "resources" / "help" / "index.html").exists()

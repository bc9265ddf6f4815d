"""Packaging files that only other platforms read are kept in step with the project (no Windows/macOS here)."""

import re
import runpy
import subprocess
from pathlib import Path

from core import __version__

ROOT = Path(__file__).resolve().parents[2]


def test_windows_version_resource_matches_the_version():
    text = (ROOT / "packaging" / "windows" / "version_info.txt").read_text(encoding="utf-8")
    numbers = tuple(int(n) for n in __version__.split("."))
    assert f"filevers=({', '.join(map(str, numbers))}, 0)" in text
    assert f"StringStruct('ProductVersion', '{__version__}')" in text
    assert (ROOT / "packaging" / "windows" / "tokenquote.ico").stat().st_size > 1000
    assert (ROOT / "packaging" / "macos" / "tokenquote.icns").stat().st_size > 1000


def test_desktop_entry_and_icons():
    desktop = (ROOT / "packaging" / "linux" / "tokenquote.desktop").read_text(encoding="utf-8")
    assert re.search(r"^Exec=tokenquote %f$", desktop, re.M) and re.search(r"^Icon=tokenquote$", desktop, re.M)
    for size in (16, 32, 48, 64, 128, 256):
        assert (ROOT / "resources" / "icons" / f"tokenquote-{size}.png").exists()
    assert (ROOT / "resources" / "icons" / "tokenquote.svg").exists()


def test_qt_filter_keeps_what_the_app_loads_and_drops_the_rest():
    keep = runpy.run_path(str(ROOT / "packaging" / "tokenquote_filters.py"))["keep"]
    for needed in ("PySide6/Qt/lib/libQt6Charts.so.6", "PySide6/Qt/lib/libQt6Widgets.so.6",
                   "PySide6/Qt/plugins/platforms/libqxcb.so", "PySide6/Qt/plugins/platforms/libqoffscreen.so",
                   "PySide6/Qt/plugins/imageformats/libqsvg.so", "PySide6/Qt/translations/qtbase_zh_CN.qm",
                   "libxkbcommon.so.0", "libssl.so.3", "libffi.so.8", "libglib-2.0.so.0", "libdbus-1.so.3",
                   "PySide6/Qt/lib/libQt6Pdf.so.6", "PySide6/Qt/lib/libQt6PdfWidgets.so.6"):
        assert keep(needed), needed
    for unused in ("PySide6/Qt/lib/libQt6Quick.so.6", "PySide6/Qt/lib/libQt6PdfQuick.so.6",
                   "PySide6/Qt/lib/libQt6WebEngineCore.so.6", "PySide6/Qt/lib/libQt63DCore.so.6",
                   "PySide6/Qt/lib/libQt6Multimedia.so.6", "PySide6/Qt/plugins/platforms/libqeglfs.so",
                   "PySide6/Qt/plugins/platformthemes/libqgtk3.so", "PySide6/Qt/translations/qtbase_de.qm",
                   "libgtk-3.so.0", "libcairo.so.2",
                   # AppImage's excludelist: what every desktop has, and must match its drivers and fonts
                   "libstdc++.so.6", "libgcc_s.so.1", "libGL.so.1", "libEGL.so.1", "libX11.so.6", "libxcb.so.1",
                   "libfontconfig.so.1", "libfreetype.so.6", "libharfbuzz.so.0", "libexpat.so.1", "libz.so.1"):
        assert not keep(unused), unused


def desktop_exec_argv(value: str) -> list[str]:
    """The Exec= value as the desktop-entry spec reads it: string escapes first, then quoted arguments."""
    text = value.replace("\\s", " ").replace("\\n", "\n").replace("\\t", "\t").replace("\\\\", "\\")
    args, current, i, quoted = [], "", 0, False
    while i < len(text):
        ch = text[i]
        if quoted and ch == "\\" and i + 1 < len(text) and text[i + 1] in '"`$\\':
            current += text[i + 1]
            i += 2
            continue
        if ch == '"':
            quoted = not quoted
        elif ch == " " and not quoted:
            args.append(current)
            current = ""
        else:
            current += ch
        i += 1
    return [*args, current] if current else args


def test_install_sh_registers_a_quoted_exec_and_the_project_mime_type(tmp_path):
    folder = tmp_path / 'Apps & "tools" $HOME `x` \\ü' / "TokenQuote"
    for sub in ("share/applications", "share/mime/packages", "share/icons/hicolor/scalable/apps"):
        (folder / sub).mkdir(parents=True)
    linux = ROOT / "packaging" / "linux"
    (folder / "share/applications/tokenquote.desktop").write_bytes((linux / "tokenquote.desktop").read_bytes())
    (folder / "share/mime/packages/tokenquote.xml").write_bytes((linux / "tokenquote-mime.xml").read_bytes())
    (folder / "install.sh").write_bytes((linux / "install.sh").read_bytes())
    for exe in ("tokenquote", "tokenquote-cli"):
        (folder / exe).write_text("#!/bin/sh\n")
    home = tmp_path / "home"
    run = subprocess.run(["sh", str(folder / "install.sh")], capture_output=True, text=True,
                         env={"HOME": str(home), "PATH": "/usr/bin:/bin"}, timeout=60)
    assert run.returncode == 0, run.stderr
    entry = (home / ".local/share/applications/tokenquote.desktop").read_text(encoding="utf-8")
    exec_line = re.search(r"^Exec=(.*)$", entry, re.M)[1]
    assert desktop_exec_argv(exec_line) == [str(folder / "tokenquote"), "%f"], exec_line
    assert re.search(r"^MimeType=application/x-tokenquote;$", entry, re.M)
    mime = (home / ".local/share/mime/packages/tokenquote.xml").read_text(encoding="utf-8")
    assert 'type="application/x-tokenquote"' in mime and 'pattern="*.tokenquote"' in mime
    assert (home / ".local/bin/tokenquote").resolve() == (folder / "tokenquote").resolve()

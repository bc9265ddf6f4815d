"""Packaging files that only other platforms read are kept in step with the project (no Windows/macOS here)."""

import re
import runpy
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
                   "libfontconfig.so.1", "PySide6/Qt/lib/libQt6Pdf.so.6", "PySide6/Qt/lib/libQt6PdfWidgets.so.6"):
        assert keep(needed), needed
    for unused in ("PySide6/Qt/lib/libQt6Quick.so.6", "PySide6/Qt/lib/libQt6PdfQuick.so.6",
                   "PySide6/Qt/lib/libQt6WebEngineCore.so.6", "PySide6/Qt/lib/libQt63DCore.so.6",
                   "PySide6/Qt/lib/libQt6Multimedia.so.6", "PySide6/Qt/plugins/platforms/libqeglfs.so",
                   "PySide6/Qt/plugins/platformthemes/libqgtk3.so", "PySide6/Qt/translations/qtbase_de.qm",
                   "libgtk-3.so.0", "libcairo.so.2"):
        assert not keep(unused), unused

"""Icons: the app icon from ``resources/icons`` (found through core's one resource lookup, which also knows the
frozen bundle), and toolbar icons from the desktop theme, else our own in ``resources/icons/actions`` — on a dark
palette our SVGs drawn in the palette's text colour, so they stay visible on a dark toolbar.

``python -m gui.icons`` renders every PNG from its SVG with QSvgRenderer (PNGs load faster than SVGs at start-up
and need no image-format plugin).
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

from core.resources import resource_path, resources_dir

APP_ICON_SVG = "tokenquote.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256)

ACTION_ICONS = ("document-new", "document-open", "document-save", "document-export", "edit-undo", "edit-redo")
ACTION_SIZES = (24, 48)   # 48 for high-DPI screens


def png_name(size: int) -> str:
    return f"tokenquote-{size}.png"


def app_icon() -> QIcon:
    """The app icon at every rendered size (the PNGs load lazily, when a size is drawn)."""
    icon = QIcon()
    folder = resources_dir() / "icons"
    for size in PNG_SIZES:
        path = folder / png_name(size)
        if path.exists():
            icon.addFile(str(path), QSize(size, size))   # the size given: Qt need not open the file to learn it
    if icon.isNull():
        icon.addFile(str(resource_path("icons", APP_ICON_SVG)))
    return icon


GLYPH_COLOUR = "#37474f"   # the dark slate our action SVGs are drawn in (their accents keep their colours)


def theme_icon(name: str) -> QIcon:
    """The desktop theme's icon for a freedesktop ``name`` where there is one (it matches the desktop's own
    palette), else ours (``resources/icons/actions``), tinted when the palette is dark, else no icon: the action
    shows its text. TokenQuote's own dark appearance skips the theme, which may be a light one."""
    from gui.widgets.style import appearance, is_dark

    dark = is_dark()
    if QIcon.hasThemeIcon(name) and not (dark and appearance() == "dark"):
        return QIcon.fromTheme(name)
    if dark:
        tinted = tinted_icon(name)
        if not tinted.isNull():
            return tinted
    icon = QIcon()
    folder = resources_dir() / "icons" / "actions"
    for size in ACTION_SIZES:
        path = folder / f"{name}-{size}.png"
        if path.exists():
            icon.addFile(str(path), QSize(size, size))
    return icon


def tinted_icon(name: str) -> QIcon:
    """Our SVG for ``name`` with its glyph drawn in the palette's button-text colour, rendered at each size."""
    from PySide6.QtCore import QByteArray, Qt
    from PySide6.QtGui import QGuiApplication, QPainter, QPalette, QPixmap
    from PySide6.QtSvg import QSvgRenderer

    svg = resources_dir() / "icons" / "actions" / f"{name}.svg"
    icon = QIcon()
    if not svg.exists():
        return icon
    colour = QGuiApplication.palette().color(QPalette.ColorRole.ButtonText).name()
    renderer = QSvgRenderer(QByteArray(svg.read_text(encoding="utf-8").replace(GLYPH_COLOUR, colour).encode()))
    for size in ACTION_SIZES:
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        icon.addPixmap(pixmap)
    return icon


def render_pngs() -> list[str]:
    """Render the PNG sizes from the SVGs (run by hand after editing an SVG)."""
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    folder = resources_dir() / "icons"
    written = [_render(folder / APP_ICON_SVG, size, folder / png_name(size)) for size in PNG_SIZES]
    for name in ACTION_ICONS:
        for size in ACTION_SIZES:
            written.append(_render(folder / "actions" / f"{name}.svg", size, folder / "actions" / f"{name}-{size}.png"))
    return written


def _render(svg, size: int, target) -> str:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    if not image.save(str(target), "PNG"):
        raise OSError(f"could not write {target}")
    return str(target)


if __name__ == "__main__":
    for written_path in render_pngs():
        print(written_path)

"""The interface's colours, from the palette in force: a problem is red at the field, a hint a muted text colour,
a banner over the table says why the figures shown are not the latest, a stale price is amber; each reads on a
light and on a dark palette. The Appearance setting (system, light, dark) picks the palette at start-up."""

from __future__ import annotations

import os

from PySide6.QtGui import QColor, QGuiApplication, QPalette

APPEARANCE_ENV = "TOKENQUOTE_APPEARANCE"  # system, light or dark: wins over the Preferences' choice
APPEARANCES = ("system", "light", "dark")


def palette() -> QPalette:
    app = QGuiApplication.instance()
    return QGuiApplication.palette() if app is not None else QPalette()


def is_dark(pal: QPalette | None = None) -> bool:
    """Whether text is light on a dark window (a dark theme, system or ours)."""
    pal = pal or palette()
    return pal.color(QPalette.ColorRole.Window).lightness() < pal.color(QPalette.ColorRole.WindowText).lightness()


def mix(a: QColor, b: QColor, share_of_a: float) -> QColor:
    s = share_of_a
    return QColor(
        round(a.red() * s + b.red() * (1 - s)),
        round(a.green() * s + b.green() * (1 - s)),
        round(a.blue() * s + b.blue() * (1 - s)),
    )


def error_color() -> QColor:
    return QColor(239, 154, 154) if is_dark() else QColor(211, 47, 47)


def warning_color() -> QColor:
    """A stale price or a skipped row: amber that reads on either background."""
    return QColor(255, 183, 77) if is_dark() else QColor(178, 94, 0)


def hint_color() -> QColor:
    """Muted text: part way from the window's text colour to its background, so it keeps its contrast on either."""
    pal = palette()
    return mix(pal.color(QPalette.ColorRole.WindowText), pal.color(QPalette.ColorRole.Window), 0.62)


def link_color() -> QColor:
    return palette().color(QPalette.ColorRole.Link)


def series_colors() -> tuple[QColor, QColor]:
    """Charts: the first and second series (input/output prices, cost bars), brighter on a dark background."""
    if is_dark():
        return QColor(100, 160, 240), QColor(240, 150, 80)
    return QColor(38, 110, 200), QColor(210, 105, 30)


def stack_colors() -> tuple[QColor, ...]:
    """Charts of several series side by side (the workloads of a stacked plan chart), starting with
    :func:`series_colors`; distinct on a light and on a dark background."""
    if is_dark():
        rgb = (
            (100, 160, 240),
            (240, 150, 80),
            (110, 200, 130),
            (220, 120, 200),
            (235, 205, 90),
            (120, 210, 220),
            (200, 140, 110),
            (170, 170, 240),
        )
    else:
        rgb = (
            (38, 110, 200),
            (210, 105, 30),
            (46, 140, 70),
            (160, 60, 150),
            (190, 150, 20),
            (20, 140, 150),
            (140, 80, 50),
            (90, 90, 190),
        )
    return tuple(QColor(*c) for c in rgb)


def cheapest_color() -> QColor:
    return QColor(90, 200, 110) if is_dark() else QColor(46, 160, 67)


def error_style() -> str:
    """For labels that show one problem (dialogs)."""
    return f"color: {error_color().name()};"


def invalid_style() -> str:
    """A line edit holding an entry that cannot be taken."""
    dark = is_dark()
    background = "#4a2626" if dark else "#fff5f5"
    text = palette().color(QPalette.ColorRole.Text).name()
    return (
        f"QLineEdit {{ border: 2px solid {error_color().name()}; border-radius: 3px; background: {background}; "
        f"color: {text}; }}"
    )


def banner_style() -> str:
    if is_dark():
        return "QLabel { background: #4a2626; color: #ffcdd2; padding: 4px 8px; border: 1px solid #8a3b3b; }"
    return "QLabel { background: #fdecea; color: #8a1c1c; padding: 4px 8px; border: 1px solid #f5c2c0; }"


def dark_palette() -> QPalette:
    """A dark palette for the Fusion style (the Appearance setting's "dark")."""
    pal = QPalette()
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    colours = {
        role.Window: QColor(45, 45, 48),
        role.WindowText: QColor(230, 230, 230),
        role.Base: QColor(30, 30, 32),
        role.AlternateBase: QColor(40, 40, 44),
        role.ToolTipBase: QColor(60, 60, 64),
        role.ToolTipText: QColor(230, 230, 230),
        role.PlaceholderText: QColor(150, 150, 155),
        role.Text: QColor(230, 230, 230),
        role.Button: QColor(55, 55, 60),
        role.ButtonText: QColor(230, 230, 230),
        role.BrightText: QColor(255, 120, 120),
        role.Link: QColor(120, 170, 255),
        role.LinkVisited: QColor(180, 150, 255),
        role.Highlight: QColor(42, 110, 200),
        role.HighlightedText: QColor(255, 255, 255),
        role.Light: QColor(75, 75, 80),
        role.Midlight: QColor(62, 62, 66),
        role.Mid: QColor(50, 50, 54),
        role.Dark: QColor(25, 25, 27),
        role.Shadow: QColor(0, 0, 0),
    }
    for r, colour in colours.items():
        pal.setColor(r, colour)
    for r in (role.WindowText, role.Text, role.ButtonText):
        pal.setColor(group.Disabled, r, QColor(125, 125, 130))
    return pal


def appearance(choice: str | None = None) -> str:
    """The appearance to use: the environment's TOKENQUOTE_APPEARANCE, else ``choice`` (the setting), else system."""
    for value in (os.environ.get(APPEARANCE_ENV), choice):
        if value in APPEARANCES:
            return value
    return "system"


def apply_appearance(app, choice: str | None = None) -> str:
    """Light or dark: the Fusion style with that palette (every platform style draws Fusion's the same); system:
    whatever the platform gives. Returns what was applied."""
    chosen = appearance(choice)
    if chosen == "system":
        return chosen
    app.setStyle("Fusion")
    app.setPalette(dark_palette() if chosen == "dark" else app.style().standardPalette())
    return chosen

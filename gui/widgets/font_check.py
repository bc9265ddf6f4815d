"""Say so when the desktop has no usable font, instead of drawing empty boxes.

A frozen TokenQuote uses the desktop's fonts through fontconfig (it ships none: a CJK font costs 5–20 MB and
every Chinese-language desktop already has one). On a machine with no fonts at all, or none that covers
Chinese, model names such as 通义千问 would show as boxes; the user is told what to install instead.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics


def no_fonts_at_all() -> bool:
    """fontconfig still lists its aliases (Sans Serif, Serif, Monospace) when it has no font files, so ask
    whether the default font can draw an 'A'."""
    return not QFontDatabase.families() or not QFontMetrics(QFont()).inFontUcs4(ord("A"))


def font_problem() -> str | None:
    """A translated sentence describing what is missing, or None when Latin and Chinese text both render."""
    if no_fonts_at_all():
        return QCoreApplication.translate(
            "font_check", "No fonts were found on this computer, so text cannot be shown. Install a font "
                          "package (for example fonts-dejavu and fonts-noto-cjk) and start TokenQuote again.")
    if not QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese):
        return QCoreApplication.translate(
            "font_check", "No font for Chinese text was found: Chinese model names will show as boxes. "
                          "Install a CJK font (for example fonts-noto-cjk or fonts-wqy-microhei).")
    return None


def report_font_problem(parent=None) -> str | None:
    """Print the problem on stderr and show it: a dialog when nothing can be read, the status bar otherwise."""
    problem = font_problem()
    if problem is None:
        return None
    print(f"tokenquote: {problem}", file=sys.stderr)
    if no_fonts_at_all():
        from PySide6.QtWidgets import QMessageBox
        QMessageBox.warning(parent, QCoreApplication.translate("font_check", "No fonts"), problem)
    elif parent is not None and hasattr(parent, "statusBar"):
        parent.statusBar().showMessage(problem, 30_000)
    return problem

"""The interface's few fixed colours and style sheets, in one place: a problem is red at the field, a hint grey,
a banner over the table says why the figures shown are not the latest."""

from __future__ import annotations

from PySide6.QtGui import QColor

INVALID_STYLE = "QLineEdit { border: 2px solid #d32f2f; border-radius: 3px; background: #fff5f5; color: #000; }"
ERROR_STYLE = "color: #d32f2f;"   # for labels that show one problem (dialogs)
ERROR_COLOR = QColor(211, 47, 47)
HINT_COLOR = QColor(95, 99, 104)
BANNER_STYLE = "QLabel { background: #fdecea; color: #8a1c1c; padding: 4px 8px; border: 1px solid #f5c2c0; }"

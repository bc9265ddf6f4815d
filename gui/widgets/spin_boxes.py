"""Spin boxes that never change a typed number without a word.

Qt's spin boxes refuse a keystroke that would take the text out of range: typing 150 into a 0–100 box leaves 15
in it, priced as 15 %, and nothing is said (issue 18: "150% became 15 %"). These let the whole number be typed, and
when editing finishes on a number out of range they keep the value the box held before (Qt's
``CorrectToPreviousValue``), mark the box and say at it what was refused and what is kept, until a number in range
is entered. The API is QSpinBox's and QDoubleSpinBox's (``value``, ``setValue``, ``valueChanged``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPoint
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QAbstractSpinBox, QDoubleSpinBox, QSpinBox, QToolTip

from gui.widgets.style import invalid_style

_INVALID = QValidator.State.Invalid
_INTERMEDIATE = QValidator.State.Intermediate


def _refusal(minimum: str, maximum: str, typed: str, kept: str) -> str:
    return QCoreApplication.translate("SpinBox", "{0} is outside {1}–{2}: {3} is kept").format(
        typed, minimum, maximum, kept
    )


class _SaysOutOfRange:
    """Mixed into a spin box class: validate() lets an out-of-range number stand while it is typed; editing
    finished on it keeps the previous value and says so at the box."""

    def _say_out_of_range(self) -> None:
        box: QAbstractSpinBox = self  # type: ignore[assignment]
        # A number is taken when editing finishes, never keystroke by keystroke (typing 500 would price 5 and 50
        # on the way), and an entry out of range goes back to the value held before it.
        box.setKeyboardTracking(False)
        box.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToPreviousValue)
        self._typed: str | None = None  # the out-of-range number the user typed, as typed
        self._tip = ""  # the box's own tooltip, put back once the entry is fixed
        self.problem = ""  # what is wrong with the last entry ("" when nothing)
        box.lineEdit().textEdited.connect(self._on_text_edited)
        box.editingFinished.connect(self._on_editing_finished)

    def validate(self, text: str, pos: int):
        result = super().validate(text, pos)  # type: ignore[misc]
        state = result[0] if isinstance(result, tuple) else result
        if state == _INVALID and self._number(text) is not None:
            return (_INTERMEDIATE, text, pos)  # let it stand while typed; editing finished says and corrects
        return result

    def _on_text_edited(self, text: str) -> None:
        state = super().validate(text, len(text))  # type: ignore[misc]
        state = state[0] if isinstance(state, tuple) else state
        out_of_range = state == _INVALID and self._number(text) is not None
        self._typed = text if out_of_range else None

    def _number(self, text: str):
        box: QAbstractSpinBox = self  # type: ignore[assignment]
        bare = text.strip()
        prefix, suffix = box.prefix().strip(), box.suffix().strip()  # type: ignore[attr-defined]
        if prefix and bare.startswith(prefix):
            bare = bare[len(prefix) :]
        if suffix and bare.endswith(suffix):
            bare = bare[: -len(suffix)]
        value, ok = box.locale().toDouble(bare.strip())
        return value if ok else None

    def _on_editing_finished(self) -> None:
        box = self  # a QSpinBox or QDoubleSpinBox
        typed = self._typed
        self._typed = None
        if typed is None:
            if self.problem:
                self._mark("")
            return
        shown = box.textFromValue  # type: ignore[attr-defined]
        self._mark(
            _refusal(
                shown(box.minimum()),
                shown(box.maximum()),  # type: ignore[attr-defined]
                typed.strip(),
                box.text(),
            )
        )  # type: ignore[attr-defined]

    def _mark(self, problem: str) -> None:
        box: QAbstractSpinBox = self  # type: ignore[assignment]
        if problem and not self.problem:
            self._tip = box.toolTip()
        shown, self.problem = self.problem, problem
        box.setStyleSheet(invalid_style().replace("QLineEdit", "QAbstractSpinBox") if problem else "")
        if problem:
            box.setToolTip(problem)
        elif box.toolTip() == shown:  # the box's own tooltip back, unless its owner has set another since
            box.setToolTip(self._tip)
        box.setAccessibleDescription(problem)
        if problem:
            QToolTip.showText(box.mapToGlobal(QPoint(0, box.height())), problem, box)


class SpinBox(_SaysOutOfRange, QSpinBox):
    """A QSpinBox that says what it refused (see the module)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._say_out_of_range()


class DoubleSpinBox(_SaysOutOfRange, QDoubleSpinBox):
    """A QDoubleSpinBox that says what it refused (see the module)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._say_out_of_range()


def count_days(box: QSpinBox) -> None:
    """Give ``box`` the suffix " days" that follows its value: " 1 day", not "1 days" (a quote valid one day)."""

    def follow(value: int) -> None:  # English and Chinese only need one and other (Qt's %n forms need tr())
        box.setSuffix(
            QCoreApplication.translate("SpinBox", " day")
            if value == 1
            else QCoreApplication.translate("SpinBox", " days")
        )

    box.valueChanged.connect(follow)
    follow(box.value())

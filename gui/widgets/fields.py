"""``ParsedField``: a line edit whose text a core parser turns into a value, with the outcome shown beside it.

A valid entry is priced as it is typed and shows what it was read as ("= 300,000,000 tokens"). An invalid one gets
a red frame and the parser's reason (under the field and as its tooltip), and the figures go back to the field's
last *committed* value — the one it had before this entry — never to a prefix typed on the way (``12O M`` must
not price 12 tokens). The invalid text stays as typed until the user fixes it: another edit elsewhere never
rewrites it. A value is committed when editing ends with a valid entry, or when the document sets it.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QColor, QKeySequence, QPalette
from PySide6.QtWidgets import QLabel, QLineEdit, QSizePolicy, QVBoxLayout, QWidget

from core.errors import TokenQuoteError
from gui.texts.messages import problem_text
from gui.widgets.style import error_color, hint_color, invalid_style

INVALID_PROPERTY = "invalid"
# A style sheet only while a field is invalid: widgets with one paint through the slower style-sheet style.


class FieldUndo(QObject):
    """Ctrl+Z (and redo) in a line edit: the field's own typing first, then the project's.

    A QLineEdit takes the undo key for itself even with nothing of its own to undo, so Ctrl+Z in a field just
    entered did nothing at all. With this filter the field undoes its own edit while it has one (that edit is
    the project's current step, so the step merges away), and otherwise lets the key through to the window's
    Edit › Undo."""

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(watched, QLineEdit):
            if event.matches(QKeySequence.StandardKey.Undo) and not watched.isUndoAvailable() or \
                    event.matches(QKeySequence.StandardKey.Redo) and not watched.isRedoAvailable():
                event.ignore()
                return True      # not the field's: the window's shortcut takes it
        return False


def pass_undo_when_empty(line_edit: QLineEdit) -> None:
    """Give ``line_edit`` the :class:`FieldUndo` rule (kept alive as its child)."""
    line_edit.installEventFilter(FieldUndo(line_edit))


def set_text_color(label: QLabel, color: QColor) -> None:
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, color)
    label.setPalette(palette)


class ParsedField(QWidget):
    """Parameters: ``parse(text) -> value`` raising a TokenQuoteError; ``show(value) -> text`` for values set
    from the document; ``hint(value, text) -> text`` for the line under a valid entry."""

    value_edited = Signal(object)   # the value to use: one the user typed, or the committed one again
    editing_finished = Signal()

    def __init__(self, parse: Callable[[str], object], show: Callable[[object], str],
                 hint: Callable[[object, str], str] | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self._parse = parse
        self._show = show
        self._hint = hint
        self.error = ""
        self.value = None          # what the document holds now
        self.committed = None      # what it held before the entry being typed (restored if the entry is invalid)
        self._editing = False
        self.line_edit = QLineEdit(self)
        pass_undo_when_empty(self.line_edit)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self._note_color = hint_color()
        set_text_color(self.note, hint_color())
        self.note.hide()
        self.note.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addWidget(self.line_edit)
        layout.addWidget(self.note)
        self.line_edit.textEdited.connect(self._on_text_edited)
        self.line_edit.editingFinished.connect(self._on_editing_finished)

    def text(self) -> str:
        return self.line_edit.text()

    def is_invalid(self) -> bool:
        return bool(self.error)

    def shown_committed(self) -> str:
        """The committed value as the field writes it (what is in use while the entry is invalid)."""
        return self._show(self.committed) if self.committed is not None else ""

    def set_value(self, value) -> None:
        """Show ``value`` from the document unless the text already reads as it (keeps "2.5M" as typed); an invalid
        entry is left as typed while the document still holds the committed value (another field's edit, a
        reprice): only a real change of this value (undo, another project) replaces it."""
        if self.error and value == self.committed:
            self.value = value   # the figures in use are the committed ones; the entry stays as typed
            return
        self.value = value
        if not self._editing:
            self.committed = value
        if not self.error:
            try:
                if self._parse(self.line_edit.text()) == value:
                    self._show_hint(value)
                    return
            except TokenQuoteError:
                pass
        self.line_edit.setText(self._show(value))
        self._set_error("")
        self._show_hint(value)

    def mark_invalid(self, problem: str) -> None:
        """Show ``problem`` at the field (used when the value parses but the whole workload refuses it)."""
        self._set_error(problem)

    def check(self):
        """Parse the current text and mark the field; the value, or None when the text is invalid."""
        try:
            value = self._parse(self.line_edit.text())
        except TokenQuoteError as exc:
            self._set_error(problem_text(exc))   # the field names where; the note says what
            return None
        self._set_error("")
        self._show_hint(value)
        return value

    def _on_text_edited(self, _text: str) -> None:
        if not self._editing:
            self._editing = True
            self.committed = self.value
        value = self.check()
        if value is None:
            if self.value != self.committed:
                self.value_edited.emit(self.committed)   # back to the figures before this entry
            return
        if value != self.value:
            self.value_edited.emit(value)

    def refuse(self, problem: str) -> None:
        """The value parses but its owner refuses it (batch % + off-peak % above 100): mark it, and go back to the
        committed value as for any invalid entry."""
        self._set_error(problem)
        if self.value != self.committed:
            self.value_edited.emit(self.committed)

    def _on_editing_finished(self) -> None:
        self._editing = False
        if not self.error:
            self.committed = self.value
        self.editing_finished.emit()

    def _set_error(self, problem: str) -> None:
        self.error = problem
        edit = self.line_edit
        if bool(edit.property(INVALID_PROPERTY)) != bool(problem):
            edit.setProperty(INVALID_PROPERTY, bool(problem))
            edit.setStyleSheet(invalid_style() if problem else "")
        edit.setToolTip(problem)
        if problem:
            self._set_note(problem, error_color())

    def _show_hint(self, value) -> None:
        if not self.error:
            self._set_note(self._hint(value, self.line_edit.text()) if self._hint else "", hint_color())

    def _set_note(self, text: str, color: QColor) -> None:
        if self._note_color != color:
            self._note_color = color
            set_text_color(self.note, color)
        if self.note.text() != text:
            self.note.setText(text)
            self.note.setVisible(bool(text))

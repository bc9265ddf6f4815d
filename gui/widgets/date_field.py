"""``DateField``: a date typed whole (``YYYY-MM-DD``) or picked from a calendar; never moved to another day.

A spin-box date editor reads keystrokes section by section and "fixes up" what it cannot take (2024 typed into a
year already set became 2026, 30 February became 3 February, without a word). Here the text is read by the core's
one date rule (:func:`core.dates.parse_day`) when it is complete: a real date is used, anything else is marked at
the field with the reason, and the date in use stays the last valid one.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import QCalendarWidget, QHBoxLayout, QLineEdit, QMenu, QToolButton, QWidget, QWidgetAction

from core.dates import MAX_DAY, MIN_DAY, parse_day
from core.errors import TokenQuoteError
from gui.texts.messages import error_text
from gui.widgets.fields import pass_undo_when_empty
from gui.widgets.style import invalid_style


class DateField(QWidget):
    """Parameters: ``where``, the field's name in messages. ``date_edited(date)`` is emitted for a date typed
    whole or picked; ``problem_did_change(str)`` with the reason while the text is not a real date ("" when
    fixed)."""

    date_edited = Signal(object)
    editing_finished = Signal()
    problem_did_change = Signal(str)

    def __init__(self, where: str, parent: QWidget | None = None, day: date | None = None):
        super().__init__(parent)
        self._where = where
        self._date = day or date.today()
        self.problem = ""                              # the error's text, said at the field
        self._error: TokenQuoteError | None = None   # why the date is refused: raised as it is by day()
        self.line_edit = QLineEdit(self)
        pass_undo_when_empty(self.line_edit)
        self.line_edit.setPlaceholderText("YYYY-MM-DD")
        self.line_edit.setAccessibleName(where)      # the field's name, as its messages name it
        self.line_edit.setMaxLength(10)
        self.line_edit.setFixedWidth(self.line_edit.fontMetrics().horizontalAdvance("2026-12-31") + 18)
        self.calendar_button = QToolButton(self)
        self.calendar_button.setText("▾")
        self.calendar_button.setToolTip(self.tr("Pick the date from a calendar"))
        self.calendar_button.setAccessibleName(self.tr("Pick the date from a calendar"))
        self.calendar_button.setAutoRaise(True)
        self.calendar_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)   # Tab goes from the date to what follows it
        # The calendar pops up on a click, not as the button's menu: a button with a menu draws its own arrow beside
        # the ▾, and two arrows read as two controls.
        self._menu = QMenu(self.calendar_button)
        self._menu.aboutToShow.connect(self._on_calendar_about_to_show)
        self.calendar_button.clicked.connect(
            lambda: self._menu.popup(self.calendar_button.mapToGlobal(self.calendar_button.rect().bottomLeft())))
        self._calendar: QCalendarWidget | None = None   # built on first open: start-up never pays for it
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.line_edit)
        layout.addWidget(self.calendar_button)
        # As wide as the date and its button: a tool bar gave the field its spare width, spread out as gaps between
        # the caption, the date and the ▾ (hundreds of pixels on a wide screen).
        self.setMaximumWidth(self.sizeHint().width())
        self.setFocusProxy(self.line_edit)
        self.line_edit.setText(self._date.isoformat())
        self.line_edit.textEdited.connect(self._on_text_edited)
        self.line_edit.editingFinished.connect(self._on_editing_finished)

    # -- the value -----------------------------------------------------------------------------------

    def date(self) -> QDate:
        return QDate(self._date)

    def setDate(self, day) -> None:  # noqa: N802 - as QDateEdit names it
        """Show ``day`` (a ``date`` or ``QDate``) from the document, without emitting."""
        self._date = day.toPython() if isinstance(day, QDate) else day
        self.line_edit.setText(self._date.isoformat())
        self._set_problem(None)

    def is_invalid(self) -> bool:
        return bool(self.problem)

    def day(self) -> date:
        """The date typed or picked; raises the core's InputError naming the field while the text is not a real
        date (a dialog then refuses to close instead of using the previous date behind the user's back)."""
        if self.line_edit.text().strip() != self._date.isoformat():
            self._read(self.line_edit.text())
        if self._error is not None:
            raise self._error   # the core's own error: names the field once (not "issue date: issue date: …")
        return self._date

    # -- typing --------------------------------------------------------------------------------------

    def _on_text_edited(self, text: str) -> None:
        if len(text.strip()) < 10:
            self._set_problem(None)   # still being typed: judged when complete or when editing ends
            return
        self._read(text)

    def _on_editing_finished(self) -> None:
        if self.line_edit.text().strip() != self._date.isoformat():
            self._read(self.line_edit.text())
        self.editing_finished.emit()

    def _read(self, text: str) -> None:
        try:
            day = parse_day(text, self._where)
        except TokenQuoteError as exc:
            self._set_problem(exc)
            return
        self._set_problem(None)
        if day != self._date:
            self._date = day
            self.date_edited.emit(day)

    def _set_problem(self, error: TokenQuoteError | None) -> None:
        """The error the typed text has (None: none), and its text at the field, said once when it changes."""
        self._error = error
        problem = error_text(error) if error is not None else ""
        if problem == self.problem:
            return
        self.problem = problem
        self.line_edit.setStyleSheet(invalid_style() if problem else "")
        self.line_edit.setToolTip(problem)
        self.problem_did_change.emit(problem)

    # -- picking -------------------------------------------------------------------------------------

    def _on_calendar_about_to_show(self) -> None:
        if self._calendar is None:
            self._calendar = QCalendarWidget(self._menu)
            self._calendar.setDateRange(QDate(MIN_DAY), QDate(MAX_DAY))
            self._calendar.clicked.connect(self._on_picked)
            action = QWidgetAction(self._menu)
            action.setDefaultWidget(self._calendar)
            self._menu.addAction(action)
        self._calendar.setSelectedDate(QDate(self._date))

    def _on_picked(self, qdate: QDate) -> None:
        self._menu.hide()
        day = qdate.toPython()
        self.setDate(day)
        self.date_edited.emit(day)
        self.editing_finished.emit()

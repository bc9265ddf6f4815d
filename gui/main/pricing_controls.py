"""``PricingControls``: the tool bar's display currency and "prices as of" date (with Today), and the edits they
make to the project."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QComboBox, QLabel, QToolBar, QToolButton

from core.errors import TokenQuoteError
from core.project.model import Project
from gui.texts.messages import error_text
from gui.widgets.date_field import DateField


class PricingControls(QObject):
    """Parameters: ``window``, the main window (its ``document`` and ``_warn``); the widgets are its children
    until :meth:`add_to` puts them on a tool bar."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.document = window.document
        self.currency_caption = QLabel(self.tr("&Currency "), window)
        self.currency_combo = QComboBox(window)
        self.currency_combo.setObjectName("displayCurrency")
        self.currency_combo.setToolTip(self.tr("Display currency for monthly and annual costs"))
        self.currency_caption.setBuddy(self.currency_combo)
        self.currency_combo.setAccessibleName(self.tr("Display currency"))
        self.as_of_caption = QLabel(self.tr(" Prices &as of "), window)
        # Typed whole or picked, never moved to another day (a spin-box date editor turned 2024 into 2026)
        self.as_of_edit = DateField(self.tr("prices as of"), window)
        self.as_of_edit.setObjectName("asOfDate")
        self.as_of_edit.line_edit.setToolTip(self.tr("Price with the prices in force on this day (YYYY-MM-DD)"))
        self.as_of_caption.setBuddy(self.as_of_edit.line_edit)
        self.today_button = QToolButton(window)
        self.today_button.setText(self.tr("Today"))
        self.today_button.setToolTip(self.tr("Always use today's prices"))
        self.today_button.setCheckable(True)

    def add_to(self, bar: QToolBar) -> None:
        """Put the currency, then the date and Today, on ``bar`` (a separator between), and start editing."""
        bar.addWidget(self.currency_caption)
        bar.addWidget(self.currency_combo)
        bar.addSeparator()
        bar.addWidget(self.as_of_caption)
        bar.addWidget(self.as_of_edit)
        bar.addWidget(self.today_button)
        self.currency_combo.currentIndexChanged.connect(self._on_currency_chosen)
        self.as_of_edit.date_edited.connect(self._on_as_of_edited)
        self.as_of_edit.editing_finished.connect(self.document.end_merge)
        self.as_of_edit.problem_did_change.connect(self._on_as_of_problem)
        self.today_button.clicked.connect(self._on_today_clicked)

    def show_project(self, project: Project) -> None:
        """Show the project's currency (among those its exchange rates know) and date, without editing."""
        currencies = project.fx.currencies()
        if project.currency not in currencies:
            currencies = sorted(currencies + [project.currency])
        combo = self.currency_combo
        combo.blockSignals(True)
        if [combo.itemText(i) for i in range(combo.count())] != currencies:
            combo.clear()
            combo.addItems(currencies)
        combo.setCurrentIndex(combo.findText(project.currency))
        combo.blockSignals(False)
        if not self.as_of_edit.is_invalid() or project.effective_as_of() != self.as_of_edit.date().toPython():
            self.as_of_edit.setDate(project.effective_as_of())   # an entry being fixed is not rewritten
        self.today_button.setChecked(project.as_of is None)

    def _on_currency_chosen(self, index: int) -> None:
        code = self.currency_combo.itemText(index)
        project = self.document.project
        if code and code != project.currency:
            self._edit_checked(project.edited(currency=code), self.tr("Display currency {0}").format(code))

    def _edit_checked(self, new: Project, text: str) -> bool:
        """Apply an edit only if the engine can price it (a currency with no FX path is refused, with why)."""
        try:
            self.document.compare(new)
        except TokenQuoteError as exc:
            self.window._warn(self.tr("Cannot use this setting"), error_text(exc))
            self.show_project(self.document.project)
            return False
        return self.document.edit(new, text)

    def _on_as_of_problem(self, problem: str) -> None:
        """While the typed date is not a real one, say so where the window says such things; the figures stay
        those of the date in use."""
        if problem:
            # The problem names the field already ("prices as of: '2025-02-30' is not a real date …").
            self.window.statusBar().showMessage(self.tr("{0} (the figures use {1})").format(
                problem, self.as_of_edit.date().toPython().isoformat()))
        else:
            self.window.statusBar().clearMessage()

    def _on_as_of_edited(self, day: date) -> None:
        project = self.document.project
        if day != project.as_of:
            self.document.edit(project.edited(as_of=day), self.tr("Prices as of {0}").format(day.isoformat()),
                               merge_key="as_of")

    def _on_today_clicked(self, checked: bool) -> None:
        project = self.document.project
        as_of = None if checked else date.today()
        self.document.edit(project.edited(as_of=as_of), self.tr("Prices as of today") if checked
                           else self.tr("Prices as of {0}").format(as_of.isoformat()))

"""``PricingControls``: the tool bar's display currency and "prices as of" date (with Today), and the edits they
make to the project."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QObject
from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QToolBar, QToolButton

from core.errors import TokenQuoteError
from core.project.model import Project
from gui.texts.messages import error_text


class PricingControls(QObject):
    """Parameters: ``window``, the main window (its ``document`` and ``_warn``); the widgets are its children
    until :meth:`add_to` puts them on a tool bar."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.document = window.document
        self.currency_caption = QLabel(self.tr("Currency "), window)
        self.currency_combo = QComboBox(window)
        self.currency_combo.setObjectName("displayCurrency")
        self.currency_combo.setToolTip(self.tr("Display currency for monthly and annual costs"))
        self.currency_caption.setBuddy(self.currency_combo)
        self.as_of_caption = QLabel(self.tr(" Prices as of "), window)
        self.as_of_edit = QDateEdit(window)
        self.as_of_edit.setObjectName("asOfDate")
        self.as_of_edit.setCalendarPopup(True)
        self.as_of_edit.setDisplayFormat("yyyy-MM-dd")
        self.as_of_edit.setKeyboardTracking(False)
        self.as_of_edit.setDateRange(QDate(2020, 1, 1), QDate(2100, 12, 31))
        self.as_of_edit.setToolTip(self.tr("Price with the prices in force on this day"))
        self.as_of_caption.setBuddy(self.as_of_edit)
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
        self.as_of_edit.dateChanged.connect(self._on_as_of_edited)
        self.as_of_edit.editingFinished.connect(self.document.end_merge)   # arrow steps merge, dates do not
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
        self.as_of_edit.blockSignals(True)
        self.as_of_edit.setDate(QDate(project.effective_as_of()))
        self.as_of_edit.blockSignals(False)
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

    def _on_as_of_edited(self, qdate: QDate) -> None:
        day = qdate.toPython()
        project = self.document.project
        if day != project.as_of:
            self.document.edit(project.edited(as_of=day), self.tr("Prices as of {0}").format(day.isoformat()),
                               merge_key="as_of")

    def _on_today_clicked(self, checked: bool) -> None:
        project = self.document.project
        as_of = None if checked else date.today()
        self.document.edit(project.edited(as_of=as_of), self.tr("Prices as of today") if checked
                           else self.tr("Prices as of {0}").format(as_of.isoformat()))

"""``VolumeHelperDialog``: fill a workload's monthly volumes from traffic (requests a day × tokens a request) or
from an amount of text, with the core's conversions (``tokens_from_requests`` / ``tokens_from_text``)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.errors import TokenQuoteError
from core.volumes import DAYS_PER_MONTH, parse_volume, tokens_from_requests, tokens_from_text
from gui.texts.messages import error_text
from gui.texts.numbers import decimal_point, format_count
from gui.widgets.fields import ParsedField
from gui.widgets.spin_boxes import SpinBox, count_days
from gui.widgets.style import error_style


def _at(field: str, convert, *args):
    """``convert(*args)``, its error placed at ``field`` (the core names its own argument, not the form's)."""
    try:
        return convert(*args)
    except TokenQuoteError as exc:
        raise exc.at(field) from None


class VolumeHelperDialog(QDialog):
    """After ``exec()`` returns Accepted, :attr:`result_volumes` holds (input, output, prompt tokens or None)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Estimate monthly volumes"))
        self.result_volumes: tuple[int, int, int | None] | None = None

        self.tabs = QTabWidget(self)
        traffic = QWidget(self)
        self.requests = self._count_field(self.tr("requests per day"), "10,000")
        self.input_per_request = self._count_field(self.tr("input tokens per request"), "2,000")
        self.output_per_request = self._count_field(self.tr("output tokens per request"), "400")
        self.days = SpinBox(self)
        self.days.setRange(1, 31)
        self.days.setValue(DAYS_PER_MONTH)
        count_days(self.days)
        self.set_prompt = QCheckBox(self.tr("Also use the input tokens per request as the prompt size"), self)
        self.set_prompt.setChecked(True)
        form = QFormLayout(traffic)
        form.addRow(self.tr("Requests per day"), self.requests)
        form.addRow(self.tr("Input tokens per request"), self.input_per_request)
        form.addRow(self.tr("Output tokens per request"), self.output_per_request)
        form.addRow(self.tr("Days per month"), self.days)
        form.addRow(self.set_prompt)
        self.tabs.addTab(traffic, self.tr("From traffic"))

        text = QWidget(self)
        self.language = QComboBox(self)
        self.language.addItem(self.tr("Chinese"), "zh")
        self.language.addItem(self.tr("English"), "en")
        self.unit = QComboBox(self)
        self.input_text = self._count_field(self.tr("input text per month"), "5,000万")
        self.output_text = self._count_field(self.tr("output text per month"), "1,000万")
        form = QFormLayout(text)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Counted in"), self.unit)
        form.addRow(self.tr("Input text per month"), self.input_text)
        form.addRow(self.tr("Output text per month"), self.output_text)
        note = QLabel(self.tr("Chinese: 1.6 characters per token; English: 0.75 words or 4 characters per token "
                              "(the vendors' own rules of thumb)."), self)
        note.setWordWrap(True)
        form.addRow(note)
        self.tabs.addTab(text, self.tr("From an amount of text"))

        self.outcome = QLabel(self)
        self.outcome.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Use these volumes"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.outcome)
        layout.addWidget(self.buttons)

        self.language.currentIndexChanged.connect(self._fill_units)
        self._fill_units()
        for widget in (self.requests, self.input_per_request, self.output_per_request, self.input_text,
                       self.output_text):
            widget.line_edit.textChanged.connect(self.recompute)
        self.days.valueChanged.connect(self.recompute)
        self.unit.currentIndexChanged.connect(self.recompute)
        self.tabs.currentChanged.connect(self.recompute)
        self.set_prompt.toggled.connect(self.recompute)
        self.recompute()
        self.requests.line_edit.setFocus()   # typing starts in the first field, not on the tab bar

    def _count_field(self, where: str, placeholder: str) -> ParsedField:
        field = ParsedField(lambda text: parse_volume(text, where, decimal=decimal_point()), format_count,
                            lambda n, _t: self.tr("= {0}").format(format_count(n)), self)
        field.line_edit.setPlaceholderText(self.tr("e.g. {0}").format(placeholder))
        return field

    def _fill_units(self) -> None:
        self.unit.blockSignals(True)
        self.unit.clear()
        self.unit.addItem(self.tr("characters"), "chars")
        if self.language.currentData() == "en":
            self.unit.addItem(self.tr("words"), "words")
        self.unit.blockSignals(False)
        self.recompute()

    def compute(self) -> tuple[int, int, int | None]:
        """The volumes the current tab gives; raises TokenQuoteError naming the field."""
        if self.tabs.currentIndex() == 0:
            days = self.days.value()
            requests, per_in = self.requests.text(), self.input_per_request.text()
            monthly_in = _at(self.tr("Input"), tokens_from_requests, requests, per_in, days)
            monthly_out = _at(self.tr("Output"), tokens_from_requests, requests, self.output_per_request.text(), days)
            prompt = parse_volume(per_in, self.tr("input tokens per request"), decimal=decimal_point()) \
                if self.set_prompt.isChecked() else None
            return monthly_in, monthly_out, prompt
        unit, language = self.unit.currentData(), self.language.currentData()
        return (_at(self.tr("Input text per month"), tokens_from_text, self.input_text.text(), unit, language),
                _at(self.tr("Output text per month"), tokens_from_text, self.output_text.text(), unit, language),
                None)

    def recompute(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        page = self.tabs.currentIndex()
        fields = ((self.requests, self.input_per_request, self.output_per_request) if page == 0
                  else (self.input_text, self.output_text))
        for field in fields:
            if field.text().strip():
                field.check()       # mark a bad entry at its field; an empty one is only "not yet"
        if not all(field.text().strip() for field in fields):
            # Not filled in yet: said plainly, not as an error (the dialog opened on a red "requests per day: is
            # empty; enter a number of tokens", which is not even what that field counts).
            self.result_volumes = None
            self.outcome.setStyleSheet("")
            self.outcome.setText(self.tr("Fill in each field to see the monthly volumes."))
            ok.setEnabled(False)
            return
        try:
            volumes = self.compute()
        except TokenQuoteError as exc:
            self.result_volumes = None
            self.outcome.setStyleSheet(error_style())
            self.outcome.setText(error_text(exc))
            ok.setEnabled(False)
            return
        self.result_volumes = volumes
        self.outcome.setStyleSheet("")
        self.outcome.setText(self.tr("= {0} input and {1} output tokens a month").format(
            format_count(volumes[0]), format_count(volumes[1])))
        ok.setEnabled(True)

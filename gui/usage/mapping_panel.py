"""``MappingPanel``: which column of the usage file holds which field — one choice per field, the preset found,
the file's first rows with the chosen fields over their columns, and how to read what the columns do not say
(the costs' currency, the order of day and month)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.errors import TokenQuoteError
from core.importers.usage_mapping import FIELDS, SUMMED, UsageMapping, check_mapping
from core.money import check_currency
from gui.texts.messages import error_text

FIELD_LABELS = {
    "date": QT_TRANSLATE_NOOP("MappingPanel", "Date"),
    "month": QT_TRANSLATE_NOOP("MappingPanel", "Month"),
    "model": QT_TRANSLATE_NOOP("MappingPanel", "Model"),
    "input_tokens": QT_TRANSLATE_NOOP("MappingPanel", "Input tokens"),
    "output_tokens": QT_TRANSLATE_NOOP("MappingPanel", "Output tokens"),
    "cached_input_tokens": QT_TRANSLATE_NOOP("MappingPanel", "Cached input tokens"),
    "requests": QT_TRANSLATE_NOOP("MappingPanel", "Requests"),
    "cost": QT_TRANSLATE_NOOP("MappingPanel", "Cost"),
    "currency": QT_TRANSLATE_NOOP("MappingPanel", "Currency"),
    "group": QT_TRANSLATE_NOOP("MappingPanel", "Group (project, team, key)"),
    "usage_kind": QT_TRANSLATE_NOOP("MappingPanel", "Billing item (bills with one row per item)"),
    "usage": QT_TRANSLATE_NOOP("MappingPanel", "Usage amount (bills)"),
    "unit": QT_TRANSLATE_NOOP("MappingPanel", "Usage unit (bills)"),
}


def field_label(name: str) -> str:
    return QCoreApplication.translate("MappingPanel", FIELD_LABELS[name])


class MappingPanel(QWidget):
    """Parameters: the file's ``source`` (header, sample rows, encoding) and the ``mapping`` to start from."""

    mapping_did_change = Signal()

    def __init__(self, source, mapping: UsageMapping, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("usageMappingPanel")
        self.source = source
        self._start = mapping
        header = source.header
        found = QLabel(self)
        found.setObjectName("usagePresetLabel")
        found.setWordWrap(True)
        from core.importers.usage_presets import BY_KEY
        preset = BY_KEY.get(mapping.preset)
        lines = [self.tr("{0}: {1} columns.").format(source.path.name, len(header))]
        if source.encoding_label:
            lines.append(self.tr("Read as {0}.").format(source.encoding_label))
        from core.importers.usage_mapping import generic_mapping
        if preset:
            lines.append(self.tr("Recognised as: {0}.").format(preset.title))
        elif mapping.columns and mapping.columns == generic_mapping(header).columns:
            lines.append(self.tr("The generic column names (date, model, input_tokens, …) were recognised."))
        else:
            lines.append(self.tr("No documented export recognised: check the columns below."))
        found.setText(" ".join(lines))

        self.combos: dict[str, QComboBox] = {}
        self._choices: dict[str, list[tuple[int, ...]]] = {}
        fields_box = QGroupBox(self.tr("Columns"), self)
        grid = QGridLayout(fields_box)
        for k, name in enumerate(FIELDS):
            combo = QComboBox(fields_box)
            combo.setObjectName(f"usageField_{name}")
            choices: list[tuple[int, ...]] = [()]
            combo.addItem(self.tr("(not in the file)"))
            chosen = tuple(mapping.columns.get(name, ()))
            if len(chosen) > 1 and name in SUMMED:
                choices.append(chosen)
                combo.addItem(" + ".join(header[i] for i in chosen))
            for i, h in enumerate(header):
                choices.append((i,))
                combo.addItem(h or self.tr("column {0}").format(i + 1))
            self._choices[name] = choices
            combo.setCurrentIndex(choices.index(chosen) if chosen in choices else 0)
            combo.currentIndexChanged.connect(self._on_changed)
            self.combos[name] = combo
            label = QLabel(field_label(name), fields_box)
            label.setBuddy(combo)
            grid.addWidget(label, k // 2, (k % 2) * 2)
            grid.addWidget(combo, k // 2, (k % 2) * 2 + 1)

        options = QFormLayout()
        self.currency_edit = QLineEdit(mapping.currency_code or "", self)
        self.currency_edit.setObjectName("usageCurrencyCode")
        self.currency_edit.setPlaceholderText(self.tr("e.g. USD"))
        self.currency_edit.setMaxLength(3)
        self.currency_edit.textEdited.connect(self._on_changed)
        options.addRow(self.tr("Currency of the costs when no column gives it:"), self.currency_edit)
        self.day_first = QComboBox(self)
        self.day_first.setObjectName("usageDayFirst")
        self.day_first.addItem(self.tr("refuse dates such as 03/04/2025"), None)
        self.day_first.addItem(self.tr("day first (3 April 2025)"), True)
        self.day_first.addItem(self.tr("month first (4 March 2025)"), False)
        self.day_first.setCurrentIndex(max(0, self.day_first.findData(mapping.day_first)))
        self.day_first.currentIndexChanged.connect(self._on_changed)
        options.addRow(self.tr("Dates written d/m/yyyy or m/d/yyyy:"), self.day_first)

        self.preview = QTableWidget(self)
        self.preview.setTabKeyNavigation(False)  # Tab moves on to the next control, not the next cell
        self.preview.setObjectName("usagePreview")
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.preview.verticalHeader().hide()
        self.problem = QLabel(self)
        self.problem.setObjectName("usageMappingProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b25e00")

        layout = QVBoxLayout(self)
        layout.addWidget(found)
        layout.addWidget(fields_box)
        row = QHBoxLayout()
        row.addLayout(options)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(QLabel(self.tr("The file's first rows, with the field each column is read as:"), self))
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.problem)
        self._fill_preview()
        self._check()

    # -- the mapping --------------------------------------------------------------------------------------

    def mapping(self) -> UsageMapping:
        columns = {}
        for name, combo in self.combos.items():
            chosen = self._choices[name][max(0, combo.currentIndex())]
            if chosen:
                columns[name] = chosen
        return UsageMapping(columns, self._currency(), self.day_first.currentData(), self._start.preset
                            if columns == self._start.columns else "", self._start.row_is_request and
                            "requests" not in columns, self._start.cost_scale)

    def _currency(self) -> str | None:
        text = self.currency_edit.text().strip().upper()
        if not text:
            return None
        try:
            return check_currency(text, "currency")
        except TokenQuoteError:
            return None

    def problem_text(self) -> str:
        """Why the mapping cannot read the file ("" when it can)."""
        text = self.currency_edit.text().strip()
        if text and self._currency() is None:
            return self.tr("“{0}” is not a currency code (three letters, e.g. USD, CNY).").format(text)
        try:
            check_mapping(self.mapping(), self.source.header, self.source.path.name)
        except TokenQuoteError as exc:
            return error_text(exc)
        return ""

    def _on_changed(self, *_args) -> None:
        self._fill_preview()
        self._check()
        self.mapping_did_change.emit()

    def _check(self) -> None:
        self.problem.setText(self.problem_text())

    def _fill_preview(self) -> None:
        header = self.source.header
        rows = self.source.sample or []
        used: dict[int, list[str]] = {}
        for name, cols in self.mapping().columns.items():
            for i in cols:
                used.setdefault(i, []).append(field_label(name))
        self.preview.clear()
        self.preview.setColumnCount(len(header))
        self.preview.setRowCount(len(rows))
        for i, h in enumerate(header):
            title = h + ("\n→ " + ", ".join(used[i]) if i in used else "")
            self.preview.setHorizontalHeaderItem(i, QTableWidgetItem(title))
        for r, cells in enumerate(rows):
            for i in range(len(header)):
                item = QTableWidgetItem(str(cells[i]) if i < len(cells) else "")
                if i not in used:
                    item.setForeground(Qt.GlobalColor.gray)
                self.preview.setItem(r, i, item)
        self.preview.resizeColumnsToContents()

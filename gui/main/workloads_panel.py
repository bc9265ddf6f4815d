"""``WorkloadsPanel``: the project's named workloads and, for the current one, its monthly volumes and traffic
shape. Every change is an undoable edit of the document; the keystrokes of one field make one undo step."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from core.errors import InputError
from core.pricing.workload import Workload
from core.project.edits import add_workload, remove_workload, rename_workload, with_workload
from core.project.model import Project
from core.volumes import format_volume, parse_percent, parse_volume
from gui.document import Document
from gui.texts.i18n import is_chinese
from gui.texts.messages import error_text
from gui.texts.numbers import decimal_point, field_text, format_count
from gui.widgets.fields import ParsedField, set_text_color
from gui.widgets.style import error_color

_CJK_UNITS = ("万", "亿", "千", "百")


def _percent_text(value: Decimal) -> str:
    return field_text(f"{value.normalize():f}")


class WorkloadsPanel(QWidget):
    """Lists the workloads (add, duplicate, rename, remove) and edits the current one."""

    helper_requested = Signal()        # "Estimate volumes…": the window opens the helper dialog

    def __init__(self, document: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        self.current = 0
        self._chinese = is_chinese()   # volumes then show as 3亿 and read back in 亿/万 first

        self.list = QListWidget(self)
        self.list.setObjectName("workloadList")
        self.list.setAccessibleName(self.tr("Workloads"))
        self.list.setMaximumHeight(78)
        self.list.setEditTriggers(QListWidget.EditTrigger.DoubleClicked | QListWidget.EditTrigger.EditKeyPressed)
        self.list.setToolTip(self.tr("Double-click a workload to rename it"))
        self.add_button = self._tool_button(self.tr("Add"), self.tr("Add a workload"), self.add)
        self.duplicate_button = self._tool_button(self.tr("Copy"), self.tr("Duplicate the current workload"),
                                                  self.duplicate)
        self.rename_button = self._tool_button(self.tr("Rename"), self.tr("Rename the current workload"),
                                               self.start_rename)
        self.remove_button = self._tool_button(self.tr("Remove"), self.tr("Remove the current workload"),
                                               self.remove)
        self.message = QLabel(self)
        set_text_color(self.message, error_color())
        self.message.setWordWrap(True)
        self.message.hide()

        self.input_field = self._volume_field(self.tr("input tokens"))
        self.output_field = self._volume_field(self.tr("output tokens"))
        self.cache_field = self._percent_field(self.tr("cache-hit %"),
                                               self.tr("{0}% of input tokens billed at the cache-hit price"))
        self.batch_field = self._percent_field(self.tr("batch %"), self.tr("{0}% of traffic sent as batch"))
        self.off_peak_field = self._percent_field(self.tr("off-peak %"),
                                                  self.tr("{0}% of traffic in off-peak hours"))
        self.prompt_field = ParsedField(
            lambda text: parse_volume(text, self.tr("prompt tokens per request"), decimal=decimal_point()),
            self._show_volume,
            self._prompt_hint, self)
        self.fields = {"input_tokens": self.input_field, "output_tokens": self.output_field,
                       "cache_hit_pct": self.cache_field, "batch_pct": self.batch_field,
                       "off_peak_pct": self.off_peak_field, "prompt_tokens": self.prompt_field}
        # Alt+I and Alt+U reach the volumes from anywhere in the window (Alt+O is the export notice's Open).
        self._labels = labels = {
            "input_tokens": self.tr("&Input tokens / month"), "output_tokens": self.tr("O&utput tokens / month"),
            "cache_hit_pct": self.tr("Cache hits (% of input)"), "batch_pct": self.tr("Batch (% of traffic)"),
            "off_peak_pct": self.tr("Off-peak (% of traffic)"), "prompt_tokens": self.tr("Prompt tokens / request")}
        self._edit_names = {"input_tokens": self.tr("Edit input tokens"),
                            "output_tokens": self.tr("Edit output tokens"),
                            "cache_hit_pct": self.tr("Edit cache-hit %"), "batch_pct": self.tr("Edit batch %"),
                            "off_peak_pct": self.tr("Edit off-peak %"),
                            "prompt_tokens": self.tr("Edit prompt tokens per request")}
        self.helper_button = QPushButton(self.tr("Estimate volumes…"), self)
        self.helper_button.setToolTip(self.tr("Fill the volumes from requests a day × tokens a request, or from "
                                              "an amount of text"))
        self.helper_button.clicked.connect(self.helper_requested)

        buttons = QHBoxLayout()
        buttons.setSpacing(2)
        for button in (self.add_button, self.duplicate_button, self.rename_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)   # labels above: the dock is narrow
        form.setVerticalSpacing(4)
        for key, field in self.fields.items():
            label = QLabel(labels[key], self)
            label.setBuddy(field.line_edit)
            # A screen reader finds a buddy label only beside its widget; the line edit sits inside the field.
            field.line_edit.setAccessibleName(labels[key].replace("&", "").rstrip(" :："))
            form.addRow(label, field)
            field.value_edited.connect(lambda value, key=key: self._on_value_edited(key, value))
            field.editing_finished.connect(self.document.end_merge)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addLayout(form)
        layout.addWidget(self.helper_button)
        layout.addStretch(1)

        self.list.currentRowChanged.connect(self._on_current_row_changed)
        self.list.itemChanged.connect(self._on_item_changed)
        document.project_did_change.connect(self.refresh)
        self.refresh(document.project)

    # -- building ---------------------------------------------------------------------------------------

    def _tool_button(self, text: str, tip: str, slot) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setAutoRaise(False)
        button.clicked.connect(slot)
        return button

    def _volume_field(self, where: str) -> ParsedField:
        field = ParsedField(lambda text: parse_volume(text, where, decimal=decimal_point()), self._show_volume,
                            self._volume_hint, self)
        field.line_edit.setPlaceholderText(self.tr("e.g. 300M, 1.2亿, 1,234,567"))
        field.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        return field

    def _percent_field(self, where: str, hint: str) -> ParsedField:
        field = ParsedField(lambda text: parse_percent(text, where, decimal=decimal_point()), _percent_text,
                            lambda value, _text: hint.format(_percent_text(value)), self)
        field.line_edit.setPlaceholderText(self.tr("0–100"))
        return field

    def _show_volume(self, tokens: int) -> str:
        return field_text(format_volume(tokens, chinese=self._chinese))

    def _volume_hint(self, tokens: int, typed: str) -> str:
        grouped = format_count(tokens)
        if tokens >= 10_000 and self._chinese:
            # In Chinese the figure reads in 亿/万 first: "= 1.2亿 tokens（120,000,000）".
            return self.tr("= {0} tokens ({1})").format(format_volume(tokens, chinese=True), grouped)
        if tokens >= 10_000 and any(unit in typed for unit in _CJK_UNITS):
            # Echo 亿/万 to whoever typed them: "1.2亿" reads back as 120,000,000 (1.2亿).
            return self.tr("= {0} tokens ({1})").format(grouped, format_volume(tokens, chinese=True))
        return self.tr("= {0} tokens").format(grouped)

    def _prompt_hint(self, tokens: int, _typed: str) -> str:
        if not tokens:
            return self.tr("0 = unknown: base prices, no long-prompt tier")
        return self.tr("= {0} tokens per request (picks the context-length tier)").format(format_count(tokens))

    # -- document → widgets -----------------------------------------------------------------------------

    def refresh(self, project: Project) -> None:
        names = [w.name for w in project.workloads]
        self.current = min(self.current, len(names) - 1)
        if [self.list.item(i).text() for i in range(self.list.count())] != names:
            self.list.blockSignals(True)
            self.list.clear()
            for name in names:
                item = QListWidgetItem(name)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
                self.list.addItem(item)
            self.list.blockSignals(False)
        for i, name in enumerate(names):   # the dock is narrow: a long name is cut, and read whole here
            self.list.item(i).setToolTip(name)   # (a name edited in place kept its item, and the old tooltip)
        if self.list.currentRow() != self.current:
            self.list.blockSignals(True)
            self.list.setCurrentRow(self.current)
            self.list.blockSignals(False)
        workload = project.workloads[self.current]
        for key, field in self.fields.items():
            field.set_value(getattr(workload, key))
        self.remove_button.setEnabled(len(names) > 1)

    def invalid_entries(self) -> list[tuple[str, str, str]]:
        """(field label, the text typed, the committed figure in use) for each field holding an invalid entry."""
        found = []
        for key, field in self.fields.items():
            if field.is_invalid():
                found.append((self._labels[key].replace("&", "").rstrip(":"), field.text(), field.shown_committed()))
        return found

    def workload(self) -> Workload:
        return self.document.project.workloads[self.current]

    # -- widgets → document -----------------------------------------------------------------------------

    def _on_value_edited(self, key: str, value) -> None:
        project = self.document.project
        try:
            workload = self.workload().edited(**{key: value})
        except InputError as exc:
            # The figure parses but the workload refuses it (batch % + off-peak % above 100).
            self.fields[key].refuse(error_text(exc))
            return
        self.document.edit(with_workload(project, self.current, workload), self._edit_names[key],
                           merge_key=("workload", self.current, key))

    def set_volumes(self, input_tokens: int, output_tokens: int, prompt_tokens: int | None = None) -> None:
        """Fill the current workload's volumes in one undo step (from the estimate helper)."""
        changes = {"input_tokens": input_tokens, "output_tokens": output_tokens}
        if prompt_tokens is not None:
            changes["prompt_tokens"] = prompt_tokens
        project = self.document.project
        self.document.edit(with_workload(project, self.current, self.workload().edited(**changes)),
                           self.tr("Estimate volumes"))

    def _on_current_row_changed(self, row: int) -> None:
        if row < 0:
            return
        self.current = row
        self.document.end_merge()
        self.refresh(self.document.project)

    def add(self) -> None:
        try:
            project = add_workload(self.document.project, self.tr("Workload"))
        except InputError as exc:   # a project holds at most core.pricing.workload.MAX_WORKLOADS
            self._say(error_text(exc))
            return
        self._apply(project, self.tr("Add workload"), select_last=True)
        self.start_rename()   # named at once, from the keyboard; focus was left on the Add button

    def duplicate(self) -> None:
        source = self.workload()
        try:
            project = add_workload(self.document.project, self.tr("{0} copy").format(source.name), template=source)
        except InputError as exc:
            self._say(error_text(exc))
            return
        self._apply(project, self.tr("Duplicate workload"), select_last=True)
        self.start_rename()

    def remove(self) -> None:
        if len(self.document.project.workloads) <= 1:
            return   # the button is disabled: a project keeps one workload
        project = remove_workload(self.document.project, self.current)
        self.current = max(0, self.current - 1)
        self._apply(project, self.tr("Remove workload"))

    def start_rename(self) -> None:
        item = self.list.item(self.current)
        if item is not None:
            self.list.editItem(item)

    def rename(self, index: int, name: str) -> bool:
        try:
            project = rename_workload(self.document.project, index, name)   # the one rule for names
        except InputError as exc:
            self._say(self.tr("A workload needs a name.") if exc.code == "empty" else
                      self.tr("“{0}” is already the name of another workload.").format(name.strip()))
            item = self.list.item(index)
            if item is not None:   # put the old name back without re-entering itemChanged
                self.list.blockSignals(True)
                item.setText(self.document.project.workloads[index].name)
                self.list.blockSignals(False)
            return False
        self._apply(project, self.tr("Rename workload"))
        return True

    def _on_item_changed(self, item: QListWidgetItem) -> None:
        index = self.list.row(item)
        if 0 <= index < len(self.document.project.workloads):
            if item.text() != self.document.project.workloads[index].name:
                self.rename(index, item.text())

    def _apply(self, project: Project, text: str, select_last: bool = False) -> None:
        self._say("")
        if select_last:
            self.current = len(project.workloads) - 1
        self.document.edit(project, text)
        self.refresh(self.document.project)

    def _say(self, problem: str) -> None:
        self.message.setText(problem)
        self.message.setVisible(bool(problem))

"""The import report: what a price-list import did with every row or key (added, updated, skipped and why), with
a filter by result and "Save as text…" (the core's own summary and per-row lines, as the CLI prints them)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.atomic import atomic_write_text
from core.errors import TokenQuoteError
from core.importers.report import ADDED, SKIPPED, UPDATED, ImportReport
from gui.texts.messages import error_text, place_text
from gui.texts.numbers import format_count
from gui.widgets import file_dialogs
from gui.widgets.style import warning_color

COL_LINE, COL_ENTRY, COL_RESULT, COL_MODEL, COL_REASON = range(5)
STATUS_ROLE = int(Qt.ItemDataRole.UserRole) + 1


def report_text(report: ImportReport) -> str:
    """The whole report as text: the one-glance summary, then one line per row or key."""
    return report.summary() + "\n\n" + "\n".join(report.lines()) + "\n"


class ImportReportModel(QAbstractTableModel):
    """One row per source row or key, in source order."""

    def __init__(self, report: ImportReport, parent=None):
        super().__init__(parent)
        self.outcomes = report.outcomes

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.outcomes)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Line"), self.tr("Entry"), self.tr("Result"), self.tr("Model"),
                    self.tr("Reason / details"))[section]
        return None

    def status_text(self, status: str) -> str:
        return {ADDED: self.tr("added"), UPDATED: self.tr("updated"), SKIPPED: self.tr("skipped")}.get(status, status)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.outcomes):
            return None
        outcome = self.outcomes[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == COL_LINE:
                return str(outcome.line) if outcome.line is not None else ""
            if column == COL_ENTRY:
                return place_text(outcome.ref)
            if column == COL_RESULT:
                return self.status_text(outcome.status)
            if column == COL_MODEL:
                return outcome.model_id
            # The core's reason and detail are named words (core.errors.Field): shown in the user's language.
            reason, detail = place_text(outcome.reason), place_text(outcome.detail)
            return self.tr("{0}: {1}").format(reason, detail) if reason and detail else reason or detail
        if role == STATUS_ROLE:
            return outcome.status
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_RESULT and outcome.status == SKIPPED:
            return QBrush(warning_color())
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_LINE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ImportReportDialog(QDialog):
    """Shows an :class:`ImportReport`; ``layer`` names the catalog layer the import became ("" if none)."""

    def __init__(self, report: ImportReport, layer: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("importReportDialog")
        self.report = report
        self.setWindowTitle(self.tr("Import report — {0}").format(report.source.name))
        counts = report.counts()
        total = len(report.outcomes)
        self.summary = QLabel(self)
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lines = [self.tr("{0}: {1} added, {2} updated, {3} skipped of {4} entries.").format(
            report.source.name, format_count(counts[ADDED]), format_count(counts[UPDATED]),
            format_count(counts[SKIPPED]), format_count(total))]
        if layer:
            lines.append(self.tr("The prices are in the catalog layer “{0}” (Tools › Catalog shows and switches "
                                 "layers).").format(layer))
        else:
            lines.append(self.tr("Nothing was added to the catalog."))
        if report.encoding:
            lines.append(self.tr("Read as {0}.").format(report.encoding))
        reasons = report.skip_reasons()
        if reasons:
            lines.append(self.tr("Skipped: {0}").format(
                "; ".join(self.tr("{0} ({1})").format(place_text(reason), format_count(count))
                          for reason, count in reasons)))
        lines.extend(place_text(note) for note in report.notes)
        self.summary.setText("\n".join(lines))

        self.model = ImportReportModel(report, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterRole(STATUS_ROLE)
        self.proxy.setFilterKeyColumn(COL_RESULT)
        self.filter_combo = QComboBox(self)
        self.filter_combo.setObjectName("importResultFilter")
        self.filter_combo.addItem(self.tr("All results ({0})").format(format_count(total)), "")
        for status, label in ((ADDED, self.tr("Added ({0})")), (UPDATED, self.tr("Updated ({0})")),
                              (SKIPPED, self.tr("Skipped ({0})"))):
            self.filter_combo.addItem(label.format(format_count(counts[status])), status)
        self.filter_combo.currentIndexChanged.connect(self._on_filter)
        self.table = QTableView(self)
        self.table.setTabKeyNavigation(False)  # Tab moves on to the next control, not the next cell
        self.table.setObjectName("importReportTable")
        self.table.setModel(self.proxy)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_REASON, QHeaderView.ResizeMode.Stretch)
        for column, width in ((COL_LINE, 50), (COL_ENTRY, 230), (COL_RESULT, 70), (COL_MODEL, 220)):
            self.table.setColumnWidth(column, width)

        self.save_button = QPushButton(self.tr("Save as text…"), self)
        self.save_button.clicked.connect(self.save_as)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        filter_row = QHBoxLayout()
        filter_row.addWidget(QLabel(self.tr("Show"), self))
        filter_row.addWidget(self.filter_combo)
        filter_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(filter_row)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(900, 560)

    def _on_filter(self, _index: int) -> None:
        status = self.filter_combo.currentData() or ""
        self.proxy.setFilterRegularExpression(f"^{status}$" if status else "")

    def shown_count(self) -> int:
        return self.proxy.rowCount()

    def save_as(self) -> None:
        suggested = str(self.report.source.parent / self.tr("{0} import report.txt").format(self.report.source.stem))
        path, _filter = file_dialogs.get_save_file_name(self, self.tr("Save import report"), suggested,
                                                    self.tr("Text files (*.txt);;All files (*)"))
        if path:
            self.save_to(path)

    def save_to(self, path: str | Path) -> bool:
        """Write the report as text (atomically); a failure is shown, and False returned."""
        try:
            atomic_write_text(path, report_text(self.report))
        except TokenQuoteError as exc:
            QMessageBox.warning(self, self.tr("Cannot save the report"), error_text(exc))
            return False
        return True

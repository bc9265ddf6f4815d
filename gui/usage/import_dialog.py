"""``UsageImportDialog``: the two steps of File › Import usage… — the mapping of the file's columns (with a
preview) and, once the file is read, the results (report, workloads, reconciliation) and the choice to add them
to the project. Reading runs outside the dialog (``gui.usage.actions``), which calls :meth:`show_results`."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from core.errors import TokenQuoteError
from core.pricing.reconcile import reconcile
from gui.texts.messages import error_text
from gui.usage.mapping_panel import MappingPanel
from gui.usage.results_panel import ResultsPanel


class UsageImportDialog(QDialog):
    """Parameters: the opened ``source``, the ``mapping`` to start from and the ``document`` (its pricer, display
    currency and exchange rates price the reconciliation). ``import_requested(mapping)`` asks for the file to be
    read; once accepted, :attr:`result` holds what to add (workloads, growth, replace, reconciliation)."""

    import_requested = Signal(object)

    def __init__(self, source, mapping, document, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("usageImportDialog")
        self.setWindowTitle(self.tr("Import usage — {0}").format(source.path.name))
        self.source = source
        self.document = document
        self.results: ResultsPanel | None = None
        self.result = None
        self.mapping_panel = MappingPanel(source, mapping, self)
        self.mapping_panel.mapping_did_change.connect(self._update_buttons)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.mapping_panel)
        self.problem = QLabel(self)
        self.problem.setObjectName("usageDialogProblem")
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = QPushButton(self.tr("&Import"), self)
        self.import_button.setObjectName("usageImportButton")
        self.import_button.setDefault(True)
        self.back_button = QPushButton(self.tr("&Back to the columns"), self)
        self.add_button = QPushButton(self.tr("&Add to the project"), self)
        self.add_button.setObjectName("usageAddButton")
        for button in (self.back_button, self.import_button, self.add_button):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button.clicked.connect(self.request_import)
        self.back_button.clicked.connect(self._back)
        self.add_button.clicked.connect(self.add_to_project)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.resize(980, 680)
        self._update_buttons()

    def request_import(self) -> None:
        if not self.mapping_panel.problem_text():
            self.import_button.setEnabled(False)
            self.import_requested.emit(self.mapping_panel.mapping())

    def import_failed(self, text: str) -> None:
        self.problem.setText(text)
        self._update_buttons()

    def show_results(self, imported) -> None:
        """The file has been read: reconcile it with the document's prices and show what it gives."""
        project = self.document.project
        reconciliation = reconcile(imported.rows, self.document.pricer, currency=project.currency, fx=project.fx,
                                   source=imported.source.path.name, include_free=project.include_free)
        if self.results is not None:
            self.pages.removeWidget(self.results)
            self.results.deleteLater()
        self.results = ResultsPanel(imported, reconciliation, self.document.pricing_catalog, self)
        self.results.plan_did_change.connect(self._update_buttons)
        self.pages.addWidget(self.results)
        self.pages.setCurrentWidget(self.results)
        self.problem.clear()
        self._update_buttons()

    def _back(self) -> None:
        self.pages.setCurrentWidget(self.mapping_panel)
        self._update_buttons()

    def _update_buttons(self) -> None:
        on_results = self.results is not None and self.pages.currentWidget() is self.results
        self.import_button.setVisible(not on_results)
        self.back_button.setVisible(on_results)
        self.add_button.setVisible(on_results)
        if on_results:
            problem = self.results.growth_problem()
            if not self.results.workloads():
                problem = problem or self.tr("No workload to add: the file holds no full month of use.")
            self.problem.setText(problem)
            self.add_button.setEnabled(not problem)
        else:
            problem = self.mapping_panel.problem_text()
            self.import_button.setEnabled(not problem)

    def add_to_project(self) -> None:
        panel = self.results
        if panel is None:
            return
        try:
            growth = panel.growth()
        except TokenQuoteError as exc:
            self.problem.setText(error_text(exc))
            return
        workloads = panel.workloads()
        if not workloads:
            return
        self.result = (workloads, growth, panel.replace.isChecked(), panel.reconciliation)
        self.accept()

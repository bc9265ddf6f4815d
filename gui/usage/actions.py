"""``UsageActions``: File › Import usage… — choose a file, open it (header and first rows), show the mapping,
read the file on a worker with a progress dialog, show the results, and add the workloads, the growth and the
reconciliation to the project as one undoable edit. Mappings the user confirms are remembered per header.

Light to import: the importers, pandas, the dialogs and QtCharts load when an import starts.
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction

from core.errors import TokenQuoteError
from gui import settings as cfg
from gui.texts.messages import error_text


class UsageActions(QObject):
    """Parameters: ``window``, the main window (its ``document``, ``settings``, ``interactive``, status bar and
    ``_warn``)."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.dialog = None         # the UsageImportDialog now open
        self.run = None            # a ProgressRun while a file is read
        self._source = None
        self.import_action = QAction(self.tr("Import &usage…"), window)
        self.import_action.setObjectName("importUsageAction")
        tip = self.tr("Start workloads from a usage or billing export (OpenAI, Anthropic, LiteLLM, 火山引擎, or any "
                      "CSV/Excel file), and reconcile what was billed with the catalog's prices")
        self.import_action.setStatusTip(tip)
        self.import_action.setToolTip(tip)
        self.import_action.triggered.connect(lambda: self.import_usage())

    def import_usage(self, path: str | Path | None = None):
        """Open ``path`` (asked for when None) and show its mapping; returns the dialog, or None."""
        window = self.window
        if self.run is not None:
            return None
        if path is None:
            from gui.widgets import file_dialogs  # its widgets load with the first dialog, not at start-up
            path, _chosen = file_dialogs.get_open_file_name(
                window, self.tr("Import usage"), cfg.get(cfg.LAST_FOLDER, window.settings),
                self.tr("Usage exports (*.csv *.tsv *.txt *.xlsx);;All files (*)"))
            if not path:
                return None
        from core.importers.usage import guess_mapping  # the importers load when used, not at start-up
        from core.importers.usage_read import open_usage
        try:
            source = open_usage(path)
            mapping = self.remembered(source.header) or guess_mapping(source.header)
        except TokenQuoteError as exc:
            window._warn(self.tr("Cannot import usage"), error_text(exc))
            return None
        from gui.usage.import_dialog import UsageImportDialog
        if self.dialog is not None:
            self.dialog.close()
        self._source = source
        self.dialog = UsageImportDialog(source, mapping, window.document, window)
        self.dialog.import_requested.connect(self.start_reading)
        self.dialog.accepted.connect(self._on_accepted)
        if window.interactive:
            self.dialog.show()
        return self.dialog

    # -- remembered mappings ----------------------------------------------------------------------------

    def remembered(self, header: list[str]):
        """The mapping last used for a file with this header, if it still fits it."""
        from core.importers.usage_mapping import check_mapping, header_signature, parse_mapping_doc
        try:
            stored = json.loads(cfg.get(cfg.USAGE_MAPPINGS, self.window.settings) or "{}")
            doc = stored.get(header_signature(header)) if isinstance(stored, dict) else None
            if not isinstance(doc, dict):
                return None
            from core.importers.usage import guess_mapping
            mapping = parse_mapping_doc(doc, "settings").apply(header, guess_mapping(header), "settings")
            check_mapping(mapping, header, "settings")
            return mapping
        except (TokenQuoteError, ValueError):
            return None   # a mapping from a hand-edited settings file that no longer fits: start afresh

    def remember(self, header: list[str], mapping) -> None:
        from core.importers.usage_mapping import header_signature
        try:
            stored = json.loads(cfg.get(cfg.USAGE_MAPPINGS, self.window.settings) or "{}")
        except ValueError:
            stored = {}
        if not isinstance(stored, dict):
            stored = {}
        stored[header_signature(header)] = mapping.to_json(header)
        cfg.put(cfg.USAGE_MAPPINGS, json.dumps(stored, ensure_ascii=False), self.window.settings)

    # -- reading ----------------------------------------------------------------------------------------

    def start_reading(self, mapping):
        """Read the file with ``mapping`` on a worker thread with a progress dialog; returns the task."""
        from PySide6.QtWidgets import QProgressDialog

        from core.importers.usage import import_usage
        from gui.workers import ProgressRun
        window, source = self.window, self._source
        progress = QProgressDialog(self.tr("Reading {0}…").format(source.path.name), self.tr("Cancel"), 0, 100,
                                   self.dialog or window)
        progress.setObjectName("usageProgress")
        progress.setWindowTitle(self.tr("Import usage"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        self._mapping = mapping
        self.run = ProgressRun(progress, self.import_action, self)
        return self.run.start(import_usage, source.path, window.document.pricing_catalog, mapping, source=source,
                              on_success=self._on_read, on_failure=self._on_failed)

    @property
    def task(self):
        return self.run.task if self.run is not None else None

    def _end(self) -> None:
        if self.run is not None:
            self.run.end()
            self.run = None

    def _on_read(self, imported) -> None:
        self._end()
        self.remember(imported.source.header, imported.mapping)
        if self.dialog is not None:
            self.dialog.show_results(imported)

    def _on_failed(self, error) -> None:
        cancelled = self.run is not None and self.run.cancelled
        self._end()
        text = self.tr("Import cancelled.") if cancelled else error_text(error)
        if self.dialog is not None:
            self.dialog.import_failed(text)
        if not cancelled:
            self.window._warn(self.tr("Cannot import usage"), text)

    # -- adding to the project --------------------------------------------------------------------------

    def _on_accepted(self) -> None:
        dialog = self.dialog
        if dialog is None or dialog.result is None:
            return
        self.apply(*dialog.result, name=dialog.source.path.name)

    def apply(self, workloads, growth, replace: bool, reconciliation, name: str = "") -> bool:
        """Add (or put in place of the project's) ``workloads``, with the projection's ``growth`` and the
        ``reconciliation``, as one undoable edit."""
        from core.project.edits import with_workloads
        document = self.window.document
        try:
            new = with_workloads(document.project, workloads, replace=replace, growth_pct=growth,
                                 reconciliation=reconciliation)
        except TokenQuoteError as exc:
            self.window._warn(self.tr("Cannot import usage"), error_text(exc))
            return False
        changed = document.edit(new, self.tr("Import usage from {0}").format(name))
        if changed:
            self.window.statusBar().showMessage(self.tr("Imported {0} workloads from {1}").format(
                len(workloads), name), 8000)
        return changed

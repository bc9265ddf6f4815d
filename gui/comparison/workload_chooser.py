"""The comparison's workload chooser: every workload together, or one at a time (its rows and ranks are that
workload's: ``Comparison.by_workload``); and which workload stays shown when the project's workloads change."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QWidget


class WorkloadChooser(QComboBox):
    """ "All workloads" or one of them, by name; emits ``workload_chosen(name or None)``."""

    workload_chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("workloadFilter")
        self.setToolTip(self.tr("Show one workload's costs and ranks, or all workloads together"))
        self.setAccessibleName(self.tr("Workload shown"))
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(9)
        self.currentIndexChanged.connect(self._on_index_changed)

    def set_workloads(self, names: list[str], current: str | None) -> None:
        """Offer ``names`` (and all together), showing ``current``; emits nothing."""
        self.blockSignals(True)
        self.clear()
        self.addItem(self.tr("All workloads"), None)
        for name in names:
            self.addItem(name, name)
        self.setCurrentIndex(max(0, self.findData(current)) if current is not None else 0)
        self.blockSignals(False)

    def workload(self) -> str | None:
        return self.currentData()

    def choose(self, name: str | None) -> None:
        """Show workload ``name`` (None: all), as if the user picked it."""
        self.setCurrentIndex(max(0, self.findData(name)) if name is not None else 0)

    def _on_index_changed(self, _index: int) -> None:
        self.workload_chosen.emit(self.currentData())


def followed_workload(names: list[str], old: list[str], current: str | None) -> str | None:
    """The workload still shown once the project's workloads are ``names`` (they were ``old``): a renamed one
    stays shown under its new name, a removed one gives way to all (None), as does a project of one workload."""
    if current is not None and len(names) == len(old) and current in old:
        current = names[old.index(current)]
    return current if current in names and len(names) > 1 else None

"""A model row's "Use in a plan" menu: put the model on a workload of a plan, or of a new plan. With one workload
shown, that workload; with all shown, the workload is chosen in the menu too."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls


def add_use_menu(
    menu: QMenu, plan_names: list[str], workloads: list[str], shown: str | None, use: Callable[[str, str], None]
) -> QMenu:
    """Add the submenu to ``menu``; ``use(plan name or "" for a new plan, workload)`` is called on a choice.
    ``shown``: the one workload the table shows (None: all of ``workloads``)."""
    if shown is None and len(workloads) == 1:
        shown = workloads[0]
    if shown is not None:
        sub = menu.addMenu(translate("ComparisonView", "Use for “{0}” in a plan").format(shown))
        for name in plan_names:
            sub.addAction(name, lambda n=name: use(n, shown))
        if plan_names:
            sub.addSeparator()
        sub.addAction(translate("ComparisonView", "New plan"), lambda: use("", shown))
        return sub
    sub = menu.addMenu(translate("ComparisonView", "Use for a workload in a plan"))
    for name in plan_names:
        _workload_menu(sub.addMenu(name), workloads, lambda w, n=name: use(n, w))
    if plan_names:
        sub.addSeparator()
    _workload_menu(sub.addMenu(translate("ComparisonView", "New plan")), workloads, lambda w: use("", w))
    return sub


def _workload_menu(menu: QMenu, workloads: list[str], pick: Callable[[str], None]) -> None:
    for workload in workloads:
        menu.addAction(workload, lambda w=workload: pick(w))

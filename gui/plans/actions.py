"""``PlanActions``: the plans' actions (Plans menu, the Plans dock, a table row's "Use in a plan", a plan row's tick)
and their edits. Every edit is one undoable step: the document's ``edit`` with the new project a pure function of
``core.project.edits`` made (STYLE practice 7). The dock's panel is built when the dock is first shown."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QTabWidget

from core.errors import InputError
from core.project.edits import (
    add_plan,
    duplicate_plan,
    remove_plan,
    rename_plan,
    with_plan_constraints,
    with_plan_model,
    with_plan_quoted,
)
from gui.texts.messages import error_text
from gui.widgets.dock_panel import set_scrolling_panel

if TYPE_CHECKING:  # the plans' core loads with the first plan, not at start-up
    from core.pricing.plans import Constraints, Plan


class PlanActions(QObject):
    """Parameters: ``window``, the main window (its ``document``, ``model``, ``comparison_view`` and
    ``workloads_dock`` must exist). :attr:`current` is the index of the plan the panel and the menu act on."""

    current_did_change = Signal()

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.document = window.document
        self.current = 0
        self.panel = None  # built when the dock is first shown (gui.plans.panel)
        self.dock = QDockWidget(self.tr("Plans"), window)
        self.dock.setObjectName("plansDock")
        self.dock.setFeatures(window.workloads_dock.features())
        window.setTabPosition(Qt.DockWidgetArea.LeftDockWidgetArea, QTabWidget.TabPosition.North)
        window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.dock)
        window.tabifyDockWidget(window.workloads_dock, self.dock)
        window.workloads_dock.raise_()
        self.dock.visibilityChanged.connect(self._on_dock_visible)
        self._make_actions()
        self.document.project_did_change.connect(self._on_project_did_change)
        view = window.comparison_view
        view.use_model_requested.connect(self.use_model)
        view.plan_edit_requested.connect(self.edit_plan)
        window.model.plan_quoted_toggled.connect(self.set_quoted)
        window.model.plan_notes = self.why_lost
        self._on_project_did_change(self.document.project)

    def _action(self, text: str, slot, tip: str, checkable: bool = False) -> QAction:
        action = QAction(text, self.window)
        action.setStatusTip(tip)
        action.setToolTip(tip)
        action.setCheckable(checkable)
        (action.toggled if checkable else action.triggered).connect(slot)
        return action

    def _make_actions(self) -> None:
        self.new_action = self._action(
            self.tr("&New plan"),
            lambda: self.new_plan(),
            self.tr("A plan puts a model on each workload: the cheapest that fits, or one you choose"),
        )
        self.duplicate_action = self._action(
            self.tr("&Duplicate plan"), lambda: self.duplicate(), self.tr("A copy of the current plan, to change")
        )
        self.rename_action = self._action(
            self.tr("&Rename plan…"), lambda: self.rename(), self.tr("Rename the current plan")
        )
        self.delete_action = self._action(
            self.tr("De&lete plan"),
            lambda: self.delete(),
            self.tr("Delete the current plan (Edit › Undo brings it back)"),
        )
        self.constraints_action = self._action(
            self.tr("&Constraints…"),
            lambda: self.edit_constraints(),
            self.tr(
                "Which models the current plan's cheapest slots may pick "
                "from: vendors, regions, currencies, context, batch"
            ),
        )
        self.quoted_action = self._action(
            self.tr("In the &quote"),
            self._on_quoted_toggled,
            self.tr("Offer the current plan as an option in the quote"),
            True,
        )
        self.show_action = self.dock.toggleViewAction()
        self.show_action.setText(self.tr("&Plans"))
        self.plan_actions = (
            self.duplicate_action,
            self.rename_action,
            self.delete_action,
            self.constraints_action,
            self.quoted_action,
        )

    def fill_menu(self, menu) -> None:
        """The menu bar's Plans menu."""
        menu.addAction(self.new_action)
        menu.addAction(self.duplicate_action)
        menu.addAction(self.rename_action)
        menu.addAction(self.delete_action)
        menu.addSeparator()
        menu.addAction(self.constraints_action)
        menu.addAction(self.quoted_action)
        menu.addSeparator()
        menu.addAction(self.show_action)

    # -- state ------------------------------------------------------------------------------------------

    def current_plan(self) -> Plan | None:
        plans = self.document.project.plans
        return plans[self.current] if plans else None

    def set_current(self, index: int) -> None:
        if index != self.current and 0 <= index < len(self.document.project.plans):
            self.current = index
            self._show_state()

    def _on_project_did_change(self, project) -> None:
        self.current = max(0, min(self.current, len(project.plans) - 1))
        self.window.comparison_view.plan_names = [p.name for p in project.plans]
        self._show_state()

    def _show_state(self) -> None:
        plan = self.current_plan()
        for action in self.plan_actions:
            action.setEnabled(plan is not None)
        self.quoted_action.blockSignals(True)
        self.quoted_action.setChecked(bool(plan and plan.quoted))
        self.quoted_action.blockSignals(False)
        self.current_did_change.emit()

    def _on_dock_visible(self, visible: bool) -> None:
        if visible and self.panel is None:
            self.build_panel()

    def build_panel(self):
        """The dock's panel (made once; the dock shows it)."""
        if self.panel is None:
            from gui.plans.panel import PlansPanel

            self.panel = PlansPanel(self, self.dock)
            set_scrolling_panel(self.dock, self.panel)
        return self.panel

    def show_panel(self) -> None:
        self.dock.show()
        self.dock.raise_()
        self.build_panel()

    def edit_plan(self, name: str) -> None:
        """Show plan ``name`` in the Plans dock (a plan row's "Edit plan")."""
        names = [p.name for p in self.document.project.plans]
        if name in names:
            self.set_current(names.index(name))
        self.show_panel()

    # -- edits ------------------------------------------------------------------------------------------

    def _edit(self, project, text: str, current: int | None = None) -> bool:
        if current is not None:
            self.current = current
        return self.document.edit(project, text)

    def new_plan(self, assignments: dict[str, str] | None = None, text: str | None = None) -> str:
        """Add a plan (every workload on the cheapest model that fits, unless ``assignments`` says otherwise),
        make it current and show it; returns its name."""
        project = add_plan(self.document.project, self.tr("Plan"), assignments)
        name = project.plans[-1].name
        self._edit(project, text or self.tr("New plan “{0}”").format(name), len(project.plans) - 1)
        self.show_panel()
        return name

    def duplicate(self, name: str | None = None) -> str | None:
        plan = self._plan(name)
        if plan is None:
            return None
        project = duplicate_plan(self.document.project, plan.name, self.tr("{0} copy").format(plan.name))
        self._edit(project, self.tr("Duplicate plan “{0}”").format(plan.name), len(project.plans) - 1)
        return project.plans[-1].name

    def rename(self, name: str | None = None, new_name: str | None = None) -> bool:
        """Rename plan ``name`` (the current one) to ``new_name`` (asked for when not given)."""
        plan = self._plan(name)
        if plan is None:
            return False
        if new_name is None:
            from PySide6.QtWidgets import QInputDialog, QLineEdit

            new_name, ok = QInputDialog.getText(
                self.window, self.tr("Rename plan"), self.tr("Plan name:"), QLineEdit.EchoMode.Normal, plan.name
            )
            if not ok:
                return False
        try:
            project = rename_plan(self.document.project, plan.name, new_name)
        except InputError as exc:
            self.window._warn(self.tr("Cannot rename the plan"), error_text(exc))
            return False
        return self._edit(project, self.tr("Rename plan “{0}”").format(plan.name))

    def delete(self, name: str | None = None) -> bool:
        plan = self._plan(name)
        if plan is None:
            return False
        index = [p.name for p in self.document.project.plans].index(plan.name)
        done = self._edit(
            remove_plan(self.document.project, plan.name),
            self.tr("Delete plan “{0}”").format(plan.name),
            max(0, index - 1),
        )
        self.window.statusBar().showMessage(
            self.tr("Deleted plan “{0}”: Edit › Undo brings it back").format(plan.name), 8000
        )
        return done

    def set_model(self, name: str, workload: str, model_id: str | None) -> bool:
        """Plan ``name``'s ``workload`` on ``model_id`` (None: the cheapest that fits)."""
        if model_id is None:
            text = self.tr("Cheapest that fits for {0} in “{1}”").format(workload, name)
        else:
            model = self.document.pricing_catalog.models.get(model_id)
            text = self.tr("Use {0} for {1} in “{2}”").format(model.name if model else model_id, workload, name)
        return self._edit(with_plan_model(self.document.project, name, workload, model_id), text)

    def use_model(self, model_id: str, plan_name: str, workload: str) -> None:
        """A table row's "Use in a plan": ``model_id`` on ``workload`` of plan ``plan_name`` ("": a new plan)."""
        model = self.document.pricing_catalog.models.get(model_id)
        shown = model.name if model else model_id
        if not plan_name:
            self.new_plan({workload: model_id}, self.tr("Use {0} for {1} in a new plan").format(shown, workload))
            return
        names = [p.name for p in self.document.project.plans]
        self.set_model(plan_name, workload, model_id)
        self.set_current(names.index(plan_name))
        self.show_panel()

    def set_quoted(self, name: str, quoted: bool) -> bool:
        text = self.tr("Put plan “{0}” in the quote") if quoted else self.tr("Take plan “{0}” out of the quote")
        return self._edit(with_plan_quoted(self.document.project, name, quoted), text.format(name))

    def _on_quoted_toggled(self, checked: bool) -> None:
        plan = self.current_plan()
        if plan is not None and plan.quoted != checked:
            self.set_quoted(plan.name, checked)

    def set_constraints(self, name: str, constraints: Constraints) -> bool:
        return self._edit(
            with_plan_constraints(self.document.project, name, constraints),
            self.tr("Edit the constraints of “{0}”").format(name),
        )

    def edit_constraints(self, name: str | None = None):
        """The constraints dialog for plan ``name`` (the current one); returns the dialog after it closed."""
        plan = self._plan(name)
        if plan is None:
            return None
        from gui.plans.constraints_dialog import ConstraintsDialog

        dialog = ConstraintsDialog(plan, self.document.pricing_catalog, self.window)
        if dialog.exec() == ConstraintsDialog.DialogCode.Accepted and dialog.result_constraints is not None:
            self.set_constraints(plan.name, dialog.result_constraints)
        return dialog

    def _plan(self, name: str | None) -> Plan | None:
        if name is None:
            return self.current_plan()
        return next((p for p in self.document.project.plans if p.name == name), None)

    # -- why a model lost -------------------------------------------------------------------------------

    def why_lost(self, model_id: str, workload: str | None) -> list[str]:
        """For the table's tooltip of ``model_id``: why it was or was not each plan's cheapest (the plans' slots
        of ``workload`` only, when the table shows one)."""
        comparison, plans = self.document.comparison, self.document.plans
        if comparison is None or not plans:
            return []
        from gui.comparison.plan_texts import texts

        return texts().why_lost(self.document.pricer, plans, comparison.workload_rows, model_id, workload)

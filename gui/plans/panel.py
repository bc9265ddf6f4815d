"""``PlansPanel``: the Plans dock's content — the plan shown (new, copy, rename, delete), whether it is in the
quote, its constraints, and per workload a model picker ("Cheapest that fits" or a model) over the line the core
priced: its model and cost, how it was chosen (what a cheapest line beat) or why it has a problem; then the plan's
total. Narrow, like the workloads beside it: labels above their fields. Built when the dock is first shown."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from core.pricing.plans import Plan, PricedPlan
from gui.comparison.plan_texts import texts
from gui.plans.constraints_dialog import constraints_summary
from gui.plans.model_picker import ModelPicker
from gui.widgets.fields import set_text_color
from gui.widgets.style import error_color, hint_color


def _label(parent: QWidget, color=None, bold: bool = False) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    if color is not None:
        set_text_color(label, color)
    if bold:
        font = QFont(label.font())
        font.setBold(True)
        label.setFont(font)
    return label


class _LineBox(QWidget):
    """One workload of the plan: its name, its model picker, and the priced line under it."""

    def __init__(self, workload: str, picker: ModelPicker, parent: QWidget):
        super().__init__(parent)
        self.workload = workload
        self.picker = picker
        self.title = _label(self, bold=True)
        self.title.setText(workload)
        self.title.setBuddy(picker)
        picker.setAccessibleName(self.tr("Model for {0}").format(workload))
        self.summary = _label(self)
        self.how = _label(self, hint_color())
        self.problem = _label(self, error_color())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setSpacing(2)
        for widget in (self.title, picker, self.summary, self.how, self.problem):
            layout.addWidget(widget)


class PlansPanel(QWidget):
    """Parameters: ``actions`` (the :class:`~gui.plans.actions.PlanActions` whose edits it calls and whose current
    plan it shows)."""

    def __init__(self, actions, parent: QWidget | None = None):
        super().__init__(parent)
        self.actions = actions
        self.document = actions.document
        self.boxes: dict[str, _LineBox] = {}

        self.empty = _label(self, hint_color())
        self.empty.setText(
            self.tr(
                "A plan puts a model on each workload: the cheapest that fits, or one you choose "
                "(here, or from a model's menu in the table). Its total shows beside the models, "
                "and it can be an option in the quote."
            )
        )
        self.new_button = QPushButton(self.tr("New plan"), self)
        self.new_button.clicked.connect(lambda: actions.new_plan())

        self.chooser = QComboBox(self)
        self.chooser.setObjectName("planChooser")
        self.chooser.setAccessibleName(self.tr("Plan shown"))
        self.chooser.activated.connect(actions.set_current)
        buttons = QHBoxLayout()
        buttons.setSpacing(2)
        for text, tip, slot in (
            (self.tr("New"), self.tr("Add a plan"), lambda: actions.new_plan()),
            (self.tr("Copy"), self.tr("Duplicate the plan"), lambda: actions.duplicate()),
            (self.tr("Rename"), self.tr("Rename the plan"), lambda: actions.rename()),
            (self.tr("Delete"), self.tr("Delete the plan (Edit › Undo brings it back)"), lambda: actions.delete()),
        ):
            button = QToolButton(self)
            button.setText(text)
            button.setToolTip(tip)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.quoted = QCheckBox(self.tr("In the quote"), self)
        self.quoted.setToolTip(self.tr("Offer this plan as an option in the quote, after the ticked models"))
        self.quoted.toggled.connect(self._on_quoted_toggled)
        self.unquotable = _label(self, error_color())  # a plan in the quote with a workload it cannot price
        self.constraints = _label(self, hint_color())
        self.constraints_button = QPushButton(self.tr("Constraints…"), self)
        self.constraints_button.setToolTip(actions.constraints_action.toolTip())
        self.constraints_button.clicked.connect(lambda: actions.edit_constraints())
        self.lines = QVBoxLayout()
        self.lines.setSpacing(0)
        self.total = _label(self, bold=True)
        self.total.setObjectName("planTotal")
        self.billed = _label(self, hint_color())

        self.body = QWidget(self)
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.chooser)
        body.addLayout(buttons)
        body.addWidget(self.quoted)
        body.addWidget(self.unquotable)
        body.addWidget(self.constraints)
        body.addWidget(self.constraints_button)
        body.addWidget(_rule(self))
        body.addLayout(self.lines)
        body.addWidget(_rule(self))
        body.addWidget(self.total)
        body.addWidget(self.billed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.new_button)
        layout.addWidget(self.body)
        layout.addStretch(1)

        self.document.project_did_change.connect(self.refresh)
        self.document.comparison_did_change.connect(self.refresh)
        actions.current_did_change.connect(self.refresh)
        self.refresh()

    # -- document → widgets -----------------------------------------------------------------------------

    def refresh(self, *_args) -> None:
        project = self.document.project
        plan = self.actions.current_plan()
        self.empty.setVisible(plan is None)
        self.new_button.setVisible(plan is None)
        self.body.setVisible(plan is not None)
        if plan is None:
            return
        names = [p.name for p in project.plans]
        if [self.chooser.itemText(i) for i in range(self.chooser.count())] != names:
            self.chooser.blockSignals(True)
            self.chooser.clear()
            self.chooser.addItems(names)
            self.chooser.blockSignals(False)
        self.chooser.setCurrentIndex(self.actions.current)
        self.quoted.blockSignals(True)
        self.quoted.setChecked(plan.quoted)
        self.quoted.blockSignals(False)
        self.constraints.setText(constraints_summary(plan.constraints, self.document.pricing_catalog))
        self._show_lines(plan, [w.name for w in project.workloads], self.priced(plan))

    def priced(self, plan: Plan) -> PricedPlan | None:
        """The core's pricing of ``plan`` as it is now (None while the last pricing failed)."""
        return next((p for p in self.document.plans if p.plan == plan), None)

    def _show_lines(self, plan: Plan, workloads: list[str], priced: PricedPlan | None) -> None:
        if list(self.boxes) != workloads:
            for box in self.boxes.values():
                self.lines.removeWidget(box)
                box.deleteLater()
            self.boxes = {}
            for name in workloads:
                picker = ModelPicker(lambda n=name: self._rows_of(n), self)
                picker.picked.connect(lambda model_id, n=name: self._on_picked(n, model_id))
                self.boxes[name] = box = _LineBox(name, picker, self)
                self.lines.addWidget(box)
        words = texts()
        catalog = self.document.pricing_catalog
        names = {m: catalog.models[m].name for m in plan.assignments.values() if m in catalog.models}
        for name, box in self.boxes.items():
            model_id = plan.model_for(name)
            model = catalog.models.get(model_id) if model_id else None
            box.picker.set_current(model_id, model.name if model else (model_id or ""))
            line = priced.line(name) if priced is not None else None
            box.summary.setText(
                words.line_summary(line, priced.currency, names) if line is not None and priced else "—"
            )
            problem = words.problem(line) if line is not None else ""
            box.problem.setText(problem)
            box.problem.setVisible(bool(problem))
            how = words.how_chosen(line, priced.currency) if line is not None and priced else ""
            box.how.setText(how)
            box.how.setVisible(bool(how))
            box.picker.why = self._why(priced, line) if line is not None and not line.assigned else None
        self._show_quotable(plan, priced)
        if priced is None:
            self.total.setText(self.tr("Total: —"))
            self.billed.hide()
            return
        self.total.setText(self.tr("Total: {0}").format(words.total(priced)))
        set_text_color(self.total, error_color() if priced.problems else self.palette().windowText().color())
        billed = words.billed(priced)
        self.billed.setText(billed)
        self.billed.setVisible(bool(billed))

    def _why(self, priced: PricedPlan, line):
        """For the picker's list of a cheapest line: why each model is not the one chosen (core's why_not)."""
        from core.pricing.plans import why_not

        rows = {r.model_id: r for r in self._rows_of(line.workload.name)[0]}
        words, pricer, name = texts(), self.document.pricer, line.workload.name
        return lambda model_id: words.why_not(
            why_not(pricer, priced, name, model_id), line, rows.get(model_id), priced.currency
        )

    def _rows_of(self, workload: str):
        comparison = self.document.comparison
        if comparison is None:
            return [], "USD"
        return comparison.by_workload.get(workload, comparison.rows), comparison.currency

    def _show_quotable(self, plan: Plan, priced: PricedPlan | None) -> None:
        """A plan in the quote must price every workload: the core's refusal (``plan_option``), said here."""
        problem = ""
        if plan.quoted and priced is not None and not priced.complete:
            from core.errors import TokenQuoteError
            from core.pricing.options import plan_option
            from gui.texts.messages import error_text

            try:
                plan_option(priced)
            except TokenQuoteError as exc:
                problem = error_text(exc)
        self.unquotable.setText(problem)
        self.unquotable.setVisible(bool(problem))

    # -- widgets → document -----------------------------------------------------------------------------

    def _on_picked(self, workload: str, model_id: str | None) -> None:
        plan = self.actions.current_plan()
        if plan is not None:
            self.actions.set_model(plan.name, workload, model_id)

    def _on_quoted_toggled(self, checked: bool) -> None:
        plan = self.actions.current_plan()
        if plan is not None and plan.quoted != checked:
            self.actions.set_quoted(plan.name, checked)


def _rule(parent: QWidget) -> QFrame:
    line = QFrame(parent)
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line

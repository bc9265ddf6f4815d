"""Plans in the app (issue 12): Lin's plan built through the window — her three workloads typed in, a plan made,
models put on workloads from the table's row menu and from the plans panel — with totals equal to the core's
``price_plan``; each plan edit one undo step; a workload rename keeping the plan; a plan marked when a prompt grows
past its model's context; the workload chooser; the stacked chart's values."""

from __future__ import annotations

from pathlib import Path

from gui_helpers import type_into
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from core.pricing.engine import Pricer
from core.pricing.plans import Constraints, Plan, price_plan
from gui.comparison.columns import COL_CHOSEN, COL_MODEL, COL_MONTHLY, COL_RANK, ROW_ROLE, SORT_ROLE
from gui.comparison.plan_rows import PlanRow
from gui.texts.messages import error_text
from gui.texts.numbers import format_money

ROOT = Path(__file__).resolve().parents[2]
LIN = (
    ("Support bot", "1.2亿", "3,000万", "40", "0", ""),
    ("Nightly classification", "500M", "20M", "0", "100", ""),
    ("Coding assistant", "80M", "40M", "0", "0", "60K"),
)


def enter_lins_workloads(qtbot, window) -> None:
    """Her three workloads typed into the workloads panel, in CNY (USD/CNY 7.10 is the default rate)."""
    panel = window.workloads_panel
    for index, (name, inp, out, cache, batch, prompt) in enumerate(LIN):
        if index:
            panel.add()
        assert panel.rename(index, name)
        for field, text in (
            (panel.input_field, inp),
            (panel.output_field, out),
            (panel.cache_field, cache),
            (panel.batch_field, batch),
            (panel.prompt_field, prompt or "0"),
        ):
            type_into(qtbot, field.line_edit, text)
            field.line_edit.editingFinished.emit()
    window.pricing_controls.currency_combo.setCurrentText("CNY")
    project = window.document.project
    assert [w.name for w in project.workloads] == [row[0] for row in LIN] and project.currency == "CNY"
    assert project.workloads[0].input_tokens == 120_000_000 and project.workloads[2].prompt_tokens == 60_000
    assert str(project.fx.rate("USD", "CNY")) == "7.10"


def core_plan(window, plan: Plan):
    """The core's own pricing of ``plan`` for the project as it is (a fresh Pricer: nothing shared with the app)."""
    project = window.document.project
    return price_plan(
        Pricer(window.document.pricing_catalog),
        plan,
        project.workloads,
        as_of=project.effective_as_of(),
        currency=project.currency,
        fx=project.fx,
    )


def plan_row(window, name: str) -> int:
    model = window.model
    return model.position_of(f"plan:{name}")


def cell(window, name: str, column: int, role=Qt.ItemDataRole.DisplayRole):
    return window.model.index(plan_row(window, name), column).data(role)


def use_from_table(window, model_id: str, menu_path: list[str]) -> None:
    """Open ``model_id``'s row menu in the table and trigger the item at ``menu_path`` (submenu titles, then the
    item), as a user does."""
    view = window.comparison_view
    source = window.model.index(window.model.position_of(model_id), COL_MODEL)
    menu = view.row_menu(view.proxy.mapFromSource(source))
    for title in menu_path[:-1]:
        menu = next(a.menu() for a in menu.actions() if a.menu() is not None and a.text() == title)
    action = next(a for a in menu.actions() if a.text() == menu_path[-1])
    action.trigger()


def test_lins_plan_built_through_the_window_totals_equal_the_cores(qtbot, window, qtmodeltester):
    enter_lins_workloads(qtbot, window)
    actions = window.plan_actions
    actions.new_action.trigger()  # Plans › New plan: all "cheapest that fits"
    assert window.document.project.plans == (Plan("Plan"),)
    panel = actions.panel
    assert panel is not None and actions.dock.isVisible()
    # From the table: the coding assistant on GPT-4.1 mini, a model of its own (long prompts)
    use_from_table(window, "openai/gpt-4.1-mini", ["Use for a workload in a plan", "Plan", "Coding assistant"])
    # ... and from the panel's picker: the nightly batch on DeepSeek
    picker = panel.boxes["Nightly classification"].picker
    picker.pick("deepseek/deepseek-flash")
    plan = window.document.project.plan("Plan")
    assert dict(plan.assignments) == {
        "Coding assistant": "openai/gpt-4.1-mini",
        "Nightly classification": "deepseek/deepseek-flash",
    }
    expected = core_plan(window, plan)
    shown = window.document.plans[0]
    assert shown.monthly_cost == expected.monthly_cost == sum(line.row.monthly_cost for line in expected.lines)
    assert [(line.model_id, line.row.monthly_cost) for line in shown.lines] == [
        (line.model_id, line.row.monthly_cost) for line in expected.lines
    ]
    # The table's plan row, the panel's lines and total: the core's figures, formatted
    assert cell(window, "Plan", COL_MONTHLY) == format_money(expected.monthly_cost, "CNY")
    assert cell(window, "Plan", COL_RANK) == "Plan" and cell(window, "Plan", COL_MODEL) == "Plan"
    assert cell(window, "Plan", COL_MONTHLY, SORT_ROLE) == float(expected.monthly_cost)
    tip = cell(window, "Plan", COL_MODEL, Qt.ItemDataRole.ToolTipRole)
    for line in expected.lines:
        assert f"{line.workload.name}: {line.row.name} · {format_money(line.row.monthly_cost, 'CNY')} a month" in tip
        box = panel.boxes[line.workload.name]
        assert box.summary.text() == f"{line.row.name} · {format_money(line.row.monthly_cost, 'CNY')} a month"
    assert panel.total.text() == (
        f"Total: {format_money(expected.monthly_cost, 'CNY')} a month · "
        f"12 × month {format_money(expected.annual_cost, 'CNY')}"
    )
    support = expected.line("Support bot")
    assert not support.assigned and support.choice.runner_up is not None
    how = panel.boxes["Support bot"].how.text()
    assert how.startswith(
        f"Cheapest of {support.choice.candidates} models that fit; next: {support.choice.runner_up.name}"
    )
    assert panel.boxes["Coding assistant"].how.text() == "Chosen for this workload"
    assert panel.boxes["Coding assistant"].picker.currentText() == "GPT-4.1 mini"
    qtmodeltester.check(window.model)


def test_every_plan_edit_is_one_undo_step(qtbot, window, monkeypatch):
    enter_lins_workloads(qtbot, window)
    document, actions = window.document, window.plan_actions
    stack = document.undo_stack

    def one_step(edit, check):
        before, count = document.project, stack.count()
        edit()
        after = document.project
        assert stack.count() == count + 1 and after != before and check(after)
        stack.undo()
        assert document.project == before
        stack.redo()
        assert document.project == after

    one_step(lambda: actions.new_plan(), lambda p: [x.name for x in p.plans] == ["Plan"])
    one_step(
        lambda: actions.panel.boxes["Support bot"].picker.pick("deepseek/deepseek-flash"),
        lambda p: p.plan("Plan").model_for("Support bot") == "deepseek/deepseek-flash",
    )
    one_step(lambda: actions.panel.boxes["Support bot"].picker.pick(None), lambda p: p.plan("Plan").assignments == {})
    one_step(
        lambda: use_from_table(
            window, "openai/gpt-4o-mini", ["Use for a workload in a plan", "New plan", "Support bot"]
        ),
        lambda p: p.plan("Plan 2").assignments == {"Support bot": "openai/gpt-4o-mini"},
    )
    one_step(lambda: actions.rename("Plan 2", "Mini bot"), lambda p: [x.name for x in p.plans] == ["Plan", "Mini bot"])
    one_step(
        lambda: actions.duplicate("Mini bot"),
        lambda p: p.plan("Mini bot copy").assignments == {"Support bot": "openai/gpt-4o-mini"},
    )
    # Out of the quote by the plan row's tick in the table, back in by the panel's box
    one_step(
        lambda: window.model.setData(
            window.model.index(plan_row(window, "Plan"), COL_CHOSEN),
            Qt.CheckState.Unchecked.value,
            Qt.ItemDataRole.CheckStateRole,
        ),
        lambda p: not p.plan("Plan").quoted,
    )
    actions.set_current(0)
    assert not actions.panel.quoted.isChecked() and not actions.quoted_action.isChecked()
    one_step(lambda: actions.panel.quoted.setChecked(True), lambda p: p.plan("Plan").quoted)

    from gui.plans.constraints_dialog import ConstraintsDialog

    def tick_china_and_128k(dialog):
        dialog.regions["CN"].setChecked(True)
        dialog.batch.setChecked(True)
        type_into(qtbot, dialog.min_context.line_edit, "128K")
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ConstraintsDialog, "exec", tick_china_and_128k)
    one_step(
        lambda: actions.constraints_action.trigger(),
        lambda p: p.plan("Plan").constraints == Constraints(regions=("CN",), min_context=128_000, batch_support=True),
    )
    assert "China" in actions.panel.constraints.text() and "128,000" in actions.panel.constraints.text()
    one_step(lambda: actions.delete("Mini bot copy"), lambda p: [x.name for x in p.plans] == ["Plan", "Mini bot"])
    assert "Undo" in window.statusBar().currentMessage()
    assert stack.undoText().startswith("Delete plan")


def test_a_bad_plan_name_is_refused_with_the_reason(qtbot, window, message_boxes):
    actions = window.plan_actions
    actions.new_plan()
    actions.new_plan()
    assert not actions.rename("Plan 2", "Plan")
    assert not actions.rename("Plan 2", "  ")
    assert [p.name for p in window.document.project.plans] == ["Plan", "Plan 2"]
    assert "two plans have the same name ('Plan')" in window.problems[0] and "plan name: is empty" in window.problems[1]


def test_a_workload_rename_keeps_the_plan(qtbot, window):
    enter_lins_workloads(qtbot, window)
    actions = window.plan_actions
    actions.new_plan({"Coding assistant": "openai/gpt-4.1-mini"})
    window.comparison_view.workload_chooser.choose("Coding assistant")
    assert window.workloads_panel.rename(2, "Copilot")
    plan = window.document.project.plan("Plan")
    assert dict(plan.assignments) == {"Copilot": "openai/gpt-4.1-mini"}
    assert list(actions.panel.boxes) == ["Support bot", "Nightly classification", "Copilot"]
    assert actions.panel.boxes["Copilot"].picker.current == "openai/gpt-4.1-mini"
    assert window.model.workload == "Copilot" and window.comparison_view.workload_chooser.currentText() == "Copilot"
    assert cell(window, "Plan", COL_MODEL) == "Plan · GPT-4.1 mini"
    window.document.undo_stack.undo()
    assert dict(window.document.project.plan("Plan").assignments) == {"Coding assistant": "openai/gpt-4.1-mini"}
    assert window.model.workload == "Coding assistant"


def test_a_plan_is_marked_when_a_prompt_grows_past_its_models_context(qtbot, window):
    enter_lins_workloads(qtbot, window)
    model = window.document.pricing_catalog.models["openai/gpt-4o-mini"]
    assert model.context_window == 128_000
    actions = window.plan_actions
    actions.new_plan({"Coding assistant": "openai/gpt-4o-mini"})
    assert not window.document.plans[0].problems and not cell(window, "Plan", COL_MONTHLY).startswith("⚠")
    panel = window.workloads_panel
    panel.list.setCurrentRow(2)
    type_into(qtbot, panel.prompt_field.line_edit, "200K")
    priced = window.document.plans[0]
    problem = priced.line("Coding assistant").problem
    assert problem is not None and problem.code == "plan_prompt_too_long"
    reason = "the prompt (200000 tokens) is longer than openai/gpt-4o-mini's context window (128000 tokens)"
    assert error_text(problem) == f"plan 'Plan', workload 'Coding assistant': {reason}"
    assert cell(window, "Plan", COL_MONTHLY) == f"⚠ {format_money(priced.monthly_cost, 'CNY')}"
    assert cell(window, "Plan", COL_RANK) == "⚠ Plan"
    assert cell(window, "Plan", COL_MONTHLY, Qt.ItemDataRole.ForegroundRole) is not None
    assert reason in cell(window, "Plan", COL_MODEL, Qt.ItemDataRole.ToolTipRole)
    box = actions.panel.boxes["Coding assistant"]
    assert box.problem.isVisible() and box.problem.text() == reason
    assert box.summary.text().startswith("⚠ GPT-4o mini · ")
    assert actions.panel.total.text().startswith("Total: ⚠ ")
    # A prompt that fits again clears the mark
    type_into(qtbot, panel.prompt_field.line_edit, "60K")
    assert not window.document.plans[0].problems and not box.problem.isVisible()


def test_the_workload_chooser_shows_one_workloads_rows_and_ranks(qtbot, window):
    chooser, action = window.comparison_view.workload_chooser, window.comparison_view.workload_action
    assert not action.isVisible()  # one workload: nothing to choose
    enter_lins_workloads(qtbot, window)
    assert action.isVisible() and [chooser.itemText(i) for i in range(chooser.count())] == [
        "All workloads",
        "Support bot",
        "Nightly classification",
        "Coding assistant",
    ]
    window.plan_actions.new_plan()
    comparison = window.document.comparison
    chooser.choose("Coding assistant")
    model = window.model
    alone = {r.model_id: r for r in comparison.by_workload["Coding assistant"]}
    rows = [model.row_at(i) for i in range(model.rowCount())]
    shown = [r for r in rows if not isinstance(r, PlanRow) and r.model_id in alone]
    assert len(shown) == len(alone)
    for row in shown:
        position = model.position_of(row.model_id)
        assert row is alone[row.model_id] and row.rank == alone[row.model_id].rank
        assert model.index(position, COL_MONTHLY).data() == format_money(alone[row.model_id].monthly_cost, "CNY")
    cheapest = next(r for r in comparison.by_workload["Coding assistant"] if r.rank == 1)
    assert model.index(model.position_of(cheapest.model_id), COL_RANK).data() == "★ 1"
    line = window.document.plans[0].line("Coding assistant")
    assert cell(window, "Plan", COL_MONTHLY) == format_money(line.row.monthly_cost, "CNY")
    assert cell(window, "Plan", COL_MODEL) == f"Plan · {line.row.name}"
    assert "Monthly cost of Coding assistant" in model.headerData(
        COL_MONTHLY, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
    )
    # The cost bars follow the workload shown
    pane = window.chart_pane
    bars = pane.bar_tab.build()
    pane.flush()
    assert bars.shown[0] is cheapest and bars.chart().title().startswith(
        "Monthly cost of the 10 cheapest models for Coding assistant (CNY)"
    )
    # The row menu puts a model on the workload shown, without asking which
    use_from_table(window, "openai/gpt-4.1-mini", ["Use for “Coding assistant” in a plan", "Plan"])
    assert window.document.project.plan("Plan").model_for("Coding assistant") == "openai/gpt-4.1-mini"
    chooser.choose(None)
    pane.flush()
    combined = {r.model_id: r for r in window.document.comparison.rows}
    assert bars.shown[0] is next(r for r in window.document.comparison.rows if r.rank == 1)
    first = model.row_at(0)
    assert first is combined[first.model_id]
    panel = window.workloads_panel
    panel.list.setCurrentRow(2)
    chooser.choose("Coding assistant")
    panel.remove()  # the workload shown is gone: all again
    assert model.workload is None and chooser.currentIndex() == 0


def test_a_models_tooltip_says_why_it_lost_each_cheapest_slot(qtbot, window):
    enter_lins_workloads(qtbot, window)
    window.plan_actions.new_plan()
    plan = window.document.plans[0]
    coding = plan.line("Coding assistant")
    short = next(r for r in window.document.comparison.by_workload["Coding assistant"] if not r.fits_context)
    tip = window.model.index(window.model.position_of(short.model_id), COL_MODEL).data(Qt.ItemDataRole.ToolTipRole)
    assert "Plan “Plan”, Coding assistant: its context window is smaller than the prompt" in tip
    runner = coding.choice.runner_up
    tip = window.model.index(window.model.position_of(runner.model_id), COL_MODEL).data(Qt.ItemDataRole.ToolTipRole)
    more = runner.monthly_cost - coding.row.monthly_cost  # the core's figures, as plan_margins subtracts them
    assert f"Plan “Plan”, Coding assistant: {format_money(more, 'CNY')} more than {coding.row.name}" in tip
    tip = window.model.index(window.model.position_of(coding.model_id), COL_MODEL).data(Qt.ItemDataRole.ToolTipRole)
    assert "Plan “Plan”, Coding assistant: the cheapest that fits" in tip


def test_the_plans_chart_stacks_each_plan_by_workload(qtbot, window):
    enter_lins_workloads(qtbot, window)
    window.plan_actions.new_plan({"Coding assistant": "openai/gpt-4.1-mini"})
    window.model.setData(
        window.model.index(window.model.position_of("openai/gpt-4o-mini"), COL_CHOSEN),
        Qt.CheckState.Checked.value,
        Qt.ItemDataRole.CheckStateRole,
    )
    pane = window.chart_pane
    pane.setCurrentIndex(2)
    chart = pane.plans_tab.build()
    pane.flush()
    plan, comparison = window.document.plans[0], window.document.comparison
    mini = {
        w: next(r for r in rows if r.model_id == "openai/gpt-4o-mini") for w, rows in comparison.by_workload.items()
    }
    assert chart.values() == {
        "Plan": [line.row.monthly_cost for line in plan.lines],
        "GPT-4o mini": [mini[w.name].monthly_cost for w in comparison.workloads],
    }
    series = chart.series
    sets = series.barSets()
    assert [s.label() for s in sets] == [w.name for w in comparison.workloads]
    # Bars are drawn bottom-up: the plan (first) is the last category; each segment its line's cost
    for i, bar_set in enumerate(sets):
        assert [bar_set.at(j) for j in range(bar_set.count())] == [
            float(mini[sets[i].label()].monthly_cost),
            float(plan.lines[i].row.monthly_cost),
        ]
    labels = chart.chart().axes(Qt.Orientation.Vertical)[0].categories()
    # the new plan's name already says it is a plan: "Plan", not "Plan: Plan"
    assert labels[-1] == f"Plan  {format_money(plan.monthly_cost, 'CNY')}"
    assert chart.segment_text(chart.bars[0], 2) == (
        f"Plan\nCoding assistant: GPT-4.1 mini, {format_money(plan.lines[2].row.monthly_cost, 'CNY')} a month"
    )
    from gui.widgets.chart_views import image_menu

    assert [a.objectName() for a in image_menu(chart, "plans").actions()] == ["copyChartImage", "saveChartImage"]


def test_plans_are_saved_with_the_project_and_opened_again(qtbot, window, tmp_path):
    enter_lins_workloads(qtbot, window)
    window.plan_actions.new_plan({"Coding assistant": "openai/gpt-4.1-mini"})
    window.plan_actions.set_quoted("Plan", False)
    total = cell(window, "Plan", COL_MONTHLY)
    path = tmp_path / "lin.tokenquote"
    assert window.save_to(path)
    window.document.reset(window.document.project.edited(plans=()))
    assert window.open_path(path)
    assert window.document.project.plan("Plan") == Plan(
        "Plan", {"Coding assistant": "openai/gpt-4.1-mini"}, quoted=False
    )
    assert cell(window, "Plan", COL_MONTHLY) == total
    assert cell(window, "Plan", COL_CHOSEN, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    window.comparison_view.set_toggles(only_chosen=True)  # a plan out of the quote is not "chosen"
    assert all(not isinstance(r, PlanRow) for r in window.comparison_view.shown_rows())
    row = window.comparison_view.proxy.index(0, 0).data(ROW_ROLE)
    assert row is None or not isinstance(row, PlanRow)


def test_a_plans_problem_and_texts_read_in_chinese(qtbot, chinese, make_window, tmp_path):
    from core.project.edits import add_plan
    from core.project.file import load_project, save_project

    project = load_project(ROOT / "tests" / "fixtures" / "project_v1_lin.tokenquote")
    coding = project.workloads[2].edited(prompt_tokens=200_000)
    project = add_plan(
        project.edited(workloads=project.workloads[:2] + (coding,)), "预算", {"Coding assistant": "openai/gpt-4o-mini"}
    )
    path = tmp_path / "lin.tokenquote"
    save_project(path, project)
    window = make_window()
    assert window.open_path(path)
    window.plan_actions.show_panel()
    box = window.plan_actions.panel.boxes["Coding assistant"]
    assert box.problem.text() == "提示词（200000 tokens）超出了 openai/gpt-4o-mini 的上下文窗口（128000 tokens）"
    assert cell(window, "预算", COL_RANK) == "⚠ 组合"  # short: the Rank column is narrow (组合方案 was cut to 组合…)
    assert window.plan_actions.panel.total.text().startswith("合计：⚠ 每月 ¥")
    tip = cell(window, "预算", COL_MODEL, Qt.ItemDataRole.ToolTipRole)
    assert "个合适模型中最便宜" in tip and "1 项有问题，已用 ⚠ 标出" in tip
    assert window.comparison_view.workload_chooser.itemText(0) == "全部工作负载"


def test_the_pickers_list_says_why_each_model_lost_and_an_unquotable_plan_says_so(qtbot, window):
    enter_lins_workloads(qtbot, window)
    actions = window.plan_actions
    actions.new_plan()
    picker = actions.panel.boxes["Coding assistant"].picker
    picker.fill()
    line = window.document.plans[0].line("Coding assistant")
    short = next(r for r in window.document.comparison.by_workload["Coding assistant"] if not r.fits_context)
    tips = {picker.itemData(i): picker.itemData(i, Qt.ItemDataRole.ToolTipRole) for i in range(picker.count())}
    assert tips[short.model_id] == "its context window is smaller than the prompt"
    assert tips[line.model_id] == "the cheapest that fits"
    assert picker.itemText(2).startswith("★ 1  ") and picker.itemData(2) == line.model_id
    # A plan in the quote must price every workload: the core's refusal is said at the plan
    assert not actions.panel.unquotable.isVisible()
    actions.set_model("Plan", "Support bot", "acme/nope")
    label = actions.panel.unquotable
    assert label.isVisible() and label.text().startswith("plan 'Plan', workload 'Support bot': cannot be quoted: ")
    assert "'acme/nope' is not in the catalog" in label.text()
    assert cell(window, "Plan", COL_MODEL, Qt.ItemDataRole.ToolTipRole).endswith(
        "The total leaves out 1 line without a price"
    )
    actions.set_quoted("Plan", False)
    assert not label.isVisible()


def test_a_plan_is_marked_when_its_model_has_no_price_on_the_as_of_date(qtbot, window):
    enter_lins_workloads(qtbot, window)
    actions = window.plan_actions
    actions.new_plan({"Coding assistant": "openai/gpt-4.1-mini"})  # priced from 2025-08-01
    type_into(qtbot, window.pricing_controls.as_of_edit.line_edit, "2025-06-01")
    assert window.document.project.as_of.isoformat() == "2025-06-01"
    priced = window.document.plans[0]
    line = priced.line("Coding assistant")
    assert line.row is None and line.problem.code == "unpriced_not_yet" and not priced.complete
    box = actions.panel.boxes["Coding assistant"]
    assert box.summary.text() == "⚠ GPT-4.1 mini"
    assert box.problem.text() == "no price on 2025-06-01: priced from 2025-08-01"
    assert cell(window, "Plan", COL_MONTHLY) == f"⚠ {format_money(priced.monthly_cost, 'CNY')}"
    assert priced.monthly_cost == sum(line.monthly_cost for line in priced.lines)  # the priced lines only
    from core.pricing.views import plan_bars

    chart_bars, _ = plan_bars(window.document.plans, window.document.comparison, frozenset())
    assert chart_bars[0].problem and chart_bars[0].segments[2] is None

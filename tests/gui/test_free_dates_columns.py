"""The window as Lin and Wei use it: a ranking without free rows unless "Include free models" (a project
setting, undoable, saved); a past as-of date shows the models of that day; one legend for the greyed rows;
two dates side by side; the Source and "vs cheapest" columns in view at 1280 pixels, a column chooser; Ctrl+Z
in a field; vendor names in the interface's language; prices to a sensible precision."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from gui_helpers import cell, type_into
from PySide6.QtCore import Qt

from core.pricing.fx import fx_table
from core.pricing.workload import make_workload
from core.project.file import load_project
from gui.comparison.column_fit import SOURCE_MIN
from gui.comparison.columns import (
    COL_ANNUAL,
    COL_DIFF,
    COL_INPUT,
    COL_MODEL,
    COL_OUTPUT,
    COL_RANK,
    COL_SOURCE,
    ROW_ROLE,
)

WAR = ("deepseek/deepseek-v2", "bytedance/doubao-pro-32k", "alibaba/qwen-long", "zhipu/glm-3-turbo", "openai/gpt-4o")


def _rows(window) -> dict:
    model = window.model
    return {model.row_at(i).model_id: model.row_at(i) for i in range(model.rowCount())}


def _lin(window, **changes):
    project = window.document.project.edited(
        workloads=(make_workload("Bot", input_tokens="1.2亿", output_tokens="3000万"),), currency="CNY",
        fx=fx_table(["USD/CNY=7.10"], date.today()), **changes)
    window.document.reset(project)


def test_lins_ranking_has_no_free_rows_until_she_includes_them(window, tmp_path):
    _lin(window)
    rows = _rows(window)
    assert not any(r.point.is_free for r in rows.values() if hasattr(r, "monthly_cost"))
    cheapest = min((r for r in rows.values() if r.rank == 1), key=lambda r: r.model_id)
    assert cheapest.monthly_cost > 0 and cell(window, cheapest.model_id, COL_DIFF) == "cheapest"
    assert window.chart_pane is not None
    action = window.menus.include_free_action
    assert not action.isChecked()
    action.trigger()                                       # View › Include free models: an undoable edit
    assert window.document.project.include_free and action.isChecked()
    rows = _rows(window)
    assert rows["baidu/ernie-speed-8k"].rank == 1 and rows[cheapest.model_id].rank > 1
    assert cell(window, cheapest.model_id, COL_DIFF).startswith("+")
    window.menus.undo_action.trigger()
    assert not window.document.project.include_free and not action.isChecked()
    assert "baidu/ernie-speed-8k" not in _rows(window)
    window.menus.redo_action.trigger()
    path = tmp_path / "lin.tokenquote"
    assert window.save_to(path)
    assert load_project(path).include_free


def test_a_chosen_free_model_is_shown_unranked_with_its_limits(window):
    _lin(window, selected=("baidu/ernie-speed-8k",))
    row = _rows(window)["baidu/ernie-speed-8k"]
    assert row.rank is None
    assert cell(window, row.model_id, COL_RANK) == "—" and cell(window, row.model_id, COL_DIFF) == "free"
    tip = cell(window, row.model_id, COL_MODEL, Qt.ItemDataRole.ToolTipRole)
    assert "Free of charge. Baidu rate-limits free use" in tip and "Not ranked" in tip
    assert cell(window, row.model_id, COL_MODEL, Qt.ItemDataRole.ForegroundRole) is None    # not greyed


def test_a_past_date_shows_the_models_retired_later_and_the_legend_says_what_grey_is(window, qtbot):
    _lin(window, as_of=date(2024, 6, 1), selected=("openai/gpt-4o-mini",))
    rows = _rows(window)
    assert {"deepseek/deepseek-v2", "bytedance/doubao-pro-32k", "zhipu/glm-3-turbo"} <= set(rows)
    v2 = rows["deepseek/deepseek-v2"]
    assert v2.deprecated and not v2.retired and v2.rank is not None
    assert cell(window, v2.model_id, COL_MODEL, Qt.ItemDataRole.ForegroundRole) is None
    assert "still sold on 2024-06-01" in cell(window, v2.model_id, COL_MODEL, Qt.ItemDataRole.ToolTipRole)
    assert cell(window, "openai/gpt-4o-mini", COL_RANK) == "∅"        # not sold yet that day
    legend = window.comparison_view.legend
    assert legend.isVisibleTo(window) and legend.text() == "Grey rows: ∅ no price on 2024-06-01 (1)"
    # Today: the deprecated ones are retired (hidden); one chosen stays, greyed, marked † and counted.
    window.document.edit(window.document.project.edited(as_of=None, selected=("deepseek/deepseek-v2",)), "today")
    rows = _rows(window)
    assert "bytedance/doubao-pro-32k" not in rows and rows["deepseek/deepseek-v2"].retired
    assert cell(window, "deepseek/deepseek-v2", COL_RANK).startswith("† ")
    assert cell(window, "deepseek/deepseek-v2", COL_MODEL, Qt.ItemDataRole.ForegroundRole) is not None
    assert "† retired by the vendor by" in legend.text() and "(1)" in legend.text()
    # A long prompt greys the models whose context is too small: counted in the same legend, marked ↔.
    workload = window.document.project.workloads[0].edited(prompt_tokens=60_000)
    window.document.edit(window.document.project.edited(workloads=(workload,)), "prompt")
    unfit = [r for r in _rows(window).values() if not r.fits_context and not r.retired]   # one reason a row
    assert unfit and all(cell(window, r.model_id, COL_RANK) == "↔" for r in unfit)
    assert f"↔ prompt longer than the context window ({len(unfit)})" in legend.text()
    # ... and the models whose catalog price is known only for shorter prompts: a floor, marked ≥, not ranked.
    floors = [r for r in _rows(window).values() if r.understated and r.fits_context and not r.retired]
    assert {"bytedance/doubao-seed-1.6-flash", "minimax/minimax-m1"} <= {r.model_id for r in floors}
    assert all(r.rank is None and cell(window, r.model_id, COL_RANK) == "≥" for r in floors)
    assert f"≥ price not known for this workload: cost understated ({len(floors)})" in legend.text()
    tip = cell(window, "bytedance/doubao-seed-1.6-flash", COL_MODEL, Qt.ItemDataRole.ToolTipRole)
    assert "the cost shown is a floor" in tip and "no price known for prompts this long" in tip
    window.document.edit(window.document.project.edited(workloads=(workload.edited(prompt_tokens=0),),
                                                        selected=()), "short")
    assert not legend.isVisibleTo(window) and legend.text() == ""


def test_weis_two_dates_in_the_app(window):
    project = window.document.project.edited(
        workloads=(make_workload("Wei", input_tokens="10B", output_tokens="0"),), currency="CNY",
        fx=fx_table(["USD/CNY=7.2"], date(2024, 6, 1)), as_of=date(2024, 6, 1), selected=WAR)
    window.document.reset(project)
    dialog = window.menus.compare_dates()
    assert dialog.before_edit.date().toPython() == date(2024, 5, 1)        # a month before the as-of date
    ids = [i.change.model_id for i in dialog.changes.items]
    assert set(ids) == set(WAR)
    glm = dialog.row_of("zhipu/glm-3-turbo")
    assert dialog.cell_text(glm, 1) == "5.00 / 5.00 CNY" and dialog.cell_text(glm, 2) == "1.00 / 1.00 CNY"
    assert dialog.cell_text(glm, 3) == "¥50,000.00 → ¥10,000.00"
    assert dialog.cell_text(glm, 4) == "-¥40,000.00 (-80.0%)" and dialog.cell_text(glm, 5) == "-80.0% / -80.0%"
    assert dialog.cell_text(dialog.row_of("bytedance/doubao-pro-32k"), 1) == "no price that day"
    assert "2 models priced on both dates" in dialog.summary.text()
    assert "2024-05-01" in dialog.model.headerData(1, Qt.Orientation.Horizontal)
    dialog.set_before(date(2024, 5, 20))      # after DeepSeek-V2's and GPT-4o's launch, before the cuts
    assert dialog.cell_text(dialog.row_of("deepseek/deepseek-v2"), 1) == "1.00 / 2.00 CNY"
    qwen = dialog.row_of("alibaba/qwen-long")
    assert dialog.cell_text(qwen, 5).startswith("-97.5% / ")
    assert dialog.cell_text(qwen, 1) == "20.00 CNY input; output not known"   # never a made-up 0% change
    assert dialog.cell_text(qwen, 5) == "-97.5% / —"
    dialog.set_before(date(2024, 6, 2))       # later than the as-of date: said, nothing priced as a "rise"
    assert dialog.changes is None and "must come before the as-of date 2024-06-01" in dialog.summary.text()
    dialog.set_before(date(2024, 5, 20))
    # The dialog follows the document: another as-of date there, and it prices again.
    window.document.edit(window.document.project.edited(as_of=date(2024, 5, 21)), "date")
    assert dialog.changes.day == date(2024, 5, 21) and "2024-05-21" in dialog.after_label.text()
    dialog.close()


def test_source_and_vs_cheapest_in_view_at_1280_pixels_and_a_column_chooser(make_window, qtbot):
    window = make_window()
    window.resize(1280, 800)
    qtbot.wait(50)
    view = window.comparison_view
    view.fit_columns()
    table, header = view.table, view.table.horizontalHeader()
    for column in (COL_DIFF, COL_SOURCE):
        assert not header.isSectionHidden(column)
        right = header.sectionViewportPosition(column) + min(header.sectionSize(column), SOURCE_MIN)
        assert 0 <= header.sectionViewportPosition(column) and right <= table.viewport().width(), column
    assert header.isSectionHidden(COL_ANNUAL)           # 12 × monthly: the first to make room
    # a stale price's date in full beside its warning mark, in the cheapest row's bold ("2026-05-…" at 96 px)
    from PySide6.QtGui import QFont, QFontMetrics

    bold = QFont(table.font())
    bold.setBold(True)
    icon = table.style().pixelMetric(table.style().PixelMetric.PM_SmallIconSize)
    assert header.sectionSize(COL_SOURCE) >= QFontMetrics(bold).horizontalAdvance("2026-05-01") + icon + 12
    menu = view.column_menu()
    annual = next(a for a in menu.actions() if a.text() == window.model.headerData(COL_ANNUAL, Qt.Orientation.Horizontal))
    assert annual.isCheckable() and not annual.isChecked()
    annual.setChecked(True)
    assert not header.isSectionHidden(COL_ANNUAL)
    next(a for a in view.column_menu().actions() if a.text() == "Source").setChecked(False)
    assert header.isSectionHidden(COL_SOURCE)
    assert window.close()
    again = make_window()                               # remembered with the window's layout
    header = again.comparison_view.table.horizontalHeader()
    assert header.isSectionHidden(COL_SOURCE) and not header.isSectionHidden(COL_ANNUAL)
    again.comparison_view.show_all_columns()
    assert not header.isSectionHidden(COL_SOURCE)


def test_ctrl_z_in_a_field_undoes_the_field_then_the_project(window, qtbot):
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow(), timeout=2000)
    panel, stack = window.workloads_panel, window.document.undo_stack
    type_into(qtbot, panel.input_field.line_edit, "500M")
    panel.input_field.line_edit.clearFocus()
    window.document.end_merge()
    assert window.document.project.workloads[0].input_tokens == 500_000_000 and stack.index() == 1
    # In a field with typing of its own, Ctrl+Z undoes that typing (and its step merges away).
    type_into(qtbot, panel.output_field.line_edit, "90M")
    assert stack.index() == 2
    qtbot.keyClick(panel.output_field.line_edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert panel.output_field.line_edit.text() == "60M"
    assert window.document.project.workloads[0].output_tokens == 60_000_000 and stack.index() == 1
    assert window.document.project.workloads[0].input_tokens == 500_000_000      # the other field untouched
    # Nothing left of its own: Ctrl+Z is the project's Edit › Undo, never a dead key.
    qtbot.keyClick(panel.output_field.line_edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stack.index() == 0 and window.document.project.workloads[0].input_tokens == 300_000_000
    assert panel.input_field.line_edit.text() == "300M"


def test_vendor_names_in_the_discount_list_follow_the_interface(window, catalog, chinese):
    from core.pricing.quote_terms import QuoteTerms
    from gui.main.terms_dialog import TermsDialog

    vendors = [catalog.vendors["bytedance"], catalog.vendors["openai"]]
    dialog = TermsDialog(QuoteTerms(), vendors, window)
    assert dialog.vendor_table.item(0, 0).text() == "字节跳动（豆包）"
    assert dialog.vendor_table.item(0, 0).toolTip() == "ByteDance (Doubao)"
    assert dialog.vendor_table.item(1, 0).text() == "OpenAI"          # no Chinese name: as published


def test_prices_are_shown_to_four_significant_digits_the_exact_one_in_the_tooltip(window):
    from gui.texts.numbers import format_price

    assert format_price(Decimal("0.388126")) == "0.3881" and format_price(Decimal("0.075")) == "0.075"
    assert format_price(Decimal("2")) == "2.00" and format_price(Decimal("12.345678")) == "12.35"
    assert format_price(Decimal("0.388126"), exact=True) == "0.388126"
    window.document.edit(window.document.project.edited(selected=("bytedance/doubao-seed-2.1-lite",)), "choose")
    model_id = "bytedance/doubao-seed-2.1-lite"
    row = cell(window, model_id, COL_MODEL, ROW_ROLE)
    assert row.output_price_per_1m == Decimal("0.388126")
    assert cell(window, model_id, COL_OUTPUT) == "0.3881 USD"
    assert "Exactly 0.388126 USD" in cell(window, model_id, COL_OUTPUT, Qt.ItemDataRole.ToolTipRole)
    assert "Exactly" not in cell(window, model_id, COL_INPUT, Qt.ItemDataRole.ToolTipRole)


def test_columns_hidden_to_fit_a_narrow_window_come_back_on_a_wider_one(make_window, qtbot):
    """At 1,280 px Annual is hidden to make room; that was saved as if the user had hidden it, so a maximised
    window on a later start still lacked it. Columns hidden to fit are fitted again; the user's own stay."""
    window = make_window()
    window.resize(1280, 800)
    qtbot.wait(50)
    view = window.comparison_view
    assert COL_ANNUAL in view.fit_columns()
    view.set_column_shown(COL_INPUT, False)               # the user's own choice
    assert window.close()
    wide = make_window()
    wide.resize(2400, 900)
    qtbot.wait(50)
    header = wide.comparison_view.table.horizontalHeader()
    assert wide.comparison_view.fit_columns() == []       # room for everything now
    assert not header.isSectionHidden(COL_ANNUAL) and header.isSectionHidden(COL_INPUT)
    assert wide.close()
    narrow = make_window()
    narrow.resize(1280, 800)
    qtbot.wait(50)
    narrow.comparison_view.fit_columns()
    assert narrow.comparison_view.table.horizontalHeader().isSectionHidden(COL_INPUT)    # still the user's choice


def test_a_layout_saved_on_a_wide_window_is_fitted_on_a_narrow_one(make_window, qtbot):
    """Saved on a wide screen (every column shown, none hidden to fit), a later start on a 1,280-pixel one kept
    every column and scrolled Source and "vs cheapest" out of view: only the columns hidden to fit last time were
    fitted again. Now every compact column the user has not chosen is."""
    wide = make_window()
    wide.resize(2400, 900)
    qtbot.wait(50)
    assert wide.comparison_view.fit_columns() == []
    assert wide.close()
    narrow = make_window()
    narrow.resize(1280, 800)
    qtbot.wait(50)
    view = narrow.comparison_view
    assert COL_ANNUAL in view.fit_columns()
    header = view.table.horizontalHeader()
    right = header.sectionViewportPosition(COL_SOURCE) + SOURCE_MIN
    assert not header.isSectionHidden(COL_DIFF) and right <= header.width()
    view.set_column_shown(COL_ANNUAL, True)              # shown by the user: theirs, never fitted again
    assert narrow.close()
    again = make_window()
    again.resize(1280, 800)
    qtbot.wait(50)
    assert COL_ANNUAL not in again.comparison_view.fit_columns()
    assert not again.comparison_view.table.horizontalHeader().isSectionHidden(COL_ANNUAL)


def test_the_quote_terms_line_is_punctuated_as_chinese(qtbot, chinese):
    """"折扣 OpenAI为 10%, 其他厂商为 7.5%, 加价 25%": clauses joined with an ASCII comma in a Chinese sentence."""
    from decimal import Decimal

    from core.pricing.quote_terms import QuoteTerms
    from gui.comparison.quote_summary import QuoteSummary

    summary = QuoteSummary()
    qtbot.addWidget(summary)
    summary.vendor_names = {"openai": "OpenAI"}
    terms = QuoteTerms(discount_pct=Decimal("7.5"), vendor_discounts={"openai": Decimal(10)}, markup_pct=Decimal(25))
    line = summary._terms_text(terms, {"openai", "deepseek"})
    assert "，" in line and ", " not in line

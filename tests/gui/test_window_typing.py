"""Typing volumes and shares into the workloads panel, as a user does, and seeing the table follow the engine."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from gui_helpers import core_rows, expected_monthly, shown_monthly, type_into
from PySide6.QtCore import Qt

from core.errors import TokenQuoteError
from core.pricing.fx import DEFAULT_RATES
from core.pricing.workload import Workload
from gui.comparison.columns import COL_MONTHLY
from gui.texts.messages import error_text


def test_default_start_is_compared(window, catalog):
    project = window.document.project
    assert (project.workloads[0].input_tokens, project.workloads[0].output_tokens) == (300_000_000, 60_000_000)
    assert project.currency == "USD" and project.as_of is None
    assert window.workloads_panel.input_field.text() == "300M"
    assert window.workloads_panel.input_field.note.text() == "= 300,000,000 tokens"
    assert window.model.rowCount() > 50
    assert shown_monthly(window) == expected_monthly(catalog, Workload("Workload", 300_000_000, 60_000_000))
    assert window.pricing_controls.as_of_edit.date().toPython() == date.today()
    assert "USD" in window.currency_label.text()
    assert f"{len(catalog)} models" in window.catalog_label.text()


@pytest.mark.parametrize("typed, tokens", [
    ("2.5M", 2_500_000), ("10B", 10_000_000_000), ("100亿", 10_000_000_000), ("1,234,567", 1_234_567),
])
def test_typed_volume_reprices_the_table(qtbot, window, catalog, typed, tokens):
    panel = window.workloads_panel
    type_into(qtbot, panel.input_field.line_edit, typed)
    assert panel.input_field.note.text().startswith(f"= {tokens:,} tokens")
    assert not panel.input_field.is_invalid()
    assert window.document.project.workloads[0].input_tokens == tokens
    assert shown_monthly(window) == expected_monthly(catalog, Workload("Workload", tokens, 60_000_000))


def test_chinese_units_are_echoed(qtbot, window):
    type_into(qtbot, window.workloads_panel.output_field.line_edit, "3000万")
    assert window.workloads_panel.output_field.note.text() == "= 30,000,000 tokens (3000万)"


@pytest.mark.parametrize("field_name, typed, reason, fixed", [
    ("input_field", "12O M", "unknown unit", "120M"),
    ("input_field", "-5", "negative", "5"),
    ("output_field", "2.5.1M", "is not a volume", "2.5M"),
    ("cache_field", "150%", "outside 0–100%", "40%"),
    ("batch_field", "-5", "outside 0–100%", "5"),
    ("prompt_field", "lots", "is not a volume", "8K"),
])
def test_invalid_input_is_marked_and_the_last_figures_stay(qtbot, window, field_name, typed, reason, fixed):
    field = getattr(window.workloads_panel, field_name)
    type_into(qtbot, field.line_edit, typed)
    assert field.is_invalid()
    assert field.line_edit.property("invalid") is True
    assert "d32f2f" in field.line_edit.styleSheet()          # the red frame
    assert reason in field.note.text()
    assert field.line_edit.toolTip() == field.note.text()
    # The figures in use are the last valid ones, and the table shows exactly the engine's for them.
    in_use = window.document.project
    assert window.document.comparison.workloads == in_use.workloads
    # Typing something valid clears the mark and prices it.
    type_into(qtbot, field.line_edit, fixed)
    assert not field.is_invalid()
    assert field.line_edit.property("invalid") is False
    assert field.line_edit.styleSheet() == ""
    assert window.document.project != in_use


def test_a_bad_entry_leaves_project_and_table_as_they_were(qtbot, window):
    before_project, before_table = window.document.project, shown_monthly(window)
    type_into(qtbot, window.workloads_panel.cache_field.line_edit, "x")
    assert window.workloads_panel.cache_field.is_invalid()
    assert window.document.project == before_project
    assert shown_monthly(window) == before_table
    assert not window.document.undo_stack.canUndo()


def test_letter_o_keeps_the_committed_figures_not_a_prefix(qtbot, window):
    """'12O M': the user meant 120M but typed a letter O — the figures go back to the committed value (the 300M
    before this entry), never to the '12' typed on the way; the field keeps the text and says why."""
    panel = window.workloads_panel
    before = window.document.project.workloads[0].input_tokens
    type_into(qtbot, panel.input_field.line_edit, "12O M")
    assert panel.input_field.is_invalid()
    assert window.document.project.workloads[0].input_tokens == before
    assert window.document.comparison.workloads[0].input_tokens == before
    # another edit elsewhere does not redraw the field behind the user's back
    type_into(qtbot, panel.output_field.line_edit, "61M")
    assert panel.input_field.line_edit.text() == "12O M" and panel.input_field.is_invalid()
    assert window.document.project.workloads[0].input_tokens == before


def test_shares_over_100_percent_are_refused_at_the_field(qtbot, window):
    panel = window.workloads_panel
    type_into(qtbot, panel.batch_field.line_edit, "60")
    type_into(qtbot, panel.off_peak_field.line_edit, "50")
    assert panel.off_peak_field.is_invalid()
    assert "more than 100%" in panel.off_peak_field.note.text()
    workload = window.document.project.workloads[0]
    # "5" was fine on the way, but the entry is "50": the committed value (before it) stays in use
    assert workload.batch_pct == Decimal(60) and workload.off_peak_pct == Decimal(0)


def test_cache_batch_and_prompt_size_reach_the_engine(qtbot, window, catalog):
    panel = window.workloads_panel
    type_into(qtbot, panel.cache_field.line_edit, "40")
    type_into(qtbot, panel.batch_field.line_edit, "25")
    type_into(qtbot, panel.prompt_field.line_edit, "60K")
    expected = Workload("Workload", 300_000_000, 60_000_000, Decimal(40), Decimal(25), Decimal(0), 60_000)
    assert window.document.project.workloads[0] == expected
    assert shown_monthly(window) == expected_monthly(catalog, expected)


def test_currency_and_as_of_reprice(qtbot, window, catalog):
    window.pricing_controls.currency_combo.setCurrentText("CNY")
    assert window.document.project.currency == "CNY"
    assert window.model.headerData(COL_MONTHLY, Qt.Orientation.Horizontal) == "Monthly (CNY)"
    workload = Workload("Workload", 300_000_000, 60_000_000)
    assert shown_monthly(window) == expected_monthly(catalog, workload, currency="CNY")
    assert "¥" in next(iter(shown_monthly(window).values()))
    type_into(qtbot, window.pricing_controls.as_of_edit.line_edit, "2024-06-01")   # typed whole, taken whole
    assert window.document.project.as_of == date(2024, 6, 1)
    assert shown_monthly(window) == expected_monthly(catalog, workload, currency="CNY", as_of=date(2024, 6, 1))
    assert "2024-06-01" in window.as_of_label.text()
    window.pricing_controls.today_button.click()
    assert window.document.project.as_of is None


def test_price_war_as_of_dates_show_the_cut(qtbot, window, catalog):
    """Wei's journey: DeepSeek's and Doubao's prices before and after the May 2024 cuts."""
    window.menus.hide_deprecated_action.setChecked(False)
    type_into(qtbot, window.workloads_panel.input_field.line_edit, "10B")
    rows = {}
    for day in (date(2024, 5, 1), date(2024, 6, 1)):
        type_into(qtbot, window.pricing_controls.as_of_edit.line_edit, day.isoformat())
        rows[day] = {r.model_id: r for r in window.document.comparison.rows}
        expected = core_rows(catalog, [window.document.project.workloads[0]], as_of=day, include_deprecated=True)
        assert {m: r.monthly_cost for m, r in rows[day].items()} == {m: r.monthly_cost for m, r in expected.items()}
    before, after = rows[date(2024, 5, 1)], rows[date(2024, 6, 1)]
    cut = [m for m in before if m in after and after[m].input_price_per_1m < before[m].input_price_per_1m]
    assert cut, "some 2024 price cut should show between 2024-05-01 and 2024-06-01"


def test_fx_rate_reaches_the_table(qtbot, window, catalog):
    from core.pricing.fx import FxRate

    fx = DEFAULT_RATES.with_rate(FxRate("USD", "CNY", Decimal("7.2"), date(2026, 1, 1)))
    window.document.edit(window.document.project.edited(fx=fx, currency="CNY"), "fx")
    workload = Workload("Workload", 300_000_000, 60_000_000)
    assert shown_monthly(window) == expected_monthly(catalog, workload, currency="CNY", fx=fx)


def test_hide_deprecated_toggle(window, catalog):
    deprecated = {m.id for m in catalog if m.deprecated}
    shown = set(shown_monthly(window))
    assert not shown & deprecated
    window.menus.hide_deprecated_action.setChecked(False)
    assert set(shown_monthly(window)) & deprecated
    window.menus.hide_deprecated_action.setChecked(True)
    assert not set(shown_monthly(window)) & deprecated


def test_volume_helper_fills_both_volumes_in_one_step(qtbot, window):
    from gui.main.volume_helper_dialog import VolumeHelperDialog

    dialog = VolumeHelperDialog(window)
    qtbot.addWidget(dialog)
    # Opened empty: a plain prompt, not a red "requests per day: is empty; enter a number of tokens".
    assert dialog.outcome.text() == "Fill in each field to see the monthly volumes." and not dialog.outcome.styleSheet()
    dialog.requests.line_edit.setText("10,000")
    dialog.input_per_request.line_edit.setText("2,000")
    dialog.output_per_request.line_edit.setText("400")
    assert dialog.result_volumes == (600_000_000, 120_000_000, 2000)
    window.workloads_panel.set_volumes(*dialog.result_volumes)
    assert window.workloads_panel.input_field.text() == "600M"
    window.document.undo_stack.undo()
    assert window.document.project.workloads[0].input_tokens == 300_000_000

    dialog.tabs.setCurrentIndex(1)
    dialog.language.setCurrentIndex(dialog.language.findData("zh"))
    dialog.input_text.line_edit.setText("1.6亿")
    dialog.output_text.line_edit.setText("3200万")
    assert dialog.result_volumes == (100_000_000, 20_000_000, None)
    dialog.output_text.line_edit.setText("much")
    assert dialog.result_volumes is None
    assert dialog.output_text.is_invalid()
    assert dialog.outcome.text().startswith("Output text per month: ")
    assert "'much' is not a volume" in dialog.outcome.text()


@pytest.mark.parametrize("typed", ["2024-02-30", "2024-13-01", "24-05-01", "9999-12-31"])
def test_a_typed_date_is_taken_whole_or_refused(qtbot, window, typed):
    """30 February never becomes 3 March, 2024 never 2026: an impossible date is refused at the field."""
    controls = window.pricing_controls
    before = window.document.project.effective_as_of()
    type_into(qtbot, controls.as_of_edit.line_edit, typed)
    controls.as_of_edit.line_edit.editingFinished.emit()
    assert controls.as_of_edit.is_invalid()
    assert window.document.project.effective_as_of() == before
    assert controls.as_of_edit.line_edit.text() == typed            # left as typed, to be fixed
    # said once where the window says such things, naming the field once (not "Prices as of: prices as of: …")
    said = window.statusBar().currentMessage()
    assert said.lower().count("as of") == 1 and typed in said, said
    with pytest.raises(TokenQuoteError) as caught:
        controls.as_of_edit.day()
    assert error_text(caught.value).lower().count("as of") == 1, error_text(caught.value)
    type_into(qtbot, controls.as_of_edit.line_edit, "2024-05-01")
    assert not controls.as_of_edit.is_invalid() and window.document.project.as_of == date(2024, 5, 1)


def test_the_yearly_column_says_it_is_twelve_times_the_month(qtbot, window):
    """The column is 12 × the month shown, a run rate; named "Annual", it was read as the first year, which the
    Projection tab and the workbook give with growth and price changes (GPT-4o on 2024-06-01: ¥4,320,000 "annual"
    against ¥2,700,000 for the first 12 months after the August cut)."""
    from gui.comparison.columns import COL_ANNUAL

    def header(role=Qt.ItemDataRole.DisplayRole):
        return window.model.headerData(COL_ANNUAL, Qt.Orientation.Horizontal, role)

    assert header() == "12 × month (USD)"
    assert "a run rate" in header(Qt.ItemDataRole.ToolTipRole) and "Projection" in header(Qt.ItemDataRole.ToolTipRole)

def test_an_as_of_date_before_every_price_says_so(qtbot, window):
    """2000-01-01 is a date the field accepts, before any price in the catalog: the table was empty and the chart
    said "the 0 cheapest models" without a reason."""
    type_into(qtbot, window.pricing_controls.as_of_edit.line_edit, "2000-01-01")
    assert window.document.project.as_of == date(2000, 1, 1) and window.model.rowCount() == 0
    assert window.banner.isVisibleTo(window)
    assert window.banner.text() == "No model has a price in force on 2000-01-01: choose a later Prices as of date."
    type_into(qtbot, window.pricing_controls.as_of_edit.line_edit, "2025-01-01")
    assert window.model.rowCount() > 0 and not window.banner.isVisibleTo(window)

"""The comparison table: a thin model over the engine's rows, sorted by value, filtered, with choices."""

from __future__ import annotations

from datetime import date

from gui_helpers import cell, type_into
from PySide6.QtCore import Qt

from core.money import format_money
from core.pricing.engine import Pricer
from core.pricing.fx import DEFAULT_RATES
from core.pricing.workload import Workload
from gui.comparison.cell_formats import format_context
from gui.comparison.columns import (
    CHEAPEST_MARK,
    COL_CHOSEN,
    COL_CONTEXT,
    COL_INPUT,
    COL_MODEL,
    COL_MONTHLY,
    COL_RANK,
    COL_VENDOR,
    ROW_ROLE,
    SORT_ROLE,
)
from gui.comparison.filter_proxy import ComparisonFilter
from gui.comparison.table_model import ComparisonModel


def _comparison(catalog, workloads=(Workload("W", 300_000_000, 60_000_000),), currency="USD"):
    return Pricer(catalog).compare(workloads, as_of=date.today(), currency=currency, fx=DEFAULT_RATES)


def test_model_passes_qtmodeltester(qtmodeltester, catalog):
    model = ComparisonModel(catalog)
    model.set_comparison(_comparison(catalog), {next(iter(catalog.models))})
    qtmodeltester.check(model)
    model.set_comparison(_comparison(catalog, currency="CNY"))   # same models re-priced: updated in place
    qtmodeltester.check(model)
    proxy = ComparisonFilter()
    proxy.setSourceModel(model)
    proxy.set_filters(text="qwen")
    qtmodeltester.check(proxy)


def test_cells_are_the_engine_figures(catalog):
    comparison = _comparison(catalog)
    model = ComparisonModel(catalog)
    model.set_comparison(comparison)
    assert model.rowCount() == len(comparison.rows)
    for position, row in enumerate(comparison.rows):
        assert model.index(position, COL_MONTHLY).data() == format_money(row.monthly_cost, "USD")
        assert model.index(position, COL_MODEL).data() == row.name
        assert model.index(position, COL_INPUT).data().endswith(row.price_currency)
        assert model.index(position, COL_MONTHLY).data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight


def test_sorting_is_by_value_not_text(window):
    table = window.comparison_view.table
    proxy = window.comparison_view.proxy
    type_into_volume = window.workloads_panel.input_field.line_edit
    type_into_volume.setText("30B")
    type_into_volume.textEdited.emit("30B")     # big enough that costs have different digit counts
    table.sortByColumn(COL_MONTHLY, Qt.SortOrder.DescendingOrder)
    costs = [proxy.index(r, 0).data(ROW_ROLE).monthly_cost for r in range(proxy.rowCount())]
    assert costs == sorted(costs, reverse=True)
    texts = [proxy.index(r, COL_MONTHLY).data() for r in range(proxy.rowCount())]
    assert texts != sorted(texts, reverse=True), "a text sort would order '$9' above '$10,000'"
    table.sortByColumn(COL_CONTEXT, Qt.SortOrder.AscendingOrder)
    windows = [proxy.index(r, 0).data(ROW_ROLE).context_window for r in range(proxy.rowCount())]
    known = [w for w in windows if w]
    assert known == sorted(known) and all(w is None for w in windows[len(known):])
    table.sortByColumn(COL_RANK, Qt.SortOrder.AscendingOrder)
    ranks = [proxy.index(r, 0).data(ROW_ROLE).rank for r in range(proxy.rowCount())]
    ranked = [r for r in ranks if r is not None]
    assert ranked == sorted(ranked) and ranks[: len(ranked)] == ranked


def test_filters_by_vendor_region_currency_and_text(qtbot, window, catalog):
    view = window.comparison_view
    proxy = view.proxy
    all_rows = proxy.rowCount()
    view.select_vendor("deepseek")
    rows = view.shown_rows()
    assert rows and {r.vendor_id for r in rows} == {"deepseek"}
    assert f"Showing {len(rows)} of {all_rows}" in window.shown_label.text()
    view.clear_filters()
    assert proxy.rowCount() == all_rows
    type_into(qtbot, view.search, "豆包")
    rows = view.shown_rows()
    assert rows and all("豆包" in r.name for r in rows)
    type_into(qtbot, view.search, "GPT")
    assert {r.vendor_id for r in view.shown_rows()} == {"openai"}
    view.clear_filters()
    view.region_combo.setCurrentIndex(view.region_combo.findData("EU"))
    assert {r.region for r in view.shown_rows()} == {"EU"}
    view.clear_filters()
    view.currency_combo.setCurrentIndex(view.currency_combo.findData("CNY"))
    assert {r.price_currency for r in view.shown_rows()} == {"CNY"}


def test_only_models_whose_context_fits(qtbot, window):
    type_into(qtbot, window.workloads_panel.prompt_field.line_edit, "200K")
    rows = window.comparison_view.shown_rows()
    assert any(not r.fits_context for r in rows)
    window.menus.only_fitting_action.setChecked(True)
    rows = window.comparison_view.shown_rows()
    assert rows and all(r.fits_context for r in rows)
    assert all(r.context_window is None or r.context_window >= 200_000 for r in rows)


def test_cheapest_row_is_marked_and_tooltips_cite_sources(window):
    model = window.model
    cheapest = [i for i in range(model.rowCount()) if model.row_at(i).rank == 1]
    assert cheapest
    position = cheapest[0]
    assert model.index(position, COL_RANK).data().startswith(CHEAPEST_MARK)
    assert model.index(position, COL_MODEL).data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(position, COL_MODEL).data(Qt.ItemDataRole.BackgroundRole) is not None
    other = next(i for i in range(model.rowCount()) if model.row_at(i).rank not in (1, None))
    assert model.index(other, COL_MODEL).data(Qt.ItemDataRole.FontRole) is None
    row = model.row_at(other)
    tip = model.index(other, COL_INPUT).data(Qt.ItemDataRole.ToolTipRole)
    assert row.point.source in tip
    assert f"in force from {row.point.start.isoformat()}" in tip
    if row.point.checked:
        assert f"Checked: {row.point.checked.isoformat()}" in tip
    assert row.model_id in model.index(other, COL_VENDOR).data(Qt.ItemDataRole.ToolTipRole)


def test_check_boxes_choose_models_with_undo(window):
    model = window.model
    first, second = model.row_at(3).model_id, model.row_at(5).model_id
    for model_id in (first, second):
        assert model.setData(model.index(model.position_of(model_id), COL_CHOSEN), Qt.CheckState.Checked.value,
                             Qt.ItemDataRole.CheckStateRole)
    assert window.document.project.selected == (first, second)
    assert cell(window, first, COL_CHOSEN, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert window.isWindowModified()
    window.chart_pane.bar_tab.build()
    window.chart_pane.flush()
    assert [r.model_id for r in window.chart_pane.bar_chart.shown] == \
        [r.model_id for r in window.document.comparison.rows if r.model_id in (first, second)]
    window.menus.only_chosen_action.setChecked(True)
    assert {r.model_id for r in window.comparison_view.shown_rows()} == {first, second}
    stack = window.document.undo_stack
    stack.undo()
    assert window.document.project.selected == (first,)
    assert cell(window, second, COL_CHOSEN, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    stack.redo()
    assert window.document.project.selected == (first, second)
    window.clear_chosen()
    assert window.document.project.selected == ()
    stack.undo()
    assert window.document.project.selected == (first, second)


def test_a_chosen_deprecated_model_stays_priced(window, catalog):
    deprecated = next(m for m in catalog if m.deprecated and m.point_at(date.today()) is not None)
    window.menus.hide_deprecated_action.setChecked(False)
    model = window.model
    model.setData(model.index(model.position_of(deprecated.id), COL_CHOSEN), True, Qt.ItemDataRole.CheckStateRole)
    window.menus.hide_deprecated_action.setChecked(True)
    ids = {r.model_id for r in window.document.comparison.rows}
    assert deprecated.id in ids
    assert not ids & {m.id for m in catalog if m.deprecated and m.id != deprecated.id}


def test_monthly_cost_column_follows_the_display_currency(window):
    window.pricing_controls.currency_combo.setCurrentText("EUR")
    header = window.model.headerData(COL_MONTHLY, Qt.Orientation.Horizontal)
    assert header == "Monthly (EUR)"
    row = window.model.row_at(0)
    assert window.model.index(0, COL_MONTHLY).data() == format_money(row.monthly_cost, "EUR")


def test_sort_keys_are_raw_numbers(catalog):
    model = ComparisonModel(catalog)
    model.set_comparison(_comparison(catalog))
    position = 4
    row = model.row_at(position)
    assert model.index(position, COL_MONTHLY).data(SORT_ROLE) == float(row.monthly_cost)
    assert isinstance(model.index(position, COL_VENDOR).data(SORT_ROLE), str)


def test_context_windows_read_as_vendors_name_them():
    assert [format_context(n) for n in (8192, 32768, 128_000, 131_072, 256_000, 1_000_000, 1_048_576, None)] == \
        ["8K", "32K", "128K", "128K", "256K", "1M", "1M", "—"]
    assert format_context(1_047_576) == format_context(1_050_000) == "1.05M"
    assert format_context(997_952) == "998K"


def test_a_bundled_prices_research_note_is_not_in_the_models_tooltip_and_is_wrapped_in_the_sources(window):
    """The model's tooltip carried the catalog's research trail ("market_prices.csv line 77 (…)", up to a page on one
    line, in English in the Chinese app); it belongs to the Source cell's tooltip, wrapped and cut."""
    from gui.comparison.columns import COL_MODEL, COL_SOURCE

    model = window.model
    row = next(r for r in range(model.rowCount()) if len(model.row_at(r).point.note) > 600)
    note = model.row_at(row).point.note
    tip = model.data(model.index(row, COL_MODEL), Qt.ItemDataRole.ToolTipRole)
    assert note[:40] not in tip.replace("\n", " ")
    source = model.data(model.index(row, COL_SOURCE), Qt.ItemDataRole.ToolTipRole)
    assert note[:40] in source.replace("\n", " ") and "(whole note: Catalog window)" in source
    assert max(len(line) for line in source.splitlines() if "://" not in line) <= 140

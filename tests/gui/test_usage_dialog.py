"""File › Import usage…: the mapping step with its preview, reading on a worker, the report, the workloads added
as one undoable edit with the fitted growth and the reconciliation, remembered mappings, bad files, and the
reconciliation sheet in the exported workbook."""

from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from PySide6.QtWidgets import QLabel
from usage_files import VOLC_HEADER, twelve_months, volc_rows, write_csv

from gui.texts.numbers import format_money

HEADER = ["date", "model", "input_tokens", "output_tokens", "cached_input_tokens", "cost", "currency"]


@pytest.fixture
def year_file(tmp_path):
    rows = [[d.isoformat(), m, i, o, c, "2.00", "USD"] for d, m, i, o, c in twelve_months()]
    return write_csv(tmp_path / "year.csv", HEADER, rows)


def read(qtbot, window, dialog):
    dialog.request_import()
    task = window.usage_actions.task
    assert task is not None
    qtbot.waitUntil(lambda: task.done, timeout=20000)
    qtbot.waitUntil(lambda: dialog.results is not None or bool(window.problems), timeout=5000)
    return dialog.results


def test_import_shows_mapping_reads_and_adds_workloads_as_one_undoable_edit(qtbot, window, year_file):
    document = window.document
    before = document.project
    dialog = window.usage_actions.import_usage(year_file)
    qtbot.addWidget(dialog)
    panel = dialog.mapping_panel
    assert panel.combos["model"].currentText() == "model" and panel.problem_text() == ""
    assert "→" in panel.preview.horizontalHeaderItem(2).text()
    results = read(qtbot, window, dialog)
    assert results is not None, window.problems
    assert results.table.rowCount() == 3
    summary = results.findChild(type(dialog.problem), "usageSummary").text()
    assert "72 rows read, 72 used, 0 skipped" in summary
    assert results.rec_model.rowCount() == 36
    # the same usage elsewhere: paid models (as the project leaves free ones out), vendors by name, cheapest first
    alternatives = results.alternatives
    first_cost = alternatives.item(0, 2).text()
    assert first_cost != format_money(Decimal(0), document.project.currency) and alternatives.rowCount() > 5
    vendors = {alternatives.item(r, 1).text() for r in range(alternatives.rowCount())}
    assert "OpenAI" in vendors and "openai" not in vendors
    # its basis said beside it: not the reconciliation's total (the whole file, at one month's prices)
    basis = [w.text() for w in alternatives.parentWidget().findChildren(type(dialog.problem)) if w.text()]
    assert any("The file's whole usage" in t and results.reconciliation.alternatives_priced_on.isoformat() in t
               for t in basis), basis
    results.tabs.setCurrentIndex(results.chart_index)
    assert results.chart is not None
    growth = results.growth()
    assert growth == results.plan.growth_pct
    dialog.add_to_project()
    project = document.project
    assert len(project.workloads) == 3 and project.projection.growth_pct == growth
    assert project.usage_reconciliation is not None and project.usage_reconciliation.has_billed
    december = {w.name: w for w in project.workloads}
    expected_in = sum(i for d, m, i, _o, _c in twelve_months() if m == "deepseek-chat" and d.month == 12)
    assert december["DeepSeek Chat"].input_tokens == expected_in
    document.undo_stack.undo()
    assert document.project == before
    document.undo_stack.redo()
    assert document.project == project


def test_growth_is_editable_and_a_bad_entry_is_refused(qtbot, window, year_file):
    dialog = window.usage_actions.import_usage(year_file)
    qtbot.addWidget(dialog)
    results = read(qtbot, window, dialog)
    results.growth_edit.setText("abc")
    results.growth_edit.textEdited.emit("abc")
    assert not dialog.add_button.isEnabled() and dialog.problem.text()
    results.growth_edit.setText("2.5")
    results.growth_edit.textEdited.emit("2.5")
    assert dialog.add_button.isEnabled()
    results.months.setValue(3)
    results.replace.setChecked(False)
    dialog.add_to_project()
    project = window.document.project
    assert project.projection.growth_pct == Decimal("2.5") and len(project.workloads) == 4


def test_a_changed_mapping_is_remembered_for_the_same_header(qtbot, window, tmp_path):
    header = ["Tag", "Engine", "Prompt", "Completion"]
    first = write_csv(tmp_path / "a.csv", header, [["2025-01-31", "gpt-4o", "9", "1"]])
    dialog = window.usage_actions.import_usage(first)
    qtbot.addWidget(dialog)
    panel = dialog.mapping_panel
    assert panel.problem_text()                      # nothing recognised: the fields must be chosen
    assert not dialog.import_button.isEnabled()
    for name, column in (("date", "Tag"), ("model", "Engine"), ("input_tokens", "Prompt"),
                         ("output_tokens", "Completion")):
        combo = panel.combos[name]
        combo.setCurrentIndex(combo.findText(column))
    assert panel.problem_text() == "" and dialog.import_button.isEnabled()
    assert read(qtbot, window, dialog) is not None
    dialog.close()
    second = write_csv(tmp_path / "b.csv", header, [["2025-02-28", "gpt-4o", "5", "1"]])
    again = window.usage_actions.import_usage(second)
    qtbot.addWidget(again)
    assert again.mapping_panel.problem_text() == ""
    assert again.mapping_panel.combos["input_tokens"].currentText() == "Prompt"


def test_a_chinese_bill_in_gbk_is_recognised(qtbot, window, tmp_path):
    from datetime import date
    path = write_csv(tmp_path / "volc.csv", VOLC_HEADER, volc_rows([
        (date(2025, 6, 30), "doubao-pro-32k", "输入tokens", "1000", "千tokens", "0.80")]), encoding="gbk")
    dialog = window.usage_actions.import_usage(path)
    qtbot.addWidget(dialog)
    assert "火山引擎" in dialog.mapping_panel.findChild(type(dialog.problem), "usagePresetLabel").text()
    results = read(qtbot, window, dialog)
    assert results.rec_model.rowCount() == 1


def test_a_bad_file_is_said_naming_it(qtbot, window, tmp_path, message_boxes):
    path = tmp_path / "empty.csv"
    path.write_bytes(b"")
    assert window.usage_actions.import_usage(path) is None
    assert "empty.csv" in window.problems[-1]
    rows_bad = write_csv(tmp_path / "bad.csv", HEADER, [["someday", "gpt-4o", "1", "1", "0", "1", "USD"]])
    dialog = window.usage_actions.import_usage(rows_bad)
    qtbot.addWidget(dialog)
    assert read(qtbot, window, dialog) is None
    assert "bad.csv" in dialog.problem.text() and "someday" in dialog.problem.text()
    assert window.usage_actions.import_action.isEnabled()


def test_the_exported_workbook_has_the_reconciliation_sheet(qtbot, window, year_file, tmp_path):
    from openpyxl import load_workbook

    dialog = window.usage_actions.import_usage(year_file)
    qtbot.addWidget(dialog)
    read(qtbot, window, dialog)
    dialog.add_to_project()
    out = tmp_path / "quote.xlsx"
    task = window.export_actions.start_export(out)
    qtbot.waitUntil(lambda: task.done, timeout=30000)
    book = load_workbook(out)
    assert "Reconciliation" in book.sheetnames
    sheet = book["Reconciliation"]
    assert sheet["A4"].value == "Month" and sheet["G5"].value == 4   # two rows of 2.00 USD a month


def test_a_bill_the_catalog_cannot_price_is_in_neither_total_and_named(qtbot, tmp_path, catalog):
    """A DeepSeek bill after the catalog's last DeepSeek V3 price has no catalog cost: it is left out of both
    totals (it made a whole-amount "difference" when summed into billed alone) and named under them."""
    from core.importers.usage import import_usage
    from core.pricing.engine import Pricer
    from core.pricing.fx import DEFAULT_RATES
    from core.pricing.reconcile import reconcile
    from gui.usage.results_panel import ResultsPanel

    rows = [["2026-05-05", "gpt-4o", "10000000", "1000000", "35.00", "USD"],
            ["2026-08-05", "gpt-4o", "10000000", "1000000", "35.00", "USD"],
            ["2026-08-06", "deepseek-chat", "20000000", "2000000", "25.00", "CNY"]]
    path = write_csv(tmp_path / "usage.csv", HEADER[:4] + HEADER[5:], rows)
    imported = import_usage(path, catalog)
    rec = reconcile(imported.rows, Pricer(catalog), currency="CNY", fx=DEFAULT_RATES, source=path.name)
    panel = ResultsPanel(imported, rec, catalog)
    qtbot.addWidget(panel)
    text = panel.findChild(QLabel, "usageReconciliationTotal").text()
    assert f"difference {format_money(rec.billed_total - rec.catalog_total, 'CNY')}" in text
    assert "in neither: deepseek-chat 2026-08 (billed ¥25.00 with no catalog price)" in text


def test_a_workload_used_in_one_month_shows_no_growth(qtbot, tmp_path, catalog):
    from core.importers.usage import import_usage
    from core.pricing.engine import Pricer
    from core.pricing.fx import DEFAULT_RATES
    from core.pricing.reconcile import reconcile
    from gui.usage.results_panel import ResultsPanel

    rows = [["2026-09-01", "qwen-plus", "100", "10"], ["2026-10-01", "qwen-plus", "110", "11"],
            ["2026-11-01", "qwen-plus", "120", "12"], ["2026-11-01", "gpt-4o", "50", "5"]]
    imported = import_usage(write_csv(tmp_path / "m.csv", HEADER[:4], rows), catalog)
    panel = ResultsPanel(imported, reconcile(imported.rows, Pricer(catalog), currency="USD", fx=DEFAULT_RATES),
                         catalog)
    qtbot.addWidget(panel)
    growth = {panel.table.item(r, 0).text(): panel.table.item(r, 4).text() for r in range(panel.table.rowCount())}
    assert growth["GPT-4o"] == "—" and growth["通义千问 Qwen-Plus"].endswith("%")

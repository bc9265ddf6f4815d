"""Issue 17 in the app: Export workbook… and Export PDF… ask who the quote is for (the client's copy or the internal
one) and write that; the Client price tab shows each option's price after markup, tax and totals once terms are
set (the exported quote's figures); an edited bundled rate stops being an assumption; the Chinese default
workload name is one the client's copy leaves out."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import openpyxl
import pytest
from PySide6.QtWidgets import QDialog

from core.pricing.fx import ASSUMPTION_NOTE, DEFAULT_RATES
from core.pricing.quote import quote_line
from core.pricing.quote_terms import QuoteTerms
from core.workbook.audience import is_default_name
from gui import settings as cfg
from gui.main.audience_dialog import PDF, WORKBOOK, AudienceDialog
from gui.texts.numbers import format_money

D = Decimal


def choose(window, n=3, **terms):
    rows = window.document.comparison.rows[:n]
    window.document.edit(
        window.document.project.edited(
            selected=tuple(r.model_id for r in rows),
            terms=QuoteTerms(
                client="Globex",
                quote_no="Q-9",
                issue_date=date(2026, 11, 22),
                markup_pct=D(25),
                tax_pct=D(6),
                vendor_discounts={rows[0].vendor_id: D(10)},
                **terms,
            ),
        ),
        "pick",
    )
    return rows


@pytest.fixture
def answer(monkeypatch):
    """Answer the next audience question with ``who`` (``"client"`` or ``"internal"``), as a click would."""

    def set_answer(who):
        def exec_(dialog):
            (dialog.client if who == "client" else dialog.internal).setChecked(True)
            dialog.accept()
            return QDialog.DialogCode.Accepted

        monkeypatch.setattr(AudienceDialog, "exec", exec_)

    return set_answer


@pytest.fixture
def save_as(monkeypatch, tmp_path):
    """The save dialog answers with a file in ``tmp_path``; what it offered is kept in ``offered``."""
    from gui.widgets import file_dialogs

    offered = []

    def get_save_file_name(_parent, _title, suggested, _filter):
        offered.append(suggested)
        return str(tmp_path / f"out-{len(offered)}.xlsx"), ""

    monkeypatch.setattr(file_dialogs, "get_save_file_name", get_save_file_name)
    return offered


def test_export_workbook_asks_who_it_is_for_and_writes_that_copy(qtbot, window, answer, save_as, tmp_path):
    choose(window)
    answer("client")
    window.export_actions.export_workbook()
    task = window.export_actions.task
    qtbot.waitUntil(lambda: task.done, timeout=60_000)
    assert task.error is None, task.error
    assert save_as[-1].endswith("Quote Q-9.xlsx")
    client = openpyxl.load_workbook(tmp_path / "out-1.xlsx")
    assert client.sheetnames[0] == "Quote" and "Inputs" not in client.sheetnames
    assert set(client.defined_names) == {"TaxRate"}
    assert cfg.get(cfg.EXPORT_AUDIENCE, window.settings) == "client"

    answer("internal")
    window.export_actions.export_workbook()
    task = window.export_actions.task
    qtbot.waitUntil(lambda: task.done, timeout=60_000)
    assert save_as[-1].endswith("Quote Q-9 (internal).xlsx")  # never sent by mistake under the client's name
    internal = openpyxl.load_workbook(tmp_path / "out-2.xlsx")
    assert internal.sheetnames == ["Quote", "Inputs", "Comparison", "Projection", "Prices"]
    assert "MarkupRate" in internal.defined_names


def test_cancelling_the_question_exports_nothing(window, monkeypatch, save_as):
    monkeypatch.setattr(AudienceDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    window.export_actions.export_workbook()
    window.pdf_export.export_pdf()
    assert not save_as and window.export_actions.task is None and window.pdf_export.task is None


def test_the_question_remembers_the_answer_and_warns_when_the_price_is_the_cost(qtbot, window):
    dialog = AudienceDialog(WORKBOOK, QuoteTerms(), window.settings, window)
    qtbot.addWidget(dialog)
    assert dialog.client.isChecked() and dialog.audience == "client"  # the copy that is safe to send
    assert not dialog.same_price.isHidden()  # no markup, no discount: says so
    dialog.internal.setChecked(True)
    assert dialog.same_price.isHidden()
    dialog.accept()
    again = AudienceDialog(PDF, QuoteTerms(markup_pct=D(25)), window.settings, window)
    qtbot.addWidget(again)
    assert again.audience == "internal" and "copy" in again.internal.text()
    again.client.setChecked(True)
    assert again.same_price.isHidden()


def test_export_pdf_for_the_client_previews_the_clients_copy(qtbot, window, answer):
    rows = choose(window)
    answer("client")
    window.pdf_export.export_pdf()
    task = window.pdf_export.task
    qtbot.waitUntil(lambda: task.done, timeout=60_000)
    assert task.error is None, task.error
    text = window.pdf_export.preview.document.getAllText(0).text()
    assert "Price / month" in text and "Total / month incl. tax" in text
    assert "Vendor cost" not in text and "Markup" not in text and "Discount" not in text
    pct = D(10) if rows[1].vendor_id == rows[0].vendor_id else D(0)
    line = quote_line(rows[1].monthly_cost, "USD", pct, D(25), D(6))
    assert format_money(line.client_price, "USD") in text
    window.pdf_export.preview.reject()


def test_the_client_price_tab_shows_what_the_client_pays(qtbot, window):
    rows = choose(window)
    pane = window.chart_pane
    pane.show_quote()
    qtbot.waitUntil(lambda: pane.quote_summary is not None and pane.quote_summary.table.rowCount() == 3)
    summary = pane.quote_summary
    assert pane.currentWidget() is pane.quote_tab
    for n, row in enumerate(rows):
        pct = D(10) if row.vendor_id == rows[0].vendor_id else D(0)
        line = quote_line(row.monthly_cost, "USD", pct, D(25), D(6))
        cells = [summary.table.item(n, c).text() for c in range(summary.table.columnCount())]
        assert cells[0] == row.name
        assert cells[2] == format_money(line.list_cost, "USD")
        assert cells[4] == format_money(line.client_price, "USD")
        assert cells[5] == format_money(line.tax, "USD")
        assert cells[6] == format_money(line.total, "USD")
    assert "markup 25%" in summary.terms_line.text() and "10% on" in summary.terms_line.text()
    # The figures follow an edit at once (the tab is on screen).
    window.document.edit(
        window.document.project.edited(terms=window.document.project.terms.edited(tax_pct=D(20))), "tax"
    )
    pane.flush()
    last = rows[2]
    pct = D(10) if last.vendor_id == rows[0].vendor_id else D(0)
    line = quote_line(last.monthly_cost, "USD", pct, D(25), D(20))
    assert summary.table.item(2, 6).text() == format_money(line.total, "USD")


def test_the_client_price_tab_says_when_a_price_is_only_a_floor(qtbot, window):
    """A model whose catalog price does not cover the prompt (Doubao Seed 1.6 Flash beyond 32K): the client's quote
    says "to be confirmed", and the tab says so before it is sent."""
    from core.pricing.workload import make_workload

    flash = "bytedance/doubao-seed-1.6-flash"
    project = window.document.project.edited(
        workloads=(make_workload("Coding", input_tokens="80M", output_tokens="40M", prompt_tokens="60K"),),
        selected=(flash,),
        terms=QuoteTerms(client="Globex", markup_pct=D(25)),
    )
    window.document.edit(project, "floor")
    pane = window.chart_pane
    pane.show_quote()
    qtbot.waitUntil(lambda: pane.quote_summary is not None and pane.quote_summary.table.rowCount() == 1)
    hint = pane.quote_summary.hint.text()
    assert window.catalog.model(flash).name in hint and "to be confirmed" in hint


def grok_quote_hint(qtbot, window, issue_date) -> str:
    """The Client price tab's warnings for Grok Build 0.1 priced on 2026-11-15 (its price ends on 2026-11-18)."""
    from datetime import date

    project = window.document.project.edited(
        selected=("xai/grok-build-0.1",),
        as_of=date(2026, 11, 15),
        terms=QuoteTerms(client="Globex", markup_pct=D(25), issue_date=issue_date),
    )
    window.document.edit(project, "grok")
    pane = window.chart_pane
    pane.show_quote()
    qtbot.waitUntil(lambda: pane.quote_summary is not None and pane.quote_summary.table.rowCount() == 1)
    return pane.quote_summary.hint.text()


def test_the_client_price_tab_says_when_a_models_price_ends_within_the_year(qtbot, window):
    """A quote priced on 2026-11-15 carries Grok Build 0.1 on for eleven months after its price ends: the tab says
    so before the quote is sent (the client's copy says it is to be confirmed)."""
    from datetime import date

    assert "Grok Build 0.1 (ends 2026-11-18)" in grok_quote_hint(qtbot, window, date(2026, 11, 15))


def test_the_client_price_tab_says_every_warning_that_holds(qtbot, window):
    """Months before the issue date hid the price ending three days after the prices' date: one warning only."""
    from datetime import date

    hint = grok_quote_hint(qtbot, window, date(2026, 12, 8))
    assert "before its issue date 2026-12-08" in hint and "Grok Build 0.1 (ends 2026-11-18)" in hint


def test_editing_the_terms_brings_the_client_price_forward(qtbot, window, monkeypatch):
    from gui.main.terms_dialog import TermsDialog

    choose(window)
    assert window.chart_pane.currentWidget() is not window.chart_pane.quote_tab

    def exec_(dialog):
        dialog.markup.line_edit.setText("30")
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(TermsDialog, "exec", exec_)
    window.edit_terms()
    assert window.document.project.terms.markup_pct == D(30)
    assert window.chart_pane.currentWidget() is window.chart_pane.quote_tab
    qtbot.waitUntil(lambda: window.chart_pane.quote_summary.table.rowCount() == 3)
    window.document.undo_stack.undo()
    assert window.document.project.terms.markup_pct == D(25)


def test_an_edited_bundled_rate_is_the_users_not_an_assumption(qtbot):
    from PySide6.QtCore import Qt

    from gui.main.fx_dialog import COL_NOTE, COL_RATE, FxRatesModel

    model = FxRatesModel(DEFAULT_RATES)
    row = next(i for i, e in enumerate(model.entries) if e.rate.pair == "USD/CNY")
    assert model.entries[row].rate.note == ASSUMPTION_NOTE
    assert model.setData(model.index(row, COL_RATE), "7.05")
    rate = model.entries[row].rate
    assert rate.rate == D("7.05") and not rate.assumption and rate.note == ""
    assert model.data(model.index(row, COL_NOTE), Qt.ItemDataRole.DisplayRole) == ""
    assert model.data(model.index(row, COL_RATE), Qt.ItemDataRole.ToolTipRole) is None


def test_the_chinese_default_workload_name_is_left_out_of_the_clients_copy(chinese, make_window):
    window = make_window()
    name = window.document.project.workloads[0].name
    assert name == "工作负载" and is_default_name(name)


def test_the_cli_names_what_the_user_did_not_name_as_the_app_does(chinese, make_window):
    """``export --lang zh`` names its unnamed workload and plan with the Chinese app's default names."""
    from PySide6.QtCore import QCoreApplication

    from core.workbook.labels import Labels

    window = make_window()
    zh = Labels("zh")
    assert zh["default_workload"] == window.document.project.workloads[0].name
    assert zh["default_plan"] == QCoreApplication.translate("PlanActions", "Plan")


def test_a_quote_number_with_slashes_is_offered_as_a_file_name_that_can_be_written(
    qtbot, window, answer, save_as, tmp_path
):
    """Q/2026/207 is a common quote number: offered as "Quote Q/2026/207.xlsx" it named folders that do not exist,
    and saving failed. Characters no file name may hold become dashes; the quote itself keeps its number."""
    from gui.main.audience_dialog import export_stem

    rows = choose(window)
    project = window.document.project
    window.document.edit(project.edited(terms=project.terms.edited(quote_no='Q/2026/207:"A"')), "number")
    assert export_stem(window.document, "client") == "Quote Q-2026-207--A-"
    assert export_stem(window.document, "internal") == "Quote Q-2026-207--A- (internal)"
    answer("client")
    window.export_actions.export_workbook()
    task = window.export_actions.task
    qtbot.waitUntil(lambda: task.done, timeout=60_000)
    assert task.error is None, task.error
    assert save_as[-1].endswith("Quote Q-2026-207--A-.xlsx") and "/" not in save_as[-1].rsplit("/", 1)[-1]
    assert rows and (tmp_path / "out-1.xlsx").is_file()
    (tmp_path / "Quote Q-2026-207--A-.xlsx").write_bytes(b"")  # the offered name is one file in one folder


def test_the_client_price_tab_says_when_the_quotes_months_start_before_its_issue_date(qtbot, window):
    """Prices as of 2026-10-01 on a quote issued 2026-12-07: the client's first 12 months began with two months
    already past (billed at prices before a change), without a word."""
    from datetime import date

    from core.workbook.quote_figures import months_before_issue

    assert (
        months_before_issue(date(2026, 10, 1), date(2026, 12, 7)),
        months_before_issue(date(2026, 12, 31), date(2026, 12, 7)),
        months_before_issue(date(2027, 1, 1), date(2026, 12, 7)),
    ) == (2, 0, 0)
    project = window.document.project.edited(
        selected=("openai/gpt-4o-mini",),
        as_of=date(2026, 10, 1),
        terms=QuoteTerms(markup_pct=D(25), issue_date=date(2026, 12, 7)),
    )
    window.document.edit(project, "past")
    pane = window.chart_pane
    pane.show_quote()
    qtbot.waitUntil(lambda: pane.quote_summary is not None and pane.quote_summary.table.rowCount() == 1)
    hint = pane.quote_summary.hint.text()
    assert "start on 2026-10-01" in hint and "2 months before its issue date 2026-12-07" in hint
    window.document.edit(window.document.project.edited(as_of=date(2026, 12, 7)), "issue day")
    qtbot.waitUntil(lambda: window.document.current_comparison.as_of == date(2026, 12, 7))
    from gui.comparison.quote_summary import quote_source

    pane.quote_summary.show_quote(**quote_source(window.document))  # as the tab does when shown
    assert "issue date" not in pane.quote_summary.hint.text()


def test_the_client_price_tab_says_when_a_discount_gives_the_option_away(qtbot, window):
    """A 100% discount makes the client's price 0.00 with no word: a quote like that is sent only on purpose."""
    project = window.document.project.edited(
        selected=("openai/gpt-4o-mini",), terms=QuoteTerms(discount_pct=D(100), markup_pct=D(25))
    )
    window.document.edit(project, "free")
    pane = window.chart_pane
    pane.show_quote()
    qtbot.waitUntil(lambda: pane.quote_summary is not None and pane.quote_summary.table.rowCount() == 1)
    assert "is 0 (a 100% discount)" in pane.quote_summary.hint.text()

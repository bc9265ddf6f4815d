"""Exchange rates, quote terms, the charts and the About box, driven through their widgets."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox

from core.pricing.fx import DEFAULT_RATES, FxTable
from core.pricing.projection import project as core_projection
from core.pricing.quote_terms import QuoteTerms
from gui.main.fx_dialog import COL_AS_OF, COL_RATE, FxDialog
from gui.main.terms_dialog import TermsDialog


def _ok(dialog) -> bool:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_fx_cells_are_validated_where_they_are_typed(qtbot, window):
    dialog = FxDialog(window.document.project.fx, window._fx_problem, window)
    qtbot.addWidget(dialog)
    model = dialog.model
    usd_cny = next(i for i, e in enumerate(model.entries) if e.rate.pair == "USD/CNY")
    rate_cell = model.index(usd_cny, COL_RATE)
    assert model.setData(rate_cell, "seven")
    assert rate_cell.data() == "seven"
    assert rate_cell.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "not a number" in rate_cell.data(Qt.ItemDataRole.ToolTipRole)
    assert not _ok(dialog) and "not a number" in dialog.message.text()
    model.setData(rate_cell, "-1")
    assert "above 0" in dialog.message.text()
    date_cell = model.index(usd_cny, COL_AS_OF)
    model.setData(date_cell, "2026-02-30")
    assert "not a real date" in date_cell.data(Qt.ItemDataRole.ToolTipRole)
    model.setData(rate_cell, "7.10")
    model.setData(date_cell, "2026-11-20")
    assert _ok(dialog)
    dialog.accept()
    table = dialog.result_table
    rate = table.find("USD", "CNY")
    assert rate.rate == Decimal("7.10") and rate.as_of == date(2026, 11, 20) and not rate.assumption


def test_fx_edit_is_an_undoable_edit_that_reprices(qtbot, window, monkeypatch):
    window.pricing_controls.currency_combo.setCurrentText("CNY")
    before = {r.model_id: r.monthly_cost for r in window.document.comparison.rows}
    new_table = DEFAULT_RATES.with_rate(DEFAULT_RATES.find("USD", "CNY").__class__(
        "USD", "CNY", Decimal("8"), date(2026, 11, 20)))

    def fake_exec(dialog):
        dialog.result_table = new_table
        return FxDialog.DialogCode.Accepted
    monkeypatch.setattr(FxDialog, "exec", fake_exec)
    window.edit_fx()
    assert window.document.project.fx == new_table
    after = {r.model_id: r.monthly_cost for r in window.document.comparison.rows}
    usd_model = next(r.model_id for r in window.document.comparison.rows if r.price_currency == "USD")
    assert after[usd_model] > before[usd_model]
    window.document.undo_stack.undo()
    assert window.document.project.fx == DEFAULT_RATES


def test_fx_dialog_refuses_a_table_that_cannot_convert(qtbot, window):
    dialog = FxDialog(window.document.project.fx, window._fx_problem, window)
    qtbot.addWidget(dialog)
    dialog.view.selectRow(next(i for i, e in enumerate(dialog.model.entries) if e.rate.pair == "USD/CNY"))
    dialog.remove_selected()
    dialog.accept()
    assert dialog.result_table is None
    assert "CNY" in dialog.message.text() and "no exchange rate" in dialog.message.text()


def test_fx_dialog_adds_a_rate(qtbot, window):
    dialog = FxDialog(window.document.project.fx, window._fx_problem, window)
    qtbot.addWidget(dialog)
    dialog.base.setText("usd")
    dialog.quote.setText("SGD")
    dialog.rate.setText("1.35")
    dialog.as_of.setDate(QDate(2026, 11, 1))
    assert dialog.add_rate()
    assert dialog.model.table().find("USD", "SGD").rate == Decimal("1.35")
    dialog.base.setText("USD")
    dialog.quote.setText("USD")
    dialog.rate.setText("1")
    assert not dialog.add_rate() and "to itself" in dialog.message.text()


def test_currency_without_a_rate_is_refused(window, message_boxes):
    window.document.edit(window.document.project.edited(fx=FxTable(DEFAULT_RATES.rates[:1])), "fewer rates")
    window.pricing_controls.currency_combo.addItem("JPY")
    window.pricing_controls.currency_combo.setCurrentText("JPY")
    assert window.document.project.currency == "USD"
    assert "no exchange rate" in message_boxes.texts() and "JPY" in message_boxes.texts()
    assert window.pricing_controls.currency_combo.currentText() == "USD"


def test_quote_terms_dialog(qtbot, window, catalog):
    chosen = [r for r in window.document.comparison.rows if r.vendor_id in ("openai", "deepseek")][:2]
    window.document.edit(window.document.project.edited(selected=tuple(r.model_id for r in chosen)), "pick")
    vendors = [catalog.vendors[r.vendor_id] for r in chosen]
    dialog = TermsDialog(QuoteTerms(), vendors, window)
    qtbot.addWidget(dialog)
    dialog.client.setText("ACME Support")
    dialog.quote_no.setText("Q-2026-017")
    dialog.issue_date.setDate(QDate(2026, 11, 22))
    dialog.valid_days.setValue(30)
    dialog.discount.line_edit.setText("150")
    assert not _ok(dialog) and "outside 0–100%" in dialog.message.text()
    dialog.discount.line_edit.setText("0")
    dialog.markup.line_edit.setText("25")
    dialog.tax.line_edit.setText("6")
    dialog.vendor_table.item(0, 1).setText("10")
    dialog.prepared_by.setText("Marco")
    dialog.notes.setPlainText("Prices per vendor pages")
    assert _ok(dialog)
    dialog.accept()
    terms = dialog.result_terms
    assert terms == QuoteTerms("ACME Support", "Q-2026-017", date(2026, 11, 22), 30, Decimal(0),
                               {vendors[0].id: Decimal(10)}, Decimal(25), Decimal(6), "Marco", "",
                               "Prices per vendor pages")
    window.document.edit(window.document.project.edited(terms=terms), "Edit quote terms")
    assert window.document.project.terms.valid_until == date(2026, 12, 22)
    window.document.undo_stack.undo()
    assert window.document.project.terms == QuoteTerms()


def test_charts_follow_the_choice_and_the_projection_controls(qtbot, window, catalog):
    pane = window.chart_pane
    pane.bar_tab.build()
    pane.flush()
    assert len(pane.bar_chart.shown) == 10                      # the ten cheapest when none is chosen
    assert "10 cheapest" in pane.bar_chart.chart().title()
    pane.setCurrentWidget(pane.projection_tab)
    chart = pane.projection_tab.build()
    qtbot.waitUntil(lambda: chart.projection is not None, timeout=3000)
    assert len(chart.projection.series) == 5
    chart.months.setValue(24)
    chart.growth.setValue(8.0)
    assert window.document.project.projection.months == 24
    assert window.document.project.projection.growth_pct == Decimal("8.00")
    pane.flush()
    project = window.document.project
    ids = [s.model_id for s in chart.projection.series]
    expected = core_projection(window.document.pricer, project.workloads, ids, start=project.effective_as_of(),
                               months=24, growth_pct=Decimal("8.00"), decline_pct=Decimal(0),
                               currency=project.currency, fx=project.fx)
    assert [s.costs for s in chart.projection.series] == [s.costs for s in expected.series]
    assert "Total over 24 months" in chart.summary.text()
    window.document.undo_stack.undo()
    assert window.document.project.projection.growth_pct == Decimal(0)
    pane.flush()
    assert chart.growth.value() == 0.0


def test_about_names_version_catalog_date_and_model_count(window, catalog, message_boxes):
    window.about()
    kind, _title, text = message_boxes.shown[0]
    assert kind == "about"
    assert "0.1.0" in text and catalog.catalog_date.isoformat() in text and f"{len(catalog)} models" in text


def test_a_quote_valid_one_day_says_day(qtbot, window):
    """"Valid until 2026-12-08 (1 days)" on the PDF and "1 days" in the box."""
    from core.pricing.quote_terms import QuoteTerms
    from core.workbook.pdf.labels import PdfLabels
    from gui.main.terms_dialog import TermsDialog

    dialog = TermsDialog(QuoteTerms(valid_days=1), [], window)
    qtbot.addWidget(dialog)
    assert dialog.valid_days.suffix() == " day"
    dialog.valid_days.setValue(30)
    assert dialog.valid_days.suffix() == " days"
    assert PdfLabels("en")["pdf_valid_for_one"] == "(1 day)" and PdfLabels("zh")["pdf_valid_for_one"] == "（1 天）"

"""Figures the user did not touch are never changed behind their back (issue #18 item 9, second sweep)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from core.pricing.projection_settings import ProjectionSettings
from core.pricing.workload import Workload
from core.project.file import save_project
from core.project.model import Project


def test_changing_the_months_keeps_a_growth_and_decline_with_more_than_two_decimals(qtbot, window, tmp_path):
    """The projection's spin boxes show two decimals; a months change re-read all three boxes and turned a
    project's 0.125 % growth into 0.13 % and its 2.345 % decline into 2.35 %, without a word."""
    path = tmp_path / "p.tokenquote"
    save_project(
        path,
        Project(
            workloads=(Workload("W", 1_000_000, 1_000_000),),
            selected=("openai/gpt-4o",),
            projection=ProjectionSettings(12, Decimal("0.125"), Decimal("2.345")),
        ),
    )
    assert window.file_actions.open_path(path)
    pane = window.chart_pane
    pane.setCurrentWidget(pane.projection_tab)
    chart = pane.projection_tab.build()
    assert "0.125" in chart.growth.toolTip()
    chart.months.setValue(24)
    assert window.document.project.projection == ProjectionSettings(24, Decimal("0.125"), Decimal("2.345"))
    chart.growth.setValue(3.5)  # the one the user changes takes its shown value
    assert window.document.project.projection == ProjectionSettings(24, Decimal("3.50"), Decimal("2.345"))


def _german():
    from PySide6.QtCore import QLocale

    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    return previous


def test_a_rate_edited_in_a_decimal_comma_locale_keeps_its_value(qtbot):
    """The exchange-rate table gave its editor str(7.125), '7.125', which German reads as 7,125 (a point groups
    thousands there): opening the cell and pressing Enter made USD/CNY 7125."""
    from datetime import date

    from PySide6.QtCore import QLocale, Qt

    from core.pricing.fx import FxRate, FxTable
    from gui.main.fx_dialog import COL_RATE, FxRatesModel

    previous = _german()
    try:
        model = FxRatesModel(FxTable((FxRate("USD", "CNY", Decimal("7.125"), date(2026, 1, 1)),)))
        index = model.index(0, COL_RATE)
        assert model.data(index, Qt.ItemDataRole.EditRole) == "7,125"
        assert model.data(index) == "1 USD = 7,125 CNY"
        model.setData(index, model.data(index, Qt.ItemDataRole.EditRole))
        assert model.entries[0].rate.rate == Decimal("7.125") and not model.problems()
    finally:
        QLocale.setDefault(previous)


def test_a_price_or_discount_being_edited_in_a_decimal_comma_locale_keeps_its_value(qtbot, catalog):
    from datetime import date

    from PySide6.QtCore import QLocale

    from core.catalog.model import Prices
    from core.catalog.overrides import Override
    from gui.catalog.override_dialog import OverrideDialog

    previous = _german()
    try:
        override = Override("openai/gpt-4o", date(2026, 1, 1), prices=Prices(Decimal("0.125"), Decimal("2.375")))
        dialog = OverrideDialog(catalog, override)
        qtbot.addWidget(dialog)
        assert dialog.input_field.line_edit.text() == "0,125"  # was '0.125': 125 in German
        assert dialog.input_field.check() == Decimal("0.125")
        assert dialog.output_field.check() == Decimal("2.375")
    finally:
        QLocale.setDefault(previous)


@pytest.mark.parametrize("typed", ["1e30", "1e-30", "2000000", "0.0000001"])
def test_a_rate_out_of_bounds_is_refused_in_the_dialog_as_on_the_command_line(qtbot, typed):
    """The dialog took any positive rate: 1e30 overflowed the engine's rounding (decimal.InvalidOperation in the
    app) and 1e-30 was saved to a project that then could not be opened (the file reader bounds rates)."""
    from datetime import date

    from core.pricing.fx import FxRate, FxTable
    from gui.main.fx_dialog import COL_RATE, FxRatesModel

    model = FxRatesModel(FxTable((FxRate("USD", "CNY", Decimal("7.1"), date(2026, 1, 1)),)))
    model.setData(model.index(0, COL_RATE), typed)
    assert model.problems() and "between" in model.problems()[0]
    assert model.entries[0].rate.rate == Decimal("7.1")


def test_no_rate_outside_the_bounds_can_be_made_at_all():
    from datetime import date

    from core.errors import InputError
    from core.pricing.fx import FxRate

    with pytest.raises(InputError):
        FxRate("USD", "CNY", Decimal("1E+30"), date(2026, 1, 1))


def test_a_recovery_copy_this_version_cannot_read_is_kept_not_deleted(make_window, message_boxes, user_folders):
    """A crashed session's copy written by a newer TokenQuote (or damaged) was deleted after one warning: it may be
    the only copy of that work. It is set aside under another name, offered no more, and the message says where."""
    from PySide6.QtCore import QSysInfo

    from gui.recovery import find_orphans, recovery_folder

    folder = recovery_folder(user_folders[1])
    copy = folder / "0123456789abcdef.tokenquote"
    copy.write_text('{"format": "tokenquote-project", "schema_version": 2, "workloads": []}', encoding="utf-8")
    (folder / "0123456789abcdef.lock").write_text(f"999999\npython3\n{QSysInfo.machineHostName()}\n", encoding="utf-8")
    window = make_window()
    assert not window.offer_recovery()
    kept = folder / "0123456789abcdef.tokenquote.unreadable"
    assert kept.exists() and "schema_version" in kept.read_text(encoding="utf-8")
    assert str(kept) in message_boxes.texts()
    assert find_orphans(user_folders[1]) == []


def test_a_number_out_of_range_in_a_spin_box_is_refused_at_the_box_not_cut(qtbot, window):
    """Issue 18 item 1's class in the spin boxes: typing 150 into the 0–100 % decline left 15 in it (Qt refuses the
    last keystroke) and 15 % was priced without a word. Now the whole number stands while typed, the box keeps the
    value it held, says so and is marked until a number in range is entered; nothing is priced on the way."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    pane = window.chart_pane
    pane.setCurrentWidget(pane.projection_tab)
    chart = pane.projection_tab.build()
    before = window.document.project.projection
    box = chart.decline
    box.setFocus()
    box.lineEdit().selectAll()
    QTest.keyClicks(box, "150")
    assert box.text().startswith("150") and window.document.project.projection == before  # nothing priced yet
    QTest.keyClick(box, Qt.Key.Key_Return)
    assert window.document.project.projection == before and box.value() == float(before.decline_pct)
    assert "150" in box.problem and "is kept" in box.problem and box.problem == box.toolTip()
    assert box.styleSheet()  # marked at the box
    box.lineEdit().selectAll()
    QTest.keyClicks(box, "15")
    QTest.keyClick(box, Qt.Key.Key_Return)
    assert window.document.project.projection.decline_pct == Decimal(15)
    assert box.problem == "" and not box.styleSheet()
    months = chart.months  # a whole-number box: typing 500 never priced 5 or 50
    months.setFocus()
    months.lineEdit().selectAll()
    QTest.keyClicks(months, "500")
    QTest.keyClick(months, Qt.Key.Key_Return)
    assert window.document.project.projection.months == before.months and "500" in months.problem

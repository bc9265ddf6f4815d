"""The app never shows, saves or exports a wrong figure without a word (issue #18), tried as a user would."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal, InvalidOperation

from gui_helpers import type_into
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QMessageBox

from core.pricing.fx import FxTable
from core.pricing.workload import Workload
from core.project.file import load_project, save_project
from core.project.model import Project
from gui.comparison.columns import COL_MONTHLY
from gui.comparison.unpriced_rows import UnpricedRow
from gui.texts.messages import error_text


def _write(path, **changes):
    project = Project(workloads=(Workload("Support", 1_234_567, 60_000_000),), **changes)
    save_project(path, project)
    return path


def test_a_shown_figure_is_never_read_back_as_the_value(qtbot, window, tmp_path):
    """1,234,567 tokens used to show as 1.235M; a space and a backspace then made it 1,235,000."""
    assert window.file_actions.open_path(_write(tmp_path / "exact.tokenquote"))
    field = window.workloads_panel.input_field.line_edit
    assert field.text() == "1,234,567"
    qtbot.keyClicks(field, " ")
    qtbot.keyClick(field, "\b")
    assert window.document.project.workloads[0].input_tokens == 1_234_567
    assert not window.document.is_modified()


def test_save_warns_while_a_field_is_invalid_and_saves_the_last_valid_figure(qtbot, window, tmp_path,
                                                                               message_boxes):
    type_into(qtbot, window.workloads_panel.input_field.line_edit, "12O M")
    message_boxes.answers = [QMessageBox.StandardButton.Cancel]
    assert not window.save_to(tmp_path / "p.tokenquote")                 # cancelled: nothing written
    assert not (tmp_path / "p.tokenquote").exists()
    assert "12O M" in message_boxes.texts() and "300M" in message_boxes.texts()
    message_boxes.answers = [QMessageBox.StandardButton.Yes]
    assert window.save_to(tmp_path / "p.tokenquote")
    assert load_project(tmp_path / "p.tokenquote").workloads[0].input_tokens == 300_000_000


def test_an_export_never_writes_another_projects_figures(qtbot, window, tmp_path, message_boxes):
    """Open A, then B whose pricing fails (no rate for its currency): exporting B is refused, not written with
    A's rows under B's client."""
    window.document.edit(window.document.project.edited(selected=("openai/gpt-4o",)), "pick")
    b = _write(tmp_path / "b.tokenquote", currency="CHF", fx=FxTable(), selected=("openai/gpt-4o",))
    data = json.loads(b.read_text(encoding="utf-8"))
    data["terms"]["client"] = "Client B"
    b.write_text(json.dumps(data), encoding="utf-8")
    assert window.file_actions.open_path(b)
    assert window.document.pricing_error and window.document.current_comparison is None
    assert window.export_actions.start_export(tmp_path / "b.xlsx") is None
    assert not (tmp_path / "b.xlsx").exists()
    assert "could not be priced" in message_boxes.texts()


def test_a_second_window_does_not_silently_overwrite_the_firsts_save(qtbot, make_window, tmp_path, message_boxes):
    path = _write(tmp_path / "shared.tokenquote")
    first, second = make_window(), make_window()
    assert first.file_actions.open_path(path) and second.file_actions.open_path(path)
    type_into(qtbot, first.workloads_panel.output_field.line_edit, "70M")
    assert first.save_to(path)
    type_into(qtbot, second.workloads_panel.output_field.line_edit, "80M")
    message_boxes.answers = [QMessageBox.StandardButton.Cancel]
    assert not second.save_to(path)
    assert load_project(path).workloads[0].output_tokens == 70_000_000     # the first window's work survives
    assert "changed on disk" in message_boxes.texts()
    message_boxes.answers = [QMessageBox.StandardButton.Yes]
    assert second.save_to(path)
    assert load_project(path).workloads[0].output_tokens == 80_000_000


def test_a_chosen_model_without_a_price_that_day_stays_in_the_table_and_says_why(qtbot, window):
    window.document.edit(window.document.project.edited(selected=("openai/gpt-4o-mini",), as_of=date(2024, 5, 1)),
                         "pick")
    model = window.model
    rows = [model.row_at(i) for i in range(model.rowCount())]
    unpriced = [r for r in rows if isinstance(r, UnpricedRow)]
    assert [r.model_id for r in unpriced] == ["openai/gpt-4o-mini"]
    position = rows.index(unpriced[0])
    assert model.index(position, COL_MONTHLY).data() == "no price on this date"
    assert "priced from 2024-07-18" in model.index(position, COL_MONTHLY).data(3)   # the tooltip says why
    assert all(r.model_id != "openai/gpt-4o-mini" for r in window.document.comparison.rows)   # no figure


def test_a_decimal_comma_locale_reads_1_5M_as_one_and_a_half_million(qtbot, window):  # noqa: N802
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    try:
        type_into(qtbot, window.workloads_panel.input_field.line_edit, "1,5M")
        assert window.document.project.workloads[0].input_tokens == 1_500_000
        type_into(qtbot, window.workloads_panel.cache_field.line_edit, "12,5")
        assert window.document.project.workloads[0].cache_hit_pct == Decimal("12.5")
    finally:
        QLocale.setDefault(previous)


def test_an_unexpected_error_never_shows_python_text():
    text = error_text(InvalidOperation([InvalidOperation]))
    assert "class" not in text and "InvalidOperation" in text and "nothing was changed" in text


def test_catalog_window_buttons_act_on_the_selection_not_on_a_layer_named_false(qtbot, window, monkeypatch):
    """clicked(bool) reached delete_layer(name) as name=False ("the layer named False") and edit/delete_override
    as position 0 (the first override, not the selected one): the buttons call them with no argument."""
    from gui.catalog.window import CatalogWindow
    called = []
    for name in ("delete_layer", "edit_override", "delete_override"):
        monkeypatch.setattr(CatalogWindow, name, lambda self, arg=None, name=name: called.append((name, arg)))
    catalog_window = CatalogWindow(window.catalog_source, parent=window)
    qtbot.addWidget(catalog_window)
    for button in (catalog_window.layers_panel.delete_layer_button,
                   catalog_window.overrides_panel.edit_override_button,
                   catalog_window.overrides_panel.delete_override_button):
        button.setEnabled(True)
        button.click()
    assert called == [("delete_layer", None), ("edit_override", None), ("delete_override", None)]

"""The app without a mouse: the Menu key's row, Tab out of tables, Enter where something was typed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication

from gui.comparison.columns import COL_MODEL, ROW_ROLE


def test_the_menu_key_opens_the_current_rows_menu(qtbot, window, monkeypatch):
    """Qt gives a keyboard menu's position in the table's coordinates, not its viewport's: the menu was the next
    row's, so "Add to the quote" from the keyboard added the wrong model."""
    view = window.comparison_view
    table = view.table
    asked = []
    monkeypatch.setattr(view, "row_menu", lambda index: asked.append(index.data(ROW_ROLE)) or None)
    table.setFocus()
    table.setCurrentIndex(view.proxy.index(2, COL_MODEL))
    # What Qt sends for the Menu key: the current cell's centre, in the table's (not the viewport's) coordinates.
    pos = table.inputMethodQuery(Qt.InputMethodQuery.ImCursorRectangle).center()
    QApplication.sendEvent(table, QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, pos, table.mapToGlobal(pos)))
    assert asked[-1].model_id == view.proxy.index(2, COL_MODEL).data(ROW_ROLE).model_id
    mouse = table.visualRect(view.proxy.index(4, COL_MODEL)).center()   # the mouse's: in the viewport's
    QApplication.sendEvent(table.viewport(), QContextMenuEvent(QContextMenuEvent.Reason.Mouse, mouse,
                                                               table.viewport().mapToGlobal(mouse)))
    assert asked[-1].model_id == view.proxy.index(4, COL_MODEL).data(ROW_ROLE).model_id


def test_tab_leaves_the_comparison_table(qtbot, window):
    """Tab walked the table's cells and wrapped round: the controls after it could not be reached by keyboard."""
    window.show()
    qtbot.waitExposed(window)
    table = window.comparison_view.table
    table.setFocus()
    table.setCurrentIndex(window.comparison_view.proxy.index(0, COL_MODEL))
    qtbot.waitUntil(table.hasFocus)
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert not table.hasFocus()


def test_enter_in_the_new_rate_adds_it_and_keeps_the_dialog_open(qtbot):
    """Typing EUR = 7.8 CNY and pressing Enter closed the Exchange rates dialog as OK, and the rate was not added."""
    from core.pricing.fx import DEFAULT_RATES
    from gui.main.fx_dialog import FxDialog

    dialog = FxDialog(DEFAULT_RATES)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.base.setText("EUR")
    dialog.rate.setText("7.8")
    dialog.quote.setText("CNY")
    dialog.quote.setFocus()
    qtbot.keyClick(dialog.quote, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.result_table is None
    assert any(e.rate.pair == "EUR/CNY" and str(e.rate.rate) == "7.8" for e in dialog.model.entries)
    assert dialog.base.text() == "" and dialog.focusWidget() is dialog.base
    qtbot.keyClick(dialog.base, Qt.Key.Key_Return)   # nothing typed: Enter is OK, with the rate kept
    assert not dialog.isVisible() and dialog.result_table is not None
    assert "EUR/CNY" in {f"{r.base}/{r.quote}" for r in dialog.result_table.rates}


def test_the_new_rate_is_typed_in_the_order_it_reads(qtbot):
    from core.pricing.fx import DEFAULT_RATES
    from gui.main.fx_dialog import FxDialog

    dialog = FxDialog(DEFAULT_RATES)
    qtbot.addWidget(dialog)
    assert dialog.base.nextInFocusChain() is dialog.rate and dialog.rate.nextInFocusChain() is dialog.quote


def test_the_catalog_windows_actions_are_in_a_menu_and_on_keys(qtbot, window):
    """Add, edit and delete model and the negotiated price were tool buttons only, which Tab never reaches."""
    catalog_window = window.catalog_actions.open_catalog_window()
    qtbot.waitExposed(catalog_window)
    menus = {m.title(): [a for a in m.actions() if not a.isSeparator()]
             for m in (a.menu() for a in catalog_window.menuBar().actions())}
    assert catalog_window.add_model_action in menus["&Models"] and catalog_window.negotiate_action in menus["&Models"]
    assert catalog_window.undo_action in menus["&Edit"]
    assert catalog_window.add_model_action.shortcut().toString() == "Ctrl+N"
    assert catalog_window.edit_model_action.shortcut().toString() == "F2"
    room = catalog_window.screen().availableGeometry()
    assert catalog_window.height() <= room.height() and catalog_window.width() <= room.width()


def test_the_filter_bars_overflow_button_can_be_seen(qtbot, window):
    """The filters that do not fit go behind Qt's » button, which the bar's 1-pixel icons drew as one grey pixel."""
    from PySide6.QtWidgets import QToolButton

    more = window.comparison_view.filter_bar.findChild(QToolButton, "qt_toolbar_ext_button")
    assert more.text() == "»" and more.toolTip() == "More filters" and more.minimumWidth() >= 16


def duplicate_mnemonics(window) -> dict:
    """Each menu's items that share an Alt letter, by menu: the second of them cannot be reached by its letter."""
    import re

    found = {}

    def walk(menu):
        letters: dict[str, list[str]] = {}
        for action in menu.actions():
            if action.menu() is not None:
                walk(action.menu())
            mark = re.search(r"&(\w)", action.text())
            if mark:
                letters.setdefault(mark.group(1).lower(), []).append(action.text())
        found.update({f"{menu.title()} {k}": v for k, v in letters.items() if len(v) > 1})

    for action in window.menuBar().actions():
        walk(action.menu())
    return found


def without_letters(window) -> list[str]:
    """Menu items with no Alt letter (separators and Qt's own entries aside)."""
    found = []
    for top in window.menuBar().actions():
        for action in top.menu().actions():
            if not action.isSeparator() and action.text() and "&" not in action.text():
                found.append(action.text())
    return found


def test_no_two_items_of_a_menu_share_a_letter(make_window):
    """The View menu had C (Charts, context), H (history, chosen) and F (Filter bar, free) twice each; "Main" and
    "Saved prices vs catalog…" had none."""
    window = make_window()
    assert duplicate_mnemonics(window) == {}
    assert without_letters(window) == []


def test_no_two_items_of_a_chinese_menu_share_a_letter(chinese, make_window):
    assert duplicate_mnemonics(make_window()) == {}


def window_letters(window) -> dict[str, list[str]]:
    """Alt letters that act anywhere in the main window: the menu bar's and the labels' (each to its field)."""
    import re

    from PySide6.QtWidgets import QAbstractButton, QLabel

    letters: dict[str, list[str]] = {}
    texts = [a.text() for a in window.menuBar().actions()]
    texts += [w.text() for w in window.findChildren(QLabel) if w.buddy() is not None]
    texts += [w.text() for w in window.findChildren(QAbstractButton) if not w.inherits("QToolButton")]
    for text in texts:
        mark = re.search(r"&(\w)", text)
        if mark:
            letters.setdefault(mark.group(1).lower(), []).append(text)
    return letters


def test_the_volumes_currency_and_date_have_their_own_alt_letters(make_window):
    """They were reached only by walking the focus chain backwards (about 14 Shift+Tabs to the input volume)."""
    window = make_window()
    letters = window_letters(window)
    assert {k: v for k, v in letters.items() if len(v) > 1} == {}
    assert {"i", "u", "c", "a"} <= set(letters)


def test_the_chinese_window_has_the_same_letters_once_each(chinese, make_window):
    letters = window_letters(make_window())
    assert {k: v for k, v in letters.items() if len(v) > 1} == {} and {"i", "u", "c", "a"} <= set(letters)


def test_a_new_workload_is_named_at_once(qtbot, window):
    """Add left the focus on its button; the new workload's name is now open for typing."""
    from PySide6.QtWidgets import QLineEdit

    window.show()
    qtbot.waitExposed(window)
    panel = window.workloads_panel
    panel.add()
    editor = panel.list.findChild(QLineEdit)
    assert editor is not None and editor.isVisible() and editor.text() == window.document.project.workloads[-1].name
    editor.setText("Nightly batch")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.document.project.workloads[-1].name == "Nightly batch")


def test_the_date_field_is_no_wider_than_its_date_and_button(qtbot, window):
    """On the tool bar the field took the spare width, spread out as gaps around the date and its ▾."""
    window.resize(1900, 900)
    window.show()
    qtbot.waitExposed(window)
    field = window.pricing_controls.as_of_edit
    assert field.width() <= field.line_edit.width() + field.calendar_button.width() + 4
    assert field.calendar_button.toolTip() == "Pick the date from a calendar"


def test_a_workloads_whole_name_is_its_tooltip_after_a_rename(qtbot, window):
    panel = window.workloads_panel
    long_name = "Customer-service assistant for the northern region, Mandarin and Cantonese"
    assert panel.rename(0, long_name)
    assert panel.list.item(0).toolTip() == long_name


def test_preferences_have_a_key_and_estimate_volumes_starts_in_its_first_field(qtbot, window):
    from gui.main.volume_helper_dialog import VolumeHelperDialog

    assert not window.menus.preferences_action.shortcut().isEmpty()
    dialog = VolumeHelperDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.focusWidget() is dialog.requests.line_edit


def test_shift_f10_opens_the_current_rows_menu_too(qtbot, window, monkeypatch):
    view = window.comparison_view
    asked = []
    monkeypatch.setattr(view, "row_menu", lambda index: asked.append(index.data(ROW_ROLE)) or None)
    view.table.setCurrentIndex(view.proxy.index(3, COL_MODEL))
    qtbot.keyClick(view.table, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    assert asked and asked[-1].model_id == view.proxy.index(3, COL_MODEL).data(ROW_ROLE).model_id


def test_clear_filters_can_go_behind_the_filter_bars_overflow(window):
    """As a button widget it could not: the » stayed greyed out with Clear filters behind it."""
    view = window.comparison_view
    assert view.reset_action in view.filter_bar.actions()
    view.reset_action.trigger()   # still clears


def test_catalog_delete_and_f2_act_only_from_the_tree(qtbot, window):
    catalog_window = window.catalog_actions.open_catalog_window()
    qtbot.waitExposed(catalog_window)
    for action in (catalog_window.delete_model_action, catalog_window.edit_model_action):
        assert action.shortcutContext() == Qt.ShortcutContext.WidgetWithChildrenShortcut
        assert action in catalog_window.tree_panel.tree.actions()


def test_tab_skips_the_dates_calendar_button(window):
    field = window.pricing_controls.as_of_edit
    assert field.calendar_button.focusPolicy() == Qt.FocusPolicy.NoFocus


def test_the_dates_button_opens_its_calendar_with_one_arrow(qtbot, window):
    field = window.pricing_controls.as_of_edit
    assert field.calendar_button.menu() is None   # a menu button draws a second arrow beside the ▾
    window.show()
    qtbot.waitExposed(window)
    field.calendar_button.click()
    qtbot.waitUntil(lambda: field._menu.isVisible())
    assert field._calendar is not None
    field._menu.hide()

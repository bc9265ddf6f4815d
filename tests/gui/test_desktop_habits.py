"""Desktop habits: files dropped on the window, Open / Show in folder after an export, Ctrl+C on table rows as a
spreadsheet table, F1 help, charts copied or saved as PNG, accessible names for every input, colours from a dark
palette, and the workbook's paper from the locale."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QItemSelectionModel, QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication, QKeySequence, QPalette
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QLabel, QLineEdit, QWidget

from core.errors import WriteError
from gui.main.file_drops import dropped_file


def mime(*paths_or_urls) -> QMimeData:
    data = QMimeData()
    data.setUrls([QUrl(p) if str(p).startswith("http") else QUrl.fromLocalFile(str(p)) for p in paths_or_urls])
    return data


# ------------------------------------------------------------------------------------------- drag and drop


def test_a_drag_is_taken_only_for_one_project_or_price_list(tmp_path):
    (tmp_path / "folder.csv").mkdir()
    assert dropped_file(mime(tmp_path / "a.tokenquote")) == tmp_path / "a.tokenquote"
    for name in ("prices.json", "prices.CSV", "p.tsv", "p.txt", "book.xlsx"):
        assert dropped_file(mime(tmp_path / name)) == tmp_path / name, name
    assert dropped_file(mime(tmp_path / "notes.pdf")) is None
    assert dropped_file(mime(tmp_path / "a.tokenquote", tmp_path / "b.tokenquote")) is None  # one at a time
    assert dropped_file(mime(tmp_path / "folder.csv")) is None
    assert dropped_file(mime("https://example.com/prices.json")) is None
    assert dropped_file(QMimeData()) is None and dropped_file(None) is None


def _drop(window, data: QMimeData) -> tuple[bool, bool]:
    """A drag entering the window and dropped: (was the drag accepted, was the drop accepted)."""
    pos = window.rect().center()
    enter = QDragEnterEvent(
        pos, Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(window, enter)
    drop = QDropEvent(
        QPointF(pos), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(window, drop)
    return enter.isAccepted(), drop.isAccepted()


def test_a_project_dropped_on_the_window_opens(qtbot, make_window, tmp_path):
    first = make_window()
    path = tmp_path / "dropped.tokenquote"
    first.document.edit(first.document.project.edited(currency="CNY"), "currency")
    assert first.save_to(path)
    window = make_window()
    assert window.document.project.currency != "CNY"
    assert _drop(window, mime(path)) == (True, True)
    assert window.document.path == path and window.document.project.currency == "CNY"


def test_an_unsaved_project_is_asked_about_before_a_drop_replaces_it(qtbot, window, tmp_path, message_boxes):
    other = tmp_path / "other.tokenquote"
    assert window.save_to(other)
    window.document.edit(window.document.project.edited(currency="EUR"), "currency")
    from PySide6.QtWidgets import QMessageBox

    message_boxes.answers = [QMessageBox.StandardButton.Cancel]
    assert window.file_drops.open(tmp_path / "other.tokenquote") is False
    assert message_boxes.kinds() == ["question"] and window.document.project.currency == "EUR"


def test_a_price_list_dropped_on_the_window_goes_to_the_import(qtbot, window, tmp_path, monkeypatch):
    imported = []
    monkeypatch.setattr(window.catalog_actions, "import_price_list", lambda path, *a: imported.append(path))
    prices = tmp_path / "prices.csv"
    prices.write_text("vendor_id\n", encoding="utf-8")
    assert _drop(window, mime(prices)) == (True, True)
    assert imported == [prices]
    assert _drop(window, mime(tmp_path / "picture.png")) == (False, False)
    assert imported == [prices]


# ------------------------------------------------------------------------------------------- after an export


def test_after_an_export_open_and_show_in_folder(qtbot, window, tmp_path, monkeypatch):
    from gui.main import export_notice

    opened = []
    monkeypatch.setattr(export_notice, "open_url", lambda url: opened.append(url.toLocalFile()) or True)
    path = tmp_path / "quote.xlsx"
    task = window.export_actions.start_export(path)
    qtbot.waitUntil(lambda: task.done, timeout=60_000)
    assert task.error is None, task.error
    notice = window.findChild(QWidget, "exportNotice")
    assert notice is not None and notice.isVisible() and notice.label.text() == "quote.xlsx"
    qtbot.mouseClick(notice.open_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(notice.folder_button, Qt.MouseButton.LeftButton)
    assert opened == [str(path), str(tmp_path)]
    qtbot.mouseClick(notice.close_button, Qt.MouseButton.LeftButton)
    assert not notice.isVisible()


# ------------------------------------------------------------------------------------------- Ctrl+C on rows


def _select(view, rows: list[int]) -> None:
    selection = view.table.selectionModel()
    view.table.setCurrentIndex(view.proxy.index(rows[0], 0))
    selection.clear()
    for r in rows:
        selection.select(
            view.proxy.index(r, 0), QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        )


def test_ctrl_c_copies_the_selected_rows_as_a_spreadsheet_table(qtbot, window):
    view = window.comparison_view
    _select(view, [0, 2, 1])
    view.table.setFocus()
    QGuiApplication.clipboard().clear()
    qtbot.keySequence(view.table, QKeySequence(QKeySequence.StandardKey.Copy))
    text = QGuiApplication.clipboard().text()
    lines = text.split("\r\n")
    assert lines[-1] == "" and len(lines) == 1 + 3 + 1
    header = lines[0].split("\t")
    assert header[:4] == ["Rank", "Vendor", "Model", "Model id"]
    assert "Cost / month (USD)" in header
    shown = view.shown_rows()[:3]  # in the table's order, whatever order they were selected in
    for line, row in zip(lines[1:4], shown, strict=True):
        cells = line.split("\t")
        assert len(cells) == len(header)
        assert cells[3] == row.model_id
        monthly = cells[header.index("Cost / month (USD)")]
        assert Decimal(monthly) == row.monthly_cost and monthly == format(row.monthly_cost, "f")  # exact, bare
        assert Decimal(cells[header.index("Input per 1M")]) == row.prices.standard.input
        assert "$" not in line and "," not in monthly


def test_copied_rows_use_the_locales_decimal_comma_and_keep_names_as_text():
    from types import SimpleNamespace

    from gui.comparison.copy_rows import rows_tsv

    prices = SimpleNamespace(standard=SimpleNamespace(input=Decimal("0.075"), output=Decimal("2.5")))
    row = SimpleNamespace(
        rank=1,
        vendor_name='=HYPERLINK("x")',
        name="Tab\there",
        model_id="acme/x",
        price_currency="CNY",
        prices=prices,
        point=SimpleNamespace(base=SimpleNamespace(cached_input=None)),
        input_cost=Decimal("1234.50"),
        output_cost=Decimal("0.00"),
        monthly_cost_native=Decimal("1234.50"),
        monthly_cost=Decimal("171.46"),
        annual_cost=Decimal("2057.52"),
        diff_to_cheapest=Decimal("0.00"),
        context_window=128000,
    )
    text = rows_tsv([row], "USD", point=",")
    cells = text.split("\r\n")[1].split("\t")
    assert cells[1] == '\'=HYPERLINK("x")' and cells[2] == "Tab here"
    assert "0,075" in cells and "1234,50" in cells and "2057,52" in cells and "128000" in cells
    assert cells[7] == ""  # no cache price: an empty cell, not 0


# ------------------------------------------------------------------------------------------- F1, charts


def test_f1_opens_the_help_page(qtbot, window):
    window.menus.help_action.trigger()
    dialog = window.findChild(QWidget, "helpDialog")
    assert dialog is not None and dialog.isVisible()
    text = dialog.browser.toPlainText()
    assert "Drop a file on the window" in text and "Ctrl+C" in text
    assert window.menus.help_action.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)


def test_the_help_page_is_in_chinese_in_a_chinese_interface(qtbot, chinese, make_window):
    window = make_window()
    window.menus.help_action.trigger()
    assert "把文件拖到窗口上" in window.findChild(QWidget, "helpDialog").browser.toPlainText()


def _bar_chart(qtbot, window):
    pane = window.chart_pane
    pane.setCurrentIndex(0)
    qtbot.waitUntil(lambda: pane.bar_chart is not None, timeout=10_000)
    pane.flush()
    return pane.bar_chart


def test_a_chart_can_be_copied_and_saved_as_png(qtbot, window, tmp_path):
    from gui.widgets.chart_views import image_menu, save_image

    chart = _bar_chart(qtbot, window)
    menu = image_menu(chart, "monthly-cost")
    actions = {a.objectName(): a for a in menu.actions()}
    assert set(actions) == {"copyChartImage", "saveChartImage"}
    QGuiApplication.clipboard().clear()
    actions["copyChartImage"].trigger()
    image = QGuiApplication.clipboard().image()
    assert not image.isNull() and image.width() >= chart.width()
    saved = save_image(chart, tmp_path / "chart")
    assert saved == tmp_path / "chart.png" and saved.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    (tmp_path / "taken.png").mkdir()
    with pytest.raises(WriteError):
        save_image(chart, tmp_path / "taken.png")
    assert chart.contextMenuPolicy() == Qt.ContextMenuPolicy.CustomContextMenu


# ------------------------------------------------------------------------------------------- accessibility


def test_every_input_of_the_main_window_has_an_accessible_name(qtbot, window):
    _bar_chart(qtbot, window)
    window.chart_pane.setCurrentIndex(1)
    qtbot.waitUntil(lambda: window.chart_pane.projection_chart is not None, timeout=10_000)
    inputs = [
        w
        for w in window.findChildren(QWidget)
        if isinstance(w, (QLineEdit, QComboBox, QAbstractSpinBox))
        and not isinstance(w.parent(), (QComboBox, QAbstractSpinBox))
    ]
    assert len(inputs) >= 10
    nameless = [
        f"{type(w).__name__} {w.objectName() or w.parent().objectName()}"
        for w in inputs
        if not w.accessibleName().strip()
    ]
    assert not nameless, nameless
    assert window.comparison_view.search.accessibleName()
    for view in (window.chart_pane.bar_chart, window.chart_pane.projection_chart.view):
        assert view.accessibleName(), view


# ------------------------------------------------------------------------------------------- dark palette


def test_colours_follow_a_dark_palette(qtbot, qapp, make_window):
    from gui.widgets import style
    from gui.widgets.icons import theme_icon

    light = (style.error_color(), style.hint_color())
    previous = qapp.palette()
    qapp.setPalette(style.dark_palette())
    try:
        assert style.is_dark()
        window_bg = qapp.palette().color(QPalette.ColorRole.Window)
        assert style.hint_color().lightness() - window_bg.lightness() > 80  # no grey on grey
        assert style.error_color().lightness() - window_bg.lightness() > 80
        assert (style.error_color(), style.hint_color()) != light
        assert "#4a2626" in style.invalid_style() and "#4a2626" in style.banner_style()
        icon = theme_icon("document-open")
        image = icon.pixmap(24, 24).toImage()
        lightest = max(
            image.pixelColor(x, y).lightness()
            for x in range(24)
            for y in range(24)
            if image.pixelColor(x, y).alpha() > 200
        )
        assert lightest > 170, "the glyph is drawn light on a dark toolbar"
        window = make_window()
        chart = _bar_chart(qtbot, window)
        assert chart.chart().backgroundBrush().color() == qapp.palette().color(QPalette.ColorRole.Base)
        assert chart.chart().titleBrush().color().lightness() > 170
        hint_labels = [label for label in window.findChildren(QLabel) if label.isVisible()]
        assert hint_labels
    finally:
        qapp.setPalette(previous)


def test_the_appearance_setting_and_its_environment_override(qapp, monkeypatch):
    from gui.widgets import style

    monkeypatch.delenv(style.APPEARANCE_ENV, raising=False)
    assert style.appearance("dark") == "dark" and style.appearance("nonsense") == "system"
    monkeypatch.setenv(style.APPEARANCE_ENV, "light")
    assert style.appearance("dark") == "light"
    previous_style, previous_palette = qapp.style().name(), qapp.palette()
    try:
        monkeypatch.setenv(style.APPEARANCE_ENV, "dark")
        assert style.apply_appearance(qapp, "system") == "dark"
        assert qapp.style().name().lower() == "fusion" and style.is_dark()
    finally:
        qapp.setStyle(previous_style)
        qapp.setPalette(previous_palette)


def test_the_workbook_paper_follows_the_interface_locale():
    from PySide6.QtCore import QLocale

    from gui.texts.i18n import workbook_paper

    assert workbook_paper(QLocale("en_US")) == "letter" and workbook_paper(QLocale("fr_CA")) == "letter"
    assert workbook_paper(QLocale("zh_CN")) == "a4" and workbook_paper(QLocale("en_GB")) == "a4"
    assert workbook_paper(QLocale(QLocale.Language.C)) == "a4"

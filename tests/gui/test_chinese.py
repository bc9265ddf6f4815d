"""The Simplified Chinese interface: chosen by the system locale or the Language setting, every key label in
Chinese (TokenQuote's own and Qt's standard buttons and dialogs), the core's notes and errors in Chinese, numbers
and money as the locale writes them, 亿/万 volumes, and a Chinese workbook exported from the window."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import zipfile
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, Qt, QTime
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel, QMessageBox

from core.errors import Field, TokenQuoteError
from core.money import format_money as core_format_money
from core.pricing.engine import NOTE_NO_BATCH
from gui import settings as cfg
from gui.comparison.columns import (
    COL_ANNUAL,
    COL_CHOSEN,
    COL_CONTEXT,
    COL_DIFF,
    COL_INPUT,
    COL_MODEL,
    COL_MONTHLY,
    COL_OUTPUT,
    COL_RANK,
    COL_VENDOR,
)
from gui.texts import i18n
from gui.texts.messages import error_text, note_text, problem_text
from gui.texts.numbers import format_count, format_decimal, format_money, format_price

ROOT = Path(__file__).resolve().parents[2]
CJK = re.compile(r"[\u3400-\u9fff]")


def _core_errors() -> list[TokenQuoteError]:
    """One of each kind of problem the core reports for something a user typed or a file they opened."""
    from core.money import check_currency, to_decimal
    from core.pricing.fx import DEFAULT_RATES, parse_fx_option
    from core.pricing.workload import Workload
    from core.project.file import loads_project
    from core.volumes import parse_percent, parse_volume, tokens_from_text

    attempts = [
        lambda: parse_volume("abc", "input tokens"), lambda: parse_volume("", "input tokens"),
        lambda: parse_volume("-5", "input tokens"), lambda: parse_volume("1.5", "input tokens"),
        lambda: parse_volume("2e16", "input tokens"), lambda: parse_volume("3xy", "input tokens"),
        lambda: parse_percent("150", "batch %"), lambda: parse_percent("", "batch %"),
        lambda: parse_percent("zz", "batch %"), lambda: to_decimal("x", "markup %"),
        lambda: to_decimal("5", "markup %", maximum=Decimal(1)), lambda: check_currency("usd", "currency"),
        lambda: parse_fx_option("USD/USD=1", date(2026, 1, 1), "new rate"),
        lambda: parse_fx_option("bad", date(2026, 1, 1), "new rate"),
        lambda: parse_fx_option("USD/CNY=0", date(2026, 1, 1), "new rate"),
        lambda: tokens_from_text("5", "words", "zh"),
        lambda: Workload("w", 1, 1, batch_pct=Decimal(60), off_peak_pct=Decimal(60)),
        lambda: DEFAULT_RATES.without("USD/CNY").rate("CNY", "EUR"),
        lambda: loads_project(b""), lambda: loads_project(b"\xff\xfe\x00"), lambda: loads_project("{"),
        lambda: loads_project("[]"),
        lambda: loads_project('{"format": "tokenquote-project", "schema_version": 99}'),
    ]
    errors = []
    for attempt in attempts:
        with pytest.raises(TokenQuoteError) as caught:
            attempt()
        errors.append(caught.value)
    return errors


# ---------------------------------------------------------------------------------------------- the language


def _start(tmp_path, env_vars: dict[str, str], setting: str | None = None) -> list[str]:
    """Start the app's language set-up in a fresh process with these locale variables; its locale name, a
    menu title, and Qt's OK button."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("LC_") and k not in ("LANG", "LANGUAGE")}
    env.update(env_vars, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen",
               TOKENQUOTE_SETTINGS_DIR=str(tmp_path / "settings"))
    if setting:
        (tmp_path / "settings").mkdir(parents=True, exist_ok=True)
        (tmp_path / "settings" / "tokenquote.ini").write_text(f"[interface]\nlanguage={setting}\n", encoding="utf-8")
    code = ("from PySide6.QtCore import QCoreApplication as C, QLocale; from gui.app import make_app; "
            "make_app(['tokenquote']); "
            "print(QLocale().name()); print(C.translate('MainMenus', '&File')); "
            "print(C.translate('QPlatformTheme', 'OK'))")
    done = subprocess.run([sys.executable, "-c", code], env=env, cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()


@pytest.mark.parametrize("env_vars, locale, file_menu", [
    ({"LANG": "zh_CN.UTF-8"}, "zh_CN", "文件(&F)"),
    ({"LC_ALL": "zh_CN.UTF-8"}, "zh_CN", "文件(&F)"),
    ({"LANG": "C.UTF-8", "LANGUAGE": "zh_CN:en"}, "zh_CN", "文件(&F)"),    # the language list alone
    ({"LANG": "zh_TW.UTF-8"}, "zh_TW", "文件(&F)"),                         # the only Chinese offered
    ({"LANG": "en_US.UTF-8"}, "en_US", "&File"),
    ({"LANG": "de_DE.UTF-8"}, "en_US", "&File"),                           # no German: English, in en_US figures
    ({"LANG": "C"}, "en_US", "&File"),
])
def test_the_interface_follows_the_system_locale(tmp_path, env_vars, locale, file_menu):
    name, menu, ok = _start(tmp_path, env_vars)
    assert (name, menu) == (locale, file_menu)
    assert ok == ("确定" if file_menu != "&File" else "OK")   # Qt's own catalog is loaded with ours


def test_the_setting_overrides_the_system(tmp_path):
    assert _start(tmp_path / "a", {"LANG": "zh_CN.UTF-8"}, setting="en")[1] == "&File"
    assert _start(tmp_path / "b", {"LANG": "en_US.UTF-8"}, setting="zh_CN")[1] == "文件(&F)"


def test_a_missing_compiled_translation_falls_back_to_english(qapp, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv(i18n.TRANSLATIONS_DIR_ENV, str(tmp_path))
    assert i18n.install_language(qapp, i18n.CHINESE) == i18n.ENGLISH
    assert "no compiled zh_CN translation" in capsys.readouterr().err
    assert QCoreApplication.translate("MainMenus", "&File") == "&File"


def test_translators_are_held_and_qt_comes_first(chinese):
    held = i18n.installed_translators(chinese)
    assert [Path(t.filePath()).name for t in held] == ["qtbase_zh_CN.qm", "tokenquote_zh_CN.qm"]


# ---------------------------------------------------------------------------------------------- the window


def test_the_main_window_in_chinese(chinese, window):
    menus = [a.text() for a in window.menuBar().actions()]
    assert {"文件(&F)", "编辑(&E)", "视图(&V)", "帮助(&H)"} <= set(menus) and all(CJK.search(m) for m in menus)
    assert window.menus.export_action.text() == "导出工作簿(&E)…" and window.menus.preferences_action.text() == "首选项(&P)…"
    headers = {c: window.model.headerData(c, Qt.Orientation.Horizontal) for c in range(window.model.columnCount())}
    assert [headers[c] for c in (COL_CHOSEN, COL_RANK, COL_VENDOR, COL_MODEL, COL_CONTEXT, COL_INPUT, COL_OUTPUT)] \
        == ["报价", "排名", "厂商", "模型", "上下文", "输入/百万", "输出/百万"]
    assert headers[COL_MONTHLY] == "月度成本（CNY）" and headers[COL_ANNUAL] == "月度 × 12（CNY）"
    assert headers[COL_DIFF] == "与最低价差额"
    labels = {label.text() for label in window.workloads_panel.findChildren(QLabel)}
    assert {"每月输入 tokens(&I)", "每月输出 tokens(&U)", "缓存命中（占输入 %）", "批量（占流量 %）"} <= labels
    panel = window.workloads_panel
    assert panel.input_field.text() == "3亿" and panel.output_field.text() == "6000万"
    assert panel.input_field.note.text() == "= 3亿 tokens（300,000,000）"
    assert window.shown_label.text().startswith("显示 ") and "个模型" in window.shown_label.text()
    assert window.currency_label.text() == "币种：CNY" and window.as_of_label.text().startswith("价格日期：")
    assert window.workloads_dock.windowTitle() == "工作负载" and window.windowTitle().startswith("未命名")
    # Vendors by their Chinese names; the core's notes in Chinese.
    model = window.model
    vendors = {model.row_at(i).vendor_id: model.index(i, COL_VENDOR).data() for i in range(model.rowCount())}
    assert vendors["bytedance"] == "字节跳动" and vendors["deepseek"] == "深度求索" and vendors["openai"] == "OpenAI"
    assert note_text(NOTE_NO_BATCH) == "无批量价格：批量部分按标准价格计费"
    for window_text in (window.menus.export_action.toolTip(), window.pricing_controls.today_button.text()):
        assert CJK.search(window_text), window_text


def test_typing_in_yi_and_wan_and_an_error_in_chinese(chinese, window, qtbot):
    from gui_helpers import type_into

    panel = window.workloads_panel
    type_into(qtbot, panel.input_field.line_edit, "1.2亿")
    assert window.document.project.workloads[0].input_tokens == 120_000_000
    assert panel.input_field.note.text() == "= 1.2亿 tokens（120,000,000）"
    type_into(qtbot, panel.input_field.line_edit, "3xy")
    assert panel.input_field.note.text() == "'3xy'：未知单位 'xy'；请使用 K、M、B、T、万 或 亿"
    type_into(qtbot, panel.batch_field.line_edit, "150")
    assert panel.batch_field.note.text() == "150% 超出 0–100% 的范围"


def test_money_in_cny_and_the_status_in_chinese(chinese, window):
    window.pricing_controls.currency_combo.setCurrentText("CNY")
    assert window.document.project.currency == "CNY"
    row = window.model.row_at(5)
    assert window.model.index(5, COL_MONTHLY).data() == core_format_money(row.monthly_cost, "CNY")
    assert window.model.index(5, COL_MONTHLY).data().startswith("¥")
    assert re.fullmatch(r"¥[\d,]+\.\d\d", window.model.index(5, COL_ANNUAL).data())
    assert window.model.headerData(COL_MONTHLY, Qt.Orientation.Horizontal) == "月度成本（CNY）"


def test_qt_standard_buttons_and_dialogs_are_chinese(chinese, qtbot, window):
    from gui.main.fx_dialog import FxDialog

    dialog = FxDialog(window.document.project.fx, None, window)
    qtbot.addWidget(dialog)
    buttons = dialog.buttons
    assert buttons.button(QDialogButtonBox.StandardButton.Ok).text() == "确定"
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "取消"
    assert dialog.windowTitle() == "汇率"
    box = QMessageBox(QMessageBox.Icon.Question, "t", "x",
                      QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                      | QMessageBox.StandardButton.Cancel, window)
    qtbot.addWidget(box)
    assert [box.button(b).text() for b in (QMessageBox.StandardButton.Save, QMessageBox.StandardButton.Discard,
                                           QMessageBox.StandardButton.Cancel)] == ["保存", "丢弃", "取消"]
    files = QFileDialog(window, "t")
    files.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(files)
    texts = {label.objectName(): label.text() for label in files.findChildren(QLabel)}
    # Qt's catalog lacks these two in Qt 6 (gui/qt_texts.py fills them in).
    assert texts["lookInLabel"] == "查找范围(&L)：" and texts["fileTypeLabel"] == "文件类型(&T)："
    assert texts["fileNameLabel"] == "文件名称(&N)："


def test_qts_own_file_dialog_fits_chinese_dates(chinese, qtbot, tmp_path):
    from PySide6.QtWidgets import QSplitter, QTreeView

    from gui.widgets.file_dialogs import fit

    (tmp_path / "报价单.xlsx").write_bytes(b"")
    dialog = QFileDialog(None, "t", str(tmp_path))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    dialog.show()
    fit(dialog)
    view = dialog.findChild(QTreeView, "treeView")
    longest = QLocale().toString(QDateTime(QDate(2026, 12, 28), QTime(23, 59)), QLocale.FormatType.ShortFormat)
    assert view.header().sectionSize(3) > view.fontMetrics().horizontalAdvance(longest)
    assert dialog.width() >= 760 and dialog.findChild(QSplitter, "splitter").sizes()[0] > 0


def test_the_file_dialog_functions_return_what_qt_would(qapp, monkeypatch, tmp_path):
    from gui.widgets import file_dialogs

    def accept(dialog):
        dialog.selectFile(str(tmp_path / "q.xlsx"))
        return QFileDialog.DialogCode.Accepted
    monkeypatch.setattr(QFileDialog, "exec", accept)
    path, chosen = file_dialogs.get_save_file_name(None, "t", str(tmp_path / "q.xlsx"), "Excel (*.xlsx)")
    assert (Path(path), chosen) == (tmp_path / "q.xlsx", "Excel (*.xlsx)")
    monkeypatch.setattr(QFileDialog, "exec", lambda dialog: QFileDialog.DialogCode.Rejected)
    assert file_dialogs.get_open_file_name(None, "t", str(tmp_path)) == ("", "")


def test_qt_texts_missing_from_qts_catalog_are_filled_in(qapp):
    from gui.texts.qt_texts import qt_gaps

    english = qt_gaps()
    assert all(not CJK.search(text) for _context, text in english)
    i18n.install_language(qapp, i18n.CHINESE)
    chinese = qt_gaps()
    assert all(CJK.search(text) for _context, text in chinese), chinese
    assert [c for c, _t in chinese] == [c for c, _t in english]


def test_preferences_switch_the_language_for_the_next_start(chinese, window, qtbot, message_boxes, monkeypatch):
    from gui.main import preferences_dialog
    from gui.main.preferences_dialog import PreferencesDialog

    def choose_english(dialog):
        assert dialog.windowTitle() == "首选项"
        dialog.language.setCurrentIndex(dialog.language.findData(i18n.ENGLISH))
        dialog.workbook_language.setCurrentIndex(dialog.workbook_language.findData("zh"))
        dialog.recent_max.setValue(5)
        return PreferencesDialog.DialogCode.Accepted
    monkeypatch.setattr(PreferencesDialog, "exec", choose_english)
    restarted = []
    monkeypatch.setattr(preferences_dialog, "restart", restarted.append)
    message_boxes.answers = [QMessageBox.StandardButton.No]
    window.menus.preferences_action.trigger()
    store = cfg.open_settings()
    assert (cfg.get(cfg.LANGUAGE, store), cfg.get(cfg.WORKBOOK_LANGUAGE, store), cfg.get(cfg.RECENT_MAX, store)) \
        == ("en", "zh", 5)
    assert message_boxes.kinds() == ["question"] and "重新启动" in message_boxes.texts()
    assert restarted == []
    message_boxes.answers = [QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(PreferencesDialog, "exec", lambda d: PreferencesDialog.DialogCode.Accepted)
    window.menus.preferences_action.trigger()   # English is still pending: the running interface is Chinese
    assert restarted == [window]


def test_the_restart_command_keeps_the_catalogs_and_opens_the_project(monkeypatch, tmp_path):
    from gui.command_line import restart_command

    monkeypatch.setattr(sys, "argv", ["tokenquote", "--catalog", "/x/extra.json", "old.tokenquote"])
    program, args = restart_command(tmp_path / "now.tokenquote")
    assert program == sys.executable and args[0] == "-c"
    assert args[2:] == ["--catalog", "/x/extra.json", str(tmp_path / "now.tokenquote")]
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert restart_command(None)[1] == ["--catalog", "/x/extra.json"]


def test_the_workbook_follows_the_interface_or_the_setting(chinese, window, qtbot, tmp_path):
    assert i18n.workbook_language() == "zh"

    def sheets(path: Path) -> list[str]:
        with zipfile.ZipFile(path) as book:
            return re.findall(r'<sheet [^>]*name="([^"]+)"', book.read("xl/workbook.xml").decode("utf-8"))
    path = tmp_path / "报价单.xlsx"
    task = window.export_actions.start_export(path)
    qtbot.waitUntil(lambda: task.done, timeout=60_000)
    assert task.error is None, task.error
    assert sheets(path)[:2] == ["报价单", "输入"]
    cfg.put(cfg.WORKBOOK_LANGUAGE, "en", window.settings)
    task = window.export_actions.start_export(tmp_path / "quote.xlsx")
    qtbot.waitUntil(lambda: task.done, timeout=60_000)
    assert sheets(tmp_path / "quote.xlsx")[:2] == ["Quote", "Inputs"]
    assert "已导出" in window.statusBar().currentMessage()


# ---------------------------------------------------------------------------------------------- core texts


def test_core_errors_read_exactly_as_the_core_wrote_them_in_english():
    for error in _core_errors():
        assert error_text(error) == str(error)


def test_core_errors_are_chinese_in_chinese(chinese):
    for error in _core_errors():
        problem = problem_text(error)
        assert CJK.search(problem), f"no Chinese for the core's {error.problem!r}"
    assert error_text(TokenQuoteError(Field("input_tokens"), "empty")) == "输入 tokens：为空"
    assert error_text(TokenQuoteError(("a.tokenquote", Field("line_column", line=3, column=5)), "invalid_json",
                                      detail="x")) \
        == "a.tokenquote：第 3 行，第 5 列：不是有效的 JSON（x）"
    assert problem_text(TokenQuoteError(None, "text", text="something new")) == "something new"   # kept as it is


# ---------------------------------------------------------------------------------------------- numbers


@pytest.mark.parametrize("name, money, count, price", [
    ("en_US", "$1,234,567.50", "120,000,000", "0.075"),
    ("zh_CN", "$1,234,567.50", "120,000,000", "0.075"),
    ("en_IN", "$12,34,567.50", "12,00,00,000", "0.075"),
    ("de_DE", "1.234.567,50\u00a0$", "120.000.000", "0,075"),
])
def test_numbers_follow_the_locale(name, money, count, price):
    locale = QLocale(name)
    assert format_money(Decimal("1234567.5"), "USD", locale=locale) == money
    assert format_count(120_000_000, locale) == count
    assert format_price(Decimal("0.075"), locale) == price


def test_money_matches_the_core_in_english_and_chinese():
    amounts = [Decimal(x) for x in ("0", "0.004", "0.005", "1", "-8000", "1234.505", "999999999.995",
                                    "123456789012345.67")]
    for name in ("en_US", "zh_CN"):
        for currency in ("USD", "CNY", "JPY", "EUR", "CHF"):
            for amount in amounts:
                expected = core_format_money(amount, currency)
                expected = expected.replace("-$0.00", "$0.00")      # the core keeps a sign on a zero
                assert format_money(amount, currency, locale=QLocale(name)) == expected


def test_exact_digits_beyond_a_float():
    big = Decimal("123456789012345678.91")
    assert format_decimal(big, 2, QLocale("en_US")) == "123,456,789,012,345,678.91"
    assert format_money(Decimal("8000"), "CNY", locale=QLocale("zh_CN")) == "¥8,000.00"


def test_the_default_locale_is_used(qapp):
    """Without a locale argument the formatters use the default one, which gui.i18n sets at start."""
    QLocale.setDefault(QLocale("en_IN"))
    try:
        assert format_count(300_000_000) == "30,00,00,000"
        assert format_money(Decimal("1234567"), "USD") == "$12,34,567.00"
    finally:
        QLocale.setDefault(i18n.locale_for(i18n.ENGLISH))


def _sample_params(template: str) -> dict:
    """A value for every field of a template (``{value!r}`` → ``value``), so any code can be rendered."""
    import string
    return {name: 1000 if spec else "x" for _, name, spec, _ in string.Formatter().parse(template) if name}


def test_every_core_error_code_reads_in_chinese(chinese):
    """Not only the ones a test happens to provoke: every code the core can raise, and every named place."""
    from core.error_fields import FIELDS
    from core.error_texts import MESSAGES
    from gui.texts.messages import needs_translation, place_text

    english = [code for code, template in MESSAGES.items() if needs_translation(template)
               and not CJK.search(problem_text(TokenQuoteError(None, code, **_sample_params(template))))]
    assert english == [], f"codes without Chinese: {english}"
    places = [code for code, template in FIELDS.items() if needs_translation(template)
              and not CJK.search(place_text(Field(code, **_sample_params(template))))]
    assert places == [], f"places without Chinese: {places}"


def test_the_catalog_dialogs_name_vendors_in_chinese(chinese, qtbot):
    """Add a model and Negotiated price listed vendors by their English names (Alibaba Cloud (Qwen)) where the
    table says 阿里云."""
    from core.catalog.load import load_catalog
    from gui.catalog.custom_model_dialog import CustomModelDialog
    from gui.catalog.override_dialog import TargetsModel

    catalog = load_catalog()
    dialog = CustomModelDialog(catalog)
    qtbot.addWidget(dialog)
    items = [dialog.vendor_combo.itemText(i) for i in range(dialog.vendor_combo.count())]
    assert "阿里云（通义千问）（alibaba）" in items and not any(t.startswith("Alibaba") for t in items)
    targets = [text for text, _ in TargetsModel(catalog).entries]
    assert any("阿里云（通义千问）" in t and "alibaba" in t for t in targets)


def test_the_tool_bar_shows_no_mnemonic_brackets(chinese, make_window):
    """The Chinese menu items carry their mnemonic in a bracket (新建(&N)); the tool bar read 新建(N), 打开(O)…"""
    from PySide6.QtWidgets import QToolButton

    window = make_window()
    texts = [b.text() for b in window.menus.main_toolbar.findChildren(QToolButton) if b.text()]
    assert "新建" in texts and "导出工作簿" in texts, texts
    assert not [t for t in texts if "(" in t or "（" in t or "&" in t or t.endswith("…")], texts
    assert window.menus.new_action.text() == "新建(&N)"   # the menu keeps its mnemonic


def test_the_cost_chart_keeps_a_label_for_every_bar_in_chinese(qtbot, chinese, make_window):
    """Chinese names are drawn in a fallback font with taller lines: Qt dropped the labels that no longer fitted,
    the cheapest model's among them. The labels' type is made smaller where the bars are close."""
    window = make_window()
    window.show()
    pane = window.chart_pane
    pane.setCurrentIndex(0)
    qtbot.waitUntil(lambda: pane.bar_chart is not None, timeout=10_000)
    pane.flush()
    chart = pane.bar_chart
    assert len(chart.shown) == 10
    chart.resize(900, 400)
    qtbot.waitUntil(lambda: chart.chart().plotArea().height() > 250)
    roomy = chart._categories.labelsFont().pointSizeF()
    chart.resize(900, 230)
    qtbot.waitUntil(lambda: chart._categories.labelsFont().pointSizeF() < roomy)
    room = chart.chart().plotArea().height() / len(chart.shown)
    from PySide6.QtGui import QFontMetricsF

    assert QFontMetricsF(chart._categories.labelsFont()).height() * 1.3 <= room or \
        chart._categories.labelsFont().pointSizeF() <= 6

"""File › Export PDF…: the core builds the PDF off the GUI thread, the preview shows those very bytes (Qt PDF),
Save… writes them as they are, Cancel writes nothing; the company, logo and paper come from Preferences."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtPdf import QPdfDocument

from core.pricing.quote_terms import QuoteTerms
from gui import settings as cfg
from gui.main.pdf_export import locale_paper, paper_setting, project_for_pdf
from gui.main.preferences_dialog import PreferencesDialog

D = Decimal


def chosen(window, n=3, **terms):
    rows = window.document.comparison.rows[:n]
    window.document.edit(window.document.project.edited(
        selected=tuple(r.model_id for r in rows),
        terms=QuoteTerms(client="Globex", quote_no="Q-9", issue_date=date(2026, 11, 22), markup_pct=D(25),
                         tax_pct=D(6), **terms)), "pick")
    return rows


def build(qtbot, window):
    task = window.pdf_export.start()
    assert task is not None
    assert not window.menus.pdf_action.isEnabled()          # one at a time
    qtbot.waitUntil(lambda: task.done, timeout=60_000)
    assert task.error is None, task.error
    assert window.menus.pdf_action.isEnabled()
    return task


def test_the_preview_shows_the_pdf_the_core_wrote_and_save_writes_it(qtbot, window, tmp_path):
    chosen(window)
    task = build(qtbot, window)
    preview = window.pdf_export.preview
    assert preview is not None and preview.isVisible()
    assert preview.data == bytes(task.result) and preview.data.startswith(b"%PDF-")
    assert preview.document.status() == QPdfDocument.Status.Ready
    assert 1 <= preview.page_count() <= 2
    assert str(preview.page_count()) in preview.summary.text() and "page" in preview.summary.text()
    image = preview.document.render(0, preview.document.pagePointSize(0).toSize())
    inked = [image.pixelColor(x, y) for x in range(0, image.width(), 3) for y in range(0, 160, 3)]
    assert not image.isNull() and any(c.alpha() == 255 and c.lightness() < 120 for c in inked)   # text drawn
    target = tmp_path / "quote.pdf"
    assert window.pdf_export.save(target)
    assert target.read_bytes() == preview.data
    assert not preview.isVisible() and "Exported" in window.statusBar().currentMessage()
    assert cfg.get(cfg.LAST_EXPORT_FOLDER, window.settings) == str(tmp_path)


def test_cancel_writes_nothing(qtbot, window, tmp_path):
    chosen(window)
    build(qtbot, window)
    preview = window.pdf_export.preview
    preview.reject()
    qtbot.waitUntil(lambda: window.pdf_export.preview is None)
    assert list(tmp_path.glob("*.pdf")) == []


def test_a_refused_name_or_target_is_said_and_the_preview_stays(qtbot, window, tmp_path, message_boxes):
    chosen(window)
    build(qtbot, window)
    assert not window.pdf_export.save(tmp_path / "quote.txt")
    (tmp_path / "folder.pdf").mkdir()
    assert not window.pdf_export.save(tmp_path / "folder.pdf")
    assert message_boxes.kinds() == ["warning", "warning"]
    assert ".pdf" in message_boxes.texts() and "a folder" in message_boxes.texts()
    assert window.pdf_export.preview.isVisible()       # the user can choose another name
    window.pdf_export.preview.reject()


def test_a_bad_logo_is_reported_and_the_window_stays_usable(qtbot, window, tmp_path, message_boxes):
    chosen(window)
    (tmp_path / "logo.png").write_text("not a picture")
    cfg.put(cfg.COMPANY_LOGO, str(tmp_path / "logo.png"), window.settings)
    task = window.pdf_export.start()
    qtbot.waitUntil(lambda: task.done, timeout=60_000)
    assert message_boxes.kinds() == ["warning"]
    assert "The PDF was not written" in message_boxes.texts() and "logo.png" in message_boxes.texts()
    assert window.pdf_export.preview is None and window.menus.pdf_action.isEnabled()


def test_company_logo_and_paper_come_from_preferences(qtbot, window, tmp_path):
    from PIL import Image
    Image.new("RGB", (200, 60), (20, 40, 90)).save(tmp_path / "logo.png")
    dialog = PreferencesDialog(window.settings, window)
    qtbot.addWidget(dialog)
    dialog.company.setText("  Northwind Consulting  ")
    dialog.logo.setText(str(tmp_path / "logo.png"))
    dialog.paper.setCurrentIndex(dialog.paper.findData("letter"))
    dialog.save()
    again = PreferencesDialog(window.settings, window)
    qtbot.addWidget(again)
    assert again.company.text() == "Northwind Consulting" and again.paper.currentData() == "letter"
    assert cfg.get(cfg.COMPANY_LOGO, window.settings) == str(tmp_path / "logo.png")

    chosen(window)
    build(qtbot, window)
    preview = window.pdf_export.preview
    size = preview.document.pagePointSize(0)
    assert (round(size.width()), round(size.height())) == (612, 792)      # Letter
    text = preview.document.getAllText(0).text()
    assert "Northwind Consulting" in text and "Globex" in text
    preview.reject()


def test_the_terms_company_wins_over_the_preferences(window):
    cfg.put(cfg.COMPANY_NAME, "From preferences", window.settings)
    project = window.document.project
    assert project_for_pdf(project, window.settings).terms.company == "From preferences"
    own = project.edited(terms=project.terms.edited(company="Own company"))
    assert project_for_pdf(own, window.settings).terms.company == "Own company"


@pytest.mark.parametrize("name,paper", [("en_US", "letter"), ("en_CA", "letter"), ("es_MX", "letter"),
                                        ("fil_PH", "letter"), ("en_GB", "a4"), ("zh_CN", "a4"), ("de_DE", "a4")])
def test_the_locales_paper(name, paper):
    assert locale_paper(QLocale(name)) == paper


def test_the_paper_setting_falls_back_to_the_locale(window):
    assert paper_setting(window.settings) == locale_paper()
    window.settings.setValue(cfg.PDF_PAPER.key, "A5")         # a hand-edited INI
    assert paper_setting(window.settings) == locale_paper()
    cfg.put(cfg.PDF_PAPER, "a4", window.settings)
    assert paper_setting(window.settings) == "a4"


def test_a_chinese_interface_writes_a_chinese_pdf(qtbot, chinese, make_window):
    window = make_window()
    assert window.menus.pdf_action.text() == "导出 PDF(&P)…"
    chosen(window, 2)
    build(qtbot, window)
    preview = window.pdf_export.preview
    assert preview.windowTitle() == "PDF 报价单预览" and preview.save_button.text() == "保存(&S)…"
    assert "报价单" in preview.document.getAllText(0).text()
    preview.reject()


def test_nothing_is_written_while_the_figures_are_unpriced(window, message_boxes, monkeypatch):
    monkeypatch.setattr(type(window.document), "current_comparison", property(lambda self: None))
    assert window.pdf_export.start() is None
    assert message_boxes.kinds() == ["warning"] and "The PDF was not written" in message_boxes.texts()


def test_closing_waits_for_a_pdf_being_written(qtbot, window, message_boxes):
    chosen(window)
    task = window.pdf_export.start()
    assert not window.close()                 # refused while the task runs
    qtbot.waitUntil(lambda: task.done, timeout=60_000)
    window.pdf_export.preview.reject()
    assert "Export in progress" in message_boxes.texts()


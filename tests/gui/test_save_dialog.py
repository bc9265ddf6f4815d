"""The Save dialogs add the file type's suffix before they ask about an existing file: the callers added it after,
so typing ``Budget`` in Save As replaced ``Budget.tokenquote`` without a question."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from gui.widgets.file_dialogs import filter_suffix, save_dialog


def test_the_suffix_comes_from_the_chosen_filter():
    assert filter_suffix("TokenQuote projects (*.tokenquote)") == "tokenquote"
    assert filter_suffix("Excel workbooks (*.xlsx)") == "xlsx" and filter_suffix("All files (*)") == ""


def test_a_name_typed_without_its_suffix_asks_before_replacing_the_file(qtbot, tmp_path):
    existing = tmp_path / "Budget.tokenquote"
    existing.write_text("{}", encoding="utf-8")
    dialog = save_dialog(None, "Save project", str(tmp_path), "TokenQuote projects (*.tokenquote);;All files (*)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)   # the one every platform can show in a test
    qtbot.addWidget(dialog)
    dialog.selectFile("Budget")
    assert dialog.selectedFiles()[0] == str(existing)
    asked = []

    def answer_no():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            asked.append(box.text())
            box.button(QMessageBox.StandardButton.No).click()
        else:
            QTimer.singleShot(20, answer_no)

    QTimer.singleShot(20, answer_no)
    dialog.show()
    dialog.accept()
    assert asked and "Budget.tokenquote" in asked[0] and dialog.result() != QFileDialog.DialogCode.Accepted
    dialog.selectNameFilter("All files (*)")
    dialog.filterSelected.emit("All files (*)")
    dialog.selectFile("notes")
    assert dialog.selectedFiles()[0] == str(tmp_path / "notes")

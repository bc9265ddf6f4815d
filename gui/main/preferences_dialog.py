"""``PreferencesDialog``: the settings that have no other home — the interface language, the exported workbook's
language, the PDF quote's company name, logo and paper size, how many recent projects File ▸ Open Recent keeps,
how often unsaved work is copied for recovery.

A new interface language applies when TokenQuote starts again (every window, menu and message is built in the
language in force when it is made); :func:`edit_preferences` offers to restart at once, keeping the open
project. The workbook language applies to the next export.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication, QProcess
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui import settings as cfg
from gui.command_line import SOURCE_ROOT, restart_command
from gui.texts import i18n
from gui.widgets.spin_boxes import SpinBox

# Each language is named in itself, as language choosers do: a reader finds their own whatever is shown now.
LANGUAGE_NAMES = {i18n.ENGLISH: "English", i18n.CHINESE: "简体中文"}
WORKBOOK_LANGUAGE_NAMES = {"en": "English", "zh": "简体中文"}


class PreferencesDialog(QDialog):
    """Edits the settings in ``store``; after ``exec()`` returns Accepted they are written (:meth:`save`)."""

    def __init__(self, store=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.store = store if store is not None else cfg.open_settings()
        self._initial_language = cfg.get(cfg.LANGUAGE, self.store)

        self.language = QComboBox(self)
        self.language.setObjectName("languageChoice")
        system = LANGUAGE_NAMES[i18n.system_language()]
        self.language.addItem(self.tr("System default ({0})").format(system), i18n.SYSTEM)
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self._select(self.language, self._initial_language)
        # Said up front rather than when the choice changes: a label appearing in a shown dialog would not get
        # its wrapped height until the dialog is laid out again.
        self.restart_note = QLabel(self.tr("A new interface language applies when TokenQuote starts again."), self)
        self.restart_note.setWordWrap(True)

        self.workbook_language = QComboBox(self)
        self.workbook_language.setObjectName("workbookLanguageChoice")
        self.workbook_language.addItem(self.tr("Same as the interface"), i18n.WORKBOOK_FOLLOWS_INTERFACE)
        for code, name in WORKBOOK_LANGUAGE_NAMES.items():
            self.workbook_language.addItem(name, code)
        self._select(self.workbook_language, cfg.get(cfg.WORKBOOK_LANGUAGE, self.store))
        self.workbook_language.setToolTip(self.tr("Sheet names, headings and cover text of exported quote "
                                                  "workbooks; the figures and formulas are the same"))

        self.company = QLineEdit(cfg.get(cfg.COMPANY_NAME, self.store), self)
        self.company.setObjectName("companyName")
        self.company.setToolTip(self.tr("On PDF quotes whose terms name no company"))
        self.logo = QLineEdit(cfg.get(cfg.COMPANY_LOGO, self.store), self)
        self.logo.setObjectName("companyLogo")
        self.logo.setPlaceholderText(self.tr("No logo"))
        browse = QPushButton(self.tr("Choose…"), self)
        browse.clicked.connect(self._choose_logo)
        clear = QPushButton(self.tr("Clear"), self)
        clear.clicked.connect(self.logo.clear)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo, 1)
        logo_row.addWidget(browse)
        logo_row.addWidget(clear)
        self.paper = QComboBox(self)
        self.paper.setObjectName("paperChoice")
        from gui.main.pdf_export import locale_paper  # the locale's paper, named in the first item
        local = self.tr("Letter") if locale_paper() == "letter" else self.tr("A4")
        self.paper.addItem(self.tr("The locale's ({0})").format(local), cfg.PAPER_FROM_LOCALE)
        self.paper.addItem(self.tr("A4"), "a4")
        self.paper.addItem(self.tr("Letter"), "letter")
        self._select(self.paper, cfg.get(cfg.PDF_PAPER, self.store))
        self._initial_appearance = cfg.get(cfg.APPEARANCE, self.store)
        self.appearance = QComboBox(self)
        self.appearance.setObjectName("appearanceChoice")
        for code, name in (("system", self.tr("System default")), ("light", self.tr("Light")),
                           ("dark", self.tr("Dark"))):
            self.appearance.addItem(name, code)
        self._select(self.appearance, self._initial_appearance)
        self.appearance.setToolTip(self.tr("Light and dark use TokenQuote's own colours; applies when TokenQuote "
                                           "starts again"))

        self.recent_max = SpinBox(self)
        self.recent_max.setRange(1, 30)
        self.recent_max.setValue(cfg.get(cfg.RECENT_MAX, self.store))
        self.autosave = SpinBox(self)
        self.autosave.setRange(10, 3600)
        self.autosave.setSingleStep(10)
        self.autosave.setSuffix(self.tr(" s"))
        self.autosave.setValue(cfg.get(cfg.AUTOSAVE_SECONDS, self.store))
        self.autosave.setToolTip(self.tr("How often unsaved changes are copied to a recovery file, offered back "
                                         "after a crash"))

        language_box = QGroupBox(self.tr("Language"), self)
        form = QFormLayout(language_box)
        form.addRow(self.tr("Interface:"), self.language)
        form.addRow(self.restart_note)
        form.addRow(self.tr("Exported workbooks:"), self.workbook_language)
        pdf_box = QGroupBox(self.tr("PDF quotes"), self)
        form = QFormLayout(pdf_box)
        form.addRow(self.tr("Company name:"), self.company)
        form.addRow(self.tr("Logo (PNG or JPEG):"), logo_row)
        form.addRow(self.tr("Paper size:"), self.paper)
        appearance_box = QGroupBox(self.tr("Appearance"), self)
        form = QFormLayout(appearance_box)
        form.addRow(self.tr("Colours:"), self.appearance)
        files_box = QGroupBox(self.tr("Files"), self)
        form = QFormLayout(files_box)
        form.addRow(self.tr("Recent projects listed:"), self.recent_max)
        form.addRow(self.tr("Copy unsaved work every:"), self.autosave)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(language_box)
        layout.addWidget(pdf_box)
        layout.addWidget(appearance_box)
        layout.addWidget(files_box)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)

    def _choose_logo(self) -> None:
        from gui.widgets import file_dialogs
        path, _filter = file_dialogs.get_open_file_name(self, self.tr("Choose a logo"), self.logo.text(),
                                                        self.tr("Images (*.png *.jpg *.jpeg)"))
        if path:
            self.logo.setText(path)

    @staticmethod
    def _select(combo: QComboBox, value: str) -> None:
        combo.setCurrentIndex(max(0, combo.findData(value)))

    def language_changed(self) -> bool:
        """Whether the chosen interface language differs from the one the running interface is in."""
        return i18n.resolve_language(self.language.currentData()) != i18n.current_language()

    def appearance_changed(self) -> bool:
        return self.appearance.currentData() != self._initial_appearance

    def save(self) -> None:
        store = self.store
        cfg.put(cfg.LANGUAGE, self.language.currentData(), store)
        cfg.put(cfg.WORKBOOK_LANGUAGE, self.workbook_language.currentData(), store)
        cfg.put(cfg.COMPANY_NAME, self.company.text().strip(), store)
        cfg.put(cfg.COMPANY_LOGO, self.logo.text().strip(), store)
        cfg.put(cfg.PDF_PAPER, self.paper.currentData(), store)
        cfg.put(cfg.APPEARANCE, self.appearance.currentData(), store)
        cfg.put(cfg.RECENT_MAX, self.recent_max.value(), store)
        cfg.put(cfg.AUTOSAVE_SECONDS, self.autosave.value(), store)
        store.sync()


def edit_preferences(window) -> bool:
    """Show the Preferences for ``window`` (a MainWindow) and apply them; True when they were changed."""
    dialog = PreferencesDialog(window.settings, window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    dialog.save()
    if window.recovery is not None:
        window.recovery.set_intervals(dialog.autosave.value(),
                                      cfg.get(cfg.AUTOSAVE_AFTER_EDIT_SECONDS, window.settings))
    if (dialog.language_changed() or dialog.appearance_changed()) and window.interactive:
        answer = QMessageBox.question(
            window, QCoreApplication.translate("PreferencesDialog", "Restart TokenQuote?"),
            QCoreApplication.translate(
                "PreferencesDialog", "The interface language and appearance change when TokenQuote starts again. "
                "Restart now? The open project is opened again; you are asked first about unsaved changes."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
        if answer == QMessageBox.StandardButton.Yes:
            restart(window)
    return True


def restart(window) -> bool:
    """Close ``window`` as the user would (unsaved changes are asked about) and start TokenQuote again; False if
    the user kept the window open."""
    path = window.document.path
    if not window.close():
        return False
    program, args = restart_command(path)
    process = QProcess()
    process.setProgram(program)
    process.setArguments(args)
    root = str(SOURCE_ROOT)   # so ``gui`` imports when run from a source tree
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH", "")) if p)
    process.setEnvironment([f"{key}={value}" for key, value in env.items()])
    started, _pid = process.startDetached()
    if not started:
        print(f"tokenquote: could not start {program} again", file=sys.stderr)
    return bool(started)

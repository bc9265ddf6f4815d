"""``MainMenus``: the main window's actions and where they show — the menu bar and the main tool bar."""

from __future__ import annotations

import re

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication

from gui import settings as cfg
from gui.widgets.icons import theme_icon


def toolbar_text(text: str) -> str:
    """A menu item's text as a tool button shows it: no mnemonic, neither ``&`` nor a ``(&N)`` after a Chinese
    word, and no "…" (the button acts at once or opens a dialog whose title says as much)."""
    return re.sub(r"\s*\(&\w\)", "", text).replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


class MainMenus(QObject):
    """Parameters: ``window``, the main window. The actions are made at once (its ``document``, ``settings``,
    ``file_actions``, ``export_actions`` and ``pdf_export`` must exist); :meth:`build` fills the tool bar and the menus once
    the window's views, docks and ``pricing_controls`` exist. Every action is the window's child."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self._make_actions()

    def _action(self, text: str, slot=None, shortcut=None, icon: str | None = None, tip: str | None = None,
                checkable: bool = False) -> QAction:
        action = QAction(text, self.window)
        if icon:
            action.setIcon(theme_icon(icon))
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.setCheckable(checkable)
        if slot is not None:
            action.triggered.connect(slot)
        return action

    def _toggle(self, text: str, short: str, tip: str, checked: bool, slot) -> QAction:
        action = self._action(text, None, None, None, tip, checkable=True)
        action.setIconText(short)
        action.setChecked(checked)
        action.toggled.connect(slot)
        return action

    def _make_actions(self) -> None:
        window = self.window
        files, export = window.file_actions, window.export_actions
        key = QKeySequence.StandardKey
        self.new_action = self._action(self.tr("&New"), files.new_project, key.New, "document-new",
                                       self.tr("Start a new project"))
        self.open_action = self._action(self.tr("&Open…"), files.open_project, key.Open, "document-open",
                                        self.tr("Open a .tokenquote project"))
        self.save_action = self._action(self.tr("&Save"), files.save, key.Save, "document-save",
                                        self.tr("Save the project"))
        self.save_as_action = self._action(self.tr("Save &As…"), files.save_as, key.SaveAs, None,
                                           self.tr("Save the project under a new name"))
        self.export_action = self._action(self.tr("&Export workbook…"), export.export_workbook, "Ctrl+E",
                                          "document-export", self.tr("Write the quote workbook (.xlsx)"))
        self.pdf_action = self._action(self.tr("Export &PDF…"), window.pdf_export.export_pdf, "Ctrl+Shift+E", None,
                                       self.tr("Preview the quote as a PDF, then save it to send"))
        self.quit_action = self._action(self.tr("&Quit"), window.close, key.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        stack = window.document.undo_stack
        self.undo_action = stack.createUndoAction(window, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence(key.Undo))
        self.undo_action.setIcon(theme_icon("edit-undo"))
        self.undo_action.setIconText(self.tr("Undo"))   # the tool bar stays short; the menu names the edit
        self.redo_action = stack.createRedoAction(window, self.tr("&Redo"))
        self.redo_action.setShortcut(QKeySequence(key.Redo))
        self.redo_action.setIcon(theme_icon("edit-redo"))
        self.redo_action.setIconText(self.tr("Redo"))
        self.terms_action = self._action(self.tr("Quote &terms…"), window.edit_terms, "Ctrl+T", None,
                                         self.tr("Client, quote number, discount, markup, tax"))
        self.fx_action = self._action(self.tr("E&xchange rates…"), window.edit_fx, "Ctrl+Shift+X", None,
                                      self.tr("View and edit the exchange rates and their dates"))
        self.helper_action = self._action(self.tr("Estimate &volumes…"), window.estimate_volumes, None, None,
                                          self.tr("Fill volumes from requests a day or from an amount of text"))
        self.clear_choice_action = self._action(self.tr("C&lear chosen models"), window.clear_chosen)
        self.find_action = self._action(self.tr("&Find model"), self._on_find, key.Find)
        # One action each for the View menu and the filter bar: the bar's button shows the short icon text.
        self.hide_deprecated_action = self._toggle(
            self.tr("Hide &deprecated models"), self.tr("Hide deprecated"),
            self.tr("Leave out the models the vendor has retired by the as-of date (on an earlier date, those "
                    "retired later are shown)"),
            window.document.hide_deprecated, window.document.set_hide_deprecated)
        # A project setting (saved with it, undoable), not a view filter: it decides what "the cheapest" is.
        self.include_free_action = self._toggle(
            self.tr("Include f&ree models"), self.tr("Include free"),
            self.tr("Rank free models too; otherwise the cheapest is the cheapest paid model and free models "
                    "show only when chosen"),
            window.document.project.include_free, self._on_include_free_toggled)
        self.only_fitting_action = self._toggle(
            self.tr("Only models whose context f&its"), self.tr("Only fitting"),
            self.tr("Show only models whose context window holds the prompt size"),
            cfg.get(cfg.ONLY_FITTING, window.settings), self._on_only_fitting_toggled)
        self.only_chosen_action = self._toggle(
            self.tr("Only chose&n models"), self.tr("Only chosen"), self.tr("Show only the models ticked for the quote"),
            False, self._on_only_chosen_toggled)
        self.help_action = self._action(self.tr("TokenQuote &Help"), self._show_help, QKeySequence.StandardKey.HelpContents,
                                        None, self.tr("How to use TokenQuote"))
        self.date_changes_action = self._action(
            self.tr("Compare with an &earlier date…"), self.compare_dates, "Ctrl+Shift+D", None,
            self.tr("The prices and monthly costs on an earlier date beside those of the as-of date, per model"))
        self.about_action = self._action(self.tr("&About TokenQuote"), window.about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_qt_action = self._action(self.tr("About &Qt"), QApplication.aboutQt)
        self.preferences_action = self._action(self.tr("&Preferences…"), window.edit_preferences, key.Preferences,
                                               None, self.tr("Language, exported workbooks, recent files, autosave"))
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        if self.preferences_action.shortcut().isEmpty():   # no platform key on Linux or Windows: the usual Ctrl+,
            self.preferences_action.setShortcut(QKeySequence("Ctrl+,"))

    def build(self) -> None:
        """Fill the main tool bar and the menu bar."""
        self._make_toolbar()
        self._make_menus()

    def _make_toolbar(self) -> None:
        bar = self.window.addToolBar(self.tr("Main"))
        bar.setObjectName("mainToolbar")
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (self.new_action, self.open_action, self.save_action, self.export_action):
            bar.addAction(action)
        bar.addSeparator()
        bar.addAction(self.undo_action)
        bar.addAction(self.redo_action)
        bar.addSeparator()
        self.window.pricing_controls.add_to(bar)
        bar.addSeparator()
        bar.addAction(self.terms_action)
        bar.addAction(self.fx_action)
        for action in (self.new_action, self.open_action, self.save_action, self.export_action, self.terms_action,
                       self.fx_action):
            # Qt drops a mnemonic's "&" from a tool button but keeps the bracket a Chinese menu item puts it in
            # ("新建(&N)" read "新建(N)" on the tool bar): the button's text is the menu's without it.
            action.setIconText(toolbar_text(action.text()))
        self.main_toolbar = bar

    def _make_menus(self) -> None:
        window = self.window
        catalog_actions = window.catalog_actions
        menu = window.menuBar().addMenu(self.tr("&File"))
        menu.addAction(self.new_action)
        menu.addAction(self.open_action)
        self.recent_menu = menu.addMenu(self.tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(window.file_actions._fill_recent_menu)
        menu.addSeparator()
        menu.addAction(self.save_action)
        menu.addAction(self.save_as_action)
        menu.addSeparator()
        menu.addAction(self.export_action)
        menu.addAction(self.pdf_action)
        menu.addSeparator()
        menu.addAction(window.usage_actions.import_action)
        menu.addAction(catalog_actions.import_action)
        menu.addAction(catalog_actions.template_action)
        menu.addSeparator()
        menu.addAction(self.quit_action)

        menu = window.menuBar().addMenu(self.tr("&Edit"))
        menu.addAction(self.undo_action)
        menu.addAction(self.redo_action)
        menu.addSeparator()
        menu.addAction(self.helper_action)
        menu.addAction(self.terms_action)
        menu.addAction(self.fx_action)
        menu.addSeparator()
        menu.addAction(self.clear_choice_action)
        menu.addAction(self.find_action)
        menu.addSeparator()
        menu.addAction(self.preferences_action)

        menu = window.menuBar().addMenu(self.tr("&View"))
        workloads = window.workloads_dock.toggleViewAction()
        workloads.setText(self.tr("&Workloads"))
        menu.addAction(workloads)
        self.charts_action = self._action(self.tr("&Charts"), None, None, None,
                                          self.tr("Show the charts under the table"), checkable=True)
        self.charts_action.setChecked(True)
        self.charts_action.toggled.connect(window.chart_pane.setVisible)
        menu.addAction(self.charts_action)
        menu.addAction(window.plan_actions.show_action)
        history = window.history_dock.toggleViewAction()
        history.setText(self.tr("Undo &history"))
        menu.addAction(history)
        toolbar = self.main_toolbar.toggleViewAction()
        toolbar.setText(self.tr("&Main tool bar"))   # the bar's own title, "Main", said little and had no letter
        menu.addAction(toolbar)
        filters = window.comparison_view.filter_bar.toggleViewAction()
        filters.setText(self.tr("&Filter bar"))
        menu.addAction(filters)
        menu.addSeparator()
        for action in (self.include_free_action, self.hide_deprecated_action, self.only_fitting_action,
                       self.only_chosen_action, catalog_actions.only_stale_action):
            menu.addAction(action)
        menu.addAction(self._action(self.tr("C&lear filters"), window.comparison_view.clear_filters))
        menu.addSeparator()
        menu.addAction(self.date_changes_action)

        window.plan_actions.fill_menu(window.menuBar().addMenu(self.tr("&Plans")))

        menu = window.menuBar().addMenu(self.tr("&Tools"))
        menu.addAction(catalog_actions.catalog_action)
        menu.addAction(catalog_actions.saved_prices_action)

        menu = window.menuBar().addMenu(self.tr("&Help"))
        menu.addAction(self.help_action)
        menu.addSeparator()
        menu.addAction(self.about_action)
        menu.addAction(self.about_qt_action)

    # -- handlers ---------------------------------------------------------------------------------------

    def _on_find(self) -> None:
        search = self.window.comparison_view.search
        search.setFocus()
        search.selectAll()

    def _on_only_fitting_toggled(self, checked: bool) -> None:
        self.window.comparison_view.set_toggles(only_fitting=checked)

    def _on_include_free_toggled(self, checked: bool) -> None:
        document = self.window.document
        if checked != document.project.include_free:
            document.edit(document.project.edited(include_free=checked),
                          self.tr("Include free models") if checked else self.tr("Leave free models out"))

    def show_project(self, project) -> None:
        """The project's own settings on their actions (after an undo, or another project opened)."""
        action = self.include_free_action
        if action.isChecked() != project.include_free:
            action.blockSignals(True)
            action.setChecked(project.include_free)
            action.blockSignals(False)

    def compare_dates(self):
        """The before/after view: an earlier date beside the project's as-of date, per model (the dialog)."""
        from gui.catalog.date_changes_dialog import DateChangesDialog
        return DateChangesDialog.show_for(self.window)

    def _on_only_chosen_toggled(self, checked: bool) -> None:
        self.window.comparison_view.set_toggles(only_chosen=checked)

    def _show_help(self) -> None:
        from gui.main.help_dialog import show_help  # its widgets load when help is first asked for
        show_help(self.window)

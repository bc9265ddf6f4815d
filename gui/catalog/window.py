"""``CatalogWindow`` (Tools › Catalog…): browse the catalog the app prices with and manage the user's layers. The
window is the composition and makes the changes; its panels and item models have their own modules.

- Vendors and models in a tree with a filter; a model's price history as a table (dates, prices, tiers, batch,
  off-peak, source link, checked date, layer, note) and a small step chart of its input and output prices.
- Layers: switch the bundled catalog, each imported price list and the negotiated prices on and off; delete an
  import; reset to bundled (the user's files go to a backup folder, which is named).
- Add or edit a model of your own; enter a negotiated price or a discount %; delete a user entry.
- How old a price may be before it is marked stale.

Every change goes through :class:`~gui.catalog.source.CatalogSource`, which does it with a core function, checks
the catalog still builds, and records it on its own undo stack (Ctrl+Z here undoes the last catalog change);
the main window's comparison follows through ``CatalogSource.catalog_did_change``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QSplitter, QVBoxLayout, QWidget

from core.catalog.model import BUNDLED_LAYER, NEGOTIATED_LAYER, Catalog, Model
from core.catalog.overrides import Override
from core.errors import TokenQuoteError
from gui.catalog.custom_model_dialog import CustomModelDialog, is_custom
from gui.catalog.layers_panel import LayersPanel
from gui.catalog.models import MODEL
from gui.catalog.overrides_panel import OverridesPanel
from gui.catalog.price_history_panel import PriceHistoryPanel
from gui.catalog.source import CatalogSource
from gui.catalog.tree_panel import CatalogTreePanel
from gui.texts.messages import error_text
from gui.texts.numbers import format_decimal
from gui.texts.provenance import layer_text
from gui.widgets.style import banner_style


class CatalogWindow(QMainWindow):
    """Parameters: ``source`` (the app's catalog and its undo stack), ``currencies`` (a callable giving the
    currency codes the project's exchange rates know, for new models), ``import_action`` (File › Import price
    list…, shown in this window's tool bar too)."""

    def __init__(self, source: CatalogSource, currencies=None, import_action: QAction | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("catalogWindow")
        self.setWindowTitle(self.tr("Catalog — TokenQuote"))
        self.source = source
        self._currencies = currencies or (lambda: [])
        self.dialog = None          # the add/edit dialog now open (tests fill it in)

        self._make_actions(import_action)
        self.tree_panel = CatalogTreePanel(self)
        self.history_panel = PriceHistoryPanel(self)
        self.layers_panel = LayersPanel(source, self)
        self.overrides_panel = OverridesPanel(source, self)
        self.banner = QLabel(self)
        self.banner.setObjectName("catalogProblem")
        self.banner.setStyleSheet(banner_style())
        self.banner.setWordWrap(True)
        self.banner.hide()

        top = QSplitter(Qt.Orientation.Horizontal, self)
        top.addWidget(self.tree_panel)
        top.addWidget(self.history_panel)
        top.setStretchFactor(0, 2)
        top.setStretchFactor(1, 3)
        bottom = QSplitter(Qt.Orientation.Horizontal, self)
        bottom.addWidget(self.layers_panel)
        bottom.addWidget(self.overrides_panel)
        bottom.setStretchFactor(0, 2)
        bottom.setStretchFactor(1, 3)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(top)
        self.splitter.addWidget(bottom)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter)
        self.setCentralWidget(central)
        # Roomy where the screen allows, never taller or wider than it (780 px did not fit a 1366×768 laptop).
        room = self.screen().availableGeometry() if self.screen() is not None else None
        self.resize(min(1180, room.width() - 40) if room else 1180, min(780, room.height() - 60) if room else 780)

        tree = self.tree_panel
        tree.selection_did_change.connect(self._on_selection_did_change)
        tree.tree.addActions([self.edit_model_action, self.delete_model_action])   # their keys work from the tree
        tree.tree.doubleClicked.connect(lambda _index: self.edit_model() if self.edit_model_action.isEnabled()
                                        else None)
        layers = self.layers_panel
        layers.layer_toggled.connect(self._on_layer_toggled)
        # clicked(bool) would reach a method's first argument as False — "the layer named False", "override 0"
        # instead of the selected one: the buttons call it with no argument.
        layers.delete_layer_button.clicked.connect(lambda: self.delete_layer())
        layers.reset_button.clicked.connect(self.reset_to_bundled)
        overrides = self.overrides_panel
        overrides.overrides_table.doubleClicked.connect(lambda _index: self.edit_override())
        overrides.add_button.clicked.connect(self.add_override)
        overrides.edit_override_button.clicked.connect(lambda: self.edit_override())
        overrides.delete_override_button.clicked.connect(lambda: self.delete_override())
        source.catalog_did_change.connect(self._on_catalog_did_change)
        source.problem_did_change.connect(self._on_problem)
        source.stale_days_did_change.connect(self._on_stale_days)
        source.undo_stack.indexChanged.connect(self._update_actions)
        self._fill_all()
        self._on_problem(source.problem)

    # -- building ---------------------------------------------------------------------------------------

    def _make_actions(self, import_action: QAction | None) -> None:
        stack = self.source.undo_stack
        self.undo_action = stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.undo_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.undo_action.setIconText(self.tr("Undo"))
        self.redo_action = stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Redo))
        self.redo_action.setIconText(self.tr("Redo"))
        self.add_model_action = QAction(self.tr("Add model…"), self)
        self.add_model_action.setStatusTip(self.tr("Add a model of your own, with its price"))
        self.add_model_action.triggered.connect(self.add_model)
        self.edit_model_action = QAction(self.tr("Edit model…"), self)
        self.edit_model_action.setStatusTip(self.tr("Edit a model you added, or give it a new dated price"))
        self.edit_model_action.triggered.connect(self.edit_model)
        self.delete_model_action = QAction(self.tr("Delete model"), self)
        self.delete_model_action.setStatusTip(self.tr("Delete a model you added"))
        self.delete_model_action.triggered.connect(self.delete_model)
        self.negotiate_action = QAction(self.tr("Negotiated price or discount…"), self)
        self.negotiate_action.setStatusTip(self.tr("Enter a discount % for a vendor or model, or a negotiated "
                                                   "price for a model"))
        self.negotiate_action.triggered.connect(self.add_override)
        self.reset_action = QAction(self.tr("Reset to bundled…"), self)
        self.reset_action.setStatusTip(self.tr("Move your imports, models and negotiated prices to a backup folder"))
        self.reset_action.triggered.connect(self.reset_to_bundled)
        self.close_action = QAction(self.tr("Close"), self)
        self.close_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Close))
        self.close_action.triggered.connect(self.close)
        self.addAction(self.close_action)
        bar = self.addToolBar(self.tr("Catalog"))
        bar.setObjectName("catalogToolbar")
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        bar.addAction(self.undo_action)
        bar.addAction(self.redo_action)
        bar.addSeparator()
        for action in (self.add_model_action, self.edit_model_action, self.delete_model_action):
            bar.addAction(action)
        bar.addSeparator()
        bar.addAction(self.negotiate_action)
        bar.addSeparator()
        if import_action is not None:
            bar.addAction(import_action)
        bar.addAction(self.reset_action)
        self.toolbar = bar
        # Tool buttons are not in the Tab order: the same actions in a menu (Alt+M, Alt+E) and on keys, so the
        # catalog's own models and negotiated prices can be kept without a mouse.
        self.add_model_action.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
        # F2 and Delete act on the tree's model, so only while the tree has the focus (Delete in the negotiated
        # prices' table asked to delete the tree's model, not the row there).
        for action, key in ((self.edit_model_action, QKeySequence(Qt.Key.Key_F2)),
                            (self.delete_model_action, QKeySequence(QKeySequence.StandardKey.Delete))):
            action.setShortcut(key)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)   # the tree: see __init__
        menu = self.menuBar().addMenu(self.tr("&Models"))
        for action in (self.add_model_action, self.edit_model_action, self.delete_model_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.negotiate_action)
        if import_action is not None:
            menu.addAction(import_action)
        menu.addAction(self.reset_action)
        menu.addSeparator()
        menu.addAction(self.close_action)
        edit = self.menuBar().addMenu(self.tr("&Edit"))
        edit.addAction(self.undo_action)
        edit.addAction(self.redo_action)

    # -- filling ----------------------------------------------------------------------------------------

    @property
    def catalog(self) -> Catalog:
        return self.source.catalog

    def _fill_all(self) -> None:
        self.tree_panel.fill(self.catalog)
        self.layers_panel.fill()
        self.overrides_panel.fill()
        self._show_selected()
        self._update_actions()

    # -- selection and details --------------------------------------------------------------------------

    def _on_selection_did_change(self) -> None:
        self._show_selected()
        self._update_actions()

    def selected_model(self) -> Model | None:
        selected = self.tree_panel.selected
        if selected and selected[0] == MODEL:
            return self.catalog.models.get(selected[1])
        return None

    def selected_target(self) -> str | None:
        """The id of the selected vendor or model."""
        selected = self.tree_panel.selected
        return selected[1] if selected else None

    def _show_selected(self) -> None:
        model = self.selected_model()
        selected = self.tree_panel.selected
        vendor = self.catalog.vendors.get(selected[1]) if model is None and selected else None
        self.history_panel.show_model(model, self.source.stale_days, vendor)

    def _update_actions(self, *_args) -> None:
        model = self.selected_model()
        custom = model is not None and is_custom(model)
        self.edit_model_action.setEnabled(custom)
        self.delete_model_action.setEnabled(custom)
        self.layers_panel.update_buttons()
        self.overrides_panel.update_buttons()

    # -- source → view ----------------------------------------------------------------------------------

    def _on_catalog_did_change(self, _catalog: Catalog) -> None:
        self._fill_all()

    def _on_problem(self, problem: str) -> None:
        if problem:
            self.banner.setText(self.tr("Your catalog layers could not be read, so the bundled catalog is used: {0}. "
                                        "Fix or delete that file, or turn its layer off.").format(problem))
        self.banner.setVisible(bool(problem))

    def _on_stale_days(self, days: int) -> None:
        self.layers_panel.show_stale_days(days)
        self.history_panel.set_stale_days(days)

    # -- changes ----------------------------------------------------------------------------------------

    def _change(self, text: str, apply) -> bool:
        """Make one undoable catalog change; a refusal is shown and nothing is kept."""
        try:
            self.source.change(text, apply)
        except TokenQuoteError as exc:
            QMessageBox.warning(self, self.tr("The catalog was not changed"), error_text(exc))
            return False
        return True

    def _on_layer_toggled(self, name: str, enabled: bool) -> None:
        label = layer_text(name) if name in (BUNDLED_LAYER, NEGOTIATED_LAYER) else name
        text = (self.tr("Turn on {0}") if enabled else self.tr("Turn off {0}")).format(label)
        if not self._change(text, lambda user: user.set_layer_enabled(name, enabled)):
            self.layers_panel.fill()

    def delete_layer(self, name: str | None = None) -> bool:
        if name is None:
            name = self.layers_panel.current_layer()
        if name in (None, BUNDLED_LAYER, NEGOTIATED_LAYER):
            return False
        answer = QMessageBox.question(
            self, self.tr("Delete layer"), self.tr("Delete the layer “{0}” and its prices? Undo brings it back.")
            .format(name), QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return False

        def apply(user):
            user.delete_import(name)
            if name in user.disabled_layers():
                user.set_layer_enabled(name, True)   # forget the switch of a layer that is gone
        return self._change(self.tr("Delete layer {0}").format(name), apply)

    def reset_to_bundled(self) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Reset to bundled"),
            self.tr("Use only the bundled catalog? Your imported price lists, your models and your negotiated prices "
                    "are moved to a backup folder (nothing is deleted), and Undo brings them back."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        moved = []
        if not self._change(self.tr("Reset to bundled"), lambda user: moved.append(user.reset_to_bundled())):
            return False
        backup = moved[0] if moved else None
        if backup is not None:
            self.last_backup = backup
            QMessageBox.information(self, self.tr("Reset to bundled"),
                                    self.tr("The bundled catalog is used again. Your catalog files were moved to:\n"
                                            "{0}").format(str(backup)))
        return True

    # -- models -----------------------------------------------------------------------------------------

    def add_model(self) -> CustomModelDialog:
        selected = self.tree_panel.selected
        vendor_id = selected[1].split("/", 1)[0] if selected else None
        dialog = CustomModelDialog(self.catalog, None, self._currencies(), self, vendor_id=vendor_id)
        return self._open_model_dialog(dialog)

    def edit_model(self) -> CustomModelDialog | None:
        model = self.selected_model()
        if model is None or not is_custom(model):
            return None
        return self._open_model_dialog(CustomModelDialog(self.catalog, model, self._currencies(), self))

    def _open_model_dialog(self, dialog: CustomModelDialog) -> CustomModelDialog:
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._save_model(dialog))
        dialog.finished.connect(lambda _code: self._forget_dialog(dialog))
        dialog.open()
        return dialog

    def _forget_dialog(self, dialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _save_model(self, dialog: CustomModelDialog) -> None:
        vendor, model = dialog.result_vendor, dialog.result_model
        text = (self.tr("Edit model {0}") if dialog.editing else self.tr("Add model {0}")).format(model.name)
        if self._change(text, lambda user: user.save_custom_model(vendor, model)):
            self.tree_panel.selected = (MODEL, model.id)
            self.tree_panel.select(model.id)

    def delete_model(self) -> bool:
        model = self.selected_model()
        if model is None or not is_custom(model):
            return False
        answer = QMessageBox.question(
            self, self.tr("Delete model"), self.tr("Delete your model “{0}” ({1})? Undo brings it back.").format(
                model.name, model.id), QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        vendor_id = model.vendor_id
        return self._change(self.tr("Delete model {0}").format(model.name),
                            lambda user: user.delete_custom_model(vendor_id, model.id))

    # -- overrides --------------------------------------------------------------------------------------

    def add_override(self):
        from gui.catalog.override_dialog import OverrideDialog
        dialog = OverrideDialog(self.catalog, None, self.selected_target(), self)
        return self._open_override_dialog(dialog, None)

    def edit_override(self, position: int | None = None):
        from gui.catalog.override_dialog import OverrideDialog
        shown = self.overrides_panel.overrides
        position = self.overrides_panel.selected_position() if position is None else position
        if position is None or position >= len(shown):
            return None
        dialog = OverrideDialog(self.catalog, shown[position], None, self)
        return self._open_override_dialog(dialog, position)

    def _open_override_dialog(self, dialog, position: int | None):
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._save_override(dialog.result_override, position))
        dialog.finished.connect(lambda _code: self._forget_dialog(dialog))
        dialog.open()
        return dialog

    def _save_override(self, override: Override, position: int | None) -> None:
        target = self.catalog.models.get(override.target) or self.catalog.vendors.get(override.target)
        name = target.name if target is not None else override.target
        if override.discount_pct is not None:
            text = self.tr("{0}% off {1}").format(format_decimal(override.discount_pct.normalize()), name)
        else:
            text = self.tr("Negotiated price for {0}").format(name)

        def apply(user):
            overrides = user.overrides()
            if position is None:
                overrides.append(override)
            else:
                overrides[position] = override
            user.save_overrides(overrides)
            if NEGOTIATED_LAYER in user.disabled_layers():
                user.set_layer_enabled(NEGOTIATED_LAYER, True)   # what was just entered must show
        self._change(text, apply)

    def delete_override(self, position: int | None = None) -> bool:
        shown = self.overrides_panel.overrides
        position = self.overrides_panel.selected_position() if position is None else position
        if position is None or position >= len(shown):
            return False
        removed = shown[position]

        def apply(user):
            overrides = user.overrides()
            del overrides[position]
            user.save_overrides(overrides)
        target = self.catalog.models.get(removed.target) or self.catalog.vendors.get(removed.target)
        return self._change(self.tr("Delete negotiated price for {0}").format(
            target.name if target is not None else removed.target), apply)

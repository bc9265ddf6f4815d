"""``LayersPanel``: the catalog window's layers (bundled, each import, negotiated) to tick on and off, the
buttons to delete one or reset to bundled, how old a price may be before it is stale, and the user's folder."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.catalog.model import BUNDLED_LAYER, NEGOTIATED_LAYER
from core.errors import TokenQuoteError
from gui.catalog.source import CatalogSource
from gui.texts.provenance import layer_tip
from gui.widgets.spin_boxes import SpinBox, count_days

LAYER_ROLE = int(Qt.ItemDataRole.UserRole) + 3


class LayersPanel(QGroupBox):
    """Parameters: ``source``, the app's catalog (its user layers and stale limit). Ticking a layer emits
    ``layer_toggled(name, enabled)``; the window makes the change. The stale limit goes to ``source`` at once."""

    layer_toggled = Signal(str, bool)

    def __init__(self, source: CatalogSource, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Layers (ticked layers are used, later ones over earlier ones)"))
        self.source = source
        self.layers_list = QListWidget(self)
        self.layers_list.setObjectName("layersList")
        self.layers_list.itemChanged.connect(self._on_layer_item_changed)
        self.layers_list.currentItemChanged.connect(lambda *_: self.update_buttons())
        self.delete_layer_button = QPushButton(self.tr("Delete layer…"), self)
        self.delete_layer_button.setToolTip(self.tr("Delete the chosen imported price list or custom models file"))
        self.reset_button = QPushButton(self.tr("Reset to bundled…"), self)
        self.stale_spin = SpinBox(self)
        self.stale_spin.setObjectName("staleDays")
        self.stale_spin.setRange(0, 3650)
        count_days(self.stale_spin)
        self.stale_spin.setValue(source.stale_days)
        self.stale_spin.setToolTip(self.tr("A price last checked longer ago than this is marked stale in the "
                                           "comparison's Source column"))
        self.stale_spin.valueChanged.connect(source.set_stale_days)
        buttons = QHBoxLayout()
        buttons.addWidget(self.delete_layer_button)
        buttons.addWidget(self.reset_button)
        buttons.addStretch(1)
        stale_row = QHBoxLayout()
        stale_label = QLabel(self.tr("Mark prices as stale when last checked more than"), self)
        stale_label.setBuddy(self.stale_spin)
        stale_row.addWidget(stale_label)
        stale_row.addWidget(self.stale_spin)
        stale_row.addStretch(1)
        self.folder_label = QLabel(self)
        self.folder_label.setObjectName("catalogFolder")
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.layers_list)
        layout.addLayout(buttons)
        layout.addLayout(stale_row)
        layout.addWidget(self.folder_label)

    def fill(self) -> None:
        """List the layers in their order, each ticked or not, with how many models it prices."""
        user = self.source.user
        self.layers_list.blockSignals(True)
        self.layers_list.clear()
        try:
            names = user.layer_names()
        except TokenQuoteError:
            names = [BUNDLED_LAYER] + [p.name for p in user.import_files()] + [NEGOTIATED_LAYER]
        try:
            disabled = user.disabled_layers()
        except TokenQuoteError:
            disabled = set()
        counts: dict[str, int] = {}
        for model in self.source.catalog:
            for layer in {p.layer for p in model.prices}:
                key = NEGOTIATED_LAYER if layer.startswith(NEGOTIATED_LAYER) else layer
                counts[key] = counts.get(key, 0) + 1
        for name in names:
            if name == BUNDLED_LAYER:
                label = self.tr("Bundled catalog")
            elif name == NEGOTIATED_LAYER:
                label = self.tr("Negotiated prices and discounts")
            else:
                label = name
            if name not in disabled:
                label = self.tr("{0} — %n model(s)", "", counts.get(name, 0)).format(label)
            item = QListWidgetItem(label)
            item.setData(LAYER_ROLE, name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked if name in disabled else Qt.CheckState.Checked)
            path = user.imports_dir / name
            item.setToolTip(str(path) if path.exists() else layer_tip(name))
            self.layers_list.addItem(item)
        self.layers_list.blockSignals(False)
        self.folder_label.setText(self.tr("Your catalog files: {0}").format(str(user.root)))

    def current_layer(self) -> str | None:
        """The name of the layer chosen in the list (None when none is)."""
        item = self.layers_list.currentItem()
        return item.data(LAYER_ROLE) if item is not None else None

    def update_buttons(self) -> None:
        self.delete_layer_button.setEnabled(self.current_layer() not in (None, BUNDLED_LAYER, NEGOTIATED_LAYER))

    def show_stale_days(self, days: int) -> None:
        """Show a stale limit set elsewhere (an undo), without setting it again."""
        if self.stale_spin.value() != days:
            self.stale_spin.blockSignals(True)
            self.stale_spin.setValue(days)
            self.stale_spin.blockSignals(False)

    def set_layer_enabled(self, name: str, enabled: bool) -> bool:
        """Tick or untick a layer as the user would (for tests and scripting)."""
        for row in range(self.layers_list.count()):
            item = self.layers_list.item(row)
            if item.data(LAYER_ROLE) == name:
                item.setCheckState(Qt.CheckState.Checked if enabled else Qt.CheckState.Unchecked)
                return True
        return False

    def layer_names(self) -> list[str]:
        return [self.layers_list.item(r).data(LAYER_ROLE) for r in range(self.layers_list.count())]

    def _on_layer_item_changed(self, item: QListWidgetItem) -> None:
        self.layer_toggled.emit(item.data(LAYER_ROLE), item.checkState() == Qt.CheckState.Checked)

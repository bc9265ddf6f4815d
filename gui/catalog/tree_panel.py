"""``CatalogTreePanel``: the catalog window's vendors and models in a tree, with the filter above it."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QTreeView, QVBoxLayout, QWidget

from core.catalog.model import Catalog
from gui.catalog.models import ID_ROLE, KIND_ROLE, CatalogTreeModel


class CatalogTreePanel(QWidget):
    """The filter and the tree. ``selected`` is the (kind, id) last chosen in it (None before one is), kept while
    the tree is refilled; ``selection_did_change`` says the user (or :meth:`select`) chose another item."""

    selection_did_change = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.selected: tuple[str, str] | None = None
        self._filling = False
        self.tree_model = CatalogTreeModel(self)
        self.tree_proxy = QSortFilterProxyModel(self)
        self.tree_proxy.setSourceModel(self.tree_model)
        self.tree_proxy.setRecursiveFilteringEnabled(True)
        self.tree_proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.tree_proxy.setFilterKeyColumn(-1)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("catalogFilter")
        self.filter_edit.setPlaceholderText(self.tr("Filter vendors and models, e.g. gpt, deepseek, 豆包"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._on_filter)
        self.tree = QTreeView(self)
        self.tree.setObjectName("catalogTree")
        self.tree.setModel(self.tree_proxy)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.selectionModel().currentChanged.connect(self._on_current_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.tree)

    def fill(self, catalog: Catalog) -> None:
        """Show ``catalog``, with the item selected before selected again if it is still there."""
        selected = self.selected
        self._filling = True
        self.tree_model.set_catalog(catalog)
        self.tree.setColumnWidth(0, 230)
        self.tree.setColumnWidth(1, 200)
        self.tree.setColumnWidth(2, 60)
        self.tree.setColumnWidth(3, 130)
        self._filling = False
        if selected is not None:
            self.select(selected[1])

    def select(self, item_id: str) -> bool:
        """Select a vendor or model by id in the tree (clearing the filter if it hides it)."""
        source = self.tree_model.index_of(item_id)
        if not source.isValid():
            return False
        index = self.tree_proxy.mapFromSource(source)
        if not index.isValid():
            self.filter_edit.clear()
            index = self.tree_proxy.mapFromSource(source)
        self.tree.setCurrentIndex(index)
        self.tree.selectionModel().select(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                          | QItemSelectionModel.SelectionFlag.Rows)
        self.tree.scrollTo(index)
        return True

    def _on_filter(self, text: str) -> None:
        self.tree_proxy.setFilterFixedString(text.strip())
        if text.strip():
            self.tree.expandAll()

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._filling:
            return
        first = current.siblingAtColumn(0)
        if first.isValid():
            self.selected = (first.data(KIND_ROLE), first.data(ID_ROLE))
        else:
            self.selected = None
        self.selection_did_change.emit()

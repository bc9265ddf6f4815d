"""``ComparisonModel``: a thin ``QAbstractTableModel`` over ``core.engine.Comparison.rows`` (or, with one workload
chosen, that workload's rows and ranks: ``Comparison.by_workload``) and the project's priced plans beside them
(:mod:`gui.comparison.special_rows`); the view sorts and filters it through
:class:`~gui.comparison.filter_proxy.ComparisonFilter`.

Nothing here prices anything: every figure shown is a field of an engine row, formatted for display.
"""

from __future__ import annotations

from datetime import date
from typing import Callable, Iterable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QFont

from core.catalog.model import BUNDLED_LAYER, STALE_AFTER_DAYS, Catalog
from core.pricing.engine import Comparison, ComparisonRow
from gui.comparison import grey_rows, headers, special_rows
from gui.comparison.cell_formats import format_context, short_vendor_name, sort_keys
from gui.comparison.columns import (
    CHEAPEST_MARK,
    COL_ANNUAL,
    COL_CHOSEN,
    COL_DIFF,
    COL_MONTHLY,
    COL_RANK,
    COL_SOURCE,
    COLUMN_COUNT,
    NUMERIC_COLUMNS,
    ROW_ROLE,
    SORT_ROLE,
)
from gui.comparison.workload_chooser import followed_workload
from gui.texts.i18n import is_chinese
from gui.texts.messages import note_text
from gui.texts.numbers import format_money, format_price
from gui.texts.provenance import layer_text, point_is_stale
from gui.widgets.style import cheapest_color, hint_color, warning_color

_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
_CENTER = int(Qt.AlignmentFlag.AlignCenter)
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_CHECK = int(Qt.ItemDataRole.CheckStateRole)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_DECORATION = int(Qt.ItemDataRole.DecorationRole)


class ComparisonModel(QAbstractTableModel):
    """One row per compared model, in the engine's order; the view sorts through :class:`ComparisonFilter`.

    Ticking the first column does not change the model: it emits ``choice_toggled(model_id, chosen)`` and the
    window records the choice as an undoable edit, then calls :meth:`set_chosen`.
    """

    choice_toggled = Signal(str, bool)
    plan_quoted_toggled = Signal(str, bool)   # a plan row's tick: (plan name, quoted)
    workloads_did_change = Signal(list)       # the workload names the chooser offers

    def __init__(self, catalog: Catalog | None = None, parent=None):
        super().__init__(parent)
        self._ids: list[str] = []
        self._set_rows([], frozenset(), "USD")
        self._vendor_zh: dict[str, str] = {}
        self._chinese = is_chinese()
        self._stale_days = STALE_AFTER_DAYS  # the catalog window's "stale after" (set_stale_days)
        self._today = date.today()
        self.as_of = self._today        # the comparison's as-of date
        self._stale_icon = None         # built on first use (a QStyle icon needs the application)
        # Colours from the palette in force (gui.widgets.style); brushes as (color, style): QBrush(color) alone
        # makes Qt for Python build QImage and QGradient (~2.5 ms at start-up).
        self._stale_brush = QBrush(warning_color(), Qt.BrushStyle.SolidPattern)
        self._bold = QFont()
        self._bold.setBold(True)
        self._plan_styles = None        # the plan rows' fonts and colours, made with the first plan row
        cheapest = cheapest_color()
        cheapest.setAlpha(70)
        self._cheapest_brush = QBrush(cheapest, Qt.BrushStyle.SolidPattern)
        self._muted_brush = QBrush(hint_color(), Qt.BrushStyle.SolidPattern)
        self._comparison: Comparison | None = None
        self._plans: tuple = ()
        self._quoted: frozenset[str] = frozenset()    # the row keys of the plans in the quote
        self._workload: str | None = None             # the one workload shown, or None: all together
        self._workload_names: list[str] = []
        # (model id, workload or None) → why it lost each plan's cheapest slots (set by the plans' actions)
        self.plan_notes: Callable[[str, str | None], list[str]] | None = None
        if catalog is not None:
            self.set_catalog(catalog)

    # -- feeding ----------------------------------------------------------------------------------------

    def set_catalog(self, catalog: Catalog) -> None:
        self._vendor_zh = {v.id: v.name_zh for v in catalog.vendors.values() if v.name_zh}

    def set_comparison(self, comparison: Comparison, chosen: Iterable[str] = (), plans=()) -> None:
        """Show ``comparison`` and the priced ``plans`` beside its models. When the same models are priced again
        (the user typed a figure) the rows are updated in place, so the view keeps its selection and scroll
        position; otherwise the model resets."""
        self._comparison, self._plans = comparison, tuple(plans)
        self._follow_workloads(comparison)
        base = comparison.by_workload.get(self._workload, comparison.rows) if self._workload else comparison.rows
        rows = list(base) + special_rows.rows(comparison, self._plans, self._workload)
        self._quoted = frozenset(r.model_id for r in rows if special_rows.is_plan(r) and r.quoted)
        chosen = frozenset(chosen)
        currency_changed = comparison.currency != self._currency
        self.as_of = comparison.as_of
        if len(rows) == len(self._ids) and rows and {r.model_id for r in rows} == set(self._ids):
            by_id = {r.model_id: r for r in rows}
            self._set_rows([by_id[i] for i in self._ids], chosen, comparison.currency)
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, COLUMN_COUNT - 1))
        else:
            self.beginResetModel()
            self._set_rows(list(rows), chosen, comparison.currency)
            self._ids = [r.model_id for r in rows]
            self.endResetModel()
        if currency_changed:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, COL_MONTHLY, COL_DIFF)

    def _follow_workloads(self, comparison: Comparison) -> None:
        names = [w.name for w in comparison.workloads]
        if names != self._workload_names:
            self._workload = followed_workload(names, self._workload_names, self._workload)
            self._workload_names = names
            self.workloads_did_change.emit(names)

    @property
    def workload(self) -> str | None:
        """The one workload whose rows and ranks are shown, or None: every workload together."""
        return self._workload

    def set_workload(self, name: str | None) -> None:
        if name != self._workload and (name is None or name in self._workload_names):
            self._workload = name
            if self._comparison is not None:
                self.set_comparison(self._comparison, self._chosen, self._plans)
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, COL_MONTHLY, COL_ANNUAL)

    def _set_rows(self, rows: list[ComparisonRow], chosen: frozenset[str], currency: str) -> None:
        self._rows = rows
        self._chosen = chosen
        self._currency = currency
        self._texts: list[tuple | None] = [None] * len(rows)
        self._keys: list[tuple | None] = [None] * len(rows)

    def set_chosen(self, chosen: Iterable[str]) -> None:
        chosen = frozenset(chosen)
        if chosen == self._chosen:
            return
        changed = chosen ^ self._chosen
        self._chosen = chosen
        for position, model_id in enumerate(self._ids):
            if model_id in changed:
                self._keys[position] = None
                index = self.index(position, COL_CHOSEN)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole, SORT_ROLE])

    @property
    def currency(self) -> str:
        """The display currency of the rows shown."""
        return self._currency

    def row_at(self, position: int) -> ComparisonRow:
        return self._rows[position]

    def is_chosen(self, model_id: str) -> bool:
        """A model ticked for the quote, or a plan row's plan in the quote."""
        return model_id in self._chosen or model_id in self._quoted

    def search_text(self, row: ComparisonRow) -> str:
        """What the free-text filter looks in: names and ids, and the vendor's Chinese name."""
        return f"{row.name}\n{row.model_id}\n{row.vendor_name}\n{self._vendor_zh.get(row.vendor_id, '')}".casefold()

    def position_of(self, model_id: str) -> int:
        return self._ids.index(model_id)

    # -- Qt model API -----------------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else COLUMN_COUNT

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        if index.column() == COL_CHOSEN:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return headers.text(section, self._currency)
        if role == Qt.ItemDataRole.ToolTipRole:
            return headers.tip(section, self._workload)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if section in NUMERIC_COLUMNS and section != COL_RANK else _LEFT
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY):
        # Called for every role of every painted cell and by every sort comparison: plain int roles and
        # per-row caches keep it cheap (the display texts of a row are formatted once per comparison).
        position = index.row()
        if not 0 <= position < len(self._rows) or not index.isValid():
            return None
        column = index.column()
        if role == _DISPLAY:
            texts = self._texts[position]
            if texts is None:
                row = self._rows[position]
                texts = self._texts[position] = self._row_texts(row) if type(row) is ComparisonRow \
                    else special_rows.texts(row, self.vendor_text)
            return texts[column]
        if role == SORT_ROLE:
            keys = self._keys[position]
            if keys is None:
                row = self._rows[position]
                chosen = row.model_id in self._chosen
                keys = self._keys[position] = sort_keys(row, chosen) if type(row) is ComparisonRow \
                    else special_rows.sort_keys(row, chosen)
            return keys[column]
        row = self._rows[position]
        if type(row) is not ComparisonRow:   # a plan's, or a chosen model's without a price
            return special_rows.cell(row, column, role, row.model_id in self._chosen, self._muted_brush,
                                     self._styles_of_plans)
        if role == _CHECK:
            if column == COL_CHOSEN:
                return Qt.CheckState.Checked if row.model_id in self._chosen else Qt.CheckState.Unchecked
            return None
        if role == _ALIGN:
            if column == COL_RANK:
                return _CENTER
            return _RIGHT if column in NUMERIC_COLUMNS else _LEFT
        if role == _FONT:
            return self._bold if row.rank == 1 else None
        if role == _BACKGROUND:
            return self._cheapest_brush if row.rank == 1 else None
        if role == _FOREGROUND:
            if column == COL_SOURCE and self.is_stale(row):
                return self._stale_brush
            return self._muted_brush if grey_rows.reason(row) else None
        if role == _TOOLTIP:
            return self._tooltip(row, column)
        if role == _DECORATION:
            return self._stale_mark() if column == COL_SOURCE and self.is_stale(row) else None
        if role == ROW_ROLE:
            return row
        return None

    def setData(self, index: QModelIndex | QPersistentModelIndex, value,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != COL_CHOSEN or role != Qt.ItemDataRole.CheckStateRole:
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
        row = self._rows[index.row()]
        if checked == self.is_chosen(row.model_id):
            return False
        if special_rows.is_plan(row):
            self.plan_quoted_toggled.emit(row.name, checked)
        else:
            self.choice_toggled.emit(row.model_id, checked)
        return True

    # -- cells ------------------------------------------------------------------------------------------

    def _row_texts(self, row: ComparisonRow) -> tuple:
        currency = self._currency
        mark = grey_rows.mark(row)
        if row.rank is None:
            rank = mark or "—"
        else:
            rank = f"{CHEAPEST_MARK} {row.rank}" if row.rank == 1 else str(row.rank)
            rank = f"{mark} {rank}" if mark else rank
        if row.diff_to_cheapest is None:
            diff = self.tr("free") if row.point.is_free and row.rankable else "—"
        elif not row.diff_to_cheapest:
            diff = self.tr("cheapest")
        else:
            diff = "+" + format_money(row.diff_to_cheapest, currency)
        price = self.tr("{0} {1}")
        return (
            None,
            rank,
            self.vendor_text(row),
            row.name,
            format_context(row.context_window),
            price.format(format_price(row.input_price_per_1m), row.price_currency),
            price.format(format_price(row.output_price_per_1m), row.price_currency),
            format_money(row.monthly_cost, currency),
            format_money(row.annual_cost, currency),
            diff,
            self.source_text(row),
        )

    def _styles_of_plans(self):
        if self._plan_styles is None:
            from gui.comparison.plan_rows import PlanStyles
            self._plan_styles = PlanStyles.make(self._bold)
        return self._plan_styles

    def _tooltip(self, row: ComparisonRow, column: int) -> str:
        from gui.comparison import row_tooltips  # loaded with the first tooltip, not at start-up
        return row_tooltips.tooltip(self, row, column)

    def note_text(self, note: str) -> str:
        """The engine's note codes in the interface's words (gui.messages.NOTE_TEXTS)."""
        return note_text(note)

    def vendor_zh(self, vendor_id: str) -> str | None:
        """The vendor's Chinese name where the catalog has one."""
        return self._vendor_zh.get(vendor_id)

    def vendor_text(self, row: ComparisonRow) -> str:
        """The vendor as the table shows it: in Chinese its Chinese name (字节跳动), else as published."""
        if self._chinese and row.vendor_id in self._vendor_zh:
            return short_vendor_name(self._vendor_zh[row.vendor_id])
        return row.vendor_name

    # -- provenance -------------------------------------------------------------------------------------

    def set_stale_days(self, days: int) -> None:
        """Mark prices checked more than ``days`` ago (or never) as stale."""
        self._today = date.today()
        if days != self._stale_days:
            self._stale_days = days
            if self._rows:
                self.dataChanged.emit(self.index(0, COL_SOURCE), self.index(len(self._rows) - 1, COL_SOURCE))

    @property
    def today(self) -> date:
        return self._today

    @property
    def stale_days(self) -> int:
        return self._stale_days

    def is_stale(self, row: ComparisonRow) -> bool:
        return row.point is not None and point_is_stale(row.point, self._today, self._stale_days)

    def source_text(self, row: ComparisonRow) -> str:
        """The Source cell: the price's layer and its checked date ("negotiated · 2026-11-01"); a price of the
        bundled catalog, the usual case, shows its date alone (narrow: the tooltip names the layer)."""
        point = row.point
        layer = layer_text(point.layer)
        if point.layer == BUNDLED_LAYER:
            return point.checked.isoformat() if point.checked else layer
        return self.tr("{0} · {1}").format(layer, point.checked.isoformat()) if point.checked else layer

    def _stale_mark(self):
        if self._stale_icon is None:
            from PySide6.QtWidgets import QApplication, QStyle
            self._stale_icon = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        return self._stale_icon

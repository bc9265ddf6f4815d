"""``OverrideDialog``: enter what you negotiated — a discount % on a vendor or a model, or a negotiated price per 1M
for a model — with the dates it applies and a note. Fields are checked as typed (``ParsedField``); on OK the
override is built by ``core.overrides.Override``, whose checks (a price only for one model, dates in order) are
shown at the field they concern."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QRadioButton,
    QWidget,
)

from core.catalog.model import Catalog, Prices
from core.catalog.overrides import Override, apply_overrides
from core.errors import InputError, TokenQuoteError
from core.money import HUNDRED, to_decimal
from gui.catalog.price_form import frame_form, parse_optional_price, parse_price
from gui.texts.i18n import vendor_name
from gui.texts.messages import error_text
from gui.texts.numbers import decimal_point, edit_text
from gui.widgets.date_field import DateField
from gui.widgets.fields import ParsedField


class TargetsModel(QAbstractListModel):
    """What an override can apply to: every vendor, then every model (display text; the id as UserRole). A model
    rather than one ``addItem`` per entry: a catalog can hold thousands of models."""

    def __init__(self, catalog: Catalog, parent=None):
        super().__init__(parent)
        vendors = sorted(catalog.vendors.values(), key=lambda v: vendor_name(v).casefold())
        self.entries = [(self.tr("Vendor: {0} ({1})").format(vendor_name(v), v.id), v.id) for v in vendors]
        self.entries += [(self.tr("Model: {0} ({1})").format(m.name, m.id), m.id)
                         for m in sorted(catalog, key=lambda m: m.id)]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.entries)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.entries):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self.entries[index.row()][0]
        if role == Qt.ItemDataRole.UserRole:
            return self.entries[index.row()][1]
        return None


class OverrideDialog(QDialog):
    """Parameters: ``catalog`` (the targets to choose from), ``override`` (one to edit, or None), ``target`` (a
    vendor or model id to start with). After OK, :attr:`result_override` holds the new override."""

    def __init__(self, catalog: Catalog, override: Override | None = None, target: str | None = None,
                 parent: QWidget | None = None, today: date | None = None):
        super().__init__(parent)
        self.setObjectName("overrideDialog")
        self.setWindowTitle(self.tr("Edit negotiated price") if override else self.tr("Negotiated price or discount"))
        self.catalog = catalog
        self.result_override: Override | None = None
        today = today or date.today()

        self.target_combo = QComboBox(self)
        self.target_combo.setObjectName("overrideTarget")
        self.target_combo.setEditable(True)
        self.target_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.targets = TargetsModel(catalog, self)
        self.target_combo.setModel(self.targets)
        completer = self.target_combo.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.discount_radio = QRadioButton(self.tr("Discount on the list price"), self)
        self.discount_radio.setObjectName("discountKind")
        self.price_radio = QRadioButton(self.tr("Negotiated price per 1M (one model)"), self)
        self.price_radio.setObjectName("priceKind")
        self.kind_group = QButtonGroup(self)
        self.kind_group.addButton(self.discount_radio)
        self.kind_group.addButton(self.price_radio)
        self.discount_radio.setChecked(True)
        self.discount_field = ParsedField(self._parse_discount, str, None, self)
        self.discount_field.setObjectName("discountPct")
        self.discount_field.line_edit.setPlaceholderText(self.tr("e.g. 20 (for 20% off)"))
        self.input_field = ParsedField(lambda t: parse_price(t, self.tr("input price")), str, None, self)
        self.input_field.setObjectName("negotiatedInput")
        self.output_field = ParsedField(lambda t: parse_price(t, self.tr("output price")), str, None, self)
        self.output_field.setObjectName("negotiatedOutput")
        self.cached_field = ParsedField(self._parse_cached, str, None, self)
        self.cached_field.setObjectName("negotiatedCached")
        self.cached_field.line_edit.setPlaceholderText(self.tr("optional"))
        self.start_edit = DateField(self.tr("from"), self, today)
        self.start_edit.setObjectName("overrideFrom")
        self.until_check = QCheckBox(self.tr("until"), self)
        self.until_check.setObjectName("overrideHasEnd")
        self.end_edit = DateField(self.tr("until"), self, date(today.year + 1, today.month, min(today.day, 28)))
        self.end_edit.setObjectName("overrideTo")
        self.end_edit.setEnabled(False)
        self.until_check.toggled.connect(self.end_edit.setEnabled)
        self.note_edit = QLineEdit(self)
        self.note_edit.setObjectName("overrideNote")
        self.note_edit.setPlaceholderText(self.tr("e.g. MSA 2026, signed 2026-01-15"))

        kinds = QHBoxLayout()
        kinds.addWidget(self.discount_radio)
        kinds.addWidget(self.price_radio)
        kinds.addStretch(1)
        dates = QHBoxLayout()
        dates.addWidget(self.start_edit)
        dates.addWidget(self.until_check)
        dates.addWidget(self.end_edit)
        dates.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Applies to"), self.target_combo)
        form.addRow(self.tr("Kind"), kinds)
        form.addRow(self.tr("Discount %"), self.discount_field)
        form.addRow(self.tr("Input price per 1M"), self.input_field)
        form.addRow(self.tr("Output price per 1M"), self.output_field)
        form.addRow(self.tr("Cache-hit price per 1M"), self.cached_field)
        form.addRow(self.tr("From"), dates)
        form.addRow(self.tr("Note"), self.note_edit)
        self.form = form
        self.message, self.buttons = frame_form(self, form)

        self.discount_radio.toggled.connect(self._on_kind_changed)
        self.target_combo.currentIndexChanged.connect(self._update_ok)
        self.target_combo.editTextChanged.connect(self._update_ok)
        for field in (self.discount_field, self.input_field, self.output_field, self.cached_field):
            field.line_edit.textChanged.connect(self._update_ok)
        if override is not None:
            self._fill(override)
        elif target:
            self.set_target(target)
        self._on_kind_changed()

    # -- fields -----------------------------------------------------------------------------------------

    def set_target(self, target_id: str) -> None:
        self.target_combo.setCurrentIndex(max(0, self.target_combo.findData(target_id)))

    def target(self) -> str | None:
        """The chosen vendor or model id (None when the typed text names none)."""
        index = self.target_combo.findText(self.target_combo.currentText())
        if index < 0:
            typed = self.target_combo.currentText().strip()
            return typed if typed in self.catalog.models or typed in self.catalog.vendors else None
        return self.target_combo.itemData(index)

    def is_discount(self) -> bool:
        return self.discount_radio.isChecked()

    def _fill(self, override: Override) -> None:
        self.set_target(override.target)
        if override.discount_pct is not None:
            self.discount_radio.setChecked(True)
            self.discount_field.line_edit.setText(edit_text(override.discount_pct))
        else:
            self.price_radio.setChecked(True)
            self.input_field.line_edit.setText(edit_text(override.prices.input))
            self.output_field.line_edit.setText(edit_text(override.prices.output))
            if override.prices.cached_input is not None:
                self.cached_field.line_edit.setText(edit_text(override.prices.cached_input))
        self.start_edit.setDate(override.start)
        self.until_check.setChecked(override.end is not None)
        if override.end is not None:
            self.end_edit.setDate(override.end)
        self.note_edit.setText(override.note)

    def _price_fields(self) -> list[ParsedField]:
        return [self.input_field, self.output_field, self.cached_field]

    def _on_kind_changed(self, *_args) -> None:
        discount = self.is_discount()
        self.form.setRowVisible(self.discount_field, discount)
        for field in self._price_fields():
            self.form.setRowVisible(field, not discount)
        self._update_ok()

    def _parse_discount(self, text: str) -> Decimal:
        where = self.tr("discount %")
        raw = text.strip().rstrip("%").strip()
        if not raw:
            raise InputError(where, "empty")
        value = to_decimal(raw, where, minimum=None, decimal=decimal_point())
        if not Decimal(0) < value <= HUNDRED:
            raise InputError(where, "text", text=self.tr("{0} must be above 0 and at most 100").format(raw))
        return value

    def _parse_cached(self, text: str) -> Decimal | None:
        return parse_optional_price(text, self.tr("cache-hit price"))

    def _active_fields(self) -> list[ParsedField]:
        return [self.discount_field] if self.is_discount() else self._price_fields()

    def _valid(self) -> bool:
        if self.target() is None:
            return False
        for field in self._active_fields():
            try:
                field._parse(field.text())
            except TokenQuoteError:
                return False
        return True

    def _update_ok(self, *_args) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self._valid())

    def problems(self) -> list[str]:
        return [f.error for f in self._active_fields() if f.is_invalid()]

    # -- result -----------------------------------------------------------------------------------------

    def build(self) -> Override:
        """The override the fields describe, checked by the core (raises InputError, marked at its field)."""
        target = self.target()
        if target is None:
            raise InputError(self.tr("applies to"), "text", text=self.tr("choose a vendor or a model from the list"))
        values = [field.check() for field in self._active_fields()]
        if any(field.is_invalid() for field in self._active_fields()):
            raise InputError(self.tr("override"), "text", text=self.tr("correct the fields marked in red"))
        end = self.end_edit.day() if self.until_check.isChecked() else None
        note = self.note_edit.text().strip()
        start = self.start_edit.day()
        if self.is_discount():
            override = Override(target, start, end, discount_pct=values[0], note=note)
        else:
            override = Override(target, start, end, prices=Prices(*values), note=note)
        apply_overrides(self.catalog, [override])   # the target must exist; raises what the catalog would
        return override

    def accept(self) -> None:
        try:
            self.result_override = self.build()
        except TokenQuoteError as exc:
            if exc.where == "discount %":
                self.discount_field.mark_invalid(error_text(exc))
            self.message.setText(error_text(exc))
            self.result_override = None
            return
        self.message.clear()
        super().accept()

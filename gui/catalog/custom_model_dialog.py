"""``CustomModelDialog``: add a model of your own to the catalog, or edit one you added (a new dated price, a new
name, context window...).

Every field is checked as it is typed, by the core's own parsers, and an invalid one is marked at the field with
the reason (``ParsedField``); OK then stays disabled. On OK the model is checked once more as the catalog loader
will read it (``core.catalog.parse_vendor_document``), so nothing the loader would refuse is ever saved; a
problem it finds is shown at the field it names.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QWidget

from core.catalog.files import model_to_json, parse_vendor_document, vendor_to_json
from core.catalog.model import REGIONS, Catalog, Model, PricePoint, Prices, Vendor
from core.errors import InputError, TokenQuoteError
from core.importers.common import slug, vendor_slug
from core.money import check_currency
from core.volumes import parse_volume
from gui.catalog.price_form import frame_form, parse_optional_price, parse_price
from gui.texts.i18n import vendor_name
from gui.texts.messages import error_text, region_text
from gui.texts.numbers import decimal_point, edit_text
from gui.widgets.date_field import DateField
from gui.widgets.fields import ParsedField

NEW_VENDOR = "\x00new"   # the vendor combo's "New vendor…" entry


def custom_layer(vendor_id: str) -> str:
    """The layer (file name) core.user_catalog keeps a vendor's custom models in."""
    return f"custom-{vendor_id}.json"


def is_custom(model: Model) -> bool:
    """True when the user added this model (or a price of it) in the catalog window."""
    return any(p.layer == custom_layer(model.vendor_id) for p in model.prices)


class CustomModelDialog(QDialog):
    """Parameters: ``catalog`` (the current one: its vendors, and the ids already taken), ``model`` (a custom model
    to edit, or None for a new one), ``currencies`` (the codes the exchange rates know).

    After OK, :attr:`result_vendor` and :attr:`result_model` hold what to save."""

    def __init__(self, catalog: Catalog, model: Model | None = None, currencies: list[str] | None = None,
                 parent: QWidget | None = None, today: date | None = None, vendor_id: str | None = None):
        super().__init__(parent)
        self.setObjectName("customModelDialog")
        self.catalog = catalog
        self.editing = model
        self.today = today or date.today()
        self.currencies = sorted(set(currencies or []) | {m.currency for m in catalog})
        self.result_vendor: Vendor | None = None
        self.result_model: Model | None = None
        self.setWindowTitle(self.tr("Edit model") if model else self.tr("Add a model"))

        self.vendor_combo = QComboBox(self)
        self.vendor_combo.setObjectName("vendorChoice")
        for vendor in sorted(catalog.vendors.values(), key=lambda v: vendor_name(v).casefold()):
            self.vendor_combo.addItem(self.tr("{0} ({1})").format(vendor_name(vendor), vendor.id), vendor.id)
        self.vendor_combo.addItem(self.tr("New vendor…"), NEW_VENDOR)
        if vendor_id is not None and self.vendor_combo.findData(vendor_id) >= 0:
            self.vendor_combo.setCurrentIndex(self.vendor_combo.findData(vendor_id))
        self.vendor_id_field = self._field(self._parse_vendor_id, "vendorId")
        self.vendor_name = QLineEdit(self)
        self.vendor_name.setObjectName("vendorName")
        self.region_combo = QComboBox(self)
        for code in REGIONS:
            self.region_combo.addItem(region_text(code), code)
        self.model_id_field = self._field(self._parse_model_id, "modelId")
        self.model_id_field.line_edit.setPlaceholderText(self.tr("e.g. my-model-32k"))
        self.name_field = self._field(self._parse_name, "modelName")
        self.currency_field = self._field(self._parse_currency, "currency")
        self.currency_field.line_edit.setPlaceholderText("USD")
        self._currency_typed = False   # until the user types one, the currency follows the vendor's
        self.currency_field.line_edit.textEdited.connect(lambda _text: setattr(self, "_currency_typed", True))
        self.context_field = self._field(self._parse_context, "contextWindow")
        self.context_field.line_edit.setPlaceholderText(self.tr("required, e.g. 128K"))   # OK waits for it
        self.input_field = self._field(lambda t: parse_price(t, self.tr("input price")), "inputPrice")
        self.output_field = self._field(lambda t: parse_price(t, self.tr("output price")), "outputPrice")
        self.cached_field = self._field(self._parse_cached, "cachedPrice")
        self.cached_field.line_edit.setPlaceholderText(self.tr("optional"))
        self.start_edit = DateField(self.tr("price from"), self, self.today)
        self.start_edit.setObjectName("priceFrom")
        self.source_edit = QLineEdit(self)
        self.source_edit.setObjectName("priceSource")
        self.source_edit.setPlaceholderText(self.tr("e.g. the vendor's pricing page (https://…) or a contract"))
        self.note_edit = QLineEdit(self)
        self.note_edit.setObjectName("priceNote")

        form = QFormLayout()
        form.addRow(self.tr("Vendor"), self.vendor_combo)
        self._new_vendor_rows = [(self.tr("New vendor id"), self.vendor_id_field),
                                 (self.tr("New vendor name"), self.vendor_name),
                                 (self.tr("Region"), self.region_combo)]
        for label, widget in self._new_vendor_rows:
            form.addRow(label, widget)
        form.addRow(self.tr("Model id"), self.model_id_field)
        form.addRow(self.tr("Name"), self.name_field)
        form.addRow(self.tr("Currency"), self.currency_field)
        form.addRow(self.tr("Context window (tokens)"), self.context_field)
        form.addRow(self.tr("Input price per 1M"), self.input_field)
        form.addRow(self.tr("Output price per 1M"), self.output_field)
        form.addRow(self.tr("Cache-hit price per 1M"), self.cached_field)
        form.addRow(self.tr("Price from"), self.start_edit)
        form.addRow(self.tr("Source"), self.source_edit)
        form.addRow(self.tr("Note"), self.note_edit)
        self.form = form
        self.message, self.buttons = frame_form(self, form)

        self.vendor_combo.currentIndexChanged.connect(self._on_vendor_changed)
        self.vendor_name.textChanged.connect(self._update_ok)
        for field in self._fields():
            field.line_edit.textChanged.connect(self._update_ok)
        if model is not None:
            self._fill(model)
        else:
            self._on_vendor_changed()
        self._update_ok()

    # -- building ---------------------------------------------------------------------------------------

    def _field(self, parse, name: str) -> ParsedField:
        field = ParsedField(parse, str, None, self)
        field.setObjectName(name)
        return field

    def _fields(self) -> list[ParsedField]:
        fields = [self.model_id_field, self.name_field, self.currency_field, self.context_field, self.input_field,
                  self.output_field, self.cached_field]
        if self.is_new_vendor():
            fields.insert(0, self.vendor_id_field)
        return fields

    def _fill(self, model: Model) -> None:
        self.vendor_combo.setCurrentIndex(max(0, self.vendor_combo.findData(model.vendor_id)))
        self.vendor_combo.setEnabled(False)
        self._on_vendor_changed()
        self.model_id_field.line_edit.setText(model.id.split("/", 1)[1])
        self.model_id_field.line_edit.setReadOnly(True)   # a new id is a new model: add one instead
        self.name_field.line_edit.setText(model.name)
        self.currency_field.line_edit.setText(model.currency)
        self.currency_field.line_edit.setReadOnly(True)   # one model's history stays in one currency
        if model.context_window:
            self.context_field.line_edit.setText(str(model.context_window))
        point = model.latest
        self.input_field.line_edit.setText(edit_text(point.base.input))
        self.output_field.line_edit.setText(edit_text(point.base.output))
        if point.base.cached_input is not None:
            self.cached_field.line_edit.setText(edit_text(point.base.cached_input))
        self.start_edit.setDate(point.start)
        self.source_edit.setText(point.source)
        self.note_edit.setText(point.note)

    def is_new_vendor(self) -> bool:
        return self.vendor_combo.currentData() == NEW_VENDOR

    def vendor_id(self) -> str:
        if self.is_new_vendor():
            return vendor_slug(self.vendor_id_field.text())
        return self.vendor_combo.currentData()

    def _on_vendor_changed(self, *_args) -> None:
        new = self.is_new_vendor()
        for _label, widget in self._new_vendor_rows:
            self.form.setRowVisible(widget, new)
        if not new and not self._currency_typed and self.editing is None:
            self.currency_field.line_edit.setText(self.catalog.vendors[self.vendor_id()].currency)
        if self.model_id_field.text():
            self.model_id_field.check()   # the id is checked against this vendor's models
        self._update_ok()

    # -- parsing (each raises the core's InputError with the field's name) -------------------------------

    def _parse_vendor_id(self, text: str) -> str:
        where = self.tr("vendor id")
        vendor_id = vendor_slug(text)
        if not vendor_id:
            raise InputError(where, "empty")
        if vendor_id != text.strip():
            raise InputError(where, "text", text=self.tr("“{0}” must be a lower-case slug (letters, digits, '.', '-'), e.g. "
                                            "{1}").format(text, vendor_id))
        if vendor_id in self.catalog.vendors:
            raise InputError(where, "text", text=self.tr("{0} already exists: choose it in the vendor list").format(vendor_id))
        return vendor_id

    def _parse_model_id(self, text: str) -> str:
        where = self.tr("model id")
        part = text.strip()
        if not part:
            raise InputError(where, "empty")
        if slug(part) != part or "/" in part:
            raise InputError(where, "text", text=self.tr("“{0}” must be lower case: letters, digits, '.', '_', '-' (e.g. "
                                            "{1})").format(text, slug(part) or "my-model"))
        model_id = f"{self.vendor_id() or 'vendor'}/{part}"
        known = self.catalog.models.get(model_id)
        if self.editing is None and known is not None and is_custom(known):
            raise InputError(where, "text", text=self.tr("{0} is already one of your models: edit it instead").format(model_id))
        return model_id

    def _parse_name(self, text: str) -> str:
        if not text.strip():
            raise InputError(self.tr("name"), "empty")
        return text.strip()

    def _parse_currency(self, text: str) -> str:
        where = self.tr("currency")
        code = check_currency(text.strip().upper(), where)
        if self.currencies and code not in self.currencies:
            raise InputError(where, "text", text=self.tr("{0} has no exchange rate (known: {1}); add one in Edit › Exchange "
                                            "rates first").format(code, ", ".join(self.currencies)))
        return code

    def _parse_context(self, text: str) -> int:
        where = self.tr("context window")
        tokens = parse_volume(text, where, decimal=decimal_point())
        if tokens <= 0:
            raise InputError(where, "text", text=self.tr("must be more than 0 tokens"))
        return tokens

    def _parse_cached(self, text: str) -> Decimal | None:
        return parse_optional_price(text, self.tr("cache-hit price"))

    # -- state ------------------------------------------------------------------------------------------

    def _values(self, mark: bool = False) -> dict | None:
        """The parsed fields, or None while one is invalid (``mark`` shows every problem at its field)."""
        values, ok = {}, True
        for field in self._fields():
            if mark:
                value = field.check()
                if field.is_invalid():
                    ok = False
            else:
                try:
                    value = field._parse(field.text())
                except TokenQuoteError:
                    ok = False
                    continue
            values[field.objectName()] = value
        if self.is_new_vendor() and not self.vendor_name.text().strip():
            ok = False
        return values if ok else None

    def _update_ok(self, *_args) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self._values() is not None)

    def problems(self) -> list[str]:
        """Every field's problem now shown (for tests and screen readers)."""
        return [field.error for field in self._fields() if field.is_invalid()]

    def build(self) -> tuple[Vendor, Model]:
        """The vendor and model the fields describe (raises InputError for the first invalid field)."""
        values = self._values(mark=True)
        if values is None:
            raise InputError(self.tr("model"), "text", text=self.tr("correct the fields marked in red"))
        vendor_id = self.vendor_id()
        currency = values["currency"]
        if self.is_new_vendor():
            vendor = Vendor(vendor_id, self.vendor_name.text().strip(), self.region_combo.currentData(), currency,
                            self.source_edit.text().strip() or self.tr("entered by hand"))
        else:
            vendor = self.catalog.vendors[vendor_id]
        model_id = values["modelId"]
        known = self.catalog.models.get(model_id)
        if known is not None and known.currency != currency:
            self.currency_field.mark_invalid(self.tr("the catalog prices {0} in {1}; one model's history stays in "
                                                     "one currency").format(model_id, known.currency))
            raise InputError(self.tr("currency"), "text", text=self.currency_field.error)
        point = PricePoint(self.start_edit.day(), None,
                           Prices(values["inputPrice"], values["outputPrice"], values["cachedPrice"]),
                           source=self.source_edit.text().strip(), checked=self.today,
                           note=self.note_edit.text().strip(), layer=custom_layer(vendor_id))
        layer = custom_layer(vendor_id)
        kept = [p for p in (known.prices if known is not None else ()) if p.layer == layer and p.start != point.start]
        points = tuple(sorted(kept + [point], key=lambda p: p.start))
        # Saved open-ended: the loader closes each point where the next one (of any layer) starts.
        model = Model(model_id, vendor_id, values["modelName"], currency, values["contextWindow"],
                      known.max_output if known is not None else None, tuple(replace(p, end=None) for p in points))
        self._check_as_loaded(vendor, model)
        return vendor, model

    def _check_as_loaded(self, vendor: Vendor, model: Model) -> None:
        """Read the model back as the catalog loader will; a problem is shown at the field it names."""
        doc = {"schema_version": 1, "vendor": vendor_to_json(vendor), "models": [model_to_json(model)]}
        try:
            parse_vendor_document(doc)
        except TokenQuoteError as exc:
            where = exc.where
            field = next((f for key, f in ((".input", self.input_field), (".output", self.output_field),
                                           (".cached_input", self.cached_field), (".id", self.model_id_field),
                                           (".context_window", self.context_field), (".currency", self.currency_field),
                                           (".name", self.name_field)) if where.endswith(key)), None)
            if field is not None:
                field.mark_invalid(error_text(exc))
            raise

    def accept(self) -> None:
        try:
            self.result_vendor, self.result_model = self.build()
        except TokenQuoteError as exc:
            self.message.setText(error_text(exc))
            self.result_vendor = self.result_model = None
            return
        self.message.clear()
        super().accept()

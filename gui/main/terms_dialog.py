"""``TermsDialog``: the quote's terms (client, number, dates, discount, markup, tax, who prepared it, notes),
with a negotiated discount per vendor of the chosen models. The result is a ``core.quote.QuoteTerms``."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.catalog.model import Vendor
from core.errors import TokenQuoteError
from core.money import to_decimal
from core.pricing.quote_terms import QuoteTerms
from core.volumes import parse_percent
from gui.texts.i18n import vendor_name
from gui.texts.messages import error_text
from gui.texts.numbers import decimal_point, field_text
from gui.widgets.date_field import DateField
from gui.widgets.fields import ParsedField
from gui.widgets.spin_boxes import SpinBox, count_days
from gui.widgets.style import error_style


def _pct_text(value: Decimal) -> str:
    return field_text(f"{value.normalize():f}")


class TermsDialog(QDialog):
    """After ``exec()`` returns Accepted, :attr:`result_terms` holds the new terms."""

    def __init__(self, terms: QuoteTerms, vendors: list[Vendor], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Quote terms"))
        self.result_terms: QuoteTerms | None = None
        self._terms = terms
        self.client = QLineEdit(terms.client, self)
        self.quote_no = QLineEdit(terms.quote_no, self)
        self.has_issue_date = QCheckBox(self.tr("Dated"), self)
        self.issue_date = DateField(self.tr("issue date"), self, terms.issue_date)   # typed whole or refused
        # Fresh terms get today's date; terms saved without one keep having none.
        self.has_issue_date.setChecked(terms.issue_date is not None or terms == QuoteTerms())
        self.has_issue_date.toggled.connect(self.issue_date.setEnabled)
        self.issue_date.setEnabled(self.has_issue_date.isChecked())
        self.valid_days = SpinBox(self)
        self.valid_days.setRange(0, 3650)
        self.valid_days.setValue(terms.valid_days)
        count_days(self.valid_days)
        decimal = decimal_point()   # the locale's: 2,5 is 2.5 where a comma is the decimal point, refused elsewhere
        self.discount = self._pct_field(terms.discount_pct,
                                        lambda t: parse_percent(t, self.tr("discount %"), decimal=decimal))
        self.markup = self._pct_field(terms.markup_pct, lambda t: to_decimal(
            t.strip().rstrip("%"), self.tr("markup %"), minimum=Decimal(0), maximum=Decimal(1000), decimal=decimal))
        self.tax = self._pct_field(terms.tax_pct, lambda t: parse_percent(t, self.tr("tax %"), decimal=decimal))
        self.prepared_by = QLineEdit(terms.prepared_by, self)
        self.company = QLineEdit(terms.company, self)
        self.notes = QPlainTextEdit(terms.notes, self)
        self.notes.setMaximumHeight(80)
        # The one notes box is printed on the client's quote: said where it is typed, so an internal remark
        # ("the rep gave us 10% off") is not sent by mistake.
        self.notes.setPlaceholderText(self.tr("Printed on the client's quote (workbook and PDF)"))
        self.notes.setToolTip(self.tr("Printed on the client's quote, as typed: keep internal remarks out"))

        date_row = QHBoxLayout()
        date_row.addWidget(self.has_issue_date)
        date_row.addWidget(self.issue_date, 1)
        form = QFormLayout()
        form.addRow(self.tr("Client"), self.client)
        form.addRow(self.tr("Quote number"), self.quote_no)
        form.addRow(self.tr("Issue date"), date_row)
        form.addRow(self.tr("Valid for"), self.valid_days)
        form.addRow(self.tr("Discount % (all vendors)"), self.discount)
        form.addRow(self.tr("Markup %"), self.markup)
        form.addRow(self.tr("Tax %"), self.tax)
        form.addRow(self.tr("Prepared by"), self.prepared_by)
        form.addRow(self.tr("Company"), self.company)
        form.addRow(self.tr("Notes for the client"), self.notes)

        self.vendor_table = QTableWidget(len(vendors), 2, self)
        self.vendor_table.setTabKeyNavigation(False)  # Tab moves on to the next control, not the next cell
        self.vendor_table.setHorizontalHeaderLabels([self.tr("Vendor"), self.tr("Discount %")])
        self.vendor_table.verticalHeader().hide()
        self.vendor_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.vendor_ids = [v.id for v in vendors]
        for row, vendor in enumerate(vendors):
            # The vendor as the interface names it (百度（文心） in Chinese), the other name as its tooltip.
            shown = vendor_name(vendor)
            name = QTableWidgetItem(shown)
            name.setToolTip(vendor.name if shown != vendor.name else vendor.name_zh)
            name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.vendor_table.setItem(row, 0, name)
            pct = terms.vendor_discounts.get(vendor.id)
            self.vendor_table.setItem(row, 1, QTableWidgetItem("" if pct is None else _pct_text(pct)))
        # Up to five vendors shown whole (a list of three showed two and a half), more scroll.
        shown = max(1, min(len(vendors), 5))
        table = self.vendor_table
        table.setFixedHeight(table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
                             + table.verticalHeader().defaultSectionSize() * shown)
        vendor_note = QLabel(self.tr("Negotiated discount per vendor of the chosen models; leave blank to use "
                                     "the discount for all vendors.") if vendors else
                             self.tr("Tick models in the table to give their vendors their own discount."), self)
        vendor_note.setWordWrap(True)
        self.vendor_table.setVisible(bool(vendors))
        self.vendor_table.itemChanged.connect(self.validate)

        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(error_style())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(vendor_note)
        layout.addWidget(self.vendor_table)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.validate()

    def _pct_field(self, value: Decimal, parse) -> ParsedField:
        field = ParsedField(parse, _pct_text, None, self)
        field.set_value(value)
        field.line_edit.textChanged.connect(self.validate)
        return field

    def terms(self) -> QuoteTerms:
        """The terms as entered; raises TokenQuoteError naming the first bad field."""
        values = {}
        for key, field, name in (("discount_pct", self.discount, self.tr("discount %")),
                                 ("markup_pct", self.markup, self.tr("markup %")),
                                 ("tax_pct", self.tax, self.tr("tax %"))):
            value = field.check()
            if value is None:
                raise TokenQuoteError(name, "text", text=field.error)
            values[key] = value
        vendor_discounts = {}
        for row, vendor_id in enumerate(self.vendor_ids):
            item = self.vendor_table.item(row, 1)
            text = item.text().strip() if item is not None else ""
            if text:
                vendor_discounts[vendor_id] = parse_percent(
                    text, self.tr("discount % for {0}").format(self.vendor_table.item(row, 0).text()),
                    decimal=decimal_point())
        # Discounts for vendors no longer chosen are kept: choosing the model again brings them back.
        kept = {k: v for k, v in self._terms.vendor_discounts.items() if k not in self.vendor_ids}
        return QuoteTerms(
            client=self.client.text().strip(), quote_no=self.quote_no.text().strip(),
            issue_date=self.issue_date.day() if self.has_issue_date.isChecked() else None,
            valid_days=self.valid_days.value(), vendor_discounts={**kept, **vendor_discounts},
            prepared_by=self.prepared_by.text().strip(), company=self.company.text().strip(),
            notes=self.notes.toPlainText().strip(), **values)

    def validate(self, *_args) -> bool:
        try:
            self.terms()
        except TokenQuoteError as exc:
            self.message.setText(error_text(exc))
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
            return False
        self.message.setText("")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
        return True

    def accept(self) -> None:
        if self.validate():
            self.result_terms = self.terms()
            super().accept()


def edit_terms(window) -> bool:
    """Edit the quote terms of ``window``'s document (the per-vendor discounts offered for the chosen models'
    vendors) as one undoable edit; True when they were changed."""
    document = window.document
    project, catalog = document.project, document.pricing_catalog
    vendor_ids: list[str] = []
    for model_id in project.selected:
        model = catalog.models.get(model_id)
        if model is not None and model.vendor_id not in vendor_ids:
            vendor_ids.append(model.vendor_id)
    dialog = TermsDialog(project.terms, [catalog.vendors[v] for v in vendor_ids], window)
    if dialog.exec() != TermsDialog.DialogCode.Accepted or dialog.result_terms is None:
        return False
    return document.edit(project.edited(terms=dialog.result_terms),
                         QCoreApplication.translate("MainWindow", "Edit quote terms"))

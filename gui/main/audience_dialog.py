"""``AudienceDialog``: asked before a workbook or PDF is exported — the client's quote (their price, tax and total;
nothing of the vendor's cost, the discount or the markup) or the internal copy (every figure and sheet). The last
choice is remembered; the client's quote is the first one offered, as the one that is safe to send."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from core.workbook.audience import CLIENT, INTERNAL
from gui import settings as cfg
from gui.widgets.fields import set_text_color
from gui.widgets.style import hint_color, warning_color

WORKBOOK, PDF = "workbook", "pdf"


# What no file name may hold on some system (a "/" is a folder on every one): a quote number such as Q/2026/207
# or Q:7 is offered with a dash instead.
_NOT_IN_FILE_NAMES = str.maketrans({c: "-" for c in '/\\:*?"<>|' + "".join(map(chr, range(32)))})


def export_stem(document, audience: str) -> str:
    """The file name offered: the quote's number (else the project's name), the internal copy marked as such so
    it is not sent by mistake; characters a file name cannot hold become dashes."""
    terms = document.project.terms
    if terms.quote_no:
        number = terms.quote_no.translate(_NOT_IN_FILE_NAMES).strip(" .")
        stem = QCoreApplication.translate("AudienceDialog", "Quote {0}").format(number)
    else:
        stem = document.path.stem if document.path else QCoreApplication.translate("AudienceDialog", "TokenQuote quote")
    if audience == INTERNAL:
        return QCoreApplication.translate("AudienceDialog", "{0} (internal)").format(stem)
    return stem


class AudienceDialog(QDialog):
    """Parameters: ``kind`` (``"workbook"`` or ``"pdf"``), the project's ``terms`` (to warn when nothing sets the
    client's price apart from the vendor's cost) and the ``settings`` store. After Accepted, :attr:`audience`."""

    def __init__(self, kind: str, terms, store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Export workbook") if kind == WORKBOOK else self.tr("Export PDF"))
        self.client = QRadioButton(self.tr("&Client quote — to send"), self)
        self.internal = QRadioButton(
            self.tr("&Internal workbook — for you and your finance team")
            if kind == WORKBOOK
            else self.tr("&Internal copy — for you and your finance team"),
            self,
        )
        client_text = QLabel(
            self.tr(
                "What the client pays: each option's price, tax and total a month and for the first year, the volumes "
                "it is for, your notes and the validity. No vendor cost, discount, markup, price source or internal "
                "note."
            ),
            self,
        )
        internal_text = QLabel(
            self.tr(
                "Everything: vendor prices and costs, discount, markup, the comparison of every model, the projection, "
                "the exchange rates and where each price comes from, with live formulas."
            )
            if kind == WORKBOOK
            else self.tr(
                "Everything on one page or two: vendor prices and costs, discount, markup, the exchange rates and where "
                "each price comes from."
            ),
            self,
        )
        for label in (client_text, internal_text):
            label.setWordWrap(True)
            set_text_color(label, hint_color())
            label.setContentsMargins(24, 0, 0, 6)
        self.group = QButtonGroup(self)
        self.group.addButton(self.client)
        self.group.addButton(self.internal)
        self.same_price = QLabel(
            self.tr(
                "No discount or markup is set: the client's price is the vendor's cost. "
                "Set them in Quote terms… (Ctrl+T)."
            ),
            self,
        )
        self.same_price.setWordWrap(True)
        set_text_color(self.same_price, warning_color())
        self._plain_terms = not terms.markup_pct and not terms.discount_pct and not any(terms.vendor_discounts.values())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Continue…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Who is it for?"), self))
        for widget in (self.client, client_text, self.internal, internal_text, self.same_price, buttons):
            layout.addWidget(widget)
        (self.internal if cfg.get(cfg.EXPORT_AUDIENCE, store) == INTERNAL else self.client).setChecked(True)
        self.group.buttonToggled.connect(self._update)
        self._update()
        self.setMinimumWidth(460)

    @property
    def audience(self) -> str:
        return CLIENT if self.client.isChecked() else INTERNAL

    def _update(self, *_args) -> None:
        self.same_price.setVisible(self.audience == CLIENT and self._plain_terms)

    def accept(self) -> None:
        cfg.put(cfg.EXPORT_AUDIENCE, self.audience, self.store)
        super().accept()


def choose_audience(window, kind: str) -> str | None:
    """Ask who the export is for; None when cancelled."""
    dialog = AudienceDialog(kind, window.document.project.terms, window.settings, window)
    return dialog.audience if dialog.exec() == QDialog.DialogCode.Accepted else None

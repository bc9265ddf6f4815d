"""What the catalog window's two entry dialogs share (a model of one's own, a negotiated price): the parsers of
a price per 1M typed into a field, and the form's frame (the form, a line for the problem, OK / Cancel)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout

from core.catalog.files import MAX_PRICE_PER_1M
from core.errors import InputError
from core.money import to_decimal
from gui.texts.numbers import decimal_point
from gui.widgets.style import error_style


def parse_price(text: str, where: str) -> Decimal:
    """A price per 1M tokens, 0 … 1,000,000 (raises the core's InputError naming ``where``)."""
    if not text.strip():
        raise InputError(where, "empty")
    return to_decimal(text, where, minimum=Decimal(0), maximum=MAX_PRICE_PER_1M, decimal=decimal_point())


def parse_optional_price(text: str, where: str) -> Decimal | None:
    """Like :func:`parse_price`, but an empty field means "no such price" (a cache-hit price)."""
    return parse_price(text, where) if text.strip() else None


def frame_form(dialog: QDialog, form: QFormLayout) -> tuple[QLabel, QDialogButtonBox]:
    """Lay ``form`` out in ``dialog`` above a problem line and OK / Cancel (wired to accept / reject)."""
    message = QLabel(dialog)
    message.setObjectName("dialogMessage")
    message.setWordWrap(True)
    message.setStyleSheet(error_style())
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addLayout(form)
    layout.addWidget(message)
    layout.addWidget(buttons)
    return message, buttons

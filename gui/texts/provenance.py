"""Where a price came from, in words: the layer of a price point (bundled, an imported price list, a custom model,
negotiated, saved with a project), its checked date, and whether it is stale.

The core gives the data (``PricePoint.layer``, ``.source``, ``.checked``; ``core.overrides.is_stale``); this module
only says it in the interface's language, for the comparison's Source column and the catalog window.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from core.catalog.model import BUNDLED_LAYER, NEGOTIATED_LAYER, PricePoint, is_stale

PROJECT_LAYER = "project"   # core.project gives this layer to the price points read back from a project file


def is_negotiated(layer: str) -> bool:
    """True for the points an override made (their layer is the override's label, "negotiated: …")."""
    return layer == NEGOTIATED_LAYER or layer.startswith(NEGOTIATED_LAYER + ":")


def layer_text(layer: str) -> str:
    """A layer's short name: "bundled", "negotiated", "saved with the project", or the imported file's name."""
    if layer == BUNDLED_LAYER:
        return QCoreApplication.translate("Provenance", "bundled")
    if is_negotiated(layer):
        return QCoreApplication.translate("Provenance", "negotiated")
    if layer == PROJECT_LAYER:
        return QCoreApplication.translate("Provenance", "saved with the project")
    return layer


def layer_tip(layer: str) -> str:
    """A longer description of a layer, for tooltips."""
    if layer == BUNDLED_LAYER:
        return QCoreApplication.translate("Provenance", "Bundled catalog (read-only, shipped with TokenQuote)")
    if is_negotiated(layer):
        return QCoreApplication.translate("Provenance", "Negotiated price or discount you entered ({0})").format(
            layer)
    if layer == PROJECT_LAYER:
        return QCoreApplication.translate(
            "Provenance", "The price this project was saved with (kept instead of the current catalog's)")
    return QCoreApplication.translate(
        "Provenance", "Your catalog layer “{0}” (an imported price list or your own models)").format(layer)


def age_days(point: PricePoint, today: date) -> int | None:
    """Days since the price was checked, or None when it never was."""
    return (today - point.checked).days if point.checked else None


def point_is_stale(point: PricePoint, today: date, max_age_days: int) -> bool:
    return is_stale(point, today, max_age_days)


def checked_text(point: PricePoint, today: date) -> str:
    """"checked 2025-04-01, 600 days ago" (or "never checked")."""
    days = age_days(point, today)
    if days is None:
        return QCoreApplication.translate("Provenance", "never checked")
    day = point.checked.isoformat()
    if days == 0:
        return QCoreApplication.translate("Provenance", "checked {0}, today").format(day)
    if days == 1:
        return QCoreApplication.translate("Provenance", "checked {0}, 1 day ago").format(day)
    return QCoreApplication.translate("Provenance", "checked {0}, {1} days ago").format(day, days)


def stale_tip(point: PricePoint, today: date, max_age_days: int) -> str:
    """Why a price is marked stale: when it was checked, and the age limit."""
    return QCoreApplication.translate(
        "Provenance", "Stale price: {0} (the limit is {1} days; set it in Tools › Catalog)").format(
            checked_text(point, today), max_age_days)

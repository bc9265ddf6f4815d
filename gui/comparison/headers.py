"""The comparison table's column headers and their tooltips (the model shows them; their translations are the
model's, context ``ComparisonModel``).

The yearly column is twelve times the month shown, a run rate, and says so ("12 × month"): the first 12 months as
they will be billed (volume growth, a price change within the year, a decline) are the Projection tab's and the
workbook's, and an "Annual" beside them was read as that year (GPT-4o on 2024-06-01: ¥4,320,000 "annual" against
¥2,700,000 for the first 12 months after the August cut).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from gui.comparison.columns import (
    CHEAPEST_MARK,
    COL_ANNUAL,
    COL_CHOSEN,
    COL_CONTEXT,
    COL_DIFF,
    COL_INPUT,
    COL_MODEL,
    COL_MONTHLY,
    COL_OUTPUT,
    COL_RANK,
    COL_SOURCE,
    COL_VENDOR,
)


def text(section: int, currency: str) -> str:
    """The header of column ``section`` for costs in ``currency``."""
    if section == COL_ANNUAL:
        return QCoreApplication.translate("ComparisonModel", "12 × month ({0})").format(currency)
    if section == COL_MONTHLY:
        return QCoreApplication.translate("ComparisonModel", "Monthly ({0})").format(currency)
    return {
        COL_CHOSEN: QCoreApplication.translate("ComparisonModel", "Quote"),
        COL_RANK: QCoreApplication.translate("ComparisonModel", "Rank"),
        COL_VENDOR: QCoreApplication.translate("ComparisonModel", "Vendor"),
        COL_MODEL: QCoreApplication.translate("ComparisonModel", "Model"),
        COL_CONTEXT: QCoreApplication.translate("ComparisonModel", "Context"),
        COL_INPUT: QCoreApplication.translate("ComparisonModel", "Input / 1M"),
        COL_OUTPUT: QCoreApplication.translate("ComparisonModel", "Output / 1M"),
        COL_DIFF: QCoreApplication.translate("ComparisonModel", "vs cheapest"),
        COL_SOURCE: QCoreApplication.translate("ComparisonModel", "Source"),
    }[section]


def tip(section: int, workload: str | None) -> str | None:
    """The header's tooltip; ``workload``: the one workload shown, or None for all of them."""
    if section == COL_ANNUAL:
        return QCoreApplication.translate(
            "ComparisonModel", "Twelve times the monthly cost, a run rate: the first 12 months with the volume "
            "growth, price changes and decline are in the Projection tab and the workbook's Projection sheet")
    if section == COL_MONTHLY:
        return (QCoreApplication.translate("ComparisonModel", "Monthly cost of all workloads in the display currency")
                if workload is None else
                QCoreApplication.translate("ComparisonModel", "Monthly cost of {0} in the display currency")
                .format(workload))
    return {
        COL_CHOSEN: QCoreApplication.translate(
            "ComparisonModel", "Tick the models to offer in the quote and show in the charts"),
        COL_RANK: QCoreApplication.translate(
            "ComparisonModel", "Rank by monthly cost among all compared models whose context window holds the "
            "prompt (filters do not change ranks); {0} marks the cheapest").format(CHEAPEST_MARK),
        COL_CONTEXT: QCoreApplication.translate("ComparisonModel", "Context window in tokens"),
        COL_INPUT: QCoreApplication.translate(
            "ComparisonModel", "List price per 1M input tokens, in the vendor's billing currency"),
        COL_OUTPUT: QCoreApplication.translate(
            "ComparisonModel", "List price per 1M output tokens, in the vendor's billing currency"),
        COL_DIFF: QCoreApplication.translate(
            "ComparisonModel", "Monthly cost above the cheapest model (the cheapest paid one unless View › Include "
            "free models is ticked)"),
        COL_SOURCE: QCoreApplication.translate(
            "ComparisonModel", "The catalog layer each price comes from (bundled, an imported price list, "
            "negotiated) and when it was last checked; a stale price is marked"),
    }.get(section)

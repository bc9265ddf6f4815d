"""The comparison table's column headers and their tooltips (the model shows them; their translations are the
model's, context ``ComparisonModel``).

The Annual column is twelve times the month shown. When the project's projection grows the volumes or lowers
the prices, that is not the year the Projection tab and the workbook show, so the header says what it is
("12 × month") rather than leave a finance reader to take it for the budget's year.
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


def text(section: int, currency: str, flat_year: bool = False) -> str:
    """The header of column ``section`` for costs in ``currency``; ``flat_year``: the projection grows or
    declines, so the Annual column is named for what it is."""
    if section == COL_ANNUAL:
        return (QCoreApplication.translate("ComparisonModel", "12 × month ({0})") if flat_year
                else QCoreApplication.translate("ComparisonModel", "Annual ({0})")).format(currency)
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


def tip(section: int, workload: str | None, flat_year: bool = False) -> str | None:
    """The header's tooltip; ``workload``: the one workload shown, or None for all of them."""
    if section == COL_ANNUAL:
        return (QCoreApplication.translate(
            "ComparisonModel", "Twelve times the monthly cost, without the volume growth and price decline set "
            "under Projection: the Projection tab and the workbook's Projection sheet give the months as they grow")
            if flat_year else QCoreApplication.translate("ComparisonModel", "Twelve times the monthly cost"))
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

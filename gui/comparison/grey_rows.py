"""Why a comparison row is greyed, said the same way everywhere: a mark in its Rank cell, a line in its tooltip and
one legend under the table with how many rows each reason greys (prompt longer than the context window, price not
known for the workload, retired by the vendor by the as-of date, no price on the as-of date). Free rows are not
greyed; they are told apart in words ("free", not ranked while free models are left out)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from gui.texts.i18n import is_chinese

UNFIT, UNDERSTATED, RETIRED, UNPRICED = "unfit", "understated", "retired", "unpriced"
MARKS = {UNFIT: "↔", UNDERSTATED: "≥", RETIRED: "†", UNPRICED: "∅"}
_CONTEXT = "GreyRows"
_LEGEND = {
    UNFIT: QT_TRANSLATE_NOOP("GreyRows", "{0} prompt longer than the context window ({1})"),
    UNDERSTATED: QT_TRANSLATE_NOOP("GreyRows", "{0} price not known for this workload: cost understated ({1})"),
    RETIRED: QT_TRANSLATE_NOOP("GreyRows", "{0} retired by the vendor by {2} ({1})"),
    UNPRICED: QT_TRANSLATE_NOOP("GreyRows", "{0} no price on {2} ({1})"),
}
_DEPRECATED_LATER = QT_TRANSLATE_NOOP("GreyRows", "Deprecated by the vendor later: still sold on {0}")
_FREE = QT_TRANSLATE_NOOP("GreyRows", "Free of charge. {0}")
_FREE_LIMITS_UNKNOWN = QT_TRANSLATE_NOOP("GreyRows", "The vendor may limit free use (rate limits, quotas): check "
                                                     "its terms.")
_NOT_RANKED = QT_TRANSLATE_NOOP("GreyRows", "Not ranked: free models are left out of the ranking (View › Include "
                                            "free models)")
_LEGEND_LINE = QT_TRANSLATE_NOOP("GreyRows", "Grey rows: {0}")
_TIPS = {
    UNFIT: QT_TRANSLATE_NOOP("GreyRows", "Greyed: the prompt is longer than the context window (not ranked)"),
    UNDERSTATED: QT_TRANSLATE_NOOP("GreyRows", "Greyed: the catalog does not have the price this workload is "
                                               "billed at (see the notes); the cost shown is a floor, so "
                                               "understated (not ranked)"),
    RETIRED: QT_TRANSLATE_NOOP("GreyRows", "Greyed: retired by the vendor by {0}; shown because it is chosen"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def reason(row) -> str | None:
    """Why ``row`` (an engine row, or a chosen model's row without a price: gui.comparison.unpriced_rows) is greyed,
    or None."""
    if row.point is None and not getattr(row, "is_plan", False):
        return UNPRICED
    if row.retired:
        return RETIRED
    if not row.fits_context:
        return UNFIT
    if row.understated:
        return UNDERSTATED
    return None


def mark(row) -> str:
    found = reason(row)
    return MARKS[found] if found else ""


def tip(row, day: date) -> str:
    """The tooltip line saying why a priced row is greyed, or ""."""
    found = reason(row)
    return _tr(_TIPS[found]).format(day.isoformat()) if found in _TIPS else ""


def status_lines(row, day: date) -> list[str]:
    """A priced row's status for its tooltip: greyed and why, deprecated later, free (and its published limits)."""
    lines = [tip(row, day)] if reason(row) else []
    if row.deprecated and not row.retired:
        lines.append(_tr(_DEPRECATED_LATER).format(day.isoformat()))
    if row.point.is_free:
        limits = row.point.free_limits
        lines.append(_tr(_FREE).format(
            limits.text("zh" if is_chinese() else "en") if limits is not None
            else _tr(_FREE_LIMITS_UNKNOWN)))
        if row.rank is None and row.fits_context and not row.understated:
            lines.append(_tr(_NOT_RANKED))
    return lines


def legend_text(rows, day: date) -> str:
    """One line for the rows shown: each reason that greys some of them, with its mark and how many; "" when
    none is greyed."""
    counts: dict[str, int] = {}
    for row in rows:
        found = reason(row)
        if found:
            counts[found] = counts.get(found, 0) + 1
    if not counts:
        return ""
    parts = [_tr(_LEGEND[key]).format(MARKS[key], counts[key], day.isoformat())
             for key in (UNFIT, UNDERSTATED, RETIRED, UNPRICED) if key in counts]
    return _tr(_LEGEND_LINE).format(" · ".join(parts))

"""The table's rows that are not a priced model — a plan's (:mod:`gui.comparison.plan_rows`) and a chosen model's
without a price (:mod:`gui.comparison.unpriced_rows`) — worded through their own modules, which load with the
first such row: a project without plans or unpriced choices never builds their classes (start-up)."""

from __future__ import annotations


def is_plan(row) -> bool:
    return getattr(row, "is_plan", False)


def texts(row, vendor_text) -> tuple:
    """The display texts of ``row``; ``vendor_text(row)`` words its vendor."""
    if is_plan(row):
        from gui.comparison import plan_rows

        return plan_rows.texts(row, vendor_text)
    from gui.comparison import unpriced_rows

    return unpriced_rows.texts(row, vendor_text(row))


def sort_keys(row, chosen: bool) -> tuple:
    if is_plan(row):
        from gui.comparison import plan_rows

        return plan_rows.sort_keys(row)
    from gui.comparison import unpriced_rows

    return unpriced_rows.sort_keys(row, chosen)


def cell(row, column: int, role: int, chosen: bool, muted, plan_styles):
    """Any other role of a cell: ``muted`` is the greyed rows' brush, ``plan_styles()`` the table's plan-row
    styles (made by the table with its first plan row)."""
    if is_plan(row):
        from gui.comparison import plan_rows

        return plan_rows.cell(row, column, role, plan_styles())
    from gui.comparison import unpriced_rows

    return unpriced_rows.cell(row, column, role, chosen, muted)


def rows(comparison, plans, workload: str | None) -> list:
    """The unpriced choices' rows, then the priced plans' rows, for ``comparison``."""
    found: list = []
    if comparison.unpriced:
        from gui.comparison.unpriced_rows import UnpricedRow

        found += [UnpricedRow.of(u) for u in comparison.unpriced]
    if plans:
        from gui.comparison import plan_rows

        found += plan_rows.plan_rows(plans, comparison, workload)
    return found

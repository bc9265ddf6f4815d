"""Which of the comparison table's columns a narrow window hides, kept apart from the user's own choices.

A 1,280-pixel screen beside the workloads dock has no room for every column: the :data:`COMPACT_HIDDEN` ones go
first, until the Source and "vs cheapest" columns are in view. Hidden to fit is not hidden by the user: those
columns are shown again (and fitted again) at each start, so a wider window has them back. A column the user
shows or hides from the header's menu is theirs from then on, never fitted, on any width.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView

from gui.comparison.columns import COL_ANNUAL, COL_CONTEXT, COL_SOURCE

# Hidden first when the table is too narrow for every column: the annual cost is 12 × the monthly one (its
# tooltip says it), the context window is in the row's tooltip.
COMPACT_HIDDEN = (COL_ANNUAL, COL_CONTEXT)
SOURCE_MIN = 116  # the Source column (the last, stretched) still shows a check date in full, with a stale mark


class ColumnFit:
    """The fit of one table header: ``fitted_away`` (hidden to fit, shown again at the next fit) and ``chosen``
    (columns the user showed or hid: never fitted)."""

    def __init__(self, header: QHeaderView):
        self.header = header
        self.fitted_away: list[int] = []
        self.chosen: set[int] = set()

    def fit(self) -> list[int]:
        """Hide the compact columns the user has not chosen, in order, until every other one is in view without
        scrolling; returns those hidden."""
        header = self.header
        for column in self.fitted_away:   # hidden to fit last time: back, unless there is still no room
            header.showSection(column)
        # The header spans the viewport (the table sets it so), and asking for it is cheap: the first Python call
        # of the table's viewport() makes Qt for Python look through every QWidget subclass it knows for the
        # viewport's type, creating ~50 classes and their enums (~5 ms of start-up: this runs before the first
        # paint).
        available = header.width()
        shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
        needed = sum(header.sectionSize(c) for c in shown if c != COL_SOURCE) + SOURCE_MIN
        hidden = []
        for column in COMPACT_HIDDEN:
            if needed <= available:
                break
            if column in shown and column not in self.chosen:
                needed -= header.sectionSize(column)
                header.hideSection(column)
                hidden.append(column)
        self.fitted_away = hidden
        return hidden

    def set_shown(self, column: int, shown: bool) -> None:
        """The user shows or hides ``column``: their choice from now on."""
        self.chosen.add(column)
        if column in self.fitted_away:
            self.fitted_away.remove(column)
        self.header.setSectionHidden(column, not shown)

    def restore(self, state, fitted_away: list[int], chosen: list[int]) -> bool:
        """The saved header (widths, order, hidden columns) and which of its hidden columns were hidden to fit and
        which columns the user chose; False when the state cannot be restored."""
        if not self.header.restoreState(state):
            return False
        known = range(self.header.count())
        self.fitted_away = [c for c in fitted_away if c in known]
        self.chosen = {c for c in chosen if c in known}
        return True

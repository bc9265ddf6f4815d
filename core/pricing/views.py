"""Which rows a view of the comparison shows by default: the models the user chose, else the cheapest that fit.

One rule for every view (the bar chart, the projection chart, the workbook's quote options), so the app and the
exported quote never disagree about what "the cheapest" are.
"""

from __future__ import annotations

from typing import Collection, Sequence

from core.pricing.engine import ComparisonRow

TOP_N_BARS = 10          # bars on the cost chart when no model is chosen
PROJECTION_MODELS = 5    # lines on the projection chart when no model is chosen
QUOTE_OPTIONS = 3        # options on the quote when no model is chosen


def default_rows(rows: Sequence[ComparisonRow], chosen: Collection[str], limit: int) -> tuple[list[ComparisonRow], bool]:
    """The rows a view shows: the chosen models, else the ``limit`` cheapest that fit (engine order).
    Returns (rows, whether they are the chosen ones)."""
    picked = [r for r in rows if r.model_id in chosen]
    if picked:
        return picked, True
    return [r for r in rows if r.rank is not None][:limit], False

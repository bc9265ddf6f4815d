"""The comparison table's plan rows: each plan of the project beside the single models, marked as a plan, its
monthly and annual cost the sum of its lines (or, with one workload shown, that workload's line), its tooltip a
line per workload with how it was chosen and any problem. A plan whose line has a problem (a prompt longer than
the model's context window, no price on the as-of date) is marked in its cost and says why.

A plan row reads like a comparison row where the table and its filters look (ids, names), with the figures of the
core's priced plan; it stays in the table beside whatever models the filters show.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QCoreApplication, Qt

from core.money import ZERO
from core.pricing.engine import Comparison
from gui.comparison.cell_formats import format_context
from gui.comparison.columns import (
    COL_ANNUAL,
    COL_CHOSEN,
    COL_CONTEXT,
    COL_DIFF,
    COL_INPUT,
    COL_MODEL,
    COL_MONTHLY,
    COL_OUTPUT,
    COL_RANK,
    COL_VENDOR,
    COLUMN_COUNT,
    NUMERIC_COLUMNS,
    ROW_ROLE,
)
from gui.texts.numbers import format_money, format_price
from gui.widgets.style import error_color, series_colors

KEY_PREFIX = "plan:"  # a plan row's key in the table (no model id holds a colon)
_LAST = float("inf")

if TYPE_CHECKING:  # the plans' core loads when a project has plans, not at start-up
    from core.pricing.plans import PlanLine, PricedPlan


def row_key(name: str) -> str:
    return KEY_PREFIX + name


@dataclass(frozen=True)
class PlanRow:
    """A priced plan as a table row; ``line`` is the one workload shown (None: every workload)."""

    model_id: str
    name: str
    plan: PricedPlan
    line: PlanLine | None
    diff: Decimal | None  # the cost shown minus the cheapest single model's (core.pricing.plan_margins)
    vendor_id: str = ""
    vendor_name: str = ""
    region: str = ""
    price_currency: str = ""
    is_plan: bool = True
    rank: None = None
    point: None = None
    fits_context: bool = True  # a plan's problem is its own mark, not the greyed "too long" of a model
    understated: bool = False  # nor the greyed "price not known" of a model (a line's gap is its problem)
    deprecated: bool = False
    retired: bool = False
    context_window: None = None

    @classmethod
    def of(cls, plan: PricedPlan, comparison: Comparison, workload: str | None = None) -> "PlanRow":
        from core.pricing.plan_margins import line_vs_cheapest, vs_cheapest_model  # only once there are plans

        if workload is None:
            return cls(row_key(plan.name), plan.name, plan, None, vs_cheapest_model(plan, comparison.rows))
        line = plan.line(workload)
        diff = line_vs_cheapest(line, comparison.by_workload.get(workload, ()))
        row = line.row
        return cls(
            row_key(plan.name),
            plan.name,
            plan,
            line,
            diff,
            row.vendor_id if row else "",
            row.vendor_name if row else "",
            row.region if row else "",
            row.price_currency if row else "",
        )

    @property
    def cost(self) -> Decimal:
        """The monthly cost shown: the plan's total, or the workload's line."""
        return self.plan.monthly_cost if self.line is None else self.line.monthly_cost

    @property
    def annual(self) -> Decimal:
        if self.line is None:
            return self.plan.annual_cost
        return self.line.row.annual_cost if self.line.row is not None else ZERO

    @property
    def has_problem(self) -> bool:
        return bool(self.plan.problems) if self.line is None else self.line.problem is not None

    @property
    def quoted(self) -> bool:
        return self.plan.plan.quoted


translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls


def texts(row: PlanRow, vendor_text: Callable[[object], str]) -> tuple:
    """The row's cells; ``vendor_text(row)`` names a vendor as the table does."""
    from gui.comparison.plan_texts import PROBLEM_MARK
    from gui.comparison.plan_texts import texts as plan_texts

    words = plan_texts()
    currency = row.plan.currency
    cells: list = [None] + ["—"] * (COLUMN_COUNT - 1)
    plan_word = translate("ComparisonModel", "Plan", "a plan's row in the Rank column")
    cells[COL_RANK] = f"{PROBLEM_MARK} {plan_word}" if row.has_problem else plan_word
    money = format_money(row.cost, currency)
    cells[COL_MONTHLY] = f"{PROBLEM_MARK} {money}" if row.has_problem else money
    cells[COL_ANNUAL] = format_money(row.annual, currency)
    if row.diff is not None:
        cells[COL_DIFF] = (
            translate("ComparisonModel", "cheapest")
            if not row.diff
            else (("+" if row.diff > 0 else "") + format_money(row.diff, currency))
        )
    if row.line is None:
        vendors = {line.row.vendor_id: line.row for line in row.plan.lines if line.row is not None}
        cells[COL_VENDOR] = (
            vendor_text(next(iter(vendors.values()))) if len(vendors) == 1 else words.vendors(len(vendors))
        )
        cells[COL_MODEL] = row.name
        return tuple(cells)
    line = row.line
    cells[COL_MODEL] = translate("ComparisonModel", "{0} · {1}", "a plan's row: the plan · its model").format(
        row.name, words.model_name(line)
    )
    if line.row is not None:
        cells[COL_VENDOR] = vendor_text(line.row)
        cells[COL_CONTEXT] = format_context(line.row.context_window)
        price = translate("ComparisonModel", "{0} {1}")
        cells[COL_INPUT] = price.format(format_price(line.row.input_price_per_1m), line.row.price_currency)
        cells[COL_OUTPUT] = price.format(format_price(line.row.output_price_per_1m), line.row.price_currency)
    return tuple(cells)


def sort_keys(row: PlanRow) -> tuple:
    """Sorted among the models by its cost (side by side with them); after them by rank, prices or source."""
    keys = [_LAST] * COLUMN_COUNT
    keys[COL_CHOSEN] = 1 if row.quoted else 0
    keys[COL_VENDOR] = ""
    keys[COL_MODEL] = row.name.casefold()
    keys[COL_MONTHLY] = float(row.cost)
    keys[COL_ANNUAL] = float(row.annual)
    keys[COL_DIFF] = float(row.diff) if row.diff is not None else _LAST
    return tuple(keys)


def tooltip(row: PlanRow) -> str:
    from gui.comparison.plan_texts import texts as plan_texts

    return plan_texts().tooltip(row.plan)


def cell(row: PlanRow, column: int, role: int, styles: "PlanStyles"):
    """What the table shows of a plan row for ``role`` (beyond its texts and sort keys)."""
    if role == Qt.ItemDataRole.CheckStateRole:
        if column == COL_CHOSEN:
            return Qt.CheckState.Checked if row.quoted else Qt.CheckState.Unchecked
        return None
    if role == Qt.ItemDataRole.TextAlignmentRole:
        if column == COL_RANK:
            return Qt.AlignmentFlag.AlignCenter
        align = Qt.AlignmentFlag.AlignRight if column in NUMERIC_COLUMNS else Qt.AlignmentFlag.AlignLeft
        return align | Qt.AlignmentFlag.AlignVCenter
    if role == Qt.ItemDataRole.BackgroundRole:
        return styles.background
    if role == Qt.ItemDataRole.ForegroundRole:
        return styles.problem if row.has_problem and column in (COL_RANK, COL_MONTHLY) else None
    if role == Qt.ItemDataRole.FontRole:
        return styles.font if column in (COL_MODEL, COL_MONTHLY) else None
    if role == Qt.ItemDataRole.ToolTipRole:
        return tooltip(row)
    if role == ROW_ROLE:
        return row
    return None


@dataclass
class PlanStyles:
    """How plan rows stand out: a tinted background, a bold name and cost, problems in the error colour."""

    background: object
    problem: object
    font: object

    @classmethod
    def make(cls, bold_font) -> "PlanStyles":
        from PySide6.QtGui import QBrush

        tint = series_colors()[0]
        tint.setAlpha(38)
        solid = Qt.BrushStyle.SolidPattern
        return cls(QBrush(tint, solid), QBrush(error_color(), solid), bold_font)


def plan_rows(plans, comparison: Comparison, workload: str | None) -> list[PlanRow]:
    """A row per priced plan (those priced for this comparison's workloads)."""
    names = {w.name for w in comparison.workloads}
    return [
        PlanRow.of(plan, comparison, workload) for plan in plans if {line.workload.name for line in plan.lines} == names
    ]

"""What a plan's line says, in words, wherever a plan shows (its row in the table, the plans panel, a chart's
tooltip): the model and its cost, what a cheapest line beat (how many fit, the runner-up and by how much, how many
had too small a context or were left out by the constraints), the line's problem (a core error, translated), and
for any other model why it lost each cheapest slot (:func:`core.pricing.plans.why_not`).

Every figure is the core's: the costs of the priced plan, the differences of :mod:`core.pricing.plan_margins`.
"""

from __future__ import annotations

from typing import Callable, Iterable, Mapping

from PySide6.QtCore import QCoreApplication, QObject

from core.pricing import plans as core_plans
from core.pricing.engine import ComparisonRow, Pricer
from core.pricing.plan_margins import dearer_by, runner_up_margin
from core.pricing.plans import Constraints, PlanLine, PricedPlan
from gui.texts.messages import problem_text, region_text
from gui.texts.numbers import format_count, format_money

PROBLEM_MARK = "⚠"
MAX_WHY_LINES = 8  # a model's tooltip names at most this many plan slots it lost


class PlanTexts(QObject):
    """The texts (a QObject for its translation context and plural forms); :func:`texts` gives the one instance."""

    def model_name(self, line: PlanLine, names: Mapping[str, str] | None = None) -> str:
        """The line's model by name (``names``: model id → name, for a model the line could not price)."""
        if line.row is not None:
            return line.row.name
        if line.model_id is None:
            return self.tr("no model")
        return (names or {}).get(line.model_id, line.model_id)

    def plan_label(self, name: str) -> str:
        """``Plan: Premium code`` where plans and models are listed together (a chart's bars, the quote's options),
        but a plan whose name already says it is one (``Plan 2``, ``组合方案``: what new plans are called) as it is."""
        if core_plans.names_itself_a_plan(name, QCoreApplication.translate("PlanActions", "Plan")):
            return name
        return self.tr("Plan: {0}").format(name)

    def line_summary(self, line: PlanLine, currency: str, names: Mapping[str, str] | None = None) -> str:
        """``通义千问 Qwen-Turbo · ¥54.00 a month`` (marked when the line has a problem)."""
        if line.row is None:
            return f"{PROBLEM_MARK} {self.model_name(line, names)}"
        text = self.tr("{0} · {1} a month").format(line.row.name, format_money(line.row.monthly_cost, currency))
        return f"{PROBLEM_MARK} {text}" if line.problem is not None else text

    def how_chosen(self, line: PlanLine, currency: str) -> str:
        """Why the line has its model: chosen by the user, or what the cheapest beat; "" when nothing fits."""
        if line.assigned:
            return self.tr("Chosen for this workload")
        choice = line.choice
        if choice is None or line.row is None:
            return ""
        parts = [self.tr("Cheapest of %n model(s) that fit", "", choice.candidates)]
        margin = runner_up_margin(line)
        if choice.runner_up is not None and margin is not None:
            parts.append(
                self.tr("next: {0}, {1} more").format(choice.runner_up.name, format_money(margin, currency))
                if margin
                else self.tr("next: {0}, at the same cost").format(choice.runner_up.name)
            )
        if choice.too_small:
            parts.append(self.tr("%n with too small a context", "", choice.too_small))
        if choice.unknown_price:
            parts.append(self.tr("%n with no known price for this workload", "", choice.unknown_price))
        if choice.filtered:
            parts.append(self.tr("%n left out by the constraints", "", choice.filtered))
        return self.tr("; ").join(parts)

    def problem(self, line: PlanLine) -> str:
        """What is wrong with the line, in the interface's language (the core's error; where it is — the plan, the
        workload, the model — is what the line itself shows)."""
        return problem_text(line.problem) if line.problem is not None else ""

    def total(self, plan: PricedPlan) -> str:
        """``¥359.04 a month · 12 × month ¥4,308.48``, marked when a line has a problem (a run rate: the first 12
        months as billed are the Projection's and the Client price tab's)."""
        text = self.tr("{0} a month · 12 × month {1}").format(
            format_money(plan.monthly_cost, plan.currency), format_money(plan.annual_cost, plan.currency)
        )
        return f"{PROBLEM_MARK} {text}" if plan.problems else text

    def tooltip(self, plan: PricedPlan) -> str:
        """A plan row's tooltip: whether it is quoted, a line per workload (how chosen, the problem), the total."""
        head = self.tr("Plan “{0}” · in the quote") if plan.plan.quoted else self.tr("Plan “{0}” · not in the quote")
        lines = [head.format(plan.name)]
        for line in plan.lines:
            lines.append(self.tr("{0}: {1}").format(line.workload.name, self.line_summary(line, plan.currency)))
            how = self.problem(line) or self.how_chosen(line, plan.currency)
            if how:
                lines.append(f"    {how}")
        lines.append(self.tr("Total: {0}").format(self.total(plan)))
        billed = self.billed(plan)
        if billed:
            lines.append(billed)
        unpriced = sum(1 for line in plan.lines if line.row is None)
        if unpriced:
            lines.append(self.tr("The total leaves out %n line(s) without a price", "", unpriced))
        elif plan.problems:
            lines.append(
                self.tr("%n line(s) with a problem, marked %1", "", len(plan.problems)).replace("%1", PROBLEM_MARK)
            )
        return "\n".join(lines)

    def billed(self, plan: PricedPlan) -> str:
        """What the plan is billed in each currency a month, when that is not just the display currency."""
        native = plan.native_costs
        if len(native) < 2 and (not native or plan.currency in native):
            return ""
        return self.tr("Billed: {0} a month").format(" + ".join(format_money(v, c) for c, v in native.items()))

    def vendors(self, count: int) -> str:
        return self.tr("%n vendor(s)", "", count)

    def constraints(self, c: Constraints, vendor_name: Callable[[str], str]) -> str:
        """What a plan's cheapest slots may pick from, in a line: "Cheapest among: any model", or its limits."""
        if not c.any:
            return self.tr("Cheapest among: any model")
        parts = []
        if c.vendors:
            parts.append(", ".join(vendor_name(v) for v in c.vendors))
        if c.regions:
            parts.append(", ".join(region_text(r) for r in c.regions))
        if c.currencies:
            parts.append(self.tr("billed in {0}").format(", ".join(c.currencies)))
        if c.models:
            parts.append(self.tr("%n model(s) named", "", len(c.models)))
        if c.min_context:
            parts.append(self.tr("context of {0} tokens or more").format(format_count(c.min_context)))
        if c.batch_support:
            parts.append(self.tr("a batch price for batch traffic"))
        if c.off_peak_support:
            parts.append(self.tr("an off-peak price for off-peak traffic"))
        return self.tr("Cheapest among: {0}").format(self.tr("; ").join(parts))

    def why_not(self, code: str, line: PlanLine, row: ComparisonRow | None, currency: str) -> str:
        """Why a model lost ``line``'s slot (a ``core.pricing.plans`` code), with how much dearer it is."""
        if code == core_plans.CHOSEN:
            return self.tr("the cheapest that fits")
        if code == core_plans.LOST_DEARER:
            more = dearer_by(line, row) if row is not None else None
            if more is not None:
                return self.tr("{0} more than {1}").format(format_money(more, currency), self.model_name(line))
            return self.tr("dearer than {0}").format(self.model_name(line))
        return {
            core_plans.LOST_CONTEXT: self.tr("its context window is smaller than the prompt"),
            core_plans.LOST_UNKNOWN_PRICE: self.tr("its price for this workload is not known, only a floor"),
            core_plans.LOST_FILTERED: self.tr("left out by the plan's constraints"),
            core_plans.LOST_FREE: self.tr("free models are left out (View › Include free models)"),
            core_plans.LOST_RETIRED: self.tr("retired by the as-of date"),
            core_plans.LOST_UNPRICED: self.tr("no price on the as-of date"),
        }.get(code, code)

    def why_lost(
        self,
        pricer: Pricer,
        plans: Iterable[PricedPlan],
        rows_of: Callable[[str], dict],
        model_id: str,
        workload: str | None = None,
    ) -> list[str]:
        """For a model the user points at: per plan, per cheapest slot (of ``workload`` only, when given), why it
        was or was not chosen. ``rows_of(workload)`` gives that workload's comparison rows by model id."""
        found = []
        for plan in plans:
            for line in plan.lines:
                if line.assigned or line.row is None or (workload is not None and line.workload.name != workload):
                    continue
                code = core_plans.why_not(pricer, plan, line.workload.name, model_id)
                why = self.why_not(code, line, rows_of(line.workload.name).get(model_id), plan.currency)
                found.append(self.tr("Plan “{0}”, {1}: {2}").format(plan.name, line.workload.name, why))
        if len(found) > MAX_WHY_LINES:
            rest = len(found) - MAX_WHY_LINES
            found = [*found[:MAX_WHY_LINES], self.tr("… and %n more", "", rest)]
        return found


_TEXTS: list[PlanTexts] = []


def texts() -> PlanTexts:
    """The one :class:`PlanTexts` (made on first use; it translates with the translators installed then)."""
    if not _TEXTS:
        _TEXTS.append(PlanTexts())
    return _TEXTS[0]

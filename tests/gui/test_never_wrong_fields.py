"""Figures the user did not touch are never changed behind their back (issue #18 item 9, second sweep)."""

from __future__ import annotations

from decimal import Decimal

from core.pricing.projection import ProjectionSettings
from core.pricing.workload import Workload
from core.project.file import save_project
from core.project.model import Project


def test_changing_the_months_keeps_a_growth_and_decline_with_more_than_two_decimals(qtbot, window, tmp_path):
    """The projection's spin boxes show two decimals; a months change re-read all three boxes and turned a
    project's 0.125 % growth into 0.13 % and its 2.345 % decline into 2.35 %, without a word."""
    path = tmp_path / "p.tokenquote"
    save_project(path, Project(workloads=(Workload("W", 1_000_000, 1_000_000),), selected=("openai/gpt-4o",),
                               projection=ProjectionSettings(12, Decimal("0.125"), Decimal("2.345"))))
    assert window.file_actions.open_path(path)
    pane = window.chart_pane
    pane.setCurrentWidget(pane.projection_tab)
    chart = pane.projection_tab.build()
    assert "0.125" in chart.growth.toolTip()
    chart.months.setValue(24)
    assert window.document.project.projection == ProjectionSettings(24, Decimal("0.125"), Decimal("2.345"))
    chart.growth.setValue(3.5)                     # the one the user changes takes its shown value
    assert window.document.project.projection == ProjectionSettings(24, Decimal("3.50"), Decimal("2.345"))

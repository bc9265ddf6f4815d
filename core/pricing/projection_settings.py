"""How a project projects its costs — months, volume growth per month, assumed annual price decline — and the one
check of those figures. Apart from :mod:`core.pricing.projection` (the months themselves) so that a project,
which holds its settings, does not load the projection's arithmetic and result classes (start-up)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from core.errors import Field, InputError
from core.money import HUNDRED, ZERO

MAX_MONTHS = 120
MAX_GROWTH_PCT = Decimal(1000)


@dataclass(frozen=True)
class ProjectionSettings:
    """How a project projects its costs: months, volume growth per month, assumed annual price decline.

    The one validation of these figures (the CLI, the GUI, a project file and the workbook all build one)."""

    months: int = 12
    growth_pct: Decimal = Decimal(0)
    decline_pct: Decimal = Decimal(0)

    def __post_init__(self):
        check_settings(self.months, self.growth_pct, self.decline_pct)


def check_settings(months: object, growth_pct: object, decline_pct: object) -> None:
    """Months 1–120, growth −100…1000 % a month, decline 0–100 % a year; each error names its field."""
    if not isinstance(months, int) or isinstance(months, bool) or not 1 <= months <= MAX_MONTHS:
        raise InputError(Field("months"), "months_range", value=months, limit=MAX_MONTHS)
    if (
        not isinstance(growth_pct, Decimal)
        or not growth_pct.is_finite()
        or not -HUNDRED <= growth_pct <= MAX_GROWTH_PCT
    ):
        raise InputError(Field("growth_pct"), "growth_range", value=growth_pct)
    if not isinstance(decline_pct, Decimal) or not decline_pct.is_finite() or not ZERO <= decline_pct <= HUNDRED:
        raise InputError(Field("decline_pct"), "decline_range", value=decline_pct)

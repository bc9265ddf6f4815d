"""Who a quote is written for: the client (their price, tax and total; nothing of the vendor's cost, the negotiated
discount or the markup, and none of the notes meant for the person preparing it) or the preparer's own internal
model (every figure, formula and assumption). Both the workbook and the PDF are written for one of them."""

from __future__ import annotations

import re
from typing import Sequence

from core.errors import Field, InputError
from core.pricing.workload import Workload

INTERNAL = "internal"
CLIENT = "client"
AUDIENCES = (INTERNAL, CLIENT)
DEFAULT_AUDIENCE = INTERNAL  # today's workbook: scripts written before the client copy existed get what they got

# The name a workload has until someone names it: the core's default and the app's, in English and Chinese (the
# app's translation of "Workload"; tests/gui checks it still is), with the number a second one gets ("Workload 2").
DEFAULT_WORKLOAD_NAMES = ("Workload", "工作负载")
_DEFAULT_NAME = re.compile("^(?:" + "|".join(map(re.escape, DEFAULT_WORKLOAD_NAMES)) + r")(?: \d+)?$")


def check_audience(value: object) -> str:
    """``"internal"`` or ``"client"``; anything else is refused, naming the field."""
    if value not in AUDIENCES:
        raise InputError(Field("audience"), "language_unknown", value=value, allowed=", ".join(AUDIENCES))
    return str(value)


def is_default_name(name: str) -> bool:
    """Whether ``name`` is a workload's default name, which tells a client nothing."""
    return bool(_DEFAULT_NAME.match(name.strip()))


def names_workloads(workloads: Sequence[Workload]) -> bool:
    """Whether a client's copy names the workloads: when there are several, or the one has a name of its own."""
    return len(workloads) > 1 or not all(is_default_name(w.name) for w in workloads)

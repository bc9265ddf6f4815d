"""The workbook's paper size: A4, or US Letter where people print on it (the US, Canada, Mexico, the
Philippines and the Americas that follow them), from a territory code or the POSIX locale environment."""

from __future__ import annotations

import os
from collections.abc import Mapping

PAPERS = ("a4", "letter")
# Territories whose locales print on Letter (glibc's LC_PAPER data says 279 × 216 mm for these).
LETTER_TERRITORIES = frozenset({"US", "CA", "MX", "PH", "CL", "CO", "CR", "DO", "GT", "NI", "PA", "PR", "SV", "VE"})


def paper_for_territory(territory: str | None) -> str:
    """``"letter"`` for ``US``/``CA``/``MX``/``PH``…, else ``"a4"`` (also for an unknown or empty territory)."""
    return "letter" if (territory or "").upper() in LETTER_TERRITORIES else "a4"


def paper_for_locale(name: str | None) -> str:
    """The paper of a locale name (``en_US.UTF-8``, ``es-MX``, ``fr_CA@euro``); A4 for ``C``, ``POSIX`` and none."""
    code = (name or "").split(".", 1)[0].split("@", 1)[0].replace("-", "_")
    parts = code.split("_")
    return paper_for_territory(parts[1] if len(parts) > 1 else "")


def paper_from_environment(environ: Mapping[str, str] | None = None) -> str:
    """The paper of the POSIX locale: LC_ALL, else LC_PAPER, else LANG (``en_US.UTF-8`` → letter); A4 without one,
    and for C/POSIX. The workbook's and the PDF's one rule."""
    env = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_PAPER", "LANG"):
        value = env.get(name, "")
        if value:
            return paper_for_locale(value)
    return "a4"

"""One place that knows where ``resources/`` is: beside the packages from source, or in the bundle when frozen."""

from __future__ import annotations

import sys
from pathlib import Path

from core.errors import TokenQuoteError


def resources_dir() -> Path:
    """The ``resources/`` folder; PyInstaller unpacks datas under ``sys._MEIPASS``."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    """Path of a bundled resource; a missing one fails loudly with its name instead of later and vaguely."""
    path = resources_dir().joinpath(*parts)
    if not path.exists():
        raise TokenQuoteError("/".join(parts), "resource_missing", folder=resources_dir())
    return path

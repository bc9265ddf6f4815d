"""One place that knows where ``resources/`` is: beside the packages from source, in the bundle when frozen, or
installed from the wheel as the ``tokenquote_resources`` data folder."""

from __future__ import annotations

import sys
from functools import lru_cache
from pathlib import Path

from core.errors import TokenQuoteError

DATA_PACKAGE = "tokenquote_resources"  # what the wheel installs resources/ as (packaging/tokenquote_build.py)


@lru_cache(maxsize=1)
def resources_dir() -> Path:
    """The ``resources/`` folder: PyInstaller unpacks datas under ``sys._MEIPASS``; a source tree has it beside
    ``core/``; a wheel installs it into site-packages as :data:`DATA_PACKAGE`."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    beside = Path(__file__).resolve().parent.parent / "resources"
    if (beside / "catalog").is_dir():
        return beside
    from importlib.util import find_spec

    spec = find_spec(DATA_PACKAGE)
    if spec is not None and spec.submodule_search_locations:
        return Path(list(spec.submodule_search_locations)[0])
    return beside  # missing: resource_path names what is missing and where it was looked for


def resource_path(*parts: str) -> Path:
    """Path of a bundled resource; a missing one fails loudly with its name instead of later and vaguely."""
    path = resources_dir().joinpath(*parts)
    if not path.exists():
        raise TokenQuoteError("/".join(parts), "resource_missing", folder=resources_dir())
    return path

"""Comma-separated ids as the command line takes them (``--models``, ``--vendors``, ``--regions``…): split,
each checked against the catalog where it names a model or vendor, an error naming the option."""

from __future__ import annotations

from core.catalog.model import Catalog
from core.errors import InputError


def split_ids(text: str | None, where: str) -> list[str] | None:
    """The ids in ``text`` (None when the option was not given); refused when it names none."""
    if text is None:
        return None
    ids = [part.strip() for part in text.split(",") if part.strip()]
    if not ids:
        raise InputError(where, "ids_empty")
    return ids


def check_known(catalog: Catalog, models: list[str] | None, vendors: list[str] | None) -> None:
    """Every id is the catalog's: an unknown one is refused naming ``--models`` or ``--vendors``."""
    for option, ids, look_up in (("--models", models, catalog.model), ("--vendors", vendors, catalog.vendor)):
        for item in ids or ():
            try:
                look_up(item)
            except InputError as exc:
                raise exc.moved(option) from None

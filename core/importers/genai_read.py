"""Reading a pydantic genai-prices data file: ``data.json`` (or ``data_slim.json``; the frozen v1 files under
``prices/`` and the live v2 ones under ``prices/new_data/v2/`` share the shape) is a JSON list of providers, each
with its ``models``; one provider object alone is read as a list of one. Numbers are exact (``Decimal``); errors
name the file and line."""

from __future__ import annotations

from pathlib import Path

from core.catalog.files import decode_json
from core.errors import CatalogError, Field
from core.importers.common import read_bytes
from core.importers.litellm_read import value_kind

GENAI_PRICES_URL = "https://github.com/pydantic/genai-prices"


def read_genai_prices(path: Path) -> list[object]:
    """The file's providers in file order (each still to be checked: a bad one is skipped, not fatal)."""
    doc = decode_json(read_bytes(path), path, say_cut=True)
    if isinstance(doc, dict) and isinstance(doc.get("models"), list):
        return [doc]
    if not isinstance(doc, list):
        kind = Field("kind_object_without_models") if isinstance(doc, dict) else value_kind(doc)
        raise CatalogError(str(path), "genai_top_level", kind=kind)
    return doc


def looks_like_genai_prices(head: bytes) -> bool:
    """Whether the first bytes of a .json file look like genai-prices data (a list of providers, or one provider
    object starting with its ``id``) rather than a LiteLLM map (an object of model entries)."""
    text = head.decode("utf-8-sig", errors="ignore").lstrip()
    if text.startswith("["):
        return True
    if not text.startswith("{"):
        return False
    body = text[1:].lstrip()
    return body.startswith(('"id"', '"name"', '"pricing_urls"')) and '"models"' in text

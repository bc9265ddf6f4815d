"""Reading LiteLLM's price map: its top-level entries in file order, each with the line it starts on and its
numbers exact (``Decimal``); errors name the file and line."""

from __future__ import annotations

import json
from decimal import Decimal
from json.decoder import WHITESPACE, JSONDecodeError, scanstring  # type: ignore[attr-defined]  # not in typeshed
from pathlib import Path

from core.errors import CatalogError, Field, detail_of, kind_of
from core.importers.common import read_bytes
from core.json_text import decoder as json_decoder
from core.json_text import json_error


def read_litellm_map(path: Path) -> list[tuple[str, int, object]]:
    """Read the map's top-level entries as (key, line, value), numbers exact; errors name file and line."""
    raw = read_bytes(path)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise CatalogError(f"{path}:{line}", "litellm_not_utf8", offset=exc.start) from None
    # NaN/Infinity are not JSON; kept as Decimal so one such value skips its entry instead of failing the map.
    decoder = json_decoder(parse_constant=Decimal)
    try:
        return _scan_top_level(text, decoder, path)
    except JSONDecodeError as exc:
        cut = not text.rstrip().endswith("}")
        raise CatalogError(f"{path}:{exc.lineno}:{exc.colno}", "invalid_json_short" if cut else "invalid_json",
                           detail=detail_of(exc)) from None
    except RecursionError:
        raise CatalogError(str(path), "nested_too_deep") from None
    except ValueError as exc:   # a number with more digits than any price or count has
        raise json_error(exc, str(path), CatalogError) from None


def _scan_top_level(text: str, decoder: json.JSONDecoder, path: Path) -> list[tuple[str, int, object]]:
    """Walk the top-level object key by key (the C scanner decodes each value), so every entry keeps the
    line it starts on and a duplicate key is seen, not silently replaced."""
    ws = WHITESPACE.match
    idx = ws(text, 0).end()
    if idx == len(text):
        raise CatalogError(str(path), "file_empty")
    if text[idx] != "{":
        value, _ = decoder.raw_decode(text, idx)
        raise CatalogError(f"{path}:{text.count(chr(10), 0, idx) + 1}", "litellm_top_level", kind=value_kind(value))
    entries: list[tuple[str, int, object]] = []
    idx = ws(text, idx + 1).end()
    line, counted = 1, 0
    if text.startswith("}", idx):
        idx += 1
    else:
        while True:
            if not text.startswith('"', idx):
                raise JSONDecodeError("Expecting property name enclosed in double quotes", text, idx)
            key_at = idx
            key, idx = scanstring(text, idx + 1)
            idx = ws(text, idx).end()
            if not text.startswith(":", idx):
                raise JSONDecodeError("Expecting ':' delimiter", text, idx)
            idx = ws(text, idx + 1).end()
            value, idx = decoder.raw_decode(text, idx)
            line += text.count("\n", counted, key_at)
            counted = key_at
            entries.append((key, line, value))
            idx = ws(text, idx).end()
            if text.startswith(",", idx):
                idx = ws(text, idx + 1).end()
                continue
            if text.startswith("}", idx):
                idx += 1
                break
            raise JSONDecodeError("Expecting ',' delimiter", text, idx)
    if ws(text, idx).end() != len(text):
        raise JSONDecodeError("Extra data", text, ws(text, idx).end())
    return entries


def value_kind(value: object) -> str:
    """What a JSON value that is not an object is, in words, for a message (core.errors.kind_of: translated)."""
    if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
        return Field("kind_number")   # 42 or 4.2 alike: "a number"
    return kind_of(value)

"""JSON read the one way TokenQuote reads it: numbers exact (Decimal, never float), and a hostile file — a
5,000-digit number, nesting a thousand levels deep — refused with a clear error instead of a Python traceback.
Each caller still says where a syntax error is (file and line) in its own terms."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

from core.errors import Field, TokenQuoteError, Where, detail_of, read_reason

MAX_DIGITS = 40   # far more than any price, volume or date needs; Python refuses integers over 4,300 digits


class _TooLong(ValueError):
    pass


def _int(text: str) -> int:
    if len(text) > MAX_DIGITS:
        raise _TooLong(text)
    return int(text)


def _decimal(text: str) -> Decimal:
    if len(text) > MAX_DIGITS + 10:
        raise _TooLong(text)
    return Decimal(text)


def decoder(**extra) -> json.JSONDecoder:
    """A decoder with TokenQuote's number hooks (for reading a file value by value)."""
    return json.JSONDecoder(parse_int=_int, parse_float=_decimal, **extra)


class _KeyTwice(ValueError):
    pass


def _unique_keys(pairs: list) -> dict:
    seen: dict = {}
    for key, value in pairs:
        if key in seen:
            raise _KeyTwice(key)
        seen[key] = value
    return seen


def load_json(text: str, where: Where, *, error: type[TokenQuoteError], unique_keys: bool = False, **extra):
    """``json.loads`` with exact numbers; a number too long or nesting too deep raises ``error`` at ``where``, and
    with ``unique_keys`` so does a key given twice in one object (a file a person writes: which of the two was
    meant is not for the reader to guess, and Python's json keeps the last without a word).
    :class:`json.JSONDecodeError` is left to the caller, which knows how to name the file and line."""
    if unique_keys:
        extra["object_pairs_hook"] = _unique_keys
    try:
        return json.loads(text, parse_int=_int, parse_float=_decimal, **extra)
    except _KeyTwice as exc:
        raise error(where, "json_key_twice", key=exc.args[0]) from None
    except (_TooLong, RecursionError) as exc:
        raise json_error(exc, where, error) from None


def json_error(exc: BaseException, where: Where, error: type[TokenQuoteError]) -> TokenQuoteError:
    """The error for a hostile value met while decoding (for callers that decode themselves)."""
    if isinstance(exc, RecursionError):
        return error(where, "json_too_deep")
    return error(where, "json_number_too_long", limit=MAX_DIGITS)


def read_json_file(path: Path, where: Where, *, error: type[TokenQuoteError], unique_keys: bool = False,
                   refuse_empty: bool = False):
    """A small JSON file a person writes (a usage mapping, a workloads list), read with :func:`load_json`; what
    is wrong with it is said at ``where``: not UTF-8, unreadable, empty (with ``refuse_empty``), or the line and
    column of bad JSON."""
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        raise error(where, "not_utf8") from None
    except OSError as exc:
        raise error(where, "file_unreadable", reason=read_reason(exc)) from None
    if refuse_empty and not text.strip():
        raise error(where, "file_empty")
    try:
        return load_json(text, where, error=error, unique_keys=unique_keys)
    except json.JSONDecodeError as exc:
        at = where if isinstance(where, tuple) else (where,)
        raise error((*at, Field("line_column", line=exc.lineno, column=exc.colno)), "invalid_json",
                    detail=detail_of(exc)) from None

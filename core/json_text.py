"""JSON read the one way TokenQuote reads it: numbers exact (Decimal, never float), and a hostile file — a
5,000-digit number, nesting a thousand levels deep — refused with a clear error instead of a Python traceback.
Each caller still says where a syntax error is (file and line) in its own terms."""

from __future__ import annotations

import json
from decimal import Decimal

from core.errors import TokenQuoteError, Where

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

"""Numbers as people type them: the one rule for grouping and decimal separators, and sane magnitudes.

A separator that could mean two things is refused, never guessed: with a decimal point (the CLI, an English
interface) a comma only groups thousands (``1,234,567``), so ``1,5M`` or ``2,5`` is refused rather than read as
15M or 25 — the wrong figure a budget must never show. With a decimal comma (a German or French interface) the
roles swap: ``1,5`` is 1.5 and a dot groups thousands. Spaces (plain, no-break, thin), apostrophes and
underscores group thousands in either. A number whose exponent is absurd (``1e1000000``, ``1e-999999999``) is
refused before any arithmetic, so nothing overflows or silently underflows to 0.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from core.errors import InputError, Where

GROUP_SPACES = " \u00a0\u2009\u202f'_"
COMMAS = ",\uff0c"             # the full-width comma is what a Chinese keyboard types
MAX_EXPONENT = 30              # 10^30: far above any volume (10^15), price or money amount TokenQuote accepts
_EXPONENT = re.compile(r"[eE][+-]?[0-9]+$")
# A Chinese or Japanese input method types full-width forms (１２０Ｍ, ４０．５％) and the ideographic space: read as
# the ASCII they stand for — the one-to-one mapping of the full-width block, not Unicode's wider NFKC folding,
# which would also read "1²M" as 12M.
_HALF_WIDTH = str.maketrans({**{chr(c): chr(c - 0xFEE0) for c in range(0xFF01, 0xFF5F)}, "\u3000": " "})


def half_width(text: str) -> str:
    """``text`` with full-width ASCII forms as ASCII (``１２０Ｍ`` → ``120M``)."""
    return text.translate(_HALF_WIDTH)


def number_text(text: str, where: Where, *, decimal: str = ".", shown: object = None) -> str:
    """``text`` (digits, separators, an optional exponent) as :class:`Decimal` reads it, grouping removed.

    Parameters
    ----------
    text : str
        The number part of what was typed (no unit, no sign handling beyond a leading ``-``/``+``).
    where : Where
        The field or option, named in the error.
    decimal : str
        ``"."`` (the default, and always on the command line) or ``","`` (the interface's locale writes decimals
        with a comma).
    shown : object, optional
        What the user typed, for the error (``"1,5M"`` when ``text`` is its number part ``"1,5"``).
    """
    shown = text if shown is None else shown
    raw = text.strip()
    sign = ""
    if raw[:1] and raw[0] in "+-":
        sign, raw = raw[0], raw[1:].strip()
    exponent = ""
    found = _EXPONENT.search(raw)
    if found:
        exponent, raw = found.group(0), raw[:found.start()]
    decimal_chars = set(COMMAS) if decimal == "," else {"."}
    group_chars = set(GROUP_SPACES) | ({"."} if decimal == "," else set(COMMAS))
    points = [i for i, c in enumerate(raw) if c in decimal_chars]
    if len(points) > 1:
        raise InputError(where, "not_a_number", value=shown)
    whole, fraction = (raw[:points[0]], raw[points[0] + 1:]) if points else (raw, "")
    if not all(c.isdigit() or c in group_chars for c in whole + fraction):   # "50 percent", "12O"
        raise InputError(where, "not_a_number", value=shown)
    comma_decimal = decimal == ","
    if any(c in group_chars for c in fraction):
        raise InputError(where, "number_ambiguous_point" if comma_decimal else "number_ambiguous_comma", value=shown)
    separators = {c for c in whole if c in group_chars}
    if separators:
        groups = whole.split(next(iter(separators)))
        if len(separators) > 1 or not (1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])):
            if not separators & {".", *COMMAS}:   # 1_0, 1 0: no mark that could be a decimal, a bad grouping
                raise InputError(where, "number_grouping", value=shown)
            raise InputError(where, "number_ambiguous_point" if comma_decimal else "number_ambiguous_comma",
                             value=shown)
        whole = "".join(groups)
    return sign + whole + ("." + fraction if points else "") + exponent


def read_number(text: str, where: Where, *, decimal: str = ".", shown: object = None) -> Decimal:
    """A typed number as an exact Decimal (grouping removed, magnitude checked); refuses what is not one."""
    shown = text if shown is None else shown
    cleaned = number_text(half_width(text), where, decimal=decimal, shown=shown)
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise InputError(where, "not_a_number", value=shown) from None
    return checked_magnitude(value, where, shown)


def checked_magnitude(value: Decimal, where: Where, shown: object) -> Decimal:
    """``value`` if it is finite and within 10^-30 … 10^30 (or 0); else a clear refusal, not an overflow later."""
    if not value.is_finite():
        raise InputError(where, "not_finite", value=shown)
    if value and not -MAX_EXPONENT <= value.adjusted() <= MAX_EXPONENT:
        raise InputError(where, "number_out_of_range", value=shown)
    return value

"""Text as a terminal or a spreadsheet column lays it out: East Asian wide characters take two columns, so
Chinese model names still line up in the CLI's tables and the workbook's column widths."""

from __future__ import annotations

import re
import unicodedata

from core.errors import InputError, Where


def display_width(text: str) -> int:
    """Terminal columns: CJK characters take two, so Chinese model names still line up."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


# The one rule for links: the catalog's sources, imported price lists, the workbook's Prices sheet and the GUI's
# clickable source cells all use it. A whole text is a link as the catalog's JSON Schema says (``^https?://\S+$``);
# a link inside prose ends at a space, a quote or an angle bracket.
_LINK = re.compile(r"https?://\S+")
_LINK_IN_TEXT = re.compile(r"https?://[^\s<>\"']+")


def is_url(text: str) -> bool:
    """True when ``text`` is one http(s) link and nothing else."""
    return _LINK.fullmatch(text) is not None


def find_url(text: str) -> str | None:
    """The first http(s) link inside ``text`` (a source that also names a document), or None."""
    found = _LINK_IN_TEXT.search(text)
    return found.group(0) if found else None


# Not text: a lone surrogate (a JSON "\\ud800") cannot be written as UTF-8 to a workbook, a PDF or a project; a
# control character (a bell, an escape; tab and line breaks are text) is dropped or shown as "�" by the workbook;
# the bidirectional overrides (U+202D, U+202E) make a client's name read backwards. (Embeddings and isolates,
# U+202A–U+202C and U+2066–U+2069, are ordinary in text pasted from Arabic or Hebrew: accepted.)
_NOT_TEXT = re.compile(r"[\ud800-\udfff\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202d\u202e]")

# How long a text may be, wherever it gets in (typed, a project file, a catalog layer, the command line): a name
# (client, quote number, workload) is a line of a quote, notes a paragraph or a few. Longer ones are refused: a
# 3,000-character client name took the PDF 24 s to lay out and then failed, and a spreadsheet cell holds at most
# 32,767 characters. (A catalog's names are held shorter: core.catalog.files.)
MAX_NAME_CHARS = 300
MAX_NOTE_CHARS = 10_000


def check_text(value: str, where: Where, limit: int | None = None) -> str:
    """``value`` if every character can be saved as text (and it is at most ``limit`` characters); else refuse,
    naming the field (never crash, or stall, at export)."""
    found = _NOT_TEXT.search(value)
    if found:
        raise InputError(where, "text_invalid_char", char=f"U+{ord(found.group(0)):04X}", position=found.start() + 1)
    if limit is not None and len(value) > limit:
        raise InputError(where, "text_too_long", length=f"{len(value):,}", limit=f"{limit:,}")
    return value

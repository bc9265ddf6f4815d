"""Errors as data: a stable ``code`` with its parameters, and *where* the problem is (option, field, file, line).

Core raises these; the CLI prints ``str(error)`` — the English text of :mod:`core.error_texts` — as its one line
on stderr (exit status 2); the GUI translates the code and the named places with ``tr()`` and fills in the same
parameters. Nothing reads a message's text back. No traceback is ever meant to reach a user.

A location is a sequence of parts, joined with ``": "`` in English: a plain string is shown as it is (a file
path, a JSON path such as ``models[3].prices[0].input``, an option such as ``--fx``); a :class:`Field` is a place
the user knows by name ("input tokens", "line 3, column 5") and is translated. A parameter may be a Field too
(a word such as "a whole number" inside a sentence). Imports: :mod:`core.error_texts` only (the foundation).
"""

from __future__ import annotations

import errno as _errno
import re
from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import TypeAlias

from core.error_fields import FIELDS
from core.error_texts import MESSAGES


class Field(str):
    """A named place or word with a code the GUI translates; its ``str`` is the English text."""

    __slots__ = ("code", "params")
    code: str
    params: dict

    def __new__(cls, code: str, **params) -> "Field":
        template = FIELDS[code]   # an unknown code is a programming error: fail at once, not at display
        # Always formatted, as the GUI formats the translation: "{{" in a template is one literal brace.
        text = super().__new__(cls, template.format(**params))
        text.code = code
        text.params = params
        return text

    def __reduce__(self):   # errors cross threads and processes; keep the code when pickled
        return (_field, (self.code, self.params))


def _field(code: str, params: dict) -> Field:
    return Field(code, **params)


class Words(tuple):
    """Several named words (or plain texts) said as one, joined by ``sep`` ("; " or ", "); the GUI joins their
    translations with the separator of the user's language. A parameter of a :class:`Field`."""

    sep: str

    def __new__(cls, parts, sep: str = "; ") -> "Words":
        words = super().__new__(cls, (part for part in parts if part))
        words.sep = sep
        return words

    def __str__(self) -> str:
        return self.sep.join(map(str, self))

    def __format__(self, spec: str) -> str:   # in a template, as its text
        return format(str(self), spec)

    def __reduce__(self):
        return (Words, (tuple(self), self.sep))


def words(parts, sep: str = "; ") -> Field | str:
    """``parts`` (the empty ones left out) as one text: a Field whose English is the parts joined by ``sep``; ""
    when there is none."""
    joined = Words(parts, sep)
    return Field("words", parts=joined) if joined else ""


Place: TypeAlias = "str | Field"
Where: TypeAlias = "Place | Sequence[Place] | None"   # one place, or the parts from the outermost in


class TokenQuoteError(Exception):
    """Base class: ``places`` say where (outermost first), ``code`` and ``params`` say what is wrong.

    ``where`` and ``problem`` are the English texts, ``str(error)`` is ``"where: problem"`` (or the problem
    alone), exactly what the command line prints.
    """

    def __init__(self, where: Where, code: str, /, **params):
        if code not in MESSAGES:   # a programming error: every code has its text (and a translation: a test)
            raise KeyError(f"unknown error code {code!r}")
        self.places: tuple[Place, ...] = _places(where)
        self.code = code
        self.params = {key: _shown(value) for key, value in params.items()}
        super().__init__(str(self))

    @property
    def where(self) -> str:
        return ": ".join(self.places)

    @property
    def problem(self) -> str:
        params = {k: v.problem if isinstance(v, TokenQuoteError) else v for k, v in self.params.items()}
        return MESSAGES[self.code].format(**params)

    def __str__(self) -> str:
        where = self.where
        return f"{where}: {self.problem}" if where else self.problem

    def __reduce__(self):
        return (_rebuild, (type(self), self.places, self.code, self.params))

    def at(self, *prefix: Place, kind: type["TokenQuoteError"] | None = None) -> "TokenQuoteError":
        """A copy placed inside ``prefix`` (a field error inside a file), optionally as another kind."""
        return (kind or type(self))(tuple(prefix) + self.places, self.code, **self.params)

    def moved(self, *places: Place, kind: type["TokenQuoteError"] | None = None) -> "TokenQuoteError":
        """A copy at ``places`` instead (an option names what a function called a field)."""
        return (kind or type(self))(places, self.code, **self.params)


def _shown(value):
    """A parameter as a person reads it: a Decimal or a date as its text (``{value!r}`` of Decimal('150') read
    "Decimal('150') must be 0–100"), JSON's true, false and null as JSON writes them (not Python's True and None),
    anything else as it is."""
    if isinstance(value, bool) or value is None:
        return "null" if value is None else "true" if value else "false"
    return str(value) if isinstance(value, (Decimal, date)) else value


def kind_of(value: object) -> "Field":
    """What kind of value a file held where another was expected, in words (translated), never Python's type name
    ("expected text, got int"; "got NoneType" for a JSON null)."""
    if value is None:
        return Field("kind_null")
    if isinstance(value, bool):
        return Field("kind_bool")
    if isinstance(value, int):
        return Field("kind_whole_number")
    if isinstance(value, (float, Decimal)):
        return Field("kind_number")
    code = "kind_string" if isinstance(value, str) else "kind_list" if isinstance(value, (list, tuple)) else \
        "kind_object" if isinstance(value, dict) else "kind_other"
    return Field(code)


def _rebuild(kind, places, code, params):
    return kind(places, code, **params)


def _places(where) -> tuple[Place, ...]:
    if where is None or where == "":
        return ()
    if isinstance(where, str):
        return (where,)
    return tuple(p for p in where if p != "")


class InputError(TokenQuoteError):
    """A value typed or passed by the user is not acceptable (volume, percentage, date, currency...)."""


class CatalogError(TokenQuoteError):
    """A catalog or price-list file is unreadable or does not follow the catalog format."""


class FxError(TokenQuoteError):
    """A conversion needs an exchange rate that the FX table does not have."""


class ProjectFileError(TokenQuoteError):
    """A .tokenquote project file is broken, foreign or from a newer version."""


class WriteError(TokenQuoteError):
    """A file could not be written; the earlier file, if any, is untouched."""


# OS errors a person can act on, by errno: the reason as a translatable word. Others keep the system's text.
_OS_REASONS = {
    _errno.EACCES: "os_permission", _errno.EPERM: "os_permission", _errno.ENOSPC: "os_disk_full",
    _errno.EDQUOT: "os_disk_full", _errno.EROFS: "os_read_only", _errno.EBUSY: "os_busy",
    _errno.ETXTBSY: "os_busy", _errno.ENOENT: "os_no_folder", _errno.EISDIR: "os_is_folder",
    _errno.ENAMETOOLONG: "os_name_too_long", _errno.EFBIG: "os_file_too_big", _errno.ELOOP: "os_link_loop",
    _errno.EINVAL: "os_name_not_allowed", _errno.EIO: "os_disk_error",
}


def describe_os_error(exc: OSError) -> Place:
    """Why a write failed, in words a person can act on (a :class:`Field`, or the system's own text)."""
    code = exc.errno
    if getattr(exc, "winerror", None) in (32, 33):   # Windows: the file is open in another program
        return Field("os_busy")
    if code in _OS_REASONS:
        return Field(_OS_REASONS[code])
    return exc.strerror or str(exc)


def read_reason(exc: OSError) -> Place:
    """Why a file could not be read: the system's text (``No such file or directory``), translated where the
    errno is a common one; "cannot be read" when the system gave none."""
    if not exc.strerror:
        return Field("cannot_be_read")
    if exc.errno in (_errno.ENAMETOOLONG, _errno.ELOOP):   # the name itself: say so in words a person can act on
        return Field(_OS_REASONS[exc.errno])
    known = {_errno.ENOENT: "read_no_such_file", _errno.EACCES: "read_permission", _errno.EISDIR: "read_is_folder"}
    code = known.get(exc.errno) if exc.errno is not None else None
    if code is not None and exc.strerror == FIELDS[code]:   # the system's own words, so translatable
        return Field(code)
    return exc.strerror


# Details a core error passes on from a library ("not valid JSON (Expecting ',' delimiter)"): the ones people meet,
# worded once and translated (by the exception's class, or the start of the text the standard library words
# them with); anything else keeps its own words, without Python's object addresses.
_DETAIL_CLASSES = {"BadZipFile": "detail_not_zip", "UnidentifiedImageError": "detail_not_an_image",
                   "EOFError": "detail_cut_short", "error": "detail_damaged"}   # zlib.error: a damaged part
_DETAIL_TEXTS = (
    ("Expecting value", "json_expecting_value"),
    ("Expecting property name enclosed in double quotes", "json_expecting_name"),
    ("Expecting ':' delimiter", "json_expecting_colon"),
    ("Expecting ',' delimiter", "json_expecting_comma"),
    ("Unterminated string starting at", "json_unterminated_string"),
    ("Invalid control character", "json_control_character"),
    ("Invalid \\escape", "json_bad_escape"),
    ("Invalid \\uXXXX escape", "json_bad_escape"),
    ("Extra data", "json_extra_data"),
    ("Illegal trailing comma", "json_trailing_comma"),
    ("line contains NUL", "detail_nul"),
    ("field larger than field limit", "detail_field_too_long"),
    ("new-line character seen in unquoted field", "detail_newline_in_field"),
    ("There is no item named", "detail_parts_missing"),
    ("File is not a zip file", "detail_not_zip"),
    ("cannot identify image file", "detail_not_an_image"),
    ("image file is truncated", "detail_cut_short"),
)
_ADDRESS = re.compile(r"\s*<[^<>]* at 0x[0-9a-fA-F]+>")


def detail_of(exc: BaseException | str) -> Place:
    """What a library said went wrong, as a detail for an error's ``{detail}``: a translated word where it is one
    people meet (a JSON syntax error, a damaged zip, a file that is no image), else its text on one line, without
    ``<_io.BytesIO object at 0x7f…>`` and at most 200 characters."""
    if isinstance(exc, BaseException):
        code = _DETAIL_CLASSES.get(type(exc).__name__)
        if code is not None and (code != "detail_damaged" or type(exc).__module__ == "zlib"):
            return Field(code)
        text = str(getattr(exc, "msg", None) or exc).strip("'\"")   # a KeyError's text comes quoted
    else:
        text = exc
    for start, code in _DETAIL_TEXTS:
        if text.startswith(start):
            return Field(code)
    return " ".join(_ADDRESS.sub("", text).split())[:200] or (type(exc).__name__ if isinstance(exc, BaseException)
                                                            else "?")

"""The core's texts in the interface's language: its errors (a code and parameters, never a sentence to parse),
the engine's row notes, the notes of its exchange rates and the names of its regions.

The English texts live once in the core (``core.error_texts``, the ``NOTES`` of ``core.pricing.engine`` and
``core.pricing.fx``), marked there for
``pyside6-lupdate``; here they are looked up by code and translated with Qt's translator, and the error's own
parameters are filled in. A named place or word inside an error (a :class:`core.errors.Field`) is translated
too; a file path, a JSON path or a name the user gave is shown as it is.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from core.error_fields import FIELDS
from core.error_texts import FIELD_CONTEXT, MESSAGE_CONTEXT, MESSAGES
from core.errors import Field, TokenQuoteError, Words, describe_os_error
from core.pricing.fx import NOTES as FX_NOTES

NOTES_CONTEXT = "EngineNotes"
_FRAME = QT_TRANSLATE_NOOP("CoreErrors", "{0}: {1}")   # where: problem
_UNEXPECTED = QT_TRANSLATE_NOOP("CoreErrors", "an unexpected problem stopped this ({0}); nothing was changed. Please "
                                              "report it with what you were doing.")

# How several named words are said as one (core.errors.Words): "; " between details, ", " in a list.
_SEPARATORS = {"; ": QT_TRANSLATE_NOOP("CoreFields", "; "), ", ": QT_TRANSLATE_NOOP("CoreFields", ", ")}

# The catalog's vendor regions.
REGION_TEXTS = {
    "US": QT_TRANSLATE_NOOP("CoreFields", "United States"),
    "EU": QT_TRANSLATE_NOOP("CoreFields", "Europe"),
    "CN": QT_TRANSLATE_NOOP("CoreFields", "China"),
}


def _tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def needs_translation(template: str) -> bool:
    """False for a template that is one parameter and nothing else (``{reason}``): it shows what it is given."""
    return not (template.startswith("{") and template.endswith("}") and template.count("{") == 1)


def place_text(part: object) -> str:
    """A place or word in the interface's language: a :class:`Field` translated, anything else as it is."""
    if isinstance(part, Field):
        return _tr(FIELD_CONTEXT, FIELDS[part.code]).format(**_params(part.params))
    return str(part)


def _params(params: dict) -> dict:
    """Parameters as shown: a named word translated, an inner error (what an import produced) as its problem —
    or, under the name ``error``, as its place and problem (``{error}`` stands for the whole message, as the
    English ``str(error)`` does)."""
    shown = {}
    for key, value in params.items():
        if isinstance(value, Field):
            value = place_text(value)
        elif isinstance(value, TokenQuoteError):
            value = error_text(value) if key == "error" else problem_text(value)
        elif isinstance(value, Words):   # several words said as one, with this language's separator
            value = _tr(FIELD_CONTEXT, _SEPARATORS.get(value.sep, value.sep)).join(place_text(p) for p in value)
        shown[key] = value
    return shown


def problem_text(error: TokenQuoteError) -> str:
    """What is wrong, in the interface's language, with the error's own values filled in."""
    template = MESSAGES[error.code]
    if needs_translation(template):
        template = _tr(MESSAGE_CONTEXT, template)
    return template.format(**_params(error.params))


def where_text(error: TokenQuoteError) -> str:
    """Where the problem is, outermost first, each named place translated (``a.tokenquote：第 3 行，第 5 列``)."""
    parts = [place_text(part) for part in error.places]
    if not parts:
        return ""
    text = parts[0]
    for part in parts[1:]:
        text = _tr(MESSAGE_CONTEXT, _FRAME).format(text, part)
    return text


def error_text(error: BaseException) -> str:
    """What a person reads for ``error``: for a core error its location and its problem in the interface's
    language (``输入 tokens：'abc' 不是…``); for anything else its message."""
    if isinstance(error, OSError):   # the system refused a file: where and why, in words a person can act on
        error = TokenQuoteError(str(error.filename) if error.filename else None, "write_failed",
                                reason=describe_os_error(error))
    if not isinstance(error, TokenQuoteError):
        # Not one of the core's own errors: a bug, or a condition no rule foresaw. Never show Python's text
        # ("[<class 'decimal.InvalidOperation'>]"): say so in the user's language, and log the detail.
        _log(error)
        return _tr(MESSAGE_CONTEXT, _UNEXPECTED).format(type(error).__name__)
    problem = problem_text(error)
    where = where_text(error)
    if not where:
        return problem
    return _tr(MESSAGE_CONTEXT, _FRAME).format(where, problem)


def note_text(code: str) -> str:
    """An engine note in the interface's language (the code is its English text)."""
    return _tr(NOTES_CONTEXT, code)


def fx_note_text(note: str) -> str:
    """An exchange rate's note: the core's own notes translated, the user's as written."""
    return _tr(FIELD_CONTEXT, note) if note in FX_NOTES else note


def region_text(code: str) -> str:
    """A vendor region's name (an unknown code as it is)."""
    source = REGION_TEXTS.get(code)
    return _tr(FIELD_CONTEXT, source) if source else code


def _log(error: BaseException) -> None:
    """The detail of an unexpected error, for the report (stderr; a packaged app's log captures it)."""
    import sys
    import traceback

    traceback.print_exception(type(error), error, error.__traceback__, file=sys.stderr)

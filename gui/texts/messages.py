"""The core's fixed texts in the interface's language: the engine's row notes, and the errors it raises.

The core speaks English and returns codes and details, not sentences meant for Qt's translator (DESIGN: Core ↔
GUI). Here its fixed phrasings are marked for ``pyside6-lupdate`` with ``QT_TRANSLATE_NOOP`` and looked up
when shown: a note code by its value; an error's location (``where``) by its known field names; its problem by
the core's wording, with the variable parts (the typed text, a currency) carried over. A problem worded in a
way this table does not know keeps its English detail inside a translated frame, so nothing is ever lost; in
English every text here is exactly the core's own (a test holds the table to that).
"""

from __future__ import annotations

import functools
import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from core.pricing.engine import NOTE_NO_BATCH, NOTE_NO_CACHE, NOTE_NO_OFF_PEAK, NOTE_TOO_LONG
from core.errors import TokenQuoteError
from core.pricing.fx import CLI_NOTE, DEFAULT_RATES

NOTES_CONTEXT = "EngineNotes"
WHERE_CONTEXT = "CoreFields"
PROBLEM_CONTEXT = "CoreMessages"

# The engine's note codes (core.engine.NOTE_*) → what a row's tooltip says.
NOTE_TEXTS = {
    NOTE_NO_BATCH: QT_TRANSLATE_NOOP("EngineNotes", "No batch price: the batch share is billed at the standard price"),
    NOTE_NO_OFF_PEAK: QT_TRANSLATE_NOOP("EngineNotes",
                                        "No off-peak price: the off-peak share is billed at the standard price"),
    NOTE_NO_CACHE: QT_TRANSLATE_NOOP("EngineNotes", "No cache-hit price: cache hits are billed at the input price"),
    NOTE_TOO_LONG: QT_TRANSLATE_NOOP("EngineNotes", "The prompt is longer than this model's context window"),
}

# The notes the core gives exchange rates (its bundled assumptions, a rate typed on the command line).
FX_NOTE_TEXTS = {
    DEFAULT_RATES.rates[0].note: QT_TRANSLATE_NOOP("CoreFields", "assumption: edit to your budget rate"),
    CLI_NOTE: QT_TRANSLATE_NOOP("CoreFields", "given on the command line"),
}

# The catalog's vendor regions.
REGION_TEXTS = {
    "US": QT_TRANSLATE_NOOP("CoreFields", "United States"),
    "EU": QT_TRANSLATE_NOOP("CoreFields", "Europe"),
    "CN": QT_TRANSLATE_NOOP("CoreFields", "China"),
}

# Field names the core puts in ``where`` (a GUI field passes its own, already translated, name).
WHERE_TEXTS = {
    "FX": QT_TRANSLATE_NOOP("CoreFields", "FX"),
    "workload name": QT_TRANSLATE_NOOP("CoreFields", "workload name"),
    "workloads": QT_TRANSLATE_NOOP("CoreFields", "workloads"),
    "input tokens": QT_TRANSLATE_NOOP("CoreFields", "input tokens"),
    "output tokens": QT_TRANSLATE_NOOP("CoreFields", "output tokens"),
    "prompt tokens": QT_TRANSLATE_NOOP("CoreFields", "prompt tokens"),
    "cache-hit %": QT_TRANSLATE_NOOP("CoreFields", "cache-hit %"),
    "batch %": QT_TRANSLATE_NOOP("CoreFields", "batch %"),
    "off-peak %": QT_TRANSLATE_NOOP("CoreFields", "off-peak %"),
    "batch % + off-peak %": QT_TRANSLATE_NOOP("CoreFields", "batch % + off-peak %"),
    "requests per day": QT_TRANSLATE_NOOP("CoreFields", "requests per day"),
    "tokens per request": QT_TRANSLATE_NOOP("CoreFields", "tokens per request"),
    "monthly tokens": QT_TRANSLATE_NOOP("CoreFields", "monthly tokens"),
    "number of chars": QT_TRANSLATE_NOOP("CoreFields", "number of chars"),
    "number of words": QT_TRANSLATE_NOOP("CoreFields", "number of words"),
    "text unit": QT_TRANSLATE_NOOP("CoreFields", "text unit"),
    "validity (days)": QT_TRANSLATE_NOOP("CoreFields", "validity (days)"),
    "discount %": QT_TRANSLATE_NOOP("CoreFields", "discount %"),
    "markup %": QT_TRANSLATE_NOOP("CoreFields", "markup %"),
    "tax %": QT_TRANSLATE_NOOP("CoreFields", "tax %"),
    "discount % / tax %": QT_TRANSLATE_NOOP("CoreFields", "discount % / tax %"),
    "months": QT_TRANSLATE_NOOP("CoreFields", "months"),
    "growth %": QT_TRANSLATE_NOOP("CoreFields", "growth %"),
    "price decline %": QT_TRANSLATE_NOOP("CoreFields", "price decline %"),
    "models": QT_TRANSLATE_NOOP("CoreFields", "models"),
}
_LINE_COLUMN = re.compile(r"^line (\d+), column (\d+)$")
_LINE_COLUMN_TEXT = QT_TRANSLATE_NOOP("CoreFields", "line {0}, column {1}")
_DISCOUNT_FOR = re.compile(r"^discount % for (.+)$")
_DISCOUNT_FOR_TEXT = QT_TRANSLATE_NOOP("CoreFields", "discount % for {0}")

# The core's problem wordings: a pattern of the English text, and its translatable template ({0}, {1}... are the
# pattern's groups, in order). Anchored, so a problem matches its whole pattern or none.
_PROBLEM_SOURCES = (
    # core.volumes
    (r"is empty; enter a number of tokens such as 300M or 1\.2亿",
     QT_TRANSLATE_NOOP("CoreMessages", "is empty; enter a number of tokens such as 300M or 1.2亿")),
    (r"(.+) is not a volume; use digits with an optional K, M, B, T, 万 or 亿 \(e\.g\. 2\.5M, 10B, 1\.2亿\)",
     QT_TRANSLATE_NOOP("CoreMessages", "{0} is not a volume; use digits with an optional K, M, B, T, 万 or 亿 "
                                       "(e.g. 2.5M, 10B, 1.2亿)")),
    (r"(.+): unknown unit (.+); use K, M, B, T, 万 or 亿",
     QT_TRANSLATE_NOOP("CoreMessages", "{0}: unknown unit {1}; use K, M, B, T, 万 or 亿")),
    (r"(.+) is negative; volumes are 0 or more tokens",
     QT_TRANSLATE_NOOP("CoreMessages", "{0} is negative; volumes are 0 or more tokens")),
    (r"(.+) is (.+) tokens; volumes are whole tokens",
     QT_TRANSLATE_NOOP("CoreMessages", "{0} is {1} tokens; volumes are whole tokens")),
    (r"(.+) is more than 10\^15 tokens a month",
     QT_TRANSLATE_NOOP("CoreMessages", "{0} is more than 10^15 tokens a month")),
    (r"expected a number of tokens", QT_TRANSLATE_NOOP("CoreMessages", "expected a number of tokens")),
    (r"expected a number of tokens, got (\w+)",
     QT_TRANSLATE_NOOP("CoreMessages", "expected a number of tokens, got {0}")),
    (r"no token ratio for (\w+) of (.+) text; use characters for Chinese, words or characters for English",
     QT_TRANSLATE_NOOP("CoreMessages",
                       "no token ratio for {0} of {1} text; use characters for Chinese, words or characters for "
                       "English")),
    # core.volumes.parse_percent
    (r"is empty; enter a percentage from 0 to 100",
     QT_TRANSLATE_NOOP("CoreMessages", "is empty; enter a percentage from 0 to 100")),
    (r"(.+) is not a percentage; enter a number from 0 to 100",
     QT_TRANSLATE_NOOP("CoreMessages", "{0} is not a percentage; enter a number from 0 to 100")),
    (r"(.+) is outside 0–100%", QT_TRANSLATE_NOOP("CoreMessages", "{0} is outside 0–100%")),
    (r"(.+) must be given as an exact number 0–100",
     QT_TRANSLATE_NOOP("CoreMessages", "{0} must be given as an exact number 0–100")),
    (r"expected a percentage, got (\w+)", QT_TRANSLATE_NOOP("CoreMessages", "expected a percentage, got {0}")),
    # core.money
    (r"(.+) is not a finite number", QT_TRANSLATE_NOOP("CoreMessages", "{0} is not a finite number")),
    (r"is not a finite number", QT_TRANSLATE_NOOP("CoreMessages", "is not a finite number")),
    (r"(.+) is not a number", QT_TRANSLATE_NOOP("CoreMessages", "{0} is not a number")),
    (r"(.+) is below the minimum (.+)", QT_TRANSLATE_NOOP("CoreMessages", "{0} is below the minimum {1}")),
    (r"(.+) is above the maximum (.+)", QT_TRANSLATE_NOOP("CoreMessages", "{0} is above the maximum {1}")),
    (r"expected a number, got (\w+)", QT_TRANSLATE_NOOP("CoreMessages", "expected a number, got {0}")),
    (r"(.+) must be an exact number \(a decimal string or integer\), not a float",
     QT_TRANSLATE_NOOP("CoreMessages", "{0} must be an exact number (a decimal string or integer), not a float")),
    (r"(.+) is not a currency code \(three capital letters, e\.g\. USD, CNY\)",
     QT_TRANSLATE_NOOP("CoreMessages", "{0} is not a currency code (three capital letters, e.g. USD, CNY)")),
    # core.fx
    (r"no exchange rate for (\w+)→(\w+): add (\S+), or rates for both against (\w+)",
     QT_TRANSLATE_NOOP("CoreMessages", "no exchange rate for {0}→{1}: add {2}, or rates for both against {3}")),
    (r"(.+) must look like USD/CNY=7\.2 \(1 USD = 7\.2 CNY\)",
     QT_TRANSLATE_NOOP("CoreMessages", "{0} must look like USD/CNY=7.2 (1 USD = 7.2 CNY)")),
    (r"(.+) converts (\w+) to itself", QT_TRANSLATE_NOOP("CoreMessages", "{0} converts {1} to itself")),
    (r"(.+): a rate must be above 0", QT_TRANSLATE_NOOP("CoreMessages", "{0}: a rate must be above 0")),
    # core.workload, core.quote, core.projection
    (r"is empty", QT_TRANSLATE_NOOP("CoreMessages", "is empty")),
    (r"(.+) must be a whole number 0–10\^15",
     QT_TRANSLATE_NOOP("CoreMessages", "{0} must be a whole number 0–10^15")),
    (r"(.+) \+ (.+) is more than 100% of traffic",
     QT_TRANSLATE_NOOP("CoreMessages", "{0} + {1} is more than 100% of traffic")),
    (r"(.+) must be 0–100 \(markup up to 1000\)",
     QT_TRANSLATE_NOOP("CoreMessages", "{0} must be 0–100 (markup up to 1000)")),
    (r"(.+) must be 0–100", QT_TRANSLATE_NOOP("CoreMessages", "{0} must be 0–100")),
    (r"must be 0–100", QT_TRANSLATE_NOOP("CoreMessages", "must be 0–100")),
    (r"(.+) must be 0–3650 days", QT_TRANSLATE_NOOP("CoreMessages", "{0} must be 0–3650 days")),
    (r"(.+) must be 1–(\d+)", QT_TRANSLATE_NOOP("CoreMessages", "{0} must be 1–{1}")),
    (r"(.+) must be between -100 and 1000 per month",
     QT_TRANSLATE_NOOP("CoreMessages", "{0} must be between -100 and 1000 per month")),
    (r"(.+) must be 0–100 per year", QT_TRANSLATE_NOOP("CoreMessages", "{0} must be 0–100 per year")),
    (r"(.+) has no price in force during the projection",
     QT_TRANSLATE_NOOP("CoreMessages", "{0} has no price in force during the projection")),
    # core.atomic, core.workbook: why a file was not written
    (r"permission denied \(choose another folder or check the file is not read-only\)",
     QT_TRANSLATE_NOOP("CoreMessages",
                       "permission denied (choose another folder or check the file is not read-only)")),
    (r"the disk is full", QT_TRANSLATE_NOOP("CoreMessages", "the disk is full")),
    (r"the folder is on a read-only disk", QT_TRANSLATE_NOOP("CoreMessages", "the folder is on a read-only disk")),
    (r"the file is open in another program; close it and try again",
     QT_TRANSLATE_NOOP("CoreMessages", "the file is open in another program; close it and try again")),
    (r"the folder does not exist", QT_TRANSLATE_NOOP("CoreMessages", "the folder does not exist")),
    (r"that is a folder, not a file", QT_TRANSLATE_NOOP("CoreMessages", "that is a folder, not a file")),
    (r"the file is open in another program \(lock file (.+)\); close it and try again, or delete the lock file "
     r"if no program has it open",
     QT_TRANSLATE_NOOP("CoreMessages",
                       "the file is open in another program (lock file {0}); close it and try again, or delete the "
                       "lock file if no program has it open")),
    # core.project: why a project file cannot be opened
    (r"is not a TokenQuote project \(not UTF-8 text\)",
     QT_TRANSLATE_NOOP("CoreMessages", "is not a TokenQuote project (not UTF-8 text)")),
    (r"is empty \(perhaps a save was cut off\); nothing to open",
     QT_TRANSLATE_NOOP("CoreMessages", "is empty (perhaps a save was cut off); nothing to open")),
    (r"not valid JSON \((.+)\) — the file ends early, perhaps it was cut off by a full disk",
     QT_TRANSLATE_NOOP("CoreMessages",
                       "not valid JSON ({0}) — the file ends early, perhaps it was cut off by a full disk")),
    (r"not valid JSON \((.+)\)", QT_TRANSLATE_NOOP("CoreMessages", "not valid JSON ({0})")),
    (r'is not a TokenQuote project \(no "format": "tokenquote-project"\)',
     QT_TRANSLATE_NOOP("CoreMessages", 'is not a TokenQuote project (no "format": "tokenquote-project")')),
    (r"is (.+); this version of TokenQuote reads up to (\d+) \(update the app to open it\)",
     QT_TRANSLATE_NOOP("CoreMessages",
                       "is {0}; this version of TokenQuote reads up to {1} (update the app to open it)")),
    (r"is (\d+) MB; this is not a TokenQuote project",
     QT_TRANSLATE_NOOP("CoreMessages", "is {0} MB; this is not a TokenQuote project")),
    (r"cannot be read", QT_TRANSLATE_NOOP("CoreMessages", "cannot be read")),
    (r"expected a non-empty list", QT_TRANSLATE_NOOP("CoreMessages", "expected a non-empty list")),
    (r"two workloads have the same name", QT_TRANSLATE_NOOP("CoreMessages", "two workloads have the same name")),
    (r"expected a list of model ids", QT_TRANSLATE_NOOP("CoreMessages", "expected a list of model ids")),
    (r"expected a list of vendor entries", QT_TRANSLATE_NOOP("CoreMessages", "expected a list of vendor entries")),
    (r"expected an object", QT_TRANSLATE_NOOP("CoreMessages", "expected an object")),
    (r"(.+) is not a date \(YYYY-MM-DD\)", QT_TRANSLATE_NOOP("CoreMessages", "{0} is not a date (YYYY-MM-DD)")),
    (r"(.+) is not a date", QT_TRANSLATE_NOOP("CoreMessages", "{0} is not a date")),
    (r"a project keeps at least one workload",
     QT_TRANSLATE_NOOP("CoreMessages", "a project keeps at least one workload")),
    (r"(.+) is already used by another workload",
     QT_TRANSLATE_NOOP("CoreMessages", "{0} is already used by another workload")),
)
_FRAME = QT_TRANSLATE_NOOP("CoreMessages", "{0}: {1}")   # where: problem


def _tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def note_text(code: str) -> str:
    """An engine note in the interface's language (an unknown code as it is)."""
    source = NOTE_TEXTS.get(code)
    return _tr(NOTES_CONTEXT, source) if source else code


def fx_note_text(note: str) -> str:
    """An exchange rate's note: the core's own notes translated, the user's as written."""
    source = FX_NOTE_TEXTS.get(note)
    return _tr(WHERE_CONTEXT, source) if source else note


def region_text(code: str) -> str:
    """A vendor region's name (an unknown code as it is)."""
    source = REGION_TEXTS.get(code)
    return _tr(WHERE_CONTEXT, source) if source else code


def where_text(where: str) -> str:
    """A location in the interface's language: each ``: ``-separated part the core names is translated, a file
    path or a name the user gave stays as it is."""
    parts = []
    for part in where.split(": "):
        if part in WHERE_TEXTS:
            part = _tr(WHERE_CONTEXT, WHERE_TEXTS[part])
        elif (match := _LINE_COLUMN.match(part)) is not None:
            part = _tr(WHERE_CONTEXT, _LINE_COLUMN_TEXT).format(*match.groups())
        elif (match := _DISCOUNT_FOR.match(part)) is not None:
            part = _tr(WHERE_CONTEXT, _DISCOUNT_FOR_TEXT).format(*match.groups())
        parts.append(part)
    text = parts[0]
    for part in parts[1:]:
        text = _tr(PROBLEM_CONTEXT, _FRAME).format(text, part)
    return text


@functools.cache
def _problems() -> list[tuple[re.Pattern, str]]:
    """The patterns, compiled when the first problem is shown rather than at start-up (about 60 of them)."""
    return [(re.compile(pattern, re.DOTALL), template) for pattern, template in _PROBLEM_SOURCES]


def problem_text(problem: str) -> str:
    """A problem the core worded, in the interface's language; an unknown wording in English as it is."""
    for pattern, template in _problems():
        match = pattern.fullmatch(problem)
        if match is not None:
            return _tr(PROBLEM_CONTEXT, template).format(*match.groups())
    return problem


def error_text(error: BaseException) -> str:
    """What a person reads for ``error``: for a core error its location and its problem, translated where known
    (``输入 tokens：'abc' 不是…``); for anything else its message."""
    if not isinstance(error, TokenQuoteError):
        return str(error) or type(error).__name__
    problem = problem_text(error.problem)
    if not error.where:
        return problem
    return _tr(PROBLEM_CONTEXT, _FRAME).format(where_text(error.where), problem)

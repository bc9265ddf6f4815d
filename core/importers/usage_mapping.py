"""Which column of a usage export holds which field: the fields, a :class:`UsageMapping`, the generic names that
need no mapping, header signatures (the GUI remembers a mapping per header) and the ``--mapping`` JSON file.

The mapping file is a small JSON object ``{field: column header}``; a token field may name a list of columns,
which are added up (Anthropic's uncached + cache-read + cache-write input). Optional keys: ``"currency_code"``
(the currency of the cost column when the file has no currency column), ``"day_first"`` (``true`` reads
03/04/2025 as 3 April, ``false`` as 4 March; by default such a date is refused as ambiguous) and ``"preset"``
(start from a preset's mapping, then apply the keys given). Headers are matched ignoring case, spaces and
underscores. Example: ``{"date": "Day", "model": "Model name", "input_tokens": ["Prompt", "Cached"],
"output_tokens": "Completion", "cost": "Amount", "currency_code": "EUR"}``.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from core.atomic import check_readable, path_kind
from core.errors import Field, InputError, kind_of
from core.json_text import read_json_file
from core.money import check_currency

# The fields, in the order the preview shows them. ``usage_kind``/``usage``/``unit`` read a bill with one row
# per billing item (input tokens on one row, output tokens on the next), as Chinese cloud bills are laid out.
FIELDS = ("date", "month", "model", "input_tokens", "output_tokens", "cached_input_tokens", "requests", "cost",
          "currency", "group", "usage_kind", "usage", "unit")
TOKEN_FIELDS = ("input_tokens", "output_tokens", "cached_input_tokens", "requests")
SUMMED = frozenset(TOKEN_FIELDS)          # fields that may name several columns, added up
GENERIC = ("date", "model", "input_tokens", "output_tokens", "cached_input_tokens", "requests", "cost", "currency")
OPTION_KEYS = ("currency_code", "day_first", "preset")


def normal(header: object) -> str:
    """A header as it is matched: lower case, no BOM, spaces, dashes and dots between words as ``_``."""
    text = str(header or "").replace("\ufeff", "").strip().lower()
    return re.sub(r"[\s\-.]+", "_", text)


def _loose(header: object) -> str:
    return re.sub(r"[\s_\-.]+", "", str(header or "").replace("\ufeff", "").strip().lower())


def header_signature(header: list[str]) -> str:
    """A short stable id of a header row (its normalised names in order): the key a remembered mapping has."""
    joined = "\x1f".join(normal(h) for h in header)
    return hashlib.sha1(joined.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class UsageMapping:
    """Field → column indexes (0-based) of one header, plus how to read what the columns do not say."""

    columns: dict[str, tuple[int, ...]]
    currency_code: str | None = None       # the cost's currency when no column gives it
    day_first: bool | None = None          # None: refuse dates such as 03/04/2025
    preset: str = ""                       # the preset it came from ("" for the generic names or a user's)
    row_is_request: bool = False           # each row is one request (a spend log): count rows as requests
    cost_scale: str = "1"                  # a factor on the cost column (1; a preset whose unit is cents: 0.01)

    def has(self, name: str) -> bool:
        return bool(self.columns.get(name))

    def used_columns(self) -> list[int]:
        return sorted({i for cols in self.columns.values() for i in cols})

    def with_column(self, name: str, columns: tuple[int, ...]) -> "UsageMapping":
        changed = dict(self.columns)
        if columns:
            changed[name] = tuple(columns)
        else:
            changed.pop(name, None)
        return replace(self, columns=changed)

    def headers(self, header: list[str]) -> dict[str, list[str]]:
        """The mapping as the JSON file writes it (names, not indexes)."""
        return {name: [header[i] for i in cols] for name, cols in self.columns.items() if cols}

    def to_json(self, header: list[str]) -> dict:
        doc: dict = {name: cols[0] if len(cols) == 1 else cols for name, cols in self.headers(header).items()}
        if self.currency_code:
            doc["currency_code"] = self.currency_code
        if self.day_first is not None:
            doc["day_first"] = self.day_first
        return doc


def generic_mapping(header: list[str]) -> UsageMapping:
    """The generic names (``date``, ``model``, ``input_tokens``, …; any order, any case), where they are present."""
    index = {normal(h): i for i, h in reversed(list(enumerate(header)))}
    columns: dict[str, tuple[int, ...]] = {name: (index[name],) for name in FIELDS if name in index}
    return UsageMapping(columns)


def check_mapping(mapping: UsageMapping, header: list[str], where: str) -> None:
    """Refuse a mapping that cannot read usage: it needs a model, a date or month, and tokens (or item rows)."""
    missing = []
    if not mapping.has("model"):
        missing.append("model")
    if not (mapping.has("date") or mapping.has("month")):
        missing.append("date")
    long_form = mapping.has("usage_kind") or mapping.has("usage")
    if long_form:
        missing += [f for f in ("usage_kind", "usage") if not mapping.has(f)]
    elif not (mapping.has("input_tokens") or mapping.has("output_tokens")):
        missing.append("input_tokens")
    if missing:
        raise InputError(where, "usage_columns_missing", fields=", ".join(missing),
                         header=", ".join(h for h in header if str(h).strip())[:300])
    for name, cols in mapping.columns.items():
        if len(cols) > 1 and name not in SUMMED:
            raise InputError(where, "usage_one_column", field=name)
        for i in cols:
            if not 0 <= i < len(header):
                raise InputError(where, "usage_column_absent", field=name, column=str(i + 1))


def resolve_columns(names: dict[str, object], header: list[str], where: str) -> dict[str, tuple[int, ...]]:
    """{field: header name or [names]} → {field: column indexes}; an unknown field or absent header is refused,
    naming the closest header there is."""
    exact: dict[str, int] = {}
    loose: dict[str, int] = {}
    for i, h in enumerate(header):
        exact.setdefault(normal(h), i)
        loose.setdefault(_loose(h), i)
    columns: dict[str, tuple[int, ...]] = {}
    for name, value in names.items():
        if name not in FIELDS:
            raise InputError(where, "unknown_key", key=name, allowed=", ".join(FIELDS + OPTION_KEYS))
        wanted = value if isinstance(value, list) else [value]
        if not wanted or not all(isinstance(w, str) and w.strip() for w in wanted):
            raise InputError((where, name), "usage_mapping_value")
        found = []
        for w in wanted:
            col = exact.get(normal(w), loose.get(_loose(w)))
            if col is None:
                raise InputError((where, name), "usage_header_absent", column=w,
                                 header=", ".join(h for h in header if str(h).strip())[:300])
            if col in found:   # ["input_tokens", "input_tokens"] added the column to itself: twice the tokens
                raise InputError((where, name), "usage_column_twice", column=w)
            found.append(col)
        columns[name] = tuple(found)
    return columns


@dataclass(frozen=True)
class MappingFile:
    """A ``--mapping`` file as read: field → header names, and its options (applied once the header is known)."""

    names: dict[str, object] = field(default_factory=dict)
    currency_code: str | None = None
    day_first: bool | None = None
    preset: str = ""
    origin: str = ""          # the mapping file, named in errors

    def apply(self, header: list[str], base: UsageMapping, where: str) -> UsageMapping:
        where = self.origin or where
        columns = dict(base.columns)
        columns.update(resolve_columns(self.names, header, where))
        return replace(base, columns=columns, currency_code=self.currency_code or base.currency_code,
                       day_first=base.day_first if self.day_first is None else self.day_first,
                       preset=base.preset if columns == base.columns else "")


def parse_mapping_doc(doc: object, where: str) -> MappingFile:
    if not isinstance(doc, dict):
        raise InputError(where, "usage_mapping_object")
    names = {k: v for k, v in doc.items() if k not in OPTION_KEYS}
    for key in names:
        if key not in FIELDS:
            raise InputError(where, "unknown_key", key=key, allowed=", ".join(FIELDS + OPTION_KEYS))
    currency = doc.get("currency_code")
    if currency is not None:
        currency = check_currency(currency, f"{where}: currency_code")
    day_first = doc.get("day_first")
    if day_first is not None and not isinstance(day_first, bool):
        raise InputError((where, "day_first"), "kind_expected", expected=Field("kind_bool"),
                         kind=kind_of(day_first))
    preset = doc.get("preset", "")
    if not isinstance(preset, str):
        raise InputError((where, "preset"), "text_expected", kind=kind_of(preset))
    return MappingFile(names, currency, day_first, preset)


def read_mapping_file(path: str | Path) -> MappingFile:
    """Read a ``--mapping`` JSON file; every error names the file."""
    path = Path(path)
    if path_kind(path, InputError) is None:
        raise InputError(str(path), "no_such_file")
    if check_readable(path, InputError) > 1_000_000:
        raise InputError(str(path), "usage_mapping_object")
    doc = read_json_file(path, str(path), error=InputError, unique_keys=True)
    return replace(parse_mapping_doc(doc, str(path)), origin=str(path))

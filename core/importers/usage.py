"""Importing a usage export: open the file, choose its mapping (a mapping file, a remembered one, the generic
names, or a preset recognised by its header), add it up per month and model, and match the models to the catalog.

The steps live beside this module: reading (``usage_read``), mappings (``usage_mapping``), presets and their
sources (``usage_presets``), cells (``usage_cells``), adding up (``usage_aggregate``) and model names
(``usage_models``); the workloads and the reconciliation it becomes are in :mod:`core.pricing.usage` and
:mod:`core.pricing.reconcile`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path

from core.catalog.model import Catalog
from core.errors import InputError
from core.importers.usage_aggregate import Progress, UsageReport, aggregate
from core.importers.usage_mapping import MappingFile, UsageMapping, check_mapping, generic_mapping
from core.importers.usage_models import ModelMatcher
from core.importers.usage_presets import BY_KEY, detect
from core.importers.usage_read import UsageSource, open_usage
from core.pricing.usage import MonthlyUsage


@dataclass
class UsageImport:
    """A usage file read: where from, how it was mapped, its monthly usage (models matched) and the report."""

    source: UsageSource
    mapping: UsageMapping
    rows: list[MonthlyUsage]
    report: UsageReport

    @property
    def unmatched(self) -> tuple[str, ...]:
        return tuple(sorted({r.model for r in self.rows if not r.model_id}))


def guess_mapping(header: list[str]) -> UsageMapping:
    """The generic names when they are enough, else the first preset the header fits, else what generic names
    there are (the mapping step fills the rest)."""
    generic = generic_mapping(header)
    try:
        check_mapping(generic, header, "")
        return generic
    except InputError:
        pass
    return detect(header) or generic


def mapping_for(source: UsageSource, given: MappingFile | UsageMapping | None = None) -> UsageMapping:
    """The mapping to read ``source`` with: ``given`` (a mapping file's names apply over the preset it names or
    the guess), else the guess; checked, naming the file and the fields it lacks."""
    where = str(source.path)
    if isinstance(given, UsageMapping):
        mapping = given
    else:
        base = guess_mapping(source.header)
        if isinstance(given, MappingFile):
            if given.preset:
                preset = BY_KEY.get(given.preset)
                if preset is None:
                    raise InputError(where, "usage_preset_unknown", value=given.preset, allowed=", ".join(BY_KEY))
                base = preset.mapping(source.header) or UsageMapping({}, preset.currency_code, None, preset.key,
                                                                      preset.row_is_request)
            mapping = given.apply(source.header, base, where)
        else:
            mapping = base
    check_mapping(mapping, source.header, where)
    return mapping


def match_models(rows: list[MonthlyUsage], catalog: Catalog) -> list[MonthlyUsage]:
    matcher = ModelMatcher(catalog)
    return [replace(r, model_id=matcher.match(r.model)) for r in rows]


def import_usage(path: str | Path, catalog: Catalog, mapping: MappingFile | UsageMapping | None = None,
                 progress: Progress | None = None, source: UsageSource | None = None) -> UsageImport:
    """Read ``path`` into monthly usage per model, matched to ``catalog``.

    A file that cannot be read (encoding, truncated, no header, columns missing) raises InputError naming the
    file, and the line and column where it can; rows that cannot be read are left out and reported, and a file
    none of whose rows can be read raises the first row's error.
    """
    source = source or open_usage(path)
    chosen = mapping_for(source, mapping)
    rows, report = aggregate(source, chosen, progress)
    if not report.rows_read:
        raise InputError(str(source.path), "usage_no_rows")
    if not rows:
        first = report.examples[0] if report.examples else None
        raise InputError(str(source.path), "usage_all_skipped", count=report.rows_skipped,
                         first=first.problem if first else "", where=first.where if first else "")
    # A day ahead is a time zone (an export in UTC read in Beijing); further is a wrong year or a swapped day and
    # month, whose rows would otherwise become "the latest month" without a word.
    if report.last_day is not None and report.last_day > date.today() + timedelta(days=1):
        report.notes.append(InputError(str(source.path), "usage_note_future", last=report.last_day.isoformat(),
                                       today=date.today().isoformat()))
    if report.costs_without_currency:
        report.notes.append(InputError(str(source.path), "usage_note_cost_currency",
                                       count=report.costs_without_currency))
    return UsageImport(source, chosen, match_models(rows, catalog), report)

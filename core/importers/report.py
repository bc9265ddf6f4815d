"""An import's outcome: one :class:`RowOutcome` per source row or key (added, updated or skipped, with why),
and the :class:`ImportReport` that gathers them with a one-glance summary."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

ADDED = "added"
UPDATED = "updated"
SKIPPED = "skipped"


@dataclass(frozen=True, slots=True)
class RowOutcome:
    """What happened to one source row (CSV/XLSX) or key (LiteLLM).

    ``reason`` is short and shared by similar rows so a summary can group them ("mode=embedding",
    "invalid price"); ``detail`` names the field or column and the value, or what was not imported.
    """

    order: int
    ref: str
    line: int | None
    status: str
    model_id: str = ""
    reason: str = ""
    detail: str = ""

    def describe(self, source_name: str = "") -> str:
        where = source_name
        if self.line is not None:
            where = f"{where}:{self.line}" if where else f"line {self.line}"
        head = f"{where}: {self.ref}" if where else self.ref
        if self.status == SKIPPED:
            text = f"{head}: skipped: {self.reason}"
        else:
            text = f"{head}: {self.status} {self.model_id}"
        return f"{text} ({self.detail})" if self.detail else text


@dataclass
class ImportReport:
    """The result of an import: one outcome per source row or key, in source order."""

    source: Path
    source_format: str
    outcomes: list[RowOutcome]
    imported_on: date
    effective: date | None = None
    encoding: str = ""
    written: list[Path] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def with_status(self, status: str) -> list[RowOutcome]:
        return [o for o in self.outcomes if o.status == status]

    @property
    def added(self) -> list[RowOutcome]:
        return self.with_status(ADDED)

    @property
    def updated(self) -> list[RowOutcome]:
        return self.with_status(UPDATED)

    @property
    def skipped(self) -> list[RowOutcome]:
        return self.with_status(SKIPPED)

    def counts(self) -> dict[str, int]:
        found = Counter(o.status for o in self.outcomes)
        return {ADDED: found[ADDED], UPDATED: found[UPDATED], SKIPPED: found[SKIPPED]}

    def skip_reasons(self) -> list[tuple[str, int]]:
        """(reason, count), most frequent first."""
        found = Counter(o.reason for o in self.outcomes if o.status == SKIPPED)
        return sorted(found.items(), key=lambda item: (-item[1], item[0]))

    def model_ids(self) -> list[str]:
        """The ids of the models this import added or updated, in source order, each once."""
        return list(dict.fromkeys(o.model_id for o in self.outcomes if o.status != SKIPPED))

    def summary(self) -> str:
        """The counts on one line, then the skip reasons grouped with their counts (most frequent first)."""
        c = self.counts()
        unit = {"litellm": "keys", "genai-prices": "models"}.get(self.source_format, "rows")
        head = (f"{self.source.name} ({self.source_format}): {c[ADDED]:,} added, {c[UPDATED]:,} updated, "
                f"{c[SKIPPED]:,} skipped of {len(self.outcomes):,} {unit}")
        if self.encoding:
            head += f"; read as {self.encoding}"
        if self.written:
            folder = self.written[0].parent
            head += (f"; wrote {self.written[0]}" if len(self.written) == 1
                     else f"; wrote {len(self.written)} vendor files to {folder}")
        lines = [head]
        reasons = self.skip_reasons()
        if reasons:
            width = len(f"{reasons[0][1]:,}")
            lines.append("skipped:")
            lines.extend(f"  {count:>{width},}  {reason}" for reason, count in reasons)
        lines.extend(f"note: {note}" for note in self.notes)
        return "\n".join(lines)

    def lines(self) -> list[str]:
        """Every row's outcome, one line each, naming the file and line (or key)."""
        return [o.describe(self.source.name) for o in self.outcomes]

"""The validation report: a catalogue of errors, each with a stable type and a location.

Like frictionless-py's error catalogue, every problem has a `type` that never changes meaning
(documented in `ERROR_TYPES`), a plain-English `message`, and the `table`, `row`, `column` and
`key` it is about. `row` is the CSV row number with the header as row 1 (as frictionless counts).
The JSON shape (`Report.to_dict`) is documented in the README and is stable.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Severity = Literal["error", "warning"]

ERROR_TYPES: dict[str, str] = {
    "descriptor-missing": "datapackage.json is not there.",
    "descriptor-invalid": "datapackage.json is not JSON, or not a valid Data Package v2.",
    "resource-missing": "A resource the package needs is not declared, or its file is missing.",
    "file-undescribed": "A file in data/ or seeds/ that no resource describes.",
    "hash-mismatch": "A resource's declared sha256 hash does not match its file.",
    "bytes-mismatch": "A resource's declared byte count does not match its file.",
    "schema-drift": "A Table Schema in the package differs from the evclaims definition.",
    "header-error": "A column is missing, extra, renamed or out of order.",
    "type-error": "A cell cannot be read as its column's type.",
    "required-error": "A required cell is empty.",
    "constraint-error": "A cell breaks a constraint (minimum, pattern, enum vocabulary).",
    "primary-key-error": "A primary key is duplicated or empty.",
    "duplicate-row": "The same row (source, span and kind) appears under two keys.",
    "foreign-key-error": "A reference to another table (or vocabulary) points at nothing.",
    "row-check-error": "A rule across columns of a row is broken (e.g. char_end <= char_start).",
    "unit-dimension-error": "A metric's unit does not have a dimension its measure allows.",
    "seed-missing": "A seed file named by a source is not in the package.",
    "seed-changed": "A seed file's sha256 differs from the one recorded in sources.",
    "span-outside-source": "A span is not inside its source document (or the seed).",
    "span-text-mismatch": "A row's text is not the seed text at its span.",
    "metric-outside-claim": "A metric's span is not inside the span of its claim.",
    "format-mismatch": "The CSV and Parquet copies of a table differ.",
    "parquet-type-drift": "A Parquet column's type differs from the Table Schema.",
    "stale-build": "The committed tables differ from what `build` produces from seeds/ now.",
    "metric-no-subject": "(warning) A metric has no subject entity.",
}


@dataclass(frozen=True)
class ValidationError:
    type: str
    message: str
    table: str | None = None
    row: int | None = None
    column: str | None = None
    key: str | None = None
    severity: Severity = "error"

    def location(self) -> str:
        parts = [p for p in (
            self.table,
            f"row {self.row}" if self.row is not None else None,
            f"column {self.column}" if self.column else None,
            f"key {self.key}" if self.key else None) if p]
        return ", ".join(parts) or "package"


@dataclass
class Report:
    package: str
    errors: list[ValidationError] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)

    def add(self, errors: "list[ValidationError] | Any") -> None:
        self.errors.extend(errors)

    @property
    def error_count(self) -> int:
        return sum(1 for e in self.errors if e.severity == "error")

    @property
    def warning_count(self) -> int:
        return sum(1 for e in self.errors if e.severity == "warning")

    def valid(self, strict: bool = False) -> bool:
        return self.error_count == 0 and not (strict and self.warning_count)

    def deduplicated(self) -> "Report":
        """Drop repeats of the same cell problem reported by two engines (first one wins)."""
        seen: set[tuple] = set()
        kept = []
        for e in self.errors:
            cell = (e.table, e.row, e.column) if e.row is not None and e.column else None
            ident = (cell, e.severity) if cell else (e.type, e.table, e.row, e.column, e.key,
                                                     e.message)
            if ident in seen:
                continue
            seen.add(ident)
            kept.append(e)
        return Report(self.package, kept, dict(self.timings))

    def to_dict(self) -> dict[str, Any]:
        counts = Counter((e.severity, e.type) for e in self.errors)
        return {
            "package": self.package,
            "valid": self.valid(),
            "error_count": self.error_count,
            "warning_count": self.warning_count,
            "counts": [{"severity": s, "type": t, "count": n}
                       for (s, t), n in sorted(counts.items())],
            "errors": [asdict(e) for e in self.errors],
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=2, ensure_ascii=False)

    def render(self, examples: int = 3) -> str:
        """Grouped by severity, type and table, with at most `examples` rows per group."""
        if not self.errors:
            return f"VALID: {self.package}: no errors, no warnings"
        groups: dict[tuple, list[ValidationError]] = defaultdict(list)
        for e in self.errors:
            groups[(e.severity, e.type, e.table or "")].append(e)
        lines = []
        status = "VALID (with warnings)" if self.valid() else "INVALID"
        lines.append(f"{status}: {self.package}: {self.error_count} error(s), "
                     f"{self.warning_count} warning(s)")
        for (severity, etype, table), errs in sorted(groups.items(),
                                                     key=lambda kv: (kv[0][0] != "error", kv[0])):
            lines.append(f"\n[{severity}] {etype} in {table or 'package'}: {len(errs)}"
                         f"  ({ERROR_TYPES.get(etype, '')})")
            for e in errs[:examples]:
                lines.append(f"  - {e.location()}: {e.message}")
            if len(errs) > examples:
                lines.append(f"  ... and {len(errs) - examples} more (see --format json)")
        return "\n".join(lines)

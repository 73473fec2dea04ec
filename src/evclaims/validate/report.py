"""The validation report: a catalogue of errors, each with a stable type and a location.

Like frictionless-py's error catalogue, every problem has a `type` that never changes meaning
(documented in `ERROR_TYPES`), a plain-English `message`, and the `table`, `row`, `column` and
`key` it is about. `row` is the CSV row number with the header as row 1 (as frictionless counts).
The JSON shape (`Report.to_dict`) is documented in docs/validation.md (generated from this module by
`python -m evclaims.validate.report`; a test keeps them equal) and is stable.
"""

from __future__ import annotations

import io
import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import IO, Any, Literal

Severity = Literal["error", "warning"]

ERROR_TYPES: dict[str, str] = {
    "descriptor-missing": "datapackage.json is not there.",
    "descriptor-invalid": "datapackage.json is not JSON, or not a valid Data Package v2.",
    "resource-missing": "A resource the package needs is not declared, or its file is missing.",
    "file-undescribed": "A file in data/ or seeds/ that no resource describes.",
    "hash-mismatch": "A resource's declared sha256 hash does not match its file.",
    "bytes-mismatch": "A resource's declared byte count does not match its file.",
    "schema-drift": "A Table Schema in the package differs from the evclaims definition.",
    "file-unreadable": "A data file cannot be read at all (not UTF-8 CSV, not Parquet).",
    "header-error": "A column is missing, extra, renamed or out of order.",
    "cell-count-error": "A CSV row has more or fewer cells than the header.",
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
    "selector-mismatch": "A row's prefix or suffix is not the seed text just before or after its span.",
    "metric-outside-claim": "A metric's span is not inside the span of its claim.",
    "derived-mismatch": "A computed column disagrees with the rows it counts (mention_count).",
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


REPORT_FORMAT = "evclaims-validation-report/1"


@dataclass
class Report:
    package: str
    errors: list[ValidationError] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
    # Problems counted but not listed (beyond `max_per_rule`): (severity, type, table) -> count.
    omitted: Counter = field(default_factory=Counter)
    engine: str = "fast"

    def add(self, errors: "list[ValidationError] | Any") -> None:
        self.errors.extend(errors)

    @property
    def error_count(self) -> int:
        return sum(1 for e in self.errors if e.severity == "error") + sum(
            n for (sev, _, _), n in self.omitted.items() if sev == "error")

    @property
    def warning_count(self) -> int:
        return sum(1 for e in self.errors if e.severity == "warning") + sum(
            n for (sev, _, _), n in self.omitted.items() if sev == "warning")

    def counts(self) -> Counter:
        """(severity, type, table) -> number of problems, listed or not."""
        counts = Counter((e.severity, e.type, e.table) for e in self.errors)
        counts.update(self.omitted)
        return counts

    def valid(self, strict: bool = False) -> bool:
        return self.error_count == 0 and not (strict and self.warning_count)

    def deduplicated(self) -> "Report":
        """Drop repeats of the same problem in the same cell reported by two engines (first one
        wins); different problems of one cell are all kept."""
        seen: set[tuple] = set()
        kept = []
        for e in self.errors:
            cell = (e.table, e.row, e.column) if e.row is not None and e.column else None
            ident = (e.severity, e.type, cell) if cell else (e.type, e.table, e.row, e.column,
                                                           e.key, e.message)
            if ident in seen:
                continue
            seen.add(ident)
            kept.append(e)
        return Report(self.package, kept, dict(self.timings), Counter(self.omitted), self.engine)

    def to_dict(self, strict: bool = False, errors: bool = True) -> dict[str, Any]:
        listed = Counter((e.severity, e.type, e.table) for e in self.errors)
        return {
            "format": REPORT_FORMAT,
            "package": self.package,
            "engine": self.engine,
            "valid": self.valid(strict),
            "strict": strict,
            "error_count": self.error_count,
            "warning_count": self.warning_count,
            "counts": [{"severity": s, "type": t, "table": tb, "count": n,
                        "listed": listed.get((s, t, tb), 0)}
                       for (s, t, tb), n in sorted(self.counts().items(),
                                                   key=lambda kv: (kv[0][0], kv[0][1],
                                                                   kv[0][2] or ""))],
            "errors": [dict(e.__dict__) for e in self.errors] if errors else [],
            "timings": {k: round(v, 4) for k, v in self.timings.items()},
        }

    def to_json(self, strict: bool = False) -> str:
        buf = io.StringIO()
        self.write_json(buf, strict)
        return buf.getvalue()

    def write_json(self, out: IO[str], strict: bool = False) -> None:
        """The JSON report, streamed: one error a line, so a million errors cost no more than
        their own text."""
        head = self.to_dict(strict, errors=False)
        timings = head.pop("timings")
        del head["errors"]
        body = json.dumps(head, indent=2, ensure_ascii=False)
        out.write(body[:-2] + ',\n  "errors": [')
        dumps = json.JSONEncoder(ensure_ascii=False).encode
        for n, e in enumerate(self.errors):
            out.write(("\n    " if n == 0 else ",\n    ") + dumps(e.__dict__))
        out.write(("\n  ]" if self.errors else "]") + ',\n  "timings": '
                  + json.dumps(timings) + "\n}\n")

    def render(self, examples: int = 3) -> str:
        """Grouped by severity, type and table, with at most `examples` rows per group."""
        if not self.errors:
            return f"VALID: {self.package}: no errors, no warnings"
        groups: dict[tuple, list[ValidationError]] = defaultdict(list)
        for e in self.errors:
            groups[(e.severity, e.type, e.table or "")].append(e)
        totals = {(s, t, tb or ""): n for (s, t, tb), n in self.counts().items()}
        for key in totals:
            groups.setdefault(key, [])
        lines = []
        status = "VALID (with warnings)" if self.valid() else "INVALID"
        lines.append(f"{status}: {self.package}: {self.error_count} error(s), "
                     f"{self.warning_count} warning(s)")
        for (severity, etype, table), errs in sorted(groups.items(),
                                                     key=lambda kv: (kv[0][0] != "error", kv[0])):
            total = totals[(severity, etype, table)]
            lines.append(f"\n[{severity}] {etype} in {table or 'package'}: {total}"
                         f"  ({ERROR_TYPES.get(etype, '').removeprefix('(warning) ')})")
            for e in errs[:examples]:
                lines.append(f"  - {e.location()}: {e.message}")
            if total > min(examples, len(errs)):
                lines.append(f"  ... and {total - min(examples, len(errs))} more "
                             "(see --format json)")
        return "\n".join(lines)


# --- documentation (docs/validation.md is this, verbatim; a test keeps them equal) ------------

def docs_markdown() -> str:
    """The reference page for `evclaims validate`: the JSON report shape and every error type."""
    rows = "\n".join(f"| `{t}` | {'warning' if d.startswith('(warning)') else 'error'} | "
                     f"{d.removeprefix('(warning) ')} |" for t, d in ERROR_TYPES.items())
    return f"""# `evclaims validate`: report and error types

Generated from `src/evclaims/validate/report.py` by
`python -m evclaims.validate.report > docs/validation.md`; do not edit by hand (a test checks it).

```
evclaims validate [PATH] [--format text|json] [--strict] [--rebuild]
                  [--engine fast|frictionless] [--max-per-rule N] [--examples N]
```

Exit code: `0` valid (warnings allowed), `1` invalid (any error; any warning with `--strict`),
`2` usage error (e.g. PATH does not exist). Every check runs on every run; nothing stops at the
first problem. The text format groups problems by severity, type and table, with a count and at
most `--examples` (3) examples each; the JSON format lists them all (or at most `--max-per-rule`
per type and table, with exact counts).

## What is checked, and by which engine

- **Frictionless** validates the descriptor and each Table Schema (`Package.validate_descriptor`,
  `Schema.validate_descriptor`); evclaims adds what frictionless-py 5.21 lets through (an unknown
  `$schema` profile, a resource with no path) and that the schemas are the ones `tables.py`
  defines. The descriptor stays the contract.
- **The data** are checked column-wise, not row by row: pyarrow reads each CSV as text and casts
  each column (a cell that does not parse is a `type-error` at its row), then the Table Schema
  constraints, the row rules (`schema.ROW_RULES`), primary keys, unique columns and duplicate
  rows (DuckDB), every foreign key, spans against the seed texts (numpy, on UTF-8 bytes mapped from
  character offsets) and the CSV/Parquet comparison run vectorised. All rules derive from
  `src/evclaims/tables.py` and the vocabularies.
- `--engine frictionless` also runs frictionless-py's own row-by-row validation of every table
  resource (CSV and Parquet) and merges its errors (message prefix `frictionless:`); it is slow
  (tens of seconds per million rows and table) and finds nothing the default engine misses (the
  fault suite, `tests/test_validate_faults.py`, checks this).
- Hashes (`sha256:` only; `sha1:`, `md5:` are reported) and byte counts are checked for every
  file, Parquet and seeds included; a Parquet resource's byte count is `{'evclaims:bytes'}`.
- `--rebuild` rebuilds the tables from `seeds/` and reports every row and cell that differs.

## JSON report (`--format json`), format `{REPORT_FORMAT}`

```json
{{
  "format": "{REPORT_FORMAT}",
  "package": "path/to/package",
  "engine": "fast",
  "valid": false,
  "strict": false,
  "error_count": 2,
  "warning_count": 1,
  "counts": [
    {{"severity": "error", "type": "foreign-key-error", "table": "metrics", "count": 2, "listed": 2}},
    {{"severity": "warning", "type": "metric-no-subject", "table": "metrics", "count": 1, "listed": 1}}
  ],
  "errors": [
    {{"type": "foreign-key-error", "message": "claim_id 'clm_000000000000' is not a claim_id in claims",
     "table": "metrics", "row": 2, "column": "claim_id", "key": "met_0123456789ab",
     "severity": "error"}}
  ],
  "timings": {{"read_tables": 0.41}}
}}
```

| field | meaning |
| --- | --- |
| `format` | The report format and its version; a change of shape changes it. |
| `valid` | No error (and, with `--strict`, no warning): the exit code is 0. |
| `error_count`, `warning_count` | Every problem found, listed or not. |
| `counts` | One entry per severity, type and table (`null` for the package): `count` found, `listed` in `errors`. |
| `errors[].type` | One of the types below; a type never changes meaning. |
| `errors[].table` | The table (both resources of a table, CSV and Parquet, share its name), or `null`. |
| `errors[].row` | CSV row number, the header being row 1 (frictionless's convention); `null` when the problem is not one row's. |
| `errors[].column` | The column, when the problem is one column's. |
| `errors[].key` | The row's primary key value, when the row is known. |
| `errors[].severity` | `error` or `warning`. |
| `timings` | Seconds per check (informative; not part of the stable shape). |

## Error types

| type | severity | meaning |
| --- | --- | --- |
{rows}
"""


if __name__ == "__main__":  # pragma: no cover
    print(docs_markdown(), end="")

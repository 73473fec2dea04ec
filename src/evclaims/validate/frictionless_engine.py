"""Frictionless-py's own row-by-row validation, as an optional second engine.

`evclaims validate --engine frictionless` runs it on every table resource (CSV and Parquet) in
addition to the vectorised checks, and maps its errors into the evclaims catalogue. It is slow
(about 30 s per million CSV rows and table, several times that for Parquet), so it is not run by
default; the fault suite shows that the vectorised checks find everything it finds.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from evclaims.package import PARQUET_SUFFIX
from evclaims.tables import TABLES, TABLES_BY_NAME
from evclaims.validate.checks import Context, _located, _table_of
from evclaims.validate.report import ValidationError as E

FRICTIONLESS_TYPES = {
    "missing-label": "header-error", "extra-label": "header-error",
    "incorrect-label": "header-error", "blank-label": "header-error",
    "duplicate-label": "header-error", "missing-cell": "cell-count-error",
    "extra-cell": "cell-count-error", "type-error": "type-error",
    "constraint-error": "constraint-error", "primary-key": "primary-key-error",
    "foreign-key": "foreign-key-error", "unique-error": "primary-key-error",
    "hash-count": "hash-mismatch", "byte-count": "bytes-mismatch",
    "scheme-error": "resource-missing", "source-error": "resource-missing",
    "format-error": "file-unreadable", "encoding-error": "file-unreadable",
}


def check_frictionless(ctx: Context) -> Iterator[E]:
    """Frictionless's validation of every table resource (headers, cell types, constraints,
    primary and foreign keys), row by row."""
    if ctx.descriptor is None:
        return
    from frictionless import Package

    try:
        package = Package(ctx.descriptor, basepath=str(ctx.package_dir))
    except Exception as exc:  # noqa: BLE001 - frictionless raises its own FrictionlessException
        yield E("descriptor-invalid", f"frictionless cannot open the package: {exc}")
        return
    for name in [n for t in TABLES for n in (t.name, t.name + PARQUET_SUFFIX)]:
        declared = ctx.resource(name)
        path = _located(ctx, declared) if declared is not None else None
        if path is None or not path.is_file():
            continue
        report = package.get_resource(name).validate(limit_errors=10_000)
        for task in report.tasks:
            for err in task.errors:
                yield from from_frictionless(err, _table_of(declared))


def from_frictionless(err: Any, table: str | None) -> Iterator[E]:
    """One frictionless error in the evclaims catalogue's terms."""
    if err.type in ("hash-count", "byte-count"):
        return  # reported by check_integrity, for every format
    etype = FRICTIONLESS_TYPES.get(err.type, err.type)
    if err.type == "constraint-error" and '"required"' in err.note:
        etype = "required-error"
    fk_fields = getattr(err, "field_names", None)
    column = (getattr(err, "field_name", None) or getattr(err, "label", None)
              or (fk_fields[0] if fk_fields else None))
    if column is None and etype == "primary-key-error" and table in TABLES_BY_NAME:
        column = TABLES_BY_NAME[table].primary_key[0]  # frictionless names no field for keys
    row = getattr(err, "row_number", None)
    if row is None and etype == "header-error":
        row = 1
    yield E(etype, f"frictionless: {err.title}: {err.note}", table=table, row=row, column=column)

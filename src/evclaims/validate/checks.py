"""The checks `validate` runs. Each is an independent function: context in, errors out.

Order of the engines: Frictionless first (descriptor, headers, cell types, constraints, keys),
then pandera (the same column rules derived from `tables.py`, plus row rules Table Schema cannot
state), then provenance against the seeds, then the checks neither engine has (Parquet hashes,
CSV/Parquet agreement, Parquet types, duplicate rows under two keys).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from evclaims import vocab
from evclaims.package import (DESCRIPTOR, PARQUET_BYTES, PARQUET_SUFFIX, arrow_schema,
                              sha256_file)
from evclaims.schema import pandera_schemas, table_schema
from evclaims.tables import EXTRACTED_TABLES, TABLES, TABLES_BY_NAME, Table
from evclaims.validate.report import ValidationError as E

FIRST_DATA_ROW = 2  # CSV row numbers count the header as row 1, as frictionless does


@dataclass
class Context:
    """What the checks share: the package folder, its descriptor and the tables once read."""

    package_dir: Path
    descriptor: dict[str, Any] | None = None
    raw: dict[str, pd.DataFrame] = field(default_factory=dict)  # CSV cells as text
    typed: dict[str, pd.DataFrame] = field(default_factory=dict)  # cast to schema types
    parquet: dict[str, pa.Table] = field(default_factory=dict)
    seeds: dict[str, str] = field(default_factory=dict)
    broken_tables: set[str] = field(default_factory=set)  # unreadable: later checks skip them

    def resources(self) -> list[dict[str, Any]]:
        res = (self.descriptor or {}).get("resources", [])
        return [r for r in res if isinstance(r, dict)]

    def resource(self, name: str) -> dict[str, Any] | None:
        return next((r for r in self.resources() if r.get("name") == name), None)


# --- 1. descriptor ------------------------------------------------------------------------------

def check_descriptor(ctx: Context) -> Iterator[E]:
    path = ctx.package_dir / DESCRIPTOR
    if not path.is_file():
        yield E("descriptor-missing", f"{path} does not exist")
        return
    try:
        ctx.descriptor = json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        yield E("descriptor-invalid", f"{DESCRIPTOR} is not valid JSON: {exc}")
        return
    if not isinstance(ctx.descriptor, dict):
        yield E("descriptor-invalid", f"{DESCRIPTOR} must be a JSON object")
        ctx.descriptor = None
        return
    from frictionless import Package

    try:
        report = Package.validate_descriptor(ctx.descriptor, basepath=str(ctx.package_dir))
    except TypeError:  # older frictionless: no basepath argument
        report = Package.validate_descriptor(ctx.descriptor)
    for err in report.flatten(["type", "note"]) if hasattr(report, "flatten") else []:
        yield E("descriptor-invalid", f"{err[0]}: {err[1]}")
    for t in TABLES:
        for name in (t.name, t.name + PARQUET_SUFFIX):
            if ctx.resource(name) is None:
                yield E("resource-missing", f"resource {name!r} is not declared", table=t.name)


# --- 2. files -----------------------------------------------------------------------------------

def check_files(ctx: Context) -> Iterator[E]:
    described = {r.get("path") for r in ctx.resources()}
    for r in ctx.resources():
        path = r.get("path")
        if not isinstance(path, str) or not (ctx.package_dir / path).is_file():
            yield E("resource-missing", f"resource {r.get('name')!r}: file {path!r} is missing",
                    table=_table_of(r))
    for folder in ("data", "seeds"):
        base = ctx.package_dir / folder
        if base.is_dir():
            for p in sorted(base.rglob("*")):
                rel = p.relative_to(ctx.package_dir).as_posix()
                if p.is_file() and rel not in described:
                    yield E("file-undescribed", f"{rel} is in the package but no resource "
                                                "describes it")


def _table_of(resource: dict[str, Any]) -> str | None:
    name = str(resource.get("name", ""))
    base = name.removesuffix(PARQUET_SUFFIX)
    return base if base in TABLES_BY_NAME else None


# --- 3. integrity -------------------------------------------------------------------------------

def check_integrity(ctx: Context) -> Iterator[E]:
    """sha256 and byte count of every file, CSV, Parquet and seed alike (frictionless-py skips
    Parquet hashes and `sha1:` ones)."""
    for r in ctx.resources():
        path = ctx.package_dir / str(r.get("path"))
        if not path.is_file():
            continue
        declared = r.get("hash")
        if declared is None:
            yield E("hash-mismatch", f"resource {r['name']!r} declares no hash", table=_table_of(r))
        else:
            algo, _, digest = str(declared).rpartition(":")
            if algo not in ("sha256", ""):
                yield E("hash-mismatch", f"resource {r['name']!r}: hash algorithm {algo!r} is "
                        "not accepted; use sha256", table=_table_of(r))
            elif digest != sha256_file(path):
                yield E("hash-mismatch", f"resource {r['name']!r}: {path.name} does not match "
                        f"its declared sha256", table=_table_of(r))
        size_key = PARQUET_BYTES if r.get("format") == "parquet" else "bytes"
        size = r.get(size_key)
        actual = path.stat().st_size
        if size is None:
            yield E("bytes-mismatch", f"resource {r['name']!r} declares no {size_key}",
                    table=_table_of(r))
        elif size != actual:
            yield E("bytes-mismatch", f"resource {r['name']!r}: declared {size_key} {size} but "
                    f"{path.name} has {actual}", table=_table_of(r))


def check_schemas(ctx: Context) -> Iterator[E]:
    """The package's Table Schemas must be the ones evclaims defines (no hand edits)."""
    for t in TABLES:
        path = ctx.package_dir / "schemas" / f"{t.name}.json"
        if not path.is_file():
            yield E("resource-missing", f"schemas/{t.name}.json is missing", table=t.name)
            continue
        try:
            on_disk = json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            yield E("descriptor-invalid", f"schemas/{t.name}.json is not JSON: {exc}",
                    table=t.name)
            continue
        if on_disk != table_schema(t):
            yield E("schema-drift", f"schemas/{t.name}.json differs from the definition in "
                    "evclaims.tables; rebuild the package", table=t.name)


# --- 4-8. frictionless row pass ----------------------------------------------------------------

FRICTIONLESS_TYPES = {
    "missing-label": "header-error", "extra-label": "header-error",
    "incorrect-label": "header-error", "blank-label": "header-error",
    "duplicate-label": "header-error", "missing-cell": "header-error",
    "extra-cell": "header-error", "type-error": "type-error",
    "constraint-error": "constraint-error", "primary-key": "primary-key-error",
    "foreign-key": "foreign-key-error", "unique-error": "primary-key-error",
    "hash-count": "hash-mismatch", "byte-count": "bytes-mismatch",
    "scheme-error": "resource-missing", "source-error": "resource-missing",
    "format-error": "type-error", "encoding-error": "type-error",
}


def check_frictionless(ctx: Context) -> Iterator[E]:
    """Frictionless's own validation of every table resource, CSV and Parquet (headers, cell
    types, constraints, primary and foreign keys)."""
    if ctx.descriptor is None:
        return
    from frictionless import Package

    try:
        package = Package(ctx.descriptor, basepath=str(ctx.package_dir))
    except Exception as exc:  # noqa: BLE001 - frictionless raises its own FrictionlessException
        yield E("descriptor-invalid", f"frictionless cannot open the package: {exc}")
        return
    names = [n for t in TABLES for n in (t.name, t.name + PARQUET_SUFFIX)]
    for name in names:
        declared = ctx.resource(name)
        if declared is None or not (ctx.package_dir / str(declared.get("path"))).is_file():
            continue
        report = package.get_resource(name).validate(limit_errors=10_000)
        for task in report.tasks:
            for err in task.errors:
                yield from _from_frictionless(err, _table_of(declared))


def _from_frictionless(err: Any, table: str | None) -> Iterator[E]:
    """One frictionless error in our catalogue's terms."""
    if err.type in ("hash-count", "byte-count"):
        return  # reported by check_integrity, for every format
    etype = FRICTIONLESS_TYPES.get(err.type, err.type)
    if err.type == "constraint-error" and '"required"' in err.note:
        etype = "required-error"
    fk_fields = getattr(err, "field_names", None)
    column = (getattr(err, "field_name", None) or getattr(err, "label", None)
              or (fk_fields[0] if fk_fields else None))
    yield E(etype, f"{err.title}: {err.note}", table=table,
            row=getattr(err, "row_number", None), column=column)


# --- reading the tables ------------------------------------------------------------------------

def read_tables(ctx: Context) -> Iterator[E]:
    """Read every CSV as text (pyarrow), cast to schema types, and read every Parquet copy."""
    for t in TABLES:
        csv_path = ctx.package_dir / "data" / f"{t.name}.csv"
        if not csv_path.is_file():
            ctx.broken_tables.add(t.name)
            continue
        try:
            raw = pacsv.read_csv(
                csv_path,
                convert_options=pacsv.ConvertOptions(
                    column_types={}, strings_can_be_null=True, null_values=[""],
                    quoted_strings_can_be_null=True,
                    auto_dict_encode=False),
                read_options=pacsv.ReadOptions(autogenerate_column_names=False))
        except (pa.ArrowInvalid, OSError) as exc:
            ctx.broken_tables.add(t.name)
            yield E("type-error", f"data/{t.name}.csv cannot be parsed as CSV: {exc}",
                    table=t.name)
            continue
        raw_df = raw.cast(pa.schema([pa.field(n, pa.string()) for n in raw.column_names])) \
            .to_pandas(types_mapper=lambda _: pd.StringDtype())
        ctx.raw[t.name] = raw_df
        if list(raw_df.columns) != t.field_names:
            ctx.broken_tables.add(t.name)  # header errors come from frictionless
            continue
        ctx.typed[t.name] = _cast(raw_df, t)
        pq_path = ctx.package_dir / "data" / f"{t.name}.parquet"
        if pq_path.is_file():
            try:
                ctx.parquet[t.name] = pq.read_table(pq_path)
            except (pa.ArrowInvalid, OSError) as exc:
                yield E("type-error", f"data/{t.name}.parquet cannot be read: {exc}",
                        table=t.name)


def _cast(raw: pd.DataFrame, table: Table) -> pd.DataFrame:
    """Cells cast to the column types; a cell that does not parse becomes null (frictionless
    has already reported it as a type-error)."""
    out = {}
    for f in table.fields:
        col = raw[f.name]
        if f.type == "integer":
            num = pd.to_numeric(col, errors="coerce")
            out[f.name] = num.where(num.isna() | (num == num.round())).astype("Int64")
        elif f.type == "number":
            out[f.name] = pd.to_numeric(col, errors="coerce").astype("Float64")
        elif f.type == "date":
            out[f.name] = pd.to_datetime(col, format="%Y-%m-%d", errors="coerce").astype(
                "datetime64[ns]")
        else:
            out[f.name] = col.astype("string")
    return pd.DataFrame(out, index=raw.index)


# --- pandera --------------------------------------------------------------------------------

def check_pandera(ctx: Context) -> Iterator[E]:
    import pandera.errors

    schemas = pandera_schemas()
    for t in TABLES:
        df = ctx.typed.get(t.name)
        if df is None:
            continue
        try:
            schemas[t.name].validate(df, lazy=True)
        except pandera.errors.SchemaErrors as exc:
            yield from _pandera_errors(t, df, exc.failure_cases)


ROW_CHECK_COLUMN = {"unit_fits_measure": "unit", "char_end_after_char_start": "char_end",
                    "value_sign_fits_measure": "value",
                    "value_max_not_below_value": "value_max"}


def _short(value: object, limit: int = 60) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[:limit - 4] + "...'"


def _pandera_errors(table: Table, df: pd.DataFrame, cases: pd.DataFrame) -> Iterator[E]:
    pk = table.primary_key[0]
    seen_row_checks: set[tuple[str, int]] = set()
    for case in cases.itertuples(index=False):
        check = str(case.check)
        if check in ROW_CHECK_COLUMN:
            # pandera lists a failing row once per column for dataframe-wide checks: keep one
            if pd.isna(case.index) or (check, int(case.index)) in seen_row_checks:
                continue
            seen_row_checks.add((check, int(case.index)))
        column = None if pd.isna(case.column) or case.column == table.name else str(case.column)
        idx = None if pd.isna(case.index) else int(case.index)
        row = idx + FIRST_DATA_ROW if idx is not None else None
        key = str(df[pk].iloc[idx]) if idx is not None and pk in df else None
        if check == "not_nullable":
            etype, msg = "required-error", f"{column} is required but empty"
        elif check.startswith("field_uniqueness") or check.startswith("multiple_fields_uniqueness"):
            etype, msg = "primary-key-error", f"{column} value {_short(case.failure_case)} is duplicated"
        elif check == "unit_fits_measure":
            etype = "unit-dimension-error"
            msg = (f"unit {df['unit'].iloc[idx]!r} ({vocab.unit_dimension().get(str(df['unit'].iloc[idx]), 'unknown')}) "
                   f"does not fit measure {df['measure'].iloc[idx]!r}")
        elif check == "value_sign_fits_measure":
            etype, msg = "constraint-error", (f"value {df['value'].iloc[idx]} is negative but "
                                              f"measure {df['measure'].iloc[idx]!r} cannot be")
        elif check in ("char_end_after_char_start", "value_max_not_below_value"):
            etype, msg = "row-check-error", check.replace("_", " ")
        elif check.startswith("dtype") or check.startswith("column_in_"):
            continue  # header and type problems are frictionless's to report
        else:
            etype = "constraint-error"
            msg = f"{column} value {_short(case.failure_case)} breaks {check}"
        column = ROW_CHECK_COLUMN.get(check, column)
        yield E(etype, msg, table=table.name, row=row, column=column, key=key)


# --- keys ------------------------------------------------------------------------------------

def check_foreign_keys(ctx: Context) -> Iterator[E]:
    """Every foreign key, checked column-wise (frictionless checks them too, row by row)."""
    for t in TABLES:
        df = ctx.typed.get(t.name)
        if df is None:
            continue
        for fk in t.foreign_keys:
            target = ctx.typed.get(fk.resource)
            if target is None:
                continue
            col, ref = fk.fields[0], fk.reference_fields[0]
            values = df[col]
            bad = values.notna() & ~values.isin(set(target[ref].dropna()))
            for idx in bad[bad].index:
                yield E("foreign-key-error",
                        f"{col} {values[idx]!r} is not a {ref} in {fk.resource}",
                        table=t.name, row=int(idx) + FIRST_DATA_ROW, column=col,
                        key=str(df[t.primary_key[0]][idx]))


def check_duplicate_rows(ctx: Context) -> Iterator[E]:
    """The same extracted thing under two keys: same source, span and kind."""
    kinds = {"metrics": ["measure", "unit"], "mentions": ["entity_id"], "claims": [],
             "quotes": []}
    for t in EXTRACTED_TABLES:
        df = ctx.typed.get(t.name)
        if df is None:
            continue
        cols = ["source_id", "char_start", "char_end", *kinds.get(t.name, [])]
        dup = df.duplicated(cols, keep="first")
        for idx in dup[dup].index:
            yield E("duplicate-row", f"same {', '.join(cols)} as an earlier row: one thing "
                    "recorded under two keys", table=t.name, row=int(idx) + FIRST_DATA_ROW,
                    key=str(df[t.primary_key[0]][idx]))


# --- provenance ------------------------------------------------------------------------------

def check_provenance(ctx: Context) -> Iterator[E]:
    """Seeds present and unchanged; every span inside its source and quoting the seed exactly;
    every metric inside its claim."""
    sources = ctx.typed.get("sources")
    if sources is None:
        return
    for idx, s in sources.iterrows():
        seed = ctx.package_dir / "seeds" / str(s["seed_file"])
        row = int(idx) + FIRST_DATA_ROW
        if not seed.is_file():
            yield E("seed-missing", f"seed file seeds/{s['seed_file']} is not in the package",
                    table="sources", row=row, column="seed_file", key=s["source_id"])
            continue
        if sha256_file(seed) != s["sha256"]:
            yield E("seed-changed", f"seeds/{s['seed_file']} has changed since the build "
                    "(sha256 differs)", table="sources", row=row, column="sha256",
                    key=s["source_id"])
        text = ctx.seeds.setdefault(str(s["seed_file"]), seed.read_bytes().decode("utf-8", "replace"))
        if not (0 <= s["char_start"] < s["char_end"] <= len(text)):
            yield E("span-outside-source", f"document span {s['char_start']}..{s['char_end']} "
                    f"is outside the seed ({len(text)} characters)", table="sources", row=row,
                    column="char_end", key=s["source_id"])
    src = sources.set_index("source_id")
    for t in EXTRACTED_TABLES:
        df = ctx.typed.get(t.name)
        if df is None:
            continue
        pk = t.primary_key[0]
        for idx, r in df.iterrows():
            if r["source_id"] not in src.index or pd.isna(r["char_start"]) or pd.isna(r["char_end"]):
                continue
            s = src.loc[r["source_id"]]
            text = ctx.seeds.get(str(s["seed_file"]))
            if text is None:
                continue
            row = int(idx) + FIRST_DATA_ROW
            start, end = int(r["char_start"]), int(r["char_end"])
            if not (s["char_start"] <= start < end <= s["char_end"]):
                yield E("span-outside-source", f"span {start}..{end} is outside its source "
                        f"document {s['char_start']}..{s['char_end']}", table=t.name, row=row,
                        column="char_start", key=r[pk])
            elif text[start:end] != r["text"]:
                yield E("span-text-mismatch", f"text {_short(r['text'])} is not the seed text at "
                        f"{start}..{end} ({_short(text[start:end])})", table=t.name, row=row,
                        column="text", key=r[pk])
    metrics, claims = ctx.typed.get("metrics"), ctx.typed.get("claims")
    if metrics is not None and claims is not None:
        spans = claims.set_index("claim_id")[["char_start", "char_end"]]
        joined = metrics.join(spans, on="claim_id", rsuffix="_claim")
        outside = joined["char_start_claim"].notna() & (
            (joined["char_start"] < joined["char_start_claim"])
            | (joined["char_end"] > joined["char_end_claim"]))
        for idx in outside[outside.fillna(False)].index:
            yield E("metric-outside-claim", "the metric's span is not inside its claim's span",
                    table="metrics", row=int(idx) + FIRST_DATA_ROW, column="char_start",
                    key=metrics["metric_id"][idx])


# --- formats ---------------------------------------------------------------------------------

def check_formats(ctx: Context) -> Iterator[E]:
    """Parquet column types match the schema, and Parquet holds the same cells as the CSV."""
    for t in TABLES:
        table = ctx.parquet.get(t.name)
        typed = ctx.typed.get(t.name)
        if table is None or typed is None:
            continue
        expected = arrow_schema(t)
        drift = False
        for f in expected:
            if f.name not in table.column_names:
                yield E("parquet-type-drift", f"Parquet copy has no column {f.name}",
                        table=t.name, column=f.name)
                drift = True
            elif table.schema.field(f.name).type != f.type:
                yield E("parquet-type-drift", f"Parquet column {f.name} is "
                        f"{table.schema.field(f.name).type}, schema says {f.type}",
                        table=t.name, column=f.name)
                drift = True
        extra = [c for c in table.column_names if c not in expected.names]
        for c in extra:
            yield E("parquet-type-drift", f"Parquet copy has an extra column {c}",
                    table=t.name, column=c)
        if drift or extra:
            continue
        pq_df = _cast(table.select(expected.names).cast(
            pa.schema([pa.field(n, pa.string()) for n in expected.names]))
            .to_pandas(types_mapper=lambda _: pd.StringDtype()), t)
        yield from _compare(t, typed, pq_df)


def _compare(table: Table, csv_df: pd.DataFrame, pq_df: pd.DataFrame) -> Iterator[E]:
    """Cell-by-cell comparison, aligned on the primary key so row order does not matter."""
    pk = list(table.primary_key)
    if len(csv_df) != len(pq_df):
        yield E("format-mismatch", f"CSV has {len(csv_df)} rows, Parquet has {len(pq_df)}",
                table=table.name)
    a = csv_df.drop_duplicates(pk).set_index(pk)
    b = pq_df.drop_duplicates(pk).set_index(pk)
    only_a, only_b = a.index.difference(b.index), b.index.difference(a.index)
    for k in only_a[:100]:
        yield E("format-mismatch", "row is in the CSV but not in the Parquet copy",
                table=table.name, key=str(k))
    for k in only_b[:100]:
        yield E("format-mismatch", "row is in the Parquet copy but not in the CSV",
                table=table.name, key=str(k))
    common = a.index.intersection(b.index)
    a, b = a.loc[common], b.loc[common]
    for col in a.columns:
        x, y = a[col], b[col]
        differ = ~((x == y).fillna(False) | (x.isna() & y.isna()))
        for k in differ[differ].index[:100]:
            yield E("format-mismatch", f"CSV has {_short(x[k])}, Parquet has {_short(y[k])}",
                    table=table.name, column=col, key=str(k))


# --- warnings ------------------------------------------------------------------------------

def check_warnings(ctx: Context) -> Iterator[E]:
    metrics = ctx.typed.get("metrics")
    if metrics is None:
        return
    missing = metrics["subject_entity_id"].isna()
    for idx in missing[missing].index:
        yield E("metric-no-subject", f"metric {_short(metrics['text'][idx])} has no subject entity",
                table="metrics", row=int(idx) + FIRST_DATA_ROW, column="subject_entity_id",
                key=metrics["metric_id"][idx], severity="warning")


CHECKS = (check_descriptor, check_files, check_integrity, check_schemas, check_frictionless,
          read_tables, check_pandera, check_foreign_keys, check_duplicate_rows, check_provenance,
          check_formats, check_warnings)

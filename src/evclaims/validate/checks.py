"""The checks `validate` runs. Each is an independent function: context in, errors out.

Engines, by job:

- Frictionless validates the *descriptor* (Data Package and Table Schema metadata): it is the
  contract. Its row-by-row pass over the data is not run by default (about 30 s per million rows
  and table); `engine="frictionless"` adds it (see `frictionless_engine.py`) for a cross-check.
- The data are checked column-wise: pyarrow reads every CSV as text and casts it column by
  column (a cell that does not parse is a type error at a known row), and the Table Schema
  constraints, the row rules of `schema.ROW_RULES`, keys, foreign keys, spans against the seeds
  and the CSV/Parquet comparison are vectorised (pyarrow compute, numpy, DuckDB for grouping).

Every rule is derived from `evclaims.tables` (columns, types, constraints, keys, identity) and the
vocabularies; nothing here names a column of a particular table.

`row` is the CSV row number with the header as row 1 (frictionless's convention); `key` is the
row's primary key.
"""

from __future__ import annotations

import csv
import json
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from evclaims.package import (DESCRIPTOR, DP_PROFILE, PARQUET_BYTES, PARQUET_SUFFIX,
                              arrow_schema, sha256_file)
from evclaims.schema import row_rules, table_schema
from evclaims.tables import EXTRACTED_TABLES, TABLES, TABLES_BY_NAME, Field, Table
from evclaims.validate.report import ValidationError as E

FIRST_DATA_ROW = 2  # CSV row numbers count the header as row 1, as frictionless does
HEADER_ROW = 1
ACCEPTED_PROFILES = {DP_PROFILE, "https://datapackage.org/profiles/1.0/datapackage.json",
                     "data-package", "tabular-data-package"}


@dataclass
class Context:
    """What the checks share: the package folder, its descriptor and the tables once read."""

    package_dir: Path
    max_per_rule: int | None = None  # list at most this many problems per rule (None: all)
    descriptor: dict[str, Any] | None = None
    typed: dict[str, pa.Table] = field(default_factory=dict)  # CSV cells cast to schema types
    complete: set[str] = field(default_factory=set)  # tables whose every row and column was read
    hashes: Future | None = None  # rel path -> sha256, computed in the background
    descriptor_report: Future | None = None  # frictionless's descriptor errors, in the background
    omitted: Counter = field(default_factory=Counter)
    skipped: dict[str, np.ndarray] = field(default_factory=dict)  # malformed rows left out
    unparsed: dict[tuple[str, str], np.ndarray] = field(default_factory=dict)  # type errors
    _pool: ThreadPoolExecutor | None = None

    def resources(self) -> list[dict[str, Any]]:
        res = (self.descriptor or {}).get("resources", [])
        return [r for r in res if isinstance(r, dict)] if isinstance(res, list) else []

    def resource(self, name: str) -> dict[str, Any] | None:
        return next((r for r in self.resources() if r.get("name") == name), None)

    def sha256(self, rel: str) -> str | None:
        """sha256 of a package file (from the background pass when it covered the file)."""
        known = self.hashes.result() if self.hashes is not None else {}
        if rel in known:
            return known[rel]
        path = self.package_dir / rel
        return sha256_file(path) if path.is_file() else None

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True)

    def row_numbers(self, table: str, rows: np.ndarray) -> np.ndarray:
        """CSV row numbers (header = 1) of data rows as read, counting the malformed rows that
        were left out of the table."""
        skipped = self.skipped.get(table)
        if skipped is None or not len(skipped):
            return rows + FIRST_DATA_ROW
        shift = np.searchsorted(skipped - np.arange(len(skipped)), rows, side="right")
        return rows + shift + FIRST_DATA_ROW

    def emit(self, table: Table, rows: np.ndarray, etype: str, column: str | None,
             message: Callable[..., str], severity: str = "error",
             keys: pa.ChunkedArray | pa.Array | None = None,
             values: list[pa.Array | pa.ChunkedArray] = ()) -> Iterator[E]:
        """One error per row index in `rows` (0-based data rows), listing at most
        `max_per_rule` of them and counting the rest. `message(i, *v)` gets the row index and
        the row's entries of `values` (arrays aligned with `rows`), fetched in bulk."""
        rows = np.asarray(rows, dtype=np.int64)
        listed = rows if self.max_per_rule is None else rows[: self.max_per_rule]
        if len(rows) > len(listed):
            self.omitted[(severity, etype, table.name)] += len(rows) - len(listed)
        if not len(listed):
            return
        if keys is None:
            keys = _key_column(self, table)
        key_values = keys.take(pa.array(listed)).to_pylist() if keys is not None else \
            [None] * len(listed)
        fetched = [v.slice(0, len(listed)).to_pylist() for v in values]
        numbers = self.row_numbers(table.name, listed)
        for n, (i, row, key) in enumerate(zip(listed.tolist(), numbers.tolist(), key_values)):
            yield E(etype, message(i, *(f[n] for f in fetched)), table=table.name, row=row,
                    column=column, key=None if key is None else str(key),
                    severity=severity)  # type: ignore[arg-type]


def _key_column(ctx: Context, table: Table) -> pa.ChunkedArray | None:
    t = ctx.typed.get(table.name)
    pk = table.primary_key[0]
    return t.column(pk) if t is not None and pk in t.column_names else None


def _take(values: pa.Array | pa.ChunkedArray, rows: np.ndarray) -> pa.Array | pa.ChunkedArray:
    return values.take(pa.array(rows, pa.int64()))


def _indices(mask: pa.ChunkedArray | pa.Array | np.ndarray) -> np.ndarray:
    """Row indices where a boolean mask is true (nulls count as false)."""
    if isinstance(mask, np.ndarray):
        return np.flatnonzero(mask)
    return np.flatnonzero(pc.fill_null(mask, False).to_numpy(zero_copy_only=False))


def _short(value: object, limit: int = 60) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[:limit - 4] + "...'"


def _table_of(resource: dict[str, Any]) -> str | None:
    name = str(resource.get("name", ""))
    base = name.removesuffix(PARQUET_SUFFIX)
    return base if base in TABLES_BY_NAME else None


# --- 1. descriptor ------------------------------------------------------------------------------

def check_descriptor(ctx: Context) -> Iterator[E]:
    """The descriptor is JSON, a valid Data Package for frictionless, with a known profile,
    every resource located, and every table declared as CSV and Parquet."""
    path = ctx.package_dir / DESCRIPTOR
    if not path.is_file():
        yield E("descriptor-missing", f"{path} does not exist")
        return
    try:
        descriptor = json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        yield E("descriptor-invalid", f"{DESCRIPTOR} is not valid JSON: {exc}")
        return
    if not isinstance(descriptor, dict):
        yield E("descriptor-invalid", f"{DESCRIPTOR} must be a JSON object")
        return
    ctx.descriptor = descriptor
    ctx._pool = ThreadPoolExecutor(max_workers=2)
    # frictionless's descriptor validation is pure Python (~0.7 s for a thousand resources): it
    # runs in the background while the tables are read; `check_descriptor_profile` collects it.
    ctx.descriptor_report = ctx._pool.submit(_frictionless_descriptor_errors, descriptor,
                                             ctx.package_dir)
    for key in ("$schema", "profile"):
        if key in descriptor and descriptor[key] not in ACCEPTED_PROFILES:
            yield E("descriptor-invalid", f"{key} {descriptor[key]!r} is not a Data Package "
                    f"profile (expected {DP_PROFILE!r})")
    if not isinstance(descriptor.get("resources"), list) or not descriptor["resources"]:
        yield E("descriptor-invalid", "the descriptor has no list of resources")
    for r in ctx.resources():
        if not isinstance(r.get("path"), str) or not r["path"]:
            yield E("descriptor-invalid", f"resource {r.get('name')!r} has no path",
                    table=_table_of(r))
        elif Path(r["path"]).is_absolute() or ".." in Path(r["path"]).parts:
            yield E("descriptor-invalid", f"resource {r.get('name')!r}: path {r['path']!r} "
                    "must be relative and inside the package", table=_table_of(r))
    for t in TABLES:
        for name in (t.name, t.name + PARQUET_SUFFIX):
            if ctx.resource(name) is None:
                yield E("resource-missing", f"resource {name!r} is not declared", table=t.name)
    _start_hashing(ctx)


def _frictionless_descriptor_errors(descriptor: dict[str, Any], package_dir: Path) -> list[E]:
    from frictionless import Package

    try:
        report = Package.validate_descriptor(descriptor, basepath=str(package_dir))
    except TypeError:  # older frictionless: no basepath argument
        report = Package.validate_descriptor(descriptor)
    return [E("descriptor-invalid", f"frictionless: {etype}: {note}")
            for etype, note in report.flatten(["type", "note"])]


def check_descriptor_profile(ctx: Context) -> Iterator[E]:
    """What frictionless found in the descriptor (run in the background by check_descriptor)."""
    if ctx.descriptor_report is not None:
        yield from ctx.descriptor_report.result()


def _located(ctx: Context, r: dict[str, Any]) -> Path | None:
    path = r.get("path")
    if not isinstance(path, str) or not path or Path(path).is_absolute() \
            or ".." in Path(path).parts:
        return None
    return ctx.package_dir / path


def _start_hashing(ctx: Context) -> None:
    """Hash every resource file in a background thread (hashlib releases the GIL), while the
    tables are read and checked."""
    paths = sorted({r["path"] for r in ctx.resources()
                    if (p := _located(ctx, r)) is not None and p.is_file()})

    def run() -> dict[str, str]:
        return {rel: sha256_file(ctx.package_dir / rel) for rel in paths}

    ctx.hashes = ctx._pool.submit(run)


# --- 2. files -----------------------------------------------------------------------------------

def check_files(ctx: Context) -> Iterator[E]:
    """Every described file is there; every file in data/ and seeds/ is described."""
    described = set()
    for r in ctx.resources():
        path = _located(ctx, r)
        if path is None:
            continue  # reported by check_descriptor
        described.add(r["path"])
        if not path.is_file():
            yield E("resource-missing", f"resource {r.get('name')!r}: file {r['path']!r} is "
                    "missing", table=_table_of(r))
    for folder in ("data", "seeds"):
        base = ctx.package_dir / folder
        if base.is_dir():
            for p in sorted(base.rglob("*")):
                rel = p.relative_to(ctx.package_dir).as_posix()
                if p.is_file() and rel not in described:
                    yield E("file-undescribed", f"{rel} is in the package but no resource "
                                                "describes it")


# --- 3. Table Schemas ------------------------------------------------------------------------

def check_schemas(ctx: Context) -> Iterator[E]:
    """Each table resource points at a valid Table Schema, and it is the one evclaims defines."""
    from frictionless import Schema

    for t in TABLES:
        refs = {r.get("schema")
                for r in (ctx.resource(t.name), ctx.resource(t.name + PARQUET_SUFFIX))
                if r is not None}
        for ref in sorted(refs, key=repr):
            if isinstance(ref, dict):
                on_disk, where = ref, f"resource {t.name!r} (inline schema)"
            elif (isinstance(ref, str) and not Path(ref).is_absolute()
                  and ".." not in Path(ref).parts):
                path = ctx.package_dir / ref
                if not path.is_file():
                    yield E("resource-missing", f"{ref} (the Table Schema of {t.name}) is missing",
                            table=t.name)
                    continue
                try:
                    on_disk, where = json.loads(path.read_text(encoding="utf-8")), ref
                except (json.JSONDecodeError, UnicodeDecodeError) as exc:
                    yield E("descriptor-invalid", f"{ref} is not JSON: {exc}", table=t.name)
                    continue
            else:
                yield E("descriptor-invalid", f"resource {t.name!r} has no usable schema "
                        f"({ref!r})", table=t.name)
                continue
            if not isinstance(on_disk, dict):
                yield E("descriptor-invalid", f"{where} is not a JSON object", table=t.name)
                continue
            for etype, note in Schema.validate_descriptor(on_disk).flatten(["type", "note"]):
                yield E("descriptor-invalid", f"{where}: frictionless: {etype}: {note}",
                        table=t.name)
            if on_disk != table_schema(t):
                yield E("schema-drift", f"{where} differs from the definition in "
                        "evclaims.tables; rebuild the package", table=t.name)


# --- 4-5. reading the CSV tables: header, cells, types, constraints ---------------------------

INTEGER_RE = r"^[+-]?[0-9]+$"
NUMBER_RE = r"^([+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)?|NaN|[+-]?INF)$"
DATE_RE = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
ARROW_TYPES = {"string": pa.string(), "integer": pa.int64(), "number": pa.float64(),
               "date": pa.date32()}


def _read_header(path: Path) -> list[str]:
    with path.open(encoding="utf-8", newline="") as fh:
        return next(csv.reader(fh), [])


def read_csv_text(path: Path) -> tuple[list[str], pa.Table, list[Any]]:
    """(header, every cell as text or null, rows with the wrong number of cells).

    Read at full speed first; only a file with malformed rows is read again with a row handler
    (a Python callback slows pyarrow's parser down about twofold), skipping and listing them."""
    header = _read_header(path)
    names = [f"c{i}" for i in range(len(header))]
    bad_rows: list[Any] = []

    def on_invalid(row: Any) -> str:
        bad_rows.append(row)
        return "skip"

    def read(handler: Callable[[Any], str] | None) -> pa.Table:
        return pacsv.read_csv(
            path,
            read_options=pacsv.ReadOptions(column_names=names, skip_rows=1, block_size=4 << 20,
                                           use_threads=handler is None),  # (row numbers)
            parse_options=pacsv.ParseOptions(newlines_in_values=True,
                                             invalid_row_handler=handler),
            convert_options=pacsv.ConvertOptions(
                column_types={n: pa.string() for n in names}, strings_can_be_null=True,
                quoted_strings_can_be_null=True, null_values=[""]))

    try:
        data = read(None)
    except pa.ArrowInvalid as exc:
        if "columns" not in str(exc):
            raise
        data = read(on_invalid)
    return header, data, bad_rows


def _header_errors(table: Table, header: list[str]) -> Iterator[E]:
    expected = table.field_names
    if header == expected:
        return
    missing = [n for n in expected if n not in header]
    extra = [n for n in header if n not in expected]
    renamed = set()
    if len(header) == len(expected):
        for want, got in zip(expected, header):
            if want in missing and got in extra:
                renamed.add(want)
                yield E("header-error", f"column {want!r} is named {got!r}", table=table.name,
                        row=HEADER_ROW, column=want)
    for n in missing:
        if n not in renamed:
            yield E("header-error", f"column {n!r} is missing", table=table.name,
                    row=HEADER_ROW, column=n)
    renamed_to = {got for want, got in zip(expected, header) if want in renamed}
    for n in extra:
        if n not in renamed_to:
            yield E("header-error", f"column {n!r} is not in the Table Schema", table=table.name,
                    row=HEADER_ROW, column=n)
    for n, c in Counter(header).items():
        if c > 1:
            yield E("header-error", f"column {n!r} appears {c} times", table=table.name,
                    row=HEADER_ROW, column=n)
    common_have = [n for n in header if n in expected]
    common_want = [n for n in expected if n in header]
    if common_have != common_want:
        for pos, (have, want) in enumerate(zip(common_have, common_want)):
            if have != want:
                yield E("header-error", f"columns are out of order: {have!r} stands where the "
                        f"schema puts {want!r} (position {header.index(have) + 1})",
                        table=table.name, row=HEADER_ROW, column=have)


def cast_column(raw: pa.ChunkedArray, f: Field) -> tuple[pa.ChunkedArray, pa.ChunkedArray | None]:
    """(cells cast to the field's type with unparseable ones null, mask of type errors; None
    for text, which cannot fail)."""
    if f.type == "string":
        return raw, None
    pattern = {"integer": INTEGER_RE, "number": NUMBER_RE, "date": DATE_RE}[f.type]
    ok = pc.match_substring_regex(raw, pattern)  # null where raw is null
    clean = pc.if_else(ok, raw, pa.scalar(None, pa.string()))
    if f.type == "integer":
        typed = _safe_cast(clean, pa.int64())
    elif f.type == "number":
        typed = _safe_cast(pc.replace_substring_regex(clean, r"^([+-]?)INF$", r"\1inf"),
                           pa.float64())
    else:
        stamp = pc.strptime(clean, format="%Y-%m-%d", unit="s", error_is_null=True)
        # strptime rolls 2024-02-30 over to 2024-03-01: a date must print back as it was read
        same = pc.equal(pc.strftime(stamp, format="%Y-%m-%d"), clean)
        typed = pc.cast(pc.if_else(same, stamp, pa.scalar(None, stamp.type)), pa.date32())
    bad = pc.and_(pc.is_valid(raw), pc.is_null(typed))
    return typed, bad


def _safe_cast(values: pa.ChunkedArray, to: pa.DataType) -> pa.ChunkedArray:
    """Cast, turning a cell that still fails (e.g. an integer beyond 64 bits) into null."""
    try:
        return pc.cast(values, to)
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
        out = [pc.cast(v, to) if _castable(v, to) else None for v in values.to_pylist()]
        return pa.chunked_array([pa.array(out, type=to)])


def _castable(value: str | None, to: pa.DataType) -> bool:
    try:
        pa.scalar(value).cast(to)
        return value is not None
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
        return False


def read_tables(ctx: Context) -> Iterator[E]:
    """Read every CSV as text (pyarrow), check its header, cast each column to its type
    (type errors at their rows), and check required, minimum, pattern and enum constraints."""
    for t in TABLES:
        res = ctx.resource(t.name)
        path = _located(ctx, res) if res is not None else None
        if path is None or not path.is_file():
            continue  # reported by check_descriptor / check_files
        try:
            header, raw, bad_rows = read_csv_text(path)
        except (pa.ArrowInvalid, OSError, UnicodeDecodeError) as exc:
            yield E("file-unreadable", f"{res['path']} cannot be read as UTF-8 CSV: {exc}",
                    table=t.name)
            continue
        header_errors = list(_header_errors(t, header))
        yield from header_errors
        for row in bad_rows:  # pyarrow numbers physical lines: rows, unless a cell has a newline
            yield E("cell-count-error", f"the row has {row.actual_columns} cells, the header "
                    f"has {row.expected_columns}: {_short(row.text)}", table=t.name,
                    row=row.number)
        ctx.skipped[t.name] = np.array(sorted(r.number - FIRST_DATA_ROW for r in bad_rows
                                              if r.number is not None), np.int64)
        columns = {}
        for i, name in enumerate(header):
            if name in t.field_names and name not in columns:
                columns[name] = raw.column(i)
        typed: dict[str, pa.ChunkedArray] = {}
        pk_present = t.primary_key[0] in columns
        keys = columns[t.primary_key[0]] if pk_present else None
        for f in t.fields:
            if f.name not in columns:
                continue
            col = columns[f.name]
            typed[f.name], bad = cast_column(col, f)
            if bad is not None:
                rows = _indices(bad)
                if len(rows):
                    ctx.unparsed[(t.name, f.name)] = rows
                yield from ctx.emit(t, rows, "type-error", f.name,
                                    lambda i, v, f=f: f"{_short(v)} is not a valid {f.type}",
                                    keys=keys, values=[_take(col, rows)])
        ctx.typed[t.name] = pa.table({n: typed[n] for n in t.field_names if n in typed})
        if len(typed) == len(t.fields) and not bad_rows:
            ctx.complete.add(t.name)


# --- 6. row rules, keys and duplicates --------------------------------------------------------

_NULLABLE = {pa.int64(): pd.Int64Dtype(), pa.float64(): pd.Float64Dtype(),
             pa.string(): pd.StringDtype()}


def _pandas(data: pa.Table, table: Table) -> pd.DataFrame:
    """A typed table as pandas with the nullable dtypes the pandera models expect."""
    df = data.to_pandas(types_mapper=_NULLABLE.get)
    for f in table.fields:
        if f.type == "date" and f.name in df:
            df[f.name] = pd.to_datetime(df[f.name]).astype("datetime64[ns]")
    return df


def _pandera_error(table: Table, check: str, column: str) -> tuple[str, str, str]:
    """(error type, column, what is broken) for one pandera check of the derived models."""
    rules = {r.name: r for r in row_rules(table)}
    if check in rules:
        rule = rules[check]
        return rule.error_type, rule.column, rule.message
    f = table.field(column)
    if check == "not_nullable":
        return "required-error", column, f"{column} is required but empty"
    if check.startswith("minimum:"):
        return "constraint-error", column, f"{column} must be at least {f.minimum}"
    if check == "pattern":
        return "constraint-error", column, f"{column} does not match the pattern {f.pattern}"
    if check == "enum":
        return "constraint-error", column, f"{column} is not one of {', '.join(f.enum or ())}"
    return "constraint-error", column, f"{column} breaks {check}"


def check_pandera(ctx: Context) -> Iterator[E]:
    """pandera, lazily over whole tables: required cells, enum, pattern and minimum
    constraints, and the row rules (`char_end > char_start`, `value_max >= value`, value sign
    and unit dimension that fit the measure), all from the models derived from `tables.py`."""
    import pandera.errors

    from evclaims.schema import pandera_schema

    for t in TABLES:
        data = ctx.typed.get(t.name)
        if data is None:
            continue
        try:
            pandera_schema(t, keys=False, columns=data.column_names).validate(
                _pandas(data, t), lazy=True)
            continue
        except pandera.errors.SchemaErrors as exc:
            cases = exc.failure_cases
        cases = cases[cases["index"].notna()]
        rules = {r.name: r for r in row_rules(t)}
        # A row rule fails once per row, though pandera lists the row under each of its columns.
        groups = [(str(check), rules[str(check)].column, g)
                  for check, g in cases[cases["check"].isin(list(rules))].groupby("check")]
        groups += [(str(check), str(column), g) for (check, column), g in
                   cases[~cases["check"].isin(list(rules))].groupby(["check", "column"])]
        for check, column, group in groups:
            rows = np.unique(group["index"].to_numpy(dtype=np.int64))
            etype, col, what = _pandera_error(t, check, column)
            if check in rules:
                rule = rules[check]
                yield from ctx.emit(t, rows, etype, col,
                                    lambda i, *v, what=what, rule=rule: f"{what}: " + ", ".join(
                                        f"{c} = {_short(x)}" for c, x in zip(rule.columns, v)),
                                    values=[_take(data.column(c), rows) for c in rule.columns])
            elif etype == "required-error":
                # a cell emptied because it did not parse is a type-error already
                rows = np.setdiff1d(rows, ctx.unparsed.get((t.name, col), np.empty(0, np.int64)))
                yield from ctx.emit(t, rows, etype, col, lambda i, what=what: what)
            else:
                yield from ctx.emit(t, rows, etype, col,
                                    lambda i, v, what=what: f"{what} (found {_short(v)})",
                                    values=[_take(data.column(col), rows)])


def _duckdb():
    import duckdb

    return duckdb.connect(config={"threads": 2})


def _duplicates(con: Any, data: pa.Table, columns: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """(rows, first row with the same values) for every row whose `columns` repeat an earlier
    row's; rows with an empty cell in `columns` are left out."""
    none = np.empty(0, np.int64), np.empty(0, np.int64)
    sel = data.select(columns)
    cols = ", ".join(f'"{c}"' for c in columns)
    not_null = " AND ".join(f'"{c}" IS NOT NULL' for c in columns)
    con.register("_t", sel)
    try:  # fast path: count distinct values (of a hash, for several columns: a collision only
        # sends us to the exact query below)
        value = f'"{columns[0]}"' if len(columns) == 1 else f"hash({cols})"
        if con.execute(f"SELECT count(*) - count(DISTINCT {value}) FROM _t WHERE {not_null}"
                       ).fetchall()[0][0] == 0:
            return none
    finally:
        con.unregister("_t")
    con.register("_t", sel.append_column("__row", pa.array(np.arange(len(sel)))))
    try:
        got = con.execute(
            f"SELECT __row, first FROM (SELECT __row, min(__row) OVER (PARTITION BY {cols}) "
            f"AS first FROM _t WHERE {not_null}) WHERE __row > first ORDER BY __row").fetchnumpy()
    finally:
        con.unregister("_t")
    return got["__row"].astype(np.int64), got["first"].astype(np.int64)


def check_keys(ctx: Context) -> Iterator[E]:
    """Primary keys and unique columns are unique; no extracted thing is recorded twice under
    two keys (same source, span and kind: `Table.identity`)."""
    con = _duckdb()
    for t in TABLES:
        data = ctx.typed.get(t.name)
        if data is None:
            continue
        checks: list[tuple[str, list[str]]] = []
        if set(t.primary_key) <= set(data.column_names):
            checks.append(("primary-key-error", list(t.primary_key)))
        checks += [("constraint-error", [f.name]) for f in t.fields
                   if f.unique and [f.name] != list(t.primary_key) and f.name in data.column_names]
        if t.identity and set(t.identity) <= set(data.column_names):
            checks.append(("duplicate-row", list(t.identity)))
        for etype, cols in checks:
            rows, first = _duplicates(con, data, cols)
            first_of = dict(zip(rows.tolist(), first.tolist()))
            if etype == "duplicate-row":
                def message(i, cols=cols):
                    return (f"same {', '.join(cols)} as row {first_of[i] + FIRST_DATA_ROW}: one "
                            "thing recorded under two keys")
            else:
                def message(i, cols=cols):
                    return (f"{', '.join(cols)} {_short(data.column(cols[0])[i].as_py())} is "
                            f"also in row {first_of[i] + FIRST_DATA_ROW}")
            yield from ctx.emit(t, rows, etype, cols[0] if etype != "duplicate-row" else None,
                                message)
    con.close()


# --- 7. foreign keys -----------------------------------------------------------------------

def check_foreign_keys(ctx: Context) -> Iterator[E]:
    """Every foreign key of `tables.py`, vocabulary codes (unit, measure) included."""
    for t in TABLES:
        data = ctx.typed.get(t.name)
        if data is None:
            continue
        for fk in t.foreign_keys:
            target = ctx.typed.get(fk.resource)
            col, ref = fk.fields[0], fk.reference_fields[0]
            if fk.resource not in ctx.complete:
                continue  # a table read in part cannot say what is missing from it
            if target is None or col not in data.column_names or ref not in target.column_names:
                continue
            values = data.column(col)
            targets = pc.unique(target.column(ref).combine_chunks().drop_null())
            bad = pc.and_(pc.is_valid(values), pc.invert(pc.is_in(values, value_set=targets)))
            rows = _indices(bad)
            yield from ctx.emit(t, rows, "foreign-key-error", col,
                                lambda i, v, col=col, ref=ref, fk=fk:
                                f"{col} {_short(v)} is not a {ref} in {fk.resource}",
                                values=[_take(values, rows)])


# --- 10. provenance ------------------------------------------------------------------------

@dataclass
class _Corpus:
    """All seed texts as one UTF-8 byte array, and what it takes to turn a (seed, character
    offset) into a byte offset: characters before each seed, and the positions of the few
    non-ASCII characters with the running count of their extra bytes."""

    chars: np.ndarray  # characters per seed (-1: seed missing)
    char_base: np.ndarray  # global character index where each seed starts
    wide_at: np.ndarray  # global character indices of non-ASCII characters
    extra_before: np.ndarray  # extra UTF-8 bytes of the first k non-ASCII characters (k=0..)
    data: np.ndarray  # uint8, all seeds' bytes

    @classmethod
    def read(cls, package_dir: Path, files: list[str]) -> "_Corpus":
        texts, chars = [], []
        for name in files:
            path = package_dir / "seeds" / name
            if not _plain_name(name) or not path.is_file():
                chars.append(-1)
                continue
            texts.append(path.read_bytes().decode("utf-8", errors="replace"))
            chars.append(len(texts[-1]))
        text = "".join(texts)
        data = text.encode("utf-8")  # (replacement characters re-encoded: offsets line up)
        counts = np.maximum(np.array(chars, np.int64), 0)
        char_base = np.concatenate([[0], np.cumsum(counts)[:-1]]).astype(np.int64)
        if len(data) == len(text):
            wide_at, extra = np.zeros(0, np.int64), np.zeros(0, np.int64)
        else:
            cp = np.frombuffer(text.encode("utf-32-le"), np.uint32)
            wide_at = np.flatnonzero(cp >= 0x80)
            wide = cp[wide_at]
            extra = 1 + (wide >= 0x800).astype(np.int64) + (wide >= 0x10000)
        return cls(np.array(chars, np.int64), char_base, wide_at,
                   np.concatenate([[0], np.cumsum(extra)]).astype(np.int64),
                   np.frombuffer(data, np.uint8))

    def byte_offset(self, seed: np.ndarray, char: np.ndarray) -> np.ndarray:
        """Global byte offset of character `char` of seed `seed` (end offsets allowed)."""
        g = self.char_base[seed] + char
        return g + self.extra_before[np.searchsorted(self.wide_at, g, side="left")]


def _string_parts(arr: pa.Array) -> tuple[np.ndarray, np.ndarray]:
    """(offsets, data bytes) of a string array, the offsets starting at 0 (no copy of the
    data)."""
    bufs = arr.buffers()
    width = np.int64 if arr.type == pa.large_string() else np.int32
    offsets = np.frombuffer(bufs[1], width)[arr.offset: arr.offset + len(arr) + 1] \
        .astype(np.int64)
    data = np.frombuffer(bufs[2], np.uint8) if bufs[2] is not None else np.zeros(0, np.uint8)
    return offsets - offsets[0], data[offsets[0]:offsets[-1]]


def _bytes_differ(corpus: np.ndarray, data: np.ndarray, offsets: np.ndarray,
                  starts: np.ndarray, check: np.ndarray, batch: int = 1 << 24) -> np.ndarray:
    """For each row i of a string array (its `offsets` into `data`), whether its bytes differ
    from corpus[starts[i]:starts[i] + length] (rows where `check` is false are skipped).
    Vectorised: the rows' bytes are contiguous in `data`, so each batch is one slice of it
    compared with one gather from the corpus."""
    out = np.zeros(len(starts), bool)
    n = len(starts)
    lo = 0
    while lo < n:
        hi = int(np.searchsorted(offsets, offsets[lo] + batch, side="right")) - 1
        hi = min(max(hi, lo + 1), n)
        ln = offsets[lo + 1:hi + 1] - offsets[lo:hi]
        delta = np.where(check[lo:hi], starts[lo:hi] - offsets[lo:hi], 0)
        pos = np.arange(offsets[lo], offsets[hi], dtype=np.int64)
        theirs = np.take(corpus, pos + np.repeat(delta, ln), mode="clip")
        diff = np.flatnonzero(theirs != data[offsets[lo]:offsets[hi]])
        if len(diff):
            rows = np.searchsorted(offsets[lo:hi + 1], diff + offsets[lo], side="right") - 1
            out[lo + np.unique(rows)] = True
        lo = hi
    return out & check


def check_provenance(ctx: Context) -> Iterator[E]:
    """Seeds present and unchanged; every document inside its seed; every span inside its source
    document and quoting the seed exactly; every metric inside its claim."""
    sources_t = TABLES_BY_NAME["sources"]
    sources = ctx.typed.get("sources")
    need = {"source_id", "seed_file", "sha256", "char_start", "char_end"}
    if sources is None or not need <= set(sources.column_names):
        return
    seed_col = sources.column("seed_file")
    files = sorted(f for f in pc.unique(seed_col).to_pylist() if f is not None)
    digest_of = {name: ctx.sha256(f"seeds/{name}") if _plain_name(name) else None
                 for name in files}
    missing = pa.array([n for n, d in digest_of.items() if d is None], pa.string())
    yield from ctx.emit(sources_t, _indices(pc.is_in(seed_col, value_set=missing)),
                        "seed-missing", "seed_file",
                        lambda i: f"seed file seeds/{seed_col[i].as_py()} is not in the package")
    sha = sources.column("sha256")
    expected = pa.array([digest_of.get(f) for f in seed_col.to_pylist()], pa.string())
    differs = pc.and_(pc.is_valid(expected), pc.not_equal(sha, expected))
    yield from ctx.emit(sources_t, _indices(differs), "seed-changed", "sha256",
                        lambda i: f"seeds/{seed_col[i].as_py()} has changed since the build "
                                  "(its sha256 differs from the one recorded)")

    corpus = _Corpus.read(ctx.package_dir, files)
    seed_idx = pc.index_in(seed_col, value_set=pa.array(files, pa.string()))
    s_seed = pc.fill_null(seed_idx, -1).to_numpy(zero_copy_only=False).astype(np.int64)
    s_start = _ints(sources.column("char_start"))
    s_end = _ints(sources.column("char_end"))
    seed_len = np.where(s_seed >= 0, corpus.chars[np.maximum(s_seed, 0)], -1)
    s_ok = (s_seed >= 0) & (seed_len >= 0) & (s_start >= 0) & (s_end > s_start)
    outside = s_ok & (s_end > seed_len)
    yield from ctx.emit(sources_t, np.flatnonzero(outside), "span-outside-source", "char_end",
                        lambda i: f"document span {s_start[i]}..{s_end[i]} is outside its seed "
                                  f"({seed_len[i]} characters)")
    s_ok &= ~outside
    source_ids = sources.column("source_id").combine_chunks()

    for t in EXTRACTED_TABLES:
        data = ctx.typed.get(t.name)
        if data is None or not {"source_id", "char_start", "char_end"} <= set(data.column_names):
            continue
        pos = pc.index_in(data.column("source_id"), value_set=source_ids)
        known = pc.is_valid(pos).to_numpy(zero_copy_only=False)
        p = pc.fill_null(pos, 0).to_numpy(zero_copy_only=False).astype(np.int64)
        start, end = _ints(data.column("char_start")), _ints(data.column("char_end"))
        usable = known & s_ok[p] & (start >= 0) & (end > start)
        out = usable & ((start < s_start[p]) | (end > s_end[p]))
        yield from ctx.emit(t, np.flatnonzero(out), "span-outside-source", "char_start",
                            lambda i: f"span {start[i]}..{end[i]} is outside its source document "
                                      f"{s_start[p[i]]}..{s_end[p[i]]}")
        if "text" not in data.column_names:
            continue
        check = usable & ~out
        yield from ctx.emit(t, _text_mismatches(corpus, data.column("text"), check,
                                                s_seed[p], start, end),
                            "span-text-mismatch", "text",
                            lambda i: f"text {_short(data.column('text')[i].as_py())} is not the "
                                      f"seed text at {start[i]}..{end[i]}")
        yield from _selector_mismatches(ctx, t, data, corpus, check, s_seed[p], start, end,
                                        seed_len[p])
    yield from _metrics_in_claims(ctx)


def _selector_mismatches(ctx: Context, t: Table, data: pa.Table, corpus: _Corpus,
                         check: np.ndarray, seed: np.ndarray, start: np.ndarray,
                         end: np.ndarray, seed_len: np.ndarray) -> Iterator[E]:
    """`prefix` and `suffix` (the TextQuoteSelector context) must be the seed text right before
    and after the span, or they cannot re-anchor it."""
    for column in ("prefix", "suffix"):
        if column not in data.column_names:
            continue
        values = data.column(column)
        n = pc.fill_null(pc.utf8_length(values), 0).to_numpy(zero_copy_only=False).astype(np.int64)
        lo, hi = (start - n, start) if column == "prefix" else (end, end + n)
        usable = check & (n > 0) & (lo >= 0) & (hi <= seed_len)
        outside = check & (n > 0) & ~usable
        bad = np.union1d(np.flatnonzero(outside),
                         _text_mismatches(corpus, values, usable, seed, lo, hi))
        side = "before" if column == "prefix" else "after"
        yield from ctx.emit(t, bad, "selector-mismatch", column,
                            lambda i, column=column, side=side:
                                f"{column} {_short(values[i].as_py())} is not the seed text "
                                f"{side} the span {start[i]}..{end[i]}")


def _plain_name(name: str) -> bool:
    return "/" not in name and "\\" not in name and name not in ("", ".", "..")


def _ints(col: pa.ChunkedArray) -> np.ndarray:
    """Integer column as int64 numpy, nulls as -1 (spans are never negative once valid)."""
    return pc.fill_null(col, -1).to_numpy(zero_copy_only=False).astype(np.int64)


def _text_mismatches(corpus: _Corpus, text: pa.ChunkedArray, check: np.ndarray,
                     seed: np.ndarray, start: np.ndarray, end: np.ndarray) -> np.ndarray:
    """Rows (where `check`) whose `text` is not the seed's bytes at their character span."""
    bad = np.zeros(len(check), bool)
    if not check.any() or not len(corpus.data):
        return np.flatnonzero(bad)
    b0 = corpus.byte_offset(np.where(check, seed, 0), np.where(check, start, 0))
    b1 = corpus.byte_offset(np.where(check, seed, 0), np.where(check, end, 0))
    base = 0
    for chunk in text.chunks:
        sl = slice(base, base + len(chunk))
        offsets, data = _string_parts(chunk)
        ok = check[sl] & ~chunk.is_null().to_numpy(zero_copy_only=False)
        same_len = (b1[sl] - b0[sl]) == (offsets[1:] - offsets[:-1])
        bad[sl] = ok & ~same_len
        if len(data):
            bad[sl] |= _bytes_differ(corpus.data, data, offsets, b0[sl], ok & same_len)
        base += len(chunk)
    return np.flatnonzero(bad)


def _metrics_in_claims(ctx: Context) -> Iterator[E]:
    """Every metric lies inside the span (and the source) of the claim it names."""
    metrics, claims = ctx.typed.get("metrics"), ctx.typed.get("claims")
    need = {"claim_id", "source_id", "char_start", "char_end"}
    if metrics is None or claims is None or not need <= set(metrics.column_names) \
            or not need <= set(claims.column_names):
        return
    pos = pc.index_in(metrics.column("claim_id"), value_set=claims.column("claim_id")
                      .combine_chunks())
    known = pc.is_valid(pos).to_numpy(zero_copy_only=False)
    p = pc.fill_null(pos, 0).to_numpy(zero_copy_only=False).astype(np.int64)
    start, end = _ints(metrics.column("char_start")), _ints(metrics.column("char_end"))
    c_start, c_end = _ints(claims.column("char_start"))[p], _ints(claims.column("char_end"))[p]
    same_source = pc.equal(metrics.column("source_id"),
                           claims.column("source_id").take(pa.array(p))) \
        .to_numpy(zero_copy_only=False)
    ok_data = known & (start >= 0) & (end > start) & (c_start >= 0) & (c_end > c_start)
    outside = ok_data & ((start < c_start) | (end > c_end) | ~same_source)
    yield from ctx.emit(TABLES_BY_NAME["metrics"], np.flatnonzero(outside),
                        "metric-outside-claim", "char_start",
                        lambda i: f"the metric's span {start[i]}..{end[i]} is not inside its "
                                  f"claim's span {c_start[i]}..{c_end[i]}"
                                  + ("" if same_source[i] else " (and its claim is in another "
                                                                "source)"))


# --- 11. formats -------------------------------------------------------------------------------

def diff_tables(ctx: Context, table: Table, a: pa.Table, b: pa.Table, etype: str,
                a_name: str, b_name: str) -> Iterator[E]:
    """Cell-by-cell differences between two copies of a table with the same columns and types,
    aligned on the primary key (row order does not matter). Rows are numbered as in `a`."""
    pk = table.primary_key[0]
    ka, kb = a.column(pk).combine_chunks(), b.column(pk).combine_chunks()
    if len(a) != len(b):
        yield E(etype, f"{a_name} has {len(a)} rows, {b_name} has {len(b)}", table=table.name)
    pos = pc.index_in(ka, value_set=kb)
    in_b = pc.is_valid(pos).to_numpy(zero_copy_only=False)
    yield from ctx.emit(table, np.flatnonzero(~in_b), etype, None,
                        lambda i: f"row is in {a_name} but not in {b_name}", keys=ka)
    only_b = np.flatnonzero(~pc.is_in(kb, value_set=ka).to_numpy(zero_copy_only=False))
    for j in only_b[: ctx.max_per_rule]:
        yield E(etype, f"row is in {b_name} but not in {a_name}", table=table.name,
                key=str(kb[int(j)].as_py()))
    if ctx.max_per_rule is not None and len(only_b) > ctx.max_per_rule:
        ctx.omitted[("error", etype, table.name)] += len(only_b) - ctx.max_per_rule
    rows = np.flatnonzero(in_b)
    take_b = pa.array(pc.fill_null(pos, 0).to_numpy(zero_copy_only=False)[rows])
    for name in a.column_names:
        if name not in b.column_names:
            continue
        x = a.column(name).take(pa.array(rows))
        y = b.column(name).take(take_b)
        if x.equals(y):
            continue
        differ = pc.or_(pc.fill_null(pc.not_equal(x, y), False),
                        pc.not_equal(pc.is_null(x), pc.is_null(y)))
        if pa.types.is_floating(x.type):
            differ = pc.and_(differ, pc.invert(pc.and_(pc.fill_null(pc.is_nan(x), False),
                                                       pc.fill_null(pc.is_nan(y), False))))
        hit = _indices(differ)
        unparsed = ctx.unparsed.get((table.name, name))
        if unparsed is not None:  # a cell that is not its type is reported as that already
            hit = hit[~np.isin(rows[hit], unparsed)]
        yield from ctx.emit(table, rows[hit], etype, name,
                            lambda i, u, v: f"{a_name} has {_short(u)}, {b_name} has "
                                            f"{_short(v)}",
                            values=[_take(x, hit), _take(y, hit)])


def check_formats(ctx: Context) -> Iterator[E]:
    """Parquet column types match the schema, and Parquet holds the same cells as the CSV."""
    for t in TABLES:
        res = ctx.resource(t.name + PARQUET_SUFFIX)
        path = _located(ctx, res) if res is not None else None
        if path is None or not path.is_file():
            continue
        try:
            schema = pq.read_schema(path)
        except (pa.ArrowInvalid, OSError) as exc:
            yield E("file-unreadable", f"{res['path']} cannot be read as Parquet: {exc}",
                    table=t.name)
            continue
        expected = arrow_schema(t)
        drift = False
        for f in expected:
            if f.name not in schema.names:
                yield E("parquet-type-drift", f"the Parquet copy has no column {f.name!r}",
                        table=t.name, column=f.name)
                drift = True
            elif schema.field(f.name).type != f.type:
                yield E("parquet-type-drift", f"Parquet column {f.name!r} is "
                        f"{schema.field(f.name).type}, the schema says {f.type}",
                        table=t.name, column=f.name)
                drift = True
        for c in schema.names:
            if c not in expected.names:
                yield E("parquet-type-drift", f"the Parquet copy has an extra column {c!r}",
                        table=t.name, column=c)
                drift = True
        if not drift and schema.names != expected.names:
            yield E("parquet-type-drift", "the Parquet columns are not in schema order",
                    table=t.name)
        typed = ctx.typed.get(t.name)
        if typed is None or t.name not in ctx.complete:
            continue
        columns = [n for n in typed.column_names if n in schema.names
                   and schema.field(n).type == expected.field(n).type]
        if t.primary_key[0] not in columns:
            continue
        parquet = pq.read_table(path, columns=columns)
        a = typed.select(columns)
        if all(a.column(n).equals(parquet.column(n)) for n in columns):
            continue
        yield from diff_tables(ctx, t, a, parquet, "format-mismatch", "the CSV",
                               "the Parquet copy")


# --- 3. integrity (last: the hashes were computed in the background) -------------------------

def check_integrity(ctx: Context) -> Iterator[E]:
    """sha256 and byte count of every file, CSV, Parquet and seed alike (frictionless-py skips
    Parquet hashes and `sha1:` ones)."""
    for r in ctx.resources():
        path = _located(ctx, r)
        if path is None or not path.is_file():
            continue
        declared = r.get("hash")
        if declared is None:
            yield E("hash-mismatch", f"resource {r['name']!r} declares no hash",
                    table=_table_of(r))
        else:
            algo, _, digest = str(declared).rpartition(":")
            if algo not in ("sha256", ""):
                yield E("hash-mismatch", f"resource {r['name']!r}: hash algorithm {algo!r} is "
                        "not accepted; use sha256", table=_table_of(r))
            elif digest != ctx.sha256(r["path"]):
                yield E("hash-mismatch", f"resource {r['name']!r}: {r['path']} does not match "
                        "its declared sha256", table=_table_of(r))
        size_key = PARQUET_BYTES if r.get("format") == "parquet" else "bytes"
        size = r.get(size_key)
        actual = path.stat().st_size
        if size is None:
            yield E("bytes-mismatch", f"resource {r['name']!r} declares no {size_key}",
                    table=_table_of(r))
        elif size != actual:
            yield E("bytes-mismatch", f"resource {r['name']!r}: declared {size_key} {size} but "
                    f"{r['path']} has {actual}", table=_table_of(r))
        if r.get("format") == "parquet" and "bytes" in r:
            yield E("descriptor-invalid", f"resource {r['name']!r} declares `bytes`; Parquet "
                    f"byte counts go in {PARQUET_BYTES!r} (frictionless cannot count them)",
                    table=_table_of(r))


def check_derived(ctx: Context) -> Iterator[E]:
    """Columns computed from other tables must agree with them: `entities.mention_count` is the
    number of `mentions` rows of the entity."""
    entities, mentions = ctx.typed.get("entities"), ctx.typed.get("mentions")
    if entities is None or mentions is None or "mention_count" not in entities.column_names \
            or "entity_id" not in mentions.column_names or "entity_id" not in entities.column_names:
        return
    counts = mentions.group_by("entity_id").aggregate([("entity_id", "count")])
    lookup = pc.index_in(entities.column("entity_id"), value_set=counts.column("entity_id"))
    actual = pc.fill_null(pc.take(counts.column("entity_id_count"), lookup), 0)
    stated = entities.column("mention_count")
    bad = _indices(pc.not_equal(pc.cast(actual, pa.int64()), stated))
    actual_np = actual.to_numpy(zero_copy_only=False)
    yield from ctx.emit(TABLES_BY_NAME["entities"], bad, "derived-mismatch", "mention_count",
                        lambda i, v: f"mention_count is {v} but mentions has "
                                     f"{int(actual_np[i])} row(s) for this entity",
                        values=[_take(stated, bad)])


# --- warnings ------------------------------------------------------------------------------

def check_warnings(ctx: Context) -> Iterator[E]:
    metrics = ctx.typed.get("metrics")
    if metrics is None or "subject_entity_id" not in metrics.column_names:
        return
    yield from ctx.emit(TABLES_BY_NAME["metrics"],
                        _indices(pc.is_null(metrics.column("subject_entity_id"))),
                        "metric-no-subject", "subject_entity_id",
                        lambda i: "the metric has no subject entity", severity="warning")


CHECKS = (check_descriptor, check_files, check_schemas, read_tables, check_pandera, check_keys,
          check_foreign_keys, check_provenance, check_formats, check_descriptor_profile,
          check_integrity, check_derived, check_warnings)

"""Issue #5: `validate` catches every mistake a publisher can make.

Each case injects one fault into a private copy of a clean package and asserts, through the CLI
(`evclaims validate --format json`), the exit code and the error's type, table, row (or key) and
column. Edits that a careless publisher would make consistently (both CSV and Parquet, descriptor
re-hashed) are made that way, so the fault is caught by the check meant for it and not only by a
hash or by the CSV/Parquet comparison.

Two bases: a small synthetic package (`evclaims.synthetic`, always) and the committed package at
the repository root (when there is one). The last test shows the vectorised checks find
everything frictionless-py's row-by-row validation finds.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from evclaims.cli import app
from evclaims.package import (DESCRIPTOR, PARQUET_BYTES, dumps_json, to_csv_bytes,
                              to_parquet_bytes)
from evclaims.tables import ENTITY_ID_PATTERN, ID_PATTERN, TABLES, TABLES_BY_NAME
from evclaims.validate import ERROR_TYPES, validate_package
from evclaims.validate.report import docs_markdown

from conftest import ROOT

runner = CliRunner()
ANY = object()


# --- bases ------------------------------------------------------------------------------------

@pytest.fixture(scope="session")
def synthetic_package(tmp_path_factory) -> Path:
    from evclaims.synthetic import write_package

    return write_package(tmp_path_factory.mktemp("synthetic") / "pkg", 300)


@pytest.fixture(params=["synthetic", "committed"])
def base(request, synthetic_package) -> Path:
    if request.param == "synthetic":
        return synthetic_package
    if not (ROOT / DESCRIPTOR).is_file():
        pytest.skip("no committed package at the repository root yet")
    return ROOT


@pytest.fixture
def pkg(base, tmp_path) -> Path:
    dest = tmp_path / "pkg"
    dest.mkdir()
    for name in ("datapackage.json", "data", "schemas", "seeds"):
        src = base / name
        if src.is_dir():
            shutil.copytree(src, dest / name)
        elif src.is_file():
            shutil.copy2(src, dest / name)
    return dest


# --- editing helpers --------------------------------------------------------------------------

def descriptor(pkg: Path) -> dict:
    return json.loads((pkg / DESCRIPTOR).read_text(encoding="utf-8"))


def write_descriptor(pkg: Path, desc: dict) -> None:
    (pkg / DESCRIPTOR).write_bytes(dumps_json(desc))


def resource(desc: dict, name: str) -> dict:
    return next(r for r in desc["resources"] if r["name"] == name)


def rehash(pkg: Path) -> None:
    """What a publisher's tooling does after editing files: refresh every hash and byte count."""
    desc = descriptor(pkg)
    for r in desc["resources"]:
        path = pkg / r["path"]
        if path.is_file():
            data = path.read_bytes()
            r["hash"] = "sha256:" + hashlib.sha256(data).hexdigest()
            r[PARQUET_BYTES if r["format"] == "parquet" else "bytes"] = len(data)
    write_descriptor(pkg, desc)


def csv_frame(pkg: Path, table: str) -> pd.DataFrame:
    return pd.read_csv(pkg / "data" / f"{table}.csv", dtype=str, keep_default_na=False)


def edit_csv(pkg: Path, table: str, edit: Callable[[pd.DataFrame], Any]) -> None:
    """Edit the CSV copy only, as text (the descriptor is re-hashed)."""
    df = csv_frame(pkg, table)
    out = edit(df)
    df = out if isinstance(out, pd.DataFrame) else df
    df.to_csv(pkg / "data" / f"{table}.csv", index=False, lineterminator="\n")
    rehash(pkg)


_NULLABLE = {pa.int64(): pd.Int64Dtype(), pa.float64(): pd.Float64Dtype(),
             pa.string(): pd.StringDtype()}


def frame(pkg: Path, table: str) -> pd.DataFrame:
    df = pq.read_table(pkg / "data" / f"{table}.parquet").to_pandas(types_mapper=_NULLABLE.get)
    for f in TABLES_BY_NAME[table].fields:
        if f.type == "date":
            df[f.name] = pd.to_datetime(df[f.name])
    return df


def edit_both(pkg: Path, table: str, edit: Callable[[pd.DataFrame], Any],
              csv: bool = True, parquet: bool = True) -> None:
    """Edit the typed table and rewrite its CSV and/or Parquet copy (the descriptor re-hashed)."""
    df = frame(pkg, table)
    out = edit(df)
    df = out if isinstance(out, pd.DataFrame) else df
    t = TABLES_BY_NAME[table]
    if csv:
        (pkg / "data" / f"{table}.csv").write_bytes(to_csv_bytes(df, t))
    if parquet:
        (pkg / "data" / f"{table}.parquet").write_bytes(to_parquet_bytes(df, t))
    rehash(pkg)


def first(df: pd.DataFrame, mask) -> int:
    return int(df.index[mask][0])


def orphan_value(table: str, column: str) -> str:
    """A value of the column's pattern that no referenced table holds."""
    pattern = TABLES_BY_NAME[table].field(column).pattern
    if pattern == ID_PATTERN:
        return {"source_id": "src", "claim_id": "clm"}.get(column, "xxx") + "_000000000000"
    if pattern == ENTITY_ID_PATTERN:
        return "org:no-such-entity-zz"
    return "no_such_code"


# --- running ----------------------------------------------------------------------------------

@dataclass
class Run:
    code: int
    report: dict

    def found(self, etype: str, table: Any = ANY, row: Any = ANY, column: Any = ANY,
              key: Any = ANY) -> bool:
        want = {"type": etype, "table": table, "row": row, "column": column, "key": key}
        return any(all(v is ANY or e[k] == v for k, v in want.items())
                   for e in self.report["errors"])

    def types(self) -> set[str]:
        return {e["type"] for e in self.report["errors"]}


def validate(pkg: Path, *args: str) -> Run:
    result = runner.invoke(app, ["validate", "--format", "json", str(pkg), *args])
    assert result.exit_code in (0, 1), result.output
    report = json.loads(result.output)
    unknown = {e["type"] for e in report["errors"]} - set(ERROR_TYPES)
    assert not unknown, f"error types missing from ERROR_TYPES: {unknown}"
    return Run(result.exit_code, report)


def assert_caught(run: Run, etype: str, **where: Any) -> None:
    assert run.code == 1, run.report
    assert run.found(etype, **where), (
        f"no {etype} at {where}; got " + json.dumps(run.report["errors"][:20], indent=1))


# --- clean ------------------------------------------------------------------------------------

def test_clean_package_has_no_error(pkg, base):
    run = validate(pkg)
    assert run.code == 0 and run.report["error_count"] == 0, run.report["errors"][:10]
    if base.name != ROOT.name:  # the synthetic package names a subject for every metric
        assert run.report["warning_count"] == 0
        assert validate(pkg, "--strict").code == 0


def test_parquet_row_order_does_not_matter(pkg):
    edit_both(pkg, "metrics", lambda df: df.iloc[::-1].reset_index(drop=True), csv=False)
    assert validate(pkg).code == 0


# --- 1. descriptor ---------------------------------------------------------------------------

def test_descriptor_missing(pkg):
    (pkg / DESCRIPTOR).unlink()
    assert_caught(validate(pkg), "descriptor-missing")


def test_descriptor_not_json(pkg):
    (pkg / DESCRIPTOR).write_text('{"name": "evclaims", ', encoding="utf-8")
    assert_caught(validate(pkg), "descriptor-invalid")


def test_unknown_field_type(pkg):
    path = pkg / "schemas" / "metrics.json"
    schema = json.loads(path.read_text(encoding="utf-8"))
    schema["fields"][5]["type"] = "quantity"
    path.write_text(json.dumps(schema), encoding="utf-8")
    rehash(pkg)
    run = validate(pkg)
    assert_caught(run, "descriptor-invalid", table="metrics")
    assert run.found("schema-drift", table="metrics")


def test_resource_without_path(pkg):
    desc = descriptor(pkg)
    del resource(desc, "claims")["path"]
    write_descriptor(pkg, desc)
    assert_caught(validate(pkg), "descriptor-invalid", table="claims")


def test_bad_profile(pkg):
    desc = descriptor(pkg)
    desc["$schema"] = "https://example.org/not-a-data-package.json"
    write_descriptor(pkg, desc)
    assert_caught(validate(pkg), "descriptor-invalid")


# --- 2. files ----------------------------------------------------------------------------------

def test_resource_file_missing(pkg):
    (pkg / "data" / "quotes.parquet").unlink()
    assert_caught(validate(pkg), "resource-missing", table="quotes")


def test_undescribed_file(pkg):
    shutil.copy(pkg / "data" / "units.csv", pkg / "data" / "units-old.csv")
    assert_caught(validate(pkg), "file-undescribed")


# --- 3. hashes and byte counts -----------------------------------------------------------------

@pytest.mark.parametrize("name", ["metrics", "metrics-parquet"])
def test_hash_mismatch(pkg, name):
    desc = descriptor(pkg)
    resource(desc, name)["hash"] = "sha256:" + "0" * 64
    write_descriptor(pkg, desc)
    assert_caught(validate(pkg), "hash-mismatch", table="metrics")


def test_sha1_hash_is_not_skipped(pkg):
    desc = descriptor(pkg)
    seed = next(r for r in desc["resources"] if r["path"].startswith("seeds/"))
    seed["hash"] = "sha1:" + hashlib.sha1((pkg / seed["path"]).read_bytes()).hexdigest()
    write_descriptor(pkg, desc)
    assert_caught(validate(pkg), "hash-mismatch")


@pytest.mark.parametrize("name,key", [("claims", "bytes"), ("claims-parquet", PARQUET_BYTES)])
def test_bytes_mismatch(pkg, name, key):
    desc = descriptor(pkg)
    resource(desc, name)[key] += 1
    write_descriptor(pkg, desc)
    assert_caught(validate(pkg), "bytes-mismatch", table="claims")


def test_changed_file_without_rehash(pkg):
    with (pkg / "data" / "units.csv").open("a", encoding="utf-8") as fh:
        fh.write("furlong,length,An eighth of a mile.\n")
    run = validate(pkg)
    assert_caught(run, "hash-mismatch", table="units")
    assert run.found("bytes-mismatch", table="units")


# --- 4. header -------------------------------------------------------------------------------

HEADER_FAULTS = {
    "missing": (lambda df: df.drop(columns="period"), "period"),
    "extra": (lambda df: df.assign(confidence="0.9"), "confidence"),
    "renamed": (lambda df: df.rename(columns={"unit": "units"}), "unit"),
    "reordered": (lambda df: df[[*df.columns[:5], "value_max", "value", *df.columns[7:]]],
                  "value_max"),
}


@pytest.mark.parametrize("fault", HEADER_FAULTS)
def test_header(pkg, fault):
    edit, column = HEADER_FAULTS[fault]
    edit_csv(pkg, "metrics", edit)
    assert_caught(validate(pkg), "header-error", table="metrics", row=1, column=column)


def test_row_with_an_extra_cell(pkg):
    path = pkg / "data" / "units.csv"
    lines = path.read_text(encoding="utf-8").split("\n")
    lines[2] += ",surplus"
    path.write_text("\n".join(lines), encoding="utf-8")
    rehash(pkg)
    assert_caught(validate(pkg), "cell-count-error", table="units", row=3)


# --- 5. cells ----------------------------------------------------------------------------------

def _set(column: str, value: str, row: int = 3):
    def edit(df):
        df.loc[row, column] = value
    return edit


@pytest.mark.parametrize("table,column,value,etype", [
    ("metrics", "value", "lots", "type-error"),
    ("metrics", "char_start", "12.5", "type-error"),
    ("sources", "published_date", "2025-02-30", "type-error"),
    ("sources", "published_date", "30/01/2025", "type-error"),
    ("claims", "claim_type", "", "required-error"),
    ("metrics", "text", "", "required-error"),
])
def test_cell(pkg, table, column, value, etype):
    row = min(3, len(csv_frame(pkg, table)) - 1)
    key = csv_frame(pkg, table).iloc[row, 0]
    edit_csv(pkg, table, _set(column, value, row))
    assert_caught(validate(pkg), etype, table=table, row=row + 2, column=column, key=key)


# --- 6. keys and duplicates ------------------------------------------------------------------

def test_duplicate_primary_key(pkg):
    def edit(df):
        df.loc[1, "metric_id"] = df.loc[0, "metric_id"]
    edit_both(pkg, "metrics", edit)
    assert_caught(validate(pkg), "primary-key-error", table="metrics", row=3, column="metric_id")


def test_row_under_two_ids(pkg):
    df = frame(pkg, "quotes")
    key = "quo_0123456789ab"

    def edit(df):
        extra = df.iloc[[0]].copy()
        extra["quote_id"] = key
        return pd.concat([df, extra], ignore_index=True)
    edit_both(pkg, "quotes", edit)
    assert_caught(validate(pkg), "duplicate-row", table="quotes", row=len(df) + 2, key=key)


# --- 7. foreign keys, every one ----------------------------------------------------------------

FOREIGN_KEYS = [(t.name, fk.fields[0]) for t in TABLES for fk in t.foreign_keys]


@pytest.mark.parametrize("table,column", FOREIGN_KEYS, ids=[f"{t}.{c}" for t, c in FOREIGN_KEYS])
def test_foreign_key(pkg, table, column):
    df = frame(pkg, table)
    row = 0
    key = df.iloc[row, 0]

    def edit(df):
        df.loc[row, column] = orphan_value(table, column)
        if column == "unit":  # keep the measure's dimension out of the picture
            df.loc[row, "measure"] = "count"
    edit_both(pkg, table, edit)
    assert_caught(validate(pkg), "foreign-key-error", table=table, row=row + 2, column=column,
                  key=key)


# --- 8. vocabularies and ranges ------------------------------------------------------------------

@pytest.mark.parametrize("table,column,value,etype", [
    ("entities", "entity_type", "COMPANY", "constraint-error"),
    ("claims", "claim_type", "rumour", "constraint-error"),
    ("sources", "source_type", "podcast", "constraint-error"),
    ("metrics", "comparator", "≈", "constraint-error"),
    ("metrics", "measure", "horsepower_per_euro", "foreign-key-error"),
    ("entities", "mention_count", -1, "constraint-error"),
    ("metrics", "value", -5.0, "constraint-error"),
    ("metrics", "value_max", -5.0, "constraint-error"),
    ("metrics", "char_start", -1, "constraint-error"),
    ("mentions", "entity_id", "Not An Id", "constraint-error"),
    ("claims", "time_ref", "last spring", "constraint-error"),
])
def test_vocabulary_and_range(pkg, table, column, value, etype):
    df = frame(pkg, table)
    key = df.iloc[0, 0]
    edit_both(pkg, table, _set(column, value, row=0))
    assert_caught(validate(pkg), etype, table=table, row=2, column=column, key=key)


def test_char_end_not_after_char_start(pkg):
    key = frame(pkg, "mentions").iloc[1, 0]

    def edit(df):
        df.loc[1, "char_end"] = df.loc[1, "char_start"]
    edit_both(pkg, "mentions", edit)
    assert_caught(validate(pkg), "row-check-error", table="mentions", row=3, column="char_end",
                  key=key)


def test_value_max_below_value(pkg):
    def edit(df):
        df.loc[0, "value_max"] = df.loc[0, "value"] - 1 if df.loc[0, "value"] >= 1 else 0
        df.loc[0, "value"] = max(float(df.loc[0, "value"]), 1.0)
    edit_both(pkg, "metrics", edit)
    assert_caught(validate(pkg), "row-check-error", table="metrics", row=2, column="value_max")


# --- 9. units ----------------------------------------------------------------------------------

def test_price_in_km(pkg):
    def edit(df):
        df.loc[0, "measure"] = "price"
        df.loc[0, "unit"] = "km"
    edit_both(pkg, "metrics", edit)
    assert_caught(validate(pkg), "unit-dimension-error", table="metrics", row=2, column="unit")


# --- 10. provenance ---------------------------------------------------------------------------

def test_seed_missing(pkg):
    sources = frame(pkg, "sources")
    (pkg / "seeds" / sources.loc[0, "seed_file"]).unlink()
    run = validate(pkg)
    assert_caught(run, "seed-missing", table="sources", row=2, column="seed_file",
                  key=sources.loc[0, "source_id"])
    assert run.found("resource-missing")


def test_seed_changed(pkg):
    sources = frame(pkg, "sources")
    with (pkg / "seeds" / sources.loc[0, "seed_file"]).open("a", encoding="utf-8") as fh:
        fh.write("\nA sentence added after the build.\n")
    rehash(pkg)  # even with the descriptor refreshed, the sources table remembers
    assert_caught(validate(pkg), "seed-changed", table="sources", row=2, column="sha256",
                  key=sources.loc[0, "source_id"])


def test_source_outside_its_seed(pkg):
    def edit(df):
        df.loc[0, "char_end"] = df.loc[0, "char_end"] + 10_000_000
    edit_both(pkg, "sources", edit)
    assert_caught(validate(pkg), "span-outside-source", table="sources", row=2,
                  column="char_end")


def test_span_outside_its_source(pkg):
    sources = frame(pkg, "sources").set_index("source_id")
    mentions = frame(pkg, "mentions")
    src_end = int(sources.loc[mentions.loc[0, "source_id"], "char_end"])

    def edit(df):
        df.loc[0, "char_start"] = src_end + 1
        df.loc[0, "char_end"] = src_end + 5
    edit_both(pkg, "mentions", edit)
    assert_caught(validate(pkg), "span-outside-source", table="mentions", row=2,
                  key=mentions.loc[0, "mention_id"])


@pytest.mark.parametrize("table", ["claims", "metrics", "mentions", "quotes"])
def test_text_not_the_seed_slice(pkg, table):
    df = frame(pkg, table)
    row = min(2, len(df) - 1)

    def edit(df):
        text = df.loc[row, "text"]
        df.loc[row, "text"] = text[:-1] + ("x" if text[-1] != "x" else "y")
    edit_both(pkg, table, edit)
    assert_caught(validate(pkg), "span-text-mismatch", table=table, row=row + 2, column="text",
                  key=df.iloc[row, 0])


def test_mention_count_disagrees_with_mentions(pkg):
    df = frame(pkg, "entities")

    def edit(df):
        df.loc[0, "mention_count"] += 1
    edit_both(pkg, "entities", edit)
    assert_caught(validate(pkg), "derived-mismatch", table="entities", row=2,
                  column="mention_count", key=df.loc[0, "entity_id"])


@pytest.mark.parametrize("column", ["prefix", "suffix"])
def test_selector_context_not_the_seed_text(pkg, column):
    """prefix/suffix (the TextQuoteSelector) must be the seed text around the span."""
    df = frame(pkg, "metrics")

    def edit(df):
        value = df.loc[0, column]
        df.loc[0, column] = ("#" + value[1:]) if column == "prefix" else (value[:-1] + "#")
    edit_both(pkg, "metrics", edit)
    assert_caught(validate(pkg), "selector-mismatch", table="metrics", row=2, column=column,
                  key=df.loc[0, "metric_id"])


def test_text_shifted_by_one_character(pkg):
    """Offsets count characters, not bytes: a span off by one around a non-ASCII character."""
    df = frame(pkg, "claims")

    def edit(df):
        df.loc[0, "char_start"] += 1
        df.loc[0, "char_end"] += 1
    edit_both(pkg, "claims", edit)
    assert_caught(validate(pkg), "span-text-mismatch", table="claims", row=2,
                  key=df.loc[0, "claim_id"])


def test_metric_outside_its_claim(pkg):
    metrics, claims = frame(pkg, "metrics"), frame(pkg, "claims")
    m = metrics.iloc[0]
    other = claims[(claims["source_id"] == m["source_id"]) & (claims["claim_id"] != m["claim_id"])
                   & ((claims["char_end"] <= m["char_start"])
                      | (claims["char_start"] >= m["char_end"]))]
    if other.empty:
        pytest.skip("the first metric's source has one claim")

    def edit(df):
        df.loc[0, "claim_id"] = other.iloc[0]["claim_id"]
    edit_both(pkg, "metrics", edit)
    assert_caught(validate(pkg), "metric-outside-claim", table="metrics", row=2,
                  key=m["metric_id"])


# --- 11. CSV and Parquet ----------------------------------------------------------------------

def test_csv_and_parquet_disagree(pkg):
    metrics = frame(pkg, "metrics")

    def edit(df):
        df.loc[4, "value"] = df.loc[4, "value"] + 1
        return df.iloc[::-1].reset_index(drop=True)  # and row order differs, which is fine
    edit_both(pkg, "metrics", edit, csv=False)
    run = validate(pkg)
    assert_caught(run, "format-mismatch", table="metrics", row=6, column="value",
                  key=metrics.loc[4, "metric_id"])
    errors = [c for c in run.report["counts"] if c["severity"] == "error"]
    assert errors == [{"severity": "error", "type": "format-mismatch", "table": "metrics",
                       "count": 1, "listed": 1}]


def test_parquet_row_missing(pkg):
    metrics = frame(pkg, "metrics")
    edit_both(pkg, "metrics", lambda df: df.drop(index=2).reset_index(drop=True), csv=False)
    assert_caught(validate(pkg), "format-mismatch", table="metrics", row=4,
                  key=metrics.loc[2, "metric_id"])


def test_parquet_type_drift(pkg):
    path = pkg / "data" / "metrics.parquet"
    table = pq.read_table(path)
    i = table.column_names.index("value")
    table = table.set_column(i, pa.field("value", pa.string()),
                             table.column("value").cast(pa.string()))
    pq.write_table(table, path)
    rehash(pkg)
    assert_caught(validate(pkg), "parquet-type-drift", table="metrics", column="value")


# --- 12. staleness --------------------------------------------------------------------------

def test_stale_build(pkg, base, monkeypatch):
    metrics = frame(pkg, "metrics")
    if base.name != ROOT.name:
        from evclaims import synthetic
        from evclaims.validate import staleness

        monkeypatch.setattr(staleness, "_build_tables", lambda seeds: synthetic.generate(300)[0])
    assert validate(pkg, "--rebuild").code == 0

    def edit(df):
        df.loc[1, "value"] = df.loc[1, "value"] + 7
    edit_both(pkg, "metrics", edit)
    assert validate(pkg).code == 0  # consistent, so only a rebuild can tell
    assert_caught(validate(pkg, "--rebuild"), "stale-build", table="metrics", row=3,
                  column="value", key=metrics.loc[1, "metric_id"])


# --- warnings, reporting --------------------------------------------------------------------------

def test_metric_without_subject_is_a_warning(pkg):
    def edit(df):
        df.loc[0, "subject_entity_id"] = pd.NA
    edit_both(pkg, "metrics", edit)
    run = validate(pkg)
    assert run.code == 0 and run.found("metric-no-subject", table="metrics", row=2,
                                       column="subject_entity_id")
    strict = validate(pkg, "--strict")
    assert strict.code == 1 and strict.report["valid"] is False


def test_every_problem_at_once_grouped_and_capped(pkg):
    edit_csv(pkg, "metrics", lambda df: df.assign(value="n/a"))
    edit_csv(pkg, "claims", _set("claim_type", "rumour", 0))
    (pkg / "data" / "junk.txt").write_text("x", encoding="utf-8")
    n = len(csv_frame(pkg, "metrics"))
    run = validate(pkg, "--max-per-rule", "5")
    counts = {(c["type"], c["table"]): (c["count"], c["listed"]) for c in run.report["counts"]}
    assert counts[("type-error", "metrics")] == (n, 5)
    assert counts[("constraint-error", "claims")] == (1, 1)
    assert ("file-undescribed", None) in counts
    assert run.report["error_count"] >= n + 2
    text = runner.invoke(app, ["validate", str(pkg)]).output
    assert "type-error in metrics" in text and f"and {n - 3} more" in text


# --- nothing lost against frictionless's row-by-row pass ----------------------------------------

def test_finds_everything_frictionless_finds(synthetic_package, tmp_path):
    pkg = tmp_path / "pkg"
    shutil.copytree(synthetic_package, pkg)

    def metrics(df):
        df.loc[3, "value"] = "lots"
        df.loc[4, "unit"] = "furlong"
        df.loc[5, "comparator"] = "≈"
    edit_csv(pkg, "metrics", metrics)
    edit_csv(pkg, "claims", _set("claim_type", "", 1))
    edit_csv(pkg, "sources", _set("published_date", "2025-02-30", 0))

    def dup(df):
        df.loc[2, "mention_id"] = df.loc[1, "mention_id"]
        df.loc[4, "entity_id"] = "org:no-such-entity-zz"
    edit_both(pkg, "mentions", dup)
    edit_both(pkg, "entities", _set("mention_count", -1, 0))
    fast = validate_package(pkg)
    slow = validate_package(pkg, engine="frictionless")
    from_frictionless = [e for e in slow.errors if e.message.startswith("frictionless:")]
    assert len(from_frictionless) >= 7
    fast_cells = {(e.type, e.table, e.row, e.column) for e in fast.errors}
    missed = [e for e in from_frictionless if (e.type, e.table, e.row, e.column) not in fast_cells]
    assert not missed, missed


def test_docs_list_every_error_type():
    """docs/validation.md is generated from ERROR_TYPES and the report shape; they cannot drift."""
    assert (ROOT / "docs" / "validation.md").read_text(encoding="utf-8") == docs_markdown(), (
        "regenerate: python -m evclaims.validate.report > docs/validation.md")

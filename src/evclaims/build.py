"""Build: seed texts in, the package's tables out (pure), then written atomically (`package`).

`build_tables` is pure: it takes the seed texts and returns one DataFrame per table, with the
columns and dtypes of `evclaims.tables`. `build_package` is the I/O edge: it reads a seed folder,
writes the package into a staging folder, validates it there, and only then swaps it in.
"""

from __future__ import annotations

import os
from collections import defaultdict
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

from evclaims import vocab
from evclaims.extract import EntityRecord, extract_seed
from evclaims.schema import pandas_dtypes
from evclaims.tables import TABLES_BY_NAME, Table

if TYPE_CHECKING:
    from evclaims.validate import Report


class InputError(Exception):
    """A problem with the user's input (seed folder, file encoding): exit code 2."""


def read_seeds(seeds_dir: Path) -> dict[str, str]:
    """Seed file name -> text, decoded as strict UTF-8 with no newline or Unicode normalisation."""
    if not seeds_dir.is_dir():
        raise InputError(f"seed folder not found: {seeds_dir}")
    texts: dict[str, str] = {}
    for path in sorted(seeds_dir.glob("*.txt")):
        data = path.read_bytes()
        try:
            # newline="" semantics: bytes.decode keeps \r\n as is, so offsets match the file.
            texts[path.name] = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise InputError(f"{path}: not valid UTF-8 at byte {exc.start} ({exc.reason}); "
                             "seed files must be UTF-8 text") from exc
    if not texts:
        raise InputError(f"no .txt seed files in {seeds_dir}")
    return texts


def _frame(table: Table, rows: list[dict]) -> pd.DataFrame:
    """Rows -> DataFrame with exactly the table's columns, in order, with nullable dtypes.

    Empty strings become nulls: CSV cannot tell them apart, so neither format stores them.
    """
    df = pd.DataFrame(rows, columns=table.field_names)
    for f in table.fields:
        if f.type == "string":
            df[f.name] = df[f.name].astype("string").replace("", pd.NA)
    dtypes = {name: dt for name, dt in pandas_dtypes(table).items()}
    for name, dt in dtypes.items():
        if isinstance(dt, pd.CategoricalDtype):
            dtypes[name] = pd.StringDtype()  # categoricals are for users; stored as text
    if "published_date" in df:
        df["published_date"] = pd.to_datetime(df["published_date"], format="%Y-%m-%d")
    return df.astype(dtypes)


def _merge_entities(records: list[EntityRecord], mentions: list[dict]) -> list[dict]:
    """One row per entity id across all seeds; aliases are the union of surface forms."""
    merged: dict[str, dict] = {}
    aliases: dict[str, set[str]] = defaultdict(set)
    for rec in records:
        row = merged.setdefault(rec.entity_id, {
            "entity_id": rec.entity_id, "name": rec.name, "entity_type": rec.entity_type,
            "origin": rec.origin})
        if rec.origin == "gazetteer":
            row["origin"] = "gazetteer"
        aliases[rec.entity_id].update(rec.aliases)
    counts: dict[str, int] = defaultdict(int)
    # by mention id: one span found by two rules is one mention (and one row, see build_tables)
    for eid in {m["mention_id"]: m["entity_id"] for m in mentions}.values():
        counts[eid] += 1
    rows = []
    for eid, row in merged.items():
        names = sorted(a for a in aliases[eid] if a != row["name"])
        rows.append({**row, "aliases": " | ".join(names) or None, "mention_count": counts[eid]})
    return [r for r in rows if r["mention_count"] > 0]


def _sorted(df: pd.DataFrame, table: Table, source_order: dict[str, int]) -> pd.DataFrame:
    """Reading order: by source (seed file, then position), then span; the key breaks ties."""
    if table.has_span:
        key = df["source_id"].map(source_order)
        return (df.assign(_order=key)
                  .sort_values(["_order", "char_start", "char_end", table.primary_key[0]],
                               kind="stable")
                  .drop(columns="_order").reset_index(drop=True))
    if table.name == "sources":
        return df.sort_values(["seed_file", "char_start"], kind="stable").reset_index(drop=True)
    if table.vocabulary:
        return df  # vocabulary files keep their curated order
    return df.sort_values(list(table.primary_key), kind="stable").reset_index(drop=True)


PARALLEL_FROM = 200  # seeds; below this, starting worker processes costs more than it saves


def _extract_all(seed_texts: dict[str, str]) -> list:
    """`extract_seed` over every seed, in seed-file order; across processes for a large corpus
    (extraction is pure and per-file, so the result is the same either way)."""
    names = sorted(seed_texts)
    workers = min(os.cpu_count() or 1, 8)
    if len(names) < PARALLEL_FROM or workers < 2:
        return [extract_seed(n, seed_texts[n]) for n in names]
    with ProcessPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(extract_seed, names, [seed_texts[n] for n in names],
                             chunksize=max(1, len(names) // (workers * 8))))


def build_tables(seed_texts: dict[str, str]) -> dict[str, pd.DataFrame]:
    """Extract every seed and assemble the package's tables (pure: text in, tables out)."""
    rows: dict[str, list[dict]] = defaultdict(list)
    entity_records: list[EntityRecord] = []
    for ext in _extract_all(seed_texts):
        for name in ("sources", "mentions", "claims", "metrics", "quotes"):
            rows[name].extend(getattr(ext, name))
        entity_records.extend(ext.entities)
    rows["entities"] = _merge_entities(entity_records, rows["mentions"])
    rows["units"] = vocab.units()
    rows["measures"] = vocab.measures()

    # A key is a hash of what the row is (source, span, kind): two rows with one key are one
    # fact found by two rules, so it is kept once.
    frames = {name: _frame(t, rows[name]).drop_duplicates(list(t.primary_key))
              for name, t in TABLES_BY_NAME.items()}
    source_order = {sid: i for i, sid in enumerate(
        _sorted(frames["sources"], TABLES_BY_NAME["sources"], {})["source_id"])}
    return {name: _sorted(df, TABLES_BY_NAME[name], source_order) for name, df in frames.items()}


def build_package(seeds_dir: Path, out_dir: Path) -> "Report":
    """Build the package from `seeds_dir` into `out_dir`, atomically.

    Everything is written to a staging folder inside `out_dir` and validated there; only a valid
    package replaces the current one. On any failure the staging folder is removed and `out_dir`
    is left exactly as it was. Returns the validation report of the staged package.
    """
    from evclaims.package import commit_staging, discard_staging, package_files, write_staging
    from evclaims.validate import validate_package

    seed_texts = read_seeds(seeds_dir)
    files = package_files(build_tables(seed_texts), seed_texts)
    staging = write_staging(files, out_dir)
    try:
        report = validate_package(staging)
        if report.valid():
            commit_staging(staging, out_dir)
        return report
    finally:
        discard_staging(staging)

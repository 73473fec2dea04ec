"""The package on disk: file layout, serialisation of tables, the descriptor, atomic writes.

Layout of a package folder (the repository root is one):

    datapackage.json      the descriptor; written last, it is the commit point of a build
    schemas/<table>.json  one Table Schema per table (+ README.md, the data dictionary)
    data/<table>.csv      each table as CSV ...
    data/<table>.parquet  ... and as Parquet, with identical content
    seeds/<file>.txt      the seed texts the package was built from (provenance travels along)
"""

from __future__ import annotations

import hashlib
import io
import json
import math
import os
import shutil
import tempfile
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from evclaims import __version__
from evclaims.schema import data_dictionary, table_schema
from evclaims.tables import TABLES, Table

DESCRIPTOR = "datapackage.json"
PACKAGE_NAME = "evclaims"
DP_PROFILE = "https://datapackage.org/profiles/2.0/datapackage.json"
PARQUET_MEDIATYPE = "application/vnd.apache.parquet"
PARQUET_BYTES = "evclaims:bytes"  # frictionless-py 5.21 cannot count Parquet bytes: see README
PARQUET_SUFFIX = "-parquet"
SEED_PREFIX = "seed-"
MANAGED = ("datapackage.json", "data", "schemas", "seeds")


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


# --- serialisation -----------------------------------------------------------------------------

def _csv_number(x: Any) -> str:
    """Shortest exact text of a number: 215900.0 -> '215900', 2.8 -> '2.8'."""
    if x is None or x is pd.NA or (isinstance(x, float) and math.isnan(x)):
        return ""
    x = float(x)
    return str(int(x)) if x.is_integer() and abs(x) < 1e15 else repr(x)


def to_csv_bytes(df: pd.DataFrame, table: Table) -> bytes:
    """RFC 4180 CSV, UTF-8, LF line ends, empty cell = null, dates as YYYY-MM-DD."""
    out = df.copy()
    for f in table.fields:
        col = out[f.name]
        if f.type == "number":
            out[f.name] = [_csv_number(v) for v in col]
        elif f.type == "date":
            out[f.name] = col.dt.strftime("%Y-%m-%d")
    buf = io.StringIO()
    out.to_csv(buf, index=False, lineterminator="\n", na_rep="")
    return buf.getvalue().encode("utf-8")


ARROW_TYPES = {"string": pa.string(), "integer": pa.int64(), "number": pa.float64(),
               "date": pa.date32()}


def arrow_schema(table: Table) -> pa.Schema:
    return pa.schema([pa.field(f.name, ARROW_TYPES[f.type], nullable=not f.required)
                      for f in table.fields])


def to_arrow(df: pd.DataFrame, table: Table) -> pa.Table:
    arrays = []
    for f in table.fields:
        col = df[f.name]
        if f.type == "date":
            values = [None if pd.isna(v) else v.date() for v in col]
        else:
            values = [None if pd.isna(v) else v for v in col.astype(object)]
        arrays.append(pa.array(values, type=ARROW_TYPES[f.type]))
    return pa.Table.from_arrays(arrays, schema=arrow_schema(table))


def to_parquet_bytes(df: pd.DataFrame, table: Table) -> bytes:
    """Parquet with the schema's types, no pandas metadata, so bytes depend only on content."""
    buf = pa.BufferOutputStream()
    pq.write_table(to_arrow(df, table), buf, compression="zstd", write_statistics=True,
                   store_schema=False)
    return buf.getvalue().to_pybytes()


# --- descriptor --------------------------------------------------------------------------------

def _created(tables: dict[str, pd.DataFrame]) -> str | None:
    """Reproducible creation time: SOURCE_DATE_EPOCH, else the newest stated publication date."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        return datetime.fromtimestamp(int(epoch), tz=timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    dates = tables["sources"]["published_date"].dropna()
    return dates.max().strftime("%Y-%m-%dT00:00:00Z") if len(dates) else None


def _file_resource(name: str, path: str, data: bytes, fmt: str, mediatype: str,
                   table: Table | None) -> dict[str, Any]:
    res: dict[str, Any] = {"name": name, "path": path}
    if table is not None:
        res.update({"type": "table", "title": table.title, "description": table.description})
    res.update({"format": fmt, "mediatype": mediatype})
    if fmt != "parquet":
        res["encoding"] = "utf-8"
    res["hash"] = "sha256:" + hashlib.sha256(data).hexdigest()
    if fmt == "parquet":
        res[PARQUET_BYTES] = len(data)
    else:
        res["bytes"] = len(data)
    if table is not None:
        res["schema"] = f"schemas/{table.name}.json"
        if fmt == "csv":
            res["dialect"] = {"$schema": "https://datapackage.org/profiles/2.0/tabledialect.json",
                              "delimiter": ",", "lineTerminator": "\n", "quoteChar": "\"",
                              "doubleQuote": True, "header": True}
    return res


def descriptor(tables: dict[str, pd.DataFrame], files: dict[str, bytes]) -> dict[str, Any]:
    """The Data Package v2 descriptor for the given tables and the bytes written for them."""
    resources = []
    for t in TABLES:
        csv_path, pq_path = f"data/{t.name}.csv", f"data/{t.name}.parquet"
        resources.append(_file_resource(t.name, csv_path, files[csv_path], "csv", "text/csv", t))
        resources.append(_file_resource(t.name + PARQUET_SUFFIX, pq_path, files[pq_path],
                                        "parquet", PARQUET_MEDIATYPE, t))
    for path in sorted(p for p in files if p.startswith("seeds/")):
        stem = Path(path).stem
        resources.append({**_file_resource(SEED_PREFIX + stem.lower().replace("_", "-"), path,
                                           files[path], "txt", "text/plain", None),
                          "description": "Seed text the tables were extracted from; every span "
                                         "in the tables indexes into it."})
    desc: dict[str, Any] = {
        "$schema": DP_PROFILE,
        "name": PACKAGE_NAME,
        "title": "evclaims: claims, metrics, entities and quotes from EV-industry news",
        "description": "Tidy tables extracted from news articles and social posts about electric "
                       "vehicle makers, with provenance on every row: the source document, the "
                       "character span in the seed text, the exact evidence, and the extractor "
                       "and version that produced it. Each table is given as CSV and as Parquet "
                       "with identical content.",
        "version": __version__,
        "homepage": "https://github.com/evclaims/evclaims",
        "keywords": ["electric vehicles", "news", "claims", "provenance", "frictionless"],
        "licenses": [{"name": "ODC-BY-1.0", "title": "Open Data Commons Attribution License 1.0",
                      "path": "https://opendatacommons.org/licenses/by/1-0/"}],
        "sources": [{"title": "News articles and social posts (seed texts in seeds/); the texts "
                              "remain the property of their publishers", "path": "seeds/"}],
        "contributors": [{"title": "evclaims developers", "roles": ["creator"]}],
    }
    created = _created(tables)
    if created:
        desc["created"] = created
    desc["resources"] = resources
    return desc


def dumps_json(obj: Any) -> bytes:
    return (json.dumps(obj, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def package_files(tables: dict[str, pd.DataFrame], seed_texts: dict[str, str]) -> dict[str, bytes]:
    """Every file of the package, path -> bytes (pure; nothing is written)."""
    files: dict[str, bytes] = {}
    for t in TABLES:
        files[f"data/{t.name}.csv"] = to_csv_bytes(tables[t.name], t)
        files[f"data/{t.name}.parquet"] = to_parquet_bytes(tables[t.name], t)
        files[f"schemas/{t.name}.json"] = dumps_json(table_schema(t))
    files["schemas/README.md"] = data_dictionary().encode("utf-8")
    for name, text in seed_texts.items():
        files[f"seeds/{name}"] = text.encode("utf-8")
    files[DESCRIPTOR] = dumps_json(descriptor(tables, files))
    return files


# --- atomic write ------------------------------------------------------------------------------

def write_staging(files: dict[str, bytes], out_dir: Path) -> Path:
    """Write all files into a fresh staging folder inside `out_dir` (same filesystem)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".evclaims-staging-", dir=out_dir))
    for rel, data in files.items():
        path = staging / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return staging


def commit_staging(staging: Path, out_dir: Path) -> None:
    """Swap the staged package into `out_dir`.

    Each managed folder is swapped by renames (old one moved aside, new one moved in); the
    descriptor is replaced last with an atomic `os.replace`, so a reader never sees a descriptor
    that points at files that are not there, and an interrupted swap fails validation loudly
    (hash mismatch) rather than passing with mixed content.
    """
    trash = Path(tempfile.mkdtemp(prefix=".evclaims-old-", dir=out_dir))
    for name in ("data", "schemas", "seeds"):
        new, cur = staging / name, out_dir / name
        if not new.exists():
            continue
        if cur.exists() and cur.resolve() == new.resolve():
            continue
        if name == "seeds" and cur.is_dir() and _same_tree(new, cur):
            continue  # building in place from the package's own seeds: leave them untouched
        if cur.exists():
            os.replace(cur, trash / name)
        os.replace(new, cur)
    os.replace(staging / DESCRIPTOR, out_dir / DESCRIPTOR)
    shutil.rmtree(trash, ignore_errors=True)
    shutil.rmtree(staging, ignore_errors=True)


def _same_tree(a: Path, b: Path) -> bool:
    fa = {p.relative_to(a): p.read_bytes() for p in a.rglob("*") if p.is_file()}
    fb = {p.relative_to(b): p.read_bytes() for p in b.rglob("*") if p.is_file()}
    return fa == fb


def discard_staging(staging: Path) -> None:
    shutil.rmtree(staging, ignore_errors=True)

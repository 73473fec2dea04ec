"""Load a built package into pandas with the right dtypes (the user's entry point)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq

from evclaims.schema import pandas_dtypes
from evclaims.tables import TABLES_BY_NAME


def default_package_dir() -> Path:
    """The package this checkout ships: the repository root (found from the working folder)."""
    here = Path.cwd().resolve()
    for folder in (here, *here.parents):
        if (folder / "datapackage.json").is_file():
            return folder
    raise FileNotFoundError("no datapackage.json in the current folder or its parents; "
                            "pass the package folder explicitly")


def read_table(package_dir: Path, name: str) -> pd.DataFrame:
    """One table from its Parquet copy, with nullable integers, strings, dates and categoricals
    for vocabulary columns."""
    table = TABLES_BY_NAME[name]
    df = pq.read_table(package_dir / "data" / f"{name}.parquet").to_pandas()
    for column, dtype in pandas_dtypes(table).items():
        if str(dtype).startswith("datetime64"):
            df[column] = pd.to_datetime(df[column])
        else:
            df[column] = df[column].astype(dtype)
    return df[table.field_names]


def load(path: str | Path | None = None) -> dict[str, pd.DataFrame]:
    """Every table of the package at `path` (a folder or its datapackage.json), by name."""
    package_dir = Path(path) if path is not None else default_package_dir()
    if package_dir.name == "datapackage.json":
        package_dir = package_dir.parent
    return {name: read_table(package_dir, name) for name in TABLES_BY_NAME}

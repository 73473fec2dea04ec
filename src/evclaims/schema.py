"""Derivations of `evclaims.tables`: Frictionless Table Schemas, pandas dtypes, pandera models.

Nothing here defines a column; it only translates the definitions in `tables.py` into each
engine's language, so the three can never drift apart.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import pandas as pd

if TYPE_CHECKING:  # pandera is imported where it is used: it takes ~0.7 s to import,
    import pandera.pandas as pa  # and `validate` does not need it

from evclaims import vocab
from evclaims.tables import TABLES_BY_NAME, Field, Table

MISSING_VALUES = [""]


def field_descriptor(f: Field) -> dict[str, Any]:
    """A Table Schema field descriptor for one column."""
    desc: dict[str, Any] = {"name": f.name, "type": f.type, "description": f.description}
    if f.type == "date":
        desc["format"] = "default"  # ISO 8601 YYYY-MM-DD
    constraints: dict[str, Any] = {}
    if f.required:
        constraints["required"] = True
    if f.unique:
        constraints["unique"] = True
    if f.enum is not None:
        constraints["enum"] = list(f.enum)
    if f.minimum is not None and not (f.type == "number" and not f.required):
        # frictionless-py 5.21 reads a null float in Parquet as NaN and fails `minimum` on it,
        # so the bound of an optional number is checked by pandera alone (see README).
        constraints["minimum"] = f.minimum
    if f.pattern is not None:
        constraints["pattern"] = f.pattern
    if constraints:
        desc["constraints"] = constraints
    return desc


def table_schema(table: Table) -> dict[str, Any]:
    """The Frictionless Table Schema (v2) of a table, as a JSON-ready dict."""
    schema: dict[str, Any] = {
        "$schema": "https://datapackage.org/profiles/2.0/tableschema.json",
        "fields": [field_descriptor(f) for f in table.fields],
        "missingValues": MISSING_VALUES,
        "primaryKey": list(table.primary_key),
    }
    if table.foreign_keys:
        schema["foreignKeys"] = [
            {"fields": list(fk.fields),
             "reference": {"resource": fk.resource, "fields": list(fk.reference_fields)}}
            for fk in table.foreign_keys
        ]
    return schema


# --- pandas dtypes (what `load()` gives a user) -------------------------------------------------

def pandas_dtype(table: Table, f: Field) -> Any:
    """Nullable pandas dtype of a column: Int64, Float64, string, datetime64, or a categorical
    over the vocabulary for enum columns and for codes checked against a vocabulary resource."""
    if f.enum is not None:
        return pd.CategoricalDtype(categories=list(f.enum))
    if (table.name, f.name) in {("metrics", "unit"), ("units", "unit")}:
        return pd.CategoricalDtype(categories=[u["unit"] for u in vocab.units()])
    if (table.name, f.name) in {("metrics", "measure"), ("measures", "measure")}:
        return pd.CategoricalDtype(categories=[m["measure"] for m in vocab.measures()])
    return {"string": pd.StringDtype(), "integer": pd.Int64Dtype(), "number": pd.Float64Dtype(),
            "date": "datetime64[ns]"}[f.type]


def pandas_dtypes(table: Table) -> dict[str, Any]:
    return {f.name: pandas_dtype(table, f) for f in table.fields}


# --- pandera models (what `validate` checks column-wise) ---------------------------------------

def _column(table: Table, f: Field, keys: bool = True) -> pa.Column:
    import pandera.pandas as pa

    checks: list[pa.Check] = []
    if f.minimum is not None:
        checks.append(pa.Check.ge(f.minimum, name=f"minimum:{f.minimum}"))
    if f.pattern is not None:
        checks.append(pa.Check.str_matches(f.pattern, name="pattern"))
    if f.enum is not None:
        checks.append(pa.Check.isin(list(f.enum), name="enum"))
    # Dtype is enforced on the string/number level; categoricals are checked by `enum` above.
    dtype = {"string": pd.StringDtype(), "integer": pd.Int64Dtype(), "number": pd.Float64Dtype(),
             "date": "datetime64[ns]"}[f.type]
    return pa.Column(dtype, checks=checks, nullable=not f.required, unique=f.unique and keys,
                     coerce=False, required=True, description=f.description)


@dataclass(frozen=True)
class RowRule:
    """A rule across columns of one row, which a Table Schema cannot state.

    `holds(df)` gets the rule's columns as a pandas DataFrame with nullable dtypes and returns a
    boolean Series; a row breaks the rule where it is False. Rows with an empty cell in one of
    the columns pass (the empty cell is reported by `required`, if it matters). The same rules
    drive the pandera models and `evclaims validate`.
    """

    name: str
    columns: tuple[str, ...]
    column: str  # the column an error is reported against
    error_type: str  # a type in evclaims.validate.report.ERROR_TYPES
    message: str
    holds: Callable[[pd.DataFrame], pd.Series]


def _unit_fits(df: pd.DataFrame) -> pd.Series:
    pairs = {f"{u}|{m}" for u in vocab.unit_dimension() for m in vocab.measure_dimensions()
             if vocab.unit_fits_measure(u, m)}
    unit, measure = df["unit"].astype("string"), df["measure"].astype("string")
    known = unit.isin(list(vocab.unit_dimension())) & measure.isin(list(vocab.measure_dimensions()))
    # An unknown unit or measure is a foreign-key error, not a dimension error.
    return (~known | (unit + "|" + measure).isin(list(pairs))).fillna(True)


ROW_RULES: tuple[RowRule, ...] = (
    RowRule("char_end_after_char_start", ("char_start", "char_end"), "char_end",
            "row-check-error", "char_end must be greater than char_start",
            lambda df: (~(df["char_end"] <= df["char_start"])).fillna(True)),
    RowRule("value_max_not_below_value", ("value", "value_max"), "value_max",
            "row-check-error", "value_max must not be below value",
            lambda df: (~(df["value_max"] < df["value"])).fillna(True)),
    *(RowRule(f"{column}_sign_fits_measure", (column, "measure"), column, "constraint-error",
              f"{column} is negative but the measure cannot be (its sign is 'non-negative' in "
              "the measures vocabulary)",
              lambda df, c=column: ((df[c] >= 0).fillna(True)
                                    | df["measure"].isin(list(vocab.signed_measures())))
              .fillna(True))
      for column in ("value", "value_max")),
    RowRule("unit_fits_measure", ("unit", "measure"), "unit", "unit-dimension-error",
            "the unit's dimension is not one the measure allows", _unit_fits),
)


def row_rules(table: Table) -> list[RowRule]:
    """The row rules that apply to a table: those whose columns it has."""
    names = set(table.field_names)
    return [r for r in ROW_RULES if set(r.columns) <= names]


def _row_checks(table: Table, columns: set[str]) -> list[pa.Check]:
    """Checks a Table Schema cannot state: relations between columns of the same row."""
    import pandera.pandas as pa

    return [pa.Check(lambda df, rule=rule: rule.holds(df[list(rule.columns)]).astype(bool),
                     name=rule.name) for rule in row_rules(table) if set(rule.columns) <= columns]


def pandera_schema(table: Table, *, keys: bool = True,
                   columns: list[str] | None = None) -> pa.DataFrameSchema:
    """The pandera model of a table, derived from the same definitions as its Table Schema.

    `validate` asks for `keys=False` (uniqueness is checked once, by DuckDB, with the primary
    keys) and for the `columns` a damaged file still has (the header errors are its own).
    """
    import pandera.pandas as pa

    present = table.field_names if columns is None else \
        [n for n in table.field_names if n in set(columns)]
    return pa.DataFrameSchema(
        {f.name: _column(table, f, keys) for f in table.fields if f.name in present},
        checks=_row_checks(table, set(present)),
        strict=columns is None,
        ordered=columns is None,
        unique=list(table.primary_key) if keys and len(table.primary_key) > 1 else None,
        name=table.name,
    )


def pandera_schemas() -> dict[str, pa.DataFrameSchema]:
    return {name: pandera_schema(t) for name, t in TABLES_BY_NAME.items()}


# --- data dictionary (docs) --------------------------------------------------------------------

def data_dictionary() -> str:
    """Markdown data dictionary of every table and column, generated from `tables.py`."""
    from evclaims.tables import TABLES

    out = ["# Data dictionary", "",
           "Generated from `src/evclaims/tables.py` by `evclaims build`; do not edit by hand.", ""]
    for t in TABLES:
        out += [f"## `{t.name}`: {t.title}", "", t.description, "",
                f"Primary key: `{', '.join(t.primary_key)}`."]
        for fk in t.foreign_keys:
            out.append(f"Foreign key: `{', '.join(fk.fields)}` → `{fk.resource}."
                       f"{', '.join(fk.reference_fields)}`.")
        out += ["", "| column | type | required | constraints | description |",
                "| --- | --- | --- | --- | --- |"]
        for f in t.fields:
            cons = []
            if f.unique:
                cons.append("unique")
            if f.enum is not None:
                cons.append("one of " + ", ".join(f"`{e}`" for e in f.enum))
            if f.minimum is not None:
                cons.append(f"≥ {f.minimum}")
            if f.pattern is not None:
                cons.append(f"pattern `{f.pattern}`".replace("|", "\\|"))
            out.append(f"| `{f.name}` | {f.type} | {'yes' if f.required else ''} | "
                       f"{'; '.join(cons)} | {f.description.replace('|', chr(92) + '|')} |")
        out.append("")
    return "\n".join(out)

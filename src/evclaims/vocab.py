"""Vocabularies shipped with evclaims: code lists kept in data files under `resources/`.

Closed code lists (entity types, claim types, comparators, ...) live in `vocabularies.json`;
units and measures, which carry a dimension, are CSV files that also become package resources
so that a metric's unit is checked by a foreign key.
"""

from __future__ import annotations

import csv
import json
from functools import cache
from importlib import resources

_PKG = resources.files("evclaims") / "resources"

VOCABULARIES: dict[str, dict[str, str]] = json.loads(
    (_PKG / "vocabularies.json").read_text(encoding="utf-8")
)


@cache
def lexicon() -> dict:
    """The word lists of `lexicon.json` (entity typing, places that settle a bare "$")."""
    return {key: value for key, value in json.loads(
        (_PKG / "lexicon.json").read_text(encoding="utf-8")).items() if not key.startswith("_")}


def _read_csv(name: str) -> list[dict[str, str]]:
    with (_PKG / name).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@cache
def units() -> list[dict[str, str]]:
    """Rows of the units vocabulary: unit, dimension, description."""
    return _read_csv("units.csv")


@cache
def measures() -> list[dict[str, str]]:
    """Rows of the measures vocabulary: measure, dimensions (' | '-separated), description."""
    return _read_csv("measures.csv")


@cache
def currency_signs(position: str) -> dict[str, str]:
    """Currency signs, codes and words written `position` ("before" or "after") an amount,
    mapped to the ISO 4217 code that is their unit ("A$" → AUD, "yuan" → CNY). Words after an
    amount are matched regardless of case, so they are kept in lower case."""
    return {row["sign"]: row["currency"] for row in _read_csv("currency_signs.csv")
            if row["position"] == position}


@cache
def unit_dimension() -> dict[str, str]:
    return {row["unit"]: row["dimension"] for row in units()}


@cache
def measure_dimensions() -> dict[str, frozenset[str]]:
    return {row["measure"]: frozenset(row["dimensions"].split(" | ")) for row in measures()}


@cache
def signed_measures() -> frozenset[str]:
    """Measures whose value may be negative (a fall in sales growth)."""
    return frozenset(row["measure"] for row in measures() if row["sign"] == "any")


def unit_fits_measure(unit: str, measure: str) -> bool:
    """True when the unit's dimension is one the measure allows (a price is money)."""
    dim = unit_dimension().get(unit)
    return dim is not None and dim in measure_dimensions().get(measure, frozenset())

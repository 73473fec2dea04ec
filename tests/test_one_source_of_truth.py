"""The Table Schemas, pandera models, dtypes and data dictionary all derive from `tables.py`,
and the committed copies in `schemas/` are exactly what the code generates."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from evclaims import vocab
from evclaims.schema import data_dictionary, pandas_dtypes, pandera_schema, table_schema
from evclaims.tables import TABLES, TABLES_BY_NAME

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("table", TABLES, ids=lambda t: t.name)
def test_committed_table_schema_is_generated(table):
    committed = json.loads((ROOT / "schemas" / f"{table.name}.json").read_text(encoding="utf-8"))
    assert committed == table_schema(table)


def test_committed_data_dictionary_is_generated():
    assert (ROOT / "schemas" / "README.md").read_text(encoding="utf-8") == data_dictionary()


@pytest.mark.parametrize("table", TABLES, ids=lambda t: t.name)
def test_pandera_and_table_schema_agree(table):
    ts = table_schema(table)
    pa_schema = pandera_schema(table)
    assert list(pa_schema.columns) == [f["name"] for f in ts["fields"]]
    for f in ts["fields"]:
        col = pa_schema.columns[f["name"]]
        cons = f.get("constraints", {})
        assert col.nullable is not bool(cons.get("required")), f["name"]
        assert col.unique is bool(cons.get("unique")), f["name"]
        check_names = {c.name for c in col.checks}
        if "enum" in cons:
            assert "enum" in check_names
        if "pattern" in cons:
            assert "pattern" in check_names
        if "minimum" in cons:
            assert f"minimum:{cons['minimum']}" in check_names
    assert list(pandas_dtypes(table)) == [f["name"] for f in ts["fields"]]


def test_foreign_keys_point_at_primary_keys():
    for t in TABLES:
        for fk in t.foreign_keys:
            target = TABLES_BY_NAME[fk.resource]
            assert fk.reference_fields == target.primary_key, (t.name, fk)
            for name in fk.fields:
                t.field(name)


def test_every_measure_dimension_exists_and_every_dimension_has_a_unit():
    dimensions = set(vocab.VOCABULARIES["dimension"])
    unit_dims = {u["dimension"] for u in vocab.units()}
    for measure, dims in vocab.measure_dimensions().items():
        assert dims <= dimensions, measure
        assert dims & unit_dims, f"no unit can express measure {measure}"


def test_unit_fits_measure():
    assert vocab.unit_fits_measure("CNY", "price")
    assert vocab.unit_fits_measure("vehicle/month", "production_capacity")
    assert not vocab.unit_fits_measure("km", "price")
    assert not vocab.unit_fits_measure("parsec", "range")


def test_the_measure_read_from_a_dimension_allows_that_dimension():
    from evclaims.extract.metrics import _DIMENSION_MEASURE

    dims = vocab.measure_dimensions()
    for dim, measure in _DIMENSION_MEASURE.items():
        assert dim in dims.get(measure, ()), (dim, measure)


def test_every_currency_sign_reads_as_a_money_unit_of_the_units_vocabulary():
    rows = vocab._read_csv("currency_signs.csv")
    assert {r["position"] for r in rows} == {"before", "after"}
    assert len({(r["sign"], r["position"]) for r in rows}) == len(rows), "a sign listed twice"
    dims = vocab.unit_dimension()
    assert [r for r in rows if dims.get(r["currency"]) != "money"] == []
    # words after an amount are matched case-insensitively through their lower-case form
    assert [r["sign"] for r in rows if r["position"] == "after" and r["sign"] != r["sign"].lower()] == []


def test_every_counted_noun_counts_in_a_count_unit_of_the_units_vocabulary():
    nouns = vocab.lexicon()["count_nouns"]
    dims = vocab.unit_dimension()
    assert {unit: dims.get(unit) for unit in nouns} == dict.fromkeys(nouns, "count")
    words = [w for ws in nouns.values() for w in ws]
    assert len(words) == len(set(words)), "a noun counted in two units"


def test_every_gazetteer_name_and_alias_names_one_entry():
    """A surface form listed under two entries would silently go to the first one."""
    rows = vocab._read_csv("gazetteer.csv")
    assert {r["entity_type"] for r in rows} <= set(vocab.VOCABULARIES["entity_type"])
    seen: dict[str, str] = {}
    clashes = []
    for r in rows:
        for form in [r["name"], *filter(None, r["aliases"].split("|"))]:
            if seen.setdefault(form, r["name"]) != r["name"]:
                clashes.append((form, seen[form], r["name"]))
    assert len({r["name"] for r in rows}) == len(rows), "a name listed twice"
    assert clashes == []

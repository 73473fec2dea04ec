"""Build end to end: committed package == fresh build, determinism, atomicity, CLI contract."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

import evclaims
from evclaims.cli import app
from evclaims.tables import TABLES

from conftest import ROOT

runner = CliRunner()


def _files(folder: Path) -> dict[str, bytes]:
    names = ["datapackage.json"] + [
        p.relative_to(folder).as_posix() for sub in ("data", "schemas", "seeds")
        for p in sorted((folder / sub).rglob("*")) if p.is_file()]
    return {n: (folder / n).read_bytes() for n in names}


def test_committed_package_is_exactly_what_build_produces(built_package):
    committed, fresh = _files(ROOT), _files(built_package)
    assert sorted(committed) == sorted(fresh)
    differing = [n for n in fresh if committed[n] != fresh[n]]
    assert differing == [], f"stale committed files (run `evclaims build`): {differing}"


def test_two_builds_are_byte_identical(built_package, tmp_path):
    from evclaims.build import build_package

    assert build_package(ROOT / "seeds", tmp_path).valid()
    assert _files(tmp_path) == _files(built_package)


def test_adding_a_seed_keeps_existing_ids(built_package, tmp_path):
    from evclaims.build import build_package

    seeds = tmp_path / "seeds-plus"
    shutil.copytree(ROOT / "seeds", seeds)
    (seeds / "999_extra.txt").write_text(
        "Nio delivered 20,000 vehicles in May, the company said on Monday.\n", encoding="utf-8")
    out = tmp_path / "out"
    assert build_package(seeds, out).valid()
    before, after = evclaims.load(built_package), evclaims.load(out)
    for t in TABLES:
        pk = t.primary_key[0]
        old = set(before[t.name][pk])
        assert old <= set(after[t.name][pk]), t.name
    assert len(after["sources"]) == len(before["sources"]) + 1


def test_load_gives_typed_frames(built_package):
    tables = evclaims.load(built_package)
    assert set(tables) == {t.name for t in TABLES}
    m = tables["metrics"]
    assert str(m["char_start"].dtype) == "Int64"
    assert str(m["value"].dtype) == "Float64"
    assert isinstance(m["unit"].dtype, pd.CategoricalDtype)
    assert isinstance(tables["claims"]["claim_type"].dtype, pd.CategoricalDtype)
    assert isinstance(tables["entities"]["entity_type"].dtype, pd.CategoricalDtype)
    assert str(tables["sources"]["published_date"].dtype).startswith("datetime64")
    assert isinstance(m["text"].dtype, pd.StringDtype)


def test_every_span_quotes_its_seed(built_package):
    tables = evclaims.load(built_package)
    seeds = {s: (built_package / "seeds" / s).read_text(encoding="utf-8")
             for s in tables["sources"]["seed_file"]}
    seed_of = dict(zip(tables["sources"]["source_id"], tables["sources"]["seed_file"]))
    for name in ("mentions", "claims", "metrics", "quotes"):
        for r in tables[name].itertuples():
            assert seeds[seed_of[r.source_id]][r.char_start:r.char_end] == r.text, (name, r)


def test_build_into_any_folder_writes_seeds_and_validates(built_package):
    descriptor = json.loads((built_package / "datapackage.json").read_text(encoding="utf-8"))
    seed_resources = [r for r in descriptor["resources"] if r["path"].startswith("seeds/")]
    assert len(seed_resources) == len(list((ROOT / "seeds").glob("*.txt")))
    assert all(r["hash"].startswith("sha256:") and r["bytes"] > 0 for r in seed_resources)
    result = runner.invoke(app, ["validate", str(built_package)])
    assert result.exit_code == 0, result.output


def test_failed_validation_leaves_previous_package_untouched(built_package, tmp_path,
                                                             monkeypatch):
    from evclaims.validate.report import Report, ValidationError

    out = tmp_path / "out"
    shutil.copytree(built_package, out)
    before = _files(out)

    def failing(_path, **_kw):
        return Report("staged", [ValidationError("hash-mismatch", "injected")])

    monkeypatch.setattr("evclaims.validate.validate_package", failing)
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text("BYD sold 300,000 cars in March.\n", encoding="utf-8")
    result = runner.invoke(app, ["build", "--seeds", str(seeds), "--out", str(out)])
    assert result.exit_code == 1
    assert _files(out) == before
    assert not [p for p in out.iterdir() if p.name.startswith(".evclaims-")]


def test_crash_during_build_leaves_no_staging(built_package, tmp_path, monkeypatch):
    out = tmp_path / "out"
    shutil.copytree(built_package, out)
    before = _files(out)

    def crash(*_a, **_kw):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr("evclaims.validate.validate_package", crash)
    from evclaims.build import build_package

    with pytest.raises(RuntimeError):
        build_package(ROOT / "seeds", out)
    assert _files(out) == before
    assert not [p for p in out.iterdir() if p.name.startswith(".evclaims-")]


def test_bad_input_exit_2_names_the_file(tmp_path):
    result = runner.invoke(app, ["build", "--seeds", str(tmp_path / "nope"), "--out",
                                 str(tmp_path / "o")])
    assert result.exit_code == 2
    assert "nope" in result.output
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "latin1.txt").write_bytes("Caf\xe9 prices".encode("latin-1"))
    result = runner.invoke(app, ["build", "--seeds", str(seeds), "--out", str(tmp_path / "o")])
    assert result.exit_code == 2
    assert "latin1.txt" in result.output and "UTF-8" in result.output
    assert not (tmp_path / "o" / "datapackage.json").exists()


def test_validate_usage_error_exit_2(tmp_path):
    result = runner.invoke(app, ["validate", "--format", "yaml", str(tmp_path)])
    assert result.exit_code == 2


@pytest.mark.parametrize("command", [[], ["build"], ["validate"], ["evaluate"]])
def test_help_on_every_command(command):
    result = runner.invoke(app, [*command, "--help"])
    assert result.exit_code == 0
    assert "Usage" in result.output


def test_official_frictionless_validate_passes_on_committed_package():
    exe = Path(sys.executable).with_name("frictionless")
    proc = subprocess.run([str(exe), "validate", "datapackage.json"], cwd=ROOT,
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout[-3000:]


def test_build_does_not_depend_on_hash_randomisation(built_package, tmp_path):
    """Same seeds, another process with another PYTHONHASHSEED: byte-identical package (set
    iteration order must never leak into the output)."""
    import os

    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    out = tmp_path / "other-process"
    exe = Path(sys.executable).with_name("evclaims")
    proc = subprocess.run([str(exe), "build", "--seeds", str(ROOT / "seeds"), "--out", str(out)],
                          env=env, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert _files(out) == _files(built_package)


def test_evaluate_names_what_it_cannot_read(tmp_path, built_package):
    result = runner.invoke(app, ["evaluate", "--gold", str(tmp_path / "none.json"),
                                 str(built_package)])
    assert result.exit_code == 2 and "gold file" in result.output
    gold = tmp_path / "gold.json"
    gold.write_text('{"metrics": []}', encoding="utf-8")
    result = runner.invoke(app, ["evaluate", "--gold", str(gold), str(tmp_path / "nopkg")])
    assert result.exit_code == 2 and "nopkg" in result.output
    result = runner.invoke(app, ["evaluate", "--gold", str(ROOT / "tests/gold/seeds.json"),
                                 str(built_package)])
    assert result.exit_code == 0 and "metrics.recall" in result.output


def test_every_labelled_article_builds_a_valid_package(tmp_path):
    """All 100-odd labelled texts (dev and every blind set) as one corpus: the extractor must
    never emit a row that `validate` rejects (a range running downwards once did, and a single
    such row makes `build` refuse the whole package)."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for path in sorted((ROOT / "tests" / "fixtures").glob("*/*.txt")):
        shutil.copy(path, corpus / f"{path.parent.name}_{path.name}")
    assert len(list(corpus.glob("*.txt"))) > 80
    result = runner.invoke(app, ["build", "--seeds", str(corpus), "--out", str(tmp_path / "pkg")])
    assert result.exit_code == 0, result.output

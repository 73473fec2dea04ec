"""`validate` on the committed package, and the three faults issue #3 names."""

from __future__ import annotations

import json

import pandas as pd
from typer.testing import CliRunner

from evclaims.cli import app
from evclaims.validate import validate_package

from conftest import ROOT

runner = CliRunner()


def test_committed_package_is_valid():
    report = validate_package(ROOT)
    assert report.error_count == 0, report.render()


def _edit_csv(path, edit):
    df = pd.read_csv(path, dtype=str, keep_default_na=False)
    edit(df)
    df.to_csv(path, index=False, lineterminator="\n")


def test_corruptions_are_each_named(package_copy):
    def corrupt_metrics(df):
        df.loc[0, "claim_id"] = "clm_000000000000"  # broken foreign key
        df.loc[1, "unit"] = "furlong"  # unit outside the vocabulary

    def corrupt_claims(df):
        df.loc[2, "text"] = df.loc[2, "text"][::-1]  # span no longer matches its seed

    _edit_csv(package_copy / "data" / "metrics.csv", corrupt_metrics)
    _edit_csv(package_copy / "data" / "claims.csv", corrupt_claims)
    result = runner.invoke(app, ["validate", "--format", "json", str(package_copy)])
    assert result.exit_code == 1
    errors = json.loads(result.output)["errors"]
    found = {(e["type"], e["table"], e["row"], e["column"]) for e in errors}
    assert ("foreign-key-error", "metrics", 2, "claim_id") in found
    assert ("foreign-key-error", "metrics", 3, "unit") in found
    assert ("span-text-mismatch", "claims", 4, "text") in found

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def built_package(tmp_path_factory) -> Path:
    """A package built from the repository's seeds into a temporary folder (once per session)."""
    from evclaims.build import build_package

    out = tmp_path_factory.mktemp("built")
    report = build_package(ROOT / "seeds", out)
    assert report.valid(), report.render()
    return out


@pytest.fixture
def package_copy(built_package, tmp_path) -> Path:
    """A private copy of the built package that a test may corrupt."""
    dest = tmp_path / "pkg"
    shutil.copytree(built_package, dest)
    return dest

"""Staleness: do the committed tables equal what `build` makes from the seeds now?"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from evclaims.build import build_tables, read_seeds
from evclaims.package import DESCRIPTOR, package_files
from evclaims.validate.report import ValidationError as E


def check_stale(package_dir: Path) -> Iterator[E]:
    seeds = read_seeds(package_dir / "seeds")
    fresh = package_files(build_tables(seeds), seeds)
    for rel, data in sorted(fresh.items()):
        if rel.startswith("seeds/"):
            continue
        path = package_dir / rel
        if not path.is_file() or path.read_bytes() != data:
            table = rel.split("/")[-1].split(".")[0] if rel.startswith("data/") else None
            yield E("stale-build", f"{rel} differs from what `evclaims build` produces from "
                    "seeds/ now; rebuild and commit", table=table)

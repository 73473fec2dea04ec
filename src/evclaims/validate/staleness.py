"""Staleness: do the committed tables equal what `build` makes from the seeds now?"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pandas as pd

from evclaims.package import DESCRIPTOR, package_files, to_arrow
from evclaims.tables import TABLES
from evclaims.validate.checks import Context, diff_tables
from evclaims.validate.report import ValidationError as E


def _build_tables(seeds: dict[str, str]) -> dict[str, pd.DataFrame]:
    from evclaims.build import build_tables

    return build_tables(seeds)


def check_stale(ctx: Context,
                build: Callable[[dict[str, str]], dict[str, pd.DataFrame]] | None = None
                ) -> Iterator[E]:
    """Rebuild from the package's seeds/ and report every table row and cell that differs from
    the committed one (by primary key), and any other file (schemas, descriptor) that differs."""
    from evclaims.build import InputError, read_seeds

    try:
        seeds = read_seeds(ctx.package_dir / "seeds")
    except InputError as exc:
        yield E("stale-build", f"cannot rebuild: {exc}")
        return
    fresh_tables = (build or _build_tables)(seeds)
    fresh = package_files(fresh_tables, seeds)
    for t in TABLES:
        committed = ctx.typed.get(t.name)
        if committed is None or t.name not in ctx.complete:
            continue
        new = to_arrow(fresh_tables[t.name], t)
        if all(committed.column(n).equals(new.column(n)) for n in t.field_names):
            continue
        yield from diff_tables(ctx, t, committed, new, "stale-build", "the committed table",
                               "a fresh build")
    for rel, data in sorted(fresh.items()):
        if rel.startswith(("seeds/", "data/")) or rel == DESCRIPTOR:
            continue
        path = ctx.package_dir / rel
        if not path.is_file() or path.read_bytes() != data:
            yield E("stale-build", f"{rel} differs from what `evclaims build` produces from "
                    "seeds/ now; rebuild and commit")
    descriptor = ctx.package_dir / DESCRIPTOR
    if descriptor.read_bytes() != fresh[DESCRIPTOR]:
        yield E("stale-build", f"{DESCRIPTOR} differs from what `evclaims build` produces from "
                "seeds/ now; rebuild and commit")

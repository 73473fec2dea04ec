"""`validate`: prove a package is sound before it ships, reporting every problem at once."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Literal

from evclaims.validate.checks import CHECKS, Context
from evclaims.validate.report import ERROR_TYPES, Report, ValidationError

__all__ = ["ENGINES", "ERROR_TYPES", "Report", "ValidationError", "validate_package"]

Engine = Literal["fast", "frictionless"]
ENGINES: tuple[str, ...] = ("fast", "frictionless")


def validate_package(package_dir: str | Path, *, rebuild: bool = False, engine: Engine = "fast",
                     max_per_rule: int | None = None) -> Report:
    """Run every check on the package at `package_dir`; never stops at the first problem.

    With `rebuild=True`, also rebuild from the package's own seeds and report tables that differ
    from what `build` produces now (staleness). `engine="frictionless"` adds frictionless-py's
    row-by-row validation of every table resource to the vectorised checks (slow; a
    cross-check). `max_per_rule` lists at most that many problems per rule and table (the
    counts stay exact); None lists them all.
    """
    if engine not in ENGINES:
        raise ValueError(f"engine must be one of {', '.join(ENGINES)}, not {engine!r}")
    package_dir = Path(package_dir)
    if package_dir.name == "datapackage.json":
        package_dir = package_dir.parent
    ctx = Context(package_dir=package_dir, max_per_rule=max_per_rule)
    report = Report(package=str(package_dir), engine=engine)
    checks = list(CHECKS)
    if engine == "frictionless":
        from evclaims.validate.frictionless_engine import check_frictionless

        checks.insert(checks.index(CHECKS[3]), check_frictionless)
    try:
        for check in checks:
            started = time.perf_counter()
            report.add(list(check(ctx)))
            report.timings[check.__name__] = time.perf_counter() - started
            if check.__name__ == "check_descriptor" and ctx.descriptor is None:
                break  # nothing else can be located without a descriptor
        if rebuild and ctx.descriptor is not None:
            from evclaims.validate.staleness import check_stale

            started = time.perf_counter()
            report.add(list(check_stale(ctx)))
            report.timings["check_stale"] = time.perf_counter() - started
    finally:
        ctx.close()
    report.omitted.update(ctx.omitted)
    return report.deduplicated()

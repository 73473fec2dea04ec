"""`validate`: prove a package is sound before it ships, reporting every problem at once."""

from __future__ import annotations

import time
from pathlib import Path

from evclaims.validate.checks import CHECKS, Context
from evclaims.validate.report import ERROR_TYPES, Report, ValidationError

__all__ = ["ERROR_TYPES", "Report", "ValidationError", "validate_package"]


def validate_package(package_dir: str | Path, *, rebuild: bool = False) -> Report:
    """Run every check on the package at `package_dir`; never stops at the first problem.

    With `rebuild=True`, also rebuild from the package's own seeds and report tables that differ
    from what `build` produces now (staleness).
    """
    package_dir = Path(package_dir)
    if package_dir.name == "datapackage.json":
        package_dir = package_dir.parent
    ctx = Context(package_dir=package_dir)
    report = Report(package=str(package_dir))
    for check in CHECKS:
        started = time.perf_counter()
        report.add(list(check(ctx)))
        report.timings[check.__name__] = time.perf_counter() - started
        if check.__name__ == "check_descriptor" and ctx.descriptor is None:
            break  # nothing else can be located without a descriptor
    if rebuild and ctx.descriptor is not None:
        from evclaims.validate.staleness import check_stale

        started = time.perf_counter()
        report.add(list(check_stale(package_dir)))
        report.timings["check_stale"] = time.perf_counter() - started
    return report.deduplicated()

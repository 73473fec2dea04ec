"""The `evclaims` command: a thin layer over library functions a Python user can call too.

Exit codes: 0 = success / valid, 1 = invalid package (or a score below baseline), 2 = usage or
input error.
"""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

app = typer.Typer(
    help="Build, validate and evaluate the evclaims data package of EV-industry news claims.",
    no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False,
    rich_markup_mode="markdown")


class Format(str, Enum):
    text = "text"
    json = "json"


class Engine(str, Enum):
    fast = "fast"
    frictionless = "frictionless"


def _package_dir(path: Optional[Path]) -> Path:
    from evclaims.load import default_package_dir

    if path is None:
        try:
            return default_package_dir()
        except FileNotFoundError as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(2) from exc
    return path.parent if path.name == "datapackage.json" else path


@app.command()
def build(
    seeds: Annotated[Path, typer.Option(
        help="Folder of .txt seed articles (UTF-8).")] = Path("seeds"),
    out: Annotated[Path, typer.Option(help="Folder to write the package into: "
                                      "datapackage.json, data/, schemas/ and seeds/.")] = Path("."),
) -> None:
    """Extract the seed articles into the package's tables and write the package atomically.

    The package is written to a staging folder, validated there, and only then swapped into
    OUT; a failure leaves OUT as it was. Exit 0 on success, 1 if the built package does not
    validate, 2 on bad input (missing folder, non-UTF-8 file).
    """
    from evclaims.build import InputError, build_package

    try:
        report = build_package(seeds, out)
    except InputError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc
    if not report.valid():
        typer.echo(report.render(), err=True)
        typer.echo(f"build: the new package is invalid; {out} was left unchanged", err=True)
        raise typer.Exit(1)
    typer.echo(f"built {out.resolve() / 'datapackage.json'} from {seeds}")


@app.command()
def validate(
    path: Annotated[Optional[Path], typer.Argument(
        help="Package folder or its datapackage.json (default: the package in the current "
             "folder or its parents).")] = None,
    format: Annotated[Format, typer.Option("--format", help="Report format.")] = Format.text,
    strict: Annotated[bool, typer.Option(help="Fail on warnings too.")] = False,
    rebuild: Annotated[bool, typer.Option(help="Also rebuild from seeds/ and fail if the "
                                          "committed tables are stale.")] = False,
    examples: Annotated[int, typer.Option(help="Examples shown per error group (text).")] = 3,
    engine: Annotated[Engine, typer.Option(
        help="fast: vectorised checks of every row (default). frictionless: also run "
             "frictionless-py's row-by-row validation of every table (slow; a cross-check).")]
        = Engine.fast,
    max_per_rule: Annotated[Optional[int], typer.Option(
        min=1, help="List at most N problems per rule and table (counts stay exact); "
                    "default: list all.")] = None,
) -> None:
    """Validate a package: descriptor, hashes, schemas, types, keys, vocabularies, units,
    provenance against the seeds, and CSV/Parquet agreement. Every problem is reported at once.

    Exit 0 = valid, 1 = invalid (or warnings with --strict), 2 = usage error. The JSON report
    and every error type are documented in docs/validation.md.
    """
    from evclaims.validate import validate_package

    package_dir = _package_dir(path)
    if not package_dir.exists():
        typer.echo(f"error: {package_dir} does not exist", err=True)
        raise typer.Exit(2)
    if format is Format.text and max_per_rule is None:
        max_per_rule = max(examples, 1)  # the text shows only examples: collect only those
    report = validate_package(package_dir, rebuild=rebuild, engine=engine.value,
                              max_per_rule=max_per_rule)
    if format is Format.json:
        report.write_json(sys.stdout, strict=strict)
        sys.stdout.flush()
    else:
        typer.echo(report.render(examples=examples))
    raise typer.Exit(0 if report.valid(strict=strict) else 1)


@app.command()
def evaluate(
    gold: Annotated[Path, typer.Option(help="Gold labels (JSON: metrics, quotes, entities).")],
    path: Annotated[Optional[Path], typer.Argument(help="Package folder (default: the "
                                                   "package in the current folder).")] = None,
    format: Annotated[Format, typer.Option("--format", help="Report format.")] = Format.text,
) -> None:
    """Score a built package against gold labels: precision, recall and the misses."""
    from evclaims.evaluate import evaluate_package

    try:
        labels = json.loads(gold.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        typer.echo(f"error: gold file {gold}: {exc}", err=True)
        raise typer.Exit(2) from exc
    package = _package_dir(path)
    try:
        report = evaluate_package(labels, package)
    except OSError as exc:
        typer.echo(f"error: cannot read the package at {package} ({exc}); build it first",
                   err=True)
        raise typer.Exit(2) from exc
    if format is Format.json:
        typer.echo(json.dumps(report.scores, indent=2, sort_keys=True))
    else:
        typer.echo(report.render())


def main() -> None:  # pragma: no cover - entry point
    sys.exit(app())

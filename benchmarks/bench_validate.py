"""Benchmark `evclaims validate` on a generated package (not part of the test suite).

    python benchmarks/bench_validate.py                      # 1,000,000 metrics, temp folder
    python benchmarks/bench_validate.py --metrics 200000 --out /tmp/pkg --keep

Generates, deterministically (`evclaims.synthetic`), a package with the real schemas and seed
texts at N metric rows (claims, mentions, quotes, sources, entities in proportion), then measures
from the same run:

1. `evclaims validate` on it, every check enabled, in a child process: wall time and peak RSS
   (from the child's rusage);
2. the floor: reading the same CSV and Parquet files with pyarrow, nothing else;
3. the official `frictionless validate` of the same kind of package. At a million rows it takes
   many minutes, so by default it is measured on a smaller package from the same generator
   (`--frictionless-metrics`, default 20,000) and extrapolated linearly in rows: the table says
   so. `--frictionless-metrics 0` measures it on the full package.

Nothing generated is committed: the package goes to a temp folder unless `--out` is given.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BIN = Path(sys.executable).parent


def timed_child(cmd: list[str]) -> tuple[float, int, int, str]:
    """(wall seconds, peak RSS in bytes, exit code, stdout) of a child process."""
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    out = proc.stdout.read() if proc.stdout else ""
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    return wall, usage.ru_maxrss * 1024, proc.returncode, out


def rows_in(package: Path) -> int:
    import pyarrow.parquet as pq

    return sum(pq.ParquetFile(p).metadata.num_rows for p in (package / "data").glob("*.parquet"))


def pyarrow_floor(package: Path) -> tuple[float, float]:
    """Seconds to read every CSV, and every Parquet file, with pyarrow (defaults, threads on)."""
    import pyarrow.csv as pacsv
    import pyarrow.parquet as pq

    started = time.perf_counter()
    for p in sorted((package / "data").glob("*.csv")):
        pacsv.read_csv(p, parse_options=pacsv.ParseOptions(newlines_in_values=True))
    csv_s = time.perf_counter() - started
    started = time.perf_counter()
    for p in sorted((package / "data").glob("*.parquet")):
        pq.read_table(p)
    return csv_s, time.perf_counter() - started


def generate(out: Path, metrics: int) -> float:
    """Generate in a child process: this process stays small, so the children it forks to
    measure start small too (a forked child's peak RSS counts the parent's pages)."""
    started = time.perf_counter()
    if out.exists():
        shutil.rmtree(out)
    subprocess.run([sys.executable, "-c", "import sys; from evclaims.synthetic import "
                    "write_package; write_package(sys.argv[1], int(sys.argv[2]))",
                    str(out), str(metrics)], check=True)
    return time.perf_counter() - started


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--metrics", type=int, default=1_000_000)
    ap.add_argument("--out", type=Path, help="generate into this folder (default: a temp folder)")
    ap.add_argument("--keep", action="store_true", help="keep the generated package")
    ap.add_argument("--repeat", type=int, default=3, help="runs of evclaims validate (best "
                    "wall time is reported: the machine may be shared)")
    ap.add_argument("--reuse", action="store_true", help="validate --out as it is, no generation")
    ap.add_argument("--frictionless-metrics", type=int, default=20_000,
                    help="metrics in the package frictionless validates (0: the full package)")
    args = ap.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="evclaims-bench-"))
    package = args.out or tmp / "package"
    try:
        gen_s = 0.0 if args.reuse else generate(package, args.metrics)
        n_rows = rows_in(package)
        size = sum(p.stat().st_size for p in package.rglob("*") if p.is_file())
        print(f"package: {package} ({args.metrics:,} metrics, {n_rows:,} rows in all tables, "
              f"{size / 2**20:,.0f} MiB; generated in {gen_s:.0f} s)", flush=True)

        runs = [timed_child([str(BIN / "evclaims"), "validate", str(package), "--format", "json",
                             "--max-per-rule", "20"]) for _ in range(args.repeat)]
        wall, rss, code, out = min(runs)
        rss = max(r[1] for r in runs)
        report = json.loads(out)
        print(f"evclaims validate, {args.repeat} runs: "
              + ", ".join(f"{r[0]:.2f} s" for r in runs) + " (best is reported; peak RSS is "
              "the largest)", flush=True)
        print(f"evclaims validate: exit {code}, {report['error_count']} errors, "
              f"{report['warning_count']} warnings", flush=True)
        slowest = sorted(report["timings"].items(), key=lambda kv: -kv[1])[:5]
        print("  slowest checks: " + ", ".join(f"{k} {v:.2f} s" for k, v in slowest))
        csv_s, pq_s = pyarrow_floor(package)  # after the children: it grows this process

        if args.frictionless_metrics:
            sample = tmp / "frictionless-sample"
            generate(sample, args.frictionless_metrics)
        else:
            sample = package
        f_wall, f_rss, f_code, _ = timed_child([str(BIN / "frictionless"), "validate",
                                                str(sample / "datapackage.json")])
        s_rows = rows_in(sample)
        f_full = f_wall * n_rows / s_rows
        how = "measured" if sample == package else (
            f"extrapolated ×{n_rows / s_rows:.1f} from {f_wall:.1f} s measured on "
            f"{args.frictionless_metrics:,} metrics / {s_rows:,} rows (linear in rows)")

        print()
        print("| what | time (s) | peak RSS (MiB) | vs evclaims |")
        print("| --- | ---: | ---: | ---: |")
        print(f"| evclaims validate (all checks, best of {args.repeat}) | {wall:.2f} | {rss / 2**20:,.0f} | 1.0× |")
        print(f"| pyarrow read, CSV only (floor) | {csv_s:.2f} | | {csv_s / wall:.2f}× |")
        print(f"| pyarrow read, CSV + Parquet | {csv_s + pq_s:.2f} | | "
              f"{(csv_s + pq_s) / wall:.2f}× |")
        print(f"| frictionless validate (exit {f_code}) | {f_full:,.0f} | "
              f"{f_rss / 2**20:,.0f} (sample) | {f_full / wall:.0f}× |")
        print()
        print(f"frictionless: {how}.")
        print(f"load average at the end: {os.getloadavg()[0]:.2f} (other processes slow all "
              "figures)")
        print(f"target: ≤ 15 s and ≤ 4096 MiB: "
              f"{'met' if wall <= 15 and rss <= 4 * 2**30 else 'NOT met'}")
        return 0
    finally:
        if not args.keep:
            shutil.rmtree(tmp, ignore_errors=True)
            if args.out and not args.reuse:
                shutil.rmtree(args.out, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())

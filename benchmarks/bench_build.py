"""End-to-end build of a deterministic 10,000-article corpus (not part of the test suite).

    python benchmarks/bench_build.py [--docs 10000]

Writes the generated corpus (`bench_extract.corpus`, fixed random seed) into a temp folder, then
times, in child processes so peak memory is the command's own:

1. `evclaims build --seeds ... --out ...`: extraction (across processes), CSV and Parquet
   writing, and the validation of the staged package before it is swapped in;
2. the baseline, in the same run: reading the same seed files and one plain regex pass over
   them (numbers and capitalised words), which is what any extractor must at least do.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_extract import corpus  # noqa: E402

BIN = Path(sys.executable).parent
BASELINE = """
import re, sys
from pathlib import Path
pattern = re.compile(r"\\d[\\d,.]*|[A-Z][a-z]+")
hits = sum(len(pattern.findall(p.read_text(encoding="utf-8")))
           for p in sorted(Path(sys.argv[1]).glob("*.txt")))
print(hits)
"""


def timed(cmd: list[str]) -> tuple[float, float, int]:
    """(wall seconds, peak RSS MiB, exit code) of a child process and its children."""
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - started
    return wall, usage.ru_maxrss / 1024, os.waitstatus_to_exitcode(status)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--docs", type=int, default=10_000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        seeds, out = Path(tmp) / "seeds", Path(tmp) / "pkg"
        seeds.mkdir()
        started = time.perf_counter()
        texts = corpus(args.docs)
        for i, text in enumerate(texts):
            (seeds / f"{i:05d}.txt").write_text(text, encoding="utf-8")
        size = sum(len(t.encode("utf-8")) for t in texts) / 2**20
        print(f"corpus: {len(texts):,} articles, {size:.1f} MB, generated in "
              f"{time.perf_counter() - started:.1f} s")
        base_s, base_mb, _ = timed([sys.executable, "-c", BASELINE, str(seeds)])
        build_s, build_mb, rc = timed([str(BIN / "evclaims"), "build", "--seeds", str(seeds),
                                       "--out", str(out)])
        data_mb = sum(p.stat().st_size for p in (out / "data").glob("*")) / 2**20 \
            if rc == 0 else 0.0
        print("\n| what | time (s) | docs/s | peak RSS (MiB) |\n| --- | ---: | ---: | ---: |")
        print(f"| baseline: read seeds + plain regex pass | {base_s:.2f} | "
              f"{len(texts) / base_s:,.0f} | {base_mb:,.0f} |")
        print(f"| evclaims build (extract, write, validate) | {build_s:.2f} | "
              f"{len(texts) / build_s:,.0f} | {build_mb:,.0f} (largest process) |")
        print(f"\nbuild/baseline: {build_s / base_s:.1f}x; exit code {rc}; data/ {data_mb:.1f} MiB; "
              f"{os.cpu_count()} cores; load average {os.getloadavg()[0]:.2f}")
        return rc


if __name__ == "__main__":
    sys.exit(main())

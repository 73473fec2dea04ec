"""Extraction throughput on a deterministic 10,000-article corpus.

The corpus is built from the sentences of the seed and dev fixtures, shuffled into new
articles with a fixed random seed (plus headings, bylines, an 'Also Read' teaser, a
'Recent Posts' tail and an occasional social post, so the furniture paths run too). It is
extracted with `extract_seed`, across processes when more than one core is available, and
compared with a baseline measured in the same run: one plain regex pass (numbers and
capitalised words) over the same texts.

    python benchmarks/bench_extract.py [--docs 10000] [--workers N]
"""

from __future__ import annotations

import argparse
import os
import random
import re
import resource
import sys
import time
from multiprocessing import Pool
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = 20251123


def _sentences() -> list[str]:
    from evclaims.extract.documents import segment
    from evclaims.extract.sentences import sentences

    out: list[str] = []
    for folder in (ROOT / "seeds", ROOT / "tests" / "fixtures" / "dev"):
        for path in sorted(folder.glob("*.txt")):
            text = path.read_text(encoding="utf-8")
            seg = segment(text)
            for doc in seg.documents:
                for s, e in sentences(seg.mask, doc.story):
                    sent = text[s:e]
                    if sent.endswith((".", "!", "?", "”", '"')) and len(sent.split()) > 5:
                        out.append(sent)
    return out


def corpus(n: int) -> list[str]:
    """n articles, deterministic for a given n."""
    rng = random.Random(SEED)
    pool = _sentences()
    heads = [s.rstrip(".") for s in pool if len(s.split()) < 14] or ["EV makers look abroad"]
    docs = []
    for i in range(n):
        paras = []
        for _ in range(rng.randint(4, 8)):
            paras.append(" ".join(rng.sample(pool, rng.randint(1, 3))))
        parts = [rng.choice(heads), "", "Published by", f"Writer {i % 97}", ""]
        parts += [p + "\n" for p in paras[:2]]
        if rng.random() < 0.3:
            parts.append(f"Also Read: {rng.choice(heads)}\n")
        parts += [p + "\n" for p in paras[2:]]
        if rng.random() < 0.5:
            parts += ["Recent Posts", "", rng.choice(heads), "", "11 September 2025"]
        if rng.random() < 0.3:
            parts.append(f"{rng.choice(pool)} https://t.co/{i:010x}")
        docs.append("\n".join(parts) + "\n")
    return docs


def _extract_one(item: tuple[int, str]) -> int:
    from evclaims.extract import extract_seed

    i, text = item
    ext = extract_seed(f"bench_{i:05d}.txt", text)
    return len(ext.claims) + len(ext.metrics) + len(ext.mentions) + len(ext.quotes)


_NUM = re.compile(r"\d[\d,.]*")
_CAPS = re.compile(r"\b[A-Z][\w-]+")
_SENT = re.compile(r"[.!?]\s+")


def _baseline(texts: list[str]) -> int:
    hits = 0
    for t in texts:
        hits += len(_NUM.findall(t)) + len(_CAPS.findall(t)) + len(_SENT.findall(t))
    return hits


def _peak_mb() -> tuple[float, float]:
    scale = 1024 if sys.platform != "darwin" else 1024 * 1024  # ru_maxrss: KiB on Linux
    me = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / scale
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / scale
    return me, kids


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=10_000)
    ap.add_argument("--workers", type=int, default=min(2, os.cpu_count() or 1))
    args = ap.parse_args(argv)

    t0 = time.perf_counter()
    texts = corpus(args.docs)
    t_gen = time.perf_counter() - t0
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6

    t0 = time.perf_counter()
    base_hits = _baseline(texts)
    t_base = time.perf_counter() - t0

    t0 = time.perf_counter()
    if args.workers > 1:
        with Pool(args.workers) as pool:
            rows = sum(pool.imap_unordered(_extract_one, enumerate(texts), chunksize=64))
    else:
        rows = sum(map(_extract_one, enumerate(texts)))
    t_ext = time.perf_counter() - t0
    me, kids = _peak_mb()

    print(f"corpus: {len(texts)} articles, {mb:.1f} MB, generated in {t_gen:.1f} s "
          f"(random seed {SEED})")
    print(f"baseline (plain regex pass, 1 process): {t_base:.2f} s, "
          f"{len(texts) / t_base:,.0f} docs/s ({base_hits:,} hits)")
    print(f"extract_seed ({args.workers} process{'es' if args.workers > 1 else ''}): "
          f"{t_ext:.2f} s, {len(texts) / t_ext:,.0f} docs/s ({rows:,} rows)")
    print(f"ratio extract/baseline time: {t_ext / t_base:.1f}x")
    print(f"peak RSS: main {me:.0f} MB, largest worker {kids:.0f} MB")


if __name__ == "__main__":
    main()

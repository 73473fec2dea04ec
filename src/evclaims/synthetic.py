"""A deterministic synthetic package of any size, with the real schemas and real seed texts.

Used by the validation fault suite (a small package) and by `benchmarks/bench_validate.py` (a
million metric rows). The tables are assembled from generated seed texts exactly as the extractor
would (same columns, dtypes, keys from `evclaims.ids`, spans and prefix/suffix from
`extract.span_fields`), so every check `validate` runs, provenance included, runs for real. The
texts contain non-ASCII characters (curly quotes, euro signs, accented names) so that character
offsets and UTF-8 byte offsets differ.

Proportions per source document: `CLAIMS_PER_SOURCE` claim sentences; per claim two metrics, two
entity mentions and, for two claims in five, a quotation.
"""

from __future__ import annotations

import random
from collections import defaultdict

import pandas as pd

from evclaims import ids, vocab
from evclaims.extract import EXTRACTOR_VERSION, span_fields
from evclaims.schema import pandas_dtypes
from evclaims.tables import TABLES_BY_NAME, Table

CLAIMS_PER_SOURCE = 10
SOURCES_PER_SEED = 50
METRICS_PER_CLAIM = 2

_SYLLABLES = ("vo", "lta", "ne", "ra", "ki", "zu", "mo", "tor", "xi", "ao", "li", "be", "ron",
              "da", "sen", "ka", "pe", "lu", "Š", "ko")
_TYPES = ("ORG", "PERSON", "PRODUCT", "PLACE", "EVENT")
_VERBS = ("reported", "expects", "plans", "said it reached", "announced")

# (measure, unit, phrase for a value): every pair fits the measure's dimension.
_QUANTITIES: tuple[tuple[str, str, str], ...] = (
    ("deliveries", "vehicle", "{v:,} vehicles"),
    ("sales", "vehicle/month", "{v:,} cars a month"),
    ("orders", "order", "{v:,} orders"),
    ("price", "CNY", "{v:,} yuan"),
    ("price", "EUR", "€{v:,}"),
    ("range", "km", "{v} km"),
    ("market_share", "percent", "{f}%"),
    ("battery_capacity", "kWh", "{f} kWh"),
    ("top_speed", "km/h", "{v} km/h"),
    ("store_count", "store", "{v} stores"),
)
_COMPARATORS = (("=", ""), (">", "over "), ("~", "about "), ("<=", "up to "))


def _frame(table: Table, rows: dict[str, list]) -> pd.DataFrame:
    df = pd.DataFrame({f.name: rows[f.name] for f in table.fields})
    dtypes = {}
    for f in table.fields:
        dt = pandas_dtypes(table)[f.name]
        dtypes[f.name] = pd.StringDtype() if isinstance(dt, pd.CategoricalDtype) else dt
    if "published_date" in df:
        df["published_date"] = pd.to_datetime(df["published_date"], format="%Y-%m-%d")
    return df.astype(dtypes)


def generate(n_metrics: int = 200, seed: int = 0) -> tuple[dict[str, pd.DataFrame], dict[str, str]]:
    """Tables (DataFrames with the package's dtypes) and seed texts with `n_metrics` metrics."""
    rng = random.Random(seed)
    n_claims = max(1, n_metrics // METRICS_PER_CLAIM)
    n_sources = max(1, -(-n_claims // CLAIMS_PER_SOURCE))
    n_entities = max(len(_TYPES), n_claims // 25)

    entities = []
    for i in range(n_entities):
        etype = _TYPES[i % len(_TYPES)]
        word = "".join(rng.choice(_SYLLABLES) for _ in range(2 + i % 2)).capitalize()
        name = f"{word} {i}"
        entities.append((ids.entity_id(etype, name), name, etype))
    mention_count: dict[str, int] = defaultdict(int)

    rows: dict[str, dict[str, list]] = {t: defaultdict(list) for t in TABLES_BY_NAME}

    def add(table: str, **values) -> None:
        for k, v in values.items():
            rows[table][k].append(v)

    seeds: dict[str, str] = {}
    claim_no = 0
    metric_budget = n_metrics
    n_seeds = -(-n_sources // SOURCES_PER_SEED)
    for s_no in range(n_seeds):
        seed_file = f"{s_no:05d}_synthetic.txt"
        parts: list[str] = []
        pos = 0
        pending: list[tuple[str, dict]] = []  # rows whose prefix/suffix need the final text

        def emit(piece: str) -> tuple[int, int]:
            nonlocal pos
            parts.append(piece)
            start = pos
            pos += len(piece)
            return start, pos

        for d_no in range(min(SOURCES_PER_SEED, n_sources - s_no * SOURCES_PER_SEED)):
            doc_start = pos
            source_id = ids.source_id(seed_file, doc_start)
            social = d_no % 5 == 4
            title = f"Carmaker update {s_no}-{d_no}: “numbers” rise"
            emit(title + "\n\n")
            story = 0
            for _ in range(CLAIMS_PER_SOURCE):
                if claim_no >= n_claims:
                    break
                claim_no += 1
                e1, e2 = rng.choice(entities), rng.choice(entities)
                c_start = pos
                m1 = emit(e1[1])
                emit(f" {rng.choice(_VERBS)} ")
                metrics = []
                for q in range(METRICS_PER_CLAIM):
                    if metric_budget <= 0:
                        break
                    metric_budget -= 1
                    if q:
                        emit(" and ")
                    measure, unit, phrase = rng.choice(_QUANTITIES)
                    v = rng.randint(1, 400_000)
                    ranged = rng.random() < 0.1
                    comparator, word = ("range", "between ") if ranged else rng.choice(_COMPARATORS)
                    value = round(v / 10, 1) if "{f}" in phrase else v
                    vmax = value * 2 if ranged else None
                    text = word + phrase.format(v=value, f=value)
                    if ranged:
                        text += " and " + phrase.format(v=vmax, f=vmax)
                    metrics.append((emit(text), measure, unit, value, vmax, comparator))
                emit(" for ")
                m2 = emit(e2[1])
                quote = None
                if rng.random() < 0.4:
                    emit(", saying “")
                    quote = emit(f"we are {rng.choice(('pleased', 'ahead', 'on track'))} in "
                                 f"{rng.choice(('China', 'Europe', 'São Paulo'))}")
                    emit("”")
                c_end = emit(".")[1]
                emit(" ")
                story += c_end - c_start + 1
                period = (f"{2020 + claim_no % 6}"
                          + (f"-{1 + claim_no % 12:02d}" if claim_no % 3 else ""))
                claim_id = ids.span_id("claims", source_id, c_start, c_end)
                pending.append(("claims", dict(
                    claim_id=claim_id, source_id=source_id, subject_entity_id=e1[0],
                    speaker_entity_id=e2[0] if quote else None,
                    claim_type=("reported_fact", "plan", "forecast",
                                "reported_speech")[claim_no % 4],
                    time_ref=period, _span=(c_start, c_end), extractor="synthetic.claim")))
                for eid, (a, b) in ((e1[0], m1), (e2[0], m2)):
                    mention_count[eid] += 1
                    pending.append(("mentions", dict(
                        mention_id=ids.span_id("mentions", source_id, a, b, eid), entity_id=eid,
                        source_id=source_id, _span=(a, b), extractor="synthetic.gazetteer")))
                for (a, b), measure, unit, value, vmax, comparator in metrics:
                    pending.append(("metrics", dict(
                        metric_id=ids.span_id("metrics", source_id, a, b, f"{measure}|{unit}"),
                        source_id=source_id, claim_id=claim_id, subject_entity_id=e1[0],
                        measure=measure, value=float(value),
                        value_max=None if vmax is None else float(vmax), unit=unit,
                        comparator=comparator, period=period, _span=(a, b),
                        extractor="synthetic.quantity")))
                if quote:
                    pending.append(("quotes", dict(
                        quote_id=ids.span_id("quotes", source_id, *quote), source_id=source_id,
                        speaker_entity_id=e2[0], speaker=e2[1], _span=quote,
                        extractor="synthetic.quote")))
            doc_end = emit("\n\n")[0]
            add("sources", source_id=source_id, seed_file=seed_file, sha256=None,
                source_type="social_post" if social else "news_article", title=title,
                publisher=None if social else "Synthetic Motor News",
                author=None if d_no % 3 else "A. Writer",
                published_date=f"2025-{1 + d_no % 12:02d}-{1 + s_no % 28:02d}",
                url=f"https://example.org/post/{s_no}/{d_no}" if social else None,
                char_start=doc_start, char_end=doc_end, story_chars=story,
                extractor="synthetic.segment", extractor_version=EXTRACTOR_VERSION)
        text = "".join(parts)
        seeds[seed_file] = text
        for table, row in pending:
            a, b = row.pop("_span")
            extractor = row.pop("extractor")
            add(table, **row, **span_fields(text, a, b, extractor))

    import hashlib

    digests = {f: hashlib.sha256(t.encode("utf-8")).hexdigest() for f, t in seeds.items()}
    rows["sources"]["sha256"] = [digests[f] for f in rows["sources"]["seed_file"]]
    for eid, name, etype in entities:
        if mention_count[eid]:
            add("entities", entity_id=eid, name=name, entity_type=etype,
                aliases=f"{name.upper()} | {name.lower()}" if etype == "ORG" else None,
                origin="gazetteer" if len(name) % 2 else "detected",
                mention_count=mention_count[eid])
    for name in ("units", "measures"):
        for r in getattr(vocab, name)():
            add(name, **r)
    tables = {name: _frame(t, rows[name]) for name, t in TABLES_BY_NAME.items()}
    return tables, seeds


def write_package(out_dir, n_metrics: int = 200, seed: int = 0):
    """Generate and write a complete package (descriptor, data, schemas, seeds) into `out_dir`."""
    from pathlib import Path

    from evclaims.package import package_files

    out = Path(out_dir)
    tables, seeds = generate(n_metrics, seed)
    for rel, data in package_files(tables, seeds).items():
        path = out / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return out

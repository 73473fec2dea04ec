"""Extraction: seed text in, table rows out. Pure functions, no I/O.

Contract with the rest of the package (`evclaims.build`):

    extract_seed(seed_file: str, text: str) -> SeedExtraction

returns, for one seed file, row dicts whose keys are exactly the column names in
`evclaims.tables` for `sources`, `mentions`, `claims`, `metrics` and `quotes`, plus
`EntityRecord`s (one per distinct entity found in this seed) that `build` merges across seeds
into the `entities` table. Offsets are into `text` (the whole seed file), so that
`text[row["char_start"]:row["char_end"]] == row["text"]` for every extracted row.
"""

from __future__ import annotations

from dataclasses import dataclass, field

EXTRACTOR_VERSION = "0.1.0"


@dataclass(frozen=True)
class EntityRecord:
    entity_id: str
    name: str
    entity_type: str
    origin: str  # "gazetteer" | "detected"
    aliases: frozenset[str] = frozenset()  # surface forms other than `name`


@dataclass
class SeedExtraction:
    sources: list[dict] = field(default_factory=list)
    mentions: list[dict] = field(default_factory=list)
    claims: list[dict] = field(default_factory=list)
    metrics: list[dict] = field(default_factory=list)
    quotes: list[dict] = field(default_factory=list)
    entities: list[EntityRecord] = field(default_factory=list)


def span_fields(text: str, start: int, end: int, extractor: str, context: int = 32) -> dict:
    """The provenance columns every extracted row carries (see `tables._span_fields`)."""
    return {
        "char_start": start,
        "char_end": end,
        "text": text[start:end],
        "prefix": text[max(0, start - context):start],
        "suffix": text[end:end + context],
        "extractor": extractor,
        "extractor_version": EXTRACTOR_VERSION,
    }


def extract_seed(seed_file: str, text: str) -> SeedExtraction:
    """All rows extracted from one seed file; see `evclaims.extract.pipeline`."""
    from evclaims.extract.pipeline import extract_seed as _extract_seed

    return _extract_seed(seed_file, text)

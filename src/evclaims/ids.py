"""Stable, content-derived row keys.

A key depends only on what the row *is* (its seed file, span and kind), never on its position in
a table, so adding a seed never renumbers existing rows and rebuilding gives the same keys.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

PREFIX = {"sources": "src", "mentions": "men", "claims": "clm", "metrics": "met", "quotes": "quo"}


def row_id(table: str, *parts: object) -> str:
    """`<prefix>_<12 hex>`: a short SHA-256 of the parts that identify the row."""
    digest = hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()
    return f"{PREFIX[table]}_{digest[:12]}"


def source_id(seed_file: str, char_start: int) -> str:
    return row_id("sources", seed_file, char_start)


def span_id(table: str, source_id: str, char_start: int, char_end: int, kind: str = "") -> str:
    """Key of an extracted row: its source, its span, and its kind (e.g. the measure)."""
    return row_id(table, source_id, char_start, char_end, kind)


# Letters that Unicode does not decompose into an ASCII letter and a mark.
_TRANSLIT = str.maketrans({"Ł": "L", "ł": "l", "Ø": "O", "ø": "o", "Đ": "D", "đ": "d",
                           "Æ": "AE", "æ": "ae", "Œ": "OE", "œ": "oe", "ß": "ss", "Þ": "Th",
                           "þ": "th", "ı": "i"})


def slug(name: str) -> str:
    """ASCII slug of a name: 'Lei Jun' -> 'lei-jun', 'Škoda' -> 'skoda', 'Łódź' -> 'lodz'."""
    ascii_name = unicodedata.normalize("NFKD", name.translate(_TRANSLIT)).encode(
        "ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-") or "x"


def entity_id(entity_type: str, canonical_name: str) -> str:
    """Readable entity key, e.g. ('ORG', 'Xiaomi') -> 'org:xiaomi'."""
    return f"{entity_type.lower()}:{slug(canonical_name)}"

"""Sentence spans with offsets into the seed text.

Lines are split first, so a headline or subheading without a full stop is its own sentence;
each line is then cut at sentence-final punctuation followed by a capital, a digit or a
quotation mark. A regular expression rather than pysbd: pysbd costs ~9 ms per article, which
alone would take the 10,000-article benchmark past a minute, and news prose needs only the
abbreviation guard below ("Corp.", "U.S.", "Mr.", initials).
"""

from __future__ import annotations

import re

_ABBREV = {
    "corp", "inc", "ltd", "co", "plc", "llc", "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr",
    "vs", "no", "nos", "fig", "approx", "est", "dept", "gov", "gen", "sen", "rep", "jan", "feb",
    "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "e.g", "i.e", "etc",
    "u.s", "u.k", "u.s.a", "e.u", "a.m", "p.m", "mt", "ft", "ave", "rd", "coun", "cllr", "supt",
    "insp", "sgt", "capt", "lt", "col", "hon", "rev",
}
# Model names written with a full stop inside: Volkswagen's "ID. Buzz", "ID. Polo".
_MODEL_PREFIXES = {"ID"}
# Candidate boundary: ., ! or ? (plus closing quotes/brackets), whitespace, then a sentence start.
_BOUNDARY = re.compile(r"[.!?]+[\"”’')\]]*(?:\[\d{1,3}\])*(?=\s+[\"“‘'(\[]?[A-Z0-9])")
# (a reference mark may follow the stop: "… a day.[7] CATL said …")
_WORD_BEFORE = re.compile(r"([\w.]+)$")


def _is_abbreviation(line: str, dot: int) -> bool:
    """True when the full stop at `dot` ends an abbreviation or an initial, not a sentence."""
    if line[dot] != ".":
        return False
    m = _WORD_BEFORE.search(line, 0, dot)
    if not m:
        return False
    word = m.group(1).lower().rstrip(".")
    if word in _ABBREV or m.group(1) in _MODEL_PREFIXES:
        return True
    return len(word) == 1 and word.isalpha() and line[m.start()].isupper()  # an initial


def split_line(line: str, offset: int = 0) -> list[tuple[int, int]]:
    """Sentence spans (start, end) within one line, shifted by `offset`, whitespace trimmed."""
    spans, start = [], 0
    for m in _BOUNDARY.finditer(line):
        if _is_abbreviation(line, m.start()):
            continue
        spans.append((start, m.end()))
        start = m.end()
    spans.append((start, len(line)))
    out = []
    for s, e in spans:
        seg = line[s:e]
        lead = len(seg) - len(seg.lstrip())
        trail = len(seg) - len(seg.rstrip())
        if e - trail > s + lead:
            out.append((offset + s + lead, offset + e - trail))
    return out


def sentences(mask: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentence spans of the story: each story line of the (furniture-blanked) mask is split.

    Blanked furniture inside a line (a tooltip) is whitespace in the mask, so a sentence runs
    across it; runs of 3+ blanks also break a sentence only if punctuation allows.
    """
    out: list[tuple[int, int]] = []
    for s, e in spans:
        out.extend(split_line(mask[s:e], s))
    return out

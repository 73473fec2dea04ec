"""Claims: one per story sentence, with modality, speaker, subject and the period it concerns.

Modality comes from cue words, checked in order of how much they change the reading: an
attribution ("said", "according to") makes any sentence reported speech; "expected to",
"could" make a forecast; "will", "plans to" a plan; evaluative words an opinion; otherwise
it is a reported fact.
"""

from __future__ import annotations

import re

from evclaims.extract.entities import Mention

_SPEECH = re.compile(r"\b(?:said|says|told|tells|stated|states|according to|reportedly|"
                     r"reported|reports|confirmed|confirms|insist(?:s|ed)|hinted|emphasi[sz]ed|"
                     r"explained|noted|added|announced|argued|warned|claimed|revealed|"
                     r"mentions|mentioned|highlighted|expressed)\b|[“”\"]", re.I)
_FORECAST = re.compile(r"\b(?:expected to|expect(?:s|ed)?|could|(?-i:may)|might|likely|unlikely|"
                       r"projected|forecasts?|poised to|is set to|are set to|seen as|"
                       r"anticipated|predicted|estimated to|would)\b", re.I)
_PLAN = re.compile(r"\b(?:will|won’t|won't|plans?|planned|planning|aims?|aiming|intends?|"
                   r"intention|preparing|prepares|is going to|are going to|roadmap|"
                   r"consider(?:s|ing)?|eyes|eyeing|targets?|targeting|goal|hopes? to|"
                   r"seeks? to|set its sights|sets sights|setting its sights|mapping out)\b",
                   re.I)
_OPINION = re.compile(r"\b(?:I think|we think|I believe|seems?|appears? to|certainly|arguably|"
                      r"hopefully|impressive|bold|desperately|famous|by far|one of the most|"
                      r"stupid|should|must|best|worst|better|won't be easy|game-changing)\b",
                      re.I)
_ACCORDING = re.compile(r"\baccording to\s+(?:the\s+|a\s+|new\s+)*", re.I)
_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december"]
_MONTH_RE = ("|".join(m.capitalize() for m in _MONTHS)
             + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec")
_TIME = re.compile(
    rf"\b(?P<month>{_MONTH_RE})\.?(?:\s+\d{{1,2}}(?!\d),?)?"
    rf"(?:\s+(?:or|and|to|-|–)\s+(?:{_MONTH_RE}))?"
    rf"(?:,?\s+(?:in\s+|of\s+)?(?P<myear>(?:19|20)\d\d)\b)?|"
    rf"(?<![\w$€£¥#.,-])(?P<year>(?:19|20)\d\d)"
    rf"(?![\w%]|\s?(?:per\s?cent|percent|km|units|vehicles|cars))")
_MONTH_NEEDS_PREP = re.compile(r"\b(?:in|by|since|from|until|till|of|during|before|after|"
                               r"through|early|late|mid|last|next|this|between|and|or)\s+$", re.I)
_PRONOUN_SUBJECT = re.compile(r"\b(?:the company|the firm|the carmaker|the automaker|"
                              r"the brand|the group|it|its)\b", re.I)


def claim_type(sentence: str) -> str:
    """Modality code (vocabularies.json claim_type) of one sentence."""
    if _SPEECH.search(sentence):
        return "reported_speech"
    if _FORECAST.search(sentence):
        return "forecast"
    if _PLAN.search(sentence):
        return "plan"
    if _OPINION.search(sentence):
        return "opinion"
    return "reported_fact"


def _month_num(word: str) -> int:
    w = word.lower()[:3]
    return next(i for i, m in enumerate(_MONTHS, 1) if m.startswith(w))


# A quarter or half of a year: "Q3 2025", "the third quarter", "1H25", "the first half of 2024".
_PART = re.compile(r"(?<!Audi )(?<!SQ)\b(?:(?P<q>Q[1-4](?!\s*(?:e-tron|Sportback|quattro))|[1-4]Q)|"
                   r"(?P<qw>first|second|third|fourth)[- ]quarter|"
                   r"(?P<h>H[12]|[12]H)|(?P<hw>first|second)[- ]half)"
                   r"(?:\s*(?:of\s+)?(?P<y>(?:19|20)\d\d)\b|(?P<y2>\d\d)\b)?", re.I)
_ORDINAL = {"first": 1, "second": 2, "third": 3, "fourth": 4}
# A year named relative to the page's: "last year", "this year", "next year".
_RELATIVE_YEAR = re.compile(r"\b(?P<w>last|this|next)\s+year\b", re.I)


def _parts_of_years(sentence: str, default_year: int | None) -> list[tuple[int, int, str]]:
    """Quarters and halves ('YYYY-Q3', 'YYYY-H1'), with the year written or the page's."""
    out = []
    for m in _PART.finditer(sentence):
        year = m["y"] or (f"20{m['y2']}" if m["y2"] else None) or (
            str(default_year) if default_year else None)
        if year is None:
            continue
        if m["q"] or m["qw"]:
            n = _ORDINAL[m["qw"].lower()] if m["qw"] else int(m["q"].strip("Qq"))
            out.append((m.start(), m.end(), f"{year}-Q{n}"))
        else:
            n = _ORDINAL[m["hw"].lower()] if m["hw"] else int(m["h"].strip("Hh"))
            out.append((m.start(), m.end(), f"{year}-H{n}"))
    return out


def time_expressions(sentence: str, default_year: int | None = None
                     ) -> list[tuple[int, int, str]]:
    """(start, end, 'YYYY' | 'YYYY-MM' | 'YYYY-Qn' | 'YYYY-Hn' | '--MM') for each calendar
    reference in a sentence; 'last year' and a quarter without a year are read from the page's
    year (`default_year`) when there is one."""
    parts = _parts_of_years(sentence, default_year)
    out = list(parts)
    if default_year:
        step = {"last": -1, "this": 0, "next": 1}
        out += [(m.start(), m.end(), str(default_year + step[m["w"].lower()]))
                for m in _RELATIVE_YEAR.finditer(sentence)]
    for m in _TIME.finditer(sentence):
        if m["month"]:
            if m["month"] == "May" and not _MONTH_NEEDS_PREP.search(sentence[:m.start()]):
                continue
            if not m["myear"] and not _MONTH_NEEDS_PREP.search(sentence[:m.start()]):
                continue
            num = _month_num(m["month"])
            if m["myear"]:
                out.append((m.start(), m.end(), f"{m['myear']}-{num:02d}"))
            elif default_year:
                out.append((m.start(), m.end(), f"{default_year}-{num:02d}"))
            else:
                out.append((m.start(), m.end(), f"--{num:02d}"))
        elif not any(a <= m.start() < b for a, b, _ in parts):  # "Q3 2025" is one reference
            out.append((m.start(), m.end(), m["year"]))
    return sorted(out)


def time_ref(sentence: str, default_year: int | None = None) -> str | None:
    """The period a claim is about: the most specific calendar reference, first one first."""
    refs = time_expressions(sentence, default_year)
    for kind in (lambda r: len(r) == 7 and r[4] == "-", lambda r: len(r) == 4,
                 lambda r: r.startswith("--")):
        for _, _, r in refs:
            if kind(r):
                return r
    return None


def speaker_of(sentence: str, offset: int, mentions: list[Mention]) -> Mention | None:
    """Who the sentence says asserted it: 'according to X', or the named person/org next to a
    speech verb."""
    acc = _ACCORDING.search(sentence)
    if acc:
        pos = offset + acc.end()
        hit = [m for m in mentions if pos <= m.start <= pos + 25 and m.etype in ("ORG",
                                                                                  "PERSON")]
        return hit[0] if hit else None
    verb = re.search(r"\b(?:said|says|told|stated|confirmed|insists?|insisted|hinted|"
                     r"emphasi[sz]ed|explained|noted|added|announced|expressed|argued|warned|"
                     r"claimed|revealed)\b", sentence)
    if not verb:
        return None
    v = offset + verb.start()
    near = [m for m in mentions if m.etype in ("PERSON", "ORG") and
            (0 <= v - m.end <= 30 or 0 <= m.start - (offset + verb.end()) <= 3)]
    people = [m for m in near if m.etype == "PERSON"]
    if people:
        return people[-1]
    before = [m for m in mentions if m.etype in ("PERSON", "ORG") and m.end <= v]
    people = [m for m in before if m.etype == "PERSON"]
    return people[-1] if people else (near[-1] if near else None)


def subject_of(mentions: list[Mention], speaker: Mention | None) -> Mention | None:
    """The main entity: the first organisation, product or person other than the speaker;
    else the speaker itself when it is an organisation reporting on itself; else a place."""
    others = [m for m in mentions if speaker is None or m.entity_id != speaker.entity_id]
    for m in others:
        if m.etype in ("ORG", "PRODUCT", "PERSON"):
            return m
    if speaker is not None and speaker.etype == "ORG":
        return speaker
    return others[0] if others else None


def is_claim_sentence(sentence: str, prose: bool) -> bool:
    """Skip fragments and headings that assert nothing ('Conclusion:', 'Why the Delay?')."""
    s = sentence.strip()
    words = s.split()
    if len(words) < 3 or s.endswith(":"):
        return False
    if not prose and (s.endswith("?") or len(words) < 4):
        return False
    return True

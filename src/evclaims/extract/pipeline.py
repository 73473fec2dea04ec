"""`extract_seed`: wire the stages together and emit rows for the evclaims tables.

documents (story vs furniture) -> sentences -> entity mentions -> quotes -> claims -> metrics.
Every stage reads the furniture-blanked mask, so nothing in page furniture can become a row;
every row cites the seed text by offsets.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
from bisect import bisect_left, bisect_right
from decimal import ROUND_HALF_UP, Decimal

from evclaims import ids
from evclaims.extract import EntityRecord, SeedExtraction, span_fields
from evclaims.extract.claims import (claim_type, is_claim_sentence, speaker_of, subject_of,
                                     time_expressions, time_ref)
from evclaims.extract.documents import Document, segment, sentence_then_more
from evclaims.extract.entities import Mention, find_mentions
from evclaims.extract.metrics import measure_for, signed_values
from evclaims.extract.currency import document_currency_words, document_dollar, document_yen
from evclaims.extract.numbers import (Quantity, counted_topic, find_doublings, find_fractions,
                                      find_quantities, find_zero_rates, is_list_item)
from evclaims.extract.quotes import double_marks, find_quotes
from evclaims.extract.sentences import sentences as split_sentences
from evclaims.vocab import unit_dimension

_ANAPHOR = re.compile(r"\b(?:the|this|that)\s+(?:[\w-]+\s+)?(?:company|firm|carmaker|"
                      r"automaker|maker|brand|group|manufacturer|startup|giant)\b|"
                      r"^\s*(?:it|its|they|their)\b", re.I)
_HE_SHE = re.compile(r"^\W*(?:he|she)\b", re.I)
# A line cut off mid-sentence ends in a function word; no headline does ("… production in").
_CUT_OFF = re.compile(r"\s(?:in|to|of|the|a|an|and|or|for|with|at|on|by|from|that|as)$")
# A digest's promise of how long it takes to read: "N things …, in under 4 minutes".
_READING_TIME = re.compile(r"\b(?:things|stories|charts|items|reads|headlines|takeaways)\b"
                           r"[^.]{0,80}?\b(?P<t>in\s+(?:under|less than|about|just)?\s*\d+"
                           r"\s*min(?:ute)?s?)\b", re.I)
_QUESTION = re.compile(r"\?[\s\"”’)]*$")
_TERMINAL = re.compile(r"[.!?\"”’)…]\s*$")


def _prose_flags(text: str, doc: Document, sents: list[tuple[int, int]]) -> list[bool]:
    """False for sentences that are a headline or heading line (no closing punctuation)."""
    if doc.source_type == "social_post":
        return [True] * len(sents)
    flags = []
    for s, e in sents:
        ls = text.rfind("\n", 0, s) + 1
        le = text.find("\n", e)
        le = len(text) if le == -1 else le
        line = text[ls:le].strip()
        heading = (doc.title_span is not None and doc.title_span[0] <= s < doc.title_span[1]) \
            or (not _TERMINAL.search(line) and len(line.split()) <= 25
                and not _CUT_OFF.search(line) and not sentence_then_more(line)) \
            or (line.endswith("?") and len(line.split()) <= 8)
        flags.append(not heading)
    return flags


_CLAUSE = re.compile(r";|,\s*(?:and|but|while|whereas|although|though)\b|\band,|\s[–—-]\s|"
                     r"\bwhile\b")


def _clause(sentence: str, q: Quantity) -> tuple[int, int]:
    """Bounds of the clause of `sentence` that holds quantity `q`."""
    a, b = 0, len(sentence)
    for m in _CLAUSE.finditer(sentence):
        if m.end() <= q.start:
            a = m.start()
        elif m.start() >= q.end:
            b = m.start()
            break
    return a, b


def _metric_subject(q: Quantity, sentence: str, s: int, mentions: list[Mention],
                    fallback: Mention | None) -> Mention | None:
    """The entity a quantity is about: in the quantity's clause, a product named (the SU7, not
    Xiaomi), else the first organisation; else the same over the sentence; else the claim's."""
    ca, cb = _clause(sentence, q)
    clause = [m for m in mentions if s + ca <= m.start and m.end <= s + cb]
    for pool in (clause, mentions):
        for etype in ("PRODUCT", "ORG"):
            hits = [m for m in pool if m.etype == etype]
            if hits:
                return hits[0]
    return fallback if fallback is None or fallback.etype != "PLACE" else None


def _kept_chars(text: str, mask: str, s: int, e: int) -> int:
    """Characters of text[s:e] that the mask kept (a line with no inline furniture is whole)."""
    if mask[s:e] == text[s:e]:
        return e - s
    return sum(map(str.__eq__, mask[s:e], text[s:e]))


def _org_of_person(mentions: list[Mention], person: Mention) -> Mention | None:
    """The organisation named nearest a person in the same sentence ('William Li of NIO')."""
    orgs = [m for m in mentions if m.etype == "ORG"]
    return min(orgs, key=lambda m: abs(m.start - person.start), default=None)


def _period(sentence: str, q: Quantity, default_year: int | None) -> str | None:
    """The calendar reference nearest the quantity, preferring its own clause."""
    refs = time_expressions(sentence, default_year)
    if not refs:
        return None
    ca, cb = _clause(sentence, q)
    own = [r for r in refs if ca <= r[0] and r[1] <= cb]
    if not own:
        return None

    def dist(r):
        a, b, _ = r
        return (q.start - b) if b <= q.start else (a - q.end if a >= q.end else 0)
    return min(own, key=dist)[2]


def _restated(value: float, unit: str, story: set[tuple[float, str]]) -> bool:
    """Whether the story states a headline figure again: the same number (a small whole number
    only with the same unit), or as the headline rounds it ("$1.9m" / "$1.87 million")."""
    # the same figure, also when the story counts it in other words ("targets 110 dealers" /
    # "aims for 110 showrooms"; "50,000 cars" / "50,000 duty-free slots")
    if (value, unit) in story or ((value >= 10 or value != int(value)) and any(
            v == value for v, _ in story)):
        return True
    if not value:
        return False
    place = Decimal(repr(value)).normalize().as_tuple().exponent  # the last digit written
    return any(u == unit and abs(v - value) <= 0.05 * abs(value)
               and Decimal(repr(v)).quantize(Decimal(1).scaleb(place), ROUND_HALF_UP)
               == Decimal(repr(value)) for v, u in story)


# A level compared with an earlier level of the same thing: "…, up from 19.1%", "against 15.9%".
_LEVEL_MEASURES = frozenset({"market_share", "share", "tariff_rate"})
_COMPARED_WITH = re.compile(r"(?:\b(?:up|down)\s+)?\bfrom\s+(?:about\s+|around\s+)?$|"
                            r"\b(?:against|versus|vs\.?|compared\s+(?:with|to))\s+"
                            r"(?:about\s+|around\s+)?$", re.I)


def _writer(doc: Document, mentions: list[Mention]) -> tuple[str | None, str | None]:
    """Who 'I' is in a quote's attribution: the document's author (byline or signature), never
    the pronoun itself."""
    named = next((m for m in mentions if m.etype == "PERSON" and m.name == doc.author), None)
    return (doc.author, named.entity_id if named else None) if doc.author else (None, None)


def _measures(quantities: list[Quantity], sentence: str, previous: str) -> list[str]:
    """The measure of each quantity of a sentence, with pairs read as one: a conversion in
    brackets is the amount it converts ("VND14.7 trillion (US$558 million)", measured from the
    words around the pair), and a level compared with an earlier level of the same unit
    measures the same thing ("took 19.6% of sales, up from 19.1%")."""
    out = [measure_for(q, sentence, previous) for q in quantities]
    for i in range(1, len(quantities)):
        p, q = quantities[i - 1], quantities[i]
        gap = sentence[p.end:q.start]
        if re.fullmatch(r"\s*\(\s*", gap) and \
                unit_dimension().get(q.unit) == unit_dimension().get(p.unit) == "money":
            both = dataclasses.replace(p, end=q.end)  # measured from the cues around the pair
            out[i - 1] = out[i] = measure_for(both, sentence, previous)
        elif q.unit == p.unit and out[i - 1] in _LEVEL_MEASURES and _COMPARED_WITH.search(gap):
            out[i] = out[i - 1]
    return out


def extract_seed(seed_file: str, text: str) -> SeedExtraction:
    """All rows extracted from one seed file (see `evclaims.extract` for the contract)."""
    out = SeedExtraction()
    sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
    seg = segment(text)
    mask = double_marks(seg.mask)  # quote marks normalised, same offsets
    registry: dict[str, dict] = {}
    thread_topic = ""  # the last sentence of a social thread that names what it counts
    for doc in seg.documents:
        sid = ids.source_id(seed_file, doc.start)
        story_chars = sum(_kept_chars(text, mask, s, e) for s, e in doc.story)
        out.sources.append({
            "source_id": sid, "seed_file": seed_file, "sha256": sha,
            "source_type": doc.source_type, "title": doc.title, "publisher": doc.publisher,
            "author": doc.author, "published_date": doc.published_date, "url": doc.url,
            "char_start": doc.start, "char_end": doc.end, "story_chars": story_chars,
            "extractor": "documents.segment", "extractor_version": span_fields(
                text, 0, 1, "")["extractor_version"],
        })
        sents = split_sentences(mask, doc.story)
        prose = _prose_flags(text, doc, sents)
        mentions = find_mentions(mask, sents, prose, doc.hosts)
        starts = [m.start for m in mentions]  # sorted: a sentence's mentions by bisection
        for m in mentions:
            eid = m.entity_id
            rec = registry.setdefault(eid, {"name": m.name, "type": m.etype,
                                            "origin": m.origin, "aliases": set()})
            if m.origin == "gazetteer":
                rec["origin"] = "gazetteer"
            surface = re.sub(r"^#|(?:’s|'s|’)$", "", text[m.start:m.end])
            if surface != m.name:
                rec["aliases"].add(surface)
            out.mentions.append({
                "mention_id": ids.span_id("mentions", sid, m.start, m.end, eid),
                "entity_id": eid, "source_id": sid,
                **span_fields(text, m.start, m.end, m.rule)})
        skip = [doc.title_span] if doc.title_span else []
        quotes = find_quotes(mask, doc.start, doc.end, sents, mentions, skip)
        for q in quotes:
            speaker, speaker_id = q.speaker, q.speaker_entity_id
            if speaker and speaker.lower() in ("i", "we", "me", "us"):
                speaker, speaker_id = _writer(doc, mentions)  # "…,” I told our employees
            out.quotes.append({
                "quote_id": ids.span_id("quotes", sid, q.start, q.end, "quote"),
                "source_id": sid, "speaker_entity_id": speaker_id,
                "speaker": speaker, **span_fields(text, q.start, q.end, q.rule)})
        default_year = int(doc.published_date[:4]) if doc.published_date else None
        prev_subject: Mention | None = None
        last_person: Mention | None = None
        person_org: Mention | None = None  # the organisation of the last named person
        previous = list_context = ""
        recent: list[str] = []  # the last sentences, for the context of a list
        table_header = ""  # the header line of the table being read, if any
        # Figures in the headline lines above the story, kept unless the story states them too.
        headline_metrics: list[dict] = []
        story_figures: set[tuple[float, str]] = set()
        in_headline = True
        yen = document_yen(mask[doc.start:doc.end])
        title_places = [m.name for m in mentions if m.etype == "PLACE" and doc.title_span
                        and doc.title_span[0] <= m.start < doc.title_span[1]]
        dollar = document_dollar(mask[doc.start:doc.end], title_places)
        words = document_currency_words(mask[doc.start:doc.end])
        for (s, e), is_prose in zip(sents, prose):
            sentence = mask[s:e]
            previous, sentence_before = sentence, previous
            if is_list_item(sentence):
                # the items of a list share its context: the heading line and the three
                # sentences before it ("… 2,045 units … / Top five EV brands: / 3. Kia – 870")
                if not is_list_item(sentence_before):
                    list_context = " ".join(recent)
                sentence_before = list_context
            recent = (recent + [sentence])[-4:]
            if "|" in sentence and not re.search(r"\d", sentence):
                table_header = sentence  # "Quarter | Deliveries | Vehicle margin"
            elif "|" in sentence and table_header:
                sentence_before = table_header  # a row counts what its header names
            if doc.source_type == "social_post":
                # a thread is one running text: its posts count what the thread counts
                sentence_before = f"{sentence_before} {thread_topic}"
                thread_topic = sentence if counted_topic(sentence) else thread_topic
            quantities = [q for q in find_quantities(sentence, sentence_before, yen, dollar, words)
                          + find_zero_rates(sentence)
                          + find_fractions(sentence)
                          + find_doublings(sentence)
                          if q.unit in unit_dimension()]
            if _QUESTION.search(sentence):  # a question asserts no figure ("… in 9 countries??")
                # but what a wh-question takes as given does: "How much does the 10% tariff
                # cost you?" (not "Is the $35k EV finally here?")
                wh = re.match(r"\W*(?:Q\s*[:.]\s*)?(?:how|what|why|when|where|who|which)\b",
                              sentence, re.I)
                quantities = [q for q in quantities if wh and re.search(
                    r"\b(?:the|its|their)\s+$", sentence[:q.start], re.I)]
            reading = _READING_TIME.search(sentence)
            if reading:  # "Six things that moved this week, in under 4 minutes": the digest's
                quantities = [q for q in quantities  # promise to its reader, not a fact
                              if not (reading.start("t") <= q.start < reading.end("t"))]
            if doc.title_span is None or s >= doc.title_span[0]:
                # (the tail of another page's sentence above the headline does not end it)
                in_headline = in_headline and not is_prose
            if not quantities and not is_claim_sentence(sentence, is_prose):
                continue
            in_sent = [m for m in mentions[bisect_left(starts, s):bisect_right(starts, e)]
                       if m.end <= e]
            quote_here = [q for q in quotes if s <= q.start - 1 < e or s < q.end <= e]
            speaker = speaker_of(sentence, s, in_sent)
            he_she = _HE_SHE.match(sentence) is not None
            if speaker is None and he_she and last_person is not None:
                speaker = last_person  # "He added that ..." continues the last named person
            speaker_id = speaker.entity_id if speaker else None
            if speaker_id is None and quote_here and quote_here[0].speaker_entity_id:
                speaker_id = quote_here[0].speaker_entity_id
            subject = subject_of(in_sent, speaker)
            if (subject is None or subject.etype in ("PLACE", "EVENT")) and \
                    _ANAPHOR.search(sentence):
                # "He said the company ...": the company of the person speaking
                subject = person_org if he_she and person_org is not None else (
                    prev_subject or subject)
            if subject is not None and subject.etype in ("ORG", "PRODUCT", "PERSON"):
                prev_subject = subject
            people = [m for m in in_sent if m.etype == "PERSON"]
            if people:
                same = last_person is not None and people[-1].entity_id == last_person.entity_id
                person_org = _org_of_person(in_sent, people[-1]) or (person_org if same else None)
                last_person = people[-1]
            cid = ids.span_id("claims", sid, s, e, "claim")
            out.claims.append({
                "claim_id": cid, "source_id": sid,
                "subject_entity_id": subject.entity_id if subject else None,
                "speaker_entity_id": speaker_id,
                "claim_type": claim_type(sentence),
                "time_ref": time_ref(sentence, default_year),
                **span_fields(text, s, e, "claims.sentence")})
            for q, measure in zip(quantities, _measures(quantities, sentence, sentence_before)):
                # No guess beyond the sentence and its anaphora: an unnamed subject stays empty
                # (and `validate` lists it as a warning) rather than defaulting to the article's
                # most-mentioned organisation.
                subj = _metric_subject(q, sentence, s, in_sent, subject)
                a, b = s + q.start, s + q.end
                value, value_max = signed_values(q, sentence, measure)
                if not in_headline:
                    story_figures.add((value, q.unit))
                (headline_metrics if in_headline else out.metrics).append({
                    "metric_id": ids.span_id("metrics", sid, a, b, f"{measure}|{q.unit}"),
                    "source_id": sid, "claim_id": cid,
                    "subject_entity_id": subj.entity_id if subj else None,
                    "measure": measure, "value": value, "value_max": value_max,
                    "unit": q.unit, "comparator": q.comparator,
                    "period": _period(sentence, q, default_year),
                    **span_fields(text, a, b, "metrics.zero_rate" if q.noun == "tariff"
                                  else "metrics.regex")})
        # A headline figure the story states again is the same fact: its row is the story's.
        out.metrics.extend(m for m in headline_metrics
                           if not _restated(m["value"], m["unit"], story_figures))
    for eid, rec in sorted(registry.items()):
        out.entities.append(EntityRecord(eid, rec["name"], rec["type"], rec["origin"],
                                         frozenset(rec["aliases"])))
    return out

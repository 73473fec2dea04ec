"""Small probes shared by the extractor tests: run one stage of the real extractor on a text
written for the test and return just what the test asserts on."""

from __future__ import annotations

from evclaims.extract import extract_seed
from evclaims.extract.documents import segment
from evclaims.extract.entities import find_mentions
from evclaims.extract.metrics import measure_for, signed_values
from evclaims.extract.numbers import find_quantities


def quantities(sentence: str, previous: str = "", yen: str = "CNY") -> list[tuple]:
    """(span text, value, value_max, unit, comparator) for each quantity in `sentence`."""
    return [(sentence[x.start:x.end], x.value, x.value_max, x.unit, x.comparator)
            for x in find_quantities(sentence, previous, yen)]


def signed(sentence: str) -> list[tuple[float, float | None, str]]:
    """(value, value_max, measure) for each quantity, with falls signed as the metric row is."""
    out = []
    for x in find_quantities(sentence):
        m = measure_for(x, sentence)
        out.append((*signed_values(x, sentence, m), m))
    return out


def measure_and_sign(sentence: str, text: str, previous: str = "") -> tuple[str, float]:
    """(measure, signed value) of the quantity whose span ends with `text`."""
    x = next(x for x in find_quantities(sentence) if sentence[x.start:x.end].endswith(text))
    m = measure_for(x, sentence, previous)
    return m, signed_values(x, sentence, m)[0]


def metric_rows(text: str) -> list[tuple]:
    """(text, value, value_max, unit, measure, comparator, subject) for each metric row."""
    ext = extract_seed("probe.txt", text)
    return [(m["text"], m["value"], m["value_max"], m["unit"], m["measure"], m["comparator"],
             m["subject_entity_id"]) for m in ext.metrics]


def metric_values(text: str) -> list[tuple[float, str, str]]:
    """(value, unit, comparator) for each metric row."""
    ext = extract_seed("probe.txt", text)
    return [(r["value"], r["unit"], r["comparator"]) for r in ext.metrics]


def quotes(text: str) -> list[tuple[str, str | None]]:
    """(quotation, speaker) pairs extracted from `text`, in order."""
    ext = extract_seed("probe.txt", text)
    return [(r["text"], r["speaker"]) for r in ext.quotes]


def entity_types(text: str) -> dict[str, str]:
    """Entity name -> type for the entities extracted from the whole of `text`."""
    return {e.name: e.entity_type for e in extract_seed("probe.txt", text).entities}


def mention_types(sentence: str) -> dict[str, str]:
    """Name -> type for the mentions the entity stage finds in one prose sentence."""
    return {m.name: m.etype for m in find_mentions(sentence, [(0, len(sentence))], [True])}


def mention_spans(text: str) -> list[tuple[str, str, str]]:
    """(span text, type, name) for the mentions found in `text` read as one prose sentence."""
    ms = find_mentions(text, [(0, len(text))], [True])
    return [(text[m.start:m.end], m.etype, m.name) for m in ms]


def story(text: str) -> str:
    """The page with everything but the story blanked out (the segmenter's mask)."""
    return segment(text).mask

"""Small probes shared by the extractor tests: run the real extractor on a text written for
the test and return just what the test asserts on."""

from __future__ import annotations

from evclaims.extract import extract_seed


def quotes(text: str) -> list[tuple[str, str | None]]:
    """(quotation, speaker) pairs extracted from `text`, in order."""
    ext = extract_seed("probe.txt", text)
    return [(r["text"], r["speaker"]) for r in ext.quotes]

"""Round 5: speaker descriptions and page furniture. Every sentence here is written for this
test (invented companies, people and figures)."""

from __future__ import annotations

from evclaims.extract import extract_seed
from evclaims.extract.documents import segment


def quotes(text: str) -> list[tuple[str, str | None]]:
    ext = extract_seed("probe.txt", text)
    return [(r["text"], r["speaker"]) for r in ext.quotes]


def metric_texts(text: str) -> list[str]:
    ext = extract_seed("probe.txt", text)
    return [text[r["start"]:r["end"]] if "start" in r else r.get("evidence", "")
            for r in ext.metrics]


def story(text: str) -> str:
    return segment(text).mask


# --- quotes ---------------------------------------------------------------------------------

def test_description_keeps_a_multi_word_hyphenated_place_adjective():
    text = ("Orbex Motors sold 12,400 cars in May.\n\nThe goal is one that a São Paulo-based "
            "analyst described as \"ambitious but doable\" on Friday.\n")
    assert quotes(text) == [("ambitious but doable", "a São Paulo-based analyst")]


def test_description_with_a_quantifier_and_place_modifiers():
    text = ("Volt Harbour raised its target.\n\nThe plan is what one New York-based analyst "
            "called \"a stretch at best\" this week.\n")
    assert quotes(text) == [("a stretch at best", "one New York-based analyst")]


def test_person_close_to_an_org_is_the_description_not_the_org():
    text = ("Kestrel Cells delayed its second line.\n\n\"We will not build ahead of demand,\" "
            "a person close to Kestrel Cells said. \"Orders are flat this spring.\"\n")
    assert quotes(text) == [("We will not build ahead of demand,", "a person close to Kestrel Cells"),
                            ("Orders are flat this spring.", "a person close to Kestrel Cells")]


def test_person_familiar_with_a_lowercase_object():
    text = ("Talks continued.\n\n\"No deal is close,\" one person familiar with the talks said.\n")
    assert quotes(text) == [("No deal is close,", "one person familiar")]


def test_the_company_as_speaker_resolves_to_the_org_named_before():
    text = ("Orbex recall widens\n\nOrbex Motors did not reply to questions. The company has said before that its "
            "updates are \"fixes, not recalls in any real sense.\"\n")
    assert quotes(text) == [("fixes, not recalls in any real sense.", "Orbex Motors")]


def test_description_with_an_of_name_modifier():
    text = ("Plant news\n\nThe cut was \"a response to weaker orders,\" a Volt of Iberia "
            "spokesperson said.\n")
    assert quotes(text) == [("a response to weaker orders,", "a Volt of Iberia spokesperson")]

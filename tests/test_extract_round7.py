"""Round 7: quote attribution (verb-first appositives, 'according to ORG's TITLE, NAME',
plural and described collective speakers, quoted phrases embedded in prose) and page furniture
after the story. Every sentence here is written for this test (invented companies, people
and figures)."""

from __future__ import annotations

from evclaims.extract import extract_seed


def quotes(text: str) -> list[tuple[str, str | None]]:
    ext = extract_seed("probe.txt", text)
    return [(r["text"], r["speaker"]) for r in ext.quotes]


# --- quotes ---------------------------------------------------------------------------------

def test_verb_first_appositive_names_the_person_not_the_org():
    text = ("Corvane Motors cut its prices.\n\n“We are not here for market share,” said "
            "Corvane Motors’ sales director, Helen Marsh. “We want repeat buyers.”\n")
    assert quotes(text) == [("We are not here for market share,", "Helen Marsh"),
                            ("We want repeat buyers.", "Helen Marsh")]


def test_according_to_an_org_title_then_name():
    text = ("Talon EV sold more cars.\n\n“Orders keep coming in,” according to Talon EV’s "
            "head of retail, Priya Natarajan, who said waits had grown to “about six weeks” "
            "in two regions.\n")
    assert quotes(text) == [("Orders keep coming in,", "Priya Natarajan"),
                            ("about six weeks", "Priya Natarajan")]


def test_plural_role_is_the_whole_word():
    text = ("Nordvik Auto launched a van.\n\nAnalysts called the price \"bold but "
            "workable\".\n")
    assert quotes(text) == [("bold but workable", "Analysts")]


def test_plural_role_said_before_a_partial_quote():
    text = ("Nordvik Auto launched a van.\n\nAnalysts said the launch was “a gamble that "
            "may pay off”.\n")
    assert quotes(text) == [("a gamble that may pay off", "Analysts")]


def test_collective_with_a_described_affiliation():
    text = ("Several makers eye Portugal.\n\nEconomists at one Lisbon fund said: \"Land is "
            "cheap and the port is close.\"\n")
    assert quotes(text) == [("Land is cheap and the port is close.",
                             "Economists at one Lisbon fund")]


def test_embedded_phrase_is_not_attributed_to_words_after_it():
    text = ("Pellon Cars chief executive Anna Lindqvist spoke on Monday.\n\nLindqvist said demand reached “record "
            "levels” in most states.\n")
    assert quotes(text) == [("record levels", "Anna Lindqvist")]

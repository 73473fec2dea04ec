"""Round 6: appositive speakers, 'according to', collective speakers, entity typing and
period phrases. Every sentence here is written for this test (invented companies, people
and figures)."""

from __future__ import annotations

from evclaims.extract import extract_seed


def quotes(text: str) -> list[tuple[str, str | None]]:
    ext = extract_seed("probe.txt", text)
    return [(r["text"], r["speaker"]) for r in ext.quotes]


# --- quotes ---------------------------------------------------------------------------------

def test_appositive_name_after_an_org_title_speaks():
    text = ("Velora Motors opened a plant in Porto.\n\n“We build where we sell,” Velora "
            "Motors’s head of manufacturing, Marta Quintela, told reporters on Tuesday.\n")
    assert quotes(text) == [("We build where we sell,", "Marta Quintela")]


def test_follow_on_quote_inherits_the_appositive_name():
    text = ("Kestrel Auto entered Chile.\n\n\"We start with two stores,\" Kestrel Auto's "
            "director for Latin America, Tomas Arriaga, said at the launch. "
            "\"More will follow next year.\"\n")
    assert quotes(text) == [("We start with two stores,", "Tomas Arriaga"),
                            ("More will follow next year.", "Tomas Arriaga")]


def test_according_to_names_the_speaker_of_a_partial_quote():
    text = ("Orbex Motors cut prices.\n\n“The old line was slow,” a company spokesperson said.\n"
            "\nAccording to Dana Whitfield, a battery analyst at Harbor Insights, the move "
            "“resets the market” for smaller rivals.\n")
    assert quotes(text)[-1] == ("resets the market", "Dana Whitfield")


def test_a_plural_group_that_describes_a_quote_is_its_speaker():
    text = ("Volt Harbour halved its prices.\n\nMarket observers described the cut as \"a "
            "declaration of war\" for rivals. Nina Poll, an analyst at Gridline, said "
            "margins would suffer. \"Nobody wins a price war,\" she said.\n")
    assert quotes(text)[0] == ("a declaration of war", "Market observers")

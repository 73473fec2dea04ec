"""Round 7: quote attribution (verb-first appositives, 'according to ORG's TITLE, NAME',
plural and described collective speakers, quoted phrases embedded in prose) and page furniture
after the story. Every sentence here is written for this test (invented companies, people
and figures)."""

from __future__ import annotations

from evclaims.extract import extract_seed
from probes import quotes


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


# --- furniture --------------------------------------------------------------------------------

def test_posts_and_comments_after_the_related_list_are_furniture():
    text = ("Pellon Cars sold 2,100 vans in May.\n\nRelated\nPellon opens a depot – 2 May 2025\n\n"
            "Got my Pellon van after 9 weeks, love it https://t.co/Ab12Cd34\n\n"
            "Reader comments\n- Sam P\nI paid $41k for mine last year.\n- 3 Jun 2025\n")
    ext = extract_seed("r.txt", text)
    assert [m["text"] for m in ext.metrics] == ["2,100 vans"]
    assert [s["source_type"] for s in ext.sources] == ["news_article"]


def test_posts_after_a_separator_are_a_new_source_again():
    text = ("Pellon Cars sold 2,100 vans in May.\n\nRelated\nPellon opens a depot – 2 May 2025\n"
            "— — —\nPellon shipped 800 vans to Chile https://t.co/Ef56Gh78\n")
    ext = extract_seed("s.txt", text)
    assert [s["source_type"] for s in ext.sources] == ["news_article", "social_post"]


def test_share_rows_are_furniture():
    text = ("Pellon cuts van prices\n\nBy Lena Ortiz | 4 April 2025 | Share: Facebook X "
            "WhatsApp Email\n\nPellon Cars cut the price of its van by 5%.\n\nShare this:\n"
            "Facebook X LinkedIn\n")
    ext = extract_seed("f.txt", text)
    assert ext.sources[0]["author"] == "Lena Ortiz"
    assert ext.sources[0]["published_date"] == "2025-04-04"
    names = {e.name for e in ext.entities}
    assert not names & {"Facebook", "LinkedIn", "WhatsApp"}

"""Round 5: speaker descriptions and page furniture. Every sentence here is written for this
test (invented companies, people and figures)."""

from __future__ import annotations

from probes import quotes
from evclaims.extract.documents import segment


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
    # round 8: the description keeps what the person is familiar with
    assert quotes(text) == [("No deal is close,", "one person familiar with the talks")]


def test_the_company_as_speaker_resolves_to_the_org_named_before():
    text = ("Orbex recall widens\n\nOrbex Motors did not reply to questions. The company has said before that its "
            "updates are \"fixes, not recalls in any real sense.\"\n")
    assert quotes(text) == [("fixes, not recalls in any real sense.", "Orbex Motors")]


def test_description_with_an_of_name_modifier():
    text = ("Plant news\n\nThe cut was \"a response to weaker orders,\" a Volt of Iberia "
            "spokesperson said.\n")
    assert quotes(text) == [("a response to weaker orders,", "a Volt of Iberia spokesperson")]


# --- page furniture ---------------------------------------------------------------------------

def test_ticker_bar_is_furniture():
    text = ("MARKETS | ORBX 41.20 ▲2.4% | 7711.T 905 ▼1.3% | VLTH 3.08 +0.7%\n\nOrbex rises\n\n"
            "Orbex Motors sold 12,400 cars in May.\n")
    mask = story(text)
    assert "2.4%" not in mask and "1.3%" not in mask and "12,400" in mask


def test_footer_postal_address_is_furniture():
    text = ("Orbex rises\n\nOrbex Motors sold 12,400 cars in May.\n\n"
            "Volt Weekly, 77 Harbour Road, Suite 12, Portland, OR 97201\n")
    mask = story(text)
    assert "77 Harbour" not in mask and "12,400" in mask


def test_decorated_sponsor_label_and_its_offer_are_furniture():
    text = ("Orbex rises\n\nOrbex Motors sold 12,400 cars in May.\n\n== SPONSORED ==\n"
            "Home charging sorted. Get 2 months free on PlugPal Plus with code VOLT2. "
            "Terms apply.\n\nThat is all for today.\n")
    mask = story(text)
    assert "2 months" not in mask and "12,400" in mask


def test_newsletter_tagline_is_furniture():
    text = ("THE VOLT LETTER\nYour daily ten-minute briefing on batteries\n\n"
            "Orbex Motors sold 12,400 cars in May.\n")
    assert "ten-minute" not in story(text)


def test_about_org_boilerplate_ends_a_press_release():
    text = ("Orbex Launches New Van\n\nOrbex Motors today launched the V9 van, priced from "
            "€39,900.\n\nAbout Orbex\nFounded in 2015, Orbex runs 1,400 charging stations "
            "in 30 cities.\n")
    mask = story(text)
    assert "39,900" in mask and "1,400" not in mask

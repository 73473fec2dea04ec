"""Round 8: pronoun speakers resolve to a named or described antecedent (or to nobody, never to
the pronoun), 'familiar with / close to / briefed on' descriptions keep their object, and an
'according to' later in the sentence attributes a quote. Every sentence here is written for
this test (invented companies, people and figures)."""

from __future__ import annotations

from probes import quotes


# --- 1. pronouns ----------------------------------------------------------------------------

def test_pronoun_resolves_to_a_described_person_in_the_previous_sentence():
    text = ("Corvane Motors cut its lease prices.\n\nI rang a fleet manager in Yorkshire about "
            "the offer. “Nobody in my office asks about the badge,” she said. “They ask about "
            "the monthly bill.”\n")
    assert quotes(text) == [("Nobody in my office asks about the badge,",
                             "a fleet manager in Yorkshire"),
                            ("They ask about the monthly bill.", "a fleet manager in Yorkshire")]


def test_pronoun_resolves_to_one_analyst():
    text = ("Talon EV raised its forecast.\n\nOne analyst was unconvinced. “The second half "
            "looks thin,” he told me.\n")
    assert quotes(text) == [("The second half looks thin,", "One analyst")]


def test_pronoun_with_no_antecedent_has_no_speaker():
    text = ("Talon EV raised its forecast.\n\nThe outlook was mixed. “The second half looks "
            "thin,” he told me.\n")
    assert quotes(text) == [("The second half looks thin,", None)]


def test_pronoun_before_the_quote_with_no_antecedent_has_no_speaker():
    text = ("Talon EV raised its forecast.\n\nThe outlook was mixed. She said the plan was "
            "“ambitious but doable” for now.\n")
    assert [s for _, s in quotes(text)] == [None]


def test_pronoun_prefers_the_nearest_named_person():
    text = ("Nordvik Auto opened a plant.\n\nA plant manager showed us round, then handed over "
            "to Helen Marsh. “We can double output by spring,” she said.\n")
    assert quotes(text) == [("We can double output by spring,", "Helen Marsh")]


def test_pronoun_after_name_and_apposition_is_the_name():
    text = ("Nordvik Auto opened a plant.\n\nHelen Marsh, an engineer at Nordvik Auto, "
            "led the tour. “We can double output by spring,” she said.\n")
    assert quotes(text) == [("We can double output by spring,", "Helen Marsh")]


# --- 2. close-to descriptions ---------------------------------------------------------------

def test_familiar_with_keeps_its_object():
    text = ("Talon EV plans a small car.\n\n\"It has to cost less than the bus pass,\" one "
            "person familiar with the startup's pricing said.\n")
    assert quotes(text) == [("It has to cost less than the bus pass,",
                             "one person familiar with the startup's pricing")]


def test_briefed_on_keeps_its_object():
    text = ("Talon EV plans a small car.\n\n“The launch slips to autumn,” said a source "
            "briefed on the talks.\n")
    assert quotes(text) == [("The launch slips to autumn,", "a source briefed on the talks")]


# --- 3. according to later in the sentence --------------------------------------------------

def test_according_to_after_a_quote_later_in_the_sentence():
    text = ("Nordvik Auto will build a van plant.\n\nThe site will host \"about 900 workers\" "
            "by 2028, according to the provincial council of Vestland, which owns the land.\n")
    assert quotes(text) == [("about 900 workers", "the provincial council of Vestland")]


def test_according_to_a_name_later_in_the_sentence():
    text = ("Nordvik Auto will build a van plant.\n\nThe site will host \"about 900 workers\" "
            "by 2028, according to Erik Solberg, who runs the project.\n")
    assert quotes(text) == [("about 900 workers", "Erik Solberg")]

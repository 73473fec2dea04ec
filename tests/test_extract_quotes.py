"""Quotes and speakers: quotation marks, attribution before and after, descriptions of unnamed
speakers, pronouns and 'according to'. Every sentence is written for these tests (invented
companies, people and figures)."""

from __future__ import annotations

import pytest

from evclaims.extract.pipeline import extract_seed
from evclaims.extract.quotes import double_marks, find_pairs
from evclaims.ids import slug

from probes import quotes


PODCAST = """at is why used prices keep falling, as this week's hosts explain.
Home  Shows  Video  Ep. 31: Can a $30k EV make money? | Charge Point Radio
Episode 31: Can a $30k EV make money?
Posted 3 Dec 2025 · 44 min listen · Hosted by Gus Ferreira & Nadia Okafor

In this episode Gus and Nadia look at the new small EVs.
[04:10] Around the market: MG cut the MG4 to $36,990, a saving of $3,000.
“That is the price that moves buyers,” says Gus.
[19:30] Listener mail: can a 7 kW charger fill a 60 kWh pack overnight? Nadia says yes.
"""


def test_pronoun_speaker_uses_the_last_named_person_and_their_company():
    text = ("Carmakers report\n\nBYD sold 300,000 cars in March. Maria Lopez, chief executive "
            "of Polestar, spoke on Monday. She added that the company aims to deliver 60,000 "
            "cars this year.\n")
    ext = extract_seed("probe.txt", text)
    m = next(m for m in ext.metrics if m["value"] == 60000.0)
    assert m["subject_entity_id"] == "org:polestar"
    claim = next(c for c in ext.claims if c["text"].startswith("She added"))
    assert claim["speaker_entity_id"] == "person:maria-lopez"


def test_quote_speaker_is_the_name_nearest_the_verb():
    text = ('Startups report\n\nNIO delivered 20,000 cars, and Xpeng said it had "more than '
            '30,000 orders" waiting.\n')
    ext = extract_seed("probe.txt", text)
    assert [q["speaker"] for q in ext.quotes] == ["Xpeng"]


def test_single_curly_quotes_pair_but_apostrophes_do_not():
    text = "‘Orbex’s margins are thin and getting thinner,’ said Tomas Lind, an analyst."
    pairs = find_pairs(text, 0, len(text))
    assert [text[a + 1:b] for a, b in pairs] == ["Orbex’s margins are thin and getting thinner,"]


def test_straight_single_quotes_pair_outside_double_quotes():
    text = "'We will not chase volume,' said Mara Quist. He said \"the 'old' plan\" was dead."
    inner = [text[a + 1:b] for a, b in find_pairs(text, 0, len(text))]
    assert "We will not chase volume," in inner
    assert "old" not in inner  # nested inside a double quotation


def test_speaker_after_verb_keeps_a_title_abbreviation():
    text = ("Lawmakers argued for hours.\n\n“The rebate is a windfall for the rich,” said "
            "Sen. Hollis Marrow, R-Kan., who wrote the amendment.\n")
    assert quotes(text) == [("The rebate is a windfall for the rich,", "Hollis Marrow")]


def test_unnamed_speaker_is_described_by_the_whole_subject():
    text = ("The plan drew mixed reviews.\n\nA senior treasury official, speaking on condition "
            "of anonymity, said the fund would open “well before the end of the year.”\n")
    assert quotes(text) == [("well before the end of the year.",
                             "A senior treasury official, speaking on condition of anonymity")]


def test_quote_after_single_quoted_one_continues_its_speaker():
    text = ("Analysts are wary.\n\n'Demand is softer than the order book suggests,' said Edda "
            "Voss, an analyst at Kettle Research. She estimated that dealers hold too much "
            "stock, meaning \"the discounts will keep coming for months.\"\n")
    assert [s for _, s in quotes(text)] == ["Edda Voss", "Edda Voss"]


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
    text = ("Orbex Motors cut prices.\n\n“The old line was slow,” a company spokesperson "
            "said.\n"
            "\nAccording to Dana Whitfield, a battery analyst at Harbor Insights, the move "
            "“resets the market” for smaller rivals.\n")
    assert quotes(text)[-1] == ("resets the market", "Dana Whitfield")


def test_a_plural_group_that_describes_a_quote_is_its_speaker():
    text = ("Volt Harbour halved its prices.\n\nMarket observers described the cut as \"a "
            "declaration of war\" for rivals. Nina Poll, an analyst at Gridline, said "
            "margins would suffer. \"Nobody wins a price war,\" she said.\n")
    assert quotes(text)[0] == ("a declaration of war", "Market observers")


def test_a_one_word_quote_with_a_named_source_is_kept():
    text = ("Orbex Motors cut 200 jobs.\n\nDemand remains “fragile”, according to Mia Holt, who "
            "runs a dealership in Bergen.\n\nRegulators warned against \"reckless\" discounting.\n")
    assert quotes(text) == [("fragile", "Mia Holt")]


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


def test_familiar_with_keeps_its_object():
    text = ("Talon EV plans a small car.\n\n\"It has to cost less than the bus pass,\" one "
            "person familiar with the startup's pricing said.\n")
    assert quotes(text) == [("It has to cost less than the bus pass,",
                             "one person familiar with the startup's pricing")]


def test_briefed_on_keeps_its_object():
    text = ("Talon EV plans a small car.\n\n“The launch slips to autumn,” said a source "
            "briefed on the talks.\n")
    assert quotes(text) == [("The launch slips to autumn,", "a source briefed on the talks")]


def test_according_to_after_a_quote_later_in_the_sentence():
    text = ("Nordvik Auto will build a van plant.\n\nThe site will host \"about 900 workers\" "
            "by 2028, according to the provincial council of Vestland, which owns the land.\n")
    assert quotes(text) == [("about 900 workers", "the provincial council of Vestland")]


def test_according_to_a_name_later_in_the_sentence():
    text = ("Nordvik Auto will build a van plant.\n\nThe site will host \"about 900 workers\" "
            "by 2028, according to Erik Solberg, who runs the project.\n")
    assert quotes(text) == [("about 900 workers", "Erik Solberg")]


@pytest.mark.parametrize("text, speaker", [
    ('The Ontario Auto Parts Alliance called the quota "a gift to Beijing," while Clean Drive '
     'Canada said it would help families.', "Ontario Auto Parts Alliance"),
    ('Their product lead Gao Yichen on Weibo: "We have added a second shift at Zhaoqing."',
     "Gao Yichen"),
    ('"We want equal pay for equal work," the UGT delegate at the plant, Luis Marco, told '
     'this newspaper.', "Luis Marco"),
    ('Sources at the plant put the start of production "between April and September" next '
     'year.', "Sources at the plant"),
    ("A sales manager at a BYD dealership in Chengdu told EV Wire that traffic was "
     "“about half of last year’s”.", "A sales manager at a BYD dealership in Chengdu"),
])
def test_quote_attribution_on_new_patterns(text, speaker):
    story = "EV makers report\n\n" + text + "\n"  # a headline first: the text is the story
    assert [s for _, s in quotes(story)] == [speaker]


def test_a_pronoun_reaches_back_past_a_sentence_that_only_continues_it():
    text = ("Zeekr sets UK prices\n\n“We want to be the best-value premium brand,” managing "
            "director Hannah Croft told us. She said the brand would open 12 retail sites by "
            "June. “This time we’re putting ours in writing,” she added.\n")
    assert [s for _, s in quotes(text)] == ["Hannah Croft", "Hannah Croft"]


@pytest.mark.parametrize("text, speaker", [
    ("Zeekr UK is run by managing director Hannah Croft. Croft admitted that resale values "
     "would be “the real test” for the brand.", "Hannah Croft"),
    ("6/ A cell maker's CFO put it to me bluntly: “Below this price nobody makes money.”",
     "A cell maker's CFO"),
    ("Tom Reyes at Ampere Analytics reckons the glut lasts “until 2027 at least”.", "Tom Reyes"),
])
def test_more_attribution_verbs_and_described_speakers(text, speaker):
    story = "Battery prices slide\n\n" + text + "\n"
    assert [s for _, s in quotes(story)] == [speaker]


def test_a_quotation_that_runs_into_the_next_paragraph():
    text = ("Toyota plans local batteries\n\n“The gap is large,” Takeshi Aoyagi said. “We "
            "intend to close more than half of it.\n\n“After that, it is a question of "
            "software, not cost.”\n")
    assert quotes(text) == [("The gap is large,", "Takeshi Aoyagi"),
                            ("We intend to close more than half of it.", "Takeshi Aoyagi"),
                            ("After that, it is a question of software, not cost.",
                             "Takeshi Aoyagi")]


@pytest.mark.parametrize("text, speaker", [
    ("Lars Henning said sales rose. Country manager Sabine Krauß was vaguer: the T03 had found "
     "“several thousand” buyers, she said, and output would rise.", "Sabine Krauß"),
    ('The plant needs 70% to break even, said Omar Salem of Cairo-based Delta Capital: '
     '"Without export volumes, the numbers do not work."', "Omar Salem"),
    ("Minister of Industry Karim Abdel-Wahab said: “This is the largest investment yet.”",
     "Karim Abdel-Wahab"),
])
def test_attribution_after_a_colon_a_later_pronoun_or_a_title(text, speaker):
    assert [s for _, s in quotes("Plant news\n\n" + text + "\n")] == [speaker]


def test_a_description_stops_before_what_the_speaker_did():
    text = ("GWM update\n\nA GWM spokesperson in Munich declined to give job numbers but called "
            "Germany “a strategic market”.\n")
    assert quotes(text) == [("a strategic market", "A GWM spokesperson in Munich")]


def test_a_question_signed_after_a_dash():
    text = ('Reader questions\n\nQ: "Did you factor in depreciation?" – Priya, Leeds\n\n'
            'Q: "Is the 60kW charging speed a problem?" – Dave K.\n')
    assert quotes(text) == [("Did you factor in depreciation?", "Priya"),
                            ("Is the 60kW charging speed a problem?", "Dave K.")]


def test_a_definite_description_is_the_speaker_described_before():
    text = ("Credit rules\n\nA Treasury spokesperson said: “The rules are clear.” Senators "
            "objected. “We expect most projects to comply,” the spokesperson said.\n")
    assert [s for _, s in quotes(text)] == ["A Treasury spokesperson"] * 2


def test_an_unclosed_paragraph_shares_the_speaker_of_its_continuation():
    text = ("Union anger\n\n“Stellantis is giving Spain the cars.\n“One line should be in "
            "Italy,” said Rocco Martelli, a union leader.\n")
    assert [s for _, s in quotes(text)] == ["Rocco Martelli", "Rocco Martelli"]


def test_the_authority_is_the_organisation_named_before():
    text = ("Recall\n\nGermany's Federal Motor Transport Authority ordered the recall on Monday. "
            "“Vehicles built in 2023 are affected,” the authority said.\n")
    assert [s for _, s in quotes(text)] == ["Federal Motor Transport Authority"]


def test_titles_like_mp_and_roles_after_a_name_type_people():
    text = ("Bus plant\n\nLabour MP Gareth Hollins said: “This is the biggest investment in a "
            "generation.”\n\nBut Dawn Mallory, regional officer for Unite, said the union would "
            "push for more. “We welcome the jobs,” she told the Courier.\n")
    assert [s for _, s in quotes(text)] == ["Gareth Hollins", "Dawn Mallory"]


def test_a_podcast_page_credits_its_hosts_who_speak_by_first_name():
    ext = extract_seed("t.txt", PODCAST)
    src = ext.sources[0]
    assert (src["title"], src["published_date"]) == ("Episode 31: Can a $30k EV make money?",
                                                     "2025-12-03")
    assert [q["speaker"] for q in ext.quotes] == ["Gus Ferreira"]
    ents = {e.name: e.entity_type for e in ext.entities}
    assert ents.get("Nadia Okafor") == "PERSON" and "Around" not in ents
    assert "Listener" not in ents and "$30k" not in [m["text"] for m in ext.metrics]


def test_a_title_before_a_name_does_not_become_the_description():
    text = ("“We came to build cars here,” said the company's president, Ricardo Menezes, "
            "at the plant.\n")
    assert [s for _, s in quotes(text)] == ["Ricardo Menezes"]


def test_a_capitalised_name_ending_in_a_person_noun_is_no_description():
    text = ("Dealers reacted on Monday.\n‘Dealers are raising prices,’ Murat Aksoy, chairman of the Vehicle Dealers "
            "Platform, told reporters. ‘Stock will be sold at the old price.’\n")
    assert [s for _, s in quotes(text)] == ["Murat Aksoy", "Murat Aksoy"]


def test_two_single_marks_make_a_double_quotation_mark():
    text = "‘‘We will open ten stores,’’ Cr Ana Lindqvist said. Others disagreed.\n"
    assert quotes(text) == [("We will open ten stores,", "Ana Lindqvist")]


@pytest.mark.parametrize("text, quote, speaker", [
    ("«We will build 90,000 cars here,» said Maria Rossi.", "We will build 90,000 cars here,",
     "Maria Rossi"),
    ("« We will build 90,000 cars here », said Maria Rossi.", "We will build 90,000 cars here",
     "Maria Rossi"),
    ("„We will build 90,000 cars here“, said Klaus Weber.", "We will build 90,000 cars here",
     "Klaus Weber"),
])
def test_guillemets_and_low_opening_marks(text, quote, speaker):
    assert quotes("Plant news.\n" + text + "\n") == [(quote, speaker)]


def test_double_marks_keeps_every_offset():
    text = "a ‘‘b’’ c ‘d’ e’s"
    out = double_marks(text)
    assert len(out) == len(text) and out.index("“") == 3 and out.index("”") == 5
    assert out[10:13] == "‘d’" and out.endswith("e’s")  # single quotes and apostrophes stay


@pytest.mark.parametrize("text, speaker", [
    # any modifier words before the person noun belong to the description
    ("“Nobody will pay that,” one German utility executive said, asking not to be named.\n",
     "one German utility executive"),
    ("“Book three months ahead,” the chap at the DVLA counter told me.\n",
     "the chap at the DVLA counter"),
    ("“The floor is not in sight,” said a Shanghai-based trader who asked not to be "
     "identified.\n", "a Shanghai-based trader who asked not to be identified"),
    ("“It is a platform,” said one dealer in Shenzhen.\n", "one dealer in Shenzhen"),
    ("“Below cost, nobody wins,” a cell maker's finance officer said.\n",
     "a cell maker's finance officer"),
])
def test_unnamed_speakers_are_described_in_full(text, speaker):
    assert [s for _, s in quotes(text)] == [speaker]


@pytest.mark.parametrize("title", ["Cr", "Cllr", "Councillor", "Sgt"])
def test_titles_stay_out_of_speaker_names(title):
    text = f"“The utes pay for themselves,” {title} Josie Marchetti said.\n"
    assert quotes(text) == [("The utes pay for themselves,", "Josie Marchetti")]


@pytest.mark.parametrize("text, speaker", [
    # an embedded quotation whose clause ends in "…, said NAME"
    ("The deal “removes a big question mark” over the unit, said Choi Hyun-jin, an analyst at "
     "Namsan Securities.\n", "Choi Hyun-jin"),
    # a three-word name before "of ORG", then the surname alone with a colon
    ("Tesla's share fell.\nAccording to Mei Lin Park of Crestline Research, share fell. Park "
     "said: “The second quarter depends on the ramp.”\n", "Mei Lin Park"),
    # 'the spokesperson' after a fuller description in prose
    ("A spokesperson for the Dealers Alliance said stores hold 9,600 EVs. “Lots are full,” "
     "the spokesperson said.\n", "A spokesperson for the Dealers Alliance"),
    # "…, she added, …" before the quote: she, not the company named in the clause
    ("Dai Meiling spoke first. The Proton-run plant would build 20,000 cars a year, she added, "
     "with output starting “within 18 months”.\n", "Dai Meiling"),
])
def test_more_speakers(text, speaker):
    assert [s for _, s in quotes(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # a participle attributes a quotation ("…, writing that … “…”")
    ("Marcus Feld of Halvorsen Securities kept a hold rating, writing that the cut "
     "“overshadows a good margin story.”\n", "Marcus Feld"),
    # a C-suite title is no part of the name
    ("“We took cost out,” Chief Financial Officer Dana Whitcomb said on the call.\n",
     "Dana Whitcomb"),
])
def test_participles_and_c_suite_titles(text, speaker):
    assert [s for _, s in quotes("Analysts were split.\n" + text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # a description, then the name in apposition, after the quotation
    ("Buses run across Friesland and Drenthe.\n“Depots need a grid upgrade first,” the "
     "province of Friesland's mobility councillor, Noor Bakker, said in a statement.\n",
     "Noor Bakker"),
    # a description, then a company in apposition, before it
    ("The new Leapmotor importer, Kestrel Auto Group, called the cut a “fair reset for "
     "buyers” on Friday.\n", "Kestrel Auto Group"),
])
def test_a_name_in_apposition_to_a_description_speaks(text, speaker):
    assert [s for _, s in quotes("Prices moved again.\n" + text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # a possessive names whose words follow the colon
    ("Charging at home costs 2.4p a mile. My brother-in-law's verdict: “It's quieter than "
     "the old diesel.”\n", "My brother-in-law"),
    # a role with its article dropped, as forum posters write
    ("Parts manager at my local BYD dealer told me: \"Most cold-weather complaints come from "
     "cars without a heat pump.\"\n", "Parts manager at my local BYD dealer"),
])
def test_speakers_a_forum_poster_describes(text, speaker):
    assert [s for _, s in quotes("Prices moved again.\n" + text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ("“We will not cut prices again,” said Wang Chuanfu, BYD's chairman.", "Wang Chuanfu"),
    ("“Demand is there,” Tesla CEO Elon Musk told analysts on Wednesday.", "Elon Musk"),
    ("Elon Musk, Tesla's chief executive, said: “Demand is there.”", "Elon Musk"),
    ("“Prices will fall further,” predicted Zhang Yu, an analyst at Rhodium.", "Zhang Yu"),
    ("Asked about tariffs, Ola Källenius replied: “We will adapt.”", "Ola Källenius"),
    ("“This is a good day for workers,” UAW President Shawn Fain said in a statement.",
     "Shawn Fain"),
    ("“The numbers speak for themselves,” Nio founder William Li wrote on Weibo.", "William Li"),
    ("“It's unsustainable,” a senior executive at a Chinese carmaker said, asking not to be "
     "named.", "a senior executive at a Chinese carmaker"),
    ("Prof. John Smith of the University of Leeds said the cells were “remarkably stable”.",
     "John Smith"),
    # an organisation's title, the person unnamed or named before
    ("“We were wrong,” the Li Auto founder admitted.", "the Li Auto founder"),
    ("Li Xiang, Li Auto's founder, spoke in May. Sales fell.\n“We were wrong,” the Li Auto "
     "founder admitted.", "Li Xiang"),
    # ORG, title, NAME after the verb; NAME of ORG before a colon
    ("“2026 is the year of the small EV,” says Jato Dynamics analyst Felipe Munoz.",
     "Felipe Munoz"),
    ("Felipe Munoz of Jato Dynamics thinks otherwise: “The small EV is dead in Europe.”",
     "Felipe Munoz"),
])
def test_common_attribution_forms(text, speaker):
    assert [s for _, s in quotes("Markets moved.\n" + text + "\n")][-1:] == [speaker]


@pytest.mark.parametrize("text, speakers", [
    # a title in capitals is no name
    ("Aušra Kazlauskienė, Chief Fleet Officer, added: \"Our drivers took two trucks over "
     "15,000 km.\"", ["Aušra Kazlauskienė"]),
    # a straight single mark opens a new sentence, which continues the speaker
    ("'Dealers have raised list prices,' Murat Aksoy, chairman of the EV Dealers Platform, "
     "told Dünya. 'Stock that arrived in January will be sold at the old price.'",
     ["Murat Aksoy", "Murat Aksoy"]),
])
def test_titles_in_capitals_and_single_marks_between_sentences(text, speakers):
    assert [s for _, s in quotes("Prices.\n" + text + "\n")] == speakers


def test_a_described_speaker_in_a_place_that_reads_like_a_name():
    text = ("Prices fell.\n“Price wars are for Bangkok; buyers upcountry want service,” one "
            "dealer in Khon Kaen said.\n")
    assert [s for _, s in quotes(text)] == ["one dealer in Khon Kaen"]


@pytest.mark.parametrize("text, speaker", [
    ("Minister of Energy and Industry Khalid bin Faisal Al-Thani said: “The plant is "
     "strategic.”", "Khalid bin Faisal Al-Thani"),
    ("“We welcome it,” said Sheikh Hamad bin Tamim Al Nuaimi.", "Hamad bin Tamim Al Nuaimi"),
])
def test_patronymic_names_and_a_two_part_office(text, speaker):
    assert [s for _, s in quotes("Trade rose.\n" + text + "\n")] == [speaker]


def test_a_person_named_only_with_an_honorific_keeps_it():
    text = ("Swaps are cheap.\n“We can hit 600,” the station manager, a Mr Wang, told me.\n"
            "Fleet boss Darren Pye agreed. “We save,” Mr Pye said.\n")
    assert [s for _, s in quotes(text)] == ["Mr Wang", "Darren Pye"]


@pytest.mark.parametrize("text, speaker", [
    ("As one Shanghai forwarder put it to me: “Belgium is a car park, not a market.”\n",
     "one Shanghai forwarder"),
    ("“We can't book a ro-ro slot before March,” Wang Jun, who runs a car-carrier desk in "
     "Ningbo, told me.\n", "Wang Jun"),
    # a company described by a trade noun is no antecedent for "she"
    ("I asked Nadia Farouk of the importer Harbour Link Motors what she tells customers. "
     "“Budget three months,” she said.\n", "Nadia Farouk"),
])
def test_trade_nouns_and_given_names_that_are_common_words(text, speaker):
    assert [s for _, s in quotes("Exports fell.\n" + text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ("The salesman, Dan, reckoned prices had “dropped 10 to 15 per cent since Christmas”.\n",
     "Dan"),
    ("“This is what climate action looks like,” said Coun. Marguerite Bélanger.\n",
     "Marguerite Bélanger"),
    ("“Exports help, but not enough,” said Daniel Okafor of Morgan Stanley.\n",
     "Daniel Okafor"),
])
def test_first_names_alone_council_titles_and_banks(text, speaker):
    assert [s for _, s in quotes("Prices fell.\n" + text)] == [speaker]


def test_accented_capitals_start_names_and_slug_to_ascii():
    text = ("Reviva opens.\n“Every tonne counts,” said Émilie Gagnon, co-founder of Reviva. "
            "“We build now.”\nGagnon said the plant opens in 2026.\n")
    assert [s for _, s in quotes(text)] == ["Émilie Gagnon", "Émilie Gagnon"]
    assert (slug("Łódź"), slug("Øresund"), slug("Škoda")) == ("lodz", "oresund", "skoda")


def test_the_company_as_speaker_is_the_story_s_company():
    text = ("Xpeng delivered 42,013 cars. Xpeng shares rose; Nio fell.\n"
            "“October is our sixth record month,” the company said.\n")
    assert [s for _, s in quotes(text)] == ["Xpeng"]


def test_a_possessive_pronoun_before_a_colon_is_resolved():
    text = ("Lithium\n\nI asked a Santiago mining analyst what changes this. Her answer: "
            "“Nothing changes until the price is back above $15,000.”\n")
    assert quotes(text) == [("Nothing changes until the price is back above $15,000.",
                             "a Santiago mining analyst")]


def test_a_described_speaker_before_a_colon_is_the_description_not_the_org():
    text = ("Tax\n\nQuote from the Tax Authority spokesperson: “The benefit was always meant "
            "to be temporary.”\n")
    assert quotes(text) == [("The benefit was always meant to be temporary.",
                             "the Tax Authority spokesperson")]


def test_an_interview_answer_is_the_interviewees():
    text = ("Polestar boss on tariffs\n\nWe spoke to its managing director, Matt Galvin.\n\n"
            "Q: Did the price cut work?\nA: “It did. Orders rose by about a third.”\n")
    assert quotes(text) == [("It did. Orders rose by about a third.", "Matt Galvin")]


def test_i_in_an_attribution_is_the_letters_signer():
    text = ("Letter from the CEO\n\n“Electric buses are the operation,” I told our employees "
            "in March.\n\nKari Nordheim\nChief Executive Officer\n")
    assert quotes(text) == [("Electric buses are the operation,", "Kari Nordheim")]
    assert extract_seed("p.txt", text).sources[0]["author"] == "Kari Nordheim"


def test_a_lowercase_c_suite_title_before_a_name_is_no_speaker():
    text = "Vans\n\n“This is the biggest step yet,” said chief operating officer Ricky Chan.\n"
    assert quotes(text) == [("This is the biggest step yet,", "Ricky Chan")]


@pytest.mark.parametrize("text, expected", [
    ("Owners\n\n“Honestly? It’s the best car I’ve owned,” laughs Maria Gonzalez, a nurse from "
     "Valencia.\n", [("Honestly? It’s the best car I’ve owned,", "Maria Gonzalez")]),
    ("Plans\n\n“The factory will open in May,” according to a statement from Geely.\n",
     [("The factory will open in May,", "a statement from Geely")]),
    # "recalls" is a noun in car news: not an attribution verb
    ("Recalls\n\nTesla did not reply. The company has said most of its recalls are “software "
     "updates, not recalls in the traditional sense.”\n",
     [("software updates, not recalls in the traditional sense.", "Tesla")]),
])
def test_more_speech_verbs_and_a_description_ending_the_sentence(text, expected):
    assert quotes(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Plant\n\n“This is the largest investment in a decade,” said the regional minister for the "
     "economy, Marta Lasheras.\n",
     [("This is the largest investment in a decade,", "Marta Lasheras")]),
    ("Plant\n\nBajío Auto Insights sees exports rising. “That is too many cars for Mexico "
     "alone,” said its director, Ramiro Tovar.\n",
     [("That is too many cars for Mexico alone,", "Ramiro Tovar")]),
    ("Letters\n\nReader Colin Ashdown, who runs a G6 in Cumbria, wrote in: ‘The heated seats "
     "are the best thing about it.’\n",
     [("The heated seats are the best thing about it.", "Colin Ashdown")]),
    ("Costs\n\nThe Ohme ePod was £899 fitted and my installer said \"it'll pay for itself "
     "inside two years\" which, er, we'll see.\n",
     [("it'll pay for itself inside two years", "my installer")]),
])
def test_a_described_office_then_its_holder_a_reader_label_and_my_installer(text, expected):
    assert quotes(text) == expected


def test_a_one_word_verdict_after_called_is_a_quote_but_a_scare_quote_is_not():
    assert quotes("Duties\n\nA spokeswoman for SAIC Motor called the rate \"unjustified\" and "
                  "said the company would appeal.\n") == [
        ("unjustified", "A spokeswoman for SAIC Motor")]
    assert quotes("Casting\n\nThe so-called \"gigacasting\" method is spreading.\n") == []

"""Conventions that vary between publishers, grouped by pipeline stage: page structure and
furniture (headlines, lists, forum threads, widgets), numbers and units (currencies, rates,
signs, counts), quotation marks and speakers, and entities.

Every text here is written for this test.
"""

from __future__ import annotations

import pytest

from evclaims.extract.metrics import measure_for, signed_values
from evclaims.extract.numbers import find_quantities
from evclaims.extract.pipeline import _restated, extract_seed
from evclaims.extract.quotes import double_marks


def _quotes(text: str) -> list[tuple[str, str | None]]:
    return [(q["text"], q["speaker"]) for q in extract_seed("t.txt", text).quotes]


def _types(text: str) -> dict[str, str]:
    """Entity name -> type for the entities extracted from `text`."""
    return {e.name: e.entity_type for e in extract_seed("t.txt", text).entities}


# --- page structure: headlines, lists, forum threads and furniture ------------------------

THREAD = """r/electricvehicles · 1.2m members
Posted by u/glen_driver · 3d
Winter range – real numbers from the Highlands
412 points · 97 comments

In summer I got 250 miles from a full charge. This week I averaged 175 miles.

▲ 188 ▼ u/fjord_volt · 3d
> I averaged 175 miles
At -15°C my Dolphin uses 21.5 kWh/100km and home charging costs around €2.40 per 100 km.
"""


@pytest.mark.parametrize("line", [
    "312 shares  Facebook  X  WhatsApp",
    "Sponsored · Sell your EV in 24 hours. Get an instant offer →",
    "Reminder: no dealer ads or referral codes. Thread pinned for 7 days.",
    "Only $1 for 4 weeks, then $75 a month. Subscribe",
    "Enjoyed this? Get new posts by email and join 4,800 other readers. Subscribe",
    "Try 4 weeks for €1",
    "To keep reading, subscribe for $1 a week for 52 weeks. Already a subscriber? Sign In",
    "Cut depot charging costs by up to 40% with GridDepot smart chargers. Book a demo »",
    "Unsubscribe · Manage preferences · © 2025 The Circuit, 88 Market Street, Singapore",
    "Share  Facebook  X  LinkedIn  |  23 comments",
    "MOST READ  NEVI round three: $380M for 11 states (Feb 27)",
    "Recent posts: Home charger installed for £799 (14 Apr) · Heat pumps (2 Mar)",
    "Mais lidas\n1. Salvador metro extension gets R$900 mi – 12/03",
    "Like · Comment · Repost · Send\nSian Roberts • Fleet Consultant\nWe saw 58% savings.",
    "Posted 7 Nov 2025 · 58 min listen · Hosted by Dave Kowalski",
    "This episode is brought to you by VoltBox. Get 15% off installation with code WATTS15.",
    "Subscribe on Spotify or YouTube and join 42,000 listeners. Rate us 5 stars!",
    "Was this guide helpful? 4.6 out of 5 (1,208 ratings)",
    "Premium members only: 3 free articles left this month",
    "Continue reading: Nio raises $1bn in 3 days",
    "Promoted stories\nThis $29 gadget cuts your power bill by 40%",
    "Around the web\nOne trick to cut 10kg",
    "From our partners\nGet 3 months of EV insurance for $1",
    "Disclosure: the author owns 200 shares of Tesla.",
    "People also read\nTesla's Q3: 497,000 deliveries",
    "Up next\nHow we test range: 3 laps of 100 km",
    "Rate this article: ★★★★☆ (4.2/5 from 311 votes)",
    "What do you think? Let us know in the comments below.\nPeter: 500 km easily.",
    "Reader reactions\n\"I paid 20% less\" – Tom, Bristol",
])
def test_furniture_lines_give_no_metrics(line):
    """Share rows, ads, paywall offers, widgets, moderation and podcast lines (one per case)."""
    text = f"Tesla sold 1,200 cars in Oslo in May, the importer said.\n{line}\n"
    assert [m["text"] for m in extract_seed("t.txt", text).metrics] == ["1,200 cars"]


def test_an_ad_label_inside_the_story_does_not_end_it():
    text = ("BYD sold 300,000 cars in May.\nStory continues below advertisement\n"
            "It also sold 20,000 vans in June, the company said.\n")
    assert [m["text"] for m in extract_seed("t.txt", text).metrics] == [
        "300,000 cars", "20,000 vans"]


@pytest.mark.parametrize("headline, story, restated", [
    (1.9e6, 1.87e6, True),    # "$1.9m" in the headline, "$1.87 million" in the story
    (200000.0, 203500.0, True),
    (1.5, 1.46, True),
    (20000.0, 24000.0, False),  # rounds to it at one digit, but 20% away: another figure
    (1.9e6, 1.84e6, False),     # rounds to 1.8m
])
def test_a_headline_figure_the_story_states_more_precisely_is_the_same(headline, story,
                                                                       restated):
    assert _restated(headline, "USD", {(story, "USD")}) is restated
    assert _restated(headline, "USD", {(story, "EUR")}) is False


def test_a_rounded_headline_figure_is_one_row():
    text = ("Council approves $1.9m electric ute fleet\n"
            "The council approved a $1.87 million contract for 24 utes on Tuesday.\n")
    values = sorted(m["value"] for m in extract_seed("t.txt", text).metrics)
    assert values == [24.0, 1870000.0]


def test_a_ranking_list_counts_what_the_paragraph_before_it_counts():
    text = ("Buyers registered 9,214 new EVs. BYD slid 6% to 2,045 units.\n"
            "Top five EV brands, October:\n1. Tesla – 2,380\n2. BYD – 2,045\n3. Kia – 870\n")
    got = {m["text"]: m["unit"] for m in extract_seed("t.txt", text).metrics}
    assert got["870"] == "vehicle" and got["2,380"] == "vehicle"


def test_a_story_line_glued_to_a_subscribe_link_keeps_its_figures():
    text = ("Lithium rose 4% on Monday, extending gains from last week's rally. Sign In | "
            "Subscribe\nCobalt fell 2% on the week.\n")
    assert "4%" in [m["text"] for m in extract_seed("t.txt", text).metrics]


def test_a_ranking_of_models_reads_the_paragraph_before_its_heading():
    text = ("Chinese carmaker XPeng registered 1,412 new cars in Denmark in January. Its G6 "
            "was the third best-selling model. The top five:\n1. Tesla Model Y – 1,096\n"
            "2. Volkswagen ID.4 – 842\n")
    got = {m["text"]: (m["unit"], m["measure"]) for m in extract_seed("t.txt", text).metrics}
    # the cue nearest the list ("best-selling") names the measure
    assert got["1,096"] == ("vehicle", "sales") and got["842"][0] == "vehicle"


def test_replies_below_a_comment_sort_control_are_comments():
    text = THREAD.replace("▲ 188 ▼", "Sort by: Best\n\n▲ 188 ▼")
    assert "-15°C" not in [m["text"] for m in extract_seed("t.txt", text).metrics]


def test_a_weather_widget_is_furniture():
    text = "Santiago 14°C | USD/CLP 947.20\nBYD will supply 214 buses to Santiago.\n"
    assert [m["text"] for m in extract_seed("t.txt", text).metrics] == ["214 buses"]


def test_a_widget_list_inside_a_story_does_not_end_it():
    text = ("Lithium fell 2% on the week, traders said.\n\nLatest posts\n"
            "• Ganfeng H1 profit slumps 38% — 18 Nov\n"
            "Get the Friday Price Wrap free: join 12,000 industry readers\n\n"
            "Traders said a rebound would depend on whether regulators curb output at "
            "lepidolite mines in Jiangxi, which supply about 12% of global lithium supply.\n")
    got = [m["text"] for m in extract_seed("t.txt", text).metrics]
    assert "about 12%" in got and "38%" not in got


def test_a_trending_list_glued_to_the_navigation_is_furniture():
    text = ("HomeBusinessTrending: 1. Gold price today: SR412 a gram 2. Ceer plant opensCeer "
            "opens EV plant\nCeer opens EV plant\nCeer will build 30,000 vehicles a year.\n")
    got = [m["text"] for m in extract_seed("t.txt", text).metrics]
    assert got == ["30,000 vehicles a year"]


def test_a_headline_figure_the_story_counts_in_other_words_is_one_row():
    text = ("Argentina sets tariff as duty-free quota runs out\n"
            "The zero-duty quota of 50,000 cars is almost gone\n"
            "Some 46,800 of the 50,000 duty-free slots had been taken by May, the ministry said.\n")
    got = [m["text"] for m in extract_seed("t.txt", text).metrics]
    assert "50,000 cars" not in got and len([g for g in got if "50,000" in g]) == 1


@pytest.mark.parametrize("line, iso", [
    ("Monday, November 3, 2025", "2025-11-03"),
    ("Published: Monday 3 November 2025 08:00 GMT", "2025-11-03"),
    ("3rd November 2025", "2025-11-03"),
    ("November 3rd, 2025", "2025-11-03"),
    ("2025-11-03T08:00:00Z", "2025-11-03"),
    ("Mon 3 Nov 2025 08.00 GMT", "2025-11-03"),
    ("May 2025", None),  # a month is no publication date
])
def test_date_lines_with_weekdays_ordinals_and_iso_times(line, iso):
    from evclaims.extract.documents import parse_date
    assert parse_date(line) == iso


def test_an_author_named_with_a_handle_under_the_date_is_a_byline_not_a_post():
    text = ("Tesla's China sales slide\nPublished Wed, Dec 4 2024 8:47 AM EST\n"
            "Evelyn Hart @EvHartTV\nShare Share Article via Facebook Share Article via X\n"
            "Tesla sold 61,240 China-made cars in November, the association said.\n")
    ext = extract_seed("t.txt", text)
    assert [(s["source_type"], s["author"], s["published_date"]) for s in ext.sources] == [
        ("news_article", "Evelyn Hart", "2024-12-04")]
    assert [m["text"] for m in ext.metrics] == ["61,240 China-made cars"]


def test_navigation_glued_to_a_repeated_headline_is_not_story():
    text = ("☰ New Cars  News  Sign In | Register  Home › News MG Windsor EV crosses 40,000 "
            "sales\nMG Windsor EV crosses 40,000 sales\nBy Rohan K | Updated: Nov 04, 2025\n\n"
            "JSW MG Motor India sold 6,215 electric vehicles in October, its best month yet.\n")
    ext = extract_seed("t.txt", text)
    assert ext.sources[0]["title"] == "MG Windsor EV crosses 40,000 sales"
    assert "6,215 electric vehicles" in [m["text"] for m in ext.metrics]
    assert all(m["char_start"] >= text.index("MG Windsor") for m in ext.metrics)


def test_replies_in_a_forum_thread_are_its_story_but_quoted_lines_are_not():
    got = {m["text"]: (m["value"], m["unit"]) for m in extract_seed("t.txt", THREAD).metrics}
    assert got["-15°C"] == (-15.0, "degC")
    assert got["21.5 kWh/100km"] == (21.5, "kWh/100km")
    assert got["around €2.40 per 100 km"] == (0.024, "EUR/km")
    assert list(got).count("175 miles") == 1  # the reply's "> …" quotation is not a new row


PAGE = """Kei cars get a Chinese rival
Shenzhen brand to sell its minicar from ¥2.4 million, targets 90 dealers by 2027
By Aiko Tanaka, Staff Writer | 2025/08/14 7:00 | Updated 2025/08/14 12:10
The brand runs 48 showrooms today and aims for 90 by the end of 2027, its Japan head said.
Related Articles
Honda N-Box keeps top spot for 5th straight year
Share: Facebook | X | LINE | Print
Dealers contacted by Kanto Motor Weekly were divided. One in Sendai said it had taken 35 inqu"""


def test_a_standfirst_keeps_the_header_and_a_cut_off_paragraph_resumes_the_story():
    ext = extract_seed("t.txt", PAGE)
    src = ext.sources[0]
    assert (src["author"], src["published_date"]) == ("Aiko Tanaka", "2025-08-14")
    got = [(m["text"], m["value"], m["unit"]) for m in ext.metrics]
    # the standfirst's "90 dealers" is the story's "aims for 90": one row, the story's
    assert ("90", 90.0, "store") in got and not any("dealers" in t for t, _, _ in got)
    ents = {e.name: e.entity_type for e in ext.entities}
    assert ents.get("Kanto Motor Weekly") == "ORG" and ents.get("Sendai") == "PLACE"


PODCAST = """at is why used prices keep falling, as this week's hosts explain.
Home  Shows  Video  Ep. 31: Can a $30k EV make money? | Charge Point Radio
Episode 31: Can a $30k EV make money?
Posted 3 Dec 2025 · 44 min listen · Hosted by Gus Ferreira & Nadia Okafor

In this episode Gus and Nadia look at the new small EVs.
[04:10] Around the market: MG cut the MG4 to $36,990, a saving of $3,000.
“That is the price that moves buyers,” says Gus.
[19:30] Listener mail: can a 7 kW charger fill a 60 kWh pack overnight? Nadia says yes.
"""


X_THREAD = """Thread
Lena Holm @lenaholm_ev
1/ Thread on cell prices, because October was wild 🧵
8:14 AM · Nov 3, 2025 · 12K Views

2/ LFP cells fell to about $51/kWh in October.

3/ NMC cells sit near $76/kWh. /end

Replies
Tom Reyes @tomreyes_bat · 2h
Where is the $51 from? My survey had LFP at $58.
Lena Holm @lenaholm_ev · 2h
Spot quotes from cell makers. As a buyer told me, "the survey lags spot by six months."
"""


def test_a_digests_reading_time_is_no_figure():
    text = ("Good morning from Jakarta. Five things that moved this week in the EV trade, in "
            "under 3 minutes.\nBYD charges a Seal in 25 minutes at its new sites.\n")
    assert [m["text"] for m in extract_seed("t.txt", text).metrics] == ["25 minutes"]


def test_comments_right_under_a_teaser_list_stay_comments():
    text = ("Tesla cut the Model Y to $54,900 in May.\nRead more\nWhy the $4bn rollout is late\n"
            "Comments\nwattlebird 3 hours ago\nBought a Seal last year, 41,000km and zero "
            "problems.\n14 likes\n")
    assert [m["text"] for m in extract_seed("t.txt", text).metrics] == ["$54,900"]


def test_the_thread_authors_own_reply_goes_on_with_the_thread():
    ext = extract_seed("t.txt", X_THREAD)
    assert [(q["text"], q["speaker"]) for q in ext.quotes] == [
        ("the survey lags spot by six months.", "a buyer")]
    assert "$58" not in [m["text"] for m in ext.metrics]  # a reader's reply stays furniture


def test_a_sentence_tail_above_the_headline_leaves_the_headline_a_headline():
    text = ("ers in smaller cities kept buying, and the numbers show it.\n\n"
            "EV BRIEF | Issue #90 | 11 November 2025 | 4 min read\n"
            "October NEV retail: 1.2 million, penetration at 55.1%\nBy Tom Ward, Shanghai\n\n"
            "Retail sales of NEVs reached 1.2 million units in October. NEVs took 55.1% of "
            "all passenger-car retail.\n")
    ext = extract_seed("t.txt", text)
    assert ext.sources[0]["title"] == "October NEV retail: 1.2 million, penetration at 55.1%"
    assert (ext.sources[0]["author"], ext.sources[0]["publisher"]) == ("Tom Ward", None)
    assert [m["text"] for m in ext.metrics] == ["1.2 million units", "55.1%"]


def test_a_podcast_page_credits_its_hosts_who_speak_by_first_name():
    ext = extract_seed("t.txt", PODCAST)
    src = ext.sources[0]
    assert (src["title"], src["published_date"]) == ("Episode 31: Can a $30k EV make money?",
                                                     "2025-12-03")
    assert [q["speaker"] for q in ext.quotes] == ["Gus Ferreira"]
    ents = {e.name: e.entity_type for e in ext.entities}
    assert ents.get("Nadia Okafor") == "PERSON" and "Around" not in ents
    assert "Listener" not in ents and "$30k" not in [m["text"] for m in ext.metrics]


def test_a_name_before_a_lowercase_body_noun_is_an_organisation_even_with_common_words():
    text = "Winter hurts.\nMikko Rantala of the Southern EV Owners club said range fell 30%.\n"
    ents = _types(text)
    assert ents.get("Southern EV Owners") == "ORG"


def test_a_company_named_after_a_region_beside_the_region():
    text = ("Trade rose.\nTanya Ruiz, fleet manager at Karratha Minerals, said the utes were "
            "fine. The vans go to its Karratha sites next year.\n")
    ents = _types(text)
    assert ents.get("Karratha Minerals") == "ORG" and ents.get("Karratha") == "PLACE"


@pytest.mark.parametrize("text, name", [
    ("Volkswagen's ID. Buzz costs €64,000 in Germany.", "ID. Buzz"),  # no sentence break
    ("Audi's e-tron GT was updated this year.", "Audi e-tron GT"),
    ("Mercedes-Benz CLA sales began in March.", "Mercedes CLA"),
])
def test_models_written_with_a_stop_or_in_lower_case(text, name):
    ents = _types("News.\n" + text)
    assert ents.get(name) == "PRODUCT"


def test_a_first_word_described_as_a_company_is_one():
    text = "News.\nKijani, a Kampala start-up, runs 80 electric buses.\nSales rose.\n"
    ents = _types(text)
    assert ents.get("Kijani") == "ORG" and "Sales" not in ents


def test_a_name_in_capitals_is_the_name_written_in_mixed_case():
    text = "News.\nLOWNDES COUNTY, Ga. (WXTV) — Lowndes County commissioners voted 4-1.\n"
    ents = {e.entity_id: e.entity_type for e in extract_seed("t.txt", text).entities}
    assert ents == {"place:lowndes-county": "PLACE"}


@pytest.mark.parametrize("text, name", [
    ("Analysts at Kessler & Partner cut their targets.", "Kessler & Partner"),
    # an employer "at X in PLACE" is no site
    ("Helga Brandt, an analyst at Kessler & Partner in Munich, agreed.", "Kessler & Partner"),
    ("He told Fleet & Freight Weekly the buses were late.", "Fleet & Freight Weekly"),
])
def test_an_ampersand_joins_one_name(text, name):
    ents = _types("News.\n" + text)
    assert ents.get(name) == "ORG"


def test_a_brand_and_its_known_model_are_no_company_unit():
    text = "News.\nIt costs less than a comparable Hyundai Kona Electric.\n"
    ents = _types(text)
    assert ents.get("Kona Electric") == "PRODUCT" and "Hyundai Kona Electric" not in ents


@pytest.mark.parametrize("text, name, etype", [
    ("Output reached 310 GWh, according to the Clean Mobility Ledger, a Washington research "
     "group.", "Clean Mobility Ledger", "ORG"),
    ("According to Mirela Stoica, an analyst at the consultancy E-Mobility Insight, prices fell.",
     "Mirela Stoica", "PERSON"),
    ("According to NIU's brand manager, Sari Wulandari, the company wants more dealers.",
     "Sari Wulandari", "PERSON"),
    ("“We’ve taken twelve orders,” said Callum at the Leeds showroom.", "Callum", "PERSON"),
])
def test_an_apposition_types_the_name_before_it(text, name, etype):
    ents = _types("News.\n" + text)
    assert ents.get(name) == etype


def test_a_show_named_through_its_place_is_an_event():
    text = "Prices fell.\nBYD will show cars at the Jakarta International Motor Show in May.\n"
    ents = _types(text)
    assert ents.get("Jakarta International Motor Show") == "EVENT" and "Jakarta" not in ents


def test_a_capital_the_inside_a_sentence_belongs_to_the_name():
    text = "Prices fell.\nHe told The Harbour Ledger the fund was patient.\n"
    assert "The Harbour Ledger" in {e.name for e in extract_seed("t.txt", text).entities}


# --- numbers, units, currencies and signs -------------------------------------------------

@pytest.mark.parametrize("sentence, value, unit", [
    ("The pilot runs 200 minis in Oslo.", 200.0, "item"),
    ("The operator wants 5,000 European sites by 2030.", 5000.0, "item"),
    ("On my commute the car manages around 3.6 miles per kWh.", 3.6, "mi/kWh"),
    ("The hatchback does 6.2 km/kWh in town.", 6.2, "km/kWh"),
    ("The city runs a fleet of 200 taxis.", 200.0, "vehicle"),
    ("The council will buy 24 utes.", 24.0, "vehicle"),
    ("Ather sold 1,55,398 scooters last year.", 155398.0, "vehicle"),  # Indian grouping
    ("The start-up has raised over half a billion dollars.", 5e8, "USD"),
    ("The cell stores 420 Wh/kg.", 420.0, "Wh/kg"),
    ("The pack survives 2,000 cycles.", 2000.0, "cycle"),
    ("The plant will create 12,000-15,000 roles.", 12000.0, "person"),
    ("Ather runs over 350 experience centres.", 350.0, "store"),
    ("LFP cells traded at 0.36 yuan per Wh.", 360.0, "CNY/kWh"),
    ("It was 25 °C in the garage.", 25.0, "degC"),
    ("The buses used 1.27 kWh per kilometre.", 127.0, "kWh/100km"),  # stated per 100 km
    ("On the motorway it drew 165 Wh/km.", 16.5, "kWh/100km"),
])
def test_one_quantity_with_its_unit(sentence, value, unit):
    assert [(x.value, x.unit) for x in find_quantities(sentence)] == [(value, unit)]


def test_a_capitalised_word_that_is_no_nationality_blocks_a_count():
    # "Ramos" before the noun makes "12 Ramos" a name-like phrase, not 12 of something
    assert find_quantities("He bought 12 Ramos bikes.") == []


@pytest.mark.parametrize("sentence, value, unit, measure", [
    ("The 1.4 million-square-foot plant opens in May.", 1.4e6, "sq_ft", "area"),
    ("The plant sits on 190 acres.", 190.0, "acre", "area"),
    ("The site covers 50 hectares.", 50.0, "ha", "area"),
    ("Its store has 2,000 square metres of space.", 2000.0, "m2", "area"),
    ("The tax break cost RM1.8bil in revenue.", 1.8e9, "MYR", "price"),
    ("A six-point drop followed the duties.", -6.0, "percentage_point", "growth"),
    ("The maker confirmed a 12 per cent price cut.", -12.0, "percent", "growth"),
    ("Exports to Brazil: 118,000 (-12%, duties biting).", -12.0, "percent", "growth"),
])
def test_areas_points_and_signed_changes(sentence, value, unit, measure):
    got = [x for x in find_quantities(sentence) if x.unit == unit]
    assert len(got) == 1
    m = measure_for(got[0], sentence)
    assert (signed_values(got[0], sentence, m)[0], m) == (value, measure)


def test_the_step_of_a_sensitivity_is_no_figure():
    assert find_quantities("Each 1% price cut costs the maker $1bn in revenue.")[0].unit == "USD"
    assert len(find_quantities("Each 1% price cut costs the maker $1bn in revenue.")) == 1


@pytest.mark.parametrize("sentence", [
    "Two years ago Chinese brands were a curiosity here.",
    "Foreign joint ventures held 64% of the market, against 30% three years ago.",
])
def test_a_time_ago_is_when_not_how_long(sentence):
    assert all(x.unit not in ("year", "month", "week", "day") for x in find_quantities(sentence))


@pytest.mark.parametrize("text, dollar", [
    # Aotearoa, NZTA and Auckland are New Zealand: three names and no other dollar country
    ("NZTA data show EVs at 9%. An Auckland dealer sells the Atto 3 for $41,990; EV Drivers "
     "Aotearoa wants the rebate back.", "NZD"),
    ("Aussie buyers in NSW and Tasmania paid $54,900 for the Model Y.", "AUD"),
])
def test_more_places_settle_a_bare_dollar(text, dollar):
    from evclaims.extract.currency import document_dollar
    assert document_dollar(text) == dollar


@pytest.mark.parametrize("sentence, units", [
    # the conversion beside '¥' tells yen from yuan
    ("Toyota will invest about ¥48 billion (US$320 million) in China's Xpeng.", ["JPY", "USD"]),
    ("It costs 150,000 to 180,000 yuan (¥3.1 million to ¥3.7 million).", ["CNY", "JPY"]),
    ("In Japan the YU7 costs ¥253,500 (about $35,000).", ["CNY", "USD"]),
    # a price compared with a price per unit is per the same unit; other units are not
    ("Spodumene slid to $805 a tonne from $862 a week earlier.", ["USD/t", "USD/t"]),
    ("In summer I got 4.1 mi/kWh and around 250 miles.", ["mi/kWh", "mi"]),
    ("Cobalt metal, Rotterdam: $10.85/lb this week.", ["USD/lb"]),
])
def test_yen_by_conversion_and_shared_price_units(sentence, units):
    assert [x.unit for x in find_quantities(sentence)] == units


def test_a_page_converting_one_yen_amount_reads_its_other_yen_amounts_alike():
    from evclaims.extract.currency import document_yen
    text = ("Toyota will invest ¥48 billion (US$320 million) in Xpeng. Xpeng will also receive "
            "fees of up to ¥15 billion from its Chinese partner in China.")
    assert document_yen(text) == "JPY"


@pytest.mark.parametrize("sentence, found", [
    ("The council will replace 24 of its diesel utes.", [("24 of its diesel utes", "vehicle")]),
    ("One of its biggest markets is Spain.", []),
    # a count before a rating: both are quantities
    ("Eight 22kW chargers will be installed.", [("Eight", "item"), ("22kW", "kW")]),
    # thousands grouped by spaces after a currency sign
    ("The Sealion 7 is priced at R689 950 in Johannesburg.", [("R689 950", "ZAR")]),
])
def test_counts_past_modifiers_and_space_grouped_amounts(sentence, found):
    assert [(sentence[x.start:x.end], x.unit) for x in find_quantities(sentence)] == found


@pytest.mark.parametrize("sentence, found", [
    ("There are 3,300+ swap stations in China.", [(3300.0, "item", ">")]),
    ("Nio runs 3,300 battery swap stations.", [(3300.0, "item", "=")]),
])
def test_a_plus_after_a_number_is_more_than_it(sentence, found):
    assert [(x.value, x.unit, x.comparator) for x in find_quantities(sentence)] == found


@pytest.mark.parametrize("sentence, found", [
    ("EVgo installs 350-kW dispensers.", [(350.0, "kW")]),
    ("The ute makes 320kW and 640Nm.", [(320.0, "kW"), (640.0, "Nm")]),
    ("It tows a 2.2-tonne caravan.", [(2.2, "t")]),
    ("Charging costs $81 per 1,000km.", [(0.081, "USD/km")]),
    ("Cells cost around 0.42 yuan per watt-hour.", [(420.0, "CNY/kWh")]),
    ("The last 23 diesels go by March.", [(23.0, "vehicle")]),
    ("Sales of 9,870 battery EVs rose.", [(9870.0, "vehicle")]),
    ("It makes 500 batteries a day.", [(500.0, "item")]),
    ("BYD built its first Atto 2 cars in June.", []),  # a model the gazetteer knows
])
def test_hyphenated_units_torque_per_thousand_and_vehicle_words(sentence, found):
    assert [(x.value, x.unit) for x in find_quantities(sentence)] == found


@pytest.mark.parametrize("text, dollar", [
    # Australian and New Zealand pages price cars "drive-away" / "before on-road costs"
    ("The Seal 06 is A$49,990 drive-away; the Sealion 7 starts at $54,990 in Sydney.", "AUD"),
    ("The Atto 3 is $41,990 before on-road costs in Auckland, New Zealand.", "NZD"),
    # ... call a pickup a "ute" and a councillor "Cr"
    ("The shire will buy 12 electric utes for $1.1 million, part-funded by NSW.", "AUD"),
    ("Cr Ana Ruiz backed the $212,000 charger plan for the works depot.", "AUD"),
    ("Ford said its F-150 Lightning pickup now starts at $54,995.", "USD"),
    # Singapore pages price cars with the certificate of entitlement (COE)
    ("The Aion Y is $98,889 with COE in Singapore; the S$ rebate falls to $15,000.", "SGD"),
])
def test_local_price_idioms_settle_a_bare_dollar(text, dollar):
    from evclaims.extract.currency import document_dollar
    assert document_dollar(text) == dollar


def test_a_hong_kong_ticker_names_its_market():
    from evclaims.extract.currency import document_dollar
    text = ("Leapmotor (9863.HK) rose 5% to $61.20 while Nio's US-listed shares fell to "
            "US$5.90, and the Hang Seng Tech index gained 0.8%.")
    assert document_dollar(text) == "HKD"


@pytest.mark.parametrize("sentence, found", [
    # a bare "$" compared with a marked dollar is that dollar
    ("Analysts lifted the target to HK$110 from $95.", [(110.0, "HKD"), (95.0, "HKD")]),
    # a count after a price, with a counted word between, counts that word
    ("Shares fell 4% to $91.35 after deliveries dropped to 31,767.",
     [(4.0, "percent"), (91.35, "USD"), (31767.0, "vehicle")]),
])
def test_a_compared_amount_takes_the_marked_dollar_and_a_count_its_noun(sentence, found):
    assert [(x.value, x.unit) for x in find_quantities(sentence)] == found


@pytest.mark.parametrize("sentence, found", [
    ("Rwanda imported 9,200 motorcycles, nearly triple the 3,100 of a year earlier.",
     [(9200.0, "vehicle"), (3100.0, "vehicle")]),
    ("The assembler employs 410 people and plans to hire another 150 by June.",
     [(410.0, "person"), (150.0, "person")]),
    ("The operator runs 90 electric buses and holds orders for some 600 more.",
     [(90.0, "vehicle"), (600.0, "vehicle")]),
    ("It runs 310 stores across 95 cities and will add at least 30 more.",
     [(310.0, "store"), (95.0, "item"), (30.0, "store")]),
    ("So far 9 of the 27 member states back the duties.", [(9.0, "country"), (27.0, "country")]),
    ("Some 46,800 of the 50,000 duty-free slots are taken.",  # an item count lends no unit
     [(50000.0, "item")]),
    ("At least six Chinese brands now build cars in the country.", [(6.0, "item")]),
    ("Each station can do 480 swaps a day.", [(480.0, "swap/day")]),
])
def test_a_bare_count_that_goes_on_counting(sentence, found):
    assert [(x.value, x.unit) for x in find_quantities(sentence)] == found


@pytest.mark.parametrize("sentence, found", [
    ("The site may draw up to 4.2 million gallons per day from the river.", [(4.2e6, "gal/day")]),
    ("The fleet should save 900,000 litres of diesel a year.", [(900000.0, "L/year")]),
    ("The plant may use 800 cubic metres of water a day.", [(800.0, "m3/day")]),
    ("Diesel costs $2.05 a litre in the town.", [(2.05, "USD/L")]),
    ("The pickup tows 7,700 lb.", [(7700.0, "lb")]),
    ("The tank holds 60 litres.", [(60.0, "L")]),
])
def test_volumes_and_their_rates(sentence, found):
    assert [(x.value, x.unit) for x in find_quantities(sentence)] == found


def test_a_local_idiom_on_a_page_about_another_market_is_no_vote_for_its_dollar():
    from evclaims.extract.currency import document_dollar
    text = ("In Singapore the G6 costs $176,888 with COE; Singapore buyers pay more than in "
            "Australia, where the 7X is A$57,900 before on-road costs.")
    assert document_dollar(text) != "AUD"


def test_a_page_that_states_its_dollar_is_read_so():
    from evclaims.extract.currency import document_dollar
    assert document_dollar("All prices in HK$ unless stated. Xpeng closed at $84.15.") == "HKD"


@pytest.mark.parametrize("sentence, units", [
    ("The refinery turns out around 60,000 tonnes of nickel annually.", ["t/year"]),
    ("It processes 7.5 million tonnes of ore a year.", ["t/year"]),
    ("The fleet would save some 28,000 tonnes of CO2 a year.", ["t"]),
])
def test_a_rate_named_after_what_is_counted(sentence, units):
    assert [x.unit for x in find_quantities(sentence)] == units


def test_a_bare_count_inherits_a_rate_written_as_an_adverb():
    s = "Capacity starts at 30,000 vehicles a year and should reach 150,000 annually by 2030."
    assert [(x.value, x.unit) for x in find_quantities(s)] == [
        (30000.0, "vehicle/year"), (150000.0, "vehicle/year")]


@pytest.mark.parametrize("sentence, found", [
    ("The plant will process 7,000 tonnes a year.", [(7000.0, "t/year")]),
    ("BYD cut the Sealion 7 to $49,990 before on-road costs.", [(49990.0, "USD")]),
    # a decimal after a name is a model number: no count is a fraction
    ("Availability of the Solaris 3.1 buses was 89%.", [(89.0, "percent")]),
    ("Xpeng delivered 1.2 million vehicles.", [(1.2e6, "vehicle")]),
])
def test_tonnes_a_year_and_a_model_number_before_a_price(sentence, found):
    assert [(x.value, x.unit) for x in find_quantities(sentence)] == found


@pytest.mark.parametrize("sentence, found", [
    ("Buyers get a Rp 7 juta government incentive.", [(7e6, "IDR")]),
    ("The plant won a grant of zł 312 million.", [(312e6, "PLN")]),
    ("The fund paid about US$2.4 billion (QR8.7bn).", [(2.4e9, "USD"), (8.7e9, "QAR")]),
])
def test_indonesian_scales_zloty_and_riyal_signs(sentence, found):
    assert [(x.value, x.unit) for x in find_quantities(sentence)] == found


@pytest.mark.parametrize("sentence, found", [
    ("The grant is 10,000 złoty per car.", [(10000.0, "PLN")]),
    ("Prices start at 25,000 TL in Istanbul.", [(25000.0, "TRY")]),
    ("Output slumps 30pc as the refresh bites.", [(30.0, "percent")]),  # British "pc"
    ("He bought 15 PCs for the office.", []),
])
def test_more_currency_words_and_a_british_per_cent(sentence, found):
    assert [(x.value, x.unit) for x in find_quantities(sentence)] == found


# --- quotation marks and speakers ---------------------------------------------------------

def test_a_title_before_a_name_does_not_become_the_description():
    text = ("“We came to build cars here,” said the company's president, Ricardo Menezes, "
            "at the plant.\n")
    assert [s for _, s in _quotes(text)] == ["Ricardo Menezes"]


def test_a_capitalised_name_ending_in_a_person_noun_is_no_description():
    text = ("Dealers reacted on Monday.\n‘Dealers are raising prices,’ Murat Aksoy, chairman of the Vehicle Dealers "
            "Platform, told reporters. ‘Stock will be sold at the old price.’\n")
    assert [s for _, s in _quotes(text)] == ["Murat Aksoy", "Murat Aksoy"]


def test_two_single_marks_make_a_double_quotation_mark():
    text = "‘‘We will open ten stores,’’ Cr Ana Lindqvist said. Others disagreed.\n"
    assert _quotes(text) == [("We will open ten stores,", "Ana Lindqvist")]


@pytest.mark.parametrize("text, quote, speaker", [
    ("«We will build 90,000 cars here,» said Maria Rossi.", "We will build 90,000 cars here,",
     "Maria Rossi"),
    ("« We will build 90,000 cars here », said Maria Rossi.", "We will build 90,000 cars here",
     "Maria Rossi"),
    ("„We will build 90,000 cars here“, said Klaus Weber.", "We will build 90,000 cars here",
     "Klaus Weber"),
])
def test_guillemets_and_low_opening_marks(text, quote, speaker):
    assert _quotes("Plant news.\n" + text + "\n") == [(quote, speaker)]


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
    assert [s for _, s in _quotes(text)] == [speaker]


@pytest.mark.parametrize("title", ["Cr", "Cllr", "Councillor", "Sgt"])
def test_titles_stay_out_of_speaker_names(title):
    text = f"“The utes pay for themselves,” {title} Josie Marchetti said.\n"
    assert _quotes(text) == [("The utes pay for themselves,", "Josie Marchetti")]


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
    assert [s for _, s in _quotes(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # a participle attributes a quotation ("…, writing that … “…”")
    ("Marcus Feld of Halvorsen Securities kept a hold rating, writing that the cut "
     "“overshadows a good margin story.”\n", "Marcus Feld"),
    # a C-suite title is no part of the name
    ("“We took cost out,” Chief Financial Officer Dana Whitcomb said on the call.\n",
     "Dana Whitcomb"),
])
def test_participles_and_c_suite_titles(text, speaker):
    assert [s for _, s in _quotes("Analysts were split.\n" + text)] == [speaker]


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
    assert [s for _, s in _quotes("Prices moved again.\n" + text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # a possessive names whose words follow the colon
    ("Charging at home costs 2.4p a mile. My brother-in-law's verdict: “It's quieter than "
     "the old diesel.”\n", "My brother-in-law"),
    # a role with its article dropped, as forum posters write
    ("Parts manager at my local BYD dealer told me: \"Most cold-weather complaints come from "
     "cars without a heat pump.\"\n", "Parts manager at my local BYD dealer"),
])
def test_speakers_a_forum_poster_describes(text, speaker):
    assert [s for _, s in _quotes("Prices moved again.\n" + text)] == [speaker]


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
    assert [s for _, s in _quotes("Markets moved.\n" + text + "\n")][-1:] == [speaker]


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
    assert [s for _, s in _quotes("Prices.\n" + text + "\n")] == speakers


def test_a_described_speaker_in_a_place_that_reads_like_a_name():
    text = ("Prices fell.\n“Price wars are for Bangkok; buyers upcountry want service,” one "
            "dealer in Khon Kaen said.\n")
    assert [s for _, s in _quotes(text)] == ["one dealer in Khon Kaen"]


@pytest.mark.parametrize("text, speaker", [
    ("Minister of Energy and Industry Khalid bin Faisal Al-Thani said: “The plant is "
     "strategic.”", "Khalid bin Faisal Al-Thani"),
    ("“We welcome it,” said Sheikh Hamad bin Tamim Al Nuaimi.", "Hamad bin Tamim Al Nuaimi"),
])
def test_patronymic_names_and_a_two_part_office(text, speaker):
    assert [s for _, s in _quotes("Trade rose.\n" + text + "\n")] == [speaker]


def test_a_person_named_only_with_an_honorific_keeps_it():
    text = ("Swaps are cheap.\n“We can hit 600,” the station manager, a Mr Wang, told me.\n"
            "Fleet boss Darren Pye agreed. “We save,” Mr Pye said.\n")
    assert [s for _, s in _quotes(text)] == ["Mr Wang", "Darren Pye"]


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
    assert [s for _, s in _quotes("Exports fell.\n" + text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ("The salesman, Dan, reckoned prices had “dropped 10 to 15 per cent since Christmas”.\n",
     "Dan"),
    ("“This is what climate action looks like,” said Coun. Marguerite Bélanger.\n",
     "Marguerite Bélanger"),
    ("“Exports help, but not enough,” said Daniel Okafor of Morgan Stanley.\n",
     "Daniel Okafor"),
])
def test_first_names_alone_council_titles_and_banks(text, speaker):
    assert [s for _, s in _quotes("Prices fell.\n" + text)] == [speaker]


def test_accented_capitals_start_names_and_slug_to_ascii():
    from evclaims.ids import slug
    text = ("Reviva opens.\n“Every tonne counts,” said Émilie Gagnon, co-founder of Reviva. "
            "“We build now.”\nGagnon said the plant opens in 2026.\n")
    assert [s for _, s in _quotes(text)] == ["Émilie Gagnon", "Émilie Gagnon"]
    assert (slug("Łódź"), slug("Øresund"), slug("Škoda")) == ("lodz", "oresund", "skoda")


def test_the_company_as_speaker_is_the_story_s_company():
    text = ("Xpeng delivered 42,013 cars. Xpeng shares rose; Nio fell.\n"
            "“October is our sixth record month,” the company said.\n")
    assert [s for _, s in _quotes(text)] == ["Xpeng"]


# --- entities -----------------------------------------------------------------------------

def test_roads_by_their_first_word_and_more_first_names():
    text = ("“We were promised jobs,” said Marcus Dupree, who lives off Interstate 16.\n")
    ents = _types("Water use rose.\n" + text)
    assert ents.get("Interstate 16") == "PLACE" and ents.get("Marcus Dupree") == "PERSON"


def test_a_name_after_a_kind_of_organisation_is_an_organisation():
    text = ("Prices fell.\nRhys Ngata, chair of lobby group EV Drivers Aotearoa, said the "
            "minister was “cheering a recovery that hasn't happened”.\n")
    ents = {e.entity_id for e in extract_seed("t.txt", text).entities}
    assert "org:drivers-aotearoa" in ents and "person:rhys-ngata" in ents
    assert _quotes(text)[0][1] == "Rhys Ngata"


@pytest.mark.parametrize("text, etype", [
    ("KUALA LUMPUR: At least five Chinese brands have cut prices this month.\n", "PLACE"),
    ("INTERVIEW: Hyundai's Europe chief on tariffs and cheaper cars.\nHe spoke in Paris.\n",
     None),
])
def test_a_capitals_dateline_with_a_colon_is_a_place_but_a_label_is_not(text, etype):
    ents = {e.name.upper(): e.entity_type for e in extract_seed("t.txt", text).entities}
    first = text.split(":")[0]
    assert ents.get(first) == etype


def test_a_street_named_by_its_first_word_is_a_place():
    text = "BYD opened a showroom on Viale del Lavoro, its dealer said.\n"
    ents = _types(text)
    assert ents.get("Viale del Lavoro") == "PLACE"


@pytest.mark.parametrize("text, name", [
    ("Buses ran in Utrecht, Amersfoort and the Gooi region.\n", "Amersfoort"),  # a list
    ("The cell plant at Dholera in Gujarat opens next year.\n", "Dholera"),  # at X in PLACE
    ("Charging costs rose at the Zuidhorn depot.\n", "Zuidhorn"),  # a site noun after it
])
def test_unknown_names_placed_by_their_neighbours_are_places(text, name):
    ents = _types("Fleet news.\n" + text)
    assert ents.get(name) == "PLACE"


@pytest.mark.parametrize("text, name", [
    ("Protesters gathered at Green Charter Township hall.", "Green Charter Township"),
    ("The plant near Big Rapids will hire 2,350 people.", "Big Rapids"),
    ("Workers from Salt Lake City joined the line.", "Salt Lake City"),
])
def test_names_ending_in_a_place_word_are_places(text, name):
    ents = _types("Fleet news.\n" + text)
    assert ents.get(name) == "PLACE"


# --- periods ---------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, periods", [
    ("Deliveries in Q3 2025 reached 1.1 million.", ["2025-Q3"]),
    ("In the second half of 2024 sales fell.", ["2024-H2"]),
    ("Nio's 2Q24 deliveries were 57,373.", ["2024-Q2"]),
    ("Third-quarter revenue was 195 billion yuan.", ["2025-Q3"]),  # the page's year
    ("Last year it sold 4.27 million cars.", ["2024"]),
    ("The Audi Q4 e-tron sold well in Q3.", ["2025-Q3"]),  # a model is no quarter
])
def test_quarters_halves_and_relative_years(sentence, periods):
    from evclaims.extract.claims import time_expressions
    assert [r for _, _, r in time_expressions(sentence, 2025)] == periods


def test_a_quarter_reaches_the_metric_and_the_claim():
    text = "BYD results\nPublished 3 November 2025\nThird-quarter revenue was 195 billion yuan.\n"
    ext = extract_seed("t.txt", text)
    assert [m["period"] for m in ext.metrics] == ["2025-Q3"]
    assert ext.claims[-1]["time_ref"] == "2025-Q3"

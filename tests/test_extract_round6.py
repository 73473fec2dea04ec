"""Round 6: appositive speakers, 'according to', collective speakers, entity typing and
period phrases. Every sentence here is written for this test (invented companies, people
and figures)."""

from __future__ import annotations

from evclaims.extract import extract_seed
from probes import quotes


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


# --- entities -------------------------------------------------------------------------------

def entities(text: str) -> dict[str, str]:
    ext = extract_seed("probe.txt", text)
    return {r.name: r.entity_type for r in ext.entities}


def test_name_after_said_with_a_title_of_an_org_is_a_person():
    text = ("Volt Harbour cut prices.\n\n\"Customers will notice,\" said Imogen Vale, Volt "
            "Harbour's sales director.\n")
    assert entities(text)["Imogen Vale"] == "PERSON"


def test_name_coordinated_with_a_known_place_after_in_is_a_place():
    text = "Orbex Motors opened stores in Mexico City and Tlaquepaque last month.\n"
    assert entities(text)["Tlaquepaque"] == "PLACE"


def test_name_listed_with_a_model_after_the_is_a_product():
    text = ("Orbex Motors will build the Falcon Breeze and the Falcon 3 at the site. It hopes "
            "to sell a Falcon Breeze for less.\n")
    ents = entities(text)
    assert ents["Falcon Breeze"] == "PRODUCT" and ents["Falcon 3"] == "PRODUCT"


def test_brand_with_model_number_or_code_is_a_product():
    text = ("Chery sold the Omoda 9 and the Jaecoo 5 SHS in Spain, and Peugeot's e-2008 rival, "
            "the Peugeot e-308, lost ground.\n")
    ents = entities(text)
    assert ents["Omoda 9"] == "PRODUCT" and ents["Jaecoo 5 SHS"] == "PRODUCT"
    assert ents["Peugeot e-308"] == "PRODUCT" and "SHS" not in ents


def test_a_three_digit_model_number_is_kept_whole():
    text = "Harlow Motors also plans to build the Ridge 400 off-roader at the plant.\n"
    ents = entities(text)
    assert ents.get("Ridge 400") == "PRODUCT" and "Ridge 40" not in ents


def test_the_brand_and_a_model_word_is_a_product():
    text = ("Prices undercut the Kia Niro and Hyundai Bayon by a wide margin.\n")
    ents = entities(text)
    assert ents["Kia Niro"] == "PRODUCT" and ents["Hyundai Bayon"] == "PRODUCT"


def test_a_country_code_glued_to_a_dollar_sign_is_no_place():
    text = "Orbex Motors will invest NZ$1.2bn (about US$700m) in a new plant in Porto.\n"
    assert "United States" not in entities(text)


# --- metrics --------------------------------------------------------------------------------

def metrics(text: str) -> list[tuple[float, str, str]]:
    ext = extract_seed("probe.txt", text)
    return [(r["value"], r["unit"], r["comparator"]) for r in ext.metrics]


def test_pass_before_a_number_is_a_lower_bound():
    text = "Volt Harbour said local content should pass 45 per cent within two years.\n"
    assert (45.0, "percent", ">") in metrics(text)


def test_a_story_cut_off_mid_sentence_is_still_prose():
    text = ("Orbex Motors opens a plant in Porto\n\nOrbex Motors opened its plant in Porto on "
            "Monday.\n\nA second plant, in Spain's Albacete province, is scheduled to start "
            "production in\n")
    assert entities(text).get("Albacete") == "PLACE"


def test_a_range_written_in_words_is_one_range():
    text = "Orbex Motors said buyers in Chile should expect to wait four to six weeks.\n"
    assert metrics(text) == [(4.0, "week", "range")]


def test_a_hedged_fraction_after_by_or_or_is_a_percentage():
    text = ("Kestrel Auto sold 4,100 cars in Chile, or roughly a quarter of its exports. "
            "Sales in Peru grew by about a third.\n")
    got = metrics(text)
    assert (33.3, "percent", "~") in got


def test_a_fraction_without_a_hedge_after_by_is_left_alone():
    text = "Volt Harbour said the launch was delayed by a quarter.\n"
    assert metrics(text) == []


def test_an_inherited_vehicle_count_takes_its_own_rate():
    text = ("The Porto plant builds about 900 vehicles a week and can build as many as "
            "40,000 a year.\n")
    assert (40000.0, "vehicle/year", "<=") in metrics(text)


def test_a_year_earlier_is_no_rate():
    text = "Orbex Motors delivered 5,200 vehicles in May, up from 4,100 a year earlier.\n"
    assert (4100.0, "vehicle", "=") in metrics(text)


def test_a_number_after_a_generic_model_word_is_no_count():
    text = "The recall covers certain 2024-2025 Model 5 hatchbacks built by Orbex Motors.\n"
    assert metrics(text) == []


def test_a_count_span_stops_before_a_model_name():
    text = "Volt Harbour now runs 1,400 self-operated V4 charging stations in Chile.\n"
    ext = extract_seed("probe.txt", text)
    assert [text[r["char_start"]:r["char_end"]] for r in ext.metrics] == ["1,400 self-operated"]


def test_an_amount_to_invest_is_an_investment_despite_its_currency_sign():
    text = "Orbex Motors says it will invest US$1.4bn in Chile over the next decade.\n"
    ext = extract_seed("probe.txt", text)
    assert [r["measure"] for r in ext.metrics] == ["investment"]


def test_a_question_asserts_no_figure():
    text = ("Orbex Motors sold 4,100 cars in Chile in May.\n\n"
            "Orbex now outsells Kestrel in 7 Latin American countries?? Source please\n")
    assert metrics(text) == [(4100.0, "vehicle", "=")]


def test_reaching_100_kmh_in_seconds_is_a_sprint_not_a_top_speed():
    text = "The Orbex GT produces 300 kW and reaches 100 km/h in 4.2 seconds.\n"
    ext = extract_seed("probe.txt", text)
    assert sorted(r["measure"] for r in ext.metrics) == ["acceleration_0_100", "power"]


def test_over_after_handing_is_a_particle():
    text = "Kestrel Auto handed over 12,345 vehicles in May.\n"
    assert metrics(text) == [(12345.0, "vehicle", "=")]


def test_a_compared_figure_inherits_the_unit_and_keeps_its_bound():
    text = "Volt Harbour runs 40 charging hubs in Chile, compared with more than 900 in Brazil.\n"
    assert (900.0, "item", ">") in metrics(text)


def test_a_known_model_code_after_the_names_the_model_of_a_brand_in_the_story():
    text = "Zeekr opened two stores in Lima. The 001 shooting brake is on sale first.\n"
    ext = extract_seed("probe.txt", text)
    assert any(r.name == "Zeekr 001" and "001" in r.aliases for r in ext.entities)


def test_a_name_between_an_owners_possessive_and_a_site_noun_is_a_place():
    text = ("Up to 300 jobs could go at Orbex Motors' plant and at Kestrel's Brindlow gearbox "
            "plant.\n")
    assert entities(text).get("Brindlow") == "PLACE"


def test_a_name_coordinated_before_a_known_place_after_in_is_a_place():
    text = "Orbex Motors has factories in Tlaquepaque and Monterrey.\n"
    assert entities(text).get("Tlaquepaque") == "PLACE"


def test_a_compass_state_after_a_town_is_a_place_but_a_person_after_a_region_is_not():
    text = ("Orbex Motors added $1bn to its plant in Liberty, North Carolina, this year.\n\n"
            "Orbex's president for Europe, Henrik Solvang, said sales were strong.\n")
    ents = entities(text)
    assert ents.get("North Carolina") == "PLACE" and ents.get("Henrik Solvang") != "PLACE"


def test_a_model_plural_that_is_the_counted_noun_stays_in_the_span():
    text = "By July, Orbex Motors had delivered over 25,000 OX7s to customers.\n"
    ext = extract_seed("probe.txt", text)
    assert [text[r["char_start"]:r["char_end"]] for r in ext.metrics] == ["over 25,000 OX7s"]


def test_a_one_word_quote_with_a_named_source_is_kept():
    text = ("Orbex Motors cut 200 jobs.\n\nDemand remains “fragile”, according to Mia Holt, who "
            "runs a dealership in Bergen.\n\nRegulators warned against \"reckless\" discounting.\n")
    assert quotes(text) == [("fragile", "Mia Holt")]


def test_a_known_model_after_its_brand_is_one_mention():
    """'XPeng G6': the gazetteer model and the brand-model rule must not both record it."""
    from evclaims.extract import extract_seed

    text = "XPeng G6 arrives in Britain\n\nThe XPeng G6 costs £39,990 in the UK, XPeng said.\n"
    spans = [(m["char_start"], m["char_end"]) for m in extract_seed("t.txt", text).mentions]
    assert len(spans) == len(set(spans))
    assert (0, 8) in spans and (6, 8) not in spans  # one product mention, maker included

"""Quantities: values, units, currencies, ranges, hedges and rates, and the phrases that only look
like quantities (model names, dates, years, 'dozens'). Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from evclaims.extract.claims import time_expressions
from evclaims.extract.currency import document_currency_words, document_dollar, document_yen
from evclaims.extract.documents import segment
from evclaims.extract.metrics import measure_for
from evclaims.extract.numbers import find_fractions, find_one_in, find_quantities, yen_currency
from evclaims.extract.pipeline import extract_seed
from evclaims.vocab import unit_dimension

from probes import metric_values, quantities, signed


def test_200k_cars_is_vehicles_not_kelvin():
    assert quantities("The startup said it sold 200k cars last year.") == [
        ("200k cars", 200000.0, None, "vehicle", "=")]


def test_rmb_price_with_dollar_conversion_gives_two_positive_prices():
    s = "The hatchback will cost RMB 215,900 ($29,700) when it goes on sale."
    got = find_quantities(s)
    assert [(x.value, x.unit) for x in got] == [(215900.0, "CNY"), (29700.0, "USD")]
    assert all(x.value > 0 and x.comparator == "=" for x in got)
    assert {measure_for(x, s) for x in got} == {"price"}


def test_zero_to_hundred_is_one_acceleration_metric():
    s = "The coupe sprints from 0 to 100 km/h in 2.8 seconds, the maker claims."
    got = find_quantities(s)
    assert len(got) == 1
    x = got[0]
    assert (s[x.start:x.end], x.value, x.unit) == ("2.8 seconds", 2.8, "s")
    assert measure_for(x, s) == "acceleration_0_100"


def test_km_range():
    s = "Its battery gives 500-600 km on a single charge."
    assert quantities(s) == [("500-600 km", 500.0, 600.0, "km", "range")]
    assert measure_for(find_quantities(s)[0], s) == "range"


@pytest.mark.parametrize("sentence, value, unit", [
    ("Output reached 12,345 vehicles.", 12345.0, "vehicle"),
    ("It raised 1.2 million yuan.", 1.2e6, "CNY"),
    ("The plant cost 3.5bn euros.", 3.5e9, "EUR"),
    ("The upgrade takes three minutes.", 3.0, "min"),
    ("Buyers waited eight months.", 8.0, "month"),
    ("It sells in nine countries.", 9.0, "country"),
    ("Prices start at US$35,000.", 35000.0, "USD"),
    ("It costs A$49,990 locally.", 49990.0, "AUD"),
    ("The kit costs £4,500.", 4500.0, "GBP"),
    ("Insurance is ¥3,000 a year.", 3000.0, "CNY/year"),
    ("The tax is 20 per cent.", 20.0, "percent"),
    ("Sales jumped 327% on the year.", 327.0, "percent"),
    ("Share fell 2.5 percentage points.", 2.5, "percentage_point"),
    ("The pack stores 101 kWh.", 101.0, "kWh"),
])
def test_values_and_units(sentence, value, unit):
    got = find_quantities(sentence)
    assert [(x.value, x.unit) for x in got] == [(value, unit)]


def test_range_with_thousands():
    assert quantities("Analysts see 10,000-12,000 units a week.")[0][1:3] == (10000.0, 12000.0)


def test_rate_per_month():
    assert quantities("The line can build 20,000 vehicles a month.") == [
        ("20,000 vehicles a month", 20000.0, None, "vehicle/month", "=")]


@pytest.mark.parametrize("lead, comparator", [
    ("over", ">"), ("more than", ">"), ("exceeded", ">"), ("surpassed", ">"),
    ("about", "~"), ("around", "~"), ("nearly", "~"), ("approximately", "~"),
    ("up to", "<="), ("within", "<="), ("as much as", "<="), ("at least", ">="),
    ("under", "<"), ("fewer than", "<"), ("north of", ">"), ("shy of", "<"), ("south of", "<"),
    ("upward of", ">"), ("in the region of", "~"), ("in the neighbourhood of", "~"),
])
def test_hedges(lead, comparator):
    got = quantities(f"The firm shipped {lead} 5,000 vehicles.")
    assert got == [(f"{lead} 5,000 vehicles", 5000.0, None, "vehicle", comparator)]


def test_a_year_as_a_duration_only_after_a_preposition():
    assert quantities("Waits now stretch beyond a year.") == [("beyond a year", 1.0, None, "year", ">")]
    assert quantities("A year ago the plant was empty.") == []


@pytest.mark.parametrize("sentence", [
    "The T03, C10 and X9 are on display.",
    "It beat the Model 3 and reached Phase 2 at MWC 2024.",
    "Comments closed on 14 Dec 2024 and 12 September 2025.",
    "Exports will start by 2027.",
    "The brand is present in dozens of countries.",
    "It is the eighth straight month of growth.",
    "The four-door sedan arrives soon.",
])
def test_not_quantities(sentence):
    assert quantities(sentence) == []


def test_bare_number_inherits_unit_of_the_stated_quantity():
    got = quantities("It raised its goal to 350,000 cars, up from the earlier target of 300,000.")
    assert [(v, u) for _, v, _, u, _ in got] == [(350000.0, "vehicle"), (300000.0, "vehicle")]


def test_scaled_values_are_exact_and_indian_scales():
    assert quantities("Retail sales grew to 4.1 million units.")[0][1] == 4100000.0
    assert quantities("It is priced between Rs 17 lakh and Rs 24 lakh.") == [
        ("Rs 17 lakh and Rs 24 lakh", 1.7e6, 2.4e6, "INR", "range")]


def test_state_of_charge_window_is_one_range_and_charging_time_a_duration():
    s = "The pack charges from 10 to 80 per cent in 10.5 minutes."
    got = find_quantities(s)
    assert [(x.value, x.value_max, x.unit, x.comparator) for x in got] == [
        (10.0, 80.0, "percent", "range"), (10.5, None, "min", "=")]
    assert [measure_for(x, s) for x in got] == ["share", "duration"]


def test_from_to_without_charging_is_still_two_levels():
    s = "Its share rose from 12% to 15%."
    assert [x[1] for x in quantities(s)] == [12.0, 15.0]


def test_between_with_repeated_unit_is_a_range():
    assert quantities("The trucks weigh between 7,400 kg and 7,900 kg.") == [
        ("7,400 kg and 7,900 kg", 7400.0, 7900.0, "kg", "range")]


def test_other_currencies_and_weekly_rates():
    assert quantities("The plant cost C$1.3 billion and builds 900 cars a week.") == [
        ("C$1.3 billion", 1.3e9, None, "CAD", "="), ("900 cars a week", 900.0, None,
                                                      "vehicle/week", "=")]
    assert {"CAD", "HKD", "SGD", "CHF", "KRW", "SEK", "NOK", "TRY", "vehicle/week", "V"} <= set(
        unit_dimension())


def test_volts():
    s = "It rides on an 800-volt platform, up from 400V."
    assert [(x.value, x.unit) for x in find_quantities(s)] == [(800.0, "V"), (400.0, "V")]
    assert measure_for(find_quantities(s)[0], s) == "voltage"


def test_model_plural_is_not_seconds():
    assert quantities("Most were Tesla Model 3s built in Berlin.") == []


def test_bracketed_conversion_keeps_the_hedge():
    got = quantities("It holds about EUR 2 billion ($2.2 billion) in cash.")
    assert [x[4] for x in got] == ["~", "~"]


def test_listed_counts_share_the_unit():
    got = quantities("The group sold 12,500 cars, including 7,100 from its budget brand, 3,200 from "
            "its luxury arm and 2,200 from a joint venture.")
    assert [(x[1], x[3]) for x in got] == [(12500.0, "vehicle"), (7100.0, "vehicle"),
                                           (3200.0, "vehicle"), (2200.0, "vehicle")]


def test_up_from_a_hedged_bare_number():
    got = quantities("It now runs 60 showrooms, up from about 25 a year ago.")
    assert [(x[1], x[3], x[4]) for x in got] == [(60.0, "store", "="), (25.0, "store", "~")]


def test_a_large_bare_number_does_not_take_a_percentage():
    got = quantities("Exports were 12% of output, down from nearly 90,000 in 2022.")
    # the bare 90,000 counts what the sentence is about (exports), never per cent
    assert [(x[1], x[3]) for x in got] == [(12.0, "percent"), (90000.0, "vehicle")]


def test_quoted_count_before_model_names():
    assert quantities('The firm shipped "more than 4,000" K9 and K11 trucks.')[0][1:4] == (
        4000.0, None, "vehicle")


def test_vehicle_adjective_gives_way_to_the_noun():
    assert quantities("It will launch 14 EV models.")[0][3] == "item"
    assert quantities("It targets three million car sales a year.")[0][3] == "vehicle/year"


def test_fractions_of_a_total():
    s = "Fleet buyers took roughly half of the total."
    f = find_fractions(s)
    assert [(s[x.start:x.end], x.value, x.comparator) for x in f] == [("roughly half", 50.0, "~")]
    assert find_fractions("Sales rose in the first half of the year.") == []


def test_a_change_by_then_a_new_level_is_two_quantities_not_a_range():
    got = quantities("The base trim was lowered by €3,500 to €36,900 this week.")
    assert [(g[1], g[2], g[3], g[4]) for g in got] == [(3500.0, None, "EUR", "="),
                                                       (36900.0, None, "EUR", "=")]


def test_a_plain_to_range_is_still_a_range():
    assert quantities("Prices will run €30,000 to €36,000.")[0][1:5] == (30000.0, 36000.0, "EUR",
                                                                 "range")


def test_yen_follows_the_place_named():
    assert quantities("In Japan the hatch now costs ¥4.1 million.")[0][3] == "JPY"
    assert quantities("In Shanghai the hatch now costs ¥149,800.")[0][3] == "CNY"
    assert quantities("The hatch now costs ¥4.1 million.", yen="JPY")[0][3] == "JPY"
    assert yen_currency("Tokyo dealers cut ¥200,000 while Beijing ones cut ¥9,000") == "CNY"


@pytest.mark.parametrize("sentence, previous, value", [
    ("Van registrations rose 4% to 61,204, with Spain at 8,310.", "", 8310.0),
    ("The northern plant accounted for 12,400 of the total.", "Acme delivered 30,000 cars.",
     12400.0),
    ("The country could register about 1.2 million this year.", "EV sales keep rising.",
     1200000.0),
])
def test_bare_counts_take_the_counted_topic(sentence, previous, value):
    got = [g for g in quantities(sentence, previous) if g[1] == value]
    assert got and got[0][3] == "vehicle"


def test_bare_numbers_that_are_ids_or_model_names_stay_out():
    assert [g for g in quantities("Peugeot 3008 sales rose.") if g[1] == 3008.0] == []
    assert quantities("Registrations under licence No. 44,512 are closed.") == []
    assert quantities("Dealers sold cars 5k off the sticker.") == []


def test_one_in_n_is_a_share():
    got = quantities("Nearly one in four new vans sold was electric, against 1 in 20 before.")
    assert [(g[1], g[3], g[4]) for g in got] == [(25.0, "percent", "~"), (5.0, "percent", "=")]


def test_any_plural_noun_after_a_digit_number_is_a_count_but_not_a_measure_word():
    assert quantities("The agency received more than 4,200 complaints.")[0][1:5] == (
        4200.0, None, "item", ">")
    assert quantities("The site covers 250 hectares.")[0][3] == "ha"  # an area, not 250 things
    assert quantities("It took 3 decades.") == []


def test_a_small_number_after_a_name_is_a_model_number():
    assert quantities("The plant builds the Seal 06 and Atto 3 compact cars.") == []
    assert quantities("Hyundai 30 vehicles were recalled.")[0][3] == "vehicle"


@pytest.mark.parametrize("sentence, unit, value", [
    ("The cell plant will reach 24 GWh of output.", "GWh", 24.0),
    ("The depot draws 3.5 MW at peak.", "MW", 3.5),
    ("Pack costs dropped to $98/kWh last year.", "USD/kWh", 98.0),
    ("Roaming sessions cost €0.59 per kWh.", "EUR/kWh", 0.59),
    ("Honda expects operating profit of ¥1.1 trillion.", "JPY", 1.1e12),
])
def test_energy_power_and_per_kwh_units(sentence, unit, value):
    got = quantities(sentence)[0]
    assert (got[3], got[1]) == (unit, value)


def test_a_tilde_is_a_hedge_and_range_from_is_a_range():
    assert quantities("sticker is ~9% lower now")[0][1:5] == (9.0, None, "percent", "~")
    assert quantities("Trims range from RMB 109,800 to RMB 139,800.")[0][1:5] == (
        109800.0, 139800.0, "CNY", "range")
    assert [g[4] for g in quantities("Output rose from 8,000 to 9,500 units.")] == ["=", "="]


@pytest.mark.parametrize("sentence,expected", [
    ("Acme sold 52,000 cars in the first nine months of the year.", ["52,000 cars"]),
    ("Acme took 8,000 orders in its first six weeks.", ["8,000 orders"]),
    ("Buyers wait up to nine months for a car.", ["up to nine months"]),
])
def test_the_first_n_months_is_a_period_not_a_quantity(sentence, expected):
    assert [x[0] for x in quantities(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Net profit reached 2.4 trillion won last year.",
     ("2.4 trillion won", 2.4e12, None, "KRW", "=")),
    ("Running costs are about 4p per mile on a home tariff.", ("about 4p per mile", 0.04, None, "GBP/mi", "~")),
    ("It signed a nine-year supply deal with the miner.", ("nine-year", 9.0, None, "year", "=")),
    ("The 180-mile range suits city buyers.", ("180-mile", 180.0, None, "mi", "=")),
    ("Cells now cost as little as $61 per kWh.",
     ("as little as $61 per kWh", 61.0, None, "USD/kWh", ">=")),
    ("Shipments crossed 3,000 units in June.", ("crossed 3,000 units", 3000.0, None, "vehicle",
                                                 ">")),
    ("The levy will raise $40 billion over 10 years.", ("over 10 years", 10.0, None, "year",
                                                        "=")),
    ("The dealer group sold 2,150 scooters in May.", ("2,150 scooters", 2150.0, None, "vehicle",
                                                      "=")),
    ("The network added 900 rapid charge points.", ("900 rapid charge points", 900.0, None,
                                                    "item", "=")),
])
def test_quantity_forms(sentence, expected):
    assert expected in quantities(sentence)


def test_a_range_with_the_unit_on_both_figures():
    assert ("12% to 18%", 12.0, 18.0, "percent", "range") in quantities("Margins may reach 12% to 18%.")


def test_a_scale_written_once_applies_to_both_ends_of_a_range():
    found = quantities("Q4 needs 20-25k, per my model.", "Deliveries hit 90k.")
    assert ("20-25k", 20000.0, 25000.0, "vehicle", "range") in found


def test_k_counts_after_a_capitalised_word_are_not_model_numbers():
    found = quantities("Deliveries 52.3k, a record.")
    assert ("52.3k", 52300.0, None, "vehicle", "=") in found


def test_model_body_noun_is_not_a_count():
    assert quantities("The Arlo 5 hatchback is popular.") == []


def test_hyphenated_fraction_is_a_share():
    (x,) = find_fractions("Fleet buyers took roughly two-thirds, the firm said.")
    assert (x.value, x.unit, x.comparator) == (66.7, "percent", "~")


def test_pass_before_a_number_is_a_lower_bound():
    text = "Volt Harbour said local content should pass 45 per cent within two years.\n"
    assert (45.0, "percent", ">") in metric_values(text)


def test_a_range_written_in_words_is_one_range():
    text = "Orbex Motors said buyers in Chile should expect to wait four to six weeks.\n"
    assert metric_values(text) == [(4.0, "week", "range")]


def test_a_hedged_fraction_after_by_or_or_is_a_percentage():
    text = ("Kestrel Auto sold 4,100 cars in Chile, or roughly a quarter of its exports. "
            "Sales in Peru grew by about a third.\n")
    got = metric_values(text)
    assert (33.3, "percent", "~") in got


def test_a_fraction_without_a_hedge_after_by_is_left_alone():
    text = "Volt Harbour said the launch was delayed by a quarter.\n"
    assert metric_values(text) == []


def test_an_inherited_vehicle_count_takes_its_own_rate():
    text = ("The Porto plant builds about 900 vehicles a week and can build as many as "
            "40,000 a year.\n")
    assert (40000.0, "vehicle/year", "<=") in metric_values(text)


def test_a_year_earlier_is_no_rate():
    text = "Orbex Motors delivered 5,200 vehicles in May, up from 4,100 a year earlier.\n"
    assert (4100.0, "vehicle", "=") in metric_values(text)


def test_a_number_after_a_generic_model_word_is_no_count():
    text = "The recall covers certain 2024-2025 Model 5 hatchbacks built by Orbex Motors.\n"
    assert metric_values(text) == []


def test_a_count_span_stops_before_a_model_name():
    text = "Volt Harbour now runs 1,400 self-operated V4 charging stations in Chile.\n"
    ext = extract_seed("probe.txt", text)
    assert [text[r["char_start"]:r["char_end"]] for r in ext.metrics] == ["1,400 self-operated"]


def test_reaching_100_kmh_in_seconds_is_a_sprint_not_a_top_speed():
    text = "The Orbex GT produces 300 kW and reaches 100 km/h in 4.2 seconds.\n"
    ext = extract_seed("probe.txt", text)
    assert sorted(r["measure"] for r in ext.metrics) == ["acceleration_0_100", "power"]


def test_over_after_handing_is_a_particle():
    text = "Kestrel Auto handed over 12,345 vehicles in May.\n"
    assert metric_values(text) == [(12345.0, "vehicle", "=")]


def test_a_compared_figure_inherits_the_unit_and_keeps_its_bound():
    text = "Volt Harbour runs 40 charging hubs in Chile, compared with more than 900 in Brazil.\n"
    assert (900.0, "item", ">") in metric_values(text)


def test_a_model_plural_that_is_the_counted_noun_stays_in_the_span():
    text = "By July, Orbex Motors had delivered over 25,000 OX7s to customers.\n"
    ext = extract_seed("probe.txt", text)
    assert [text[r["char_start"]:r["char_end"]] for r in ext.metrics] == ["over 25,000 OX7s"]


@pytest.mark.parametrize("text, dollar", [
    # a local page that marks only US dollars: its bare "$" is the local dollar
    ("Perth dealers say the Kestrel EV costs $48,990 (about US$31,800) in Australia.", "AUD"),
    ("Ottawa's rebate lifts demand. The sedan costs $52,000 (US$37,400) in Canada.", "CAD"),
    # a page that names only that dollar country, three times or more
    ("Toronto buyers paid $45,000. Ontario dealers and Canadian importers agree.", "CAD"),
    # ... but not when it names the US as well, or names the country fewer times
    ("Toronto buyers paid $45,000. Ontario dealers and Canadian importers agree, as do "
     "US buyers.", "USD"),
    ("Toronto buyers paid $45,000, Canadian importers say.", "USD"),
    # a wire that writes the local dollar as C$ keeps '$' for US dollars
    ("Canada will spend C$2 billion; the maker invests $1 billion in Ontario, Canada.", "USD"),
    # no dollar country, or one named once with no US dollars, or the US named more
    ("Türkiye sets a US$7,000 minimum levy; BYD commits $1 billion to its plant.", "USD"),
    ("The Hong Kong-listed maker raised $4.1bn for its Spanish plant.", "USD"),
    ("Tesla cut US prices by $2,000 in the United States; US buyers, unlike Canadians, "
     "lose the US$7,500 credit.", "USD"),
])
def test_a_bare_dollar_is_read_from_where_the_page_is(text, dollar):
    assert document_dollar(text) == dollar


def test_the_document_dollar_reaches_the_metric_rows():
    text = ("Kestrel prices its SUV for Australia\n\n"
            "The Kestrel K5 will cost $57,900 before on-road costs (about US$37,500) when "
            "deliveries begin in Sydney and Melbourne.\n")
    units = {m["evidence"] if "evidence" in m else m["text"]: m["unit"]
             for m in extract_seed("t.txt", text).metrics}
    assert sorted(units.values()) == ["AUD", "USD"]


@pytest.mark.parametrize("sentence", [
    "The 7X electric SUV will start from $57,900.",
    "Its new 5G modem ships with the 9X SUV.",
])
def test_letters_glued_to_a_number_make_a_code_not_a_count(sentence):
    found = {sentence[q.start:q.end] for q in find_quantities(sentence)}
    assert not any(x[0].isdigit() and not x.startswith(("57", "$")) for x in found), found


def test_units_glued_to_a_number_still_count():
    sentence = "A 75kWh pack, 800V wiring, 2.8s to 100 km/h and 200k orders."
    assert [(q.value, q.unit) for q in find_quantities(sentence)][:3] == [
        (75.0, "kWh"), (800.0, "V"), (2.8, "s")]


def test_a_reporting_period_is_not_a_quantity():
    sentence = "The company delivered 104,862 vehicles in the three months to June."
    assert [q.value for q in find_quantities(sentence)] == [104862.0]


@pytest.mark.parametrize("sentence, value, unit", [
    ("Lithium fell to $10,300 a tonne.", 10300.0, "USD/t"),
    ("Carbonate traded at ¥74,500/t in Shanghai.", 74500.0, "CNY/t"),
    ("Running costs are about 5.6p per mile.", 0.056, "GBP/mi"),
    ("Buyers can rent the battery at Rs 3.5 per km.", 3.5, "INR/km"),
    ("Cells cost $60/kWh.", 60.0, "USD/kWh"),
    ("The levy raised some 52 billion pesos last year.", 52e9, "MXN"),
    ("The plant cost Rp13.4 trillion.", 13.4e12, "IDR"),
    ("The Atto 3 now costs RM149,800 in Malaysia.", 149800.0, "MYR"),
    ("Prices start at 1.2 million baht.", 1.2e6, "THB"),
])
def test_more_currencies_and_prices_per_unit(sentence, value, unit):
    assert [(q.value, q.unit) for q in find_quantities(sentence)] == [(value, unit)]


def test_pesos_and_dirhams_follow_the_country_the_page_names():
    words = document_currency_words
    assert words("Manila dealers say the Philippines market grew.")["pesos"] == "PHP"
    assert words("Buenos Aires importers cheered Argentina's move.")["pesos"] == "ARS"
    assert words("Dealers cheered the move.") == {"pesos": "MXN", "dirhams": "AED", "kr": "NOK"}
    assert words("The Kenitra plant will make Morocco an export hub.")["dirhams"] == "MAD"
    sentence = "The plant will cost 12.8 billion dirhams."
    assert find_quantities(sentence, words={"dirhams": "MAD"})[0].unit == "MAD"


@pytest.mark.parametrize("sentence, unit", [
    ("Exports were worth about 38.6 billion U.S. dollars.", "USD"),
    ("The Seal starts from SR184,500 in Riyadh.", "SAR"),
    ("It costs Dh149,900 in Dubai.", "AED"),
    ("Nearly 300 residents signed the petition.", "person"),
])
def test_units_of_money_words_and_people(sentence, unit):
    assert [q.unit for q in find_quantities(sentence)] == [unit]


def test_the_size_of_a_ranking_is_not_a_figure():
    assert find_quantities("Top five models in October:") == []


@pytest.mark.parametrize("sentence, value, unit", [
    ("The Sealion 7 will cost R799,900 at launch.", 799900.0, "ZAR"),
    ("The VF 3 starts at 766,000,000 ₫ in Hanoi.", 766000000.0, "VND"),
    ("Locked orders reached 289,000 by Friday.", 289000.0, "order"),
])
def test_rand_dong_and_bare_order_counts(sentence, value, unit):
    assert [(q.value, q.unit) for q in find_quantities(sentence)] == [(value, unit)]


def test_a_model_code_after_r_is_not_rand():
    assert find_quantities("The Rivian R2 arrives next year.") == []


@pytest.mark.parametrize("sentence, value, unit", [
    ("It has written off $270-million this year.", 270e6, "USD"),
    ("Ottawa will cut its 75-per-cent surtax.", 75.0, "percent"),
])
def test_canadian_press_hyphens(sentence, value, unit):
    assert [(q.value, q.unit) for q in find_quantities(sentence)] == [(value, unit)]


def test_a_model_number_before_a_kind_of_car_is_not_a_count():
    assert find_quantities("It will first build the Atto 1 city car for the market.") == []


@pytest.mark.parametrize("sentence, value, comparator", [
    ("Li Auto sold 100 cars, roughly a third of it abroad.", 33.3, "~"),
    ("Kei cars are about two in five new cars sold here.", 40.0, "~"),
    ("China took more than a fifth of the market.", 20.0, ">"),
])
def test_more_fractions(sentence, value, comparator):
    got = [(q.value, q.comparator) for q in find_fractions(sentence) + find_one_in(sentence)]
    assert got == [(value, comparator)]


def test_a_count_near_people_words_counts_people():
    sentence = ("The plant will employ up to 14,500 people when fully running, some 2,600 of "
                "them in the first phase.")
    assert [q.unit for q in find_quantities(sentence)] == ["person", "person"]


def test_energy_consumption_is_a_unit_of_its_own():
    sentence = "It used 14.8 kWh/100km in winter, or 16.2 kWh per 100 km on the motorway."
    assert [(q.value, q.unit) for q in find_quantities(sentence)] == [
        (14.8, "kWh/100km"), (16.2, "kWh/100km")]


def test_a_currency_word_after_a_dollar_sign_names_the_currency():
    sentence = "It is a deal worth $71 billion pesos (US$75 million)."
    got = [(q.value, q.unit) for q in find_quantities(sentence, words={"pesos": "CLP"})]
    assert got == [(71e9, "CLP"), (75e6, "USD")]


def test_a_range_never_runs_downwards():
    """'708,000-1.02 million yuan': the scale belongs to the second number only (a row with
    value_max below value once made `build` refuse a whole package)."""
    q = find_quantities("- Maextro S800: 708,000-1.02 million yuan")[0]
    assert (q.value, q.value_max, q.unit) == (708000.0, 1020000.0, "CNY")
    q = find_quantities("Sales of 9-10k units a month.")[0]
    assert (q.value, q.value_max) == (9000.0, 10000.0)


def test_forints_prices_and_a_range_of_prices():
    assert [(q.value, q.unit) for q in find_quantities(
        "Workers earn gross Ft 410,000 a month.")] == [(410000.0, "HUF/month")]
    q = find_quantities("Prices run from €210,000 to €240,000.")[0]
    assert (q.value, q.value_max, q.comparator) == (210000.0, 240000.0, "range")


@pytest.mark.parametrize("sentence, previous, value, unit", [
    ("Prices are falling to KSh 165,000.", "", 165000.0, "KES"),
    ("Tesla Model Y – 1,096", "Danish registrations in October:", 1096.0, "vehicle"),
    ("A full swap took 3 min 40 s yesterday.", "", 220.0, "s"),
])
def test_shillings_ranking_lines_and_minutes_with_seconds(sentence, previous, value, unit):
    assert [(q.value, q.unit) for q in find_quantities(sentence, previous)] == [(value, unit)]


def test_counted_sources_and_times_are_not_figures():
    assert find_quantities("It owes dealers, two people familiar with the matter said.") == []
    assert [q.value for q in find_quantities("Earnings call 17:00")] == []


def test_shekels_and_read_time_lines():
    assert [(q.value, q.unit) for q in find_quantities("It starts from NIS 149,900.")] == [
        (149900.0, "ILS")]
    text = ("Credit rules\nBy Ann Lee · 1,450 words · 6-minute read\n\nTreasury issued the "
            "212-page guidance on Friday, officials said.\n")
    assert "1,450" not in segment(text).mask


def test_a_capitalised_word_is_not_a_currency_code():
    assert [q.unit for q in find_quantities("Try 4 weeks for €1.")] == ["EUR"]
    assert [q.unit for q in find_quantities("The tariff is TRY 40,000.")] == ["TRY"]


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
    assert find_quantities("He bought 12 Ramos kettles.") == []


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
    assert document_dollar(text) == dollar


def test_a_hong_kong_ticker_names_its_market():
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
    text = ("In Singapore the G6 costs $176,888 with COE; Singapore buyers pay more than in "
            "Australia, where the 7X is A$57,900 before on-road costs.")
    assert document_dollar(text) != "AUD"


def test_a_page_that_states_its_dollar_is_read_so():
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


@pytest.mark.parametrize("sentence, periods", [
    ("Deliveries in Q3 2025 reached 1.1 million.", ["2025-Q3"]),
    ("In the second half of 2024 sales fell.", ["2024-H2"]),
    ("Nio's 2Q24 deliveries were 57,373.", ["2024-Q2"]),
    ("Third-quarter revenue was 195 billion yuan.", ["2025-Q3"]),  # the page's year
    ("Last year it sold 4.27 million cars.", ["2024"]),
    ("The Audi Q4 e-tron sold well in Q3.", ["2025-Q3"]),  # a model is no quarter
])
def test_quarters_halves_and_relative_years(sentence, periods):
    assert [r for _, _, r in time_expressions(sentence, 2025)] == periods


@pytest.mark.parametrize("sentence, found", [
    ("The base trim costs 39.990 euros before the bonus.", ("39.990 euros", 39990.0, "EUR")),
    ("In Brazil it sells for R$ 149.800 with a wallbox.", ("R$ 149.800", 149800.0, "BRL")),
    ("The region pledged €1.250.000 for the depot.", ("€1.250.000", 1250000.0, "EUR")),
    ("Dealers took 1.500 vehicles in May.", ("1.500 vehicles", 1500.0, "vehicle")),
    # not money or a count: the dot is a decimal point
    ("Diesel sold at €1.659 per litre.", ("€1.659 per litre", 1.659, "EUR/L")),
    ("The test loop was 1.250 km long.", ("1.250 km", 1.25, "km")),
    ("The group raised €1.250 billion.", ("€1.250 billion", 1250000000.0, "EUR")),
])
def test_dots_that_group_thousands(sentence, found):
    assert [(t, v, u) for t, v, _, u, _ in quantities(sentence)] == [found]


@pytest.mark.parametrize("sentence, text", [
    ("New cars must average 93.6 g/km from 2025.", "93.6 g/km"),
    ("The hybrid is rated at 95g CO2/km.", "95g CO2/km"),
    ("The fleet emitted 141 grams of CO2 per kilometre last year.", "141 grams of CO2 per kilometre"),
    ("The limit is 115 g/km CO2 for passenger cars.", "115 g/km CO2"),
])
def test_co2_per_kilometre_is_an_emissions_figure(sentence, text):
    [(span, value, _, unit, _)] = quantities(sentence)
    assert (span, unit) == (text, "g/km")
    assert [m for _, _, m in signed(sentence)] == ["co2_emissions"]


@pytest.mark.parametrize("sentence, found", [
    ("Our longest route is 74 miles a day.", ("74 miles a day", 74.0, "mi/day")),
    ("Drivers cover 12,000 miles a year on average.", ("12,000 miles a year", 12000.0, "mi/year")),
    ("It covered 400,000 km a year ago.", ("400,000 km", 400000.0, "km")),
    ("The subsidy falls to ₹2,500 per kWh from April.", ("₹2,500 per kWh", 2500.0, "INR/kWh")),
    ("It targets 280,000 tonnes of lithium carbonate equivalent (LCE) a year by 2030.",
     ("280,000 tonnes of lithium carbonate equivalent (LCE) a year", 280000.0, "t/year")),
])
def test_distances_driven_a_day_and_more_rates(sentence, found):
    assert [(t, v, u) for t, v, _, u, _ in quantities(sentence)] == [found]


@pytest.mark.parametrize("sentence, found", [
    ("It will add 350 experience centres, taking its total past 1,000.",
     [("350 experience centres", "store", "="), ("past 1,000", "store", ">")]),
    ("The subsidy is capped at ₹5,000 per vehicle.", [("capped at ₹5,000", "INR", "<=")]),
    ("Sales doubled over the past 12 months.", [("12 months", "month", "=")]),
])
def test_past_and_capped_at_are_bounds(sentence, found):
    assert [(t, u, c) for t, _, _, u, c in quantities(sentence)] == found


@pytest.mark.parametrize("sentence, previous, found", [
    ("- Added 312 new operational public stalls, bringing the total to 4,870.", "",
     ("312 new operational public stalls", "item")),
    ("The state plans 1,200 new fast-charging points by 2027.", "",
     ("1,200 new fast-charging points", "item")),
    ("Germany has more than 160,000 public points.", "Poland has 15,240 charging points.",
     ("more than 160,000 public points", "item")),
    ("Per 100 km of road, Poland is last.", "", None),
    ("The index rose 12 points.", "Charging is cheap.", None),
])
def test_counts_of_stalls_and_charge_points(sentence, previous, found):
    got = [(t, u) for t, _, _, u, _ in quantities(sentence, previous)]
    assert got[:1] == ([found] if found else [])


@pytest.mark.parametrize("sentence, found", [
    ("Only 1,140 deliver 150 kW or more.", ("150 kW", "kW", ">=")),
    ("Cars with 5% or less of the market.", ("5%", "percent", "<=")),
])
def test_a_bound_written_after_the_figure(sentence, found):
    assert [(t, u, c) for t, _, _, u, c in quantities(sentence)] == [found]


def test_an_amount_compared_after_a_time_phrase_shares_the_price_unit():
    sentence = "It was 2.79 zł per kWh in October, compared with about 1.10 zł at home."
    assert [u for _, _, _, u, _ in quantities(sentence)] == ["PLN/kWh", "PLN/kWh"]


@pytest.mark.parametrize("sentence, found", [
    ("The Dolphin Surf starts at CHF 22'990.", ("CHF 22'990", 22990.0, "CHF")),
    ("The Seal U is listed at CHF 39’990.", ("CHF 39’990", 39990.0, "CHF")),
    ("Petrol climbed above ₦1,000 per litre.", ("above ₦1,000 per litre", 1000.0, "NGN/L")),
    ("Home charging is roughly ₪9 per 100 km.", ("roughly ₪9 per 100 km", 0.09, "ILS/km")),
    ("Start-ups put more than 4,500 bikes on the road.",
     ("more than 4,500 bikes", 4500.0, "vehicle")),
])
def test_swiss_thousands_local_fuel_prices_and_bikes(sentence, found):
    assert [(t, v, u) for t, v, _, u, _ in quantities(sentence)] == [found]


@pytest.mark.parametrize("sentence, found", [
    ("The network has 17,800 public points, but only 2,300 of them are fast chargers.",
     [("17,800 public points", "item"), ("2,300", "item")]),
    ("Each will have at least two 150 kW chargers, and the first 40 will open in June.",
     [("at least two", "item"), ("150 kW", "kW"), ("40", "item")]),
    ("The SUV, priced from A$54,990, accounted for 1,906 of those.",
     [("A$54,990", "AUD")]),
])
def test_a_part_of_a_count_counts_the_same_thing(sentence, found):
    assert [(t, u) for t, _, _, u, _ in quantities(sentence)][:len(found)] == found
    assert all(u != "AUD" for t, _, _, u, _ in quantities(sentence) if t == "1,906")


@pytest.mark.parametrize("sentence, found", [
    ("48 monthly payments of £249, APR 9.9%.",
     [("48 monthly payments", "item"), ("£249", "GBP"), ("9.9%", "percent")]),
    ("2022 MG ZS EV Trophy – £14,250 – 21,000 miles", [("£14,250", "GBP"), ("21,000 miles", "mi")]),
    ("Three-year-old vans are worth 38% of their list price.", [("38%", "percent")]),
])
def test_apr_is_no_april_a_price_then_a_mileage_and_ages(sentence, found):
    assert [(t, u) for t, _, _, u, _ in quantities(sentence)] == found


@pytest.mark.parametrize("sentence, found", [
    ("Charging costs 29 fils per kWh plus VAT.", ("29 fils per kWh", 0.29, "AED/kWh")),
    ("It will open 8 more retail spaces.", ("8 more retail spaces", 8.0, "store")),
])
def test_fils_and_retail_spaces(sentence, found):
    assert [(t, v, u) for t, v, _, u, _ in quantities(sentence)] == [found]


@pytest.mark.parametrize("sentence", ["Xpeng had its biggest one-day gain since August.",
                                      "Turnover was 30% above the three-month average."])
def test_hyphenated_periods_that_describe_are_no_durations(sentence):
    assert all(u not in ("day", "month") for _, _, _, u, _ in quantities(sentence))


@pytest.mark.parametrize("sentence, found", [
    ("It signed a contract for 120 Urbino 12 electric buses.", ("120", 120.0, "vehicle")),
    ("Fortescue has signed for 650 BYD Shark 6 plug-in hybrid utes.", ("650", 650.0, "vehicle")),
])
def test_a_model_name_and_number_between_a_count_and_its_noun(sentence, found):
    assert [(t, v, u) for t, v, _, u, _ in quantities(sentence)] == [found]


@pytest.mark.parametrize("sentence, found", [
    ("It was best-selling with 4 812 registrations, ahead of the e-208 on 3 977.",
     [("4 812 registrations", 4812.0, "vehicle"), ("3 977", 3977.0, "vehicle")]),
    ("EVs took 21,4 % of the market. Registrations fell 2,3 % to 121 034.",
     [("21,4 %", 21.4, "percent"), ("2,3 %", 2.3, "percent"), ("121 034", 121034.0, "vehicle")]),
    ("It starts at 32 990 € in France.", [("32 990 €", 32990.0, "EUR")]),
    ("In 2023 120 000 cars were sold.", [("120 000 cars", 120000.0, "vehicle")]),
])
def test_french_space_thousands_and_decimal_commas(sentence, found):
    assert [(t, v, u) for t, v, _, u, _ in quantities(sentence)] == found


@pytest.mark.parametrize("sentence, found", [
    ("It is recalling 18,240 model-year 2024–2025 Zentra Aero electric SUVs.",
     [("18,240 model-year", "vehicle", "=")]),
    ("Lot 1: 48 standard 12-metre buses.", [("48 standard 12-metre buses", "vehicle", "=")]),
    ("Owners must limit DC charging to 80% and 100 kW.",
     [("80%", "percent", "<="), ("100 kW", "kW", "<=")]),
    ("Top speed is limited to 210 km/h.", [("210 km/h", "km/h", "=")]),
])
def test_years_and_lengths_before_a_counted_noun_and_limits(sentence, found):
    assert [(t, u, c) for t, _, _, u, c in quantities(sentence)] == found


@pytest.mark.parametrize("sentence, previous, found", [
    ("Output reaches 5,000 Model Y a week.", "", ("5,000 Model Y a week", "vehicle/week")),
    ("A fleet of about 611,000 battery-electric and plug-in hybrid cars.", "",
     ("about 611,000 battery-electric and plug-in hybrid cars", "vehicle")),
    ("It counted around 3,400 vehicle fires.", "", ("around 3,400 vehicle fires", "item")),
    ("About 5,000 at full production.", "QUESTION (Handelsblatt): How many jobs?",
     ("About 5,000", "person")),
])
def test_model_codes_coordinated_modifiers_incidents_and_answers_to_how_many(
        sentence, previous, found):
    assert [(t, u) for t, _, _, u, _ in quantities(sentence, previous)] == [found]


@pytest.mark.parametrize("sentence, found", [
    ("Total: 8 hours 30 minutes, three charging stops.",
     [("8 hours 30 minutes", 8.5, "h"), ("three charging stops", 3.0, "item")]),
    ("Two more stops got us to Trondheim at 15:40.", [("Two more stops", 2.0, "item")]),
    ("We left at 07:10 with the battery at 100% and it at -4°C.",
     [("100%", 100.0, "percent"), ("-4°C", -4.0, "degC")]),
])
def test_hours_and_minutes_stops_and_times_of_day(sentence, found):
    assert [(t, v, u) for t, v, _, u, _ in quantities(sentence)] == found


@pytest.mark.parametrize("sentence, previous, found", [
    ("Of these, 17,900 were rated at 50 kW or above.",
     "There were 84,200 public charging devices installed.", [("17,900", "item"), ("50 kW", "kW")]),
    ("It will add 3,500 vans, taking its electric fleet past 9,000.", "",
     [("3,500 vans", "vehicle"), ("past 9,000", "vehicle")]),
    ("It plans 1,200 chargers at 150 delivery offices.", "",
     [("1,200 chargers", "item"), ("150 delivery offices", "item")]),
    ("Loss was greatest on trips shorter than 10 km (95% CI: 47–55%).", "",
     [("shorter than 10 km", "km"), ("47–55%", "percent")]),
])
def test_of_these_fleets_offices_and_confidence_levels(sentence, previous, found):
    assert [(t, u) for t, _, _, u, _ in quantities(sentence, previous)] == found


@pytest.mark.parametrize("sentence, found", [
    ("Driving time: 5 h 20 min.", [("5 h 20 min", "h")]),
    ("Of the 212 electric cars entered, 171 sold.", [("212 electric cars", "vehicle"),
                                                     ("171", "vehicle")]),
    ("It plans 450 on-street chargers by 2030, starting with 120 in 2026.",
     [("450 on-street chargers", "item"), ("120", "item")]),
])
def test_h_before_minutes_of_the_n_and_starting_with(sentence, found):
    assert [(t, u) for t, _, _, u, _ in quantities(sentence)] == found


def test_filling_a_battery_from_one_level_to_another_is_a_window():
    sentence = "Filling a 60 kWh battery from 20% to 80% takes around 5 hours."
    assert [(t, c) for t, _, _, _, c in quantities(sentence)] == [
        ("60 kWh", "="), ("20% to 80%", "range"), ("around 5 hours", "~")]


@pytest.mark.parametrize("sentence, found", [
    ("The levy would rise to 76 cents per kWh from July.", [("76 cents per kWh", 0.76, "USD/kWh")]),
    ("Off-peak power costs 30c/kWh.", [("30c/kWh", 0.3, "USD/kWh")]),
    ("It charges 15 euro cents a kilowatt-hour.",
     [("15 euro cents a kilowatt-hour", 0.15, "EUR/kWh")]),
    ("Petrol costs €1.80 a litre; charging costs 40 cents per kWh.",
     [("€1.80 a litre", 1.8, "EUR/L"), ("40 cents per kWh", 0.4, "EUR/kWh")]),
    ("Only 5 per cent of buyers chose it.", [("5 per cent", 5.0, "percent")]),
])
def test_cents_are_hundredths_of_the_dollar_or_of_the_euro_named(sentence, found):
    assert [(t, v, u) for t, v, _, u, _ in quantities(sentence)] == found


def test_cents_after_a_bare_dollar_follow_the_pages_dollar():
    assert [(x.unit, x.value) for x in find_quantities("It runs at 60 cents a km.", dollar="AUD")] \
        == [("AUD/km", 0.6)]


def test_a_hedge_word_inside_a_compound_is_no_hedge():
    assert quantities("The pickup gives an EPA-estimated 410 miles.") == [
        ("410 miles", 410.0, None, "mi", "=")]


@pytest.mark.parametrize("sentence, found", [
    ("Nearly 9 in 10 new cars sold in Norway are electric.",
     [("Nearly 9 in 10", 90.0, None, "percent", "~")]),
    ("Seven in ten buyers want one.", [("Seven in ten", 70.0, None, "percent", "=")]),
    ("It sold 5 in 12 months.", [("12 months", 12.0, None, "month", "=")]),
    ("It has 1,100 stores in 30-plus countries.",
     [("1,100 stores", 1100.0, None, "store", "="), ("30-plus countries", 30.0, None, "country", ">")]),
])
def test_fractions_once_k_in_n_shares_and_a_plus_suffix(sentence, found):
    assert quantities(sentence) == found


def test_a_hyphenated_fraction_before_of_is_read_once():
    assert [(x.value, x.comparator) for x in find_fractions(
        "Roughly two-thirds of buyers chose the long-range version.")] == [(66.7, "~")]


@pytest.mark.parametrize("sentence, found", [
    ("Charging costs me about £16 a month.", ("about £16 a month", 16.0, None, "GBP/month", "~")),
    ("The charge adds $1,500 a year.", ("$1,500 a year", 1500.0, None, "USD/year", "=")),
    ("It costs £60-£70 per month.", ("£60-£70 per month", 60.0, 70.0, "GBP/month", "range")),
    ("Ours is ~£25 pcm.", ("~£25 pcm", 25.0, None, "GBP/month", "~")),
    ("The lease is €299/mo.", ("€299/mo", 299.0, None, "EUR/month", "=")),
])
def test_an_amount_a_month_or_a_year_keeps_its_period_in_the_unit(sentence, found):
    assert quantities(sentence) == [found]


def test_kr_follows_the_pages_country_and_bare_degrees_are_celsius():
    assert [(m["text"], m["unit"]) for m in extract_seed(
        "p.txt", "Prices\n\nThe cheapest Model Y costs kr 449 900 in Norway.\n").metrics] == [
        ("kr 449 900", "NOK")]
    assert [m["unit"] for m in extract_seed(
        "p.txt", "Prices\n\nThe cheapest Model Y costs kr 449 900 in Stockholm.\n").metrics] == [
        "SEK"]
    assert quantities("The cabin was set to 21 degrees.") == [
        ("21 degrees", 21.0, None, "degC", "=")]
    assert quantities("The wheel turned 90 degrees to the left.") == []


@pytest.mark.parametrize("sentence, found", [
    ("Revenue fell to ₩3.18tn.", [("₩3.18tn", 3.18e12, None, "KRW", "=")]),
    ("It booked W98.9 billion in tax credits.", [("W98.9 billion", 98.9e9, None, "KRW", "=")]),
    ("Weight eight tonnes.", [("eight tonnes", 8.0, None, "t", "=")]),
    ("The mix: 54 Ford E-Transits and 32 vans.",
     [("54 Ford E-Transits", 54.0, None, "vehicle", "="), ("32 vans", 32.0, None, "vehicle", "=")]),
    ("Tesla registered 2,790 Model Ys in March.",
     [("2,790 Model Ys", 2790.0, None, "vehicle", "=")]),
])
def test_tn_the_won_sign_w_and_plural_models_counted(sentence, found):
    assert quantities(sentence) == found


@pytest.mark.parametrize("sentence, found", [
    ("Motors: Dual, 460kW/735Nm", [("460kW", 460.0, None, "kW", "="), ("735Nm", 735.0, None, "Nm", "=")]),
    ("Battery warranty: 8 years/160,000km",
     [("8 years", 8.0, None, "year", "="), ("160,000km", 160000.0, None, "km", "=")]),
    ("It uses 16.2 kWh/100 km.", [("16.2 kWh/100 km", 16.2, None, "kWh/100km", "=")]),
    ("It runs 86 of them, 60% of a 140-van fleet.",
     [("60%", 60.0, None, "percent", "="), ("140-van", 140.0, None, "vehicle", "=")]),
    ("a 12-month wait", [("12-month", 12.0, None, "month", "=")]),
])
def test_a_second_figure_after_a_slash_and_a_hyphenated_fleet_count(sentence, found):
    assert quantities(sentence) == found


def test_a_counted_noun_moved_to_a_level_and_public_points():
    rows = [(m["text"], m["unit"]) for m in extract_seed(
        "p.txt", "Ionity\n\nUptime was 98.7%, and sessions rose 38% to 9.4 million.\n").metrics]
    assert rows == [("98.7%", "percent"), ("38%", "percent"), ("9.4 million", "item")]
    assert quantities("The city still needs at least 4,000 more public points.") == [
        ("at least 4,000 more public points", 4000.0, None, "item", ">=")]


@pytest.mark.parametrize("sentence, found", [
    ("Our energy cost per mile has fallen from 19p to 7.2p.",
     [("19p", 0.19, None, "GBP/mi", "="), ("7.2p", 0.072, None, "GBP/mi", "=")]),
    ("Electric vans cost 9.4p a mile against roughly 21p for diesel.",
     [("9.4p a mile", 0.094, None, "GBP/mi", "="), ("roughly 21p", 0.21, None, "GBP/mi", "~")]),
    ("It was 5p.", []),
])
def test_bare_pence_are_per_the_unit_named_earlier_in_the_sentence(sentence, found):
    assert quantities(sentence) == found


@pytest.mark.parametrize("sentence, found", [
    ("We installed 48 x 22kW chargers for £290,000.",
     [("48", 48.0, None, "item", "="), ("22kW", 22.0, None, "kW", "="),
      ("£290,000", 290000.0, None, "GBP", "=")]),
    ("It has 12 × 350 kW stalls.", [("12", 12.0, None, "item", "="), ("350 kW", 350.0, None, "kW", "=")]),
    ("They drew a 2 x 4 grid.", []),
])
def test_a_count_times_a_size_is_two_figures(sentence, found):
    assert quantities(sentence) == found


def test_fifths_and_tenths_and_a_count_that_numbers_its_noun():
    assert [(x.value, x.comparator) for x in find_fractions(
        "That is about one-fifth of the 2024 total.")] == [(20.0, "~")]
    rows = [(m["text"], m["unit"]) for m in extract_seed(
        "p.txt", "Chargers\n\nPublic chargers now number roughly 3.2m worldwide.\n").metrics]
    assert rows == [("roughly 3.2m", "item")]


@pytest.mark.parametrize("sentence, found", [
    ("Its order book stands at c.18,000 vehicles.", [("c.18,000 vehicles", 18000.0, None, "vehicle", "~")]),
    ("It costs c. 500 euros.", [("c. 500 euros", 500.0, None, "EUR", "~")]),
    ("Version 2.0 has 5 seats.", [("5 seats", 5.0, None, "item", "=")]),
])
def test_c_dot_is_circa(sentence, found):
    assert quantities(sentence) == found


@pytest.mark.parametrize("sentence, found", [
    ("It ran at temperatures between -19 and -24 °C.", [("-19 and -24 °C", -24.0, -19.0, "degC", "range")]),
    ("Range drops from -10 to -20°C.", [("-10 to -20°C", -20.0, -10.0, "degC", "range")]),
    ("It was -15°C outside.", [("-15°C", -15.0, None, "degC", "=")]),
])
def test_a_temperature_range_with_the_unit_after_its_second_end(sentence, found):
    assert quantities(sentence) == found


def test_a_parallel_clause_shares_the_unit_of_the_clause_before():
    assert quantities("The Tesla averaged 21.3 kWh/100 km, the ID.4 used 23.9.") == [
        ("21.3 kWh/100 km", 21.3, None, "kWh/100km", "="), ("23.9", 23.9, None, "kWh/100km", "=")]

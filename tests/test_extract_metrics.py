"""Metrics: what a quantity measures, its sign, its period, and which figures are one row.
Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from evclaims.extract.metrics import measure_for, signed_values
from evclaims.extract.numbers import find_quantities, find_zero_rates
from evclaims.extract.pipeline import extract_seed

from probes import measure_and_sign, metric_values, signed


def test_zero_tax_is_a_zero_rate():
    got = find_zero_rates("Imports grew under the zero-tariff regime.")
    assert [(x.value, x.unit) for x in got] == [(0.0, "percent")]


@pytest.mark.parametrize("sentence, measure", [
    ("It received over 200,000 pre-bookings in a day.", "pre_orders"),
    ("It delivered 28,000 units in June.", "deliveries"),
    ("The EU set a 17.1 per cent duty on the brand.", "tariff_rate"),
    ("Its plant can build about 20,000 vehicles a month.", "production_capacity"),
    ("The company raised its production goal to 350,000 cars.", "production_target"),
    ("Waiting times are up to eight months.", "wait_time"),
    ("The group exported 50,000 vehicles.", "exports"),
    ("Revenue rose 12% on the year.", "growth"),
])
def test_measures(sentence, measure):
    got = find_quantities(sentence)
    assert measure_for(got[0], sentence) == measure


def test_target_measure_from_targeting():
    s = "The group is targeting annual sales of 1 million vehicles by 2030."
    assert measure_for(find_quantities(s)[0], s) == "sales_target"


def test_falls_are_negative_growth():
    s = "Registrations were down 7.2% while exports fell 3 per cent and imports rose 4%."
    got = find_quantities(s)
    assert [signed_values(x, s, measure_for(x, s))[0] for x in got] == [-7.2, -3.0, 4.0]


def test_change_stated_after_the_figure_is_growth():
    s = "The new rate is 1.5 percentage points lower than last year's 12%."
    x = find_quantities(s)[0]
    assert measure_for(x, s) == "growth"
    assert signed_values(x, s, "growth")[0] == -1.5


def test_a_leading_minus_sign_is_a_fall():
    s = "Sales at the brand were -4.1% YoY in March."
    x = find_quantities(s)[0]
    assert signed_values(x, s, measure_for(x, s))[0] == -4.1


def test_counts_are_never_negative():
    s = "Deliveries fell to 9,000 cars."
    x = find_quantities(s)[0]
    assert signed_values(x, s, measure_for(x, s))[0] == 9000.0


def test_down_from_a_level_is_the_previous_level_not_a_fall():
    s = "Diesel's market share dropped to 9.1%, down from 12.4%."
    assert measure_and_sign(s, "12.4%") == ("market_share", 12.4)
    assert measure_and_sign(s, "9.1%") == ("market_share", 9.1)


def test_share_words_make_a_percentage_a_market_share():
    assert measure_and_sign("Plug-in hybrids held a 21.5% share in May.", "21.5%")[0] == "market_share"
    assert measure_and_sign("Imports took 18% of the French market.", "18%")[0] == "market_share"
    assert measure_and_sign("About 30% of its revenue comes from batteries.", "30%")[0] == "share"


def test_a_signed_figure_in_brackets_is_growth():
    assert measure_and_sign("Spain logged 9,900 registrations (+41%).", "41%")[0] == "growth"


def test_a_rate_after_a_duty_is_a_tariff_rate():
    prev = "Brussels confirmed countervailing duties on imported vans."
    assert measure_and_sign("Acme was given an individual rate of 11.2%.", "11.2%", prev)[0] == \
        "tariff_rate"


def test_money_cues_pick_funding_and_price():
    assert measure_and_sign("Buyers get a $4,000 tax credit.", "$4,000")[0] == "funding"
    assert measure_and_sign("The van starts at just under $52k.", "$52k")[0] == "price"


def test_a_loss_is_a_loss_and_a_credit_is_funding():
    assert measure_and_sign("The cell maker posted a loss of KRW 210 billion.", "billion")[0] == "loss"
    assert measure_and_sign("Buyers can claim a $3,000 credit.", "$3,000")[0] == "funding"


@pytest.mark.parametrize("sentence, value, value_max", [
    ("Analysts expect sales to fall 10% to 15% next year.", -15.0, -10.0),
    ("Brokers knocked 6% off the list price.", -6.0, None),
    ("Charging fees will drop, a cut of about 9%.", -9.0, None),
    ("Resale values may fall by a further 3-4% this winter.", -4.0, -3.0),
    ("Group earnings slides 7% on weak demand", -7.0, None),
])
def test_falls_are_negative(sentence, value, value_max):
    assert signed(sentence)[0][:2] == (value, value_max)


def test_a_margin_is_a_level_whatever_moves_it():
    assert signed("The operating margin narrowed to 5.1% from 6.0%.")[0][2] == "share"


def test_an_amount_to_invest_is_an_investment_despite_its_currency_sign():
    text = "Orbex Motors says it will invest US$1.4bn in Chile over the next decade.\n"
    ext = extract_seed("probe.txt", text)
    assert [r["measure"] for r in ext.metrics] == ["investment"]


def test_a_question_asserts_no_figure():
    text = ("Orbex Motors sold 4,100 cars in Chile in May.\n\n"
            "Orbex now outsells Kestrel in 7 Latin American countries?? Source please\n")
    assert metric_values(text) == [(4100.0, "vehicle", "=")]


@pytest.mark.parametrize("sentence, value", [
    ("BYD cut the price of its mini electric car by 7% on Monday.", -7.0),
    ("Gross margin narrowed 2.3 percentage points in the quarter.", -2.3),
])
def test_a_cut_is_a_negative_change(sentence, value):
    q = find_quantities(sentence)[0]
    assert signed_values(q, sentence, measure_for(q, sentence))[0] == value


@pytest.mark.parametrize("sentence", [
    "1. BYD: 402,130 (-3.1%), of which 83,500 exported",
    "The operating margin stood at minus 2.4% in the quarter.",
])
def test_a_minus_sign_or_word_makes_a_change_negative(sentence):
    q = next(q for q in find_quantities(sentence) if q.unit == "percent")
    assert signed_values(q, sentence, "growth")[0] < 0


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


def test_a_ranking_of_models_reads_the_paragraph_before_its_heading():
    text = ("Chinese carmaker XPeng registered 1,412 new cars in Denmark in January. Its G6 "
            "was the third best-selling model. The top five:\n1. Tesla Model Y – 1,096\n"
            "2. Volkswagen ID.4 – 842\n")
    got = {m["text"]: (m["unit"], m["measure"]) for m in extract_seed("t.txt", text).metrics}
    # the cue nearest the list ("best-selling") names the measure
    assert got["1,096"] == ("vehicle", "sales") and got["842"][0] == "vehicle"


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


def test_a_quarter_reaches_the_metric_and_the_claim():
    text = "BYD results\nPublished 3 November 2025\nThird-quarter revenue was 195 billion yuan.\n"
    ext = extract_seed("t.txt", text)
    assert [m["period"] for m in ext.metrics] == ["2025-Q3"]
    assert ext.claims[-1]["time_ref"] == "2025-Q3"


def test_making_up_a_share_of_all_sales_is_a_market_share_not_growth():
    sentence = "Scooters will make up about 9% of all two-wheeler sales in FY26."
    assert [m for _, _, m in signed(sentence)] == ["market_share"]


def test_a_distance_driven_a_day_is_mileage_not_range():
    assert [m for _, _, m in signed("The longest route is 74 miles a day.")] == ["distance_driven"]


def test_fewer_after_a_percentage_is_a_fall():
    assert signed("It sold 6,815 cars, 9% fewer than a year ago.")[1] == (-9.0, None, "growth")


def test_money_set_aside_is_funding():
    assert [m for _, _, m in signed("The state has set aside PLN 1.5bn for grid links.")] == [
        "funding"]


def test_a_level_compared_with_an_earlier_level_keeps_its_measure():
    text = ("Swiss sales\n\nBattery-electric cars took 19.6% of new registrations, according to "
            "Auto-Schweiz, up from 19.1% a year earlier.\n")
    assert [m["measure"] for m in extract_seed("p.txt", text).metrics] == [
        "market_share", "market_share"]


def test_a_tax_of_a_percentage_is_a_rate_even_in_a_market_story():
    sentence = "The import tax of 4% had slowed the private market, he said."
    assert [m for _, _, m in signed(sentence)] == ["tariff_rate"]


@pytest.mark.parametrize("sentence, measures", [
    ("Net loss was $28.6 million, against a net loss of $41.2 million.", ["loss", "loss"]),
    ("Operating profit (EBIT) was NOK 412 million, against NOK 301 million.",
     ["profit", "profit"]),
    ("It posted a loss of $1.2bn on revenue of $5bn.", ["loss", "revenue"]),
])
def test_profits_and_losses_are_not_revenue(sentence, measures):
    assert [m for _, _, m in signed(sentence)] == measures


def test_a_conversion_in_brackets_is_measured_with_the_amount_it_converts():
    text = ("Results\n\nBYD, which sells the Dolphin Mini from 358,800 pesos (about US$19,400), "
            "had studied sites for a plant, with an investment of around US$1 billion.\n")
    assert [m["measure"] for m in extract_seed("p.txt", text).metrics] == [
        "price", "price", "investment"]


@pytest.mark.parametrize("question, kept", [
    ("Q: How much does the 10% UK tariff on Chinese-built cars cost you?", ["10%"]),
    ("Is the $35k EV finally here?", []),
    ("Will it sell 500,000 cars?", []),
])
def test_a_wh_question_keeps_the_figure_it_takes_as_given(question, kept):
    text = f"Interview\n\nPolestar sold 6,400 cars.\n\n{question}\n"
    assert [m["text"] for m in extract_seed("p.txt", text).metrics][1:] == kept


def test_a_percentage_in_brackets_after_a_count_is_its_share():
    text = ("Registrations\n\nOf these, 95,800 (23.0%) were battery electric, up from 18.4%.\n")
    assert [m["measure"] for m in extract_seed("p.txt", text).metrics][1:] == ["share", "share"]


@pytest.mark.parametrize("sentence, value", [
    ("The lithium price has collapsed by more than 80 per cent since late 2022.", -80.0),
    ("Sales dipped 3.2% in May.", -3.2),
    ("Shares plummeted 12% on Friday.", -12.0),
    ("Orders skyrocketed 150% after the launch.", 150.0),
])
def test_more_verbs_of_change(sentence, value):
    assert signed(sentence) == [(value, None, "growth")]

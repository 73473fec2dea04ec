"""Quantities: golden phrases and the traps (model names, dates, years, 'dozens')."""

from __future__ import annotations

import pytest

from evclaims.extract.numbers import find_quantities, find_zero_rates
from evclaims.extract.metrics import measure_for


def q(sentence: str):
    return [(sentence[x.start:x.end], x.value, x.value_max, x.unit, x.comparator)
            for x in find_quantities(sentence)]


# --- the four pinned phrases --------------------------------------------------------------

def test_200k_cars_is_vehicles_not_kelvin():
    assert q("The startup said it sold 200k cars last year.") == [
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
    assert q(s) == [("500-600 km", 500.0, 600.0, "km", "range")]
    assert measure_for(find_quantities(s)[0], s) == "range"


# --- numbers ------------------------------------------------------------------------------

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
    ("Insurance is ¥3,000 a year.", 3000.0, "CNY"),
    ("The tax is 20 per cent.", 20.0, "percent"),
    ("Sales jumped 327% on the year.", 327.0, "percent"),
    ("Share fell 2.5 percentage points.", 2.5, "percentage_point"),
    ("The pack stores 101 kWh.", 101.0, "kWh"),
])
def test_values_and_units(sentence, value, unit):
    got = find_quantities(sentence)
    assert [(x.value, x.unit) for x in got] == [(value, unit)]


def test_range_with_thousands():
    assert q("Analysts see 10,000-12,000 units a week.")[0][1:3] == (10000.0, 12000.0)


def test_rate_per_month():
    assert q("The line can build 20,000 vehicles a month.") == [
        ("20,000 vehicles a month", 20000.0, None, "vehicle/month", "=")]


@pytest.mark.parametrize("lead, comparator", [
    ("over", ">"), ("more than", ">"), ("exceeded", ">"), ("surpassed", ">"),
    ("about", "~"), ("around", "~"), ("nearly", "~"), ("approximately", "~"),
    ("up to", "<="), ("within", "<="), ("as much as", "<="), ("at least", ">="),
    ("under", "<"), ("fewer than", "<"),
])
def test_hedges(lead, comparator):
    got = q(f"The firm shipped {lead} 5,000 vehicles.")
    assert got == [(f"{lead} 5,000 vehicles", 5000.0, None, "vehicle", comparator)]


def test_a_year_as_a_duration_only_after_a_preposition():
    assert q("Waits now stretch beyond a year.") == [("beyond a year", 1.0, None, "year", ">")]
    assert q("A year ago the plant was empty.") == []


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
    assert q(sentence) == []


def test_bare_number_inherits_unit_of_the_stated_quantity():
    got = q("It raised its goal to 350,000 cars, up from the earlier target of 300,000.")
    assert [(v, u) for _, v, _, u, _ in got] == [(350000.0, "vehicle"), (300000.0, "vehicle")]


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


def test_scaled_values_are_exact_and_indian_scales():
    assert q("Retail sales grew to 4.1 million units.")[0][1] == 4100000.0
    assert q("It is priced between Rs 17 lakh and Rs 24 lakh.") == [
        ("Rs 17 lakh and Rs 24 lakh", 1.7e6, 2.4e6, "INR", "range")]


def test_target_measure_from_targeting():
    s = "The group is targeting annual sales of 1 million vehicles by 2030."
    assert measure_for(find_quantities(s)[0], s) == "sales_target"

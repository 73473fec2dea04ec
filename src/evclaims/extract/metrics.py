"""What a quantity measures, decided from its unit and the words of its sentence.

The unit narrows the choice (a price is money, a range is a length); cue words near the
quantity pick among the measures that fit ("pre-bookings" -> pre_orders, "can build" ->
production_capacity, "tariff" -> tariff_rate). The nearest cue wins, so a sentence that talks
about deliveries and a target can carry both a `deliveries` and a `delivery_target` metric.
"""

from __future__ import annotations

import re

from evclaims.extract.numbers import Quantity, is_list_item
from evclaims.vocab import signed_measures, unit_dimension, unit_fits_measure

# (measure, cue pattern) for counts and rates of vehicles; target cues are resolved below.
_VEHICLE_CUES: list[tuple[str, re.Pattern]] = [
    ("production_capacity", re.compile(r"\b(?:capacity|can (?:build|produce|make)|able to "
                                       r"(?:build|produce|make))\b", re.I)),
    ("pre_orders", re.compile(r"\b(?:pre-?orders?|pre-?bookings?|reservations?|pre-?sales?)\b",
                              re.I)),
    ("orders", re.compile(r"\b(?:orders?|ordered|bookings?)\b", re.I)),
    ("deliveries", re.compile(r"\b(?:deliver(?:y|ies|ed|ing|s)?|handed over)\b", re.I)),
    ("exports", re.compile(r"\b(?:exports?|exported|exporting)\b", re.I)),
    ("shipment_size", re.compile(r"\b(?:shipments?|shipped|carrier|consignment|vessel|ship)\b",
                                 re.I)),
    ("sales", re.compile(r"\b(?:sold|sales?|sell(?:s|ing)?|regist(?:er|ers|ered|ering|"
                         r"rations?))\b", re.I)),
    ("production", re.compile(r"\b(?:produc(?:e|ed|es|ing|tion)|built|build(?:s|ing)?|"
                              r"manufactur\w*|output|assembl\w*|rolled off)\b", re.I)),
]
_TARGET = re.compile(r"\b(?:target(?:s|ing|ed)?|goal|guidance|aim(?:s|ing)?|plans? to|"
                     r"expects? to|forecast|"
                     r"objective|ambition|hopes? to)\b", re.I)
_TARGET_OF = {"production": "production_target", "production_capacity": "production_target",
              "deliveries": "delivery_target", "sales": "sales_target"}
_PERCENT_CUES: list[tuple[str, re.Pattern]] = [
    ("tariff_rate", re.compile(r"\b(?:tariffs?|dut(?:y|ies)|levy|levies|tax(?:es)?|customs)\b",
                               re.I)),
    ("market_share", re.compile(r"\bmarket share\b|\bshare of (?:the )?\w* ?market\b", re.I)),
    ("growth", re.compile(r"\b(?:rose|rise[sn]?|grew|grow(?:s|th|ing)?|increase[sd]?|"
                          r"jump(?:ed|s)?|surg(?:ed|es)|climb(?:ed|s)?|fell|fall(?:s|en)?|"
                          r"drop(?:ped|s)?|decline[sd]?|up|down|year-on-year|yoy|"
                          r"soar(?:ed|s)?|plunge[sd]?)\b", re.I)),
]
# "rose 327%", "up by 5%", "an increase of 30%": the percentage is a change, not a level.
_GROWTH_BEFORE = re.compile(r"\b(?:rose|rise[sn]?|grew|grow[sn]?|increased|jump(?:ed|s)?|"
                            r"slipped|slips|slid|slides?|slumped|tumbled|sank|shrank|gained|lost|"
                            r"surg(?:ed|es)|climb(?:ed|s)?|fell|fall(?:s|en)?|drop(?:ped|s)?|"
                            r"declined?|(?<!made\s)(?<!make\s)(?<!makes\s)(?<!making\s)up|down|"
                            r"soar(?:ed|s)?|plunged?|collapsed|collapses|plummet(?:ed|s)|"
                            r"dipped|dips|sagged|retreated|crashed|skyrocketed|rocketed|"
                            r"ballooned|spiked|rallied)\s+(?:by\s+)?"
                            r"(?:(?!to\b|from\b)\w+\s+)?$|"
                            r"\b(?:increase|growth|rise|jump|drop|decline|fall)"
                            r"\s+of\s+(?:\w+\s+)?$", re.I)
# "0.5 percentage points lower", "a 5% decline": the change word follows the figure.
_CHANGE_AFTER = re.compile(r"^\s*(?:lower|higher|less|more|fewer|down|up|off|"
                           r"(?:[a-z-]+\s+)?(?:increase|"
                           r"decrease|decline|drop|fall|rise|jump|gain|growth|cut|reduction))\b",
                           re.I)  # "12% lower", "a 12 per cent price cut"
# Words that make a stated change a fall (a negative growth value).
_FALL_BEFORE = re.compile(r"\b(?:down|fell|fall(?:s|en|ing)?|dropped|drop(?:s|ping)?|slides?|"
                          r"sliding|sinking|shedding|shed|losing|tumbling|plunging|slumping|"
                          r"declined?|declin(?:es|ing)|decreased?|decreasing|slipped|slid|"
                          r"shrank|shrunk|plunged?|slumped?|tumbled?|sank|lost|contracted|"
                          r"collapsed|collapses|plummet(?:ed|s)|dipped|dips|sagged|retreated|"
                          r"crashed)\s+"
                          r"(?:by\s+)?(?:(?!to\b|from\b)\w+\s+){0,2}$|"
                          r"\b(?:decline|drop|decrease|fall|"
                          r"cut|reduction)"
                          r"\s+of\s+(?:\w+\s+)?$", re.I)
_FALL_AFTER = re.compile(r"^\s*(?:lower|less|fewer|down|off|below|"
                         r"(?:[a-z-]+\s+)?(?:decline|decrease|"
                         r"drop|fall|cut|reduction))\b", re.I)
# "cut the price of its mini car by 7%", "margins narrowed 2.3 percentage points".
_CUT_BY = re.compile(r"\b(?:cut|cuts|cutting|lowered|lowers|lowering|reduced|reduces|reducing|"
                     r"trimmed|trims|trimming|slashed|slashes|slashing)\b[^.;]{0,50}\bby\s+"
                     r"(?:an?\s+average\s+of\s+|about\s+|around\s+|"
                     r"some\s+|roughly\s+)?$|\b(?:narrowed|narrows|narrowing|eased|eases)\s+"
                     r"(?:by\s+)?(?:about\s+|around\s+|some\s+)?$", re.I)
_MINUS = re.compile(r"(?:^|[\s(\[])[-−]$|\bminus\s+$", re.I)  # "(-3.1%)", "at minus 2.4%"
_SOC = re.compile(r"\b(?:charg\w*|top[- ]?ups?|state of charge|SoC)\b", re.I)
_MONEY_CUES: list[tuple[str, re.Pattern]] = [
    ("investment", re.compile(r"\b(?:invest\w*|raised|raise|capital|spend\w*|build a|"
                              r"at a cost of|factory|plant|gigafactory)\b", re.I)),
    ("funding", re.compile(r"\b(?:fund\w*|subsid\w*|grant\w*|loan|credits?|rebates?|"
                           r"incentives?|set aside|earmark\w*|allocat\w*)\b", re.I)),
    ("loss", re.compile(r"\blosses\b|\bloss\b(?!\s+of\s+(?:jobs|market|share))", re.I)),
    ("profit", re.compile(r"\b(?:profits?|net income|earnings|EBITDA|EBIT|operating income)\b",
                          re.I)),
    ("revenue", re.compile(r"\b(?:revenues?|turnover|income|sales of)\b", re.I)),
    ("price", re.compile(r"\b(?:pric\w*|cost\w*|starting (?:at|from)|starts? (?:at|from)|"
                         r"listed at|retail\w*|sells? for|"
                         r"sells?\s(?:[\w-]+\s){0,4}from|"
                         r"MSRP|RRP|€|\$)\b", re.I)),
]


# "(+53%)", "+12%": a signed figure is a change.
_PLUS_BEFORE = re.compile(r"\+\s*$")
# "14% of the EU's market", "40% of its sales": a proportion of something.
_OF_AFTER = re.compile(r"^\s*of\s+(?P<what>[^,.;:()]{1,50})", re.I)
_MARKET_WORDS = re.compile(r"\b(?:market|sold|registrations?|registered)\b|"
                           r"\ball\b.*\bsales\b", re.I)  # "9% of all two-wheeler sales"
# A level stated after a share word or a level preposition: "a 35.2% share", "share stood at
# 16.9%", "fell to 28.3%, down from 34.0%".
_SHARE_AFTER = re.compile(r"^\s*(?:market\s+)?share\b", re.I)
_LEVEL_BEFORE = re.compile(r"\b(?:to|from|at|reached|hit|of)\s+$", re.I)
_SHARE_WORD = re.compile(r"\bshares?\b|\bmarket\b", re.I)
_TARIFF_CONTEXT = re.compile(r"\b(?:tariffs?|dut(?:y|ies)|levy|levies|countervailing|"
                             r"anti-subsidy)\b", re.I)
_TAX_OF = re.compile(r"\b(?:tariffs?|dut(?:y|ies)|levy|tax(?:es)?|VAT|GST)\s+"
                     r"(?:rate\s+)?(?:of|at)\s+"
                     r"(?:about\s+|around\s+)?$", re.I)
# Ratios that are levels, not changes, whatever verb moves them.
_LEVEL_NOUN = re.compile(r"\b(?:margins?|utili[sz]ation|residual values?|penetration)\b", re.I)
_RATE_WORD = re.compile(r"\b(?:rate|pay|paying|charged|provisional)\b", re.I)


def _share_measure(q: Quantity, sentence: str) -> str | None:
    """market_share or share for a percentage that states a level of a share, else None."""
    of = _OF_AFTER.match(sentence[q.end:])
    if of:
        return "market_share" if _MARKET_WORDS.search(of["what"]) else "share"
    lead = sentence[max(0, q.start - 40):q.start]
    if _SHARE_AFTER.match(sentence[q.end:]) or (_SHARE_WORD.search(sentence) and (
            _LEVEL_BEFORE.search(lead) or re.search(r"\bshare\b", lead, re.I))):
        return "market_share"
    return None


def _nearest(cues: list[tuple[str, re.Pattern]], sentence: str, q: Quantity,
             noun: str = "") -> str | None:
    """The cue measure whose match is closest to the quantity (the counted noun counts most)."""
    best, best_d = None, 10**9
    for measure, pat in cues:
        if noun and pat.search(noun):
            return measure
        for m in pat.finditer(sentence):
            if q.start <= m.start() < q.end:
                d = 0
            else:
                d = q.start - m.end() if m.end() <= q.start else m.start() - q.end
            if d < best_d:
                best, best_d = measure, d
    return best


# The measure of a quantity whose dimension has one usual reading in EV news.
_DIMENSION_MEASURE = {"length": "range", "speed": "top_speed", "energy": "battery_capacity",
                      "power": "power", "mass": "weight", "voltage": "voltage",
                      "efficiency": "energy_consumption", "area": "area",
                      "energy_density": "energy_density", "temperature": "temperature",
                      "torque": "torque", "volume": "volume",
                      "emissions_intensity": "co2_emissions",
                      "distance_rate": "distance_driven"}


def measure_for(q: Quantity, sentence: str, previous: str = "") -> str:
    """The measures-vocabulary code for quantity `q` of `sentence`.

    `previous` (the sentence before) settles what a bare target is a target *of*
    ("...had delivered 100,000 units. Now it is aiming for 130,000 EVs.").
    """
    if q.kind:
        return q.kind
    unit = q.unit
    dim = unit_dimension().get(unit, "")
    if unit == "percent" or unit == "percentage_point":
        if q.noun == "tariff":
            return "tariff_rate"
        if q.noun == "fraction" or (q.comparator == "range" and _SOC.search(sentence)):
            return "share"  # a fraction of a total; a state-of-charge window
        lead = sentence[max(0, q.start - 40):q.start]
        if _GROWTH_BEFORE.search(lead) or _CHANGE_AFTER.match(sentence[q.end:]) or \
                _PLUS_BEFORE.search(lead) or _MINUS.search(lead):  # "+4%", "(-12%, …)"
            return "growth"
        if _RATE_WORD.search(sentence) and _TARIFF_CONTEXT.search(sentence + " " + previous):
            return "tariff_rate"  # "was given an individual rate of 7.8%" after a duty
        if _TAX_OF.search(lead):
            return "tariff_rate"  # "the federal import tax of 4%", "a duty rate of 10%"
        if re.search(r"\d\s*\(\s*$", lead):
            return "share"  # "Of these, 95,800 (23.0%) were battery electric": a part of them
        share = _share_measure(q, sentence)
        if share:
            return share
        if _LEVEL_NOUN.search(sentence):
            return "share"  # "the operating margin narrowed to 6.9%", "utilisation averaged 14%"
        for measure, pat in _PERCENT_CUES:
            if measure != "growth" and pat.search(sentence):
                return measure
        return _nearest(_PERCENT_CUES, sentence, q) or "share"
    if dim == "money":
        # the amount's own currency sign is no cue: blank the amount before looking around it
        blank = sentence[:q.start] + " " * (q.end - q.start) + sentence[q.end:]
        return _nearest(_MONEY_CUES, blank, q) or "price"
    if dim in _DIMENSION_MEASURE:
        return _DIMENSION_MEASURE[dim]
    if dim == "time":
        if re.search(r"\bwait(?:ing)?\b", sentence, re.I):
            return "wait_time"
        return "duration"
    simple = {"order": None, "store": "store_count", "country": "market_count",
              "shipment": "shipment_count", "person": "headcount", "item": "count",
              "cycle": "count"}
    if unit == "person" and not re.search(r"\b(?:employ\w*|jobs?|roles?|positions?|workers?|"
                                          r"workforce|staff|hires?|headcount|employees?|"
                                          r"engineers?)\b",
                                          sentence, re.I):
        return "count"  # "150,000 visitors", "nearly 300 residents": people, not a workforce
    if unit in simple and simple[unit]:
        return simple[unit]
    if unit == "order":
        return "pre_orders" if re.search(r"pre|reserv|book", q.noun, re.I) else "orders"
    # vehicles (counts or rates)
    measure = _nearest(_VEHICLE_CUES, sentence, q, q.noun if q.noun not in (
        "units", "vehicles", "cars", "evs", "vehicle", "car", "unit", "ev") else "")
    if measure is None and previous and is_list_item(sentence):
        # a ranking line ("3. Kia – 870") counts what the sentences before the list count
        end = len(previous)
        measure = _nearest(_VEHICLE_CUES, previous, Quantity(end, end, q.value, None, unit, "="))
    window = sentence[max(0, q.start - 60):q.end + 30]
    if _TARGET.search(window):
        target = _TARGET_OF.get(measure or "", None)
        if target is None:
            for ctx in (window, previous):
                if re.search(r"deliver", ctx, re.I):
                    target = "delivery_target"
                elif re.search(r"\b(?:sales?|sell\w*|sold)\b", ctx, re.I):
                    target = "sales_target"
                elif re.search(r"produc|build|built|manufactur|output", ctx, re.I):
                    target = "production_target"
                if target:
                    break
            target = target or "production_target"
        measure = target
    if measure and unit_fits_measure(unit, measure):
        return measure
    return "count" if unit_fits_measure(unit, "count") else "production"


def signed_values(q: Quantity, sentence: str, measure: str) -> tuple[float, float | None]:
    """(value, value_max) with a fall stated as a negative change ('down 5.6%' is -5.6);
    only measures whose sign is 'any' may be negative."""
    if measure not in signed_measures():
        return q.value, q.value_max
    lead = sentence[max(0, q.start - 40):q.start]
    if _FALL_BEFORE.search(lead) or _FALL_AFTER.match(sentence[q.end:]) or _MINUS.search(lead) \
            or _CUT_BY.search(sentence[max(0, q.start - 80):q.start]):
        if q.comparator == "range" and q.value_max is not None:
            return -abs(q.value_max), -abs(q.value)  # "fall 15% to 20%": -20 to -15
        return -abs(q.value), q.value_max
    return q.value, q.value_max

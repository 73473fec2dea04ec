"""Find stated quantities in a sentence: number, unit, comparator, range.

Text in, `Quantity` spans out (offsets relative to the sentence). What the quantity *measures*
is decided separately (`metrics.py`), from the words around it.

Deliberately conservative: a bare number with no unit, currency, per cent or counted noun is
not a quantity (that is what model names such as "Model 3" or "Phase 2" look like), and a
calendar year is never a quantity (years become a claim's time_ref instead).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from evclaims.vocab import currency_signs, lexicon, unit_dimension

# Currency signs and words before and after an amount, and their ISO codes: `currency_signs.csv`.
CURRENCY_PREFIX = currency_signs("before")
CURRENCY_SUFFIX = currency_signs("after")
_CUR = "|".join(re.escape(c) for c in sorted(CURRENCY_PREFIX, key=len, reverse=True))
# Digits: Indian lakh grouping, comma thousands, dot thousands in two or more groups
# ("1.250.000", as continental Europe and Brazil write them), Swiss apostrophe thousands
# ("22'990"), space thousands ("121 034"), a decimal comma before "%" ("21,4 %"), or a plain
# decimal.
NUM = (r"\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|"
       r"\d{1,3}(?:\.\d{3}){2,}(?![.,]?\d)|"
       r"\d{1,3}(?:['’]\d{3})+(?:\.\d+)?(?![\d'’])|"  # "CHF 22'990": Swiss thousands
       r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d'’]|[.,]\d)|"  # "4 812", "32 990 €": French
       r"\d{1,3},\d{1,2}(?=\s?%)|"  # "21,4 %": a decimal comma before a per cent sign
       r"\d+(?:\.\d+)?")
_SCALE_WORDS = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "mln": 1e6,
                "mn": 1e6, "bln": 1e9, "bn": 1e9, "k": 1e3, "m": 1e6, "b": 1e9, "lakh": 1e5,
                "crore": 1e7, "bil": 1e9, "juta": 1e6, "miliar": 1e9, "tn": 1e12, "trn": 1e12}
SCALE = (r"(?:[\s-]?(?:thousand|million|billion|trillion|mln|bln|mn|bn|bil|tn|trn|lakh|crore|"
          r"juta|miliar)\b|"
          r"(?:k|K|m|M|bn|b|B)(?![\w/]))")  # "$7.3-billion": a hyphen as The Canadian Press writes
_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "hundred": 100, "a dozen": 12, "half a": 0.5,
}
_WORD_NUM = (r"(?:a dozen|half a(?=[\s-](?:million|billion|trillion)\b)|"
             r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
             r"(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|"
             r"six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
             r"seventeen|eighteen|nineteen|hundred)")
# A number: optional currency, digits or words, optional scale; optionally a range to a second.
_QUANTITY = re.compile(
    rf"(?:(?<=\bc\.)|(?<![\w.,/#&]))(?<![\w.,/#&]-)(?:(?P<cur>{_CUR})\s?)?"  # "c.18,000"
    # after a currency sign, thousands may be grouped by spaces ("R689 950")
    rf"(?:(?P<num>(?(cur)\d{{1,3}}(?:[ \u00a0\u202f]\d{{3}})+(?![\d,]|\.\d)|(?!))|{NUM})|"
    rf"(?P<word>{_WORD_NUM})\b)"
    rf"(?P<scale>{SCALE})?",
    re.IGNORECASE,
)
# The second half of a range, tried right after a number.
_RANGE_TAIL = re.compile(
    rf"\s?(?P<rsep>-|–|—|\bto\b|\band\b)\s?(?:(?P<cur2>{_CUR})\s?)?(?P<num2>{NUM})"
    rf"(?P<scale2>{SCALE})?(?![\w.,]\d)",
    re.IGNORECASE,
)
_ONE = re.compile(r"\b(?P<word>a|an|one)\s+(?=(?:year|month|week|day|hour|minute)\b)",
                  re.IGNORECASE)
_ONE_BEFORE = re.compile(r"(?:beyond|to|within|over|than|for|about|around|nearly|almost|under|"
                         r"least|in|after|just)\s+$", re.IGNORECASE)
_MONTHS = ("january|february|march|april|may|june|july|august|september|october|november|"
           "december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec")
_MONTH_BEFORE = re.compile(rf"\b(?:{_MONTHS})\.?\s*$", re.IGNORECASE)
_MONTH_AFTER = re.compile(rf"^(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTHS})\b", re.IGNORECASE)
_ORDINAL_AFTER = re.compile(r"^(?:st|nd|rd|th)\b")
# "0-100 km/h", and "reaches 100 km/h in 3.8 seconds" (a sprint, not a top speed).
_ACCEL = re.compile(
    r"\b(?:0\s?(?:-|–|to)\s?|(?:reach(?:es|ed|ing)?|hits?|hitting)\s+(?=\d+\s?(?:km/h|kph|kmh|"
    r"mph)\s+in\s+(?:just\s+|under\s+|about\s+)?\d))(?P<to>100|60|62)\s?"
    r"(?P<u>km/h|kph|kmh|mph)\b", re.IGNORECASE)

HEDGES: list[tuple[str, str]] = [
    ("not more than", "<="), ("no more than", "<="), ("more than", ">"), ("in excess of", ">"),
    ("upwards of", ">"), ("exceeded", ">"), ("exceeding", ">"), ("exceeds", ">"),
    ("surpassed", ">"), ("surpassing", ">"), ("surpasses", ">"), ("surpass", ">"),
    ("exceed", ">"), ("topped", ">"), ("passed", ">"), ("passing", ">"), ("pass", ">"),
    ("over", ">"), ("above", ">"), ("beyond", ">"), ("north of", ">"),
    ("approximately", "~"), ("approx.", "~"), ("about", "~"), ("around", "~"), ("nearly", "~"),
    ("roughly", "~"), ("almost", "~"), ("close to", "~"), ("an estimated", "~"),
    ("estimated", "~"), ("circa", "~"), ("some", "~"), ("~", "~"), ("something like", "~"),
    ("up to", "<="), ("within", "<="), ("as much as", "<="), ("as many as", "<="),
    ("at most", "<="), ("a maximum of", "<="), ("at least", ">="), ("no fewer than", ">="),
    ("no less than", ">="), ("a minimum of", ">="), ("as little as", ">="), ("as low as", ">="),
    ("crossed", ">"), ("cross", ">"), ("crossing", ">"), ("fewer than", "<"), ("less than", "<"),
    ("under", "<"), ("below", "<"), ("past", ">"), ("capped at", "<="), ("a cap of", "<="),
    ("shorter than", "<"), ("longer than", ">"), ("greater than", ">"), ("shy of", "<"),
    ("south of", "<"), ("upward of", ">"), ("in the region of", "~"), ("c.", "~"),
    ("in the neighbourhood of", "~"), ("in the neighborhood of", "~"),
]
# Not inside a compound: "an EPA-estimated 410 miles" is the rating itself.
_HEDGE = re.compile(
    r"(?:(?<=\W)(?<!\w-)|^)(?P<h>" + "|".join(re.escape(h) for h, _ in HEDGES) +
    r")(?:\s+|(?<=~|\.)\s*)(?:just\s+|only\s+|a\s+(?=\d))?$", re.IGNORECASE)
_HEDGE_MAP = dict(HEDGES)

# Consumption written per kilometre is stated per 100 km: "1.27 kWh per kilometre" is 127
# kWh/100km, "165 Wh/km" is 16.5.
_KWH_PER_KM = re.compile(r"^\s?(?:kwh|kilowatt[- ]hours?)\s?(?:/|per\s)\s?"
                         r"(?:km|kilomet(?:re|er))\b", re.I)
_WH_PER_KM = re.compile(r"^\s?(?:wh|watt[- ]hours?)\s?(?:/|per\s)\s?(?:km|kilomet(?:re|er))\b",
                        re.I)
_UNIT_SCALE = {_KWH_PER_KM: 100.0, _WH_PER_KM: 0.1}

# Units written right after the number (order matters: longest first).
_UNIT_AFTER: list[tuple[re.Pattern, str]] = [
    (re.compile(r"^\s?(?:percentage points?|pct points?|ppts?|pp)\b", re.I), "percentage_point"),
    (re.compile(r"^[\s-]?(?:%|per[\s-]?cent\b|percent\b|pct\b|(?-i:pc)\b)", re.I), "percent"),
    (re.compile(r"^\s?(?:km/h|kmh|kph|kilomet(?:re|er)s per hour)\b", re.I), "km/h"),
    (re.compile(r"^\s?(?:mph|miles per hour)\b", re.I), "mph"),
    (re.compile(r"^[\s-]?(?:gwh|gigawatt[- ]hours?)\b", re.I), "GWh"),
    (re.compile(r"^[\s-]?(?:mwh|megawatt[- ]hours?)\b", re.I), "MWh"),
    (re.compile(r"^\s?kwh\s?(?:/|per)\s?100\s?km\b", re.I), "kWh/100km"),
    (_KWH_PER_KM, "kWh/100km"),
    (_WH_PER_KM, "kWh/100km"),
    (re.compile(r"^\s?wh\s?(?:/|per\s)\s?(?:kg|kilogram)\b", re.I), "Wh/kg"),
    # "95 g/km", "95g CO2/km", "95 grams of CO2 per kilometre", "95 g/km CO2"
    (re.compile(r"^\s?(?:g|grams?)\s?(?:of\s)?(?:CO2|CO₂|carbon dioxide)?\s?(?:/|per\s)\s?"
                r"(?:km|kilomet(?:re|er))\b(?:\s?(?:of\s)?(?:CO2|CO₂)\b)?", re.I), "g/km"),
    (re.compile(r"^[\s-]?(?:kwh|kilowatt[- ]hours?)\b", re.I), "kWh"),
    (re.compile(r"^\s?(?:gw|gigawatts?)\b", re.I), "GW"),
    (re.compile(r"^[\s-]?(?:MW|[Mm]egawatts?)\b"), "MW"),
    (re.compile(r"^[\s-]?(?:kw|kilowatts?)\b", re.I), "kW"),
    (re.compile(r"^\s?(?:Nm|newton[- ]met(?:re|er)s?)\b"), "Nm"),
    (re.compile(r"^\s?(?:hp|bhp|horsepower|ps)\b", re.I), "hp"),
    (re.compile(r"^(?:\s?V|-volts?|\s?volts?)\b"), "V"),
    # "a six-point drop": points of a percentage, named by the change they measure
    (re.compile(r"^[\s-]points?(?=\s+(?:drop|fall|decline|rise|gain|increase|jump|swing|lead|"
                r"gap)\b)", re.I), "percentage_point"),
    (re.compile(r"^[\s-]?(?:square[\s-](?:feet|foot)|sq\.?\s?ft\b\.?)", re.I), "sq_ft"),
    (re.compile(r"^[\s-]?(?:square[\s-]met(?:re|er)s?\b|sq\.?\s?m\b|sqm\b|m²)", re.I), "m2"),
    (re.compile(r"^[\s-]?(?:square[\s-]kilomet(?:re|er)s?\b|sq\.?\s?km\b|km²)", re.I), "km2"),
    (re.compile(r"^\s?(?:°\s?C\b|º\s?C\b|degrees? (?:celsius|centigrade|C)\b)", re.I), "degC"),
    (re.compile(r"^\s?(?:°\s?F\b|º\s?F\b|degrees? (?:fahrenheit|F)\b)", re.I), "degF"),
    # "the cabin set to 21 degrees": a bare "degrees" in car news is a temperature in Celsius
    (re.compile(r"^\s?degrees\b(?!\s+(?:of|in|to)\b)", re.I), "degC"),
    (re.compile(r"^[\s-]?(?:hectares?|ha)\b", re.I), "ha"),
    (re.compile(r"^[\s-]?acres?\b", re.I), "acre"),
    (re.compile(r"^[\s-]?(?:km|kilomet(?:re|er)s?)\s?(?:/|per\s)\s?kwh\b", re.I), "km/kWh"),
    (re.compile(r"^[\s-]?(?:miles?|mi)\s?(?:/|per\s)\s?kwh\b", re.I), "mi/kWh"),
    (re.compile(r"^[\s-]?(?:km|kilomet(?:re|er)s?)\b", re.I), "km"),
    (re.compile(r"^[\s-]?(?:miles?|mi)\b", re.I), "mi"),
    (re.compile(r"^[\s-]?(?:kg|kilograms?|kilos?)\b", re.I), "kg"),
    (re.compile(r"^[\s-]?(?:lbs?)\b", re.I), "lb"),
    (re.compile(r"^[\s-]?(?:litres?|liters?|L)\b(?!/)"), "L"),
    (re.compile(r"^[\s-]?(?:(?:US\s)?gallons?|gal)\b", re.I), "gal"),
    (re.compile(r"^[\s-]?(?:cubic met(?:re|er)s?\b|m³|m3\b)", re.I), "m3"),
    (re.compile(r"^[\s-]?(?:tonnes?|tons?|metric tons?)\b", re.I), "t"),
    (re.compile(r"^\s?(?:seconds?|secs?|s)\b", re.I), "s"),
    (re.compile(r"^[\s-]?(?:minutes?|mins?)\b", re.I), "min"),
    (re.compile(r"^[\s-]?(?:hours?|hrs?)\b|^\s?h\b(?=\s\d{1,2}\s?min)", re.I), "h"),  # "5 h 20 min"
    (re.compile(r"^[\s-]?days?\b", re.I), "day"),
    (re.compile(r"^[\s-]?weeks?\b", re.I), "week"),
    (re.compile(r"^[\s-]?months?\b", re.I), "month"),
    (re.compile(r"^[\s-]?(?:years?|yrs?)\b", re.I), "year"),
]
_CUR_AFTER = re.compile(
    r"^\s?(?P<c>" + "|".join(re.escape(c) for c in sorted(CURRENCY_SUFFIX, key=len,
                                                         reverse=True)) + r")(?!\w)", re.I)

# Counted nouns (within a few words after the number) and the unit they imply: the
# `count_nouns` of `lexicon.json`.
COUNT_NOUNS: dict[str, str] = {word: unit for unit, words in lexicon()["count_nouns"].items()
                               for word in words}
_MULTI_NOUNS = [
    (re.compile(r"points? of sales?\b", re.I), "store", "points of sale"),
    (re.compile(r"sales points?\b", re.I), "store", "sales points"),
    (re.compile(r"(?:[a-z]+-)?charg(?:ing|e|er)[ -](?:stations?|points?|piles?|stalls?|ports?)\b",
                re.I), "item", "charging stations"),  # "1,200 new fast-charging points"
    (re.compile(r"(?:battery[- ])?swap(?:ping)? stations?\b", re.I), "item", "swap stations"),
    (re.compile(r"public (?:charge |charging )?points?\b", re.I), "item", "charge points"),
    (re.compile(r"member states?\b", re.I), "country", "member states"),
    (re.compile(r"experience (?:centres?|centers?|stores?)\b", re.I), "store",
     "experience centres"),
    (re.compile(r"retail (?:spaces?|sites?|locations?|studios?)\b", re.I), "store",
     "retail spaces"),
]
# Words that may stand between a number and its noun ("7,300 new electric vehicles").
_STOP = set("""a an the of in on at to by for from with and or but as than that which who
is are was were be been being has have had will would can could may might should this these
those its their his her our your it they he she we i per each every year years month months
week weeks day days time times since until before after into over under about around
alone just only""".split())
_TOKEN = re.compile(r"[A-Za-z0-9][\w’'-]*|[^\s\w]")
_RATE = re.compile(r"^(?:\s(?:sales|deliveries|units))?\s?(?:(?:a|per|each|every|/)\s?"
                   r"(?P<p>month|year|day|week|annum)\b|(?P<adv>annually|monthly|daily|"
                   r"yearly|weekly)\b)", re.I)
_PRODUCT_PLURAL = re.compile(r"^[A-Z][A-Za-z]*\d+[A-Za-z0-9]*s$")  # "SU7s"
_HYPHEN_MODEL_PLURAL = re.compile(r"[A-Z][A-Za-z]{0,3}-[A-Z][a-z]+s")  # "E-Transits"
# A rate named after what is counted: "21,000 tonnes of scrap a year", "12,000 Raccos a year".
_RATE_LATER = re.compile(r"^(?:\s+of)?(?:\s+(?!(?:and|or|but|to|from|by|in|at|on|for|with)\b)"
                         r"[\w’'-]+){1,5}?(?:\s+\([A-Za-z]{2,8}\))?"  # "(LCE)"
                         r"\s+(?:(?:a|per|each)\s+(?P<p>month|year|day|week)\b|"
                         r"(?P<adv>annually|monthly|daily|yearly|weekly)\b)", re.I)


def _rate_later(after: str, unit: str) -> re.Match | None:
    """A rate named after what is counted ("60,000 tonnes of nickel annually"); an amount of
    emissions stays an amount ("28,000 tonnes of CO2 a year": a year is its reporting period)."""
    m = _RATE_LATER.match(after) if unit in ("vehicle", "t", "L", "gal", "m3") else None
    return None if m and re.search(r"\b(?:CO2|CO₂|carbon|emissions?|greenhouse)\b", m.group(),
                                   re.I) else m


_SOC_BEFORE = re.compile(r"\b(?:charg\w*|top[- ]?ups?|fill\w*|state of charge|SoC)\b\s+"
                         r"(?:\w+\s+){0,4}from\s+$", re.I)
_NAME_BEFORE = re.compile(r"\b[A-Z][\w-]*\s$")
_BETWEEN = re.compile(r"\bbetween\s+(?:\w+\s+)?$", re.I)
_AND_NUM = re.compile(rf"\s+and\s+(?P<num>{NUM})")
_FRACTION = re.compile(r"(?<![\w-])(?P<f>half|a quarter|one quarter|three quarters|a third|"
                       r"one third|two thirds|two-thirds|a fifth|one fifth|a tenth|one tenth)"
                       r"\s+of\b", re.I)
_FRACTION_VALUE = {"half": 50.0, "a quarter": 25.0, "one quarter": 25.0,
                   "three quarters": 75.0, "a third": 33.3, "one third": 33.3,
                   "two thirds": 66.7, "two-thirds": 66.7, "a fifth": 20.0, "one fifth": 20.0,
                   "a tenth": 10.0, "one tenth": 10.0}
# A hedged fraction standing alone as a change or a share: "grew by about a third" (a change,
# measured like any per cent), "9,870 cars, or roughly a quarter" (a share); the hedge tells
# it from "delayed by a quarter".
_SHARE_VALUE = {"a third": 33.3, "one third": 33.3, "a quarter": 25.0, "one quarter": 25.0,
                "half": 50.0, "two thirds": 66.7, "a fifth": 20.0, "three quarters": 75.0}
_HEDGED_SHARE = re.compile(r"(?:\bby|,\s*or)\s+(?P<h>about|around|roughly|nearly|almost|some|"
                           r"over|more than|up to)"
                           r"\s+(?P<f>a third|one third|a quarter|one quarter|half|two thirds|"
                           r"a fifth|three quarters)\b(?!\s+of\b|-)", re.I)
_NOT_FRACTION_BEFORE = re.compile(r"\b(?:first|second|latter|former|other|the|this|next|"
                                  r"last|a|one)\s+$", re.I)


def _between_tail(sentence: str, end: int, before: str, unit_pat: re.Pattern
                  ) -> tuple[float, int] | None:
    """'between 2,180 kg and 2,465 kg': the second value and end, when the unit repeats."""
    if not _BETWEEN.search(before):
        return None
    m = _AND_NUM.match(sentence, end)
    if not m:
        return None
    um = unit_pat.match(sentence[m.end():])
    if not um:
        return None
    return parse_number(m["num"], None, None), m.end() + um.end()


_WORD_RANGE = re.compile(rf"\s?(?:to|-|–)\s?(?P<w>{_WORD_NUM})\b(?!\s?(?:hundred|dozen|{SCALE}))"
                         r"(?=\s?[a-z])", re.I)
_SAME_UNIT_RANGE = re.compile(rf"\s?(?:-|–|—|to)\s?(?P<num>{NUM})")
_PENCE = re.compile(r"^p\b(?=\s*(?:/|per\b|a\b|an\b|each\b))")  # "5p per mile"
# Pence with the unit they are per named earlier in the sentence: "cost per mile has fallen
# from 19p to 7.2p", "9.4p a mile against roughly 21p for diesel".
_BARE_PENCE = re.compile(r"^p\b(?![.’'-]\w)")
_PER_EARLIER = re.compile(r"\b(?:per|a)\s+(?P<u>mile|kwh|km|kilometre|litre)\b", re.I)
_FILS = re.compile(r"^\s?fils\b")  # "29 fils per kWh": hundredths of a UAE dirham
# "76 cents per kWh", "15 euro cents a kilowatt-hour", "30c/kWh": hundredths of the page's
# dollar, or of the euro when the sentence or the one before prices in euros.
_CENTS = re.compile(r"^\s?(?P<euro>euro[\s-])?cents?\b|^c\b(?=\s?(?:/|per\b))")
_EURO_NAMED = re.compile(r"€|\beuros?\b|\bEUR\b")
_SCALED = re.compile(r"\d[kKmMbB]$|\d,\d{3}")  # "41.2k", "43,870": never a model number


def _repeated_unit_range(sentence: str, end: int, before: str, unit_pat: re.Pattern
                         ) -> tuple[float, int] | None:
    """'fall 15% to 20%': the second value and end of a range whose unit is on both figures
    (not 'from 5% to 7%', a change, unless a state of charge or 'ranges from')."""
    m = _SAME_UNIT_RANGE.match(sentence, end)
    if not m or _CHANGE_BY.search(before) or (
            re.search(r"\bfrom\s+(?:\S+\s+)?$", before, re.I) and not _SOC_BEFORE.search(before)
            and not _RANGE_FROM.search(before)):
        return None
    um = unit_pat.match(sentence[m.end():])
    if not um:
        return None
    return parse_number(m["num"], None, None), m.end() + um.end()


_HYPHEN_FRACTION = re.compile(r"(?<![\w-])(?P<f>two-thirds|one-third|three-quarters|"
                              r"one-quarter|one-fifth|two-fifths|three-fifths|four-fifths|"
                              r"one-tenth)(?![\w-])", re.I)
_HYPHEN_FRACTION_VALUE = {"two-thirds": 66.7, "one-third": 33.3, "three-quarters": 75.0,
                          "one-quarter": 25.0, "one-fifth": 20.0, "two-fifths": 40.0,
                          "three-fifths": 60.0, "four-fifths": 80.0, "one-tenth": 10.0}


_DOUBLED = re.compile(r"(?:(?P<h>more than|nearly|almost|roughly|about|over)\s+)?"
                      r"(?P<v>doubled|tripled|quadrupled)\b", re.I)
_DOUBLED_VALUE = {"doubled": 100.0, "tripled": 200.0, "quadrupled": 300.0}


def find_doublings(sentence: str) -> list["Quantity"]:
    """'sales more than doubled' is a rise of over 100 per cent ('tripled' is 200); not when
    the new level follows ('quadrupled to 100% from 25%': those are the figures)."""
    return [Quantity(m.start(), m.end(), _DOUBLED_VALUE[m["v"].lower()], None, "percent",
                     _HEDGE_MAP[m["h"].lower()] if m["h"] else "=", "percent")
            for m in _DOUBLED.finditer(sentence)
            if not re.match(r"\s+(?:to|from)\s", sentence[m.end():])]  # the levels follow


def find_fractions(sentence: str) -> list["Quantity"]:
    """'roughly half of the total', 'two-thirds': a share stated as a fraction, in per cent."""
    out = []
    for m in _HYPHEN_FRACTION.finditer(sentence):
        hm = _HEDGE.search(sentence[:m.start()])
        out.append(Quantity(hm.start("h") if hm else m.start(), m.end(),
                            _HYPHEN_FRACTION_VALUE[m["f"].lower()], None, "percent",
                            _HEDGE_MAP[hm["h"].lower()] if hm else "=", "fraction"))
    for m in _HEDGED_SHARE.finditer(sentence):
        out.append(Quantity(m.start("h"), m.end("f"), _SHARE_VALUE[m["f"].lower()], None,
                            "percent", _HEDGE_MAP[m["h"].lower()],
                            "percent" if m.group().lower().startswith("by") else "fraction"))
    for m in _FRACTION.finditer(sentence):
        before = sentence[:m.start()]
        if _NOT_FRACTION_BEFORE.search(before):
            continue
        hm = _HEDGE.search(before)
        if any(x.start <= m.start() < x.end for x in out):
            continue  # "two-thirds of" was read as a hyphenated fraction already
        out.append(Quantity(hm.start("h") if hm else m.start(), m.end("f"),
                            _FRACTION_VALUE[m["f"].lower()], None, "percent",
                            _HEDGE_MAP[hm["h"].lower()] if hm else "=", "fraction"))
    return out


@dataclass(frozen=True)
class Quantity:
    """A quantity phrase at [start, end) of the sentence it was found in."""

    start: int
    end: int
    value: float
    value_max: float | None
    unit: str
    comparator: str
    noun: str = ""  # the counted noun or unit word, a hint for the measure
    kind: str = ""  # "acceleration_0_100" when the phrase is a 0-100 km/h time


# One dot before exactly three digits: a thousands group when the figure is money or a count
# (nobody sells 39.990 euros or 1.500 cars); a decimal otherwise ("1.250 litres" stays 1.25).
_DOT_THOUSANDS = re.compile(r"^\d{1,3}\.\d{3}$")


def parse_number(text: str | None, word: str | None, scale: str | None) -> float:
    if word:
        w = word.lower()
        if "-" in w and w not in _WORDS:
            tens, ones = w.split("-")
            value = float(_WORDS[tens] + _WORDS[ones])
        else:
            value = float(_WORDS[w])
    elif text.count(".") > 1:  # "1.250.000": dots group thousands
        value = float(re.sub(r"[.\s]", "", text))
    elif re.fullmatch(r"\d{1,3},\d{1,2}", text):  # "21,4": a decimal comma
        value = float(text.replace(",", "."))
    else:
        value = float(re.sub(r"[,\s'’]", "", text))
    if scale:
        value *= _SCALE_WORDS[scale.strip(" -").lower()]
    return round(value, 6)  # 4.1 * 1e6 is 4099999.9999999995 in binary floating point


_MODEL_TOKEN = re.compile(r"^[A-Z][A-Za-z]*\d+[A-Za-z0-9]*$")  # "SU7", "YU7", "EX30"
_VEHICLE_ADJ = {"ev", "evs", "nev", "suv", "car", "bev", "phev", "vehicle", "truck", "bus",
                "delivery"}  # "150 delivery offices" counts offices


def _count_noun(after: str) -> tuple[str, str, int] | None:
    """(unit, noun, end offset) of a counted noun within three words after a number.

    A closing quotation mark may come first ('"more than 28,000" SU7 and YU7 vehicles'), model
    names joined by 'and' do not count as words, and a vehicle word used as an adjective gives
    way to the noun after it ('21 EV models' counts models).
    """
    times = re.match(r"\s?[x×]\s?\d[\d.,]*\s?(?:kw|kwh|v|t|m)?\b", after, re.I)
    if times:  # "48 x 22kW chargers": the count, then the size of each
        noun = _count_noun(after[times.end():])
        return (noun[0], noun[1], 0) if noun else None  # the size stays a figure of its own
    fleet = re.match(r"-(?P<n>[a-z]+)\s+(?:fleet|order|network|roll-?out)\b", after)
    if fleet and COUNT_NOUNS.get(fleet["n"]) in ("vehicle", "item", "store"):
        return COUNT_NOUNS[fleet["n"]], fleet["n"], fleet.end("n")  # "a 140-van fleet"
    pos, words, model_seen, caps = 0, 0, False, 0
    for m in _TOKEN.finditer(after):
        if m.start() < pos:
            continue  # the number of a model name already passed over
        if after[pos:m.start()].strip():
            return None
        tok = m.group()
        if pos == 0 and tok in "\"”’":
            pos = m.end()
            continue
        for pat, unit, name in _MULTI_NOUNS:
            mm = pat.match(after, m.start())
            if mm:
                return unit, name, mm.end()
        low = tok.lower().strip("’'")
        code = re.match(r"\s[A-Z0-9]{1,3}s?\b(?![.,]\d)", after[m.end():]) if tok == "Model" \
            else None
        if code:  # "5,000 Model Y a week", "2,790 Model Ys": cars of a model, named by its code
            return "vehicle", "model " + code.group().strip().lower(), m.end() + code.end()
        if low == "battery" and re.match(r"[ -](?:electric|evs?|bevs?)\b", after[m.end():], re.I):
            pos = m.end() + 1  # "9,870 battery EVs", "battery-electric cars": the cars count
            continue
        if low in COUNT_NOUNS:
            nxt = _TOKEN.match(after, m.end() + 1) if after[m.end():m.end() + 1] == " " else None
            if low in _VEHICLE_ADJ and nxt and nxt.group().lower() in COUNT_NOUNS and \
                    COUNT_NOUNS[nxt.group().lower()] != "vehicle":
                return COUNT_NOUNS[nxt.group().lower()], nxt.group().lower(), nxt.end()
            return COUNT_NOUNS[low], low, m.end()
        if _PRODUCT_PLURAL.match(tok) or _HYPHEN_MODEL_PLURAL.fullmatch(tok):
            return "vehicle", tok, m.end()  # "300 SU7s", "54 Ford E-Transits"
        if low in ("and", "or") and words:
            pos = m.end()  # "611,000 battery-electric and plug-in hybrid cars"
            continue
        if _MODEL_TOKEN.match(tok) or (model_seen and low in ("and", "or")):
            model_seen = True
            pos = m.end()
            continue
        mod = re.match(r"(?:19|20)\d{2}(?:\s?[–-]\s?(?:19|20)?\d{2})?\b|\d+(?:\.\d+)?-(?:metre|"
                       r"meter|foot|ft|m|kw|kwh|seat|door|inch)s?\b", after[m.start():], re.I)
        if mod:  # "model-year 2024–2025", "48 standard 12-metre buses": modifiers, no count
            pos = m.start() + mod.end()
            continue
        named = re.match(r"\s\d{1,3}\b(?![.,]\d)", after[m.end():]) if tok[:1].isupper() else None
        if named:  # "120 Urbino 12 electric buses": a model's name and number, then the noun
            model_seen = True
            pos = m.end() + named.end()
            continue
        if low in _STOP or not tok[0].isalnum() or tok[0].isdigit():
            return None
        if tok[:1].isupper() and words and caps < 2:
            caps += 1  # "18,240 model-year 2024–2025 Zentra Aero electric SUVs": a model's name
            pos = m.end()
            continue
        words += 1
        if words >= 4:  # "312 new operational public stalls": three modifiers at most
            return None
        pos = m.end()
    return None


_POINTS_AFTER = re.compile(r"(?:\s(?:new|public|more|fast|rapid|slow|[A-Z]{2}))?\s(?P<n>points?)\b")


def _charge_points(after: str, before: str, context: str) -> tuple[str, str, int] | None:
    """'15,000 public points' in a story about charging counts charge points; elsewhere, or
    after a change ('rose 12 points'), a 'point' is a score or a percentage point."""
    if re.search(r"\b(?:rose|rise|fell|fall|up|down|gained|lost|climbed|dropped|jumped|by)\s+$",
                 before, re.I):
        return None
    m = _POINTS_AFTER.match(after)
    if m and re.search(r"\bcharg(?:ing|ers?|e points?)\b", context, re.I):
        return "item", "charge points", m.end()
    return None


def _before_model(sentence: str, num_end: int, end: int) -> int:
    """A count's span stops before a model name between the number and its noun: the name is
    what is counted, not part of the quantity ('2,200 self-operated S5 supercharging
    stations', '650 BYD Shark 6 plug-in hybrid utes')."""
    toks = list(re.finditer(r"\S+", sentence[num_end:end]))
    named = re.search(r"\b[A-Z][\w-]*\s\d{1,3}\b", sentence[num_end:end])  # "Urbino 12"
    for t in toks[:-1]:  # the noun may be one
        if _MODEL_TOKEN.match(t.group().strip("\"”’,")) or (named and t.group()[:1].isupper()) \
                or re.match(r"(?:19|20)\d{2}\b", t.group()):  # "… model-year 2024–2025 …"
            return num_end + len(sentence[num_end:num_end + t.start()].rstrip())
    return end


# "the first nine months (of the year)", "its first six weeks": the opening span of a period
# that locates another quantity, never a quantity of its own.
_PERIOD_BEFORE = re.compile(r"\b(?:first|opening)\s+$", re.I)
_PERIOD_UNIT_AFTER = re.compile(r"^\s?(?:full\s)?(?:days?|weeks?|months?|quarters?|years?)\b",
                                re.I)
# "in the three months to June", "the nine months ended September 30": a reporting period.
_PERIOD_TO = re.compile(r"^\s?(?:weeks?|months?|quarters?|years?)\s+(?:to|ended|ending|through)"
                        r"\s+(?:the\s+end\s+of\s+)?[A-Z]")


def _is_year(num: str | None, cur: str | None, scale: str | None) -> bool:
    return (num is not None and cur is None and not scale and re.fullmatch(r"(19|20)\d\d", num)
            is not None)


def find_quantities(sentence: str, previous: str = "", yen: str = "CNY",
                    dollar: str = "USD", words: dict[str, str] | None = None) -> list[Quantity]:
    """Every quantity phrase stated in `sentence` (offsets relative to it).

    `previous` (the sentence before) can name what bare counts count; `yen` is the currency
    of "¥" when the sentence names neither Japan nor China, `dollar` that of a bare "$",
    `words` the currency of words several countries use ("pesos", "dirhams"); all read from
    the whole document by the caller.
    """
    out: list[Quantity] = find_one_in(sentence)
    blocked: list[tuple[int, int]] = [(x.start, x.end) for x in out]
    accel_time_after: list[int] = []
    for m in _ACCEL.finditer(sentence):
        blocked.append(m.span())
        if m["to"] in ("100", "62"):
            accel_time_after.append(m.end())

    def is_blocked(a: int, b: int) -> bool:
        return any(a < e and s < b for s, e in blocked)

    for m in _QUANTITY.finditer(sentence):
        start, end = m.start(), m.end()
        if is_blocked(start, end):
            continue
        cur, num, word, scale = m["cur"], m["num"], m["word"], m["scale"]
        before = sentence[:start]
        # A range is "X-Y", "X to Y" (not "from X to Y") or "between X and Y".
        r = _RANGE_TAIL.match(sentence, end) if num else None
        is_range = r is not None
        if r and r["rsep"].lower() == "and" and not re.search(r"\bbetween\s+$", before, re.I):
            is_range = False
        if r and r["rsep"].lower() == "to" and re.search(r"\bfrom\s+(?:\S+\s+)?$", before,
                                                         re.I) and not _SOC_BEFORE.search(before) \
                and not _RANGE_FROM.search(before):
            is_range = False
        if r and r["rsep"].lower() == "to" and _CHANGE_BY.search(before):
            is_range = False  # "cut by RMB 10,000 to RMB 289,900": a change, then a new level
        if is_range and _is_year(num, cur, scale) != _is_year(r["num2"], r["cur2"],
                                                              r["scale2"]):
            is_range = False
        if is_range and (parse_number(r["num2"], None, r["scale2"])
                         <= parse_number(num, None, scale)):
            is_range = False  # "X-Y" with a smaller Y is not a range (a score, an id)
        if is_range and r["cur2"] and not cur and _names_before(before):
            is_range = False  # "the Sealion 7 to $49,990": a model's number, then a price
        if is_range and cur and not r["cur2"] and any(
                pat.match(sentence[r.end():]) for pat, _ in _UNIT_AFTER):
            is_range = False  # "£14,250 – 21,000 miles": a price, then a mileage
        if is_range:
            end = r.end()
            blocked.append((m.start(), end))
        if cur is not None and cur.upper() == "R" and not (
                scale or (num and ("," in num or parse_number(num, None, None) >= 1000))):
            continue  # "R2", "R1S": a model code; "R599,900" is rand
        if _is_year(num, cur, scale):
            continue
        if _SOURCING.match(sentence[end:]):
            continue  # "two people familiar with the matter": who says it, not a figure
        if num and (re.match(r"[:h]\d{2}\b", sentence[end:]) or re.search(r"\d[:h]$", before)):
            continue  # "at 15:40", "07:10": a time of day
        if not cur and re.match(r"\.(?:HK|SS|SZ|T|KS|KQ|TW|SI|BK|NS|BO)\b", sentence[end:]):
            continue  # "XPeng (9868.HK)": a stock code
        after = sentence[end:]
        if num and ((_MONTH_BEFORE.search(before) and not re.match(r"\s?%", after))
                    or _MONTH_AFTER.match(after) or _ORDINAL_AFTER.match(after)):
            continue  # part of a date, or an ordinal (not "APR 9.9%")
        if re.search(r"\b(?:each|every)\s+$", before, re.I) and re.match(
                r"\s?(?:%|per\s?cent\b|percent\b)", after, re.I):
            continue  # "each 1% price cut costs …": the step of a sensitivity, not a figure
        if re.search(r"\btop\s+$", before, re.I):
            continue  # "Top five models in October:": the size of a ranking, not a figure
        if (_PERIOD_BEFORE.search(before) and _PERIOD_UNIT_AFTER.match(after)) or \
                (re.search(r"\bthe\s+$", before, re.I) and _PERIOD_TO.match(after)):
            continue  # "in the first nine months (of the year)": a period, not a quantity
        # "9-10k": a scale written once applies to both ends
        shared = r["scale2"] if is_range and num and "," not in num and \
            parse_number(num, None, None) < 1000 else None  # "9-10k", "1.5-2 million"; not
        # "708,000-1.02 million yuan"
        value = parse_number(num, word, scale or shared)
        value_max = parse_number(r["num2"], None, r["scale2"]) if is_range else None
        if value_max is not None and value_max < value:
            value_max, is_range, end = None, False, m.end()  # no range runs downwards
            after = sentence[end:]
        wr = _WORD_RANGE.match(sentence, end) if word and not (is_range or cur or scale) else None
        if wr and parse_number(None, wr["w"], None) > value and not re.search(
                r"\bfrom\s+$", before, re.I):
            value_max, is_range, end = parse_number(None, wr["w"], None), True, wr.end()
            after = sentence[end:]  # "six to eight weeks": both ends in words
        if cur and cur not in CURRENCY_PREFIX and cur.upper() in CURRENCY_PREFIX and \
                cur.upper() not in ("RMB", "KSH"):
            continue  # "Try 4 weeks": a word, not the code TRY (codes are written in capitals)
        if cur and cur[-1].isalpha() and word:
            continue  # "Weight": a letter sign ("W", won) before a number word is a word
        cur = cur or (r["cur2"] if is_range and r is not None else None)
        plus = re.match(r"\+(?![\d+])|-plus\b", after) if num and not is_range else None
        if plus:  # "3,300+ swap stations", "30-plus countries": more than the number
            end += plus.end()
            after = sentence[end:]
        unit, noun, cn = None, "", None
        if cur:
            unit = CURRENCY_PREFIX.get(cur) or CURRENCY_PREFIX.get(cur.upper())
            if cur == "¥":
                unit = yen_by_conversion(sentence, start, end, value) or yen_currency(
                    sentence, yen)
            elif cur in ("kr", "kr."):  # Norwegian, Swedish or Danish: the page's country
                unit = (words or {}).get("kr", unit)
            elif cur == "$":
                unit = dollar
                named = _CUR_AFTER.match(after)  # "$71 billion pesos": the word says which
                if named and not named["c"].startswith(("$", "€")):
                    word = named["c"].lower()
                    unit = (words or {}).get(word if word.endswith("s") else word + "s",
                                             CURRENCY_SUFFIX[word])
                    end += named.end()
                    after = sentence[end:]
            noun = "currency"
            unit, end, per = _per_unit(unit, sentence, end)  # "$115/kWh", "$10,300 a tonne"
            value = round(value * per, 6)
            value_max = None if value_max is None else round(value_max * per, 6)
        elif num and not scale and (_PENCE.match(after) or _FILS.match(after)
                                    or _CENTS.match(after) or (_BARE_PENCE.match(after)
                                                               and _PER_EARLIER.search(before))):
            sub = _PENCE.match(after) or _FILS.match(after) or _CENTS.match(after) \
                or _BARE_PENCE.match(after)
            unit = {_PENCE: "GBP", _FILS: "AED", _BARE_PENCE: "GBP"}.get(sub.re) or (
                "EUR" if sub["euro"] or _EURO_NAMED.search(previous + " " + sentence)
                else dollar)
            noun, value = "currency", round(value / 100, 6)
            if sub.re is _BARE_PENCE:  # per the unit named earlier: "cost per mile … 19p"
                earlier = f"GBP/{_PER_SUFFIX[_PER_EARLIER.findall(before)[-1].lower()]}"
                unit = earlier if earlier in unit_dimension() else unit
            unit, end, per = _per_unit(unit, sentence, end + sub.end())  # "5.6p per mile"
            value = round(value * per, 6)
            value_max = None if value_max is None else round(value_max * per, 6)
        else:
            cm = _CUR_AFTER.match(after)
            if cm and (not word or scale):  # "half a billion dollars"
                unit, noun = CURRENCY_SUFFIX[cm["c"].lower()], "currency"
                word = cm["c"].lower()
                unit = (words or {}).get(word if word.endswith("s") else word + "s", unit)
                unit, end, per = _per_unit(unit, sentence, end + cm.end())
                value = round(value * per, 6)
                value_max = None if value_max is None else round(value_max * per, 6)
            else:
                for pat, code in _UNIT_AFTER:
                    um = pat.match(after)
                    if um:
                        if code == "s" and um.group() == "s" and (word or _NAME_BEFORE.search(
                                before)):
                            continue  # "Model 3s" is a plural, not seconds
                        unit, noun = code, um.group().strip().lower()
                        end += um.end()
                        if pat in _UNIT_SCALE:
                            value = round(value * _UNIT_SCALE[pat], 6)
                            value_max = None if value_max is None else round(
                                value_max * _UNIT_SCALE[pat], 6)
                        tail = _between_tail(sentence, end, before, pat) or (
                            None if is_range else _repeated_unit_range(sentence, end, before, pat))
                        if tail and not is_range and tail[0] > value:
                            value_max, is_range, end = tail[0], True, tail[1]
                        break
                if unit is None and num and not scale and after[:1].isalpha():
                    continue  # letters glued to a number with no unit: a code ("7X", "5G")
                if unit is None and not (num and _is_model_number(num, before, after)):
                    cn = _count_noun(after) or (_open_count_noun(after, value, before) if num
                                                else None) or _count_past_modifier(after, value)
                    cn = cn or _charge_points(after, before, sentence + " " + previous)
                    if cn and cn[1] == "sales" and _names_before(before):
                        cn = None  # "Peugeot 3008 sales": a model's sales, not 3,008 sales
                    if cn:
                        unit, noun, off = cn
                        end += off
        if unit is not None and num and not scale and "/" not in unit and \
                _DOT_THOUSANDS.match(num) and unit_dimension().get(unit) in ("money", "count"):
            value = round(value * 1000, 6)  # "39.990 euros", "R$ 149.800": dot thousands
            if value_max is not None and _DOT_THOUSANDS.match(r["num2"]) and not r["scale2"]:
                value_max = round(value_max * 1000, 6)
        if unit is None:
            if word:
                continue
            out.append(Quantity(start, end, value, value_max, "", "=", "", "bare"))
            continue
        if unit in _RATED or noun in ("units",):
            rm = _RATE.match(sentence[end:]) or _rate_later(sentence[end:], unit)
            if rm and re.match(r"\s+(?:ago|earlier|before|prior)\b", sentence[end + rm.end():]):
                rm = None  # "400,000 km a year ago": when, not a rate
            if rm:
                per = (rm["p"] or rm["adv"]).lower()
                per = _RATE_PERIOD.get(per, per)
                if f"{unit}/{per}" in unit_dimension():
                    unit = f"{unit}/{per}"  # "20,000 vehicles a month", "7,000 tonnes a year"
                    end += rm.end()
                elif unit == "vehicle" or noun in ("units",):
                    end += rm.end()
        hm = _HEDGE.search(before)
        if hm and hm["h"].lower() == "over" and _PARTICLE_VERB.search(before[:hm.start("h")]):
            hm = None  # "handing over 38,412 vehicles": a particle, not a bound
        if hm and hm["h"].lower() == "past" and (unit in _TIME_UNITS or re.search(
                r"\b(?:the|last|this|its|their)\s+$", before[:hm.start("h")], re.I)):
            hm = None  # "the past 12 months", "past 5 years": when, not a bound
        if unit in ("degC", "degF") and re.search(r"(?:^|[\s(])[-−]$|\bminus\s+$", before, re.I):
            # "-15°C": a temperature keeps its sign (a minus sign is not a range dash here)
            value = -value
            start -= len(before) - len(re.sub(r"(?:[-−]|\bminus\s+)$", "", before, flags=re.I))
        low = _TEMPERATURE_FROM.search(sentence[:start]) if unit in ("degC", "degF") and \
            value_max is None else None
        if low:  # "between -19 and -24 °C", "from -10 to -20C": one range, low end first
            first = float(low["n"]) * (-1 if low["sign"] else 1)
            value, value_max = min(first, value), max(first, value)
            start, is_range = low.start("sign") if low["sign"] else low.start("n"), True
        if unit == "percent" and re.match(r"\s?(?:CI|confidence)\b", sentence[end:]):
            continue  # "(95% CI: 47–55%)": the level of a confidence interval, not a figure
        if unit in _TIME_UNITS and re.match(r"\s+(?:ago|earlier)\b", sentence[end:], re.I):
            continue  # "two years ago": when, not how long
        if unit in _TIME_UNITS and (re.match(r"-old\b", sentence[end:]) or (
                "-" in sentence[start:end] and re.match(
                    r"\s(?:average|high|low|gain|loss|drop|rise|record|best|worst|streak|"
                    r"moving)\b", sentence[end:]))):
            continue  # "three-year-old vans", "the three-month average": words that describe
        if re.search(r"\bper\s+$", before, re.I):
            continue  # "per 100 km of road": the denominator of a ratio, not a figure
        comparator = "range" if is_range else (_HEDGE_MAP[hm["h"].lower()] if hm else
                                               ">" if plus else "=")
        if comparator == "=" and _LIMIT_TO.search(before):
            comparator = "<="  # "limit DC charging to 80% and 100 kW": a cap
        bound = None if hm or is_range or plus else _OR_MORE.match(sentence, end)
        if bound:  # "150 kW or more", "5% or less"
            comparator = ">=" if bound["w"].lower() in ("more", "above", "higher", "greater",
                                                        "over") else "<="
        if hm:
            start = hm.start("h")
            if hm["h"].lower() == "over" and unit in _TIME_UNITS and not re.search(
                    r"\bfor\s+$", before[:start]):
                comparator = "="  # "savings over 10 years": the period, not a bound
        if cn:
            end = _before_model(sentence, m.end(), end)
        kind = ""
        if unit == "s" and any(0 <= m.start() - a <= 40 for a in accel_time_after):
            kind = "acceleration_0_100"
        out.append(Quantity(start, end, value, value_max, unit, comparator, noun, kind))
        blocked.append((start, end))
    # "a year", "an hour" as durations, when a preposition or hedge introduces them.
    for m in _ONE.finditer(sentence):
        if is_blocked(m.start(), m.end()):
            continue
        um = next(((pat, code) for pat, code in _UNIT_AFTER if pat.match(sentence[m.end():])),
                  None)
        if um is None:
            continue
        pat, code = um
        before = sentence[:m.start()]
        after_unit = sentence[m.end() + pat.match(sentence[m.end():]).end():]
        if not _ONE_BEFORE.search(before) or re.match(r"\s+(?:ago|earlier|later|before|after)",
                                                      after_unit):
            continue
        if re.search(r"\b(?:per|each|every)\s+$", before, re.I):
            continue
        end = m.end() + pat.match(sentence[m.end():]).end()
        hm = _HEDGE.search(before)
        start = hm.start("h") if hm else m.start()
        out.append(Quantity(start, end, 1.0, None, code, _HEDGE_MAP[hm["h"].lower()] if hm
                            else "=", code))
    # Bare numbers inherit the unit of a counted quantity earlier in the sentence
    # ("raised its goal to 350,000 cars, up from 300,000"; "200 stores ... increase to 500").
    final: list[Quantity] = []
    for q in sorted(out, key=lambda q: q.start):
        if q.kind == "bare":
            lead = sentence[:q.start]
            nxt = [p for p in out if p.unit and p.start > q.end and not _names_before(lead)
                   and (re.fullmatch(r"\s*(?:to|-|–)\s*(?:about\s+|around\s+)?",
                                     sentence[q.end:p.start])
                        # "3 of the 27 member states": a part of a count of a named kind
                        or p.unit != "item" and re.fullmatch(r"\s+of\s+(?:the|its|their)\s+",
                                                             sentence[q.end:p.start]))]
            if nxt:
                hm = _HEDGE.search(lead)
                final.append(Quantity(hm.start("h") if hm else q.start, q.end, q.value, None,
                                      nxt[0].unit, _HEDGE_MAP[hm["h"].lower()] if hm else "=",
                                      nxt[0].noun))
                continue
            prev = _unit_source(final, q, lead, sentence[q.end:])
            topic = None if prev is not None else _counted_topic(q, sentence, previous)
            if prev is not None or topic is not None:
                unit, noun = (prev.unit, prev.noun) if prev is not None else topic
                end = q.end
                rm = _RATE.match(sentence[q.end:]) if unit.startswith("vehicle") else None
                per = _RATE_PERIOD.get(((rm["p"] or rm["adv"]) if rm else "").lower(), "")
                if per and not re.match(r"\s+(?:earlier|ago|before|prior)\b",
                                        sentence[q.end + rm.end():]):
                    unit, end = f"vehicle/{per}", q.end + rm.end()  # "50,000 a year", "annually"
                hm = _HEDGE.search(lead)
                comparator = "range" if q.value_max is not None else (
                    _HEDGE_MAP[hm["h"].lower()] if hm else "=")
                final.append(Quantity(hm.start("h") if hm else q.start, end, q.value,
                                      q.value_max, unit, comparator, noun))
            continue
        final.append(_conversion_comparator(q, final, sentence))
    final = _after_slash(final, sentence, previous, yen, dollar, words)
    return _join_minutes_seconds(_shared_per_unit(final, sentence), sentence)


def _after_slash(found: list[Quantity], sentence: str, previous: str, yen: str, dollar: str,
                 words: dict[str, str] | None) -> list[Quantity]:
    """A second figure joined to the first by a slash, as spec boxes write them ('460kW/735Nm',
    '8 years/160,000km'), when it has a unit of its own."""
    out = list(found)
    for q in found:
        if sentence[q.end:q.end + 1] != "/" or not sentence[q.end + 1:q.end + 2].isdigit() \
                or any(x.start <= q.end + 1 < x.end for x in found):
            continue
        rest = find_quantities(sentence[q.end + 1:], previous, yen, dollar, words)
        if rest and rest[0].start == 0 and rest[0].unit and rest[0].unit != q.unit:
            r = rest[0]
            out.append(Quantity(r.start + q.end + 1, r.end + q.end + 1, r.value, r.value_max,
                                r.unit, r.comparator, r.noun, r.kind))
    return sorted(out, key=lambda x: x.start)


_COMPARED = re.compile(r"(?:\s+(?:in|on|at|for|last|this)\s+[A-Za-z]+(?:\s[A-Za-z]+)?)?"
                       # "in October"
                       r"\s*(?:,\s*)?(?:from|to|versus|vs\.?|against|compared\s+(?:with|to)|and|or)"
                       r"\s+(?:about\s+|around\s+|roughly\s+)?$", re.I)


def _shared_per_unit(found: list[Quantity], sentence: str) -> list[Quantity]:
    """An amount compared with a price per unit is per the same unit ("slid to $805 a tonne
    from $862"), unless it names its own."""
    out: list[Quantity] = []
    for q in found:
        prev = out[-1] if out else None
        compared = prev is not None and _COMPARED.fullmatch(sentence[prev.end:q.start])
        if compared and unit_dimension().get(q.unit) == "money" and \
                prev.unit.split("/")[0] == q.unit and prev.unit != q.unit:
            q = Quantity(q.start, q.end, q.value, q.value_max, prev.unit, q.comparator, q.noun,
                         q.kind)
        elif compared and prev.unit in _DOLLARS and q.unit in _DOLLARS and \
                prev.unit != q.unit and _BARE_DOLLAR.search(sentence, q.start, q.end):
            # "to HK$110 from $95": a bare "$" compared with a marked dollar is that dollar
            q = Quantity(q.start, q.end, q.value, q.value_max, prev.unit, q.comparator, q.noun,
                         q.kind)
        out.append(q)
    return out


_DOLLARS = ("USD", "AUD", "CAD", "SGD", "HKD", "NZD")
_BARE_DOLLAR = re.compile(r"(?<![A-Za-z$])\$\s?\d")


# The period of a rate ("a year", "annually", "per annum").
_RATE_PERIOD = {"year": "year", "month": "month", "day": "day", "week": "week",
                "annually": "year", "yearly": "year", "annum": "year", "monthly": "month",
                "daily": "day", "weekly": "week"}


# The first end of a temperature range whose unit follows only the second end.
_TEMPERATURE_FROM = re.compile(r"\b(?:between|from)\s+(?P<sign>[-−]|minus\s+)?(?P<n>\d+(?:\.\d+)?)"
                               r"\s*(?:and|to|[-–])\s*$", re.I)


def _join_minutes_seconds(found: list[Quantity], sentence: str) -> list[Quantity]:
    """'3 min 40 s' is one duration of 220 seconds, '8 hours 30 minutes' one of 8.5 hours."""
    out: list[Quantity] = []
    for q in found:
        p = out[-1] if out else None
        if p is not None and p.unit == "min" and q.unit == "s" and p.value_max is None and \
                q.value_max is None and re.fullmatch(r"\s+(?:and\s+)?", sentence[p.end:q.start]):
            out[-1] = Quantity(p.start, q.end, round(p.value * 60 + q.value, 6), None, "s",
                               p.comparator, "s")
            continue
        if p is not None and p.unit == "h" and q.unit == "min" and p.value_max is None and \
                q.value_max is None and q.value < 60 and \
                re.fullmatch(r"\s+(?:and\s+)?", sentence[p.end:q.start]):
            out[-1] = Quantity(p.start, q.end, round(p.value + q.value / 60, 6), None, "h",
                               p.comparator, "h")  # "8 hours 30 minutes" is 8.5 hours
            continue
        out.append(q)
    return out


# "range from X to Y", "priced from X to Y": a range, unlike "rose from X to Y".
_RANGE_FROM = re.compile(r"\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying)|priced|pricing|"
                         r"costing|run|runs|start|starts|sell|sells|cost|costs)\s+"
                         r"(?:\w+\s+)?from\s+$", re.I)  # "prices run from €210,000 to €240,000"
# A change verb, then "by" right before the number: "falls by RMB 10,000 to RMB 289,900".
_CHANGE_BY = re.compile(
    r"\b(?:cut|cuts|cutting|fell|falls?|falling|rose|rises?|rising|trimmed|trims?|lowered|"
    r"lowers?|raised|raises?|increased?|increases|reduced?|reduces|dropped|drops?|declined?|"
    r"grew|grows?|climbed|jumped|slashed|hiked|decreased?|went (?:up|down))\b"
    r"[^;]{0,160}?\bby\s+(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+)?$", re.I)
# A price per unit after an amount: "$115/kWh", "€0.69 per kWh", "$10,300 a tonne", "5.6p per
# mile", "Rs 3.5/km"; it is a unit of its own when the vocabulary has it ("USD/t").
_PER_UNIT = re.compile(r"\s?(?:(?:/|per\s|an?\s)\s?(?P<n>100\s?|1,?000\s?)?(?P<u>kwh|wh|"
                       r"kilowatt[- ]hours?|watt[- ]hours?|tonnes?|tons?|t|miles?|mi|km|"
                       r"kilometres?|kilometers?|lb|litres?|liters?|month|year|annum|mo|yr)|"
                       r"(?P<u2>pcm))\b", re.I)  # "~£25 pcm": per calendar month
# Counts and amounts that may be rates ("480 swaps a day", "6.5 million gallons per day").
_RATED = ("vehicle", "t", "swap", "L", "gal", "m3", "km", "mi")
_PER_SUFFIX = {"kwh": "kWh", "tonne": "t", "tonnes": "t", "ton": "t", "tons": "t", "t": "t",
               "mile": "mi", "miles": "mi", "mi": "mi", "km": "km", "kilometre": "km",
               "kilometres": "km", "kilometer": "km", "kilometers": "km", "wh": "kWh",
               "lb": "lb", "litre": "L", "litres": "L", "liter": "L", "liters": "L",
               "kilowatt-hour": "kWh", "kilowatt hour": "kWh",
               "kilowatt-hours": "kWh", "kilowatt hours": "kWh", "watt-hour": "kWh",
               "watt hour": "kWh", "watt-hours": "kWh", "watt hours": "kWh",
               "month": "month", "mo": "month", "pcm": "month", "year": "year", "annum": "year",
               "yr": "year"}


def _per_unit(unit: str, sentence: str, end: int) -> tuple[str, int, float]:
    """(unit, end, factor) extended by a 'per X' right after the amount, when that unit
    exists; the factor rescales the amount to one unit ("0.36 yuan per Wh" is 360 CNY/kWh,
    "€2.40 per 100 km" is 0.024 EUR/km)."""
    m = _PER_UNIT.match(sentence, end)
    word = m and (m["u"] or m["u2"]).lower()
    if m and not (m["n"] and word in ("kwh", "wh", "t", "tonne", "tonnes", "ton", "tons",
                                      "month", "year", "annum", "mo", "yr")):
        per = f"{unit}/{_PER_SUFFIX[word]}"
        if per in unit_dimension():
            per_wh = word == "wh" or word.startswith("watt")
            factor = (1000.0 if per_wh else 1.0) / (float(m["n"].replace(",", "")) if m["n"]
                                                    else 1.0)
            return per, m.end(), factor
    return unit, end, 1.0
# Places (and the best-known companies of Japan) that settle what "¥" is.
JAPAN = re.compile(r"\b(?:Japan|Japanese|Tokyo|Osaka|Nagoya|Yokohama|yen|Toyota|Honda|Nissan|"
                    r"Mazda|Subaru|Suzuki|Mitsubishi|Panasonic|Denso|Sony)\b")
CHINA = re.compile(r"\b(?:China|Chinese|Beijing|Shanghai|Shenzhen|yuan|RMB|renminbi)\b")


def yen_currency(text: str, default: str = "CNY") -> str:
    """'¥' is JPY where the text names Japan and not China, CNY where it names China, else
    `default` (decided from the whole document by the caller)."""
    japan, china = bool(JAPAN.search(text)), bool(CHINA.search(text))
    if japan != china:
        return "JPY" if japan else "CNY"
    if japan and china:  # both named: the place nearest the last "¥" wins
        at = text.rfind("¥")
        jp = max((m.end() for m in JAPAN.finditer(text, 0, at)), default=-1)
        cn = max((m.end() for m in CHINA.finditer(text, 0, at)), default=-1)
        return "JPY" if jp > cn else "CNY"
    return default


_YUAN_BEFORE = re.compile(r"(?:yuan|RMB|CNY|renminbi)\s*\(\s*(?:about\s+|around\s+|roughly\s+)?$",
                          re.I)
_USD_AFTER = re.compile(r"\s*\(\s*(?:about\s+|around\s+|roughly\s+|some\s+|approx\.?\s+)?"
                        rf"(?:US\$|\$|USD\s?)\s?(?P<num>{NUM})\s*(?P<scale>{SCALE})?", re.I)


def yen_by_conversion(sentence: str, start: int, end: int, value: float) -> str | None:
    """What '¥' is by the conversion beside it: a bracket after a yuan amount converts into
    yen ("180,000 yuan (¥3.7 million)"), and a dollar conversion after it tells by the rate
    ("¥48 billion (US$320 million)" is about 150 to the dollar: yen; 7 to the dollar: yuan)."""
    if _YUAN_BEFORE.search(sentence[:start]):
        return "JPY"
    m = _USD_AFTER.match(sentence, end)
    if m:
        usd = parse_number(m["num"], None, m["scale"])
        if usd:
            rate = value / usd
            return "JPY" if 40 <= rate <= 400 else "CNY" if 4 <= rate <= 12 else None
    return None


_TIME_WORDS = (r"seconds?|minutes?|hours?|days?|weeks?|months?|years?|quarters?|decades?|"
               r"sessions?|games?|races?|attempts?")
# "one in nine cars", "nearly 9 in 10 new cars"; not "5 in 12 months" (a count in a period).
_ONE_IN = re.compile(rf"(?<![\w.,])(?P<k>{_WORD_NUM}|\d{{1,2}})\s+in\s+"
                     rf"(?P<n>{_WORD_NUM}|\d{{1,3}})\b(?!\s+(?:{_TIME_WORDS})\b)",
                     re.IGNORECASE)


def find_one_in(sentence: str) -> list[Quantity]:
    """'one in nine cars' is a share of about 11.1 per cent ('two in five' is 40)."""
    out = []
    for m in _ONE_IN.finditer(sentence):
        n, k = m["n"], m["k"]
        den = float(n) if n.isdigit() else parse_number(None, n, None)
        num = float(k) if k.isdigit() else parse_number(None, k, None)
        if den < 2 or num >= den:
            continue
        hm = _HEDGE.search(sentence[:m.start()])
        out.append(Quantity(hm.start("h") if hm else m.start(), m.end(), round(100 * num / den, 1),
                            None, "percent", _HEDGE_MAP[hm["h"].lower()] if hm else "=",
                            "fraction"))
    return out


# Plural nouns after a number that are measures, not counted things.
_NOT_COUNTED = set("""hectares acres metres meters feet inches litres liters gallons degrees
points percentages times ways terms levels decades centuries hours minutes seconds days weeks
months years quarters halves thirds pixels bits bytes watts volts amps kilowatts issues
others ones lakhs crores millions billions thousands trillions hundreds dozens""".split())
_PLURAL = re.compile(r"^\s?(?:(?P<adj>[a-z][a-z-]+|[A-Z][a-z]+)\s)?(?P<w>[a-z][a-z-]{2,}s)\b")
# Plurals ending like a singular noun ("basis", "status", "glass"): these few are plurals.
_PLURAL_ANYWAY = {"taxis", "minis", "emojis", "skis"}


# What may stand between a count and its noun: "of its" ("24 of its diesel utes") or a
# rating ("Eight 22kW chargers", "four 360kW units").
_COUNT_BRIDGE = re.compile(r"\s+(?:of\s+(?:its|their|the|our|his|her|these|those)|"
                           r"\d[\d.,]*\s?(?:kW|kWh|MW|V|Ah|t|tonne|seat|inch|metre|m)"
                           r"(?:-(?:hour|tonne|seat|inch|metre))?)(?=\s)")


def _count_past_modifier(after: str, value: float) -> tuple[str, str, int] | None:
    """A counted noun after 'of its' or after a rating ("Eight 22kW chargers": 8 chargers,
    and 22kW, a quantity of its own)."""
    m = _COUNT_BRIDGE.match(after)
    if not m or value != int(value) or value < (2 if m.group().lstrip().startswith("of") else 1):
        return None  # "one of its biggest markets" counts nothing
    cn = _count_noun(after[m.end():]) or _open_count_noun(after[m.end():], max(value, 2), "")
    if not cn:
        return None
    # the rating stays a quantity of its own: the count's span ends at its number
    return cn[0], cn[1], (m.end() + cn[2]) if m.group().lstrip().startswith("of") else 0


def _open_count_noun(after: str, value: float, before: str) -> tuple[str, str, int] | None:
    """('item', noun, end) for any plural noun right after a number of 2 or more
    ('35,000 applications'); time units, measure words and model names excluded."""
    m = _PLURAL.match(after)
    if value < 2 or not m or _names_before(before):
        return None
    w = m["w"]
    adj = m["adj"]
    if w in _NOT_COUNTED or w in _STOP or (
            w.endswith(("ss", "us", "is")) and w not in _PLURAL_ANYWAY) or (
            adj and (adj in _STOP or adj in _WORDS or adj.endswith("s") or (
                adj[0].isupper() and adj not in lexicon()["nationalities"]))):
        return None  # one modifier may stand before the noun: "20 smaller brands", "5,000
        # European sites"
    return "item", w, m.end()


_CAP_BEFORE = re.compile(r"(?:^|\s)(?P<w>[A-Z][\w-]*)\s$")
_HEDGE_WORDS = {h for h, _ in HEDGES}


def _names_before(before: str) -> bool:
    """A capitalised name (not a function word, hedge or month) right before a number."""
    m = _CAP_BEFORE.search(before)
    if not m:
        return False
    w = m["w"].lower()
    if re.fullmatch(r"[A-Z][a-z]+ed", m["w"]) and not before[:m.start("w")].strip(" -–•*"):
        return False  # "- Added 312 new stalls": a verb opening a line, not a model's name
    return w not in _STOP and w not in _HEDGE_WORDS and not _MONTH_BEFORE.search(m["w"])


def _is_model_number(num: str, before: str, after: str) -> bool:
    """A small number right after a capitalised name is a model number ('Atto 2 small cars',
    'Seal 06'), not a count, unless its counted noun follows at once ('Hyundai 30 vehicles')."""
    if "," in num or parse_number(num, None, None) >= 1000:
        return False
    if re.search(r"\b(?:Model|Series|Class|Type|Mark)\s$", before):
        return True  # "Model 3 sedans": a number after a generic model word is the model's
    if not _names_before(before):
        return False
    from evclaims.extract.entities import gazetteer  # entities reads numbers: import late

    name = re.search(r"(?:^|\s)((?:[A-Z][\w-]*\s)?[A-Z][\w-]*)\s$", before)
    if name and any(gazetteer().surfaces.get(f"{n} {num}", ("",))[0] == "PRODUCT"
                    for n in (name[1], name[1].split()[-1])):
        return True  # "Atto 2 cars": a model the gazetteer knows, not two cars
    if "." in num and not re.match(r"\s?(?:[mbkMBK]|mn|bn|million|billion|thousand)\b", after):
        return True  # "the older Ebusco 2.2 vehicles": no count is a fraction
    nxt = re.match(r"\s?([a-z][\w-]*)", after)
    if re.match(r"\s?[a-z][\w-]*\s(?:car|suv|sedan|hatchback|crossover|model)\b", after):
        return True  # "the Atto 1 city car": a noun naming the model's kind, not a count
    # "Aero 6 sedan": a singular noun after a number above one names the model's body
    return not (nxt and nxt.group(1) in COUNT_NOUNS and (nxt.group(1).endswith("s")
                                                         or parse_number(num, None, None) == 1))


# Words naming what a sentence counts; a bare large number there counts the same thing.
_COUNTED_TOPIC = re.compile(
    r"\b(?:registrations?|registered|deliveries|delivered|sales|sold|vehicles|cars|units|"
    r"shipments|exports|exported|produced|production|output)\b", re.I)
_BARE_BLOCK_BEFORE = re.compile(r"(?:\b(?:No|no|number|ISSN|ID|id|code|page|pp?)\.?|[#+])"
                                r"\s*$")


def is_list_item(sentence: str) -> bool:
    """A ranking or table line ("3. Kia – 870", "Geely Auto: 171,660"), or its number alone
    (sentence splitting may cut "3." off the line)."""
    return _LIST_ITEM.match(sentence.strip()) is not None or \
        re.fullmatch(r"\W*\d{1,2}[.)]", sentence.strip()) is not None


def counted_topic(sentence: str) -> bool:
    """Whether a sentence names counted vehicles (deliveries, sales, production ...)."""
    return _COUNTED_TOPIC.search(sentence) is not None


def _counted_topic(q: Quantity, sentence: str, previous: str) -> tuple[str, str] | None:
    """('vehicle', noun) for a bare number of 1,000 or more in a sentence (or after one)
    about counted vehicles ('the UK with 20,522', 'registrations stand at 558,262')."""
    scaled = _SCALED.search(sentence[q.start:q.end]) is not None
    listed = _LIST_ITEM.match(sentence[:q.end]) is not None  # "Tesla Model Y – 1,096"
    if (q.value < 1000 and not listed) or (q.value_max is not None and not scaled):
        return None  # "150k-160k" is a range of counts; "2,000-3,000" may be anything
    lead = sentence[:q.start]
    if _BARE_BLOCK_BEFORE.search(lead) or re.match(r"\s?[-–/:.]\d", sentence[q.end:]) or \
            (_names_before(lead) and not scaled):
        return None  # an id, a phone number or a model name ('Peugeot 3008')
    if re.match(r"\s(?:off|discount|cheaper|less|lower|higher|more)\b", sentence[q.end:]):
        return None  # "5k off": a difference, most often in money
    orders = _ORDER_TOPIC.search(sentence[max(0, q.start - 40):q.start])
    if orders:  # "locked orders reached 289,000"
        return "order", orders.group().lower()
    if re.search(r"\b[Oo]f (?:these|those|them),?\s*$", lead) and previous:
        counted = [p for p in find_quantities(previous)
                   if unit_dimension().get(p.unit) in ("count", "rate")]
        if counted:  # "… 84,200 devices … Of these, 17,900 were rated at 50 kW"
            topic = _COUNTED_TOPIC.search(previous)
            noun = topic.group().lower() if topic and counted[-1].unit == "vehicle" else \
                counted[-1].noun  # "BYD sold 441,706 NEVs. Of those, 226,185 were BEVs": sold
            return counted[-1].unit, noun
    moved = _NOUN_MOVED_TO.search(lead)
    if moved and moved["n"].lower() in COUNT_NOUNS:  # "sessions rose 38% to 9.4 million"
        return COUNT_NOUNS[moved["n"].lower()], moved["n"].lower()
    asked = re.search(r"\bhow many ([\w-]+)", previous, re.I)  # "How many jobs?" "About 5,000."
    if asked and asked[1].lower() in COUNT_NOUNS:
        return COUNT_NOUNS[asked[1].lower()], asked[1].lower()
    # the topic word nearest the number: "employ up to 14,500 people, some 2,600 of them"
    near = [(abs(m.start() - q.start), unit, m.group().lower())
            for unit, pat in (("person", _PERSON_TOPIC), ("vehicle", _COUNTED_TOPIC))
            for m in pat.finditer(sentence)]
    if near:
        _, unit, word = min(near)
        return unit, word
    m = _COUNTED_TOPIC.search(previous)
    return ("vehicle", m.group().lower()) if m else None


# A counted noun moved to a new level: "sessions rose 38% to 9.4 million".
_NOUN_MOVED_TO = re.compile(r"\b(?P<n>[a-z-]+s)\s+(?:(?:rose|grew|climbed|jumped|increased|fell|"
                            r"dropped|declined|slid|slipped)\b[^.;]{0,30}\bto|(?:now\s+)?"
                            r"(?:number|numbered|total|totalled|totaled))\s+(?:about\s+|"
                            r"around\s+|roughly\s+|nearly\s+|some\s+)?$")
# Words naming people counted: "the plant will employ 5,300", "jobs beyond 5,000".
_PERSON_TOPIC = re.compile(r"\b(?:employ(?:s|ed|ing)?|jobs|workers|workforce|staff|hires?|"
                           r"headcount|employees|residents|people)\b", re.I)


# Anonymous sources counted: "two people familiar with the matter", "three officials briefed".
_SOURCING = re.compile(r"\s+(?:people|persons|sources|officials|executives|insiders)\s+"
                       r"(?:familiar|with knowledge|briefed|close to|who asked)", re.I)
# A ranking or table line: a name, a colon or dash, then the figure ("2. Geely Auto: 171,660").
_LIST_ITEM = re.compile(r"^\W*(?:\d{1,2}[.)]\s*)?[A-Z][\w’'.& -]{1,40}?(?<!\d)\s*[:–—-]\s*"
                        r"[\d,.]+$")  # not a time ("call at 17:00")
# Orders named right before a bare count: "locked orders reached 289,000".
_ORDER_TOPIC = re.compile(r"\b(?:orders|pre-orders|bookings|reservations)\b(?=[^.;]*$)", re.I)


_INHERIT_LEAD = re.compile(r"\b(?:to|from|of|at|and|or|versus|vs\.?|including|excluding|plus|"
                           r"compared\s+with|compared\s+to|against|another|a\s+further|"
                           r"an\s+additional|(?:double|triple|twice|quadruple|half)\s+the|"
                           # a goal for the same count: "runs 62 showrooms and aims for 100"
                           r"aim(?:s|ed|ing)?\s+for|target(?:s|ed|ing)?|"
                           r"(?:its|the|their)\s+(?:[a-z-]+\s+)?(?:total|fleet|tally|network)|"
                           r"the\s+(?:first|last|next|remaining|other)|"  # "and the first 40 will"
                           r"starting\s+with|beginning\s+with|"  # "450 chargers, starting with 120"
                           # a parallel clause: "The Tesla averaged 21.3 kWh/100 km, the ID.4 used
                           # 23.9"
                           r",\s+(?:the\s+|its\s+)?[\w.-]+(?:\s[\w.-]+)?\s+"
                           r"(?:used|averaged|managed|returned|recorded|achieved))"
                           r"\s+(?:(?:about|around|nearly|almost|roughly|some|more\s+than|"
                           r"fewer\s+than|less\s+than|over|under|past|above|beyond)\s+)?$", re.I)
# "limit … to N (and M)": a cap on what follows (but a top speed "limited to 210 km/h" is the
# top speed).
_LIMIT_TO = re.compile(r"\b(?:limit|limits|limiting|cap|caps|capping)\b[^.;:]{0,40}?"
                       r"\bto\s+(?:[^\s.;:]+\s+(?:and|or)\s+)?$", re.I)
# A bound written after the figure: "150 kW or more", "5% or less".
_OR_MORE = re.compile(r"\s+or\s+(?P<w>more|above|higher|greater|over|less|fewer|below|lower|"
                      r"under)\b", re.I)
# Verbs whose "over" is a particle: "handed over", "took over".
_PARTICLE_VERB = re.compile(r"\b(?:hand(?:s|ed|ing)?|turn(?:s|ed|ing)?|took|tak(?:e|es|en|ing)|"
                            r"pass(?:es|ed|ing)?)\s+$", re.I)
_TIME_UNITS = ("s", "min", "h", "day", "week", "month", "year")


def _unit_source(found: list[Quantity], q: Quantity, lead: str, after: str = ""
                 ) -> Quantity | None:
    """The earlier quantity whose unit a bare number shares ('23,231 vehicles, including
    13,270 from ..., 6,281 from ...'; 'up from about 100'); a large number never takes %,
    nor a price when a counted word stands between ('to $91.35, after deliveries dropped
    to 31,767')."""
    listed = bool(re.search(r",\s+$", lead)) and q.value >= 1000
    more = re.match(r"\s+more\b", after) is not None  # "120 buses … orders for some 1,000 more"
    part = re.match(r"\s+of\s+(?:them|those|these)\b", after) is not None or re.match(
        r"\s*Of\s+(?:the|these|those|its|their)\b[^.;]*,\s*$", lead) is not None
    # "2,300 of them"; "Of the 212 cars entered, 171 sold"
    if not (_INHERIT_LEAD.search(lead) or listed or more or part) or \
            re.search(r"[A-Z]\w*\s+$", lead):
        return None
    prev = [p for p in found if p.unit and p.end <= q.start and p.unit not in _TIME_UNITS
            and not (q.value >= 1000 and p.unit in ("percent", "percentage_point"))]
    if part or re.search(r"\bthe\s+(?:first|last|next|remaining|other)\s+$", lead):
        # "2,300 of them", "the first 40": a part of what was counted, never of an amount
        prev = [p for p in prev if unit_dimension().get(p.unit) in ("count", "rate")]
    if prev and unit_dimension().get(prev[-1].unit) == "money" and q.value >= 1000 and \
            _COUNTED_TOPIC.search(lead[prev[-1].end:]):
        return None
    if more and not _INHERIT_LEAD.search(lead):
        # "497 stores across 146 cities … add 40 more": more of what is had, not of where
        prev = [p for p in prev if not re.search(r"\b(?:across|in|at|from|over|among)\s+$",
                                                 lead[:p.start])]
    return prev[-1] if prev else None


def _conversion_comparator(q: Quantity, found: list[Quantity], sentence: str) -> Quantity:
    """A conversion in brackets ('about RMB 26 billion ($3.6 billion)') keeps the hedge of the
    figure it converts."""
    if q.comparator != "=" or not found or found[-1].comparator in ("=", "range"):
        return q
    p = found[-1]
    if p.unit and re.fullmatch(r"\s*\(\s*", sentence[p.end:q.start]):
        return Quantity(q.start, q.end, q.value, q.value_max, q.unit, p.comparator, q.noun,
                        q.kind)
    return q


_ZERO_RATE = re.compile(r"\b(?:zero|0)[- ](?:tax|tariff|duty|levy)\b|"
                        r"\b(?:tax|tariff|duty|levy|VAT)\b[^.;,]{0,50}?\bto\s+zero\b",
                        re.IGNORECASE)  # "zero-tariff"; "cut excise duty on X to zero"


def find_zero_rates(sentence: str) -> list[Quantity]:
    """'zero-tax policy', 'zero-tariff': an explicitly stated rate of 0 per cent."""
    return [Quantity(m.start(), m.end(), 0.0, None, "percent", "=", "tariff")
            for m in _ZERO_RATE.finditer(sentence)]

"""Which currency a page means by an ambiguous sign or word: a bare "$" (US, Australian,
Canadian, Singapore, Hong Kong or New Zealand dollars), "¥" (yen or yuan), "pesos" or
"dirhams".

Page-level decisions, made once per document from the places it names, the idioms it prices
with and the conversions it gives; `numbers.find_quantities` reads a sentence with them.
The places are knowledge in `lexicon.json` (`dollar_places`, `currency_word_places`).
"""

from __future__ import annotations

import re
from functools import cache

from evclaims.extract.numbers import CHINA, JAPAN, NUM, SCALE, parse_number, yen_by_conversion
from evclaims.vocab import lexicon

_YEN_AMOUNT = re.compile(rf"¥\s?(?P<num>{NUM})\s*(?P<scale>{SCALE})?", re.I)


def document_yen(text: str) -> str:
    """The document-wide reading of '¥': what its conversions show ("¥48 billion
    (US$320 million)" is yen) when they agree, else JPY when Japan is named more often than
    China."""
    seen = {yen_by_conversion(text, m.start(), m.end(), parse_number(m["num"], None, m["scale"]))
            for m in _YEN_AMOUNT.finditer(text)} - {None}
    if len(seen) == 1:
        return seen.pop()
    return "JPY" if len(JAPAN.findall(text)) > len(CHINA.findall(text)) else "CNY"


def document_currency_words(text: str) -> dict[str, str]:
    """The document-wide reading of each currency word several countries use ('pesos',
    'dirhams'): the country named most (the first listed in `lexicon.json` when none)."""
    out = {}
    for word, places in lexicon()["currency_word_places"].items():
        counts = {code: len(p.findall(text)) for code, p in _place_patterns_for(word).items()}
        best = max(counts.values())
        out[word] = next(c for c in places if counts[c] == best) if best else next(iter(places))
    return out


@cache
def _place_patterns_for(word: str) -> dict[str, re.Pattern]:
    return _compile_places(lexicon()["currency_word_places"][word])


@cache
def _dollar_places() -> dict[str, re.Pattern]:
    return _compile_places(lexicon()["dollar_places"])


def _compile_places(places_by_code: dict[str, list[str]]) -> dict[str, re.Pattern]:
    """One pattern per currency code for the places that use it."""
    # "(9868.HK)": a ticker's exchange suffix names the place too, but not "U.S." letters
    return {code: re.compile(r"(?<!\w)(?<![A-Za-z]\.)(?:" + "|".join(
        re.escape(p) for p in sorted(places, key=len, reverse=True)) + r")(?![\w$])")
        for code, places in places_by_code.items()}


_LOCAL_DOLLAR = re.compile(r"(?<![\w$])(?:A|AU|C|CA|S|HK|NZ)\$")
_US_DOLLAR = re.compile(r"(?<![\w$])(?:US\$|U\.S\.\s?\$|USD\b)|\b(?:US|U\.S\.) dollars\b")


# Price idioms of local pages: Australian and New Zealand ones price cars "drive-away" or
# "before on-road costs", call a pickup a "ute" and a councillor "Cr"; Singapore ones price
# cars with the certificate of entitlement (COE).
_LOCAL_PRICE_IDIOMS = [
    (("AUD", "NZD"), re.compile(r"(?i:\bdrive[- ]?away\b|\bon-road costs\b|\butes?\b)|"
                                r"\bCr\.?\s[A-Z]")),
    (("SGD",), re.compile(r"\bCOE\b|\bcertificate of entitlement\b")),
]
_STATED_DOLLAR = re.compile(r"\b(?:prices|figures|amounts|values|dollars?)\s+(?:are\s+)?"
                            r"(?:quoted\s+|given\s+|shown\s+)?in\s+(?P<c>US|HK|A|AU|C|CA|NZ|S)\$",
                            re.I)
_DOLLAR_MARK = {"US": "USD", "HK": "HKD", "A": "AUD", "AU": "AUD", "C": "CAD", "CA": "CAD",
                "NZ": "NZD", "S": "SGD"}


def document_dollar(text: str, title_places: list[str] | tuple[str, ...] = ()) -> str:
    """The document-wide reading of a bare '$'.

    What the page states ("All prices in HK$ unless stated"); AUD (or NZD) on a page that
    prices cars "drive-away" or "before on-road costs", SGD on one that prices them with COE;
    else USD, unless the page reads as published where another dollar is the currency (Australia,
    Canada, Singapore, Hong Kong, New Zealand: `lexicon.json`):
    - its headline names places of that one country and of no other ("… reaches Singapore",
      "Ottawa to ease surtax …"; not "… as Canada, Turkey raise barriers"), or
    - it names that country at least twice, more than the US or any other dollar country,
      and either writes US dollars out ("$57,900 (about US$37,500)"; an "S$" beside them is
      then the same local dollar) or, writing no "A$"/"C$" of its own, names that country
      three times and no other dollar country at all.
    """
    stated = _STATED_DOLLAR.search(text)
    if stated:  # "All prices in HK$ unless stated": the page says which dollar it means
        return _DOLLAR_MARK[stated["c"].upper()]
    places = _dollar_places()
    counts = {code: len(p.findall(text)) for code, p in places.items()}
    codes = {next((code for code, p in places.items() if p.fullmatch(place)), "other")
             for place in title_places}
    if len(codes) == 1 and codes != {"other"} and codes != {"USD"}:
        return codes.pop()
    for local, idiom in _LOCAL_PRICE_IDIOMS:
        if idiom.search(text):  # "$54,990 drive-away", "$98,889 with COE": how local pages price
            code = max(local, key=lambda c: counts[c])
            if all(counts[code] >= n for c, n in counts.items() if c not in local):
                return code  # unless the page is about another dollar country's market
    us = counts.pop("USD")
    code, n = max(sorted(counts.items()), key=lambda kv: kv[1])
    rivals = sorted(counts.values())[-2]
    marks_us = _US_DOLLAR.search(text) is not None
    if n >= 2 and n > us and n > rivals and (marks_us or not _LOCAL_DOLLAR.search(text)) and (
            marks_us or (n >= 3 and us == 0 and rivals == 0)):
        return code  # a page that names only that dollar country, three times or more, too
    return "USD"

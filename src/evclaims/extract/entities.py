"""Entity mentions: a curated gazetteer of the EV world, plus unknown capitalised names.

The gazetteer (`resources/gazetteer.csv`) holds general knowledge: carmakers and brands, their
well-known models, executives, places, institutions, outlets and events. Articles always name
things the gazetteer lacks (an industry body, a professor, a town), so capitalised name runs are
also detected and typed from their context ("CEO X", "X said", "X University", "in X").
Aliases are merged within a source: "Xiaomi Corp.", "#Xiaomi" and "Xiaomi’s" are one entity,
and "Wells" is "Peter Wells" once the full name has appeared.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources

from evclaims.extract.numbers import CURRENCY_PREFIX
from evclaims.ids import entity_id
from evclaims.vocab import lexicon

_PKG = resources.files("evclaims") / "resources"


@dataclass
class Mention:
    start: int
    end: int
    etype: str
    name: str  # canonical name
    origin: str  # gazetteer | detected
    rule: str  # extractor rule name

    @property
    def entity_id(self) -> str:
        return entity_id(self.etype, self.name)


@dataclass
class Gazetteer:
    surfaces: dict[str, tuple[str, str]] = field(default_factory=dict)  # surface -> (type, name)
    pattern: re.Pattern | None = None


def _trie_regex(words: list[str]) -> str:
    """One regex alternation shaped as a trie, so matching does not retry shared prefixes."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        alts, optional = [], False
        for ch in sorted(node, key=lambda c: (c == "", c)):
            if ch == "":
                optional = True
                continue
            alts.append(re.escape(ch) + build(node[ch]))
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if optional:
            return "(?:" + body + ")?"
        return body

    return build(trie)


@cache
def gazetteer() -> Gazetteer:
    """The curated gazetteer with every surface form (names, aliases, all-caps person names)."""
    g = Gazetteer()
    with (_PKG / "gazetteer.csv").open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            name, etype = row["name"].strip(), row["entity_type"].strip()
            forms = [name] + [a.strip() for a in (row["aliases"] or "").split("|") if a.strip()]
            if etype == "PERSON":
                forms += [f.upper() for f in forms if " " in f]
            if etype == "PRODUCT":
                forms += [f + "s" for f in forms if f[-1].isdigit()]  # "SU7s"
            for f in forms:
                g.surfaces.setdefault(f, (etype, name))
    # Longest match wins because the trie regex is greedy; require word boundaries around it.
    # not inside a hyphenated name: "SAIC-GM" (but "BYD-built" is BYD, "post-Brexit" Brexit)
    g.pattern = re.compile(r"(?<![\w])(?<![A-Z]-)(?:" + _trie_regex(list(g.surfaces))
                           + r")(?![\w])(?!-[A-Z])")
    return g


# Word lists (organisation suffixes, role words, common capitalised words, first names,
# nationalities, subsidiary and trim words) are data: resources/lexicon.json.
_LEXICON: dict[str, frozenset[str]] = {
    key: frozenset(words) for key, words in lexicon().items() if isinstance(words, list)}

ORG_SUFFIX = _LEXICON["org_suffix"]
PLACE_SUFFIX = _LEXICON["place_suffix"]
PLACE_PREFIX = _LEXICON["place_prefix"]
ASIAN_SURNAMES = _LEXICON["asian_surnames"]
ORG_HEAD = _LEXICON["org_head"]
ROLE_WORDS = _LEXICON["role_words"]
_ROLE_NOUNS = (r"analyst|economist|spokesperson|spokesman|spokeswoman|chief executive|ceo|"
               r"founder|co-founder|president|chairman|chairwoman|director|boss|executive|"
               r"engineer|researcher|strategist|head|manager|partner")
_ROLE_LOWER = re.compile(r"\b(?:ceo|chief executive(?: officer)?|chief [a-z]+ officer|cfo|coo|cto|"
                         r"founder|co-founder|president|"
                         r"chairman|chairwoman|director|head|professor|minister|spokesperson|"
                         r"spokesman|spokeswoman|analyst|executive|manager|economist|"
                         r"secretary|editor|senator|lawmaker|councillor|councilor|delegate|boss|"
                         r"lead|commissioner|governor|mayor|premier|ambassador|advis[eo]r|"
                         r"chancellor|treasurer|"
                         r"sen\.|rep\.|gov\.|mr\.?|ms\.?|mrs\.?|dr\.?)\s*(?:and\s+\w+\s+)?$",
                         re.IGNORECASE)
_SPEECH_AFTER = re.compile(r"^\s*(?:,\s*(?:(?:a|an|the|who)\b|(?!(?:and|or|but|which|while|"
                           r"as|with)\b)(?:[a-z-]+\s+)?(?:president|ceo|chief|head|"
                           r"founder|director|professor|chair|chairman|chairwoman|spokesperson|"
                           r"analyst|senior|vice|managing|general|executive|minister|secretary|"
                           r"manager|economist|co-founder|partner|deputy|boss|owner|lead|officer|"
                           r"official|organiser|organizer|representative|leader|councillor)\b)|"
                           r"\s(?:said|says|told|"
                           r"explained|noted|added|stated|highlighted|argued|insisted|wrote|"
                           r"commented|confirmed|warned|believes|thinks)\b|,\s*(?:said|says|told|"
                           r"explained|noted|added|stated|highlighted|argued|insisted|warned)\b)")
# A speech verb before a name: "…,” said Jane Roe" (not "told": it names the listener).
_SPEECH_BEFORE = re.compile(r"\b(?:said|says|added|explained|noted|asked|wrote|warned|"
                            r"argued|insisted|replied|according\s+to)\s$")
# An apposition giving a title at an organisation: ", Acme Motor UK's commercial director".
_TITLE_OF_ORG_AFTER = re.compile(r"^,\s(?:[A-Z][\w&.-]*\s){0,3}[A-Z][\w&.-]*(?:’s|'s)\s"
                                 r"(?:[a-z-]+\s){0,3}[a-z-]+[,.;]?")
COMMON_CAPS = _LEXICON["common_caps"]
# A word after an unknown name that says it is a model ("the Nexon EV", "Creta SUV").
_PRODUCT_AFTER = re.compile(r"^\s(?:EV|EVs|SUV|SUVs|sedan|hatchback|crossover|pickup|coupe|MPV|"
                            r"wagon|minivan|electric|plug-in|hybrid|PHEV|BEV|(?:city\s)?car|"
                            r"platform|architecture)\b")
_COMPANY_WORDS = frozenset({"Company", "Corporation", "Corp", "Inc", "Ltd", "LLC", "Group",
                            "Motors", "Motor", "Holdings", "Co", "GmbH", "AG", "SA", "plc"})
# Vehicles bought, ordered or run, named by their model: "buy 12 Blue Bird Vision Electric buses".
_VEHICLES_AFTER = re.compile(r"^\s(?:bus|buses|coaches|trucks|vans|cars|scooters|motorcycles|"
                             r"vehicles|taxis)\b")
_ACQUIRE_BEFORE = re.compile(r"\b(?:buy|buys|buying|bought|order|orders|ordered|purchase|"
                             r"purchases|purchased|lease|leases|leased|deploy|deploys|deployed|"
                             r"operate|operates|operated|add|adds|added)\s+(?:[\w,]+\s+){0,2}$")
# A word after an unknown name that says it is a site: "the Zwickau plant", "Offenbach HQ".
_PLACE_AFTER = re.compile(r"^\s(?:plants?|factory|factories|facility|facilities|headquarters|HQ|"
                          r"city|sites?|campus|gigafactory|port|region|province|state|depots?|"
                          r"terminal|hub|(?:free\s|economic\s|industrial\s|trade\s)?zone|"
                          r"industrial\s(?:park|estate))\b")
# A site noun a word or two later: "Halewood transmission plant" (after an owner's possessive).
_SITE_AFTER = re.compile(r"^\s(?:[a-z-]+\s){1,2}(?:plant|factory|facility|site|campus|"
                         r"gigafactory)\b")
# A model designation: letters and digits mixed ("L60", "G7", "EX30", "7X").
# A model code ("EX30", "G9", "3R"); not a fiscal year ("FY26", "CY2025").
MODEL_TOKEN = re.compile(r"(?!(?:FY|CY)\d)(?:[A-Z]{1,3}\d{1,3}[A-Za-z]?|\d{1,2}[A-Z]{1,2}\d?)"
                         r"(?![\w-])")
# A government body named through its country: "China's commerce ministry".
_BODY_AFTER_PLACE = re.compile(r"(?:’s|'s)\s(?:[a-z]+\s){0,2}(?:ministry|cabinet|"
                               r"parliament|regulator|central bank|customs agency)\b")
FIRST_NAMES = _LEXICON["first_names"]
NATIONALITIES = _LEXICON["nationalities"]
_CONNECT = {"of", "&", "de", "da", "del", "von", "van", "der", "den", "du", "la", "le"}
SUBSIDIARY = _LEXICON["subsidiary"]
# Trim, variant and chemistry words: a name made only of them is not an entity ("Long Range",
# "Performance", "Tourer", "LFP").
TRIM_WORDS = _LEXICON["trim_words"]
# A demonym used as an adjective: "Hungarian car plants", "Korean suppliers".
_DEMONYM = re.compile(r"(?:ian|ean|ese|ish)$")
_ADJ_AFTER = re.compile(r"^\s(?!(?:said|says|told|reported|reports|wrote|writes|noted|added)\b)"
                        r"[a-z]")
_COMPOUND_ADJ = re.compile(r"-(?:built|made|based|owned|backed|listed|assembled|designed|"
                           r"registered|produced|sourced|bound)$")
_CONTRACTION = re.compile(r"^[A-Z][a-z]*['’](?:ve|ll|re|d|m|t|s)$")
# A place followed by an organisational noun is a local body: "Szeged chamber of commerce".
_ORG_NOUN_AFTER = re.compile(r"\s(?:[a-z]+\s)?(?:chamber of (?:commerce|industry)(?: and "
                             r"(?:commerce|industry))?|city council|town council|council|"
                             r"municipality|city hall|port authority|trade union)\b")
# A capitalised token (accented capitals too: "Émilie", "Łódź", "Ørsted"), or a lowercase word.
_CAP_TOKEN = re.compile(r"(?<![\w@#$°º])&?[A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĪĮİĶĹĽŁŃŇŌŐŒŘŚŞŠŢŤŪŮŰŲŹŻŽ]"
                        r"[\w’'.&-]*|[a-z]+")
_ACRONYM_AFTER = re.compile(r"\s*\((?P<a>[A-Z][A-Za-z0-9&]{1,9})\)")


# A currency code or symbol glued to an amount ("RM104,800", "Dh149,900"), or a code alone.
_CURRENCY_CODES = frozenset(c for c in CURRENCY_PREFIX if c.isalpha() and len(c) > 1)
_CURRENCY_TOKEN = re.compile(r"(?:" + "|".join(re.escape(c) for c in sorted(
    (c for c in CURRENCY_PREFIX if c[:1].isalpha() and len(c) > 1), key=len, reverse=True))
    + r")\s?\d|R\d{1,3},\d{3}|R\d{4,}|R\d+(?:\.\d+)?\s?(?:million|billion|bn|m)\b", re.I)
# rand only as an amount: "R599,900", "R420 million", not the model "R3"


def _clean_token(tok: str) -> str:
    tok = re.sub(r"(?:’s|'s|’|')$", "", tok)
    if tok.endswith(".") and tok not in ORG_SUFFIX and not re.fullmatch(r"(?:[A-Z]\.)+", tok):
        tok = tok[:-1]
    return tok


# A drivetrain code written as part of a model's name: "Seal U DM-i", "Song Plus DM-p".
_DRIVETRAIN = re.compile(r" (?:DM-i|DM-p|DM|EM-i|EM-p)(?![\w-])")


def gazetteer_mentions(mask: str, start: int, end: int) -> list[Mention]:
    """Gazetteer hits in mask[start:end] (the ORG-subsidiary and ORG-suffix forms included)."""
    g = gazetteer()
    out: list[Mention] = []
    for m in g.pattern.finditer(mask, start, end):
        etype, name = g.surfaces[m.group()]
        a, b = m.span()
        if mask[b:b + 1] == "$":
            continue  # "US$2.1bn", "HK$": a currency sign, not the place
        if re.search(r"\b(?:Corp|Inc|Ltd|Co|Bhd|Pte)$", m.group()) and mask[b:b + 1] == ".":
            b += 1  # "Xiaomi Corp." keeps its abbreviation point
        rule = "entities.gazetteer"
        origin = "gazetteer"
        if etype == "ORG":
            nxt = re.match(r"\s(?P<w>[A-Z][\w-]*\.?)(?=(?:’s|'s)?(?![\w’']))|\s(?P<amp>&[A-Z]\w*)",
                           mask[b:end])
            if nxt and nxt["amp"]:
                b += nxt.end()
                name, origin, rule = mask[a:b], "detected", "entities.brand_suffix"
            elif nxt and nxt["w"].rstrip(".") in SUBSIDIARY:
                b += nxt.end()
                name, origin, rule = mask[a:b].rstrip("."), "detected", "entities.subsidiary"
                b = a + len(name)
            elif nxt and nxt["w"] in ORG_SUFFIX:
                b += nxt.end()  # "Xiaomi Corp." is Xiaomi; "Mercedes-Benz Group AG" too
                more = re.match(r"\s(?:&\s)?(?P<w>[A-Z][\w.-]*)(?![\w’'])", mask[b:end])
                if more and more["w"] in ORG_SUFFIX:
                    b += more.end()
                elif more and more["w"].rstrip(".") in ORG_SUFFIX:  # "… Bus & Coach." at a stop
                    b += more.end() - (len(more["w"]) - len(more["w"].rstrip(".")))
        elif etype == "PRODUCT":
            drive = _DRIVETRAIN.match(mask, b, end)
            if drive:  # "Seal U DM-i": the plug-in hybrid is a model of its own
                b = drive.end()
                name, origin, rule = mask[a:b], "detected", "entities.drivetrain"
            head = m.group().split(" ")[0]
            maker = g.surfaces.get(head) if " " in m.group() else None
            if maker and maker[0] == "ORG":  # "Tesla Model Y": the maker is named too
                out.append(Mention(a, a + len(head), "ORG", maker[1], "gazetteer",
                                   "entities.gazetteer"))
        out.append(Mention(a, b, etype, name, origin, rule))
    return out


def _asian_name(tokens: list[str]) -> bool:
    """'Fang Yiran', 'Le Quang Hieu': a common surname, then one or two given names (a
    two-letter surname only with two given names, so 'Le Mans' is no person)."""
    if not 2 <= len(tokens) <= 3 or tokens[0] not in ASIAN_SURNAMES or (
            tokens[0] in ("Le", "Do", "Ho", "La") and len(tokens) < 3):
        return False
    return all(t[:1].isupper() and t[1:].replace("-", "").islower() and t not in ORG_SUFFIX
               and (t not in COMMON_CAPS or t in _GIVEN_NAME_CAPS) and t not in TRIM_WORDS
               and t not in PLACE_SUFFIX for t in tokens[1:]) and tokens[0] not in TRIM_WORDS


# Common capitalised words that are also given names after a surname ("Wang Jun").
_GIVEN_NAME_CAPS = {"Jun"}


def _particle_name(tokens: list[str]) -> bool:
    """'Pieter van Zyl', 'Ursula von der Leyen': given name, lowercase particles, surname."""
    inner = tokens[1:-1]
    return len(tokens) >= 3 and bool(inner) and all(t in _PARTICLES for t in inner) and all(
        t[:1].isupper() and t not in ORG_SUFFIX and t not in ORG_HEAD
        for t in (tokens[0], tokens[-1]))


# Last words of a title written in capitals ("Chief Fleet Officer").
_TITLE_ENDS = {"Officer", "Director", "Manager", "President", "Secretary", "Chairman",
               "Chairwoman", "Executive", "Engineer", "Analyst", "Strategist", "Economist"}
# Lowercase particles inside a person's name: the name connectors, and a few more.
# Arabic and Malay patronymic links inside a person's name: "Ali bin Saad Al-Marri".
_NAME_LINKS = {"bin", "bint", "binti", "ibn"}
_PARTICLES = (_CONNECT - {"of", "&"}) | {"di", "dos", "das", "al", "el"} | _NAME_LINKS


_ROLE_APPOSED = re.compile(r"\b(?:head|director|chief|manager|president|chairman|chairwoman|"
                           r"spokesperson|spokesman|spokeswoman|analyst|economist|founder|"
                           r"minister|secretary|officer|executive|boss|owner|chair|chairperson|"
                           r"mayor|councillor|professor|researcher|lawyer|attorney|engineer|"
                           r"consultant|treasurer|salesman|saleswoman|editor|correspondent|"
                           r"lecturer|adviser|advisor)\b(?:\s+(?:of|for)\s+"
                           r"[\w\s&'’-]{1,40}?)?,\s$", re.I)
# An event named with its year: "UEFA Euro 2028", "Euro 2024", "Expo 2025", "World Cup 2026".
_EVENT_YEAR = re.compile(r"\b(?:[A-Z][\w-]*\s){0,2}(?P<kind>Euro|World Cup|Olympics|Olympic Games|"
                         r"Expo|Games|Championships?|Grand Prix|Auto Show|Motor Show|Summit|COP)"
                         r"(?P<year>\s?(?:19|20)\d{2})\b")
_NAMED_BY_YEAR = {"Euro", "World Cup", "Olympics", "Olympic Games", "Expo", "Games", "COP"}


def _event_with_year(m: re.Match) -> Mention:
    """'Euro 2024' and 'Expo 2025' are named with their year; 'Guangzhou Auto Show 2025' is an
    edition of the 'Guangzhou Auto Show'."""
    end = m.end() if m["kind"] in _NAMED_BY_YEAR else m.start("year")
    return Mention(m.start(), end, "EVENT", m.string[m.start():end], "detected", "entities.event")


# A title that only a person carries, right before a name.
_TITLE_BEFORE = re.compile(r"\b(?:Cllr|Coun|Councillor|Cr|Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Judge|"
                           r"Minister|Senator|Mayor)\.?\s$")
_FOREIGN_HONORIFICS = frozenset({"M.", "M", "Mme", "Mme.", "Mlle", "Herr", "Frau", "Sr.", "Sra.",
                                 "Sig.", "Sig.ra", "Dott.", "Dr.", "Mr.", "Mrs.", "Ms."})
_SURNAME_PLACES = frozenset({"Park", "Hill", "Wood", "Field", "Green", "Lane", "Hall", "Brook",
                             "Banks", "Cross", "Church", "Ford", "Marsh", "Moore", "Rivers"})


def _type_of(tokens: list[str], before: str, after: str) -> str:
    """Entity type of an unknown capitalised name, from its form and its neighbours."""
    if len(tokens) >= 2 and tokens[0] in _FOREIGN_HONORIFICS:
        return "PERSON"  # "M. Lefèvre", "Herr Bauer", "Sra. Gómez"
    if len(tokens) <= 3 and tokens[-1] not in ORG_SUFFIX and _TITLE_BEFORE.search(before):
        return "PERSON"  # "Cllr Ellis introduced the report": a title, then a surname
    if 2 <= len(tokens) <= 3 and _ROLE_APPOSED.search(before) and tokens[-1] not in ORG_SUFFIX:
        return "PERSON"  # "Glass's head of valuations, Rupert Pontin": a role, then who holds it
    if len(tokens) > 1 and all(t.isupper() for t in tokens):
        if tokens[-1] in ORG_SUFFIX or tokens[-1].title() in ORG_SUFFIX or \
                tokens[-1].title() in _COMPANY_WORDS:
            return "ORG"  # "NORDIC BUS GROUP ASA", "BRYAN MOTORS"
        tokens = [t.title() for t in tokens]  # "JAMES PARK:" is typed as "James Park"
    if 2 <= len(tokens) <= 3 and re.match(r"^,\s\d{2},", after) and \
            tokens[-1] not in ORG_SUFFIX:
        return "PERSON"  # "Musa Bello, 34, switched": a person's age in apposition
    if len(tokens) >= 2 and _VEHICLES_AFTER.match(after) and _ACQUIRE_BEFORE.search(before) \
            and tokens[-1].rstrip(".") not in _COMPANY_WORDS:
        return "PRODUCT"  # "to buy Blue Bird Vision Electric buses": what is bought is a model
    if tokens[-1] in ORG_SUFFIX or tokens[0] in ORG_HEAD or re.search(r"-based\s$", before):
        return "ORG"  # "Lowlands Energy Research", "Oslo-based Fjord"
    first_name = len(tokens) == 2 and tokens[0] in FIRST_NAMES and tokens[1] in _SURNAME_PLACES \
        and not re.search(r"\b(?:in|at|near|on|to|from|into|across|and)\s+$", before)
    # "James Park", "Tom Hill": a first name before a place word that is also a surname
    if len(tokens) >= 2 and not first_name and (
            tokens[-1] in PLACE_SUFFIX or tokens[0] in PLACE_PREFIX or (
            tokens[0] in ("North", "South", "East", "West", "Central") and len(tokens) == 2)):
        return "PLACE"  # "Leng Kee Road", "Kowloon Bay", "West Java"
    if len(tokens) >= 2 and any(MODEL_TOKEN.fullmatch(t) for t in tokens):
        return "PRODUCT"  # "Spark S1 Air", "Vantra EQ4 Long Range"
    if len(tokens) <= 2 and _PRODUCT_AFTER.match(after) or \
            (len(tokens) >= 2 and MODEL_TOKEN.fullmatch(tokens[-1])):
        return "PRODUCT"  # "the Inster city car"; "Onvo L60"
    if len(tokens) == 1 and (MODEL_TOKEN.fullmatch(tokens[0]) or _DOTTED_MODEL.fullmatch(
            tokens[0])):
        return "PRODUCT"  # "the new G7 SUV", "the ID.7"
    if len(tokens) <= 2 and (_PLACE_AFTER.match(after) or (
            re.search(r"(?:’s|'s)\s$", before) and _SITE_AFTER.match(after))):
        return "PLACE"  # "the Zwickau plant"; "Ford's Halewood transmission plant"
    if _ORG_APPOSITIVE.match(after) and tokens[0] not in FIRST_NAMES:
        return "ORG"  # "the Clean Mobility Ledger, a Washington research group"
    if _KIND_OF_ORG_BEFORE.search(before) and tokens[0] not in FIRST_NAMES:
        return "ORG"  # "chair of lobby group EV Drivers Aotearoa, said"
    if len(tokens) <= 2 and tokens[0] not in FIRST_NAMES and re.search(
            r"\b(?:in|near|outside)\s+$", before):
        return "PLACE"  # "one dealer in Khon Kaen said": a place, though it reads like a name
    if _ROLE_LOWER.search(before) or (len(tokens) >= 2 and tokens[0] in FIRST_NAMES):
        return "PERSON"
    if len(tokens) == 1 and tokens[0] in FIRST_NAMES and (
            re.search(r"[a-z],\s$", before) or _SPEECH_AFTER.match(after)
            or _SPEECH_BEFORE.search(before)):  # "…,” said Callum at the showroom
        return "PERSON"  # "The salesman, Dan, reckoned", "Callum said": a first name alone
    if _asian_name(tokens) or _particle_name(tokens):
        return "PERSON"  # "Fang Yiran", "Le Quang Hieu", "Pieter van Zyl"
    if re.match(rf"^\s(?:{_ROLE_NOUNS})\s+[A-Z]", after) and tokens[0] not in FIRST_NAMES:
        return "ORG"  # "says Jato Dynamics analyst Felipe Munoz": whose analyst
    if (2 <= len(tokens) <= 3 and all(t[0].isupper() and t[1:].islower() for t in tokens
                                      if len(t) > 1) and (_SPEECH_AFTER.match(after) or
                                                          _SPEECH_BEFORE.search(before) or
                                                          _TITLE_OF_ORG_AFTER.match(after))):
        return "PERSON"  # "said Jane Roe", "Jane Roe, Acme's sales director"
    if len(tokens) <= 2 and (re.search(r"\b(?:in|near|from|across|outside)\s+$", before, re.I)
                             or _known_place(re.match(r"^,\s*([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)"
                                                      r"[\s,.;]", after))
                             or _SITE_AT.search(before) and _known_place(
                                 re.match(r"^\sin\s([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\b", after))):
        return "PLACE"  # "in Sanand", "Sanand, Gujarat", "at Sanand in Gujarat"
    return "ORG"


# A site "at" a place ("its cell gigafactory at Sanand in Gujarat"), not a person's employer
# ("an analyst at Kessler & Partner in Munich").
_SITE_AT = re.compile(r"\b(?:plant|factory|facility|site|gigafactory|works|base|campus|depot|"
                      r"hub|centre|center|port|terminal)\b[^.;]{0,40}\bat\s+$")


def _known_place(m: re.Match | None) -> bool:
    """Whether the name a pattern caught is a place in the gazetteer."""
    return m is not None and gazetteer().surfaces.get(m.group(1), ("", ""))[0] == "PLACE"


# A common noun for a kind of organisation right before a name ("lobby group", "the union").
_KIND_OF_ORG_BEFORE = re.compile(r"\b(?:group|association|union|charity|coalition|lobby|firm|"
                                 r"consultancy|think[- ]tank|non-?profit|watchdog|regulator|"
                                 r"insurer|lender|broker|brokerage|bank|fund|start-?up|"
                                 r"carmaker|automaker|supplier)\s+(?:[A-Z]{2,4}\s+)?$")


# An apposition that says the word before it names a company: "BasiGo, a Nairobi start-up,".
_ORG_APPOSITIVE = re.compile(r",\s+(?:a|an|the)\s+(?:(?!(?:at|of|for|with|in|on|from|by|who)\b)"
                             r"[\w’'-]+\s+){0,3}(?:start-?up|company|firm|"
                             r"carmaker|automaker|maker|manufacturer|supplier|operator|brand|"
                             r"developer|producer|retailer|assembler|importer|distributor|group|"
                             r"organi[sz]ation|think[- ]tank|institute|agency|association|union|"
                             r"consultancy|publication|newspaper|broker|bank|fund|lobby|network|"
                             r"chain|utility|insurer|provider)s?\b"
                             # the apposition ends there: "…, the company wants" is a new clause
                             r"(?:\s+(?:in|of|from|based in|that|which|backed by|owned by|"
                             r"founded by|run by|set up by|controlled by|spun (?:off|out) "
                             r"(?:from|of))\b[^,.;]{0,40})?\s*[,.;)]")
_DOTTED_MODEL = re.compile(r"[A-Z]{1,4}\.\d{1,3}[A-Za-z]?")  # "ID.7", "EQ.5"
# A model number after a name: "Ioniq 9", "Tank 300" (never "Tank 30" of it), "Ebro s700",
# "Peugeot e-208", with a trailing variant code ("Jaecoo 7 SHS", not a body word like "EV").
_NUMBER_AFTER = re.compile(r" (?:(?:[a-z]-?)?\d{1,3}[A-Za-z]?(?![\w,.-]\w)(?!\w)"
                           r"(?: (?!(?:EV|EVs|SUV|SUVs|MPV|PHEV|BEV|EU|UK|US)\b)[A-Z]{2,4}"
                           r"(?![\w’'-]))?|(?P<el>Electric)\b)")
_NOT_MODEL = {"5G", "4G", "3D", "4K", "2WD", "4WD", "AWD", "Q1", "Q2", "Q3", "Q4", "H1", "H2"}
_AFTER_BRAND = re.compile(r" (?P<t>" + MODEL_TOKEN.pattern + ")")


def _model_number(mask: str, b: int, end: int, before: str) -> int | None:
    """End of a model name whose number follows it ('Ioniq 9'), unless the number is a
    quantity ('Hyundai 30 vehicles'); 'Electric' only after 'the' ('the Kona Electric')."""
    from evclaims.extract.numbers import find_quantities

    m = _NUMBER_AFTER.match(mask, b, end)
    if not m or (m["el"] and not re.search(r"\bthe\s$", before, re.I)):
        return None
    a = max(0, b - 40)
    if not m["el"] and not _BODY_NOUN_AFTER.match(mask, m.end()) and any(
            q.start == b + 1 - a and q.unit for q in find_quantities(mask[a:end])):
        return None
    return m.end()


def model_mentions(mask: str, end: int, gaz: list[Mention]) -> list[Mention]:
    """'Zeekr 7X', 'Onvo L60': a model designation right after a known brand is a product."""
    out = []
    taken = {(g.start, g.end) for g in gaz}
    for g in gaz:
        m = _AFTER_BRAND.match(mask, g.end, end) if g.etype == "ORG" else None
        if m and m["t"] not in _NOT_MODEL and m.span("t") not in taken:  # known models once
            out.append(Mention(m.start("t"), m.end("t"), "PRODUCT", m["t"], "detected",
                               "entities.model_after_brand"))
    return out


def brand_models(mask: str, end: int, mentions: list[Mention]) -> list[Mention]:
    """'Omoda 5', 'Peugeot e-208', 'the Kia Sportage': a brand with a model number, or with an
    unknown capitalised word after 'the' or in a list with such a model, names a product."""
    out: list[Mention] = []
    taken = [(m.start, m.end) for m in mentions]
    for g in mentions:
        if g.etype != "ORG" or " " in mask[g.start:g.end]:
            continue
        before = mask[max(0, g.start - 5):g.start]
        num = _model_number(mask, g.end, end, before)
        code = mask[g.end + 1:num] if num else ""
        if num and not MODEL_TOKEN.fullmatch(code) and "Electric" not in code:
            out.append(Mention(g.start, num, "PRODUCT", mask[g.start:num], "detected",
                               "entities.brand_number"))
            continue
        w = re.match(r" ([A-Z][a-z]{2,})(?![\w’'-])", mask[g.end:end])
        if not w or w[1] in COMMON_CAPS or w[1] in ORG_SUFFIX or w[1] in ORG_HEAD or \
                w[1] in SUBSIDIARY or w[1] in gazetteer().surfaces or \
                any(a < g.end + w.end() and g.end < b for a, b in taken):
            continue
        listed = out and re.fullmatch(r"\s*(?:,|and|or)\s*", mask[out[-1].end:g.start])
        lead = mask[max(0, g.start - 8):g.start]  # "the Kia Sportage", "its Porsche Macan rival"
        if re.search(r"\b(?:the|its|their|his|her|our|this|a|an)\s$", lead, re.I) or listed:
            out.append(Mention(g.start, g.end + w.end(), "PRODUCT", mask[g.start:g.end + w.end()],
                               "detected", "entities.brand_model"))
    return out


_CAPS_AFTER = re.compile(r"(?:\s[A-Z][\w&.’'-]*){1,3}")


def _org_named_after(mask: str, b: int, end: int, last_words: frozenset[str] = ORG_SUFFIX
                     ) -> int | None:
    """End of 'Cardiff University', 'Tata Passenger Electric Mobility', 'MG Motor India':
    capitalised words after a place or a company that end in an organisation word (and maybe
    the region of a subsidiary after it). With `last_words=PLACE_SUFFIX`, the end of a place
    named through another: 'Rayong Industrial Estate'."""
    m = _CAPS_AFTER.match(mask, b, end)
    if not m:
        return None
    stop = None
    for w in re.finditer(r"[A-Z][\w&.’'-]*", mask[b:m.end()]):
        word = w.group().rstrip(".,")
        if word in last_words:
            stop = b + w.start() + len(word)
        elif stop is not None and word in SUBSIDIARY and mask[stop:b + w.start()] == " " \
                and last_words is ORG_SUFFIX:
            stop = b + w.start() + len(word)
    return stop


def _region_after(mask: str, org: Mention, gaz: list[Mention]) -> int | None:
    """End of 'BYD Singapore', 'Volkswagen Anhui': a company's name and a place right after it
    name its local arm (not 'the Tesla Shanghai plant', where the place says where)."""
    place = next((g for g in gaz if g.etype == "PLACE" and g.start == org.end + 1
                  and mask[org.end] == " "), None)
    if place is None:
        return None
    after = mask[place.end:place.end + 40]
    if _SITE_AFTER.match(after) or _PLACE_AFTER.match(after):
        return None
    return place.end


# A show or fair named through its place: "Malaysia Autoshow", "Bangkok International Motor
# Show", "Auto Expo".
_EVENT_AFTER_PLACE = re.compile(r"\s(?:International\s)?"
                                r"(?:Auto\s?[Ss]how|Motor\s(?:Show|Expo|Fair)|"
                                r"Auto\s(?:Expo|Fair)|Autoshow|Motorshow|EV\s(?:Show|Expo|Summit)|"
                                r"Mobility\s(?:Show|Summit)|Battery\s(?:Show|Summit|Expo))\b")


def government_bodies(mask: str, end: int, gaz: list[Mention]) -> list[Mention]:
    """'China's commerce ministry', 'Cardiff University': a body named through its place is an
    organisation, not the place."""
    out = []
    for g in gaz:
        if g.etype == "ORG" and g.origin == "gazetteer":
            stop = _org_named_after(mask, g.end, end) or _region_after(mask, g, gaz)
            if stop and any(p.etype == "PRODUCT" and g.start <= p.start < stop and p.end > g.end
                            for p in gaz):
                stop = None  # "Hyundai Kona Electric": the brand's model, not a unit
            if stop:  # a company's unit or subsidiary: "Tata Passenger Electric Mobility"
                out.append(Mention(g.start, stop, "ORG", mask[g.start:stop], "detected",
                                   "entities.company_unit"))
            continue
        if g.etype != "PLACE":
            continue
        show = _EVENT_AFTER_PLACE.match(mask, g.end, end)
        if show:  # "the Malaysia Autoshow", "Bangkok International Motor Show"
            out.append(Mention(g.start, show.end(), "EVENT", mask[g.start:show.end()],
                               "detected", "entities.event"))
            continue
        m = _BODY_AFTER_PLACE.match(mask, g.end, end) or _ORG_NOUN_AFTER.match(mask, g.end, end)
        stop = m.end() if m else _org_named_after(mask, g.end, end)
        if stop:
            out.append(Mention(g.start, stop, "ORG", mask[g.start:stop], "detected",
                               "entities.government_body"))
            continue
        stop = _org_named_after(mask, g.end, end, PLACE_SUFFIX)
        if stop and not re.match(r" [A-Z]", mask[stop:stop + 2]):
            # "Rayong Industrial Estate" is one place; "U.S. National Highway Traffic Safety
            # Administration" goes on past its place word
            out.append(Mention(g.start, stop, "PLACE", mask[g.start:stop], "detected",
                               "entities.place_named_after"))
    return out


def repeated_models(mask: str, sentences: list[tuple[int, int]],
                    mentions: list[Mention]) -> list[Mention]:
    """'the 7X' after 'Zeekr 7X': a model designation seen once names the product again."""
    names = {m.name for m in mentions if m.etype == "PRODUCT" and MODEL_TOKEN.fullmatch(m.name)}
    if not names:
        return []
    taken = [(m.start, m.end) for m in mentions]
    pat = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, sorted(names))) + r")(?![\w-])")
    out = []
    for s, e in sentences:
        for m in pat.finditer(mask, s, e):
            if not any(a < m.end() and m.start() < b for a, b in taken):
                out.append(Mention(m.start(), m.end(), "PRODUCT", m.group(), "detected",
                                   "entities.model_repeat"))
    return out


def bare_model_codes(mask: str, sentences: list[tuple[int, int]],
                     mentions: list[Mention]) -> list[Mention]:
    """'the 001' in a story about Zeekr: a known model's numeric code after 'the' names that
    model once its brand is in the document."""
    brands = {m.name for m in mentions if m.etype == "ORG"}
    codes = {}
    for etype, name in set(gazetteer().surfaces.values()):
        brand, _, code = name.partition(" ")
        if etype == "PRODUCT" and brand in brands and re.fullmatch(r"\d{2,4}", code):
            codes[code] = name
    if not codes:
        return []
    taken = [(m.start, m.end) for m in mentions]
    pat = re.compile(r"\b(?i:the)\s(" + "|".join(map(re.escape, sorted(codes)))
                     + r")(?![\w,.-]\w)")
    out = []
    for s, e in sentences:
        for m in pat.finditer(mask, s, e):
            if not any(a < m.end(1) and m.start(1) < b for a, b in taken):
                out.append(Mention(m.start(1), m.end(1), "PRODUCT", codes[m.group(1)],
                                   "gazetteer", "entities.model_code"))
    return out


def _known_name(m: Mention) -> Mention:
    """A detected name the gazetteer knows ('Peugeot e-208') takes the gazetteer's name."""
    known = gazetteer().surfaces.get(m.name) if m.origin == "detected" else None
    if known is None or known[0] != m.etype or known[1] == m.name:
        return m
    return Mention(m.start, m.end, m.etype, known[1], "gazetteer", m.rule)


def brand_model_compounds(mask: str, mentions: list[Mention]) -> list[Mention]:
    """'Zeekr 7X', 'Chery Omoda 5': a maker's name right before a product is part of the
    product's name (and still a mention of the maker). A detected model takes the maker into
    its name, and its other mentions ('the 7X') follow; a product the gazetteer knows keeps
    its name."""
    surfaces = gazetteer().surfaces
    ends = {m.end: m for m in mentions if m.etype == "ORG"}
    merged: dict[int, Mention] = {}  # id() of a product -> its compound
    for p in mentions:
        maker = ends.get(p.start - 1) if p.etype == "PRODUCT" else None
        if maker is None or mask[maker.end:p.start] != " ":
            continue
        known = surfaces.get(mask[maker.start:p.end]) or surfaces.get(p.name)
        name = known[1] if known and known[0] == "PRODUCT" else (
            p.name if p.origin == "gazetteer" else f"{mask[maker.start:maker.end]} {p.name}")
        merged[id(p)] = Mention(maker.start, p.end, "PRODUCT", name, p.origin,
                                "entities.brand_model")
    if not merged:
        return mentions
    renamed = {p.name: merged[id(p)].name for p in mentions if id(p) in merged}
    out = []
    for m in mentions:  # the maker's own mention stays: "Chery" is named in "Chery Omoda 5"
        if id(m) in merged:
            out.append(merged[id(m)])
        elif m.etype == "PRODUCT" and renamed.get(m.name, m.name) != m.name:
            out.append(Mention(m.start, m.end, "PRODUCT", renamed[m.name], m.origin, m.rule))
        else:
            out.append(m)
    return out


# The first word of a sentence, after a list marker ("4/ ", "2. ", "#1 ") and opening marks.
_FIRST_WORD = re.compile(r"(?:\d{1,2}[/.)]\s+|#\d+\s+|[-•*]\s+|\[\d{1,2}:\d{2}(?::\d{2})?\]\s+|"
                         # after an emoji or symbol: "2️⃣ Drivers need training", "⚡ Depot"
                         r"\d?[^\w\s\"“‘'(\[$£€¥]{1,4}\s+|"
                         r"(?:[A-Z][a-z]+\s)?\d{4}\s[–—-]\s)?"  # "May 2024 – Brandenburg …"
                         r"[\"“‘'(]*\S")  # after a list number, a bullet, a "[03:40]" timestamp
_BODY_NOUN_AFTER = re.compile(r"\s(?:sedan|SUV|hatchback|crossover|pickup|coupe|wagon|truck|van|"
                              r"scooter|motorcycle|bike|saloon|estate|roadster|minivan|MPV)\b(?!s)")
_PARTY_TAG = re.compile(r"[RDI]-(?P<s>[A-Z][a-z]+)")  # "R-Ohio", "D-Mich."
# "AMSTERDAM — ", "IRVINE, Calif., Oct. 2, 2025", "OAK RIDGE, Tenn. — ": a dateline's city (a
# wire dateline with the agency in brackets is furniture, blanked by `documents`).
_DATELINE = re.compile(r"(?P<c>[A-Z]{3,}(?:[ -][A-Z]{3,})*)"
                       r"(?:,\s[A-Z][a-z]+\.?(?:,\s|\s+[—–-]-?\s)|"
                       r"(?:,\s[A-Z][a-z]+)?,\s(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
                       r"[a-z]*\.?\s\d{1,2}\b|"  # "LOS ANGELES, Nov. 4, 2025 (GLOBE NEWSWIRE)"
                       r"\s+(?:[—–]|--?)\s|:\s(?=[A-Z]))")  # "KUALA LUMPUR: At least five …"
_NOT_DATELINE = {"SPONSORED", "ADVERTISEMENT", "UPDATE", "UPDATED", "BREAKING", "EXCLUSIVE",
                 "WATCH", "ANALYSIS", "OPINION", "CORRECTION", "EDITOR", "NOTE", "LIVE", "VIDEO",
                 "INTERVIEW", "REVIEW", "FEATURE", "COMMENT", "EXPLAINER", "PODCAST", "PREVIEW",
                 "FIRST DRIVE", "FACTBOX", "INSIGHT", "SPECIAL REPORT"}
_EXCHANGE = re.compile(r"\((?P<x>[A-Z][A-Za-z]{1,9}(?:\s[A-Z][a-z]+)?):"
                       r"\s?(?P<t>[A-Z][A-Z.]{0,6})\)")


@lru_cache(maxsize=4)
def _lower_words(mask: str) -> frozenset[str]:
    """Every all-lower-case word of a text, to tell common words from names."""
    return frozenset(re.findall(r"(?<![\w-])[a-z]+(?![\w-])", mask))


def _common_word(mask: str, tok: str) -> bool:
    """A title-case word that the same text also uses in lower case ("Price cuts" / "price")."""
    return tok[:1].isupper() and tok[1:].islower() and tok.isalpha() and \
        tok.lower() in _lower_words(mask)


def _national_org(toks: list[str]) -> bool:
    """'European Investment Bank': a nationality that opens an organisation's name is part of it."""
    return len(toks) >= 3 and toks[0] in NATIONALITIES and toks[-1] in ORG_SUFFIX


def _is_common_compound(tok: str) -> bool:
    """'July-September', 'Q3-Q4': a hyphenated run of common words is no name."""
    return "-" in tok and all(p in COMMON_CAPS for p in tok.split("-"))


def _special_token(mask: str, a: int, b: int, tok: str) -> list[Mention] | None:
    """Single tokens with a fixed reading: 'Kokkola-based' (the place), 'R-Ohio' (party and
    state: the state), a lone 'Inc.' or 'Calif.' (no name); None when no rule applies."""
    based = re.fullmatch(r"([A-Z][a-z]+)-based", tok)
    if based and based.group(1) not in NATIONALITIES:
        return [Mention(a, a + len(based.group(1)), "PLACE", based.group(1), "detected",
                        "entities.based_place")]
    party = _PARTY_TAG.fullmatch(tok)
    if party and mask[a - 2:a] == ", ":
        return [Mention(a + 2, b, "PLACE", party["s"], "detected", "entities.party_state")]
    if tok in ORG_SUFFIX or tok + "." in ORG_SUFFIX:
        return []
    if mask[b:b + 1] == "." and re.fullmatch(r"[A-Z][a-z]{1,4}", tok) and mask[a - 2:a] == ", ":
        return []  # a state abbreviation after a city: "Irvine, Calif."
    return None


def _person_of_org(mask: str, toks: list[str], spans: list[tuple[int, int]]) -> list[Mention]:
    """'Vikram Shah of Bharat Equity Research', 'Mei Lin Park of CLSA': a two- or three-word
    name, 'of', an organisation (a name ending in an organisation word, or an acronym)."""
    if "of" not in toks:
        return []
    i = toks.index("of")
    left, right = toks[:i], toks[i + 1:]
    acronym = len(right) == 1 and right[0].isupper() and len(right[0]) >= 2
    given = left[:1] and left[0] in FIRST_NAMES and len(right) <= 4  # "Felipe Munoz of Jato …"
    if len(left) not in (2, 3) or not right or (
            right[-1] not in ORG_SUFFIX and not acronym and not given) or any(
            t in ORG_SUFFIX or t in ORG_HEAD or not (t[:1].isupper() and t[1:].islower())
            for t in left):
        return []
    pa, pb = spans[0][0], spans[i - 1][0] + len(left[-1])
    oa, ob = spans[i + 1][0], spans[-1][0] + len(right[-1])
    return [Mention(pa, pb, "PERSON", mask[pa:pb], "detected", "entities.person_of_org"),
            Mention(oa, ob, "ORG", mask[oa:ob], "detected", "entities.person_of_org")]


def furniture_names(mask: str, start: int, end: int
                    ) -> tuple[list[Mention], list[tuple[int, int]]]:
    """Names in news furniture inside a sentence: the dateline city ('IRVINE, Calif., Oct. 2'
    / 'AMSTERDAM —') and a stock exchange before a ticker ('(NASDAQ: RVLT)'), and the
    ticker's span (no name)."""
    out: list[Mention] = []
    skip: list[tuple[int, int]] = []
    if start == 0 or mask[start - 1] == "\n":
        m = _DATELINE.match(mask, start, end)
        name = m["c"].title() if m else ""
        etype, canon = gazetteer().surfaces.get(name, ("PLACE", name))
        if m and m["c"] not in _NOT_DATELINE and m["c"] not in gazetteer().surfaces and \
                etype == "PLACE" and m["c"].title() not in COMMON_CAPS:  # not "VERDICT: FALSE"
            if any(w in ORG_SUFFIX or w.title() in ORG_SUFFIX for w in m["c"].split()):
                etype = "ORG"  # "AUTOWIRE NEWS –", "NORDIC BUS GROUP ASA –": a body, no city
            out.append(Mention(m.start("c"), m.end("c"), etype, canon, "detected",
                               "entities.dateline"))
    for m in _EXCHANGE.finditer(mask, start, end):
        out.append(Mention(m.start("x"), m.end("x"), "ORG", m["x"], "detected",
                           "entities.exchange"))
        skip.append((m.start("t"), m.end("t")))
    return out, skip


def _split_at_and(mask: str, run: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """A run joined by 'and' is one name only when it is an organisation's ('Ministry of
    Foreign Affairs and Trade', 'Environment and Ecology Bureau'); else two names."""
    words = [_clean_token(mask[a:b]) for a, b in run]
    head = next((w for w in words if w not in COMMON_CAPS and w not in ("The", "A", "An")), "")
    if "and" not in words or head in ORG_HEAD or words[-1] in ORG_SUFFIX:
        return [run]
    if len(words) > 4 and words[0] in ROLE_WORDS and words[1] in ("of", "for") and \
            words[3] == "and":
        return [run]  # "Minister of Commerce and Industry Ali bin Saad Al-Marri": one title
    out, cur = [], []
    for (a, b), w in zip(run, words):
        if w == "and":
            out.append(cur)
            cur = []
        else:
            cur.append((a, b))
    return [r for r in out + [cur] if r]


def detect_mentions(mask: str, sent_start: int, sent_end: int,
                    taken: list[tuple[int, int]]) -> list[Mention]:
    """Unknown capitalised names in one sentence, skipping spans the gazetteer already took."""
    out: list[Mention] = []
    runs: list[list[tuple[int, int]]] = []
    cur: list[tuple[int, int]] = []
    pending: list[tuple[int, int]] = []
    spans = sorted(taken)
    j = 0  # tokens come in order: spans ending before a token never matter again
    for m in _CAP_TOKEN.finditer(mask, sent_start, sent_end):
        a, b = m.span()
        tok = m.group()
        gap = mask[(cur[-1][1] if cur else a):a] if cur else ""
        while j < len(spans) and spans[j][1] <= a:
            j += 1
        inside_taken = j < len(spans) and spans[j][0] < b
        if tok[0].islower():
            if cur and (tok in _CONNECT or tok in _NAME_LINKS or tok in ("for", "and")) \
                    and gap == " ":
                pending.append((a, b))
                continue
            if cur:
                runs.append(cur)
            cur, pending = [], []
            continue
        if inside_taken:
            if cur:
                runs.append(cur)
            cur, pending = [], []
            continue
        if cur and (gap.strip() or "\n" in gap) and not pending and gap != " & ":
            runs.append(cur)
            cur = []
        elif cur and pending:
            between = mask[cur[-1][1]:a]
            if not (re.fullmatch(r"\s(?:of|&|and|de|da|del|von|van|der|den|du|la|le|bin|bint|"
                                 r"binti|ibn)\s", between)
                    or between == " for " and (mask[cur[-1][0]:cur[-1][1]] in ORG_HEAD
                                               or mask[cur[-1][0]:cur[-1][1]] in ROLE_WORDS
                                               or mask[cur[-1][0]:cur[-1][1]] == "Member"
                                               or mask[cur[0][0]:cur[0][1]] in ROLE_WORDS)):
                runs.append(cur)
                cur = []
        if cur and pending:
            cur.extend(pending)
        pending = []
        cur.append((a, b))
        plural_of = re.match(r"s[’'] ([A-Z][\w-]*)", mask[b - 2:b + 30])  # "Dealers’ Alliance"
        place_of = re.match(r" ([A-Z][\w-]*)", mask[b:b + 30])  # "Queen’s Park", "Earl's Court"
        if mask[b:b + 1] in ",;:()\"“”" or (tok.endswith(("’s", "'s")) and not (
                len(tok) > 3 and place_of and place_of[1] in PLACE_SUFFIX | {"Court", "Wood"})) or (
                mask[b - 1] in "’'" and not (plural_of and plural_of[1] in ORG_SUFFIX)):
            runs.append(cur)
            cur = []
    if cur:
        runs.append(cur)
    runs = [part for run in runs for part in _split_at_and(mask, run)]
    first_word = _FIRST_WORD.search(mask, sent_start, sent_end)
    first_pos = first_word.end() - 1 if first_word else sent_start
    skip_next = False
    for run in runs:
        toks = [_clean_token(mask[a:b]) for a, b in run]
        spans = list(run)
        if skip_next and mask[:spans[0][0]].rstrip().endswith("and"):
            skip_next = False
            continue
        skip_next = False
        # "Economy Minister Rodrigo Salcedo", "Minister of Industry Karim Abdel-Wahab": a title
        # (and the office after 'of') before a name is not part of it; the name is a person's
        if toks[0] in ROLE_WORDS and toks[-1] in _TITLE_ENDS and len(toks) <= 4:
            continue  # "Chief Fleet Officer", "Vice President": a title, not a name
        titled = False
        roles = [k for k, t in enumerate(toks[:-1]) if t in ROLE_WORDS or (
            t == "Member" and toks[k + 1] == "for")]  # "Member for Flynn Colin Boyce"
        if toks[-1] in PLACE_SUFFIX:
            roles = []  # "Sheikh Zayed Road", "King Street": a place named after a title
        if roles and not _national_org(toks):
            k = roles[-1] + 1
            if k + 3 <= len(toks) and toks[k] in ("of", "for"):
                k += 2
                if k + 3 <= len(toks) and toks[k] in ("and", "&"):
                    k += 2  # "Minister of Commerce and Industry …"
                while len(toks) - k > 2 and toks[k] not in FIRST_NAMES and \
                        toks[k] not in _NAME_LINKS and toks[k + 1] not in _NAME_LINKS:
                    k += 1  # "… for Energy and Climate Change Samantha Orchard": the office
            rest = toks[k:]
            if rest and rest[0][:1].isupper() and (toks[roles[-1]] != "General"
                                                   or k > roles[-1] + 1):
                titled = 2 <= len([t for t in rest if t not in _NAME_LINKS]) <= 3 and all(
                    (t[:1].isupper() and t not in ORG_SUFFIX and t not in COMMON_CAPS)
                    or t in _NAME_LINKS for t in rest)
                toks, spans = rest, spans[k:]
        # a role phrase ("Professor of Business and Sustainability") is not a name
        if not titled and toks[0] in ROLE_WORDS and len(toks) > 1 and (toks[1] in _CONNECT
                                                                       or toks[1] == "for"):
            skip_next = True
            continue

        # "told The Gulf Ledger": a capital The inside a sentence is part of a title's name
        titled_the = toks[0] == "The" and len(toks) >= 3 and spans[0][0] != first_pos and \
            re.search(r"[a-z,]\s$", mask[spans[0][0] - 2:spans[0][0]]) is not None
        # "the Electric Mobility Dealers Forum": after a lowercase 'the', capitalised words that
        # end in an organisation word are all the body's name
        the_org = len(toks) >= 2 and toks[-1] in ORG_SUFFIX and toks[0] in COMMON_CAPS and \
            mask[max(0, spans[0][0] - 4):spans[0][0]] == "the "
        while toks and (toks[0] in COMMON_CAPS or (toks[0] in ROLE_WORDS and not (
                len(toks) > 1 and toks[-1] in PLACE_SUFFIX)) or toks[0] in _CONNECT
                        or toks[0].lower() in _CONNECT) and not _national_org(toks) \
                and not _asian_name(toks) and not titled_the and not the_org:
            toks, spans = toks[1:], spans[1:]
        while toks and (toks[-1] in _CONNECT or toks[-1] in COMMON_CAPS) and not (
                len(toks) >= 2 and toks[-1] in NATIONALITIES and toks[-1] in ORG_SUFFIX
                and not re.search(r"\bthe\s$", mask[spans[0][0] - 4:spans[0][0]])) \
                and not _asian_name(toks):
            toks, spans = toks[:-1], spans[:-1]
        # "Trade Le Quang Hieu": a name at the end of a run of capitalised words
        tail = next((i for i in range(1, len(toks) - 1) if _asian_name(toks[i:])), None)
        if tail is not None:
            toks, spans = toks[tail:], spans[tail:]
        if toks and (any(t in _CURRENCY_CODES for t in toks) or any(
                _CURRENCY_TOKEN.match(mask, a) for a, _ in spans)):
            continue  # "RM104,800", "SR184,500", "AED": money, not a name
        if len(toks) == 1 and re.fullmatch(r"(?:FY|CY)'?\d{2,4}", toks[0]):
            continue  # "FY26": a fiscal year
        # "Norwegian EV Association"; "the Northern EV Drivers club": a name a body's noun
        # follows in lower case
        org_named = len(toks) >= 2 and (toks[-1] in ORG_SUFFIX or re.match(
            r"\s(?:club|association|society|group|alliance|network|federation|forum|"
            r"collective|cooperative|co-op)\b", mask[spans[-1][1]:spans[-1][1] + 14]) is not None)
        if not toks or any(t in COMMON_CAPS and t not in NATIONALITIES and not org_named
                           for t in toks[1 if titled_the else 0:]) or \
                any(_is_common_compound(t) for t in toks) or \
                all(t in TRIM_WORDS for t in toks) or _CONTRACTION.match(toks[0]):
            continue
        a = spans[0][0]
        b = spans[-1][0] + len(toks[-1])
        special = _special_token(mask, a, b, toks[-1]) if len(toks) == 1 else None
        if special is not None:
            out.extend(special)
            continue
        split = _person_of_org(mask, toks, spans)
        if split:
            out.extend(split)
            continue
        if len(toks) == 1 and (_DEMONYM.search(toks[0].split("-")[0]) and (
                "-" in toks[0] or _ADJ_AFTER.match(mask[spans[0][1]:spans[0][1] + 20]))):
            continue  # "Hungarian-built", "other Hungarian car plants"
        if len(toks) == 1 and _COMPOUND_ADJ.search(toks[0]):
            continue  # "Slovak-built", "Texas-based"
        if len(toks) == 1:
            t = toks[0]
            if _common_word(mask, t) and not _ROLE_LOWER.search(mask[max(0, a - 40):a]):
                continue  # "Price cuts", "Guidance": the word also appears in lower case
            if t.isupper() and len(t) > 3 and t.title() in COMMON_CAPS:
                continue  # "VERDICT: FALSE": a common word in capitals
            model = MODEL_TOKEN.fullmatch(t) is not None
            described = _ORG_APPOSITIVE.match(mask[b:b + 80]) is not None
            if (a == first_pos and not described) or len(t) < 2 or (
                    t.isupper() and len(t) <= 2 and "." not in t and not model):
                continue  # a sentence's first word is a name only when described as one
            if re.fullmatch(r"[A-Z]-[a-z]+", t) or t.split("-")[0] in NATIONALITIES:
                continue  # "C-segment", "Chinese-built"
            if (a > 0 and mask[a - 1] in "(“\"‘[") or re.search(r"(?:ians|eans|ese|ish)$", t):
                continue  # a parenthetical's first word; a demonym ("Brazilians")
            if any(e == a - 1 for _, e in taken):
                continue  # a trim or variant word after a known name ("ET5 Touring")
            if re.search(r"\d", t) and not t[0].isupper():
                continue
        etype = ""
        if len(toks) == 1:
            num = _model_number(mask, b, sent_end, mask[max(0, a - 5):a])
            if num:  # "the Ioniq 9", "the Kona Electric"; "Interstate 16" is a road
                b, etype = num, "PLACE" if toks[0] in PLACE_PREFIX else "PRODUCT"
        body = _ORG_NOUN_AFTER.match(mask, b, sent_end) if not etype else None
        if body:
            b, etype = body.end(), "ORG"  # "Zilina chamber of commerce"
        etype = etype or ("PERSON" if titled else
                          _type_of(toks, mask[max(0, a - 40):a], mask[b:b + 40]))
        if etype == "PRODUCT" and re.match(r" EV(?![\w’'-])", mask[b:b + 4]):
            b += 3  # "the Windsor EV", "Punch EV": the EV is part of the model's name
        name = mask[a:b]
        out.append(Mention(a, b, etype, name, "detected", "entities.capitalised"))
        acr = _ACRONYM_AFTER.match(mask, b)
        if acr:
            out.append(Mention(acr.start("a"), acr.end("a"), etype, name, "detected",
                               "entities.acronym"))
    return out


def resolve_short_names(mask: str, sentences: list[tuple[int, int]],
                        mentions: list[Mention]) -> list[Mention]:
    """'Wells' / 'Lei' after 'Peter Wells' / 'Lei Jun': a lone name part of a known person."""
    persons = {}
    for m in mentions:
        if m.etype == "PERSON" and " " in m.name:
            for part in m.name.split():
                if len(part) > 1 and part[0].isupper():
                    persons.setdefault(part, m.name)
    if not persons:
        return []
    # spans already named by a full entity; a detected lone token may be re-read as a person
    taken = [(m.start, m.end) for m in mentions
             if not (m.origin == "detected" and " " not in m.name and m.name in persons)]
    pat = re.compile(r"(?<![\w#])(" + "|".join(re.escape(p) for p in
                                                 sorted(persons, key=len, reverse=True))
                     + r")(?![\w-])(?!\s[A-Z])")
    out = []
    for s, e in sentences:
        for m in pat.finditer(mask, s, e):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            full = persons[m.group(1)]
            origin = "gazetteer" if any(x.name == full and x.origin == "gazetteer"
                                        for x in mentions) else "detected"
            out.append(Mention(m.start(), m.end(), "PERSON", full, origin,
                               "entities.person_alias"))
    return out


def _with_type(m: Mention, etype: str, end: int | None = None, name: str | None = None
               ) -> Mention:
    """A copy of a mention with another type (and maybe a longer span and name)."""
    return Mention(m.start, m.end if end is None else end, etype, name or m.name, m.origin,
                   m.rule)


def _places_listed(mask: str, first: Mention | None, second: Mention | None) -> bool:
    """'in Lyon and Grenoble', 'in Groningen, Drenthe and …': two names listed after a
    locative preposition, one of them a known place."""
    if first is None or second is None or "PLACE" not in (first.etype, second.etype):
        return False
    gap = mask[first.end:second.start]
    listed = re.fullmatch(r",?\s(?:and|or)\s", gap) is not None or (
        gap == ", " and re.match(r",\s|\s(?:and|or)\s", mask[second.end:second.end + 5]))
    return bool(listed) and re.search(r"\b(?:in|near|from|across|outside|between)\s$",
                                      mask[max(0, first.start - 10):first.start]) is not None


def refine_detected(mask: str, mentions: list[Mention]) -> list[Mention]:
    """Context across neighbouring mentions: 'Metaplant America' (a name and a region is a
    regional ORG) and 'the Dolphin Surf and Atto 2' (a name listed with a product is one)."""
    out: list[Mention] = []
    skip = -1
    for i, m in enumerate(mentions):
        if i == skip:
            continue
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        prv = out[-1] if out else None
        if m.origin == "detected" and m.etype != "PLACE" and (" " not in m.name or re.fullmatch(
                r"(?:North|South|East|West|New)\s\S+", m.name)) and prv and \
                prv.etype == "PLACE" and mask[prv.end:m.start] == ", " and \
                re.match(r"[,.;]", mask[m.end:m.end + 1]):
            m = _with_type(m, "PLACE")  # "Savannah, Georgia." / "Joliet, Illinois,"
        if m.origin == "detected" and m.etype == "ORG" and " " not in m.name and (
                _places_listed(mask, prv, m) or _places_listed(mask, m, nxt)):
            m = _with_type(m, "PLACE")  # "stores in Lyon and Grenoble", "in Grenoble and Lyon"
        if m.origin == "detected" and m.etype == "ORG" and nxt is not None:
            gap = mask[m.end:nxt.start]
            region = mask[nxt.start:nxt.end]
            if gap == " " and nxt.etype == "PLACE" and region in SUBSIDIARY:
                out.append(_with_type(m, "ORG", nxt.end, mask[m.start:nxt.end]))
                skip = i + 1
                continue
            if re.fullmatch(r"\s*(?:,|and|or|&)\s*(?:the\s+)?", gap) and nxt.etype == "PRODUCT":
                m = _with_type(m, "PRODUCT")
        out.append(m)
    return out


def unify_detected(mask: str, mentions: list[Mention]) -> list[Mention]:
    """One reading per detected name in a document: 'Hanseong' is 'Hanseong Motor Co' and 'Kanto
    Motor' is 'Kanto Motor Corporation' when that name (the words plus company suffixes)
    appears; otherwise a name takes its majority type."""
    orgs: dict[str, Mention] = {}
    for m in mentions:  # "Kanto Motor Corporation" is named "Kanto Motor" too
        words = m.name.split()
        while m.etype == "ORG" and len(words) > 1 and (words[-1].rstrip(".") in ORG_SUFFIX
                                                       or words[-1] in ORG_SUFFIX):
            words = words[:-1]
            orgs.setdefault(" ".join(words), m)
    votes: dict[str, dict[str, int]] = {}
    for m in mentions:
        if m.origin == "detected":
            votes.setdefault(m.name, {}).setdefault(m.etype, 0)
            votes[m.name][m.etype] += 1
    # a name in capitals ("BRYAN COUNTY, Ga. —") is the name written in mixed case elsewhere
    cased = {m.name.upper(): m for m in mentions if not m.name.isupper()}
    mentions = [Mention(m.start, m.end, cased[m.name].etype, cased[m.name].name,
                        cased[m.name].origin, m.rule)
                if m.origin == "detected" and m.name.isupper() and len(m.name) > 4
                and " " in m.name and m.name in cased else m for m in mentions]
    out = []
    for m in mentions:
        if m.origin == "detected" and m.name in orgs and (m.etype == "ORG" or (
                m.etype == "PLACE" and not _PLACE_AFTER.match(mask[m.end:m.end + 30]))):
            # (but "its Pilbara sites" stays the region beside "Pilbara Minerals")
            full = orgs[m.name]
            m = Mention(m.start, m.end, "ORG", full.name, m.origin, m.rule)
        elif m.origin == "detected" and len(votes.get(m.name, {})) > 1:
            counts = votes[m.name]
            best = max(counts.values())
            top = [t for t, n in counts.items() if n == best]
            if len(top) > 1 and "ORG" in top:
                top.remove("ORG")  # ORG is the default reading; a tie goes to the evidence
            if len(top) == 1:
                m = _with_type(m, top[0])
        out.append(m)
    return out


def find_mentions(mask: str, sentences: list[tuple[int, int]],
                  prose: list[bool], hosts: list[tuple[int, int, str]] = ()) -> list[Mention]:
    """All mentions in the given sentences of one document.

    `prose[i]` is False for headings/headlines: there only the gazetteer is trusted, since every
    word of a title-case heading is capitalised. `hosts` are people the page credits outside
    the story ("Hosted by …"): the story names them by first name ("says Dave").
    """
    out: list[Mention] = [Mention(a, b, "PERSON", name, "detected", "entities.host")
                          for a, b, name in hosts]
    for (s, e), is_prose in zip(sentences, prose):
        named, skip = furniture_names(mask, s, e)
        gaz = [g for g in gazetteer_mentions(mask, s, e)
               if not any(n.start < g.end and g.start < n.end for n in named)] + named
        gaz = [g for g in gaz if not (g.etype == "PLACE" and any(
            o.rule == "entities.subsidiary" and o.start <= g.start and g.end <= o.end
            for o in gaz))]  # "UK" inside "Kia UK", a company's unit, is no place of its own
        events = [_event_with_year(m) for m in _EVENT_YEAR.finditer(mask, s, e)]
        gaz = [g for g in gaz if not any(v.start <= g.start and g.end <= v.end
                                         for v in events)] + events
        bodies = government_bodies(mask, e, gaz)
        gaz = [g for g in gaz if not any(b.start <= g.start and g.end <= b.end
                                         for b in bodies)] + bodies
        gaz += model_mentions(mask, e, gaz)
        out.extend(gaz)
        if is_prose:
            found = detect_mentions(mask, s, e, [(m.start, m.end) for m in gaz] + skip)
            found, absorbed = _body_of_place(mask, found, gaz)
            found, regions = _region_of_place(mask, found, gaz)
            absorbed |= regions
            out = [m for m in out if (m.start, m.end) not in absorbed]
            models = brand_models(mask, e, sorted(gaz + found, key=lambda m: m.start))
            # the model's code is no name of its own ("SHS" of "Jaecoo 7 SHS")
            out.extend(f for f in found if not any(p.start < f.start and f.end <= p.end
                                                   for p in models))
            out.extend(models)
    out.extend(repeated_models(mask, sentences, out))
    out.extend(bare_model_codes(mask, sentences, out))
    out = brand_model_compounds(mask, out)
    out = [_known_name(m) for m in out]
    # A detected ORG that merely repeats a known multi-word name's variant stays as detected.
    aliases = resolve_short_names(mask, sentences, out)
    spans = {(m.start, m.end) for m in aliases}
    out = [m for m in out if (m.start, m.end) not in spans] + aliases
    out.sort(key=lambda m: m.start)
    return _short_events(_acronyms_named(mask, _honorific_names(mask, unify_detected(
        mask, refine_detected(mask, out)))))


def _short_events(mentions: list[Mention]) -> list[Mention]:
    """'Euro 2028' after 'UEFA Euro 2028': an event named again without its organiser."""
    events = {m.name for m in mentions if m.etype == "EVENT"}
    longer = {n: next(f for f in sorted(events) if f.endswith(" " + n)) for n in events
              if any(f.endswith(" " + n) for f in events)}
    return [Mention(m.start, m.end, "EVENT", longer[m.name], m.origin, m.rule)
            if m.etype == "EVENT" and m.name in longer else m for m in mentions]


def _acronyms_named(mask: str, mentions: list[Mention]) -> list[Mention]:
    """'TTA director Kadri Saar' after 'the Tallinn Transport Authority (TTA)': an acronym the
    page has spelt out names that body wherever it stands."""
    spelt = {mask[m.start:m.end]: m for m in mentions if m.rule == "entities.acronym"}
    for m in mentions:  # a body found by another rule, with its acronym in brackets after it
        acr = _ACRONYM_AFTER.match(mask, m.end) if m.etype == "ORG" else None
        if acr and acr["a"] not in spelt and acr["a"] != m.name:
            spelt[acr["a"]] = Mention(acr.start("a"), acr.end("a"), "ORG", m.name, "detected",
                                      "entities.acronym")
    out = [Mention(m.start, m.end, spelt[m.name].etype, spelt[m.name].name, m.origin, m.rule)
           if m.name in spelt and m.rule != "entities.acronym" and m.origin == "detected"
           else m for m in mentions]
    taken = {(m.start, m.end) for m in out}
    out += [a for a in spelt.values() if (a.start, a.end) not in taken]
    return sorted(out, key=lambda m: m.start)


def _body_of_place(mask: str, found: list[Mention], gaz: list[Mention]
                   ) -> tuple[list[Mention], set[tuple[int, int]]]:
    """'Sustainable Energy Authority of Ireland', 'Reserve Bank of India': a body's name goes on
    through 'of' and the place it serves. Returns the mentions and the place spans absorbed."""
    places = {g.start: g for g in gaz if g.etype == "PLACE"}
    out, absorbed = [], set()
    for f in found:
        of = re.match(r" of (?:the )?", mask[f.end:f.end + 8])
        place = places.get(f.end + of.end()) if of else None
        if f.etype == "ORG" and place is not None and f.name.split()[-1] in ORG_SUFFIX:
            f = Mention(f.start, place.end, "ORG", mask[f.start:place.end], f.origin, f.rule)
            absorbed.add((place.start, place.end))
        out.append(f)
    return out, absorbed


_REGION_WORDS = frozenset({"North", "South", "East", "West", "Central", "Northern", "Southern",
                           "Eastern", "Western", "Upper", "Lower", "Greater", "Inner", "Outer"})


def _region_of_place(mask: str, found: list[Mention], gaz: list[Mention]
                     ) -> tuple[list[Mention], set[tuple[int, int]]]:
    """'Central Queensland', 'Western Sydney': a region word before a known place is one place.
    Returns the mentions and the place spans absorbed."""
    places = {g.start: g for g in gaz if g.etype == "PLACE"}
    out, absorbed = [], set()
    for f in found:
        place = places.get(f.end + 1) if mask[f.end:f.end + 1] == " " else None
        if f.name in _REGION_WORDS and place is not None:
            f = Mention(f.start, place.end, "PLACE", mask[f.start:place.end], f.origin, f.rule)
            absorbed.add((place.start, place.end))
        out.append(f)
    return out, absorbed


_HONORIFIC_BEFORE = re.compile(r"\b(Mr|Mrs|Ms|Mx|Dr|Prof)\.?\s$")


def _honorific_names(mask: str, mentions: list[Mention]) -> list[Mention]:
    """A person the story names only as 'Mr Zhou' keeps the honorific in the name: the surname
    alone is not how the text names him (a full name elsewhere has already claimed the
    surname, so 'Mr Pye' after 'Darren Pye' is untouched)."""
    titled = {}
    for m in mentions:
        hon = _HONORIFIC_BEFORE.search(mask, max(0, m.start - 6), m.start)
        if m.etype == "PERSON" and m.origin == "detected" and " " not in m.name and hon and \
                m.rule != "entities.person_alias":
            titled.setdefault(m.name, hon.group(1))
    return [Mention(m.start, m.end, m.etype, f"{titled[m.name]} {m.name}", m.origin, m.rule)
            if m.etype == "PERSON" and m.name in titled else m for m in mentions]

"""Direct quotations in story text and who said them.

Quotation marks are paired within a paragraph (curly “ ” by direction, straight " in turn),
so a quotation may run across sentence breaks. The speaker comes from the attribution around
the quote: "…,” Igor Calvet, president of X, told Y. / “…”, Wells explained. / said Stellantis’
spokesperson / Lei Jun insists there’s “no rush” / “…,” he stated (the most recent named or
described person in that sentence or the one before, else no speaker: never "he").
/ “…” at full capacity, according to the regional council, which … (the described source).
A quote with no attribution that follows another quote continues its speaker.
Single-word quotes are usually scare quotes and are left alone,
unless a named person is their stated source (said the news had “blindsided” members).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from evclaims.extract.entities import Mention

SPEECH_VERBS = (r"said|says|say|told|tells|explained|explains|added|adds|stated|states|noted|"
                r"notes|highlighted|highlights|argued|argues|insisted|insists|wrote|writes|"
                r"commented|comments|confirmed|confirms|warned|warns|emphasi[sz]ed|"
                r"emphasi[sz]es|claimed|claims|remarked|stressed|stresses|continued|"
                r"announced|acknowledged|believes|hinted|described|called|put it|admitted|"
                r"admits|conceded|concedes|reckons|reckoned|predicted|predicts|suggested|"
                r"suggests|maintained|maintains|replied|replies|recalled|joked|vowed|"
                r"promised|cautioned|observed|asserted|pointed out|laughs|laughed|jokes|quips|"
                r"quipped|sighs|sighed|shrugs|shrugged|smiled|grinned|declared|declares|"
                r"announces|acknowledges|concluded|concludes|countered|responded|responds|"
                r"answered|urged|urges|enthused|enthuses|mused|boasted|complained|complains|"
                r"lamented|laments|observes|tweeted|wondered|asked|asks|reasoned|agreed|agrees|"
                r"cautions|recounted")  # not "recalls", "remarks", "counters": nouns here too
_VERB = re.compile(rf"\b(?:{SPEECH_VERBS})\b", re.I)
_PRONOUN_AFTER = re.compile(rf"^[\s,.]*(?:he|she)\s+(?:{SPEECH_VERBS})\b", re.I)
# 'the T03 had found “several thousand” buyers, she said': the pronoun closes the clause.
_PRONOUN_LATER = re.compile(rf"^[^.;“”\"]{{0,60}},\s*(?:he|she)\s+(?:{SPEECH_VERBS})\b", re.I)
_SAID_NAME_LATER = re.compile(rf"^[^.;“”\"]{{0,80}},\s*(?:{SPEECH_VERBS})\s+", re.I)
# Nouns for a person described rather than named. Those that describe a speaker left unnamed
# ("one German utility executive said", "the chap at the counter told me") ...
_UNNAMED_BASE = (r"spokesperson|spokesman|spokeswoman|representative|source|official|executive|"
                 r"analyst|economist|insider|dealer|engineer|worker|employee|salesman|saleswoman|"
                 r"salesperson|trader|investor|expert|consultant|banker|lawyer|lobbyist|"
                 r"researcher|technician|mechanic|staffer|supplier|farmer|resident|officer|"
                 r"diplomat|negotiator|person|man|woman|guy|chap|bloke|fellow|lady|owner|driver|"
                 r"buyer|seller|motorist|commuter|installer|electrician|neighbour|neighbor|"
                 r"wife|husband|friend|colleague")
# ... a trade that often names a company: a speaker when described ("one forwarder said"), but
# no antecedent for "she" ("of the importer Harbour Link Motors") ...
_TRADE_NOUNS = r"forwarder|shipper|importer|exporter|distributor|broker|operator"
# ... and titles, which stand before a name rather than for one ("the company's president,
# Ricardo Menezes"), but are antecedents for "he"/"she" ("the plant manager at Corvane").
_TITLE_NOUNS = (r"principal|manager|director|customer|founder|chairman|chairwoman|president|"
                r"boss|minister|ceo|cfo|cto|coo|chief|head|rep|mayor|councillor")
_UNNAMED_NOUN = rf"(?:{_UNNAMED_BASE}|{_TRADE_NOUNS})"
_PERSON_NOUN = rf"(?:{_UNNAMED_BASE}|{_TITLE_NOUNS})"
# A modifier before the person noun: a name ("German", "Volto’s"), or any lowercase word but a
# function or speech word ("one utility executive").
_MODIFIER = (r"(?:(?!(?:As|But|And|When|If|While|After|Before|Since|Because|So|Yet|Or|For|In|"
             r"On|At|To|By|From|With|Then|Still|Now)\b)[A-Z][\w’'.&-]*(?:’|'s|’s)?|"
             r"[a-z]+(?:-[a-z]+)+|"
             r"(?!(?:a|an|the|said|says|told|tells|added|who|which|that|and|or|but|in|on|at|"
             r"to|of|for|with|by|from|is|was|were|are|has|had|have|not|also|then|what|whom|whose|"
             r"when|where|how|why|it|its|this|these|those|there|he|she|they|we|i)\b)"
             r"[a-z]+(?:’s|'s)?)")
# What a described person is close to / familiar with / briefed on: a noun phrase of up to
# three words, possessives included ("the carmaker's plans", "the matter", "Volto’s thinking").
_NP_WORD = (r"(?!(?:said|says|say|told|tells|added|adds|who|which|that|and|but|when|as|"
            r"in|on|at|to|of|for|with)\b)[\w-]+(?:’s|'s|’)?")
_CLOSE_OBJECT = (r"(?:(?:the|a|an|its|their|his|her|this|these)\s+)?"
                 rf"(?:{_NP_WORD}\s+){{0,2}}{_NP_WORD}")
# A described speaker: a determiner, up to four modifiers (names and place adjectives, also
# hyphenated or multi-word: 'one Hong Kong-based analyst', 'a senior Ford official'), the role,
# and what it belongs to ('a spokesperson for BYD'); a described person 'close to / familiar
# with / at X' is the whole description, not X.
_DESC = re.compile(r"\b(?:(?i:a|an|the|one|another|two|three|several|my|our)\s+)?"
                   rf"(?:{_MODIFIER}\s+(?:(?:of|and|&)\s+(?=[A-Z]))?){{0,4}}"
                   r"(?i:(?:person|people|someone|insider|sources?)\s+"
                   r"(?:close\s+to|familiar\s+with|"
                   r"briefed\s+on|with\s+knowledge\s+of)\s+" + _CLOSE_OBJECT + "|"
                   r"spokesperson|spokesman|spokeswoman|spokespeople|"
                   r"(?:representative|source|official|executive|analyst)s?\b|statement|"
                   r"person familiar|"
                   r"(?:person|people|someone|insider)\s+(?:at|inside)\s+(?:the\s+)?(?=\w)|"
                   # other person nouns in lower case only: "Dealers" in a name is no role
                   rf"(?-i:{_UNNAMED_NOUN}s?\b))"
                   r"(?:(?<=\s)(?:[A-Z][\w’'.&-]*(?:\s[A-Z][\w’'.&-]*)*|[a-z]+\b))?"
                   r"(?:\s+(?i:for|from|at|of|in)\s+(?:(?i:the)\s+(?:[A-Z][\w’'.&-]*\s+){1,3}"
                   r"(?:(?!(?:said|says|told)\b)[a-z]+\s+)?(?!(?:said|says|told)\b)[a-z]+\b|"
                   r"(?:(?i:the)\s+)?[A-Z][\w’'.&-]*(?:\s(?:(?:of|and|&)\s)?[A-Z][\w’'.&-]*)*|"
                   r"(?i:a|an|one)\s+(?:[A-Z][\w’'.&-]*\s+){1,3}[a-z]+\b))?"
                   # a relative clause that says which one: "a trader who asked not to be named"
                   r"(?:\s+who\s+(?!(?:said|says|told|tells|added|adds)\b)[^,.;:“”\"]+)?")


# Where a speaker's name after the verb ends: a comma or full stop (not a title's "Sen."), or
# the next clause ("told reporters", "in a statement").
_TITLE_ABBREVIATIONS = ("Sen", "Rep", "Gov", "Dr", "Mr", "Ms", "Mrs", "Prof", "Coun", "Cllr",
                        "Sgt", "Capt", "Hon")
_SPEAKER_STOP = re.compile(r"[,;:]|" + "".join(rf"(?<!\b{t})" for t in _TITLE_ABBREVIATIONS)
                           + r"\.|\s(?:told|in|at|(?<!briefed\s)on|during)\s")


def _description(subject: str, desc: re.Match) -> str:
    """An unnamed speaker is described by the whole subject ('A senior White House official,
    speaking on condition of anonymity'), else by the role phrase found in it."""
    subject = subject.strip(" ,—–-")
    # "A GWM spokesperson in Munich declined to give job numbers but": the clause after the
    # description is what the speaker did, not who the speaker is
    subject = re.split(r"\s+(?:declined|refused|but|although|while)\b", subject)[0].strip(" ,")
    if re.match(r"(?:a|an|the)\s", subject, re.I) and len(subject.split()) <= 12 and \
            len(subject[:max(subject.find(desc.group().strip()), 0)].split()) <= 3:
        # the description opens the subject ("A senior treasury official, speaking on ..."),
        # not "The goal is one that an analyst"
        return subject
    if _BARE_ROLE.match(subject) and len(subject.split()) <= 10:
        return subject  # "Service manager at my MG dealer in Inverness told me": no article
    return desc.group().strip()


# Whose words follow a colon, named by a possessive: "My other half's verdict:".
_VERDICT = re.compile(r"(?:^|[.!?]\s+|\s)(?P<who>(?:[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir|[Tt]he|"
                      r"[Aa]n?)\s(?:[\w-]+\s){0,3}[\w-]+)(?:’s|'s|’)\s(?:[a-z]+\s)?(?:verdict|"
                      r"view|take|response|reply|answer|advice|comment|reaction|words?|"
                      r"summary|assessment)\s*:\s*$")
# The same after a possessive pronoun: "Her answer:", "His verdict:" (whose is resolved).
_PRONOUN_VERDICT = re.compile(r"(?:^|[.!?]\s+|\s)(?P<p>[Hh]is|[Hh]er|[Tt]heir)\s(?:[a-z]+\s)?"
                              r"(?:verdict|view|take|response|reply|answer|advice|comment|"
                              r"reaction|words?|summary|assessment)\s*:\s*$")
# A role with its article dropped, opening the subject: "Service manager at my dealer".
_BARE_ROLE = re.compile(rf"[A-Z][a-z]+(?:\s[a-z]+)?\s(?:{_PERSON_NOUN})\s(?:at|of|for|from)\s")


@dataclass
class Quote:
    start: int  # inside the marks
    end: int
    speaker: str | None
    speaker_entity_id: str | None
    rule: str


_MARK = re.compile(r"[“”\"‘’'\n]")
_OPEN_BEFORE = " \t\n([—–-"  # a single mark opens after a space, a bracket or a dash


def double_marks(mask: str) -> str:
    """Quotation marks read as curly English ones, character for character (same offsets):
    ‘‘…’’ (two single marks) as “…” (the outer mark of each pair stays a single mark, which
    neither opens before a “ nor closes after a ”), guillemets «…» as “…”, and the German
    „…“ as “…”."""
    mask = mask.replace("‘‘", "‘“").replace("’’", "”’")
    mask = mask.replace("«", "“").replace("»", "”")
    return _LOW_OPEN.sub(lambda m: "“" + m.group(1) + "”", mask)


_LOW_OPEN = re.compile(r"„([^“”„\n]*)“")


def _single_opens(mask: str, i: int) -> bool:
    """A ‘ or ' opens a quotation at a word start: after a space or bracket, before a word."""
    return (i == 0 or mask[i - 1] in _OPEN_BEFORE) and mask[i + 1:i + 2].isalnum()


def _single_closes(mask: str, i: int) -> bool:
    """A ’ or ' closes a quotation after a word, before a space or punctuation (not 'Volto’s')."""
    return not mask[i - 1].isspace() and not mask[i + 1:i + 2].isalnum()


def find_pairs(mask: str, start: int, end: int) -> list[tuple[int, int]]:
    """(open, close) offsets of the quotation marks in each paragraph of mask[start:end]:
    double marks (curly by direction, straight in turn), and single marks outside them."""
    pairs: list[tuple[int, int]] = []
    opened_curly = opened_straight = opened_single = None
    for m in _MARK.finditer(mask, start, end):  # only the marks, not every character
        i, c = m.start(), m.group()
        if c == "\n":
            # A quotation running on into the next paragraph has no closing mark at the end of
            # this one; the next paragraph opens with a mark again: it ends with this line.
            opened = opened_curly if opened_curly is not None else opened_straight
            if opened is not None and re.match(r"\n\s*[“\"]", mask[i:end]):
                last = len(mask[:i].rstrip())
                if last > opened + 1:
                    pairs.append((opened, last))
            opened_curly = opened_straight = opened_single = None
        elif c == "“":
            opened_curly = i
        elif c == "”" and opened_curly is not None:
            pairs.append((opened_curly, i))
            opened_curly = None
        elif c == '"':
            if opened_straight is None:
                opened_straight = i
            else:
                pairs.append((opened_straight, i))
                opened_straight = None
        elif opened_curly is not None or opened_straight is not None:
            continue  # a single mark inside a double quotation is nested or an apostrophe
        elif opened_single is not None and c in "’'" and _single_closes(mask, i) and \
                mask[opened_single] in ("‘" if c == "’" else "'"):
            pairs.append((opened_single, i))
            opened_single = None
        elif opened_single is None and c in "‘'" and _single_opens(mask, i):
            opened_single = i
    return sorted(pairs)


def _person_before(mentions: list[Mention], pos: int) -> Mention | None:
    people = [m for m in mentions if m.etype == "PERSON" and m.end <= pos]
    return people[-1] if people else None


_DESC_MOD = (r"(?!(?:a|an|the|one|another|by|of|in|at|to|for|with|and|or|but|from|on|who|"
             r"which|that|what|said|says|told|asked)\b)[\w’'-]+")
_PERSON_DESC = re.compile(
    rf"\b(?i:a|an|one|another|the)\s+(?:{_DESC_MOD}\s+){{0,3}}(?i:{_PERSON_NOUN})\b"
    r"(?:\s+(?:in|at|from|for|of|with)\s+(?:(?:the|a|an)\s+)?"
    r"(?:[A-Z][\w’'.&-]*(?:\s+[A-Z][\w’'.&-]*)*"
    r"(?:\s+(?!(?:said|says|told|who|whom|whose|which|that|what|when|where|how|why|"
    r"and|or|but|as|if|"
    r"is|was|were|are|has|had|have|to|on|in|at|about|for|from|with|by|of|after|before|"
    r"over|since|until|during)\b)[a-z]+\b)?|[a-z]+))?")


def _resolve_pronoun(mask: str, pos: int, s_start: int, sentences: list[tuple[int, int]],
                     mentions: list[Mention], skip: list[tuple[int, int]] = (),
                     said: list[Quote] = ()) -> tuple[str | None, str | None]:
    """The speaker a "he"/"she" at pos stands for: the most recent person-like antecedent in
    the same or the previous sentence, a named person or a person description; failing that,
    up to three sentences back ("NAME told us. She said … “…,” she added."). None when there
    is none: the pronoun itself is never a speaker."""
    starts = sorted(s for s, _ in sentences if s < s_start)
    for back in (1, 3):
        w_start = starts[-back] if len(starts) >= back else (starts[0] if starts else s_start)
        cands = _antecedents(mask, pos, w_start, mentions, skip, said)
        if cands:
            _, name, eid = max(cands, key=lambda t: t[0])
            return name, eid
    return None, None


def _antecedents(mask: str, pos: int, w_start: int, mentions: list[Mention],
                 skip: list[tuple[int, int]], said: list[Quote]
                 ) -> list[tuple[int, str, str | None]]:
    """(end offset, speaker, entity id) of every person-like mention in mask[w_start:pos]."""
    def outside(i: int) -> bool:
        return not any(o <= i < c for o, c in skip)

    cands: list[tuple[int, str, str | None]] = []
    people = [m for m in mentions if m.etype == "PERSON" and m.end <= pos]
    for m in people:
        if w_start <= m.start and outside(m.start):
            cands.append((m.end, m.name, m.entity_id))
    # a person named in full earlier, by surname here ("Cho said", "Marsh argued")
    for m in {p.entity_id: p for p in people}.values():
        last = m.name.split()[-1]
        if len(m.name.split()) > 1 and last[:1].isupper():
            for r in re.finditer(rf"\b{re.escape(last)}\b(?![’'-])", mask[w_start:pos]):
                if outside(w_start + r.start()):
                    cands.append((w_start + r.end(), m.name, m.entity_id))
    # whoever spoke an earlier quote there ("“…,” he said. “…,” he added.")
    for q in said:
        if q.speaker and w_start <= q.start and q.end < pos:
            cands.append((q.end + 1, q.speaker, q.speaker_entity_id))
    for d in _PERSON_DESC.finditer(mask, w_start, pos):
        if not outside(d.start()):
            continue
        # "NAME, an analyst at X": the description is the named person's apposition
        named = [m for m in people if re.fullmatch(r"\s*,\s*", mask[m.end:d.start()])]
        if named:
            cands.append((d.end(), named[-1].name, named[-1].entity_id))
        else:
            cands.append((d.end(), d.group().strip(), None))
    return cands


# "The company has said", "the carmaker said": a speaking organisation named before.
_ORG_ANAPHOR = re.compile(r"(?:the|this)\s+(?:company|firm|carmaker|automaker|group|"
                          r"manufacturer|startup)(?:\s+(?:has|had|have))?(?:\s+\w+ly)?\s*$",
                          re.I)


_CLOSE_TO = re.compile(r"\b(?:close\s+to|familiar\s+with|briefed\s+on|with\s+knowledge\s+of)\s")


def _org_before(mentions: list[Mention], pos: int) -> Mention | None:
    orgs = [m for m in mentions if m.etype == "ORG" and m.end <= pos]
    return orgs[-1] if orgs else None


_ABBREVIATION_END = re.compile(r"\b(?:Corp|Inc|Ltd|Co|Bros|Cie|Ave|St|Jr|Sr)\.$")


def _speaker_from(text: str, a: int, b: int, mentions: list[Mention],
                  person_only: bool = False) -> tuple[str | None, str | None]:
    """Speaker named in mask[a:b]: an entity mention, else a descriptive phrase."""
    inside = [m for m in mentions if a <= m.start and m.end <= b
              and m.etype in (("PERSON",) if person_only else ("PERSON", "ORG"))]
    desc = _DESC.search(text, a, b)
    if desc and (not any(m.etype == "PERSON" for m in inside) or _CLOSE_TO.search(desc.group())):
        phrase = text[desc.start():desc.end()].strip()
        if phrase.endswith(".") and not _ABBREVIATION_END.search(phrase):
            phrase = phrase[:-1]  # "according to a statement from Geely." ends a sentence
        return phrase, None
    if inside:
        people = [m for m in inside if m.etype == "PERSON"]
        m = people[0] if people else inside[0]
        return m.name, m.entity_id
    return None, None


_ACCORDING = re.compile(r"\b[Aa]ccording\s+to\s+")
# A described source ("the regional government of X", "a spokesperson for Y"), not a bare name
# behind an article ("the IEA"): a determiner, then a lowercase word before any name ends.
_DESCRIBED = re.compile(r"(?:the|a|an|one|another)\s+(?:[A-Z][\w’'.&-]*\s+)*[a-z]")
# A plural group as the whole subject: "Industry watchers", "Analysts", "Some critics".
# The group may name where it sits: "Economists at one Lisbon fund".
_COLLECTIVE = re.compile(r"(?!(?:This|These|Those|Its|Has|Was|Is|As|Yes|Thus)\b)"
                         r"[A-Z][a-z]+(?:\s[a-z-]+){0,2}(?<=[a-z]{2}[^s]s)"
                         r"(?:\s(?:at|from|with|in)\s(?:(?:a|an|one|the|two|several)\s)?"
                         r"(?:[A-Z][\w’'.&-]*\s){0,3}[A-Za-z][\w-]*)?")


def _appositive_person(mask: str, a: int, b: int, first_comma: int,
                       mentions: list[Mention]) -> Mention | None:
    """“…,” ORG’s TITLE, NAME, told: the person in the apposition speaks, not the
    organisation that opens it (only when that organisation is possessive, naming whose title
    it is)."""
    if not re.search(r"(?:’s|'s|’)\s", mask[a:first_comma]) and \
            not re.match(r"\s*(?:the|a|an|its|their)\s", mask[a:first_comma], re.I):
        return None  # “…,” the UGT delegate at the plant, Luis Marco, told: the person speaks
    people = [m for m in mentions if m.etype == "PERSON" and first_comma < m.start and m.end <= b]
    return people[0] if people else None


def _title_then_name(mask: str, a: int, comma: int, mentions: list[Mention]) -> Mention | None:
    """said ORG’s TITLE, NAME: the person right after the possessive title speaks, not the
    organisation whose title it is."""
    if comma >= len(mask) or mask[comma] != "," or not (
            re.search(r"\w(?:’s|'s|’)\s+[a-z]", mask[a:comma])
            # "said the regional minister for the economy, Marta Lasheras": a described
            # office, then who holds it
            or re.match(r"\s*(?:the|its|their|his|her|a|an)\s+[a-z]", mask[a:comma])):
        return None
    people = [m for m in mentions if m.etype == "PERSON" and m.start > comma
              and not mask[comma + 1:m.start].strip()]
    return people[0] if people else None


# A person described by an organisation's title: "the Li Auto founder", "the BYD spokesman".
_ORG_TITLE = re.compile(rf"(?i:the)\s+(?P<org>(?:[A-Z][\w’'.&-]*\s+){{1,3}})"
                        rf"(?P<role>{_PERSON_NOUN})")


def _titled_person(mask: str, mentions: list[Mention], pos: int, org: str,
                   role: str) -> Mention | None:
    """The person named earlier with this organisation and title beside the name ('Li Xiang,
    Li Auto's founder' for 'the Li Auto founder')."""
    words = org.split()
    for p in reversed([m for m in mentions if m.etype == "PERSON" and m.end <= pos]):
        window = mask[max(0, p.start - 60):p.end + 60]
        if re.search(rf"\b{role}\b", window, re.I) and all(w in window for w in words):
            return p
    return None


def _named_after(mask: str, desc_end: int, verb_start: int,
                 mentions: list[Mention]) -> Mention | None:
    """DESCRIPTION, NAME, VERB: the name set in apposition after the description speaks."""
    m = re.match(r"\s*,\s*", mask[desc_end:verb_start])
    if m is None:
        return None
    named = [x for x in mentions if x.start == desc_end + m.end() and x.etype in ("PERSON", "ORG")
             and re.fullmatch(r"\s*,?\s*", mask[x.end:verb_start])]
    return named[0] if named else None


# A quote ending bare inside a sentence ("stretched to “about 10 weeks” in some states") is a
# phrase in the prose: what follows is the sentence going on, not an attribution.
_CONTINUES_PROSE = re.compile(r"^\s+(?!(?:he|she|they|it|we|a|an|the|one|another|according)\b)"
                              r"[a-z]")


# A name signed after a dash: '“Did you factor in depreciation?” – Priya, Leeds', '– Dave K.'
_SIGNED = re.compile(r"^\s*[–—]\s*(?P<n>[A-Z][\w’'-]*(?:\s[A-Z][\w’'-]*\.?){0,2})\s*(?:,|$|\n)")
# “…,” while X said …: a new clause after the quote is another statement, not its attribution.
_NEW_CLAUSE = re.compile(r"^[\s,]*(?:while|whereas|but|although|though)\b")
# A lead-in that attributes without a speech verb: 'Gao Yichen on Weibo: “…”'.
_COLON_LEAD = re.compile(r":\s*$")
# Verbs that attribute a quote written after them ('X put the start “between …”').
_LEAD_VERB = re.compile(rf"\b(?:{SPEECH_VERBS}|put|puts|termed|dubbed|branded|estimated|"
                        r"writing|saying|telling|adding|arguing|warning|noting)\b", re.I)


def _embedded(inner: str, tail: str) -> bool:
    """Whether the quote is a phrase embedded mid-sentence rather than an attributed statement."""
    return not re.search(r"[,.?!…:;—–-]\s*$", inner) and _CONTINUES_PROSE.match(tail) is not None


_ANSWER = re.compile(r"\s*A\s*[:.]\s*")
# A speaker's verdict in one quoted word: "called the rate “unjustified”".
_CALLED = re.compile(r"\b(?:called|calls|termed|branded|dubbed)\b[^“”\"\n]{0,40}[“\"]$")
_QUESTION_LINE = re.compile(r"^\s*Q\s*[:.]\s", re.M)


def _interviewee(mask: str, doc_start: int, doc_end: int, mentions: list[Mention]
                 ) -> tuple[str | None, str | None]:
    """The person an interview's answers are from: the last person named before its first
    'Q:' line."""
    first_q = _QUESTION_LINE.search(mask, doc_start, doc_end)
    people = [m for m in mentions if m.etype == "PERSON" and doc_start <= m.start
              and (first_q is None or m.end <= first_q.start())]
    return (people[-1].name, people[-1].entity_id) if people else (None, None)


def find_quotes(mask: str, doc_start: int, doc_end: int, sentences: list[tuple[int, int]],
                mentions: list[Mention], skip: list[tuple[int, int]] = ()) -> list[Quote]:
    """Quotes in one document's story, with attributed speakers."""
    out: list[Quote] = []
    prev: Quote | None = None
    prev_close = -1
    pairs = find_pairs(mask, doc_start, doc_end)
    quoted = [(o, c + 1) for o, c in pairs]  # no antecedent inside a quotation
    for o, c in pairs:
        a, b = o + 1, c
        while a < b and mask[a] in " \u00a0\u202f":  # « with a space inside, French style »
            a += 1
        while b > a and mask[b - 1] in " \u00a0\u202f":
            b -= 1
        inner = mask[a:b].strip()
        if not re.search(r"[^\W\d_]", inner) or any(s <= o < e for s, e in skip):
            continue
        # sentence bounds around the quote
        s_start = max([s for s, e in sentences if s <= o] or [doc_start])
        s_end = min([e for s, e in sentences if e >= c + 1] or [doc_end])
        line_end = mask.find("\n", c, doc_end)
        line_end = doc_end if line_end == -1 else line_end
        tail_end = min(s_end + 1, line_end)
        tail = mask[c + 1:tail_end]
        speaker = entity = None
        rule = "quotes.pairs"
        # 0. an interview's answer ("A: “…”") is the interviewee's: the person named last
        # before the first question
        line_start = mask.rfind("\n", doc_start, o) + 1
        if _ANSWER.fullmatch(mask, line_start, o):
            speaker, entity = _interviewee(mask, doc_start, doc_end, mentions)
            rule = "quotes.interview"
        # 1. pronoun attribution after the quote
        pronoun = False
        if speaker is None and (_PRONOUN_AFTER.match(tail) or (
                _embedded(inner, tail) and _PRONOUN_LATER.search(tail))):
            pronoun = True
            speaker, entity = _resolve_pronoun(mask, o, s_start, sentences, mentions,
                                               quoted, out)
            rule = "quotes.pronoun"
        # 1a. 'The deal “removes a question mark” over X, said NAME': the name closes the clause
        if speaker is None and not pronoun and _embedded(inner, tail):
            later = _SAID_NAME_LATER.search(tail)
            named = [m for m in mentions if later and m.etype == "PERSON"
                     and m.start == c + 1 + later.end()]
            if named:
                speaker, entity, rule = named[0].name, named[0].entity_id, "quotes.after"
        # 2. attribution after the quote: “…,” NAME VERB / “…,” VERB NAME
        if speaker is None and not pronoun and re.match(r"^[\s,.]*\S", tail) \
                and not re.match(r"^\s*[“\"]", tail) \
                and not _embedded(inner, tail) and not _ACCORDING.match(tail.lstrip(" ,")) \
                and not _NEW_CLAUSE.match(tail):
            verb = _VERB.search(tail)
            if verb and verb.start() < 120:
                after_q = c + 1
                first_piece = mask[after_q:after_q + verb.start()]
                if first_piece.strip(" ,.—–-"):
                    # the speaker is before the verb, up to the first comma ("X, president of")
                    seg_end = after_q + verb.start()
                    comma = [i for i in range(after_q, seg_end) if mask[i] == ","
                             and mask[after_q:i].strip(" ,")]
                    seg_end = comma[0] if comma else seg_end
                    speaker, entity = _speaker_from(mask, after_q, seg_end, mentions)
                    titled = _ORG_TITLE.fullmatch(mask[after_q:seg_end].strip(" ,"))
                    if titled:  # "“…,” the Li Auto founder admitted": a person, not Li Auto
                        named = _titled_person(mask, mentions, o, titled["org"], titled["role"])
                        speaker, entity = (named.name, named.entity_id) if named else (
                            titled.group(), None)
                    named = _appositive_person(mask, after_q, after_q + verb.start(), seg_end,
                                               mentions)
                    if named is not None and (entity is not None or not speaker
                                              or _DESC.search(mask, after_q, seg_end) is None):
                        # a title, not a description, names whose it is: the person speaks
                        speaker, entity = named.name, named.entity_id
                    if speaker is None:
                        speaker = mask[after_q:seg_end].strip(" ,.—–-") or None
                else:
                    v_end = after_q + verb.end()
                    stop = _SPEAKER_STOP.search(mask[v_end:s_end])
                    seg_end = v_end + (stop.start() if stop else len(mask[v_end:s_end]))
                    speaker, entity = _speaker_from(mask, v_end, seg_end, mentions)
                    if speaker is not None and entity is None:
                        # a description runs on past "in"/"at": "said one dealer in Shenzhen"
                        clause = re.search(r"[,;:“”\"]|\.(?:\s|$)", mask[v_end:s_end])
                        wide = _speaker_from(mask, v_end, v_end + (
                            clause.start() if clause else s_end - v_end), mentions)
                        if wide[1] is None and wide[0] and wide[0].startswith(speaker):
                            speaker = wide[0]
                    named = _title_then_name(mask, v_end, seg_end, mentions)
                    if named is not None:  # said ORG's TITLE, NAME.
                        speaker, entity = named.name, named.entity_id
                    if speaker is None:
                        speaker = mask[v_end:seg_end].strip() or None
                if speaker is not None:
                    rule = "quotes.after"
        # 2a. a reader's question or a pull quote signed after a dash: '“…?” – Priya, Leeds'
        if speaker is None and not pronoun:
            signed = _SIGNED.match(tail)
            if signed:
                a2 = c + 1 + signed.start("n")
                named = [m for m in mentions if m.start == a2 and m.etype in ("PERSON", "ORG")]
                speaker = named[0].name if named else signed["n"]
                entity = named[0].entity_id if named else None
                rule = "quotes.signed"
        # 2b. "According to NAME, a title at ORG, the factory “…”" / "“…”, according to NAME"
        # / "“…” at full capacity, according to the regional government, which …"
        if speaker is None and not pronoun:
            acc = list(_ACCORDING.finditer(mask, s_start, o))
            after_acc = re.match(r"[\s,]*", tail)
            after_acc = _ACCORDING.match(mask, c + 1 + after_acc.end())
            if not after_acc and not re.search(r"[“”\"]", tail):
                after_acc = _ACCORDING.search(mask, c + 1, c + 1 + len(tail))
            if after_acc or acc:
                a2, stop = (after_acc.end(), s_end) if after_acc else (acc[-1].end(), o)
                comma = mask.find(",", a2, stop)
                seg = comma if comma != -1 else stop
                speaker, entity = _speaker_from(mask, a2, seg, mentions)
                whole = mask[a2:seg].strip(" ,.;")
                if _DESCRIBED.match(whole) and len(whole.split()) <= 10 and \
                        not _DESC.search(mask, a2, seg):
                    speaker, entity = whole, None  # "the regional government of Aragon"
                named = _title_then_name(mask, a2, seg, mentions)
                if named is not None:  # according to ORG's TITLE, NAME
                    speaker, entity = named.name, named.entity_id
                speaker = speaker or mask[a2:seg].strip(" ,.;") or None
                rule = "quotes.according_to"
        # 3. attribution before the quote in the same sentence: NAME VERB … “
        if speaker is None:
            lead = mask[s_start:o]
            verbs = list(_LEAD_VERB.finditer(lead))
            if not verbs and _COLON_LEAD.search(lead):
                cands = [m for m in mentions if s_start <= m.start and m.end <= o
                         and m.etype in ("PERSON", "ORG")]
                people = [m for m in cands if m.etype == "PERSON"]
                pick = people[-1] if people else (cands[-1] if cands else None)
                desc = None if people else _DESC.search(lead)
                if desc is not None:  # "Quote from the Tax Authority spokesperson in Globes:"
                    pick = None
                    speaker, rule = desc.group().strip(" ,"), "quotes.colon"
                if pick is not None:
                    speaker, entity, rule = pick.name, pick.entity_id, "quotes.colon"
                verdict = _VERDICT.search(lead)
                if pick is None and verdict:  # "My other half's verdict: “…”"
                    speaker, rule = verdict["who"], "quotes.colon"
                theirs = _PRONOUN_VERDICT.search(lead) if pick is None and not verdict else None
                if theirs:  # "I asked a mining analyst. Her answer: “…”": whose answer
                    pronoun = True
                    speaker, entity = _resolve_pronoun(mask, s_start + theirs.start("p"), s_start,
                                                       sentences, mentions, quoted, out)
                    rule = "quotes.colon"
            if verbs and speaker is None:
                v = verbs[-1]
                cands = [m for m in mentions if s_start <= m.start and m.end <= s_start +
                         v.start() and m.etype in ("PERSON", "ORG")]
                people = [m for m in cands if m.etype == "PERSON"]
                if not people:  # "…, said Omar Salem of Delta Capital: “…”"
                    people = [m for m in mentions if m.etype == "PERSON"
                              and s_start + v.end() <= m.start and m.end <= o
                              and not mask[s_start + v.end():m.start].strip()][:1]
                # the name nearest the verb ("Leapmotor delivered ..., and Xiaomi said")
                pick = people[-1] if people else (cands[-1] if cands else None)
                desc = _DESC.search(lead[:v.start()]) or _PERSON_DESC.search(lead[:v.start()])
                if not people and _COLLECTIVE.fullmatch(lead[:v.start()].strip()):
                    desc = None  # "Sources at the plant put …": the whole group is the source
                named = _named_after(mask, s_start + desc.end(), s_start + v.start(),
                                     mentions) if desc else None
                if not people and desc and named is not None:
                    pick = named  # "The new GAC Aion distributor, Harbourfront Motors, called"
                elif not people and desc:
                    speaker, rule = _description(lead[:v.start()], desc), "quotes.before"
                    pick = None
                subj = lead[:v.start()].split(",")[-1].strip() or "x"
                if not people and speaker is None and re.fullmatch(r"(?:he|she)", subj, re.I):
                    pick = None  # "The Proton-run plant …, she added, …": she, not Proton
                if pick is None and speaker is None and re.match(r"\s*(?:he|she)\b", subj, re.I):
                    pronoun = True
                    speaker, entity = _resolve_pronoun(mask, s_start + v.start(), s_start,
                                                       sentences, mentions, quoted, out)
                    rule = "quotes.pronoun"
                if pick is None and speaker is None and _ORG_ANAPHOR.match(subj):
                    pick = _org_before(mentions, s_start)  # "The company has said that “…”"
                if pick is None and speaker is None and _COLLECTIVE.fullmatch(
                        lead[:v.start()].strip()):
                    speaker, rule = lead[:v.start()].strip(), "quotes.collective"
                if pick is not None:
                    speaker, entity, rule = pick.name, pick.entity_id, "quotes.before"
        # 4. continuation: an unattributed quote right after an attributed one
        if speaker is None and not pronoun and prev is not None and prev.speaker and \
                not re.search(r"[“\"]", mask[prev_close + 1:o]) and o - prev_close < 400:
            speaker, entity, rule = prev.speaker, prev.speaker_entity_id, "quotes.continued"
        if len(inner.split()) < 2 and not (rule in ("quotes.according_to", "quotes.before",
                                                    "quotes.pronoun")
                                           and (entity or "").startswith("person:")) and not (
                rule == "quotes.before" and speaker and _CALLED.search(mask, s_start, o + 1)):
            # a one-word quote is a scare quote unless a named person is its source, or a
            # speaker "called the rate “unjustified”"
            continue
        q = Quote(a, b, speaker, entity, rule)
        # a quote that precedes its own attribution's continuation shares its speaker
        # (a new paragraph may be a new speaker, unless the quotation ran on into it unclosed)
        if prev is not None and prev.speaker is None and speaker and o - prev_close < 400 \
                and ("\n" not in mask[prev_close:o] or mask[prev_close] not in "”\""):
            out[-1] = Quote(prev.start, prev.end, speaker, entity, "quotes.continued")
        out.append(q)
        prev, prev_close = q, c
    return _resolve_definite(out, mentions, mask, doc_start)


def _described_before(mask: str, start: int, end: int, role: str) -> str | None:
    """The last indefinite description with this role word in mask[start:end] ("A spokesperson
    for the Dealers Alliance said …"), whether or not it introduced a quotation."""
    found = [d.group().strip() for d in _DESC.finditer(mask, max(start, end - 1500), end)
             if re.match(r"(?i:an?)\s", d.group())
             and re.search(rf"\b{re.escape(role)}\b", d.group(), re.I)]
    return found[-1] if found else None


_COMPANY_NOUNS = {"company", "firm", "carmaker", "automaker", "maker", "group", "startup",
                  "start-up", "brand", "manufacturer"}


def _main_org(mentions: list[Mention], pos: int) -> Mention | None:
    """The organisation named most often before pos (the latest of them on a tie)."""
    counts: dict[str, int] = {}
    last: dict[str, Mention] = {}
    for o in mentions:
        if o.etype == "ORG" and o.end <= pos:
            counts[o.entity_id] = counts.get(o.entity_id, 0) + 1
            last[o.entity_id] = o
    if not counts:
        return None
    best = max(counts, key=lambda e: (counts[e], last[e].start))
    return last[best]


def _resolve_definite(quotes: list[Quote], mentions: list[Mention], mask: str,
                      doc_start: int) -> list[Quote]:
    """'“…,” the spokesperson said' after 'A Treasury spokesperson said': the definite
    description is the speaker described earlier with the same role word; 'the authority'
    after 'Federal Motor Transport Authority' is that organisation."""
    out: list[Quote] = []
    for q in quotes:
        m = re.fullmatch(r"(?i:the)\s+([a-z-]+)", q.speaker or "")
        org = next((o for o in reversed(mentions) if m and o.etype == "ORG" and o.end <= q.start
                    and o.name.split()[-1].lower() == m[1].lower()), None)
        if org is None and m and m[1].lower() in _COMPANY_NOUNS:
            org = _main_org(mentions, q.start)  # "“…,” the company said": the story's company
        if org is not None and q.speaker_entity_id is None:
            q = Quote(q.start, q.end, org.name, org.entity_id, "quotes.definite")
        elif m and q.speaker_entity_id is None:
            earlier = next((p.speaker for p in reversed(out) if p.speaker
                            and p.speaker_entity_id is None
                            and re.match(r"(?i:an?)\s", p.speaker)
                            and re.search(rf"\b{re.escape(m[1])}\b", p.speaker)), None)
            if earlier is None:  # described in prose, not at a quote: only if it says more
                before = _described_before(mask, doc_start, q.start, m[1])
                earlier = before if before and len(before.split()) > 2 else None
            if earlier:
                q = Quote(q.start, q.end, earlier, None, "quotes.definite")
        out.append(q)
    return out

"""Split a seed file into documents and separate each document's story from page furniture.

A captured web page is an article followed by whatever the page also carried: social posts,
teaser links, "Recent Posts" lists, reader comments. Only the story may yield claims, metrics,
quotes or mentions, so this module produces a *mask*: the seed text with every furniture
character replaced by a space (newlines kept). Offsets in the mask equal offsets in the seed,
so every later stage can work on the mask and still cite the seed exactly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from evclaims.extract.entities import gazetteer
from evclaims.vocab import lexicon

# A social post ends with its own short link.
_POST_LINK = re.compile(r"https?://t\.co/\w+\s*$")
# "Ana Ruiz @anaruiz_ev · Oct 2": the header line of a social post.
# "r/ChinaEVs · Posted by u/voltkaiju · 6h": a forum post's header.
_HANDLE_HEADER = re.compile(r"^\s*[^@\n.!?]{0,60}(?:@|\bu/)\w{1,30}\s*(?:[·•|].{0,30})?$")
_OPENING_POST = re.compile(r"\bposted by\b", re.IGNORECASE)
_SEPARATOR = re.compile(r"^\s*(?:[-—–_*=~•·]\s*){3,}$")
# "♥ 214 ↻ 31": engagement counters drawn as icons.
# "⬆ 2.4k  💬 318  ↗ Share  🏆 Award": a forum post's vote, comment and share buttons.
# (A currency sign is no icon.)
_ENGAGEMENT_ICONS = re.compile(r"^\s*(?:[^\w\s$£€¥₹₩₦₪₺฿₫₱]+\s*"
                               r"(?:[\d.,]+[kKmM]?(?:\s+(?:likes?|replies|"
                               r"comments?|shares?|views?|votes?|points?))?|share|award|reply|"
                               r"report|save|give award)\s*)+$", re.IGNORECASE)
_URL = re.compile(r"https?://\S+")

# A line that starts a block of furniture lasting to the end of the document.
_TAIL_START = re.compile(
    r"^\s*(?:(?:recent posts|related posts|related articles|related stories|related|"
    r"reader comments|comments|leave a (?:reply|comment)|you m(?:ay|ight) (?:also )?like|"
    r"most relevant|top comments|"  # a social post's comment section under its sort control
    r"more stories|"
    r"reader reactions|readers'? (?:comments|views|letters)|your (?:comments|views)|"
    r"what (?:do )?you (?:think|say)\??(?:\s.*\bcomments?\b.*)?|"
    r"(?:let us know|tell us)\b.*\bcomments?\b.*|"
    r"popular posts|latest news|latest posts|latest stories|latest articles|recent articles|"
    r"more news|read next|trending|most read|recommended|promoted stories|around the web|"
    r"from (?:our|the) partners|sponsored links|people also read|what to read next|up next|"
    r"more to read|readers also read|similar threads|related threads|similar posts|"
    r"similar (?:cars|vehicles|listings|models)|more cars like this|"
    r"references|external links|bibliography|notes and references|citations|"
    r"mais lidas|más leídas|les plus lus|meistgelesen|più letti)\s*:?\s*$|"
    r"comments?\s*\(\d+\)\s*$|\d+\s+comments?\s*$|more from\b[^.!?]*(?:[:·].*)?$|"
    r"like\s*[·•|]\s*comment\b.*$|"  # a social post's action bar: comments follow
    r"\W*like\s+\W*\s*comment\s+\W*\s*share\s*$)",  # "👍 Like   💬 Comment   ↗️ Share"
    re.IGNORECASE,
)
# Words that make a short heading-like label introduce a furniture section ("MORE ON
# AUTOMOTIVE", "Reader comments (47)", "Most popular", "Recommended for you").
_SECTION_WORD = re.compile(
    r"\b(?:comments?|replies|discussion|related|more on|more from|more in|trending|popular|"
    r"most read|most viewed|recommended|sponsored (?:stories|links|posts|articles)|"
    r"read next|latest news|"
    r"latest stories|top stories|recent posts|you m(?:ay|ight) (?:also )?like|further reading|"
    r"also on|elsewhere|readers? (?:say|react|respond|views?)|your say|conversation|"
    r"join the discussion)\b", re.IGNORECASE)
_COUNT_SUFFIX = re.compile(r"\s*(?:[(\[]\s*\d[\d,]*\s*[)\]])?\s*:?\s*$")
_SMALL_WORDS = {"a", "an", "the", "of", "on", "in", "for", "to", "and", "from", "you", "with",
                "this", "by", "at", "our", "your", "stories", "posts", "articles", "news",
                "content", "links", "now", "today", "week", "reads", "coverage", "reading",
                "topics"}
# "GreenDriver88 · 3 hours ago", "2h ago": the header of a reader comment.
_RELATIVE_TIME = re.compile(
    r"\b(?:\d+|an?|one)\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|"
    r"weeks?|mo|months?|y|yrs?|years?)\s+ago\s*$|\b(?:just now|yesterday)\s*$|"
    r"[·•|]\s*\d{1,2}\s?(?:s|m|min|h|hr|d|w)\s*$", re.IGNORECASE)
# "412 likes", "3 replies", "1.2k shares": engagement counters.
_ENGAGEMENT = re.compile(r"^\s*(?:[\d.,]+\s*[kKmM]?\s+(?:likes?|replies|reply|reactions?|shares?|"
                         r"retweets?|reposts?|upvotes?|points?|views?|comments?)"
                         r"\s*(?:[·•|]\s*|$))+$",
                         re.IGNORECASE)  # "412 likes", "47 comments · 12 shares"
# A counter with its label first ("Share · 1.4K", "Views: 12,400"), a video's view count over
# its date ("186,403 views  Premiered 28 Jan 2025"), or a listed headline ending in its
# counter ("Why we said no to hydrogen vans · 412 reactions").
_COUNTER = re.compile(r"^\s*(?:likes?|shares?|comments?|views?|reactions?|reposts?|retweets?)"
                      r"\s*[·•|:]?\s*[\d.,]+\s*[kKmM]?\s*$|"
                      r"^\s*[\d.,]+\s*[kKmM]?\s+views?\b\s*(?:[·•|]\s*)?"
                      r"(?:premiered|streamed|published|posted|uploaded)\b.*$", re.IGNORECASE)
_COUNTER_TAIL = re.compile(r"[·•|]\s*[\d.,]+\s*[kKmM]?\s+(?:likes?|reactions?|comments?|views?|"
                           r"shares?|replies|reposts?)\s*$", re.IGNORECASE)
# A list item opening with its date: "• 03.10 · Golden Week roundup: 12 brands discounted".
_DATE_FIRST_ITEM = re.compile(r"^\s*[•·*–-]\s*\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?\s*[·|–—:-]\s*\S")
# A teaser list item: a short headline ending in its own date ("... – 18 Sep 2025",
# "... (9 July 2025)").
_DATED_TEASER = re.compile(
    r"[–—|·-]\s*\d{1,2}\s+[A-Za-z]{3,9}\.?\s+\d{4}\s*$|"
    r"[–—|·]\s*\d{1,2}\s+"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s*$|"
    r"[–—|·]\s*\d{1,2}/\d{1,2}(?:/\d{2,4})?\s*$|"
    r"[–—|·-]\s*[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}\s*$|"
    r"\(\s*(?:\d{1,2}\s+[A-Za-z]{3,9}\.?|[A-Za-z]{3,9}\.?\s+\d{1,2},?)\s+\d{4}\s*\)\s*$")
# Subscription, newsletter, cookie and contact prompts.
_PROMPT = re.compile(
    r"^\s*(?:subscribe|sign[ -]?up|newsletter|register|log ?in|join)\b\s*[:!-]|"
    r"^\s*(?:subscribe|sign[ -]?up|get|join)\b.*\b(?:newsletter|briefing|bulletin|digest|"
    r"notes|alerts|inbox|updates|subscribers|readers|issues? free|free trial|subscription|"
    r"per month|a month)\b|^\s*try\b.*\b(?:weeks?|months?|days?)\s+(?:for|free)\b|"
    r"^\s*forward this (?:email|newsletter|issue)\b|"
    r"^\s*(?:download|get|install)\b.{0,40}\bapp\b|"  # "Download the 9 News app for alerts"
    r"^\s*cookies?\b.*(?:settings|preferences|policy|consent)|"
    r"\b(?:we|this site|this website)\s+uses?\s+cookies\b|^\s*contact\b[^.]*:|\bissn\b|"
    r"^\s*cookies\s+help\b|\buse of cookies\b|"
    r"\b\d+[\s-]*min(?:ute)?s?[\s-]+read\b|\breading time\s*:?\s*\d|\blisten to this article\b|"
    r"\b[\d,]+\s+words\s*[·•|]|"
    r"^\s*[\d.,]+[kKmM]?\s+(?:members|online|followers|subscribers)\b|"
    r"\bsign[ -]?up(?:\s+(?:free|now|today|here))?\s*[.!]?\s*$|"
    r"^\s*(?:advertisement|sponsored|ad)\s*(?:[:|]|$)",
    re.IGNORECASE)
# Single lines that are furniture wherever they stand.
_FURNITURE_LINE = re.compile(
    r"^\s*(categories?\s*:|tags?\s*:|also read\s*[:|]|read also\s*[:|]|read more\s*[:|]|"
    r"(?:à|a) lire aussi\s*[:|]|lire aussi\s*[:|]|lee también\s*[:|]|leia também\s*[:|]|"
    r"auch interessant\s*[:|]|mehr zum thema\s*[:|]|leggi anche\s*[:|]|"
    r"see also\s*[:|]|related\s*[:|]|(?:similar|related) (?:threads?|posts?|topics?)\s*:|"
    r"read next\s*:|up next\s*:|watch\s*:|listen\s*:|our standards\s*:|"
    r"scroll to top\s*$|back to top\s*$|share( this)?( article| story| post)?\s*(:.*)?$|"
    r"advertisement\s*$|sponsored\s*$|(sign up|subscribe)\b.*(newsletter|inbox|updates)|"
    # "Sponsored · Sell your EV …"
    r"(?:sponsored|advertisement|promoted|ad)\s*[·•|:–—]\s*\S|"
    r"mod(?:erator)?(?:\s+note)?\s*:|.*\b(?:thread|post|topic)\s+(?:pinned|locked)\b|"
    # "Santiago 14°C | …"
    r"[A-Z][\w .'’-]{1,30}\s+-?\d{1,2}\s?°\s?[CF]\b(?![^\n]*[a-z]\.\s*$)|"
    r"-?\d{1,3}\s?°\s?[CF]?\s+(?:sunny|cloudy|partly|mostly|clear|fair|rain|showers|"
    r"overcast|snow|fog|windy|storms?)\b|"  # "72° Partly cloudy | 5-day forecast"
    r".*(?:trending|most read|popular)\s*:\s*1\.\s|"  # a numbered widget glued into a line
    r"quote from\s+\S+\s*:|>\s|"  # a forum reply quoting the post it answers: said before
    r".*\b\d+\s*min(?:ute)?s?\s+(?:read|listen|watch)\b|"  # "· 58 min listen ·"
    r".*\b(?:brought to you by|sponsored by)\b|.*\b(?:with|use) (?:the )?(?:promo )?code\b|"
    r"subscribe\s+(?:on|to|now|via)\b|.*\brate us\b|"
    r"was this (?:article|guide|page|story|post) (?:helpful|useful)\b|"
    r"pull ?quote\s*:|[★☆✩✭⭐]{3,}|"
    # "See more headlines →"
    r"(?:see|view|load|show|read) (?:more|all)(?: [\w-]+)?\s*[→›»>]?\s*$|"
    r"[A-Z][A-Z&]{2,20}(?: [A-Z&]{2,20})?\s*\|\s*[A-Z][\w&]*(?: [\w&]+)?\s*$|"  # "PEOPLE | Profile"
    r"add to (?:favourites|favorites|wishlist|shortlist|compare|garage)\b|"
    r"(?:news|press|media) release\s*$|for immediate release\b|"
    r".*\b(?:stock |share )?(?:prices|quotes|data) (?:are )?delayed by\b|"
    r"rate this (?:article|story|post|review)\b|disclosure\s*:|continue reading\s*:|"
    r".*\b\d+\s+free (?:articles?|stories|reads)\b|"  # "You have 3 free articles left"
    r".*\(\s*[\d,.]+[kK]?\s+(?:ratings|reviews|votes)\s*\)\s*$|"
    # a promotion closing on its call to action ("… join 4,800 other readers. Subscribe"), a
    # paywall offer ("Try 4 weeks for €1"), a mailing footer
    r".*\b(?:join|readers|newsletter|briefing|free|offer|trial|only|e-?mail|inbox|[$€£]\d)\b"
    r".*\b(?:subscribe|book a demo|start (?:your |a )?free trial)\s*[»→›>.!]*\s*$|"
    r".*\b(?:book a demo|get an instant offer)\s*[»→›>.!]*\s*$|"
    r"try\b.{0,40}\bfor\s+(?:just\s+|only\s+)?[$€£]\s?\d|"
    # a paywall: "To keep reading, subscribe for $1 a week … Already a subscriber? Sign In"
    r".*\balready an? (?:subscriber|member)\b|(?:to\s+)?(?:keep|continue)\s+reading\b.{0,20}"
    r"\b(?:subscribe|sign in|log in|register)\b|.*\bsubscribe\s+(?:for|from)\s+"
    r"(?:just\s+|only\s+)?[$€£]\s?\d|"
    r".*\b(?:unsubscribe|manage preferences)\b|"
    r"follow us\b|click here\b|home\s*[>»/|]|\(?(?:additional\s+)?(?:reporting|writing|"
    r"editing)\s+by\b|(?:tel|phone|fax)\.?\s*:?\s*\+?\d|page \d+ of \d+|issn\b|"
    r"(?:trending|most read|most viewed|most popular|popular|latest|top stories|recent posts)"
    r"\s*(?::|\s{2,}|[·•|])|"
    r"(?:©|copyright\b)|all rights reserved|.*\bcookies?\b.*\b(?:accept|consent|stores?|"
    r"settings|preferences|experience)\b|.*\b(?:photos?|images?|pictures?)\s*:\s*\S|"
    r".*\(\d+\s+(?:images|photos|pictures)\)\s*$|.*\b(?:uses? cookies|accept (?:all )?cookies|"
    r"cookie (?:policy|settings|notice))\b)",
    re.IGNORECASE,
)
# Breadcrumb navigation: "News > Electric Cars > Nio".
_BREADCRUMB = re.compile(r"^\s*[\w&' -]{1,30}(?:\s[>»›/]\s[\w&' -]{1,40})+\s*$")
_BYLINE_LABEL = re.compile(r"^\s*(?:(?:published|posted|written)\s+by\s*:?|by\s*:|"
                           r"author(?:\s+of\s+(?:the|this)\s+(?:article|story|post))?\s*:)"
                           r"\s*(?P<name>.*)$", re.IGNORECASE)
_NAME = r"[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}"
# A podcast's or show's credit line: "Hosted by Dave Kowalski & Priya Raman".
_HOSTED_BY = re.compile(rf"\b(?:[Hh]osted|[Pp]resented|[Aa]sked|[Aa]nswered|[Tt]abled)\s+by\s+"
                        rf"(?P<names>{_NAME}"
                        rf"(?:\s*(?:,|&|and)\s*{_NAME})*)")
# "By Jane Smith", "By A and B", "By Jane Smith | June 1, 2025", "By Jane Doe, Reuters".
_BY_LINE = re.compile(rf"^\s*By\s+(?P<name>{_NAME}(?:\s+(?:and|&)\s+{_NAME})*)\s*"
                      r"(?:[,|·•–—-]\s*(?P<rest>.*?))?\s*$")
_PUBLISHER = re.compile(r"^[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}$")
# Navigation bar: three or more short items separated by | · • ("World | Business | Autos").
_NAV_SEP = re.compile(r"\s*[|·•]\s*")
_NAV_WORDS = frozenset(lexicon()["nav_words"])
_FIGURE_CELL = re.compile(r"[£$€¥]?\s?\d[\d,.]*\s?%?")
_ROLE_WORDS = frozenset(lexicon()["role_words"])
_FIRST_NAMES = frozenset(lexicon()["first_names"])
# A reader's sign-off under a letter: "Margaret Owen, Shrewsbury".
_READER_SIGNOFF = re.compile(r"^\s*(?P<name>[A-Z][a-z]+(?:\s[A-Z][\w'’-]+){1,2}),"
                             r"\s[A-Z][\w'’ -]{2,30}$")
# A minutes' attendance line and the titled names in it.
_PRESENT = re.compile(r"^\s*(?:Present|Attendees|In attendance|Apologies)\s*:", re.I)
_TITLED_NAME = re.compile(r"\b(?:Cllr|Councillor|Mr|Mrs|Ms|Dr|Prof)\.?\s"
                          r"(?P<n>[A-Z][a-z]+(?:\s[A-Z][\w'’-]+){1,2})")
_NOT_NEWLINE = re.compile(r"[^\n]")
# Wire dateline opening a story paragraph: "BRUSSELS/OTTAWA, Oct 30 (Agency) - ".
_DATELINE = re.compile(r"[A-Z][A-Z .'/-]{2,40}(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*"
                       r"\([A-Z][^)]{1,40}\)\s*[-–—]\s+")
# Inline glossary tooltip: "BYDiBYDBYD Auto is ... attention.READ MORE" (term, info icon,
# term again, definition, link label).
_TOOLTIP = re.compile(r"(?P<term>\b[A-Z][\w-]{1,30})(?P<tip>i(?P=term).{0,600}?READ MORE)",
                      re.DOTALL)
_MONTHS = ("january|february|march|april|may|june|july|august|september|october|november|"
           "december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec")
_WEEKDAYS = (r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|"
             r"thu|thur|thurs|fri|sat|sun)\.?")
_MONTH_NUM = {m: i for i, m in enumerate(
    "january february march april may june july august september october november december"
    .split(), 1)}
_DATE_LINE = re.compile(
    r"^\s*(?:(?:published|posted|updated|last updated|date)\s*(?:on\s*)?[:–—-]?\s*)?"
    rf"(?:{_WEEKDAYS},?\s+)?(?:"  # "Monday, November 3, 2025", "Mon 3 Nov 2025"
    r"(?P<iso>\d{4}([-/.])\d{2}\2\d{2})(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?|"  # "2024-06-12"
    rf"(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>{_MONTHS})\.?,?\s+(?P<y1>\d{{4}})|"
    rf"(?P<m2>{_MONTHS})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y2>\d{{4}}))"
    # what may follow the date on a date line: a time, a zone, an "Updated ..." note
    r"(?:[\s,·|•–—/-]*(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,5}"
    r"(?:[+-]\d{1,2})?)?)?(?:[\s,·|•–—-]*(?:updated|last updated)\b.*)?\s*$",
    re.IGNORECASE,
)
@dataclass
class Document:
    """One document inside a seed file, with its story spans and header metadata."""

    start: int
    end: int
    source_type: str  # news_article | social_post
    title: str | None = None
    title_span: tuple[int, int] | None = None
    author: str | None = None
    publisher: str | None = None
    published_date: str | None = None
    url: str | None = None
    story: list[tuple[int, int]] = field(default_factory=list)  # story line spans
    # people credited in the header who speak in the story ("Hosted by Dave Kowalski & …")
    hosts: list[tuple[int, int, str]] = field(default_factory=list)

    @property
    def story_chars(self) -> int:
        return sum(e - s for s, e in self.story)


@dataclass
class Segmentation:
    documents: list[Document]
    mask: str  # the seed text with furniture blanked out (same length)


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Line spans (without the newline) between start and end."""
    spans, pos = [], start
    while pos < end:
        nl = text.find("\n", pos, end)
        stop = end if nl == -1 else nl
        spans.append((pos, stop))
        pos = stop + 1
    return spans


def _norm(s: str) -> str:
    return re.sub(r"\W+", " ", s).strip().lower()


def parse_date(s: str) -> str | None:
    """ISO date from a line that is only a date ('12 September 2025', '2024-06-12')."""
    m = _DATE_LINE.match(s)
    if not m:
        return None
    if m["iso"]:
        return re.sub(r"[/.]", "-", m["iso"])
    day, mon, year = (m["d1"], m["m1"], m["y1"]) if m["d1"] else (m["d2"], m["m2"], m["y2"])
    mon = mon.lower().rstrip(".")
    num = next((v for k, v in _MONTH_NUM.items() if k.startswith(mon[:3])), None)
    return f"{int(year):04d}-{num:02d}-{int(day):02d}" if num else None


_REF_MARKS = re.compile(r"(?:\[\d{1,3}\])+$")


def _is_headline(line: str) -> bool:
    """A headline: short, no sentence-final full stop (before any reference marks)."""
    s = _REF_MARKS.sub("", line.strip())
    return bool(s) and len(s) <= 160 and len(s.split()) <= 25 and not s.endswith((".", ":"))


def _table_row(line: str) -> bool:
    """'| MG4 SE | £26,995 | 350 km |', 'Q1 2025 | 42,094 | 10.2%': a row of a table, no menu."""
    items = [x.strip() for x in _NAV_SEP.split(line) if x.strip()]
    return (line.strip().startswith("|") and line.strip().endswith("|") and bool(
        re.search(r"\d", line))) or sum(bool(_FIGURE_CELL.fullmatch(x)) for x in items) >= 2


def _is_nav(line: str) -> bool:
    """A navigation bar: three or more items of at most three words between | · • marks, or
    a row of words that are mostly a site's sections ("Home News Reviews Podcasts Search")."""
    items = [x for x in _NAV_SEP.split(line) if x]
    if len(items) >= 3 and all(len(x.split()) <= 3 and not x.endswith(".") for x in items) \
            and not _table_row(line):
        return True
    words = line.split()
    nav = sum(w.lower() in _NAV_WORDS for w in words)
    # a word in a script without capitals ("ภาษาไทย", a language switch) does not count against
    return nav >= 3 and nav * 2 >= len(words) and all(
        w[:1].isupper() or w[:1].isdigit() or w.lower() == w.upper() for w in words)


# A row of share buttons: "Share: Facebook X WhatsApp Email", "Facebook | LinkedIn", with
# the share count before it.
_SHARE_ROW = re.compile(
    # a social post's buttons: "Like Comment Repost Send", "Like • Reply • 12 Likes"
    r"^\s*(?:like|comment|repost|send|share|reply|save)(?:\s*[·•|]?\s*(?:like|comment|repost|"
    r"send|share|reply|save|[\d.,]+\s*[kKmM]?\s+likes?))+\s*$|"
    r"^\s*(?:[\d.,]+\s*[kKmM]?\s+shares?\s*[|·•]?\s*)?"  # "312 shares  Facebook  X"
    r"(?:share(?:\s+this)?(?:\s+(?:article|story|post))?\s*:?\s*)?"
    r"(?:(?:facebook|x|twitter|linkedin|whatsapp|email|e-mail|reddit|pinterest|telegram|"
    r"print|copy link|messenger|flipboard|threads|bluesky)\s*[|·•,]?\s*){2,}"
    r"(?:[\d.,]+\s*[kKmM]?\s+(?:comments?|shares?)\s*)?$|"  # "… |  23 comments"
    # "Share Share Article via Facebook Share Article via X Share Article via LinkedIn"
    r"^\s*share\b(?:\s*(?:share\s+)?(?:this\s+)?(?:article|story|post)?\s*(?:via|on)\s+"
    r"(?:facebook|x|twitter|linkedin|whatsapp|email|e-mail|reddit|telegram)\b)+\s*$",
    re.IGNORECASE)


# "Posted on 22 February 2025 by Olly Hart · 7 comments": a blog's dateline and byline.
_POSTED_ON = re.compile(rf"^\s*(?:posted|published|updated)\s+(?:on\s+)?(?P<date>.+?)\s+by\s+"
                        rf"(?P<name>{_NAME})\s*(?:[|·•–—-].*)?$", re.IGNORECASE)


# "Ravi Iyer  Bengaluru, Updated - November 02, 2025 at 09:40 PM.": a byline without "By",
# the author's name (and where they file from) before the date line.
_NAME_DATED = re.compile(r"^\s*(?P<head>[^|·•]+?)\s*[,|·•]?\s*"
                         r"(?P<date>(?:published|posted|updated|last updated)\b.*)$", re.I)


def _byline(line: str, doc: Document) -> bool:
    """Record author (and a date or publisher after a separator) from a 'By ...' line."""
    posted = _POSTED_ON.match(line)
    if posted and parse_date(posted["date"].strip()):
        doc.author = doc.author or posted["name"]
        if doc.published_date is None:
            doc.published_date = parse_date(posted["date"].strip())
        return True
    dated = _NAME_DATED.match(line)
    if dated and parse_date(dated["date"].strip()):
        head = re.sub(r"^[Bb]y:?\s+", "", dated["head"].strip())  # "By Ann Lee | Published: …"
        parts = [p for p in re.split(r"\s{2,}|\s*,\s*", head) if p]
        if 1 <= len(parts) <= 2 and re.fullmatch(_NAME, parts[0]) and len(parts[0].split()) >= 2 \
                and not _is_place(parts[0]) and (len(parts) == 1 or re.fullmatch(_NAME, parts[1])):
            doc.author = doc.author or parts[0]
            doc.published_date = doc.published_date or parse_date(dated["date"].strip())
            return True
    by = _BY_LINE.match(line)
    if not by:
        return False
    rest = (by["rest"] or "").strip()
    # "By A | 14 March 2025 | Share: Facebook X": a date and a share row after separators
    pieces = [p.strip() for p in _NAV_SEP.split(rest) if p.strip()]
    if len(pieces) > 1 and all(parse_date(p) or _SHARE_ROW.match(p) or _PUBLISHER.match(p)
                               or _PROMPT.search(p) for p in pieces):  # "| 4 min read"
        rest = next((p for p in pieces if parse_date(p)), "")
    date = parse_date(rest) if rest else None
    if rest and not date and not _PUBLISHER.match(rest):
        return False  # "By the end of the year, ..." is prose
    doc.author = doc.author or by["name"]
    if date and doc.published_date is None:
        doc.published_date = date
    elif rest and not date and not _is_place(rest):  # "By Tom Kessler, Shanghai": where
        doc.publisher = doc.publisher or rest
    return True


def _is_place(name: str) -> bool:
    """Whether the gazetteer knows the name as a place."""
    return gazetteer().surfaces.get(name, ("",))[0] == "PLACE"


def _is_section_heading(line: str) -> bool:
    """A short heading-like label (ALL CAPS or Title Case, maybe with a count in brackets)
    that introduces comments, related or more-stories furniture: it ends the story."""
    label = _COUNT_SUFFIX.sub("", line.strip())
    words = label.split()
    if not 1 <= len(words) <= 6 or label.endswith((".", "!", "?")) or \
            not _SECTION_WORD.search(label):
        return False
    if label.isupper() or label != line.strip().rstrip(":").strip():
        return True  # ALL CAPS, or a count in brackets
    if not words[0][:1].isupper():
        return False
    # Title-case label: the section word ends it ("Reader comments", "Recommended for you")
    last = [m.end() for m in _SECTION_WORD.finditer(label)][-1]
    if re.fullmatch(r"\s*(?:in|on|from)\s+[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)?", label[last:]):
        return True  # "Most viewed in Business": the section's name follows
    return all(w.lower() in _SMALL_WORDS for w in label[last:].split())


# A reader comment on one line: "Ahmed R. · 2h ago: Paid 200k …", "jhk_88 : Bought an …".
_INLINE_COMMENT = re.compile(
    r"^\s*(?:[A-Z][\w.'-]*(?:\s[A-Z][\w.'-]*){0,2}\s*[·•|]\s*(?:\d+\s*(?:s|m|min|h|hr|d|w)"
    r"(?:\s+ago)?|(?:\d+|an?|one)\s+\w+\s+ago|yesterday)\s*:|[A-Za-z][\w.]*(?:_|\d)[\w.]*\s?:)\s")


def _is_comment_header(line: str) -> bool:
    """A reader-comment header: a short line ending in a relative time ('user · 3 hours ago'),
    or a comment that carries its header inline ('Ahmed R. · 2h ago: …', 'jhk_88 : …')."""
    return (len(line.split()) <= 8 and _RELATIVE_TIME.search(line) is not None) or \
        _INLINE_COMMENT.match(line) is not None


# A stock-ticker item: SYMBOL [price] ▲1.8% / -0.6% / +3.1%.
_TICKER_ITEM = re.compile(r"\b[A-Z0-9][A-Z0-9./^:-]{0,12}\s+(?:[\d,.]+\s+)?"
                          r"[▲▼△▽↑↓+\-−]\s?\d+(?:\.\d+)?%")
# A postal address: number + street name + street type, with a ZIP/postcode or a suite/floor.
_STREET = re.compile(r"\b\d{1,5}\s+(?:[A-Z][\w.'’-]*\s+){1,3}(?:St|Street|Ave|Avenue|Rd|Road|"
                     r"Blvd|Boulevard|Ln|Lane|Way|Dr|Drive|Pl|Place|Sq|Square|Ct|Court|Pkwy|"
                     r"Parkway|Hwy|Highway|Plaza)\b")
_POSTCODE = re.compile(r"\b[A-Z]{2}\s+\d{5}(?:-\d{4})?\b|\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b|"
                       r"\b(?:Suite|Ste\.?|Floor|Unit)\s+\d", re.I)
# A newsletter's tagline addressed to the reader ("Your weekly five-minute briefing on ...").
_TAGLINE = re.compile(r"^\s*your\s+(?:[\w-]+\s+){0,4}(?:briefing|newsletter|digest|round-?up|"
                      r"bulletin)\b[^.!?]*$", re.I)


def _is_ticker_bar(stripped: str) -> bool:
    """A stock-ticker bar: two or more 'SYMBOL price ±x.x%' items on one line."""
    return len(_TICKER_ITEM.findall(stripped)) >= 2 and not stripped.endswith(".")


def _is_address(stripped: str) -> bool:
    """A postal address line (a footer's), not a sentence that mentions a street."""
    return bool(_STREET.search(stripped) and _POSTCODE.search(stripped)
                and len(stripped.split()) <= 25 and not stripped.endswith("."))


def _is_furniture_line(line: str, stripped: str) -> bool:
    """A single furniture line: labels, prompts, counters, breadcrumbs, nav bars, teasers,
    ticker bars, postal addresses, newsletter taglines."""
    return bool(_FURNITURE_LINE.match(line) or _BREADCRUMB.match(line) or _is_nav(stripped)
                or _is_ticker_bar(stripped) or _is_address(stripped) or _TAGLINE.match(line)
                or _PROMPT.search(line) or _ENGAGEMENT.match(line)
                or _ENGAGEMENT_ICONS.match(line) or _SHARE_ROW.match(line)
                or _COUNTER.match(line) or _DATE_FIRST_ITEM.match(line)
                or (len(stripped.split()) <= 25 and not stripped.endswith(".")
                    and (_DATED_TEASER.search(stripped) or _RELATIVE_TIME.search(stripped)
                         or _COUNTER_TAIL.search(stripped))))


# A label over a block of teaser headlines inside the page ("ALSO READ", "MORE ON EVs"); the
# story may go on after the block, so the label does not end it.
_TEASER_LABEL = re.compile(r"^\s*(?:also read|read also|read more|more on\b.{0,30}|must read|"
                           r"continue reading|"
                           r"don'?t miss|see also|more stories|related (?:stories|articles|news)|"
                           r"rankings?|most popular|popular(?: now)?|trending(?: now)?|"
                           r"most (?:read|viewed|shared)|editor'?s picks|top stories)"
                           r"\s*(?:\([^)]{1,20}\))?\s*:?\s*$", re.IGNORECASE)
# A label that may stand over teaser links inside an article as well as at its end.
_INLINE_TEASER = re.compile(r"^\s*(?:related|related (?:coverage|content|links|topics)|"
                            r"latest (?:posts|stories|news)|recent posts|more news)\s*:?\s*$",
                            re.IGNORECASE)
# A thread post numbered by its author: "4/ Price cuts ...", "2/5 ...".
_THREAD_NUMBER = re.compile(r"^\s*\d{1,2}/(?:\d{1,2})?\s")


# A forum reply's quotation of an earlier post: "mike_in_york said:" over the quoted lines and
# the forum's "Click to expand..." (a news story's "Lei Jun said:" has no such end).
_QUOTED_POST = re.compile(r"^\s*@?[\w.’'-]+(?: [\w.’'-]+){0,2} (?:said|wrote):\s*$")
_EXPAND = re.compile(r"^\s*click to expand\.*\s*$", re.IGNORECASE)


def _quoted_post_end(text: str, lines: list[tuple[int, int]], i: int) -> int | None:
    """Index after the "Click to expand..." closing a quoted post within 8 lines, or None."""
    for j in range(i, min(i + 8, len(lines))):
        if _EXPAND.match(text[lines[j][0]:lines[j][1]]):
            return j + 1
    return None


def _teaser_block_end(text: str, lines: list[tuple[int, int]], i: int) -> int:
    """Index after the headline-like lines under a teaser label (up to a blank line), or i."""
    j = i
    while j < len(lines) and text[lines[j][0]:lines[j][1]].strip():
        item = text[lines[j][0]:lines[j][1]].strip()
        if len(item.split()) > 15 or item.endswith((".", "”", '"')):
            return j  # a story sentence: the block (if any) ended before it
        if _TAIL_START.match(item) or _is_comment_header(item):
            return j  # "Comments" under the teasers: the comment section, read as such
        j += 1
    return j


# "About XPENG", "Forward-Looking Statements", "Investor Contacts": the boilerplate sections
# that close a press release.
_ABOUT_ORG = re.compile(r"^\s*(?:About\s+(?:the\s+)?[A-Z][\w&.'’-]*"
                        r"(?:\s+[A-Z0-9][\w&.'’-]*){0,4}|"
                        r"(?i:forward[- ]looking statements?|safe harbou?r(?: statement)?|"
                        r"cautionary (?:note|statement)s?(?: regarding [\w -]+)?|"
                        r"(?:investor|media|press) (?:contacts?|relations|enquiries|inquiries)|"
                        r"non-gaap financial measures|notes? to editors))\s*:?\s*$")
# "POLL: Would you buy an EV in 2026?" and its answers with their shares of the vote.
_POLL_LABEL = re.compile(r"^\s*(?:(?:reader|quick|our|today'?s)\s+)?poll\b\s*:?", re.I)
_AD_LABEL = re.compile(r"^\s*[-—–*=\[(]*\s*(?:advertisement|sponsored(?: content)?|"
                       r"partner content|promoted|paid (?:post|content)|"
                       r"(?:story|article) continues (?:below|after)(?: (?:this |the )?"
                       r"advertisement)?)\s*:?\s*[-—–*=\])]*\s*$",
                       re.IGNORECASE)
# The offer in an ad: a promo code, a free period, terms apply.
_AD_CALL = re.compile(r"\b(?:with|use) (?:the )?(?:promo )?code\b|\bterms apply\b|"
                      r"\b(?:months?|weeks?|days?) free\b|\bfree trial\b|\b\d+% off\b", re.I)


def _is_ad_copy(line: str) -> bool:
    """The copy under an ad label: one short line that is not a full sentence of the story, or
    one that makes an offer (promo code, free months, terms apply)."""
    return (len(line.split()) <= 15 and not line.endswith((".", "”", '"'))) or \
        (len(line.split()) <= 40 and _AD_CALL.search(line) is not None)


def _is_signoff(line: str) -> bool:
    """An all-capitals sign-off such as a publication name ('TECH TIMES NEWS')."""
    s = line.strip()
    words = s.split()
    return (2 <= len(words) <= 6 and s.upper() == s and re.fullmatch(r"[A-Z0-9&' .-]+", s)
            is not None)


def _story_resumes(text: str, lines: list[tuple[int, int]], j: int) -> bool:
    """Whether the line at index j (a blank line skipped) is a paragraph of story prose."""
    while j < len(lines) and not text[lines[j][0]:lines[j][1]].strip():
        j += 1
    if j >= len(lines):
        return False
    line = text[lines[j][0]:lines[j][1]].strip()
    return _is_prose_line(line) and len(line.split()) > 15


def _is_prose_line(line: str) -> bool:
    """A paragraph of the story: a sentence's closing mark, too long for a label, or a full
    sentence followed by another cut off where the capture stopped."""
    s = _REF_MARKS.sub("", line.strip())  # "… a day.[7]": a reference mark after the stop
    return s.endswith((".", "!", "?", "”", '"', "’")) or len(s.split()) > 25 or \
        sentence_then_more(s)


def sentence_then_more(line: str) -> bool:
    """A full sentence and the start of another: a paragraph, even where the capture cut it
    off ("Dealers were divided. One in Nagoya said it had taken 40 inquiries in a we")."""
    return len(line.split()) > 15 and re.search(r"[a-z]{2}[.!?]\s+[A-Z]", line) is not None


# A letter's sign-off: the writer's name on one line and their title on the next.
_SIGNED_NAME = re.compile(r"^\s*[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+){1,2}\s*$")
_SIGNED_TITLE = re.compile(r"\b(?:Chief|Executive|Officer|President|Chair(?:man|woman|person)?|"
                           r"Director|CEO|CFO|Founder|Minister|Secretary|Managing)\b")


def _signature(text: str, doc: Document) -> tuple[int, int, str] | None:
    """(start, end, name) of the writer of a letter or op-ed signed at its end ('Kari
    Nordheim' over 'Chief Executive Officer'), who is the 'I' of its quotes."""
    lines = [(a, b) for a, b in _lines(text, doc.start, doc.end) if text[a:b].strip()][-6:]
    for (a, b), (c, d) in zip(lines, lines[1:]):
        name, title = text[a:b].strip(), text[c:d].strip()
        if _SIGNED_NAME.match(name) and _SIGNED_TITLE.search(title) and len(title.split()) <= 6 \
                and not _SIGNED_TITLE.search(name):
            start = a + text[a:b].index(name)
            return start, start + len(name), name
    return None


# The source and age of a listed headline, on the line under it: "Reuters · 2 hours ago".
_SOURCE_AGE = re.compile(r"^\s*[A-Z][\w .&'’-]{1,40}\s[·•|]\s"
                         r"(?:\d+\s?(?:min|mins|minutes?|h|hrs?|"
                         r"hours?|d|days?)\s+ago|yesterday|just now)\s*$", re.I)
# How long ago a post went up, alone on the line under its author: "3h · 🌏", "2 d", "Just now".
_POST_AGE = re.compile(r"^\s*(?:\d{1,2}\s?(?:s|m|mins?|h|hrs?|d|w|mo|y)|just now|yesterday)\s*"
                       r"(?:[·•]\s*(?:edited\s*[·•]\s*)?\S{0,3}\s*)?$", re.IGNORECASE)
def _post_age_line(text: str, lines: list[tuple[int, int]], i: int) -> int | None:
    """Index of a post's age line ("3h · 🌏", "3d • Edited • 🌐") among the next two non-empty
    lines from i, the first of them maybe a short bio ("Head of Fleet at Brightline"), or None."""
    ahead = [j for j in range(i, min(i + 6, len(lines))) if text[lines[j][0]:lines[j][1]].strip()]
    for k, j in enumerate(ahead[:2]):
        if _POST_AGE.match(text[lines[j][0]:lines[j][1]]) and (
                k == 0 or len(text[lines[ahead[0]][0]:lines[ahead[0]][1]].split()) <= 15):
            return j
    return None


# A network's marks after a poster's name: "Sarah Okafor • 2nd", "Li Wei · Following".
_CONNECTION = re.compile(r"\s*[·•]\s*(?:1st|2nd|3rd\+?|following|follow|author)\s*$", re.I)


def _segment_article(text: str, doc: Document, keep: list[tuple[int, int]]) -> bool:
    """Decide which lines of an article are story; record header metadata on `doc`.
    Returns whether the article ended in a furniture section (related posts, comments)."""
    lines = _lines(text, doc.start, doc.end)
    seen: list[str] = []
    header = True  # before the first story paragraph
    i = 0
    while i < len(lines):
        s, e = lines[i]
        line = text[s:e]
        stripped = line.strip()
        i += 1
        if not stripped:
            continue
        signed_off = _READER_SIGNOFF.match(line) if not header and doc.story and _is_prose_line(
            text[doc.story[-1][0]:doc.story[-1][1]]) else None
        if signed_off and signed_off["name"].split()[0] in _FIRST_NAMES:
            # "Margaret Owen, Shrewsbury" under a reader's letter: the writer of what is above
            at = s + signed_off.start("name")
            doc.hosts.append((at, at + len(signed_off["name"]), signed_off["name"]))
        present = _PRESENT.match(line)
        if present:  # "Present: Cllr Aisha Rahman (Leader), Cllr Mark Ellis": who attended
            for name in _TITLED_NAME.finditer(line, present.end()):
                doc.hosts.append((s + name.start("n"), s + name.end("n"), name["n"]))
        hosted = _HOSTED_BY.search(line) if not _is_prose_line(stripped) else None
        if hosted:  # a credit line, not "an event hosted by Chairman He" in the story
            for name in re.finditer(_NAME, hosted["names"]):
                person = re.sub(r"\s+(?:MP|MEP|MSP|MLA|MPP|AM|TD|KC|QC)$", "", name.group())
                if person.split()[0] in _ROLE_WORDS:
                    continue  # "…, Minister for the Future of Roads": the office, not a name
                at = s + hosted.start("names") + name.start()
                doc.hosts.append((at, at + len(person), person))  # "Asked by Sarah Lindley MP"
        if _POLL_LABEL.match(line):
            i = _teaser_block_end(text, lines, i)  # the poll's answers and vote count
            continue
        quoted_end = _quoted_post_end(text, lines, i) if _QUOTED_POST.match(line) else None
        if quoted_end is not None:
            i = quoted_end  # "mike_in_york said:" … "Click to expand...": said in that post
            continue
        if (_TEASER_LABEL.match(line) or _INLINE_TEASER.match(line)) and _story_resumes(
                text, lines, _teaser_block_end(text, lines, i)):
            i = _teaser_block_end(text, lines, i)  # "Related stories:" inside the article
            continue
        if header and _TEASER_LABEL.match(line) and _teaser_block_end(text, lines, i) > i:
            i = _teaser_block_end(text, lines, i)  # a "Popular" list above the headline
            continue
        if _TAIL_START.match(line) or _is_section_heading(line) or _is_comment_header(line) \
                or (_ABOUT_ORG.match(line) and not header):
            if not header and any(_is_prose_line(text[a:b]) for a, b in doc.story):
                return True
            continue  # a comment count or section label above the story is a header line
        if _TEASER_LABEL.match(line) and _teaser_block_end(text, lines, i) > i:
            i = _teaser_block_end(text, lines, i)
            continue
        if _AD_LABEL.match(line):
            # "SPONSORED" / "Advertisement": the label and the one short line it introduces
            nxt = next((j for j in range(i, len(lines))
                        if text[lines[j][0]:lines[j][1]].strip()), None)
            if nxt is not None and _is_ad_copy(text[lines[nxt][0]:lines[nxt][1]].strip()):
                i = nxt + 1
            continue
        nxt = next((text[a:b].strip() for a, b in lines[i:] if text[a:b].strip()), "")
        if not header and "|" in stripped and _table_row(nxt):
            keep.append((s, e))  # "Quarter | Deliveries | Vehicle margin" heads the rows below
            doc.story.append((s, e))
            continue
        if _SOURCE_AGE.match(nxt) and not _is_prose_line(stripped):
            continue  # "BYD overtakes Tesla …" over "Reuters · 2 hours ago": a listed headline
        age_at = _post_age_line(text, lines, i)
        poster = _CONNECTION.sub("", stripped)
        if header and doc.title is None and not doc.story and age_at is not None and \
                len(poster.split()) <= 6 and not stripped.endswith((".", ":", "?", "!")):
            # "Sunrise EV Centre" over "3h · 🌏" (maybe with a bio line between): a page's or
            # person's post, not an article
            doc.author, doc.source_type, header = poster, "social_post", False
            i = age_at + 1
            continue
        label = _BYLINE_LABEL.match(line)
        if label:
            name = label["name"].strip()
            if not name:  # name on the next non-empty line
                while i < len(lines) and not text[lines[i][0]:lines[i][1]].strip():
                    i += 1
                if i < len(lines):
                    name = text[lines[i][0]:lines[i][1]].strip()
                    i += 1
            doc.author = doc.author or name or None
            continue
        if header and _byline(line, doc):
            continue
        if header and doc.author is None and _HANDLE_HEADER.match(line) and "·" not in line:
            doc.author = re.sub(r"\s*@\w+.*$", "", stripped) or None  # "Evelyn Hart @EvHartTV"
            continue
        if _is_furniture_line(line, stripped):
            if header and doc.published_date is None:  # "Posted 7 Nov 2025 · 58 min listen"
                doc.published_date = next(
                    (d for d in map(parse_date, _NAV_SEP.split(stripped)) if d), None)
            continue
        date = parse_date(stripped)
        if date:
            if header and doc.published_date is None:
                doc.published_date = date
            continue
        rest = [text[a:b] for a, b in lines[i:] if text[a:b].strip()]
        if _is_signoff(line) and (not rest or _TAIL_START.match(rest[0])
                                  or _is_section_heading(rest[0])):
            doc.publisher = stripped
            continue
        key = _norm(stripped)
        if any(key == k or (len(key) > 20 and (k.endswith(key) or k.startswith(key)))
               for k in seen):
            continue  # a repeated headline
        glued = header and doc.title is None and any(
            len(text[a:b].strip()) > 20 and text[a:b].strip() != stripped
            and stripped.endswith(text[a:b].strip()) for a, b in lines[i:i + 6])
        if header and doc.title is None and not glued and any(
                _is_headline(nxt) and len(nxt.split()) >= 5 and _norm(nxt) != key
                and " ".join(_norm(nxt).split()[-5:]) in key
                and not key.startswith(" ".join(_norm(nxt).split()[:3]))
                for nxt in (text[a:b].strip() for a, b in lines[i:i + 3])):
            continue  # "Home  Podcasts  Ep. 148: Is the $35k EV here? | Site" over the headline
        if header and doc.title is None and (_is_headline(stripped) or glued):
            # Navigation glued to the front of the headline ("Home News <headline>") shows up
            # when the bare headline repeats on a following line.
            ts = s + (len(line) - len(line.lstrip()))
            te = e - (len(line) - len(line.rstrip()))
            for a, b in lines[i:i + 6]:
                bare = text[a:b].strip()
                if len(bare) > 20 and bare != stripped and stripped.endswith(bare):
                    ts = te - len(bare)
                    break
            doc.title = text[ts:te]
            doc.title_span = (ts, te)
            keep.append((ts, te))
            doc.story.append((ts, te))
            seen.append(_norm(doc.title))
            seen.append(key)
            continue
        # a standfirst between the headline and the byline: story, but the header goes on;
        # so does the tail of another page's sentence above this page's headline
        header = header and (doc.title is not None and _is_headline(stripped) and bool(rest) and (
            parse_date(rest[0].strip()) is not None
            or _byline(rest[0], Document(0, 0, doc.source_type))) or (
            doc.title is None and not doc.story and stripped[:1].islower()))
        seen.append(key)
        keep.append((s, e))
        doc.story.append((s, e))
    return False


def _post(text: str, lines: list[tuple[int, int]], first: int, last: int,
          keep: list[tuple[int, int]]) -> Document:
    """A social post made of lines[first..last]: an optional '@handle' header line, the body,
    maybe a closing t.co link; a reply (body starting with '@') is a comment, not story."""
    s, e = lines[first][0], lines[last][1]
    doc = Document(start=s, end=e, source_type="social_post")
    body = [(a, b) for a, b in lines[first:last + 1] if text[a:b].strip()]
    if body and _HANDLE_HEADER.match(text[body[0][0]:body[0][1]]):
        header = text[body[0][0]:body[0][1]].strip()
        doc.author = _NAV_SEP.split(header)[0].strip() or None
        body = body[1:]
    link = _POST_LINK.search(text, lines[last][0], lines[last][1])
    if link:
        doc.url = text[link.start():lines[last][1]].strip()
    body = [(a, link.start() if link and b == lines[last][1] else b) for a, b in body
            if not _ENGAGEMENT_ICONS.match(text[a:b]) and not _ENGAGEMENT.match(text[a:b])
            and not _is_nav(text[a:b].strip())  # "Discussion | ⬆ 412 | 87 comments | Share"
            and not _QUOTE_BLOCK.match(text[a:b])
            and not _PROMPT.search(text[a:b])]  # "Get my weekly notes, free: 9,000+ subscribers"
    if body and text[body[0][0]:body[0][1]].lstrip().startswith("@") or \
            re.match(r"replying to @", doc.author or "", re.I):
        body = []  # a reply to another account: reader reaction, not the story
    for a, b in body:
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            doc.story.append((a, b))
            keep.append((a, b))
    return doc


# A forum thread page: a subreddit line or "Posted by u/…" above the opening post.
_FORUM_PAGE = re.compile(r"(?m)^\s*(?:r/\w+\b|.{0,40}\bposted by u/\w+)", re.IGNORECASE)
_FORUM_REPLY = re.compile(r"(?:^|\s)u/\w+")
_COMMENT_SORT = re.compile(r"^\s*sort(?:ed)? by\b", re.IGNORECASE)
# A reply's quotation of the post it answers ("> so roughly 32% less", "Quote from X: …"):
# said before.
_QUOTE_BLOCK = re.compile(r"^\s*(?:>|&gt;|quote from\b|\S+ wrote:)", re.IGNORECASE)


def _drop_thread_replies(text: str, docs: list[Document], keep: list[tuple[int, int]]
                         ) -> list[tuple[int, int]]:
    """Posts by other accounts inside a numbered thread are replies (reader reaction): only the
    thread author's posts are story. Returns the kept spans without the replies'."""
    author = None
    dropped: set[tuple[int, int]] = set()
    for doc in docs:
        if doc.source_type != "social_post" or not doc.story:
            author = None if doc.source_type != "social_post" else author
            continue
        numbered = any(_THREAD_NUMBER.match(text[a:b]) for a, b in doc.story[:3])  # after a bio
        if numbered and doc.author:
            author = doc.author
        elif author and doc.author and doc.author != author:
            dropped.update(doc.story)
            doc.story = []
    return [k for k in keep if k not in dropped]


def _keep_author_replies(text: str, docs: list[Document], keep: list[tuple[int, int]]
                         ) -> list[tuple[int, int]]:
    """In the replies under a thread, the thread author's own reply goes on with the thread
    ('Mara Lindqvist @maralindqvist_ev · 2h' answering a reader): its lines are story."""
    handle = None
    for doc in docs:
        if doc.source_type == "social_post":
            found = re.search(r"@\w+", doc.author or "")
            handle = found.group() if found else handle
            continue
        if handle is None or not doc.story:
            continue
        lines = [ln for ln in _lines(text, doc.story[-1][1], doc.end)]
        i = 0
        while i < len(lines):
            a, b = lines[i]
            i += 1
            if not (_is_comment_header(text[a:b]) and re.search(rf"{handle}\b", text[a:b])):
                continue
            while i < len(lines) and text[lines[i][0]:lines[i][1]].strip() and \
                    not _is_comment_header(text[lines[i][0]:lines[i][1]]):
                doc.story.append(lines[i])
                keep.append(lines[i])
                i += 1
    return keep


def segment(text: str) -> Segmentation:
    """Documents of a seed file and the furniture mask of the whole text.

    A seed is read as a sequence of articles and social posts: a line ending in a t.co link
    is (or closes) a post; an '@handle' header line opens one that runs to the next blank line
    (unless it follows article prose and carries a relative time: then it heads a comment);
    a separator line ('— — —') ends an article. Runs of other lines are articles.
    """
    lines = _lines(text, 0, len(text))
    docs: list[Document] = []
    keep: list[tuple[int, int]] = []
    pending = 0  # first line of the article being collected
    # Once an article's furniture tail (related posts, reader comments) has begun, everything up
    # to the next separator is the same page's furniture: embedded posts, comment threads.
    in_tail = False

    def flush(upto: int) -> None:
        nonlocal in_tail
        chunk = [ln for ln in lines[pending:upto] if text[ln[0]:ln[1]].strip()]
        if not chunk or in_tail:
            return
        art = Document(start=chunk[0][0], end=chunk[-1][1], source_type="news_article")
        in_tail = _segment_article(text, art, keep)
        signed = _signature(text, art)
        if signed is not None:  # the signer is named on the page and may be the 'I' of a quote
            art.hosts.append(signed)
            art.author = art.author or signed[2]
        if art.story or art.title:
            docs.append(art)

    # On a forum thread page the replies are the discussion the page is about: each reply
    # ("▲ 188 ▼ u/fjord_volt · 3d") is a post whose text is story, not a reader comment.
    # A comment-sort control ("Sort by: Best") marks the replies below it as a comment section.
    forum = _FORUM_PAGE.search(text) is not None
    sort_at = next((a for a, b in lines if _COMMENT_SORT.match(text[a:b])), len(text))
    i = 0
    while i < len(lines):
        s, e = lines[i]
        line = text[s:e]
        comment = _is_comment_header(line) and not _OPENING_POST.search(line) and any(
            text[a:b].rstrip().endswith((".", "!", "?", "”", '"')) for a, b in lines[pending:i]
        ) and not (forum and s < sort_at and _FORUM_REPLY.search(line))
        prev_line = next((text[a:b] for a, b in reversed(lines[pending:i]) if text[a:b].strip()),
                         "")
        # "Published … 8:47 AM EST" over "Name @handle"
        byline = _HANDLE_HEADER.match(line) is not None and "·" not in line and \
            parse_date(prev_line.strip()) is not None
        if (_HANDLE_HEADER.match(line) and not comment and not byline) or _POST_LINK.search(line):
            last = i
            while not _POST_LINK.search(text[lines[last][0]:lines[last][1]]) and \
                    last + 1 < len(lines) and text[lines[last + 1][0]:lines[last + 1][1]].strip() \
                    and not _HANDLE_HEADER.match(text[lines[last + 1][0]:lines[last + 1][1]]):
                last += 1
            flush(i)
            if not in_tail:
                docs.append(_post(text, lines, i, last, keep))
            i = pending = last + 1
            continue
        if _SEPARATOR.match(line):
            flush(i)
            pending = i + 1
            in_tail = False
        i += 1
    flush(len(lines))
    keep = _keep_author_replies(text, docs, _drop_thread_replies(text, docs, keep))
    # Build the mask: story kept, everything else blanked, newlines preserved.
    chars = list(_NOT_NEWLINE.sub(" ", text))  # in C, not a per-character Python loop
    for s, e in keep:
        chars[s:e] = text[s:e]
    # Inline furniture inside story lines: glossary tooltips and bare URLs.
    for s, e in keep:
        for m in _TOOLTIP.finditer(text, s, e):
            a, b = m.span("tip")
            chars[a:b] = " " * (b - a)
        dl = _DATELINE.match(text, s, e)
        if dl:
            chars[s:dl.end()] = " " * (dl.end() - s)
        for m in _URL.finditer(text, s, e):
            a, b = m.span()
            chars[a:b] = " " * (b - a)
    mask = "".join(chars)
    for doc in docs:
        doc.story = [(s, e) for s, e in doc.story]
    if not docs and text.strip():  # a page of furniture only (a list of headlines) is still a
        docs.append(Document(start=0, end=len(text), source_type="news_article"))  # source read
    return Segmentation(docs, mask)

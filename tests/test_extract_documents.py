"""Documents: headers, bylines, dates, social posts and threads, and the page furniture around a
story, from which no row may come. Every page is written for these tests."""

from __future__ import annotations

import pytest

from evclaims.extract.currency import document_dollar
from evclaims.extract.documents import parse_date, segment
from evclaims.extract.pipeline import _restated, extract_seed
from evclaims.extract.sentences import split_line

from probes import entity_types, metric_rows, story


FURNITURE = """Solar bus maker expands in Chile
Home | Buses | Trucks | Charging
By Carla Mendes | 2 February 2025

The company sold 1,500 buses last year.

Read Next: Rival unveils 900 km truck · 3 min read
Tel. +56 2 2345 6789 · Page 1 of 3
ISSN 1234-5678
We use cookies to improve your experience. Accept all cookies
(Reporting by Carla Mendes; Editing by Tom Bell)
Share this story: Facebook | X | Email
Related:
- Truck maker sells 4,000 units in March (1 April 2025)
More from Buses
City orders 300 e-buses – 1 March 2025
Comments (4)
busfan: my 12 year old diesel bus did 500,000 km
"""


PAGE = """Categories: Business

Carmaker opens its first overseas plant

Published by
Jane Roe

Acme Motors said it will build 50,000 cars a year at its new plant in Hungary.

Also Read: Rival unveils 900 km sedan priced at $80,000

The plant employs 1,200 workers.

Scroll to Top
Recent Posts

Rival cuts prices by 15%, now from $171,000

11 September 2025
"""


POSTS = """Acme Motors sold 20,000 cars in May, a record for the firm.
Acme just sold 200k cars in 3 minutes, wow https://t.co/abc123XYZ
Acme eyes overseas sales from 2027 https://t.co/def456UVW
"""


STANDFIRST_PAGE = """Kei cars get a Chinese rival
Shenzhen brand to sell its minicar from ¥2.4 million, targets 90 dealers by 2027
By Aiko Tanaka, Staff Writer | 2025/08/14 7:00 | Updated 2025/08/14 12:10
The brand runs 48 showrooms today and aims for 90 by the end of 2027, its Japan head said.
Related Articles
Honda N-Box keeps top spot for 5th straight year
Share: Facebook | X | LINE | Print
Dealers contacted by Kanto Motor Weekly were divided. One in Sendai said it had taken 35 inqu"""


STORY = "Battery maker opens line in Ohio\n\nThe Ohio line will build 9,000 packs a year.\n"


THREAD = """r/electricvehicles · 1.2m members
Posted by u/glen_driver · 3d
Winter range – real numbers from the Highlands
412 points · 97 comments

In summer I got 250 miles from a full charge. This week I averaged 175 miles.

▲ 188 ▼ u/fjord_volt · 3d
> I averaged 175 miles
At -15°C my Dolphin uses 21.5 kWh/100km and home charging costs around €2.40 per 100 km.
"""


X_THREAD = """Thread
Lena Holm @lenaholm_ev
1/ Thread on cell prices, because October was wild 🧵
8:14 AM · Nov 3, 2025 · 12K Views

2/ LFP cells fell to about $51/kWh in October.

3/ NMC cells sit near $76/kWh. /end

Replies
Tom Reyes @tomreyes_bat · 2h
Where is the $51 from? My survey had LFP at $58.
Lena Holm @lenaholm_ev · 2h
Spot quotes from cell makers. As a buyer told me, "the survey lags spot by six months."
"""


def test_article_header_and_furniture():
    seg = segment(PAGE)
    [doc] = seg.documents
    assert doc.title == "Carmaker opens its first overseas plant"
    assert doc.author == "Jane Roe"
    assert doc.published_date is None  # the only date belongs to a Recent Posts item
    for gone in ("Categories", "Also Read", "900 km", "Scroll to Top", "$171,000", "Jane Roe"):
        i = PAGE.index(gone)
        assert seg.mask[i:i + len(gone)].strip() == "", gone


def test_no_rows_from_furniture():
    ext = extract_seed("page.txt", PAGE)
    texts = [m["text"] for m in ext.metrics]
    assert texts == ["50,000 cars a year", "1,200 workers"]
    furniture_start = PAGE.index("Also Read")
    for table in (ext.claims, ext.metrics, ext.quotes, ext.mentions):
        for row in table:
            assert not (furniture_start <= row["char_start"] < PAGE.index("The plant employs"))
            assert row["char_start"] < PAGE.index("Scroll to Top")


def test_social_posts_are_separate_sources_with_their_link():
    ext = extract_seed("posts.txt", POSTS)
    kinds = [(s["source_type"], s["url"]) for s in ext.sources]
    assert kinds == [("news_article", None), ("social_post", "https://t.co/abc123XYZ"),
                     ("social_post", "https://t.co/def456UVW")]
    post = ext.sources[1]["source_id"]
    assert [(m["value"], m["unit"]) for m in ext.metrics if m["source_id"] == post] == [
        (200000.0, "vehicle"), (3.0, "min")]
    assert not any("t.co" in r["text"] for r in ext.claims + ext.metrics)


def test_reader_comments_and_signoff():
    text = ("Acme sold 5,000 cars in Europe last month.\nACME DAILY NEWS\nReader comments\n"
            "- Anonymous\nMy car does 15000feet and 2$ per litre.\n- 14 Dec 2024\n")
    ext = extract_seed("c.txt", text)
    assert [m["text"] for m in ext.metrics] == ["5,000 cars"]
    assert ext.sources[0]["publisher"] == "ACME DAILY NEWS"
    assert ext.sources[0]["story_chars"] == len("Acme sold 5,000 cars in Europe last month.")


def test_glossary_tooltip_and_repeated_headline():
    text = ("Site BYD ships cars to Brazil ahead of tariff\n\nBYD ships cars to Brazil ahead of "
            "tariff\n\nIn May, BYDiBYDBYD Auto is a carmaker founded in 2003 with 900 staff."
            "READ MORE’s ship landed 5,000 vehicles.\n")
    seg = segment(text)
    assert seg.documents[0].title == "BYD ships cars to Brazil ahead of tariff"
    ext = extract_seed("t.txt", text)
    assert [m["text"] for m in ext.metrics] == ["5,000 vehicles"]


def test_sentences_survive_abbreviations_and_keep_offsets():
    line = "Xiaomi Corp. will sell cars in the U.S. market. Sales start in 2027! Really?"
    spans = split_line(line, 10)
    assert [line[s - 10:e - 10] for s, e in spans] == [
        "Xiaomi Corp. will sell cars in the U.S. market.", "Sales start in 2027!", "Really?"]


@pytest.mark.parametrize("line, author, date", [
    ("By Jane Smith | June 1, 2025", "Jane Smith", "2025-06-01"),
    ("By Jane Smith | June 1, 2025, 6:42 PM", "Jane Smith", "2025-06-01"),
    ("By Jane Doe, Reuters", "Jane Doe", None),
    ("By Ana Ruiz and Tom Bell", "Ana Ruiz and Tom Bell", None),
])
def test_byline_formats_give_author_and_date_and_are_furniture(line, author, date):
    text = f"Battery maker opens a new line\n{line}\n\nThe plant will build 5,000 packs a year.\n"
    seg = segment(text)
    doc = seg.documents[0]
    assert doc.author == author
    assert doc.published_date == date
    assert line not in seg.mask


@pytest.mark.parametrize("line, iso", [
    ("June 1, 2025", "2025-06-01"), ("1 June 2025", "2025-06-01"), ("2025-06-01", "2025-06-01"),
    ("Updated: 1 June 2025", "2025-06-01"), ("Published 4 May 2024, 09:15 CET", "2024-05-04"),
    ("March 9, 2024 10:05 AM GMT+1 · Updated 3 hours ago", "2024-03-09"),
])
def test_date_lines(line, iso):
    assert parse_date(line) == iso


def test_a_date_inside_prose_is_not_a_date_line():
    assert parse_date("June 1, 2025 was the day the company opened its plant.") is None


def test_published_date_only_from_the_header():
    text = ("Carmaker cuts prices\n\nThe carmaker cut prices by 4% across Europe.\n\n"
            "Recent Posts\nOther story\n12 May 2023\n")
    assert segment(text).documents[0].published_date is None


def test_furniture_yields_no_metrics():
    got = metric_rows(FURNITURE)
    assert [m[0] for m in got] == ["1,500 buses"]


def test_wire_dateline_is_not_story_text():
    text = ("Automaker recalls cars\n\nLISBON, May 3 (Example Wire) - Porto Motors recalled "
            "2,000 cars on Friday.\n")
    seg = segment(text)
    assert "LISBON" not in seg.mask and "recalled" in seg.mask


@pytest.mark.parametrize("heading", [
    "Reader comments (12)", "Comments [3]", "MORE ON BATTERIES", "Most popular",
    "Recommended for you", "TRENDING NOW", "Sponsored stories", "What readers say (8)",
])
def test_section_headings_end_the_story(heading):
    text = STORY + f"\n{heading}\n\nA teaser says Acme sold 40,000 vans.\n"
    seg = segment(text)
    assert "40,000" not in seg.mask and "9,000" in seg.mask


def test_a_story_subheading_with_a_section_word_in_the_middle_does_not_end_the_story():
    text = STORY + "\nPopular demand for vans\n\nAcme sold 40,000 vans in May.\n"
    assert "40,000" in segment(text).mask


def test_comment_headers_and_counters_are_furniture():
    text = STORY + "\nvoltfan_21 · 5 hours ago\nMine cost $41,000 last spring.\n87 likes\n"
    mask = segment(text).mask
    assert "41,000" not in mask and "87 likes" not in mask
    text = STORY + "\n@voltfan · 2h\nMine cost $41,000 last spring.\n"
    assert "41,000" not in segment(text).mask


@pytest.mark.parametrize("line", [
    "Newsletter: Get the Monday battery digest. 2 issues free, then $5 a month.",
    "Cookie preferences: we store data to improve the site. Accept | Reject",
    "Thursday, 4 June 2026 · 7 min read",
    "1. Acme to shed 1,200 jobs in Leipzig – 2 Jun 2026",
    "Solid-state startup raises $80m (29 May 2026)",
])
def test_prompts_read_times_and_dated_teasers_are_furniture(line):
    text = STORY.replace("\n\nThe", f"\n{line}\n\nThe")
    mask = segment(text).mask
    assert line not in mask and "9,000" in mask


def test_a_comment_count_in_the_page_header_does_not_end_the_story():
    text = ("Acme recalls 3,000 vans\n\nBy Ann Lee | 5 min read | Comments (2,041)\n\n"
            "Acme will recall 3,000 vans built in 2024, the company said.\n")
    assert "recall 3,000 vans built" in segment(text).mask


def test_an_ad_label_hides_its_copy_but_not_the_story_after_it():
    text = (STORY + "\nSPONSORED\nLease a home charger from €29 a month\n\n"
            "The plant will also build 2,000 modules a year.\n")
    mask = segment(text).mask
    assert "€29" not in mask and "2,000 modules" in mask


def test_a_word_starting_with_ad_is_not_an_ad_label():
    text = STORY + "\nAd-hoc charging will cost €0.59 per kWh from June.\n"
    assert "€0.59" in segment(text).mask


def test_a_thread_of_posts_with_handle_headers_and_a_press_release_after_a_separator():
    text = ("Zephyr sales thread\n\n"
            "Kim Ortiz @kimo_ev · Mar 3\n1/ Zephyr delivered 9,100 cars in February.\n\n"
            "Kim Ortiz @kimo_ev · Mar 3\n2/ That is up 14% on January. https://t.co/AbC123\n\n"
            "Lou P @loup · Mar 3\n@kimo_ev 3k of those went to fleets\n♥ 12 ↻ 3\n\n"
            "— — —\n\nZephyr reports February deliveries\n\n"
            "Zephyr Motors said it delivered 9,100 vehicles in February.\n")
    seg = segment(text)
    kinds = [(d.source_type, d.author, d.url) for d in seg.documents]
    assert kinds == [
        ("news_article", None, None),
        ("social_post", "Kim Ortiz @kimo_ev", None),
        ("social_post", "Kim Ortiz @kimo_ev", "https://t.co/AbC123"),
        ("social_post", "Lou P @loup", None),
        ("news_article", None, None),
    ]
    assert "9,100 cars" in seg.mask and "up 14%" in seg.mask
    assert "3k of those" not in seg.mask  # a reply is a reader reaction
    assert seg.documents[-1].title == "Zephyr reports February deliveries"
    assert "delivered 9,100 vehicles" in seg.mask


def test_a_blog_dateline_with_author_and_comment_count_is_a_byline():
    text = ("Volt Harbour raises prices\n\nPosted on 3 March 2026 by Ines Varga · 12 comments\n\n"
            "Volt Harbour raised prices by 4% on Monday.\n")
    seg = segment(text)
    doc = seg.documents[0]
    assert (doc.author, doc.published_date) == ("Ines Varga", "2026-03-03")
    assert "12 comments" not in seg.mask and "by 4%" in seg.mask


def test_teaser_block_under_a_label_is_furniture_and_the_story_goes_on():
    text = ("Quartz cuts prices\n\nQuartz Motors cut the price of its van by 5%.\n\n"
            "ALSO READ\nTop 5 vans under $30,000 in 2025\nWhy 900V matters: 10 facts\n\n"
            "The company also raised output to 4,000 vans a month.\n")
    ext = extract_seed("probe.txt", text)
    assert sorted(abs(m["value"]) for m in ext.metrics) == [5.0, 4000.0]


def test_replies_inside_a_numbered_thread_are_not_story():
    text = ("Lena Holt @lenaholt · May 3\n1/ Quartz shipped 12.5k vans in Q1, a record.\n\n"
            "Lena Holt @lenaholt · May 3\n2/ Guidance is 50k-55k for the year.\n\n"
            "Van Fan @vanfan99 · May 3\n$QRTZ to $80 by summer 🚀 https://t.co/AbCdEf\n")
    seg = segment(text)
    story = " ".join(seg.mask[a:b] for d in seg.documents for a, b in d.story)
    assert "$80" not in story and "12.5k" in story


def test_ticker_bar_is_furniture():
    text = ("MARKETS | ORBX 41.20 ▲2.4% | 7711.T 905 ▼1.3% | VLTH 3.08 +0.7%\n\nOrbex rises\n\n"
            "Orbex Motors sold 12,400 cars in May.\n")
    mask = story(text)
    assert "2.4%" not in mask and "1.3%" not in mask and "12,400" in mask


def test_footer_postal_address_is_furniture():
    text = ("Orbex rises\n\nOrbex Motors sold 12,400 cars in May.\n\n"
            "Volt Weekly, 77 Harbour Road, Suite 12, Portland, OR 97201\n")
    mask = story(text)
    assert "77 Harbour" not in mask and "12,400" in mask


def test_decorated_sponsor_label_and_its_offer_are_furniture():
    text = ("Orbex rises\n\nOrbex Motors sold 12,400 cars in May.\n\n== SPONSORED ==\n"
            "Home charging sorted. Get 2 months free on PlugPal Plus with code VOLT2. "
            "Terms apply.\n\nThat is all for today.\n")
    mask = story(text)
    assert "2 months" not in mask and "12,400" in mask


def test_newsletter_tagline_is_furniture():
    text = ("THE VOLT LETTER\nYour daily ten-minute briefing on batteries\n\n"
            "Orbex Motors sold 12,400 cars in May.\n")
    assert "ten-minute" not in story(text)


def test_about_org_boilerplate_ends_a_press_release():
    text = ("Orbex Launches New Van\n\nOrbex Motors today launched the V9 van, priced from "
            "€39,900.\n\nAbout Orbex\nFounded in 2015, Orbex runs 1,400 charging stations "
            "in 30 cities.\n")
    mask = story(text)
    assert "39,900" in mask and "1,400" not in mask


def test_a_story_cut_off_mid_sentence_is_still_prose():
    text = ("Orbex Motors opens a plant in Porto\n\nOrbex Motors opened its plant in Porto on "
            "Monday.\n\nA second plant, in Spain's Albacete province, is scheduled to start "
            "production in\n")
    assert entity_types(text).get("Albacete") == "PLACE"


def test_posts_and_comments_after_the_related_list_are_furniture():
    text = ("Pellon Cars sold 2,100 vans in May.\n\nRelated\nPellon opens a depot – 2 May 2025\n\n"
            "Got my Pellon van after 9 weeks, love it https://t.co/Ab12Cd34\n\n"
            "Reader comments\n- Sam P\nI paid $41k for mine last year.\n- 3 Jun 2025\n")
    ext = extract_seed("r.txt", text)
    assert [m["text"] for m in ext.metrics] == ["2,100 vans"]
    assert [s["source_type"] for s in ext.sources] == ["news_article"]


def test_posts_after_a_separator_are_a_new_source_again():
    text = ("Pellon Cars sold 2,100 vans in May.\n\nRelated\nPellon opens a depot – 2 May 2025\n"
            "— — —\nPellon shipped 800 vans to Chile https://t.co/Ef56Gh78\n")
    ext = extract_seed("s.txt", text)
    assert [s["source_type"] for s in ext.sources] == ["news_article", "social_post"]


def test_share_rows_are_furniture():
    text = ("Pellon cuts van prices\n\nBy Lena Ortiz | 4 April 2025 | Share: Facebook X "
            "WhatsApp Email\n\nPellon Cars cut the price of its van by 5%.\n\nShare this:\n"
            "Facebook X LinkedIn\n")
    ext = extract_seed("f.txt", text)
    assert ext.sources[0]["author"] == "Lena Ortiz"
    assert ext.sources[0]["published_date"] == "2025-04-04"
    names = {e.name for e in ext.entities}
    assert not names & {"Facebook", "LinkedIn", "WhatsApp"}


@pytest.mark.parametrize("title_places, dollar", [
    (["Singapore"], "SGD"), (["Ottawa"], "CAD"), (["Hong Kong"], "HKD"),
    (["Canada", "Turkey"], "USD"),  # a headline about several countries settles nothing
    (["Spain"], "USD"),
])
def test_a_headline_naming_one_dollar_country_settles_the_dollar(title_places, dollar):
    text = "BYD cut the Atto 3 by S$15,000 to $162,888."
    assert document_dollar(text, title_places) == dollar


def test_a_headline_figure_the_story_repeats_is_one_row():
    text = ("Voltra sells 12,000 cars in May, up 8%\n\n"
            "Voltra sold 12,000 cars in May, the company said on Monday, up 8% from April.\n\n"
            "It also opened 40 stores.\n")
    rows = extract_seed("t.txt", text).metrics
    values = sorted(m["value"] for m in rows)
    assert values == [8.0, 40.0, 12000.0]
    body = text.index("Voltra sold")
    assert all(m["char_start"] > body for m in rows)


def test_a_headline_figure_the_story_does_not_repeat_is_kept():
    text = ("Voltra targets 50,000 cars next year\n\n"
            "Voltra said on Monday that demand in Europe was strong.\n")
    assert [m["value"] for m in extract_seed("t.txt", text).metrics] == [50000.0]


def test_a_story_is_not_ended_by_a_comment_prompt_above_it():
    text = ("Ottawa eases EV surtax\nAuthor of the article: Dana Whitcombe\n"
            "Join the conversation\nThe federal government will let 38,000 cars in a year.\n")
    doc = segment(text).documents[0]
    assert doc.author == "Dana Whitcombe"
    assert any("38,000" in text[s:e] for s, e in doc.story)


def test_a_forum_post_header_opens_a_post():
    text = ("r/ChinaEVs · Posted by u/voltkaiju · 6h\n"
            "The Mona M03 hit 12,500 deliveries last month.\n⬆ 2.4k  💬 318  ↗ Share\n")
    seg = segment(text)
    assert [d.source_type for d in seg.documents] == ["social_post"]
    assert "12,500" in seg.mask and "2.4k" not in seg.mask


def test_a_ranking_widget_above_the_story_is_furniture():
    text = ("Kei car priced below 2.6 million yen\nRANKING (weekly)\n1. New RAV4 priced from "
            "4.5 million yen\nBYD Auto Japan will price its first kei car from just under 2.6 "
            "million yen when it goes on sale next summer, the company said on Tuesday.\n")
    assert "RAV4" not in segment(text).mask


@pytest.mark.parametrize("line", [
    "Published 14.03.2025, 06:58 CET | Reading time: 5 min",
    "Morning Briefing – the 7 stories you need before 8am. Sign up free",
    "Trending: 1. Fall color peak map · 2. Lions 3-1 · 3. 5 apple orchards to visit",
    "This site stores cookies for up to 13 months. Accept",
    "Latest  Perodua EV prototype spotted in Rawang · 2 hours ago",
])
def test_more_furniture_lines(line):
    text = ("Gotion plant approved\n\nThe council approved the 270-acre battery plant on "
            "Tuesday, and the company said it would employ 2,100 people.\n" + line + "\n"
            "Construction starts in spring, the company said in a statement on Tuesday.\n")
    mask = segment(text).mask
    assert line.split()[-1] not in mask.split("2,100 people.")[1]
    assert "Construction starts" in mask


@pytest.mark.parametrize("comment", [
    "Ahmed R. · 2h ago: Paid 200k for my Seal, best decision.",
    "jhk_88 : Bought an Atto 3 in May, 4,000 km so far and no issues.",
])
def test_a_comment_with_its_header_inline_ends_the_story(comment):
    text = ("BYD grows in the Gulf\n\nBYD opened its 14th showroom in Riyadh on Monday, the "
            "company said in a statement.\n" + comment + "\n")
    assert "Paid" not in segment(text).mask and "Bought" not in segment(text).mask


def test_a_most_viewed_list_named_for_its_section_ends_the_story():
    text = ("Nissan backs Sunderland\n\nThe plant employs about 6,000 people, the company "
            "said on Monday.\nMost viewed in Business\nRoyal Mail owner posts £9m loss\n")
    assert "£9m" not in segment(text).mask


def test_a_signup_line_with_a_subscriber_count_is_furniture():
    text = ("Swap stations\n\nNIO operates 3,300 swap stations, the company said on Friday.\n"
            "Sign up to our daily remarketing bulletin – join 12,000 industry professionals\n")
    assert "12,000" not in segment(text).mask


@pytest.mark.parametrize("line", ["Try 4 weeks for €1",
                                  "Forward this email — 3,200 readers joined in October."])
def test_subscription_offers_and_forwarding_prompts_are_furniture(line):
    text = ("Price war\n\nBYD cut prices by 8% on Monday, the company said in a statement.\n"
            + line + "\nDealers expect more cuts this year, analysts at the bank said.\n")
    assert line[-8:] not in segment(text).mask


@pytest.mark.parametrize("line, gone", [("Related coverage", "450 jobs"),
                                        ("👍 31 likes · Reply", "31 likes")])
def test_related_coverage_and_like_rows_are_furniture(line, gone):
    text = ("Recall\n\nMG recalled 12,000 cars in Europe, the company said on Monday.\n" + line +
            "\nPolestar cuts 450 jobs as sales fall 22%\n")
    assert gone not in segment(text).mask


@pytest.mark.parametrize("line", [
    "312 shares  Facebook  X  WhatsApp",
    "Sponsored · Sell your EV in 24 hours. Get an instant offer →",
    "Reminder: no dealer ads or referral codes. Thread pinned for 7 days.",
    "Only $1 for 4 weeks, then $75 a month. Subscribe",
    "Enjoyed this? Get new posts by email and join 4,800 other readers. Subscribe",
    "Try 4 weeks for €1",
    "To keep reading, subscribe for $1 a week for 52 weeks. Already a subscriber? Sign In",
    "Cut depot charging costs by up to 40% with GridDepot smart chargers. Book a demo »",
    "Unsubscribe · Manage preferences · © 2025 The Circuit, 88 Market Street, Singapore",
    "Share  Facebook  X  LinkedIn  |  23 comments",
    "MOST READ  NEVI round three: $380M for 11 states (Feb 27)",
    "Recent posts: Home charger installed for £799 (14 Apr) · Heat pumps (2 Mar)",
    "Mais lidas\n1. Salvador metro extension gets R$900 mi – 12/03",
    "Like · Comment · Repost · Send\nSian Roberts • Fleet Consultant\nWe saw 58% savings.",
    "Posted 7 Nov 2025 · 58 min listen · Hosted by Dave Kowalski",
    "This episode is brought to you by VoltBox. Get 15% off installation with code WATTS15.",
    "Subscribe on Spotify or YouTube and join 42,000 listeners. Rate us 5 stars!",
    "Was this guide helpful? 4.6 out of 5 (1,208 ratings)",
    "Premium members only: 3 free articles left this month",
    "Continue reading: Nio raises $1bn in 3 days",
    "Promoted stories\nThis $29 gadget cuts your power bill by 40%",
    "Around the web\nOne trick to cut 10kg",
    "From our partners\nGet 3 months of EV insurance for $1",
    "Disclosure: the author owns 200 shares of Tesla.",
    "People also read\nTesla's Q3: 497,000 deliveries",
    "Up next\nHow we test range: 3 laps of 100 km",
    "Rate this article: ★★★★☆ (4.2/5 from 311 votes)",
    "What do you think? Let us know in the comments below.\nPeter: 500 km easily.",
    "Reader reactions\n\"I paid 20% less\" – Tom, Bristol",
    "Similar threads: Tesla Model 3 price in Israel (47 replies)",
    "À lire aussi : Tesla's French sales fall 40 % in October",
    "Readers also read:\n– Tesla cuts Model Y price by CHF 3'000\n– Why e-bike sales fell 12%",
])
def test_furniture_lines_give_no_metrics(line):
    """Share rows, ads, paywall offers, widgets, moderation and podcast lines (one per case)."""
    text = f"Tesla sold 1,200 cars in Oslo in May, the importer said.\n{line}\n"
    assert [m["text"] for m in extract_seed("t.txt", text).metrics] == ["1,200 cars"]


def test_an_ad_label_inside_the_story_does_not_end_it():
    text = ("BYD sold 300,000 cars in May.\nStory continues below advertisement\n"
            "It also sold 20,000 vans in June, the company said.\n")
    assert [m["text"] for m in extract_seed("t.txt", text).metrics] == [
        "300,000 cars", "20,000 vans"]


@pytest.mark.parametrize("headline, story, restated", [
    (1.9e6, 1.87e6, True),    # "$1.9m" in the headline, "$1.87 million" in the story
    (200000.0, 203500.0, True),
    (1.5, 1.46, True),
    (20000.0, 24000.0, False),  # rounds to it at one digit, but 20% away: another figure
    (1.9e6, 1.84e6, False),     # rounds to 1.8m
])
def test_a_headline_figure_the_story_states_more_precisely_is_the_same(headline, story,
                                                                       restated):
    assert _restated(headline, "USD", {(story, "USD")}) is restated
    assert _restated(headline, "USD", {(story, "EUR")}) is False


def test_a_story_line_glued_to_a_subscribe_link_keeps_its_figures():
    text = ("Lithium rose 4% on Monday, extending gains from last week's rally. Sign In | "
            "Subscribe\nCobalt fell 2% on the week.\n")
    assert "4%" in [m["text"] for m in extract_seed("t.txt", text).metrics]


def test_replies_below_a_comment_sort_control_are_comments():
    text = THREAD.replace("▲ 188 ▼", "Sort by: Best\n\n▲ 188 ▼")
    assert "-15°C" not in [m["text"] for m in extract_seed("t.txt", text).metrics]


def test_a_weather_widget_is_furniture():
    text = "Santiago 14°C | USD/CLP 947.20\nBYD will supply 214 buses to Santiago.\n"
    assert [m["text"] for m in extract_seed("t.txt", text).metrics] == ["214 buses"]


def test_a_widget_list_inside_a_story_does_not_end_it():
    text = ("Lithium fell 2% on the week, traders said.\n\nLatest posts\n"
            "• Ganfeng H1 profit slumps 38% — 18 Nov\n"
            "Get the Friday Price Wrap free: join 12,000 industry readers\n\n"
            "Traders said a rebound would depend on whether regulators curb output at "
            "lepidolite mines in Jiangxi, which supply about 12% of global lithium supply.\n")
    got = [m["text"] for m in extract_seed("t.txt", text).metrics]
    assert "about 12%" in got and "38%" not in got


def test_a_trending_list_glued_to_the_navigation_is_furniture():
    text = ("HomeBusinessTrending: 1. Gold price today: SR412 a gram 2. Ceer plant opensCeer "
            "opens EV plant\nCeer opens EV plant\nCeer will build 30,000 vehicles a year.\n")
    got = [m["text"] for m in extract_seed("t.txt", text).metrics]
    assert got == ["30,000 vehicles a year"]


def test_a_headline_figure_the_story_counts_in_other_words_is_one_row():
    text = ("Argentina sets tariff as duty-free quota runs out\n"
            "The zero-duty quota of 50,000 cars is almost gone\n"
            "Some 46,800 of the 50,000 duty-free slots had been taken by May, the ministry said.\n")
    got = [m["text"] for m in extract_seed("t.txt", text).metrics]
    assert "50,000 cars" not in got and len([g for g in got if "50,000" in g]) == 1


@pytest.mark.parametrize("line, iso", [
    ("Monday, November 3, 2025", "2025-11-03"),
    ("Published: Monday 3 November 2025 08:00 GMT", "2025-11-03"),
    ("3rd November 2025", "2025-11-03"),
    ("November 3rd, 2025", "2025-11-03"),
    ("2025-11-03T08:00:00Z", "2025-11-03"),
    ("Mon 3 Nov 2025 08.00 GMT", "2025-11-03"),
    ("May 2025", None),  # a month is no publication date
])
def test_date_lines_with_weekdays_ordinals_and_iso_times(line, iso):
    assert parse_date(line) == iso


def test_an_author_named_with_a_handle_under_the_date_is_a_byline_not_a_post():
    text = ("Tesla's China sales slide\nPublished Wed, Dec 4 2024 8:47 AM EST\n"
            "Evelyn Hart @EvHartTV\nShare Share Article via Facebook Share Article via X\n"
            "Tesla sold 61,240 China-made cars in November, the association said.\n")
    ext = extract_seed("t.txt", text)
    assert [(s["source_type"], s["author"], s["published_date"]) for s in ext.sources] == [
        ("news_article", "Evelyn Hart", "2024-12-04")]
    assert [m["text"] for m in ext.metrics] == ["61,240 China-made cars"]


def test_navigation_glued_to_a_repeated_headline_is_not_story():
    text = ("☰ New Cars  News  Sign In | Register  Home › News MG Windsor EV crosses 40,000 "
            "sales\nMG Windsor EV crosses 40,000 sales\nBy Rohan K | Updated: Nov 04, 2025\n\n"
            "JSW MG Motor India sold 6,215 electric vehicles in October, its best month yet.\n")
    ext = extract_seed("t.txt", text)
    assert ext.sources[0]["title"] == "MG Windsor EV crosses 40,000 sales"
    assert "6,215 electric vehicles" in [m["text"] for m in ext.metrics]
    assert all(m["char_start"] >= text.index("MG Windsor") for m in ext.metrics)


def test_replies_in_a_forum_thread_are_its_story_but_quoted_lines_are_not():
    got = {m["text"]: (m["value"], m["unit"]) for m in extract_seed("t.txt", THREAD).metrics}
    assert got["-15°C"] == (-15.0, "degC")
    assert got["21.5 kWh/100km"] == (21.5, "kWh/100km")
    assert got["around €2.40 per 100 km"] == (0.024, "EUR/km")
    assert list(got).count("175 miles") == 1  # the reply's "> …" quotation is not a new row


def test_a_standfirst_keeps_the_header_and_a_cut_off_paragraph_resumes_the_story():
    ext = extract_seed("t.txt", STANDFIRST_PAGE)
    src = ext.sources[0]
    assert (src["author"], src["published_date"]) == ("Aiko Tanaka", "2025-08-14")
    got = [(m["text"], m["value"], m["unit"]) for m in ext.metrics]
    # the standfirst's "90 dealers" is the story's "aims for 90": one row, the story's
    assert ("90", 90.0, "store") in got and not any("dealers" in t for t, _, _ in got)
    ents = {e.name: e.entity_type for e in ext.entities}
    assert ents.get("Kanto Motor Weekly") == "ORG" and ents.get("Sendai") == "PLACE"


def test_a_digests_reading_time_is_no_figure():
    text = ("Good morning from Jakarta. Five things that moved this week in the EV trade, in "
            "under 3 minutes.\nBYD charges a Seal in 25 minutes at its new sites.\n")
    assert [m["text"] for m in extract_seed("t.txt", text).metrics] == ["25 minutes"]


def test_comments_right_under_a_teaser_list_stay_comments():
    text = ("Tesla cut the Model Y to $54,900 in May.\nRead more\nWhy the $4bn rollout is late\n"
            "Comments\nwattlebird 3 hours ago\nBought a Seal last year, 41,000km and zero "
            "problems.\n14 likes\n")
    assert [m["text"] for m in extract_seed("t.txt", text).metrics] == ["$54,900"]


def test_the_thread_authors_own_reply_goes_on_with_the_thread():
    ext = extract_seed("t.txt", X_THREAD)
    assert [(q["text"], q["speaker"]) for q in ext.quotes] == [
        ("the survey lags spot by six months.", "a buyer")]
    assert "$58" not in [m["text"] for m in ext.metrics]  # a reader's reply stays furniture


def test_a_sentence_tail_above_the_headline_leaves_the_headline_a_headline():
    text = ("ers in smaller cities kept buying, and the numbers show it.\n\n"
            "EV BRIEF | Issue #90 | 11 November 2025 | 4 min read\n"
            "October NEV retail: 1.2 million, penetration at 55.1%\nBy Tom Ward, Shanghai\n\n"
            "Retail sales of NEVs reached 1.2 million units in October. NEVs took 55.1% of "
            "all passenger-car retail.\n")
    ext = extract_seed("t.txt", text)
    assert ext.sources[0]["title"] == "October NEV retail: 1.2 million, penetration at 55.1%"
    assert (ext.sources[0]["author"], ext.sources[0]["publisher"]) == ("Tom Ward", None)
    assert [m["text"] for m in ext.metrics] == ["1.2 million units", "55.1%"]


def test_a_row_of_section_names_is_navigation_not_the_headline():
    text = ("Home News Reviews Buyers Guide EV Hub Podcasts Search\n"
            "Port cuts fees for electric trucks\nPort cuts fees for electric trucks\n"
            "By Ana Ruiz | 14 October 2025 | 4 min read\n\n"
            "The port will cut its fees for electric trucks by 40% next year, officials said.\n")
    [doc] = extract_seed("p.txt", text).sources
    assert (doc["title"], doc["author"], doc["published_date"]) == (
        "Port cuts fees for electric trucks", "Ana Ruiz", "2025-10-14")


def test_a_byline_without_by_gives_the_name_and_the_updated_date():
    text = ("Scooter sales hit a record\n\nRavi Iyer  Bengaluru, Updated - November 02, 2025 at "
            "09:40 PM.\n\nScooter sales rose 37% in October, data showed.\n")
    [doc] = extract_seed("p.txt", text).sources
    assert (doc["author"], doc["published_date"]) == ("Ravi Iyer", "2025-11-02")
    assert "Updated" not in entity_types(text)


def test_a_station_page_header_app_prompt_and_weather_are_furniture():
    text = ("WXRT 9 NEWS  Live  Weather  Traffic  Sports  Contests\n72° Partly cloudy | 5-day "
            "forecast\nDownload the 9 News app for breaking alerts\n\n"
            "District wins grant for electric buses\nPosted: Nov 3, 2025 / 06:12 PM CST\n"
            "by: Jordan Pike\n\nThe district will replace 38 of its diesel buses, officials "
            "said.\n")
    ext = extract_seed("p.txt", text)
    [doc] = ext.sources
    assert (doc["title"], doc["author"], doc["published_date"]) == (
        "District wins grant for electric buses", "Jordan Pike", "2025-11-03")
    assert [m["text"] for m in ext.metrics] == ["38 of its diesel buses"]


@pytest.mark.parametrize("label", ["ALSO READ | Rival's sales jump 4-fold to 15,000 units",
                                   "Read more | Rival's sales jump 4-fold to 15,000 units"])
def test_a_teaser_behind_a_bar_is_furniture(label):
    text = f"Sales hit a record\n\nSales rose 37% in October.\n\n{label}\n\nShares fell 3%.\n"
    assert [m["text"] for m in extract_seed("p.txt", text).metrics] == ["37%", "3%"]


def test_you_might_also_like_ends_the_story():
    text = ("Duty cut on EVs\n\nThe duty falls to 18% in March.\n\nYou might also like\n"
            "Carmaker to build hybrids in Durban – 2,500 jobs saved\n")
    ext = extract_seed("p.txt", text)
    assert [m["text"] for m in ext.metrics] == ["18%"]
    assert "Durban" not in entity_types(text)


def test_a_poll_and_its_answers_are_furniture():
    text = ("Chargers pass 15,000\n\nPoland has 15,240 public charging points.\n\n"
            "POLL: Would you buy an EV in 2026?\nYes – 41%\nNo – 44%\nNot sure – 15%\n"
            "(2,317 votes)\n\nCharging costs 2.79 zł per kWh.\n")
    assert [m["text"] for m in extract_seed("p.txt", text).metrics] == [
        "15,240 public charging points", "2.79 zł per kWh"]


@pytest.mark.parametrize("heading", ["Forward-Looking Statements", "Investor Contacts",
                                     "Safe Harbor Statement"])
def test_press_release_boilerplate_sections_end_the_story(heading):
    text = (f"Network reports results\n\nRevenue rose 38% to $91.4 million.\n\n{heading}\n"
            "This release expects 1,300 to 1,500 new stalls next year.\n")
    assert [m["text"] for m in extract_seed("p.txt", text).metrics] == ["38%", "$91.4 million"]


def test_a_price_line_is_no_counter_and_similar_cars_are_furniture():
    text = ("2021 Nissan Leaf e+ Tekna 62kWh – Automatic – 5dr\n£13,995\n\nAdd to favourites ♡ "
            "Share\n\nOne owner. We have 14 used EVs in stock.\n\nSimilar cars\n"
            "2022 MG ZS EV Trophy – £14,250 – 21,000 miles\n")
    ext = extract_seed("p.txt", text)
    assert "£13,995" in [m["text"] for m in ext.metrics]
    assert not {"MG", "ZS EV"} & set(entity_types(text))
    assert not any("14,250" in m["text"] or "21,000" in m["text"] for m in ext.metrics)


def test_references_a_release_label_and_delayed_quotes_notes_are_furniture():
    text = ("News Release\nNovember 6, 2025\n\nPlant opens\n\nThe plant will make 100 GWh a year."
            "[2] CATL said the cost was “significantly lower”.[8]\n\nStock prices delayed by at "
            "least 15 minutes.\n\nReferences\n1. \"CATL confirms Hungary plant\". Reuters. "
            "12 August 2022.\n")
    ext = extract_seed("p.txt", text)
    assert ext.sources[0]["title"] == "Plant opens"
    assert [m["text"] for m in ext.metrics] == ["100 GWh"]
    assert [(q["text"], q["speaker"]) for q in ext.quotes] == [("significantly lower", "CATL")]


def test_a_page_post_with_its_age_under_the_name_is_a_social_post():
    text = ("Sunrise EV Centre\n3h · 🌏\n\nNEW ARRIVALS: the Sealion 7 is in stock!\n\n"
            "✅ Drive away from just $58,990*\n\n👍 Like   💬 Comment   ↗️ Share\n"
            "47 comments · 12 shares\n\nKylie Brennan\nPaid $61k for mine in March 🙃\n")
    ext = extract_seed("p.txt", text)
    [doc] = ext.sources
    assert (doc["source_type"], doc["author"]) == ("social_post", "Sunrise EV Centre")
    assert [(m["text"], m["unit"]) for m in ext.metrics] == [("$58,990", "AUD")]


def test_a_pull_quote_repeats_a_quote_and_is_furniture():
    text = ("Cheap EVs\n\n“Affordability is the whole game now,” an executive told me.\n\n"
            "Pull quote: “Affordability is the whole game now.”\n")
    assert len(extract_seed("p.txt", text).quotes) == 1


def test_a_table_row_of_figures_is_no_navigation_bar():
    text = ("Best small EVs\n\nWe compared four models.\n\n| Model | Price | Range |\n"
            "| MG4 SE | £26,995 | 350 km |\n")
    assert [m["text"] for m in extract_seed("p.txt", text).metrics] == [
        "four models", "£26,995", "350 km"]


def test_asked_and_answered_by_credit_people_and_star_ratings_are_furniture():
    text = ("Written answers\n\nAsked by Sarah Lindley MP (Stockport North), 3 November 2025\n\n"
            "Answered by Lilian Greenwood MP, Minister for the Future of Roads\n\n"
            "There were 84,200 public charging devices.\n\n★★★★☆ 4.3 out of 5 from 2,184 reviews\n")
    ext = extract_seed("p.txt", text)
    people = {e.name for e in ext.entities if e.entity_type == "PERSON"}
    assert people == {"Sarah Lindley", "Lilian Greenwood"}
    assert [m["text"] for m in ext.metrics] == ["84,200 public charging devices"]


def test_letters_and_minutes_credit_their_people_and_a_temperature_in_prose_is_story():
    text = ("Letters\n\nThe car has been flawless; the chargers have not.\nMargaret Owen, Shrewsbury\n\n"
            "Present: Cllr Aisha Rahman (Leader), Cllr Mark Ellis\n\nCllr Ellis introduced the "
            "report.\n\nThis plan assumes 15°C and a speed of up to 130 km/h.\n")
    ext = extract_seed("p.txt", text)
    people = {e.name for e in ext.entities if e.entity_type == "PERSON"}
    assert people == {"Margaret Owen", "Aisha Rahman", "Mark Ellis"}
    assert [m["text"] for m in ext.metrics] == ["15°C", "up to 130 km/h"]


def test_a_page_of_listed_headlines_is_a_source_with_no_story():
    text = ("EV News Now — Top stories\n\nBYD overtakes Tesla in European sales\nReuters · 2 hours "
            "ago\n\nFord takes $1.9bn charge\nThe Verge · 7 hours ago\n\nSee more headlines →\n")
    ext = extract_seed("p.txt", text)
    assert [s["story_chars"] for s in ext.sources] == [0]
    assert ext.metrics == [] and ext.entities == []


def test_a_section_kicker_is_no_title():
    text = "PEOPLE | Profile\n\nWang Chuanfu at 59: the chemist who built BYD\n\nHe founded BYD.\n"
    assert extract_seed("p.txt", text).sources[0]["title"] == (
        "Wang Chuanfu at 59: the chemist who built BYD")


def test_a_table_row_without_outer_bars_is_no_navigation_bar():
    text = ("Results\n\nMargins rose in the third quarter.\n\nQuarter | Deliveries | Vehicle margin\n"
            "Q1 2025 | 42,094 | 10.2%\n")
    assert "10.2%" in [m["text"] for m in extract_seed("p.txt", text).metrics]


def test_a_table_header_names_what_the_rows_below_count():
    text = ("Results\n\nIt delivered 87,071 vehicles in the quarter.\n\n"
            "Quarter | Deliveries | Vehicle margin\nQ1 2025 | 42,094 | 10.2%\n"
            "Q2 2025 | 72,056 | 13.1%\n")
    rows = [(m["text"], m["unit"]) for m in extract_seed("p.txt", text).metrics]
    assert ("42,094", "vehicle") in rows and ("72,056", "vehicle") in rows


def test_a_forum_replys_quotation_of_an_earlier_post_is_not_repeated():
    text = ("SpeakEV Forums › Electric Cars › Kia\nIs the EV3 worth it? Range after 6 months\n"
            "mike_in_york\nMember\nPicked it up in April. After 6 months and 7,400 miles I'm "
            "averaging 3.9 mi/kWh, which works out at about 300 miles a charge.\n"
            "Reply\nev_sarah\nWell-known member\nmike_in_york said:\n"
            "After 6 months and 7,400 miles I'm averaging 3.9 mi/kWh\nClick to expand...\n"
            "That's better than mine. My Niro EV does 3.4 mi/kWh on the same roads.\nReply\n")
    assert [r[0] for r in metric_rows(text)] == ["6 months", "7,400 miles", "3.9 mi/kWh",
                                                 "about 300 miles", "3.4 mi/kWh"]
    # a story's "NAME said:" over a quotation is no forum quote: the quote stays
    text = ("BYD widens lead\n\nBYD sold 380,000 cars in May.\n\nWang Chuanfu said:\n\n"
            "“We will sell 500,000 cars a month by 2027.”\n")
    assert [r[0] for r in metric_rows(text)] == ["380,000 cars", "500,000 cars a month"]


@pytest.mark.parametrize("line", [
    "Share · 1.4K", "Views: 12,400", "186,403 views  Premiered 28 Jan 2025",
    "Why we said no to hydrogen vans (for now) · 412 reactions",
    "• 03.10 · Golden Week roundup: 12 brands, 41 models discounted",
    "Cookies help us deliver our services. By using our site, you agree to our use of cookies "
    "for 12 months. OK",
])
def test_counters_date_first_items_and_cookie_lines_are_furniture(line):
    text = (f"BYD sells 1,000 cars in Oslo\n\nBYD sold 1,000 cars in Oslo in May, the importer "
            f"said.\n{line}\n")
    assert [r[0] for r in metric_rows(text)] == ["1,000 cars"]


def test_a_popular_list_and_a_nav_bar_with_a_language_switch_stay_out_of_the_header():
    text = ("HOME NEWS EV REVIEWS MOTOR EXPO ภาษาไทย\nPopular\n1. BYD Atto 2 price cut to ฿499,000\n"
            "2. MG4 vs Aion Y: which one under ฿900k?\n"
            "EVChinese EV makers pour ฿52 billion into Rayong\n\n"
            "Chinese EV makers pour ฿52 billion into Rayong\n\n"
            "By Nattapong Srisuk | Published: 18 Sep 2025\n\n"
            "Five carmakers have committed about ฿52 billion to plants in Thailand, officials said.\n")
    ext = extract_seed("p.txt", text)
    assert ext.sources[0]["title"] == "Chinese EV makers pour ฿52 billion into Rayong"
    assert [m["text"] for m in ext.metrics] == ["about ฿52 billion"]


def test_a_by_line_with_a_published_label_after_a_bar_gives_the_name_without_by():
    text = ("Chinese EV makers pour money into Thai plants\n\nBy Nattapong Srisuk | Published: 18 "
            "Sep 2025, 14:20 | 4 min read\n\nFive carmakers run plants there, officials said.\n")
    source = extract_seed("p.txt", text).sources[0]
    assert (source["author"], source["published_date"]) == ("Nattapong Srisuk", "2025-09-18")


LINKEDIN_POST = """Sarah Okafor • 2nd
Head of Fleet at Brightline Logistics | Decarbonising last-mile delivery
3d • Edited • 🌐
Twelve months ago we had 14 electric vans.

Three lessons:
1️⃣ Depot charging beats public charging. We spent £290,000 on chargers.
2️⃣ Drivers need training, not lectures.
👍❤️💡 1,284
87 comments • 42 reposts
Like Comment Repost Send
Most relevant
James Carter • 1st
Fleet Manager at Speedy Parcels
Great post Sarah. We're at 22 vans.
Like • Reply • 12 Likes
"""


def test_a_networking_post_with_a_bio_line_its_buttons_and_its_comments():
    ext = extract_seed("p.txt", LINKEDIN_POST)
    assert [(s["source_type"], s["author"]) for s in ext.sources] == [("social_post", "Sarah Okafor")]
    assert [m["text"] for m in ext.metrics] == ["14 electric vans", "£290,000"]
    assert entity_types(LINKEDIN_POST) == {}  # "Depot", "Drivers" open list items: no names

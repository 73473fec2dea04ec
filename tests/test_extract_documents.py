"""Documents and furniture: nothing in page furniture may become a row."""

from __future__ import annotations

from evclaims.extract import extract_seed
from evclaims.extract.documents import segment
from evclaims.extract.sentences import split_line

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

"""HTML → Article on small pages written for these tests: JSON-LD, OpenGraph, <title>, bylines."""

from __future__ import annotations

import json

from politika.ingest.dates import normalise_date, publisher_zone
from politika.ingest.document import Article, RawDocument
from politika.ingest.extraction import extract, prefer_article_body
from politika.ingest.metadata import split_names, strip_site

PARAGRAPHS = [
    "The city council voted on Tuesday to expand the bus network to the northern districts, after a "
    "year of hearings in which residents described commutes of more than two hours.",
    "The plan adds four routes and raises the frequency of two others, the transport committee said, "
    "and it will be paid for by a parking levy that the council approved last spring.",
    "Opponents argued that the levy would hurt shops in the old town, while supporters pointed to "
    "surveys showing that most shoppers there arrive on foot or by tram.",
]
BODY = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)


def page(head: str = "", before_body: str = "", h1: str | None = None, lang: str = "en") -> bytes:
    heading = f"<h1>{h1}</h1>" if h1 else ""
    return (f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'>{head}</head><body>"
            f"<nav><a href='/'>Home</a> <a href='/politics'>Politics</a></nav>"
            f"<main><article>{heading}{before_body}{BODY}</article></main>"
            f"<footer><p>© Example Gazette. All rights reserved.</p></footer></body></html>").encode()


def run(html: bytes, url: str = "https://news.example.com/2024/05/buses") -> Article:
    return extract(RawDocument(origin="test.html", kind="html", content=html, url=url))


def test_jsonld_graph_with_author_list() -> None:
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebSite", "name": "Example Gazette"},
        {"@type": "NewsArticle", "headline": "Council expands bus network to the north",
         "datePublished": "2024-05-07T09:30:00+02:00",
         "author": [{"@type": "Person", "name": "Jane Doe"}, {"@type": "Person", "name": "John Roe"}],
         "publisher": {"@type": "Organization", "name": "Example Gazette"}},
    ]}
    html = page(head=f"<script type='application/ld+json'>{json.dumps(graph)}</script>")
    article = run(html)
    assert article.title == "Council expands bus network to the north"
    assert article.authors == ["Jane Doe", "John Roe"]
    assert article.date == "2024-05-07"
    assert article.site == "Example Gazette"
    assert "parking levy" in article.text and "All rights reserved" not in article.text


def test_opengraph_only_page() -> None:
    head = ("<meta property='og:title' content='Council expands bus network'>"
            "<meta property='og:site_name' content='Example Gazette'>"
            "<meta property='article:published_time' content='2024-05-06'>"
            "<meta name='author' content='Jane Doe'>"
            "<title>Council expands bus network | Example Gazette</title>")
    article = run(page(head=head))
    assert article.title == "Council expands bus network"
    assert article.authors == ["Jane Doe"]
    assert article.date == "2024-05-06"


def test_title_tag_site_suffix_is_dropped() -> None:
    article = run(page(head="<title>Council expands bus network | Example Gazette</title>"))
    assert article.title == "Council expands bus network"


def test_visible_headline_wins_over_seo_title_and_entities_are_decoded() -> None:
    head = ("<meta property='og:title' content='Bus network: what changes in 2024 (SEO)'>"
            "<script type='application/ld+json'>{\"@type\": \"NewsArticle\", "
            "\"headline\": \"Council&#039;s bus plan\", \"author\": {\"name\": \"Jane Doe\"}}</script>")
    article = run(page(head=head, h1="Council&#8217;s bus plan reaches the north"))
    assert article.title == "Council’s bus plan reaches the north"


def test_byline_only_authors() -> None:
    byline = ("<p class='byline'>By <a href='/author/jane-doe/'>Jane Doe</a> and "
              "<a href='/author/john-roe/'>John Roe</a> • May 7, 2024</p>")
    article = run(page(before_body=byline, h1="Council expands bus network"))
    assert article.authors == ["Jane Doe", "John Roe"]


def test_author_strings_are_cleaned() -> None:
    assert split_names("By Terry Pluto, cleveland.com") == ["Terry Pluto"]
    assert split_names("Lauren Manaker MS, RDN, LD") == ["Lauren Manaker"]
    assert split_names("Madison Czopek, Katie Sanders") == ["Madison Czopek", "Katie Sanders"]
    assert split_names("Anneice Coady | acoady@example.com") == ["Anneice Coady"]
    assert split_names(", The Worcester Telegram & Gazette") == []
    assert split_names("View all posts by Will Macmaster") == ["Will Macmaster"]
    assert split_names("March 9") == []


def test_strip_site_prefix_and_suffix() -> None:
    keys = {"examplegazette"}
    assert strip_site("Buses go north - Example Gazette", keys) == "Buses go north"
    assert strip_site("Example Gazette | Buses go north", keys) == "Buses go north"
    assert strip_site("Buses: the plan", keys) == "Buses: the plan"


def test_utc_timestamps_move_to_the_publishers_day() -> None:
    assert normalise_date("2023-12-23T01:48:19Z", publisher_zone(None, "en_US")) == "2023-12-22"
    assert normalise_date("2023-12-22T18:30:00+00:00", publisher_zone("https://x.com.au/a", None)) == "2023-12-23"
    assert normalise_date("2023-12-22T22:02:10+05:30", "America/New_York") == "2023-12-22"  # own offset kept
    assert normalise_date("2023-12-23T01:48:19Z") == "2023-12-23"  # no hint: the day as written


def test_article_body_replaces_boilerplate_heavy_text() -> None:
    body = " ".join(PARAGRAPHS * 3)
    junk = " ".join(f"Related story number {i} about something else entirely" for i in range(80))
    assert prefer_article_body(body + " " + junk, body)
    assert not prefer_article_body(body, body[:300])  # a teaser is not the article
    assert prefer_article_body("", "anything")


def test_a_sharing_widget_inside_the_article_is_not_text() -> None:
    # "Facebook" and "Twitter Email" were actors of the story
    article = run(page(h1="Bus network", before_body="<p>Share this article: Facebook Twitter Email</p>"))
    assert "Share this article" not in article.text and article.text.startswith("The city council voted")


def test_a_placeholder_date_is_no_date() -> None:
    # CMS pages leave "0001-01-01T00:00:00Z" where no date was set
    assert normalise_date("0001-01-01T00:00:00Z", "America/New_York") is None
    assert normalise_date("0001-01-01") is None
    assert normalise_date("2019-11-19T10:00:00Z", "America/New_York") == "2019-11-19"


def test_a_link_inside_a_sentence_keeps_its_words() -> None:
    # a wire page wrapped the link in a span, and the precision mode took "aid for Gaza" out of the sentence
    linked = ("<p>The resolution demands a substantial increase in <span class='link'><a href='/aid' "
              "rel='nofollow'>aid for the northern districts</a></span> with an opening of more routes into the "
              "territory, the council said on Tuesday after a long debate.</p>")
    article = run(page(h1="Bus network", before_body=linked))
    assert "increase in aid for the northern districts with an opening" in article.text

"""Markdown and plain-text news dumps: metadata lines become fields, the rest is the body."""

from __future__ import annotations

import pytest

from politika.ingest.markdown import parse_news_dump, split_authors, strip_markdown

BODY = (
    "The Estavian parliament voted on Tuesday to delay the border treaty with Norland until the autumn.\n\n"
    "Opposition leader Marek Novak said the government had **ignored** the committee's warnings and called "
    "for a [public hearing](https://example.org/hearing) before any new vote."
)

DUMP = f"""# Estavia delays the border treaty

By Anna Berglund and Tomas Vidal

{{date}}

Opinion | The Long View

{BODY}

**Related article:** [Norland hardens its stance](https://example.org/norland-stance)
**Related article:** [What the treaty says](https://example.org/treaty-explained)

_The views expressed in this column are the author's own and do not reflect those of the paper._

Original url: https://example.org/estavia-delays-treaty
"""


@pytest.mark.parametrize(("line", "iso"), [
    ("12 July 2024", "2024-07-12"),
    ("July 12, 2024", "2024-07-12"),
    ("2024-07-12", "2024-07-12"),
    ("Published: 12.07.2024 14:30", "2024-07-12"),
])
def test_markdown_dump_fields(line: str, iso: str) -> None:
    article = parse_news_dump(DUMP.format(date=line), origin="dump.md")
    assert article.title == "Estavia delays the border treaty"
    assert article.authors == ["Anna Berglund", "Tomas Vidal"]
    assert article.date == iso
    assert article.section == "Opinion | The Long View"
    assert article.related == [
        {"title": "Norland hardens its stance", "url": "https://example.org/norland-stance"},
        {"title": "What the treaty says", "url": "https://example.org/treaty-explained"},
    ]
    assert article.disclaimer is not None and article.disclaimer.startswith("The views expressed")
    assert article.genre == "opinion"
    assert article.url == "https://example.org/estavia-delays-treaty"
    assert article.origin == "dump.md"
    assert article.text.startswith("The Estavian parliament voted on Tuesday")
    assert "had ignored the committee's warnings" in article.text and "a public hearing before" in article.text
    for metadata in ("Related", "Norland hardens", "views expressed", "Original url", "Anna Berglund", line,
                     "Long View", "# ", "**"):
        assert metadata not in article.text, metadata
    assert article.text.count("\n\n") == 1


def test_plain_text_dump() -> None:
    text = f"""Corvana and Tirena agree on the grain corridor
By Leila Haddad
2024-07-12
{BODY.replace("**", "").replace("[public hearing](https://example.org/hearing)", "public hearing")}
Related article: Tirena's farmers protest https://example.org/farmers
Disclaimer: This commentary reflects the author's personal views.
"""
    article = parse_news_dump(text, origin="dump.txt")
    assert article.title == "Corvana and Tirena agree on the grain corridor"
    assert article.authors == ["Leila Haddad"] and article.date == "2024-07-12"
    assert article.related == [{"title": "Tirena's farmers protest", "url": "https://example.org/farmers"}]
    assert article.disclaimer == "This commentary reflects the author's personal views."
    assert article.genre == "opinion"
    assert "Related" not in article.text and "Disclaimer" not in article.text
    assert article.text.startswith("The Estavian parliament voted")


def test_news_dump_without_signals_is_news() -> None:
    article = parse_news_dump(f"# Halden signs the fishing accord\n\n{BODY}\n")
    assert article.genre == "news" and article.disclaimer is None and article.related == []
    assert article.authors == [] and article.date is None


def test_helpers() -> None:
    assert strip_markdown("**Bold** and _italic_ and [a link](https://x.org)") == "Bold and italic and a link"
    assert split_authors("Anna Berglund, Tomas Vidal & Leila Haddad") == ["Anna Berglund", "Tomas Vidal",
                                                                          "Leila Haddad"]

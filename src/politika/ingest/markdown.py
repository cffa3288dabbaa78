"""Markdown and plain-text news dumps, as scrapers write them.

A dump looks like::

    # Headline
    By Jane Doe
    12 July 2024
    Opinion | The Long View
    Body paragraph ...
    **Related article:** [Other story](https://example.org/other)
    _The views expressed are the author's own ..._
    Original url: https://example.org/story

Title, byline, date, section, related links, the disclaimer and the URL become metadata; the rest is
the body. An opinion disclaimer or an opinion column line makes the genre ``opinion``.
"""

from __future__ import annotations

import re

from politika.ingest.dates import parse_date_line
from politika.ingest.document import Article
from politika.ingest.genre import genre_from_signals

_TITLE = re.compile(r"^#\s+(.+?)\s*#*$")
_BYLINE = re.compile(r"^(?:\*\*|_)?\s*by[:\s]+(.+?)(?:\*\*|_)?$", re.IGNORECASE)
_RELATED = re.compile(r"^\**\s*(?:related(?: article| story| reading)?|read (?:more|also))\s*:?\s*\**\s*:?\s*(.*)$",
                      re.IGNORECASE)
_MD_LINK = re.compile(r"\[([^\]]*)\]\(([^)\s]+)\)")
_URL_FOOTER = re.compile(r"^(?:original|source|canonical)?\s*url\s*:\s*(\S+)\s*$", re.IGNORECASE)
_ITALIC_LINE = re.compile(r"^(?:_([^_].*)_|\*([^*].*)\*)$")
_DISCLAIMER_PREFIX = re.compile(r"^(?:disclaimer|note|editor'?s note)\s*:\s*(.+)$", re.IGNORECASE)
_EMPHASIS = re.compile(r"(\*\*|__)(.+?)\1|(?<![\w*])([*_])(?!\s)(.+?)(?<!\s)\3(?![\w*])")
_SECTION_WORDS = re.compile(
    r"\b(opinion|column|comment|commentary|op-ed|analysis|editorial|world|europe|politics|news|"
    r"business|economy|ukraine|russia|asia|americas|middle east|security|diplomacy|section)\b",
    re.IGNORECASE,
)
_AUTHOR_SPLIT = re.compile(r"\s*(?:,| and | & |;)\s*", re.IGNORECASE)


def strip_markdown(line: str) -> str:
    """Markdown inline markup to plain text: links keep their text, emphasis is dropped."""
    line = _MD_LINK.sub(r"\1", line)
    previous = None
    while previous != line:
        previous = line
        line = _EMPHASIS.sub(lambda m: m.group(2) or m.group(4) or "", line)
    return line.strip()


def split_authors(byline: str) -> list[str]:
    names = [n.strip(" .") for n in _AUTHOR_SPLIT.split(byline) if n.strip(" .")]
    return [n for n in names if 1 <= len(n.split()) <= 5]


def parse_news_dump(text: str, origin: str = "") -> Article:
    """Parse a Markdown or plain-text dump into an :class:`Article`."""
    lines = [ln.rstrip() for ln in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    article = Article(text="", origin=origin)
    body: list[str] = []
    header_done = False
    section_line: str | None = None
    for raw in lines:
        line = raw.strip()
        if not line:
            if body and body[-1] != "":
                body.append("")
            continue
        url_match = _URL_FOOTER.match(strip_markdown(line))
        if url_match:
            article.url = url_match.group(1).strip("<>")
            continue
        related = _RELATED.match(line)
        if related is not None and (_MD_LINK.search(line) or "http" in line or len(line) < 200):
            link = _MD_LINK.search(line)
            if link:
                article.related.append({"title": link.group(1).strip(), "url": link.group(2)})
            else:
                rest = strip_markdown(related.group(1))
                url = re.search(r"https?://\S+", rest)
                link_title = re.sub(r"\(?https?://\S+\)?", "", rest).strip(" -–()")
                article.related.append({"title": link_title, "url": url.group(0).rstrip(").") if url else ""})
            continue
        disclaimer = _disclaimer_of(line)
        if disclaimer is not None and (header_done or body):
            article.disclaimer = disclaimer
            continue
        if not header_done:
            title = _TITLE.match(line)
            if title and article.title is None:
                article.title = strip_markdown(title.group(1))
                continue
            byline = _BYLINE.match(strip_markdown(line)) if len(line) < 120 else None
            if byline and not article.authors:
                article.authors = split_authors(byline.group(1))
                continue
            if article.date is None and len(line) < 60:
                date = parse_date_line(strip_markdown(line))
                if date:
                    article.date = date
                    continue
            if section_line is None and _looks_like_section(line):
                section_line = strip_markdown(line)
                continue
            if article.title is None and len(line) < 200 and not line.endswith((".", '"', "”")):
                article.title = strip_markdown(line.lstrip("# "))
                continue
            header_done = True
        body.append(strip_markdown(line.lstrip("#> ")))
    while body and body[-1] == "":
        body.pop()
    article.text = _join_paragraphs(body)
    if section_line:
        article.section = section_line
    article.genre = genre_from_signals(section=article.section, disclaimer=article.disclaimer)
    return article


def _disclaimer_of(line: str) -> str | None:
    italic = _ITALIC_LINE.match(line)
    if italic:
        return (italic.group(1) or italic.group(2)).strip()
    prefixed = _DISCLAIMER_PREFIX.match(line)
    if prefixed:
        return prefixed.group(1).strip()
    return None


def _looks_like_section(line: str) -> bool:
    words = strip_markdown(line).split()
    if not words or len(words) > 8 or line.endswith((".", "?", "!", ":")):
        return False
    return "|" in line or "›" in line or " > " in line or bool(_SECTION_WORDS.search(line))


def _join_paragraphs(lines: list[str]) -> str:
    paragraphs: list[str] = []
    current: list[str] = []
    for line in lines:
        if line == "":
            if current:
                paragraphs.append(" ".join(current))
                current = []
        else:
            current.append(line)
    if current:
        paragraphs.append(" ".join(current))
    return "\n\n".join(p for p in paragraphs if p)

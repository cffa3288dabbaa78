"""News or opinion: from the section, the disclaimer, metadata types and the page's own words."""

from __future__ import annotations

import re

from politika.ingest.document import GENRES

_OPINION = re.compile(
    r"\b(opinion|op-?ed|column|columnist|commentary|comment is free|editorial|viewpoint|"
    r"views expressed|author'?s own|do not necessarily reflect|letters? to the editor)\b",
    re.IGNORECASE,
)
_ANALYSIS = re.compile(r"\b(analysis|explainer|news analysis)\b", re.IGNORECASE)
_OPINION_TYPES = {"opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "analysisnewsarticle"}


def read_genre(label: str) -> str | None:
    """One of ``GENRES`` from a genre label a source gives: ours as they are, a word that says one ("Editorial",
    "op-ed", "news analysis") read as that one; ``None`` for another label ("feature"), which then says nothing.

    >>> read_genre("Opinion"), read_genre("editorial"), read_genre("feature")
    ('opinion', 'opinion', None)
    """
    value = label.strip().lower()
    if value in GENRES:
        return value
    if _OPINION.search(value):
        return "opinion"
    if _ANALYSIS.search(value):
        return "analysis"
    return "news" if value in ("report", "reporting", "breaking news", "newsarticle") else None


def genre_from_signals(
    section: str | None = None,
    disclaimer: str | None = None,
    schema_types: list[str] | None = None,
    url: str | None = None,
) -> str:
    """``opinion``, ``analysis`` or ``news`` from the signals a page gives; ``news`` when none says otherwise."""
    types = {t.lower() for t in schema_types or []}
    if types & {"opinionnewsarticle", "reviewnewsarticle"}:
        return "opinion"
    if types & {"analysisnewsarticle", "backgroundnewsarticle"}:
        return "analysis"
    for signal in (section, disclaimer):
        if signal and _OPINION.search(signal):
            return "opinion"
    if url and re.search(r"/(opinion|opinions|commentisfree|op-ed|editorials?|columns?)/", url, re.IGNORECASE):
        return "opinion"
    if section and _ANALYSIS.search(section):
        return "analysis"
    return "news"

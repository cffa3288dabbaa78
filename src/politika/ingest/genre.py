"""News or opinion: from the section, the disclaimer, metadata types and the page's own words."""

from __future__ import annotations

import re

_OPINION = re.compile(
    r"\b(opinion|op-?ed|column|columnist|commentary|comment is free|editorial|viewpoint|"
    r"views expressed|author'?s own|do not necessarily reflect|letters? to the editor)\b",
    re.IGNORECASE,
)
_ANALYSIS = re.compile(r"\b(analysis|explainer|news analysis)\b", re.IGNORECASE)
_OPINION_TYPES = {"opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "analysisnewsarticle"}


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

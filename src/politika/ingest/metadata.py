"""Page metadata from JSON-LD, OpenGraph, meta tags and headline markup."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from lxml import html as lxml_html

from politika.ingest.dates import normalise_date

_ARTICLE_TYPES = {
    "article", "newsarticle", "reportagenewsarticle", "opinionnewsarticle", "analysisnewsarticle",
    "backgroundnewsarticle", "reviewnewsarticle", "blogposting", "socialmediaposting", "liveblogposting",
    "scholarlyarticle", "techarticle", "report", "webpage",
}
_WS = re.compile(r"\s+")


@dataclass
class PageMetadata:
    """What a page says about itself, each field from the most trusted place that had it."""

    title: str | None = None
    headline_candidates: list[str] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    date: str | None = None
    site: str | None = None
    canonical_url: str | None = None
    language: str | None = None
    section: str | None = None
    description: str | None = None
    schema_types: list[str] = field(default_factory=list)
    article_body: str | None = None


def clean(text: str | None) -> str | None:
    if text is None:
        return None
    text = _WS.sub(" ", str(text)).strip()
    return text or None


def _jsonld_objects(tree: Any) -> list[dict[str, Any]]:
    objects: list[dict[str, Any]] = []
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        raw = (script.text or "").strip()
        if not raw:
            continue
        try:
            data = json.loads(raw)
        except json.JSONDecodeError:
            try:  # pages often leave control characters or trailing commas in JSON-LD
                data = json.loads(re.sub(r",\s*([}\]])", r"\1", raw.replace("\n", " ")), strict=False)
            except json.JSONDecodeError:
                continue
        stack = data if isinstance(data, list) else [data]
        while stack:
            item = stack.pop(0)
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                objects.append(item)
                if "@graph" in item:
                    graph = item["@graph"]
                    stack.extend(graph if isinstance(graph, list) else [graph])
    return objects


def _types(obj: dict[str, Any]) -> list[str]:
    value = obj.get("@type", [])
    return [str(v) for v in (value if isinstance(value, list) else [value])]


def _names(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, list):
        return [n for v in value for n in _names(v)]
    if isinstance(value, dict):
        name = value.get("name")
        if isinstance(name, list):
            return [clean(str(n)) or "" for n in name if n]
        return [clean(str(name)) or ""] if name else []
    text = clean(str(value))
    return [text] if text else []


def _meta(tree: Any, *keys: str) -> str | None:
    for key in keys:
        for attr in ("property", "name", "itemprop"):
            found = tree.xpath(f'//meta[@{attr}="{key}"]/@content')
            for value in found:
                value = clean(value)
                if value:
                    return value
    return None


def _metas(tree: Any, key: str) -> list[str]:
    values: list[str] = []
    for attr in ("property", "name"):
        for value in tree.xpath(f'//meta[@{attr}="{key}"]/@content'):
            value = clean(value)
            if value and value not in values:
                values.append(value)
    return values


def read_metadata(tree: Any) -> PageMetadata:
    """Read metadata from a parsed lxml tree of the page."""
    meta = PageMetadata()
    article_obj: dict[str, Any] | None = None
    site_obj_name: str | None = None
    for obj in _jsonld_objects(tree):
        types = [t.lower() for t in _types(obj)]
        if "website" in types or "organization" in types or "newsmediaorganization" in types:
            site_obj_name = site_obj_name or next(iter(_names(obj)), None)
        if any(t in _ARTICLE_TYPES and t != "webpage" for t in types) and article_obj is None:
            article_obj = obj
    if article_obj is not None:
        meta.schema_types = _types(article_obj)
        headline = clean(article_obj.get("headline")) or clean(article_obj.get("name"))
        if headline:
            meta.headline_candidates.append(headline)
        meta.authors = [n for n in _names(article_obj.get("author")) if n]
        meta.date = normalise_date(article_obj.get("datePublished") or article_obj.get("dateCreated"))
        publisher = _names(article_obj.get("publisher"))
        meta.site = publisher[0] if publisher else None
        section = article_obj.get("articleSection")
        if isinstance(section, list):
            section = section[0] if section else None
        meta.section = clean(section)
        meta.description = clean(article_obj.get("description"))
        lang = article_obj.get("inLanguage")
        meta.language = clean(lang if isinstance(lang, str) else None)
        body = article_obj.get("articleBody")
        meta.article_body = body.strip() if isinstance(body, str) and body.strip() else None
    og_title = _meta(tree, "og:title", "twitter:title")
    if og_title:
        meta.headline_candidates.append(og_title)
    h1 = [clean(h.text_content()) for h in tree.xpath("//h1")]
    meta.headline_candidates.extend(h for h in h1 if h)
    title_tag = clean(tree.findtext(".//title"))
    if title_tag:
        meta.headline_candidates.append(title_tag)
    meta.title = meta.headline_candidates[0] if meta.headline_candidates else None
    if not meta.authors:
        meta.authors = _metas(tree, "author") or _metas(tree, "article:author") or _metas(tree, "sailthru.author")
        meta.authors = [a for a in meta.authors if not a.startswith("http")]
    meta.date = meta.date or normalise_date(
        _meta(tree, "article:published_time", "datePublished", "pubdate", "publishdate", "date",
              "dc.date", "DC.date.issued", "sailthru.date", "parsely-pub-date")
    )
    meta.site = meta.site or _meta(tree, "og:site_name", "application-name") or site_obj_name
    canonical = tree.xpath('//link[@rel="canonical"]/@href')
    meta.canonical_url = clean(canonical[0]) if canonical else _meta(tree, "og:url")
    html_lang = tree.xpath("/html/@lang")
    meta.language = meta.language or _meta(tree, "og:locale", "language", "content-language") or (
        clean(html_lang[0]) if html_lang else None)
    if meta.language:
        meta.language = meta.language.replace("_", "-").split("-")[0].lower()
    meta.section = meta.section or _meta(tree, "article:section", "section", "parsely-section")
    meta.description = meta.description or _meta(tree, "description", "og:description", "twitter:description")
    return meta


def parse_html(text: str) -> Any:
    """Parse HTML into an lxml tree, tolerating what browsers tolerate."""
    if text.lstrip().startswith("<?xml"):
        text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text)
    return lxml_html.document_fromstring(text)

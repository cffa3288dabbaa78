"""RawDocument to Article: main text via trafilatura, metadata from the page's own markup."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import trafilatura
from lxml import etree

from politika.errors import ExtractionError, InputError
from politika.ingest.decoding import DEFAULT_MAX_BYTES, decode, gunzip, is_gzip
from politika.ingest.document import Article, RawDocument
from politika.ingest.genre import genre_from_signals
from politika.ingest.markdown import parse_news_dump, split_authors
from politika.ingest.metadata import PageMetadata, clean, parse_html, read_metadata

MIN_TEXT_CHARS = 100
_SITE_SUFFIX = re.compile(r"\s+[|\-–—•:]\s+[^|\-–—•:]{2,60}$")


@dataclass
class ExtractionOptions:
    """How extraction behaves; one object instead of many keyword arguments."""

    max_bytes: int = DEFAULT_MAX_BYTES
    min_text_chars: int = MIN_TEXT_CHARS
    favor_recall: bool = True


def extract(raw: RawDocument, options: ExtractionOptions | None = None) -> Article:
    """Turn one :class:`RawDocument` into an :class:`Article`, or raise a :class:`PolitikaError`."""
    options = options or ExtractionOptions()
    text = _as_text(raw, options)
    if raw.kind == "html":
        article = extract_html(text, raw.origin, url=raw.url, options=options)
    elif raw.kind in ("markdown", "text"):
        article = parse_news_dump(text, raw.origin)
        article.url = article.url or raw.url
    elif raw.kind == "fields":
        article = _from_fields(raw, text, options)
    else:
        raise InputError(raw.origin, f"unknown document kind {raw.kind!r}")
    article.fetched_at = raw.fetched_at
    article.origin = raw.origin
    if len(article.text.strip()) < options.min_text_chars:
        raise ExtractionError(raw.origin, f"no article text found (only {len(article.text.strip())} characters "
                                          f"of main text; at least {options.min_text_chars} needed)")
    return article


def _as_text(raw: RawDocument, options: ExtractionOptions) -> str:
    if isinstance(raw.content, str):
        if not raw.content.strip():
            raise InputError(raw.origin, "empty input")
        return raw.content
    data = raw.content
    if is_gzip(data):
        data = gunzip(data, raw.origin, options.max_bytes)
    if len(data) > options.max_bytes:
        raise InputError(raw.origin, f"input is {len(data):,} bytes, over the {options.max_bytes:,}-byte limit "
                                     "(raise it with --max-bytes)")
    return decode(data, raw.origin, raw.content_type)


def extract_html(html: str, origin: str, url: str | None = None,
                 options: ExtractionOptions | None = None) -> Article:
    """Extract the article of an HTML page.

    Body text comes from trafilatura; title, authors, date, site, section, language and canonical URL come
    from JSON-LD, then OpenGraph and meta tags, then trafilatura's own metadata and htmldate.
    """
    options = options or ExtractionOptions()
    try:
        tree = parse_html(html)
    except (etree.ParserError, ValueError) as exc:
        raise InputError(origin, f"not parseable as HTML ({exc})") from exc
    meta = read_metadata(tree)
    doc = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=False,
        favor_recall=options.favor_recall, deduplicate=False,
    )
    body = _body_text(doc, meta)
    article = Article(text=body, origin=origin, url=url)
    _merge_metadata(article, meta, doc)
    return article


def _doc_get(doc: Any, name: str) -> Any:
    if doc is None:
        return None
    if isinstance(doc, dict):
        return doc.get(name)
    return getattr(doc, name, None)


def _body_text(doc: Any, meta: PageMetadata) -> str:
    text = _doc_get(doc, "text") or ""
    text = re.sub(r"\n{2,}", "\n", text).strip()
    paragraphs = [p.strip() for p in text.split("\n") if p.strip()]
    # A headline repeated as the first line of the body is metadata, not body text.
    if paragraphs and meta.title and paragraphs[0].strip() == meta.title.strip():
        paragraphs = paragraphs[1:]
    body = "\n\n".join(paragraphs)
    if meta.article_body and len(meta.article_body) > 1.5 * len(body):
        body = "\n\n".join(p.strip() for p in meta.article_body.split("\n") if p.strip())
    return body


def _merge_metadata(article: Article, meta: PageMetadata, doc: Any) -> None:
    article.title = _pick_title(meta, _doc_get(doc, "title"))
    authors = meta.authors
    if not authors and _doc_get(doc, "author"):
        authors = [a.strip() for a in str(_doc_get(doc, "author")).split(";") if a.strip()]
    article.authors = _dedupe_names(authors)
    article.date = meta.date or _doc_get(doc, "date")
    article.site = meta.site or _doc_get(doc, "sitename")
    article.canonical_url = meta.canonical_url or article.url
    article.url = article.url or article.canonical_url
    article.language = meta.language
    categories = _doc_get(doc, "categories")
    article.section = meta.section or (categories[0] if categories else None)
    article.description = meta.description or _doc_get(doc, "description")
    article.genre = genre_from_signals(section=article.section, schema_types=meta.schema_types,
                                       url=article.canonical_url or article.url)


def _pick_title(meta: PageMetadata, fallback: str | None) -> str | None:
    title = meta.title or clean(fallback)
    if title and meta.site:
        title = re.sub(rf"\s*[|\-–—•:]\s*{re.escape(meta.site)}\s*$", "", title).strip() or title
    if title and title in meta.headline_candidates[-1:] and len(meta.headline_candidates) == 1:
        title = _SITE_SUFFIX.sub("", title)  # only a <title>: drop a trailing " | Site" part
    return title


def _dedupe_names(names: list[str]) -> list[str]:
    seen: set[str] = set()
    out: list[str] = []
    for name in names:
        name = re.sub(r"^by\s+", "", name.strip(), flags=re.IGNORECASE)
        key = name.casefold()
        if name and key not in seen:
            seen.add(key)
            out.append(name)
    return out


def _from_fields(raw: RawDocument, text: str, options: ExtractionOptions) -> Article:
    """A JSONL line or a feed entry: known fields plus ``text`` or ``html``."""
    fields = raw.fields
    if fields.get("html_body"):
        article = extract_html(text, raw.origin, url=raw.url, options=options)
    else:
        article = Article(text=text.strip(), origin=raw.origin, url=raw.url)
    if fields.get("title"):
        article.title = clean(str(fields["title"]))
    authors = fields.get("authors")
    if isinstance(authors, str):
        authors = split_authors(authors)
    if authors:
        article.authors = [str(a) for a in authors]
    if fields.get("date"):
        from politika.ingest.dates import normalise_date

        article.date = normalise_date(fields["date"]) or article.date
    for key in ("id", "site", "section", "language", "description"):
        if fields.get(key):
            setattr(article, key, str(fields[key]))
    article.url = article.url or fields.get("url")
    article.canonical_url = article.canonical_url or article.url
    if fields.get("genre"):
        article.genre = str(fields["genre"])
    elif article.genre == "unknown":
        article.genre = genre_from_signals(section=article.section, url=article.url)
    return article

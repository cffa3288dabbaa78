"""RawDocument to Article: main text via trafilatura, metadata from the page's own markup."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import trafilatura
from lxml import etree
from trafilatura.utils import load_html

from politika.errors import ExtractionError, InputError
from politika.ingest.dates import normalise_date
from politika.ingest.decoding import DEFAULT_MAX_BYTES, decode, gunzip, is_gzip
from politika.ingest.document import Article, RawDocument
from politika.ingest.genre import genre_from_signals, read_genre
from politika.ingest.markdown import parse_news_dump, split_authors
from politika.ingest.metadata import PageMetadata, clean, parse_html, read_metadata, site_key, split_names, strip_site
from politika.ingest.sanitise import clean_text, sanitise_article

MIN_TEXT_CHARS = 100
_WORD = re.compile(r"\w+")
# Below this many words a schema.org articleBody is usually a teaser or truncated, not the article.
_MIN_ARTICLE_BODY_WORDS = 150


@dataclass
class ExtractionOptions:
    """How extraction behaves; one object instead of many keyword arguments.

    ``favor_precision`` is trafilatura's option: less boilerplate at the cost of an occasional missed
    paragraph (measured better on both extraction benchmarks, see docs/eval.md).
    """

    max_bytes: int = DEFAULT_MAX_BYTES
    min_text_chars: int = MIN_TEXT_CHARS
    favor_precision: bool = True
    favor_recall: bool = False


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
    sanitise_article(article)
    if len(article.text.strip()) < options.min_text_chars:
        raise ExtractionError(raw.origin, f"no article text found (only {len(article.text.strip())} characters "
                                          f"of main text; at least {options.min_text_chars} needed)")
    return article


def _as_text(raw: RawDocument, options: ExtractionOptions) -> str:
    if isinstance(raw.content, str):
        if not raw.content.strip():
            raise InputError(raw.origin, "empty input")
        return clean_text(raw.content)
    data = raw.content
    if is_gzip(data):
        data = gunzip(data, raw.origin, options.max_bytes)
    if len(data) > options.max_bytes:
        raise InputError(raw.origin, f"input is {len(data):,} bytes, over the {options.max_bytes:,}-byte limit "
                                     "(raise it with --max-bytes)")
    # a NUL past the first 4 KB (the binary check's window) is damage in a text file: replaced, not stored
    return clean_text(decode(data, raw.origin, raw.content_type))


def _parse(html: str, origin: str) -> Any:
    """Parse once, the way trafilatura does, so that metadata and body read the same tree."""
    try:
        tree = load_html(html)
        if tree is None:
            tree = parse_html(html)
    except (etree.ParserError, ValueError, TypeError) as exc:
        raise InputError(origin, f"not parseable as HTML ({exc})") from exc
    return tree


def extract_html(html: str, origin: str, url: str | None = None,
                 options: ExtractionOptions | None = None) -> Article:
    """Extract the article of an HTML page.

    Body text comes from trafilatura (or from the page's schema.org ``articleBody`` when trafilatura's
    text is that body plus boilerplate, a fragment of it, or another block); title, authors, date, site,
    section, language and canonical URL come from the page's markup (see :mod:`politika.ingest.metadata`),
    then from trafilatura's own metadata.
    """
    options = options or ExtractionOptions()
    tree = _parse(html, origin)
    meta = read_metadata(tree, url)
    _unwrap_inline_links(tree)
    doc = _trafilatura(tree, url, options.favor_precision, options.favor_recall)
    if options.favor_precision and len((_doc_get(doc, "text") or "").strip()) < options.min_text_chars:
        doc = _trafilatura(tree, url, False, True)  # precision found (almost) nothing: try for recall
    body = _body_text(doc, meta)
    article = Article(text=body, origin=origin, url=url)
    # trafilatura's own metadata (htmldate and its heuristics) costs a third of its time: only when the
    # page's markup left a gap. Read after the body, on our tree, which bare_extraction copied.
    gaps = not (meta.title and meta.date and meta.site and (meta.authors or meta.organisation_authors))
    _merge_metadata(article, meta, trafilatura.extract_metadata(tree, url) if gaps else None)
    return article


def _unwrap_inline_links(tree: Any) -> None:
    """Links inside a paragraph of prose made plain text: trafilatura's precision mode prunes link-heavy markup,
    and a link wrapped in a span took its words out of the sentence ("demands a substantial increase in <span><a>aid
    for Gaza</a></span> with ..." read "increase in with"). Only where the paragraph's own text outweighs its links'
    text, so a list of links stays one."""
    for paragraph in tree.iter("p"):
        links = list(paragraph.iter("a"))
        if not links:
            continue
        linked = sum(len(a.text_content()) for a in links)
        if 2 * linked < len(paragraph.text_content()):
            etree.strip_tags(paragraph, "a", "span")


def _trafilatura(tree: Any, url: str | None, precision: bool, recall: bool) -> Any:
    return trafilatura.bare_extraction(
        tree, url=url, with_metadata=False, include_comments=False, include_tables=False,
        favor_precision=precision, favor_recall=recall, deduplicate=False,
    )


def _doc_get(doc: Any, name: str) -> Any:
    if doc is None:
        return None
    if isinstance(doc, dict):
        return doc.get(name)
    return getattr(doc, name, None)


def _paragraphs(text: str) -> list[str]:
    return [p.strip() for p in re.split(r"\n+", text) if p.strip()]


def _shingle_set(text: str) -> set[tuple[str, ...]]:
    words = _WORD.findall(text.casefold())
    return {tuple(words[i:i + 4]) for i in range(max(1, len(words) - 3))}


def prefer_article_body(body: str, article_body: str) -> bool:
    """Whether the page's own ``articleBody`` is a better body than trafilatura's text.

    Yes when trafilatura found nothing, or when the articleBody is a real article (not a teaser) and
    trafilatura's text is it plus much more (boilerplate), a small part of it, or a different block.
    """
    if not body.strip():
        return True
    ab_words = len(_WORD.findall(article_body))
    if ab_words < _MIN_ARTICLE_BODY_WORDS:
        return False
    body_words = len(_WORD.findall(body))
    ours, theirs = _shingle_set(body), _shingle_set(article_body)
    shared = len(ours & theirs)
    theirs_in_ours = shared / len(theirs)
    ours_in_theirs = shared / len(ours)
    if theirs_in_ours >= 0.9 and body_words > 1.3 * ab_words:
        return True
    if ours_in_theirs >= 0.9 and ab_words > 1.3 * body_words:
        return True
    return theirs_in_ours < 0.3 and ours_in_theirs < 0.3


# Words of a sharing widget's line ("Share this article: Facebook Twitter Email").
SHARE_WORDS = frozenset({"share", "this", "article", "story", "page", "on", "via", "facebook", "twitter", "x", "email",
                         "e-mail", "mail", "whatsapp", "linkedin", "telegram", "reddit", "pinterest", "print", "copy",
                         "link", "tweet", "messenger", "bluesky", "threads", "vk", "follow", "us", "save", "gift"})


def is_share_line(paragraph: str) -> bool:
    """Whether a paragraph is a sharing widget's words only, with "share" or "follow" among them.

    >>> is_share_line("Share this article: Facebook Twitter Email"), is_share_line("Twitter banned him.")
    (True, False)
    """
    words = [w.strip(":|·•,.!-").lower() for w in paragraph.split()]
    words = [w for w in words if w]
    return 2 <= len(words) <= 16 and all(w in SHARE_WORDS for w in words) and bool({"share", "follow"} & set(words))


def _body_text(doc: Any, meta: PageMetadata) -> str:
    # a sharing widget's line inside the article's markup is the page's, not the story's
    paragraphs = [p for p in _paragraphs(_doc_get(doc, "text") or "") if not is_share_line(p)]
    # A headline repeated as the first line of the body is metadata, not body text.
    if paragraphs and meta.title and paragraphs[0] == meta.title.strip():
        paragraphs = paragraphs[1:]
    body = "\n\n".join(paragraphs)
    if meta.article_body and prefer_article_body(body, meta.article_body):
        body = "\n\n".join(_paragraphs(meta.article_body))
    return body


def _merge_metadata(article: Article, meta: PageMetadata, doc: Any) -> None:
    site_keys = {site_key(meta.site)} if meta.site else set()
    article.title = meta.title or (strip_site(clean(_doc_get(doc, "title")) or "", site_keys) or None)
    authors = meta.authors
    if not authors and _doc_get(doc, "author"):
        authors = [n for raw in str(_doc_get(doc, "author")).split(";") for n in split_names(raw, site_keys)]
    article.authors = _dedupe_names(authors or meta.organisation_authors)
    article.date = meta.date or normalise_date(_doc_get(doc, "date"))
    article.site = meta.site or _doc_get(doc, "sitename")
    article.canonical_url = meta.canonical_url or article.url
    article.url = article.url or article.canonical_url
    article.language = meta.language
    categories = _doc_get(doc, "categories")
    article.section = meta.section or (categories[0] if categories else None)
    article.description = meta.description or _doc_get(doc, "description")
    article.genre = genre_from_signals(section=article.section, schema_types=meta.schema_types,
                                       url=article.canonical_url or article.url)


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
    # JSON lines come checked (politika.ingest.fields); feed entries are read as leniently
    if isinstance(fields.get("title"), str) and fields["title"].strip():
        article.title = clean(fields["title"])
    authors = fields.get("authors")
    if isinstance(authors, str):
        authors = split_authors(authors)
    if isinstance(authors, list) and authors:
        article.authors = [a for a in authors if isinstance(a, str) and a.strip()]
    if isinstance(fields.get("date"), str):
        article.date = normalise_date(fields["date"]) or article.date
    for key in ("id", "site", "section", "language", "description"):
        if isinstance(fields.get(key), str) and fields[key]:
            setattr(article, key, fields[key])
    if isinstance(fields.get("url"), str):
        article.url = article.url or fields["url"]
    article.canonical_url = article.canonical_url or article.url
    genre = read_genre(fields["genre"]) if isinstance(fields.get("genre"), str) else None
    if genre:
        article.genre = genre
    elif article.genre == "unknown":
        article.genre = genre_from_signals(section=article.section, url=article.url)
    return article

"""Text both stores can hold, and metadata that fits its columns, before anything is stored or analysed.

PostgreSQL refuses a NUL character in text and JSONB, and neither store can encode a lone surrogate (``"\\ud800"``
in JSON is valid JSON). Both become U+FFFD, one character for one, in the text and in every field, before
extraction, storing and analysis: the offsets of a record point into the stored text, and into the text a user
gave ``politika annotate``. Metadata is fitted to what the store's columns take: a language code, a genre of
``GENRES``, a ``YYYY-MM-DD`` date, and short keys that PostgreSQL indexes (site, id).
"""

from __future__ import annotations

import re
from typing import Any

from politika.ingest.document import GENRES, Article
from politika.outlets import outlet_name

REPLACEMENT = "\ufffd"
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")
_LANGUAGE = re.compile(r"[a-z]{2,3}")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
# Columns with a btree index on PostgreSQL, whose entries must stay well under its ~2,700-byte limit.
INDEXED_TEXT_CHARS = 500
_TEXT_FIELDS = ("text", "origin", "id", "url", "canonical_url", "title", "site", "section", "description",
                "disclaimer", "fetched_at", "genre", "language", "date")


def clean_text(text: str) -> str:
    """``text`` with each NUL and lone surrogate replaced by U+FFFD (same length, same offsets).

    >>> clean_text("a\\x00b\\ud800c")
    'a\\ufffdb\\ufffdc'
    """
    if "\x00" not in text:
        try:
            text.encode("utf-8")
            return text
        except UnicodeEncodeError:
            pass
    return _UNSTORABLE.sub(REPLACEMENT, text)


def clean_value(value: Any) -> Any:
    """:func:`clean_text` on every string inside ``value`` (lists and dicts, keys included)."""
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, list):
        return [clean_value(v) for v in value]
    if isinstance(value, dict):
        return {clean_text(str(k)): clean_value(v) for k, v in value.items()}
    return value


def language_code(value: str | None) -> str | None:
    """The primary subtag of a language tag (``en-GB`` → ``en``), or ``None`` when ``value`` is not one."""
    if not value:
        return None
    code = value.strip().replace("_", "-").split("-")[0].lower()
    return code if _LANGUAGE.fullmatch(code) else None


def sanitise_article(article: Article) -> Article:
    """Make ``article`` storable on both backends, in place: see the module's docstring."""
    for name in _TEXT_FIELDS:
        value = getattr(article, name)
        if value is not None:
            setattr(article, name, clean_text(str(value)))
    article.authors = [clean_text(str(a)).strip() for a in article.authors if a is not None and str(a).strip()]
    article.related = clean_value(article.related)
    if article.language != "und":
        article.language = language_code(article.language)
    if article.genre not in GENRES:
        article.genre = "unknown"
    if article.date is not None and not _DATE.fullmatch(article.date):
        article.date = None
    if article.fetched_at is not None and len(article.fetched_at) > 32:
        article.fetched_at = None
    article.site = outlet_name(article.site, article.url)  # one outlet however the page names it
    for name in ("site", "id"):
        value = getattr(article, name)
        if value is not None and len(value) > INDEXED_TEXT_CHARS:
            setattr(article, name, value[:INDEXED_TEXT_CHARS])
    return article

"""Full-text queries: parsed once by politika, written in each backend's syntax, so that SQLite (FTS5) and
PostgreSQL (tsquery) find the same articles.

The syntax is a web search engine's:

- ``sanctions Russia``: every item must appear (in the title or the text)
- ``"arrest warrant"``: a phrase, its words in this order
- ``sanctions OR tariffs``: either (``OR`` in capitals; it binds tighter than the implicit AND, so
  ``Russia sanctions OR tariffs`` is Russia and either)
- ``Russia NOT Ukraine``, ``Russia -Ukraine``: without it (``NOT`` in capitals)
- ``sanct*``: a prefix of a word

Words match in any case and form (both backends stem English words), and Latin letters match without their
diacritics (``economie`` finds ``économie``). English stop words ("the", "of", "not", "or"; PostgreSQL's english
list) are left out on both backends, as PostgreSQL does: a query of stop words or punctuation only finds nothing,
as does a query with nothing but ``NOT`` items. Where the backends still differ: docs/explorer.md#search.

Each item goes to the backend as the text typed (quoted), so that the backend cuts it into words as it cut the
articles: ``U.S.``, ``example.com`` and ``Franco-German`` match where the same text stands.

>>> to_fts5(parse('Russia sanctions OR tariffs -"peace talks"'))
'("Russia") AND ("sanctions" OR "tariffs") NOT ("peace talks")'
>>> to_tsquery(parse('Russia sanctions OR tariffs -"peace talks"'))
"('Russia') & ('sanctions' | 'tariffs') & !('peace talks')"
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

# PostgreSQL's english.stop (share/tsearch_data/english.stop, the same since 8.3): the words its english
# configuration leaves out of documents and queries alike.
_ENGLISH_STOP = """
i me my myself we our ours ourselves you your yours yourself yourselves he him his himself she her hers herself it
its itself they them their theirs themselves what which who whom this that these those am is are was were be been
being have has had having do does did doing a an the and but if or because as until while of at by for with about
against between into through during before after above below to from up down in out on off over under again further
then once here there when where why how all any both each few more most other some such no nor not only own same so
than too very s t can will just don should now
"""
STOP_WORDS = frozenset(_ENGLISH_STOP.split())
MAX_ITEMS = 20  # a longer query is cut: each item costs a pass over the index
TS_CONFIG = "politika_english"  # PostgreSQL: english with unaccent (migration 0010)

_WORD = re.compile(r"[^\W_]+")
_CHUNK = re.compile(r'(-?)"([^"]*)"?|(\S+)')
_SEPARATE = re.compile(r"[\s'’‘]+")


@dataclass(frozen=True)
class Item:
    """A word, a phrase or a prefix, as typed (stop words at its ends cut off)."""

    text: str
    prefix: bool = False


@dataclass(frozen=True)
class SearchQuery:
    """Every group must match (a group: items joined by OR); no excluded item may."""

    groups: tuple[tuple[Item, ...], ...]
    excluded: tuple[Item, ...]


def parse(query: str) -> SearchQuery | None:
    """The query's groups and exclusions, or None when nothing is left to look for."""
    groups: list[list[Item]] = []
    excluded: list[Item] = []
    join_next = negate_next = False
    count = 0
    for match in _CHUNK.finditer(query):
        quoted_minus, phrase, chunk = match.groups()
        if chunk in ("OR", "AND", "NOT"):
            join_next, negate_next = chunk == "OR", chunk == "NOT"
            continue
        negate = negate_next or bool(quoted_minus)
        if phrase is None:
            negate = negate or (chunk.startswith("-") and len(chunk) > 1)
            item = _item(chunk.lstrip("-") if negate and not negate_next else chunk, quoted=False)
        else:
            item = _item(phrase, quoted=True)
        join, join_next, negate_next = join_next, False, False
        if item is None or count >= MAX_ITEMS:
            continue
        count += 1
        if negate:
            excluded.append(item)
        elif join and groups:
            groups[-1].append(item)
        else:
            groups.append([item])
    if not groups:
        return None
    return SearchQuery(tuple(tuple(g) for g in groups), tuple(excluded))


def _item(text: str, quoted: bool) -> Item | None:
    words = list(_WORD.finditer(text))
    if all(_stop(w) for w in words):
        return None
    # Stop words at the ends go where PostgreSQL drops them ("Putin's", "the talks"), not where its parser keeps
    # them in one token ("U.S.": u.s)
    first, last = 0, len(words) - 1
    while _stop(words[first]) and _SEPARATE.fullmatch(text[words[first].end():words[first + 1].start()]):
        first += 1
    while _stop(words[last]) and _SEPARATE.fullmatch(text[words[last - 1].end():words[last].start()]):
        last -= 1
    # a prefix of one word only (FTS5 and tsquery read a prefix on a phrase differently)
    prefix = not quoted and text.endswith("*") and first == last
    return Item(text[words[first].start():words[last].end()], prefix)


def _stop(word: re.Match[str]) -> bool:
    return word.group().lower() in STOP_WORDS


def expand(query: SearchQuery, alternatives: Callable[[str], Sequence[str]]) -> SearchQuery:
    """The query with each word or phrase (not a prefix) joined by OR to its ``alternatives`` (other spellings of
    the same name: ``store/scripts.py``), in included and excluded items alike.

    >>> expand(parse("Putin -Kyiv"), lambda text: ["Путин"] if text == "Putin" else []).groups
    ((Item(text='Putin', prefix=False), Item(text='Путин', prefix=False)),)
    """
    def widen(items: Sequence[Item]) -> tuple[Item, ...]:
        out = list(items)
        for item in items:
            if not item.prefix:
                out += [Item(text) for text in alternatives(item.text) if Item(text) not in out]
        return tuple(out)

    return SearchQuery(tuple(widen(group) for group in query.groups), widen(query.excluded))


def to_fts5(query: SearchQuery) -> str:
    """The query as an FTS5 MATCH expression: each item a quoted string, which FTS5 cuts into a phrase."""
    def item(i: Item) -> str:
        return '"' + i.text.replace('"', '""') + '"' + ("*" if i.prefix else "")

    found = " AND ".join("(" + " OR ".join(item(i) for i in group) + ")" for group in query.groups)
    if query.excluded:
        found = f"{found} NOT (" + " OR ".join(item(i) for i in query.excluded) + ")"
    return found


def to_tsquery(query: SearchQuery) -> str:
    """The query for ``to_tsquery(TS_CONFIG, ...)``: each item a quoted lexeme, which PostgreSQL cuts into a phrase
    (its stop words become gaps)."""
    def item(i: Item) -> str:
        return "'" + i.text.replace("\\", "\\\\").replace("'", "''") + "'" + (":*" if i.prefix else "")

    found = " & ".join("(" + " | ".join(item(i) for i in group) + ")" for group in query.groups)
    if query.excluded:
        found += " & !(" + " | ".join(item(i) for i in query.excluded) + ")"
    return found


__all__ = ["MAX_ITEMS", "STOP_WORDS", "TS_CONFIG", "Item", "SearchQuery", "expand", "parse", "to_fts5", "to_tsquery"]

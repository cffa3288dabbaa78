"""Stored claims (``Store.claims`` rows) as a flat CSV table of text columns, or as JSON lines.

The CSV has one claim a row and only text, number and yes/no cells: who (``source``: the stored actor's name,
else the source's words; ``source_id``; ``source_kind``: actor, text, anonymous, author or none), the cue, the
content (its parts joined with " … "), the actors it is about (names joined with "; "), the flags, and where it
was said (article, title, outlet, date, sentence index). The JSON lines keep every field of the row.

>>> row = claim_row({"article": "a1", "title": "T", "outlet": "Wire", "date": "2024-07-05", "sentence": 2,
...     "kind": "direct", "source": {"text": "Putin"}, "source_actor": {"id": "kb:Q7747", "name": "Vladimir Putin"},
...     "cue": {"text": "said"}, "content": {"text": "It will fail."}, "anonymous": False, "vague": False,
...     "author": False, "hedged": False, "hedges": [], "stance": None, "nested": False, "in_quote": False,
...     "about": [{"id": "x", "name": "NATO"}, {"id": "y", "name": "EU"}]})
>>> row["source"], row["source_kind"], row["content"], row["about"]
('Vladimir Putin', 'actor', 'It will fail.', 'NATO; EU')
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import IO, Any

from politika.csv_cells import write_dicts

CSV_COLUMNS = ("date", "article", "outlet", "title", "sentence", "source", "source_id", "source_text",
               "source_kind", "cue", "content", "about", "about_ids", "kind", "hedged", "hedges", "stance",
               "nested", "in_quote")


def _text(span: Mapping[str, Any] | None) -> str:
    return (span or {}).get("text") or ""


def source_kind(claim: Mapping[str, Any]) -> str:
    """Who the source is: ``author`` (the article's own voice), ``actor`` (a stored actor), ``anonymous``
    (unnamed: "a senior official"), ``text`` (named words with no stored actor) or ``none``."""
    if claim.get("author"):
        return "author"
    if claim.get("source_actor"):
        return "actor"
    if claim.get("anonymous"):
        return "anonymous"
    return "text" if _text(claim.get("source")) else "none"


def claim_row(claim: Mapping[str, Any]) -> dict[str, Any]:
    """A claim as one row of :data:`CSV_COLUMNS`: text cells only, lists joined with "; "."""
    actor = claim.get("source_actor") or {}
    parts = claim.get("content_parts")
    about = claim.get("about") or []
    return {
        "date": claim.get("date"), "article": claim.get("article"), "outlet": claim.get("outlet"),
        "title": claim.get("title"), "sentence": claim.get("sentence"),
        "source": actor.get("name") or _text(claim.get("source")), "source_id": actor.get("id"),
        "source_text": _text(claim.get("source")), "source_kind": source_kind(claim), "cue": _text(claim.get("cue")),
        "content": " … ".join(p["text"] for p in parts) if parts else _text(claim.get("content")),
        "about": "; ".join(a["name"] for a in about), "about_ids": "; ".join(a["id"] for a in about),
        "kind": claim.get("kind"), "hedged": claim.get("hedged"), "hedges": "; ".join(claim.get("hedges") or []),
        "stance": claim.get("stance"), "nested": claim.get("nested"), "in_quote": claim.get("in_quote"),
    }


def write_csv(claims: Iterable[Mapping[str, Any]], out: IO[str]) -> int:
    """Write ``claims`` as a CSV table (:data:`CSV_COLUMNS`, :func:`claim_row`), formulas escaped; returns the count."""
    return write_dicts(map(claim_row, claims), CSV_COLUMNS, out)


def write_jsonl(claims: Iterable[Mapping[str, Any]], out: IO[str]) -> int:
    """Write ``claims`` as JSON lines, every field kept; returns the count."""
    count = 0
    for claim in claims:
        out.write(json.dumps(claim, ensure_ascii=False, default=str) + "\n")
        count += 1
    return count


__all__ = ["CSV_COLUMNS", "claim_row", "source_kind", "write_csv", "write_jsonl"]

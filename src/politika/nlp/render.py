"""An article and its record as readable text for the terminal."""

from __future__ import annotations

import textwrap
from collections import Counter
from typing import Any

from politika.graph.causal_map import DEFAULT_MIN_CONFIDENCE as CAUSAL_MIN_CONFIDENCE
from politika.ingest.document import Article
from politika.nlp.claim_confidence import DEFAULT_MIN_CONFIDENCE as CLAIM_MIN_CONFIDENCE
from politika.plover import DEFAULT_MIN_CONFIDENCE as EVENT_MIN_CONFIDENCE

LAYER_LINES = 5  # lines shown per layer (events, claims, causal links) unless every one is asked for
# The confidence at which the views (lists, network, causal map, what-if) show a layer's items: under it an item
# stays in the record but the terminal lists it only when everything is asked for.
VIEW_MIN_CONFIDENCE = {"events": EVENT_MIN_CONFIDENCE, "attributions": CLAIM_MIN_CONFIDENCE,
                       "causal": CAUSAL_MIN_CONFIDENCE}


def render_text(article: Article, record: dict[str, Any] | None, width: int = 100,
                limit: int | None = LAYER_LINES) -> str:
    """Headline, metadata, the layers found (their counts, then up to ``limit`` lines per layer: events, claims,
    causal links; ``None``: all of them), then the text; with no record (not analysed), "not analysed"."""
    lines = [article.title or "(untitled)", "=" * min(width, len(article.title or "(untitled)"))]
    meta = [
        ("date", article.date), ("by", ", ".join(article.authors) or None), ("site", article.site),
        ("section", article.section), ("genre", article.genre), ("language", article.language),
        ("url", article.canonical_url or article.url),
    ]
    lines += [f"{k:>9}: {v}" for k, v in meta if v]
    lines.append("")
    if record is None:
        lines.append("not analysed")
        record = {}
    else:
        lines.append(f"{len(record.get('sentences', []))} sentences, {len(record.get('mentions', []))} mentions, "
                     f"{len(record.get('actors', []))} actors, {len(record.get('events', []))} events, "
                     f"{len(record.get('attributions', []))} attributions, "
                     f"{len(record.get('causal', []))} causal links")
    counts = Counter((m["text"], m["label"]) for m in record.get("mentions", []))
    if counts:
        lines.append("mentions: " + "; ".join(f"{text} ({label}) ×{n}" if n > 1 else f"{text} ({label})"
                                             for (text, label), n in counts.most_common(25)))
    lines += layer_lines(record, limit)
    lines.append("")
    for paragraph in article.text.split("\n\n"):
        lines.extend(textwrap.wrap(paragraph, width=width) or [""])
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def layer_lines(record: dict[str, Any], limit: int | None = LAYER_LINES) -> list[str]:
    """One section per layer the record has, one line per item the views show (:data:`VIEW_MIN_CONFIDENCE`), at
    most ``limit`` lines and then "… and N more"; ``limit=None``: every item, the less confident ones too.

    >>> layer_lines({"events": [{"type": "SANCTION", "actor": [], "recipient": [], "confidence": 0.9},
    ...                         {"type": "ASSAULT", "actor": [], "recipient": [], "confidence": 0.2}]})
    ['', 'events:', '  SANCTION  ? → ?  (0.90)', '  … and 1 under the views’ confidence 0.5 (--all)']
    """
    names = {actor["id"]: actor["name"] for actor in record.get("actors", [])}

    def who(ids: list[str] | None, spans: list[dict[str, Any]] | None) -> str:
        found = [names.get(i, i) for i in ids or []] or [s["text"] for s in spans or []]
        return ", ".join(found) or "?"

    def sure(item: dict[str, Any]) -> str:
        return f"  ({item['confidence']:.2f})" if item.get("confidence") is not None else ""

    def event(item: dict[str, Any]) -> str:
        marks = [m for m in ("negated", "hypothetical", "future") if item.get(m)]
        return (f"{item['type']}  {who(item.get('actor'), item.get('actor_spans'))} → "
                f"{who(item.get('recipient'), item.get('recipient_spans'))}{sure(item)}"
                + (f"  [{', '.join(marks)}]" if marks else ""))

    def claim(item: dict[str, Any]) -> str:
        source = names.get(item.get("source_actor") or "") or (item.get("source") or {}).get("text") or "?"
        cue = (item.get("cue") or {}).get("text")
        return (f"{_short(source, 40)}: “{_short(item['content']['text'], 90)}”" + (f"  cue: {cue}" if cue else "")
                + sure(item))

    def link(item: dict[str, Any]) -> str:
        kind = item.get("kind")
        return (f"{_short(item['cause']['text'], 45)}  --{item['polarity']}-->  {_short(item['effect']['text'], 45)}"
                + (f"  {kind}" if kind else "") + sure(item))

    out: list[str] = []
    for title, key, line in (("events", "events", event), ("claims", "attributions", claim),
                             ("causal links", "causal", link)):
        items = record.get(key) or []
        if not items:
            continue
        floor = VIEW_MIN_CONFIDENCE[key]
        confident = items if limit is None else [i for i in items if (i.get("confidence") or 0.0) >= floor
                                                   or i.get("confidence") is None]
        out += ["", f"{title}:"]
        out += [f"  {line(item)}" for item in confident[:limit]]
        if limit is not None and len(confident) > limit:
            out.append(f"  … and {len(confident) - limit} more (--all)")
        if len(confident) < len(items):
            out.append(f"  … and {len(items) - len(confident)} under the views’ confidence {floor:g} (--all)")
    return out


def _short(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[:width - 1].rstrip() + "…"

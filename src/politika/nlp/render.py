"""An article and its record as readable text for the terminal."""

from __future__ import annotations

import textwrap
from collections import Counter
from typing import Any

from politika.ingest.document import Article


def render_text(article: Article, record: dict[str, Any], width: int = 100) -> str:
    """Headline, metadata, the layers found, then the text."""
    lines = [article.title or "(untitled)", "=" * min(width, len(article.title or "(untitled)"))]
    meta = [
        ("date", article.date), ("by", ", ".join(article.authors) or None), ("site", article.site),
        ("section", article.section), ("genre", article.genre), ("language", article.language),
        ("url", article.canonical_url or article.url),
    ]
    lines += [f"{k:>9}: {v}" for k, v in meta if v]
    lines.append("")
    lines.append(f"{len(record.get('sentences', []))} sentences, {len(record.get('mentions', []))} mentions, "
                 f"{len(record.get('actors', []))} actors, {len(record.get('events', []))} events, "
                 f"{len(record.get('attributions', []))} attributions, {len(record.get('causal', []))} causal links")
    counts = Counter((m["text"], m["label"]) for m in record.get("mentions", []))
    if counts:
        lines.append("mentions: " + "; ".join(f"{text} ({label}) ×{n}" if n > 1 else f"{text} ({label})"
                                             for (text, label), n in counts.most_common(25)))
    lines.append("")
    for paragraph in article.text.split("\n\n"):
        lines.extend(textwrap.wrap(paragraph, width=width) or [""])
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"

#!/usr/bin/env python3
"""Inter-annotator agreement on the whole-article gold set: a second, independent pass scored against the first.

    python scripts/gold_articles.py build DRAFTS/ --out /tmp/second   # the second pass's gold files, kept apart
    python scripts/gold_agreement.py /tmp/second                      # scored against src/politika/eval/articles_gold
    python scripts/gold_agreement.py src/politika/eval/articles_gold/second_pass   # the shipped second pass

The second pass is turned into an annotation record (every item at confidence 1) and scored by
``politika eval articles``' own matching (:func:`politika.eval.articles.score_article`): an event matches a first-pass
event of the same type whose passage holds its trigger; an attribution, one whose content (and cue, where both have
one) it overlaps; a causal claim, one whose cause and effect each share a content word with it. So "precision" is the
share of the second pass's items the first pass has, "recall" the share of the first pass's items the second has, and
F1 is symmetric. It is the ceiling a system can be expected to reach against one annotator's gold. People: the share
of the first pass's people the second also lists (same name words), and of those the same ``kb`` id and country.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from politika.eval.article_gold import GOLD_DIR, article_text, index
from politika.eval.articles import ArticleResult, ArticlesReport, LayerScore, _content_words, score_article

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def _offsets(span: list[int] | None) -> dict[str, int] | None:
    return {"start": span[0], "end": span[1]} if span else None


def as_record(gold: dict[str, Any]) -> dict[str, Any]:
    """A gold file as the annotation record the scorer reads (actors made from the named sides and sources)."""
    actors: dict[tuple[str, str | None, str | None], str] = {}

    def actor_id(name: str, country: str | None = None, sector: str | None = None) -> str:
        key = (name, country, sector)
        return actors.setdefault(key, f"a{len(actors)}")

    events = [{"trigger": _offsets(e["trigger"]), "type": e["type"], "confidence": 1.0,
               "actor": [actor_id(a["name"], a.get("country"), a.get("sector")) for a in e.get("actor") or []],
               "recipient": [actor_id(a["name"], a.get("country"), a.get("sector"))
                             for a in e.get("recipient") or []]}
              for e in gold.get("events", [])]
    attributions = [{"content": _offsets(a.get("content")), "cue": _offsets(a.get("cue")),
                     "source": _offsets(a.get("source")), "confidence": 1.0,
                     "source_actor": actor_id(a["source_name"]) if a.get("source_name") else None}
                    for a in gold.get("attributions", [])]
    causal = [{"cause": _offsets(c["cause"]), "effect": _offsets(c["effect"]), "polarity": c.get("polarity"),
               "kind": "prevents" if c.get("polarity") == "-" else "causes", "confidence": 1.0}
              for c in gold.get("causal", [])]
    return {"actors": [{"id": pk, "name": name, "country": country, "sector": sector}
                       for (name, country, sector), pk in actors.items()],
            "events": events, "attributions": attributions, "causal": causal, "mentions": [], "sentences": []}


def people_agreement(first: list[dict[str, Any]], second: list[dict[str, Any]]) -> tuple[int, int, int, int]:
    """(first-pass people, found in the second, same kb id, same country) by shared name words."""
    found = same_kb = same_country = 0
    for person in first:
        words = _content_words(person.get("name") or "")
        other = next((p for p in second if p.get("name") == person.get("name")), None) or \
            next((p for p in second if words & _content_words(p.get("name") or "")), None)
        if other is None:
            continue
        found += 1
        same_kb += other.get("kb") == person.get("kb")
        same_country += other.get("country") == person.get("country")
    return len(first), found, same_kb, same_country


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__)
        return 2
    second_dir = Path(argv[0])
    articles = {a.id: a for a in index()}
    report = ArticlesReport("second pass against the first")
    people = [0, 0, 0, 0]
    for path in sorted(second_dir.glob("*.json")):
        second = json.loads(path.read_text(encoding="utf-8"))
        article = articles[second["id"]]
        first = json.loads((GOLD_DIR / f"{article.id}.json").read_text(encoding="utf-8"))
        if first["sha256"] != second["sha256"]:
            print(f"{path}: annotated on another text than the first pass", file=sys.stderr)
            return 1
        text = article_text(SHARED, article)
        layers, _ = score_article(text, as_record(second), first, min_confidence=0.0)
        layers["people"] = LayerScore()  # scored apart (people_agreement): the record has no mentions
        report.articles.append(ArticleResult(article.id, article.split, layers))
        people = [x + y for x, y in zip(people, people_agreement(first.get("people", []), second.get("people", [])),
                                        strict=True)]
    print("\n".join(line for line in report.table() if not line.startswith("people")))
    total, found, same_kb, same_country = people
    if total:
        print(f"people: {found}/{total} of the first pass's also in the second; of those same kb id {same_kb}/{found}, "
              f"same country {same_country}/{found}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

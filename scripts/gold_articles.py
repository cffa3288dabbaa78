#!/usr/bin/env python3
"""Annotate the whole-article gold set: show a text, check a draft, build the gold files from drafts.

    python scripts/gold_articles.py list
    python scripts/gold_articles.py show naeb-4c3aae34            # the text with character offsets per paragraph
    python scripts/gold_articles.py check DRAFTS/naeb-4c3aae34.json
    python scripts/gold_articles.py build DRAFTS/                 # writes src/politika/eval/articles_gold/<id>.json
    python scripts/gold_articles.py build DRAFTS/ --out DIR       # writes DIR/<id>.json (a second pass: agreement)

A *draft* names every span by quoting it: ``sent`` is an exact passage of the text (usually the sentence;
it may run over several sentences), and each span (``trigger``, ``source``, ``cue``, ``content``, ``cause``,
``effect``, ``signal``, ``mention``) is an exact substring of that passage. ``<field>_nth`` (1-based)
picks a later occurrence where the quote appears more than once; ``sent_nth`` does the same for the passage.
Drafts quote third-party text, so they stay outside the repository; the built gold files hold only
offsets and labels. Rules: docs/annotation-guidelines.md.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

from politika.eval.article_gold import GOLD_DIR, article_text, index, text_sha256

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SPAN_FIELDS = {"events": ("trigger",), "attributions": ("source", "cue", "content"),
               "causal": ("cause", "effect", "signal"), "people": ("mention",)}


def _find(hay: str, needle: str, nth: int, what: str) -> int:
    """The ``nth`` occurrence of ``needle``; where that one sits inside a word ("he" in "the"), the ``nth``
    occurrence that stands as whole words instead (what an annotator quoting "he" means)."""
    at = -1
    for _ in range(max(nth, 1)):
        at = hay.find(needle, at + 1)
        if at < 0:
            raise ValueError(f"{what}: {needle[:60]!r} not found" + (f" {nth} times" if nth > 1 else ""))
    inside = (at > 0 and hay[at - 1].isalnum() and needle[0].isalnum()) or \
        (at + len(needle) < len(hay) and hay[at + len(needle)].isalnum() and needle[-1].isalnum())
    if inside:
        whole = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(needle)}(?!\w)", hay)]
        if len(whole) >= max(nth, 1):
            return whole[max(nth, 1) - 1]
    return at


def resolve(text: str, item: dict[str, Any], fields: tuple[str, ...], where: str) -> dict[str, Any]:
    """A draft item with quotes → the same item with ``[start, end]`` offsets and no quoted text."""
    out = {k: v for k, v in item.items() if k != "sent" and not k.endswith("_nth") and k not in fields}
    passage = item.get("sent") or item.get("mention")
    if not isinstance(passage, str) or not passage:
        raise ValueError(f"{where}: no 'sent' passage")
    base = _find(text, passage, int(item.get("sent_nth", 1)), f"{where} sent")
    out["sent"] = [base, base + len(passage)]
    for field in fields:
        quote = item.get(field)
        if quote is None or quote == "":
            out[field] = None
            continue
        if not isinstance(quote, str):
            raise ValueError(f"{where}.{field}: expected a quote string")
        at = base + _find(passage, quote, int(item.get(f"{field}_nth", 1)), f"{where}.{field}")
        out[field] = [at, at + len(quote)]
    return out


def build_one(draft: dict[str, Any], shared: Path) -> dict[str, Any]:
    articles = {a.id: a for a in index()}
    article = articles[draft["id"]]
    text = article_text(shared, article)
    gold: dict[str, Any] = {"id": article.id, "sha256": text_sha256(text), "chars": len(text)}
    errors: list[str] = []
    for layer, fields in SPAN_FIELDS.items():
        gold[layer] = []
        for number, item in enumerate(draft.get(layer, []), start=1):
            try:
                gold[layer].append(resolve(text, item, fields, f"{article.id} {layer}[{number}]"))
            except (ValueError, TypeError) as exc:
                errors.append(str(exc))
    if errors:
        raise ValueError("\n".join(errors))
    return gold


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    command, *args = argv
    articles = {a.id: a for a in index()}
    if command == "list":
        for a in articles.values():
            words = len(article_text(SHARED, a).split())
            print(f"{a.id:16} {a.split:5} {a.genre:9} {words:5} words  {a.outlet}")
        return 0
    if command == "show":
        text = article_text(SHARED, articles[args[0]])
        offset = 0
        for paragraph in text.split("\n"):
            if paragraph.strip():
                print(f"[{offset}] {paragraph}\n")
            offset += len(paragraph) + 1
        return 0
    if command in ("check", "build"):
        out_dir = GOLD_DIR
        if "--out" in args:
            at = args.index("--out")
            out_dir = Path(args[at + 1])
            out_dir.mkdir(parents=True, exist_ok=True)
            args = args[:at] + args[at + 2:]
        paths = sorted(Path(args[0]).glob("*.json")) if Path(args[0]).is_dir() else [Path(p) for p in args]
        failed = 0
        for path in paths:
            try:
                gold = build_one(json.loads(path.read_text(encoding="utf-8")), SHARED)
            except (ValueError, KeyError, json.JSONDecodeError) as exc:
                failed += 1
                print(f"{path}: {exc}", file=sys.stderr)
                continue
            counts = ", ".join(f"{len(gold[layer])} {layer}" for layer in SPAN_FIELDS)
            print(f"{path.name}: ok ({counts})")
            if command == "build":
                (out_dir / f"{gold['id']}.json").write_text(json.dumps(gold, indent=1) + "\n", encoding="utf-8")
        return 1 if failed else 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

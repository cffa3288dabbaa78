#!/usr/bin/env python3
"""Build the Russian gold set (texts we wrote + hand annotation) from its drafts in scripts/gold_ru/.

    python scripts/gold_articles_ru.py check      # resolve every quote, list capitalised words no actor covers
    python scripts/gold_articles_ru.py build      # write src/politika/eval/articles_gold_ru/{texts/<id>.txt,<id>.json}

A draft module defines ``ARTICLES``, a list of dicts: ``id``, ``title``, ``date``, ``text`` (paragraphs
separated by blank lines) and the annotation as tuples that quote the text:

- ``actors``: ``(name, kb, country, type, office, forms[, kb_also])``; each form is a string (every whole-word
  occurrence in the text is a mention) or ``(form, passage)`` (the occurrence inside that passage only);
- ``events``: ``(passage, trigger, type, mode, actors, recipients, flags)`` with sides as ``(name, country,
  sector)`` tuples and flags ``""``, ``"neg"``, ``"hyp"`` or ``"neg hyp"``;
- ``attributions``: ``(passage, source, source_name, source_kind, cue, content)``;
- ``causal``: ``(passage, cause, effect, signal, polarity, flags)`` with flags ``""``, ``"insufficient"``,
  ``"failed"``.

A passage is any quote that occurs once in the text; the item's ``sent`` is the sentence holding it (the texts
are ours, written so that a sentence ends at ``.``, ``!`` or ``?`` followed by a space or a line break). Spans
are found inside that sentence; ``word#2`` picks the second occurrence. Rules: docs/annotation-guidelines-ru.md.
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path
from typing import Any

from politika.eval.article_gold import RU_GOLD_DIR, index, text_sha256

DRAFTS = Path(__file__).with_name("gold_ru")
KB_COUNTRIES = Path(__file__).resolve().parents[1] / "src" / "politika" / "kb" / "data" / "countries.jsonl"


def state_pairs() -> dict[str, str]:
    """A state's entry and its government's entry, both ways: a link to either is the right state."""
    by_code: dict[str, dict[str, str]] = {}
    for line in KB_COUNTRIES.read_text(encoding="utf-8").splitlines():
        entry = json.loads(line)
        if entry.get("kind") in ("country", "government") and entry.get("country"):
            by_code.setdefault(entry["country"], {})[entry["kind"]] = entry["id"]
    pairs: dict[str, str] = {}
    for ids in by_code.values():
        if len(ids) == 2:
            pairs[ids["country"]] = ids["government"]
            pairs[ids["government"]] = ids["country"]
    return pairs
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+|\n+")


def sentences(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        if text[start:match.start()].strip():
            spans.append((start, match.start()))
        start = match.end()
    if text[start:].strip():
        spans.append((start, len(text.rstrip())))
    return spans


def kb_ids() -> set[str]:
    """Every id of the knowledge base's data files (a gold ``kb`` must be one of them)."""
    ids: set[str] = set()
    for path in KB_COUNTRIES.parent.glob("*.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                ids.add(json.loads(line)["id"])
    return ids


def _once(text: str, quote: str, where: str) -> int:
    at = text.find(quote)
    if at < 0:
        raise ValueError(f"{where}: {quote[:60]!r} not found")
    if text.find(quote, at + 1) >= 0:
        raise ValueError(f"{where}: {quote[:60]!r} occurs more than once")
    return at


def _sentence(text: str, quote: str, where: str) -> tuple[int, int]:
    at = _once(text, quote, where)
    for start, end in sentences(text):
        if start <= at < end:
            if at + len(quote) > end:
                raise ValueError(f"{where}: passage {quote[:60]!r} runs over a sentence end")
            return start, end
    raise ValueError(f"{where}: no sentence holds {quote[:40]!r}")


def _within(text: str, sent: tuple[int, int], quote: str | None, where: str) -> list[int] | None:
    if quote is None:
        return None
    nth = 1
    if "#" in quote:
        quote, number = quote.rsplit("#", 1)
        nth = int(number)
    hay = text[sent[0]:sent[1]]
    found = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(quote)}(?!\w)", hay)] or \
        [m.start() for m in re.finditer(re.escape(quote), hay)]
    if len(found) < nth:
        raise ValueError(f"{where}: {quote[:60]!r} not found in {hay[:80]!r}")
    return [sent[0] + found[nth - 1], sent[0] + found[nth - 1] + len(quote)]


def _side(side: list[tuple[str, str | None, str | None]]) -> list[dict[str, Any]]:
    return [{"name": name, "country": country, "sector": sector} for name, country, sector in side]


def _mentions(text: str, actors: list[tuple[Any, ...]], where: str) -> list[list[list[int]]]:
    """Every actor's mentions, longest form first; a character claimed by two actors is an error."""
    claimed: dict[int, int] = {}
    out: list[list[list[int]]] = [[] for _ in actors]
    forms = []
    for number, actor in enumerate(actors):
        for form in actor[5]:
            forms.append((number, form))
    forms.sort(key=lambda item: -len(item[1] if isinstance(item[1], str) else item[1][0]))
    for number, form in forms:
        if isinstance(form, str):
            starts = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", text)]
            word = form
            if not starts:
                raise ValueError(f"{where} actor {actors[number][0]}: form {form!r} not in the text")
        else:
            word, passage = form
            base = _once(text, passage, f"{where} actor {actors[number][0]}")
            inner = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", passage)]
            if len(inner) != 1:
                raise ValueError(f"{where} actor {actors[number][0]}: {word!r} occurs {len(inner)} times in passage")
            starts = [base + inner[0]]
        for start in starts:
            end = start + len(word)
            owners = {claimed[i] for i in range(start, end) if i in claimed}
            if owners - {number}:
                if isinstance(form, str) and all(claimed.get(i) is not None for i in range(start, end)):
                    continue  # inside a longer form of another actor ("России" in "МИД России")
                raise ValueError(f"{where}: {word!r} at {start} claimed by {actors[min(owners)][0]} "
                                 f"and {actors[number][0]}")
            if owners:
                continue  # inside a longer form of the same actor
            for i in range(start, end):
                claimed[i] = number
            out[number].append([start, end])
    return [sorted(spans) for spans in out]


def build_one(draft: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    text = draft["text"].strip() + "\n"
    where = draft["id"]
    gold: dict[str, Any] = {"id": draft["id"], "sha256": text_sha256(text), "chars": len(text)}
    errors: list[str] = []

    def attempt(layer: str, make: Any, items: list[Any]) -> None:
        gold[layer] = []
        for number, item in enumerate(items, start=1):
            try:
                gold[layer].append(make(item))
            except (ValueError, TypeError) as exc:
                errors.append(f"{where} {layer}[{number}]: {exc}")

    def event(item: tuple[Any, ...]) -> dict[str, Any]:
        passage, trigger, kind, mode, actor, recipient, flags = item
        sent = _sentence(text, passage, where)
        return {"type": kind, "mode": mode, "actor": _side(actor), "recipient": _side(recipient),
                "negated": "neg" in flags, "hypothetical": "hyp" in flags, "sent": list(sent),
                "trigger": _within(text, sent, trigger, "trigger")}

    def attribution(item: tuple[Any, ...]) -> dict[str, Any]:
        passage, source, source_name, kind, cue, content = item
        sent = _sentence(text, passage, where)
        return {"source_name": source_name, "source_kind": kind, "sent": list(sent),
                "source": _within(text, sent, source, "source"), "cue": _within(text, sent, cue, "cue"),
                "content": _within(text, sent, content, "content")}

    def causal(item: tuple[Any, ...]) -> dict[str, Any]:
        passage, cause, effect, signal, polarity, flags = item
        sent = _sentence(text, passage, where)
        return {"polarity": polarity, "insufficient": flags == "insufficient", "failed": flags == "failed",
                "sent": list(sent), "cause": _within(text, sent, cause, "cause"),
                "effect": _within(text, sent, effect, "effect"), "signal": _within(text, sent, signal, "signal")}

    attempt("events", event, draft.get("events", []))
    attempt("attributions", attribution, draft.get("attributions", []))
    attempt("causal", causal, draft.get("causal", []))
    actors = draft.get("actors", [])
    try:
        mentions = _mentions(text, actors, where)
    except ValueError as exc:
        errors.append(str(exc))
        mentions = [[] for _ in actors]
    gold["actors"] = []
    gold["people"] = []
    pairs = state_pairs()
    known = kb_ids()
    for actor, spans in zip(actors, mentions, strict=True):
        name, kb, country, kind, office, _forms, *rest = actor
        entry = {"name": name, "kb": kb, "country": country, "type": kind, "mentions": spans}
        also = list(rest[0]) if rest else []
        for key in (kb, *(rest[0] if rest else [])):
            if key is not None and key not in known:
                errors.append(f"{where} actor {name}: {key} is not in the knowledge base")
        if kb in pairs:
            also.append(pairs[kb])
        if also:
            entry["kb_also"] = also
        gold["actors"].append(entry)
        if kind == "PERSON" and spans:
            first = spans[0]
            sent = next(s for s in sentences(text) if s[0] <= first[0] < s[1])
            gold["people"].append({"name": name, "kb": kb, "country": country, "office": office,
                                   "sent": list(sent), "mention": first})
    if errors:
        raise ValueError("\n".join(errors))
    return text, gold


def uncovered(text: str, gold: dict[str, Any]) -> list[str]:
    """Capitalised words not at a sentence start that no actor mention covers (to catch a missed mention)."""
    covered = {i for actor in gold["actors"] for s, e in actor["mentions"] for i in range(s, e)}
    starts = {s for s, _ in sentences(text)}
    out = []
    for match in re.finditer(r"\b[А-ЯЁA-Z][\w-]*", text):
        if match.start() not in covered and match.start() not in starts and text[match.start() - 2:match.start()] \
                not in ("« ", "\n«") and text[match.start() - 1] != "«":
            out.append(match.group())
    return out


def drafts() -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for path in sorted(DRAFTS.glob("batch*.py")):
        spec = importlib.util.spec_from_file_location(path.stem, path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        out.extend(module.ARTICLES)
    return out


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("check", "build"):
        print(__doc__)
        return 2
    known = {a.id: a for a in index(RU_GOLD_DIR / "index.json")}
    failed = 0
    for draft in drafts():
        if draft["id"] not in known:
            print(f"{draft['id']}: not in the index", file=sys.stderr)
            failed += 1
            continue
        try:
            text, gold = build_one(draft)
        except (ValueError, KeyError) as exc:
            failed += 1
            print(f"{exc}", file=sys.stderr)
            continue
        words = len(text.split())
        counts = ", ".join(f"{len(gold[layer])} {layer}" for layer in ("events", "attributions", "causal", "people"))
        mentions = sum(len(a["mentions"]) for a in gold["actors"])
        print(f"{draft['id']} {known[draft['id']].split:4} {words:3} words: {counts}, "
              f"{len(gold['actors'])} actors / {mentions} mentions")
        if argv[0] == "check":
            print("   uncovered:", " ".join(uncovered(text, gold)))
        if argv[0] == "build":
            (RU_GOLD_DIR / "texts").mkdir(exist_ok=True)
            (RU_GOLD_DIR / "texts" / f"{draft['id']}.txt").write_text(text, encoding="utf-8")
            (RU_GOLD_DIR / f"{draft['id']}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                                             encoding="utf-8")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

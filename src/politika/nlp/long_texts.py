"""Texts longer than the pipeline takes at once: analysed in pieces cut at paragraph breaks, and the pieces'
records merged into one record of the whole text.

Every span of the merged record indexes the whole text (``text == whole[start:end]``), sentence numbers count
from the first sentence of the whole text, an attribution's ``parent`` points into the merged list, and the
actors of the pieces are one list: the same knowledge-base id, or else the same name and type, is one actor
(names, descriptors, roles and ties pooled, mentions summed) and every reference to an actor (``actor``,
``recipient``, ``source_actor``, a tie's ``target``) names the merged one. What a piece cannot see is lost: a
pronoun at the start of a piece does not reach back to a name in the piece before.

>>> [(start, len(piece)) for start, piece in split_text("a" * 5 + "\\n\\n" + "b" * 5, 8)]
[(0, 7), (7, 5)]
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from typing import Any

from politika.nlp.inputs import NlpInput

ACTOR_REFS = frozenset({"actor", "recipient", "source_actor", "target"})
# where to cut, best first: a paragraph break, a line break, a sentence end, a space
_BREAKS = (re.compile(r"\n\s*\n"), re.compile(r"\n"), re.compile(r"[.!?][\"'”’)]*\s"), re.compile(r"\s"))


def split_text(text: str, limit: int) -> list[tuple[int, str]]:
    """``text`` as ``(offset, piece)`` pairs of at most ``limit`` characters that join back into it; each piece
    ends at the last paragraph break inside the limit (else a line break, a sentence end, a space; else the
    limit)."""
    pieces: list[tuple[int, str]] = []
    start = 0
    while len(text) - start > limit:
        window = text[start:start + limit]
        cut = limit
        for pattern in _BREAKS:
            ends = [m.end() for m in pattern.finditer(window) if m.end() <= limit]
            if ends and ends[-1] > limit // 4:  # not a sliver: a break in the first quarter is not worth it
                cut = ends[-1]
                break
        pieces.append((start, text[start:start + cut]))
        start += cut
    pieces.append((start, text[start:]))
    return pieces


@dataclass
class _Pending:
    id: str
    offsets: list[int]
    records: list[dict[str, Any]]


class Chunker:
    """Cuts long inputs into pieces on the way into the pipeline and merges their records on the way out.

    ``pieces`` and ``merged`` must see the records in the order of the pieces (the pipeline keeps it)."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self._pending: list[_Pending] = []

    def pieces(self, inputs: Iterable[NlpInput]) -> Iterator[NlpInput]:
        for item in inputs:
            parts = split_text(item.text, self.limit) if len(item.text) > self.limit else [(0, item.text)]
            self._pending.append(_Pending(item.id, [offset for offset, _ in parts], []))
            if len(parts) == 1:
                yield item
            else:
                for _, piece in parts:
                    yield replace(item, text=piece)

    def merged(self, records: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
        for record in records:
            pending = self._pending[0]
            pending.records.append(record)
            if len(pending.records) == len(pending.offsets):
                self._pending.pop(0)
                yield (record if len(pending.offsets) == 1
                       else merge_records(pending.id, list(zip(pending.offsets, pending.records, strict=True))))


def merge_records(record_id: Any, parts: list[tuple[int, dict[str, Any]]]) -> dict[str, Any]:
    """One record from the records of a text's pieces, each with the offset of its piece in the text.

    A piece whose analysis failed makes the whole record that piece's error record, its ``error`` saying where
    the piece starts."""
    for offset, part in parts:
        if "error" in part:
            return {**part, "id": record_id,
                    "error": f"{part['error']} (in the piece at character {offset} of a long text)"}
    merged: dict[str, Any] = {"id": record_id}
    actors = _ActorPool()
    sentences = attributions = 0
    lengths: list[int] = []
    for offset, part in parts:
        ids = actors.add(part.get("actors") or [], functools.partial(_shift, chars=offset, sentences=sentences,
                                                                   actor_ids={}))
        for key, value in part.items():
            if key in ("id", "actors"):
                continue
            if isinstance(value, list):
                shifted = _shift(value, offset, sentences, ids)
                if key == "attributions":
                    for item in shifted:
                        if isinstance(item.get("parent"), int):
                            item["parent"] += attributions
                merged.setdefault(key, []).extend(shifted)
            elif key not in merged:
                merged[key] = value
        sentences += len(part.get("sentences") or [])
        attributions += len(part.get("attributions") or [])
        lengths.append(_length(part))
    merged["actors"] = actors.records()
    order = list(parts[0][1])  # the keys in a record's usual order
    merged = {key: merged[key] for key in sorted(merged, key=lambda k: order.index(k) if k in order else len(order))}
    if "contexts" in merged:
        merged["contexts"] = _merge_contexts(merged["contexts"])
    scores = [(part["opinion_score"], n) for (_, part), n in zip(parts, lengths, strict=True)
              if isinstance(part.get("opinion_score"), (int, float))]
    if scores and sum(n for _, n in scores):
        merged["opinion_score"] = round(sum(s * n for s, n in scores) / sum(n for _, n in scores), 3)
    return merged


def _length(record: dict[str, Any]) -> int:
    sentences = record.get("sentences") or []
    return sentences[-1]["end"] - sentences[0]["start"] if sentences else 0


def _shift(value: Any, chars: int, sentences: int, actor_ids: dict[str, str]) -> Any:
    """``value`` with character offsets moved by ``chars``, sentence numbers by ``sentences`` and actor
    references renamed by ``actor_ids``."""
    if isinstance(value, list):
        return [_shift(v, chars, sentences, actor_ids) for v in value]
    if not isinstance(value, dict):
        return value
    out: dict[str, Any] = {}
    for key, item in value.items():
        if key in ("start", "end") and isinstance(item, int) and not isinstance(item, bool):
            out[key] = item + chars
        elif key == "sentence" and isinstance(item, int) and not isinstance(item, bool):
            out[key] = item + sentences
        elif key in ACTOR_REFS and actor_ids:
            out[key] = ([actor_ids.get(v, v) for v in item] if isinstance(item, list)
                        else actor_ids.get(item, item) if isinstance(item, str) else item)
        else:
            out[key] = _shift(item, chars, sentences, actor_ids)
    return out


class _ActorPool:
    """The actors of all pieces, one per knowledge-base id, else per name and type, numbered a1, a2, ..."""

    def __init__(self) -> None:
        self.actors: list[dict[str, Any]] = []
        self.by_key: dict[tuple[str, str], dict[str, Any]] = {}
        self.renames: list[tuple[dict[str, str], list[dict[str, Any]]]] = []  # ids of a piece, its ties

    def add(self, actors: list[dict[str, Any]], shift: Callable[[Any], Any]) -> dict[str, str]:
        """Pool one piece's actors (spans shifted by ``shift``); the piece's id → the merged id."""
        ids: dict[str, str] = {}
        ties: list[dict[str, Any]] = []
        for actor in actors:
            actor = shift(actor)
            keys = [("kb", actor["kb_id"])] if actor.get("kb_id") else []
            keys.append(("name", f"{str(actor.get('name', '')).lower()}|{actor.get('type')}"))
            found = next((self.by_key[k] for k in keys if k in self.by_key), None)
            if found is None:
                found = {**actor, "id": f"a{len(self.actors) + 1}", "ties": []}
                self.actors.append(found)
            else:
                _pool_into(found, actor)
            for key in keys:
                self.by_key.setdefault(key, found)
            ids[str(actor["id"])] = found["id"]
            new_ties = [dict(t) for t in actor.get("ties") or []]
            found["ties"].extend(new_ties)
            ties.extend(new_ties)
        for tie in ties:  # a tie's target is an actor of the same piece
            tie["target"] = ids.get(tie.get("target"), tie.get("target"))  # type: ignore[arg-type]
        return ids

    def records(self) -> list[dict[str, Any]]:
        for actor in self.actors:
            if not actor["ties"]:
                actor.pop("ties")
        return self.actors


def _pool_into(found: dict[str, Any], actor: dict[str, Any]) -> None:
    for key, value in actor.items():
        if key in ("id", "ties"):
            continue
        if key == "mention_count" and isinstance(value, int):
            found[key] = int(found.get(key) or 0) + value
        elif isinstance(value, list):
            pooled = found.setdefault(key, [])
            pooled.extend(v for v in value if v not in pooled)
        elif found.get(key) is None:
            found[key] = value
        elif key == "link_confidence" and isinstance(value, (int, float)):
            found[key] = max(found[key], value)


def _merge_contexts(contexts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    by_name: dict[Any, dict[str, Any]] = {}
    for context in contexts:
        if context.get("context") in by_name:
            by_name[context["context"]]["evidence"].extend(context.get("evidence") or [])
        else:
            by_name[context.get("context")] = {**context, "evidence": list(context.get("evidence") or [])}
    return list(by_name.values())


__all__ = ["ACTOR_REFS", "Chunker", "merge_records", "split_text"]

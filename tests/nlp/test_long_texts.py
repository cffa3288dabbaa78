"""Texts over the pipeline's limit are analysed in pieces and merged into one record of the whole text, not cut."""

from __future__ import annotations

from typing import Any

import pytest

from politika.nlp import pipeline
from politika.nlp.long_texts import Chunker, merge_records, split_text
from politika.nlp.pipeline import NlpInput, analyse
from tests.nlp.test_record import check_record

PARAGRAPHS = [
    "Hungarian Prime Minister Viktor Orbán arrived in Moscow on Friday for talks with President Vladimir Putin. "
    "The European Union said he had no mandate to negotiate.",
    "NATO Secretary General Jens Stoltenberg called the trip a mistake. Putin thanked Orbán for the visit.",
    "Ukrainian President Volodymyr Zelensky said sanctions against Russia must be tightened because Moscow "
    "keeps attacking Ukrainian cities.",
    "On Monday Orbán flew to Beijing, where he met Chinese President Xi Jinping. Xi said China supported "
    "peace talks.",
    "Putin said Russia would not accept a ceasefire. The Kremlin accused Ukraine of attacking a power plant.",
]


def _all_spans(value: Any) -> list[dict[str, Any]]:
    if isinstance(value, list):
        return [s for v in value for s in _all_spans(v)]
    if not isinstance(value, dict):
        return []
    own = [value] if isinstance(value.get("start"), int) and isinstance(value.get("text"), str) else []
    return own + [s for v in value.values() for s in _all_spans(v)]


def test_split_text_cuts_at_paragraphs_and_joins_back() -> None:
    text = "\n\n".join(PARAGRAPHS)
    pieces = split_text(text, 300)
    assert "".join(p for _, p in pieces) == text
    assert all(len(p) <= 300 for _, p in pieces) and len(pieces) > 1
    assert all(text[start:start + len(p)] == p for start, p in pieces)
    assert all(p.endswith("\n\n") for _, p in pieces[:-1])  # every cut at a paragraph break
    assert split_text(text, 10_000) == [(0, text)]
    # one long paragraph: at sentence ends, then spaces, then anywhere
    sentences = "One sentence here. " * 40
    assert all(p.endswith(". ") for _, p in split_text(sentences, 100)[:-1])
    assert [len(p) for _, p in split_text("x" * 250, 100)] == [100, 100, 50]


def test_merge_shifts_offsets_sentences_parents_and_pools_actors() -> None:
    first = {"id": "x", "sentences": [{"start": 0, "end": 10}],
             "mentions": [{"start": 0, "end": 5, "text": "Putin", "actor": "a1"}],
             "actors": [{"id": "a1", "name": "Vladimir Putin", "type": "PERSON", "kb_id": "Q7747",
                         "aliases": ["Putin"], "mention_count": 1,
                         "ties": [{"type": "leads", "target": "a2", "sentence": 0,
                                   "evidence": {"start": 0, "end": 5, "text": "Putin"}}]},
                        {"id": "a2", "name": "Russia", "type": "GPE", "kb_id": None, "mention_count": 1}],
             "events": [], "attributions": [{"sentence": 0, "parent": None, "source_actor": "a1",
                                             "content": {"start": 6, "end": 10, "text": "said"}}],
             "causal_sentences": [{"sentence": 0, "causal": False}], "causal": [], "opinion_score": 0.0}
    second = {"id": "x", "sentences": [{"start": 0, "end": 8}, {"start": 9, "end": 20}],
              "mentions": [{"start": 0, "end": 2, "text": "Xi", "actor": "a1"},
                           {"start": 9, "end": 14, "text": "Putin", "actor": "a2"}],
              "actors": [{"id": "a1", "name": "Xi Jinping", "type": "PERSON", "kb_id": "Q15031", "mention_count": 1},
                         {"id": "a2", "name": "Putin", "type": "PERSON", "kb_id": "Q7747", "aliases": ["V. Putin"],
                          "mention_count": 2}],
              "events": [{"sentence": 1, "actor": ["a2"], "recipient": ["a1"],
                          "trigger": {"start": 15, "end": 18, "text": "met"}}],
              "attributions": [{"sentence": 1, "parent": None, "source_actor": "a2"},
                               {"sentence": 1, "parent": 0, "source_actor": None}],
              "causal_sentences": [{"sentence": 0, "causal": False}, {"sentence": 1, "causal": True}],
              "causal": [], "opinion_score": 1.0}
    merged = merge_records("x", [(0, first), (100, second)])
    assert list(merged)[:3] == ["id", "sentences", "mentions"]
    assert merged["sentences"] == [{"start": 0, "end": 10}, {"start": 100, "end": 108}, {"start": 109, "end": 120}]
    assert [(m["start"], m["actor"]) for m in merged["mentions"]] == [(0, "a1"), (100, "a3"), (109, "a1")]
    putin, russia, xi = merged["actors"]
    assert (putin["id"], putin["mention_count"], putin["aliases"]) == ("a1", 3, ["Putin", "V. Putin"])
    assert putin["ties"][0]["target"] == "a2" == russia["id"] and "ties" not in russia
    assert xi["id"] == "a3" and xi["kb_id"] == "Q15031"
    assert merged["events"][0]["sentence"] == 2 and merged["events"][0]["actor"] == ["a1"]
    assert merged["events"][0]["recipient"] == ["a3"] and merged["events"][0]["trigger"]["start"] == 115
    assert [a["parent"] for a in merged["attributions"]] == [None, None, 1]
    assert [a["source_actor"] for a in merged["attributions"]] == ["a1", "a1", None]
    assert [c["sentence"] for c in merged["causal_sentences"]] == [0, 1, 2]
    assert 0 < merged["opinion_score"] < 1
    failed = merge_records("x", [(0, first), (100, {"id": "x", "error": "analysis failed in politika_events: E"})])
    assert failed["error"].startswith("analysis failed in politika_events") and "character 100" in failed["error"]


def test_chunker_keeps_order_across_batches() -> None:
    chunker = Chunker(10)
    items = [NlpInput("a", "short"), NlpInput("b", "word " * 6), NlpInput("c", "tiny")]
    pieces = list(chunker.pieces(items))
    assert [p.id for p in pieces] == ["a", "b", "b", "b", "c"]
    records = [{"id": p.id, "sentences": [{"start": 0, "end": len(p.text)}]} for p in pieces]
    out = list(chunker.merged(records[:2])) + list(chunker.merged(records[2:]))  # b's pieces in two batches
    assert [r["id"] for r in out] == ["a", "b", "c"]
    assert out[1]["sentences"][-1]["end"] == 30


@pytest.mark.slow
def test_a_text_over_the_limit_is_analysed_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "\n\n".join(PARAGRAPHS * 2)
    whole = next(analyse([NlpInput("long", text, date="2024-07-05")]))
    monkeypatch.setattr(pipeline, "MAX_CHARS", 400)  # the real limit is 200,000: the same code, a short text
    record = next(analyse([NlpInput("long", text, date="2024-07-05")]))
    assert "error" not in record, record.get("error")
    check_record(record, text)
    for span in _all_spans(record):
        assert text[span["start"]:span["end"]] == span["text"], span
    assert record["sentences"][-1]["end"] > len(text) - 120  # the last paragraph is analysed, not cut
    assert len(record["sentences"]) == len(whole["sentences"])
    assert len(record["causal_sentences"]) == len(record["sentences"])
    ids = {a["id"] for a in record["actors"]}
    assert len(ids) == len(record["actors"])
    kb = [a["kb_id"] for a in record["actors"] if a.get("kb_id")]
    assert len(kb) == len(set(kb)) and "Q7747" in kb  # Putin once, from every piece
    assert {m["actor"] for m in record["mentions"] if m["actor"]} <= ids
    assert {a for e in record["events"] for a in e["actor"] + e["recipient"]} <= ids
    assert {a["source_actor"] for a in record["attributions"] if a["source_actor"]} <= ids
    assert {t["target"] for a in record["actors"] for t in a.get("ties", [])} <= ids
    assert all(e["sentence"] < len(record["sentences"]) for e in record["events"])
    putin = next(a for a in record["actors"] if a.get("kb_id") == "Q7747")
    whole_putin = next(a for a in whole["actors"] if a.get("kb_id") == "Q7747")
    assert putin["mention_count"] == whole_putin["mention_count"]
    assert {a.get("kb_id") for a in record["actors"]} == {a.get("kb_id") for a in whole["actors"]}

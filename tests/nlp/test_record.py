"""The annotation record: every key, valid against the schema, spans that match the text."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from politika.api import annotate, annotate_file, annotate_lines
from politika.nlp.record import RECORD_KEYS

SCHEMA_PATH = Path(__file__).resolve().parents[2] / "src" / "politika" / "data" / "annotation.schema.json"
SHARED_SCHEMA = Path(__file__).resolve().parents[3] / "shared" / "annotation.schema.json"
SCHEMA = json.loads(SCHEMA_PATH.read_text())

TEXT = ("Hungarian Prime Minister Viktor Orbán arrived in Moscow on Friday for talks with President Vladimir "
        "Putin. The European Union said he had no mandate. NATO's Jens Stoltenberg called the trip a mistake.")


def iter_spans(record: dict[str, Any]) -> list[dict[str, Any]]:
    spans = list(record.get("mentions", []))
    for event in record.get("events", []):
        spans += [event["trigger"], *event.get("actor_spans", []), *event.get("recipient_spans", [])]
    for attribution in record.get("attributions", []):
        spans += [s for s in (attribution["source"], attribution["cue"], attribution["content"]) if s]
    for link in record.get("causal", []):
        spans += [s for s in (link["cause"], link["effect"], link.get("signal")) if s]
    return spans


def check_record(record: dict[str, Any], text: str) -> None:
    """Validate against the JSON Schema, and check what a schema cannot: spans match the text."""
    jsonschema.validate(record, SCHEMA)
    if "error" in record:
        return
    assert set(RECORD_KEYS) <= set(record)
    for span in iter_spans(record):
        assert text[span["start"]:span["end"]] == span["text"], span
    for sentence in record["sentences"]:
        assert 0 <= sentence["start"] < sentence["end"] <= len(text)


def test_schema_copy_matches_the_contract() -> None:
    if not SHARED_SCHEMA.exists():
        pytest.skip("../shared not present")
    assert json.loads(SHARED_SCHEMA.read_text()) == SCHEMA


def test_annotate_fills_sentences_and_mentions() -> None:
    record = annotate(TEXT, id="x1", date="2024-07-05")
    check_record(record, TEXT)
    assert record["id"] == "x1"
    assert len(record["sentences"]) == 3
    names = {m["text"] for m in record["mentions"]}
    assert {"Viktor Orbán", "Moscow", "Vladimir Putin"} <= names
    actors = {a["id"]: a for a in record["actors"]}
    by_text = {m["text"]: actors.get(m["actor"]) for m in record["mentions"]}
    assert by_text["Vladimir Putin"]["kb_id"] == "Q7747"
    assert isinstance(record["causal"], list) and isinstance(record["events"], list)


def test_annotate_lines_keeps_order_ids_and_reports_bad_lines() -> None:
    lines = [
        json.dumps({"id": "a", "text": TEXT, "date": "2024-07-05"}),
        "{not json",
        json.dumps({"id": "c", "title": "no text here"}),
        json.dumps({"text": "Kyiv said the strike hit a children's hospital."}),
        json.dumps({"id": 7, "text": "Putin met Kim Jong Un in Pyongyang."}),
    ]
    records = list(annotate_lines(lines))
    assert [r["id"] for r in records] == ["a", 2, "c", 4, 7]
    assert "error" in records[1] and "line 2" in records[1]["error"]
    assert "error" in records[2] and "text" in records[2]["error"]
    for line, record in zip(lines, records, strict=True):
        text = json.loads(line)["text"] if "error" not in record else ""
        check_record(record, text)


def test_annotate_file_exit_counts(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join([json.dumps({"id": "1", "text": TEXT}), "oops"]) + "\n")
    out = io.StringIO()
    counts = annotate_file(str(source), out)
    assert (counts.records, counts.errors) == (2, 1)
    assert [json.loads(line)["id"] for line in out.getvalue().splitlines()] == ["1", 2]


def test_offsets_survive_unicode_and_whitespace() -> None:
    text = "  «Ukraine»   — said Zelensky 🇺🇦 on Monday.\n\nOrbán met Xi Jinping in Beijing.  "
    record = annotate(text)
    check_record(record, text)

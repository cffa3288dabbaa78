"""The record's TypedDicts mirror the JSON schema: the schema's required keys are Required, its other keys optional."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from politika.nlp import record_types as types

SCHEMA = json.loads((Path(__file__).resolve().parents[2] / "src" / "politika" / "data" / "annotation.schema.json")
                    .read_text(encoding="utf-8"))


def _object(node: dict[str, Any]) -> tuple[set[str], set[str]]:
    """(required, properties) of a schema object, following $ref and allOf."""
    if "$ref" in node:
        return _object(SCHEMA["$defs"][node["$ref"].rsplit("/", 1)[-1]])
    required, properties = set(node.get("required", [])), set(node.get("properties", {}))
    for part in node.get("allOf", []):
        more_required, more_properties = _object(part)
        required |= more_required
        properties |= more_properties
    return required, properties


ERROR, RECORD = SCHEMA["oneOf"]
ITEMS = {name: spec["items"] for name, spec in RECORD["properties"].items() if spec.get("type") == "array"}
CASES = [
    (types.ErrorRecord, ERROR),
    (types.AnnotationRecord, RECORD),
    (types.Span, SCHEMA["$defs"]["span"]),
    (types.SentenceEntry, ITEMS["sentences"]),
    (types.MentionEntry, ITEMS["mentions"]),
    (types.ActorEntry, ITEMS["actors"]),
    (types.EventEntry, ITEMS["events"]),
    (types.AttributionEntry, ITEMS["attributions"]),
    (types.CausalSentenceEntry, ITEMS["causal_sentences"]),
    (types.CausalLinkEntry, ITEMS["causal"]),
]


@pytest.mark.parametrize(("typed", "node"), CASES, ids=[typed.__name__ for typed, _ in CASES])
def test_typed_dict_keys_match_the_schema(typed: Any, node: dict[str, Any]) -> None:
    required, properties = _object(node)
    assert set(typed.__required_keys__) == required
    assert properties - required <= set(typed.__optional_keys__)


def test_the_record_types_cover_every_list_of_the_record() -> None:
    assert set(ITEMS) == {"sentences", "mentions", "actors", "events", "attributions", "causal_sentences", "causal"}

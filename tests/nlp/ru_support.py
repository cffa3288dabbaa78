"""What the Russian tests share: the natasha pipeline (loaded once; the tests skip without natasha) and a record
of one text checked against the record contract."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

import pytest

SCHEMA_PATH = Path(__file__).resolve().parents[2] / "src" / "politika" / "data" / "annotation.schema.json"


def require_natasha() -> None:
    pytest.importorskip("natasha", reason="natasha not installed (pip install 'politika[ru]')")
    pytest.importorskip("pymorphy3", reason="pymorphy3 not installed (pip install 'politika[ru]')")


@lru_cache(maxsize=1)
def _schema() -> dict[str, Any]:
    return dict(json.loads(SCHEMA_PATH.read_text(encoding="utf-8")))


def ru_record(text: str, date: str | None = "2024-05-10") -> dict[str, Any]:
    """The record of ``text`` through the natasha pipeline, valid against the schema, every span's text its slice."""
    import jsonschema

    from politika.nlp.pipeline import NATASHA_MODEL, NlpInput, analyse

    record = next(analyse([NlpInput(id="t", text=text, date=date, language="ru")], model=NATASHA_MODEL))
    assert "error" not in record, record
    jsonschema.validate(record, _schema())
    for key in ("mentions",):
        for span in record[key]:
            assert text[span["start"]:span["end"]] == span["text"]
    for item in record["attributions"]:
        for key in ("source", "cue", "content"):
            if item[key] is not None:
                assert text[item[key]["start"]:item[key]["end"]] == item[key]["text"]
    return record


def actor_of(record: dict[str, Any], text: str) -> dict[str, Any]:
    """The actor of the (first) mention whose text is ``text``."""
    mention = next(m for m in record["mentions"] if m["text"] == text)
    return next(a for a in record["actors"] if a["id"] == mention["actor"])

"""CSV cells a spreadsheet would run as formulas are escaped in every CSV politika writes; numbers stay numbers."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

import pytest

from politika.csv_cells import safe_cell, safe_dict, safe_row
from politika.export import causal, events, table
from politika.graph.causal_map import build_map
from tests.cli.helpers import run

HOSTILE = ["=HYPERLINK(\"http://evil\",\"x\")", "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A9)", "\t=1", "\r=1",
           "=", "-", "- a list item"]


@pytest.mark.parametrize("value", HOSTILE)
def test_formula_cells_get_a_quote(value: str) -> None:
    assert safe_cell(value) == "'" + value


@pytest.mark.parametrize("value", ["-3.5", "+2", "-1e-3", "42", ".5", "-.5", "Putin", "", "a=b", " =1", "'=1",
                                   "2024-07-05", "Q7747"])
def test_plain_text_and_numbers_stay(value: str) -> None:
    assert safe_cell(value) == value


@pytest.mark.parametrize("value", [None, -3, 2.5, True, ["=x"]])
def test_non_text_values_stay(value: Any) -> None:
    assert safe_cell(value) == value


def test_rows_and_dicts() -> None:
    assert safe_row(["=1", -1, "-1"]) == ["'=1", -1, "-1"]
    assert safe_dict({"=title": "@x", "n": "-0.25"}) == {"=title": "'@x", "n": "-0.25"}


def _cells(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text)))


def _written(writer: Callable[[Any, IO[str]], int], data: Any) -> str:
    out = io.StringIO(newline="")
    writer(data, out)
    return out.getvalue()


def test_web_csv_download() -> None:
    rows = _cells(_written(table.write_csv, [{"title": "=1+2", "weight": -0.5, "note": "-0.5", "tags": ["=x"]}]))
    assert rows == [["title", "weight", "note", "tags"], ["'=1+2", "-0.5", "-0.5", '["=x"]']]


def _link(cause: str, effect: str, polarity: str, article: str) -> dict[str, Any]:
    return {"cause": {"id": cause, "name": cause, "actor": None},
            "effect": {"id": effect, "name": effect, "actor": None},
            "polarity": polarity, "hedged": False, "negated": False, "source": "s", "article": article,
            "title": "t", "site": "x", "date": "2024-07-05", "sentence": 0, "sentence_text": "s",
            "cause_span": {"text": cause}, "effect_span": {"text": effect}, "signal": {"text": "because"}}


def test_causal_map_fcm_matrix() -> None:
    cmap = build_map([_link("=cmd()", "@sanctions", "-", "a")])
    header, *body = _cells(_written(causal.write_fcm, cmap))
    assert header == ["", "'=cmd()", "'@sanctions"]
    assert body[0][0] == "'=cmd()" and float(body[0][2]) < 0  # the negative weight is still a number
    assert body[0][2].startswith("-")


def test_events_csv() -> None:
    event = {"article": "a1", "index": 0, "type": "SANCTION", "mode": None, "title": "=HYPERLINK(1)",
             "sentence_text": "@everyone sanctions", "outlet": "+Outlet", "confidence": -0.5,
             "actors": [{"name": "-Evil", "id": "1"}], "recipients": []}
    assert events.write_csv([event], io.StringIO()) == 1
    row = next(csv.DictReader(io.StringIO(_written(events.write_csv, [event]))))
    assert (row["title"], row["sentence_text"], row["outlet"], row["actor"]) == (
        "'=HYPERLINK(1)", "'@everyone sanctions", "'+Outlet", "'-Evil")
    assert row["confidence"] == "-0.5"


def test_articles_csv_export(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"id": "x1", "title": "=1+2", "authors": ["@Anon", "Ann Lee"],
                                  "text": "Sanctions were announced on Monday. " * 5}) + "\n", encoding="utf-8")
    db = tmp_path / "s.db"
    assert run(db, "ingest", "--no-analyse", str(source)).exit_code == 0
    out = tmp_path / "articles.csv"
    result = run(db, "export", "--format", "csv", "-o", str(out))
    assert result.exit_code == 0, result.output
    row = next(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert row["title"] == "'=1+2" and row["authors"] == "'@Anon; Ann Lee"

"""Extraction metrics on tiny hand-made examples, the gate on a fake section, and a smoke run on the
shared gold sets (skipped when ../shared is absent)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from politika.eval.extraction import (
    author_f1,
    normalise_title,
    parse_gold_date,
    precision_recall_f1,
    shingle_counts,
    shingle_f1,
    shingles,
    split_gold_authors,
    title_match,
)
from politika.eval.gate import GateResult, run_gate, sha256_of
from politika.eval.section import Section

SHARED = Path(__file__).resolve().parents[2].parent / "shared"


def test_shingles_are_word_4grams_with_counts() -> None:
    assert shingles("a b c d e") == {"a b c d": 1, "b c d e": 1}
    assert shingles("one two") == {"one two": 1}  # shorter than 4 words: one shingle
    assert shingles("x y z w x y z w")["x y z w"] == 2  # a multiset, not a set


def test_shingle_f1_identical_disjoint_and_partial() -> None:
    text = "the cat sat on the mat"
    assert shingle_f1(text, text) == 1.0
    assert shingle_f1(text, "completely different words in this one") == 0.0
    # 3 gold shingles, 4 predicted, 3 shared: P = 3/4, R = 1
    assert shingle_f1(text, text + " today") == pytest.approx(2 * 0.75 / 1.75)
    assert shingle_f1("", "") == 1.0


def test_shingle_counts_are_normalised_per_page() -> None:
    tp, fp, fn = shingle_counts("a b c d e f", "a b c d x y")
    assert tp + fp + fn == pytest.approx(1.0)
    assert precision_recall_f1(1, 1, 0) == (0.5, 1.0, pytest.approx(2 / 3))


def test_title_normalisation_quotes_dashes_whitespace() -> None:
    assert normalise_title("  It’s “fine” — really ") == "It's \"fine\" - really"
    assert title_match("Biden’s plan – explained", "Biden's plan - explained")
    assert not title_match("Biden's plan", "biden's plan")  # case still counts


def test_author_f1_is_case_insensitive_set_f1() -> None:
    assert author_f1(["Jane Doe", "John Roe"], ["jane doe", "JOHN ROE"]) == 1.0
    assert author_f1(["Jane Doe", "John Roe"], ["Jane Doe"]) == pytest.approx(2 / 3)
    assert author_f1(["Jane Doe"], []) == 0.0
    assert author_f1([], []) == 1.0


def test_gold_readers_helpers() -> None:
    assert split_gold_authors("RALPH D. RUSSO, BOB FERRANTE") == ["RALPH D. RUSSO", "BOB FERRANTE"]
    assert split_gold_authors("") == []
    assert parse_gold_date("2023-12-17") == "2023-12-17"
    assert parse_gold_date("December 17, 2023") == "2023-12-17"
    assert parse_gold_date(None) is None


def test_gate_passes_fails_and_catches_changed_gold(tmp_path: Path) -> None:
    gold = tmp_path / "eval" / "toy" / "gold.json"
    gold.parent.mkdir(parents=True)
    gold.write_text("{}")
    section = Section("toy", ("eval/toy/gold.json",), lambda shared: {"f1": 0.8})
    floors = tmp_path / "floors.json"
    pinned = {"floors": {"f1": 0.75}, "sha256": {"eval/toy/gold.json": sha256_of(gold)}}
    floors.write_text(json.dumps({"toy": pinned}))
    assert run_gate(tmp_path, floors_path=floors, sections=[section]).passed

    floors.write_text(json.dumps({"toy": {**pinned, "floors": {"f1": 0.85}}}))
    result: GateResult = run_gate(tmp_path, floors_path=floors, sections=[section])
    assert not result.passed and any("f1" in line.text() and "FAIL" in line.text() for line in result.lines)

    floors.write_text(json.dumps({"toy": pinned}))
    gold.write_text('{"changed": true}')
    result = run_gate(tmp_path, floors_path=floors, sections=[section])
    assert not result.passed and "gold data changed" in result.lines[0].text()


def test_gate_skips_sections_without_data(tmp_path: Path) -> None:
    floors = tmp_path / "floors.json"
    floors.write_text("{}")
    section = Section("toy", ("eval/toy/missing.json",), lambda shared: {})
    result = run_gate(tmp_path, floors_path=floors, sections=[section])
    assert result.passed and result.skipped == ["toy"]


def test_floors_file_pins_extraction() -> None:
    from politika.eval.gate import load_floors

    floors = load_floors()["extraction"]
    assert floors["floors"]["aeb_body_f1"] >= 0.95
    assert set(floors["sha256"]) == {"eval/extraction/aeb/ground-truth.json", "eval/extraction/aeb/html",
                                     "eval/extraction/naeb/news_articles.json", "eval/extraction/naeb/html"}


@pytest.mark.skipif(not (SHARED / "eval" / "extraction" / "aeb").is_dir(), reason="../shared gold data absent")
def test_smoke_on_shared_gold_sets() -> None:
    from politika.eval.extraction import evaluate_extraction

    report = evaluate_extraction(aeb=SHARED / "eval/extraction/aeb", naeb=SHARED / "eval/extraction/naeb",
                                 limit=8)
    assert len(report.sets["naeb"].missing) == 3
    assert (report.metric("aeb", "politika", "body_f1") or 0) > 0.7
    assert report.metric("naeb", "trafilatura", "title_accuracy") is not None
    assert "AEB" in "\n".join(report.table())


def test_gate_skips_a_section_that_says_what_it_lacks(tmp_path: Path) -> None:
    floors = tmp_path / "floors.json"
    floors.write_text(json.dumps({"needs": {"floors": {"f1": 0.5}}}), encoding="utf-8")
    section = Section("needs", (), lambda shared: {"f1": 1.0}, missing=lambda: "natasha is not installed")
    result = run_gate(tmp_path, floors_path=floors, sections=[section])
    assert result.passed and result.skipped == ["needs"] and result.lines == []
    assert result.why_skipped == {"needs": "natasha is not installed"}
    ready = Section("needs", (), lambda shared: {"f1": 1.0}, missing=lambda: None)
    assert [line.passed for line in run_gate(tmp_path, floors_path=floors, sections=[ready]).lines] == [True]

"""PolNeAR reading and attribution metrics on tiny brat examples we wrote, and a smoke run on the shared
dev split (skipped when ../shared is absent)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from politika.eval.polnear import (
    Attribution,
    Span,
    attribution_matches,
    from_record,
    parse_ann,
    read_split,
    score,
    span_prf,
)

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
DEV = SHARED / "eval" / "attribution" / "polnear" / "dev"

TEXT = ('The mayor said that the bridge will reopen. "It is safe," she added. "Trust us."\n'
        "According to engineers, repairs took a year.")
ANN = """T1\tSource 0 9\tThe mayor
T2\tCue 10 14\tsaid
T3\tContent 15 42\tthat the bridge will reopen
T4\tAttribution 10 14\tsaid
E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1
T5\tContent 44 57;69 80\t"It is safe," "Trust us."
T6\tSource 58 61\tshe
T7\tCue 62 67\tadded
T8\tAttribution 62 67\tadded
E2\tAttribution:T8 Cue:T7 Source:T6 Content:T5
#1\tAnnotatorNotes T5\ta note
T9\tCue 81 93\tAccording to
T10\tContent 105 125\trepairs took a year.
T11\tAttribution-no-source 81 93\tAccording to
E3\tAttribution-no-source:T11 Content:T10 Cue:T9
T12\tDiscuss 0 9\tThe mayor
"""


def test_parse_ann_reads_roles_discontinuous_spans_and_no_source() -> None:
    gold = parse_ann(ANN)
    assert len(gold) == 3
    assert [TEXT[a.cue.start:a.cue.end] for a in gold if a.cue] == ["said", "added", "According to"]
    assert TEXT[gold[0].source.start:gold[0].source.end] == "The mayor"  # type: ignore[union-attr]
    assert [TEXT[s.start:s.end] for s in gold[1].content] == ['"It is safe,"', '"Trust us."']
    assert gold[2].source is None and gold[2].parts("source") == []
    assert TEXT[gold[2].cue.start:gold[2].cue.end] == "According to"  # type: ignore[union-attr]


def test_span_prf_overlap_and_exact() -> None:
    gold = [[Span(0, 9)], [Span(44, 57), Span(69, 80)]]
    predicted = [[Span(4, 9)], [Span(70, 78)], [Span(100, 110)]]
    overlap = span_prf(predicted, gold)
    assert (overlap.predicted_ok, overlap.predicted, overlap.gold_ok, overlap.gold) == (2, 3, 2, 2)
    assert overlap.precision == pytest.approx(2 / 3) and overlap.recall == 1.0
    exact = span_prf([[Span(0, 9)], [Span(15, 43)]], [[Span(0, 9)], [Span(15, 42)]], TEXT, exact=True)
    assert exact.f1 == 1.0  # "that the bridge will reopen." equals the gold span once the period is trimmed
    assert span_prf([], gold).f1 == 0.0


def test_attribution_match_needs_content_and_source() -> None:
    gold = Attribution(content=[Span(15, 42)], source=Span(0, 9))
    assert attribution_matches(Attribution(content=[Span(20, 30)], source=Span(4, 9)), gold)
    assert not attribution_matches(Attribution(content=[Span(20, 30)], source=Span(58, 61)), gold)
    assert not attribution_matches(Attribution(content=[Span(20, 30)]), gold)
    assert attribution_matches(Attribution(content=[Span(105, 110)]), Attribution(content=[Span(105, 125)]))


def test_score_one_article() -> None:
    gold = parse_ann(ANN)
    predicted = [Attribution(content=[Span(15, 42)], source=Span(0, 9), cue=Span(10, 14)),
                 Attribution(content=[Span(44, 57)], source=Span(58, 61), cue=Span(62, 67)),
                 Attribution(content=[Span(0, 3)], source=None, cue=Span(4, 8))]
    scores = score(predicted, gold, TEXT)
    assert scores.overlap["cue"].predicted_ok == 2 and scores.overlap["cue"].gold_ok == 2
    assert scores.overlap["source"].f1 == 1.0
    assert scores.attribution.predicted_ok == 2 and scores.attribution.gold_ok == 2
    flat = scores.flat()
    assert set(flat) >= {"cue_overlap_f1", "source_exact_f1", "attribution_f1"}


def test_read_split_picks_the_first_annotator(tmp_path: Path) -> None:
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "paper_2016-01-01_bridge.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "attributions" / "paper_2016-01-01_bridge_b222.ann").write_text("", encoding="utf-8")
    (tmp_path / "attributions" / "paper_2016-01-01_bridge_a111.ann").write_text(ANN, encoding="utf-8")
    articles = read_split(tmp_path)
    assert [(a.name, a.annotator, len(a.attributions)) for a in articles] == [("paper_2016-01-01_bridge", "a111", 3)]


def test_from_record_skips_nested_and_reads_parts() -> None:
    span = {"start": 0, "end": 3, "text": "The"}
    record = {"attributions": [
        {"kind": "direct", "source": None, "cue": span, "content": span, "parent": None, "in_quote": False,
         "content_parts": [span, {"start": 5, "end": 8, "text": "..."}]},
        {"kind": "indirect", "source": None, "cue": span, "content": span, "parent": 0, "in_quote": True},
    ]}
    predicted = from_record(record)
    assert len(predicted) == 1 and predicted[0].content == [Span(0, 3), Span(5, 8)]


@pytest.mark.slow
def test_cli_on_two_dev_articles() -> None:
    if not DEV.exists():
        pytest.skip("../shared not present")
    from politika.cli import cli

    result = CliRunner().invoke(cli, ["eval", "attribution", "--polnear", str(DEV), "--limit", "2", "--json"])
    assert result.exit_code == 0, result.output
    assert '"attribution"' in result.output and '"politika"' in result.output

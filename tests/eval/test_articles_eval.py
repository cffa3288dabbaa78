"""The whole-article eval: the matching rules on a text we wrote, the gold files' integrity, and the split rule."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from politika.eval import articles as articles_eval
from politika.eval.article_gold import (
    GOLD_DIR,
    GoldArticle,
    article_text,
    index,
    load_gold,
    text_sha256,
    training_articles,
)
from politika.eval.articles import evaluate_articles, score_article

SHARED = Path(__file__).resolve().parents[3] / "shared"
TEXT = ("Hungary's prime minister visited Moscow on Friday. Critics said the trip undermined the EU. "
        "Sanctions were not enough to stop the war.")


def _span(text: str, quote: str) -> list[int]:
    start = text.index(quote)
    return [start, start + len(quote)]


def _obj(quote: str) -> dict[str, Any]:
    start = TEXT.index(quote)
    return {"start": start, "end": start + len(quote), "text": quote}


def _gold() -> dict[str, Any]:
    first = _span(TEXT, "Hungary's prime minister visited Moscow on Friday.")
    return {
        "events": [{"sent": first, "trigger": _span(TEXT, "visited"), "type": "CONSULT", "mode": "visit",
                    "actor": [{"name": "Viktor Orban", "country": "HUN", "sector": "GOV"}],
                    "recipient": [{"name": "Government of Russia", "country": "RUS", "sector": "GOV"}],
                    "negated": False, "hypothetical": False}],
        "attributions": [{"sent": _span(TEXT, "Critics said the trip undermined the EU."),
                          "source": _span(TEXT, "Critics"), "source_name": None, "source_kind": "vague",
                          "cue": _span(TEXT, "said"), "content": _span(TEXT, "the trip undermined the EU")}],
        "causal": [
            {"sent": _span(TEXT, "Critics said the trip undermined the EU."), "cause": _span(TEXT, "the trip"),
             "effect": _span(TEXT, "the EU"), "signal": _span(TEXT, "undermined"), "polarity": "-",
             "insufficient": False, "failed": False},
            {"sent": _span(TEXT, "Sanctions were not enough to stop the war."), "cause": _span(TEXT, "Sanctions"),
             "effect": _span(TEXT, "stop the war"), "signal": None, "polarity": "+", "insufficient": True,
             "failed": False}],
        "people": [{"sent": first, "mention": _span(TEXT, "Hungary's prime minister"), "name": "Viktor Orban",
                    "kb": "Q57641", "country": "HUN", "office": "prime minister of Hungary"}],
    }


def _record(**changes: Any) -> dict[str, Any]:
    record: dict[str, Any] = {
        "sentences": [{"start": 0, "end": 50}, {"start": 51, "end": 91}, {"start": 92, "end": len(TEXT)}],
        "mentions": [{**_obj("Hungary's prime minister"), "label": "PERSON", "actor": "a1"},
                     {**_obj("Moscow"), "label": "GPE", "actor": "a2"}],
        "actors": [{"id": "a1", "name": "Viktor Orbán", "aliases": ["Orban"], "country": "HUN", "sector": "GOV",
                    "kb_id": "Q57641", "type": "PERSON"},
                   {"id": "a2", "name": "Government of Russia", "aliases": ["Moscow"], "country": "RUS",
                    "sector": "GOV", "kb_id": "politika:gov-RUS", "type": "ORG"}],
        "events": [{"type": "CONSULT", "trigger": _obj("visited"), "actor": ["a1"], "recipient": ["a2"]},
                   {"type": "ASSAULT", "trigger": _obj("stop"), "actor": [], "recipient": []}],
        "attributions": [{"source": _obj("Critics"), "source_actor": None, "cue": _obj("said"),
                          "content": _obj("the trip undermined the EU")}],
        "causal": [{"cause": _obj("the trip"), "effect": _obj("undermined the EU"), "polarity": "-"},
                   {"cause": _obj("Sanctions"), "effect": _obj("the war"), "polarity": "-"},
                   {"cause": _obj("on Friday"), "effect": _obj("Moscow"), "polarity": "+"}],
    }
    record.update(changes)
    return record


def test_matches_and_errors_per_layer() -> None:
    layers, errors = score_article(TEXT, _record(), _gold(), with_errors=True, min_confidence=0.0)
    events = layers["events"]
    assert (events.predicted, events.gold, events.matched_predicted, events.matched_gold) == (2, 1, 1, 1)
    assert events.precision == 0.5 and events.recall == 1.0
    assert events.accuracy("actor") == 1.0 and events.accuracy("recipient") == 1.0
    assert events.accuracy("predicted_without_actor") == 0.5
    assert layers["attributions"].f1 == 1.0 and layers["attributions"].accuracy("source") == 1.0
    causal = layers["causal"]
    # "the war" shares the content word "war" with "stop the war"; "on Friday" -> "Moscow" matches nothing.
    assert (causal.predicted, causal.matched_predicted, causal.matched_gold) == (3, 2, 2)
    assert causal.accuracy("polarity") == 1.0
    assert causal.extra["insufficient_or_failed_predicted_minus"] == [1, 1]
    assert layers["people"].accuracy("link") == 1.0 and layers["people"].extra["wrong_person"] == [0, 1]
    assert any(line.startswith("events FP  ASSAULT") for line in errors)
    assert any(line.startswith("causal FP") and "Friday" in line for line in errors)


def test_a_type_in_the_wrong_sentence_or_a_wrong_person_is_not_right() -> None:
    record = _record(events=[{"type": "CONSULT", "trigger": _obj("said"), "actor": ["a1"], "recipient": []}])
    record["actors"][0]["kb_id"] = "Q999"
    layers, _ = score_article(TEXT, record, _gold(), min_confidence=0.0)
    assert layers["events"].matched_predicted == 0
    assert layers["people"].extra["wrong_person"] == [1, 1]
    wrong_side = _record(events=[{"type": "CONSULT", "trigger": _obj("visited"), "actor": ["a2"], "recipient": []}])
    layers, _ = score_article(TEXT, wrong_side, _gold(), min_confidence=0.0)
    assert layers["events"].accuracy("actor") == 0.0 and layers["events"].accuracy("recipient") == 0.0


def test_stop_words_alone_do_not_make_a_causal_match() -> None:
    record = _record(causal=[{"cause": _obj("the"), "effect": _obj("the EU"), "polarity": "-"}])
    layers, _ = score_article(TEXT, record, _gold(), min_confidence=0.0)
    assert layers["causal"].matched_predicted == 0


def test_the_stored_confidences_and_the_reliability_table() -> None:
    from politika.eval.articles import ArticleResult, ArticlesReport, stored_confidences

    record = _record()
    record["events"][0]["confidence"], record["events"][1]["confidence"] = 0.82, 0.15
    # the surest link first takes the gold claim; a link without a confidence counts as 1, as the map takes it
    record["causal"] = [{"cause": _obj("the trip"), "effect": _obj("undermined the EU"), "confidence": 0.35},
                        {"cause": _obj("the trip"), "effect": _obj("the EU"), "confidence": 0.9},
                        {"cause": _obj("on Friday"), "effect": _obj("Moscow")}]
    found = stored_confidences(TEXT, record, _gold())
    assert found == {"events": [(0.82, True), (0.15, False)],
                     "causal": [(1.0, False), (0.9, True), (0.35, False)]}
    report = ArticlesReport("dev", articles=[ArticleResult("a", "dev", {}, [], found),
                                             ArticleResult("b", "dev", {}, [], {"events": [(0.88, False)]})])
    table = report.reliability()
    events = table["events"]
    assert events["items"] == 3 and [b["items"] for b in events["bins"]] == [1, 2]
    assert events["bins"][1] == {"from": 0.8, "to": 0.9, "items": 2, "mean_confidence": 0.85, "share_right": 0.5}
    # |0.15 - 0| once, |0.85 - 0.5| twice, over three
    assert events["expected_calibration_error"] == round((0.15 + 2 * 0.35) / 3, 3)
    assert table["causal"]["bins"][-1]["to"] == 1.0 and table["causal"]["bins"][-1]["items"] == 2  # 1.0 is inside
    assert any("expected calibration error" in line for line in report.reliability_table())
    assert report.to_dict()["reliability"] == table


def test_test_split_errors_are_never_listed(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    gold = {"id": "toy-test", "sha256": text_sha256(TEXT), **_gold()}
    (tmp_path / "toy-test.json").write_text(json.dumps(gold))
    (tmp_path / "toy-dev.json").write_text(json.dumps({**gold, "id": "toy-dev"}))
    toy = [GoldArticle("toy-test", "naeb", "x", "ours", "news", "test"),
           GoldArticle("toy-dev", "naeb", "x", "ours", "news", "dev")]
    monkeypatch.setattr(articles_eval, "index", lambda: toy)
    monkeypatch.setattr(articles_eval, "article_text", lambda shared, article: TEXT)
    report = evaluate_articles(tmp_path, split="all", show_errors=True, gold_dir=tmp_path)
    by_id = {a.id: a for a in report.articles}
    assert by_id["toy-dev"].errors and not by_id["toy-test"].errors
    assert "events_precision" in report.metrics() and report.to_dict()["articles"] == 2
    monkeypatch.setattr(articles_eval, "article_text", lambda shared, article: TEXT + " changed")
    with pytest.raises(Exception, match="sha256 differs"):
        evaluate_articles(tmp_path, split="dev", gold_dir=tmp_path)


def test_the_gold_set_is_whole_and_holds_no_text() -> None:
    entries = index()
    assert len(entries) >= 40 and len({a.outlet for a in entries}) >= 15
    assert sum(a.split == "test" for a in entries) >= 10
    assert sum(a.genre in ("opinion", "analysis") for a in entries) >= 8
    for path in GOLD_DIR.glob("*.json"):
        data = json.loads(path.read_text())
        if path.name == "index.json":
            continue
        for layer in ("events", "attributions", "causal", "people"):
            for item in data[layer]:
                # offsets and labels only: no quoted text of the articles in the repository
                assert not any(key in item for key in ("text", "quote")), (path.name, item)
                for key in ("sent", "trigger", "source", "cue", "content", "cause", "effect", "signal", "mention"):
                    if item.get(key) is not None:
                        start, end = item[key]
                        assert 0 <= start < end <= data["chars"], (path.name, key, item[key])


@pytest.mark.skipif(not (SHARED / "eval" / "extraction" / "naeb").exists(), reason="../shared not present")
def test_gold_checksums_match_the_shared_texts() -> None:
    for article in index():
        gold = load_gold(article)
        if gold is not None:
            assert text_sha256(article_text(SHARED, article)) == gold["sha256"], article.id


def test_the_fresh_articles_are_never_trained_on() -> None:
    fresh = {a.id for a in index() if a.split == "fresh"}
    assert len(fresh) >= 20 and all(a.set == "polnear" for a in index() if a.id in fresh)
    assert not fresh & {a.id for a, _ in training_articles(("dev", "train", "fresh"))}


@pytest.mark.skipif(not (SHARED / "eval" / "attribution" / "polnear").exists(), reason="../shared not present")
def test_a_polnear_text_is_read_by_its_file_name() -> None:
    article = next(a for a in index() if a.set == "polnear")
    path = SHARED / "eval" / "attribution" / "polnear" / "dev" / "text" / f"{article.key}.txt"
    assert article_text(SHARED, article) == path.read_text(encoding="utf-8")


def test_the_cli_prints_the_reliability_tables(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from click.testing import CliRunner

    from politika.cli import cli

    gold = {"id": "toy-dev", "sha256": text_sha256(TEXT), **_gold()}
    (tmp_path / "toy-dev.json").write_text(json.dumps(gold))
    monkeypatch.setattr(articles_eval, "index", lambda: [GoldArticle("toy-dev", "naeb", "x", "ours", "news", "dev")])
    monkeypatch.setattr(articles_eval, "article_text", lambda shared, article: TEXT)
    monkeypatch.setitem(articles_eval.GOLD_SETS, "en", tmp_path)
    result = CliRunner().invoke(cli, ["eval", "articles", "--shared", str(tmp_path), "--reliability"])
    assert result.exit_code == 0, result.output
    assert "reliability of the stored confidences:" in result.output
    assert "events:" in result.output and "causal:" in result.output and "expected calibration error" in result.output
    data = json.loads(CliRunner().invoke(cli, ["eval", "articles", "--shared", str(tmp_path), "--json"]).output)
    assert set(data["reliability"]) == {"events", "causal"}

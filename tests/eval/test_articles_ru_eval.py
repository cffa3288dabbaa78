"""The Russian gold set (texts we wrote, in the repository): its index and split rule, the gold files' integrity and
coverage of the constructions it was written for, and the actor-mention scoring on a stub record (not the NLP)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from politika.errors import InputError
from politika.eval.article_gold import RU_GOLD_DIR, article_text, index, load_gold, text_sha256
from politika.eval.articles import evaluate_articles, score_actors, score_article

RU_INDEX = RU_GOLD_DIR / "index.json"
TEXT = "Президент России Владимир Путин заявил, что Кремль готов к переговорам с Киевом. Россияне ждут."


def _span(quote: str) -> list[int]:
    start = TEXT.index(quote)
    return [start, start + len(quote)]


def _mention(quote: str, actor: str, kind: str | None) -> dict[str, Any]:
    start = TEXT.index(quote)
    return {"start": start, "end": start + len(quote), "text": quote, "label": "X", "actor": actor, "kind": kind}


def _gold_actors() -> list[dict[str, Any]]:
    return [
        {"name": "Russia", "kb": "Q159", "kb_also": ["politika:gov-RUS"], "country": "RUS", "type": "GPE",
         "mentions": [_span("России")]},
        {"name": "Vladimir Putin", "kb": "Q7747", "country": "RUS", "type": "PERSON",
         "mentions": [_span("Владимир Путин")]},
        {"name": "Government of Russia", "kb": "politika:gov-RUS", "kb_also": ["Q159"], "country": "RUS",
         "type": "ORG", "mentions": [_span("Кремль")]},
        {"name": "Government of Ukraine", "kb": "politika:gov-UKR", "country": "UKR", "type": "ORG",
         "mentions": [_span("Киевом")]},
    ]


def _record(putin: str = "Q7747") -> dict[str, Any]:
    return {
        "sentences": [{"start": 0, "end": TEXT.index(" Россияне")}],
        "mentions": [_mention("Президент", "a2", "nominal"),  # a description: not scored for precision
                     _mention("России", "a1", "place"),
                     _mention("Владимир Путин", "a2", "name"),
                     _mention("Кремль", "a1", "metonym"),  # the state's entry: accepted (kb_also)
                     _mention("Россияне", "a1", "name")],  # not an actor mention of the gold: a false positive
        "actors": [{"id": "a1", "name": "Russia", "type": "GPE", "country": "RUS", "kb_id": "Q159"},
                   {"id": "a2", "name": "Vladimir Putin", "type": "PERSON", "country": "RUS", "kb_id": putin}],
        "events": [], "attributions": [], "causal": [],
    }


def test_actor_mentions_precision_found_and_links() -> None:
    errors: list[str] = []
    score = score_actors(TEXT, _record(), _gold_actors(), errors)
    assert (score.predicted, score.matched_predicted) == (4, 3)  # the nominal "Президент" is not counted
    assert (score.gold, score.matched_gold) == (4, 3)  # "Киевом" missed
    assert score.extra["link"] == [3, 3]
    assert any(line.startswith("actors FP") and "Россияне" in line for line in errors)
    assert any(line.startswith("actors MISS") and "Киевом" in line for line in errors)
    wrong = score_actors(TEXT, _record(putin="Q999"), _gold_actors(), None)
    assert wrong.extra["link"] == [2, 3]


def test_a_link_is_read_on_the_tightest_of_the_mentions_overlapping_alike() -> None:
    record = _record()
    office = _mention("Президент России", "a2", "nominal")  # the office covers the country's whole name
    record["mentions"] = [office, *record["mentions"][1:]]
    assert score_actors(TEXT, record, _gold_actors(), None).extra["link"] == [3, 3]


def test_the_actor_layer_is_scored_only_where_the_gold_has_it() -> None:
    gold: dict[str, Any] = {"events": [], "attributions": [], "causal": [], "people": []}
    layers, _ = score_article(TEXT, _record(), gold)
    assert "actors" not in layers  # the English gold: its output unchanged
    layers, _ = score_article(TEXT, _record(), {**gold, "actors": _gold_actors()})
    assert layers["actors"].precision == 0.75


def test_russian_stop_words_alone_do_not_make_a_causal_match() -> None:
    text = "Из-за обстрелов власти эвакуировали жителей."
    cause, effect = [text.index("обстрелов"), text.index(" власти")], [text.index("власти"), len(text) - 1]
    gold = {"events": [], "attributions": [], "people": [],
            "causal": [{"cause": cause, "effect": effect, "signal": None, "polarity": "+", "insufficient": False,
                        "failed": False, "sent": [0, len(text)]}]}

    def link(cause_quote: str, effect_quote: str) -> dict[str, Any]:
        def obj(quote: str) -> dict[str, Any]:
            return {"start": text.index(quote), "end": text.index(quote) + len(quote), "text": quote}
        return {"cause": obj(cause_quote), "effect": obj(effect_quote), "polarity": "+"}

    record = {"sentences": [], "mentions": [], "actors": [], "events": [], "attributions": [],
              "causal": [link("обстрелов", "власти эвакуировали")]}
    layers, _ = score_article(text, record, gold)
    assert layers["causal"].matched_predicted == 1
    layers, _ = score_article(text, {**record, "causal": [link("Из-за", "власти эвакуировали")]}, gold)
    assert layers["causal"].matched_predicted == 0  # "из", "за": stop words, and outside the gold cause


def test_the_split_rule_and_the_gold_files_are_whole() -> None:
    entries = index(RU_INDEX)
    assert len(entries) >= 24
    for article in entries:
        number = int(article.id.split("-")[1])
        assert article.split == ("dev" if number % 2 else "test"), article.id  # fixed before annotation
        gold = load_gold(article, RU_GOLD_DIR)
        assert gold is not None, article.id
        text = article_text(Path("unused"), article)  # our own text, read from the repository
        assert text_sha256(text) == gold["sha256"] and len(text) == gold["chars"]
        assert 120 <= len(text.split()) <= 300, article.id
        for layer in ("events", "attributions", "causal", "people"):
            for item in gold[layer]:
                for key in ("sent", "trigger", "source", "cue", "content", "cause", "effect", "signal", "mention"):
                    if item.get(key) is not None:
                        start, end = item[key]
                        assert 0 <= start < end <= gold["chars"], (article.id, key, item[key])
        for actor in gold["actors"]:
            assert actor["mentions"], (article.id, actor["name"])
            for start, end in actor["mentions"]:
                assert text[start:end].strip() == text[start:end] and text[start:end], (article.id, actor["name"])


def test_the_gold_links_are_knowledge_base_entries() -> None:
    from politika.kb import KnowledgeBase

    kb = KnowledgeBase.load()
    for article in index(RU_INDEX):
        gold = load_gold(article, RU_GOLD_DIR)
        assert gold is not None
        for actor in gold["actors"]:
            for key in (actor["kb"], *(actor.get("kb_also") or [])):
                assert key is None or kb.get(key) is not None, (article.id, actor["name"], key)


def _all_gold() -> list[tuple[str, dict[str, Any]]]:
    out = []
    for article in index(RU_INDEX):
        gold = load_gold(article, RU_GOLD_DIR)
        assert gold is not None
        out.append((article_text(Path("unused"), article), gold))
    return out


def test_the_set_covers_the_constructions_it_was_written_for() -> None:
    cues: set[str] = set()
    sources: list[str] = []
    signals: set[str] = set()
    types: set[str] = set()
    putin: set[str] = set()
    metonyms: set[str] = set()
    latin = 0
    for text, gold in _all_gold():
        cues |= {text[slice(*a["cue"])].lower() for a in gold["attributions"]}
        sources += [text[slice(*a["source"])].lower() for a in gold["attributions"] if a["source"]]
        signals |= {text[slice(*c["signal"])].lower() for c in gold["causal"] if c["signal"]}
        types |= {e["type"] for e in gold["events"]}
        for actor in gold["actors"]:
            forms = {text[s:e] for s, e in actor["mentions"]}
            if actor["kb"] == "Q7747":
                putin |= {form.split()[-1] for form in forms}
            if actor["kb"] and actor["kb"].startswith("politika:gov-"):
                metonyms |= forms
            latin += sum(form.isascii() for form in forms)
    assert {"заявил", "сообщил", "отметил", "подчеркнул", "по словам", "по данным", "как сообщает"} <= cues
    assert any(source.startswith("источники в") for source in sources)
    assert any(source.startswith("анонимные источники") for source in sources)
    assert {"из-за", "в результате", "благодаря", "поэтому", "привела к", "вызвало"} <= signals
    assert {"ASSAULT", "CONSULT", "SANCTION", "AID", "COERCE", "REQUEST", "ACCUSE", "REJECT"} <= types
    assert {"Путин", "Путина", "Путиным"} <= putin
    assert {"Кремля", "Москва", "Киев", "Вашингтон"} <= metonyms
    assert latin >= 5


def test_evaluate_the_russian_set_with_a_stub_pipeline(monkeypatch: pytest.MonkeyPatch) -> None:
    import politika.nlp.pipeline as pipeline

    seen: list[str | None] = []

    def stub(inputs: Any, **_: Any) -> Any:
        for item in inputs:
            seen.append(item.language)
            yield {"id": item.id, "sentences": [], "mentions": [], "actors": [], "events": [],
                   "attributions": [], "causal": []}

    monkeypatch.setattr(pipeline, "analyse", stub)
    report = evaluate_articles(Path("unused"), split="all", lang="ru", show_errors=True)
    assert len(report.articles) == len(index(RU_INDEX)) and set(seen) == {"ru"}
    dev = [a for a in report.articles if a.split == "dev"]
    assert dev and all(a.errors for a in dev)  # every gold item a miss, listed for dev
    assert not any(a.errors for a in report.articles if a.split == "test")  # never for test
    metrics = report.metrics()
    assert metrics["actors_found"] == 0.0 and metrics["events_recall"] == 0.0
    assert report.layers["actors"].gold == sum(len(a["mentions"]) for _, g in _all_gold() for a in g["actors"])
    assert any(line.startswith("actors ") for line in report.table())
    json.dumps(report.to_dict())
    with pytest.raises(InputError, match="no gold set"):
        evaluate_articles(Path("unused"), lang="xx")

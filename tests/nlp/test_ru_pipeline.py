"""The natasha pipeline: a spaCy Doc with words, sentences, lemmas, POS, UD dependencies and entities, offsets those
of the text; chosen for Russian by language or script while English keeps its pipeline."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from politika.nlp.inputs import NlpInput
from politika.nlp.pipeline import DEFAULT_MODEL, NATASHA_MODEL, model_for
from politika.nlp.ru.pipeline import script_language
from tests.nlp.ru_support import require_natasha, ru_record

pytestmark = pytest.mark.slow


def test_the_doc_has_the_parse_and_keeps_the_text() -> None:
    require_natasha()
    from politika.nlp.ru.natasha import natasha_pipeline

    nlp = natasha_pipeline()
    text = "  Глава МИД Сергей Лавров прибыл в Анкару.\n\nОн встретился с коллегой.  "
    doc = nlp(text)
    assert doc.text == text
    words = {t.text: t for t in doc}
    assert words["прибыл"].dep_ == "ROOT" and words["прибыл"].lemma_ == "прибыть"
    assert words["Лавров"].pos_ == "PROPN" and words["Анкару"].lemma_ == "анкара"
    assert words["Анкару"].morph.get("Case") == ["Acc"]
    assert [s.text.strip() for s in doc.sents] == ["Глава МИД Сергей Лавров прибыл в Анкару.",
                                                   "Он встретился с коллегой."]
    assert ("Сергей Лавров", "PERSON") in [(e.text, e.label_) for e in doc.ents]


def test_russian_goes_to_natasha_and_english_keeps_its_pipeline() -> None:
    require_natasha()
    assert model_for(NlpInput("a", "Москва заявила о переговорах.")) == NATASHA_MODEL
    assert model_for(NlpInput("b", "Moscow spoke of talks.")) == DEFAULT_MODEL
    assert model_for(NlpInput("c", "Moscow spoke of talks.", language="ru")) == NATASHA_MODEL
    assert model_for(NlpInput("d", "Москва заявила о переговорах."), "some_other_pipeline") == "some_other_pipeline"


def test_the_script_says_russian_or_ukrainian() -> None:
    assert script_language("Президент России заявил, что переговоры продолжатся.") == "ru"
    assert script_language("Президент України заявив, що переговори тривають.") == "uk"
    assert script_language("Talks go on.") is None


def test_a_mixed_batch_keeps_its_order() -> None:
    require_natasha()
    from politika.nlp.pipeline import analyse

    inputs = [NlpInput("en1", "Vladimir Putin spoke in Moscow."), NlpInput("ru1", "Владимир Путин выступил в Москве."),
              NlpInput("en2", "Joe Biden spoke in Washington.")]
    records = list(analyse(inputs))
    assert [r["id"] for r in records] == ["en1", "ru1", "en2"]
    assert {a["kb_id"] for a in records[0]["actors"]} & {a["kb_id"] for a in records[1]["actors"]} >= {"Q7747"}


def test_an_empty_text_gives_an_empty_record() -> None:
    require_natasha()
    record = ru_record("")
    assert record["sentences"] == [] and record["actors"] == []


def test_a_russian_article_is_ingested_and_analysed(tmp_path: Path) -> None:
    require_natasha()
    from politika.jobs import ANALYSED_LANGUAGES, IngestOptions, ingest
    from politika.store import Store

    assert "ru" in ANALYSED_LANGUAGES
    text = ("Министр иностранных дел России Сергей Лавров заявил в среду, что Москва готова продолжить переговоры. "
            "По словам Лаврова, российская сторона ждёт ответа от партнёров. Переговоры пройдут в Женеве.")
    path = tmp_path / "ru.jsonl"
    path.write_text(json.dumps({"id": "ru-a", "title": "Лавров о переговорах", "text": text, "date": "2024-05-08"},
                               ensure_ascii=False) + "\n", encoding="utf-8")
    with Store(str(tmp_path / "ru.db")) as store:
        summary = ingest([str(path)], store, IngestOptions(progress=False))
        assert (summary.stored, summary.skipped_language, summary.analysed) == (1, 0, 1)
        (row,) = store.list_articles()
        article = store.get_article(row["id"])
        assert article is not None and article["language"] == "ru" and article["model"] == NATASHA_MODEL
        record = article["record"]
        assert "Sergey Lavrov" in {a["name"] for a in record["actors"]}
        assert {a["cue"]["text"] for a in record["attributions"]} >= {"заявил", "По словам"}



def test_analyses_read_after_a_memory_zone_still_have_their_strings() -> None:
    """spaCy keeps every morphological analysis it has seen in the vocab's table, but strings first added inside a
    ``memory_zone`` (``analyse`` runs each batch in one) go when it ends: a feature string that came in that way left
    the table pointing at nothing, and a later Doc's ``token.morph`` raised E018 (four Russian pages crashed the
    robustness run). Every analysis of the table must still read after the zone, through the whole layer stack."""
    require_natasha()
    from spacy.tokens import MorphAnalysis

    from politika.nlp.pipeline import NATASHA_MODEL, load_pipeline

    nlp = load_pipeline(NATASHA_MODEL)
    texts = ["Эту старую книгу нам дали в школе.", "В школе нам дали эту книгу, сказал директор Иван Петров.",
             "Тогда трудно было найти журнал, на страницах которого не было бы фотографий Полины."]
    keys = set()
    for text in texts:
        with nlp.memory_zone():
            doc = nlp(text)
            keys |= {t.morph.key for t in doc}
    for key in keys:
        MorphAnalysis.from_id(nlp.vocab, key).to_dict()  # raised KeyError E018 before
    for text in texts:
        with nlp.memory_zone():
            assert all(isinstance(t.morph.get("Case"), list) for t in nlp(text))

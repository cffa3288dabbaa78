"""Russian attributions, one construction per test: the source, the cue, the content and the flags, in the same
record as English. Our own sentences."""

from __future__ import annotations

from typing import Any

import pytest

from tests.nlp.ru_support import require_natasha, ru_record

pytestmark = pytest.mark.slow


@pytest.fixture(autouse=True)
def _natasha() -> None:
    require_natasha()


def only(text: str) -> tuple[dict[str, Any], dict[str, Any]]:
    record = ru_record(text)
    assert len(record["attributions"]) == 1, record["attributions"]
    return record, record["attributions"][0]


def source_name(record: dict[str, Any], item: dict[str, Any]) -> str | None:
    actor = next((a for a in record["actors"] if a["id"] == item["source_actor"]), None)
    return actor["name"] if actor else None


def test_speech_verb_with_a_clause() -> None:
    record, item = only("Сергей Лавров заявил, что Москва не откажется от своих требований.")
    assert (item["source"]["text"], item["cue"]["text"]) == ("Сергей Лавров", "заявил")
    assert item["content"]["text"] == "Москва не откажется от своих требований"
    assert item["kind"] == "indirect" and source_name(record, item) == "Sergey Lavrov"


@pytest.mark.parametrize("verb", ["сообщил", "отметил", "подчеркнул"])
def test_other_speech_verbs(verb: str) -> None:
    _, item = only(f"Глава ведомства {verb}, что проверка продлится месяц.")
    assert item["cue"]["text"] == verb and item["content"]["text"] == "проверка продлится месяц"


def test_title_and_name_the_source_is_the_person() -> None:
    record, item = only("Президент России Владимир Путин заявил, что переговоры возможны.")
    assert item["source"]["text"] == "Президент России Владимир Путин"
    assert source_name(record, item) == "Vladimir Putin" and not item["vague"]


def test_po_slovam() -> None:
    record, item = only("По словам Дмитрия Пескова, Кремль готов к диалогу.")
    assert (item["cue"]["text"], item["source"]["text"]) == ("По словам", "Дмитрия Пескова")
    assert item["content"]["text"] == "Кремль готов к диалогу"
    assert source_name(record, item) == "Dmitry Peskov"


def test_po_dannym() -> None:
    _, item = only("По данным Минобороны, удар был нанесён ночью.")
    assert (item["cue"]["text"], item["source"]["text"]) == ("По данным", "Минобороны")
    assert item["content"]["text"] == "удар был нанесён ночью"


def test_kak_soobshchaet() -> None:
    _, item = only("Как сообщает ТАСС, переговоры пройдут в Стамбуле.")
    assert (item["cue"]["text"], item["source"]["text"]) == ("сообщает", "ТАСС")
    assert item["content"]["text"] == "переговоры пройдут в Стамбуле"


def test_quote_before_the_verb_is_direct() -> None:
    _, item = only("«Мы не допустим эскалации», — заявил Песков журналистам.")
    assert item["content"]["text"] == "«Мы не допустим эскалации»" and item["kind"] == "direct"
    assert item["source"]["text"] == "Песков"


def test_quote_after_a_colon_is_direct() -> None:
    _, item = only("Лавров сказал: «Запад ведёт опасную игру».")
    assert item["content"]["text"] == "«Запад ведёт опасную игру»" and item["kind"] == "direct"


def test_parenthetical_verb_after_the_clause() -> None:
    _, item = only("Украинские власти обвинили Москву в обстреле, сообщил телеканал.")
    assert (item["source"]["text"], item["cue"]["text"]) == ("телеканал", "сообщил")
    assert item["content"]["text"] == "Украинские власти обвинили Москву в обстреле"


@pytest.mark.parametrize("text", [
    "Источники в правительстве сообщили, что министр уйдёт в отставку.",
    "Анонимный собеседник издания отметил, что решение ещё не принято.",
    "Источник, знакомый с ходом переговоров, сообщил, что встреча отложена.",
])
def test_anonymous_sources(text: str) -> None:
    _, item = only(text)
    assert item["anonymous"] and not item["vague"]


def test_vague_sources() -> None:
    _, item = only("Эксперты считают, что санкции не сработают.")
    assert item["vague"] and not item["anonymous"]


def test_a_named_person_is_never_anonymous() -> None:
    _, item = only("Мария Захарова подчеркнула, что Россия ответит на санкции.")
    assert not item["anonymous"] and not item["vague"]


def test_no_speech_no_attribution() -> None:
    assert ru_record("Россия ответит на санкции в ближайшее время.")["attributions"] == []


def test_the_place_speaks_when_the_verb_has_no_subject() -> None:
    record, item = only("В Кремле заявили, что не видят оснований для встречи.")
    assert (item["source"]["text"], item["content"]["text"]) == ("Кремле", "не видят оснований для встречи")
    assert source_name(record, item) == "Government of Russia"


def test_ob_etom_reports_the_sentence_before() -> None:
    record = ru_record("Армия отступила из города. Об этом сообщил губернатор области.")
    (item,) = record["attributions"]
    assert (item["source"]["text"], item["content"]["text"]) == ("губернатор области", "Армия отступила из города")


def test_po_ego_slovam() -> None:
    _, item = only("По его словам, решение уже принято.")
    assert (item["source"]["text"], item["cue"]["text"], item["content"]["text"]) == (
        "его", "словам", "решение уже принято")


def test_a_belief_adjective_takes_a_clause() -> None:
    _, item = only("Песков уверен, что переговоры продолжатся.")
    assert (item["cue"]["text"], item["content"]["text"]) == ("уверен", "переговоры продолжатся")

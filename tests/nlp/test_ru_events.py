"""Russian events, one construction per test: the PLOVER type and mode, the trigger, the actor and recipient, the
modality, in the same record as English. Our own sentences."""

from __future__ import annotations

from typing import Any

import pytest

from tests.nlp.ru_support import require_natasha, ru_record

pytestmark = pytest.mark.slow


@pytest.fixture(autouse=True)
def _natasha() -> None:
    require_natasha()


def events(text: str) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    record = ru_record(text)
    for event in record["events"]:
        for key in ("actor_spans", "recipient_spans"):
            for span in event[key]:
                assert text[span["start"]:span["end"]] == span["text"]
        assert text[event["trigger"]["start"]:event["trigger"]["end"]] == event["trigger"]["text"]
    return record, record["events"]


def only(text: str) -> tuple[dict[str, Any], dict[str, Any]]:
    record, found = events(text)
    assert len(found) == 1, found
    return record, found[0]


def names(record: dict[str, Any], ids: list[str]) -> list[str]:
    by_id = {a["id"]: a["name"] for a in record["actors"]}
    return [by_id[i] for i in ids]


def test_same_fields_as_an_english_event() -> None:
    _, event = only("Российская армия обстреляла Харьков.")
    assert set(event) >= {"type", "mode", "sentence", "actor", "recipient", "actor_spans", "recipient_spans",
                          "trigger", "date", "location", "negated", "hypothetical", "future", "confidence"}


def test_verb_trigger_subject_and_object() -> None:
    record, event = only("Российская армия обстреляла Харьков.")
    assert (event["type"], event["trigger"]["text"]) == ("ASSAULT", "обстреляла")
    assert event["actor_spans"][0]["text"] == "Российская армия"
    assert names(record, event["recipient"]) == ["Kharkiv"] or event["recipient_spans"][0]["text"] == "Харьков"
    assert event["confidence"] >= 0.5


def test_light_verb_with_a_noun_and_a_target() -> None:
    record, event = only("Евросоюз ввел новые санкции против России.")
    assert (event["type"], event["trigger"]["text"]) == ("SANCTION", "санкции")
    assert names(record, event["actor"]) == ["European Union"]
    assert names(record, event["recipient"]) == ["Russia"]


def test_strike_with_по() -> None:
    _, event = only("Российские войска нанесли удар по Одессе.")
    assert event["type"] == "ASSAULT" and event["recipient_spans"][0]["text"] == "Одессе"


def test_meeting_with_a_partner() -> None:
    record, event = only("Владимир Путин встретился с Си Цзиньпином.")
    assert event["type"] == "CONSULT"
    assert names(record, event["actor"]) == ["Vladimir Putin"]
    assert [s["text"] for s in event["recipient_spans"]] == ["Си Цзиньпином"]


def test_arrest_is_coerce() -> None:
    _, event = only("Полиция задержала оппозиционного политика.")
    assert (event["type"], event["mode"]) == ("COERCE", "arrest")


def test_passive_agent_is_the_actor() -> None:
    _, event = only("Мост был атакован украинскими дронами.")
    assert event["type"] == "ASSAULT"
    assert [s["text"] for s in event["actor_spans"]] == ["украинскими дронами"]
    assert [s["text"] for s in event["recipient_spans"]] == ["Мост"]


def test_negation_and_intention() -> None:
    _, event = only("Москва не намерена вести переговоры с Киевом.")
    assert event["type"] == "CONSULT" and event["negated"] and event["future"]


def test_modal_is_hypothetical() -> None:
    _, event = only("Пентагон может перебросить войска в Польшу.")
    assert event["type"] == "MOBILIZE" and event["hypothetical"]


def test_threat_takes_the_embedded_event_as_its_mode() -> None:
    _, event = only("Кремль пригрозил нанести удар по Киеву.")
    assert (event["type"], event["mode"]) == ("THREATEN", "violence")


def test_refusal_is_one_reject_event() -> None:
    _, event = only("Венгрия отказалась поддержать санкции.")
    assert event["type"] == "REJECT"


def test_request_and_accusation() -> None:
    assert only("Генсек ООН призвал стороны к прекращению огня.")[1]["type"] == "REQUEST"
    assert only("Эммануэль Макрон обвинил Москву во вмешательстве.")[1]["type"] == "ACCUSE"


def test_event_inside_a_reported_clause() -> None:
    _, found = events("Министерство обороны сообщило, что армия атаковала склады противника.")
    assert [e["type"] for e in found] == ["ASSAULT"] and found[0]["reported"]


def test_a_bare_event_noun_is_not_an_event() -> None:
    assert events("Эксперты обсуждают угрозу санкций в прессе.")[1] == [] or all(
        e["type"] != "SANCTION" for e in events("Эксперты обсуждают угрозу санкций в прессе.")[1])


def test_lifting_sanctions_is_not_a_sanction() -> None:
    assert all(e["type"] != "SANCTION" for e in events("Вашингтон отменил санкции против банка.")[1])


def test_weapon_subject_and_entering_forces_are_attacks() -> None:
    assert only("Ракета попала в жилой дом.")[1]["type"] == "ASSAULT"
    assert only("Войска вошли в приграничный город.")[1]["type"] == "ASSAULT"


def test_event_noun_under_a_cause_preposition_or_with_a_partner() -> None:
    assert [e["type"] for e in events("Из-за обстрелов жители покинули село.")[1]] == ["ASSAULT"]
    assert [e["type"] for e in events("На встрече с Путиным генсек говорил о мире.")[1]] == ["CONSULT"]


def test_supporting_a_document_is_agreeing() -> None:
    assert only("Коммюнике поддержали восемьдесят государств.")[1]["type"] == "AGREE"


def test_event_in_a_purpose_or_condition_clause_is_part_of_its_governor() -> None:
    _, found = events("Президент потребовал, чтобы армия атаковала позиции противника.")
    assert [e["type"] for e in found] == ["REQUEST"]


def test_naming_with_a_negative_word_is_disapproval_or_rejection() -> None:
    assert only("Президент назвал санкции экономической агрессией.")[1]["type"] == "ACCUSE"
    assert only("Министр назвал заявление Брюсселя незаконным.")[1]["type"] == "REJECT"


def test_meeting_a_leader_but_not_resistance() -> None:
    assert only("Президент встретил российского лидера в аэропорту.")[1]["type"] == "CONSULT"
    assert events("Армия встретила сопротивление.")[1] == []


def test_a_conjunct_inherits_the_subject_of_its_head() -> None:
    _, event = only("Украинские войска пересекли границу и вошли в Курскую область.")
    assert event["type"] == "ASSAULT" and event["actor_spans"][0]["text"] == "Украинские войска"


def test_easing_a_restriction_is_a_concession() -> None:
    assert only("Канцлер снял возражения против пакета.")[1]["type"] == "CONCEDE"
    assert only("Вашингтон отменил санкции против банка.")[1]["type"] == "CONCEDE"


def test_expressed_regret_is_disapproval_and_alerts_are_mobilisation() -> None:
    assert only("Евросоюз выразил сожаление, что Монголия не исполнила решение.")[1]["type"] == "ACCUSE"
    assert only("Польша подняла в воздух истребители.")[1]["type"] == "MOBILIZE"
    assert only("Войска были приведены в состояние повышенной готовности.")[1]["type"] == "MOBILIZE"

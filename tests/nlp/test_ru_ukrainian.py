"""Ukrainian: a Ukrainian text goes to the natasha pipeline with the actors layer only, and its names, seats of power
and offices are found in their Ukrainian forms. Our own sentences."""

from __future__ import annotations

from typing import Any

import pytest

from tests.nlp.ru_support import require_natasha

pytestmark = pytest.mark.slow


@pytest.fixture(autouse=True)
def _natasha() -> None:
    require_natasha()


def uk_record(text: str) -> dict[str, Any]:
    from politika.nlp.pipeline import NlpInput, analyse

    record = next(analyse([NlpInput(id="t", text=text, date="2024-05-10", language="uk")]))
    assert "error" not in record, record
    for span in record["mentions"]:
        assert text[span["start"]:span["end"]] == span["text"]
    return record


def actors_by_text(record: dict[str, Any]) -> dict[str, dict[str, Any]]:
    by_id = {a["id"]: a for a in record["actors"]}
    return {m["text"]: by_id[m["actor"]] for m in record["mentions"] if m.get("actor") in by_id}


def test_a_ukrainian_text_goes_to_natasha_with_actors_only() -> None:
    from politika.nlp.pipeline import NlpInput, model_for
    from politika.nlp.ru import NATASHA_UK_MODEL

    assert model_for(NlpInput(id="t", text="Київ заявив про нові санкції.", language="uk")) == NATASHA_UK_MODEL
    assert model_for(NlpInput(id="t", text="Президент України заявив, що переговори тривають.")) == NATASHA_UK_MODEL
    record = uk_record("Президент України Володимир Зеленський заявив, що Київ не визнає цих виборів.")
    assert record["events"] == [] and record["attributions"] == [] and record["causal"] == []


def test_names_seats_and_offices_in_ukrainian_forms() -> None:
    actors = actors_by_text(uk_record("Президент України Володимир Зеленський заявив, що Київ не визнає цих "
                                      "виборів."))
    assert actors["Володимир Зеленський"]["kb_id"] == "Q3881545"
    assert actors["України"]["name"] == "Ukraine"
    assert actors["Київ"]["name"] == "Government of Ukraine"  # a seat of power that acts is its government


def test_a_name_split_by_the_ner_and_the_kremlin() -> None:
    actors = actors_by_text(uk_record("Кремль відкинув пропозицію, а міністр закордонних справ Росії Сергій Лавров "
                                      "назвав її провокацією."))
    assert actors["Кремль"]["name"] == "Government of Russia"
    assert actors["Росії"]["name"] == "Russia"
    assert actors["Сергій Лавров"]["name"] == "Sergey Lavrov"


def test_a_verb_is_not_part_of_a_name() -> None:
    actors = actors_by_text(uk_record("Генеральний секретар НАТО Марк Рютте прибув до Києва, де зустрівся з "
                                      "Зеленським."))
    assert actors["Марк Рютте"]["name"] == "Mark Rutte"
    assert actors["Зеленським"]["kb_id"] == "Q3881545"
    assert "зустрівся з Зеленським" not in actors


def test_a_loop_in_the_parse_leaves_a_tree() -> None:
    from politika.nlp.ru.natasha import _break_cycles

    heads, deps = [1, 2, 0, 3], ["nsubj", "obj", "advmod", "ROOT"]
    _break_cycles(heads, deps)
    assert heads == [0, 2, 0, 3] and deps[0] == "ROOT"


def test_a_name_that_starts_with_a_lower_case_particle_is_kept() -> None:
    from politika.nlp.ru.natasha import natasha_pipeline

    doc = natasha_pipeline()("Сирийский лидер аль-Асад покинул страну.")
    assert ("аль-Асад", "PERSON") in [(ent.text, ent.label_) for ent in doc.ents]

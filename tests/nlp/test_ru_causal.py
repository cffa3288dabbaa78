"""Russian causal claims, one signal per test: cause, effect, signal, polarity and kind, in the same record as English.
Our own sentences."""

from __future__ import annotations

from typing import Any

import pytest

from tests.nlp.ru_support import require_natasha, ru_record

pytestmark = pytest.mark.slow


@pytest.fixture(autouse=True)
def _natasha() -> None:
    require_natasha()


def only(text: str) -> dict[str, Any]:
    record = ru_record(text)
    links = record["causal"]
    assert len(links) == 1, links
    link = links[0]
    for key in ("cause", "effect", "signal"):
        if link[key] is not None:
            assert text[link[key]["start"]:link[key]["end"]] == link[key]["text"]
    assert record["causal_sentences"][link["sentence"]]["causal"]
    return dict(link)


def parts(link: dict[str, Any]) -> tuple[str, str, str, str]:
    return link["cause"]["text"], link["effect"]["text"], link["signal"]["text"], link["polarity"]


def test_same_fields_as_an_english_link() -> None:
    link = only("Из-за обстрелов власти эвакуировали жителей.")
    assert set(link) >= {"sentence", "cause", "effect", "signal", "polarity", "confidence", "negated", "hedged",
                         "kind"}
    assert link["confidence"] >= 0.5


def test_из_за() -> None:
    assert parts(only("Из-за обстрелов власти эвакуировали жителей.")) == (
        "обстрелов", "власти эвакуировали жителей", "Из-за", "+")


def test_в_результате() -> None:
    assert parts(only("В результате ударов большая часть жителей осталась без света.")) == (
        "ударов", "большая часть жителей осталась без света", "В результате", "+")


def test_благодаря_enables() -> None:
    link = only("Благодаря контрактам Россия сохраняет поставки газа.")
    assert parts(link)[:2] == ("контрактам", "Россия сохраняет поставки газа") and link["kind"] == "enables"


def test_поэтому_in_one_sentence() -> None:
    assert parts(only("Страна председательствует в Совете ЕС, поэтому политики критикуют поездку.")) == (
        "Страна председательствует в Совете ЕС", "политики критикуют поездку", "поэтому", "+")


def test_потому_что_and_так_как() -> None:
    assert parts(only("Цены выросли, потому что санкции ограничили импорт.")) == (
        "санкции ограничили импорт", "Цены выросли", "потому что", "+")
    assert parts(only("Банк снизил ставку, так как инфляция замедлилась.")) == (
        "инфляция замедлилась", "Банк снизил ставку", "так как", "+")


def test_привести_к_and_вызвать() -> None:
    assert parts(only("Санкции привели к росту цен.")) == ("Санкции", "росту цен", "привели", "+")
    assert parts(only("Наводнение вызвало перебои с электричеством."))[:2] == ("Наводнение", "перебои с электричеством")


def test_стать_ответом_на_reverses_the_roles() -> None:
    assert parts(only("Удар стал ответом на атаку Украины."))[:2] == ("атаку Украины", "Удар")


def test_preventing_verb_is_negative() -> None:
    link = only("Мороз помешал ремонту сетей.")
    assert (link["polarity"], link["kind"]) == ("-", "prevents")


def test_negated_cause_is_a_failure() -> None:
    link = only("Эти переговоры ни к чему не приведут.")
    assert (link["polarity"], link["kind"]) == ("-", "insufficient")


def test_failure_with_из_за_keeps_the_governing_verb() -> None:
    link = only("Президент не смог приехать из-за травмы.")
    assert parts(link)[:2] == ("травмы", "Президент не смог приехать")


def test_no_signal_no_link() -> None:
    record = ru_record("Президент провел совещание с министрами.")
    assert record["causal"] == [] and not any(s["causal"] for s in record["causal_sentences"])


def test_depriving_verb_takes_the_genitive_as_effect() -> None:
    link = only("Новые меры лишат Москву доходов от экспорта.")
    assert parts(link)[:2] == ("Новые меры", "доходов от экспорта") and link["polarity"] == "-"


def test_relative_pronoun_cause_is_its_noun() -> None:
    link = only("Страны, которые позволяют удары по городам, рискуют.")
    assert link["cause"]["text"] == "Страны"


def test_поскольку_after_two_coordinated_clauses_explains_the_nearer_one() -> None:
    link = only("Россию не пригласили, а Китай отказался участвовать, поскольку в ней не было представителей Москвы.")
    assert link["effect"]["text"] == "Китай отказался участвовать"

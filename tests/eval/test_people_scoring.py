"""How `politika eval articles` scores people: the PERSON mention first, an entry the knowledge base gained since
the gold was made, and the country metric (a record and gold we wrote)."""

from __future__ import annotations

from typing import Any

from politika.eval.articles import score_people

TEXT = "U.S. Vice President Jane Roe met Tony Blair. UN chief António Guterres spoke."


def at(phrase: str) -> tuple[int, int]:
    start = TEXT.index(phrase)
    return start, start + len(phrase)


def mention(phrase: str, actor: str) -> dict[str, Any]:
    start, end = at(phrase)
    return {"start": start, "end": end, "text": phrase, "label": "X", "actor": actor}


RECORD = {
    "mentions": [mention("U.S.", "a1"), mention("Jane Roe", "a2"), mention("Tony Blair", "a3"),
                 mention("António Guterres", "a4")],
    "actors": [{"id": "a1", "name": "United States", "type": "GPE", "kb_id": "Q30", "country": "USA"},
               {"id": "a2", "name": "Jane Roe", "type": "PERSON", "kb_id": None, "country": "USA"},
               {"id": "a3", "name": "Tony Blair", "type": "PERSON", "kb_id": "politika:leader-gbr-tony-blair",
                "country": "GBR"},
               {"id": "a4", "name": "António Guterres", "type": "PERSON", "kb_id": "politika:antónio-guterres",
                "country": "UNO"}],
}


def person(phrase: str, name: str, kb: str | None, country: str | None) -> dict[str, Any]:
    return {"mention": list(at(phrase)), "name": name, "kb": kb, "country": country}


def test_the_person_mention_the_added_entry_and_the_country() -> None:
    gold = [person("U.S. Vice President Jane Roe", "Jane Roe", None, "USA"),
            # the KB did not hold Tony Blair when this gold was made: a link to the entry with his name and
            # country is right
            person("Tony Blair", "Tony Blair", None, "GBR"),
            # a UN official's state is the KB's country of the person, not UNO
            person("UN chief António Guterres", "António Guterres", "politika:antónio-guterres", "PRT")]
    errors: list[str] = []
    score = score_people(TEXT, RECORD, gold, errors)
    assert score.extra["link"] == [3, 3] and score.extra["wrong_person"] == [0, 3]
    assert score.extra["country"] == [3, 3], errors


def test_another_person_of_the_same_surname_is_wrong() -> None:
    gold = [person("Tony Blair", "Bill Blair", None, "CAN")]
    score = score_people(TEXT, RECORD, gold, None)
    assert score.extra["link"] == [0, 1] and score.extra["wrong_person"] == [1, 1]
    assert score.extra["country"] == [0, 1]

"""An unnamed holder of a state's office ("the judge", "the mayor"): the state the article is about, one actor per
state and title, unless a holder is named before it."""

from __future__ import annotations

from typing import Any

from politika.api import annotate


def actor_of(record: dict[str, Any], text: str) -> dict[str, Any] | None:
    mention = next(m for m in record["mentions"] if m["text"] == text)
    return next((a for a in record["actors"] if a["id"] == mention["actor"]), None)


def test_an_unnamed_judge_and_mayor_are_the_article_states() -> None:
    record = annotate("Prosecutors in Ohio charged the man with fraud. The judge denied bail on Tuesday, and the mayor "
                      "criticised the police in Cleveland. The judge later set a trial date.", date="2024-07-08")
    judge = actor_of(record, "judge")
    mayor = actor_of(record, "mayor")
    assert judge is not None and (judge["name"], judge["country"], judge["sector"]) == ("American judge", "USA", "JUD")
    assert mayor is not None and (mayor["name"], mayor["country"], mayor["sector"]) == ("American mayor", "USA", "GOV")
    judges = {m["actor"] for m in record["mentions"] if m["text"] == "judge"}
    assert len(judges) == 1  # one actor per state and title


def test_a_title_read_as_a_proper_noun_is_one_too() -> None:
    record = annotate("The Speaker refused to hold a vote in Washington, and American senators criticised the White "
                      "House.", date="2024-07-08")
    speaker = actor_of(record, "Speaker")
    assert speaker is not None and (speaker["country"], speaker["sector"]) == ("USA", "LEG")


def test_a_holder_named_before_is_preferred() -> None:
    record = annotate("Judge Laura Whitfield heard the case in Denver. The judge denied the motion filed by Colorado "
                      "lawyers.", date="2024-07-08")
    assert not [a for a in record["actors"] if a["name"] == "American judge"]
    denial = next(e for e in record["events"] if e["trigger"]["text"] == "denied")
    assert [a["name"] for a in record["actors"] if a["id"] in denial["actor"]] == ["Laura Whitfield"]


def test_another_title_named_before_is_no_holder() -> None:
    # the governor's title does not make him "the judge"
    record = annotate("Gov. Tom Harlan of Ohio signed the bill in Columbus. The judge blocked the law a week later in "
                      "Ohio.", date="2024-07-08")
    judge = actor_of(record, "judge")
    assert judge is not None and judge["name"] == "American judge"


def test_no_state_office_without_the_definite_article_or_with_an_office_of_something() -> None:
    record = annotate("Voters in Ohio went to the polls. A judge in Cleveland ruled on Monday. The secretary of the "
                      "club resigned in Ohio.", date="2024-07-08")
    assert not [a for a in record["actors"] if a["name"].startswith("American ") and a["sector"] in ("JUD", "GOV")]


def test_two_states_named_as_often_leave_the_office_unresolved() -> None:
    record = annotate("Joe Biden called Emmanuel Macron on Monday. The minister was worried.",
                      date="2024-07-08")
    assert actor_of(record, "minister") is None

"""A person's gender from the text, for the pronouns that refer back to them."""

from __future__ import annotations

from politika.api import annotate
from politika.nlp.gender import FEMALE_NAMES, MALE_NAMES, pronoun_gender


def test_name_lists_do_not_overlap_and_leave_out_names_of_both() -> None:
    assert not FEMALE_NAMES & MALE_NAMES
    for both in ("kelly", "jordan", "chris", "alex", "dana", "lee", "kim", "jean"):
        assert both not in FEMALE_NAMES | MALE_NAMES


def test_pronoun_gender() -> None:
    assert pronoun_gender("His") == "m" and pronoun_gender("herself") == "f" and pronoun_gender("they") is None


def _pronoun_actor(record: dict, word: str) -> str | None:
    by_id = {a["id"]: a["name"] for a in record["actors"]}
    return next((by_id.get(m["actor"]) for m in record["mentions"] if m["text"] == word), None)


def test_a_pronoun_skips_a_person_of_the_other_gender() -> None:
    # "his" after "Mary Trump wrote": Donald Trump, named before her
    record = annotate("Donald Trump called the board members on Tuesday. Mary Trump wrote that the recordings show "
                      "his direct involvement.", date="2023-12-21")
    assert _pronoun_actor(record, "his") == "Donald Trump"
    # an honorific tells too: "Ms. Okafor ... he" is not her
    record = annotate("Ms. Adaeze Okafor met Gregory Lint in Lagos. He said the talks went well.", date="2023-12-21")
    assert _pronoun_actor(record, "He") == "Gregory Lint"

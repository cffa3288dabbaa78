"""The members of the US House 2021-2026 and the senior White House staff built by scripts/build_kb_us_house.py:
every seat of every Congress, dated seats, one entity per person with the other files, no federal office holder
changed, no lone surname as alias."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from politika.kb import KnowledgeBase, normalise_name
from tests.kb.package_lists import assert_no_name_is_a_country_or_shared, entries, holds_on

DATA = Path(__file__).resolve().parents[2] / "src" / "politika" / "kb" / "data" / "us_house.jsonl"
SEAT = re.compile(r"^United States Representative for (.+)'s (at-large|\d+(?:st|nd|rd|th)) district "
                  r"\((Republican|Democrat)\)$")


def house_roles() -> list[tuple[str, str, str, str]]:
    """(person id, seat, start, end) of every House role of the file."""
    out = []
    for entry in entries(DATA):
        for role in entry.get("roles", []):
            title, kind, country, sector, start, end, *org = str(role).split("|")
            if org == ["politika:us-house"]:
                assert (kind, country, sector) == ("member", "USA", "LEG"), role
                match = SEAT.match(title)
                assert match, title
                out.append((str(entry["id"]), f"{match[1]} {match[2]}", start, end))
    return out


def seated_on(date: str) -> Counter[str]:
    return Counter(seat for _, seat, start, end in house_roles() if start <= date and (not end or date <= end))


@pytest.mark.parametrize(("first", "last"), [("2021-01-03", "2022-12-31"), ("2023-01-03", "2024-12-31"),
                                             ("2025-01-03", "2025-12-31")])
def test_every_congress_fills_its_435_seats_one_member_a_seat(first: str, last: str) -> None:
    # the seats some member held during the Congress (a member who left on its first day sat in the one before)
    seats = {seat for _, seat, start, end in house_roles() if start <= last and (not end or first < end)}
    assert len(seats) == 435
    for date in (f"{first[:8]}04", f"{first[:4]}-06-15", f"{last[:4]}-06-15", last):
        held = seated_on(date)
        assert 425 <= len(held) <= 435, (date, len(held))  # a few seats vacant between a death and a special election
        assert max(held.values()) == 1, [s for s, n in held.items() if n > 1]


def test_the_list_has_every_member_once() -> None:
    members = {person for person, *_ in house_roles()}
    assert 600 <= len(members) <= 660
    ids = [str(entry["id"]) for entry in entries(DATA)]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize(("name", "title", "date"), [
    ("Tony Gonzales", "United States Representative for Texas's 23rd district (Republican)", "2023-06-01"),
    ("Henry Cuellar", "United States Representative for Texas's 28th district (Democrat)", "2022-06-01"),
    ("AOC", "United States Representative for New York's 14th district (Democrat)", "2024-02-01"),
    ("Jerrold Nadler", "United States Representative for New York's 10th district (Democrat)", "2021-06-01"),
    ("Jerry Nadler", "United States Representative for New York's 12th district (Democrat)", "2023-06-01"),
    ("Liz Cheney", "United States Representative for Wyoming's at-large district (Republican)", "2022-01-06"),
    ("Mary Peltola", "United States Representative for Alaska's at-large district (Democrat)", "2023-06-01"),
    ("Lucy McBath", "United States Representative for Georgia's 7th district (Democrat)", "2024-06-01"),
    ("Lucy McBath", "United States Representative for Georgia's 6th district (Democrat)", "2025-06-01"),
    ("George Santos", "United States Representative for New York's 3rd district (Republican)", "2023-06-01"),
    ("Tom Suozzi", "United States Representative for New York's 3rd district (Democrat)", "2024-06-01"),
    ("Marjorie Taylor Greene", "United States Representative for Georgia's 14th district (Republican)", "2025-06-01"),
    ("Mike Johnson", "United States Representative for Louisiana's 4th district (Republican)", "2024-06-01"),
    ("Adelita Grijalva", "United States Representative for Arizona's 7th district (Democrat)", "2025-12-01"),
    ("Kellyanne Conway", "Counselor to the President", "2018-01-01"),
    ("Stephen Miller", "Homeland Security Advisor", "2025-06-01"),
    ("Pat Cipollone", "White House Counsel", "2020-01-15"),
])
def test_members_hold_their_seats_on_a_date(kb: KnowledgeBase, name: str, title: str, date: str) -> None:
    assert holds_on(kb, name, "USA", title, date)


def test_seats_change_hands_on_their_dates(kb: KnowledgeBase) -> None:
    ny3 = "United States Representative for New York's 3rd district"
    assert not holds_on(kb, "George Santos", "USA", f"{ny3} (Republican)", "2024-01-15")  # expelled in December 2023
    assert not holds_on(kb, "Tom Suozzi", "USA", f"{ny3} (Democrat)", "2023-06-01")
    assert holds_on(kb, "Tom Suozzi", "USA", f"{ny3} (Democrat)", "2022-06-01")  # his seat before 2023
    assert not holds_on(kb, "Mary Peltola", "USA", "United States Representative for Alaska's at-large district "
                        "(Democrat)", "2025-06-01")
    assert not holds_on(kb, "Mike Waltz", "USA", "United States Representative for Florida's 6th district "
                        "(Republican)", "2025-03-01")  # national security adviser from January 2025


def test_people_other_files_hold_keep_their_ids(kb: KnowledgeBase) -> None:
    mine = {str(e["name"]): str(e["id"]) for e in entries(DATA)}
    for name, other_id, other_title in [
        ("Ted Budd", "politika:us-ted-budd", "United States Senator from North Carolina (Republican)"),
        ("Kelly Armstrong", "politika:us-kelly-armstrong", "Governor of North Dakota (Republican)"),
        ("Mike Johnson", "politika:us-mike-johnson", "Speaker of the House of Representatives"),
        ("Deb Haaland", "politika:us-deb-haaland", "Secretary of the Interior"),
        ("Mike Waltz", "politika:mike-waltz", "National Security Advisor"),
        ("Laurel Lee", "politika:usa-laurel-lee", "Secretary of State of Florida"),
    ]:
        assert mine[name] == other_id
        found = [e for e, score in kb.lookup(name) if score >= 0.95 and e.country == "USA"]
        assert [e.id for e in found] == [other_id], name
        titles = {r.title for r in found[0].roles}
        assert other_title in titles and any(t.startswith("United States Representative for") for t in titles)
    # the other file's sector stands: a national security adviser is no legislator
    waltz = kb.get("politika:mike-waltz")
    assert waltz is not None and waltz.sector == "GOV"


def test_namesakes_of_other_files_stay_apart(kb: KnowledgeBase) -> None:
    # Tom Barrett, the mayor of Milwaukee (us_state_officials.jsonl), is not Michigan's representative
    barretts = [e for e, score in kb.lookup("Tom Barrett") if score >= 0.95 and e.country == "USA"]
    assert len(barretts) == 2
    assert {r.title.split(" (")[0] for e in barretts for r in e.roles} == {
        "Mayor of Milwaukee", "United States Representative for Michigan's 7th district"}


def test_federal_office_holders_are_unchanged(kb: KnowledgeBase) -> None:
    for date, president in (("2021-06-01", "Joe Biden"), ("2023-01-01", "Joe Biden"), ("2025-06-01", "Donald Trump")):
        holder = kb.office_holder("USA", "head_of_state", date)
        assert holder is not None and holder.name == president
    foreign = kb.office_holder("USA", "foreign_minister", "2023-01-01")
    assert foreign is not None and foreign.name == "Antony Blinken"
    interior = kb.office_holder("USA", "interior_minister", "2023-01-01")
    assert interior is not None and interior.name == "Alejandro Mayorkas"
    house_only = {str(e["id"]) for e in entries(DATA) if "sector" in e}  # (the people no other file holds)
    for role in ("head_of_state", "head_of_government", "foreign_minister", "defence_minister", "interior_minister"):
        for date in ("2017-06-01", "2021-06-01", "2023-01-01", "2025-06-01"):
            holder = kb.office_holder("USA", role, date)
            assert holder is None or holder.id not in house_only, (role, date, holder)
    for entry in entries(DATA):
        for role in entry.get("roles", []):
            assert str(role).split("|")[1] in ("member", "official"), role


def test_no_alias_is_a_lone_surname_and_no_name_is_shared(kb: KnowledgeBase) -> None:
    for line in DATA.read_text(encoding="utf-8").splitlines():
        entity = json.loads(line)
        for alias in entity.get("aliases", []):
            assert len(alias.split()) > 1 or alias == "AOC", (entity["name"], alias)
    assert_no_name_is_a_country_or_shared(kb, DATA)
    names = Counter(normalise_name(str(e["name"])) for e in entries(DATA))
    assert max(names.values()) == 1

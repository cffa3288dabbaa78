"""The cabinets, lower-house speakers and party leaders built by scripts/build_kb_cabinets.py: dated offices,
ministers never heads of government, one entity per person with the other files, no lone surname as alias."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from politika.kb import KnowledgeBase
from tests.kb.package_lists import holds_on

DATA = Path(__file__).resolve().parents[2] / "src" / "politika" / "kb" / "data" / "cabinets.jsonl"


@pytest.mark.parametrize(("name", "country", "title", "date"), [
    ("Mary Ng", "CAN", "Minister of International Trade of Canada", "2022-03-01"),
    ("Chrystia Freeland", "CAN", "Minister of Finance of Canada", "2023-01-01"),
    ("Chrystia Freeland", "CAN", "Deputy Prime Minister of Canada", "2020-05-01"),
    ("Jim Chalmers", "AUS", "Treasurer of Australia", "2024-01-01"),
    ("Josh Frydenberg", "AUS", "Treasurer of Australia", "2020-06-01"),
    ("Christian Lindner", "DEU", "Federal Minister of Finance of Germany", "2023-01-01"),
    ("Robert Habeck", "DEU", "Federal Minister for Economic Affairs and Climate Action of Germany", "2023-01-01"),
    ("Bruno Le Maire", "FRA", "Minister of the Economy and Finance of France", "2022-01-01"),
    ("Yaël Braun-Pivet", "FRA", "President of the National Assembly of France", "2023-01-01"),
    ("Marine Le Pen", "FRA", "Leader of the National Rally", "2019-01-01"),
    ("Jordan Bardella", "FRA", "Leader of the National Rally", "2024-06-01"),
    ("Matteo Salvini", "ITA", "Minister of Infrastructure and Transport of Italy", "2023-01-01"),
    ("Matteo Salvini", "ITA", "Leader of the League", "2023-01-01"),
    ("Alice Weidel", "DEU", "Leader of the Alternative for Germany", "2024-01-01"),
    ("Geert Wilders", "NLD", "Leader of the Party for Freedom", "2023-11-22"),
    ("Santiago Abascal", "ESP", "Leader of Vox", "2023-07-23"),
    ("Alberto Núñez Feijóo", "ESP", "Leader of the People's Party", "2023-07-23"),
    ("Nadia Calviño", "ESP", "First Deputy Prime Minister of Spain", "2022-01-01"),
    ("Zbigniew Rau", "POL", "Minister of Foreign Affairs of Poland", "2022-03-01"),
    ("Sigrid Kaag", "NLD", "Minister of Finance of the Netherlands", "2023-01-01"),
    ("Shunichi Suzuki", "JPN", "Minister of Finance of Japan", "2022-01-01"),
])
def test_people_hold_their_offices_on_a_date(kb: KnowledgeBase, name: str, country: str, title: str,
                                             date: str) -> None:
    assert holds_on(kb, name, country, title, date)


@pytest.mark.parametrize(("country", "date", "head"), [
    ("CAN", "2021-06-01", "Justin Trudeau"),
    ("DEU", "2019-06-01", "Angela Merkel"),
    ("DEU", "2023-06-01", "Olaf Scholz"),
    ("ITA", "2022-01-01", "Mario Draghi"),
    ("JPN", "2022-06-01", "Fumio Kishida"),
])
def test_ministers_never_become_head_of_government(kb: KnowledgeBase, country: str, date: str,
                                                   head: str) -> None:
    holder = kb.office_holder(country, "head_of_government", date)
    assert holder is not None and holder.name == head


def test_ministers_have_their_roles(kb: KnowledgeBase) -> None:
    fm = kb.office_holder("DEU", "foreign_minister", "2020-01-01")
    assert fm is not None and fm.name == "Heiko Maas"
    defence = kb.office_holder("FRA", "defence_minister", "2021-01-01")
    assert defence is not None and defence.name == "Florence Parly"
    interior = kb.office_holder("ITA", "interior_minister", "2021-06-01")
    assert interior is not None and interior.name == "Luciana Lamorgese"


def test_people_other_files_hold_are_one_entity(kb: KnowledgeBase) -> None:
    # Olaf Scholz: finance minister under Merkel (this list) and chancellor (another file)
    scholz = [e for e, score in kb.lookup("Olaf Scholz") if score >= 0.95 and e.country == "DEU"]
    assert len(scholz) == 1
    titles = {r.title for r in scholz[0].roles}
    assert {"Federal Minister of Finance of Germany", "Chancellor of Germany"} <= titles
    meloni = [e for e, score in kb.lookup("Giorgia Meloni") if score >= 0.95 and e.country == "ITA"]
    assert len(meloni) == 1
    assert {"Leader of Brothers of Italy", "Prime Minister of Italy"} <= {r.title for r in meloni[0].roles}


def test_no_alias_is_a_lone_surname() -> None:
    for line in DATA.read_text(encoding="utf-8").splitlines():
        entity = json.loads(line)
        for alias in entity.get("aliases", []):
            assert len(alias.split()) > 1 or alias.isupper(), (entity["name"], alias)

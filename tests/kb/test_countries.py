"""Countries: codes, demonyms, names, capitals, governments and metonyms."""

from __future__ import annotations

import pytest

from politika.kb import KnowledgeBase

DEMONYMS = {
    "Russian": "RUS", "Russians": "RUS", "Ukrainian": "UKR", "Hungarian": "HUN", "Chinese": "CHN",
    "American": "USA", "US": "USA", "U.S.": "USA", "British": "GBR", "UK": "GBR", "German": "DEU",
    "French": "FRA", "Indian": "IND", "Israeli": "ISR", "Palestinian": "PSE", "Iranian": "IRN", "Turkish": "TUR",
    "North Korean": "PRK", "South Korean": "KOR", "Japanese": "JPN", "Belarusian": "BLR", "Polish": "POL",
    "Mongolian": "MNG", "Saudi": "SAU", "Emirati": "ARE", "Serbian": "SRB", "Serb": "SRB", "Croatian": "HRV",
    "Croat": "HRV", "Bosnian": "BIH", "Kosovar": "KOS", "Taiwanese": "TWN", "Afghan": "AFG", "Dutch": "NLD",
}


@pytest.mark.parametrize(("word", "code"), sorted(DEMONYMS.items()))
def test_demonyms(kb: KnowledgeBase, word: str, code: str) -> None:
    assert kb.country_of_demonym(word) == code


@pytest.mark.parametrize(("name", "code"), [
    ("Britain", "GBR"), ("Great Britain", "GBR"), ("United States", "USA"), ("America", "USA"), ("Kyiv", "UKR"),
    ("Kiev", "UKR"), ("Moscow", "RUS"), ("Russian Federation", "RUS"), ("Kosovo", "KOS"), ("Hong Kong", "HKG"),
    ("Palestine", "PSE"), ("Türkiye", "TUR"), ("Puerto Rico", "USA"), ("Greenland", "DNK"), ("Beijing", "CHN"),
])
def test_country_of_name(kb: KnowledgeBase, name: str, code: str) -> None:
    assert kb.country_of_name(name) == code


def test_country_codes(kb: KnowledgeBase) -> None:
    russia = kb.country("RUS")
    assert russia is not None and russia.name == "Russia" and russia.capital == "Moscow"
    assert kb.country("ru") is russia
    assert kb.country("KOS") is kb.country("XKX") is not None
    assert kb.country("PRI") is not None and kb.country("PRI").country == "USA"  # type: ignore[union-attr]
    assert kb.plover_code("ASM") == "USA" and kb.plover_code("HKG") == "HKG" and kb.plover_code("PSE") == "PSE"


def test_governments(kb: KnowledgeBase) -> None:
    gov = kb.government_of("RUS")
    assert gov is not None and gov.id == "politika:gov-RUS" and gov.type == "ORG" and gov.sector == "GOV"
    assert "Moscow" in gov.metonyms and "Kremlin" in gov.metonyms
    assert kb.government_of("Russia") is gov
    assert kb.government_of("GUM") is kb.government_of("USA")
    assert kb.lookup("Russian government")[0][0] is gov


@pytest.mark.parametrize(("text", "entity_id"), [
    ("the Kremlin", "politika:gov-RUS"), ("Kremlin", "politika:gov-RUS"), ("Moscow", "politika:gov-RUS"),
    ("Kyiv", "politika:gov-UKR"), ("Bankova", "politika:gov-UKR"), ("the White House", "politika:gov-USA"),
    ("Washington", "politika:gov-USA"), ("Downing Street", "politika:gov-GBR"), ("Élysée", "politika:gov-FRA"),
    ("Elysee", "politika:gov-FRA"), ("Zhongnanhai", "politika:gov-CHN"), ("Brussels", "Q458"),
    ("Berlaymont", "Q8880"), ("the Pentagon", "Q11209"), ("the West", "politika:the-west"),
    ("Western allies", "politika:the-west"),
])
def test_metonyms(kb: KnowledgeBase, text: str, entity_id: str) -> None:
    entity = kb.metonym(text)
    assert entity is not None and entity.id == entity_id


def test_the_west_is_a_collective_without_country(kb: KnowledgeBase) -> None:
    west = kb.metonym("the West")
    assert west is not None and west.type == "COLLECTIVE" and west.country is None
    assert kb.lookup("Western countries")[0][0] is west

"""The causal map page on the sample-corpus store (the demo store): factors are content phrases, the factor
search centres the map, what-if on any factor (also one not drawn, and one not in the map: no 404)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

from politika.graph.causal_map import build_map
from politika.graph.factors import not_a_factor
from politika.store import Store
from politika.store.causal import CausalFilter, list_links
from politika.web import create_app
from tests.store.test_causal_store import store_links


@pytest.fixture(scope="module")
def client(web_db: str) -> Iterator[TestClient]:
    with TestClient(create_app(web_db)) as test_client:
        yield test_client


def test_demo_map_has_no_pronoun_time_or_quantity_factor(web_store: Store) -> None:
    cmap = build_map(list_links(web_store.engine, CausalFilter(min_confidence=0)))
    assert cmap.factors, "the sample corpus has causal links"
    assert [f.name for f in cmap.factors.values() if not_a_factor(f.name)] == []


def test_search_centres_the_map(client: TestClient) -> None:
    edges = client.get("/api/causal/edges", params={"factors": 2000, "min_confidence": 0}).json()["items"]
    name = str(edges[-1]["effect_name"])
    word = max(name.split(), key=len)
    page = client.get("/causal", params={"q": word, "factors": 3, "min_confidence": 0})
    assert page.status_code == 200 and "factor(s) match" in page.text and name in page.text


def test_whatif_on_a_factor_not_drawn_and_on_none(client: TestClient) -> None:
    edges = client.get("/api/causal/edges", params={"factors": 2000, "min_confidence": 0}).json()["items"]
    factor = str(edges[-1]["cause_name"])
    page = client.get(f"/causal?factors=1&min_confidence=0&factor={quote(factor)}&value=1")
    assert page.status_code == 200 and 'id="whatif-result"' in page.text
    missing = client.get("/causal?factor=no%20such%20factor%20at%20all&value=1")
    assert missing.status_code == 200 and 'id="whatif-problem"' in missing.text and "no such factor" in missing.text


def test_near_factors_kept_apart_under_a_whatif(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # "indecision" (one article) and "Western indecision" (another) are two factors; a what-if on one lists the
    # other with why the map kept them apart, and the API gives the same list
    monkeypatch.setenv("POLITIKA_FACTOR_SIMILARITY", "lexical")
    db = str(tmp_path / "apart.db")
    with Store(db) as store:
        store_links(store)
    with TestClient(create_app(db)) as client:
        page = client.get("/causal?factor=indecision&value=1&min_confidence=0")
        assert page.status_code == 200 and 'id="similar-factors"' in page.text
        assert "Western indecision" in page.text and "joined only within one article" in page.text
        data = client.get("/api/causal/similar", params={"factor": "indecision"}).json()
        assert data["factor"]["name"] == "indecision" and data["similar"][0]["name"] == "Western indecision"
        assert client.get("/api/causal/similar", params={"factor": "no such factor at all"}).status_code == 404
        assert 'id="similar-factors"' not in client.get("/causal").text  # only under a what-if
        misspelt = client.get("/causal?factor=Westren%20indecision&value=1&min_confidence=0")  # what the what-if set
        assert 'id="whatif-result"' in misspelt.text and 'id="similar-factors"' in misspelt.text

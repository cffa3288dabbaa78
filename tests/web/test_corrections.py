"""Corrections in the explorer: why names were joined, likely duplicates, the merge preview and its confirm step,
undo with the token, the API's preview, 409 and undo (a store of hand-written records: no model needed)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

from politika.store import Store
from politika.web import create_app
from tests.store.test_actors_store import store_corpus
from tests.web.conftest import TOKEN

WRITE = {"X-Politika-Token": TOKEN}
PUTIN, GOV = quote("kb:Q7747", safe=""), quote("kb:politika:gov-HUN", safe="")


@pytest.fixture
def corpus(tmp_path: Path) -> tuple[str, dict[str, tuple[int, str]]]:
    path = str(tmp_path / "corrections.db")
    with Store(path) as store:
        ids = store_corpus(store)
    return path, ids


@pytest.fixture
def client(corpus: tuple[str, dict[str, tuple[int, str]]]) -> Iterator[TestClient]:
    with TestClient(create_app(corpus[0], token=TOKEN)) as test_client:
        yield test_client


def test_page_says_why_names_were_joined(client: TestClient) -> None:
    page = client.get(f"/actors/{PUTIN}").text
    assert "Why these names are one actor" in page and "same knowledge-base id" in page


def test_preview_then_apply_then_undo(client: TestClient) -> None:
    before = client.get("/api/actors/Orban").json()
    preview = client.post(f"/actors/{PUTIN}/merge", data={"other": "Orban", "token": TOKEN, "preview": "true"})
    assert preview.status_code == 200 and 'id="merge-preview"' in preview.text
    assert "1 article(s), 0 event(s), 0 claim(s), 0 tie(s)" in preview.text
    assert client.get("/api/actors/Orban").json()["id"] == "person:orban"  # nothing changed yet
    applied = client.post(f"/actors/{PUTIN}/merge", data={"other": "Orban", "token": TOKEN},
                          follow_redirects=False)
    assert applied.status_code == 303 and "correction" in applied.headers["location"]
    page = client.get(applied.headers["location"]).text
    assert "by web" in page and 'class="inline undo-form"' in page
    history = client.get(f"/api/actors/{PUTIN}/corrections").json()["history"]
    undone = client.post(f"/actors/{PUTIN}/undo", data={"correction": history[0]["id"], "token": TOKEN},
                         follow_redirects=False)
    assert undone.status_code == 303
    assert "undid merge" in client.get(undone.headers["location"]).text
    after = client.get("/api/actors/Orban").json()
    assert (after["id"], after["mention_count"], after["names"]) == (before["id"], before["mention_count"],
                                                                    before["names"])
    no_token = client.post(f"/actors/{PUTIN}/undo", data={"correction": history[0]["id"]})
    assert no_token.status_code == 403


def test_person_into_organisation_shows_a_confirm_step(client: TestClient) -> None:
    step = client.post(f"/actors/{GOV}/merge", data={"other": "Anna Kovacs", "token": TOKEN})
    assert step.status_code == 409 and 'name="confirm"' in step.text and "needs confirming" in step.text
    assert client.get("/api/actors/Anna%20Kovacs").json()["id"] == "person:anna-kovacs:hun"
    done = client.post(f"/actors/{GOV}/merge", data={"other": "Anna Kovacs", "token": TOKEN, "confirm": "true"},
                       follow_redirects=False)
    assert done.status_code == 303


def test_api_preview_409_and_undo(client: TestClient) -> None:
    body = {"into": "politika:gov-HUN", "merged": "Anna Kovacs"}
    preview = client.post("/api/actors/merge", json=body | {"preview": True}, headers=WRITE).json()
    assert preview["preview"] and preview["needs_confirm"] and preview["name_kept"] == "Hungarian government"
    refused = client.post("/api/actors/merge", json=body, headers=WRITE)
    assert refused.status_code == 409 and "needs confirming" in refused.json()["detail"]
    assert "\n" not in refused.json()["detail"]
    merged = client.post("/api/actors/merge", json=body | {"confirm": True}, headers=WRITE).json()
    undone = client.post("/api/actors/undo", json={"correction": merged["correction"]}, headers=WRITE)
    assert undone.status_code == 200 and undone.json()["undone"] == "merge"
    assert client.post("/api/actors/undo", json={"correction": merged["correction"]}).status_code == 403
    again = client.post("/api/actors/undo", json={"correction": merged["correction"]}, headers=WRITE)
    assert again.status_code == 400 and "undone already" in again.json()["detail"]


def test_split_takes_the_ids_the_page_shows(client: TestClient, corpus: tuple[str, dict[str, tuple[int, str]]]) -> None:
    _, ids = corpus
    page = client.get(f"/actors/{PUTIN}").text
    shown = ids["a2"][1][:8]
    assert f">{shown}<" in page or shown in page
    split = client.post("/api/actors/split", json={"actor": "Q7747", "article": shown}, headers=WRITE)
    assert split.status_code == 200, split.text
    alias = client.post(f"/actors/{quote('person:anna-kovacs:hun', safe='')}/split",
                        data={"alias": "kovacs", "token": TOKEN}, follow_redirects=False)
    assert alias.status_code == 303


def test_duplicates_on_the_page_and_in_the_api(client: TestClient) -> None:
    client.post("/api/actors/split", json={"actor": "Anna Kovacs", "alias": "Kovacs"}, headers=WRITE)
    page = client.get(f"/actors/{quote('person:anna-kovacs:hun', safe='')}").text
    assert "Possibly the same as" in page and "shorter form" in page
    items = client.get("/api/actors/duplicates").json()["items"]
    assert any(p["merge"]["name"] == "Kovacs" for p in items)

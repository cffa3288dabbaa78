"""FollowTheMoney and GraphML exports of the actors (SQLite and PostgreSQL), checked with followthemoney and
networkx where they are installed (the dev extras install both)."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

from politika.export.ftm import ftm_country, iter_ftm_entities, write_ftm
from politika.export.graphml import write_actors
from politika.store import Store
from tests.store.test_actors_store import store_corpus


def test_ftm_country() -> None:
    assert (ftm_country("RUS"), ftm_country("hun"), ftm_country("XKX")) == ("ru", "hu", "xk")
    assert ftm_country("EUR") is None and ftm_country("UNO") is None and ftm_country(None) is None


def _by_schema(entities: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {}
    for entity in entities:
        out.setdefault(entity["schema"], []).append(entity)
    return out


def test_ftm_entities(store: Store, tmp_path: Path) -> None:
    ids = store_corpus(store)
    entities = list(iter_ftm_entities(store.actor_export()))
    assert len({e["id"] for e in entities}) == len(entities)
    schemata = _by_schema(entities)
    people = {e["properties"]["name"][0]: e for e in schemata["Person"]}
    putin = people["Vladimir Putin"]["properties"]
    assert putin["wikidataId"] == ["Q7747"] and putin["country"] == ["ru"]
    assert "Putin" in putin["alias"] and putin["weakAlias"] == ["the Russian leader"]
    assert putin["position"] == ["President of Russia"]
    assert "wikidataId" not in people["Anna Kovacs"]["properties"]  # politika: ids are not Wikidata ids
    (government,) = schemata["PublicBody"]
    assert government["properties"]["country"] == ["hu"]
    eu = next(e for e in schemata["Organization"] if e["properties"]["name"] == ["European Union"])
    assert "country" not in eu["properties"]  # EUR is PLOVER's, not a country
    assert {e["properties"]["title"][0] for e in schemata["Article"]} == {
        "Putin meets Kovacs", "Kovacs in Beijing", "Putin warns Europe"}
    article = next(e for e in schemata["Article"] if e["properties"]["title"] == ["Putin meets Kovacs"])
    assert article["properties"]["publishedAt"] == ["2024-07-05"]
    assert article["properties"]["sourceUrl"] == ["https://example.org/a1"]
    assert len(schemata["Documentation"]) == 11
    putin_id = people["Vladimir Putin"]["id"]
    putin_docs = [d for d in schemata["Documentation"] if d["properties"]["entity"] == [putin_id]]
    assert len(putin_docs) == 3
    assert any("Putin is the President of Russia." in d["properties"].get("description", []) for d in putin_docs)
    (employment,) = schemata["Employment"]  # Anna Kovacs works_for the Hungarian government, in two articles
    assert employment["properties"]["employee"] == [people["Anna Kovacs"]["id"]]
    assert employment["properties"]["employer"] == [government["id"]]
    assert len(employment["properties"]["description"]) == 2
    out = io.StringIO()
    tables = store.actor_export()
    assert write_ftm(tables, out) == len(tables["actors"]) == 6  # the count is of actors
    again = [json.loads(line) for line in out.getvalue().splitlines()]
    assert again == [json.loads(json.dumps(e, sort_keys=True)) for e in list(iter_ftm_entities(store.actor_export()))]
    assert ids  # the same store exports the same ids


def test_ftm_entities_are_valid_followthemoney(store: Store) -> None:
    ftm = pytest.importorskip("followthemoney")
    from followthemoney.types import registry

    store_corpus(store)
    entities = list(iter_ftm_entities(store.actor_export()))
    schema_of = {e["id"]: ftm.model.get(e["schema"]) for e in entities}
    for entity in entities:
        schema = ftm.model.get(entity["schema"])
        assert schema is not None and not schema.abstract, entity["schema"]
        proxy = ftm.model.get_proxy(entity, cleaned=False)  # raises on a property the schema does not have
        for required in schema.required:
            assert proxy.get(required), (entity["schema"], required)
        for name, values in entity["properties"].items():
            prop = schema.get(name)
            assert prop is not None, (entity["schema"], name)
            for value in values:
                if prop.type == registry.entity:
                    assert schema_of[value].is_a(prop.range), (entity["schema"], name, schema_of[value].name)
                elif prop.type in (registry.country, registry.date, registry.url):
                    assert prop.type.clean(value) == value, (name, value)


def test_graphml_reads_back_in_networkx(store: Store, tmp_path: Path) -> None:
    nx = pytest.importorskip("networkx")
    store_corpus(store)
    out = tmp_path / "actors.graphml"
    with out.open("w", encoding="utf-8") as stream:
        assert write_actors(store.actor_export(), stream) == 6
    graph = nx.read_graphml(out)
    assert graph.is_directed() and graph.number_of_nodes() == 6
    putin = graph.nodes["kb:Q7747"]
    assert (putin["name"], putin["country"], putin["sector"], putin["kb_id"]) == ("Vladimir Putin", "RUS", "GOV",
                                                                                 "Q7747")
    assert putin["mention_count"] == 4 and putin["article_count"] == 3
    assert "kb_id" not in graph.nodes["person:orban"]
    edge = graph.edges["person:anna-kovacs:hun", "kb:politika:gov-HUN"]
    assert (edge["type"], edge["count"]) == ("works_for", 2)
    assert graph.number_of_edges() == 1

"""Actors across articles in the store (SQLite and PostgreSQL): identity, counts, re-analysis, dossiers,
merge and split decisions that survive re-analysis."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from politika.errors import InputError
from politika.ingest.dedupe import fingerprint
from politika.ingest.document import Article
from politika.store import Store
from politika.store.actors import list_actors
from politika.store.schema import actor_decisions, actor_ties, actors, article_actors
from tests.httpserver import news_text

# -- a small corpus written by hand: three articles with overlapping actors ------------------------------------

TEXTS = {
    "a1": ("Putin meets Kovacs", "2024-07-05",
           "Vladimir Putin met Anna Kovacs in Moscow on Friday. Kovacs, a Hungarian diplomat, said the Hungarian "
           "government backs the talks. Putin is the President of Russia."),
    "a2": ("Kovacs in Beijing", "2024-07-08",
           "Anna Kovacs travelled to Beijing for the Hungarian government. She met Xi Jinping there. The European "
           "Union was not told. Vladimir Putin stayed away."),
    "a3": ("Putin warns Europe", "2024-07-12",
           "Putin warned Europe on Friday. Kovacs did not comment. Orban was silent."),
}


def _sentences(text: str) -> list[dict[str, int]]:
    return [{"start": m.start(), "end": m.end()} for m in re.finditer(r"[^.]+\.", text)]


def span(text: str, phrase: str) -> dict[str, Any]:
    start = text.index(phrase)
    return {"start": start, "end": start + len(phrase), "text": phrase}


def make_record(key: str, specs: list[dict[str, Any]]) -> dict[str, Any]:
    """A record for article ``key``: ``specs`` are actors with ``said`` (the surface texts of their mentions)."""
    text = TEXTS[key][2]
    taken: list[tuple[int, int]] = []
    mentions = []
    wanted = sorted(((phrase, spec["id"]) for spec in specs for phrase in spec.get("said", [spec["name"]])),
                    key=lambda item: -len(item[0]))
    for phrase, local in wanted:
        for match in re.finditer(re.escape(phrase), text):
            if not any(s < match.end() and match.start() < e for s, e in taken):
                taken.append((match.start(), match.end()))
                mentions.append({"start": match.start(), "end": match.end(), "text": phrase, "label": "PERSON",
                                 "actor": local})
                break
    record_actors = []
    for spec in specs:
        actor = {"id": spec["id"], "name": spec["name"], "type": spec.get("type", "PERSON"),
                 "kind": spec.get("kind", "person"), "aliases": spec.get("aliases", []),
                 "descriptors": spec.get("descriptors", []), "descriptor_spans": [],
                 "country": spec.get("country"), "sector": spec.get("sector"), "kb_id": spec.get("kb_id"),
                 "roles": spec.get("roles", []), "ties": spec.get("ties", []),
                 "mention_count": len(spec.get("said", [spec["name"]]))}
        record_actors.append(actor)
    return {"id": key, "sentences": _sentences(text), "mentions": sorted(mentions, key=lambda m: m["start"]),
            "actors": record_actors, "events": [], "attributions": [], "causal_sentences": [], "causal": []}


PUTIN = {"name": "Vladimir Putin", "kb_id": "Q7747", "country": "RUS", "sector": "GOV"}
GOV_HUN = {"name": "Hungarian government", "type": "ORG", "kind": "government", "kb_id": "politika:gov-HUN",
           "country": "HUN", "sector": "GOV"}


def records() -> dict[str, dict[str, Any]]:
    t1, t2 = TEXTS["a1"][2], TEXTS["a2"][2]
    return {
        "a1": make_record("a1", [
            {"id": "a1", **PUTIN, "aliases": ["Putin", "the Russian leader"], "said": ["Vladimir Putin", "Putin"],
             "roles": [{"title": "President of Russia", "role": "head_of_state", "country": "RUS", "sector": "GOV",
                        "former": False, "since": None, "until": None, "evidence": span(t1, "President of Russia")}]},
            {"id": "a2", "name": "Anna Kovacs", "country": "HUN", "aliases": ["Kovacs"],
             "said": ["Anna Kovacs", "Kovacs"], "descriptors": ["a Hungarian diplomat"],
             "ties": [{"type": "works_for", "target": "a3", "evidence": span(t1, "a Hungarian diplomat"),
                       "sentence": 1}]},
            {"id": "a3", **GOV_HUN},
        ]),
        "a2": make_record("a2", [
            {"id": "a1", "name": "Anna Kovacs", "said": ["Anna Kovacs", "She"],
             "ties": [{"type": "works_for", "target": "a2", "evidence": span(t2, "for the Hungarian government"),
                       "sentence": 0}]},
            {"id": "a2", **GOV_HUN},
            {"id": "a3", "name": "Xi Jinping", "kb_id": "Q15031", "country": "CHN", "sector": "GOV"},
            {"id": "a4", "name": "European Union", "type": "ORG", "kind": "igo", "kb_id": "Q458", "country": "EUR"},
            {"id": "a5", **PUTIN},
        ]),
        "a3": make_record("a3", [
            {"id": "a1", "name": "Putin"},
            {"id": "a2", "name": "Kovacs"},
            {"id": "a3", "name": "Orban"},
        ]),
    }


def store_corpus(store: Store, only: tuple[str, ...] = ("a1", "a2", "a3")) -> dict[str, tuple[int, str]]:
    """Store the articles and save their records; returns key → (article pk, article id)."""
    batch = []
    for key in only:
        title, date, text = TEXTS[key]
        article = Article(text=text, origin=f"test/{key}.txt", title=title, date=date, site="Test Wire",
                          genre="news", language="en", url=f"https://example.org/{key}")
        batch.append((article, fingerprint(article.text, article.url), "pending", None))
    outcomes = store.add_articles(batch)
    ids = {key: (o.pk, o.article_id) for key, o in zip(only, outcomes, strict=True)}
    made = records()
    store.save_records([(ids[key][0], made[key]) for key in only], "test-model")
    return ids


def by_name(store: Store) -> dict[str, dict[str, Any]]:
    return {a["name"]: a for a in store.actors(limit=100)}


# -- tests ----------------------------------------------------------------------------------------------------


def test_same_actor_across_articles(store: Store) -> None:
    store_corpus(store)
    found = by_name(store)
    assert set(found) == {"Vladimir Putin", "Anna Kovacs", "Hungarian government", "Xi Jinping",
                          "European Union", "Orban"}
    putin = found["Vladimir Putin"]
    assert (putin["id"], putin["article_count"], putin["mention_count"]) == ("kb:Q7747", 3, 4)  # lone "Putin" too
    kovacs = found["Anna Kovacs"]
    assert kovacs["kb_id"] is None and kovacs["country"] == "HUN"
    assert (kovacs["article_count"], kovacs["mention_count"]) == (3, 5)  # unlinked: by name, then by surname
    assert (found["Hungarian government"]["id"], found["Hungarian government"]["article_count"]) == (
        "kb:politika:gov-HUN", 2)
    assert found["Orban"]["id"] == "person:orban"
    assert (putin["first_seen"], putin["last_seen"]) == ("2024-07-05", "2024-07-12")


def test_reanalysis_does_not_double_count(store: Store) -> None:
    ids = store_corpus(store)
    before = by_name(store)
    store.save_records([(ids["a1"][0], records()["a1"]), (ids["a3"][0], records()["a3"])], "test-model")
    store.save_records([(ids["a1"][0], records()["a1"])], "test-model")
    assert by_name(store) == before
    with store.engine.connect() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(article_actors)).scalar_one() == 11
        assert conn.execute(sa.select(sa.func.count()).select_from(actor_ties)).scalar_one() == 2
        assert conn.execute(sa.select(sa.func.count()).select_from(actors)).scalar_one() == 6


def test_records_without_actors_are_fine(store: Store) -> None:
    ids = store_corpus(store, only=("a1",))
    store.save_records([(ids["a1"][0], {"id": "x", "mentions": []})], "test-model")  # re-analysed: no actors now
    assert store.actors() == []


def test_list_filters(store: Store) -> None:
    store_corpus(store)
    assert [a["name"] for a in store.actors(country="hun")] == ["Anna Kovacs", "Hungarian government"]
    assert {a["name"] for a in store.actors(sector="GOV", type="PERSON")} == {"Vladimir Putin", "Xi Jinping"}
    assert len(list_actors(store.engine, limit=2)) == 2


def test_dossier(store: Store) -> None:
    ids = store_corpus(store)
    putin = store.actor("Q7747")
    assert putin == store.actor("Vladimir Putin") == store.actor("kb:Q7747")
    assert putin["kb_ids"] == ["Q7747"] and putin["country"] == "RUS" and putin["sector"] == "GOV"
    assert {"Vladimir Putin", "Putin", "the Russian leader"} <= set(putin["names"])
    assert putin["roles"][0]["title"] == "President of Russia"
    assert putin["roles"][0]["sentence"] == "Putin is the President of Russia."
    assert putin["roles"][0]["article"] == ids["a1"][1]
    # newest first, as on the web page (the CLI's dossier used to list them oldest first)
    assert [a["id"] for a in putin["articles"]] == [ids[k][1] for k in ("a3", "a2", "a1")]
    assert putin["articles"][-1]["title"] == "Putin meets Kovacs" and putin["articles"][-1]["date"] == "2024-07-05"
    assert "events_as_actor" in putin and putin["counts"]["articles"] == 3
    kovacs = store.actor("Anna Kovacs")
    assert kovacs["descriptors"] == [{"text": "a Hungarian diplomat", "articles": [ids["a1"][1]]}]
    tie = kovacs["ties"][0]
    assert (tie["type"], tie["direction"], tie["other"]["name"]) == ("works_for", "out", "Hungarian government")
    assert tie["sentence"] == "Kovacs, a Hungarian diplomat, said the Hungarian government backs the talks."
    assert len(kovacs["ties"]) == 2
    government = store.actor("politika:gov-HUN")
    assert {(t["direction"], t["other"]["name"]) for t in government["ties"]} == {("in", "Anna Kovacs")}
    with pytest.raises(InputError, match="no such actor"):
        store.actor("Nobody Atall")


def test_merge_is_kept_after_reanalysis(store: Store) -> None:
    ids = store_corpus(store)
    merged = store.merge_actors("Vladimir Putin", "Orban")  # a wrong merge, but a clear one to check
    assert merged["id"] == "kb:Q7747" and merged["merged"] == "person:orban"
    assert (merged["article_count"], merged["mention_count"]) == (3, 5)
    assert "Orban" not in by_name(store)
    store.save_records([(ids["a3"][0], records()["a3"])], "test-model")  # "Orban" comes again
    after = by_name(store)
    assert "Orban" not in after and after["Vladimir Putin"]["mention_count"] == 5
    assert store.actor("Orban")["id"] == "kb:Q7747"  # the merged-away name finds the survivor
    with store.engine.connect() as conn:
        assert list(conn.scalars(sa.select(actor_decisions.c.action))) == ["merge"]
    with pytest.raises(InputError, match="same actor"):
        store.merge_actors("Putin", "Q7747")


def test_merge_by_key_keeps_ties_and_drops_self_ties(store: Store) -> None:
    store_corpus(store)
    store.merge_actors("politika:gov-HUN", "Anna Kovacs", confirm=True)  # a person into an organisation
    government = store.actor("Hungarian government")
    assert government["ties"] == []  # her ties to the government became self-ties, which are dropped
    assert government["article_count"] == 3 and "Kovacs" in government["names"]


def test_split_alias_is_kept_after_reanalysis(store: Store) -> None:
    ids = store_corpus(store)
    result = store.split_actor("Anna Kovacs", alias="Kovacs")
    assert result["id"] == "person:anna-kovacs:hun~kovacs" and result["name"] == "Kovacs"
    assert (result["article_count"], result["mention_count"]) == (2, 2)  # the "Kovacs" of a1 and a3
    anna = store.actor("Anna Kovacs")
    assert (anna["article_count"], anna["mention_count"]) == (2, 3)
    assert "Kovacs" not in anna["names"]
    store.save_records([(pk, records()[key]) for key, (pk, _) in ids.items()], "test-model")
    found = by_name(store)
    assert (found["Kovacs"]["mention_count"], found["Anna Kovacs"]["mention_count"]) == (2, 3)
    assert store.actor("Kovacs")["id"] == result["id"]
    with pytest.raises(InputError, match="itself"):
        store.split_actor("Anna Kovacs", alias="Anna Kovács")


def test_split_article_is_kept_after_reanalysis(store: Store) -> None:
    ids = store_corpus(store)
    result = store.split_actor("Q7747", article=ids["a2"][1])
    assert result["id"] == f"kb:Q7747~article:{ids['a2'][1]}" and result["article_count"] == 1
    assert store.actor("Q7747")["article_count"] == 2
    store.save_records([(ids["a2"][0], records()["a2"])], "test-model")
    assert store.actor("Q7747")["article_count"] == 2
    assert store.actor(result["id"])["articles"][0]["id"] == ids["a2"][1]
    assert store.actor("Vladimir Putin")["id"] == "kb:Q7747"  # the split-off part is not found by name
    with pytest.raises(InputError, match="does not appear"):
        store.split_actor("Orban", article=ids["a1"][1])
    with pytest.raises(InputError, match="either"):
        store.split_actor("Orban")


def test_linked_actor_adopts_an_unlinked_one(store: Store) -> None:
    ids = store_corpus(store, only=("a3",))
    assert by_name(store)["Orban"]["kb_id"] is None
    record = records()["a3"]
    record["actors"][2].update(name="Orban", kb_id="Q57641", country="HUN")
    store.save_records([(ids["a3"][0], record)], "test-model")
    orban = store.actor("Q57641")
    assert orban["id"] == "person:orban" and orban["kb_id"] == "Q57641" and orban["country"] == "HUN"


def test_a_kb_adoption_hands_its_key_to_a_later_actor_of_the_same_record(store: Store) -> None:
    """Two actors of one record with one kb id: the first adopts the stored unlinked "Orban", the second (a name
    not stored) then finds him by the kb key, as one at a time; it is not made as a new actor first."""
    ids = store_corpus(store, only=("a3",))
    record = records()["a3"]
    record["actors"][2].update(name="Orban", kb_id="Q57641", country="HUN")
    record["actors"].append({**record["actors"][2], "id": "a4", "name": "Viktor Orban", "aliases": []})
    store.save_records([(ids["a3"][0], record)], "test-model")
    linked = [a for a in store.actors(limit=100) if a["kb_id"] == "Q57641"]
    assert [a["id"] for a in linked] == ["person:orban"]


def test_only_names_identify_across_articles(store: Store) -> None:
    """Where mentions carry `kind`, only the texts of `name` mentions match actors of other articles."""
    ids = store_corpus(store, only=("a1", "a3"))
    record = records()["a1"]
    record["actors"][0]["aliases"] = ["Putin", "Russian President"]  # capitalised, but a description
    for mention in record["mentions"]:
        mention["kind"] = "name"
    record["mentions"].append({"start": 0, "end": 0, "text": "Russian President", "label": "PERSON", "actor": "a1",
                               "kind": "nominal"})
    store.save_records([(ids["a1"][0], record)], "test-model")
    assert "Russian President" in store.actor("Q7747")["names"]
    other = records()["a3"]
    other["actors"][2]["name"] = "Russian President"
    store.save_records([(ids["a3"][0], other)], "test-model")
    assert store.actor("Q7747")["article_count"] == 2  # via the lone "Putin" of a3, not via "Russian President"
    assert by_name(store)["Russian President"]["id"] == "person:russian-president"


@pytest.mark.parametrize("order", [("a3", "a1", "a2"), ("a2", "a3", "a1"), ("a1", "a2", "a3")])
def test_one_batch_resolves_as_one_article_at_a_time(store_url: str, tmp_path: Any, order: tuple[str, ...]) -> None:
    """Within one save the lookup remembers answers (the same names come back article after article); what an
    article adds (actors, names, kb ids) must be seen by the next one exactly as across separate saves."""
    with Store(store_url) as batched:
        store_corpus(batched, order)
        together = by_name(batched)
    with Store(str(tmp_path / "apart.db")) as apart:
        for key in order:
            store_corpus(apart, (key,))
        separately = by_name(apart)
    assert together == separately


def test_dossier_ties_page_in_sql_as_slices_of_the_whole_list(store: Store) -> None:
    from politika.store.dossier import dossier_ties

    store_corpus(store)
    with store.engine.connect() as conn:
        for (pk,) in conn.execute(sa.select(actors.c.pk)):
            whole = dossier_ties(conn, pk)
            for limit in (1, 2, 3):
                for offset in range(len(whole) + 2):
                    assert dossier_ties(conn, pk, limit, offset) == whole[offset:offset + limit]
        assert any(dossier_ties(conn, pk) for (pk,) in conn.execute(sa.select(actors.c.pk)))


def test_a_lone_surname_finds_its_people_by_the_names_last_word(store: Store) -> None:
    """Each stored name of two or more words keeps its last word (migration 0014 fills it for the names stored
    before it), and a lone surname of a later article finds its people from that indexed column."""
    from alembic import command

    from politika.store.engine import _alembic_config
    from politika.store.schema import actor_names

    def last_words() -> dict[str, str | None]:
        with store.engine.connect() as conn:
            return dict(conn.execute(sa.select(actor_names.c.norm, actor_names.c.last_word)
                                     .where(actor_names.c.norm.is_not(None))).all())

    store_corpus(store, only=("a1",))
    written = last_words()
    assert written["anna kovacs"] == "kovacs" and written["vladimir putin"] == "putin"
    assert all(word is None for norm, word in written.items() if " " not in norm)
    with store.engine.begin() as conn:
        command.downgrade(_alembic_config(conn), "0013")
        command.upgrade(_alembic_config(conn), "head")
    assert last_words() == written
    store_corpus(store, only=("a3",))  # "Kovacs did not comment.": the lone surname is Anna Kovacs
    found = by_name(store)
    assert found["Anna Kovacs"]["article_count"] == 2 and "Kovacs" not in found


def test_columns_a_batch_gives_stored_actors_go_in_one_update_and_later_records_see_them(store: Store) -> None:
    """A stored actor's country, sector or kind that a record gives first is written with the batch's other
    such updates (one statement per set of columns, ``StoredActors.write_actors``), and the records after it in
    the batch see it."""
    store_corpus(store, only=("a3",))
    assert by_name(store)["Orban"]["country"] is None and by_name(store)["Kovacs"]["country"] is None
    title, date, text = TEXTS["a3"]
    outcomes = store.add_articles([
        (article, fingerprint(article.text, None), "pending", None) for article in (
            Article(text=f"{text}\n{news_text(900 + n, 80)}", origin=f"test/more{n}.txt", title=title, date=date,
                    site="Test Wire", genre="news", language="en") for n in range(2))])
    first, later = records()["a3"], records()["a3"]
    first["actors"][2]["country"] = "HUN"
    first["actors"][1].update(country="HUN", sector="GOV")
    later["actors"][2].update(country="HUN", sector="GOV")  # the country known by now; the sector not yet
    updates: list[str] = []

    def seen(_conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        if statement.lstrip().upper().startswith("UPDATE ACTORS SET") and "first_seen" not in statement \
                and "mention_count" not in statement:
            updates.append(statement)

    sa.event.listen(store.engine, "before_cursor_execute", seen)
    try:
        assert [o.status for o in outcomes] == ["stored", "stored"]
        store.save_records([(outcomes[0].pk, first), (outcomes[1].pk, later)], "test-model")
    finally:
        sa.event.remove(store.engine, "before_cursor_execute", seen)
    found = by_name(store)
    assert (found["Orban"]["country"], found["Orban"]["sector"]) == ("HUN", "GOV")
    assert (found["Kovacs"]["country"], found["Kovacs"]["sector"]) == ("HUN", "GOV")
    assert len(updates) == 1  # Orban's and Kovacs' country and sector in one statement


def _smith_records() -> list[tuple[str, dict[str, Any]]]:
    """Three articles about a John Smith: one from the US (one mention), one from Britain (three), one that does not
    say which (one): the last is the more-mentioned one's (``graph.actors._best``)."""
    out = []
    for key, country, times in (("us", "USA", 1), ("gb", "GBR", 3), ("any", None, 1)):
        text = " ".join(f"John Smith spoke in the {key} story on day {day}." for day in range(times))
        mentions = [{"start": m.start(), "end": m.end(), "text": "John Smith", "label": "PERSON", "actor": "a1"}
                    for m in re.finditer("John Smith", text)]
        actor = {"id": "a1", "name": "John Smith", "type": "PERSON", "kind": "person", "aliases": [],
                 "descriptors": [], "descriptor_spans": [], "country": country, "sector": None, "kb_id": None,
                 "roles": [], "ties": [], "mention_count": times}
        out.append((text, {"id": key, "sentences": _sentences(text), "mentions": mentions, "actors": [actor],
                           "events": [], "attributions": [], "causal_sentences": [], "causal": []}))
    return out


def test_which_actor_a_name_joins_does_not_depend_on_the_save_batches(tmp_path: Path) -> None:
    links = []
    for size in (1, 3):
        with Store(str(tmp_path / f"batch{size}.db")) as store:
            items = []
            for n, (text, record) in enumerate(_smith_records()):
                article = Article(text=text, origin=f"smith/{n}.txt", language="en")
                outcome, = store.add_articles([(article, fingerprint(text, None), "pending", None)])
                items.append((outcome.pk, record))
            for start in range(0, len(items), size):
                store.save_records(items[start:start + size], "test-model")
            links.append(sorted((a["id"], a["mention_count"]) for a in store.actors(limit=10)))
            # saved again in the other batches: the rows replaced leave the counts record by record too
            again = 4 - size
            for start in range(0, len(items), again):
                store.save_records(items[start:start + again], "test-model")
            links.append(sorted((a["id"], a["mention_count"]) for a in store.actors(limit=10)))
    assert links[0] == links[1] == links[2] == links[3]
    assert ("person:john-smith:gbr", 4) in links[0]  # the last one, of no country, joined the more mentioned

"""What the store keeps of runs and errors (an error seen again counts on its row; a killed run is marked so at the
next start), and keys that fit their columns on PostgreSQL (long names hashed into actor keys, not cut)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from politika.ingest.dedupe import fingerprint
from politika.ingest.document import Article
from politika.ingest.sanitise import clean_text, sanitise_article
from politika.keys import KEY_SIZE
from politika.store import Store
from politika.store.engine import create_engine, database_url, migrate
from politika.store.schema import actor_keys, actor_names, actors, ingest_errors, runs


def test_an_error_seen_again_is_counted_not_added(store: Store) -> None:
    first = store.start_run("ingest a")
    store.record_error(first, "a.jsonl:3", "input", "not valid JSON")
    store.record_error(first, "a.jsonl:4", "input", "not valid JSON")
    second = store.start_run("ingest a")
    store.record_error(second, "a.jsonl:3", "input", "not valid JSON")
    store.record_error(second, "a.jsonl:3", "input", "another reason")
    rows = {(r["source"], r["reason"]): r for r in store.errors()}
    assert len(rows) == 3
    again = rows[("a.jsonl:3", "not valid JSON")]
    assert (again["count"], again["run_pk"]) == (2, second) and again["first_at"] <= again["at"]
    assert rows[("a.jsonl:4", "not valid JSON")]["count"] == 1
    assert store.stats()["ingest_errors"] == 3


def test_a_killed_run_is_marked_interrupted_at_the_next_start(store_url: str) -> None:
    # a process that starts a run and dies without finishing it (as a SIGKILL would leave it)
    code = ("import os, sys; from politika.store import Store; "
            "Store(sys.argv[1]).start_run('ingest killed/'); os._exit(9)")
    subprocess.run([sys.executable, "-c", code, store_url], check=False, timeout=120)
    with Store(store_url) as store:
        (killed,) = store.runs()
        assert (killed["command"], killed["status"]) == ("ingest killed/", "running")
        now = store.start_run("ingest again/")
        by_pk = {r["pk"]: r for r in store.runs()}
        assert by_pk[killed["pk"]]["status"] == "interrupted"
        assert by_pk[now]["status"] == "running"  # this process is alive: its run is not touched
        store.finish_run(now, {"stored": 0})
        assert {r["status"] for r in store.runs()} == {"interrupted", "finished"}
        assert store.stats()["runs"] == {"finished": 1, "interrupted": 1}


def test_the_migration_folds_repeated_errors_and_closes_old_runs(tmp_path: Path) -> None:
    engine = create_engine(database_url(str(tmp_path / "old.db")))
    migrate(engine, "0008")
    with engine.begin() as conn:
        conn.execute(sa.text("INSERT INTO runs (command, started_at, finished_at) VALUES "
                             "('ingest a', '2026-01-01T00:00:00+00:00', '2026-01-01T00:01:00+00:00'), "
                             "('ingest b', '2026-01-02T00:00:00+00:00', NULL)"))
        for at in ("2026-01-01T00:00:10+00:00", "2026-01-02T00:00:10+00:00", "2026-01-03T00:00:10+00:00"):
            conn.execute(sa.text("INSERT INTO ingest_errors (run_pk, source, kind, reason, at) VALUES "
                                 "(1, 'a.html', 'input', 'empty file', :at)"), {"at": at})
        conn.execute(sa.text("INSERT INTO ingest_errors (run_pk, source, kind, reason, at) VALUES "
                             "(1, 'b.html', 'input', 'empty file', '2026-01-01T00:00:11+00:00')"))
    migrate(engine)
    with engine.connect() as conn:
        errors = {r.source: r for r in conn.execute(sa.select(ingest_errors))}
        statuses = [r.status for r in conn.execute(sa.select(runs).order_by(runs.c.pk))]
    engine.dispose()
    assert set(errors) == {"a.html", "b.html"}
    a = errors["a.html"]
    assert (a.count, a.first_at, a.at) == (3, "2026-01-01T00:00:10+00:00", "2026-01-03T00:00:10+00:00")
    assert errors["b.html"].count == 1 and errors["b.html"].key
    assert statuses == ["finished", "interrupted"]
    with Store(str(tmp_path / "old.db")) as store:  # and a rerun counts on the folded row
        store.record_error(None, "a.html", "input", "empty file")
        assert [r["count"] for r in store.errors() if r["source"] == "a.html"] == [4]


def _record(text: str, names: list[str], kb_id: str | None = None) -> dict[str, Any]:
    mentions, record_actors = [], []
    for number, name in enumerate(names, start=1):
        start = text.index(name)
        mentions.append({"start": start, "end": start + len(name), "text": name, "label": "PERSON",
                         "actor": f"a{number}"})
        record_actors.append({"id": f"a{number}", "name": name, "type": "PERSON", "kind": "person", "aliases": [],
                              "descriptors": [], "descriptor_spans": [], "country": None, "sector": None,
                              "kb_id": kb_id, "roles": [], "ties": [], "mention_count": 1})
    return {"id": "long", "sentences": [{"start": 0, "end": len(text)}], "mentions": mentions,
            "actors": record_actors, "events": [], "attributions": [], "causal_sentences": [], "causal": []}


def test_long_names_are_hashed_into_their_keys(store: Store) -> None:
    stem = "Alexander " * 24  # 240 characters the two names share
    one, two = stem + "Smith", stem + "Jones"
    text = f"{one} met {two} in the capital on Friday, and both spoke to reporters afterwards."
    article = Article(text=text, origin="long.txt", title="Long names", date="2024-07-05", genre="news",
                      language="en")
    (outcome,) = store.add_articles([(article, fingerprint(text), "pending", None)])
    store.save_records([(outcome.pk, _record(text, [one, two]))], "test-model")
    store.save_records([(outcome.pk, _record(text, [one, two]))], "test-model")  # analysed again: same actors
    with store.engine.connect() as conn:
        keys = [k for (k,) in conn.execute(sa.select(actors.c.key).order_by(actors.c.pk))]
        names = [n for (n,) in conn.execute(sa.select(actors.c.name).order_by(actors.c.pk))]
        norms = {n for (n,) in conn.execute(sa.select(actor_names.c.norm)) if n}
        all_keys = [k for (k,) in conn.execute(sa.select(actor_keys.c.key))]
    assert names == [one, two]  # two actors, not one merged by a cut key
    assert len(set(keys)) == 2 and all(len(k) <= KEY_SIZE for k in keys + all_keys)
    assert all(len(n) <= KEY_SIZE for n in norms) and len(norms) == 2
    assert store.actor(keys[0])["name"] == one


def test_articles_are_made_storable() -> None:
    article = Article(text="a\x00b\ud800", origin="x\ud800", title="t\x00", authors=["", "Ann\x00", None],  # type: ignore[list-item]
                      date="5 July", genre="a genre longer than twenty", language="en-GB-oxendict",
                      site="s" * 3000, id="i" * 3000)
    sanitise_article(article)
    assert (article.text, article.origin, article.title) == ("a\ufffdb\ufffd", "x\ufffd", "t\ufffd")
    assert article.authors == ["Ann\ufffd"]
    assert (article.date, article.genre, article.language) == (None, "unknown", "en")
    assert len(article.site or "") == 500 and len(article.id or "") == 500
    assert clean_text("plain") == "plain"


def test_a_long_knowledge_base_id_is_stored(store: Store) -> None:
    import json

    from politika.kb.base import DATA_DIR

    longest = max((json.loads(line)["id"] for path in DATA_DIR.glob("*.jsonl")
                   for line in path.read_text(encoding="utf-8").splitlines() if line.strip()),
                  key=len)
    assert len(longest) > 80  # the bundled knowledge base has ids this long (actors.kb_id was VARCHAR(80))
    text = "The Centre for Research met the envoy in the capital on Friday and spoke to reporters afterwards."
    article = Article(text=text, origin="kb.txt", title="A long id", date="2024-07-05", genre="news", language="en")
    (outcome,) = store.add_articles([(article, fingerprint(text), "pending", None)])
    store.save_records([(outcome.pk, _record(text, ["The Centre for Research"], kb_id=longest))], "test-model")
    (actor,) = store.actors()
    assert actor["kb_id"] == longest and actor["id"] == f"kb:{longest}"


def test_long_factor_names_keep_apart() -> None:
    from politika.graph.factors import factor_name

    stem = " ".join(["internationalisation" + "x" * 10] * 9)
    one, two = factor_name(stem + " alpha"), factor_name(stem + " omega")
    assert one.key != two.key and len(one.key) <= KEY_SIZE and len(two.key) <= KEY_SIZE

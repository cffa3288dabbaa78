"""Explorer page latency on a generated store: p50/p95 per page over FastAPI's in-process client.

    .venv/bin/python benchmarks/bench_web.py [--n 20000] [--requests 40] [--db PATH] [--write]

``--db PATH`` keeps the generated store at PATH and reuses it on the next run (generating takes a while).

The store is generated without running the NLP: each of the analysed sample articles (ingested once, with its
real annotation record) is copied until the store holds ``n`` articles, each copy followed by as many words again
as the sample has, in paragraphs of five sentences drawn at random from the whole sample corpus, so that no two
copies are near-duplicates (two copies of one sample share under half their 5-word shingles; the store's
threshold is 0.7); the copy keeps the sample's record (its spans lie in
the unchanged prefix; its events' dates move with the copy's date) and goes through ``Store.save_records``,
which indexes actors, ties, claims, causal links and events (with their clusters) as ingest does. Timings
include template rendering, not the network.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import re
import tempfile
import time
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from _common import SAMPLES, machine, time_pages, write_section

from politika.ingest.dedupe import fingerprint
from politika.ingest.document import Article
from politika.jobs import IngestOptions, ingest
from politika.store import Store
from politika.store.schema import articles as articles_table

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def shift_event_dates(record: dict[str, Any], old: str | None, new: str) -> dict[str, Any]:
    """The record with its events' dates moved as far as the copy's article date moved from the sample's: each
    copy reports its own events (left as they are, a thousand copies would be one event reported a thousand
    times, and clustering them would dominate the generation)."""
    try:
        delta = dt.date.fromisoformat(new) - dt.date.fromisoformat((old or "")[:10])
    except ValueError:
        return record

    def moved(value: Any) -> Any:
        try:
            return (dt.date.fromisoformat(str(value)[:10]) + delta).isoformat()
        except ValueError:
            return value

    events = [{**e, **{k: moved(e[k]) for k in ("date", "date_end") if e.get(k)}} for e in record.get("events") or []]
    return {**record, "events": events}


def generate(url: str, n: int, resume: bool = False) -> dict[str, Any]:
    started = time.perf_counter()
    store = Store(url)
    first = 0
    if resume:  # go on from the last copy made (an interrupted run): the samples are stored already
        with store.engine.connect() as conn:
            ids = list(conn.execute(sa.select(articles_table.c.id)
                                    .where(~articles_table.c.origin.like("bench-%"))).scalars())
            origins = conn.execute(sa.select(articles_table.c.origin)
                                   .where(articles_table.c.origin.like("bench-%"))).scalars()
            first = max((int(o.split("-", 1)[1]) for o in origins), default=-1) + 1
        found = [store.get_article(i) for i in ids]
        analysed = [a for a in found if a and a["record"] and a["status"] == "analysed"]
    else:
        ingest([str(SAMPLES)], store, IngestOptions(progress=False))
        analysed = [a for a in store.iter_export() if a["record"] and a["status"] == "analysed"]
    sentences = [s for a in analysed for p in a["text"].split("\n") for s in _SENTENCE_END.split(p) if len(s) > 40]
    rng = random.Random(7 + first)
    batch: list[tuple[Article, dict[str, Any]]] = []
    stored = store.stats()["articles"]
    made = 0

    def flush() -> int:
        outcomes = store.add_articles([(a, fingerprint(a.text, a.url), "pending", None) for a, _ in batch])
        kept = [(o.pk, {**r, "id": o.article_id}) for o, (_, r) in zip(outcomes, batch, strict=True)
                if o.status == "stored"]
        store.save_records(kept, model="bench-copy")
        batch.clear()
        return len(kept)

    i = first
    while stored < n:
        base = analysed[i % len(analysed)]
        filler: list[str] = []
        while sum(len(s.split()) for s in filler) < len(base["text"].split()):
            filler.append(rng.choice(sentences))
        extra = "\n".join(" ".join(filler[k:k + 5]) for k in range(0, len(filler), 5))
        date = f"20{20 + i % 5}-{1 + i % 12:02d}-{1 + i % 28:02d}"
        article = Article(text=base["text"] + "\n" + extra, title=f"{base['title']} ({i})", date=date,
                          url=f"https://bench.example/{i}", origin=f"bench-{i}", language="en",
                          site=f"Outlet {i % 40}", genre=base["genre"], authors=[f"Author {i % 300}"])
        batch.append((article, shift_event_dates(base["record"], base.get("date"), date)))
        made += 1
        i += 1
        if len(batch) >= min(200, n - stored):
            stored += flush()
            if made % 2000 < 200:
                print(f"{stored} articles after {time.perf_counter() - started:.0f} s", flush=True)
    stats = store.stats()
    store.close()
    return {"articles": stats["articles"], "seconds": time.perf_counter() - started, "made": made}


def measure(url: str, requests: int, only: str | None = None) -> list[tuple[str, float, float, float]]:
    from urllib.parse import quote

    from politika.graph.causal_view import map_from_counts

    with Store(url, create=False) as store:
        article = store.list_articles(limit=1)[0]["id"]
        actor = quote(store.actors(limit=1)[0]["id"], safe="")  # the most mentioned: a country in every article
        strongest = map_from_counts(store.causal_edge_counts()).edges[0]
    factor, effect = quote(strongest.cause, safe=""), quote(strongest.effect, safe="")
    pages = ["/", "/search", "/search?q=sanctions+Putin", "/search?genre=news&since=2022-01-01", "/actors",
             "/claims", "/network?nodes=100", "/network?nodes=2000", "/network?nodes=2000&since=2023-01-01&quad=4",
             f"/search?q=Moscow&actor={actor}", "/search?event_type=CONSULT", f"/articles/{article}",
             f"/actors/{actor}",
             f"/actors/{actor}?offset=500", "/api/articles?q=warrant", "/api/claims?limit=200",
             "/api/network?nodes=2000", "/events", "/events?quad=4&since=2023-01-01", "/events?country=RUS",
             "/events?offset=1000", "/api/events?limit=200", "/api/events/timeline", "/map",
             "/map?quad=4&since=2023-01-01", f"/map?actor={actor}&include_parts=true", "/api/map?format=csv",
             "/causal", "/causal?factors=2000",
             f"/causal?factor={factor}&value=-1", f"/causal?cause={factor}&effect={effect}",
             f"/api/causal/whatif?factor={factor}&factors=2000", "/api/causal.graphml?factors=2000",
             f"/attention?actor={actor}", f"/attention?actor={actor}&include_parts=true&by=week&by_outlet=true",
             "/attention?q=sanctions+Putin", "/attention?event_type=CONSULT&by=day", f"/attention?factor={factor}"]
    if only:
        pages = [page for page in pages if only in page]
    return time_pages(url, pages, requests)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=20000)
    parser.add_argument("--requests", type=int, default=40)
    parser.add_argument("--write", action="store_true", help="record the result in docs/benchmarks.md")
    parser.add_argument("--db", default=None, help="keep the generated store here; reuse it when it exists")
    parser.add_argument("--generate-only", action="store_true", help="generate the store (with --db) and stop")
    parser.add_argument("--resume", action="store_true", help="with --db: go on generating an interrupted store")
    parser.add_argument("--pages", default=None, help="measure only the pages whose address holds this text")
    args = parser.parse_args()
    if args.write and args.pages:
        parser.error("--write records every page: leave out --pages")
    with tempfile.TemporaryDirectory() as tmp:
        url = args.db or str(Path(tmp) / "web.db")
        if args.db and Path(args.db).exists() and args.resume:
            made = generate(url, args.n, resume=True)
            print(f"resumed: {made['articles']} articles after {made['seconds']:.0f} s more")
        elif args.db and Path(args.db).exists():
            with Store(url, create=False) as store:
                made = {"articles": store.stats()["articles"], "seconds": 0.0, "made": 0}
            print(f"reusing {url}: {made['articles']} articles")
        else:
            made = generate(url, args.n)
            print(f"generated {made['articles']} articles in {made['seconds']:.0f} s")
        if args.generate_only:
            return
        rows = measure(url, args.requests, args.pages)
    table = "\n".join(f"| `{page}` | {first:.0f} | {p50:.0f} | {p95:.0f} |" for page, first, p50, p95 in rows)
    for page, first, p50, p95 in rows:
        print(f"{first:7.1f} {p50:7.1f} {p95:7.1f} ms  {page}")
    if args.write:
        note = (f"{machine()}; a generated store of {made['articles']} articles (see benchmarks/bench_web.py), "
                f"{args.requests} requests per page after a first one, in-process. *first*: the first request, "
                "which fills the caches kept until the data change (event counts and pages, the causal map, the "
                "overview timeline).")
        write_section("Explorer pages", f"{note}\n\n| page | first ms | p50 ms | p95 ms |\n|---|---|---|---|\n{table}")


if __name__ == "__main__":
    main()

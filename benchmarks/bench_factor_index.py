"""Causal factors across save batches: what a batch's causal index costs as the store's factors grow, with the
factor index kept from one batch to the next (the default since 2026-12-03) and read afresh at every batch (as
before: every stored key and factor name read and indexed again).

    .venv/bin/python benchmarks/bench_factor_index.py [--factors 100000] [--batches 3] [--batch 500] [--no-postgres]

The store is filled with ``--factors`` factors and keys first (one multi-row insert, no NLP), then ``--batches``
save batches of ``--batch`` two-sentence records, each with two causal links between three phrases (two new,
one from a pool of 50 that later batches meet again), go through ``Store.save_records`` each way, alternately. Factor
matching is lexical (``POLITIKA_FACTOR_SIMILARITY=lexical``), so that the embedding model's cost does not hide the
index's. Reported: CPU seconds of the driver for the causal index (``index_causal``) and for the whole save.
"""

from __future__ import annotations

import argparse
import os
import random
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ["POLITIKA_FACTOR_SIMILARITY"] = "lexical"

import sqlalchemy as sa
from _common import machine, postgres_database, write_section

import politika.store.causal as causal_store
from politika.graph.factors import key_of
from politika.ingest.dedupe import fingerprint
from politika.ingest.document import Article
from politika.store import Store
from politika.store.schema import causal_factor_keys, causal_factors
from politika.store.sql import now

HEADS = ("prices", "exports", "sanctions", "protests", "inflation", "talks", "strikes", "aid", "elections", "debt",
         "unemployment", "tensions", "shortages", "arrests", "tariffs", "investment", "violence", "support")
WORDS = ("grain", "fuel", "western", "regional", "rising", "falling", "military", "economic", "local", "foreign",
         "border", "coal", "food", "bank", "state", "police", "union", "farm", "energy", "housing", "trade", "youth")


def phrase(rng: random.Random, n: int) -> str:
    return f"{rng.choice(WORDS)} {rng.choice(WORDS)} {rng.choice(HEADS)} {n}"


def fill(store: Store, factors: int) -> int:
    """``factors`` phrases made factors with their keys; returns how many (phrases with one key made one)."""
    rng = random.Random(1)
    named = {key_of(name): name for name in (phrase(rng, n) for n in range(factors))}
    rows = [{"key": key, "name": name, "created_at": now()} for key, name in named.items()]
    with store.engine.begin() as conn:
        for start in range(0, len(rows), 5000):
            conn.execute(causal_factors.insert(), rows[start:start + 5000])
        keys = [{"key": key, "factor_pk": pk, "pinned": False}
                for pk, key in conn.execute(sa.select(causal_factors.c.pk, causal_factors.c.key))]
        for start in range(0, len(keys), 5000):
            conn.execute(causal_factor_keys.insert(), keys[start:start + 5000])
    return len(rows)


def batch(store: Store, number: int, size: int) -> list[tuple[int, dict[str, Any]]]:
    rng = random.Random(100 + number)
    items = []
    texts = []
    for i in range(size):
        a, b, c = phrase(rng, 10**7 + number * size + i), phrase(rng, 2 * 10**7 + i), phrase(rng, rng.randrange(50))
        texts.append((f"{a.capitalize()} raised {b}. {c.capitalize()} led to {a}.", (a, b, c)))
    articles = [(Article(text=text, origin=f"bench/{number}/{i}.txt", title=f"t{number}-{i}", date="2024-07-05",
                         site="Wire", authors=["A. Writer"], genre="news", language="en"),
                 fingerprint(text, None), "pending", None) for i, (text, _) in enumerate(texts)]
    outcomes = store.add_articles(articles)
    for outcome, (text, (a, b, c)) in zip(outcomes, texts, strict=True):
        first = text.index(". ") + 1

        def span(phrase: str, after: int = 0, text: str = text) -> dict[str, Any]:
            start = text.lower().index(phrase.lower(), after)
            return {"start": start, "end": start + len(phrase), "text": text[start:start + len(phrase)]}

        items.append((outcome.pk, {
            "id": outcome.article_id, "sentences": [{"start": 0, "end": first}, {"start": first + 1,
                                                                                  "end": len(text)}],
            "events": [], "attributions": [], "mentions": [], "actors": [],
            "causal": [{"sentence": 0, "cause": span(a), "effect": span(b), "signal": span("raised"),
                        "polarity": "+", "confidence": 0.8, "negated": False, "hedged": False, "kind": "verb"},
                       {"sentence": 1, "cause": span(c, first), "effect": span(a, first),
                        "signal": span("led to"), "polarity": "+", "confidence": 0.8, "negated": False,
                        "hedged": False, "kind": "verb"}]}))
    return items


def run(url: str, factors: int, batches: int, size: int) -> dict[str, list[tuple[float, float]]]:
    """CPU seconds (causal index, whole save) per batch, kept index and fresh index, alternately; ``stored``
    holds the number of factors the store was filled with."""
    timings: dict[str, list[tuple[float, float]]] = {"kept": [], "fresh": [], "stored": []}
    spent = [0.0]
    original = causal_store.index_causal

    def timed(*args: Any, **kwargs: Any) -> None:
        started = time.process_time()
        original(*args, **kwargs)
        spent[0] += time.process_time() - started

    causal_store.index_causal = timed  # type: ignore[assignment]
    try:
        with Store(url) as store:
            timings["stored"].append((fill(store, factors), 0.0))
            store.save_records(batch(store, 0, size), "bench")  # the first batch reads the index either way
            for number in range(1, batches + 1):
                for way in ("kept", "fresh"):
                    items = batch(store, number * 2 + (way == "fresh"), size)
                    if way == "fresh":
                        store._open.factor_index.drop()
                    spent[0] = 0.0
                    started = time.process_time()
                    store.save_records(items, "bench")
                    timings[way].append((spent[0], time.process_time() - started))
                    print(f"{url.split(':')[0]} batch {number} {way}: causal {spent[0]:.3f} s, "
                          f"save {timings[way][-1][1]:.3f} s", flush=True)
    finally:
        causal_store.index_causal = original  # type: ignore[assignment]
    return timings


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--factors", type=int, default=100_000)
    parser.add_argument("--batches", type=int, default=3)
    parser.add_argument("--batch", type=int, default=500)
    parser.add_argument("--no-postgres", action="store_true")
    args = parser.parse_args()
    results: dict[str, dict[str, list[tuple[float, float]]]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        results["SQLite"] = run(f"sqlite:///{Path(tmp) / 'bench.db'}", args.factors, args.batches, args.batch)
    if not args.no_postgres:
        with postgres_database() as url:
            results["PostgreSQL"] = run(url, args.factors, args.batches, args.batch)
    lines = ["| store | index | causal index, CPU s a batch (mean) | whole save, CPU s a batch (mean) | "
             "per article, whole save |", "|---|---|---:|---:|---:|"]
    for store, timings in results.items():
        for way, label in (("fresh", "read afresh each batch (before)"), ("kept", "kept between batches (now)")):
            causal = sum(t[0] for t in timings[way]) / len(timings[way])
            whole = sum(t[1] for t in timings[way]) / len(timings[way])
            lines.append(f"| {store} | {label} | {causal:.3f} | {whole:.3f} | {1000 * whole / args.batch:.2f} ms |")
    body = (f"`.venv/bin/python benchmarks/bench_factor_index.py --factors {args.factors} --batches {args.batches} "
            f"--batch {args.batch}` on {machine()}.\n\n"
            f"A store holding {int(results['SQLite']['stored'][0][0]):,} causal factors (and as many keys), "
            f"then save batches of {args.batch} "
            "records with two causal links each (three phrases: two new, one from a pool of 50 met again), through "
            "`Store.save_records`, the two ways alternately; lexical factor matching. CPU seconds of the one "
            "process (the database's own work on SQLite included, PostgreSQL's server not).\n\n" + "\n".join(lines))
    print(body)
    write_section("Causal factor index across save batches", body)


if __name__ == "__main__":
    main()

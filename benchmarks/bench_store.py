"""Store write rate without NLP: articles/s into SQLite (and PostgreSQL when reachable).

    .venv/bin/python benchmarks/bench_store.py [--n 5000] [--pg postgresql://postgres@127.0.0.1/test]

Articles are synthetic (the sample corpus's paragraphs shuffled), fingerprinted and stored through
``Store.add_articles`` in batches of 200, exactly as ``politika ingest --no-analyse`` does after extraction.
The time covers fingerprinting (MinHash), duplicate checks and inserts.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import sqlalchemy as sa
from _common import machine, postgres_database, synthetic_articles, write_section

from politika.ingest.dedupe import fingerprint
from politika.ingest.document import Article
from politika.store import Store


def run(url: str, rows: list[dict[str, str]]) -> dict[str, float]:
    store = Store(url)
    articles = [Article(text=r["text"], title=r["title"], date=r["date"], url=r["url"], origin=r["id"],
                        language="en") for r in rows]
    started = time.perf_counter()
    prints = [fingerprint(a.text, a.url) for a in articles]
    fingerprinted = time.perf_counter()
    for i in range(0, len(articles), 200):
        store.add_articles([(a, p, "pending", None) for a, p in zip(articles[i:i + 200], prints[i:i + 200],
                                                                   strict=True)])
    done = time.perf_counter()
    stored = store.stats()["articles"]
    store.close()
    return {"articles": len(rows), "stored": stored, "seconds": done - started,
            "articles_per_s": len(rows) / (done - started), "insert_only_per_s": len(rows) / (done - fingerprinted)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=5000)
    parser.add_argument("--pg", default="postgresql://postgres@127.0.0.1:5432/test")
    args = parser.parse_args()
    rows = synthetic_articles(args.n)
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        results["SQLite"] = run(str(Path(tmp) / "bench.db"), rows)
    try:
        with postgres_database(args.pg.replace("postgresql://", "postgresql+psycopg://")) as url:
            results["PostgreSQL"] = run(url, rows)
    except sa.exc.OperationalError as exc:
        print(f"PostgreSQL skipped: {exc}")
    lines = ["| store | articles | stored | seconds | articles/s (with MinHash) | articles/s (inserts only) |",
             "|---|---|---|---|---|---|"]
    for store, r in results.items():
        lines.append(f"| {store} | {r['articles']:.0f} | {r['stored']:.0f} | {r['seconds']:.2f} | "
                     f"{r['articles_per_s']:.0f} | {r['insert_only_per_s']:.0f} |")
    body = (f"`.venv/bin/python benchmarks/bench_store.py --n {args.n}` on {machine()}.\n\n"
            "Synthetic articles (sample paragraphs shuffled, ~6 paragraphs each), fingerprinted and stored in "
            "batches of 200 through `Store.add_articles` (duplicate checks included), no NLP. "
            "Target: ≥ 1,000 articles/s into SQLite.\n\n" + "\n".join(lines))
    print(body)
    write_section("Store write rate (no NLP)", body)


if __name__ == "__main__":
    main()

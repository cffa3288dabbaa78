"""Lone surnames at merge time: the people whose stored names end with a batch's lone surnames, looked up with the
``LIKE '% surname'`` scan used before migration 0014 and from the indexed ``actor_names.last_word`` used now, on
the same generated names.

    .venv/bin/python benchmarks/bench_surname_lookup.py [--names 300000] [--surnames 100] [--no-postgres]

The names are two generated words each ("kalomi senbel"), in a table shaped as ``actor_names`` (``norm`` and
``last_word`` indexed); the look-up is the one statement a save batch sends for up to 500 lone surnames
(``StoredActors.prefetch``; before, one statement per 100, an ``OR`` of ``LIKE``s). Best of three, wall seconds.
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from _common import machine, postgres_database, write_section

from politika.store.refs import last_word

SYLLABLES = ("ka", "lo", "mi", "ra", "sen", "tov", "ich", "ner", "bel", "dan", "gor", "fi", "ul", "zar", "pet",
             "vin", "mor", "lis", "tan", "ko")


def names(n: int) -> list[dict[str, Any]]:
    rng = random.Random(3)

    def word() -> str:
        return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))

    rows = []
    for pk in range(n):
        norm = f"{word()} {word()}"
        rows.append({"actor_pk": pk, "name": norm.title(), "norm": norm, "last_word": last_word(norm)})
    return rows


def run(url: str, rows: list[dict[str, Any]], surnames: list[str]) -> dict[str, tuple[float, int]]:
    engine = sa.create_engine(url)
    metadata = sa.MetaData()
    table = sa.Table("names", metadata, sa.Column("actor_pk", sa.Integer), sa.Column("name", sa.Text),
                     sa.Column("norm", sa.String(200), index=True), sa.Column("last_word", sa.String(200), index=True))
    metadata.create_all(engine)
    with engine.begin() as conn:
        for start in range(0, len(rows), 20_000):
            conn.execute(table.insert(), rows[start:start + 20_000])
        if engine.dialect.name == "postgresql":
            conn.execute(sa.text("ANALYZE names"))
    found: dict[str, tuple[float, int]] = {}
    with engine.connect() as conn:
        for label, condition in (("LIKE scans (before)", sa.or_(*(table.c.norm.like(f"% {w}") for w in surnames))),
                                 ("last_word index (now)", table.c.last_word.in_(surnames))):
            best, count = float("inf"), 0
            for _ in range(3):
                started = time.perf_counter()
                count = len(conn.execute(sa.select(table.c.actor_pk).where(condition)).all())
                best = min(best, time.perf_counter() - started)
            found[label] = (best, count)
    metadata.drop_all(engine)
    engine.dispose()
    return found


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--names", type=int, default=300_000)
    parser.add_argument("--surnames", type=int, default=100)
    parser.add_argument("--no-postgres", action="store_true")
    args = parser.parse_args()
    rows = names(args.names)
    surnames = sorted({str(row["last_word"]) for row in random.Random(4).sample(rows, args.surnames)})
    results: dict[str, dict[str, tuple[float, int]]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        results["SQLite"] = run(f"sqlite:///{Path(tmp) / 'names.db'}", rows, surnames)
    if not args.no_postgres:
        with postgres_database() as url:
            results["PostgreSQL"] = run(url, rows, surnames)
    lines = ["| store | look-up | seconds (best of 3) | names found |", "|---|---|---:|---:|"]
    for store, found in results.items():
        lines += [f"| {store} | {label} | {seconds:.4f} | {count:,} |" for label, (seconds, count) in found.items()]
    body = (f"`.venv/bin/python benchmarks/bench_surname_lookup.py --names {args.names} --surnames {args.surnames}` "
            f"on {machine()}.\n\n"
            f"{args.names:,} generated two-word names; the people of {len(surnames)} lone surnames, looked up the way "
            "a save batch did before migration 0014 (`norm LIKE '% surname'`, no index serves it) and the way it "
            "does now (the indexed `last_word`). Both find the same names.\n\n" + "\n".join(lines))
    print(body)
    write_section("Lone surnames: LIKE scans and the last-word index", body)


if __name__ == "__main__":
    main()

"""Small corpora for the scale tests: JSONL files, a folder of Markdown notes, WARC files built with warcio."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import sqlalchemy as sa
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from politika.store import Store
from politika.store.schema import articles, records
from tests.httpserver import news_text


def html_page(title: str, text: str) -> bytes:
    paragraphs = "".join(f"<p>{p}</p>" for p in text.split("\n\n"))
    return (f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>{paragraphs}"
            f"</article></body></html>").encode()


def write_warc(path: Path, pages: list[tuple[str, str, str]]) -> None:
    """A gzipped WARC of ``(url, title, text)`` response records (with a request record between, as crawls do)."""
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        for url, title, text in pages:
            body = html_page(title, text)
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                          http_headers=headers))
            request = io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")
            writer.write_record(writer.create_warc_record(url, "request", payload=request))


def paragraphs(seed: int, words: int) -> str:
    text = news_text(seed, words)
    sentences = text.split(". ")
    half = len(sentences) // 2
    return ". ".join(sentences[:half]) + ".\n\n" + ". ".join(sentences[half:])


def write_corpus(root: Path, jsonl_files: int = 2, lines: int = 6, notes: int = 5, warcs: int = 1,
                 pages: int = 4, words: int = 60, duplicate: bool = True) -> int:
    """Write a mixed corpus; returns how many distinct articles it holds (one more line repeats a text)."""
    root.mkdir(parents=True, exist_ok=True)
    seed = 1000
    total = 0
    for part in range(jsonl_files):
        rows = []
        for n in range(lines):
            seed += 1
            rows.append({"id": f"j{part}-{n}", "title": f"Dispatch {part}-{n}", "date": "2024-07-12",
                         "url": f"https://news.example/j{part}/{n}", "text": paragraphs(seed, words)})
        total += len(rows)
        if duplicate and part == 0:  # the same text again under another URL: a duplicate, decided once
            rows.append({**rows[0], "id": "copy", "url": "https://mirror.example/copy"})
        (root / f"part{part}.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    folder = root / "notes"
    folder.mkdir(exist_ok=True)
    for n in range(notes):
        seed += 1
        (folder / f"note{n:02d}.md").write_text(f"# Note {n} on the talks\n\n12 July 2024\n\n"
                                                f"{paragraphs(seed, words)}\n")
        total += 1
    for w in range(warcs):
        items = []
        for n in range(pages):
            seed += 1
            items.append((f"https://paper.example/w{w}/{n}", f"Report {w}-{n} on the summit",
                          paragraphs(seed, words)))
        write_warc(root / f"crawl{w}.warc.gz", items)
        total += pages
    os.sync()
    return total


def counts(store: Store) -> tuple[int, int, int]:
    """(articles, distinct origins, records) in ``store``."""
    with store.engine.connect() as conn:
        n = conn.execute(sa.select(sa.func.count()).select_from(articles)).scalar_one()
        origins = conn.execute(sa.select(sa.func.count(sa.distinct(articles.c.origin)))).scalar_one()
        n_records = conn.execute(sa.select(sa.func.count()).select_from(records)).scalar_one()
    return int(n), int(origins), int(n_records)


def records_by_origin(store: Store) -> dict[str, dict[str, object]]:
    with store.engine.connect() as conn:
        rows = conn.execute(sa.select(articles.c.origin, records.c.record)
                            .select_from(articles.join(records, records.c.article_pk == articles.c.pk))).all()
    return {origin: record for origin, record in rows}

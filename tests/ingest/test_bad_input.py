"""Bad inputs in a batch: one line and one ingest_errors row each, and the good inputs are stored."""

from __future__ import annotations

import gzip
import json
import re
import subprocess
import sys
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from politika.errors import InputError, PolitikaError
from politika.ingest.decoding import decode
from politika.ingest.sources import iter_documents
from politika.jobs import IngestOptions, ingest
from politika.nlp.ru import natasha_available
from politika.store import Store
from politika.store.schema import ingest_errors
from tests.httpserver import LocalServer, article_html, news_text, serve
from tests.ingest.test_sources import write_warc

POLITIKA = str(Path(sys.executable).with_name("politika"))

RUSSIAN = ("Министр иностранных дел Эставии заявил во вторник, что переговоры о пограничном договоре "
           "продолжатся в следующем месяце. Представители обеих сторон обсудили санкции, поставки энергии "
           "и обмен пленными. Оппозиция в парламенте потребовала опубликовать текст соглашения до голосования. ")
LATIN1_ENGLISH = ("The delegation from Zürich and the mayor of Málaga met the Norland envoy at a café near the "
                  "parliament on Tuesday. ")


@pytest.fixture(scope="module")
def server() -> Iterator[LocalServer]:
    with serve() as running:
        yield running


def make_batch(root: Path, server: LocalServer) -> tuple[list[str], dict[str, str], set[str]]:
    """Good and bad inputs: ``(sources, {bad source: reason fragment}, {titles of the good ones})``."""
    root.mkdir(parents=True, exist_ok=True)
    good_titles: set[str] = set()

    def good_html(name: str, title: str, seed: int) -> str:
        (root / name).write_text(article_html(title, news_text(seed, 150)))
        good_titles.add(title)
        return str(root / name)

    bad: dict[str, str] = {}
    sources = [good_html("good1.html", "Estavia budget passes first reading", 101)]

    (root / "empty.html").write_bytes(b"")
    bad[str(root / "empty.html")] = "empty file"
    (root / "binary.bin").write_bytes(bytes(range(256)) * 40)
    bad[str(root / "binary.bin")] = "binary file (contains NUL bytes)"
    (root / "picture.html").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    bad[str(root / "picture.html")] = "binary file (PNG image)"
    (root / "cut.html.gz").write_bytes(gzip.compress(article_html("Cut", news_text(102, 300)).encode())[:-200])
    bad[str(root / "cut.html.gz")] = "truncated gzip file"
    with (root / "huge.html").open("wb") as handle:
        handle.write(b"<html><body>" + b"<p>Parliament debated the sanctions package late into the night.</p>"
                     * (50_000_000 // 68) + b"</body></html>")
    bad[str(root / "huge.html")] = "over the 20,000,000-byte limit"
    (root / "nav.html").write_text("<html><head><title>Menu</title></head><body><nav><a href='/'>Home</a>"
                                   "<a href='/world'>World</a></nav><footer>Contact</footer></body></html>")
    bad[str(root / "nav.html")] = "no article text found"
    (root / "broken.xml").write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>Broken</chan')
    bad[str(root / "broken.xml")] = "malformed or empty feed"

    sources += [str(root / n) for n in ("empty.html", "binary.bin", "picture.html", "cut.html.gz", "huge.html",
                                        "nav.html", "broken.xml")]

    # invalid UTF-8: a UTF-8 page with two damaged bytes is kept, the bad bytes replaced
    damaged = article_html("Orbán’s envoy meets Halden officials", news_text(103, 150)).encode()
    damaged = damaged.replace(b"Halden officials</h1>", b"Halden officials</h1><p>Stray \xff\xfe bytes.</p>")
    (root / "damaged.html").write_bytes(damaged)
    good_titles.add("Orbán’s envoy meets Halden officials")
    # legacy encodings, declared nowhere
    (root / "russian.html").write_bytes(article_html("Переговоры о договоре продолжатся", RUSSIAN * 3,
                                                     charset=None, lang="ru").encode("cp1251"))
    good_titles.add("Переговоры о договоре продолжатся")
    (root / "latin1.html").write_bytes(article_html("Envoys meet in Málaga", LATIN1_ENGLISH + news_text(104, 150),
                                                    charset=None).encode("latin-1"))
    good_titles.add("Envoys meet in Málaga")
    sources += [str(root / n) for n in ("damaged.html", "russian.html", "latin1.html")]

    # JSONL: a good line, a line that is not JSON, a good line
    lines = [json.dumps({"id": "j1", "title": "Kestria recalls its envoy", "text": news_text(105, 150)}),
             '{"id": "j2", "title": "half a line',
             json.dumps({"id": "j3", "title": "Lunaria joins the customs union", "text": news_text(106, 150)})]
    (root / "batch.jsonl").write_text("\n".join(lines) + "\n")
    good_titles |= {"Kestria recalls its envoy", "Lunaria joins the customs union"}
    bad[f"{root / 'batch.jsonl'}:2"] = "not valid JSON"
    sources.append(str(root / "batch.jsonl"))

    # WARC: one good record, then garbage
    warc = root / "crawl.warc"
    write_warc(warc, [("https://example.org/warc-good", article_html("Meridia holds snap election",
                                                                     news_text(107, 150)).encode())], gz=False)
    with warc.open("ab") as handle:
        handle.write(b"WARC/1.0\r\nthis is not a header\r\n\r\n" + bytes(range(256)) * 4)
    good_titles.add("Meridia holds snap election")
    sources.append(str(warc))
    bad[f"{warc}#record-4"] = "malformed WARC record"

    # URLs
    sources.append(server.url("/article.html"))
    good_titles.add("Estavia and Norland sign border treaty")
    for path, reason in (("/missing", "HTTP 404"), ("/slow", "timed out after 1 s"),
                         ("/doc.pdf", "unsupported content type 'application/pdf'"),
                         ("/image.png", "unsupported content type 'image/png'"),
                         ("/loop-a", "more than 5 redirects")):
        sources.append(server.url(path))
        bad[server.url(path)] = reason
    sources.append(good_html("good2.html", "Corvana delays the pipeline project", 108))
    return sources, bad, good_titles


def _error_rows(store: Store) -> list[dict[str, object]]:
    with store.engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(sa.select(ingest_errors).order_by(ingest_errors.c.pk))]


def check_store(store: Store, bad: dict[str, str], good_titles: set[str]) -> None:
    rows = store.list_articles(limit=100)
    assert {r["title"] for r in rows} == good_titles
    errors = _error_rows(store)
    assert sorted(str(e["source"]) for e in errors) == sorted(bad), errors
    for error in errors:
        assert bad[str(error["source"])] in str(error["reason"]), error
        assert "\n" not in str(error["reason"])
    by_title = {r["title"]: r for r in rows}
    russian = by_title["Переговоры о договоре продолжатся"]
    if natasha_available():  # Russian is analysed where politika[ru] is installed (as under CI), else skipped
        assert russian["language"] == "ru" and russian["status"] == "pending"
    else:
        assert russian["language"] == "ru" and russian["status"] == "skipped"
        assert "'ru'" in russian["skip_reason"]
    latin1 = store.get_article(by_title["Envoys meet in Málaga"]["id"])
    assert latin1 is not None and "Zürich" in latin1["text"] and "café" in latin1["text"]
    assert latin1["language"] == "en" and latin1["status"] == "pending"
    damaged = store.get_article(by_title["Orbán’s envoy meets Halden officials"]["id"])
    assert damaged is not None and "\ufffd" in damaged["text"] and "Orbán" in damaged["title"]


def test_batch_through_the_library(tmp_path: Path, server: LocalServer) -> None:
    sources, bad, good_titles = make_batch(tmp_path / "in", server)
    seen: list[PolitikaError] = []
    with Store(str(tmp_path / "lib.db")) as store:
        summary = ingest(sources, store, IngestOptions(analyse=False, progress=False, timeout=1,
                                                      allow_private_hosts=True),
                         on_error=seen.append)
        assert summary.failed == len(bad) and summary.stored == len(good_titles)
        assert sorted(e.source for e in seen) == sorted(bad)
        check_store(store, bad, good_titles)


def test_batch_through_the_cli(tmp_path: Path, server: LocalServer) -> None:
    sources, bad, good_titles = make_batch(tmp_path / "in", server)
    db = tmp_path / "cli.db"
    result = subprocess.run([POLITIKA, "--db", str(db), "ingest", "--no-analyse", "--timeout", "1",
                             "--allow-private-hosts", *sources],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    error_lines = [ln for ln in re.split(r"[\r\n]", result.stderr) if ln.startswith("error: ")]
    assert len(error_lines) == len(bad), result.stderr
    for source, reason in bad.items():
        matching = [ln for ln in error_lines if ln.startswith(f"error: {source}: ")]
        assert len(matching) == 1 and reason in matching[0], (source, error_lines)
    assert f"ingested {len(good_titles)} new article(s)" in result.stdout
    with Store(str(db)) as store:
        check_store(store, bad, good_titles)


@pytest.mark.slow
def test_legacy_encodings_are_analysed_or_skipped_by_language(tmp_path: Path, server: LocalServer) -> None:
    sources, _bad, _titles = make_batch(tmp_path / "in", server)
    chosen = [s for s in sources if s.endswith(("russian.html", "latin1.html"))]
    with Store(str(tmp_path / "enc.db")) as store:
        # English only: Russian is analysed where natasha is installed (tests/nlp/test_ru_pipeline.py)
        summary = ingest(chosen, store, IngestOptions(progress=False, languages=("en",)))
        assert (summary.stored, summary.skipped_language, summary.analysed) == (2, 1, 1)
        by_title = {r["title"]: r for r in store.list_articles()}
        assert by_title["Envoys meet in Málaga"]["status"] == "analysed"
        assert by_title["Переговоры о договоре продолжатся"]["status"] == "skipped"
        record = store.get_article(by_title["Envoys meet in Málaga"]["id"])["record"]  # type: ignore[index]
        assert record is not None


def test_huge_file_is_refused_by_size_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.html"
    with path.open("wb") as handle:  # a 50 MB page, written in 1 MB steps
        for _ in range(50):
            handle.write(b"<p>" + b"sanctions " * 104_857 + b"</p>")
    tracemalloc.start()
    (item,) = iter_documents([str(path)])
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert isinstance(item, InputError) and item.source == str(path)
    assert "over the 20,000,000-byte limit" in item.reason and "--max-bytes" in item.reason
    assert peak < 5_000_000  # refused from its size: the 50 MB are never read into memory


def test_gzip_bomb_is_refused_at_the_size_cap(tmp_path: Path) -> None:
    path = tmp_path / "bomb.html.gz"
    path.write_bytes(gzip.compress(b"<p>" + b"a" * 3_000_000 + b"</p>"))
    from politika.ingest.sources import SourceOptions

    (item,) = iter_documents([str(path)], SourceOptions(max_bytes=1_000_000))
    assert isinstance(item, InputError) and "exceeds the 1,000,000-byte limit" in item.reason


def test_truncated_warc_gz_record_is_one_error(tmp_path: Path) -> None:
    path = tmp_path / "cut.warc.gz"
    write_warc(path, [(f"https://example.org/{n}", article_html(f"Story {n}", news_text(n, 150)).encode())
                      for n in range(2)], gz=True)
    path.write_bytes(path.read_bytes()[:-60])
    items = list(iter_documents([str(path)]))
    errors = [i for i in items if isinstance(i, PolitikaError)]
    assert len(items) == 2 and len(errors) == 1 and "truncated WARC record" in errors[0].reason


@pytest.mark.parametrize(("data", "expected"), [
    ("Переговоры продолжатся в Женеве, заявил министр. ".encode("cp1251") * 5, "Переговоры продолжатся"),
    (LATIN1_ENGLISH.encode("latin-1"), "Zürich"),
    ("Die Regierung in Zürich hat das Abkommen unterzeichnet. ".encode("latin-1") * 3, "Zürich"),
    ("Prezydent powiedział, że rozmowy w Łodzi będą kontynuowane. ".encode("cp1250") * 3, "Łodzi"),
    ("Le président a déclaré à Genève que les élus étaient inquiets. ".encode("latin-1") * 3, "à Genève"),
    ("The plan costs £5bn, said the café owner. ".encode("cp1252") * 3, "£5bn"),
    ("Η κυβέρνηση ανακοίνωσε νέα μέτρα για την οικονομία. ".encode("cp1253") * 3, "κυβέρνηση"),
    ("Orbán said “no”. ".encode() * 20 + b"\xff stray", "Orbán said “no”"),
])
def test_decoding_of_undeclared_encodings(data: bytes, expected: str) -> None:
    text = decode(data, "page")
    assert expected in text

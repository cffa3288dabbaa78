"""Sources to RawDocuments: directories, globs, stdin, JSONL, feeds, URLs and WARC files."""

from __future__ import annotations

import gzip
import io
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from politika.errors import PolitikaError
from politika.ingest.document import RawDocument
from politika.ingest.extraction import extract
from politika.ingest.fetch import FetchOptions
from politika.ingest.sources import SourceOptions, expand_paths, iter_documents
from politika.jobs import IngestOptions, ingest
from politika.store import Store
from tests.httpserver import LocalServer, article_html, news_text, rss_feed, serve

POLITIKA = str(Path(sys.executable).with_name("politika"))
NO_ANALYSIS = IngestOptions(analyse=False, progress=False, timeout=2, allow_private_hosts=True)  # 127.0.0.1


@pytest.fixture(scope="module")
def server() -> Iterator[LocalServer]:
    with serve() as running:
        yield running


def _docs(sources: list[str], options: SourceOptions | None = None) -> list[RawDocument]:
    items = list(iter_documents(sources, options))
    errors = [item for item in items if isinstance(item, PolitikaError)]
    assert not errors, errors
    return [item for item in items if isinstance(item, RawDocument)]


def _markdown(title: str, seed: int) -> str:
    return f"# {title}\n\nBy Clara Moreau\n\n12 July 2024\n\n{news_text(seed, 120)}\n"


def write_warc(path: Path, pages: list[tuple[str, bytes]], gz: bool) -> None:
    """A WARC with a request and a response record per page, and one PNG response in between."""
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=gz)
        for number, (url, body) in enumerate(pages):
            request = StatusAndHeaders("GET / HTTP/1.1", [("User-Agent", "test")], is_http_request=True)
            writer.write_record(writer.create_warc_record(url, "request", payload=io.BytesIO(b""),
                                                          http_headers=request))
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                          http_headers=headers))
            if number == 0:
                png = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
                writer.write_record(writer.create_warc_record(url + "/logo.png", "response",
                                                              payload=io.BytesIO(b"\x89PNG\r\n\x1a\n" + b"\0" * 32),
                                                              http_headers=png))


def test_directory_is_read_recursively_and_hidden_files_are_skipped(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(_markdown("Estavia votes on the budget", 1))
    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    (tmp_path / "sub" / "deeper" / "b.html").write_text(article_html("Norland talks stall", news_text(2, 120)))
    (tmp_path / ".hidden.md").write_text(_markdown("Hidden", 3))
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "c.md").write_text(_markdown("Also hidden", 4))
    docs = _docs([str(tmp_path)])
    assert [Path(d.origin).name for d in docs] == ["a.md", "b.html"]
    assert [d.kind for d in docs] == ["markdown", "html"]


def test_globs_select_files(tmp_path: Path) -> None:
    (tmp_path / "x").mkdir()
    (tmp_path / "one.md").write_text(_markdown("One", 1))
    (tmp_path / "two.html").write_text(article_html("Two", news_text(2, 100)))
    (tmp_path / "x" / "three.md").write_text(_markdown("Three", 3))
    assert [p.name for p in expand_paths(str(tmp_path / "*.md"))] == ["one.md"]
    assert [p.name for p in expand_paths(str(tmp_path / "**" / "*.md"))] == ["one.md", "three.md"]
    items = list(iter_documents([str(tmp_path / "*.txt")]))
    assert len(items) == 1 and isinstance(items[0], PolitikaError) and "no files match" in str(items[0])


def test_stdin_source_through_the_cli(tmp_path: Path) -> None:
    db = tmp_path / "stdin.db"
    result = subprocess.run([POLITIKA, "--db", str(db), "ingest", "-", "--no-analyse", "-q"],
                            input=_markdown("Kestria recalls its ambassador", 5).encode(), capture_output=True,
                            timeout=60)
    assert result.returncode == 0, result.stderr
    with Store(str(db)) as store:
        (row,) = store.list_articles()
        assert row["title"] == "Kestria recalls its ambassador"
        assert row["authors"] == ["Clara Moreau"]
        assert store.get_article(row["id"])["origin"] == "<stdin>"  # type: ignore[index]


def test_stdin_jsonl_is_sniffed(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = "\n".join(json.dumps({"id": f"s{n}", "text": news_text(n, 60)}) for n in range(3))
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(lines.encode())))
    docs = _docs(["-"])
    assert [d.origin for d in docs] == ["<stdin>:1", "<stdin>:2", "<stdin>:3"]


def test_jsonl_with_text_and_with_html(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join([
        json.dumps({"id": "t1", "title": "Pravia adopts the tariff deal", "text": news_text(21, 120),
                    "date": "2024-07-12", "authors": "Rosa Ferreira and Emil Jansen", "site": "Wire"}),
        "",
        json.dumps({"id": "h1", "url": "https://example.org/h1",
                    "html": article_html("Selmark opposition walks out", news_text(22, 120))}),
    ]) + "\n")
    docs = _docs([str(path)])
    assert [d.origin for d in docs] == [f"{path}:1", f"{path}:3"]
    first, second = (extract(d) for d in docs)
    assert first.id == "t1" and first.title == "Pravia adopts the tariff deal" and first.date == "2024-07-12"
    assert first.authors == ["Rosa Ferreira", "Emil Jansen"] and first.site == "Wire"
    assert second.id == "h1" and second.title == "Selmark opposition walks out"
    assert "<p>" not in second.text and second.url == "https://example.org/h1"


def test_rss_and_atom_feeds_with_full_content(tmp_path: Path) -> None:
    body = "".join(f"<p>{p}</p>" for p in news_text(31, 150).split("\n\n"))
    (tmp_path / "news.rss").write_text(rss_feed("Wire", [
        {"title": "Halden signs the fishing accord", "link": "https://example.org/a", "content": body}]))
    (tmp_path / "news.atom").write_text(
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Wire</title>'
        '<id>urn:feed</id><updated>2024-07-12T09:00:00Z</updated><entry><title>Tirena delays the vote</title>'
        '<id>urn:entry:1</id><link href="https://example.org/b"/><updated>2024-07-11T09:00:00Z</updated>'
        '<author><name>Oskar Lind</name></author>'
        f'<content type="html"><![CDATA[{"".join(f"<p>{p}</p>" for p in news_text(32, 150).split(chr(10)*2))}]]>'
        "</content></entry></feed>")
    rss, atom = (extract(d) for d in _docs([str(tmp_path / "news.rss"), str(tmp_path / "news.atom")]))
    assert rss.title == "Halden signs the fishing accord" and rss.url == "https://example.org/a"
    assert rss.date == "2024-07-12" and rss.site == "Wire" and len(rss.text) > 400
    assert atom.title == "Tirena delays the vote" and atom.authors == ["Oskar Lind"]
    assert atom.date == "2024-07-11" and atom.site == "Atom Wire"


def test_feed_read_again_with_a_new_entry_keeps_old_entries_already_stored(tmp_path: Path) -> None:
    def feed(seeds: list[int]) -> str:
        return rss_feed("Wire", [{"title": f"Story {s}", "link": f"https://example.org/{s}",
                                  "content": f"<p>{news_text(s, 120)}</p>"} for s in seeds])
    path = tmp_path / "poll.xml"
    with Store(str(tmp_path / "poll.db")) as store:
        path.write_text(feed([41, 42]))
        assert ingest([str(path)], store, NO_ANALYSIS).stored == 2
        path.write_text(feed([43, 41, 42]))  # a new story on top, as feeds do
        summary = ingest([str(path)], store, NO_ANALYSIS)
        assert (summary.stored, summary.already_stored, summary.duplicates) == (1, 2, 0)
        assert store.stats()["duplicates"] == {}


def test_feed_with_links_only_fetches_each_link(tmp_path: Path, server: LocalServer) -> None:
    path = tmp_path / "links.xml"
    path.write_text(rss_feed("Links", [{"title": f"Linked {n}", "link": server.url(f"/articles/{n}.html")}
                                       for n in (1, 2)] + [{"title": "Gone", "link": server.url("/missing")}]))
    items = list(iter_documents([str(path)], SourceOptions(fetch=FetchOptions(timeout=2, allow_private_hosts=True))))
    docs = [i for i in items if isinstance(i, RawDocument)]
    errors = [i for i in items if isinstance(i, PolitikaError)]
    assert [d.url for d in docs] == [server.url("/articles/1.html"), server.url("/articles/2.html")]
    assert len(errors) == 1 and errors[0].source == server.url("/missing") and "404" in errors[0].reason
    article = extract(docs[0])
    assert article.title == "Linked 1" and article.date == "2024-07-12" and len(article.text) > 400


def test_feed_url_and_article_url(tmp_path: Path, server: LocalServer) -> None:
    with Store(str(tmp_path / "urls.db")) as store:
        summary = ingest([server.url("/feed.xml"), server.url("/article.html")], store, NO_ANALYSIS)
        assert summary.failed == 0 and summary.stored == 3
        titles = {row["title"] for row in store.list_articles()}
        assert titles == {"Linked story 1", "Linked story 2", "Estavia and Norland sign border treaty"}
        assert all(ua.startswith("politika/") for ua in server.user_agents)


@pytest.mark.parametrize("gz", [False, True], ids=["warc", "warc.gz"])
def test_warc_response_records_with_html(tmp_path: Path, gz: bool) -> None:
    path = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
    write_warc(path, [(f"https://example.org/w{n}", article_html(f"WARC story {n}", news_text(50 + n, 120))
                       .encode()) for n in range(2)], gz)
    docs = _docs([str(path)])
    assert [d.url for d in docs] == ["https://example.org/w0", "https://example.org/w1"]
    assert all(d.kind == "html" and d.origin.startswith(f"{path}#record-") for d in docs)
    assert [extract(d).title for d in docs] == ["WARC story 0", "WARC story 1"]


def test_gzipped_html_and_sniffed_kinds(tmp_path: Path) -> None:
    (tmp_path / "page.html.gz").write_bytes(gzip.compress(article_html("Zipped", news_text(60, 100)).encode()))
    (tmp_path / "noext").write_text(article_html("No extension", news_text(61, 100)))
    docs = _docs([str(tmp_path / "page.html.gz"), str(tmp_path / "noext")])
    assert [d.kind for d in docs] == ["html", "html"]
    assert [extract(d).title for d in docs] == ["Zipped", "No extension"]

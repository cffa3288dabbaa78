"""A hostile-input corpus: valid JSON with every field of the wrong type, lone surrogates, NULs, deep nesting, huge
numbers, empty and whitespace-only text, BOMs, CRLF, very long fields, and file names of any bytes.

On SQLite and PostgreSQL every good line is stored, every bad one gives one clear line naming ``file:line`` (and
the field), nothing is aborted: the rest of the file and the sources after it go on. A rerun adds no error rows.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from politika.errors import InputError, PolitikaError, printable
from politika.ingest.sources import SourceOptions, iter_documents
from politika.jobs import IngestOptions, ingest
from politika.store import Store
from politika.store.schema import ingest_errors
from tests.httpserver import article_html, news_text

POLITIKA = str(Path(sys.executable).with_name("politika"))
MAX_BYTES = 300_000  # the corpus's --max-bytes: one line is over it
Check = Callable[[dict[str, Any]], bool]

_seed = iter(range(2100, 3000))


def text(words: int = 160) -> str:
    """A different invented news text each call (no two lines are duplicates)."""
    return news_text(next(_seed), words)


def nested(depth: int) -> str:
    return "[" * depth + "]" * depth


# (what, the JSON line, None for a good line or the reason fragment of its error, a check of the stored article)
Case = tuple[str, str, str | None, Check | None]


def cases() -> list[Case]:
    def good(what: str, record: dict[str, Any], check: Check | None = None, ascii: bool = True) -> Case:
        return what, json.dumps(record, ensure_ascii=ascii), None, check

    def bad(what: str, record: dict[str, Any] | str, reason: str) -> Case:
        return what, record if isinstance(record, str) else json.dumps(record), reason, None

    # every field × every wrong type: a number where text is wanted is written out, the rest refuse the line
    wrong = {"a boolean": True, "a list": ["x", "y"], "an object": {"en": "x"}}
    field_cases: list[Case] = []
    for field in ("url", "title", "id", "site", "section", "description", "genre", "language", "text", "html"):
        for kind, value in wrong.items():
            field_cases.append(bad(f"{field} as {kind}", {"text": text(), field: value} if field != "text"
                                   else {field: value}, f"field '{field}' is {kind}"))
    return [
        good("plain", {"text": text(), "title": "A plain line", "authors": ["Ann Lee"], "date": "2024-07-05"},
             lambda a: a["title"] == "A plain line" and a["authors"] == ["Ann Lee"] and a["date"] == "2024-07-05"),
        good("id as a number", {"text": text(), "id": 7}, lambda a: a["source_id"] == "7"),
        good("title as a number", {"text": text(), "title": 2024}, lambda a: a["title"] == "2024"),
        good("genre as a number", {"text": text(), "genre": 5}, lambda a: a["genre"] == "news"),
        good("date as Unix seconds", {"text": text(), "date": 1720180800}, lambda a: a["date"] == "2024-07-05"),
        good("date as Unix milliseconds", {"text": text(), "date": 1720180800000},
             lambda a: a["date"] == "2024-07-05"),
        good("date not a date", {"text": text(), "date": "sometime soon"}, lambda a: a["date"] is None),
        good("date out of range", {"text": text(), "date": "2024-13-45"}, lambda a: a["date"] is None),
        good("authors as a string", {"text": text(), "authors": "Ann Lee and Bo Chan"},
             lambda a: a["authors"] == ["Ann Lee", "Bo Chan"]),
        good("authors with nulls", {"text": text(), "authors": [None, "Ann Lee", ""]},
             lambda a: a["authors"] == ["Ann Lee"]),
        good("url empty", {"text": text(), "url": ""}, lambda a: a["url"] is None),
        good("url very long", {"text": text(), "url": "https://example.org/" + "a" * 5000},
             lambda a: len(a["url"]) > 5000),
        good("genre over 20 characters", {"text": text(), "genre": "a very long genre label, longer than twenty"},
             lambda a: a["genre"] == "news"),
        good("genre a word for opinion", {"text": text(), "genre": "Editorial"}, lambda a: a["genre"] == "opinion"),
        good("language a tag", {"text": text(), "language": "en-GB"}, lambda a: a["language"] == "en"),
        good("language not a code", {"text": text(), "language": "English as spoken in the United Kingdom"},
             lambda a: a["language"] == "en"),
        good("lone surrogate in text", {"text": text() + " \ud800 end"}, lambda a: "\ufffd end" in a["text"]),
        good("lone surrogate in title", {"text": text(), "title": "Bad \udc80 title"},
             lambda a: a["title"] == "Bad \ufffd title"),
        good("lone surrogate in authors", {"text": text(), "authors": ["Ann \udfff Lee"]},
             lambda a: a["authors"] == ["Ann \ufffd Lee"]),
        good("lone surrogate in id", {"text": text(), "id": "id-\ud800"}, lambda a: a["source_id"] == "id-\ufffd"),
        good("surrogate pair (an emoji)", {"text": text() + " \U0001F600"}, lambda a: "\U0001F600" in a["text"]),
        good("NUL in text", {"text": text() + " \u0000 end"}, lambda a: "\ufffd end" in a["text"]),
        good("NUL in title, site and section", {"text": text(), "title": "T\u0000", "site": "S\u0000",
                                                "section": "N\u0000"},
             lambda a: (a["title"], a["site"], a["section"]) == ("T\ufffd", "S\ufffd", "N\ufffd")),
        good("raw U+2028 in text (not a line end)", {"text": text() + " \u2028 after"},
             lambda a: "\u2028 after" in a["text"], ascii=False),
        good("terminal escapes in title", {"text": text(), "title": "Red \x1b[31m title"},
             lambda a: a["title"] == "Red \x1b[31m title"),
        good("title whitespace only", {"text": text(), "title": " \t "}, lambda a: a["title"] is None),
        good("title very long", {"text": text(), "title": "T" * 100_000}, lambda a: len(a["title"]) == 100_000),
        good("site very long", {"text": text(), "site": "S" * 5000}, lambda a: len(a["site"]) == 500),
        good("id very long", {"text": text(), "id": "i" * 5000}, lambda a: len(a["source_id"]) == 500),
        good("description as a number", {"text": text(), "description": 1.5}, lambda a: a["description"] == "1.5"),
        good("html instead of text", {"html": "<html><body><p>" + text() + "</p></body></html>"}),
        good("unknown field nested 500 deep", {"text": text(), "extra": json.loads(nested(500))}),
        good("unknown field a huge float", {"text": text(), "extra": 1e308}),
        good("text with surrounding whitespace", {"text": "\n\t  " + text() + "  \n"},
             lambda a: not a["text"][0].isspace() and not a["text"][-1].isspace()),
        *field_cases,
        bad("authors as a number", {"text": text(), "authors": 42}, "field 'authors' is a number"),
        bad("authors as an object", {"text": text(), "authors": {"name": "Ann"}}, "field 'authors' is an object"),
        bad("authors holding an object", {"text": text(), "authors": ["Ann", {"n": 1}]},
            "field 'authors' holds an object"),
        bad("authors as a boolean", {"text": text(), "authors": False}, "field 'authors' is a boolean"),
        bad("url as a number", {"text": text(), "url": 12}, "field 'url' is a number"),
        bad("date as an object", {"text": text(), "date": {"y": 2024}}, "field 'date' is an object"),
        bad("date as a list", {"text": text(), "date": [2024, 7, 5]}, "field 'date' is a list"),
        bad("date as a boolean", {"text": text(), "date": True}, "field 'date' is a boolean"),
        bad("date a number that is no time", {"text": text(), "date": 1e20}, "field 'date' is a number"),
        bad("text as a number", {"text": 12}, "field 'text' is a number"),
        bad("html as a number", {"html": 12}, "field 'html' is a number"),
        bad("no text", {"title": "Only a title"}, "no 'text' or 'html' field"),
        bad("empty text", {"text": ""}, "no 'text' or 'html' field"),
        bad("whitespace-only text", {"text": " \n\t\r "}, "no 'text' or 'html' field"),
        bad("text a lone surrogate", {"text": "\ud800"}, "no article text found"),
        bad("not JSON", '{"text": "cut', "not valid JSON"),
        bad("a list, not an object", "[1, 2]", "must be an object"),
        bad("a string, not an object", '"text"', "must be an object"),
        bad("null", "null", "must be an object"),
        bad("arrays 100,000 deep", nested(100_000), "nested too deeply"),
        bad("objects 5,000 deep in a field", '{"text": "x", "extra": ' + '{"a": ' * 5000 + "1" + "}" * 5001,
            "nested too deeply"),
        bad("an integer of 5,000 digits", '{"text": "x", "n": ' + "9" * 5000 + "}", "not readable JSON"),
        bad("a line over --max-bytes", json.dumps({"text": "word " * (MAX_BYTES // 5 + 10)}),
            f"line over the {MAX_BYTES:,}-byte limit"),
        bad("a raw NUL byte", '{"text": "a\x00b"}', "not valid JSON"),
    ]


def write_corpus(folder: Path) -> tuple[list[str], dict[str, str], dict[str, Check | None]]:
    """The corpus as a JSONL file (UTF-8 BOM first, some lines CRLF, blank lines between) and a good HTML page
    after it: ``(sources, {bad source: reason}, {good source: check})``."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "hostile.jsonl"
    bad: dict[str, str] = {}
    good: dict[str, Check | None] = {}
    data = bytearray(b"\xef\xbb\xbf")
    number = 0
    for index, (_what, line, reason, check) in enumerate(cases()):
        number += 1
        where = f"{path}:{number}"
        if reason is None:
            good[where] = check
        else:
            bad[where] = reason
        data += line.encode("utf-8", "surrogatepass") + (b"\r\n" if index % 3 == 0 else b"\n")
        if index % 7 == 0:
            data += b"  \n"  # a blank line: skipped, but counted
            number += 1
    path.write_bytes(bytes(data))
    # a NUL past the first 4 KB of a text file and of a page (the binary check looks at the first 4 KB only)
    dump = folder / "nul.md"
    dump.write_text("# A dump with a NUL\n\nBy Ann Lee\n\n" + text(900) + " \x00 " + text(100) + "\n")
    page_nul = folder / "nul.html"
    page_nul.write_text(article_html("A page with a NUL", text(900) + " \x00 " + text(100)))
    for name in (dump, page_nul):
        good[str(name)] = lambda a: "\x00" not in a["text"] and "\ufffd" in a["text"]
    page = folder / "after.html"
    page.write_text(article_html("The page after the corpus", text(200)))
    good[str(page)] = lambda a: a["title"] == "The page after the corpus"
    return [str(path), str(dump), str(page_nul), str(page)], bad, good


def error_rows(store: Store) -> list[dict[str, Any]]:
    with store.engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(sa.select(ingest_errors).order_by(ingest_errors.c.pk))]


def check_corpus(store: Store, bad: dict[str, str], good: dict[str, Check | None]) -> None:
    stored = {row["origin"]: row for row in store.iter_export(with_record=False)}
    assert set(stored) == set(good), sorted(set(good) ^ set(stored))
    for origin, check in good.items():
        assert check is None or check(stored[origin]), (origin, {k: str(v)[:80] for k, v in stored[origin].items()})
    rows = error_rows(store)
    assert sorted(str(r["source"]) for r in rows) == sorted(bad)
    for row in rows:
        assert bad[str(row["source"])] in str(row["reason"]), row
        assert printable(str(row["reason"])) == row["reason"]  # one line, nothing a terminal would run


def test_the_corpus_has_every_kind() -> None:
    assert len({what for what, *_ in cases()}) == len(cases()) >= 80
    assert sum(reason is not None for _, _, reason, _ in cases()) >= 34


def test_hostile_corpus_on_both_backends(store_url: str, tmp_path: Path) -> None:
    sources, bad, good = write_corpus(tmp_path / "in")
    seen: list[PolitikaError] = []
    options = IngestOptions(analyse=False, progress=False, max_bytes=MAX_BYTES)
    with Store(store_url) as store:
        summary = ingest(sources, store, options, on_error=seen.append)
        assert (summary.stored, summary.failed) == (len(good), len(bad))
        assert sorted(e.source for e in seen) == sorted(bad)
        check_corpus(store, bad, good)
        # the same command again: nothing stored twice, and the errors counted on their rows, not added
        again = ingest(sources, store, options)
        assert (again.stored, again.already_stored, again.failed) == (0, len(good), len(bad))
        rows = error_rows(store)
        assert len(rows) == len(bad) and {r["count"] for r in rows} == {2}
        assert all(r["first_at"] <= r["at"] for r in rows)


def test_hostile_corpus_in_a_sharded_job(store_url: str, tmp_path: Path) -> None:
    """The shards of a distributed job (--engine ray) read JSON lines the same way: same articles, same errors."""
    from politika.scale.job import run_job
    from tests.scale.helpers import InlineExecutor

    sources, bad, good = write_corpus(tmp_path / "in")
    options = IngestOptions(analyse=False, progress=False, max_bytes=MAX_BYTES)
    with Store(store_url) as store:
        summary = run_job(sources, store, InlineExecutor(), options, shard_size=25, job_root=tmp_path / "jobs")
        assert (summary.stored, summary.failed) == (len(good), len(bad))
        check_corpus(store, bad, good)


def test_hostile_corpus_through_the_cli(tmp_path: Path) -> None:
    sources, bad, good = write_corpus(tmp_path / "in")
    db = tmp_path / "cli.db"
    result = subprocess.run([POLITIKA, "--db", str(db), "ingest", "--no-analyse", "--max-bytes", str(MAX_BYTES),
                             *sources], capture_output=True, timeout=300)
    stderr = result.stderr.decode("utf-8")  # strict: nothing undecodable was printed
    assert result.returncode == 0, stderr
    lines = [ln for ln in stderr.split("\n") if ln.startswith("error: ")]
    assert len(lines) == len(bad), stderr
    for source, reason in bad.items():
        assert sum(ln.startswith(f"error: {source}: ") and reason in ln for ln in lines) == 1, (source, lines)
    assert f"ingested {len(good)} new article(s)" in result.stdout.decode()
    with Store(str(db)) as store:
        check_corpus(store, bad, good)


def test_a_jsonl_file_is_read_line_by_line(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    line = json.dumps({"text": "Parliament debated the budget until late at night. " * 20}) + "\n"
    with path.open("w") as handle:
        for _ in range(24_000):  # 25 MB, over the 20 MB default limit: the limit holds per line
            handle.write(line)
    tracemalloc.start()
    count = sum(1 for _ in iter_documents([str(path)]))
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert count == 24_000
    assert peak < 8_000_000, peak  # a chunk and a line at a time, never the file


def test_standard_input_is_streamed_too(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = [json.dumps({"text": text(), "title": "first"}), json.dumps({"text": "x" * 5000}),
             json.dumps({"text": text(), "authors": 3}), json.dumps({"text": text(), "title": "last"})]
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO("\n".join(lines).encode())))
    items = list(iter_documents(["-"], SourceOptions(max_bytes=4000)))
    assert [i.source if isinstance(i, PolitikaError) else i.origin for i in items] == [
        "<stdin>:1", "<stdin>:2", "<stdin>:3", "<stdin>:4"]
    assert "line over the 4,000-byte limit" in items[1].reason  # type: ignore[union-attr]
    assert "field 'authors' is a number" in items[2].reason  # type: ignore[union-attr]


def test_a_cut_gzip_jsonl_keeps_the_lines_before_the_cut(tmp_path: Path) -> None:
    import gzip

    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(gzip.compress("".join(json.dumps({"text": text()}) + "\n" for _ in range(40)).encode())[:-300])
    items = list(iter_documents([str(path)]))
    errors = [i for i in items if isinstance(i, PolitikaError)]
    assert len(errors) == 1 and "truncated or corrupt gzip data" in errors[0].reason
    assert len(items) > 10


# -- file names and folders ---------------------------------------------------------------------------------------


def test_file_names_of_any_bytes(store_url: str, tmp_path: Path) -> None:
    folder = tmp_path / "names"
    folder.mkdir()
    raw = os.fsencode(folder)
    latin = raw + b"/caf\xe9-report.html"  # Latin-1, not UTF-8
    with open(latin, "wb") as handle:
        handle.write(article_html("A page with a Latin-1 name", text(200)).encode())
    trap = folder / "bad\nname\x1b[2J\u202e.html"  # a newline, a terminal escape, a right-to-left override
    trap.write_bytes(b"")
    (folder / "good.html").write_text(article_html("A page with a plain name", text(200)))
    seen: list[PolitikaError] = []
    with Store(store_url) as store:
        summary = ingest([str(folder)], store, IngestOptions(analyse=False, progress=False), on_error=seen.append)
        assert (summary.stored, summary.failed) == (2, 1)
        origins = {row["origin"] for row in store.iter_export(with_record=False)}
    assert origins == {f"{folder}/caf\\xe9-report.html", f"{folder}/good.html"}
    assert [e.source for e in seen] == [f"{folder}/bad\\nname\\x1b[2J\\u202e.html"]
    assert "\n" not in str(seen[0]) and "\x1b" not in str(seen[0])


def test_folders_not_read_are_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = tmp_path / "root"
    (root / "locked").mkdir(parents=True)
    (root / "locked" / "inside.html").write_text(article_html("Inside a locked folder", text(200)))
    (root / "page.html").write_text(article_html("A readable page", text(200)))
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (outside / "linked.html").write_text(article_html("Behind a symbolic link", text(200)))
    (root / "link").symlink_to(outside, target_is_directory=True)
    (root / "gone.html").symlink_to(tmp_path / "missing.html")
    (root / "file-link.html").symlink_to(outside / "linked.html")
    real_scandir = os.scandir

    def scandir(path: Any = ".") -> Any:  # a folder without permission (the tests may run as root)
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    items = list(iter_documents([str(root)]))
    errors = {i.source: i.reason for i in items if isinstance(i, InputError)}
    assert errors == {
        f"{root}/gone.html": "broken symbolic link (what it points to does not exist)",
        f"{root}/link": "symbolic link to a folder, not followed (name it on its own to read it)",
        f"{root}/locked": "folder cannot be read (Permission denied); its files are skipped",
    }
    assert sorted(i.origin for i in items if not isinstance(i, PolitikaError)) == [
        f"{root}/file-link.html", f"{root}/page.html"]
    named = list(iter_documents([str(root / "link")]))  # named on its own, a linked folder is read
    assert [i.origin for i in named if not isinstance(i, PolitikaError)] == [f"{root}/link/linked.html"]


# -- politika annotate ------------------------------------------------------------------------------------------


@pytest.mark.slow
def test_annotate_gives_every_hostile_line_its_record(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from click.testing import CliRunner

    from politika.cli import cli

    monkeypatch.setenv("POLITIKA_FACTOR_SIMILARITY", "lexical")
    said = "Chancellor Olaf Scholz met President Emmanuel Macron in Paris on Friday."
    lines = [
        json.dumps({"id": "good", "text": said}),
        json.dumps({"id": "surrogate", "text": "\ud800 " + said}),
        json.dumps({"id": "nul", "text": "\u0000" + said, "title": "T\u0000"}),
        nested(100_000),
        '{"id": "big", "text": "x", "n": ' + "9" * 5000 + "}",
        json.dumps({"id": "title", "text": said, "title": ["a"]}),
        json.dumps({"id": {"deep": [1]}, "text": said}),
        json.dumps({"id": "date", "text": said, "date": True}),
        json.dumps({"id": "text", "text": 12}),
        '{"id": "cut", "text": "half',
        json.dumps({"id": 7, "text": said, "date": 1720180800, "title": 2024}),
    ]
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(lines) + "\n")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(cli, ["annotate", "--input", str(source), "--output", str(out)])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in out.read_bytes().decode("utf-8").splitlines()]
    assert [r["id"] for r in records] == ["good", "surrogate", "nul", 4, 5, "title", 7, "date", "text", 10, 7]
    errors = {i: r["error"] for i, r in enumerate(records) if "error" in r}
    assert errors == {
        3: "line 4: JSON nested too deeply to read",
        4: errors[4],
        5: "line 6: field 'title' is a list; expected a string",
        6: "line 7: field 'id' is an object; expected a string",
        7: "line 8: field 'date' is a boolean; expected a string",
        8: "line 9: field 'text' is a number; expected a string",
        9: errors[9],
    }
    assert errors[4].startswith("line 5: not readable JSON") and errors[9].startswith("line 10: not valid JSON")
    assert "annotated 4 record(s), 7 error record(s)" in result.output
    # the replaced characters keep the offsets: the record's spans point into the text as given, U+FFFD for them
    for index, given in ((0, said), (1, "\ufffd " + said), (2, "\ufffd" + said)):
        mentions = records[index]["mentions"]
        assert mentions and all(given[m["start"]:m["end"]] == m["text"] for m in mentions)


def test_an_article_the_store_refuses_is_one_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    lines = [json.dumps({"text": text(), "title": title}) for title in ("one", "poison", "three")]
    (tmp_path / "in.jsonl").write_text("\n".join(lines) + "\n")
    seen: list[PolitikaError] = []
    with Store(str(tmp_path / "s.db")) as store:
        real = store.add_articles

        def refusing(batch: Any) -> Any:  # as PostgreSQL refuses a value SQLite takes
            if any(article.title == "poison" for article, *_ in batch):
                raise sa.exc.DataError("INSERT", {}, ValueError("value too long"))
            return real(batch)

        monkeypatch.setattr(store, "add_articles", refusing)
        summary = ingest([str(tmp_path / "in.jsonl")], store, IngestOptions(analyse=False, progress=False),
                         on_error=seen.append)
        assert (summary.stored, summary.failed) == (2, 1)
        assert sorted(r["title"] for r in store.list_articles()) == ["one", "three"]
    assert [e.source for e in seen] == [f"{tmp_path / 'in.jsonl'}:2"]
    assert seen[0].reason.startswith("the store refused this article (DataError: ")


@pytest.mark.slow
def test_annotate_reads_damaged_bytes_on_standard_input(monkeypatch: pytest.MonkeyPatch) -> None:
    from click.testing import CliRunner

    from politika.cli import cli

    monkeypatch.setenv("POLITIKA_FACTOR_SIMILARITY", "lexical")
    data = b'{"id": "a", "text": "The minister met the envoy in Paris \xff on Friday."}\n' + b"\x00\x01 not json\n"
    result = CliRunner().invoke(cli, ["annotate", "--input", "-", "--output", "-"], input=data)
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert [line["id"] for line in lines] == ["a", 2] and "error" in lines[1] and "error" not in lines[0]

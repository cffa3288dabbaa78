"""The sharded job without Ray: shards run by an in-process executor or local processes, merged by the driver."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from politika.jobs import IngestOptions, ingest
from politika.scale.job import run_job
from politika.scale.local import ShardPool
from politika.scale.manifest import JobManifest, store_key
from politika.scale.ray_engine import EngineError, import_ray
from politika.store import Store
from tests.scale.corpus import counts, records_by_origin, same_records, write_corpus
from tests.scale.helpers import InlineExecutor, shard_dying_once, shard_failing_on_warc

OPTIONS = IngestOptions(progress=False, batch_size=8)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    root = tmp_path_factory.mktemp("scale") / "corpus"
    return root, write_corpus(root)


@pytest.fixture(scope="module")
def single(corpus: tuple[Path, int], tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, object]]:
    """The records of a plain one-process ingest of the corpus, by origin."""
    with Store(str(tmp_path_factory.mktemp("single") / "s.db")) as store:
        summary = ingest([str(corpus[0])], store, OPTIONS)
        assert summary.stored == corpus[1] and summary.duplicates == 1
        return records_by_origin(store)


@pytest.mark.slow
def test_job_stores_each_article_once_with_the_single_process_records(
        corpus: tuple[Path, int], single: dict[str, dict[str, object]], tmp_path: Path) -> None:
    root, total = corpus
    executor = InlineExecutor()
    with Store(str(tmp_path / "job.db")) as store:
        summary = run_job([str(root)], store, executor, OPTIONS, shard_size=3, job_root=tmp_path / "jobs")
        assert (summary.stored, summary.duplicates, summary.failed) == (total, 1, 0)
        assert summary.analysed == total
        assert counts(store) == (total, total, total)
        assert records_by_origin(store) == single  # one task at a time: shards merge in order
        # Run again: every shard is merged already, nothing runs, nothing is stored.
        again = InlineExecutor()
        summary = run_job([str(root)], store, again, OPTIONS, shard_size=3, job_root=tmp_path / "jobs")
        assert again.ran == [] and summary.stored == 0 and counts(store) == (total, total, total)
    # The same finished job loads into a second store from its files alone, without running a task.
    with Store(str(tmp_path / "second.db")) as second:
        third = InlineExecutor()
        summary = run_job([str(root)], second, third, OPTIONS, shard_size=3, job_root=tmp_path / "jobs")
        assert third.ran == [] and summary.stored == total and records_by_origin(second) == single


@pytest.mark.slow
def test_merging_a_shard_again_stores_nothing_twice(corpus: tuple[Path, int], tmp_path: Path) -> None:
    root, total = corpus
    with Store(str(tmp_path / "job.db")) as store:
        run_job([str(root)], store, InlineExecutor(), OPTIONS, shard_size=3, job_root=tmp_path / "jobs")
        # A driver killed after a merge's commit but before its log line: the log is lost, the store is not.
        for log in (tmp_path / "jobs").glob("*/merged-*.jsonl"):
            log.unlink()
        summary = run_job([str(root)], store, InlineExecutor(), OPTIONS, shard_size=3, job_root=tmp_path / "jobs")
        # The copy was recorded as a duplicate the first time; offered again it is "already" stored too.
        assert summary.stored == 0 and summary.duplicates == 0 and summary.already_stored == total + 1
        assert counts(store) == (total, total, total)


@pytest.mark.slow
def test_failed_shards_are_reported_and_redone_by_the_next_run(corpus: tuple[Path, int], tmp_path: Path) -> None:
    root, total = corpus
    with Store(str(tmp_path / "job.db")) as store:
        summary = run_job([str(root)], store, InlineExecutor(), OPTIONS, shard_size=3, job_root=tmp_path / "jobs",
                          task=shard_failing_on_warc)
        assert summary.failed == 1 and summary.errors[0]["kind"] == "shard"
        assert summary.stored == total - 4
        again = InlineExecutor()
        summary = run_job([str(root)], store, again, OPTIONS, shard_size=3, job_root=tmp_path / "jobs")
        assert len(again.ran) == 1 and summary.stored == 4 and summary.failed == 0
        assert counts(store) == (total, total, total)
        job = next((tmp_path / "jobs").iterdir())
        entries = [json.loads(p.read_text()) for p in (job / "shards").glob("*.json")]
        assert sum(e["articles"] for e in entries) == total + 1 and all(e["state"] == "done" for e in entries)
        assert JobManifest(job).merged(next(job.glob("merged-*")).stem.removeprefix("merged-"))


@pytest.mark.slow
def test_local_process_shards_retry_a_killed_worker(corpus: tuple[Path, int], single: dict[str, dict[str, object]],
                                                    tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root, total = corpus
    monkeypatch.setenv("POLITIKA_TEST_MARKER", str(tmp_path / "died"))
    with Store(str(tmp_path / "job.db")) as store:
        summary = run_job([str(root)], store, ShardPool(workers=2), OPTIONS, shard_size=4,
                          job_root=tmp_path / "jobs", task=shard_dying_once)
        assert (tmp_path / "died").exists()  # a worker did die
        assert summary.failed == 0 and summary.stored == total
        assert counts(store) == (total, total, total) and same_records(records_by_origin(store), single)


def test_without_ray_the_ray_engine_says_how_to_install_it(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "ray", None)  # import ray raises ImportError
    with pytest.raises(EngineError) as caught:
        import_ray()
    assert "pip install 'politika[ray]'" in str(caught.value) and "\n" not in str(caught.value)


@pytest.mark.slow
def test_an_article_whose_analysis_raises_in_a_shard_pool_task_fails_alone(tmp_path: Path) -> None:
    """The shard workers' causal component raises on one article: its shard is merged, the article marked failed,
    the batch goes on (the Ray engine: tests/scale/test_ray.py)."""
    from politika.scale.local import ShardPool
    from tests.scale.corpus import status_by_origin, write_marked_jsonl
    from tests.scale.helpers import shard_with_faulty_component

    source = write_marked_jsonl(tmp_path / "in.jsonl", n=6, bad=frozenset({4}))
    with Store(str(tmp_path / "job.db")) as store:
        summary = run_job([str(source)], store, ShardPool(workers=2), IngestOptions(progress=False, batch_size=4),
                          shard_size=3, job_root=tmp_path / "jobs", task=shard_with_faulty_component)
        assert (summary.stored, summary.analysed, summary.analysis_failed, summary.failed) == (6, 5, 1, 0)
        status = status_by_origin(store)
        assert status["in.jsonl:5"][0] == "failed" and "politika_causal: IndexError" in str(status["in.jsonl:5"][1])
        assert [e["kind"] for e in store.errors()] == ["analysis"]


def _plan(jobs: Path) -> tuple[Path, list[str]]:
    """The job folder under ``jobs`` and its shard ids in the order of the plan."""
    job = next(jobs.iterdir())
    return job, [shard["id"] for shard in json.loads((job / "job.json").read_text())["shards"]]


@pytest.mark.slow
def test_finished_shards_ready_together_merge_as_one_and_store_the_same(
        corpus: tuple[Path, int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Shards that are ready together (here: a finished job loaded into a second store) are merged in one
    transaction; the store, the summary and the merge log's counts are those of merging them one at a time."""
    import politika.scale.job as job_module
    from tests.scale.canonical import canonical_dump, differences

    root, total = corpus
    jobs = tmp_path / "jobs"
    with Store(str(tmp_path / "job.db")) as store:  # one task at a time: each shard merged as it ends
        first = run_job([str(root)], store, InlineExecutor(), OPTIONS, shard_size=3, job_root=jobs)
        reference = canonical_dump(store)
        job, plan = _plan(jobs)
        first_log = (job / f"merged-{store_key(store.url)}.jsonl").read_text().splitlines()
    groups: list[int] = []
    real = job_module.merge_shards

    def counted(store: Store, paths: list[Path], *args: Any, **kwargs: Any) -> Any:
        groups.append(len(paths))
        return real(store, paths, *args, **kwargs)

    monkeypatch.setattr(job_module, "merge_shards", counted)
    with Store(str(tmp_path / "second.db")) as second:
        summary = run_job([str(root)], second, InlineExecutor(), OPTIONS, shard_size=3, job_root=jobs)
        assert groups == [len(plan)] and len(plan) > 2
        assert summary.counts() == first.counts() and summary.stored == total
        assert differences(canonical_dump(second), reference) == []
        second_log = (job / f"merged-{store_key(second.url)}.jsonl").read_text().splitlines()
    assert second_log == first_log  # one line per shard, in the plan's order, with that shard's counts


@pytest.mark.slow
def test_a_shard_that_fails_in_a_group_fails_alone(corpus: tuple[Path, int], tmp_path: Path) -> None:
    """A group whose second shard's results are cut short is rolled back and its shards merged one by one: only
    that shard fails (nothing of it stored, not marked merged); the next run merges it."""
    root, total = corpus
    jobs = tmp_path / "jobs"
    with Store(str(tmp_path / "job.db")) as store:
        run_job([str(root)], store, InlineExecutor(), OPTIONS, shard_size=3, job_root=jobs)
    job, plan = _plan(jobs)
    manifest = JobManifest(job)
    broken = manifest.result_path(plan[1])
    whole = broken.read_bytes()
    broken.write_bytes(whole[:len(whole) // 2])
    lost = json.loads(manifest.entry_path(plan[1]).read_text())["articles"]
    with Store(str(tmp_path / "second.db")) as second:
        summary = run_job([str(root)], second, InlineExecutor(), OPTIONS, shard_size=3, job_root=jobs)
        assert summary.shards_failed == 1 and [e["kind"] for e in summary.errors] == ["shard"]
        assert plan[1] not in manifest.merged(store_key(second.url))
        assert summary.stored + summary.duplicates == total + 1 - lost
        broken.write_bytes(whole)
        again = run_job([str(root)], second, InlineExecutor(), OPTIONS, shard_size=3, job_root=jobs)
        assert again.shards_failed == 0 and again.stored + again.duplicates == lost
        assert counts(second) == (total, total, total)

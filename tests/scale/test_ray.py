"""The Ray engine on one local 2-CPU Ray instance shared by the module: shards run by two actors, a killed actor's
shard runs again (only it), a killed driver resumes, a document that raises fails alone, a failed shard is one line.
Skipped where Ray is not installed."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from politika.jobs import IngestOptions, ingest
from politika.scale.job import run_job
from politika.scale.ray_engine import RayExecutor
from politika.scale.shards import plan_shards
from politika.store import Store
from tests.scale import helpers
from tests.scale.corpus import (
    counts,
    records_by_origin,
    same_records,
    status_by_origin,
    write_corpus,
    write_marked_jsonl,
)
from tests.scale.test_resume import kill_driver_and_resume

ray = pytest.importorskip("ray")
OPTIONS = IngestOptions(progress=False, batch_size=4)


@dataclass
class LocalRay:
    marker: Path  # where shard_dying_once notes that it killed its worker
    address: str  # the instance's GCS address, for drivers in other processes


@pytest.fixture(scope="module")
def local_ray(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LocalRay]:
    """A local 2-CPU Ray instance whose workers see ``POLITIKA_TEST_MARKER``.

    The variables are set before ``ray.init``: the raylet and its workers inherit the driver's environment. A
    ``runtime_env`` is not used on purpose: it makes every worker wait for Ray's runtime-env agent, and when
    that agent does not come up (seen here on a loaded machine: "Runtime Env Agent network error ... Connection
    refused" in raylet.out), no worker starts and ``ray.wait`` never returns.
    """
    marker = tmp_path_factory.mktemp("ray") / "died"
    with pytest.MonkeyPatch.context() as env:
        env.setenv("POLITIKA_TEST_MARKER", str(marker))
        env.setenv("RAY_AUTH_MODE", "disabled")
        env.setenv("POLITIKA_FACTOR_SIMILARITY", "lexical")  # for the workers (conftest sets it per test)
        ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
        try:
            from ray import cloudpickle

            cloudpickle.register_pickle_by_value(helpers)  # the workers need not import the tests package
            yield LocalRay(marker, ray.get_runtime_context().gcs_address)
        finally:
            ray.shutdown()


@pytest.mark.slow
@pytest.mark.timeout(180)
def test_a_killed_actor_reruns_only_its_shard_and_a_rerun_resumes(local_ray: LocalRay, tmp_path: Path) -> None:
    total = write_corpus(tmp_path / "c", jsonl_files=2, lines=5, notes=3, warcs=2, pages=3)
    with Store(str(tmp_path / "one.db")) as one:
        ingest([str(tmp_path / "c")], one, OPTIONS)
        expected = records_by_origin(one)
    with Store(str(tmp_path / "ray.db")) as store:
        summary = run_job([str(tmp_path / "c")], store, RayExecutor(max_retries=2), OPTIONS, shard_size=3,
                          job_root=tmp_path / "jobs", task=helpers.shard_dying_once)
        assert local_ray.marker.exists()  # an actor died once
        runs = Counter(local_ray.marker.with_name("died.runs").read_text().split())
        planned = {s.id for s in plan_shards([str(tmp_path / "c")], 3)}
        assert set(runs) == planned and sorted(runs.values()) == [1] * (len(planned) - 1) + [2]
        assert (summary.stored, summary.duplicates, summary.failed) == (total, 1, 0)
        assert counts(store) == (total, total, total)
        assert same_records(records_by_origin(store), expected)
        entries = [json.loads(p.read_text()) for p in (tmp_path / "jobs").glob("*/shards/*.json")]
        assert len({e["pid"] for e in entries}) <= 3  # two actors and the one that replaced the killed one
        summary = run_job([str(tmp_path / "c")], store, RayExecutor(), OPTIONS, shard_size=3,
                          job_root=tmp_path / "jobs")
        assert summary.stored == 0 and counts(store) == (total, total, total)


@pytest.mark.slow
@pytest.mark.timeout(300)
def test_a_killed_ray_driver_resumes_from_the_manifest(local_ray: LocalRay, tmp_path: Path) -> None:
    """The driver (a process of its own, joined to the instance) is SIGKILLed after two merges; Ray ends its
    actors; the same command again merges the finished shards and runs the rest."""
    kill_driver_and_resume(tmp_path, local_ray.address, timeout=120)


@pytest.mark.slow
@pytest.mark.timeout(150)
def test_an_article_whose_analysis_raises_in_a_ray_task_fails_alone(local_ray: LocalRay, tmp_path: Path) -> None:
    """The Ray tasks' causal component raises on one article: its shard is merged, the article marked failed."""
    source = write_marked_jsonl(tmp_path / "in.jsonl", n=6, bad=frozenset({1}))
    with Store(str(tmp_path / "ray.db")) as store:
        summary = run_job([str(source)], store, RayExecutor(max_retries=0), OPTIONS, shard_size=3,
                          job_root=tmp_path / "jobs", task=helpers.shard_with_faulty_component)
        assert (summary.stored, summary.analysed, summary.analysis_failed, summary.failed) == (6, 5, 1, 0)
        status = status_by_origin(store)
        assert status["in.jsonl:2"][0] == "failed" and "politika_causal: IndexError" in str(status["in.jsonl:2"][1])
        assert all(status[f"in.jsonl:{k}"] == ("analysed", None, True) for k in (1, 3, 4, 5, 6))
        assert [e["kind"] for e in store.errors()] == ["analysis"]


@pytest.mark.slow
@pytest.mark.timeout(300)
def test_cli_engine_ray_joins_a_cluster_by_address_and_reruns(local_ray: LocalRay, tmp_path: Path) -> None:
    total = write_corpus(tmp_path / "c", jsonl_files=2, lines=4, notes=2, warcs=1, pages=2)
    politika = str(Path(sys.executable).with_name("politika"))
    command = [politika, "--db", str(tmp_path / "s.db"), "ingest", str(tmp_path / "c"), "--engine", "ray",
               "--address", local_ray.address, "--shard-size", "3", "--job-dir", str(tmp_path / "jobs"), "--quiet"]
    first = subprocess.run(command, capture_output=True, text=True, timeout=120, env=dict(os.environ))
    assert first.returncode == 0, first.stderr
    assert f"ingested {total} new article(s), 1 duplicate(s)" in first.stdout
    again = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert again.returncode == 0 and "ingested 0 new article(s)" in again.stdout
    with Store(str(tmp_path / "s.db")) as store:
        assert counts(store) == (total, total, total)


@pytest.mark.slow
@pytest.mark.timeout(150)
def test_a_failed_ray_shard_is_reported_with_the_tasks_own_error_in_one_line(local_ray: LocalRay,
                                                                            tmp_path: Path) -> None:
    """Issue 21: the error row held Ray's traceback cut at 300 characters; now it holds the task's exception."""
    write_corpus(tmp_path / "c", jsonl_files=1, lines=3, notes=0, warcs=1, pages=2)
    with Store(str(tmp_path / "ray.db")) as store:
        summary = run_job([str(tmp_path / "c")], store, RayExecutor(max_retries=0),
                          IngestOptions(progress=False, analyse=False), shard_size=3, job_root=tmp_path / "jobs",
                          task=helpers.shard_failing_on_warc)
        assert (summary.shards_failed, summary.stored) == (1, 3)
        [error] = store.errors()
        assert error["kind"] == "shard" and error["source"].endswith("crawl0.warc.gz")
        assert error["reason"] == ("the shard's task failed (RuntimeError: simulated failure); nothing of it is "
                                   "stored: run the same command again")

"""Issue 18: in embeddings mode the workers embed their records' factor names and ship the vectors in the results
lines, so that the merge looks them up instead of running the embedding model in the driver; the store is the same
as a merge that embeds them itself (a stand-in model here: the scale tests run the lexical matcher)."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import numpy as np
import pytest

import politika.graph.factors as factors
import politika.scale.worker as worker
from politika.ingest.dedupe import fingerprint
from politika.ingest.document import Article
from politika.scale.merge import merge_shards
from politika.scale.worker import _factor_vectors, _fp_dict
from politika.store import Store
from politika.store.causal import record_factor_names
from tests.scale.canonical import canonical_dump, differences
from tests.store.test_bulk_load import write_results
from tests.store.test_causal_store import TEXTS, records


class Model:
    """Names sharing their last word point about the same way; each name it is asked to embed is noted."""

    def __init__(self) -> None:
        self.asked: list[str] = []

    def encode(self, names: list[str], **_: Any) -> Any:
        self.asked += names
        out = []
        for name in names:
            rng = np.random.default_rng(sum(map(ord, name.split()[-1])))
            vector = rng.normal(size=8) + 0.1 * np.random.default_rng(sum(map(ord, name))).normal(size=8)
            out.append((vector / np.linalg.norm(vector)).astype(np.float32))
        return np.stack(out)


@pytest.fixture
def model(monkeypatch: pytest.MonkeyPatch) -> Model:
    stand_in = Model()
    monkeypatch.setenv("POLITIKA_FACTOR_SIMILARITY", "embeddings")
    monkeypatch.setattr(factors, "_model", lambda: stand_in)
    monkeypatch.setattr(factors, "_VECTORS", {})
    monkeypatch.setattr(factors, "embeddings_available", lambda: True)
    monkeypatch.setattr(worker, "_EMBEDDED", {})
    monkeypatch.setattr(worker, "_SHIPS_VECTORS", False)
    return stand_in


def _lines(shipping: bool) -> list[str]:
    made = records()
    lines, shipped = [], set[str]()
    for key, (title, date, site, authors, text) in TEXTS.items():
        article = Article(text=text, origin=f"test/{key}.txt", title=title, date=date, site=site, authors=authors,
                          genre="opinion", language="en")
        fp = fingerprint(text, None)
        record = {**made[key], "id": fp.content_hash[:16]}
        line: dict[str, Any] = {"article": article.to_dict(), "fingerprint": _fp_dict(fp), "status": "pending",
                                "reason": None, "words": article.word_count}
        (vectors,) = _factor_vectors([record], shipped) if shipping else [None]
        if vectors:
            line["factor_vectors"] = vectors
        line["record"] = record
        lines.append(json.dumps(line, separators=(",", ":")))
    return lines


def test_a_worker_ships_each_factor_name_once_a_shard(model: Model) -> None:
    made = records()
    shipped: set[str] = set()
    first, second = (_factor_vectors([made[key]], shipped) for key in ("k1", "k2"))
    names = [{n.lower() for n in record_factor_names(made[key])} for key in ("k1", "k2")]
    assert first == [{name: first[0][name] for name in names[0]}] and first[0]  # type: ignore[index]
    assert second[0] is not None and set(second[0]) == names[1] - names[0]  # "sanctions" went with k1
    assert sorted(model.asked) == sorted(names[0] | names[1])  # each embedded once, in the worker
    vector = np.frombuffer(base64.b64decode(second[0]["brigades hold bridgehead"]), dtype="<f4")
    assert np.array_equal(vector, model.encode(["brigades hold bridgehead"])[0])
    assert _factor_vectors([None, {"error": {"kind": "analysis"}}], shipped) == [None, None]
    # the next shard ships its names again (each shard's lines carry what its merge needs), embedded once a worker
    model.asked.clear()
    again = _factor_vectors([made["k2"]], set())
    assert again[0] is not None and set(again[0]) == names[1] and model.asked == []
    assert again[0]["brigades hold bridgehead"] == second[0]["brigades hold bridgehead"]


def test_a_worker_keeps_at_most_so_many_embedded_names(model: Model, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(worker, "EMBEDDED_NAMES_KEPT", 3)
    made = records()
    _factor_vectors([made["k1"], made["k2"]], set())
    assert len(worker._EMBEDDED) == 3  # the last three embedded
    model.asked.clear()
    _factor_vectors([made["k2"]], set())
    assert model.asked and len(worker._EMBEDDED) == 3


def test_shipped_vectors_are_looked_up_not_embedded_and_the_store_is_the_same(model: Model, tmp_path: Path) -> None:
    dumps = []
    for shipping in (False, True):
        factors._VECTORS.clear()
        path = write_results(tmp_path / f"shard-{shipping}.jsonl.gz", _lines(shipping))
        model.asked.clear()
        with Store(str(tmp_path / f"{shipping}.db")) as store:
            ((counts, errors),) = merge_shards(store, [path], "test-model")
            assert (counts.stored, counts.analysed, errors) == (2, 2, [])
            dumps.append(canonical_dump(store))
        asked = list(model.asked)
        if not shipping:
            assert asked  # the driver embedded the names itself
    assert asked == []  # every name the index needed came with the lines
    assert not differences(dumps[1], dumps[0])
    assert dumps[1]["factors"]  # (the links were indexed)


def test_vectors_are_ignored_in_lexical_mode(model: Model, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write_results(tmp_path / "shard.jsonl.gz", _lines(True))
    factors._VECTORS.clear()
    monkeypatch.setenv("POLITIKA_FACTOR_SIMILARITY", "lexical")
    with Store(str(tmp_path / "lexical.db")) as store:
        merge_shards(store, [path], "test-model")
    assert factors._VECTORS == {}


def test_only_a_sharded_jobs_workers_load_the_embedding_model(model: Model, monkeypatch: pytest.MonkeyPatch) -> None:
    # a pool analysing stored articles for its parent (analyse_batch) leaves the names to the parent: no model there
    import gc

    import politika.nlp.pipeline as pipeline
    from politika.errors import PolitikaError

    def no_pipeline(*_: Any, **__: Any) -> None:
        raise PolitikaError("test", "no pipeline here")

    monkeypatch.setattr(pipeline, "load_pipeline", no_pipeline)
    try:
        worker.load_worker_pipeline("test-model")
        assert model.asked == []
        worker.load_worker_pipeline("test-model", None, True)
        assert model.asked == ["war"] and worker._SHIPS_VECTORS  # loaded (and used once) with the pipeline
    finally:
        gc.unfreeze()


def test_a_pool_worker_gives_its_records_vectors_to_the_parent(model: Model, monkeypatch: pytest.MonkeyPatch) -> None:
    # analyse_batch (a pool analysing stored articles for its parent, `ingest --workers`): the vectors of its
    # records' factor names come with the records when the worker was started to embed them
    import politika.nlp.pipeline as pipeline

    made = records()
    monkeypatch.setattr(pipeline, "analyse", lambda inputs, **_: iter([made["k1"], made["k2"]]))
    batch = [(1, "k1", "text one", None, None), (2, "k2", "text two", None, None)]
    assert worker.analyse_batch(batch, "test-model", 8)["factor_vectors"] == {}
    monkeypatch.setattr(worker, "_SHIPS_VECTORS", True)
    vectors = worker.analyse_batch(batch, "test-model", 8)["factor_vectors"]
    assert set(vectors) == {n.lower() for key in ("k1", "k2") for n in record_factor_names(made[key])}
    assert sorted(model.asked) == sorted(vectors)

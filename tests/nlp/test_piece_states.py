"""MiniLM word vectors for the event-trigger model (politika.nlp.piece_states) and the model that reads them."""

from __future__ import annotations

import numpy as np
import pytest

from politika.nlp import piece_states
from politika.nlp.event_model import MINILM, TriggerModel, dense_features, load_trigger_model

needs_encoder = pytest.mark.skipif(not piece_states.available(), reason="needs the embeddings extra")


@needs_encoder
def test_a_word_is_the_mean_of_its_pieces_and_the_sentence_row_is_shared() -> None:
    encoder = piece_states.load()
    assert encoder is not None
    text = "Ukraine's parliament ratified the agreement on Tuesday."
    offsets, states = encoder.encode(text)
    assert states.shape == (len(offsets), piece_states.WIDTH)
    assert all(text[a:b] for a, b in offsets)  # no [CLS]/[SEP] among them
    spans = [(0, 7), (10, 20), (21, 30), (200, 210)]  # "Ukraine", "parliament", "ratified", past the end
    rows = piece_states.word_vectors(encoder, text, spans)
    assert rows.shape == (4, 2 * piece_states.WIDTH)
    ratified = [k for k, (a, b) in enumerate(offsets) if a < 30 and b > 21]
    assert np.allclose(rows[2, :piece_states.WIDTH], states[ratified].mean(axis=0))
    assert not rows[3, :piece_states.WIDTH].any()  # a span with no piece: zeros
    assert np.allclose(rows[:, piece_states.WIDTH:], states.mean(axis=0))


@needs_encoder
def test_a_sentence_gets_the_same_vectors_in_any_document() -> None:
    # One sentence per call, no padding: what a word's vector is cannot depend on the rest of the batch or document.
    from politika.nlp.pipeline import load_pipeline

    nlp = load_pipeline(None, ())
    sentence = "The court sentenced the former minister to five years in prison."
    alone, inside = nlp(sentence), nlp("Protests went on in the capital. " + sentence)
    pick = [next(iter(alone.sents)), list(inside.sents)[1]]
    vectors = [dense_features(s.doc, [t for t in s if t.pos_ == "VERB"], piece_states.WIDTH, MINILM) for s in pick]
    assert vectors[0].shape == (1, 2 * piece_states.WIDTH)
    assert np.allclose(vectors[0], vectors[1], atol=1e-5)


def test_a_minilm_model_without_its_encoder_reads_zeros(monkeypatch) -> None:
    # Where the encoder cannot run, the MiniLM block contributes nothing (load_trigger_model then picks the sparse
    # model; this is the guard behind it).
    from politika.nlp.pipeline import load_pipeline

    monkeypatch.setattr(piece_states, "load", lambda adapter=None: None)
    doc = load_pipeline(None, ())("The senator urged the president to sign the bill.")
    tokens = [t for t in doc if t.pos_ == "VERB"]
    assert not dense_features(doc, tokens, piece_states.WIDTH, MINILM).any()
    model = TriggerModel(classes=["NONE", "REQUEST"], bias=np.zeros(2), sparse={},
                         dense=np.ones((2 * piece_states.WIDTH, 2)), scale=1.0, calibration=(1.0, 0.0),
                         info={"vectors": MINILM})
    assert np.allclose(model.score(doc, tokens, [["lex=REQUEST"] for _ in tokens]), 0.5)  # a type cue: not gated


def test_the_encoder_switch_picks_the_model(monkeypatch) -> None:
    from politika.errors import InputError
    from politika.nlp.events import make_events_component
    from politika.settings import component_config

    sparse = load_trigger_model(encoder=False)
    assert sparse is not None and not sparse.dense.size
    assert load_trigger_model() is not None and not load_trigger_model().dense.size  # type: ignore[union-attr]
    chosen = load_trigger_model(encoder=True)
    assert chosen is not None and chosen.info.get("vectors") == MINILM
    assert chosen.dense.shape[0] == 2 * piece_states.WIDTH
    assert chosen.info["add_confidence"] == 0.6 and chosen.info["add_needs_actor"]  # chosen with it (docs/events.md)

    def component() -> object:
        return make_events_component(None, "politika_events", None, None, True,  # type: ignore[arg-type]
                                     **component_config()["events"])

    monkeypatch.delenv("POLITIKA_EVENT_ENCODER", raising=False)
    assert component_config()["events"] == {"encoder": None}
    assert not component().triggers.dense.size  # type: ignore[attr-defined]  # the sparse model by default
    monkeypatch.setenv("POLITIKA_EVENT_ENCODER", "on")
    if piece_states.available():
        made = component()
        assert made.triggers.info.get("vectors") == MINILM  # type: ignore[attr-defined]
        assert made.add_confidence == 0.6 and made.add_needs_actor  # type: ignore[attr-defined]
    monkeypatch.setenv("POLITIKA_EVENT_ENCODER", "maybe")
    with pytest.raises(InputError, match="POLITIKA_EVENT_ENCODER=maybe"):
        component_config()


def test_a_sentence_without_a_type_cue_is_not_encoded(monkeypatch) -> None:
    # The cue gate: no candidate with a rule proposal, lexicon or noun-table type, no encoding and no event.
    from politika.nlp.pipeline import load_pipeline

    calls: list[str] = []
    monkeypatch.setattr(piece_states, "load", lambda adapter=None: calls.append("encoded"))  # type: ignore[func-returns-value]
    doc = load_pipeline(None, ())("The weather was mild and the river looked calm.")
    tokens = [t for t in doc if t.pos_ in ("VERB", "NOUN")]
    model = TriggerModel(classes=["NONE", "REQUEST"], bias=np.zeros(2), sparse={},
                         dense=np.ones((2 * piece_states.WIDTH, 2)), scale=1.0, calibration=(1.0, 0.0),
                         info={"vectors": MINILM})
    out = model.score(doc, tokens, [["wp=look|VERB"] for _ in tokens])
    assert calls == [] and (out[:, 0] == 1.0).all()
    model.score(doc, tokens, [["lex=REQUEST"] for _ in tokens])
    assert calls == ["encoded"]


@needs_encoder
def test_a_tuned_reader_reads_through_its_adapter(tmp_path, monkeypatch) -> None:
    # The fine-tuned trigger model (vectors "minilm-tuned") names a LoRA file; its states are those of the base
    # with the adapter merged (a one-layer adapter here, quick to export), not the plain base's.
    import torch
    from safetensors.torch import save_file

    from politika import minilm
    from politika.nlp.event_model import TUNED

    monkeypatch.setattr(minilm, "CACHE_DIR", tmp_path / "cache")
    generator = torch.Generator().manual_seed(0)
    adapter = tmp_path / "reader.safetensors"
    save_file({"lora.encoder.layer.0.attention.self.query.A": torch.randn(4, 384, generator=generator) * 0.1,
               "lora.encoder.layer.0.attention.self.query.B": torch.randn(384, 4, generator=generator) * 0.1},
              str(adapter), metadata={"scale": "2.0", "layers": "1"})
    text = "The ministers signed the agreement in Geneva."
    tuned = piece_states.StateEncoder(adapter=adapter)
    plain = piece_states.StateEncoder(layers=1)
    assert piece_states.onnx_path(1, adapter) != piece_states.onnx_path(1)
    offsets, states = tuned.encode(text)
    assert offsets == plain.encode(text)[0] and states.shape == (len(offsets), piece_states.WIDTH)
    assert not np.allclose(states, plain.encode(text)[1], atol=1e-3)

    from politika.nlp.pipeline import load_pipeline

    doc = load_pipeline(None, ())(text)
    tokens = [t for t in doc if t.pos_ == "VERB"]
    model = TriggerModel(classes=["NONE", "AGREE"], bias=np.zeros(2), sparse={},
                         dense=np.zeros((2 * piece_states.WIDTH, 2)), scale=1.0, calibration=(1.0, 0.0),
                         info={"vectors": TUNED, "adapter": str(adapter)})
    assert model.adapter == adapter
    read = dense_features(doc, tokens, piece_states.WIDTH, TUNED, model.adapter)
    assert np.allclose(read, piece_states.word_vectors(tuned, text, [(t.idx, t.idx + len(t.text)) for t in tokens]),
                       atol=1e-5)

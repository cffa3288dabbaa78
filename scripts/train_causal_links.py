"""Build src/politika/data/models/causal_links.json: the causal layer's link scorer.

    .venv/bin/pip install scikit-learn
    .venv/bin/python scripts/train_causal_links.py --shared ../shared [--folds 5]

Data: the candidate relations that the rules of :mod:`politika.nlp.causal` propose (every signal, every causative
verb, every doer-and-change clause, the signal-less fallback) in the **dev** articles of the whole-article gold set
(``src/politika/eval/articles_gold``, split "dev" in ``index.json``; texts from ``../shared``) and its **train**
split (articles annotated for training only: in every fold's training data, never held out), each labelled 1 when
it matches a gold causal claim of its article by the eval's rule (cause and effect each share a content word with
the gold ones; :func:`politika.eval.articles.score_causal`), else 0. The test articles are never read. Features:
:func:`politika.nlp.causal_links.link_features` (the sentence score from the shipped linear sentence classifier).
Model: scikit-learn logistic regression, C=1, lbfgs (deterministic); features seen once are dropped from the shipped
file. With ``--folds`` it first prints article-grouped cross-validated precision and recall at several confidence
thresholds (each article's candidates scored by a model trained on the other folds' articles; two readings of
one claim counted once, one gold claim matched once), which are the numbers to report and to choose the default
confidence by. The Causal News Corpus was tried as extra training data and lowered the cross-validated scores
(other genre, and CNC counts purpose clauses as causes): it is not used.
"""

from __future__ import annotations

import argparse
import json
import random
from collections import defaultdict
from pathlib import Path
from typing import Any

from politika.eval.article_gold import TEXT_FILES, TRAINED_SETS, article_text, training_articles
from politika.eval.articles import _head_overlap
from politika.nlp import causal_minilm, causal_spans
from politika.nlp.causal import TAGGED_FROM, rule_candidates
from politika.nlp.causal_classifier import causal_score, sentence_features
from politika.nlp.causal_classifier import load_model as load_sentence_model
from politika.nlp.causal_links import MODEL_PATH, link_features
from politika.nlp.pipeline import load_pipeline

C = 1.0
THRESHOLDS = (0.2, 0.3, 0.4, 0.5, 0.6, 0.7)
Row = tuple[str, dict[str, float], int, dict[str, Any]]


def candidate_rows(shared: Path, splits: tuple[str, ...] = ("dev", "train"), learned: str = "",
                   tagger_path: Path = causal_spans.ADAPTER,
                   sets: tuple[str, ...] | None = TRAINED_SETS) -> tuple[list[Row], int, set[str]]:
    """One row per candidate of the articles of ``splits``: (article, features, label, where it is and what it
    matches); the dev articles' gold claims counted; the ids of the train split's articles (annotated for training
    only: never held out; one not annotated yet is left out). ``learned``: the span tagger
    (:mod:`politika.nlp.causal_spans`) reads the sentences whose cascade score (linear, then MiniLM) reaches
    :data:`politika.nlp.causal.TAGGED_FROM`; ``"candidates"``: its relations are candidates too, ``"agreement"``:
    they only mark the rule candidates they agree with (a feature)."""
    nlp = load_pipeline(None, ())
    sentence_model = load_sentence_model()
    tagger = causal_spans.load(tagger_path) if learned else None
    second = causal_minilm.load() if learned else None
    chosen = training_articles(splits, sets)
    train_only = {a.id for a, _ in chosen if a.split == "train"}
    rows: list[Row] = []
    gold_total = 0
    texts = [article_text(shared, a) for a, _ in chosen]
    for (article, article_gold), doc in zip(chosen, nlp.pipe(texts, batch_size=4), strict=True):
        gold = article_gold.get("causal", [])
        gold_total += len(gold) if article.id not in train_only else 0
        sents = list(doc.sents)
        linear = [causal_score(sentence_features(sent), sentence_model) for sent in sents]
        cascade = causal_minilm.combine(linear, [s.text for s in sents], second) if tagger is not None else linear
        for i, (sent, score) in enumerate(zip(sents, linear, strict=True)):
            relations = tagger.relations([t.text for t in sent]) \
                if tagger is not None and cascade[i] >= TAGGED_FROM else None
            for link in rule_candidates(sent, i, relations, add_learned=learned == "candidates"):
                cause, effect = doc[link.cause[0]:link.cause[1]], doc[link.effect[0]:link.effect[1]]
                c, e = (cause.start_char, cause.end_char), (effect.start_char, effect.end_char)
                matches = [k for k, g in enumerate(gold)
                           if _head_overlap(doc.text, c, g["cause"]) and _head_overlap(doc.text, e, g["effect"])]
                rows.append((article.id, link_features(doc, sent, link, score), int(bool(matches)),
                             {"sentence": i, "cause": link.cause, "effect": link.effect, "matches": matches}))
    return rows, gold_total, train_only


def fit(rows: list[Row], c: float = C) -> tuple[Any, Any]:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform([r[1] for r in rows])
    return vectorizer, LogisticRegression(C=c, max_iter=5000).fit(matrix, [r[2] for r in rows])


def cross_validated(rows: list[Row], folds: int, train_only: frozenset[str] | set[str] = frozenset(),
                    c: float = C) -> list[float]:
    """Out-of-fold probabilities of the dev articles' rows (folds over the dev articles; the train split's rows are
    in every fold's training data and get no probability: -1)."""
    articles = sorted({r[0] for r in rows} - set(train_only))
    random.Random(0).shuffle(articles)
    fold = {a: k % folds for k, a in enumerate(articles)}
    fold.update({a: -1 for a in train_only})
    probabilities = [-1.0] * len(rows)
    for k in range(folds):
        vectorizer, model = fit([r for r in rows if fold[r[0]] != k], c)
        held = [i for i, r in enumerate(rows) if fold[r[0]] == k]
        for i, p in zip(held, model.predict_proba(vectorizer.transform([rows[i][1] for i in held]))[:, 1],
                        strict=True):
            probabilities[i] = float(p)
    return probabilities


def article_scores(rows: list[Row], probabilities: list[float], threshold: float, gold_total: int
                   ) -> dict[str, float]:
    """Precision and recall as ``politika eval articles`` counts them, for the links kept at ``threshold``."""
    by_sentence: dict[tuple[str, int], list[tuple[float, Row]]] = defaultdict(list)
    for p, row in zip(probabilities, rows, strict=True):
        if p >= threshold:
            by_sentence[(row[0], row[3]["sentence"])].append((p, row))
    predicted = right = 0
    used: set[tuple[str, int]] = set()
    for items in by_sentence.values():
        kept: list[Row] = []
        for _, row in sorted(items, key=lambda pair: -pair[0]):
            if any(_overlap(row[3]["cause"], o[3]["cause"]) and _overlap(row[3]["effect"], o[3]["effect"])
                   for o in kept):
                continue
            kept.append(row)
            predicted += 1
            free = [g for g in row[3]["matches"] if (row[0], g) not in used]
            if free:
                used.add((row[0], free[0]))
                right += 1
    precision = right / predicted if predicted else 0.0
    recall = len(used) / gold_total if gold_total else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"threshold": threshold, "predicted": predicted, "precision": round(precision, 3),
            "recall": round(recall, 3), "f1": round(f1, 3)}


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--folds", type=int, default=0, help="Also print article-grouped cross-validated scores.")
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    parser.add_argument("--c", type=float, default=C, help="the logistic regression's inverse regularisation")
    parser.add_argument("--splits", nargs="+", default=["dev", "train"], choices=["dev", "train"],
                        help="whole-article splits to train on (train: annotated for training only, never held out)")
    parser.add_argument("--sets", nargs="+", default=list(TRAINED_SETS), choices=sorted(TEXT_FILES),
                        help="whole-article gold sets to train on (default: NAEB and AEB, what the shipped model saw; "
                             "add polnear for the 48 PolNeAR train articles of 2026-12-05: tried, not shipped, "
                             "docs/causal.md)")
    parser.add_argument("--learned", choices=["candidates", "agreement"], default="",
                        help="ask the span tagger (data/models/causal_spans.safetensors): its relations as candidates "
                             "too, or only as agreement with the rules' (a feature); not shipped: docs/causal.md")
    parser.add_argument("--tagger", type=Path, default=causal_spans.ADAPTER, help="the span tagger's adapter file")
    args = parser.parse_args()
    rows, gold_total, train_only = candidate_rows(args.shared, tuple(args.splits), args.learned, args.tagger,
                                                  tuple(args.sets))
    print(f"{len(rows)} candidates, {sum(r[2] for r in rows)} match a gold claim; {gold_total} gold claims in the "
          f"dev articles; {len(train_only)} train-split articles")
    if args.folds:
        probabilities = cross_validated(rows, args.folds, train_only, args.c)
        dev = [(p, r) for p, r in zip(probabilities, rows, strict=True) if r[0] not in train_only]
        for threshold in THRESHOLDS:
            print("cross-validated (dev articles):",
                  article_scores([r for _, r in dev], [p for p, _ in dev], threshold, gold_total))
    vectorizer, model = fit(rows, args.c)
    counts: dict[str, int] = defaultdict(int)
    for row in rows:
        for name in row[1]:
            counts[name] += 1
    weights = {name: round(float(w), 4) for name, w in zip(vectorizer.get_feature_names_out(), model.coef_[0],
                                                             strict=True)
               if (counts[name] >= 2 or name == "sentence_score") and abs(w) >= 1e-3}
    out = {"weights": dict(sorted(weights.items())), "intercept": round(float(model.intercept_[0]), 4), "C": args.c,
           "data": f"whole-article gold set, sets {'+'.join(args.sets)}, splits {'+'.join(args.splits)} "
                   f"({len({r[0] for r in rows})} articles): candidates labelled by the eval's matching"}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(out, separators=(",", ":")), encoding="utf-8")
    print(f"{args.out}: {len(weights)} weights")


if __name__ == "__main__":
    main()

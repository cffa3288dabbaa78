"""Build src/politika/data/models/attribution.json: the confidence model of the attributions layer.

    .venv/bin/pip install scikit-learn
    .venv/bin/python scripts/train_attribution.py --shared ../shared [--folds 5] [--cache /tmp/attribution-docs]

Data: every candidate the rules of :mod:`politika.nlp.attribution` propose (``find_attributions(doc, 0)``) on

* PolNeAR's **train** split (840 articles; the first annotator's file, as the eval reads it). A candidate is
  positive when its content overlaps a gold content and its cue overlaps that attribution's cue. Candidates
  nested in another's content or inside a quote are left out: PolNeAR gives each token to one attribution, so
  it does not say whether they are right.
* the whole-article gold set's **dev** split (35 articles, ``politika eval articles``), matched as that scorer
  matches (content overlap, cue overlap where both have one, each gold item once), nested ones included. These
  weigh ``--dev-weight`` times a PolNeAR candidate, since they are the kind of text and the notion of a claim
  the layer is for.

Never the PolNeAR dev split or the whole-article test split: those are what the model is measured on.
Features: :func:`politika.nlp.claim_confidence.claim_features`. Model: scikit-learn logistic regression
(``--c``) on L2-normalised binary vectors; features seen fewer than twice are dropped from the shipped file.
``--folds`` first prints the whole-article dev scores with the dev articles split into that many folds (each
fold scored by a model that did not see it), for several thresholds; those are the dev numbers to report,
since the shipped model is then fitted on all of the data. ``--threshold`` is written into the model.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from spacy.tokens import Doc, DocBin

from politika.eval import polnear
from politika.eval.article_gold import article_text, index, load_gold
from politika.nlp.attribution import Attribution, find_attributions
from politika.nlp.claim_confidence import MODEL_PATH, claim_features
from politika.nlp.pipeline import load_pipeline

Char = tuple[int, int]


def _parsed(texts: Sequence[str], cache: Path | None, name: str) -> Iterator[Doc]:
    nlp = load_pipeline(None, ())
    path = cache / f"{name}.spacy" if cache is not None else None
    if path is not None and path.is_file():
        yield from DocBin().from_disk(path).get_docs(nlp.vocab)
        return
    docs = list(nlp.pipe(texts, batch_size=16))
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        DocBin(docs=docs).to_disk(path)
    yield from docs


def _chars(doc: Doc, span: tuple[int, int] | None) -> Char | None:
    if span is None:
        return None
    return doc[span[0]].idx, doc[span[1] - 1].idx + len(doc[span[1] - 1])


def _overlap(a: Char | None, b: Char | None) -> bool:
    return a is not None and b is not None and a[0] < b[1] and b[0] < a[1]


def _label(doc: Doc, found: list[Attribution], gold: list[tuple[list[Char], Char | None]]) -> list[int]:
    """1 for a candidate that matches a gold item not matched before (the scorers' greedy rule)."""
    used: set[int] = set()
    out = []
    for attribution in found:
        content, cue = _chars(doc, attribution.content_range), _chars(doc, attribution.cue)
        match = None
        for number, (parts, gold_cue) in enumerate(gold):
            if number in used or not any(_overlap(content, p) for p in parts):
                continue
            if cue is not None and gold_cue is not None and not _overlap(cue, gold_cue):
                continue
            match = number
            break
        if match is not None:
            used.add(match)
        out.append(int(match is not None))
    return out


def polnear_examples(shared: Path, cache: Path | None) -> tuple[list[list[str]], list[int]]:
    articles = polnear.read_split(shared / "eval" / "attribution" / "polnear" / "train")
    features, labels = [], []
    for article, doc in zip(articles, _parsed([a.text for a in articles], cache, "polnear-train"), strict=True):
        gold = [([(s.start, s.end) for s in g.content], (g.cue.start, g.cue.end) if g.cue else None)
                for g in article.attributions]
        found = find_attributions(doc, 0.0)
        for attribution, label in zip(found, _label(doc, found, gold), strict=True):
            if attribution.parent is None and not attribution.in_quote:
                features.append(claim_features(doc, attribution))
                labels.append(label)
    return features, labels


def dev_examples(shared: Path, cache: Path | None) -> list[tuple[list[list[str]], list[int], int]]:
    """Per dev article: candidate features, labels, and the number of gold attributions."""
    chosen = [(a, load_gold(a)) for a in index() if a.split == "dev"]
    chosen = [(a, g) for a, g in chosen if g is not None]
    texts = [article_text(shared, a) for a, _ in chosen]
    out = []
    for (_, gold), doc in zip(chosen, _parsed(texts, cache, "articles-dev"), strict=True):
        items = [([tuple(g["content"])], tuple(g["cue"]) if g.get("cue") else None) for g in gold["attributions"]]
        found = find_attributions(doc, 0.0)
        labels = _label(doc, found, items)  # type: ignore[arg-type]
        out.append(([claim_features(doc, a) for a in found], labels, len(items)))
    return out


def fit(features: list[list[str]], labels: list[int], weights: list[float], c: float) -> dict[str, Any]:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import normalize

    vectorizer = DictVectorizer()
    matrix = normalize(vectorizer.fit_transform([dict.fromkeys(f, 1) for f in features]))
    model = LogisticRegression(C=c, max_iter=5000).fit(matrix, labels, sample_weight=weights)
    counts: dict[str, int] = {}
    for feats in features:
        for name in feats:
            counts[name] = counts.get(name, 0) + 1
    kept = {name: round(float(w), 4) for name, w in zip(vectorizer.get_feature_names_out(), model.coef_[0],
                                                         strict=True)
            if counts.get(name, 0) >= 2 and abs(w) >= 1e-3}
    return {"weights": dict(sorted(kept.items())), "intercept": round(float(model.intercept_[0]), 4),
            "normalize": True, "C": c}


def cross_validate(pn: tuple[list[list[str]], list[int]], dev: list[tuple[list[list[str]], list[int], int]],
                   folds: int, dev_weight: float, c: float) -> list[tuple[float, float, int, int]]:
    """Out-of-fold confidences of the dev candidates: (confidence, label) pairs and the gold count."""
    from politika.nlp.claim_confidence import confidence

    scored: list[tuple[float, float, int, int]] = []
    for fold in range(folds):
        train_f, train_y = list(pn[0]), list(pn[1])
        train_w = [1.0] * len(train_f)
        for number, (feats, labels, _) in enumerate(dev):
            if number % folds != fold:
                train_f += feats
                train_y += labels
                train_w += [dev_weight] * len(feats)
        model = fit(train_f, train_y, train_w, c)
        for number, (feats, labels, gold) in enumerate(dev):
            if number % folds == fold:
                for f, y in zip(feats, labels, strict=True):
                    scored.append((confidence(f, model), float(y), number, gold))
    return scored


def report(scored: list[tuple[float, float, int, int]], gold_total: int) -> None:
    for t in (0.0, 0.3, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7):
        kept = [(p, y) for p, y, _, _ in scored if p >= t]
        right = sum(y for _, y in kept)
        precision = right / len(kept) if kept else 0.0
        recall = right / gold_total if gold_total else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        print(f"threshold {t:.2f}: kept {len(kept):4d}  P {precision:.3f}  R {recall:.3f}  F1 {f1:.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--cache", type=Path, default=None, help="Keep the parses here (DocBin) for the next run.")
    parser.add_argument("--folds", type=int, default=0, help="Print cross-validated whole-article dev scores.")
    parser.add_argument("--dev-weight", type=float, default=5.0)
    parser.add_argument("--c", type=float, default=1.0)
    parser.add_argument("--threshold", type=float, default=0.5)
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    args = parser.parse_args()
    pn = polnear_examples(args.shared, args.cache)
    dev = dev_examples(args.shared, args.cache)
    print(f"PolNeAR train: {len(pn[1])} candidates, {sum(pn[1])} positive; "
          f"whole-article dev: {sum(len(d[1]) for d in dev)} candidates, {sum(sum(d[1]) for d in dev)} positive")
    if args.folds:
        report(cross_validate(pn, dev, args.folds, args.dev_weight, args.c), sum(d[2] for d in dev))
    features = pn[0] + [f for d in dev for f in d[0]]
    labels = pn[1] + [y for d in dev for y in d[1]]
    weights = [1.0] * len(pn[0]) + [args.dev_weight] * (len(features) - len(pn[0]))
    model = fit(features, labels, weights, args.c)
    model.update({"threshold": args.threshold, "dev_weight": args.dev_weight,
                  "data": "PolNeAR train (first annotator) + whole-article gold, dev split"})
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(model, separators=(",", ":")), encoding="utf-8")
    print(f"{args.out}: {len(model['weights'])} weights")


if __name__ == "__main__":
    main()

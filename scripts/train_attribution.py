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
fold scored by a model that did not see it; the PolNeAR train articles are split into folds alongside) for
several thresholds: the numbers behind the two thresholds of :mod:`politika.nlp.claim_confidence` (the record's,
chosen on PolNeAR train, and the views', chosen on the whole-article dev) and the dev numbers to report, since
the shipped model is then fitted on all of the data. Parsing PolNeAR train takes about 15 minutes on 2 cores;
``--cache`` keeps the parses (spaCy DocBin) and later runs take about a minute.
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


Examples = list[tuple[list[list[str]], list[int], int]]  # per article: features, labels, gold count


def polnear_examples(shared: Path, cache: Path | None) -> Examples:
    articles = polnear.read_split(shared / "eval" / "attribution" / "polnear" / "train")
    out = []
    for article, doc in zip(articles, _parsed([a.text for a in articles], cache, "polnear-train"), strict=True):
        gold = [([(s.start, s.end) for s in g.content], (g.cue.start, g.cue.end) if g.cue else None)
                for g in article.attributions]
        found = find_attributions(doc, 0.0)
        pairs = [(claim_features(doc, a), label) for a, label in zip(found, _label(doc, found, gold), strict=True)
                 if a.parent is None and not a.in_quote]
        out.append(([f for f, _ in pairs], [y for _, y in pairs], len(gold)))
    return out


def dev_examples(shared: Path, cache: Path | None) -> Examples:
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


def _flat(examples: Examples, weight: float) -> tuple[list[list[str]], list[int], list[float]]:
    features = [f for feats, _, _ in examples for f in feats]
    labels = [y for _, ys, _ in examples for y in ys]
    return features, labels, [weight] * len(features)


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


def cross_validate(pn: Examples, dev: Examples, folds: int, dev_weight: float, c: float
                   ) -> tuple[list[tuple[float, int]], list[tuple[float, int]]]:
    """Out-of-fold (confidence, label) pairs of the PolNeAR train and the dev candidates (articles in folds)."""
    from politika.nlp.claim_confidence import confidence

    pn_scored: list[tuple[float, int]] = []
    dev_scored: list[tuple[float, int]] = []
    for fold in range(folds):
        train_pn = [x for n, x in enumerate(pn) if n % folds != fold]
        train_dev = [x for n, x in enumerate(dev) if n % folds != fold]
        f1, y1, w1 = _flat(train_pn, 1.0)
        f2, y2, w2 = _flat(train_dev, dev_weight)
        model = fit(f1 + f2, y1 + y2, w1 + w2, c)
        for examples, scored in ((pn, pn_scored), (dev, dev_scored)):
            for n, (feats, labels, _) in enumerate(examples):
                if n % folds == fold:
                    scored.extend((confidence(f, model), y) for f, y in zip(feats, labels, strict=True))
    return pn_scored, dev_scored


def report(name: str, scored: list[tuple[float, int]], gold_total: int) -> None:
    """Precision over the kept candidates, recall over the gold items (a candidate matches one gold item)."""
    print(f"{name} (out of fold; {gold_total} gold):")
    for t in (0.0, 0.2, 0.3, 0.4, 0.5, 0.6, 0.65, 0.7, 0.75, 0.8):
        kept = [y for p, y in scored if p >= t]
        right = sum(kept)
        precision = right / len(kept) if kept else 0.0
        recall = right / gold_total if gold_total else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        print(f"  threshold {t:.2f}: kept {len(kept):5d}  P {precision:.3f}  R {recall:.3f}  F1 {f1:.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--cache", type=Path, default=None, help="Keep the parses here (DocBin) for the next run.")
    parser.add_argument("--folds", type=int, default=0, help="Print cross-validated whole-article dev scores.")
    parser.add_argument("--dev-weight", type=float, default=10.0)
    parser.add_argument("--c", type=float, default=1.0)
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    args = parser.parse_args()
    pn = polnear_examples(args.shared, args.cache)
    dev = dev_examples(args.shared, args.cache)
    print(f"PolNeAR train: {sum(len(x[1]) for x in pn)} candidates, {sum(sum(x[1]) for x in pn)} positive; "
          f"whole-article dev: {sum(len(x[1]) for x in dev)} candidates, {sum(sum(x[1]) for x in dev)} positive")
    if args.folds:
        pn_scored, dev_scored = cross_validate(pn, dev, args.folds, args.dev_weight, args.c)
        report("PolNeAR train, top-level candidates", pn_scored, sum(x[2] for x in pn))
        report("whole-article dev", dev_scored, sum(x[2] for x in dev))
    f1, y1, w1 = _flat(pn, 1.0)
    f2, y2, w2 = _flat(dev, args.dev_weight)
    model = fit(f1 + f2, y1 + y2, w1 + w2, args.c)
    model.update({"dev_weight": args.dev_weight,
                  "data": "PolNeAR train (first annotator) + whole-article gold, dev split"})
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(model, separators=(",", ":")), encoding="utf-8")
    print(f"{args.out}: {len(model['weights'])} weights")


if __name__ == "__main__":
    main()

"""Build src/politika/data/models/person_country.json: a person's country from the article's setting.

    .venv/bin/pip install scikit-learn
    .venv/bin/python scripts/train_person_country.py --shared ../shared [--folds 5] [--no-write]

Data: the gold people of the whole-article gold set's **dev** and **train** splits (``src/politika/eval/
articles_gold``; texts from ``../shared``; the test split is never read) whose actor the actors layer found but left
without a country: not in the knowledge base, nothing in the text about the person that gives one. One row per such
person and state the article's actors name, labelled 1 when the gold country is that state (a person whose gold
country is none is 0 for every state). Features: :func:`politika.nlp.person_country.candidate_features`. Model:
scikit-learn logistic regression, C=0.3 (chosen by these folds among 0.1, 0.3, 1 and 3), lbfgs (deterministic).
With ``--folds`` it first prints article-grouped cross-validated results per person (the surest state given when it
reaches each threshold: right, wrong, or none given) and a reliability table; the threshold shipped is the lowest
whose out-of-fold precision reaches ``--precision`` (0.9), chosen on those folds.
"""

from __future__ import annotations

import argparse
import json
import random
from collections import defaultdict
from pathlib import Path
from typing import Any

from politika.eval.article_gold import article_text, training_articles
from politika.eval.articles import _person_actor
from politika.kb import KnowledgeBase
from politika.nlp import person_country
from politika.nlp.actors import actors_to_record
from politika.nlp.pipeline import load_pipeline

C = 0.3
THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95)
SEEDS = (0, 1, 2)  # three shuffles of the articles into folds: 114 people are few
# one person: (article, gold country, [(state, features)])
Person = tuple[str, str | None, list[tuple[str, list[str]]]]


def people(shared: Path) -> list[Person]:
    """Every gold person of the dev and train articles whose actor the rules left without a country."""
    nlp = load_pipeline(None, ("actors",))
    kb = KnowledgeBase.load()
    chosen = training_articles(("dev", "train"))
    texts = [article_text(shared, a) for a, _ in chosen]
    out: list[Person] = []
    with person_country.disabled():
        for (article, gold), doc in zip(chosen, nlp.pipe(texts, batch_size=4), strict=True):
            actors = doc._.politika_actors
            unplaced = {id(a) for a in person_country.unplaced(actors)}
            setting = person_country.setting_of(doc, actors, kb)
            record_mentions, record_actors = actors_to_record(doc)
            record = {"mentions": record_mentions, "actors": record_actors}
            by_id = {a.id: a for a in actors}
            for item in gold.get("people", []):
                # the gold person's actor as the eval chooses it (politika.eval.articles.score_people)
                found = _person_actor(record, tuple(item["mention"]))
                actor = by_id.get(found["id"]) if found is not None else None
                if actor is None or id(actor) not in unplaced or not setting.counts:
                    continue
                cands = person_country.candidates(doc, actor, setting)
                if cands:
                    out.append((article.id, item.get("country"), cands))
    return out


def fit(rows: list[Person], c: float = C) -> dict[str, Any]:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    x, y = [], []
    for _, gold, cands in rows:
        for code, features in cands:
            x.append(dict.fromkeys(features, 1.0))
            y.append(int(code == gold))
    vectorizer = DictVectorizer()
    model = LogisticRegression(C=c, max_iter=2000).fit(vectorizer.fit_transform(x), y)
    weights = {f: round(float(w), 5) for f, w in zip(vectorizer.get_feature_names_out(), model.coef_[0], strict=True)}
    return {"weights": weights, "intercept": round(float(model.intercept_[0]), 5)}


def best(model: dict[str, Any], cands: list[tuple[str, list[str]]]) -> tuple[float, str]:
    from politika.nlp.logistic import probability

    return max((probability(features, model), code) for code, features in cands)


def cross_validated(rows: list[Person], folds: int) -> list[tuple[float, str, str | None]]:
    """(probability, surest state, gold country) per person and shuffle of :data:`SEEDS`, each scored by a model
    trained without its article's fold."""
    out = []
    for seed in SEEDS:
        articles = sorted({r[0] for r in rows})
        random.Random(seed).shuffle(articles)
        fold_of = {a: i % folds for i, a in enumerate(articles)}
        for k in range(folds):
            model = fit([r for r in rows if fold_of[r[0]] != k])
            out += [(*best(model, r[2]), r[1]) for r in rows if fold_of[r[0]] == k]
    return out


def report(scored: list[tuple[float, str, str | None]]) -> dict[float, float]:
    """Prints right / wrong / none given per threshold and a reliability table; returns precision by threshold."""
    precision = {}
    n = len(scored) // len(SEEDS)
    print(f"{n} people left without a country by the rules ({sum(g is not None for _, _, g in scored) // len(SEEDS)} "
          f"with one in the gold); out of fold, mean of {len(SEEDS)} shuffles")
    for threshold in THRESHOLDS:
        given = [(code, gold) for p, code, gold in scored if p >= threshold]
        right = sum(code == gold for code, gold in given)
        precision[threshold] = right / len(given) if given else 1.0
        k = len(SEEDS)
        print(f"  at {threshold:.2f}: given {len(given) / k:.1f}, right {right / k:.1f}, "
              f"wrong {(len(given) - right) / k:.1f}, precision {precision[threshold]:.3f}")
    bins: dict[int, list[bool]] = defaultdict(list)
    for p, code, gold in scored:
        bins[min(int(p * 10), 9)].append(code == gold)
    print("  reliability (surest state): bin, people, share right")
    for b in sorted(bins):
        share = sum(bins[b]) / len(bins[b])
        print(f"    {b / 10:.1f}-{(b + 1) / 10:.1f}  {len(bins[b]) / len(SEEDS):5.1f}  {share:.3f}")
    return precision


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--precision", type=float, default=0.9)
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    rows = people(args.shared)
    threshold = 0.5
    if args.folds > 1:
        precision = report(cross_validated(rows, args.folds))
        threshold = min((t for t in THRESHOLDS if precision[t] >= args.precision), default=THRESHOLDS[-1])
        print(f"threshold: {threshold}")
    model = fit(rows)
    model["threshold"] = threshold
    model["info"] = {"trained_on": "whole-article gold, dev and train splits: people the rules left without a "
                                   "country", "people": len(rows), "C": C,
                     "script": "scripts/train_person_country.py"}
    print(json.dumps(model["weights"], indent=1, sort_keys=True))
    if not args.no_write:
        person_country.MODEL_PATH.write_text(json.dumps(model, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        print(f"wrote {person_country.MODEL_PATH}")


if __name__ == "__main__":
    main()

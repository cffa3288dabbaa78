"""Build src/politika/data/models/event_arguments.json: the learned argument scorer (politika.nlp.event_arguments).

    .venv/bin/pip install -e '.[train]'
    .venv/bin/python scripts/train_event_arguments.py --shared ../shared            # about a minute on 2 cores
    .venv/bin/python scripts/train_event_arguments.py --shared ../shared --cv-only  # the cross-validation only

Training data (docs/events.md, "The argument scorer"): the whole-article gold set's dev and train articles (NAEB,
AEB and the PolNeAR train batch), without the 20 train articles the trigger model leaves out
(``scripts/event_triggers_left_out.txt``), which stay unseen, to check the scorer on. The test half and the fresh
split are never read. Each article is analysed with the scorer off; each event shown at the views' default
confidence that matches a gold event (``politika.eval.articles.event_matches``, as the eval matches) and has an empty
side gives one example per candidate actor of its sentence (``event_arguments.candidates``): 1 where the actor is
right for the gold event's side as the eval judges it (``_side_right``), else 0 (also where the gold side is empty:
filling it would make it wrong).

C and the threshold are chosen by 5-fold cross-validation by article; the script prints, per threshold, how many
empty sides the best candidate would fill, how many of those become right, and how many were right empty (the gold
side is empty too) and would become wrong; and the out-of-fold reliability of the filled sides.
"""

from __future__ import annotations

import argparse
import json
import random
from collections import defaultdict
from pathlib import Path
from typing import Any

from politika.eval.article_gold import TRAINED_SETS, article_text, training_articles
from politika.eval.articles import _side_right, event_matches
from politika.nlp.event_arguments import SIDES, candidates
from politika.plover import DEFAULT_MIN_CONFIDENCE

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "politika" / "data" / "models" / "event_arguments.json"
LEFT_OUT = Path(__file__).with_name("event_triggers_left_out.txt")
C = 0.3
THRESHOLD = 0.6

# (article id, side key, features, label, the side right while empty)
Row = tuple[str, tuple[str, int, str], list[str], int, bool]


def examples(records: list[tuple[str, str, dict[str, Any], dict[str, Any]]]) -> list[Row]:
    """The candidates of the empty sides of matched shown events, labelled against the gold."""
    rows: list[Row] = []
    for article_id, text, record, gold in records:
        gold_events = gold.get("events", [])
        for number, (event, match) in enumerate(event_matches(record, gold_events, DEFAULT_MIN_CONFIDENCE)):
            if match is None:
                continue
            item = gold_events[match]
            for side in SIDES:
                if event.get(side):
                    continue
                gold_side = item.get(side) or []
                for candidate in candidates(record, text, event, side):
                    right = bool(gold_side) and _side_right(record, [candidate.actor_id], gold_side)
                    rows.append((article_id, (article_id, number, side), list(candidate.features), int(right),
                                 not gold_side))
    return rows


def fit(rows: list[Row], c: float) -> tuple[Any, Any]:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform([dict.fromkeys(r[2], 1) for r in rows])
    return vectorizer, LogisticRegression(C=c, max_iter=5000).fit(matrix, [r[3] for r in rows])


def cross_validated(rows: list[Row], folds: int, c: float) -> list[float]:
    articles = sorted({r[0] for r in rows})
    random.Random(0).shuffle(articles)
    fold = {a: k % folds for k, a in enumerate(articles)}
    out = [0.0] * len(rows)
    for k in range(folds):
        vectorizer, model = fit([r for r in rows if fold[r[0]] != k], c)
        held = [i for i, r in enumerate(rows) if fold[r[0]] == k]
        probabilities = model.predict_proba(vectorizer.transform([dict.fromkeys(rows[i][2], 1) for i in held]))[:, 1]
        for i, p in zip(held, probabilities, strict=True):
            out[i] = float(p)
    return out


def best_per_side(rows: list[Row], probabilities: list[float]) -> list[tuple[float, int, bool]]:
    """Per empty side, the best candidate: (probability, right, the side right while empty)."""
    best: dict[tuple[str, int, str], tuple[float, int, bool]] = {}
    for row, p in zip(rows, probabilities, strict=True):
        if row[1] not in best or p > best[row[1]][0]:
            best[row[1]] = (p, row[3], row[4])
    return list(best.values())


def tally(sides: list[tuple[float, int, bool]], threshold: float) -> dict[str, int]:
    filled = [s for s in sides if s[0] >= threshold]
    right = sum(s[1] for s in filled)
    broken = sum(s[2] for s in filled)
    return {"sides": len(sides), "filled": len(filled), "right": right, "broken": broken, "net": right - broken}


def reliability(sides: list[tuple[float, int, bool]]) -> list[str]:
    bins: dict[int, list[int]] = defaultdict(list)
    for p, right, _ in sides:
        bins[min(int(p * 10), 9)].append(right)
    return [f"  {k / 10:.1f}-{(k + 1) / 10:.1f}: {len(v):4d} sides, {sum(v) / len(v):.3f} right"
            for k, v in sorted(bins.items()) if k >= 3]


def analysed(shared: Path, sets: tuple[str, ...], leave_out: set[str]) -> list[tuple[str, str, dict[str, Any],
                                                                                        dict[str, Any]]]:
    from politika.nlp.pipeline import NlpInput, analyse
    from politika.settings import component_config

    chosen = [(a, g) for a, g in training_articles(("dev", "train"), sets) if a.id not in leave_out and g]
    texts = [article_text(shared, a) for a, _ in chosen]
    config = component_config()
    config["events"] = {**config.get("events", {}), "arguments": False}
    records = analyse([NlpInput(id=a.id, text=t) for (a, _), t in zip(chosen, texts, strict=True)], config=config)
    return [(a.id, t, r, g) for (a, g), t, r in zip(chosen, texts, records, strict=True)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, required=True)
    parser.add_argument("--sets", nargs="+", default=[*TRAINED_SETS, "polnear"])
    parser.add_argument("--leave-out", type=Path, default=LEFT_OUT, help="article ids not trained on")
    parser.add_argument("--c", type=float, default=C)
    parser.add_argument("--threshold", type=float, default=THRESHOLD)
    parser.add_argument("--cv-only", action="store_true")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    leave_out = {line.strip() for line in args.leave_out.read_text(encoding="utf-8").splitlines()
                 if line.strip() and not line.startswith("#")}
    rows = examples(analysed(args.shared, tuple(args.sets), leave_out))
    print(f"{len(rows)} candidates, {sum(r[3] for r in rows)} right, {len({r[1] for r in rows})} empty sides, "
          f"{len({r[0] for r in rows})} articles")
    for c in sorted({0.1, 0.3, 1.0, args.c}):
        sides = best_per_side(rows, cross_validated(rows, 5, c))
        print(f"C {c}: " + "; ".join(f"at {t}: {tally(sides, t)}" for t in (0.4, 0.5, 0.6, 0.7)))
        if c == args.c:
            print("\n".join(reliability(sides)))
    if args.cv_only:
        return
    vectorizer, model = fit(rows, args.c)
    weights = {name: round(float(w), 4) for name, w in zip(vectorizer.get_feature_names_out(), model.coef_[0],
                                                           strict=True) if abs(w) >= 1e-3}
    args.out.write_text(json.dumps({"weights": dict(sorted(weights.items())),
                                    "intercept": round(float(model.intercept_[0]), 4), "threshold": args.threshold,
                                    "info": {"c": args.c, "sets": args.sets, "articles": len({r[0] for r in rows}),
                                             "candidates": len(rows), "script": "scripts/train_event_arguments.py"}},
                                   separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({len(weights)} weights)")


if __name__ == "__main__":
    main()

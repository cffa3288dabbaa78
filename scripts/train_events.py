"""Build src/politika/data/models/events.json: the PLOVER verb lexicon and the event-type classifier.

    .venv/bin/pip install scikit-learn   # or: pip install -e '.[train]'
    .venv/bin/python scripts/train_events.py --shared ../shared

1. Lexicon: every verb group of the CAMEO 2.0 verb pattern dictionary (shared/eval/events/CAMEO.2.0.verbs.txt,
   MIT) with its default CAMEO code and its object patterns, each code mapped to a PLOVER 2.0 (type, mode) with
   :func:`politika.plover.cameo_to_plover`: the CAMEO→PLOVER table (CAMEO2PLOVER-2021.txt) plus its fixes (CAMEO's
   01/02 statement and appeal codes, which the table leaves out, and modes the 2021 table names that PLOVER 2.0 no
   longer has).
2. Classifier: scikit-learn logistic regression over ``trigger_features`` of every verb of the PLV_train.tsv
   sentences in folds 1-4 (``plv_fold``; fold 0, a fifth by sentence, is held out for the eval). The gold trigger
   of a sentence is the lowest verb that governs both the gold source and the gold target; every other verb
   is ``NONE``. The GSR is never trained on.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

from politika.plover import cameo_to_plover, read_cameo_map

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "politika" / "data" / "models" / "events.json"


def _word(raw: str) -> list[str]:
    raw = raw.strip("(){}$+%^").lower()
    return [w for w in raw.replace("_", " ").split() if w]


def read_cameo_verbs(path: Path, table: dict[str, tuple[str, str | None]]) -> dict[str, Any]:
    synsets: dict[str, set[str]] = defaultdict(set)
    blocks: list[dict[str, Any]] = []
    verb_blocks: dict[str, list[int]] = defaultdict(list)
    current_syn: str | None = None
    in_verbs = False
    block: dict[str, Any] | None = None
    for raw_line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw_line.split("#", 1)[0].rstrip()
        if "VERB PATTERNS" in raw_line:
            in_verbs = True
            continue
        if not line.strip():
            continue
        if not in_verbs:
            if line.startswith("&"):
                current_syn = line.strip()
            elif line.startswith("+") and current_syn:
                words = _word(line[1:])
                if words:
                    synsets[current_syn].add(words[-1])
            continue
        header = re.match(r"^---\s+(\S+)\s+\[([^\]]*)\]\s+---", line)
        if header:
            default = cameo_to_plover(header.group(2), table)
            block = {"default": list(default) if default else None, "patterns": []}
            blocks.append(block)
            continue
        if block is None:
            continue
        if line.startswith("-"):
            pattern = re.match(r"^-\s*(.*?)\s*\[([^\]]*)\]", line)
            if not pattern or "*" not in pattern.group(1):
                continue
            after = pattern.group(1).split("*", 1)[1].split()
            code = cameo_to_plover(pattern.group(2), table)
            if code is None or not after:
                continue
            elements: list[list[str]] = []
            for item in after[:2]:
                if item.strip("({").startswith("&"):
                    alts = sorted(synsets.get(item.strip("(){}$+%"), set()))
                else:
                    alts = _word(item)[-1:]
                if alts:
                    elements.append(alts)
            if elements:
                block["patterns"].append([elements, code[0], code[1]])
            continue
        verb = line.split("{")[0].strip().split()
        if not verb or not re.match(r"^[A-Z_'-]+$", verb[0]):
            continue
        lemma = verb[0].lower().replace("_", " ").strip()
        index = len(blocks) - 1
        if index not in verb_blocks[lemma]:
            verb_blocks[lemma].append(index)
    return {"blocks": blocks, "verb_blocks": dict(verb_blocks)}


def gold_trigger(doc: Any, text: str, source: str, target: str) -> int | None:
    from politika.eval.plover import locate

    heads = []
    for needle in (source, target):
        span = locate(text, needle) if needle else None
        if span is None:
            continue
        char_span = doc.char_span(span[0], span[1], alignment_mode="expand")
        if char_span is not None:
            heads.append(char_span.root)
    if not heads:
        return None
    ancestors = [[heads[0], *heads[0].ancestors]]
    chain = ancestors[0]
    if len(heads) > 1:
        other = {t.i for t in [heads[1], *heads[1].ancestors]}
        chain = [t for t in chain if t.i in other]
    from politika.nlp.events import REPORTING_LEMMAS, main_predicate

    for token in chain:
        if token.pos_ in ("VERB",) or (token.pos_ == "AUX" and token.dep_ == "ROOT"):
            if token.lemma_.lower() in REPORTING_LEMMAS:  # "X said it would attack": the event is "attack"
                inner = main_predicate(token.sent) if token.dep_ == "ROOT" else None
                return int(inner.i) if inner is not None else None
            return int(token.i)
    return None


def train(shared: Path, model_name: str | None) -> dict[str, Any]:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    from politika.eval.plover import read_plv
    from politika.nlp.event_lexicon import NONE, model_from_dict, trigger_features
    from politika.nlp.events import REPORTING_LEMMAS
    from politika.nlp.pipeline import load_pipeline

    events = shared / "eval" / "events"
    table = read_cameo_map(events / "CAMEO2PLOVER-2021.txt")
    data = read_cameo_verbs(events / "CAMEO.2.0.verbs.txt", table)
    model = model_from_dict(data)
    nlp = load_pipeline(model_name, ())
    rows = [r for r in read_plv(events / "PLV_train.tsv") if r.fold != 0]
    x: list[dict[str, float]] = []
    y: list[str] = []
    found = 0
    for row, doc in zip(rows, nlp.pipe(r.text for r in rows), strict=True):
        trigger = gold_trigger(doc, row.text, row.source, row.target)
        found += trigger is not None
        for token in doc:
            if (token.pos_ != "VERB" or token.lemma_.lower() in REPORTING_LEMMAS) and token.i != trigger:
                continue
            x.append(dict.fromkeys(trigger_features(token, model), 1.0))
            y.append(row.event if token.i == trigger else NONE)
    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform(x)
    # C 2 stays: on PLV folds 1-4 out of fold (trained on three, the events layer scored on the fourth; docs/events.md)
    # C 4 scored a little higher (micro .750 vs .747, pairs .606 vs .599) and balanced class weights higher still
    # (.755 / pairs .619), but C 4 no longer finds "said they would boycott" and balanced weights report more events
    # (whole-article dev precision 0.899 -> 0.885)
    classifier = LogisticRegression(C=2.0, max_iter=3000)
    classifier.fit(matrix, y)
    names = vectorizer.get_feature_names_out()
    weights: dict[str, list[list[float]]] = {}
    for column, name in enumerate(names):
        pairs = [[int(k), round(float(classifier.coef_[k, column]), 3)] for k in range(len(classifier.classes_))
                 if abs(classifier.coef_[k, column]) >= 0.02]
        if pairs:
            weights[str(name)] = pairs
    data["classifier"] = {"classes": [str(c) for c in classifier.classes_],
                          "bias": [round(float(b), 4) for b in classifier.intercept_], "weights": weights}
    data["info"] = {"trained_on": "PLV_train.tsv folds 1-4 (plv_fold != 0)", "sentences": len(rows),
                    "gold_triggers_found": found, "examples": len(y), "features": len(weights),
                    "lexicon": "CAMEO.2.0.verbs.txt (MIT, Open Event Data Alliance) via CAMEO2PLOVER-2021.txt"}
    return data


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--model", default=None, help="spaCy pipeline (default: politika's)")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    data = train(args.shared, args.model)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(data, separators=(",", ":"), sort_keys=True), encoding="utf-8")
    print(f"wrote {args.out} ({args.out.stat().st_size / 1e6:.2f} MB): {data['info']}", file=sys.stderr)


if __name__ == "__main__":
    main()

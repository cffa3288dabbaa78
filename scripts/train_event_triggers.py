"""Build src/politika/data/models/event_triggers.npz: the learned event-trigger model (politika.nlp.event_model).

    .venv/bin/pip install -e '.[train]'
    .venv/bin/python scripts/train_events.py --shared ../shared           # the lexicon and rule classifier first
    .venv/bin/python scripts/train_event_triggers.py --shared ../shared   # then this (about 3 minutes on 2 cores)

Training data (docs/events.md, "The trigger model"):

- the **dev** half of the whole-article gold set (``articles_gold/index.json`` split ``dev``; texts from ../shared)
  and its **train** split (articles annotated later for training only; ``--splits dev`` leaves them out). The
  cross-validations hold out dev articles only; train articles are in every fold's training data:
  every candidate (verb or common noun outside a name) is an example; the root token of a gold trigger is
  labelled with the gold type, every other candidate ``NONE`` (tokens inside a longer gold trigger are left out);
- **PLV_train.tsv folds 1-4** (``plv_fold != 0``; fold 0 is held out for ``politika eval events``): the verb that
  governs the gold source and target is labelled with the gold type (PLV's YIELD is RETREAT for material verbs,
  CONCEDE otherwise, as the rule layer reads it), the sentence's other verbs ``NONE``; weighted ``--plv-weight``.

The test half of the whole-article set and the PLOVER GSR are never read. Settings (C, the PLV weight) are chosen
by 5-fold cross-validation over the dev articles (grouped by article, PLV always in training), scored as
``politika eval articles`` scores: an event matches a gold event of its sentence and type. The Platt calibration
of the confidence is fitted on the out-of-fold predictions, which also give the reliability table.
"""

from __future__ import annotations

import argparse
import math
import pickle
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from politika.eval.article_gold import TEXT_FILES, TRAINED_SETS

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "politika" / "data" / "models" / "event_triggers.npz"  # the sparse model (--no-dense)
OUT_MINILM = OUT.with_name("event_triggers_minilm.npz")  # with MiniLM word vectors (the default)
LATE_TRAIN = Path(__file__).with_name("event_triggers_left_out.txt")
sys.path.insert(0, str(Path(__file__).resolve().parent))


@dataclass
class Example:
    features: list[str]
    dense: np.ndarray
    label: str
    group: str  # the article id (dev) or "plv"
    sentence: tuple[int, int]  # character span of the sentence
    start: int  # the trigger's first character
    ambiguous: bool = False  # left out of training (see mark_ambiguous)
    text: str = ""  # the sentence's text (the fine-tuned encoder reads it: train_event_encoder.py)
    span: tuple[int, int] = (0, 0)  # the candidate word's characters in ``text``


@dataclass
class Corpus:
    examples: list[Example] = field(default_factory=list)
    gold: dict[str, list[tuple[tuple[int, int], str]]] = field(default_factory=dict)  # article -> (sent, type)
    train_only: set[str] = field(default_factory=set)  # "train" split articles: always trained on, never held out
    vectors: str = "tok2vec"  # what the examples' dense block holds: "minilm" or "tok2vec" (event_model.dense_features)
    stories: dict[str, int] = field(default_factory=dict)  # article -> story (--story-folds; story_groups)

    def held_out_pool(self) -> list[str]:
        """The articles the cross-validations hold out, fold by fold: the dev articles (sorted)."""
        return sorted(a for a in self.gold if a not in getattr(self, "train_only", set()))

    def folds(self, k: int) -> list[tuple[set[str], set[str]]]:
        """The cross-validations' folds: (the dev articles held out, the articles left out of training). By article
        (sorted ids, every ``k``-th; what is held out is what is left out) or, where ``stories`` is set, by story:
        the dev articles of one story are held out together (stories dealt largest first to the fold with the
        fewest articles) and a train article of a held-out story is left out of that fold's training."""
        articles = self.held_out_pool()
        stories = self.stories
        if not stories:
            return [(held, held) for held in ({a for i, a in enumerate(articles) if i % k == fold}
                                              for fold in range(k))]
        groups: dict[int, list[str]] = defaultdict(list)
        for article in articles:
            groups[stories[article]].append(article)
        sizes = [0] * k
        fold_of: dict[int, int] = {}
        for story, members in sorted(groups.items(), key=lambda item: (-len(item[1]), min(item[1]))):
            fold_of[story] = min(range(k), key=lambda j: (sizes[j], j))
            sizes[fold_of[story]] += len(members)
        out = []
        for fold in range(k):
            held = {a for a in articles if fold_of[stories[a]] == fold}
            told = {stories[a] for a in held}
            out.append((held, held | {a for a in self.train_only if stories.get(a) in told}))
        return out


def story_groups(shared: Path, articles: list[str], threshold: float = 0.2) -> dict[str, int]:
    """Articles about the same story, for ``--story-folds``: the connected groups of the articles whose TF-IDF
    vectors (English stop words out, terms in at most half the articles, sublinear counts) have a cosine above
    ``threshold`` (0.2, set by looking at how many groups each threshold makes, not by any score). Two outlets'
    reports of one war, election or trial are one story; a model that memorises context has seen a held-out
    article's story when one of its neighbours is in training."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    from politika.eval.article_gold import article_text, training_articles

    chosen = {a.id: a for a, _ in training_articles(("dev", "train"))}
    texts = [article_text(shared, chosen[a]) for a in articles]
    vectors = TfidfVectorizer(stop_words="english", max_df=0.5, sublinear_tf=True).fit_transform(texts)
    from scipy.sparse.csgraph import connected_components

    _, labels = connected_components((vectors @ vectors.T) > threshold, directed=False)
    return {a: int(label) for a, label in zip(articles, labels, strict=True)}


def _component() -> Any:
    from politika.nlp.event_lexicon import load_model
    from politika.nlp.events import DEFAULT_THRESHOLD, EventsComponent

    load_model.cache_clear()
    return EventsComponent(load_model(), DEFAULT_THRESHOLD, None)


def _doc_examples(doc: Any, component: Any, group: str, labels: dict[int, str], skip: set[int],
                  verbs_only: bool = False, vectors: str = "minilm") -> list[Example]:
    from politika.nlp import piece_states
    from politika.nlp.event_model import MINILM, candidate_features, candidates, dense_features, mention_index

    mentions = doc._.politika_mentions or []
    index = mention_index(mentions)
    out = []
    for sent in doc.sents:
        found = component.rule_proposals(sent)
        proposals = {i: (component.rule_type(doc[i], label), p) for i, (label, p) in found.items()}
        tokens = [t for t in candidates(sent) if t.i not in skip and (not verbs_only or t.pos_ == "VERB"
                                                                     or t.i in labels)]
        if not tokens:
            continue
        width = piece_states.WIDTH if vectors == MINILM else doc.tensor.shape[1]
        dense = dense_features(doc, tokens, width, vectors)
        for token, vector in zip(tokens, dense, strict=True):
            features = candidate_features(token, component.model, proposals.get(token.i), index)
            out.append(Example(features, vector.astype(np.float32), labels.get(token.i, "NONE"), group,
                               (sent.start_char, sent.end_char), token.idx, text=sent.text,
                               span=(token.idx - sent.start_char, token.idx - sent.start_char + len(token.text))))
    return out


def build_corpus(shared: Path, model_name: str | None, splits: tuple[str, ...] = ("dev", "train"),
                 vectors: str = "minilm", leave_out: frozenset[str] = frozenset(),
                 sets: tuple[str, ...] | None = TRAINED_SETS) -> Corpus:
    from train_events import gold_trigger

    from politika.eval.article_gold import article_text, training_articles
    from politika.eval.plover import read_plv
    from politika.nlp import modality
    from politika.nlp.event_words import RETREAT_LEMMAS
    from politika.nlp.pipeline import load_pipeline

    nlp = load_pipeline(model_name, ("actors",))
    component = _component()
    corpus = Corpus(vectors=vectors)
    chosen = [(a, g) for a, g in training_articles(splits, sets)  # the test half is never read here
              if a.id not in leave_out]
    corpus.train_only = {a.id for a, _ in chosen if a.split == "train"}
    texts = [article_text(shared, a) for a, _ in chosen]
    lost = 0
    for (article, gold), doc in zip(chosen, nlp.pipe(texts, batch_size=8), strict=True):
        gold = gold or {"events": []}
        labels: dict[int, str] = {}
        skip: set[int] = set()
        for event in gold["events"]:
            span = doc.char_span(event["trigger"][0], event["trigger"][1], alignment_mode="expand")
            if span is None:
                lost += 1
                continue
            root = span.root
            labels[root.i] = event["type"]
            skip.update(t.i for t in span if t.i != root.i)
        corpus.gold[article.id] = [((e["sent"][0], e["sent"][1]), e["type"]) for e in gold["events"]]
        examples = _doc_examples(doc, component, article.id, labels, skip, vectors=vectors)
        seen = {e.start for e in examples if e.label != "NONE"}
        lost += sum(1 for i in labels if doc[i].idx not in seen)
        corpus.examples.extend(examples)
    print(f"{'+'.join(splits)}: {len(chosen)} articles, {len(corpus.examples)} candidates, "
          f"{sum(e.label != 'NONE' for e in corpus.examples)} gold triggers among them, {lost} not candidates",
          file=sys.stderr)
    rows = [r for r in read_plv(shared / "eval" / "events" / "PLV_train.tsv") if r.fold != 0]
    before = len(corpus.examples)
    for row, doc in zip(rows, nlp.pipe((r.text for r in rows), batch_size=64), strict=True):
        trigger = gold_trigger(doc, row.text, row.source, row.target)
        labels = {}
        if trigger is not None:
            label = row.event
            if label == "YIELD":
                token = doc[trigger]
                label = "RETREAT" if token.lemma_.lower() in RETREAT_LEMMAS and not modality.future(token) \
                    else "CONCEDE"
            labels[trigger] = label
        corpus.examples.extend(_doc_examples(doc, component, "plv", labels, set(), verbs_only=True, vectors=vectors))
    print(f"PLV folds 1-4: {len(rows)} sentences, {len(corpus.examples) - before} candidates", file=sys.stderr)
    return corpus


# --- fitting ----------------------------------------------------------------------------------------------------


# The lemma feature ("wp=accuse|VERB") enters the fit with this value instead of 1: its weight is penalised
# lemma_value² times less, so a lemma seen a few times as an event in training can outweigh "no rule proposal"
# ("accused" was an ACCUSE 10 times in 10 on dev, but scored 0.26-0.32 out of fold as 1). The exported weight is
# multiplied by it, so the run-time model (features present = 1) scores the same.
LEMMA_PREFIX = "wp="


def _matrix(examples: list[Example], vocabulary: dict[str, int], scale: float, dense: bool,
            lemma_value: float = 1.0) -> Any:
    from scipy import sparse

    rows, cols, values = [], [], []
    for r, example in enumerate(examples):
        for name in set(example.features):
            c = vocabulary.get(name)
            if c is not None:
                rows.append(r)
                cols.append(c)
                values.append(lemma_value if name.startswith(LEMMA_PREFIX) else 1.0)
    matrix = sparse.csr_matrix((np.array(values, dtype=np.float32), (rows, cols)),
                               shape=(len(examples), len(vocabulary)))
    if not dense:
        return matrix
    return sparse.hstack([matrix, sparse.csr_matrix(np.vstack([e.dense for e in examples]) / scale)]).tocsr()


def mark_ambiguous(corpus: Corpus) -> int:
    """Mark the dev candidates labelled ``NONE`` whose own type cue (:data:`TYPE_CUES`) names a type the gold gives
    their sentence; they are left out of training (not of scoring). The gold marks one trigger per event and the
    eval counts (sentence, type): "launched" in "launched strikes on X" (the gold trigger "strikes"), or a second
    "attack" of a sentence with one ASSAULT, is neither a clear event nor a clear non-event, and training on it as
    ``NONE`` teaches the model to doubt the very cue that found the event. Returns how many were marked."""
    from politika.nlp.event_model import TYPE_CUES  # the rule proposal, lexicon and noun-table types

    marked = 0
    for example in corpus.examples:
        example.ambiguous = False
        if example.group == "plv" or example.label != "NONE":
            continue
        types = {t for sentence, t in corpus.gold[example.group] if sentence[0] <= example.start < sentence[1]}
        cues = {f.split("=", 1)[1].split("|")[0].split(":")[0] for f in example.features if f.startswith(TYPE_CUES)}
        if types & cues:
            example.ambiguous = True
            marked += 1
    return marked


def mark_plv_cued(corpus: Corpus) -> int:
    """Mark the PLV candidates labelled ``NONE`` that have a type cue (:data:`TYPE_CUES`): a PLV sentence codes one
    event, so another verb of it that the lexicon or the rules read as an act ("arrested" beside the coded "charged")
    is not known to be no event. They are left out of training. Returns how many were marked."""
    from politika.nlp.event_model import TYPE_CUES

    marked = 0
    for example in corpus.examples:
        cued = any(f.startswith(TYPE_CUES) for f in example.features)
        if example.group == "plv" and example.label == "NONE" and cued:
            example.ambiguous = True
            marked += 1
    return marked


def vocabulary_of(examples: list[Example], min_count: int = 2) -> dict[str, int]:
    """The sparse features seen in at least ``min_count`` examples, numbered in sorted order."""
    counts = Counter(name for e in examples for name in set(e.features))
    return {name: i for i, name in enumerate(sorted(n for n, k in counts.items() if k >= min_count))}


def fit(examples: list[Example], c: float, plv_weight: float, dense: bool, min_count: int = 2,
        lemma_value: float = 1.0) -> dict[str, Any]:
    from sklearn.linear_model import LogisticRegression

    examples = [e for e in examples if not getattr(e, "ambiguous", False)]
    vocabulary = vocabulary_of(examples, min_count)
    scale = float(np.vstack([e.dense for e in examples]).std()) or 1.0
    x = _matrix(examples, vocabulary, scale, dense, lemma_value)
    y = [e.label for e in examples]
    weights = np.array([plv_weight if e.group == "plv" else 1.0 for e in examples])
    classifier = LogisticRegression(C=c, max_iter=2000)
    classifier.fit(x, y, sample_weight=weights)
    return {"classifier": classifier, "vocabulary": vocabulary, "scale": scale, "dense": dense,
            "lemma_value": lemma_value}


def predict(fitted: dict[str, Any], examples: list[Example]) -> tuple[list[str], np.ndarray]:
    x = _matrix(examples, fitted["vocabulary"], fitted["scale"], fitted["dense"], fitted["lemma_value"])
    return [str(c) for c in fitted["classifier"].classes_], fitted["classifier"].predict_proba(x)


def select(classes: list[str], probabilities: np.ndarray, examples: list[Example]) -> list[tuple[Example, str, float]]:
    """The component's choice: each candidate's best type; one event per (sentence, type), the most probable."""
    best: dict[tuple[tuple[int, int], str], tuple[Example, str, float]] = {}
    none = classes.index("NONE")
    for example, row in zip(examples, probabilities, strict=True):
        masked = row.copy()
        masked[none] = -1
        k = int(masked.argmax())
        key = (example.sentence, classes[k])
        if key not in best or best[key][2] < row[k]:
            best[key] = (example, classes[k], float(row[k]))
    return list(best.values())


def match(chosen: list[tuple[Example, str, float]], gold: list[tuple[tuple[int, int], str]]) -> list[bool]:
    """As politika.eval.articles.score_events: the trigger lies in a gold event's sentence and the type is equal."""
    used: set[int] = set()
    out = []
    for example, label, _ in sorted(chosen, key=lambda c: c[0].start):
        hit = None
        for number, (sentence, gold_type) in enumerate(gold):
            if number not in used and gold_type == label and sentence[0] <= example.start < sentence[1]:
                hit = number
                break
        if hit is not None:
            used.add(hit)
        out.append(hit is not None)
    return out


def cross_validate(corpus: Corpus, c: float, plv_weight: float, dense: bool, folds: int = 5,
                   lemma_value: float = 1.0) -> list[tuple[float, bool, str]]:
    """Out-of-fold (probability, matched, article) of every chosen event, over the dev articles (the train split's
    articles are in every fold's training data)."""
    out: list[tuple[float, bool, str]] = []
    for held, left_out in corpus.folds(folds):
        train = [e for e in corpus.examples if e.group not in left_out]
        test = [e for e in corpus.examples if e.group in held]
        fitted = fit(train, c, plv_weight, dense, lemma_value=lemma_value)
        classes, probabilities = predict(fitted, test)
        out += scored_events(test, classes, probabilities, corpus.gold)
    return out


def scored_events(examples: list[Example], classes: list[str], probabilities: np.ndarray,
                  gold: dict[str, list[tuple[tuple[int, int], str]]]) -> list[tuple[float, bool, str]]:
    """(probability, matched, article) of each event chosen among these examples (``select``, probability 0.1 or
    more), article by article, matched against the article's gold as the eval matches."""
    by_article: dict[str, list[int]] = defaultdict(list)
    for i, e in enumerate(examples):
        by_article[e.group].append(i)
    out = []
    for article, rows in by_article.items():
        chosen = select(classes, probabilities[rows], [examples[i] for i in rows])
        chosen = sorted((c for c in chosen if c[2] >= 0.1), key=lambda c: c[0].start)
        out += [(p, ok, article) for (_, _, p), ok in zip(chosen, match(chosen, gold[article]), strict=True)]
    return out


def curve(oof: list[tuple[float, bool, str]], gold_total: int, thresholds: list[float]) -> list[str]:
    lines = []
    for t in thresholds:
        kept = [ok for p, ok, _ in oof if p >= t]
        tp = sum(kept)
        precision = tp / len(kept) if kept else 0.0
        recall = tp / gold_total
        f1 = 2 * precision * recall / (precision + recall) if tp else 0.0
        lines.append(f"  p>={t:.2f}: predicted {len(kept):4d}  P {precision:.3f}  R {recall:.3f}  F1 {f1:.3f}")
    return lines


def platt(oof: list[tuple[float, bool, str]]) -> tuple[float, float]:
    from sklearn.linear_model import LogisticRegression

    x = np.array([[math.log(max(p, 1e-6) / max(1 - p, 1e-6))] for p, _, _ in oof])
    y = np.array([ok for _, ok, _ in oof])
    model = LogisticRegression(C=100.0).fit(x, y)
    return float(model.coef_[0][0]), float(model.intercept_[0])


def reliability(oof: list[tuple[float, bool, str]], calibration: tuple[float, float]) -> list[str]:
    a, b = calibration
    bins: dict[int, list[bool]] = defaultdict(list)
    confidences: dict[int, list[float]] = defaultdict(list)
    for p, ok, _ in oof:
        p = min(max(p, 1e-6), 1 - 1e-6)
        conf = 1 / (1 + math.exp(-(a * math.log(p / (1 - p)) + b)))
        k = min(int(conf * 10), 9)
        bins[k].append(ok)
        confidences[k].append(conf)
    lines = ["| confidence | events | mean confidence | share right |", "|---|---:|---:|---:|"]
    for k in sorted(bins):
        lines.append(f"| {k / 10:.1f}–{(k + 1) / 10:.1f} | {len(bins[k])} | {np.mean(confidences[k]):.3f} | "
                     f"{np.mean(bins[k]):.3f} |")
    return lines


def export(fitted: dict[str, Any], calibration: tuple[float, float], info: dict[str, Any]) -> bytes:
    from politika.nlp.event_model import TriggerModel, model_to_bytes

    classifier = fitted["classifier"]
    classes = [str(c) for c in classifier.classes_]
    vocabulary = fitted["vocabulary"]
    coef = classifier.coef_
    sparse = {}
    for name, column in vocabulary.items():
        weights = coef[:, column] * (fitted["lemma_value"] if name.startswith(LEMMA_PREFIX) else 1.0)
        if np.abs(weights).max() >= 0.01:
            sparse[name] = weights.astype(np.float64)
    dense = coef[:, len(vocabulary):].T if fitted["dense"] else np.zeros((0, len(classes)))
    model = TriggerModel(classes=classes, bias=classifier.intercept_.astype(np.float64), sparse=sparse,
                         dense=dense, scale=fitted["scale"], calibration=calibration, info=info)
    return model_to_bytes(model)


# The events component's settings recorded in the model (--add-confidence, --add-needs-actor), fold models included.
COMPONENT_SETTINGS: dict[str, Any] = {}


def _fold_model(corpus: Corpus, held: set[str], c: float, plv_weight: float, dense: bool,
                lemma_value: float, left_out: set[str] | None = None) -> Any:
    """The trigger model trained without the articles ``held``: fitted on the other dev articles and PLV, its
    Platt calibration fitted on an inner 4-fold cross-validation over those same other articles (nothing of
    ``held`` is seen)."""
    from politika.nlp.event_model import model_from_bytes

    left_out = left_out or held
    inner = Corpus([e for e in corpus.examples if e.group not in left_out],
                   {a: g for a, g in corpus.gold.items() if a not in left_out}, corpus.train_only - left_out,
                   stories=corpus.stories)
    calibration = platt(cross_validate(inner, c, plv_weight, dense, folds=4, lemma_value=lemma_value))
    fitted = fit(inner.examples, c, plv_weight, dense, lemma_value=lemma_value)
    return model_from_bytes(export(fitted, calibration, {"held_out": sorted(held),
                                                         "vectors": corpus.vectors,
                                                         **COMPONENT_SETTINGS}))


def article_cv(corpus: Corpus, shared: Path, c: float, plv_weight: float, dense: bool, lemma_value: float,
               folds: int = 5, errors: Path | None = None) -> Any:
    """Honest dev figures: k-fold over the dev ARTICLES, end to end. Each fold's articles go through the whole
    pipeline (``politika eval articles``' own scoring) with a trigger model that never saw them (trained on the
    other folds' articles and PLV folds 1-4, calibrated on an inner cross-validation of those); the folds' reports
    are pooled. The folds are those of :func:`cross_validate` (sorted article ids, every ``folds``-th)."""
    from politika.eval.articles import ArticlesReport, evaluate_articles
    from politika.nlp.pipeline import LAYERS, load_pipeline
    from politika.settings import component_config

    nlp = load_pipeline(None, LAYERS, component_config())  # the instance evaluate_articles will use (cached)
    component: Any = nlp.get_pipe("politika_events")
    shipped = component.triggers
    pooled = ArticlesReport("dev, k-fold over articles")
    try:
        for fold, (held, left_out) in enumerate(corpus.folds(folds)):
            component.triggers = _fold_model(corpus, held, c, plv_weight, dense, lemma_value, left_out)
            report = evaluate_articles(shared, split="dev", only=sorted(held), show_errors=errors is not None)
            pooled.articles.extend(report.articles)
            events = report.layers["events"]
            print(f"fold {fold}: {len(held)} articles, events P {events.precision:.3f} R {events.recall:.3f} "
                  f"({events.matched_predicted}/{events.predicted}, {events.matched_gold}/{events.gold})",
                  file=sys.stderr)
    finally:
        component.triggers = shipped
    if errors is not None:
        errors.write_text("\n".join(line for a in pooled.articles for line in [a.id, *a.errors]) + "\n")
    return pooled


def _refresh_derived(corpus: Corpus) -> None:
    """Recompute the derived features of cached examples (they depend on the others only)."""
    from politika.nlp.event_lexicon import load_model
    from politika.nlp.event_model import derived_features

    model = load_model()
    for example in corpus.examples:
        base = [f for f in example.features if not f.startswith(("nlex=", "wa=", "wr="))]
        example.features = base + derived_features(model, base)


def load_corpus(path: Path) -> Corpus:
    """A cached corpus (``--cache``), with the fields an older cache lacks given their defaults (its dense block
    then held tok2vec vectors) and the derived features recomputed."""
    corpus: Corpus = pickle.loads(path.read_bytes())
    corpus.__dict__.setdefault("vectors", "tok2vec")
    corpus.__dict__.setdefault("stories", {})
    for example in corpus.examples:
        example.__dict__.setdefault("ambiguous", False)
    _refresh_derived(corpus)
    return corpus


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--model", default=None, help="spaCy pipeline (default: politika's)")
    parser.add_argument("--out", type=Path, default=None,
                        help=f"default {OUT_MINILM.name}, with --no-dense {OUT.name}")
    parser.add_argument("--cache", type=Path, default=None, help="pickle of the parsed examples (re-used if there)")
    parser.add_argument("--c", type=float, nargs="+", default=[0.3])
    parser.add_argument("--plv-weight", type=float, nargs="+", default=[0.5])
    parser.add_argument("--lemma-value", type=float, default=2.0,
                        help="the lemma feature's value in the fit (1: plain one-hot; 2: shipped)")
    parser.add_argument("--no-dense", action="store_true", help="leave the dense vectors out (the sparse model)")
    parser.add_argument("--vectors", choices=["minilm", "tok2vec"], default="minilm",
                        help="the dense block: MiniLM word vectors (piece_states; shipped) or spaCy's tok2vec")
    parser.add_argument("--drop-ambiguous", action="store_true",
                        help="leave the ambiguous NONE candidates out of training (mark_ambiguous; tried, not shipped)")
    parser.add_argument("--plv-cued", action="store_true",
                        help="leave out of training the PLV verbs labelled NONE that have a type cue "
                             "(mark_plv_cued; tried, not shipped)")
    parser.add_argument("--splits", nargs="+", default=["dev", "train"], choices=["dev", "train"],
                        help="whole-article splits to train on (train: annotated for training only, never held out)")
    parser.add_argument("--sets", nargs="+", default=list(TRAINED_SETS), choices=sorted(TEXT_FILES),
                        help="whole-article gold sets to train on (default: NAEB and AEB, what the shipped model saw; "
                             "add polnear for the 48 PolNeAR train articles of 2026-12-05: tried, not shipped, "
                             "docs/events.md)")
    parser.add_argument("--leave-out", type=Path, default=None,
                        help="a file of article ids (one a line, # comments) never trained on: the shipped model "
                             f"leaves out {LATE_TRAIN.name}, the train articles annotated after it was first made, "
                             "kept as a fresh check")
    parser.add_argument("--cv-only", action="store_true", help="cross-validate, write nothing")
    parser.add_argument("--article-cv", action="store_true",
                        help="k-fold over the dev articles end to end (politika eval articles' scores, each fold "
                             "analysed with a model that never saw it), write nothing")
    parser.add_argument("--errors", type=Path, default=None, help="with --article-cv: the held-out errors to FILE")
    parser.add_argument("--story-folds", action="store_true",
                        help="cross-validate by story, not by article (story_groups: same-story articles together)")
    parser.add_argument("--add-confidence", type=float, default=None,
                        help="recorded in the model: how sure it must be to add an event the rules do not give "
                             "(the events component's min_confidence where not given; shipped: 0.6)")
    parser.add_argument("--add-needs-actor", action="store_true",
                        help="recorded in the model: an event it adds needs an actor (shipped)")
    args = parser.parse_args()
    if args.add_confidence is not None:
        COMPONENT_SETTINGS["add_confidence"] = args.add_confidence
    if args.add_needs_actor:
        COMPONENT_SETTINGS["add_needs_actor"] = True
    if args.cache is not None and args.cache.exists():
        corpus = load_corpus(args.cache)
    else:
        leave_out = frozenset(line.split("#")[0].strip() for line in args.leave_out.read_text().splitlines()
                              if line.split("#")[0].strip()) if args.leave_out else frozenset()
        corpus = build_corpus(args.shared, args.model, tuple(args.splits), args.vectors, leave_out, tuple(args.sets))
        if args.cache is not None:
            args.cache.write_bytes(pickle.dumps(corpus))
    if args.story_folds:
        corpus.stories = story_groups(args.shared, sorted(corpus.gold))
    if args.drop_ambiguous:
        print(f"{mark_ambiguous(corpus)} ambiguous NONE candidates left out of training", file=sys.stderr)
    if args.plv_cued:
        print(f"{mark_plv_cued(corpus)} PLV NONE candidates with a type cue left out of training", file=sys.stderr)
    gold_total = sum(len(corpus.gold[a]) for a in corpus.held_out_pool())  # the articles the CVs score
    dense = not args.no_dense
    if args.article_cv:
        report = article_cv(corpus, args.shared, args.c[0], args.plv_weight[0], dense, args.lemma_value,
                            errors=args.errors)
        print("\n".join(report.table()[:4]))
        return
    thresholds = [0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8]
    results = {}
    for c in args.c:
        for weight in args.plv_weight:
            oof = cross_validate(corpus, c, weight, dense, lemma_value=args.lemma_value)
            results[(c, weight)] = oof
            print(f"C={c} plv_weight={weight} dense={dense} lemma_value={args.lemma_value}: 5-fold CV over the dev "
                  "articles", file=sys.stderr)
            print("\n".join(curve(oof, gold_total, thresholds)), file=sys.stderr)
    if args.cv_only:
        return
    c, weight = args.c[0], args.plv_weight[0]
    oof = results[(c, weight)]
    calibration = platt(oof)
    print(f"Platt calibration a={calibration[0]:.3f} b={calibration[1]:.3f}; reliability (out-of-fold):",
          file=sys.stderr)
    print("\n".join(reliability(oof, calibration)), file=sys.stderr)
    fitted = fit(corpus.examples, c, weight, dense, lemma_value=args.lemma_value)
    info = {"trained_on": f"whole-article gold, sets {'+'.join(args.sets)}, splits {'+'.join(args.splits)} "
                          f"({len(corpus.gold)} articles"
                          f"{f', those in {args.leave_out.name} left out' if args.leave_out else ''}); "
                          "PLV_train.tsv folds 1-4",
            "examples": len(corpus.examples), "C": c, "plv_weight": weight, "dense": dense,
            "features": len(fitted["vocabulary"]), "lemma_value": args.lemma_value,
            "vectors": corpus.vectors if dense else None,
            "ambiguous_left_out": args.drop_ambiguous, **COMPONENT_SETTINGS}
    data = export(fitted, calibration, info)
    out = args.out or (OUT_MINILM if dense and args.vectors == "minilm" else OUT)
    out.write_bytes(data)
    print(f"wrote {out} ({len(data) / 1e6:.2f} MB)", file=sys.stderr)


if __name__ == "__main__":
    main()

"""``politika eval articles``: every NLP layer's precision and recall on whole hand-annotated articles.

The gold set and its rules are in docs/annotation-guidelines.md (the matching rules are its last section and
are implemented here, one function per layer). The dev split may be inspected error by error; the test split
is scored only, and its errors are never listed.

    >>> report = evaluate_articles(Path("../shared"), split="dev")  # doctest: +SKIP
    >>> report.layers["events"].f1  # doctest: +SKIP

``lang="ru"`` scores the Russian gold set instead (texts we wrote, in the repository), which also annotates every
actor mention: the ``actors`` layer (precision of the named mentions, gold mentions found, knowledge-base links).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.lang.ru.stop_words import STOP_WORDS as RU_STOP_WORDS

from politika.errors import InputError
from politika.eval.article_gold import (
    GOLD_SETS,
    HELD_OUT,
    GoldArticle,
    article_text,
    index,
    load_gold,
    text_sha256,
)
from politika.eval.section import Section
from politika.plover import DEFAULT_MIN_CONFIDENCE

__all__ = ["ArticlesReport", "LayerScore", "evaluate_articles", "event_matches", "score_article"]

Span = Sequence[int]
SPLITS = ("dev", "test", "train", "fresh", "all")
# What "all" scores: the two halves the gate reports. "train" articles were annotated later for the learned layers
# only (index.json); they are scored on request (--split train), never by the gate. "fresh" articles (PolNeAR's
# political news, annotated 2026-12-05) are a second held-out set: never trained or tuned on, errors never listed,
# scored on request to choose between models the 14 test articles cannot tell apart.
SCORED = ("dev", "test")
LAYERS = ("events", "attributions", "causal")
RELIABILITY_LAYERS = ("events", "causal")  # the layers whose facts carry a confidence the views filter on
LANGUAGES = tuple(GOLD_SETS)
# The actor mentions whose precision is scored: names, metonyms and places (descriptions, modifiers and
# pronouns are not in the Russian gold's actor layer; a record without kinds has all its mentions scored).
NAMED_KINDS = frozenset({"name", "metonym", "place"})
# spaCy's English and Russian stop words: "head overlap" needs a shared word that carries content (the two lists
# share no word, so each language's texts are scored as with its own list alone)
_STOP = STOP_WORDS | RU_STOP_WORDS
_WORD = re.compile(r"\w+")


@dataclass
class LayerScore:
    """Counts of one layer: predictions and gold items, and how many of each were matched."""

    predicted: int = 0
    gold: int = 0
    matched_predicted: int = 0
    matched_gold: int = 0
    # Extra accuracies over the matches, as [right, total] pairs: actor, recipient, source, polarity.
    extra: dict[str, list[int]] = field(default_factory=dict)

    @property
    def precision(self) -> float:
        return self.matched_predicted / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched_gold / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: LayerScore) -> None:
        self.predicted += other.predicted
        self.gold += other.gold
        self.matched_predicted += other.matched_predicted
        self.matched_gold += other.matched_gold
        for key, (right, total) in other.extra.items():
            mine = self.extra.setdefault(key, [0, 0])
            mine[0] += right
            mine[1] += total

    def count(self, key: str, right: bool) -> None:
        pair = self.extra.setdefault(key, [0, 0])
        pair[0] += int(right)
        pair[1] += 1

    def accuracy(self, key: str) -> float | None:
        right, total = self.extra.get(key, (0, 0))
        return right / total if total else None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"predicted": self.predicted, "gold": self.gold,
                               "matched_predicted": self.matched_predicted, "matched_gold": self.matched_gold,
                               "precision": round(self.precision, 4), "recall": round(self.recall, 4),
                               "f1": round(self.f1, 4)}
        for key, (right, total) in sorted(self.extra.items()):
            out[key] = {"right": right, "total": total, "accuracy": round(right / total, 4) if total else None}
        return out


@dataclass
class ArticleResult:
    """One article's scores, and (dev only) its false positives and misses as readable lines."""

    id: str
    split: str
    layers: dict[str, LayerScore]
    errors: list[str] = field(default_factory=list)
    # every stored event and causal link, whatever its confidence: (confidence, matched a gold item), for the
    # reliability table (``ArticlesReport.reliability``)
    confidences: dict[str, list[tuple[float, bool]]] = field(default_factory=dict)


@dataclass
class ArticlesReport:
    split: str
    articles: list[ArticleResult] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)

    @property
    def layers(self) -> dict[str, LayerScore]:
        total = {name: LayerScore() for name in (*LAYERS, "people")}
        for article in self.articles:
            for name, score in article.layers.items():
                total.setdefault(name, LayerScore()).add(score)
        return total

    def metrics(self, prefix: str = "") -> dict[str, float]:
        out: dict[str, float] = {}
        layers = self.layers
        for name in LAYERS:
            score = layers[name]
            out[f"{prefix}{name}_precision"] = score.precision
            out[f"{prefix}{name}_recall"] = score.recall
            out[f"{prefix}{name}_f1"] = score.f1
        for name, data in self.reliability().items():  # 1 - the expected calibration error: higher is better
            if data["expected_calibration_error"] is not None:
                out[f"{prefix}{name}_calibration"] = round(1.0 - data["expected_calibration_error"], 3)
        for name, key in (("events", "actor"), ("events", "recipient"), ("attributions", "source"),
                          ("causal", "polarity"), ("causal", "kind")):
            value = layers[name].accuracy(key)
            if value is not None:
                out[f"{prefix}{name}_{key}_accuracy"] = value
        people = layers["people"]
        out[f"{prefix}people_found"] = people.recall
        link = people.accuracy("link")
        if link is not None:
            out[f"{prefix}people_link_accuracy"] = link
        country = people.accuracy("country")
        if country is not None:
            out[f"{prefix}people_country_accuracy"] = country
        if "actors" in layers:
            actors = layers["actors"]
            out[f"{prefix}actors_precision"] = actors.precision
            out[f"{prefix}actors_found"] = actors.recall
            actor_link = actors.accuracy("link")
            if actor_link is not None:
                out[f"{prefix}actors_link_accuracy"] = actor_link
        return out

    def reliability(self, bins: int = 10) -> dict[str, dict[str, Any]]:
        """How well the stored confidences say how often a fact is right, per layer (events, causal): every stored
        event and link of the articles (not only those the views show) in ``bins`` equal bins of confidence, each
        with its count, mean confidence and share right (matched a gold item, as the layer's precision counts it,
        with every stored item competing for the gold ones), and the expected calibration error (the bins' mean
        distance between mean confidence and share right, weighted by their counts)."""
        edges = [number / bins for number in range(bins + 1)]
        out: dict[str, dict[str, Any]] = {}
        for layer in RELIABILITY_LAYERS:
            pairs = [pair for article in self.articles for pair in article.confidences.get(layer, [])]
            binned: dict[int, list[tuple[float, bool]]] = {}
            for c, right in pairs:  # [from, to), the last bin holding 1.0 too
                binned.setdefault(min(bisect_right(edges, c) - 1, bins - 1), []).append((c, right))
            rows = []
            gap = 0.0
            for number, inside in sorted(binned.items()):
                mean = sum(c for c, _ in inside) / len(inside)
                share = sum(right for _, right in inside) / len(inside)
                gap += len(inside) * abs(mean - share)
                rows.append({"from": round(edges[number], 2), "to": round(edges[number + 1], 2), "items": len(inside),
                             "mean_confidence": round(mean, 3), "share_right": round(share, 3)})
            out[layer] = {"items": len(pairs), "bins": rows,
                          "expected_calibration_error": round(gap / len(pairs), 3) if pairs else None}
        return out

    def reliability_table(self) -> list[str]:
        lines = []
        for layer, data in self.reliability().items():
            ece = data["expected_calibration_error"]
            lines.append(f"{layer}: {data['items']} stored, expected calibration error "
                         + (f"{ece:.3f}" if ece is not None else "-"))
            lines.append(f"  {'confidence':<11} {'items':>6} {'mean':>6} {'right':>6}")
            for row in data["bins"]:
                lines.append(f"  {row['from']:.1f}-{row['to']:.1f}     {row['items']:>6} "
                             f"{row['mean_confidence']:>6.3f} {row['share_right']:>6.3f}")
        return lines

    def to_dict(self) -> dict[str, Any]:
        return {"split": self.split, "articles": len(self.articles), "missing_gold": self.missing,
                "layers": {name: score.to_dict() for name, score in self.layers.items()},
                "reliability": self.reliability(),
                "per_article": [{"id": a.id, "split": a.split,
                                 **{name: s.to_dict() for name, s in a.layers.items()},
                                 **({"errors": a.errors} if a.errors else {})} for a in self.articles]}

    def table(self) -> list[str]:
        layers = self.layers
        lines = [f"whole articles, {self.split} split: {len(self.articles)} articles"
                 + (f" ({len(self.missing)} without gold yet)" if self.missing else ""),
                 f"{'layer':<13} {'pred':>5} {'gold':>5} {'P':>6} {'R':>6} {'F1':>6}  over the matches"]
        for name in LAYERS:
            s = layers[name]
            extras = ", ".join(f"{key} {right}/{total} = {right / total:.2f}"
                               for key, (right, total) in sorted(s.extra.items()) if total)
            lines.append(f"{name:<13} {s.predicted:>5} {s.gold:>5} {s.precision:>6.3f} {s.recall:>6.3f} "
                         f"{s.f1:>6.3f}  {extras}")
        people = layers["people"]
        link = people.extra.get("link", [0, 0])
        wrong = people.extra.get("wrong_person", [0, 0])
        country = people.extra.get("country", [0, 0])
        lines.append(f"{'people':<13} {'':>5} {people.gold:>5}  found {people.recall:.3f}, "
                     f"linked right {link[0]}/{link[1]}"
                     + (f" = {link[0] / link[1]:.3f}" if link[1] else "")
                     + f", linked to another person {wrong[0]}, right country {country[0]}/{country[1]}"
                     + (f" = {country[0] / country[1]:.3f}" if country[1] else ""))
        if "actors" in layers:
            a = layers["actors"]
            right, total = a.extra.get("link", [0, 0])
            lines.append(f"{'actors':<13} {a.predicted:>5} {a.gold:>5} {a.precision:>6.3f} {a.recall:>6.3f} "
                         f"{a.f1:>6.3f}  mentions: P over named predictions, R = gold found; kb link {right}/{total}"
                         + (f" = {right / total:.3f}" if total else ""))
        lines.append("")
        lines.append(f"{'article':<16} {'split':<5} " + " ".join(f"{n[:6]:>13}" for n in (*LAYERS, "people")))
        for article in self.articles:
            cells = [f"{s.matched_predicted:>3}/{s.predicted:<3}|{s.matched_gold:>2}/{s.gold:<3}"
                     for s in (article.layers[n] for n in LAYERS)]
            p = article.layers["people"]
            cells.append(f"{p.extra.get('link', [0, 0])[0]:>3}/{p.gold:<3}")
            lines.append(f"{article.id:<16} {article.split:<5} " + " ".join(f"{c:>13}" for c in cells))
        lines.append("(cells: matched predictions/predictions | matched gold/gold; people: linked right/gold)")
        return lines


# --- matching ---------------------------------------------------------------------------------------------------


def _overlaps(a: Span | None, b: Span | None) -> bool:
    return a is not None and b is not None and a[0] < b[1] and b[0] < a[1]


def _inside(position: int, span: Span) -> bool:
    return span[0] <= position < span[1]


def _span(obj: dict[str, Any] | None) -> tuple[int, int] | None:
    return (int(obj["start"]), int(obj["end"])) if obj else None


def _content_words(text: str) -> set[str]:
    return {w for w in (m.group().lower() for m in _WORD.finditer(text)) if w not in _STOP and not w.isdigit()}


def _head_overlap(text: str, a: Span | None, b: Span | None) -> bool:
    """Both spans share a content word (the lenient 'head overlap' of the guidelines)."""
    if a is None or b is None or not _overlaps(a, b):
        return False
    shared = (max(a[0], b[0]), min(a[1], b[1]))
    return bool(_content_words(text[shared[0]:shared[1]]))


def _actor_names(record: dict[str, Any], ids: Iterable[str]) -> tuple[set[str], set[str], set[str]]:
    """Name words, country codes and sectors of the record's actors ``ids``."""
    by_id = {a["id"]: a for a in record.get("actors", [])}
    words: set[str] = set()
    countries: set[str] = set()
    sectors: set[str] = set()
    for actor_id in ids:
        actor = by_id.get(actor_id)
        if actor is None:
            continue
        for name in [actor.get("name") or "", *(actor.get("aliases") or [])]:
            words |= _content_words(name)
        if actor.get("country"):
            countries.add(actor["country"])
        if actor.get("sector"):
            sectors.add(actor["sector"])
    return words, countries, sectors


def _side_right(record: dict[str, Any], predicted: list[str], gold: list[dict[str, Any]]) -> bool:
    """An actor (or recipient) side is right when both are empty, or a gold actor shares a name word with a
    predicted one, or a country code (and, where both give one, the sector)."""
    if not predicted and not gold:
        return True
    if not predicted or not gold:
        return False
    words, countries, sectors = _actor_names(record, predicted)
    for actor in gold:
        if _content_words(actor.get("name") or "") & words:
            return True
        if actor.get("country") in countries and (not actor.get("sector") or not sectors
                                                  or actor["sector"] in sectors):
            return True
    return False


def _first_unused(gold: list[dict[str, Any]], used: set[int],
                  matches: Callable[[dict[str, Any]], bool]) -> int | None:
    """The first gold item not matched yet that ``matches`` accepts (called at once, so loop variables are current)."""
    return next((number for number, item in enumerate(gold) if number not in used and matches(item)), None)


def _snippet(text: str, span: Span | None, width: int = 70) -> str:
    if span is None:
        return "-"
    return repr(text[span[0]:span[1]][:width])


def event_matches(record: dict[str, Any], gold: list[dict[str, Any]],
                  min_confidence: float = 0.0) -> list[tuple[dict[str, Any], int | None]]:
    """The record's events at ``min_confidence`` or more, in order, each with the gold event it matches (its index
    in ``gold``) or None: the trigger lies in the gold event's sentence and the type is equal, each gold event
    matched once, by the first event that fits it."""
    used: set[int] = set()
    out: list[tuple[dict[str, Any], int | None]] = []
    for event in record.get("events", []):
        if (event.get("confidence") or 0.0) < min_confidence:
            continue
        trigger = _span(event.get("trigger"))
        kind = event.get("type")
        match = None if trigger is None else _first_unused(
            gold, used, lambda item: item["type"] == kind and _inside(trigger[0], item["sent"]))  # noqa: B023
        if match is not None:
            used.add(match)
        out.append((event, match))
    return out


def score_events(text: str, record: dict[str, Any], gold: list[dict[str, Any]], errors: list[str] | None,
                 min_confidence: float = 0.0) -> LayerScore:
    """Events at ``min_confidence`` or more (those the views show) against the gold events."""
    matches = event_matches(record, gold, min_confidence)
    score = LayerScore(predicted=len(matches), gold=len(gold))
    used = {match for _, match in matches if match is not None}
    for event, match in matches:
        trigger = _span(event.get("trigger"))
        kind = event.get("type")
        score.count("predicted_without_actor", not event.get("actor"))
        if match is None:
            if errors is not None:
                errors.append(f"events FP  {event.get('type')} trigger {_snippet(text, trigger)} "
                              f"in {_snippet(text, _sentence_of(record, trigger), 160)}")
            continue
        score.matched_predicted += 1
        item = gold[match]
        for side in ("actor", "recipient"):
            right = _side_right(record, event.get(side) or [], item.get(side) or [])
            score.count(side, right)
            if not right and errors is not None:
                got = _side_names(_actors_of(record, event.get(side)))
                errors.append(f"events {side.upper()} {kind} trigger {_snippet(text, trigger)}: gold "
                              f"{_side_names(item.get(side) or [])}, got {got} "
                              f"in {_snippet(text, _sentence_of(record, trigger), 160)}")
    score.matched_gold = len(used)
    if errors is not None:
        for number, item in enumerate(gold):
            if number not in used:
                actors = "/".join(a.get("name", "?") for a in item.get("actor") or []) or "-"
                recipients = "/".join(a.get("name", "?") for a in item.get("recipient") or []) or "-"
                errors.append(f"events MISS {item['type']} trigger {_snippet(text, item.get('trigger'))} "
                              f"{actors} -> {recipients} in {_snippet(text, item['sent'], 160)}")
    return score


def _side_names(actors: list[dict[str, Any]]) -> str:
    return "/".join(f"{a.get('name', '?')} ({a.get('country') or '-'})" for a in actors) or "-"


def _actors_of(record: dict[str, Any], ids: list[str] | None) -> list[dict[str, Any]]:
    by_id = _actor_of(record)
    return [by_id[i] for i in ids or [] if i in by_id]


def _sentence_of(record: dict[str, Any], span: Span | None) -> tuple[int, int] | None:
    if span is None:
        return None
    for sentence in record.get("sentences", []):
        if sentence["start"] <= span[0] < sentence["end"]:
            return sentence["start"], sentence["end"]
    return None


def score_attributions(text: str, record: dict[str, Any], gold: list[dict[str, Any]],
                       errors: list[str] | None) -> LayerScore:
    """The claims the views show (confidence at least ``claim_confidence.DEFAULT_MIN_CONFIDENCE``; a record
    without confidences counts whole) against the gold attributions."""
    from politika.nlp.claim_confidence import DEFAULT_MIN_CONFIDENCE

    stored = record.get("attributions", [])
    predictions = [a for a in stored if float(a.get("confidence", 1.0)) >= DEFAULT_MIN_CONFIDENCE]
    score = LayerScore(predicted=len(predictions), gold=len(gold))
    score.extra["stored_under_default_confidence"] = [len(stored) - len(predictions), len(stored)]
    used: set[int] = set()
    names = {a["id"]: _content_words(" ".join([a.get("name") or "", *(a.get("aliases") or [])]))
             for a in record.get("actors", [])}
    for attribution in predictions:
        content, cue = _span(attribution.get("content")), _span(attribution.get("cue"))
        match = _first_unused(gold, used, lambda item: _overlaps(content, item.get("content")) and (  # noqa: B023
            cue is None or item.get("cue") is None or _overlaps(cue, item["cue"])))  # noqa: B023
        if match is None:
            if errors is not None:
                errors.append(f"attrib FP  cue {_snippet(text, cue)} source "
                              f"{_snippet(text, _span(attribution.get('source')))} content {_snippet(text, content)}")
            continue
        used.add(match)
        score.matched_predicted += 1
        item = gold[match]
        source = _span(attribution.get("source"))
        right = (source is None and item.get("source") is None) or _overlaps(source, item.get("source"))
        if not right and attribution.get("source_actor") and item.get("source_name"):
            right = bool(names.get(attribution["source_actor"], set()) & _content_words(item["source_name"]))
        score.count("source", right)
    score.matched_gold = len(used)
    if errors is not None:
        for number, item in enumerate(gold):
            if number not in used:
                errors.append(f"attrib MISS cue {_snippet(text, item.get('cue'))} source "
                              f"{_snippet(text, item.get('source'))} content {_snippet(text, item.get('content'))}")
    return score


def causal_matches(text: str, links: Iterable[dict[str, Any]], gold: list[dict[str, Any]]
                   ) -> list[tuple[dict[str, Any], int | None]]:
    """``links`` in the order given, each with the gold claim it matches (its index in ``gold``) or None: cause and
    effect each share a content word with the claim's, each claim matched once, by the first link that fits it."""
    used: set[int] = set()
    out: list[tuple[dict[str, Any], int | None]] = []
    for link in links:
        cause, effect = _span(link.get("cause")), _span(link.get("effect"))
        match = _first_unused(gold, used, lambda item: _head_overlap(text, cause, item.get("cause"))  # noqa: B023
                              and _head_overlap(text, effect, item.get("effect")))  # noqa: B023
        if match is not None:
            used.add(match)
        out.append((link, match))
    return out


def score_causal(text: str, record: dict[str, Any], gold: list[dict[str, Any]], errors: list[str] | None) -> LayerScore:
    """The layer's claims (links at or above the default confidence, those the causal map and what-if use) against
    the gold; ``kind`` over the matches: insufficient or failed gold claims predicted ``insufficient``, ``-``
    ones ``prevents``, ``+`` ones ``causes`` or ``enables``."""
    from politika.graph.causal_map import DEFAULT_MIN_CONFIDENCE

    stored = record.get("causal", [])
    predictions = [link for link in stored if float(link.get("confidence", 1.0)) >= DEFAULT_MIN_CONFIDENCE]
    score = LayerScore(predicted=len(predictions), gold=len(gold))
    score.extra["stored_under_default_confidence"] = [len(stored) - len(predictions), len(stored)]
    matches = causal_matches(text, predictions, gold)
    used = {match for _, match in matches if match is not None}
    for link, match in matches:
        if match is None:
            if errors is not None:
                errors.append(f"causal FP  {_snippet(text, _span(link.get('cause')))} -> "
                              f"{_snippet(text, _span(link.get('effect')))} "
                              f"({link.get('polarity')}, rule {link.get('rule')}, {link.get('confidence')})")
            continue
        score.matched_predicted += 1
        item = gold[match]
        kind = link.get("kind")
        if item.get("insufficient") or item.get("failed"):
            score.count("insufficient_or_failed_predicted_minus", link.get("polarity") == "-")
            score.count("kind", kind == "insufficient")
        else:
            score.count("polarity", link.get("polarity") == item.get("polarity"))
            score.count("kind", kind == "prevents" if item.get("polarity") == "-" else kind in ("causes", "enables"))
    score.matched_gold = len(used)
    if errors is not None:
        for number, item in enumerate(gold):
            if number not in used:
                errors.append(f"causal MISS {_snippet(text, item.get('cause'))} -> "
                              f"{_snippet(text, item.get('effect'))} ({item.get('polarity')})")
    return score


def _person_actor(record: dict[str, Any], span: Span) -> dict[str, Any] | None:
    """The predicted actor of a gold person: among the actors of the mentions overlapping the gold mention, a
    PERSON first, then the one whose mention overlaps it most ("U.S. Vice President Kamala Harris" is Harris,
    not the "U.S." inside it)."""
    by_id = {a["id"]: a for a in record.get("actors", [])}
    best: tuple[bool, int] | None = None
    chosen = None
    for mention in record.get("mentions", []):
        actor = by_id.get(mention.get("actor") or "")
        if actor is None or not _overlaps((mention["start"], mention["end"]), span):
            continue
        rank = (actor.get("type") == "PERSON", min(mention["end"], span[1]) - max(mention["start"], span[0]))
        if best is None or rank > best:
            best, chosen = rank, actor
    return chosen


def _person_state(actor: dict[str, Any], kb: Any) -> str | None:
    """The state a predicted person belongs to, as the gold's ``country`` gives it: the actor's code when it is
    a state's, else (a UN or NATO official, coded UNO or IGO for what they act for) the knowledge base's
    country of the person, else none."""
    for code in (actor.get("country"), _kb_country(actor, kb)):
        if code and kb.country(code) is not None:
            return str(code)
    return None


def _kb_country(actor: dict[str, Any], kb: Any) -> str | None:
    entity = kb.get(actor["kb_id"]) if actor.get("kb_id") else None
    return entity.country if entity is not None else None


def _same_person_added(actor: dict[str, Any], item: dict[str, Any], kb: Any) -> bool:
    """A person the knowledge base did not hold when the gold was annotated (gold ``kb`` null), linked to an
    entry added since: right when that entry has the gold name and the gold country."""
    from politika.kb import normalise_name

    entity = kb.get(actor["kb_id"]) if actor.get("kb_id") else None
    if entity is None or item.get("kb") is not None or not item.get("name") or not item.get("country"):
        return False
    name = normalise_name(str(item["name"]))
    return " " in name and entity.country == item["country"] and \
        name in {normalise_name(n) for n in entity.names()}


def score_people(text: str, record: dict[str, Any], gold: list[dict[str, Any]], errors: list[str] | None) -> LayerScore:
    """``gold``/``matched_gold``: gold people and those found (an actor mention covers the gold mention);
    ``link``: found people whose kb id is the gold one (None = None is right; an entry added to the knowledge
    base after the gold was made is right when it has the gold name and country); ``wrong_person``: linked to a
    knowledge-base entry that is not the gold one; ``country``: every gold person (a miss counts wrong) whose
    predicted actor belongs to the gold country (see :func:`_person_state`; none = none is right)."""
    from politika.kb import KnowledgeBase

    kb = KnowledgeBase.load()
    score = LayerScore(gold=len(gold))
    for item in gold:
        span = item["mention"]
        actor = _person_actor(record, span)
        if actor is None:
            score.count("country", False)
            if errors is not None:
                errors.append(f"people MISS {item.get('name')} ({item.get('kb')}) at {_snippet(text, span)}")
            continue
        score.matched_gold += 1
        predicted = actor.get("kb_id")
        right = predicted == item.get("kb") or _same_person_added(actor, item, kb)
        score.count("link", right)
        score.count("wrong_person", bool(predicted) and not right)
        if not right and errors is not None:
            errors.append(f"people LINK {item.get('name')}: gold {item.get('kb')}, got {predicted} "
                          f"({actor.get('name')})")
        state = _person_state(actor, kb)
        score.count("country", state == item.get("country"))
        if state != item.get("country") and errors is not None:
            errors.append(f"people COUNTRY {item.get('name')}: gold {item.get('country')}, got {state} "
                          f"({actor.get('name')})")
    return score


def _actor_of(record: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {a["id"]: a for a in record.get("actors", [])}


def score_actors(text: str, record: dict[str, Any], gold: list[dict[str, Any]], errors: list[str] | None) -> LayerScore:
    """Actor mentions (the Russian gold's layer): ``predicted``/``matched_predicted``: the record's named mentions
    (:data:`NAMED_KINDS`) with an actor, and those overlapping a gold mention; ``gold``/``matched_gold``: gold
    mentions, and those some predicted mention with an actor overlaps (any kind); ``link`` over the found gold
    mentions: the actor of the predicted mention overlapping most (the shortest on a tie) has the gold ``kb`` (or
    one of ``kb_also``; ``None`` = ``None`` is right)."""
    by_id = _actor_of(record)
    mentions = [m for m in record.get("mentions", []) if m.get("actor") in by_id]
    named = [m for m in mentions if m.get("kind") is None or m["kind"] in NAMED_KINDS]
    spans = [(tuple(span), item) for item in gold for span in item.get("mentions", [])]
    score = LayerScore(predicted=len(named), gold=len(spans))
    for mention in named:
        where = (mention["start"], mention["end"])
        if any(_overlaps(where, span) for span, _ in spans):
            score.matched_predicted += 1
        elif errors is not None:
            actor = by_id[mention["actor"]]
            errors.append(f"actors FP  {_snippet(text, where)} ({mention.get('kind')}) -> {actor.get('name')} "
                          f"({actor.get('kb_id')})")
    for span, item in spans:
        overlapping = [m for m in mentions if _overlaps((m["start"], m["end"]), span)]
        if not overlapping:
            if errors is not None:
                errors.append(f"actors MISS {_snippet(text, span)} = {item.get('name')} ({item.get('kb')})")
            continue
        score.matched_gold += 1
        # the mention overlapping most, and on a tie the tightest ("России" itself, not "президент России")
        best = max(overlapping, key=lambda m: (min(m["end"], span[1]) - max(m["start"], span[0]),
                                               m["start"] - m["end"]))
        predicted = by_id[best["actor"]].get("kb_id")
        right = predicted == item.get("kb") or predicted in (item.get("kb_also") or [])
        score.count("link", right)
        if not right and errors is not None:
            errors.append(f"actors LINK {_snippet(text, span)}: gold {item.get('kb')}, got {predicted} "
                          f"({by_id[best['actor']].get('name')})")
    return score


def stored_confidences(text: str, record: dict[str, Any], gold: dict[str, Any]) -> dict[str, list[tuple[float, bool]]]:
    """Every stored event and causal link of ``record`` with its confidence and whether it matches a gold item:
    events by :func:`event_matches` at confidence 0 (in stored order), links as :func:`score_causal` matches them,
    the surest first (a link stored without a confidence counts as 1, as the map takes it)."""
    events = [(float(event.get("confidence") or 0.0), match is not None)
              for event, match in event_matches(record, gold.get("events", []), 0.0)]
    surest_first = sorted(record.get("causal", []), key=lambda x: -float(x.get("confidence", 1.0)))
    links = [(float(link.get("confidence", 1.0)), match is not None)
             for link, match in causal_matches(text, surest_first, gold.get("causal", []))]
    return {"events": events, "causal": links}


def score_article(text: str, record: dict[str, Any], gold: dict[str, Any], with_errors: bool = False,
                  min_confidence: float | None = None) -> tuple[dict[str, LayerScore], list[str]]:
    """``min_confidence``: events scored (default: the views' ``plover.DEFAULT_MIN_CONFIDENCE``)."""
    errors: list[str] | None = [] if with_errors else None
    threshold = DEFAULT_MIN_CONFIDENCE if min_confidence is None else min_confidence
    layers = {
        "events": score_events(text, record, gold.get("events", []), errors, threshold),
        "attributions": score_attributions(text, record, gold.get("attributions", []), errors),
        "causal": score_causal(text, record, gold.get("causal", []), errors),
        "people": score_people(text, record, gold.get("people", []), errors),
    }
    if "actors" in gold:  # the Russian gold annotates every actor mention
        layers["actors"] = score_actors(text, record, gold["actors"], errors)
    return layers, errors or []


# --- the run ----------------------------------------------------------------------------------------------------


def evaluate_articles(shared: Path | str, split: str = "dev", model: str | None = None,
                      only: Sequence[str] | None = None, show_errors: bool = False,
                      gold_dir: Path | None = None, min_confidence: float | None = None,
                      lang: str = "en") -> ArticlesReport:
    """Analyse the gold articles of ``split`` (dev, test, train, or all: dev and test) from their texts in ``shared``
    and score them.

    ``lang``: the gold set (``en``: the third-party articles whose texts are in ``shared``; ``ru``: the Russian
    articles we wrote, read from the repository). Errors are listed for dev and train articles: the test split is
    scored, never inspected.
    """
    from politika.nlp.pipeline import NlpInput, analyse
    from politika.settings import component_config

    if split not in SPLITS:
        raise InputError("--split", f"unknown split {split!r} (known: {', '.join(SPLITS)})")
    if lang not in GOLD_SETS:
        raise InputError("--lang", f"no gold set for {lang!r} (known: {', '.join(LANGUAGES)})")
    report = ArticlesReport(split=split)
    chosen: list[tuple[GoldArticle, str, dict[str, Any]]] = []
    folder = gold_dir if gold_dir is not None else GOLD_SETS[lang]
    wanted = SCORED if split == "all" else (split,)
    for article in (index() if lang == "en" else index(folder / "index.json")):
        if article.split not in wanted or (only and article.id not in only):
            continue
        gold = load_gold(article, folder)
        if gold is None:
            report.missing.append(article.id)
            continue
        text = article_text(shared, article)
        if text_sha256(text) != gold["sha256"]:
            raise InputError(article.id, "the text in the shared folder is not the one annotated (sha256 differs)")
        chosen.append((article, text, gold))
    language = None if lang == "en" else lang  # the English run as it always was: the pipeline tells by script
    inputs = [NlpInput(id=article.id, text=text, language=language) for article, text, _ in chosen]
    records = analyse(inputs, model=model, config=component_config())
    for (article, text, gold), record in zip(chosen, records, strict=True):
        if "error" in record:
            raise InputError(article.id, f"analysis failed: {record['error']}")
        layers, errors = score_article(text, record, gold, with_errors=show_errors and article.split not in HELD_OUT,
                                       min_confidence=min_confidence)
        report.articles.append(ArticleResult(article.id, article.split, layers, errors,
                                             stored_confidences(text, record, gold)))
    return report


def _gate_metrics(shared: Path, lang: str = "en") -> dict[str, float]:
    """The dev and test halves' metrics, and (English) the fresh split's: a second held-out set the gate scores too,
    never inspected."""
    report = evaluate_articles(shared, split="all", lang=lang)
    out: dict[str, float] = {}
    for split in SCORED:
        part = ArticlesReport(split, [a for a in report.articles if a.split == split])
        out.update(part.metrics(prefix=f"{split}_"))
    out["articles_annotated"] = float(len(report.articles))
    if lang == "en":
        out.update(evaluate_articles(shared, split="fresh").metrics(prefix="fresh_"))
    return out


def _russian_missing() -> str | None:
    from politika.nlp.ru import natasha_available

    return None if natasha_available() else "natasha is not installed: pip install 'politika[ru]'"


SECTION = Section("articles", ("eval/extraction/naeb/news_articles.json", "eval/extraction/aeb/ground-truth.json"),
                  _gate_metrics)
# The Russian gold set: texts we wrote, in the repository, so it needs no shared data; it needs natasha.
SECTION_RU = Section("articles_ru", (), lambda shared: _gate_metrics(shared, "ru"), missing=_russian_missing)

"""The learned argument scorer: a party the rules left out of an event, chosen among the sentence's actors.

The rule layer (``nlp/events.py``) reads an event's actor and recipient off the parse; where it finds none (a
passive with no agent, an argument the parse hangs elsewhere, a party named only through a pronoun the actors
layer resolved), the side stays empty. This scorer looks at each actor the sentence mentions (through the record's
``mentions``: names, and pronouns and descriptions the actors layer linked) and gives the probability that it is
the empty side's party; the best one fills the side when it is at least the model's ``threshold`` sure.

It works on the annotation record alone (ANNOTATION_FORMAT.md), not the parse: the features are the event's type,
which side is asked, the mention's kind and actor type, whether it stands before or after the trigger and how many
words away, the words just before it, and whether a reporting verb, a comma or a quotation mark lies between them.
So the model is trained on exactly what it reads at run time (``scripts/train_event_arguments.py``, on the dev and
train articles of the whole-article gold set; docs/events.md, "The argument scorer").

A filled side is marked on its event: ``"filled": {"recipient": 0.64}`` (the side and the scorer's probability),
a key the record format allows to be added; its span is the chosen mention's. Where the rules found words for the
side but no actor in them ("the mayor of Munich"), only an actor named inside them may fill it, and the words stay
the span: the scorer never overrides the rules' reading. An actor already on the other side is never a candidate,
nor the source of words the event is told in (the record's ``attributions``: the speaker of "the ministry said the
raid was an attack on its people" is no attacker). Without the model file, or where the events component is told
not to (``arguments: false``; the Russian layer does not ask for it), records are left as they are.

>>> record = {"sentences": [{"start": 0, "end": 32}],
...           "mentions": [{"start": 0, "end": 6, "text": "Israel", "actor": "a1", "kind": "name"},
...                        {"start": 27, "end": 31, "text": "Gaza", "actor": "a2", "kind": "place"}],
...           "actors": [{"id": "a1", "type": "GPE", "kind": "country"}, {"id": "a2", "type": "GPE", "kind": "place"}],
...           "events": [{"type": "ASSAULT", "sentence": 0, "actor": ["a1"], "recipient": [],
...                       "trigger": {"start": 7, "end": 15, "text": "launched"}}]}
>>> model = ArgumentModel(weights={"side=recipient|ASSAULT": 2.0, "dir=a|recipient": 1.0}, intercept=-1.0,
...                       threshold=0.6)
>>> fill_arguments(record, "Israel launched strikes on Gaza.", model)
1
>>> record["events"][0]["recipient"], record["events"][0]["filled"]
(['a2'], {'recipient': 0.881})
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from politika.nlp import logistic

MODEL_PATH = Path(__file__).resolve().parents[1] / "data" / "models" / "event_arguments.json"
SIDES = ("actor", "recipient")
# Events whose type and mode take no recipient, which the scorer must not fill: a resignation (PLOVER 2.0 RETREAT
# `resign`) is no act on another party ("McAleenan resigned and Chad Wolf has been named acting secretary").
NO_RECIPIENT = frozenset({("RETREAT", "resign")})
_WORD = re.compile(r"[A-Za-z’']+|[,;:()\"“”]")
_REPORTING = frozenset({"said", "says", "say", "told", "tells", "tell"})
_QUOTES = frozenset({'"', "“", "”"})


@dataclass(frozen=True)
class ArgumentModel:
    """A logistic regression over the features of ``candidates`` (scored by :mod:`politika.nlp.logistic`, as the
    project's other small models are); ``threshold``: the least probability that fills a side."""

    weights: Mapping[str, float]
    intercept: float
    threshold: float

    def probability(self, features: Sequence[str]) -> float:
        return logistic.probability(features, {"weights": self.weights, "intercept": self.intercept})


@dataclass(frozen=True)
class Candidate:
    """An actor of the event's sentence that could fill ``side``: its nearest mention to the trigger."""

    side: str
    actor_id: str
    mention: Mapping[str, Any]
    features: tuple[str, ...]


def _bucket(words: int) -> str:
    return "0" if words == 0 else "1" if words == 1 else "2" if words == 2 else "3-4" if words <= 4 \
        else "5-8" if words <= 8 else "9+"


def candidates(record: Mapping[str, Any], text: str, event: Mapping[str, Any], side: str) -> list[Candidate]:
    """The sentence's actors that could fill ``side`` of ``event`` (not its trigger's words, not an actor of the
    other side, not the source of an attribution whose content holds the trigger; where the rules found words for
    the side, only an actor named inside them), each with its features."""
    trigger = event.get("trigger") or {}
    sentences = record.get("sentences") or []
    number = event.get("sentence")
    if not isinstance(number, int) or not 0 <= number < len(sentences) or trigger.get("start") is None:
        return []
    low, high = sentences[number]["start"], sentences[number]["end"]
    t_start, t_end = int(trigger["start"]), int(trigger["end"])
    other = "recipient" if side == "actor" else "actor"
    taken = set(event.get(other) or [])
    # Whoever says the words the event is told in is not its party for saying them ("The ministry said the strike
    # was an attack on its people": not the ministry's attack).
    speakers = [a["source"] for a in record.get("attributions") or [] if a.get("source") and a.get("content")
                and a["content"]["start"] <= t_start < a["content"]["end"]]
    # Words the rules read as the side's party with no actor linked ("the mayor of Munich") are kept: only an actor
    # named inside them may fill it.
    found = event.get(side + "_spans") or []
    # Words of the other side are not this side's ("Kremlin critic Alexei Navalny was arrested": not the Kremlin's
    # arrest).
    others = event.get(other + "_spans") or []
    nearest: dict[str, Mapping[str, Any]] = {}
    for mention in record.get("mentions") or []:
        actor_id = mention.get("actor")
        if actor_id is None or actor_id in taken or not low <= mention["start"] < high:
            continue
        if (found and not _inside(mention, found)) or _inside(mention, speakers) or _inside(mention, others):
            continue
        if mention["start"] < t_end and t_start < mention["end"]:
            continue
        best = nearest.get(actor_id)
        if best is None or abs(mention["start"] - t_start) < abs(best["start"] - t_start):
            nearest[actor_id] = mention
    actors = {a.get("id"): a for a in record.get("actors") or []}
    count = _bucket(len(nearest))
    out = []
    for actor_id, mention in nearest.items():
        actor = actors.get(actor_id) or {}
        before = mention["end"] <= t_start
        where = "b" if before else "a"
        between = _WORD.findall(text[mention["end"]:t_start] if before else text[t_end:mention["start"]])
        previous = _WORD.findall(text[max(low, mention["start"] - 30):mention["start"]])[-2:]
        features = [f"side={side}|{event.get('type')}", f"kind={mention.get('kind')}|{side}",
                    f"atype={actor.get('type')}|{side}", f"akind={actor.get('kind')}|{side}", f"dir={where}|{side}",
                    f"dist={_bucket(len(between))}|{where}|{side}", f"other_filled={bool(taken)}|{side}",
                    f"spans={bool(event.get(side + '_spans'))}|{side}", f"ncand={count}|{side}"]
        features += [f"prev={word.lower()}|{where}|{side}" for word in previous]
        if previous:
            features.append(f"prev1={previous[-1].lower()}|{where}|{side}")
        lowered = {word.lower() for word in between}
        if lowered & _REPORTING:
            features.append(f"said_between|{side}")
        if "," in lowered:
            features.append(f"comma_between|{side}")
        if lowered & _QUOTES:
            features.append(f"quote_between|{side}")
        out.append(Candidate(side, str(actor_id), mention, tuple(dict.fromkeys(features))))
    return out


def _inside(mention: Mapping[str, Any], spans: Sequence[Mapping[str, Any]]) -> bool:
    """Whether ``mention`` lies within one of ``spans``."""
    return any(s["start"] <= mention["start"] and mention["end"] <= s["end"] for s in spans)


# A quote's own speaker: "I" and "we" do an act told in the quote, "me" and "us" undergo one.
_FIRST_PERSON = {"actor": frozenset({"i", "we"}), "recipient": frozenset({"me", "us"})}


def speaker_sides(record: dict[str, Any]) -> int:
    """An empty side whose only words are a first-person pronoun in a quote (``“I applaud the administration’s
    leadership,” he added``; ``“We met with families of the hostages”``) is the quote's speaker, where the
    attributions layer knows who that is (``source_actor``; the innermost quote holding the pronoun decides). The
    rules do this within a sentence that names its speaker; this reads the record's attributions, so a speaker named
    by "he" or in another sentence counts too. Returns how many sides were filled."""
    quotes = sorted((a for a in record.get("attributions") or [] if a.get("content") and a.get("kind") in
                     ("direct", "mixed")), key=lambda a: a["content"]["end"] - a["content"]["start"])
    filled = 0
    for event in record.get("events") or []:
        for side in SIDES:
            spans = event.get(side + "_spans") or []
            if event.get(side) or len(spans) != 1 or spans[0].get("text", "").lower() not in _FIRST_PERSON[side]:
                continue
            where = spans[0]["start"]
            quote = next((a for a in quotes if a["content"]["start"] <= where < a["content"]["end"]), None)
            speaker = quote.get("source_actor") if quote is not None else None
            other = set(event.get("recipient" if side == "actor" else "actor") or [])
            if speaker is None or speaker in other:
                continue
            event[side] = [speaker]
            filled += 1
    return filled


def fill_arguments(record: dict[str, Any], text: str, model: ArgumentModel | None = None) -> int:
    """Fill the empty sides of the record's events: a quote's first-person pronoun by its speaker
    (:func:`speaker_sides`), then where the scorer is sure enough (see the module's text); returns how many sides
    were filled."""
    filled = speaker_sides(record)
    model = model or load_model()
    if model is None:
        return filled
    for event in record.get("events") or []:
        for side in SIDES:
            if event.get(side) or (side == "recipient" and (event.get("type"), event.get("mode")) in NO_RECIPIENT):
                continue
            scored = [(model.probability(c.features), c) for c in candidates(record, text, event, side)]
            if not scored:
                continue
            probability, best = max(scored, key=lambda item: (item[0], -item[1].mention["start"]))
            if probability < model.threshold:
                continue
            mention = best.mention
            event[side] = [best.actor_id]
            if not event.get(side + "_spans"):  # else the rules' words, which hold the mention, stay the span
                event[side + "_spans"] = [{"start": mention["start"], "end": mention["end"], "text": mention["text"]}]
            event.setdefault("filled", {})[side] = round(probability, 3)
            filled += 1
    return filled


def model_from_json(data: Mapping[str, Any]) -> ArgumentModel:
    """A model stored as the project's small logistic models are (``{"weights", "intercept"}``) with its
    ``threshold``."""
    return ArgumentModel(weights={str(k): float(v) for k, v in data["weights"].items()},
                         intercept=float(data["intercept"]), threshold=float(data["threshold"]))


@lru_cache(maxsize=2)
def load_model(path: Path = MODEL_PATH) -> ArgumentModel | None:
    """The shipped model (``data/models/event_arguments.json``), or None where it is not installed."""
    data = logistic.load_weights(path, {})
    return model_from_json(data) if data.get("weights") else None


__all__ = ["ArgumentModel", "Candidate", "candidates", "fill_arguments", "load_model", "model_from_json"]

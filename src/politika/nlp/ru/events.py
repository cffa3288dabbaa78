"""The Russian events component: PLOVER events read from the UD parse natasha gives, into the same
:class:`~politika.nlp.events.Event` objects (and so the same record) as English.

Registered as the spaCy factory ``politika_ru_events``; it writes ``doc._.politika_events``. Rules, precision first
(the trigger words are in :mod:`politika.nlp.ru.event_lexicon`):

- **Triggers**: a verb of the lexicon ("обстреляли", "задержала", "призвал"); a noun of the lexicon where the
  sentence makes it an event: the object of a light verb ("нанесли удар", "ввели санкции", "провели переговоры"),
  the subject of an occurrence verb ("переговоры состоялись") or a noun with a target ("удар по Харькову",
  "санкции против России"). A trigger under another one is part of it ("пригрозил нанести удар" is one THREATEN
  event, mode violence; "отказался встречаться" one REJECT); "отменить санкции" is no SANCTION.
- **Arguments**: actor = the subject (``nsubj``; of the governing verb for an infinitive or a conjunct), or the agent
  of a passive (``obl:agent``, a bare instrumental); recipient = the object, a passive's subject, or an ``obl`` /
  ``nmod`` with по, против, на, с, к, в. A noun trigger's actor is its light verb's subject or its genitive
  ("атака Украины"); conjuncts are split. Actors are the actors layer's mentions inside those phrases.
- **Modality**: ``negated`` by "не" on the trigger or a verb that governs it; ``future`` by the future tense or a
  governing intention ("намерена", "планирует"); ``hypothetical`` by "бы", "может", "если"; ``reported`` inside
  the clause of a verb of saying.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from politika.nlp.events import Argument, Event
from politika.nlp.ru import event_lexicon as lexicon

_SUBJECTS = ("nsubj", "nsubj:pass")
_PHRASE_DEPS = frozenset({"flat", "flat:name", "flat:foreign", "amod", "nmod", "appos", "compound", "nummod",
                          "det", "case", "fixed"})
_PASSIVE_AUX = ("aux:pass",)
_EMBEDDING_DEPS = frozenset({"xcomp", "obj", "obl", "ccomp", "advcl", "csubj"})
# The event types a noun names as a cause that happened ("из-за обстрелов"); "из-за поездки" is about the trip's
# effects, not a report of it.
HAPPENED_BY_CAUSE = frozenset({"ASSAULT", "SANCTION", "COERCE", "PROTEST"})
# A trigger found without any actor is less sure; its confidence goes down by this much.
NO_ACTOR_PENALTY = 0.1
# A noun trigger found only by its target ("удары по энергетике") is less sure than one with a light verb.
TARGET_ONLY_PENALTY = 0.1


@Language.factory("politika_ru_events", assigns=["doc._.politika_events", "doc._.politika_contexts"],
                  requires=["doc.sents", "token.dep", "token.lemma"])
def make_ru_events_component(nlp: Language, name: str) -> RuEventsComponent:
    return RuEventsComponent()


class RuEventsComponent:
    """spaCy component: the events of a Russian Doc. See the module docstring for the rules."""

    def __call__(self, doc: Doc) -> Doc:
        doc._.politika_events = find_ru_events(doc)
        doc._.politika_contexts = {}
        return doc


def find_ru_events(doc: Doc) -> list[Event]:
    """The events of a Doc parsed by the natasha pipeline, in text order of their triggers."""
    mentions: list[Any] = list(doc._.politika_mentions or []) if Doc.has_extension("politika_mentions") else []
    sentence_of: dict[int, int] = {}
    for number, sent in enumerate(doc.sents):
        for token in sent:
            sentence_of[token.i] = number
    triggers: dict[int, tuple[str, str | None, float, Token | None]] = {}
    for token in doc:
        found = verb_trigger(token) or noun_trigger(token)
        if found is not None:
            triggers[token.i] = found
    events: list[Event] = []
    for index, (kind, mode, prior, light) in sorted(triggers.items()):
        token = doc[index]
        governor = _governing_trigger(token, light, triggers)
        if governor is not None:
            continue  # part of the event that governs it
        mode = _embedded_mode(token, kind, mode, triggers)
        verb = light if light is not None else token
        actor_heads, recipient_heads = _argument_heads(token, light, kind)
        actors = _arguments(doc, actor_heads, mentions)
        recipients = [a for a in _arguments(doc, recipient_heads, mentions)
                      if not any(_same(a, b) for b in actors)]
        confidence = prior
        if not any(a.actor_id for a in actors):
            confidence -= NO_ACTOR_PENALTY
        event = Event(type=kind, mode=mode, trigger=token, sentence=sentence_of.get(index, 0), actors=actors,
                      recipients=recipients, negated=negated(verb), hypothetical=hypothetical(verb),
                      future=future(verb), reported=reported(verb), confidence=round(confidence, 3))
        _attach_place(doc, event, verb, mentions)
        events.append(event)
    return events


def verb_trigger(token: Token) -> tuple[str, str | None, float, Token | None] | None:
    """The type, mode and prior of a verb trigger (no light verb), or None. Participles that only describe a noun
    ("задержанный журналист") are not events."""
    if token.pos_ not in ("VERB", "AUX"):
        return None
    if token.dep_ in ("amod", "acl") and "Part" in token.morph.get("VerbForm", []):
        return None
    if token.lemma_ not in lexicon.VERBS:
        return _construction(token)
    kind, mode, prior = lexicon.VERBS[token.lemma_]
    if kind == "SUPPORT" and any(c.dep_ in ("obj", "nsubj:pass") and c.lemma_ in lexicon.DOCUMENT_NOUNS
                                 for c in token.children):
        kind, mode = "AGREE", None  # "поддержали коммюнике": they agreed to it
    return kind, mode, prior, None


def _construction(token: Token) -> tuple[str, str | None, float, Token | None] | None:
    """A verb that is an event by what goes with it: an attack by its weapon or force ("ракета попала в дом",
    "армия выпустила ракеты", "войска вошли в город"), an easing, an expressed attitude, an alert, a meeting with
    a person, a naming with a negative word."""
    subjects = [c for c in token.children if c.dep_ == "nsubj"] or _inherited_subject(token)
    lemmas = {c.lemma_ for c in token.children if c.dep_ == "obj"} | {c.lemma_ for c in subjects}
    if token.lemma_ in lexicon.WEAPON_VERBS and lemmas & lexicon.WEAPON_NOUNS:
        return "ASSAULT", None, 0.7, None
    if token.lemma_ in lexicon.ENTRY_VERBS and {c.lemma_ for c in subjects} & lexicon.FORCE_NOUNS and any(
            _preposition(c) == "в" for c in token.children if c.dep_ == "obl"):
        return "ASSAULT", None, 0.7, None
    objects = [c for c in token.children if c.dep_ == "obj"]
    object_lemmas = {c.lemma_ for c in objects} | {c.lemma_ for c in token.children if c.dep_ == "nsubj:pass"}
    if token.lemma_ in lexicon.EASING_VERBS and object_lemmas & lexicon.RESTRICTION_NOUNS:
        return "CONCEDE", None, 0.7, None
    if token.lemma_ in lexicon.EXPRESSING_VERBS and object_lemmas & lexicon.DISAPPROVAL_NOUNS:
        return "ACCUSE", "disapprove", 0.7, None
    if token.lemma_ in lexicon.EXPRESSING_VERBS and object_lemmas & lexicon.APPROVAL_NOUNS:
        return "SUPPORT", None, 0.7, None
    for child in token.children:
        if child.dep_ not in ("obl", "nmod") or _preposition(child) != "в":
            continue
        for word in [child, *(g for g in child.children if g.dep_ == "nmod")]:  # "в состояние готовности"
            alert = lexicon.ALERT_PHRASES.get((token.lemma_, word.lemma_))
            if alert is not None:
                return "MOBILIZE", alert, 0.7, None
    if token.lemma_ in lexicon.MEETING_OBJECT_VERBS and any(c.ent_type_ == "PERSON" or _leader(c) for c in objects):
        return "CONSULT", None, 0.6, None
    if token.lemma_ in lexicon.NAMING_VERBS and objects:
        called = [c for c in token.children if c.dep_ in ("obl", "xcomp", "obj") and c not in objects[:1]]
        words = {t.lemma_ for c in called for t in c.subtree}
        if words & lexicon.NEGATIVE_WORDS:
            kind = "REJECT" if objects[0].lemma_ in lexicon.SAID_NOUNS else "ACCUSE"
            return kind, "disapprove" if kind == "ACCUSE" else None, 0.6, None
    return None


def _leader(token: Token) -> bool:
    """"встретил российского лидера", "принял гостя": a person met in an official capacity."""
    return token.lemma_ in {"лидер", "президент", "премьер", "министр", "гость", "делегация", "глава", "канцлер",
                            "генсек", "посол", "премьер-министр"}


def noun_trigger(token: Token) -> tuple[str, str | None, float, Token | None] | None:
    """The type, mode and prior of a noun trigger and its light verb (None when there is none), or None where the
    sentence does not make the noun an event."""
    if token.pos_ != "NOUN" or token.lemma_ not in lexicon.NOUNS:
        return None
    kind, mode, prior = lexicon.NOUNS[token.lemma_]
    head = token.head
    if head.lemma_ in lexicon.UNDOING_VERBS:
        return None
    if token.dep_ in ("obj", "nsubj:pass") and head.lemma_ in lexicon.LIGHT_VERBS and head.lemma_ not in lexicon.VERBS:
        return kind, mode, prior, head
    if token.lemma_ in lexicon.AGREEMENT_NOUNS:
        return None
    if token.dep_ == "nsubj" and head.lemma_ in lexicon.OCCURRENCE_VERBS:
        return kind, mode, prior, None
    preposition = _preposition(token)
    if token.dep_ in ("obl", "nmod") and preposition == "под" and head.lemma_ == "попасть":
        return kind, mode, prior, None  # "под удар попала ГЭС"
    if kind in HAPPENED_BY_CAUSE and token.dep_ in ("obl", "nmod") and (preposition in lexicon.CAUSE_PREPS or (
            preposition is None and head.lemma_ == "результат" and _preposition(head) == "в")):
        return kind, mode, prior - TARGET_ONLY_PENALTY, None  # "из-за обстрелов", "в результате ударов"
    if token.lemma_ in lexicon.VISIT_NOUNS and preposition == "с" and head.pos_ == "VERB":
        return kind, mode, prior, None  # "прибыл с визитом"
    targets = ("по", "против", "на") if kind == "ASSAULT" else ("по", "против")
    if any(_preposition(child) in targets for child in token.children if child.dep_ in ("nmod", "obl")):
        return kind, mode, prior - TARGET_ONLY_PENALTY, None
    if token.lemma_ in lexicon.PARTNER_NOUNS and any(
            _preposition(child) == "с" and _actorlike(child) for child in token.children if child.dep_ == "nmod"):
        return kind, mode, prior - TARGET_ONLY_PENALTY, None  # "на встрече с Путиным"
    return None


def _governing_trigger(token: Token, light: Token | None, triggers: dict[int, Any]) -> Token | None:
    """The trigger this one is part of: the verb trigger whose infinitive or object it is."""
    anchor = light if light is not None else token
    if light is None and token.pos_ == "NOUN" and token.head.i in triggers and token.head.i != token.i:
        return token.head
    if light is None and token.dep_ == "nsubj" and token.head.lemma_ in lexicon.OCCURRENCE_VERBS:
        anchor = token.head  # "прежде чем начнутся переговоры": the clause is the occurrence verb's
    current = anchor
    for _ in range(4):  # "призвал государства арестовать", "потребовал, чтобы Украина отказалась"
        if current.dep_ == "conj" and current.head.dep_ in _EMBEDDING_DEPS:
            current = current.head  # "призывает вернуть ... и освободить"
        if current.dep_ not in _EMBEDDING_DEPS or current.head.i == current.i:
            return None
        if current.dep_ in ("ccomp", "advcl") and _unreal(current):
            return current.head  # in a purpose or condition clause: not an event that happened
        current = current.head
        if current.i in triggers:
            return current
    return None


def _unreal(clause: Token) -> bool:
    return any(c.lower_ in lexicon.UNREAL_MARKS for c in clause.children if c.dep_ == "mark")


def _embedded_mode(token: Token, kind: str, mode: str | None, triggers: dict[int, Any]) -> str | None:
    """A threat's mode from what is threatened: "пригрозил нанести удар" is THREATEN, violence."""
    if token.lemma_ not in lexicon.THREAT_VERBS:
        return mode
    for child in token.children:
        for candidate in [child, *[c for c in child.children if c.dep_ == "obj"]]:
            if candidate.i in triggers and candidate.dep_ in ("xcomp", "obj", "obl"):
                return lexicon.THREAT_MODES.get(triggers[candidate.i][0], mode)
    return mode


def _argument_heads(token: Token, light: Token | None, kind: str) -> tuple[list[Token], list[Token]]:
    verb = light if light is not None else token
    actors: list[Token] = []
    recipients: list[Token] = []
    passive = _passive(verb)
    for child in verb.children:
        dep = child.dep_
        if dep == "nsubj" or (dep == "nsubj:pass" and not passive):
            actors.append(child)
        elif dep == "nsubj:pass":
            recipients.append(child)
        elif dep == "obl:agent" or (passive and dep == "obl" and _bare_instrumental(child)):
            actors.append(child)
        elif child.i != token.i and _recipient(child, kind):
            recipients.append(child)
    if not actors and light is None:
        actors.extend(_inherited_subject(verb))
    if light is not None or token.pos_ == "NOUN":
        for child in token.children:
            if child.dep_ in ("nmod", "obl") and _preposition(child) in ("по", "против", "на", "с"):
                recipients.append(child)
            elif not actors and _actorlike(child) and (child.dep_ == "amod" or (
                    child.dep_ == "nmod" and _preposition(child) is None and "Gen" in child.morph.get("Case", []))):
                actors.append(child)
        if light is not None and not actors:
            actors.extend(_inherited_subject(light))
    return _with_conjuncts(actors), _with_conjuncts(recipients)


def _recipient(child: Token, kind: str) -> bool:
    """An object, or a phrase with a preposition of aim: на only with an actor ("напали на Израиль"), в only to a
    visit's host ("прилетел в Москву"; elsewhere в is a place)."""
    if child.dep_ in ("obj", "iobj"):
        return True
    preposition = _preposition(child)
    if child.dep_ not in ("obl", "nmod") or preposition not in lexicon.RECIPIENT_PREPS:
        return False
    if preposition == "в":
        return kind == "CONSULT" and _actorlike(child)
    return preposition != "на" or _actorlike(child)


def _passive(verb: Token) -> bool:
    return ("Pass" in verb.morph.get("Voice", []) or any(c.dep_ in _PASSIVE_AUX or c.dep_ == "nsubj:pass"
                                                     for c in verb.children))


def _bare_instrumental(token: Token) -> bool:
    return "Ins" in token.morph.get("Case", []) and _preposition(token) is None


def _inherited_subject(verb: Token) -> list[Token]:
    """The subject of the verb an infinitive or a conjunct hangs from ("решил атаковать", "встретился и обсудил")."""
    current = verb
    for _ in range(3):
        if current.dep_ not in ("xcomp", "conj") or current.head.i == current.i:
            return []
        current = current.head
        subjects = [c for c in current.children if c.dep_ in _SUBJECTS]
        if subjects:
            return subjects
    return []


def _with_conjuncts(heads: list[Token]) -> list[Token]:
    out: list[Token] = []
    for head in heads:
        for token in [head, *[c for c in head.children if c.dep_ == "conj"]]:
            if token not in out:
                out.append(token)
    return out


def _preposition(token: Token) -> str | None:
    for child in token.children:
        if child.dep_ == "case":
            return child.lower_
    return None


def _actorlike(token: Token) -> bool:
    return token.ent_type_ in ("PERSON", "ORG", "LOC", "GPE") or token.pos_ == "PROPN" or any(
        c.ent_type_ for c in token.children if c.dep_ in ("amod", "flat", "flat:name"))


def _phrase(head: Token) -> list[Token]:
    """The head and the words that belong to its noun phrase (not its clauses)."""
    out = [head]
    stack = [head]
    while stack:
        current = stack.pop()
        for child in current.children:
            if child.dep_ == "nmod" and _preposition(child) is not None:
                continue  # "нефтебазу в Брянской области": the place is not the argument
            if child.dep_ in _PHRASE_DEPS and child not in out:
                out.append(child)
                stack.append(child)
    return out


def _arguments(doc: Doc, heads: list[Token], mentions: list[Any]) -> list[Argument]:
    out: list[Argument] = []
    for head in heads:
        phrase = {t.i for t in _phrase(head)} - {c.i for c in head.children if c.dep_ == "conj"}
        inside = [m for m in mentions if m.actor is not None and any(m.start <= i < m.end for i in phrase)]
        at_head = [m for m in inside if m.start <= head.i < m.end]
        chosen = at_head or inside[:1]
        if chosen:
            for mention in chosen:
                argument = Argument(doc[mention.start:mention.end], mention.actor.id)
                if not any(_same(argument, a) for a in out):
                    out.append(argument)
        elif head.pos_ in ("NOUN", "PROPN", "PRON"):
            left = min(phrase)
            while doc[left].dep_ in ("case", "punct") and left < head.i:
                left += 1
            argument = Argument(doc[left:max(phrase) + 1], None)
            if not any(_same(argument, a) for a in out):
                out.append(argument)
    return out


def _same(a: Argument, b: Argument) -> bool:
    return a.span.start == b.span.start and a.span.end == b.span.end


def _governors(token: Token) -> list[Token]:
    """The token and the verbs it is the infinitive or complement of, nearest first."""
    out = [token]
    current = token
    for _ in range(4):
        if current.dep_ not in ("xcomp", "obj", "csubj") or current.head.i == current.i:
            break
        current = current.head
        out.append(current)
    return out


def _has_particle(token: Token, words: tuple[str, ...]) -> bool:
    return any(c.lower_ in words for c in token.children if c.dep_ in ("advmod", "aux", "discourse", "mark", "dep"))


def negated(verb: Token) -> bool:
    """"не" on the verb or on a verb that governs it ("не смогли атаковать"), or a governing refusal."""
    chain = _governors(verb)
    return any(_has_particle(t, ("не", "ни")) for t in chain) or any(
        t.lemma_ in lexicon.REFUSAL_VERBS for t in chain[1:])


def future(verb: Token) -> bool:
    chain = _governors(verb)
    if any("Fut" in t.morph.get("Tense", []) for t in chain):
        return True
    if any(c.lemma_ == "быть" and "Fut" in c.morph.get("Tense", []) for t in chain for c in t.children
           if c.dep_ in ("aux", "aux:pass", "cop")):
        return True
    return any(t.lemma_ in lexicon.FUTURE_HEADS for t in chain[1:])


def hypothetical(verb: Token) -> bool:
    chain = _governors(verb)
    if any(_has_particle(t, ("бы", "б")) for t in chain):
        return True
    if any(t.lemma_ in lexicon.HYPOTHETICAL_HEADS and "Past" not in t.morph.get("Tense", []) for t in chain[1:]):
        return True
    return any(c.lower_ == "если" for t in chain for c in t.children if c.dep_ == "mark")


def reported(verb: Token) -> bool:
    current = verb
    for _ in range(5):
        if current.head.i == current.i:
            return False
        if current.dep_ in ("ccomp", "parataxis") and current.head.lemma_ in lexicon.REPORTING_VERBS:
            return True
        current = current.head
    return False


def _attach_place(doc: Doc, event: Event, verb: Token, mentions: list[Any]) -> None:
    recipient_tokens = {i for a in event.recipients for i in range(a.span.start, a.span.end)}
    heads = [verb, event.trigger, *(a.span.root for a in event.recipients)]
    for child in [c for head in heads for c in head.children]:
        if child.dep_ not in ("obl", "nmod") or _preposition(child) not in lexicon.LOCATIVE_PREPS:
            continue
        if child.ent_type_ not in ("LOC", "GPE") or child.i in recipient_tokens:
            continue
        mention = next((m for m in mentions if m.start <= child.i < m.end), None)
        span: Span = doc[mention.start:mention.end] if mention is not None else doc[child.i:child.i + 1]
        event.location = mention.actor.name if mention is not None and mention.actor is not None else span.text
        event.location_country = mention.country if mention is not None else None
        event.location_span = span
        return


__all__ = ["RuEventsComponent", "find_ru_events", "negated", "noun_trigger", "verb_trigger"]

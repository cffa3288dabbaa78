"""The Russian actors component: the same :class:`~politika.nlp.actor_types.Actor` and ``Mention`` objects, and so
the same record, as the English one (:mod:`politika.nlp.actors`), read from the natasha parse.

Registered as the spaCy factory ``politika_ru_actors``. In order:

1. **Names**: the names of :data:`politika.nlp.ru.lexicon.NAMES` and :data:`~politika.nlp.ru.lexicon.SEATS`,
   matched on lemmas ("России", "НАТО", "Кремлю"), then natasha's entities. A seat of power that acts ("Кремль
   заявил", "Москва ответила") stands for its government; after a preposition ("в Москве") it is a place, except a
   building ("в Кремле заявили" is the Kremlin speaking).
2. **People**: a person's name is put in the nominative (:mod:`politika.nlp.ru.names`), transliterated to the Latin
   spellings the knowledge base holds (:mod:`politika.translit`) and ranked and chosen by the same linking rules
   as English (:mod:`politika.nlp.linking`); "Путина" after "Владимир Путин" is the same person.
3. **Titles**: an office before a name ("министр иностранных дел России Сергей Лавров") or in apposition after it
   gives the person a role, a descriptor and, with a country, the link's context; an office without a name
   ("президент России заявил") is the one person of the article who holds it, or stays unresolved.
4. **Groups**: a demonym with a group noun ("российские военные", "украинские власти") is a group coded by country
   and sector; the authorities or government of a country are its government.
"""

from __future__ import annotations

from collections import Counter
from itertools import pairwise

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from politika.kb import KBEntity, KnowledgeBase, normalise_name
from politika.nlp.actor_types import Actor, Mention, Role
from politika.nlp.actors import GROUP_NAME, STATE_SECTORS, ActorRegistry
from politika.nlp.gazetteer import Place, place
from politika.nlp.linking import PersonContext, choose, fuller_names, rank_people
from politika.nlp.ru import lexicon
from politika.nlp.ru.names import nominative
from politika.nlp.ru.natasha import morph_analyzer
from politika.translit import GIVEN_NAMES, sound_key, spellings

for _name in ("politika_actors", "politika_mentions"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)
if not Doc.has_extension("politika_ner_fixes"):
    Doc.set_extension("politika_ner_fixes", default=0)

_LONGEST = 4  # words of the longest name in the lexicon
_TITLE_WINDOW = 6
_MIN_TRANSLITERATED_PLACE = 20_000  # people: a place found only by transliterating its name must be a town at least


@Language.factory("politika_ru_actors",
                  assigns=["doc._.politika_actors", "doc._.politika_mentions", "doc._.politika_ner_fixes"],
                  requires=["doc.ents", "token.dep", "token.lemma"], default_config={"fuzzy": True})
def make_ru_actors_component(nlp: Language, name: str, fuzzy: bool) -> RuActorsComponent:
    return RuActorsComponent(KnowledgeBase.load(), fuzzy=fuzzy)


class RuActorsComponent:
    """spaCy component: the actors of a Russian Doc. See the module docstring for the method."""

    def __init__(self, kb: KnowledgeBase, fuzzy: bool = True) -> None:
        self.kb = kb
        self.fuzzy = fuzzy
        self._names: dict[str, KBEntity | None] = {}
        self._people: dict[tuple[str, str | None, bool], list[tuple[KBEntity, float]]] = {}
        self._sounds: dict[str, list[tuple[str, set[str]]]] | None = None

    def __call__(self, doc: Doc) -> Doc:
        date = doc._.date if Doc.has_extension("date") else None
        mentions = self._name_mentions(doc)
        self._link_people(doc, mentions, date)
        builder = _Builder(self.kb, date)
        for mention in mentions:
            builder.attach(doc, mention)
        taken = {i for m in mentions for i in range(m.start, m.end)}
        for mention in self._nominals(doc, taken):
            if builder.attach_nominal(doc, mention):
                mentions.append(mention)
        mentions += _pronouns(doc, mentions)
        mentions.sort(key=lambda m: (m.start, -m.end))
        builder.finish()
        doc._.politika_mentions = mentions
        doc._.politika_actors = builder.actors
        return doc

    # -- 1. names ----------------------------------------------------------------------------------------

    def _name_mentions(self, doc: Doc) -> list[Mention]:
        mentions: list[Mention] = []
        taken: set[int] = set()
        i = 0
        while i < len(doc):
            found = None
            if doc[i].text[:1].isupper() or doc[i].pos_ == "ADJ":  # "вооружённые силы Украины"
                for size in range(min(_LONGEST, len(doc) - i), 0, -1):
                    span = doc[i:i + size]
                    if not any(t.text[:1].isupper() for t in span):
                        continue
                    key = _lemma_key(span)
                    if key in lexicon.NAMES or key in lexicon.SEATS:
                        found = (span, key)
                        break
            if found is None:
                i += 1
                continue
            span, key = found
            mention = self._lexicon_mention(doc, span, key)
            if mention is not None:
                mentions.append(mention)
                taken.update(range(span.start, span.end))
            i = span.end
        fixes = 0
        for ent in doc.ents:
            if any(j in taken for j in range(ent.start, ent.end)):
                if ent.label_ == "PERSON":
                    fixes += 1
                    # "Президент України Володимир Зеленський": the NER took the country into the name
                    rest = next((j for j in range(ent.end - 1, ent.start - 1, -1) if j in taken), ent.end) + 1
                    if rest < ent.end and doc[rest].text[:1].isupper():
                        mentions.append(Mention(rest, ent.end, "PERSON", "name"))
                continue
            if ent.label_ == "PERSON":
                mentions.append(Mention(ent.start, ent.end, "PERSON", "name"))
            elif ent.label_ in ("LOC", "ORG"):
                entity = self._lookup(ent)
                city = _city(ent) if entity is None and ent.label_ == "LOC" else None
                capital = self._capital(ent, city) if city is not None else None
                if capital is not None:  # "в Дамаске" is Syria, "Нью-Дели ответил" its government, as in English
                    mentions.append(capital)
                    continue
                if city is not None:  # the same actor as the English layer makes of the gazetteer's place
                    mentions.append(Mention(ent.start, ent.end, "GPE", "place", ner_label="LOC",
                                            key=f"place:{city.name}:{city.country}", country=city.country))
                    continue
                label = _label_of(entity) if entity is not None else ent.label_
                mention = Mention(ent.start, ent.end, label, "name", entity=entity)
                if label != ent.label_:
                    mention.ner_label = ent.label_
                mentions.append(mention)
        fixes += _untitled_names(doc, mentions, taken)
        fixes += _join_names(doc, mentions)
        fixes += self._surnames(doc, mentions, taken)
        doc._.politika_ner_fixes = fixes
        return mentions

    def _surnames(self, doc: Doc, mentions: list[Mention], taken: set[int]) -> int:
        """A surname of the article's people that the NER missed in another case ("Сидоренкова критикуют"
        after "Иван Сидоренков"): a person's name too."""
        people = [m for m in mentions if m.label == "PERSON"]
        surnames = {nominative(doc[m.end - 1:m.end]).lower() for m in people if m.end - m.start > 1}
        covered = taken | {i for m in mentions for i in range(m.start, m.end)}
        added = 0
        for token in doc:
            if token.i in covered or not token.text[:1].isupper() or token.pos_ not in ("PROPN", "NOUN"):
                continue
            if token.lemma_ in surnames or nominative(doc[token.i:token.i + 1]).lower() in surnames:
                mentions.append(Mention(token.i, token.i + 1, "PERSON", "name", ner_label="-"))
                added += 1
        return added

    def _lexicon_mention(self, doc: Doc, span: Span, key: str) -> Mention | None:
        ner = next((e.label_ for e in doc.ents if e.start < span.end and span.start < e.end), "-")
        if key in lexicon.NAMES:
            entity = self._entity(lexicon.NAMES[key])
            if entity is None:
                return None
            label = _label_of(entity)
            return Mention(span.start, span.end, label, "name", entity=entity,
                           ner_label=ner if ner != label else None)
        code = lexicon.SEATS[key]
        if code == "EU":
            entity = self._entity("European Union")
            return Mention(span.start, span.end, "ORG", "metonym", entity=entity) if entity is not None else None
        if key not in lexicon.BUILDINGS and _locative(span):
            country = self.kb.country(code)
            return Mention(span.start, span.end, "GPE", "place", entity=country,
                           ner_label=ner if ner != "GPE" else None)
        government = self.kb.government_of(code)
        if government is None:
            return None
        label = "ORG" if key in lexicon.BUILDINGS else "GPE"
        return Mention(span.start, span.end, label, "metonym", entity=government,
                       ner_label=ner if ner != label else None)

    def _capital(self, span: Span, city: Place) -> Mention | None:
        """A country's capital (the knowledge base's capital, the same place of the gazetteer): after a preposition
        its country, else its government, like a seat of :data:`~politika.nlp.ru.lexicon.SEATS`."""
        country = self.kb.country(city.country)
        if country is None or not country.capital or place(country.capital) != city:
            return None
        if _locative(span):
            return Mention(span.start, span.end, "GPE", "place", entity=country, ner_label="LOC")
        government = self.kb.government_of(city.country)
        if government is None:
            return None
        return Mention(span.start, span.end, "GPE", "metonym", entity=government, ner_label="LOC")

    def _entity(self, name: str) -> KBEntity | None:
        if name not in self._names:
            hits = self.kb.lookup(name, fuzzy=False)
            self._names[name] = hits[0][0] if hits and hits[0][1] >= 0.99 else None
        return self._names[name]

    def _lookup(self, span: Span) -> KBEntity | None:
        """A place or body natasha found that the lexicon does not hold: its transliterated name, exactly."""
        for spelling in spellings(_nominal_text(span), limit=4):
            code = self.kb.country_of_name(spelling, fallback=False) if len(spelling) >= 4 else None
            if code is not None and self.kb.country(code) is not None:
                return self.kb.country(code)
            hits = [(e, s) for e, s in self.kb.lookup(spelling, fuzzy=False) if e.type != "PERSON" and s >= 0.99]
            if hits:
                return hits[0][0]
        return None

    # -- 2. people ---------------------------------------------------------------------------------------

    def _link_people(self, doc: Doc, mentions: list[Mention], date: str | None) -> None:
        persons = [m for m in mentions if m.label == "PERSON"]
        countries: Counter[str] = Counter(m.entity.country for m in mentions
                                          if m.entity is not None and m.entity.country and m.label != "PERSON")
        co_mentioned = {m.entity.id for m in mentions if m.entity is not None}
        names = {m.start: nominative(doc[m.start:m.end]) for m in persons}
        words = {m.start: tuple(normalise_name(spellings(names[m.start], limit=1)[0]).split()) if names[m.start]
                 else () for m in persons}
        refs = fuller_names([(m.start, words[m.start]) for m in persons if words[m.start]])
        by_start = {m.start: m for m in persons}
        for mention in persons:
            if mention.start in refs or not words[mention.start]:
                continue
            title = title_before(doc, mention.start, self.kb)
            context = PersonContext(date=date, countries=countries, co_mentioned=co_mentioned,
                                    local_country=title[2] if title else None, local_role=title[1] if title else None,
                                    local_sector=title[3] if title else None)
            spelling, hits = self._person_hits(names[mention.start], date)
            ranked = rank_people(self.kb, spelling, context, lone=len(words[mention.start]) == 1, hits=hits)
            best = choose(ranked)
            mention.entity = best.entity if best is not None else None
            mention.confidence = best.confidence if best is not None else None
            mention.key = "person:" + " ".join(words[mention.start])
        for mention in persons:
            if mention.start in refs:
                fuller = by_start[refs[mention.start]]
                mention.entity, mention.confidence, mention.key = fuller.entity, fuller.confidence, fuller.key

    def _person_hits(self, name: str, date: str | None) -> tuple[str, list[tuple[KBEntity, float]]]:
        """The first Latin spelling of ``name`` the knowledge base knows exactly, else a fuzzy look-up of the
        likeliest spelling: (the spelling, its hits)."""
        options = spellings(name)
        for spelling in options:
            hits = self._cached(spelling, date, False)
            if hits:
                return spelling, hits
        hits = self._by_sound(options[0], {sound_key(o.split()[0]) for o in options if len(o.split()) > 1})
        if hits:
            return options[0], hits
        return options[0], self._cached(options[0], date, self.fuzzy) if self.fuzzy else []

    def _by_sound(self, spelling: str, given: frozenset[str] | set[str] = frozenset()) -> list[tuple[KBEntity, float]]:
        """People whose surname sounds like the transliterated one ("Makron" → Macron, "Sholts" → Scholz) and whose
        given name sounds like one of ``given`` (the sound keys of the given name's spellings: "Emmanuel'"; not
        "Fadi El-Abdalla" → Farooq Abdullah, two people who share a surname's sound): scored as an agreeing surname
        (0.95), a lone surname 0.9 (which then needs context, and at least four sounds)."""
        words = normalise_name(spelling).split()
        if not words:
            return []
        if self._sounds is None:
            self._sounds = _sound_index(self.kb)
        key = sound_key(words[-1])
        if len(words) == 1 and len(key) < 4:
            return []
        found: dict[str, float] = {}
        for entity_id, givens in self._sounds.get(key, []):
            if len(words) == 1:
                found[entity_id] = max(found.get(entity_id, 0.0), 0.9)
            elif givens & (given or {sound_key(words[0])}):
                found[entity_id] = 0.95
        return sorted(((self.kb.entities[i], score) for i, score in found.items()), key=lambda hit: -hit[1])

    def _cached(self, spelling: str, date: str | None, fuzzy: bool) -> list[tuple[KBEntity, float]]:
        key = (spelling, date, fuzzy)
        if key not in self._people:
            if len(self._people) > 50_000:
                self._people.clear()
            self._people[key] = self.kb.lookup(spelling, date=date, types={"PERSON"}, fuzzy=fuzzy)
        return self._people[key]

    # -- 3, 4. offices and groups ------------------------------------------------------------------------

    def _nominals(self, doc: Doc, taken: set[int]) -> list[Mention]:
        out: list[Mention] = []
        for token in doc:
            if token.i in taken or token.pos_ not in ("NOUN", "ADJ"):
                continue
            lemma = token.lemma_
            if lemma in lexicon.GROUP_NOUNS and (token.pos_ == "NOUN" or token.dep_ in ("nsubj", "obj", "obl")):
                code = _demonym_of(token)
                if code is not None:
                    start = min(c.i for c in token.children if c.dep_ == "amod" and c.i < token.i)
                    out.append(Mention(start, token.i + 1, "NORP", "nominal", country=code,
                                       sector=lexicon.GROUP_NOUNS[lemma], key=f"group:{lemma}"))
                    continue
            if lemma in lexicon.OFFICE_WORDS and token.pos_ == "NOUN" and not _before_name(token, taken):
                office = office_at(doc, token, self.kb)
                if office is not None and office[2] is not None:
                    span, role, country, sector = office
                    out.append(Mention(span.start, span.end, "PERSON", "nominal", country=country, sector=sector,
                                       role=role, key=f"role:{role}"))
        return out


# -- titles ----------------------------------------------------------------------------------------------

def title_before(doc: Doc, start: int, kb: KnowledgeBase) -> tuple[Span, str, str | None, str] | None:
    """The office written before a name ("президент России", "глава МИД"): (words, role, country, sector)."""
    first = start
    while first > 0 and start - first < _TITLE_WINDOW:
        token = doc[first - 1]
        if token.is_punct or token.is_space or token.pos_ not in ("NOUN", "ADJ", "PROPN"):
            break
        if token.ent_type_ == "PERSON":
            break
        first -= 1
    if first == start:
        return None
    lemmas = [t.lemma_ for t in doc[first:start]]
    for size in range(len(lemmas), 0, -1):
        for offset in range(len(lemmas) - size + 1):
            office = lexicon.OFFICES.get(tuple(lemmas[offset:offset + size]))
            if office is not None:
                span = doc[first + offset:start]
                country = _country_in(span, kb)
                demonym = _demonym_before(doc, first, first + offset)
                if country is None and demonym is not None:  # "российский министр обороны"
                    span, country = doc[demonym[0]:start], demonym[1]
                return span, office[0], country, office[1]
    return None


def descriptor_before(doc: Doc, start: int) -> tuple[Span, str] | None:
    """A nationality before a name that holds no office ("российский политолог Иван Петров"): (words, country)."""
    first = start
    while first > 0 and start - first < _TITLE_WINDOW:
        token = doc[first - 1]
        if token.is_punct or token.is_space or token.pos_ not in ("NOUN", "ADJ") or token.ent_type_:
            break
        first -= 1
    demonym = _demonym_before(doc, first, start)
    if demonym is None or demonym[0] == start - 1:
        return None  # a demonym right before the name is part of it or modifies it alone
    return doc[demonym[0]:start], demonym[1]


def _demonym_before(doc: Doc, first: int, end: int) -> tuple[int, str] | None:
    for token in doc[first:end]:
        code = lexicon.DEMONYMS.get(token.lemma_)
        if code is not None and code != "EUR" and token.pos_ == "ADJ":
            return token.i, code
    return None


def office_at(doc: Doc, head: Token, kb: KnowledgeBase) -> tuple[Span, str, str | None, str] | None:
    """The office a noun heads ("президент России", "министр иностранных дел Украины") with its country."""
    words = [t for t in head.subtree if t.i >= head.i and not t.is_punct]
    end = head.i + 1
    for token in words[1:]:
        if token.i != end:
            break
        end += 1
    start = min([c.i for c in head.children if c.dep_ == "amod" and c.i < head.i] + [head.i])
    span = doc[start:end]
    lemmas = [t.lemma_ for t in doc[head.i:end]]
    for size in range(len(lemmas), 0, -1):
        office = lexicon.OFFICES.get(tuple(lemmas[:size]))
        if office is not None:
            return span, office[0], _country_in(span, kb), office[1]
    return None


def _country_in(span: Span, kb: KnowledgeBase) -> str | None:
    for token in span:
        if token.lemma_ in lexicon.DEMONYMS and lexicon.DEMONYMS[token.lemma_] != "EUR":
            return lexicon.DEMONYMS[token.lemma_]
        name = lexicon.NAMES.get(token.lemma_)
        code = kb.country_of_name(name) if name else None
        if code is None and token.lemma_ in lexicon.SEATS:
            code = lexicon.SEATS[token.lemma_]
        if code and kb.country(code) is not None:
            return code
    return None


def _before_name(token: Token, taken: set[int]) -> bool:
    """An office that is the title of a name ("президент Путин"): the name's, not an actor of its own."""
    return any(child.i in taken and child.dep_ in ("appos", "flat:name", "nmod") and child.pos_ == "PROPN"
               and child.ent_type_ == "PERSON" for child in token.children) or (
        token.dep_ == "appos" and token.head.ent_type_ == "PERSON")


def _demonym_of(token: Token) -> str | None:
    for child in token.children:
        if child.dep_ == "amod" and child.i < token.i and child.lemma_ in lexicon.DEMONYMS:
            return lexicon.DEMONYMS[child.lemma_]
    return None


_PRONOUN_GENDER = {"он": "Masc", "его": "Masc", "она": "Fem", "её": "Fem", "ее": "Fem"}
_PRONOUN_WINDOW = 2  # sentences before the pronoun's own


def _pronouns(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """ "Она заявила", "по его словам": the person the pronoun stands for, when its gender leaves one person of the
    sentence and the two before it, or one of them is the subject of the sentence before; else nothing."""
    people = [m for m in mentions if m.label == "PERSON" and m.kind == "name" and m.actor is not None]
    sentences = list(doc.sents)
    number = {t.i: n for n, sent in enumerate(sentences) for t in sent}
    out: list[Mention] = []
    for token in doc:
        gender = _PRONOUN_GENDER.get(token.lower_)
        if gender is None or token.pos_ not in ("PRON", "DET") or token.dep_ not in ("nsubj", "det", "nmod:poss"):
            continue
        here = number[token.i]
        window = [m for m in people if m.start < token.i and here - _PRONOUN_WINDOW <= number[m.start] <= here
                  and _gender(doc, m) in (gender, None)]
        actors = {id(m.actor): m for m in window}
        chosen: Mention | None = None
        if len(actors) == 1:
            chosen = window[-1]
        else:
            subjects = [m for m in window if number[m.start] == here - 1 and _is_subject(doc, m)]
            chosen = subjects[-1] if len({id(m.actor) for m in subjects}) == 1 else None
        if chosen is None or chosen.actor is None:
            continue
        mention = Mention(token.i, token.i + 1, "PERSON", "pronoun", actor=chosen.actor)
        chosen.actor.mentions.append(mention)
        out.append(mention)
    return out


def _gender(doc: Doc, mention: Mention) -> str | None:
    values = doc[mention.start].morph.get("Gender", [])
    return str(values[0]) if values and values[0] in ("Masc", "Fem") else None


def _is_subject(doc: Doc, mention: Mention) -> bool:
    root = doc[mention.start:mention.end].root
    while root.dep_ in ("appos", "conj") and root.head.i != root.i:  # "Лавров и Фидан прибыли": both are subjects
        root = root.head
    return root.dep_ in ("nsubj", "nsubj:pass")


def _sound_index(kb: KnowledgeBase) -> dict[str, list[tuple[str, set[str]]]]:
    """The knowledge base's people by the sound of their surname, with the sound keys of their given names."""
    index: dict[str, dict[str, set[str]]] = {}
    for entity in kb.entities.values():
        if entity.type != "PERSON":
            continue
        for name in entity.names():
            words = normalise_name(name).split()
            if len(words) < 2:
                continue
            index.setdefault(sound_key(words[-1]), {}).setdefault(entity.id, set()).add(sound_key(words[0]))
    return {key: list(people.items()) for key, people in index.items()}


def _city(span: Span) -> Place | None:
    """A town or city of the gazetteer: by its Russian name (:data:`~politika.nlp.ru.lexicon.PLACES`), else by a
    transliteration when the place is not a village (a common word transliterated can be one)."""
    known = lexicon.PLACES.get(_lemma_key(span))
    if known is not None:
        return place(known)
    for spelling in spellings(_nominal_text(span), limit=4):
        found = place(spelling)
        if found is not None and found.population >= _MIN_TRANSLITERATED_PLACE:
            return found
    return None


def _untitled_names(doc: Doc, mentions: list[Mention], taken: set[int]) -> int:
    """A name the NER missed ("Джо Байден выступил"): a given name (pymorphy3's Name, or one of the given names
    :mod:`~politika.translit` spells) followed by one or two capitalised proper nouns, none of them another
    mention's."""
    covered = taken | {i for m in mentions for i in range(m.start, m.end)}
    added = 0
    i = 0
    while i < len(doc) - 1:
        end = i + 1
        while end < len(doc) and end - i < 3 and end not in covered and doc[end].pos_ == "PROPN" \
                and doc[end].text[:1].isupper() and doc[end].is_alpha:
            end += 1
        if end > i + 1 and i not in covered and doc[i].text[:1].isupper() and doc[i].pos_ == "PROPN" \
                and _given_name(doc[i].text):
            mentions.append(Mention(i, end, "PERSON", "name", ner_label="-"))
            covered.update(range(i, end))
            added += 1
            i = end
            continue
        i += 1
    return added


def _given_name(word: str) -> bool:
    if word.lower() in GIVEN_NAMES:
        return True
    return any("Name" in parse.tag and parse.tag.POS == "NOUN" for parse in morph_analyzer().parse(word)[:2])


def _join_names(doc: Doc, mentions: list[Mention]) -> int:
    """Two person names the NER split with nothing between them ("Сергій" "Лавров") are one name."""
    people = sorted((m for m in mentions if m.label == "PERSON" and m.kind == "name"), key=lambda m: m.start)
    dropped: set[int] = set()
    for first, second in pairwise(people):
        if second.start == first.end and "\n" not in doc[first.start:second.end].text:
            second.start = first.start
            dropped.add(id(first))
    mentions[:] = [m for m in mentions if id(m) not in dropped]
    return len(dropped)


def _lemma_key(span: Span) -> str:
    return " ".join(t.lemma_.lower() if len(t.text) > 1 and not t.text.isupper() else t.text.lower() for t in span)


def _nominal_text(span: Span) -> str:
    return " ".join(t.lemma_ if t.pos_ in ("PROPN", "NOUN") and t.i == span.root.i else t.text for t in span)


def _locative(span: Span) -> bool:
    root = span.root
    return any(child.dep_ == "case" and child.lower_ in lexicon.LOCATIVE_PREPS for child in root.children)


def _label_of(entity: KBEntity) -> str:
    if entity.type == "PERSON":
        return "PERSON"
    if entity.kind in ("country", "city") or entity.type == "GPE":
        return "GPE"
    return "ORG"


class _Builder(ActorRegistry):
    """Mentions into actors, one per real-world entity of the Doc, as the English builder keys them."""

    def attach(self, doc: Doc, mention: Mention) -> None:
        span = doc[mention.start:mention.end]
        entity = mention.entity
        if entity is not None:
            actor = self.new_actor(f"kb:{entity.id}", entity.name, entity.type, entity.kind, entity,
                                   sector="CVL" if entity.kind == "city" else None)
            if mention.confidence is not None:
                actor.link_confidence = max(actor.link_confidence or 0.0, mention.confidence)
        elif mention.label == "PERSON":
            key = mention.key or f"person:{normalise_name(span.text)}"
            actor = self.new_actor(key, nominative(span), "PERSON", "person")
        elif mention.key is not None and mention.key.startswith("place:"):
            name = mention.key.split(":")[1]
            actor = self.new_actor(mention.key, name, "GPE", "city", country=mention.country, sector="CVL")
        else:
            name = nominative(span) if mention.label == "LOC" else span.text
            kind = "place" if mention.label in ("LOC", "GPE") else "organisation"
            actor = self.new_actor(f"name:{normalise_name(name)}", name, mention.label, kind)
        if mention.label == "PERSON":
            self._title(doc, mention, actor)
        mention.actor = actor
        actor.add_alias(span.text)
        actor.mentions.append(mention)

    def _title(self, doc: Doc, mention: Mention, actor: Actor) -> None:
        found = title_before(doc, mention.start, self.kb) or _title_after(doc, mention, self.kb)
        if found is None:
            described = descriptor_before(doc, mention.start)
            if described is not None and not any(d.start == described[0].start for d in actor.descriptors):
                actor.descriptors.append(described[0])
                if actor.entity is None and actor.country is None:
                    actor.country, actor.country_evidence, actor.country_source = (described[1], described[0],
                                                                                   "descriptor")
            return
        span, role, country, sector = found
        if any(d.start == span.start for d in actor.descriptors):
            return
        actor.descriptors.append(span)
        actor.roles.append(Role(title=span.text, role=role, country=country, sector=sector, evidence=span))

    def attach_nominal(self, doc: Doc, mention: Mention) -> bool:
        span = doc[mention.start:mention.end]
        key = mention.key or ""
        actor: Actor | None = None
        if key.startswith("group:"):
            code, sector = mention.country, mention.sector
            if key.split(":", 1)[1] in lexicon.GOVERNMENT_NOUNS and code:
                government = self.kb.government_of(code)
                if government is not None:
                    actor = self.new_actor(f"kb:{government.id}", government.name, government.type,
                                           government.kind, government)
            if actor is None:
                country = self.kb.country(code) if code else None
                demonym = country.demonyms[0] if country is not None and country.demonyms else (code or "")
                actor = self.new_actor(f"group:{code}:{sector}", f"{demonym} {GROUP_NAME.get(sector or '', 'group')}",
                                       "NORP", "group", country=code, sector=sector)
        elif key.startswith("role:"):
            actor = self._role_holder(mention)
        if actor is None:
            return False
        mention.actor = actor
        actor.mentions.append(mention)
        actor.add_alias(span.text)
        return True

    def _role_holder(self, mention: Mention) -> Actor | None:
        """The one person of the article, named before, who holds the office in that country."""
        wanted = {"head_of_state", "head_of_government"} if mention.role == "leader" else {mention.role}
        found = []
        for actor in self.actors:
            if actor.type != "PERSON" or not actor.mentions or actor.mentions[0].start >= mention.start:
                continue
            held = {(r.country, r.role) for r in (actor.entity.roles_at(self.date) if actor.entity else [])}
            held |= {(r.country, r.role) for r in actor.roles}
            if any(country == mention.country and role in wanted for country, role in held):
                found.append(actor)
        return found[0] if len(found) == 1 else None

    def finish(self) -> None:
        """Codes from the role held on the date, else from the titles in the text; drop actors without mentions."""
        for actor in self.actors:
            if actor.entity is not None and actor.type == "PERSON":
                held = actor.entity.role_at(self.date)
                if held is not None:
                    actor.country = held.country or actor.country
                    actor.sector = held.sector or actor.sector
            for role in actor.roles:
                if actor.country is None and role.country:
                    actor.country, actor.country_evidence, actor.country_source = role.country, role.evidence, "role"
                if actor.sector is None and role.sector is not None:
                    actor.sector = role.sector
            if actor.entity is not None and actor.country is not None and actor.country_source is None:
                actor.country_source = "kb"
        dominant = self._dominant_country()
        for actor in self.actors:
            # "депутат Иван Сидоренков" in an article about Russia: a state office named without its state
            office = next((r for r in actor.roles if r.sector in STATE_SECTORS), None)
            if actor.type == "PERSON" and actor.country is None and office is not None and dominant is not None:
                actor.country, actor.country_evidence, actor.country_source = dominant, office.evidence, "article"
        self.actors = [a for a in self.actors if a.mentions]
        for number, actor in enumerate(self.actors, start=1):
            actor.id = f"a{number}"


    def _dominant_country(self) -> str | None:
        """The state that half or more of the article's country-coded mentions (three at least) belong to."""
        counts: Counter[str] = Counter()
        for actor in self.actors:
            if actor.country and self.kb.country(actor.country) is not None:
                counts[actor.country] += len(actor.mentions)
        total = sum(counts.values())
        top = counts.most_common(1)
        return top[0][0] if top and total >= 3 and top[0][1] * 2 >= total else None


def _title_after(doc: Doc, mention: Mention, kb: KnowledgeBase) -> tuple[Span, str, str | None, str] | None:
    """ "Дмитрий Песков, пресс-секретарь президента,": an office in apposition after the name."""
    if mention.end + 1 >= len(doc) or doc[mention.end].text != ",":
        return None
    head = doc[mention.end + 1]
    if head.lemma_ not in lexicon.OFFICE_WORDS or head.pos_ != "NOUN":
        return None
    return office_at(doc, head, kb)

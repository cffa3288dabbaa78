"""The knowledge base: package data plus the user's files, with dict indexes for fast look-ups."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import ClassVar

from politika.kb.entities import KBEntity
from politika.kb.lexicon import DATA_DIR, load_role_titles, load_sector_nouns, read_tsv
from politika.kb.names import FUZZY_SURNAME_THRESHOLD, FuzzyChoices, inverted, normalise_name
from politika.kb.storage import read_entities, user_kb_dir

EXACT, SURNAME, SURNAME_WITH_GIVEN = 1.0, 0.9, 0.95
# Surname and first given name agree, a middle name the KB does not know: less sure than every name agreeing.
SURNAME_WITH_MIDDLE = 0.92
# People who held a role on the article's date get this bonus when ranking (not in the reported score).
DATED_ROLE_BONUS = 0.05
# Names whose matches are remembered (:meth:`KnowledgeBase._matches`) before the memory starts again.
MATCHES_REMEMBERED = 100_000


class KnowledgeBase:
    """Actors, countries and the descriptor lexicon, indexed by normalised name.

    >>> kb = KnowledgeBase.load()
    >>> kb.lookup("Zelenskiy")[0][0].id
    'Q3881545'
    """

    _cache: ClassVar[dict[tuple[object, ...], KnowledgeBase]] = {}

    def __init__(self, entities: Iterable[KBEntity] = ()) -> None:
        self.entities: dict[str, KBEntity] = {}
        self._aliases: dict[str, list[str]] = defaultdict(list)
        self._surnames: dict[str, list[str]] = defaultdict(list)
        # One-word keys a person has only as a title's name ("King Charles", "Pope Francis" → "charles",
        # "francis"): a given name alone, which scores like a lone surname (it needs context), not as an alias.
        self._titled: set[tuple[str, str]] = set()
        self._bare: set[tuple[str, str]] = set()
        self._demonyms: dict[str, str] = {}
        self._country_names: dict[str, str] = {}
        self._governments: dict[str, str] = {}
        self._metonyms: dict[str, str] = {}
        self._roles: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
        self._codes: dict[str, str] = {}  # ISO2 / ISO3 / PLOVER code → country entity id
        self._plover: dict[str, str] = {}  # ISO2 / ISO3 / PLOVER code → PLOVER code
        self._sector_nouns: dict[str, str] = {}
        self._role_titles: dict[str, tuple[str, str]] = {}
        # built on the first fuzzy look-up, dropped when an entity is added
        self._fuzzy_aliases: FuzzyChoices | None = None
        self._fuzzy_surnames: FuzzyChoices | None = None
        # what a name matches, before types and dates (:meth:`_matches`); dropped when an entity is added
        self._matched: dict[tuple[str, str, bool], dict[str, float]] = {}
        for entity in entities:
            self.add(entity)

    # -- loading ---------------------------------------------------------------------------------------------

    @classmethod
    def load(cls, extra_paths: Iterable[Path] = ()) -> KnowledgeBase:
        """Package data + every ``*.jsonl`` in ``$POLITIKA_KB_DIR`` (default ~/.local/share/politika/kb).

        Cached per process; a changed user file (size or mtime) or other ``extra_paths`` load afresh.
        """
        user_dir = user_kb_dir()
        user_files = sorted(user_dir.glob("*.jsonl")) if user_dir.is_dir() else []
        files = [*user_files, *(Path(p) for p in extra_paths)]
        key = tuple((str(f), *_stamp(f)) for f in files)
        if key not in cls._cache:
            cls._cache[key] = cls.from_files(files)
        return cls._cache[key]

    @classmethod
    def from_files(cls, paths: Iterable[Path] = (), package_data: bool = True) -> KnowledgeBase:
        """A KB from the package data (unless ``package_data`` is False) and the given JSON-lines files."""
        kb = cls()
        if package_data:
            kb._load_package_tables()
            for path in sorted(DATA_DIR.glob("*.jsonl"), key=_package_order):
                for entity in read_entities(path):
                    kb.add(entity)
        for path in paths:
            for entity in read_entities(path):
                kb.add(entity)
        return kb

    def _load_package_tables(self) -> None:
        self._sector_nouns = load_sector_nouns()
        self._role_titles = load_role_titles()
        codes_file = DATA_DIR / "country_codes.tsv"
        if codes_file.exists():
            for iso2, iso3, plover, entity_id in read_tsv(codes_file, 4):
                self._register_codes(entity_id, plover, iso2, iso3)
            for iso2, iso3, _plover, entity_id in read_tsv(codes_file, 4):
                # ISO codes name the territory itself; PLOVER codes of folded dependencies name the state
                self._codes[iso2] = self._codes[iso3] = entity_id

    def _register_codes(self, entity_id: str, plover: str, *codes: str) -> None:
        for code in (plover, *codes):
            self._codes.setdefault(code, entity_id)
            self._plover.setdefault(code, plover)

    # -- building the indexes --------------------------------------------------------------------------------

    def add(self, entity: KBEntity) -> None:
        """Add an entity, or merge it into the one with the same id (names, roles and set fields).

        A person without a QID whose normalised name and country match a person already here is the same
        person (e.g. a historical leaders list and the curated office holders): merged into the first.
        """
        twin = self._same_person(entity)
        if twin is not None:
            twin.merge(KBEntity(**{**entity.__dict__, "id": twin.id, "qid": twin.qid}))
            self._index(twin)
            return
        if entity.id in self.entities:
            self.entities[entity.id].merge(entity)
            entity = self.entities[entity.id]
        else:
            self.entities[entity.id] = entity
        self._index(entity)

    def _same_person(self, entity: KBEntity) -> KBEntity | None:
        if entity.type != "PERSON" or entity.id in self.entities or entity.qid or not entity.country:
            return None
        for other_id in self._aliases.get(normalise_name(entity.name), []):
            other = self.entities[other_id]
            if other.type == "PERSON" and other.country == entity.country and normalise_name(other.name) == \
                    normalise_name(entity.name):
                return other
        return None

    def _index(self, entity: KBEntity) -> None:
        self._fuzzy_aliases = self._fuzzy_surnames = None
        self._matched = {}
        for name in entity.names():
            key = normalise_name(name)
            if not key:
                continue
            if entity.id not in self._aliases[key]:
                self._aliases[key].append(entity.id)
            if entity.type == "PERSON" and " " not in key:
                (self._titled if len(name.split()) > 1 else self._bare).add((key, entity.id))
            if entity.type == "PERSON" and " " in key:
                surname = key.rsplit(" ", 1)[1]
                if entity.id not in self._surnames[surname]:
                    self._surnames[surname].append(entity.id)
            if entity.kind == "country" and entity.country:
                self._country_names.setdefault(key, entity.country)
        if entity.kind == "country" and entity.country:
            for demonym in entity.demonyms:
                self._demonyms.setdefault(normalise_name(demonym), entity.country)
            if entity.capital:
                self._country_names.setdefault(normalise_name(entity.capital), entity.country)
        if entity.kind == "government" and entity.country:
            self._governments.setdefault(entity.country, entity.id)
            for metonym in entity.metonyms:  # "Kiev", "Kremlin" name the country too
                self._country_names.setdefault(normalise_name(metonym), entity.country)
        for metonym in entity.metonyms:
            key = normalise_name(metonym)
            # organisations' metonyms ("Brussels" → EU) win over capitals standing for governments
            if key and (key not in self._metonyms or entity.kind != "government"):
                self._metonyms[key] = entity.id
        for role in entity.roles:
            for body in {role.country, role.org} - {None}:
                pair = (str(body), role.role)
                if (entity.id, role.start or "") not in self._roles[pair]:
                    self._roles[pair].append((entity.id, role.start or ""))

    # -- look-ups ----------------------------------------------------------------------------------------------

    def get(self, entity_id: str) -> KBEntity | None:
        return self.entities.get(entity_id)

    def lookup(self, name: str, date: str | None = None, types: set[str] | None = None,
               fuzzy: bool = True) -> list[tuple[KBEntity, float]]:
        """Entities that ``name`` may refer to, best first, with a score in (0, 1].

        Exact normalised alias = 1.0; a lone surname = 0.9 (given names that agree: 0.95), as is a lone word that
        is a person's alias only after a title ("Charles" of "King Charles"); otherwise a
        fuzzy match (rapidfuzz token_sort_ratio ≥ FUZZY_THRESHOLD) scores ratio × 0.85. With a date, people
        holding a role on that date rank first among near-equal scores.
        """
        key = normalise_name(name)
        if not key:
            return []
        found = self._matches(key, name, fuzzy)
        results = [(self.entities[i], score) for i, score in found.items()
                   if types is None or self.entities[i].type in types]

        def rank(item: tuple[KBEntity, float]) -> float:
            entity, score = item
            return score + (DATED_ROLE_BONUS if date and entity.roles_at(date) else 0.0)

        return sorted(results, key=rank, reverse=True)

    def _matches(self, key: str, name: str, fuzzy: bool) -> dict[str, float]:
        """The entities ``name`` (normalised: ``key``) matches and their scores, whatever the types and the date
        asked, remembered: a name missing from the knowledge base costs a fuzzy search of all its aliases, and the
        same names recur in article after article (under as many dates; 9 % of the analysis was that search,
        py-spy, 2026-12-06). Do not change the returned dict."""
        remembered = (key, name, fuzzy)
        found = self._matched.get(remembered)
        if found is not None:
            return found
        found = {}
        for variant in filter(None, (key, inverted(key, name))):
            for entity_id in self._aliases.get(variant, []):
                titled = (variant, entity_id) in self._titled and (variant, entity_id) not in self._bare
                found[entity_id] = max(found.get(entity_id, 0.0), SURNAME if titled else EXACT)
        if not found:
            found = self._surname_matches(key, name)
        if not found and fuzzy:
            found = self._fuzzy_matches(key, name)
        if len(self._matched) >= MATCHES_REMEMBERED:
            self._matched.clear()
        self._matched[remembered] = found
        return found

    def _surname_matches(self, key: str, original: str, fuzzy: bool = False) -> dict[str, float]:
        """People whose surname is the query's first or last word (or, fuzzy, close to it) and whose other
        names agree with the query's other words ("Vladimir V. Putin", "Putin Vladimir Vladimirovich")."""
        tokens = (inverted(key, original) or key).split()
        if len(tokens) == 1:
            return {} if fuzzy else dict.fromkeys(self._surnames.get(tokens[0], []), SURNAME)
        found: dict[str, float] = {}
        for surname, given in ((tokens[-1], tokens[:-1]), (tokens[0], tokens[1:])):
            keys = (self._surname_choices().best(surname, threshold=FUZZY_SURNAME_THRESHOLD) if fuzzy
                    else [(surname, 1.0)] if surname in self._surnames else [])
            for surname_key, similarity in keys:
                namesakes = len(self._surnames[surname_key])
                for entity_id in self._surnames[surname_key]:
                    names = [normalise_name(n).split() for n in self.entities[entity_id].names()]
                    known = {t for n in names for t in n}
                    if namesakes > 1 and len(given[0]) > 1 and \
                            not _given_name_agrees(given[0], {n[0] for n in names if len(n) > 1}):
                        continue  # "Khaled Ali" is not Ahmad Khalid Al Ali: a shared surname, his father's name
                    agree = [_given_name_agrees(token, known) for token in given]
                    if all(agree):
                        score = SURNAME_WITH_GIVEN if not fuzzy else round(0.85 * similarity, 3)
                    elif not fuzzy and agree[0] and len(given) >= 2 and len(given[0]) > 1:
                        score = SURNAME_WITH_MIDDLE  # "Omar Hassan al-Bashir" for "Omar al-Bashir"
                    else:
                        continue
                    found[entity_id] = max(found.get(entity_id, 0.0), score)
        return found

    def _fuzzy_matches(self, key: str, original: str) -> dict[str, float]:
        if self._fuzzy_aliases is None:
            self._fuzzy_aliases = FuzzyChoices(self._aliases)
        found: dict[str, float] = {}
        for alias, score in self._fuzzy_aliases.best(key):
            for entity_id in self._aliases[alias]:
                found[entity_id] = max(found.get(entity_id, 0.0), round(score * 0.85, 3))
        if found:
            return found
        if " " in key:
            return self._surname_matches(key, original, fuzzy=True)
        for surname, score in self._surname_choices().best(key, threshold=FUZZY_SURNAME_THRESHOLD):
            for entity_id in self._surnames[surname]:
                found[entity_id] = max(found.get(entity_id, 0.0), round(score * 0.8, 3))
        return found

    def _surname_choices(self) -> FuzzyChoices:
        if self._fuzzy_surnames is None:
            self._fuzzy_surnames = FuzzyChoices(self._surnames)
        return self._fuzzy_surnames

    def country(self, code: str) -> KBEntity | None:
        """The country entity of an ISO2, ISO3 or PLOVER code ("RUS", "ru", "KOS")."""
        entity_id = self._codes.get(code.strip().upper())
        return self.entities.get(entity_id) if entity_id else None

    def plover_code(self, code: str) -> str | None:
        """The PLOVER country code of an ISO2/ISO3 code; dependencies fold into their state ("ASM" → "USA")."""
        return self._plover.get(code.strip().upper())

    def code_of(self, value: str) -> str | None:
        """A user's country filter as the code actors are stored with: an ISO2/ISO3/PLOVER code ("RUS", "ru"),
        a non-state PLOVER code some entity has ("EUR", "UNO", "IGO"), or a country name ("Russia"); else None."""
        code = value.strip().upper()
        if code in self._codes:
            return self._plover.get(code) or code
        if code in {entity.country for entity in self.entities.values() if entity.country}:
            return code
        return self.country_of_name(value)

    def country_of_demonym(self, word: str) -> str | None:
        """ "Hungarian" → "HUN", "Russians" → "RUS"."""
        return self._demonyms.get(normalise_name(word))

    def country_of_name(self, name: str, fallback: bool = True) -> str | None:
        """ "Britain" → "GBR", "Kyiv" → "UKR" (a capital); falls back on the countrynames package unless
        ``fallback`` is false (a transliterated word: its table's rarer variants catch them, "Yamal" → Yemen)."""
        key = normalise_name(name)
        if not key:
            return None
        if key in self._country_names:
            return self._country_names[key]
        if key.upper() in self._codes and len(key) == 3 and name.strip().isupper():
            return self._plover.get(key.upper())  # "USA", "UAE"; not "Sen" (Senegal) or "Gov"
        if len(key) < 4 or not fallback:
            return None  # "Al", "Sen.": too short to be a country's name, and countrynames reads them as codes
        import countrynames  # only when our names fail: its table takes ~0.1 s to load

        iso2 = countrynames.to_code(name)
        return self._plover.get(iso2) if iso2 else None

    def government_of(self, code: str) -> KBEntity | None:
        """The "government of X" entity (ORG, sector GOV) of a country code or country name."""
        plover = self.plover_code(code) or self.country_of_name(code)
        entity_id = self._governments.get(plover) if plover else None
        return self.entities.get(entity_id) if entity_id else None

    def office_holder(self, country: str, role: str, date: str | None) -> KBEntity | None:
        """Who held ``role`` (e.g. head_of_state) in ``country`` (a code, or an organisation's KB id) on
        ``date``; with no date, who holds it now. Among several, the one who took it last."""
        body = self.plover_code(country) or country
        best: tuple[str, str] | None = None
        for entity_id, _ in self._roles.get((body, role), []):
            for held in self.entities[entity_id].roles:
                if held.role == role and body in (held.country, held.org) and held.held_on(date):
                    candidate = (held.start or "", entity_id)
                    if best is None or candidate > best:
                        best = candidate
        return self.entities[best[1]] if best else None

    def metonym(self, text: str) -> KBEntity | None:
        """The actor a place or building stands for: "the Kremlin" → government of RUS, "Brussels" → EU."""
        entity_id = self._metonyms.get(normalise_name(text))
        return self.entities.get(entity_id) if entity_id else None

    def phrase_names(self) -> Iterator[tuple[str, str]]:
        """(name or alias as written, entity id) pairs for a spaCy PhraseMatcher; metonyms not included."""
        for entity in self.entities.values():
            for name in entity.names():
                yield name, entity.id

    def sector_of_noun(self, lemma: str) -> str | None:
        """ "official" → GOV, "troop" → MIL, "police" → COP (the descriptor lexicon)."""
        return self._sector_nouns.get(lemma.strip().lower())

    def role_of_title(self, title: str) -> tuple[str, str] | None:
        """ "foreign minister" → ("foreign_minister", "GOV"); None for a title not in the lexicon."""
        return self._role_titles.get(" ".join(title.strip().lower().split()))


def _given_name_agrees(token: str, known: set[str]) -> bool:
    """A given name or initial in a query agrees with the names known for a person: the same name, its initial, or
    a spelling of it: close ("Volodimir" ~ "Volodymyr", "Vlagyimirovics" ~ "Vladimirovich") and, for a short name,
    with the same consonants ("Sergey" ~ "Sergei", "Ahmad" ~ "Ahmed"; not another name one letter away: "Marta" is
    not "Maria")."""
    from rapidfuzz import fuzz  # loaded when first used: the store and the CLI start without it

    if token in known:
        return True
    if len(token) == 1:
        return any(name.startswith(token) for name in known)
    # one letter off a short name is often another name; a long one's, a spelling
    skeleton = _consonants(token) if len(token) <= SHORT_GIVEN_NAME else None
    return any(fuzz.ratio(token, name) >= 80 and skeleton in (None, _consonants(name)) for name in known)


SHORT_GIVEN_NAME = 6  # letters


def _consonants(name: str) -> str:
    """A given name's consonants as transliterations keep them ("Sergey" and "Sergei": srg; "Aleks", "Alex": lks)."""
    return re.sub(r"[aeiouyhj]", "", name.replace("x", "ks").replace("w", "v"))


# Curated files load first, so that other package lists (historical leaders) merge into their entities.
PACKAGE_FILES = ("countries.jsonl", "organisations.jsonl", "people.jsonl")


def _package_order(path: Path) -> tuple[int, str]:
    return (PACKAGE_FILES.index(path.name) if path.name in PACKAGE_FILES else len(PACKAGE_FILES), path.name)


def _stamp(path: Path) -> tuple[int, int]:
    try:
        stat = path.stat()
    except OSError:
        return (0, 0)
    return (stat.st_mtime_ns, stat.st_size)

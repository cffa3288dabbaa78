"""Descriptors, roles and ties of actors, read from titles, appositions, possessives and "headed by".

- title + name: "Hungarian Prime Minister Viktor Orbán" → role head_of_government, HUN;
  "NATO Secretary General Jens Stoltenberg" → role leader and a ``leads`` tie to NATO;
- possessive nationality: "China's Xi Jinping" → CHN; a possessive news outlet: "CNN's Kate Bolduan" → a
  ``works_for`` tie to CNN (whose country the person then takes);
- apposition, either way round: "Viktor Zolotov, Putin's former personal security guard" →
  descriptor, a former role, and a ``formerly`` + ``works_for`` tie to Putin;
- "X is a ... adviser of Y's team": what the name is said to be, read as an apposition;
- "headed by X", "led by X" → X ``leads`` the organisation; "X's head Y", "Y, head of X" likewise;
- kinship, alliance and opposition nouns in descriptors → ``family``, ``ally_of``, ``opponent_of``;
- "since 2012", "until 2023", "former", "newly re-elected" qualify the role.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from politika.nlp.actor_types import Actor, Mention, Role, Tie
from politika.nlp.gazetteer import region
from politika.nlp.titles import HONORIFICS, TitleSense, title_sense

if TYPE_CHECKING:
    from politika.kb import KnowledgeBase

# "foreign policy chief", "security chief": the head of a part of the body, who works for it.
DOMAIN_WORDS = {"foreign", "policy", "security", "defence", "defense", "trade", "economic", "climate", "energy",
                "finance", "health", "press", "communications", "intelligence", "military", "legal"}
FORMER_WORDS = {"former", "ex", "ex-", "late", "then", "onetime", "one-time", "ousted", "deposed", "exiled",
                "toppled", "overthrown", "retired"}
LEADER_ROLES = {"leader", "head_of_state", "head_of_government", "military_chief"}
WORK_NOUNS = {"guard", "bodyguard", "aide", "adviser", "advisor", "spokesman", "spokeswoman", "spokesperson",
              "envoy", "secretary", "assistant", "employee", "official", "minister", "lawyer", "press secretary",
              "chef", "driver", "deputy", "protege", "protégé"}
FAMILY_NOUNS = {"wife", "husband", "son", "daughter", "brother", "sister", "father", "mother", "cousin", "nephew",
                "niece", "uncle", "aunt", "son-in-law", "daughter-in-law", "widow", "spouse", "child", "grandson"}
ALLY_NOUNS = {"ally", "friend", "partner", "confidant", "loyalist", "supporter"}
OPPONENT_NOUNS = {"critic", "opponent", "rival", "foe", "enemy", "challenger", "adversary"}
MEMBER_NOUNS = {"member", "lawmaker", "deputy", "senator", "mp"}
_YEAR = re.compile(r"\b(19|20)\d\d\b")


def read_descriptors(doc: Doc, kb: KnowledgeBase, mentions: list[Mention]) -> None:
    """Add descriptors, roles and ties to the actors of ``mentions``, in place."""
    by_token: dict[int, Mention] = {}
    # The most specific mention of a token wins: "Putin" in "Putin's former guard" is Putin, not the guard.
    for mention in sorted(mentions, key=lambda m: (m.end - m.start, m.kind != "name")):
        if mention.actor is not None:
            for i in range(mention.start, mention.end):
                by_token.setdefault(i, mention)
    for mention in mentions:
        actor = mention.actor
        if actor is None or mention.kind not in ("name", "metonym"):
            continue
        span = doc[mention.start:mention.end]
        if actor.type == "PERSON":
            _title(doc, span, actor, by_token, kb)
            _possessive_country(span, actor, by_token)
            _outlet_possessive(span, actor, by_token)
        _apposition(doc, span, actor, by_token)
        if actor.type == "PERSON":
            _fronted_apposition(doc, span, actor, by_token)
            _copula(doc, span, actor, by_token)
        _headed_by(doc, span, actor, by_token)


def _head(span: Span) -> Token:
    return span.root


def _title(doc: Doc, span: Span, actor: Actor, by_token: dict[int, Mention], kb: KnowledgeBase) -> None:
    """Tokens left of a person's name that modify it: "Hungarian Prime Minister", "NATO Secretary General"; a
    title in the plural is each name's of the names it precedes ("federal prosecutors Andrea Goldbarg and Monica
    Castro", "election officials A and B")."""
    collected = _title_words(doc, span, actor, by_token)
    shared = False
    before = by_token.get(span.start - 2) if span.start >= 2 and doc[span.start - 1].lower_ == "and" else None
    if not collected and before is not None and before.actor is not None and before.kind == "name" and \
            before.label == "PERSON" and before.end == span.start - 1:
        collected, shared = _title_words(doc, doc[before.start:before.end], before.actor, by_token), True
    words = [t.lower_ for t in collected if t.lower_ not in HONORIFICS]
    if not words:
        return
    sense = None if shared and not words[-1].endswith("s.") else title_sense(words)  # ("Sens. A and B")
    if sense is None and len(words[-1]) > 3 and words[-1].endswith("s") and not words[-1].endswith("ss"):
        sense = title_sense([*words[:-1], words[-1][:-1]])  # "prosecutors", "officials": the title of each
    _read_title(doc, collected, sense, actor, by_token, kb)


def _title_words(doc: Doc, span: Span, actor: Actor, by_token: dict[int, Mention]) -> list[Token]:
    """The words of the title right before the name ``span``."""
    collected: list[Token] = []
    i = span.start - 1
    # Walk left over the words of the title: "U.S. Secretary of State", "Hungarian Prime Minister".
    while i >= span.sent.start and len(collected) < 8:
        token = doc[i]
        if token.is_space:
            break
        if token.is_punct and token.text not in ("-", "'s"):
            break
        if (token.pos_ in ("DET", "VERB", "AUX", "PRON", "CCONJ", "SCONJ", "PART", "NUM") and token.tag_ != "POS") or (
                token.pos_ == "ADP" and token.lower_ != "of"):
            break
        if i in by_token and by_token[i].actor is actor and by_token[i].kind == "name":
            break
        collected.insert(0, token)
        i -= 1
    while collected and (collected[0].pos_ == "ADP" or collected[0].is_punct):
        collected.pop(0)
    return collected


def _read_title(doc: Doc, collected: list[Token], sense: tuple[TitleSense, str] | None, actor: Actor,
                by_token: dict[int, Mention], kb: KnowledgeBase) -> None:
    """The role, country and ties that the title ``collected`` (of sense ``sense``) gives ``actor``."""
    title_span = doc[collected[0].i:collected[-1].i + 1]
    former = any(t.lower_ in FORMER_WORDS for t in collected)
    org_actor: Actor | None = None
    country: str | None = None
    local = False  # the country is that of a city or region the title names: "Ontario Premier", "Moscow Mayor"
    for token in collected:
        other = by_token.get(token.i)
        if other is not None and other.actor is not None and other.actor is not actor:
            if other.actor.kind in ("country", "government", "place") or other.label == "GPE":
                local = local or (country is None and other.actor.kind == "city")
                country = country or other.actor.country
            else:
                org_actor = org_actor or other.actor
                country = country or other.actor.country
        elif country is None:
            country = kb.country_of_demonym(token.text) if token.pos_ in ("ADJ", "PROPN") else None
            if country is None and token.pos_ == "PROPN" and (area := region(token.text)) is not None:
                country, local = area.country, True  # a region the NER left untagged ("Ontario Premier Doug Ford")
    if sense is None:
        return
    role_sense, matched = sense
    role = role_sense.role
    if local and role in ("head_of_state", "head_of_government"):
        role = "official"  # a province's premier, a region's president: not the state's head
    domain = any(t.lower_ in DOMAIN_WORDS for t in collected)
    if org_actor is not None and role == "head_of_state":
        role = "leader"  # "European Commission President": the head of that body, not of a state
    _add_role(actor, matched, role, country, role_sense.sector, former, title_span)
    actor.descriptors.append(title_span) if title_span.text not in [d.text for d in actor.descriptors] else None
    if org_actor is not None and role in LEADER_ROLES and not domain:
        _add_tie(actor, "formerly" if former else "leads", org_actor, title_span.sent)
    elif org_actor is not None:
        _add_tie(actor, "works_for", org_actor, title_span.sent)



def _possessive_country(span: Span, actor: Actor, by_token: dict[int, Mention]) -> None:
    """ "China's Xi Jinping": the possessor country codes a person the knowledge base does not know."""
    head = _head(span)
    for child in head.children:
        if child.dep_ == "poss" and child.i < span.start:
            other = by_token.get(child.i)
            if other is not None and other.actor is not None and other.actor.kind in ("country", "government"):
                actor.country = actor.country or other.actor.country
                descriptor = span.doc[child.i:span.start]
                if descriptor.text.strip():
                    actor.descriptors.append(span.doc[child.i:span.end])


def _outlet_possessive(span: Span, actor: Actor, by_token: dict[int, Mention]) -> None:
    """ "CNN's Kate Bolduan", "Fox News' Jesse Watters": a person a news outlet owns is one of its journalists
    (read from the words, not the parse, which often misses the possessive)."""
    doc = span.doc
    mark = span.start - 1
    if mark < 1 or doc[mark].text not in ("'s", "\u2019s", "'", "\u2019") or doc[mark - 1].whitespace_:
        return
    other = by_token.get(mark - 1)
    if other is not None and other.actor is not None and other.actor.kind == "media":
        _add_tie(actor, "works_for", other.actor, doc[other.start:span.end])


def _apposition(doc: Doc, span: Span, actor: Actor, by_token: dict[int, Mention]) -> None:
    head = _head(span)
    appositions = [c for c in head.children if c.dep_ == "appos" and c.i >= span.end]
    if head.dep_ == "appos" and head.head.i < span.start:
        appositions.append(head.head)
        reverse = True
    else:
        reverse = False
    for app in appositions:
        # (Tokens are made anew on each access: compare positions, not objects.)
        tokens = [t for t in app.subtree if t.i < span.start] if reverse and app.i == head.head.i \
            else list(app.subtree)
        clauses = _clause_positions(app, ("relcl",))
        tokens = [t for t in tokens if not (t.is_punct and t.text in ",;") and t.i not in clauses]
        if not tokens:
            continue
        descriptor = doc[tokens[0].i:tokens[-1].i + 1]
        if any(by_token.get(t.i) is not None and by_token[t.i].actor is actor and by_token[t.i].kind == "name"
               for t in descriptor):
            continue  # the apposition is another name of the same actor
        if len(descriptor) > 25:
            continue
        _read_descriptor(doc, descriptor, app, actor, by_token)


def _fronted_apposition(doc: Doc, span: Span, actor: Actor, by_token: dict[int, Mention]) -> None:
    """ "A dual Haitian and Chilean citizen, Jaar was sentenced in June": a noun phrase opening the sentence and
    set off by a comma right before the name describes it (read from the words: the parse often misses it)."""
    first = span.sent.start
    while first < span.start and (doc[first].is_space or doc[first].is_punct):
        first += 1
    comma = span.start - 1
    if comma - first < 2 or doc[comma].text != "," or doc[first].lower_ not in ("a", "an"):
        return
    words = doc[first:comma]
    if len(words) > 10 or any(t.pos_ in ("VERB", "AUX", "PRON", "ADP", "SCONJ") or t.is_punct for t in words) or \
            words[-1].pos_ != "NOUN" or any(t.i in by_token and by_token[t.i].label == "PERSON" for t in words):
        return
    _read_descriptor(doc, words, words[-1], actor, by_token)


def _copula(doc: Doc, span: Span, actor: Actor, by_token: dict[int, Mention]) -> None:
    """ "Boris Epshteyn is another longtime adviser and trusted member of Trump's team": what a person's name is
    said to be, read as an apposition (a relative clause in it is left out)."""
    head = _head(span)
    verb = head.head
    if head.dep_ != "nsubj" or verb.lemma_ != "be" or verb.i < span.end:
        return
    for attr in (c for c in verb.children if c.dep_ == "attr" and c.pos_ == "NOUN"):
        skip = _clause_positions(attr, ("relcl", "acl"))
        tokens = [t for t in attr.subtree if t.i not in skip]
        descriptor = doc[tokens[0].i:tokens[-1].i + 1]
        if len(descriptor) > 25 or any(by_token.get(t.i) is not None and by_token[t.i].actor is actor
                                       for t in descriptor):
            continue
        titled = title_sense([t.lower_ for t in descriptor if t.i <= attr.i]) is not None
        if not titled and attr.lemma_.lower() not in WORK_NOUNS | FAMILY_NOUNS | MEMBER_NOUNS:
            continue  # "X was the target of Russian hackers" says nothing of X's country
        _read_descriptor(doc, descriptor, attr, actor, by_token)


def _clause_positions(node: Token, deps: tuple[str, ...]) -> set[int]:
    """The positions of the clauses (of these dependency labels) inside ``node``'s subtree, left out of a
    descriptor: "an assistant professor at the University of Oregon *who researches ...*"."""
    return {t.i for c in node.subtree if c.dep_ in deps for t in c.subtree}


def _read_descriptor(doc: Doc, descriptor: Span, noun: Token, actor: Actor, by_token: dict[int, Mention]) -> None:
    """Keep ``descriptor`` on the actor (once) and read its role, country and ties."""
    if descriptor.text not in [d.text for d in actor.descriptors]:
        actor.descriptors.append(descriptor)
    _descriptor_role(doc, descriptor, noun, actor, by_token)


def _descriptor_role(doc: Doc, descriptor: Span, noun: Token, actor: Actor, by_token: dict[int, Mention]) -> None:
    words = [t.lower_ for t in descriptor if t.i <= noun.i]
    lemma = noun.lemma_.lower()
    former = any(t.lower_ in FORMER_WORDS for t in descriptor)
    since = until = None
    text = descriptor.text
    match = re.search(r"\bsince\s+((?:\w+\s+)?(?:19|20)\d\d)", text)
    if match:
        since = match.group(1)
    match = re.search(r"\buntil\s+((?:\w+\s+)?(?:19|20)\d\d)", text)
    if match:
        until = match.group(1)
        former = True
    owners: list[Actor] = []
    country: str | None = None
    place: str | None = None
    for token in descriptor:
        other = by_token.get(token.i)
        if other is None or other.actor is None or other.actor is actor:
            continue
        owner_position = token.dep_ in ("poss", "compound") or token.head.dep_ == "poss" or (
            token.dep_ == "pobj" and token.head.lower_ == "of")
        if owner_position and other.actor not in owners:
            owners.append(other.actor)
        if other.actor.kind in ("country", "government") and not (token.dep_ == "pobj" and token.head.lower_ == "to"):
            country = country or other.actor.country  # ("envoy to Ukraine": the state they are sent to)
        elif other.actor.kind == "place" and token.dep_ == "pobj" and token.head.lower_ == "of":
            place = place or other.actor.country  # "the commander of Kowloon West district", "mayor of Kharkiv"
    sense = title_sense(words)
    if sense is not None:
        role_sense, matched = sense
        _add_role(actor, matched, role_sense.role, country or (owners[0].country if owners else None) or place,
                  role_sense.sector, former, descriptor, since=since, until=until)
    for owner in owners:
        if lemma in FAMILY_NOUNS:
            _add_tie(actor, "family", owner, descriptor)
        elif lemma in ALLY_NOUNS:
            _add_tie(actor, "ally_of", owner, descriptor)
        elif lemma in OPPONENT_NOUNS:
            _add_tie(actor, "opponent_of", owner, descriptor)
        elif lemma in MEMBER_NOUNS and owner.type != "PERSON":
            _add_tie(actor, "member_of", owner, descriptor)
        elif (sense is not None and sense[0].role in LEADER_ROLES and owner.type != "PERSON"
              and not any(w in DOMAIN_WORDS for w in words)):
            _add_tie(actor, "formerly" if former else "leads", owner, descriptor)
        elif lemma in WORK_NOUNS or sense is not None:
            _add_tie(actor, "works_for", owner, descriptor)
            if former:
                _add_tie(actor, "formerly", owner, descriptor)


def _headed_by(doc: Doc, span: Span, actor: Actor, by_token: dict[int, Mention]) -> None:
    """ "the FSB, headed by Alexander Bortnikov": the person leads the organisation."""
    head = _head(span)
    for child in head.children:
        if child.dep_ == "acl" and child.lemma_ in ("head", "lead", "run", "chair", "command"):
            for agent in child.children:
                if agent.dep_ != "agent":
                    continue
                for pobj in agent.children:
                    other = by_token.get(pobj.i)
                    if other is not None and other.actor is not None and other.actor.type == "PERSON":
                        evidence = doc[span.start:pobj.i + 1]
                        _add_tie(other.actor, "leads", actor, evidence)
                        _add_role(other.actor, child.lemma_, "leader", actor.country, actor.sector, False, evidence)


def _add_role(actor: Actor, title: str, role: str, country: str | None, sector: str | None, former: bool,
              evidence: Span, since: str | None = None, until: str | None = None) -> None:
    for existing in actor.roles:
        if existing.title == title and existing.country == country and existing.former == former:
            return
    actor.roles.append(Role(title=title, role=role, country=country, sector=sector, former=former, since=since,
                            until=until, evidence=evidence))


def _add_tie(actor: Actor, kind: str, target: Actor, evidence: Span) -> None:
    if target is actor:
        return
    for tie in actor.ties:
        if tie.type == kind and tie.target is target:
            return
    actor.ties.append(Tie(type=kind, target=target, evidence=evidence))

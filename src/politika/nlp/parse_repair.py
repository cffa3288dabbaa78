"""Repairs of misparses the layers cannot read around, made on the Doc before they run.

A plural noun opening a sentence and a past-tense verb after it ("Israeli airstrikes killed at least 30 people in
central Gaza") are read by the small English model as a noun phrase with a participle ("airstrikes [that were]
killed ..."): the sentence has no verb and its attack no event. A participle that modifies the sentence's root noun
and has a direct object of its own cannot be passive; the component ``politika_parse_repair`` makes it the verb of
the noun's clause (past tense) with the noun as its subject: the sentence's root, or the clause a speech verb
reports when the parser made the noun that verb's second subject ("..., the health ministry said"). The same for
"led to", "resulted in", "contributed to" after a long subject in a sentence with no verb ("The decision to close
the border led to shortages": "the decision [that was] led to shortages"), whose cause the causal layer then reads.
A title the parser made a verb's second subject beside the name it describes ("Former Secretary of State and
Democratic presidential frontrunner Hillary Clinton is calling for ...": "frontrunner" and "Clinton" both
subjects) is made a modifier of the name, which stays the subject (:func:`_title_before_its_name`). A "that"
clause's verb the tagger made a noun ("demanded that the government **resign**") is made a verb again
(:func:`_clause_verb_tagged_noun`).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token


@Language.factory("politika_parse_repair", assigns=["token.dep", "token.head", "token.tag", "token.pos", "token.lemma"],
                  requires=["token.dep", "token.tag"])
def make_parse_repair(nlp: Language, name: str) -> ParseRepairComponent:
    return ParseRepairComponent()


# Verbs whose participle with this preposition after it is active, never passive: "The decision to close the
# border led to shortages" ("led to", "resulted in", "contributed to": a cause and its effect, read by the parser as
# "the decision [that was] led to shortages").
# (by form: the component runs before the lemmatizer)
ACTIVE_WITH = {"led": "to", "resulted": "in", "contributed": "to"}


# Verb forms the small model's rule lemmatizer cuts wrongly ("fined" → "fin", "hoped" → "hop"): their lemma is set
# here, before it runs (it keeps a lemma already set).
VERB_LEMMAS = {"fined": "fine", "fining": "fine", "hoped": "hope", "hoping": "hope"}


class ParseRepairComponent:
    def __call__(self, doc: Doc) -> Doc:
        for token in doc:
            if token.pos_ == "VERB" and token.lower_ in VERB_LEMMAS:
                token.lemma_ = VERB_LEMMAS[token.lower_]
        for noun in doc:
            if noun.dep_ not in ("ROOT", "nsubj") or noun.pos_ != "NOUN":
                continue
            verb = _active_participle(doc, noun)
            if verb is None:
                continue
            if noun.dep_ == "ROOT":
                for after in [c for c in noun.rights if c.i > verb.i]:
                    after.head = verb  # the sentence's full stop and what else hung from the noun after the verb
                verb.head, verb.dep_ = verb, "ROOT"
            elif noun.head.pos_ in ("VERB", "AUX") and noun.head.i > verb.i:
                # "Israeli airstrikes killed 30 people, the health ministry said": the clause "said" reports
                verb.head, verb.dep_ = noun.head, "ccomp"
            else:
                continue
            verb.tag_ = "VBD"
            noun.head, noun.dep_ = verb, "nsubj"
        for title, name in _title_before_its_name(doc):
            title.head, title.dep_ = name, "compound"
        for verb in _clause_verb_tagged_noun(doc):
            verb.tag_, verb.pos_ = "VB", "VERB"
        return doc


def _clause_verb_tagged_noun(doc: Doc) -> list[Token]:
    """The verbs of "that" clauses the tagger made singular nouns while the parser read them as a clause with a
    subject: the base form after a demand ("demanded that Prime Minister Pashinian's government **resign**"), which
    the layers read as a clause only when it is a verb."""
    return [t for t in doc if t.dep_ == "ccomp" and t.tag_ == "NN" and t.head.pos_ in ("VERB", "AUX")
            and any(c.dep_ == "mark" and c.lower_ == "that" and c.i < t.i for c in t.children)
            and any(c.dep_ in ("nsubj", "nsubjpass") and c.i < t.i for c in t.children)
            and not any(c.dep_ in ("det", "poss", "amod", "nummod") for c in t.children)]


def _title_before_its_name(doc: Doc) -> list[tuple[Token, Token]]:
    """(title, name) of each verb with two subjects where the first is a noun phrase that ends right where a proper
    name's phrase begins: "[Former Secretary of State and Democratic presidential frontrunner] [Hillary Clinton] is
    calling", "[his Democratic rival] [Hillary Clinton] would bring". Not a pronoun or a relative word ("which
    Trump withdrew"), a phrase that ends in a conjunction or a punctuation mark ("he and Kamala Harris", a
    dateline's dash), or a name that is a number or a pronoun."""
    out: list[tuple[Token, Token]] = []
    for verb in doc:
        subjects = [c for c in verb.lefts if c.dep_ in ("nsubj", "nsubjpass")]
        if len(subjects) != 2:
            continue
        title, name = subjects
        if title.pos_ not in ("NOUN", "PROPN") or name.pos_ != "PROPN" or name.tag_ not in ("NNP", "NNPS") or \
                title.right_edge.i + 1 != name.left_edge.i or \
                doc[title.right_edge.i].pos_ not in ("NOUN", "PROPN", "ADJ"):
            continue
        out.append((title, name))
    return out


def _active_participle(doc: Doc, noun: Token) -> Token | None:
    """The participle after ``noun`` that is the verb of its clause: right after a plural noun, with a direct
    object ("airstrikes killed 30 people"), or a verb of :data:`ACTIVE_WITH` with its preposition after the noun's
    own words ("the decision to close the border led to shortages")."""
    if noun.tag_ in ("NNS", "NNPS") and noun.i + 1 < len(doc):
        verb = doc[noun.i + 1]
        if verb.head.i == noun.i and verb.dep_ == "acl" and verb.tag_ == "VBN" and \
                any(c.dep_ == "dobj" for c in verb.children):
            return verb
    if noun.dep_ != "ROOT":
        return None  # ("The man led to the cell was a suspect": the sentence has its verb)
    for verb in noun.rights:
        if verb.dep_ == "acl" and verb.tag_ in ("VBN", "VBD") and verb.lower_ in ACTIVE_WITH and any(
                c.dep_ == "prep" and c.lower_ == ACTIVE_WITH[verb.lower_] and c.i == verb.i + 1
                for c in verb.children) and not any(c.dep_ in ("nsubj", "nsubjpass", "auxpass") for c in verb.children):
            return verb
    return None

"""Repairs of misparses the layers cannot read around, made on the Doc before they run.

A plural noun opening a sentence and a past-tense verb after it ("Israeli airstrikes killed at least 30 people in
central Gaza") are read by the small English model as a noun phrase with a participle ("airstrikes [that were]
killed ..."): the sentence has no verb and its attack no event. A participle that modifies the sentence's root noun
and has a direct object of its own cannot be passive; the component ``politika_parse_repair`` makes it the verb of
the noun's clause (past tense) with the noun as its subject: the sentence's root, or the clause a speech verb
reports when the parser made the noun that verb's second subject ("..., the health ministry said").
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.factory("politika_parse_repair", assigns=["token.dep", "token.head", "token.tag"],
                  requires=["token.dep", "token.tag"])
def make_parse_repair(nlp: Language, name: str) -> ParseRepairComponent:
    return ParseRepairComponent()


class ParseRepairComponent:
    def __call__(self, doc: Doc) -> Doc:
        for noun in doc:
            if noun.tag_ not in ("NNS", "NNPS") or noun.dep_ not in ("ROOT", "nsubj"):
                continue
            verb = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
            if verb is None or verb.head.i != noun.i or verb.dep_ != "acl" or verb.tag_ != "VBN" or \
                    not any(c.dep_ == "dobj" for c in verb.children):
                continue
            if noun.dep_ == "ROOT":
                verb.head, verb.dep_ = verb, "ROOT"
            elif noun.head.pos_ in ("VERB", "AUX") and noun.head.i > verb.i:
                # "Israeli airstrikes killed 30 people, the health ministry said": the clause "said" reports
                verb.head, verb.dep_ = noun.head, "ccomp"
            else:
                continue
            verb.tag_ = "VBD"
            noun.head, noun.dep_ = verb, "nsubj"
        return doc

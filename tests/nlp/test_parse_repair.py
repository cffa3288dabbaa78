"""politika_parse_repair: a participle with a direct object after a plural root noun is the clause's verb."""

from __future__ import annotations

from politika.nlp.pipeline import LAYERS, load_pipeline


def test_the_participle_becomes_the_verb_and_other_parses_stay() -> None:
    nlp = load_pipeline(None, LAYERS)
    doc = nlp("Israeli airstrikes killed at least 30 people in central Gaza overnight.")
    assert doc[2].dep_ == "ROOT" and doc[1].head.i == 2 and doc[1].dep_ == "nsubj"
    untouched = nlp("The soldiers killed in the attack were buried on Sunday.")
    assert untouched[2].dep_ != "ROOT"  # a real participle (no object of its own) is left as it is

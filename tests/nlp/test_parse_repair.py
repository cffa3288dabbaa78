"""politika_parse_repair: a participle the parser hung from the root noun is the clause's verb (with a direct
object after a plural noun, or "led to", "resulted in", "contributed to"); a title made a second subject beside
its name is the name's modifier."""

from __future__ import annotations

from politika.nlp.pipeline import LAYERS, load_pipeline


def test_the_participle_becomes_the_verb_and_other_parses_stay() -> None:
    nlp = load_pipeline(None, LAYERS)
    doc = nlp("Israeli airstrikes killed at least 30 people in central Gaza overnight.")
    assert doc[2].dep_ == "ROOT" and doc[1].head.i == 2 and doc[1].dep_ == "nsubj"
    untouched = nlp("The soldiers killed in the attack were buried on Sunday.")
    assert untouched[2].dep_ != "ROOT"  # a real participle (no object of its own) is left as it is


def test_led_to_after_a_long_subject_is_the_verb_and_a_cause() -> None:
    nlp = load_pipeline(None, LAYERS)
    doc = nlp("The decision to close the border led to shortages in Gaza.")
    led = next(t for t in doc if t.text == "led")
    assert led.dep_ == "ROOT" and doc[1].head == led and doc[-1].head == led  # (the full stop too)
    links = doc._.politika_causal.links
    assert [(doc[link.cause[0]:link.cause[1]].text, doc[link.effect[0]:link.effect[1]].text) for link in links] == [
        ("The decision to close the border", "shortages in Gaza")]
    kept = nlp("The man led to the cell was a suspect.")
    assert next(t for t in kept if t.text == "was").dep_ == "ROOT"  # the sentence has its verb: left as it was


def test_verb_forms_the_lemmatizer_cuts_wrongly_get_their_lemma() -> None:
    nlp = load_pipeline(None, LAYERS)
    doc = nlp("The European Commission fined Apple 1.8 billion euros.")
    fined = next(t for t in doc if t.text == "fined")
    assert fined.lemma_ == "fine"  # the rule lemmatizer made it "fin"
    assert [e.type for e in doc._.politika_events if e.trigger.i == fined.i] == ["SANCTION"]


def test_a_title_made_a_second_subject_beside_its_name_modifies_the_name() -> None:
    nlp = load_pipeline(None, LAYERS)
    doc = nlp("Former Secretary of State and Democratic presidential frontrunner Hillary Clinton is calling for "
              "the United States to step up its efforts.")
    calling = next(t for t in doc if t.text == "calling")
    assert [t.text for t in calling.children if t.dep_ == "nsubj"] == ["Clinton"]
    assert next(t for t in doc if t.text == "frontrunner").head.text == "Clinton"
    kept = nlp("He was referencing a lawsuit, which Trump ultimately withdrew.")
    assert next(t for t in kept if t.text == "which").head.text == "withdrew"  # a relative word: left as it was

"""Event and attribution rules on Docs built by hand (words, tags, parse, entities): no model, no parser.

Each test pins a rule on the parse it is written for, so a parser upgrade cannot hide a broken rule.
"""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from politika.nlp.attribution import find_attributions
from politika.nlp.events import _embedded_in, light_verb_event, material_event, obligation, willingness

VOCAB = spacy.blank("en").vocab


def parsed(rows: str, ents: list[str] | None = None) -> Doc:
    """A Doc from one line per token: ``word lemma POS TAG dep head`` (head: the head's index, itself for ROOT)."""
    fields = [line.split() for line in rows.strip().splitlines()]
    return Doc(VOCAB, words=[f[0] for f in fields], lemmas=[f[1] for f in fields], pos=[f[2] for f in fields],
               tags=[f[3] for f in fields], deps=[f[4] for f in fields], heads=[int(f[5]) for f in fields],
               ents=ents)


AGREED_TO_SET_UP = parsed("""
Russia      Russia     PROPN NNP nsubj 1
agreed      agree      VERB  VBD ROOT  1
to          to         PART  TO  aux   3
set         set        VERB  VB  xcomp 1
up          up         ADP   RP  prt   3
a           a          DET   DT  det   6
commission  commission NOUN  NN  dobj  3
.           .          PUNCT .   punct 1
""")

ATTACKED_AFTER = parsed("""
Russia   Russia   PROPN NNP nsubj 1
attacked attack   VERB  VBD ROOT  1
Kyiv     Kyiv     PROPN NNP dobj  1
after    after    SCONJ IN  mark  5
Ukraine  Ukraine  PROPN NNP nsubj 5
rejected reject   VERB  VBD advcl 1
talks    talk     NOUN  NNS dobj  5
.        .        PUNCT .   punct 1
""")


def test_an_embedded_trigger_is_no_second_event() -> None:
    found = {1: ("AGREE", 0.9), 3: ("COOPERATE", 0.6)}
    assert _embedded_in(AGREED_TO_SET_UP[3], found)  # "set up" under "agreed to": one AGREE
    assert not _embedded_in(AGREED_TO_SET_UP[1], found)


def test_a_separate_clause_is_its_own_event() -> None:
    found = {1: ("ASSAULT", 0.9), 5: ("REJECT", 0.8)}
    assert not _embedded_in(ATTACKED_AFTER[5], found)  # "after Ukraine rejected talks": a second event


def test_light_verbs_take_the_type_of_their_event_noun() -> None:
    emergency = parsed("""
    Bolivia   Bolivia   PROPN NNP nsubj 1
    declared  declare   VERB  VBD ROOT  1
    a         a         DET   DT  det   3
    state     state     NOUN  NN  dobj  1
    of        of        ADP   IN  prep  3
    emergency emergency NOUN  NN  pobj  4
    """)
    assert light_verb_event(emergency[1]) == ("COERCE", "restrict")
    hunger = parsed("""
    Activists activist PROPN NNS nsubj    1
    went      go       VERB  VBD ROOT     1
    on        on       ADP   IN  prep     1
    hunger    hunger   NOUN  NN  compound 4
    strike    strike   NOUN  NN  pobj     2
    """)
    assert light_verb_event(hunger[1]) == ("PROTEST", "hunger")
    called_off = parsed("""
    Unions  union  NOUN NNS nsubj 1
    called  call   VERB VBD ROOT  1
    off     off    ADP  RP  prt   1
    the     the    DET  DT  det   4
    strike  strike NOUN NN  dobj  1
    """)
    assert light_verb_event(called_off[1]) is None  # "called off" ends the event


def test_a_transfer_of_aid_is_aid() -> None:
    donated = parsed("""
    The      the      DET   DT  det   1
    charity  charity  NOUN  NN  nsubj 2
    donated  donate   VERB  VBD ROOT  2
    medicine medicine NOUN  NN  dobj  2
    """)
    assert material_event(donated[2]) == ("AID", None)
    sent = parsed("""
    Russia  Russia  PROPN NNP nsubj 1
    sent    send    VERB  VBD ROOT  1
    letters letter  NOUN  NNS dobj  1
    """)
    assert material_event(sent[1]) is None  # a letter is no aid


def test_willing_to_and_must() -> None:
    willing = parsed("""
    Norway   Norway   PROPN NNP nsubj 1
    is       be       AUX   VBZ ROOT  1
    willing  willing  ADJ   JJ  acomp 1
    to       to       PART  TO  aux   4
    send     send     VERB  VB  xcomp 1
    aid      aid      NOUN  NN  dobj  4
    """)
    assert willingness(willing[4]) == willing[2]
    must = parsed("""
    Russia  Russia  PROPN NNP nsubj 1
    said    say     VERB  VBD ROOT  1
    Israel  Israel  PROPN NNP nsubj 4
    must    must    AUX   MD  aux   4
    end     end     VERB  VB  ccomp 1
    strikes strike  NOUN  NNS dobj  4
    """)
    assert obligation(must[4]) == must[2]  # Russia demands of Israel: REQUEST
    itself = parsed("""
    Russia  Russia  PROPN NNP nsubj 1
    said    say     VERB  VBD ROOT  1
    it      it      PRON  PRP nsubj 4
    must    must    AUX   MD  aux   4
    act     act     VERB  VB  ccomp 1
    """)
    assert obligation(itself[4]) is None  # a party's own duty is no demand


def _attributions(doc: Doc) -> list[tuple[str, str, str, str]]:
    def text(span: tuple[int, int] | None) -> str:
        return doc[span[0]:span[1]].text if span else ""

    return [(a.via, text(a.source), text(a.cue), " ".join(text(c) for c in a.content)) for a in find_attributions(doc)]


def test_a_speech_verb_with_a_clause_is_an_attribution() -> None:
    said = parsed("""
    Kovacs Kovacs PROPN NNP nsubj 1
    said   say    VERB  VBD ROOT  1
    the    the    DET   DT  det   3
    talks  talk   NOUN  NNS nsubj 5
    had    have   AUX   VBD aux   5
    failed fail   VERB  VBN ccomp 1
    .      .      PUNCT .   punct 1
    """, ents=["B-PERSON", "O", "O", "O", "O", "O", "O"])
    assert _attributions(said) == [("ccomp", "Kovacs", "said", "the talks had failed")]


def test_according_to_is_an_attribution() -> None:
    according = parsed("""
    According accord    VERB  VBG prep  6
    to        to        ADP   IN  prep  0
    Kovacs    Kovacs    PROPN NNP pobj  1
    ,         ,         PUNCT ,   punct 6
    the       the       DET   DT  det   5
    talks     talk      NOUN  NNS nsubj 6
    failed    fail      VERB  VBD ROOT  6
    .         .         PUNCT .   punct 6
    """, ents=["O", "O", "B-PERSON", "O", "O", "O", "O", "O"])
    assert _attributions(according) == [("according", "Kovacs", "According to", "the talks failed")]


def test_a_verb_that_is_no_cue_attributes_nothing() -> None:
    left = parsed("""
    Kovacs Kovacs PROPN NNP nsubj 1
    left   leave  VERB  VBD ROOT  1
    the    the    DET   DT  det   3
    talks  talk   NOUN  NNS dobj  1
    .      .      PUNCT .   punct 1
    """, ents=["B-PERSON", "O", "O", "O", "O"])
    assert _attributions(left) == []

"""Modality of an event trigger from the dependency parse: negated, hypothetical, future, reported.

Each function looks at the trigger and the verbs that govern it within its sentence ("did not attend",
"have been unable to decide", "if cornered, he will use", "will visit", "officials said ... attacked").
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

NEGATING_HEADS = frozenset({"fail", "refuse", "decline", "unable", "avoid", "stop", "cease", "deny"})
NEGATING_ADJ = frozenset({"unable", "reluctant", "unwilling"})
CONDITIONAL_MARKS = frozenset({"if", "unless", "should", "whether", "lest"})
HYPOTHETICAL_AUX = frozenset({"would", "could", "might", "may"})
FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
PLANNING_HEADS = frozenset({"plan", "intend", "expect", "schedule", "prepare", "aim", "set", "due", "hope", "want",
                            "seek", "promise", "pledge", "vow", "agree", "offer", "propose", "go", "consider"})
# Verbs whose gerund ("of attacking", "with killing") is an act alleged by someone, not told by the writer.
ALLEGING_HEADS = frozenset({"accuse", "charge", "indict", "blame", "sue", "allege", "suspect", "investigate"})
REPORTING_HEADS = frozenset({"say", "tell", "report", "claim", "state", "add", "announce", "allege", "quote",
                             "according", "insist", "write", "note", "believe", "suggest", "indicate"})


# Reporting or committing verbs after which "would" is the future of the past (sequence of tenses).
FUTURE_IN_PAST_HEADS = frozenset({"confirm", "warn", "threaten", "vow", "decide", "promise", "pledge", "declare",
                                  "reply", "signal", "agree"})


EMBEDDING_DEPS = frozenset({"xcomp", "ccomp", "conj", "advcl", "acomp", "pcomp", "relcl"})


def _governors(token: Token) -> Iterator[Token]:
    """The verbs that embed ``token`` (xcomp/ccomp/advcl/conj chain), nearest first, within its sentence."""
    current = token
    while current.dep_ in EMBEDDING_DEPS and current.head is not current:
        current = current.head
        yield current


def _aux(token: Token) -> list[Token]:
    return [c for c in token.children if c.dep_ in ("aux", "auxpass", "neg")]


def negated(token: Token) -> bool:
    if any(c.dep_ == "neg" for c in token.children):
        return True
    if any(c.dep_ in ("nsubj", "nsubjpass") and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
           for c in token.children):
        return True  # "No school has ever challenged ...", "no charges were brought"
    for governor in _governors(token):
        if token.dep_ == "conj":
            break
        lemma = governor.lemma_.lower()
        if lemma in NEGATING_HEADS or governor.lower_ in NEGATING_ADJ:
            return True
        if any(c.dep_ == "neg" for c in governor.children) and lemma in PLANNING_HEADS | {"be", "decide", "manage"}:
            return True
        if lemma not in ("be", "have", "decide", "manage", "try", "able", "want", "plan"):
            break
    return False


# Quantifiers that make a noun with a relative clause a class, not a party: "every commander who orders strikes",
# "any country that attacks": what the clause says is a condition, no act that happened.
GENERIC_DETS = frozenset({"every", "any", "whichever"})


def generic(token: Token) -> bool:
    """The act is said of a class, not of a party: it is (or is the object of) the verb of a relative clause whose
    noun is quantified by "every" or "any" ("every Russian commander who orders strikes on Ukraine")."""
    current = token
    for _ in range(4):
        if current.dep_ == "relcl":
            return any(c.dep_ == "det" and c.lower_ in GENERIC_DETS for c in current.head.children)
        if current.dep_ not in ("dobj", "xcomp", "ccomp", "conj") or current.head is current:
            return False
        current = current.head
    return False


def hypothetical(token: Token, own_conditions: bool = True) -> bool:
    """Whether ``token``'s act is only supposed: generic, inside a conditional clause, under a hypothetical auxiliary,
    or (``own_conditions``) with an "if"/"unless" clause of its own. A threat or a warning states its condition and is
    made all the same ("warned of a crushing response if attacked"): its caller passes ``own_conditions=False``."""
    if generic(token):
        return True
    chain = [token, *_governors(token)]
    for item in chain:
        if any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in item.children) and item.dep_ == "advcl":
            return True
        if any(a.lower_ in HYPOTHETICAL_AUX for a in _aux(item)):
            return True
    # "if cornered, he will use ...": the conditional clause hangs off the trigger or the clause it reports.
    if not own_conditions:
        return False
    clauses = [token, *(c for c in token.children if c.dep_ == "ccomp")]
    return any(c.dep_ == "advcl" and any(m.lower_ in ("if", "unless") for m in c.children)
               for clause in clauses for c in clause.children)


def future(token: Token) -> bool:
    for item in [token, *_governors(token)]:
        auxes = _aux(item)
        if any(a.lower_ in FUTURE_AUX for a in auxes):
            return True
        if any(a.lower_ == "would" for a in auxes) and item.dep_ == "ccomp" and \
                item.head.lemma_.lower() in REPORTING_HEADS | FUTURE_IN_PAST_HEADS:
            return True  # "they said they would boycott": the future of a past report
        if item is not token and item.lemma_.lower() in PLANNING_HEADS and token.dep_ == "xcomp":
            if item.lemma_.lower() == "go" and not any(a.lower_ in ("is", "are", "am", "'s", "'re") for a in auxes):
                continue
            return True
        if item.lower_ in ("due", "set", "scheduled", "expected") and token.dep_ == "xcomp":
            return True
        # "is to visit": be + infinitive
        if item is not token and item.lemma_ == "be" and token.dep_ == "xcomp":
            return True
    return False


def reported(token: Token) -> bool:
    current = token
    while current.head is not current:
        if current.dep_ in ("ccomp", "parataxis") and current.head.lemma_.lower() in REPORTING_HEADS:
            return True
        if current.dep_ == "pcomp" and current.head.dep_ == "prep" and \
                current.head.head.lemma_.lower() in ALLEGING_HEADS:
            return True  # "accused Russia of attacking a hospital": an act alleged, not told as a fact
        if current.dep_ not in ("xcomp", "conj", "ccomp", "advcl"):
            break
        current = current.head
    sent = token.sent
    return any(t.lower_ == "according" and t.i > token.i - 30 for t in sent) or any(
        c.dep_ == "advcl" and c.lemma_.lower() in REPORTING_HEADS for c in token.children)

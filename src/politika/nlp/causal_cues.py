"""The signal lexicon of the causal layer: words and phrases that mark a cause-effect relation.

Each entry says how the signal's parse relates cause and effect (its *kind*), its polarity (``+`` the
cause brings the effect about or enables it, ``-`` it prevents, lowers or fails to bring it about) and a
prior confidence (how often the word is causal at all: "because" nearly always, "after" and "as" seldom).

Kinds (see :mod:`politika.nlp.causal` for the rules):

- ``verb``: a causative verb; cause = its subject, effect = its object or complement ("A allowed B to C").
- ``verb_passive``: the same verb in the passive; cause = the agent ("B was caused by A").
- ``participle``: a clause-final participle ("..., leaving 45 people in hospital"): cause = the main clause.
- ``motive``: a participle naming the motive of an action ("marched, demanding pay"): effect = the main clause.
- ``mark``: a subordinating conjunction; cause = its clause, effect = the main clause ("because", "since").
- ``purpose``: a purpose clause ("so that", "in order to", "to"); CNC annotates the purpose as the cause of
  the action (the motive), and so do we.
- ``prep``: a preposition; cause = its object, effect = the clause it modifies ("due to", "over", "despite").
- ``adverb``: a connective adverb; cause = the clause before it, effect = the clause after ("therefore").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache


@dataclass(frozen=True)
class Cue:
    kind: str
    polarity: str = "+"
    prior: float = 0.8


# Causative verbs by lemma. Verbs whose object or complement needs a preposition name it ("lead to").
VERBS: dict[str, Cue] = {
    **{v: Cue("verb", "+", 0.9) for v in (
        "cause", "trigger", "spark", "prompt", "provoke", "fuel", "force", "drive", "produce", "generate",
        "spur", "ignite", "unleash", "precipitate", "induce", "compel", "necessitate", "bring", "create",
        "result", "lead", "contribute", "allow", "enable", "let", "help", "mean", "ensure", "encourage",
        "embolden", "push", "boost", "strengthen", "increase", "raise", "fuel", "worsen", "deepen", "escalate",
        "intensify", "aggravate", "exacerbate", "inflame", "convince", "persuade", "motivate", "inspire")},
    **{v: Cue("verb", "+", 0.6) for v in ("make", "leave")},
    **{v: Cue("verb", "-", 0.9) for v in (
        "prevent", "stop", "block", "hinder", "hamper", "impede", "undermine", "weaken", "reduce", "curb",
        "deter", "halt", "thwart", "limit", "restrict", "lower", "cut", "avert", "forestall", "obstruct",
        "derail", "discourage", "dampen", "diminish", "erode", "slow", "constrain", "paralyse", "paralyze",
        "cripple", "suppress", "prohibit", "preclude", "delay", "frustrate")},
}
# The preposition or particle that introduces the effect of these verbs ("led to", "resulted in").
VERB_PARTICLES: dict[str, tuple[str, ...]] = {
    "lead": ("to",), "result": ("in",), "contribute": ("to",), "bring": ("about", "on"),
    "give": ("rise",), "prevent": ("from",), "stop": ("from",), "keep": ("from",), "deter": ("from",),
    "discourage": ("from",),
}
# Verbs that are causal only with their particle ("lead to", not "lead the party").
NEED_PARTICLE = frozenset({"lead", "result", "contribute", "bring"})

# Clause-final participles that add a consequence of the main clause ("..., leaving 45 dead").
CONSEQUENCE_PARTICIPLES: dict[str, Cue] = {
    **{v: Cue("participle", "+", 0.8) for v in (
        "leave", "kill", "injure", "cause", "prompt", "force", "trigger", "spark", "result", "lead",
        "fuel", "bring", "wound", "send", "create", "push", "drive")},
    **{v: Cue("participle", "-", 0.8) for v in ("prevent", "block", "halt", "stop", "delay", "disrupt")},
}
# Participles and verbs naming the motive of an action ("struck work demanding pay").
# Nouns of events that harm or disrupt: "killed in a Naxal attack", "injured during the clashes" -- the
# event is the cause of what happened in it (CNC annotates these with no signal).
EVENT_NOUNS = frozenset({
    "attack", "attacks", "blast", "explosion", "firing", "fire", "encounter", "clash", "violence", "protest",
    "riot", "strike", "stampede", "accident", "shooting", "bombing", "raid", "crackdown", "agitation",
    "demonstration", "fighting", "battle", "war", "unrest", "bandh", "shutdown", "gunfight", "ambush",
    "collision", "crash", "flood", "floods", "earthquake", "lathicharge", "lathi-charge", "blockade", "siege",
    "airstrike", "shelling", "bombardment", "offensive", "assault", "skirmish", "melee", "rampage",
    "incident", "mishap", "storm", "cyclone", "landslide", "operation", "standoff", "uprising", "march",
    "rally", "sit-in", "dharna", "hartal", "picketing", "scuffle", "brawl", "fight", "conflict", "insurgency"})

# A bare purpose infinitive ("went on strike to press for their demands"): the purpose is the motive.
PURPOSE_TO = Cue("purpose", "+", 0.6)

MOTIVE_VERBS = frozenset({
    "demand", "protest", "seek", "condemn", "allege", "accuse", "call", "urge", "ask", "oppose", "press",
    "claim", "want", "denounce", "decry", "express", "raise", "voice"})

# Subordinating conjunctions (one word or the head of a fixed phrase), by lower-cased text.
MARKS: dict[str, Cue] = {
    "because": Cue("mark", "+", 0.95), "since": Cue("mark", "+", 0.4), "as": Cue("mark", "+", 0.35),
    "if": Cue("mark", "+", 0.4), "unless": Cue("mark", "-", 0.5), "once": Cue("mark", "+", 0.3),
    "although": Cue("mark", "-", 0.4), "though": Cue("mark", "-", 0.35), "when": Cue("mark", "+", 0.2),
    "until": Cue("mark", "+", 0.3), "till": Cue("mark", "+", 0.3), "after": Cue("mark", "+", 0.4),
    "whereas": Cue("mark", "-", 0.2), "now that": Cue("mark", "+", 0.7), "given that": Cue("mark", "+", 0.8),
    "so that": Cue("purpose", "+", 0.9), "in order to": Cue("purpose", "+", 0.9), "so as to": Cue("purpose", "+", 0.9),
    "in a bid to": Cue("purpose", "+", 0.9), "in an attempt to": Cue("purpose", "+", 0.9),
    "even though": Cue("mark", "-", 0.6), "even as": Cue("mark", "-", 0.4),
}
# Multi-word prepositions first (longest match wins), then single words.
PREPOSITIONS: dict[str, Cue] = {
    "because of": Cue("prep", "+", 0.95), "due to": Cue("prep", "+", 0.95), "owing to": Cue("prep", "+", 0.95),
    "thanks to": Cue("prep", "+", 0.9), "as a result of": Cue("prep", "+", 0.95),
    "as a consequence of": Cue("prep", "+", 0.95), "in response to": Cue("prep", "+", 0.85),
    "in the wake of": Cue("prep", "+", 0.8), "in connection with": Cue("prep", "+", 0.6),
    "in protest against": Cue("prep", "+", 0.9), "in protest of": Cue("prep", "+", 0.9),
    "in protest over": Cue("prep", "+", 0.9), "in support of": Cue("prep", "+", 0.7),
    "on account of": Cue("prep", "+", 0.9), "in view of": Cue("prep", "+", 0.7),
    "in spite of": Cue("prep", "-", 0.8), "despite": Cue("prep", "-", 0.8), "notwithstanding": Cue("prep", "-", 0.6),
    "following": Cue("prep", "+", 0.5), "after": Cue("prep", "+", 0.4), "amid": Cue("prep", "+", 0.4),
    "over": Cue("prep", "+", 0.45), "against": Cue("prep", "+", 0.45), "for": Cue("prep", "+", 0.3),
    "from": Cue("prep", "+", 0.2), "by": Cue("prep", "+", 0.2), "with": Cue("prep", "+", 0.15),
}
# Connective adverbs: the clause before is the cause, the clause after the effect.
ADVERBS: dict[str, Cue] = {
    "therefore": Cue("adverb", "+", 0.9), "thus": Cue("adverb", "+", 0.8), "hence": Cue("adverb", "+", 0.9),
    "consequently": Cue("adverb", "+", 0.95), "as a result": Cue("adverb", "+", 0.95),
    "as a consequence": Cue("adverb", "+", 0.95), "so": Cue("adverb", "+", 0.6),
    "accordingly": Cue("adverb", "+", 0.7), "because of this": Cue("adverb", "+", 0.95),
    "that is why": Cue("adverb", "+", 0.9), "which is why": Cue("adverb", "+", 0.9),
}
# Signals whose cause lets the effect happen rather than bringing it about (relation kind ``enables``).
ENABLING = frozenset({"allow", "enable", "let", "help", "permit", "facilitate", "thanks to", "make possible",
                      "pave", "open"})
# Phrases that turn a positive relation into a failed one: "were not enough to", "failed to".
FAILURE_PHRASES = ("not enough to", "not sufficient to", "insufficient to", "too little to", "too weak to",
                   "failed to", "fail to", "fails to", "failing to", "unable to", "did nothing to",
                   "do nothing to", "does nothing to", "not been enough to", "not be enough to", "too late to")
# Words that hedge a relation.
HEDGES = frozenset({
    "may", "might", "could", "probably", "possibly", "perhaps", "likely", "unlikely", "apparently", "seemingly",
    "reportedly", "allegedly", "maybe", "presumably", "arguably", "suggest", "seem", "appear", "would"})
COMPARATIVE_HEADS = frozenset({"more", "less", "fewer", "greater", "higher", "lower", "longer", "worse", "better",
                               "sooner", "faster", "bigger", "stronger", "weaker", "harder", "louder"})


@cache
def phrase_index() -> dict[str, tuple[str, ...]]:
    """Every multi-word phrase of the lexicon by its first word, longest first (built once: do not change it)."""
    out: dict[str, list[str]] = {}
    for phrase in (*MARKS, *PREPOSITIONS, *ADVERBS):
        if " " in phrase:
            out.setdefault(phrase.split()[0], []).append(phrase)
    return {k: tuple(sorted(v, key=lambda p: -len(p.split()))) for k, v in out.items()}

# Verbs whose subject brings about a change in its object, by class (general English; the classes follow Levin's
# English Verb Classes and Alternations, 1993: "destroy" 44, "murder" 42.1, "amuse" 31.1, change of state 45.4
# and calibratable change 45.6). The link scorer (:mod:`politika.nlp.causal_links`) uses the class of a
# doer-and-change clause's verb: "the war displaced 85% of Gaza's people" asserts an effect, "the minister
# visited Kyiv" does not.
CHANGE_VERBS: dict[str, frozenset[str]] = {
    "destroy": frozenset({
        "destroy", "demolish", "devastate", "ravage", "wreck", "ruin", "raze", "flatten", "obliterate",
        "annihilate", "shatter", "smash", "damage", "harm", "hurt", "injure", "wound", "impair", "cripple",
        "paralyse", "paralyze", "disrupt", "batter", "decimate", "erode", "undermine", "sabotage", "spoil",
        "contaminate", "pollute", "poison", "burn", "collapse", "break", "sink", "tank", "derail"}),
    "kill": frozenset({
        "kill", "murder", "slaughter", "massacre", "assassinate", "execute", "slay", "claim",
        "uproot", "starve", "maim", "drown", "bury", "evict", "expel", "force", "drive", "trap", "strand"}),
    "psych": frozenset({
        "anger", "enrage", "infuriate", "outrage", "frustrate", "alarm", "scare", "frighten", "terrify", "worry",
        "concern", "trouble", "upset", "shock", "stun", "dismay", "disappoint", "embarrass", "humiliate",
        "alienate", "antagonise", "antagonize", "irritate", "annoy", "rattle", "unsettle", "spook",
        "please", "delight", "reassure", "encourage", "embolden", "energise", "energize", "galvanise",
        "galvanize", "inspire", "motivate", "persuade", "convince", "attract", "divide", "polarise",
        "polarize", "unite", "mobilise", "mobilize", "inflame", "provoke", "calm", "soothe", "discourage"}),
    "change": frozenset({
        "increase", "decrease", "raise", "lower", "boost", "cut", "reduce", "lift", "drop", "double", "triple",
        "halve", "inflate", "deflate", "swell", "shrink", "expand", "widen", "narrow", "deepen",
        "worsen", "improve", "strengthen", "weaken", "intensify", "escalate", "ease", "soften", "harden",
        "tighten", "loosen", "accelerate", "slow", "speed", "stall", "extend", "shorten",
        "heighten", "sharpen", "fuel", "feed", "spur", "stoke", "dampen", "depress", "erode",
        "squeeze", "push", "pull", "drag", "hit", "hamper", "hinder", "impede", "stifle", "choke",
        "curb", "restrict", "limit", "block", "stop", "halt", "end", "change", "transform", "reshape", "shift",
        "alter", "upend", "overturn", "reverse", "bolster", "revive", "rescue", "save", "protect",
        "secure", "guarantee", "spark", "trigger", "ignite", "unleash", "create", "produce", "generate",
        "expose", "deprive", "cost", "benefit", "favour", "favor", "help",
        "hurt", "threaten", "endanger", "jeopardise", "jeopardize", "risk", "pose", "complicate", "delay"}),
}


@cache
def change_class(lemma: str) -> str | None:
    """The :data:`CHANGE_VERBS` class of a verb lemma (the first that holds it), else None."""
    for name, verbs in CHANGE_VERBS.items():
        if lemma in verbs:
            return name
    return None

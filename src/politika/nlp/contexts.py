"""PLOVER contexts of an article, and event modes from the trigger's words, by keyword lexicon.

``article_contexts(doc)`` → ``{"military": [Span, ...], "legal": [...]}``: a context needs at least
``MIN_HITS`` keyword hits in the article (one for a few unambiguous ones), and the evidence spans are kept.
"""

from __future__ import annotations

from itertools import pairwise

from spacy.tokens import Doc, Span, Token

MIN_HITS = 2
# PLOVER 2.0 context → lowercase lemmas (or lowercase two-word phrases) that evidence it.
CONTEXT_WORDS: dict[str, frozenset[str]] = {
    "military": frozenset({"troop", "army", "military", "missile", "soldier", "artillery", "tank", "airstrike",
                           "navy", "warship", "drone", "defence", "defense", "nato", "offensive", "frontline",
                           "brigade", "shelling", "weapon", "ammunition"}),
    "intelligence": frozenset({"intelligence", "spy", "espionage", "cia", "fsb", "mossad", "mi6"}),
    "executive": frozenset({"president", "prime minister", "cabinet", "ministry", "decree", "premier"}),
    "legislative": frozenset({"parliament", "congress", "senate", "legislature", "lawmaker", "mp", "duma",
                              "bill", "coalition"}),
    "election": frozenset({"election", "vote", "ballot", "campaign", "candidate", "poll", "referendum"}),
    "political_institutions": frozenset({"constitution", "party", "impeachment", "coup", "regime"}),
    "economic": frozenset({"economy", "economic", "trade", "tariff", "inflation", "gdp", "investment", "export",
                           "import", "market", "bank", "loan", "budget", "currency", "oil price"}),
    "legal": frozenset({"court", "judge", "warrant", "trial", "lawsuit", "prosecutor", "tribunal", "verdict",
                        "indictment", "icc", "law", "legal", "sentence"}),
    "human_rights": frozenset({"human rights", "rights group", "amnesty international", "human rights watch"}),
    "rights_freedoms": frozenset({"freedom", "censorship", "press freedom", "civil liberty", "free speech"}),
    "repression": frozenset({"crackdown", "repression", "dissident", "riot police", "tear gas"}),
    "diplomatic": frozenset({"diplomat", "diplomatic", "embassy", "ambassador", "summit", "talk", "negotiation",
                             "foreign minister", "envoy", "visit", "peace talk", "mediation"}),
    "territory": frozenset({"territory", "annexation", "border", "occupied", "sovereignty", "crimea"}),
    "peacekeeping": frozenset({"peacekeeper", "peacekeeping", "un mission", "blue helmet"}),
    "health": frozenset({"hospital", "health", "disease", "epidemic", "pandemic", "vaccine", "covid"}),
    "asylum": frozenset({"asylum", "asylum seeker"}),
    "migration": frozenset({"refugee", "migrant", "migration", "displaced", "deportation"}),
    "disasters": frozenset({"earthquake", "flood", "hurricane", "disaster", "wildfire", "tsunami"}),
    "natural_resource": frozenset({"oil", "gas", "pipeline", "mining", "mineral", "grain", "resource"}),
    "environment": frozenset({"climate", "pollution", "emission", "environmental"}),
    "technology": frozenset({"technology", "semiconductor", "chip", "artificial intelligence", "satellite"}),
    "terrorism": frozenset({"terrorist", "terrorism", "militant", "jihadist", "isis", "al-qaeda", "hamas"}),
    "cbrn": frozenset({"nuclear", "chemical weapon", "biological weapon", "radiological", "warhead"}),
    "cyber": frozenset({"cyber", "cyberattack", "hacker", "hack", "malware", "ransomware"}),
    "misinformation": frozenset({"disinformation", "misinformation", "propaganda", "fake news"}),
    "crime": frozenset({"crime", "criminal", "murder", "theft", "gang"}),
    "corruption": frozenset({"corruption", "bribe", "bribery", "embezzlement", "kickback"}),
    "illegal_drugs": frozenset({"drug", "cocaine", "heroin", "narcotic", "cartel"}),
    "trafficking": frozenset({"trafficking", "smuggling", "smuggler", "trafficker"}),
    "gender": frozenset({"women", "gender", "abortion", "feminist"}),
    "religion_ethnicity": frozenset({"ethnic", "religious", "muslim", "christian", "jewish", "minority"}),
}
STRONG = frozenset({"cbrn", "cyber", "corruption", "asylum", "peacekeeping", "terrorism", "trafficking"})

# Mode keywords per type, looked up in the trigger and its subtree: the first matching mode wins.
MODE_WORDS: dict[str, tuple[tuple[str, frozenset[str]], ...]] = {
    "ASSAULT": (("drone", frozenset({"drone", "uav", "shahed"})),
                ("aerial", frozenset({"airstrike", "air", "jet", "aircraft", "bomber", "helicopter", "warplane"})),
                ("unconventional", frozenset({"nuclear", "chemical", "biological"})),
                ("suicide-attack", frozenset({"suicide"})),
                ("heavy-weapons", frozenset({"missile", "artillery", "rocket", "shell", "shelling", "tank"})),
                ("explosives", frozenset({"bomb", "ied", "explosive", "mine", "grenade"})),
                ("firearms", frozenset({"gun", "shoot", "shot", "rifle", "gunman", "gunfire"})),
                ("abduct", frozenset({"kidnap", "abduct", "hijack", "hostage"})),
                ("targeted", frozenset({"assassinate", "assassination", "execute"})),
                ("torture", frozenset({"torture"})), ("beat", frozenset({"beat", "punch"})),
                ("crowd-control", frozenset({"tear gas", "water cannon", "rubber bullet"}))),
    "COERCE": (("arrest", frozenset({"arrest", "detain", "jail", "imprison", "custody"})),
               ("deport", frozenset({"deport", "extradite"})), ("censor", frozenset({"censor", "block"})),
               ("curfew", frozenset({"curfew"})), ("martial-law", frozenset({"emergency", "martial"})),
               ("seize", frozenset({"seize", "confiscate", "raid", "search", "occupy"})),
               ("cyber", frozenset({"hack", "cyberattack"})), ("restrict", frozenset({"ban", "restrict"}))),
    "PROTEST": (("hunger", frozenset({"hunger"})), ("strike", frozenset({"strike", "walkout"})),
                ("riot", frozenset({"riot", "clash"})), ("boycott", frozenset({"boycott"})),
                ("obstruct", frozenset({"block", "blockade", "barricade"})),
                ("demo", frozenset({"protest", "demonstrate", "rally", "march", "demonstration"}))),
    "SANCTION": (("convict", frozenset({"convict", "sentence", "guilty", "fine"})),
                 ("expel", frozenset({"expel"})), ("withdraw", frozenset({"withdraw", "recall"})),
                 ("discontinue", frozenset({"sanction", "embargo", "suspend", "cut", "halt", "freeze"}))),
    "CONSULT": (("phone", frozenset({"phone", "telephone", "call", "video"})),
                ("visit", frozenset({"visit", "travel", "fly", "arrive", "tour", "host"})),
                ("multilateral", frozenset({"summit", "multilateral"}))),
    "THREATEN": (("arrest", frozenset({"arrest", "warrant", "prosecute"})),
                 ("violence", frozenset({"attack", "strike", "force", "war", "nuclear", "bomb", "kill", "retaliate"})),
                 ("relations", frozenset({"relation", "talk", "aid"})), ("expel", frozenset({"expel"})),
                 ("restrict", frozenset({"sanction", "boycott", "blockade", "embargo"}))),
    "ACCUSE": (("investigate", frozenset({"investigate", "probe", "inquiry", "investigation"})),
               ("allege", frozenset({"accuse", "charge", "sue", "indict", "allege", "lawsuit"})),
               ("disapprove", frozenset({"condemn", "criticize", "criticise", "denounce", "blame", "decry"}))),
    "MOBILIZE": (("police", frozenset({"police"})), ("weapons", frozenset({"missile", "weapon", "warship", "jet"})),
                 ("troops", frozenset({"troop", "soldier", "army", "force", "reservist"}))),
    "RETREAT": (("release", frozenset({"release", "free"})), ("resign", frozenset({"resign", "quit"})),
                ("ceasefire", frozenset({"ceasefire", "truce"})), ("withdraw", frozenset({"withdraw", "pull"})),
                ("disarm", frozenset({"disarm", "surrender"}))),
}


def _words(tokens: list[Token]) -> set[str]:
    words = {t.lemma_.lower() for t in tokens} | {t.lower_ for t in tokens}
    words |= {f"{a.lower_} {b.lower_}" for a, b in pairwise(tokens)}
    words |= {f"{a.lemma_.lower()} {b.lemma_.lower()}" for a, b in pairwise(tokens)}
    return words


def event_mode(event_type: str, trigger: Token) -> str | None:
    """The PLOVER mode the trigger's clause names ("launched drone strikes" → ASSAULT ``drone``), or None."""
    table = MODE_WORDS.get(event_type)
    if not table:
        return None
    words = _words([t for t in trigger.subtree if abs(t.i - trigger.i) <= 12])
    for mode, keys in table:
        if keys & words:
            return mode
    return None


def article_contexts(doc: Doc) -> dict[str, list[Span]]:
    hits: dict[str, list[Span]] = {}
    tokens = list(doc)
    for i, token in enumerate(tokens):
        forms = {token.lemma_.lower(), token.lower_}
        if i + 1 < len(tokens):
            nxt = tokens[i + 1]
            forms |= {f"{token.lower_} {nxt.lower_}", f"{token.lemma_.lower()} {nxt.lemma_.lower()}"}
        for name, keys in CONTEXT_WORDS.items():
            matched = forms & keys
            if matched:
                length = 2 if any(" " in m for m in matched) else 1
                hits.setdefault(name, []).append(doc[i:i + length])
    return {name: spans[:3] for name, spans in hits.items()
            if len(spans) >= MIN_HITS or name in STRONG}

"""Name normalisation and fuzzy matching: how a mention in text is compared with the names in the KB."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from anyascii import anyascii

# Titles dropped from the start of a name ("President Putin", "Präsident Putin", "Gen. Gerasimov"), after
# transliteration and casefolding. Two-word titles are listed as such.
LEADING_TITLES = frozenset({
    "president", "presidente", "presidents", "prasident", "president elect", "predsjednik", "presedintele",
    "presiden", "prezident", "prezydent", "vice president", "prime minister", "pm", "premier", "chancellor",
    "foreign minister", "defence minister", "defense minister", "interior minister", "minister", "secretary",
    "secretary general", "secretary of state", "mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lord",
    "gen", "lt", "col", "maj", "capt", "adm", "sen", "senator", "rep", "representative", "gov", "governor",
    "king", "queen", "prince", "crown prince", "sheikh", "emir", "ayatollah", "pope", "chairman", "comrade",
    "herr", "frau", "monsieur", "madame", "m", "mme", "senor", "senora", "the", "ex", "former", "late",
})
# Titles that follow the name in some languages ("Putyin elnök").
TRAILING_TITLES = frozenset({"elnok", "san", "jr", "sr"})
_APOSTROPHES = re.compile(r"['`´’‘.]")
_NON_WORD = re.compile(r"[^a-z0-9]+")

# Fuzzy matching: rapidfuzz token_sort_ratio (0-100) over normalised aliases. 85 accepts the common
# transliterations of one name ("vladimir poutine", "wladimir putin", "vlagyimir putyin") and rejects
# different people who share a first name; measured on tests/kb/test_putin_names.py and the people list.
FUZZY_THRESHOLD = 85.0
# A lone word compared with surnames needs to be closer: "putyin" ~ "putin" (91), "pulin" is not Putin.
FUZZY_SURNAME_THRESHOLD = 88.0


@lru_cache(maxsize=200_000)
def normalise_name(text: str) -> str:
    """Transliterate, casefold and strip punctuation, diacritics and titles: the form aliases are indexed by.

    >>> normalise_name("Président Vladímir Pútín")
    'vladimir putin'
    >>> normalise_name("the U.S.")
    'us'
    """
    ascii_text = anyascii(unicodedata.normalize("NFC", text)).casefold()
    ascii_text = _APOSTROPHES.sub("", ascii_text)
    tokens = _NON_WORD.sub(" ", ascii_text).split()
    while len(tokens) > 1:
        if " ".join(tokens[:2]) in LEADING_TITLES and len(tokens) > 2:
            tokens = tokens[2:]
        elif tokens[0] in LEADING_TITLES:
            tokens = tokens[1:]
        else:
            break
    while len(tokens) > 1 and tokens[-1] in TRAILING_TITLES:
        tokens = tokens[:-1]
    return " ".join(tokens)


def inverted(normalised: str, original: str) -> str | None:
    """ "Putin, Vladimir" → "vladimir putin": the name in given-name-first order, when written inverted."""
    if "," not in original:
        return None
    surname, _, given = original.partition(",")
    swapped = normalise_name(f"{given} {surname}")
    return swapped if swapped and swapped != normalised else None


def is_latin(text: str) -> bool:
    """Whether every letter of ``text`` is in the Latin script (diacritics allowed)."""
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and all("LATIN" in unicodedata.name(ch, "") for ch in letters)


def _sorted_words(text: str) -> str:
    return " ".join(sorted(text.split()))


class FuzzyChoices:
    """The normalised choices closest to a query (rapidfuzz token_sort_ratio ≥ a threshold, best first, scores 0-1),
    prepared once for many look-ups: each choice's words are sorted when it is added, so a
    look-up is a plain ratio over the prepared strings (the same scores, ties in the same order; about six times
    faster over the KB's 13,500 aliases than letting the scorer sort both sides of every pair)."""

    def __init__(self, choices: Iterable[str]) -> None:
        self.choices = list(choices)
        self._sorted = [_sorted_words(choice) for choice in self.choices]

    def best(self, query: str, threshold: float = FUZZY_THRESHOLD, limit: int = 5) -> list[tuple[str, float]]:
        from rapidfuzz import fuzz, process  # loaded on the first fuzzy look-up: the store and the CLI start without it

        found = process.extract(_sorted_words(query), self._sorted, scorer=fuzz.ratio, score_cutoff=threshold,
                                limit=limit)
        return [(self.choices[index], score / 100.0) for _, score, index in found]

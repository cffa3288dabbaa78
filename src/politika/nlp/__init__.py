"""The NLP layer: our spaCy components, the record they fill, and the pipeline that runs them (``pipeline.py``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

# Texts per nlp.pipe batch; named here so that the CLI and the library can default to it without loading spaCy.
DEFAULT_BATCH_SIZE = 32


_TEXT_KEY = "politika.text"  # spaCy types user_data keys as strings


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per Doc: spaCy rebuilds it from every token at each access, which the layers'
    per-name lookups (a party tag after each name) turned into a whole pass over the document per name."""
    text: str | None = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


def line_break_tokens(doc: Doc) -> list[int]:
    """The indices of the tokens that hold a line break, in order, found by the breaks' offsets in the text (a
    token's trailing whitespace is a space or nothing, so a break is always inside a token): no Token object for
    every word of the Doc."""
    import re
    from bisect import bisect_right

    from spacy.attrs import IDX

    text = doc_text(doc)
    if "\n" not in text:
        return []
    offsets = doc.to_array(IDX).tolist()
    return sorted({bisect_right(offsets, found.start()) - 1 for found in re.finditer("\n", text)})

"""What the pipeline analyses: one text with its id and the article date that anchors relative dates.

Its own module so that the pipeline and the long-text splitter (:mod:`politika.nlp.long_texts`) share it without
importing each other.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class NlpInput:
    """One text to analyse, with the article date that anchors relative dates."""

    id: str
    text: str
    date: str | None = None
    title: str | None = None
    language: str | None = None  # ISO 639-1 ("en", "ru"); None: the pipeline tells Cyrillic from the script

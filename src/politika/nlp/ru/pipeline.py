"""Which pipeline reads a text: the natasha pipeline with the Russian components for Russian, the named spaCy
pipeline for the rest.

>>> script_language("Президент России заявил, что переговоры продолжатся.")
'ru'
>>> script_language("Президент України заявив, що переговори тривають.")
'uk'
>>> script_language("The president said talks would go on.") is None
True
"""

from __future__ import annotations

from spacy.language import Language

from politika.nlp.ru import NATASHA_MODEL, natasha_available
from politika.nlp.ru.natasha import natasha_pipeline

# Our layers that have a Russian component, and its factory.
RU_COMPONENTS = {"actors": "politika_ru_actors", "attributions": "politika_ru_attributions",
                 "events": "politika_ru_events", "causal": "politika_ru_causal"}
_UKRAINIAN_LETTERS = frozenset("іїєґІЇЄҐ")
_RUSSIAN_LETTERS = frozenset("ыэъёЫЭЪЁ")


def russian_pipeline(layers: tuple[str, ...]) -> Language:
    """The natasha pipeline with the Russian components of ``layers``, in the order of ``layers``."""
    from politika.nlp.ru import actors, attribution, causal, events  # noqa: F401  (registers the factories)

    nlp = natasha_pipeline()
    for layer in layers:
        if layer in RU_COMPONENTS:
            nlp.add_pipe(RU_COMPONENTS[layer], last=True)
    return nlp


def script_language(text: str) -> str | None:
    """ "ru" or "uk" for a text written mostly in Cyrillic (Ukrainian by its own letters), else None: the cheap test
    the pipeline uses when the caller did not say the language."""
    sample = text[:3000]
    letters = [ch for ch in sample if ch.isalpha()]
    if not letters:
        return None
    cyrillic = sum(1 for ch in letters if "\u0400" <= ch <= "\u04ff")
    if cyrillic * 2 < len(letters):
        return None
    ukrainian = sum(1 for ch in letters if ch in _UKRAINIAN_LETTERS)
    russian = sum(1 for ch in letters if ch in _RUSSIAN_LETTERS)
    return "uk" if ukrainian > russian else "ru"


__all__ = ["NATASHA_MODEL", "RU_COMPONENTS", "natasha_available", "russian_pipeline", "script_language"]

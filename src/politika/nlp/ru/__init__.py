"""Russian analysed natively: a spaCy pipeline assembled from natasha (:mod:`politika.nlp.ru.natasha`), and the
Russian actors and attributions components that write the same record as the English ones.

The optional extra ``politika[ru]`` (natasha, pymorphy3) brings what it needs; without it a Russian text is not
analysed and :func:`politika.nlp.ru.natasha.natasha_available` says so.
"""

from __future__ import annotations

import importlib.util

# The name under which the natasha pipeline is chosen (``--model natasha_ru`` reads every text with it).
NATASHA_MODEL = "natasha_ru"
# Ukrainian goes through the same natasha pipeline with the actors layer only (its NER reads Cyrillic names; the
# attribution, event and causal lexicons are Russian): recorded under this name, the article keeps its language uk.
NATASHA_UK_MODEL = "natasha_uk"
UK_LAYERS = ("actors",)
MISSING = "natasha is not installed: Russian texts need pip install 'politika[ru]' (natasha, pymorphy3)"


def natasha_available() -> bool:
    """Whether natasha and pymorphy3 are installed (found, not imported: this costs no model load)."""
    return importlib.util.find_spec("natasha") is not None and importlib.util.find_spec("pymorphy3") is not None

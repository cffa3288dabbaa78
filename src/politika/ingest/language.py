"""Language of an article's text (py3langid), with the page's declared language as a tie-breaker."""

from __future__ import annotations

from functools import lru_cache
from typing import Any


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_modelpath(MODEL_DIR / MODEL_FILE, norm_probs=True)


def detect_language(text: str, declared: str | None = None) -> tuple[str, float]:
    """Return ``(ISO 639-1 code, probability)`` for ``text``.

    Short or mixed texts are uncertain: when detection is unsure and the page declared a language,
    the declared one wins.
    """
    sample = text[:3000]
    if len(sample.strip()) < 20:
        return (declared or "und", 0.0)
    lang, prob = _identifier().classify(sample)
    if declared and lang != declared and prob < 0.9:
        return declared, prob
    return str(lang), float(prob)

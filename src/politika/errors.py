"""Errors for users: each names the input and the reason, in one line."""

from __future__ import annotations


class PolitikaError(Exception):
    """Base class of every error politika reports to a user.

    ``source`` names the input (a path, a URL, ``file.jsonl:12``) and ``reason`` says what is wrong
    with it; ``str(error)`` is the one line a user sees.
    """

    kind = "error"

    def __init__(self, source: str, reason: str) -> None:
        self.source = source
        self.reason = reason
        super().__init__(f"{source}: {reason}")


class InputError(PolitikaError):
    """The input cannot be read: missing, empty, binary, badly encoded, truncated, too large."""

    kind = "input"


class FetchError(PolitikaError):
    """A URL could not be fetched: HTTP status, timeout, wrong content type, too large."""

    kind = "fetch"


class ExtractionError(PolitikaError):
    """The input was read but holds no article text."""

    kind = "extraction"


class StoreError(PolitikaError):
    """The store cannot be opened or migrated."""

    kind = "store"


class ModelError(PolitikaError):
    """The spaCy pipeline cannot be loaded."""

    kind = "model"


class AnalysisError(PolitikaError):
    """Analysing one article raised: a bug to report. ``stage`` names where (a pipeline component,
    ``record`` or ``store``); the other articles of the batch are analysed."""

    kind = "analysis"

    def __init__(self, source: str, reason: str, stage: str = "analysis") -> None:
        super().__init__(source, reason)
        self.stage = stage

"""Errors for users: each names the input and the reason, in one line."""

from __future__ import annotations

import re

# What must not reach a terminal or a log line as it is: C0 and C1 controls (newlines, ESC), DEL, lone
# surrogates (the undecodable bytes of a file name), and the characters that reorder or break a line.
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff\u200e\u200f\u2028\u2029\u202a-\u202e"
                          "\u2066-\u2069]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def printable(text: str) -> str:
    r"""``text`` safe to print on one line: control characters escaped, the undecodable bytes of a file name as
    ``\xNN``; other text, accents and scripts included, is left as it is. Every error line names its input
    through this (``PolitikaError`` applies it), and so does the origin of an article read from a file.

    >>> printable("bad\nname\x1b[31m.html")
    'bad\\nname\\x1b[31m.html'
    >>> printable(b"caf\xe9.html".decode("utf-8", "surrogateescape"))
    'caf\\xe9.html'
    """
    if not _UNPRINTABLE.search(text):
        return text
    return _UNPRINTABLE.sub(_escape, text)


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    code = ord(char)
    if char in _NAMED:
        return _NAMED[char]
    if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8 (os.fsdecode's surrogateescape)
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


class PolitikaError(Exception):
    """Base class of every error politika reports to a user.

    ``source`` names the input (a path, a URL, ``file.jsonl:12``) and ``reason`` says what is wrong
    with it; ``str(error)`` is the one line a user sees. ``option``, when given, is the parameter that
    ``source`` is the value of (``min_sources``): the CLI names it as its flag (``--min-sources``).
    ``status_code`` is what the explorer answers (``politika.web.app``).

    >>> str(InputError("0", "must be 1 or more", option="min_sources"))
    'min_sources=0: must be 1 or more'
    """

    kind = "error"
    status_code = 400

    def __init__(self, source: str, reason: str, *, option: str | None = None) -> None:
        self.source = printable(source)
        self.reason = printable(reason)
        self.option = option
        super().__init__(f"{option}={self.source}: {self.reason}" if option else f"{self.source}: {self.reason}")


class InputError(PolitikaError):
    """The input cannot be read: missing, empty, binary, badly encoded, truncated, too large."""

    kind = "input"


class NotFound(InputError):
    """What the input names is not there: no such file, article, actor or factor."""

    status_code = 404


class FetchError(PolitikaError):
    """A URL could not be fetched: HTTP status, timeout, wrong content type, too large."""

    kind = "fetch"
    status_code = 502


class ConfirmationNeeded(InputError):
    """The input is valid but the action is easy to regret (merging a person into an organisation): it runs only
    when confirmed (``confirm=True``, the CLI's ``--yes``); the explorer answers 409."""

    kind = "confirm"
    status_code = 409


class ExtractionError(PolitikaError):
    """The input was read but holds no article text."""

    kind = "extraction"


class StoreError(PolitikaError):
    """The store cannot be opened or migrated."""

    kind = "store"
    status_code = 503


class ModelError(PolitikaError):
    """The spaCy pipeline cannot be loaded."""

    kind = "model"
    status_code = 503


class AnalysisError(PolitikaError):
    """Analysing one article raised: a bug to report. ``stage`` names where (a pipeline component,
    ``record`` or ``store``); the other articles of the batch are analysed."""

    kind = "analysis"
    status_code = 500

    def __init__(self, source: str, reason: str, stage: str = "analysis") -> None:
        super().__init__(source, reason)
        self.stage = stage

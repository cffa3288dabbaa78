"""The fields of a JSON article (a JSONL line, a ``.json`` file): each checked and coerced, or the article refused.

Valid JSON can still hold anything: ``"authors": 42``, ``"url": ["a", "b"]``, ``"title": {"en": ...}``. Every
field politika reads is checked here, once, and a value of the wrong type refuses the article with one error
that names the line and the field (``in.jsonl:7: field 'url' is a list; expected a string``); the other lines go
on. What is coerced: a number where text is expected (``"id": 42``, ``"title": 2024``), a Unix time in seconds or
milliseconds as the date, a single author as a string, ``null`` as a missing field. Fields politika does not
read are dropped. Every string is cleaned for the stores (:func:`politika.ingest.sanitise.clean_text`).
"""

from __future__ import annotations

import datetime as dt
import math
from typing import Any

from politika.errors import InputError
from politika.ingest.document import RawDocument
from politika.ingest.genre import read_genre
from politika.ingest.markdown import split_authors
from politika.ingest.sanitise import clean_text, language_code

# Fields read as text; a number is written out, anything else refuses the article.
TEXT_FIELDS = ("title", "id", "site", "section", "description")
_LATEST_SECONDS = 4_102_444_800  # 2100-01-01: a larger number is milliseconds (or no time at all)


def kind_of(value: Any) -> str:
    """How an error names a JSON value's type."""
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return "a string" if isinstance(value, str) else type(value).__name__


def _refuse(where: str, name: str, value: Any, expected: str) -> InputError:
    return InputError(where, f"field '{name}' is {kind_of(value)}; expected {expected}")


def text_field(where: str, name: str, value: Any) -> str | None:
    """A text field: a string (cleaned, stripped) or a number written out; ``None`` when missing or empty."""
    if value is None:
        return None
    if isinstance(value, str):
        return clean_text(value).strip() or None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return _number(value)
    raise _refuse(where, name, value, "a string")


def _number(value: float) -> str:
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e16:
        return str(int(value))
    return str(value)


def _authors(where: str, value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return split_authors(clean_text(value))
    if not isinstance(value, list):
        raise _refuse(where, "authors", value, "a string or a list of strings")
    names: list[str] = []
    for item in value:
        if item is None:
            continue
        if not isinstance(item, str):
            raise InputError(where, f"field 'authors' holds {kind_of(item)}; expected a list of strings")
        name = clean_text(item).strip()
        if name:
            names.append(name)
    return names


def date_field(where: str, value: Any) -> str | None:
    """A date: a string (normalised later), or a Unix time in seconds or milliseconds."""
    if value is None or isinstance(value, str):
        return text_field(where, "date", value)
    if isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value):
        seconds = value if abs(value) < _LATEST_SECONDS else value / 1000
        if 0 <= seconds < _LATEST_SECONDS:
            return dt.datetime.fromtimestamp(seconds, dt.UTC).date().isoformat()
        raise InputError(where, "field 'date' is a number that is no Unix time (seconds or milliseconds)")
    raise _refuse(where, "date", value, "a string (2024-07-05) or a Unix time")


def check_fields(where: str, record: dict[str, Any]) -> dict[str, Any]:
    """The fields politika reads from ``record``, checked and coerced; raises :class:`InputError` naming the field.

    >>> check_fields("in.jsonl:1", {"text": "Hello", "id": 7, "authors": "Ann Lee and Bo Chan", "x": [[]]})
    {'text': 'Hello', 'url': None, 'authors': ['Ann Lee', 'Bo Chan'], 'date': None, 'title': None, 'id': '7', \
'site': None, 'section': None, 'description': None}
    """
    fields: dict[str, Any] = {}
    for name in ("text", "html"):
        value = record.get(name)
        if value is not None and not isinstance(value, str):
            raise _refuse(where, name, value, "a string")
        if isinstance(value, str) and value.strip():
            fields[name] = clean_text(value)
    url = record.get("url")
    if url is not None and not isinstance(url, str):
        raise _refuse(where, "url", url, "a string (one URL)")
    fields["url"] = (clean_text(url).strip() or None) if isinstance(url, str) else None
    fields["authors"] = _authors(where, record.get("authors"))
    fields["date"] = date_field(where, record.get("date"))
    for name in TEXT_FIELDS:
        fields[name] = text_field(where, name, record.get(name))
    for name in ("genre", "language"):
        value = text_field(where, name, record.get(name))
        if value is not None:
            # a label of our own (news, opinion, ...) or a word that says one (editorial); else the signals decide
            read = read_genre(value) if name == "genre" else language_code(value)
            if read:
                fields[name] = read
    return fields


def document_from_fields(where: str, record: dict[str, Any]) -> RawDocument | InputError:
    """A RawDocument from a JSON object with ``text`` or ``html`` and optional metadata fields, or the error that
    refuses it (a field of the wrong type, no text)."""
    try:
        fields = check_fields(where, record)
    except InputError as exc:
        return exc
    body = fields.pop("text", None)
    html = fields.pop("html", None)
    if body is None and html is None:
        return InputError(where, "no 'text' or 'html' field with content")
    fields["html_body"] = body is None
    return RawDocument(origin=where, kind="fields", content=body if body is not None else html, url=fields["url"],
                       fields=fields)

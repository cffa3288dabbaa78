"""Exports: one table of formats, each a writer that takes the data and an open stream.

The caller reads the data (``Store.iter_export``, ``Store.iter_events``, ``Store.actor_export``, a causal map
built by :func:`politika.graph.causal_map.build_map`, ``Store.claims``, the rows of a page) and opens the stream:
the CLI a path or ``-`` for stdout (``click.open_file``), the web an in-memory buffer (:func:`render`) or a
streamed response.

>>> fmt = export_format("causal", "dot")
>>> (fmt.media_type, fmt.suffix, fmt.binary)
('text/vnd.graphviz', '.dot', False)
>>> [f.name for f in FORMATS if f.what == "events"]
['plover', 'csv']
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from politika.export import articles, causal, claims, events, ftm, graphml, table

CSV = "text/csv; charset=utf-8"
GRAPHML = "application/graphml+xml"
JSONL = "application/x-ndjson"


@dataclass(frozen=True)
class ExportFormat:
    what: str  # articles, claims, events, actors, causal; network and table: what an explorer page shows
    name: str  # the --format value
    writer: Callable[[Any, Any], int]  # (data, open stream) -> the number of items written
    media_type: str
    suffix: str
    binary: bool = False  # the writer takes a binary stream


FORMATS = (
    ExportFormat("articles", "jsonl", articles.write_jsonl, JSONL, ".jsonl"),
    ExportFormat("articles", "csv", articles.write_csv, CSV, ".csv"),
    ExportFormat("articles", "parquet", articles.write_parquet, "application/vnd.apache.parquet", ".parquet",
                 binary=True),
    ExportFormat("actors", "ftm", ftm.write_ftm, JSONL, ".ftm.json"),
    ExportFormat("actors", "graphml", graphml.write_actors, GRAPHML, ".graphml"),
    ExportFormat("causal", "json", causal.write_json, "application/json", ".json"),
    ExportFormat("causal", "graphml", causal.write_graphml, GRAPHML, ".graphml"),
    ExportFormat("causal", "dot", causal.write_dot, "text/vnd.graphviz", ".dot"),
    ExportFormat("causal", "fcm", causal.write_fcm, CSV, ".csv"),
    ExportFormat("claims", "csv", claims.write_csv, CSV, ".csv"),
    ExportFormat("claims", "jsonl", claims.write_jsonl, JSONL, ".jsonl"),
    ExportFormat("events", "plover", events.write_plover, JSONL, ".jsonl"),
    ExportFormat("events", "csv", events.write_csv, CSV, ".csv"),
    ExportFormat("network", "graphml", graphml.write_network, GRAPHML, ".graphml"),
    ExportFormat("table", "csv", table.write_csv, CSV, ".csv"),
)


def export_format(what: str, name: str) -> ExportFormat | None:
    """The format ``name`` of ``what``, or None where ``what`` has no such format."""
    return next((f for f in FORMATS if f.what == what and f.name == name), None)


def format_names(what: str) -> list[str]:
    return [f.name for f in FORMATS if f.what == what]


def render(fmt: ExportFormat, data: Any) -> str | bytes:
    """``data`` written in ``fmt`` to memory: text, or bytes for a binary format."""
    buffer: io.StringIO | io.BytesIO = io.BytesIO() if fmt.binary else io.StringIO(newline="")
    fmt.writer(data, buffer)
    return buffer.getvalue()


__all__ = ["FORMATS", "ExportFormat", "export_format", "format_names", "render"]

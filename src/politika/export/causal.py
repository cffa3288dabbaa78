"""The causal map (:class:`politika.graph.causal_map.CausalMap`) as JSON, GraphML, Graphviz DOT or FCMpy's weight
matrix; every writer takes the map and an open text stream and returns the number of factors."""

from __future__ import annotations

import csv
import json
from typing import IO, TYPE_CHECKING

from politika.csv_cells import safe_row
from politika.graph.causal_map import CausalMap

if TYPE_CHECKING:  # networkx loads when a graph is built, not with the store or the CLI
    import networkx as nx


def write_json(cmap: CausalMap, out: IO[str]) -> int:
    out.write(json.dumps(cmap.to_dict(), ensure_ascii=False, indent=1))
    return len(cmap.factors)


def to_networkx(cmap: CausalMap) -> nx.MultiDiGraph:
    """One node per factor, one edge per (cause, effect, polarity), scalar attributes only (GraphML-safe)."""
    import networkx as nx

    graph = nx.MultiDiGraph()
    for factor in cmap.factors.values():
        graph.add_node(factor.id, name=factor.name, links=factor.links,
                       actor=(factor.actor or {}).get("id", ""), actor_name=(factor.actor or {}).get("name", ""))
    for edge in cmap.edges:
        first = edge.quotes[0] if edge.quotes else {}
        graph.add_edge(edge.cause, edge.effect, key=edge.polarity, polarity=edge.polarity, weight=edge.weight,
                       articles=edge.articles, sources=edge.sources, links=edge.links, hedged=edge.hedged,
                       contested=edge.contested, quote=first.get("quote") or "", article=first.get("article") or "")
    return graph


def write_graphml(cmap: CausalMap, out: IO[str]) -> int:
    import networkx as nx

    out.write("\n".join(nx.generate_graphml(to_networkx(cmap), prettyprint=True)) + "\n")
    return len(cmap.factors)


def _dot_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ") + '"'


def write_dot(cmap: CausalMap, out: IO[str]) -> int:
    """Graphviz DOT: ``+`` edges solid, ``-`` edges dashed and red, width by support, contested edges bold."""
    lines = ["digraph causal_map {", "  rankdir=LR;", "  node [shape=box, style=rounded];"]
    for factor in cmap.factors.values():
        lines.append(f"  {_dot_string(factor.id)} [label={_dot_string(factor.name)}];")
    for edge in cmap.edges:
        style = "solid" if edge.polarity == "+" else "dashed"
        colour = "black" if edge.polarity == "+" else "red"
        extra = ", bold=true, fontcolor=purple" if edge.contested else ""
        label = f"{edge.polarity} ({edge.articles})"
        lines.append(f"  {_dot_string(edge.cause)} -> {_dot_string(edge.effect)} [label={_dot_string(label)}, "
                     f"style={style}, color={colour}, penwidth={1 + edge.articles}{extra}];")
    lines.append("}")
    out.write("\n".join(lines) + "\n")
    return len(cmap.factors)


def write_fcm(cmap: CausalMap, out: IO[str]) -> int:
    """The weight matrix as CSV for FCMpy: a header row of factor names, then one row per factor, its name
    first; cell (row i, column j) is the net weight of "i causes j" (row = cause, column = effect), 0 where none.

    Load it with ``pandas.read_csv(path, index_col=0)``; the frame is FCMpy's ``weight_matrix`` (its
    simulation computes ``A(t+1) = f(A(t) + W^T·A(t))`` under ``inference="mKosko"``, the rule of
    :mod:`politika.graph.whatif`, with ``transfer="tanh"``).
    """
    ids = sorted(cmap.factors, key=lambda f: cmap.factors[f].name)
    names = _unique_names([cmap.factors[f].name for f in ids])
    weights = cmap.weights()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(safe_row(["", *names]))
    for row_id, row_name in zip(ids, names, strict=True):
        writer.writerow(safe_row([row_name, *(_number(weights.get((row_id, col), 0.0)) for col in ids)]))
    return len(cmap.factors)


def _number(value: float) -> str:
    return "0" if value == 0 else f"{value:.4f}"


def _unique_names(names: list[str]) -> list[str]:
    seen: dict[str, int] = {}
    out = []
    for name in names:
        seen[name] = seen.get(name, 0) + 1
        out.append(name if seen[name] == 1 else f"{name} ({seen[name]})")
    return out


__all__ = ["to_networkx", "write_dot", "write_fcm", "write_graphml", "write_json"]

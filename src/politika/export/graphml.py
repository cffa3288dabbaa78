"""The actor network as GraphML (Gephi, networkx, yEd, Cytoscape).

Nodes are stored actors (id = the actor's store key) with name, type, kind, country, sector, kb_id,
mention_count, article_count, first_seen and last_seen; directed edges are ties, one per (source, target,
type), with ``kind`` "tie", the type, the number of articles stating it (``count``) and the first sentence that
does. ``network_graphml`` writes the explorer's network as drawn: its actors, its ties and its event edges
(``kind`` "event", ``type`` the quad class name, ``quad`` 1-4, ``count`` event clusters, ``reports``, ``inferred``:
the reports where the learned argument scorer chose a party).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterable, Mapping, Sequence
from typing import IO, Any

_NS = "http://graphml.graphdrawing.org/xmlns"
_NODE_KEYS = (("name", "string"), ("type", "string"), ("kind", "string"), ("country", "string"),
              ("sector", "string"), ("kb_id", "string"), ("mention_count", "int"), ("article_count", "int"),
              ("first_seen", "string"), ("last_seen", "string"))
_EDGE_KEYS = (("kind", "string"), ("type", "string"), ("quad", "int"), ("count", "int"), ("reports", "int"),
              ("inferred", "int"), ("evidence", "string"))


def actor_graphml(tables: Mapping[str, Sequence[Mapping[str, Any]]]) -> ET.ElementTree:
    """The actor network (``Store.actor_export()``: its actors and ties) as a GraphML document."""
    stored, ties = tables["actors"], tables["ties"]
    keys_by_pk = {actor["pk"]: actor["id"] for actor in stored}
    edges = [{"kind": "tie", "source": keys_by_pk[tie["source_pk"]], "target": keys_by_pk[tie["target_pk"]],
              "type": tie["type"], "count": tie["count"],
              "evidence": tie["sentences"][0] if tie["sentences"] else None}
             for tie in ties if tie["source_pk"] in keys_by_pk and tie["target_pk"] in keys_by_pk]
    return network_graphml(stored, edges)


def network_graphml(nodes: Iterable[Mapping[str, Any]], edges: Iterable[Mapping[str, Any]]) -> ET.ElementTree:
    """A GraphML document of these actors (dicts with ``id`` and the node attributes) and edges (dicts with
    ``source`` and ``target`` actor ids and the edge attributes); edges to an actor not given are left out."""
    root = ET.Element("graphml", {"xmlns": _NS})
    for domain, keys in (("node", _NODE_KEYS), ("edge", _EDGE_KEYS)):
        for name, kind in keys:
            ET.SubElement(root, "key", {"id": f"{domain[0]}_{name}", "for": domain, "attr.name": name,
                                        "attr.type": kind})
    graph = ET.SubElement(root, "graph", {"id": "politika-actors", "edgedefault": "directed"})
    ids: set[str] = set()
    for actor in nodes:
        ids.add(actor["id"])
        node = ET.SubElement(graph, "node", {"id": actor["id"]})
        _data(node, "n", _NODE_KEYS, actor)
    for n, item in enumerate(e for e in edges if e["source"] in ids and e["target"] in ids):
        edge = ET.SubElement(graph, "edge", {"id": f"e{n}", "source": item["source"], "target": item["target"]})
        _data(edge, "e", _EDGE_KEYS, item)
    ET.indent(root)
    return ET.ElementTree(root)


def _data(element: ET.Element, prefix: str, keys: tuple[tuple[str, str], ...], values: Mapping[str, Any]) -> None:
    for name, _ in keys:
        value = values.get(name)
        if value is not None and value != "":
            ET.SubElement(element, "data", {"key": f"{prefix}_{name}"}).text = str(value)


def write_tree(tree: ET.ElementTree, out: IO[str]) -> None:
    """Write a GraphML document with its XML declaration and a closing newline."""
    out.write("<?xml version='1.0' encoding='utf-8'?>\n")
    root = tree.getroot()
    out.write((ET.tostring(root, encoding="unicode") if root is not None else "") + "\n")


def write_actors(tables: Mapping[str, Sequence[Mapping[str, Any]]], out: IO[str]) -> int:
    """Write the actor network as GraphML; returns the number of actors (nodes)."""
    write_tree(actor_graphml(tables), out)
    return len(tables["actors"])


def write_network(network: tuple[Iterable[Mapping[str, Any]], Iterable[Mapping[str, Any]]], out: IO[str]) -> int:
    """Write ``(nodes, edges)`` (:func:`network_graphml`) as GraphML; returns the number of nodes."""
    tree = network_graphml(*network)
    write_tree(tree, out)
    root = tree.getroot()
    return len(root.findall("graph/node")) if root is not None else 0


__all__ = ["actor_graphml", "network_graphml", "write_actors", "write_network", "write_tree"]

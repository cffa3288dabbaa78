"""The part of the causal map a screen can show: the map from aggregated edge counts, and its top N factors.

``map_from_counts`` builds the same :class:`~politika.graph.causal_map.CausalMap` as ``build_map`` (same edges,
weights, contested marks and order) from ``politika.store.aggregates.causal_edge_counts``, without quotes, so
a big store is summed up in SQL rather than read link by link. ``top_factors`` keeps the ``n`` factors with the
most links and the edges among them, and finds the loops of that smaller map.

>>> rows = [{"cause": {"id": "a", "name": "A"}, "effect": {"id": "b", "name": "B"}, "polarity": "+",
...          "articles": 1, "sources": 1, "links": 1, "hedged": 0}]
>>> round(map_from_counts(rows).edges[0].weight, 4)
0.3935
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from politika.graph.causal_map import MAX_LOOP, CausalMap, Edge, Factor, find_loops, mark_contested, strength
from politika.graph.factors import key_of


def map_from_counts(rows: Iterable[Mapping[str, Any]], min_support: int = 1) -> CausalMap:
    """The causal map of aggregated edges (``cause``, ``effect``, ``polarity``, ``articles``, ``sources``,
    ``links``, ``hedged`` and ``evidence``, the mean confidence times kind weight of its links, 1 if absent);
    edges with fewer than ``min_support`` articles are left out. No loops yet."""
    cmap = CausalMap()
    for row in rows:
        cause, effect = row["cause"], row["effect"]
        if cause["id"] == effect["id"] or row["articles"] < min_support:
            continue
        polarity = "-" if row["polarity"] == "-" else "+"
        weight = strength(row["articles"], row["hedged"], row["links"], float(row.get("evidence", 1.0))) * \
            (1 if polarity == "+" else -1)
        cmap.edges.append(Edge(cause["id"], effect["id"], polarity, row["articles"], row["sources"], row["links"],
                               row["hedged"], weight))
        for ref in (cause, effect):
            factor = cmap.factors.setdefault(ref["id"], Factor(ref["id"], ref["name"], ref.get("actor")))
            factor.links += row["links"]
    mark_contested(cmap)
    return cmap


def top_factors(cmap: CausalMap, n: int, max_loop: int = MAX_LOOP) -> CausalMap:
    """The ``n`` factors with the most links (ties: by name) and the edges among them, with their loops."""
    ranked = sorted(cmap.factors.values(), key=lambda f: (-f.links, f.name, f.id))[:max(n, 0)]
    kept = {f.id for f in ranked}
    sub = CausalMap(factors={f.id: f for f in ranked},
                    edges=[e for e in cmap.edges if e.cause in kept and e.effect in kept])
    sub.loops = find_loops(sub, max_loop)
    return sub


def matching_factors(cmap: CausalMap, text: str) -> list[str]:
    """The ids of the map's factors whose name holds ``text`` (any case) or whose key holds its stems, most
    linked first: the factor search of the map page ("sanction" finds "Western sanctions")."""
    text = text.strip().lower()
    if not text:
        return []
    key = key_of(text)
    found = [f for f in cmap.factors.values() if text in f.name.lower() or (key and key in f.id)]
    return [f.id for f in sorted(found, key=lambda f: (-f.links, f.name, f.id))]


def around(cmap: CausalMap, centre: Iterable[str], n: int, max_loop: int = MAX_LOOP) -> CausalMap:
    """The map centred on some factors: them, then their neighbours (causes and effects) with the most links,
    then the rest by links, ``n`` factors in all (the centre is kept whole), with the edges among them."""
    wanted = [f for f in dict.fromkeys(centre) if f in cmap.factors]
    near: dict[str, None] = {}
    for edge in cmap.edges:
        if edge.cause in wanted:
            near[edge.effect] = None
        if edge.effect in wanted:
            near[edge.cause] = None
    by_links = sorted(cmap.factors.values(), key=lambda f: (-f.links, f.name, f.id))
    ranked = wanted + [f.id for f in by_links if f.id in near and f.id not in wanted]
    ranked += [f.id for f in by_links if f.id not in near and f.id not in wanted]
    kept = set(ranked[:max(n, len(wanted))])
    sub = CausalMap(factors={f: cmap.factors[f] for f in ranked if f in kept},
                    edges=[e for e in cmap.edges if e.cause in kept and e.effect in kept])
    sub.loops = find_loops(sub, max_loop)
    return sub


__all__ = ["around", "map_from_counts", "matching_factors", "top_factors"]

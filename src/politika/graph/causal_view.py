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


def map_from_counts(rows: Iterable[Mapping[str, Any]], min_support: int = 1) -> CausalMap:
    """The causal map of aggregated edges (``cause``, ``effect``, ``polarity``, ``articles``, ``sources``,
    ``links``, ``hedged``); edges with fewer than ``min_support`` articles are left out. No loops yet."""
    cmap = CausalMap()
    for row in rows:
        cause, effect = row["cause"], row["effect"]
        if cause["id"] == effect["id"] or row["articles"] < min_support:
            continue
        polarity = "-" if row["polarity"] == "-" else "+"
        weight = strength(row["articles"], row["hedged"], row["links"]) * (1 if polarity == "+" else -1)
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


__all__ = ["map_from_counts", "top_factors"]

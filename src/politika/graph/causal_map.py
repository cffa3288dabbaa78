"""The corpus causal map: factors as nodes, signed edges with their support and quotes, and feedback loops.

Built from link dicts (``Store.causal_links``; a hand-made list in tests). One edge per
(cause, effect, polarity): "A raises B" in one article and "A lowers B" in another are two edges side by side,
both marked ``contested`` — never averaged away here. Each edge counts the distinct ``articles`` and
``sources`` (who asserts it: a quoted source, else the author or outlet) behind it and keeps every quote.

Edge weight (used by loops for their sign and by :mod:`politika.graph.whatif`)::

    evidence = articles * mean over the edge's links of (confidence * kind weight)
    strength = (1 - exp(-evidence / 2)) * (1 - 0.5 * hedged_links / links)
    weight   = +strength for a '+' edge, -strength for a '-' edge

where ``confidence`` is the causal layer's (1 where a link has none) and the kind weight is 0.5 for an
``insufficient`` cause (a weak positive: "sanctions were not enough to bring Putin to his knees") and 1 otherwise.
So one article of full confidence gives 0.39, two 0.63, three 0.78; one link of confidence 0.6 gives 0.26; an edge
asserted only with hedges ("may", "could") counts half. Links under ``min_confidence`` (default
:data:`DEFAULT_MIN_CONFIDENCE`, the causal layer's claims) are left out of the map unless asked.

Loops are the simple cycles (``networkx.simple_cycles``, at most ``max_loop`` factors) of the graph of
cause → effect pairs; a loop is *reinforcing* with an even number of ``-`` steps and *balancing* with an odd
number. A pair with edges of both signs makes the loops through it ``contested``; its sign is the sign of the
net weight.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # networkx loads when a graph is built, not with the store or the CLI
    import networkx as nx


MAX_LOOP = 6
MAX_LOOPS = 200
# The causal layer's claims: links at or above this confidence make the map and what-if unless asked otherwise
# (the layer keeps weaker candidates in the record, marked by their confidence; docs/causal.md). 0.6: the link
# scorer's out-of-fold precision on the whole-article dev articles is 0.80 there (recall 0.21), 0.71 at 0.5 (0.25)
# (scripts/train_causal_links.py --folds 5): a map worth citing shows what is right four times in five.
DEFAULT_MIN_CONFIDENCE = 0.6
# How much a link of each relation kind weighs in its edge: an insufficient cause is a weak positive.
KIND_WEIGHT = {"insufficient": 0.5}


def strength(articles: int, hedged: int = 0, links: int = 1, confidence: float = 1.0) -> float:
    """An edge's strength from its support: ``(1 - e^(-articles * confidence / 2)) * (1 - 0.5 * hedged/links)``,
    ``confidence`` the mean of its links' confidence times their kind weight."""
    return (1.0 - math.exp(-articles * confidence / 2.0)) * (1.0 - 0.5 * hedged / max(links, 1))


def link_evidence(link: Mapping[str, Any]) -> float:
    """One link's weight in its edge: its confidence (1 if it has none) times its kind's weight."""
    confidence = link.get("confidence")
    return (1.0 if confidence is None else float(confidence)) * KIND_WEIGHT.get(str(link.get("kind")), 1.0)


@dataclass
class Factor:
    id: str
    name: str
    actor: dict[str, str] | None = None
    links: int = 0


@dataclass
class Edge:
    cause: str
    effect: str
    polarity: str
    articles: int = 0
    sources: int = 0
    links: int = 0
    hedged: int = 0
    weight: float = 0.0
    contested: bool = False
    quotes: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class Loop:
    factors: list[str]
    polarities: list[str]
    kind: str  # reinforcing | balancing
    contested: bool = False


@dataclass
class CausalMap:
    factors: dict[str, Factor] = field(default_factory=dict)
    edges: list[Edge] = field(default_factory=list)
    loops: list[Loop] = field(default_factory=list)

    def name(self, factor_id: str) -> str:
        return self.factors[factor_id].name

    def weights(self) -> dict[tuple[str, str], float]:
        """The net weight of each (cause, effect) pair: the sum of its edges' signed weights."""
        out: dict[tuple[str, str], float] = {}
        for edge in self.edges:
            out[(edge.cause, edge.effect)] = out.get((edge.cause, edge.effect), 0.0) + edge.weight
        return out

    def graph(self) -> nx.DiGraph:
        """The pairs as a networkx DiGraph with the net ``weight`` and ``contested`` on each edge."""
        import networkx as nx

        graph = nx.DiGraph()
        graph.add_nodes_from(self.factors)
        contested = {(e.cause, e.effect) for e in self.edges if e.contested}
        for (cause, effect), weight in self.weights().items():
            graph.add_edge(cause, effect, weight=weight, contested=(cause, effect) in contested)
        return graph

    def to_dict(self) -> dict[str, Any]:
        return {"factors": [asdict(f) for f in self.factors.values()], "edges": [asdict(e) for e in self.edges],
                "loops": [asdict(loop) for loop in self.loops]}


def _quote(link: Mapping[str, Any]) -> dict[str, Any]:
    return {"article": link.get("article"), "title": link.get("title"), "site": link.get("site"),
            "date": link.get("date"), "sentence": link.get("sentence"), "quote": link.get("sentence_text"),
            "cause": (link.get("cause_span") or {}).get("text"), "effect": (link.get("effect_span") or {}).get("text"),
            "signal": (link.get("signal") or {}).get("text"), "source": link.get("source"),
            "hedged": bool(link.get("hedged")), "negated": bool(link.get("negated")),
            "confidence": link.get("confidence")}


def build_map(links: Iterable[Mapping[str, Any]], min_support: int = 1, max_loop: int = MAX_LOOP) -> CausalMap:
    """The map of ``links``; edges asserted by fewer than ``min_support`` articles are left out (and the factors
    only they use). Edges are ordered by support, strongest first."""
    cmap = CausalMap()
    grouped: dict[tuple[str, str, str], list[Mapping[str, Any]]] = {}
    for link in links:
        cause, effect = link["cause"], link["effect"]
        if cause["id"] == effect["id"]:
            continue  # "A because A" after merging: no edge
        polarity = "-" if link.get("polarity") == "-" else "+"
        grouped.setdefault((cause["id"], effect["id"], polarity), []).append(link)
    for (cause_id, effect_id, polarity), found in grouped.items():
        articles = len({x.get("article") for x in found})
        if articles < min_support:
            continue
        hedged = sum(1 for x in found if x.get("hedged"))
        evidence = sum(link_evidence(x) for x in found) / len(found)
        weight = strength(articles, hedged, len(found), evidence) * (1 if polarity == "+" else -1)
        cmap.edges.append(Edge(cause_id, effect_id, polarity, articles, len({x.get("source") for x in found}),
                               len(found), hedged, weight, quotes=[_quote(x) for x in found]))
        for side, factor_id in (("cause", cause_id), ("effect", effect_id)):
            ref = found[0][side]
            factor = cmap.factors.setdefault(factor_id, Factor(factor_id, ref["name"], ref.get("actor")))
            factor.links += len(found)
    mark_contested(cmap)
    cmap.loops = find_loops(cmap, max_loop)
    return cmap


def mark_contested(cmap: CausalMap) -> None:
    """Flag the edges whose cause and effect are also linked with the other sign; strongest edges first."""
    signs: dict[tuple[str, str], set[str]] = {}
    for edge in cmap.edges:
        signs.setdefault((edge.cause, edge.effect), set()).add(edge.polarity)
    for edge in cmap.edges:
        edge.contested = len(signs[(edge.cause, edge.effect)]) > 1
    cmap.edges.sort(key=lambda e: (-e.articles, -e.links, cmap.factors[e.cause].name, cmap.factors[e.effect].name))


def find_loops(cmap: CausalMap, max_loop: int = MAX_LOOP, limit: int = MAX_LOOPS) -> list[Loop]:
    """Feedback loops of at most ``max_loop`` factors, shortest first, classified by the number of ``-`` steps."""
    graph = cmap.graph()
    loops: list[Loop] = []
    import networkx as nx

    for cycle in nx.simple_cycles(graph, length_bound=max_loop):
        start = cycle.index(min(cycle, key=lambda f: cmap.factors[f].name))
        cycle = cycle[start:] + cycle[:start]  # a stable rotation: the alphabetically first factor leads
        steps = list(zip(cycle, cycle[1:] + cycle[:1], strict=True))
        polarities = ["-" if graph.edges[s]["weight"] < 0 else "+" for s in steps]
        kind = "balancing" if polarities.count("-") % 2 else "reinforcing"
        loops.append(Loop(cycle, polarities, kind, any(graph.edges[s]["contested"] for s in steps)))
        if len(loops) >= limit:
            break
    loops.sort(key=lambda loop: (len(loop.factors), [cmap.factors[f].name for f in loop.factors]))
    return loops

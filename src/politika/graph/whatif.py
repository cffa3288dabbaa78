"""What-if: push some factors of the causal map and see which others move, by how much and through which paths.

A fuzzy cognitive map run (the "modified Kosko" rule, with memory of the previous state)::

    A_i(0)   = s_i for a set factor, 0 for every other
    A_i(t+1) = s_i                                     for a set (clamped) factor
    A_i(t+1) = tanh( A_i(t) + sum_j W_ji * A_j(t) )   for every other factor

``W_ji`` is the net weight of "j causes i" in the map (:func:`politika.graph.causal_map.strength`: polarity ×
``(1 - e^(-articles · confidence/2))`` × ``(1 - 0.5 · hedged share)``, the confidence the mean of the links'
confidence times their kind weight, so a weakly supported or insufficient cause pushes less; summed over a
contested pair's ``+`` and ``-`` edges).
``tanh`` squashes into (-1, 1) and keeps 0 fixed, so with nothing set nothing moves and every value reported is
the change the setting causes. After ``steps`` updates (default 5; a factor ``k`` steps downstream needs ``k``
steps to move) the factors whose value is at least :data:`MOVE_THRESHOLD` away from 0 are listed, largest first,
each with its top paths from a set factor ranked by the absolute product of their weights.

Example: A → B (+, one article: 0.3935), B → C (-, two articles: -0.6321), A set to +1. Step 1: B = tanh(0.3935)
= 0.3744, C = 0. Step 2: B = tanh(0.3744 + 0.3935) = 0.6456, C = tanh(-0.6321 × 0.3744) = -0.2323.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

from rapidfuzz import fuzz, process

from politika.defaults import DEFAULT_STEPS
from politika.errors import InputError, NotFound
from politika.graph.causal_map import CausalMap
from politika.graph.factors import key_of, lexical_similarity

if TYPE_CHECKING:  # networkx loads when a graph is built, not with the store or the CLI
    import networkx as nx

MOVE_THRESHOLD = 0.01
CLOSE_NAME = 85  # 0..100: how close a typed name must be to a factor's key to name it
TOP_PATHS = 3
MOVES_WITH_PATHS = 100
MAX_PATH = 6  # factors-long paths beyond this are not listed (their product is small anyway)
_SETTING = re.compile(r"^\s*(?P<name>.+?)\s*=\s*(?P<value>[+-]?\d+(?:\.\d+)?)\s*$")


@dataclass
class Path:
    factors: list[str]
    names: list[str]
    weight: float  # the set value times the product of the weights along it
    contested: bool = False


@dataclass
class Move:
    id: str
    name: str
    value: float  # its value after the last step: the change the setting causes
    trace: list[float]  # its value after each step
    paths: list[Path] = field(default_factory=list)


@dataclass
class WhatIf:
    settings: dict[str, float]
    steps: int
    moves: list[Move]

    def to_dict(self) -> dict[str, Any]:
        return {"settings": self.settings, "steps": self.steps, "rule": "A(t+1) = tanh(A(t) + W^T A(t)), set "
                "factors clamped", "moves": [asdict(m) for m in self.moves]}


def parse_setting(text: str) -> tuple[str, float]:
    """``"Western indecision=+1"`` → ``("Western indecision", 1.0)``; values in [-1, 1]."""
    match = _SETTING.match(text)
    if match is None:
        raise InputError(text, 'write it as "FACTOR=VALUE", e.g. "Western indecision=+1"', option="set")
    value = float(match["value"])
    if not -1.0 <= value <= 1.0:
        raise InputError(text, "the value must be between -1 and +1", option="set")
    return match["name"], value


def resolve_factor(cmap: CausalMap, ref: str) -> str:
    """The id of the map's factor ``ref`` names: its id, its name (any case), the same key, or the one close name:
    a misspelling of it, or some of its words ("indecision" for "Western indecision"). A name with words the
    factor lacks is not it ("Ukraine aid" is not "aid"), and two close names are ambiguous: both raise
    :class:`NotFound`, naming the closest factors."""
    ref = ref.strip()
    if ref in cmap.factors:
        return ref
    by_name = [f.id for f in cmap.factors.values() if f.name.lower() == ref.lower()]
    if by_name:
        return by_name[0]
    key = key_of(ref)
    if key in cmap.factors:
        return key
    words = set(key.split())
    close = [f.id for f in cmap.factors.values() if lexical_similarity(key, f.id, subset=True) >= CLOSE_NAME
             and (fuzz.ratio(key, f.id) >= CLOSE_NAME or words <= set(f.id.split()))]
    if len(close) == 1:
        return close[0]
    names = [cmap.name(f) for f in close] or [f.name for f in cmap.factors.values()]
    near = [name for name, _, _ in process.extract(ref, names, scorer=fuzz.WRatio, limit=3)]
    hint = f"; did you mean {', '.join(repr(n) for n in near)}?" if near else ""
    problem = "more than one factor has this name" if close else "no such factor in the causal map"
    raise NotFound(ref, f"{problem} (see `politika factor list`){hint}")


def simulate(cmap: CausalMap, settings: Mapping[str, float], steps: int = DEFAULT_STEPS) -> WhatIf:
    """Run the map with ``settings`` (factor id or name → value in [-1, 1]) clamped for ``steps`` updates."""
    if steps < 1:
        raise InputError(str(steps), "must be 1 or more", option="steps")
    clamped = {resolve_factor(cmap, ref): float(value) for ref, value in settings.items()}
    weights = cmap.weights()
    incoming: dict[str, list[tuple[str, float]]] = {}
    for (cause, effect), weight in weights.items():
        incoming.setdefault(effect, []).append((cause, weight))
    state = {f: clamped.get(f, 0.0) for f in cmap.factors}
    traces: dict[str, list[float]] = {f: [] for f in cmap.factors}
    for _ in range(steps):
        state = {f: clamped[f] if f in clamped else
                 math.tanh(state[f] + sum(w * state[c] for c, w in incoming.get(f, ())))
                 for f in cmap.factors}
        for f, value in state.items():
            traces[f].append(round(value, 4))
    graph = cmap.graph()
    moves = [Move(f, cmap.name(f), round(value, 4), traces[f])
             for f, value in state.items() if f not in clamped and abs(value) >= MOVE_THRESHOLD]
    moves.sort(key=lambda m: (-abs(m.value), m.name))
    for move in moves[:MOVES_WITH_PATHS]:  # paths are costly on a big map; the largest moves get them
        move.paths = _paths(cmap, graph, clamped, move.id, steps)
    return WhatIf({cmap.name(f): v for f, v in clamped.items()}, steps, moves)


def _paths(cmap: CausalMap, graph: nx.DiGraph, sources: Mapping[str, float], target: str, cutoff: int) -> list[Path]:
    found: list[Path] = []
    for source, value in sources.items():
        import networkx as nx

        for nodes in nx.all_simple_paths(graph, source, target, cutoff=min(cutoff, MAX_PATH)):
            steps = list(itertools.pairwise(nodes))
            weight = value * math.prod(graph.edges[s]["weight"] for s in steps)
            found.append(Path(nodes, [cmap.name(n) for n in nodes], round(weight, 4),
                              any(graph.edges[s]["contested"] for s in steps)))
    found.sort(key=lambda p: (-abs(p.weight), len(p.factors)))
    return found[:TOP_PATHS]

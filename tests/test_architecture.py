"""The import graph of src/politika, read with ``ast`` (nothing is imported): the walls between rooms hold.

A room is a top-level package or module of ``politika`` (``store``, ``nlp``, ``cli``, ``plover`` ...; the
package's own ``__init__`` is the room ``politika``). docs/architecture.md draws the rooms and their flow.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "politika"


@dataclass(frozen=True)
class Import:
    """One import statement of a politika module: ``from target import names`` (or ``import target``)."""

    module: str  # the importing module, dotted ("politika.store.causal")
    line: int
    target: str  # the imported module, dotted and absolute
    names: tuple[str, ...]  # the names of a ``from`` import; empty for ``import target``


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


@cache
def _modules() -> dict[str, tuple[Path, ast.Module]]:
    return {_module_name(path): (path, ast.parse(path.read_text(encoding="utf-8"), str(path)))
            for path in sorted(PACKAGE.rglob("*.py"))}


def _is_package(module: str) -> bool:
    return _modules()[module][0].name == "__init__.py"


def _absolute(module: str, node: ast.ImportFrom) -> str:
    """The dotted module a ``from`` import reads from, with relative imports resolved."""
    if not node.level:
        return node.module or ""
    base = module.split(".")
    if not _is_package(module):
        base = base[:-1]
    base = base[:len(base) - (node.level - 1)]
    return ".".join([*base, node.module] if node.module else base)


def _imports() -> Iterator[Import]:
    for module, (_, tree) in _modules().items():
        for node in ast.walk(tree):  # module level and inside functions alike: a lazy import is still a wall crossed
            if isinstance(node, ast.Import):
                for alias in node.names:
                    if alias.name.split(".")[0] == "politika":
                        yield Import(module, node.lineno, alias.name, ())
            elif isinstance(node, ast.ImportFrom):
                target = _absolute(module, node)
                if target.split(".")[0] == "politika":
                    yield Import(module, node.lineno, target, tuple(a.name for a in node.names))


def room(module: str) -> str:
    """The room of a dotted politika module: ``politika.store.causal`` → ``store``, ``politika`` → ``politika``."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "politika"


def _targets(item: Import) -> list[str]:
    """The modules an import reaches: ``from politika import store`` reaches ``politika.store``, not ``politika``."""
    if item.target == "politika" and item.names:
        return [f"politika.{n}" if f"politika.{n}" in _modules() else "politika" for n in item.names]
    return [item.target]


def _location(item: Import) -> str:
    return f"{_modules()[item.module][0].relative_to(PACKAGE.parents[1])}:{item.line}"


def room_edges() -> dict[tuple[str, str], list[str]]:
    """(room, imported room) → the imports that make the edge, as ``path:line imports module``."""
    edges: dict[tuple[str, str], list[str]] = {}
    for item in _imports():
        for target in _targets(item):
            if room(item.module) != room(target):
                edges.setdefault((room(item.module), room(target)), []).append(f"{_location(item)} imports {target}")
    return edges


def room_cycles(edges: dict[tuple[str, str], list[str]]) -> list[list[str]]:
    """The strongly connected groups of two or more rooms (Tarjan's algorithm), each sorted."""
    graph: dict[str, set[str]] = {}
    for source, target in edges:
        graph.setdefault(source, set()).add(target)
        graph.setdefault(target, set())
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    groups: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for nxt in sorted(graph[node]):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return sorted(groups)


def test_the_rooms_are_found() -> None:
    rooms = {room(m) for m in _modules()}
    assert {"politika", "cli", "web", "store", "nlp", "ingest", "eval", "kb", "errors"} <= rooms
    assert room_cycles({("a", "b"): [], ("b", "c"): [], ("c", "a"): [], ("c", "d"): []}) == [["a", "b", "c"]]
    assert room_cycles({("a", "b"): []}) == []


def test_no_import_cycle_between_rooms() -> None:
    edges = room_edges()
    report = []
    for group in room_cycles(edges):
        report.append("cycle between rooms: " + " ↔ ".join(group))
        for (source, target), where in sorted(edges.items()):
            if source in group and target in group:
                report += [f"  {source} → {target}: {w}" for w in where]
    assert not report, "\n".join(report)


def test_no_store_engine_outside_store() -> None:
    found = []
    for module, (path, tree) in _modules().items():
        if room(module) == "store":
            continue
        lines = sorted({node.lineno for node in ast.walk(tree)
                        if isinstance(node, ast.Attribute) and node.attr == "engine"})
        found += [f"{path.relative_to(PACKAGE.parents[1])}:{line} uses .engine" for line in lines]
    assert not found, "only store/ may touch the engine; use the Store:\n" + "\n".join(found)


def _private(name: str) -> bool:
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


def test_no_private_name_imported_from_another_module() -> None:
    found = []
    for item in _imports():
        if item.target == item.module:
            continue
        for name in item.names:
            submodule = f"{item.target}.{name}"
            # a private module imported inside its own package is fine (httpx's _client.py); from outside it is not
            if not _private(name) or (submodule in _modules() and item.module.startswith(item.target + ".")):
                continue
            found.append(f"{_location(item)} imports {name} from {item.target}")
    assert not found, "private names stay in their module (make them public, or move them):\n" + "\n".join(found)


@pytest.mark.parametrize(("module", "level", "name", "expected"), [
    ("politika.store.causal", 1, "engine", "politika.store.engine"),
    ("politika.store", 1, "engine", "politika.store.engine"),
    ("politika.store.causal", 2, None, "politika"),
])
def test_relative_imports_resolve(module: str, level: int, name: str | None, expected: str) -> None:
    assert _absolute(module, ast.ImportFrom(module=name, names=[], level=level)) == expected

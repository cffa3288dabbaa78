"""What every whole list of the package KB must keep (the parties, the armed groups): read its entries, and no name
of it is a country's or shared by two of its entries."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

from politika.kb import KnowledgeBase, normalise_name


def entries(path: Path) -> list[dict[str, object]]:
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def assert_no_name_is_a_country_or_shared(kb: KnowledgeBase, path: Path) -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    for entry in entries(path):
        aliases = entry.get("aliases") or []
        assert isinstance(aliases, list)
        for name in [entry["name"], *aliases]:
            assert isinstance(name, str) and len(name) >= 2, entry
            assert kb.country_of_name(name, fallback=False) is None, name
            owners[normalise_name(name)].add(str(entry["id"]))
    shared = {key: ids for key, ids in owners.items() if len(ids) > 1}
    assert not shared, shared

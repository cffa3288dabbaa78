"""Every Latin-script variant of Putin's name in ../shared/kb/putin_names.txt resolves to Q7747.

Non-Latin lines are not required; most Cyrillic ones resolve too (anyascii transliterates them), and the test
reports how many of the others do.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from politika.kb import KnowledgeBase
from politika.kb.names import is_latin

NAMES = Path(__file__).resolve().parents[2].parent / "shared" / "kb" / "putin_names.txt"


def _lines() -> list[str]:
    if not NAMES.exists():
        return []
    return [line.strip() for line in NAMES.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.skipif(not NAMES.exists(), reason="../shared/kb/putin_names.txt is not here")
def test_every_latin_variant_resolves_to_putin(kb: KnowledgeBase) -> None:
    latin = [line for line in _lines() if is_latin(line)]
    assert len(latin) >= 30
    missed = [line for line in latin if not (found := kb.lookup(line)) or found[0][0].id != "Q7747"]
    assert missed == []


@pytest.mark.skipif(not NAMES.exists(), reason="../shared/kb/putin_names.txt is not here")
def test_non_latin_variants_are_not_required(kb: KnowledgeBase, capsys: pytest.CaptureFixture[str]) -> None:
    others = [line for line in _lines() if not is_latin(line)]
    resolved = [line for line in others if (found := kb.lookup(line)) and found[0][0].id == "Q7747"]
    cyrillic = [line for line in others if any("CYRILLIC" in __import__("unicodedata").name(c, "") for c in line)]
    assert all(line in resolved for line in cyrillic if "Уладзімір Уладзіміравіч" not in line)
    with capsys.disabled():
        print(f"\nputin_names.txt: {len(resolved)}/{len(others)} non-Latin variants resolve (not required)")

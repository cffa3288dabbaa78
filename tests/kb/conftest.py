"""The package KB, loaded once for the kb tests; user files come from an empty temporary folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from politika.kb import KnowledgeBase

FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    return KnowledgeBase.from_files()


@pytest.fixture
def user_kb_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = tmp_path / "kb"
    monkeypatch.setenv("POLITIKA_KB_DIR", str(folder))
    yield folder

"""The scale tests check sharding, retries, resumes and merges, not how causal factors are matched: they use the
lexical matcher, so that a driver does not load the embedding model (the ``embeddings`` extra) in every merge."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def lexical_factor_matching(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("POLITIKA_FACTOR_SIMILARITY", "lexical")  # inherited by drivers run as subprocesses

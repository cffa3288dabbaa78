"""Factor names' vectors made in another process (a sharded job's worker) and taken by the one that matches them
(issue 18): looked up, never embedded again, and no PyTorch loaded for them."""

from __future__ import annotations

import subprocess
import sys
from typing import Any

import numpy as np
import pytest

import politika.graph.factors as factors


class Model:
    def __init__(self) -> None:
        self.asked: list[str] = []

    def encode(self, names: list[str], **_: Any) -> Any:
        self.asked += names
        return np.stack([np.full(4, len(name), dtype=np.float32) / (2 * len(name)) for name in names])


@pytest.fixture
def model(monkeypatch: pytest.MonkeyPatch) -> Model:
    stand_in = Model()
    monkeypatch.setattr(factors, "_model", lambda: stand_in)
    monkeypatch.setattr(factors, "_VECTORS", {})
    return stand_in


def test_vectors_embedded_elsewhere_are_looked_up_not_embedded(model: Model) -> None:
    shipped = factors.embed_names(["Grain exports", "grain exports", "War"])
    assert list(shipped) == ["grain exports", "war"] and model.asked == ["grain exports", "war"]
    assert factors._VECTORS == {}  # a worker keeps nothing
    model.asked.clear()
    factors.remember_vectors(shipped)
    found = factors.name_vectors(["war", "grain exports", "peace"])
    assert model.asked == ["peace"]  # only the name nobody shipped
    assert np.array_equal(found[0], shipped["war"]) and np.array_equal(found[1], shipped["grain exports"])
    factors.remember_vectors({"war": np.zeros(4, dtype=np.float32)})  # a name known already keeps its vector
    assert np.array_equal(factors.name_vectors(["war"])[0], shipped["war"])


def test_a_driver_with_every_vector_shipped_never_loads_pytorch() -> None:
    pytest.importorskip("threadpoolctl")
    script = ("import sys, numpy as np\n"
              "from politika.graph import factors\n"
              "factors.remember_vectors({'war': np.ones(4, dtype=np.float32) / 2})\n"
              "with factors.on_one_thread():\n"
              "    factors.name_vectors(['war'])\n"
              "print('torch' in sys.modules)\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"

"""spaCy's thinc runs without torch (politika keeps it out, ~600 MiB a process) unless POLITIKA_SPACY_TORCH=on."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from politika import spacy_torch

PROBE = "import politika, spacy, sys, thinc.compat; print(thinc.compat.has_torch, 'torch' in sys.modules)"


def _run(code: str, **env: str) -> str:
    environment = {k: v for k, v in os.environ.items() if k != spacy_torch.VARIABLE} | env
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=environment,
                          check=True, timeout=300)
    return done.stdout.strip()


def test_spacy_is_loaded_without_torch() -> None:
    assert _run(PROBE) == "False False"


def test_torch_itself_still_imports_after_spacy() -> None:
    pytest.importorskip("torch")
    code = PROBE + "; import torch; print(torch.tensor([1.0, 2.0]).sum().item())"
    assert _run(code).splitlines() == ["False False", "3.0"]


def test_the_variable_lets_torch_into_spacy() -> None:
    pytest.importorskip("torch")
    assert _run(PROBE, POLITIKA_SPACY_TORCH="on") == "True True"


def test_a_transformer_pipeline_is_refused_with_the_fix(tmp_path: Path) -> None:
    meta = '{"lang": "en", "name": "trf", "version": "3.8.0", "components": ["transformer", "ner"]}'
    (tmp_path / "meta.json").write_text(meta)
    code = ("from politika.errors import ModelError\n"
            "from politika.nlp.pipeline import load_pipeline\n"
            f"try:\n    load_pipeline({str(tmp_path)!r}, layers=())\n"
            "except ModelError as exc:\n    print(exc)\n")
    assert "POLITIKA_SPACY_TORCH=on" in _run(code)

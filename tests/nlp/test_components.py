"""Our components are registered spaCy factories, found through the spacy_factories entry point and configured
with config=, never from the environment."""

from __future__ import annotations

import re
from importlib.metadata import entry_points
from pathlib import Path

import spacy
from spacy.language import Language

from politika.nlp.pipeline import LAYERS

NLP_DIR = Path(__file__).resolve().parents[2] / "src" / "politika" / "nlp"


def test_every_layer_is_shipped_through_the_entry_point() -> None:
    shipped = {ep.name: ep for ep in entry_points(group="spacy_factories")}
    for layer in LAYERS:
        name = f"politika_{layer}"
        assert name in shipped, f"{name} missing from [project.entry-points.spacy_factories]"
        shipped[name].load()  # the module registers the factory when imported
        meta = Language.get_factory_meta(name)
        assert meta.assigns, f"{name} declares what it assigns"
        assert all(attr.startswith("doc._.politika_") for attr in meta.assigns)
        assert meta.requires


def test_a_blank_pipeline_takes_a_component_by_name_with_its_config() -> None:
    nlp = spacy.blank("en")
    causal = nlp.add_pipe("politika_causal", config={"second_stage": False})
    assert causal.second_stage is False
    assert nlp.get_pipe_meta("politika_causal").assigns == ["doc._.politika_causal"]


def test_nothing_in_nlp_reads_the_environment() -> None:
    readers = [f"{path.name}:{number}" for path in sorted(NLP_DIR.glob("*.py"))
               for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
               if re.search(r"os\.environ|getenv", line)]
    assert readers == []


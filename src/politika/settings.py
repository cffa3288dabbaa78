"""The environment variables that configure the analysis, read here and nowhere in ``nlp/``.

The CLI and the library's entry points map them onto the arguments of :func:`politika.nlp.pipeline.analyse`:
``POLITIKA_MODEL`` names the spaCy pipeline (an installed package or a path) when no model is given, and
``POLITIKA_CAUSAL_SECOND_STAGE`` (``auto``, the default: on where the ``embeddings`` extra is installed; ``on``;
``off``) becomes the ``second_stage`` of the ``politika_causal`` component's config (None, True, False), and
``POLITIKA_EVENT_ENCODER`` (``auto``, the default, and ``off``: the sparse event-trigger model; ``on``: the one
that also reads MiniLM word vectors, :mod:`politika.nlp.piece_states`, opt-in) the ``encoder`` of
``politika_events``.

>>> component_config(second_stage=True, encoder=False)
{'causal': {'second_stage': True}, 'events': {'encoder': False}}
"""

from __future__ import annotations

import os
from typing import Any

from politika.errors import InputError

MODEL_VARIABLE = "POLITIKA_MODEL"
SECOND_STAGE_VARIABLE = "POLITIKA_CAUSAL_SECOND_STAGE"
ENCODER_VARIABLE = "POLITIKA_EVENT_ENCODER"


def model(name: str | None = None) -> str | None:
    """``name``, else ``POLITIKA_MODEL``; None leaves the choice to the pipeline's default."""
    return name or os.environ.get(MODEL_VARIABLE) or None


def component_config(second_stage: bool | None = None, encoder: bool | None = None) -> dict[str, dict[str, Any]]:
    """Our components' ``config=`` by layer; ``second_stage`` None reads ``POLITIKA_CAUSAL_SECOND_STAGE``,
    ``encoder`` None ``POLITIKA_EVENT_ENCODER`` (``auto`` is None in the config: the component decides by what is
    installed)."""
    if second_stage is None:
        second_stage = _switch(SECOND_STAGE_VARIABLE)
    if encoder is None:
        encoder = _switch(ENCODER_VARIABLE)
    return {"causal": {"second_stage": second_stage}, "events": {"encoder": encoder}}


def _switch(variable: str) -> bool | None:
    """``auto`` (or unset): None; ``on``: True; ``off``: False."""
    wanted = os.environ.get(variable, "auto").strip().lower() or "auto"
    if wanted not in ("auto", "on", "off"):
        raise InputError(f"{variable}={wanted}", "must be auto, on or off")
    return None if wanted == "auto" else wanted == "on"

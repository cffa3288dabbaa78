"""The GSR reader and the actors eval (the full run is the gate's; here a few sentences)."""

from __future__ import annotations

from pathlib import Path

import pytest

from politika.eval.plover import country_code, locate, same_country, sector_code

GSR = Path(__file__).resolve().parents[3] / "shared" / "eval" / "events" / "PLOVER_GSR_CAMEO.txt"


def test_code_mapping() -> None:
    assert country_code("JAP") == "JPN" and country_code("usa") == "USA"
    assert same_country("IGO", "UNO") and same_country("IGO", "EUR") and not same_country("IGO", "USA")
    assert sector_code("CVLalb") == "CVL" and sector_code("***") is None and sector_code("CIV") == "CVL"


def test_locate_handles_ellipsis_and_case() -> None:
    text = "U.S. and Russian negotiators met in Geneva."
    assert locate(text, "russian negotiators") == (9, 28)
    assert locate(text, "U.S. ... negotiators") == (0, 28)


@pytest.mark.skipif(not GSR.exists(), reason="../shared not present")
def test_actors_eval_on_a_few_gold_sentences() -> None:
    from politika.eval.actors import evaluate_actors

    result = evaluate_actors(GSR, limit=20)
    metrics = result.metrics()
    assert result.gold > 20
    assert metrics["coverage"] > 0.7 and metrics["country_accuracy"] > 0.7

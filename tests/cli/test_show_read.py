"""`politika show` and `politika read` print the events, claims and causal links they count, a few per layer
(`--all`: every one); `--json` stays the whole record. Records written by hand, no NLP."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from politika.cli import cli
from politika.ingest.document import Article
from politika.nlp.render import LAYER_LINES, layer_lines
from politika.store import Store
from tests.cli.helpers import run
from tests.store.test_events_store import store_events

TEXT = ("Ministers said the new tariffs would hurt exporters. The blockade caused shortages, officials said. "
        "Harbour workers struck on Monday.")


def span(text: str) -> dict[str, Any]:
    start = TEXT.index(text)
    return {"start": start, "end": start + len(text), "text": text}


def record(events: int) -> dict[str, Any]:
    """A record with ``events`` strikes, two claims and one causal link."""
    return {
        "id": "harbour", "sentences": [], "mentions": [], "causal_sentences": [],
        "actors": [{"id": "workers", "name": "Harbour workers", "type": "SOC"},
                   {"id": "ministers", "name": "Ministers", "type": "GOV"}],
        "events": [{"type": "STRIKE", "sentence": 2, "actor": ["workers"], "recipient": [], "trigger": span("struck"),
                    "confidence": 0.5 + i / 100, "negated": i == 1} for i in range(events)],
        "attributions": [
            {"kind": "indirect", "source": span("Ministers"), "cue": span("said"), "source_actor": "ministers",
             "content": span("the new tariffs would hurt exporters"), "confidence": 0.91},
            {"kind": "indirect", "source": span("officials"), "cue": None, "source_actor": None,
             "content": span("The blockade caused shortages"), "confidence": 0.7}],
        "causal": [{"sentence": 1, "cause": span("The blockade"), "effect": span("shortages"), "polarity": "+",
                    "kind": "causes", "confidence": 0.83}],
    }


def test_layer_lines_cap_and_all() -> None:
    lines = layer_lines(record(LAYER_LINES + 2))
    assert lines[:3] == ["", "events:", "  STRIKE  Harbour workers → ?  (0.50)"]
    assert lines[3] == "  STRIKE  Harbour workers → ?  (0.51)  [negated]"
    assert "  … and 2 more (--all)" in lines
    assert "  Ministers: “the new tariffs would hurt exporters”  cue: said  (0.91)" in lines
    assert "  officials: “The blockade caused shortages”  (0.70)" in lines  # no cue: none printed
    assert lines[-2:] == ["causal links:", "  The blockade  --+-->  shortages  causes  (0.83)"]
    every = layer_lines(record(LAYER_LINES + 2), limit=None)
    assert sum(line.startswith("  STRIKE") for line in every) == LAYER_LINES + 2 and "more" not in "".join(every)
    assert layer_lines({"events": [], "attributions": [], "causal": []}) == []  # an empty layer has no section


def test_read_prints_layers(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    article = Article(text=TEXT, origin="harbour.txt", title="Harbour strike")
    monkeypatch.setattr("politika.api.read", lambda source, model=None: (article, record(8)))
    shown = CliRunner().invoke(cli, ["read", str(tmp_path / "harbour.txt")])
    assert shown.exit_code == 0, shown.output
    assert "0 sentences, 0 mentions, 2 actors, 8 events, 2 attributions, 1 causal links" in shown.output
    assert "  … and 3 more (--all)" in shown.output and "Harbour workers struck on Monday." in shown.output
    every = CliRunner().invoke(cli, ["read", "--all", str(tmp_path / "harbour.txt")])
    assert every.output.count("  STRIKE  Harbour workers") == 8 and "more (--all)" not in every.output


def test_show_prints_layers(tmp_path: Path) -> None:
    db = tmp_path / "show.db"
    with Store(str(db)) as store:
        ids = store_events(store)
    shown = run(db, "show", ids["v1"][1])
    assert shown.exit_code == 0, shown.output
    lines = shown.output.splitlines()
    events = lines[lines.index("events:") + 1:]
    assert events[0].startswith("  CONSULT  Viktor Orban → Vladimir Putin")
    assert events[1].startswith("  CONSULT  Orban → Volodymyr Zelensky") and events[1].endswith("[negated]")
    assert '"events"' in run(db, "show", "--json", ids["v1"][1]).output  # --json is the whole record


KOREAN_PAGE = ("<html lang='ko'><head><title>시의회 예산 논의</title></head><body><article><h1>시의회 예산 논의</h1>"
               "<p>시의회는 화요일 내년도 예산안을 두고 긴 토론을 벌였다. 의원들은 교통과 주거 지원을 늘려야 한다고 "
               "주장했다.</p><p>시장은 재정 건전성을 지키면서도 복지 지출을 유지하겠다고 말했다. 최종 표결은 다음 주에 "
               "열릴 예정이다.</p></article></body></html>")


def test_read_says_a_language_it_does_not_analyse(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """A Korean page is not run through the English pipeline: `read` says why, shows the text, exits 0."""
    page = tmp_path / "seoul.html"
    page.write_text(KOREAN_PAGE, encoding="utf-8")

    def no_analysis(*_: Any, **__: Any) -> Any:
        raise AssertionError("the page must not be analysed")

    monkeypatch.setattr("politika.api.annotate", no_analysis)
    shown = CliRunner().invoke(cli, ["read", str(page)])
    assert shown.exit_code == 0, shown.output
    assert f"note: {page}: not analysed: language 'ko' is not analysed (politika analyses: " in shown.stderr
    assert "not analysed\n" in shown.stdout and "시장은 재정 건전성을" in shown.stdout
    assert "sentences," not in shown.stdout  # no counts of an analysis that did not run
    as_json = CliRunner().invoke(cli, ["read", "--json", str(page)])
    assert as_json.exit_code == 0, as_json.output
    data = json.loads(as_json.stdout)
    assert data["record"] is None and data["article"]["language"] == "ko"
    assert data["skip_reason"].startswith("language 'ko' is not analysed")

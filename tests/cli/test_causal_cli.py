"""`politika causal`, `whatif`, `factor` and `export --what causal`; the column we wrote, ingested end to end."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path

import networkx as nx
import pytest

from politika.graph.causal_map import build_map
from politika.jobs import IngestOptions, ingest
from politika.store import Store
from politika.store.causal import CausalFilter, list_links, merge_factors
from tests.cli.helpers import run
from tests.store.test_causal_store import store_links, store_one_article

COLUMN = Path(__file__).resolve().parents[1] / "fixtures" / "column_causal.txt"


@pytest.fixture(autouse=True)
def lexical(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("POLITIKA_FACTOR_SIMILARITY", "lexical")
    yield


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "causal.db"
    with Store(str(path)) as store:
        store_links(store)
        # across articles "Western indecision" is a factor of its own: the reader takes it as "indecision"
        merge_factors(store.engine, "indecision", "Western indecision")
    return path


def test_causal_text_and_json(db: Path) -> None:
    result = run(db, "causal")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "6 factors, 5 edges, 1 loops"
    assert any(line.startswith("indecision  --+-->  Russia strike  [+0.33; 1 article(s)") for line in lines)
    contested = [line for line in lines if "CONTESTED" in line]
    assert len(contested) == 2 and {"--+-->" in line for line in contested} == {True, False}  # side by side
    assert any("“The more visible this indecision is, the more brutally Russia will strike.”" in line
               for line in lines)
    assert lines[-1].startswith("loop (reinforcing): ")
    data = json.loads(run(db, "causal", "--json").output)
    assert len(data["edges"]) == 5 and data["loops"][0]["kind"] == "reinforcing"
    assert "no causal links" in run(db, "causal", "--min-support", "2").output
    assert len(json.loads(run(db, "causal", "--json", "--site", "Wire").output)["edges"]) == 2
    assert len(json.loads(run(db, "causal", "--json", "--actor", "Putin").output)["edges"]) == 2
    bad = run(db, "causal", "--since", "yesterday")
    assert bad.exit_code == 2 and "Invalid value for --since yesterday: not a date" in bad.output


def test_whatif(db: Path) -> None:
    result = run(db, "whatif", "--set", "indecision=+1", "--steps", "3")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "set: indecision = +1; 3 steps"
    assert lines[1].endswith("  Russia strike") and lines[1].startswith("+0.")
    assert "indecision → Russia strike" in lines[2]
    data = json.loads(run(db, "whatif", "--set", "Sanctions=-1", "--json").output)
    assert data["settings"] == {"Sanctions": -1.0}
    # one article says + (hedged: 0.165), one says - (0.330; links of confidence 0.8): net -0.165, so lowering
    # sanctions raises it
    (move,) = data["moves"]
    assert move["name"] == "bring Putin to knees" and move["trace"][0] == pytest.approx(0.1634, abs=1e-4)
    assert move["paths"][0]["contested"] is True
    missing = run(db, "whatif", "--set", "Chinese money=+1")
    assert missing.exit_code == 2 and missing.output.startswith(
        "Error: Invalid value for --set Chinese money: no such factor in the causal map")
    # words the factor lacks: "Western Russia strike" is not "Russia strike"; one line with the closest names
    wider = run(db, "whatif", "--set", "Western Russia strike=+1")
    assert wider.exit_code == 2 and len(wider.output.strip().splitlines()) == 1
    assert "did you mean 'Russia strike'" in wider.output


def test_factor_commands(db: Path) -> None:
    listed = run(db, "factor", "list").output
    assert "indecision  [indecision]  2 link(s): indecision, western indecision" in listed
    with Store(str(db.with_name("one.db"))) as store:
        store_one_article(store)  # "this indecision" after "Western indecision" in one article: joined
    own = run(db.with_name("one.db"), "factor", "list").output
    assert "    joined: 'indecision' (lexical 100 with 'western indecision' (same head, same article))" in own
    assert json.loads(run(db, "factor", "rename", "indecision", "Western indecision").output)["name"] == \
        "Western indecision"
    split = run(db, "factor", "split", "Western indecision", "--phrase", "Western indecision", "--name", "Hesitation")
    assert split.exit_code == 0 and json.loads(split.output)["name"] == "Hesitation"
    assert "0 loops" in run(db, "causal").output.splitlines()[0]
    assert run(db, "factor", "merge", "Western indecision", "Hesitation").exit_code == 0
    assert "1 loops" in run(db, "causal").output.splitlines()[0]


@pytest.mark.parametrize("fmt", ["graphml", "json", "dot", "fcm"])
def test_export(db: Path, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"map.{fmt}"
    result = run(db, "export", "--what", "causal", "--format", fmt, "-o", str(out))
    assert result.exit_code == 0, result.output
    text = out.read_text()
    if fmt == "graphml":
        assert nx.read_graphml(out, force_multigraph=True).number_of_edges() == 5
    elif fmt == "json":
        assert len(json.loads(text)["factors"]) == 6
    elif fmt == "dot":
        assert text.startswith("digraph causal_map {") and text.count("->") == 5
    else:
        rows = list(csv.reader(io.StringIO(text)))
        assert len(rows) == 7 and all(len(row) == 7 for row in rows)
    assert run(db, "export", "--what", "causal", "--format", "csv").exit_code != 0


@pytest.mark.slow
def test_column_map(tmp_path: Path) -> None:
    with Store(str(tmp_path / "column.db")) as store:
        summary = ingest([str(COLUMN)], store, IngestOptions(progress=False))
        assert summary.analysed == 1
        cmap = build_map(list_links(store.engine))
        wider = build_map(list_links(store.engine, CausalFilter(min_confidence=0.5)))
    found = {(cmap.name(e.cause), e.polarity, cmap.name(e.effect)) for e in cmap.edges}
    assert {("indecision", "+", "Russia strike"), ("Russia strike", "+", "indecision"),
            ("delays in deliveries", "+", "counteroffensive failed"),
            ("shells arrived late", "-", "brigades hold bridgehead")} <= found
    # "The air defence systems prevented a collapse of the power grid": 0.588 from the link scorer trained on dev and
    # train (0.6 or more from the dev-only one), so under the map's default 0.6 and in it from 0.5 (docs/causal.md)
    assert ("air defence systems", "-", "collapse of power grid") in {
        (wider.name(e.cause), e.polarity, wider.name(e.effect)) for e in wider.edges}
    # "Sanctions were not enough to bring Putin to his knees": an insufficient cause is a weak positive, not a
    # negative (half the weight of a plain link of the same confidence)
    (sanctions,) = [e for e in cmap.edges if cmap.name(e.cause) == "Sanctions"]
    assert (sanctions.polarity, cmap.name(sanctions.effect)) == ("+", "bring Putin to knees")
    assert 0 < sanctions.weight < 0.2
    money = [e for e in cmap.edges if cmap.name(e.cause) == "Money from China and India"]
    assert money and all(e.polarity == "+" for e in money)
    assert "munitions production" in " ".join(cmap.name(e.effect) for e in money)
    (loop,) = cmap.loops  # "the more visible this indecision ... the more brutally Russia strikes ..." and back
    assert loop.kind == "reinforcing" and {cmap.name(f) for f in loop.factors} == {"indecision", "Russia strike"}
    assert cmap.factors["russia strik"].actor == {"id": "kb:Q159", "name": "Russia"}


def test_factor_search_options(db: Path) -> None:
    # "what causes X" / "what does X lead to"
    causes = json.loads(run(db, "causal", "--effect", "putin", "--json").output)
    assert {e["polarity"] for e in causes["edges"]} == {"+", "-"} and len(causes["edges"]) == 2
    leads = json.loads(run(db, "causal", "--cause", "indecision", "--json").output)
    assert [f["name"] for f in leads["factors"]] == ["indecision", "Russia strike"]
    assert "no causal links" in run(db, "causal", "--min-confidence", "0.9").output


def test_factor_similar(tmp_path: Path) -> None:
    path = tmp_path / "apart.db"
    with Store(str(path)) as store:
        store_links(store)  # "indecision" and another article's "Western indecision": two factors
    lines = run(path, "factor", "similar", "indecision").output.splitlines()
    assert lines[0] == ("Western indecision  [western indecision]  1 link(s) in 1 article(s); lexical 100; "
                        "apart: a bare word and a longer phrase: joined only within one article")
    data = json.loads(run(path, "factor", "similar", "indecision", "--limit", "1", "--json").output)
    assert data["factor"]["name"] == "indecision" and [i["name"] for i in data["similar"]] == ["Western indecision"]
    missing = run(path, "factor", "similar", "no such factor at all")  # `politika` prints it as one line
    assert missing.exit_code != 0 and "no such factor in the causal map" in str(missing.exception)
    assert run(path, "factor", "merge", "indecision", "Western indecision").exit_code == 0
    assert "Western indecision" not in run(path, "factor", "similar", "indecision").output

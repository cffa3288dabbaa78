"""One store for the web tests: the bundled sample corpus plus a hostile article, ingested once per session."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from politika.jobs import IngestOptions, ingest
from politika.store import Store

SAMPLES = Path(__file__).resolve().parents[2] / "src" / "politika" / "data" / "samples"
TOKEN = "test-token-1234"
XSS_ID = "xss-hostile-article"
# Every way article text could run code if it reached the page unescaped; each would set window.__pwned.
XSS_TEXT = (
    "Viktor Orban said on Tuesday that Hungary would veto the new sanctions package against Russia. "
    "<script>window.__pwned = 'script'</script> The Hungarian prime minister told reporters in Budapest that "
    "the European Commission had ignored his warnings. <img src=x onerror=\"window.__pwned = 'img'\"> "
    "Ursula von der Leyen said the Commission would not be blackmailed. "
    "<a href=\"javascript:window.__pwned = 'link'\">Read the full statement</a> and "
    "<svg onload=\"window.__pwned = 'svg'\"></svg> Olaf Scholz warned that \"unity is our only weapon\" "
    "</p><iframe src=\"javascript:window.__pwned='iframe'\"></iframe> as ministers met in Brussels on Wednesday. "
    "\"><script>window.__pwned='attr'</script> Analysts said the veto would delay aid to Ukraine by months."
)


def _hostile_jsonl(folder: Path) -> Path:
    path = folder / "hostile.jsonl"
    item = {"id": XSS_ID, "title": "Veto <img src=x onerror=\"window.__pwned='title'\"> <script>window.__pwned=1"
                                   "</script>", "date": "2024-07-20",
            "url": "https://hostile.example/veto", "authors": ["<b onmouseover=\"window.__pwned='author'\">Eve</b>"],
            "text": XSS_TEXT}
    path.write_text(json.dumps(item) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def web_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The path of a SQLite store holding the sample corpus (analysed) and the hostile article."""
    folder = tmp_path_factory.mktemp("web")
    db = str(folder / "web.db")
    with Store(db) as store:
        summary = ingest([str(SAMPLES), str(_hostile_jsonl(folder))], store, IngestOptions(progress=False))
    assert summary.stored >= 10, summary
    return db


@pytest.fixture(scope="session")
def xss_article_id(web_db: str) -> str:
    with Store(web_db, create=False) as store:
        article = store.get_article(XSS_ID)
    assert article is not None and article["record"], "the hostile article was not analysed"
    return str(article["id"])


@pytest.fixture
def web_store(web_db: str) -> Iterator[Store]:
    with Store(web_db, create=False) as store:
        yield store

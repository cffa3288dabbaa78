"""Duplicates: by content, by canonical URL, near-duplicates; reruns change nothing; different articles stay apart."""

from __future__ import annotations

from pathlib import Path

import pytest

from politika.ingest.dedupe import content_hash, fingerprint, jaccard, normalise_url
from politika.jobs import IngestOptions, ingest
from politika.store import Store
from tests.httpserver import article_html, news_text

NO_ANALYSIS = IngestOptions(analyse=False, progress=False)


def _md(title: str, text: str) -> str:
    return f"# {title}\n\nBy Hana Sato\n\n12 July 2024\n\n{text}\n"


def _one_sentence_changed(text: str) -> str:
    _first, rest = text.split(". ", 1)
    return "Officials in Jorvale refused to comment on the reports late on Friday evening. " + rest


def test_near_duplicate_text_has_high_similarity() -> None:
    text = news_text(1, 300)
    changed = _one_sentence_changed(text)
    assert changed != text and len(text.split()) >= 300
    similarity = jaccard(fingerprint(text).minhash, fingerprint(changed).minhash)
    assert 0.8 <= similarity < 1.0
    assert jaccard(fingerprint(text).minhash, fingerprint(news_text(2, 300)).minhash) < 0.3
    assert content_hash("Talks, resumed!") == content_hash("talks   resumed")


def test_normalise_url() -> None:
    assert normalise_url("http://WWW.Example.org/a/b/?utm_source=x&id=3#top") == "https://example.org/a/b?id=3"
    assert normalise_url("not a url") is None and normalise_url(None) is None


def test_duplicates_recorded_against_the_first(store_url: str, tmp_path: Path) -> None:
    text = news_text(10, 300)
    src = tmp_path / "in"
    src.mkdir()
    (src / "a_original.md").write_text(_md("Estavia and Norland resume talks", text))
    (src / "b_copy.md").write_text(_md("Estavia, Norland resume talks (copy)", text))  # same text
    (src / "c_near.md").write_text(_md("Estavia and Norland resume talks", _one_sentence_changed(text)))
    (src / "d_page.html").write_text(article_html("Kestria signs trade deal", news_text(11, 200),
                                                  url="https://example.org/kestria-deal"))
    (src / "e_same_url.html").write_text(article_html("Kestria signs trade deal (updated)", news_text(12, 200),
                                                      url="https://www.example.org/kestria-deal/?utm_source=rss"))
    (src / "f_other.md").write_text(_md("Lunaria rejects the quota", news_text(13, 300)))
    with Store(store_url) as store:
        summary = ingest([str(src)], store, NO_ANALYSIS)
        assert (summary.stored, summary.duplicates, summary.failed) == (3, 3, 0)
        assert store.stats()["articles"] == 3
        assert store.stats()["duplicates"] == {"content": 1, "near": 1, "url": 1}
        by_title = {r["title"]: r["id"] for r in store.list_articles()}
        assert set(by_title) == {"Estavia and Norland resume talks", "Kestria signs trade deal",
                                 "Lunaria rejects the quota"}
        first = store.get_article(by_title["Estavia and Norland resume talks"])
        assert first is not None and first["origin"].endswith("a_original.md")
        dups = {Path(d["origin"]).name: d for d in first["duplicates"]}
        assert set(dups) == {"b_copy.md", "c_near.md"}
        assert dups["b_copy.md"]["kind"] == "content" and dups["b_copy.md"]["similarity"] == 1.0
        assert dups["c_near.md"]["kind"] == "near" and 0.8 <= dups["c_near.md"]["similarity"] < 1.0
        page = store.get_article(by_title["Kestria signs trade deal"])
        assert page is not None
        assert [(Path(d["origin"]).name, d["kind"]) for d in page["duplicates"]] == [("e_same_url.html", "url")]
        assert store.get_article(by_title["Lunaria rejects the quota"])["duplicates"] == []  # type: ignore[index]

        again = ingest([str(src)], store, NO_ANALYSIS)
        assert (again.stored, again.duplicates, again.already_stored) == (0, 0, 6)
        assert store.stats()["articles"] == 3
        assert sum(store.stats()["duplicates"].values()) == 3


@pytest.mark.slow
def test_duplicates_are_not_analysed(tmp_path: Path) -> None:
    text = news_text(20, 300)
    (tmp_path / "one.md").write_text(_md("Valmont calls early elections", text))
    (tmp_path / "two.md").write_text(_md("Valmont calls early elections", _one_sentence_changed(text)))
    (tmp_path / "three.md").write_text(_md("Valmont calls early elections", text))
    with Store(str(tmp_path / "a.db")) as store:
        summary = ingest([str(tmp_path / "*.md")], store, IngestOptions(progress=False))
        assert (summary.stored, summary.duplicates, summary.analysed) == (1, 2, 1)
        again = ingest([str(tmp_path / "*.md")], store, IngestOptions(progress=False))
        assert (again.stored, again.already_stored, again.analysed) == (0, 3, 0)
        assert store.stats()["by_status"] == {"analysed": 1}

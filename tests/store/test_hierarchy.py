"""The actor hierarchy in the event filters: "Russia → Ukraine" with --include-parts finds the strikes of the
Russian military and of Russia's government (store/hierarchy.py)."""

from __future__ import annotations

from typing import Any

from politika.ingest.dedupe import fingerprint
from politika.ingest.document import Article
from politika.store import Store
from politika.store.events import EventFilter

TEXT = ("Russian forces struck Kharkiv on Monday. Russia denied it. The Kremlin warned Ukraine. "
        "Hungary praised Ukraine.")


def _span(phrase: str) -> dict[str, Any]:
    start = TEXT.index(phrase)
    return {"start": start, "end": start + len(phrase), "text": phrase}


def _event(type_: str, trigger: str, actor: str, recipient: str, sentence: int) -> dict[str, Any]:
    return {"type": type_, "mode": None, "sentence": sentence, "actor": [actor], "recipient": [recipient],
            "actor_spans": [], "recipient_spans": [], "trigger": _span(trigger), "date": "2024-07-08",
            "date_end": None, "date_source": "article", "location": None, "location_country": None,
            "negated": False, "hypothetical": False, "future": False, "reported": False, "confidence": 0.8}


def _actor(local: str, name: str, type_: str, kind: str, country: str, sector: str | None,
           kb_id: str | None) -> dict[str, Any]:
    return {"id": local, "name": name, "type": type_, "kind": kind, "aliases": [], "descriptors": [],
            "descriptor_spans": [], "kb_id": kb_id, "country": country, "sector": sector, "roles": [], "ties": [],
            "mention_count": 1}


def test_a_state_holds_its_government_and_its_forces(store: Store) -> None:
    record = {
        "id": "h1", "sentences": [], "attributions": [], "causal_sentences": [], "causal": [], "contexts": [],
        "mentions": [{**_span(text), "label": "NORP", "actor": local} for text, local in
                     (("Russian forces", "a1"), ("Russia", "a2"), ("Kremlin", "a3"), ("Ukraine", "a4"),
                      ("Hungary", "a5"))],
        "actors": [_actor("a1", "Russian military", "NORP", "group", "RUS", "MIL", None),
                   _actor("a2", "Russia", "GPE", "country", "RUS", None, "Q159"),
                   _actor("a3", "Government of Russia", "ORG", "government", "RUS", "GOV", "politika:gov-RUS"),
                   _actor("a4", "Ukraine", "GPE", "country", "UKR", None, "Q212"),
                   _actor("a5", "Hungary", "GPE", "country", "HUN", None, "Q28")],
        "events": [_event("ASSAULT", "struck", "a1", "a4", 0), _event("THREATEN", "warned", "a3", "a4", 2),
                   _event("SUPPORT", "praised", "a5", "a4", 3)],
    }
    article = Article(text=TEXT, origin="test/h1.txt", title="Strikes", date="2024-07-08", site="Wire",
                      genre="news", language="en", url="https://example.org/h1")
    outcome = store.add_articles([(article, fingerprint(article.text, article.url), "pending", None)])[0]
    store.save_records([(outcome.pk, record)], "test-model")

    def types(**kwargs: Any) -> list[str]:
        return sorted(c["type"] for c in store.events(EventFilter(**kwargs), limit=None))

    assert types(actor="Russia", recipient="Ukraine") == []
    assert types(actor="Russia", recipient="Ukraine", include_parts=True) == ["ASSAULT", "THREATEN"]
    assert types(actor="Government of Russia", include_parts=True) == ["ASSAULT", "THREATEN"]
    assert types(actor="Russian military", include_parts=True) == ["ASSAULT"]
    assert types(actor="Hungary", include_parts=True) == ["SUPPORT"]
    # the same filter on claims and causal links (none stored here): the parts are read, nothing breaks
    from politika.store.causal import CausalFilter, list_links
    from politika.store.claims import ClaimFilter

    assert store.claims(ClaimFilter(source="Russia", about="Ukraine", include_parts=True)) == []
    assert list_links(store.engine, CausalFilter(actor="Russia", include_parts=True)) == []

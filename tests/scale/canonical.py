"""A small corpus whose store depends on the order articles are saved in, and a canonical dump of a store.

The corpus (written for these tests) has three Clintons: Bill Clinton (in the knowledge base), Hillary Clinton and
Chelsea Clinton, and articles that call one of them "Clinton" alone; two people named Kovacs; and causal sentences
whose factors can join factors of earlier articles. Whoever is stored first decides whom a lone "Clinton" joins,
so saving the articles in another order gives another store (issue 21).

The dump names everything by what does not depend on the run: articles by their id (a hash of the text), actors
and factors by their keys; row numbers (pks) and times are left out.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from politika.store import Store
from politika.store.schema import (
    actor_keys,
    actors,
    article_actors,
    articles,
    causal_factor_keys,
    causal_factors,
    causal_links,
    claims,
    event_cluster_members,
    event_clusters,
    events,
    records,
)

ARTICLES = [
    ("Clinton visits Kyiv", "2024-03-04",
     "Former US President Bill Clinton arrived in Kyiv on Monday. Clinton met President Volodymyr Zelensky and "
     "said that Western sanctions would weaken the Russian economy. Because of the sanctions, Russian exports fell "
     "sharply."),
    ("Clinton warns on energy", "2024-03-06",
     "Clinton warned on Wednesday that the war would drive up energy prices in Europe. Higher energy prices "
     "reduce household spending, economists said."),
    ("Hillary Clinton on tariffs", "2024-03-05",
     "Hillary Clinton criticised the new tariffs on Tuesday. Clinton argued that higher tariffs raise prices for "
     "American farmers. The drought caused food prices to rise across the Midwest."),
    ("Chelsea Clinton speaks", "2024-03-06",
     "Chelsea Clinton spoke at a health conference in New York on Wednesday. Clinton said that vaccine funding "
     "cuts led to outbreaks of measles in several countries."),
    ("Zelensky meets Scholz", "2024-03-07",
     "Ukrainian President Volodymyr Zelensky met German Chancellor Olaf Scholz in Berlin on Thursday. Scholz "
     "promised more air defence systems. The shortage of ammunition caused heavy losses on the front, Zelensky "
     "said."),
    ("Putin threatens", "2024-03-07",
     "Russian President Vladimir Putin threatened the West on Thursday. Putin said that NATO expansion caused the "
     "conflict. Sanctions were not enough to bring Putin to his knees."),
    ("Kovacs resigns", "2024-03-08",
     "Hungarian minister Anna Kovacs resigned on Friday after a corruption scandal. Kovacs denied the accusations. "
     "The scandal led to protests in Budapest."),
    ("Kovacs on the government", "2024-03-09",
     "Kovacs told reporters in Budapest that the government would fall. Rising inflation caused anger among "
     "voters."),
    ("Peter Kovacs elected", "2024-03-08",
     "Peter Kovacs was elected mayor of Debrecen on Friday. Kovacs promised lower taxes. Lower taxes will attract "
     "investment, he said."),
    ("Scholz and Macron", "2024-03-09",
     "Olaf Scholz and Emmanuel Macron met in Paris on Saturday. Macron said that higher defence spending would "
     "deter Russia. Scholz agreed."),
    ("Clinton on Putin", "2024-03-10",
     "Clinton criticised Vladimir Putin in a speech on Sunday. The sanctions caused inflation in Russia, Clinton "
     "said."),
    ("Sanctions bite", "2024-03-10",
     "The European Union imposed new sanctions on Russia on Sunday. Because of the sanctions, Russian exports fell. "
     "Putin condemned the decision."),
]


def write_corpus(path: Path) -> Path:
    """The corpus as one JSONL file (ids ``d0`` ... ``d11``)."""
    rows = [{"id": f"d{n}", "title": title, "date": date, "url": f"https://news.example/d{n}", "text": text}
            for n, (title, date, text) in enumerate(ARTICLES)]
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    return path


def canonical_dump(store: Store) -> dict[str, Any]:
    """The store's records, actors, article–actor links, claims, event clusters and causal map, without row
    numbers or times: two stores made from the same inputs give equal dumps."""
    with store.engine.connect() as conn:
        article_id = dict(conn.execute(sa.select(articles.c.pk, articles.c.id)).all())
        actor_key = dict(conn.execute(sa.select(actors.c.pk, actors.c.key)).all())
        kb_ids: dict[int, list[str]] = {}
        for key, pk in conn.execute(sa.select(actor_keys.c.key, actor_keys.c.actor_pk).order_by(actor_keys.c.key)):
            if key.startswith("kb:"):
                kb_ids.setdefault(pk, []).append(key[3:])
        dump: dict[str, Any] = {
            "articles": sorted((row.id, row.origin.rsplit("/", 1)[-1], row.status)
                               for row in conn.execute(sa.select(articles))),
            "records": {article_id[pk]: record for pk, record in
                        conn.execute(sa.select(records.c.article_pk, records.c.record))},
            "actors": sorted((row.key, row.name, row.type, row.country, row.kb_id, tuple(kb_ids.get(row.pk, [])),
                              row.mention_count, row.article_count) for row in conn.execute(sa.select(actors))),
            "links": sorted((article_id[row.article_pk], row.local_id, actor_key[row.actor_pk], row.mention_count,
                             row.rule) for row in conn.execute(sa.select(article_actors))),
            "claims": sorted((article_id[row.article_pk], row.idx, actor_key.get(row.source_actor_pk))
                             for row in conn.execute(sa.select(claims))),
        }
        event_of = {row.pk: (article_id[row.article_pk], row.idx, row.type)
                    for row in conn.execute(sa.select(events.c.pk, events.c.article_pk, events.c.idx, events.c.type))}
        members: dict[int, list[tuple[str, int, str]]] = {}
        for event_pk, cluster_pk in conn.execute(sa.select(event_cluster_members.c.event_pk,
                                                           event_cluster_members.c.cluster_pk)):
            members.setdefault(cluster_pk, []).append(event_of[event_pk])
        clusters = {row.pk: row for row in conn.execute(sa.select(event_clusters))}
        dump["clusters"] = sorted((tuple(sorted(members.get(pk, []))), row.type, row.modality, row.event_count,
                                   row.article_count) for pk, row in clusters.items())
        factor_keys: dict[int, list[str]] = {}
        for key, pk in conn.execute(sa.select(causal_factor_keys.c.key, causal_factor_keys.c.factor_pk)):
            factor_keys.setdefault(pk, []).append(key)
        factor_of_key = {key: pk for pk, keys in factor_keys.items() for key in keys}
        factor_key = dict(conn.execute(sa.select(causal_factors.c.pk, causal_factors.c.key)).all())
        dump["factors"] = sorted((row.key, row.name, tuple(sorted(factor_keys.get(row.pk, []))),
                                  actor_key.get(row.actor_pk)) for row in conn.execute(sa.select(causal_factors)))
        dump["causal_links"] = sorted(
            (article_id[row.article_pk], row.idx, factor_key[factor_of_key[row.cause_key]],
             factor_key[factor_of_key[row.effect_key]], row.polarity)
            for row in conn.execute(sa.select(causal_links)))
    return dump


def differences(dump: dict[str, Any], expected: dict[str, Any]) -> list[str]:
    """What differs between two dumps, one line per item, for an assertion message."""
    out = []
    for part in expected:
        if dump.get(part) == expected[part]:
            continue
        if isinstance(expected[part], dict):
            for key in sorted(set(dump[part]) | set(expected[part])):
                got, want = dump[part].get(key) or {}, expected[part].get(key) or {}
                if got != want:
                    fields = sorted(f for f in {*got, *want} if got.get(f) != want.get(f))
                    out.append(f"{part}: {key} differs in {', '.join(fields)}")
        else:
            got, want = set(map(repr, dump[part])), set(map(repr, expected[part]))
            out += [f"{part}: extra {item}" for item in sorted(got - want)]
            out += [f"{part}: missing {item}" for item in sorted(want - got)]
    return out


def orphan_actors(store: Store) -> list[str]:
    """Actors no article mentions any more (a second writer's double analysis used to leave them)."""
    with store.engine.connect() as conn:
        return sorted(conn.execute(sa.select(actors.c.key).where(actors.c.mention_count == 0)).scalars())

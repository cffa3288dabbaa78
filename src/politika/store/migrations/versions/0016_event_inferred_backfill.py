"""The inferred parties of the events stored before migration 0015, read back from their records.

Revision ID: 0016
Revises: 0015

Migration 0015 added ``event_actors.inferred`` and the saving code puts the argument scorer's probability on a
filled side's spans, but events stored before it stayed unmarked until their articles were analysed again: the
events page, the exports and the network drew a party the scorer chose like one the sentence names. Each stored
record keeps the events as they were analysed, the scorer's ``filled`` included, so this reads it back: for each
stored event whose record event says ``"filled": {"recipient": 0.64}``, that side's spans get ``"inferred": 0.64``
and its links in ``event_actors`` the same, as saving the record would write them (``store.events._event_row``).
A store saved after 0015 is left as it is (the same values are written again). Records are read in batches of
articles, so a large store is not held in memory.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None

BATCH = 500


def upgrade() -> None:
    from politika.store.events import fill_probability, inferred_sides  # the saving code's own reading of `filled`
    from politika.store.schema import Json

    bind = op.get_bind()
    annotations = sa.table("annotations", sa.column("article_pk", sa.Integer), sa.column("record", Json))
    events = sa.table("events", sa.column("pk", sa.Integer), sa.column("article_pk", sa.Integer),
                      sa.column("idx", sa.Integer), sa.column("actor_spans", Json),
                      sa.column("recipient_spans", Json))
    links = sa.table("event_actors", sa.column("event_pk", sa.Integer), sa.column("role", sa.String(10)),
                     sa.column("inferred", sa.Float))
    last = 0
    while True:  # in batches of articles: a large store is not read into memory at once
        rows = bind.execute(sa.select(annotations.c.article_pk, annotations.c.record)
                            .where(annotations.c.article_pk > last)
                            .order_by(annotations.c.article_pk).limit(BATCH)).all()
        if not rows:
            break
        last = rows[-1].article_pk
        filled: dict[tuple[int, int], dict[str, float]] = {}
        for article_pk, record in rows:
            record_events = record.get("events") if isinstance(record, Mapping) else None
            for index, event in enumerate(record_events or []):
                sides = event.get("filled") if isinstance(event, Mapping) else None
                if not isinstance(sides, Mapping):
                    continue
                found = {side: p for side in ("actor", "recipient")
                         if (p := fill_probability(sides.get(side))) is not None}
                if found:
                    filled[(article_pk, index)] = found
        if not filled:
            continue
        stored = bind.execute(sa.select(events.c.pk, events.c.article_pk, events.c.idx, events.c.actor_spans,
                                        events.c.recipient_spans)
                              .where(events.c.article_pk.in_(sorted({a for a, _ in filled})))).all()
        spans_out: list[dict[str, Any]] = []
        links_out: list[dict[str, Any]] = []
        for row in stored:
            sides = filled.get((row.article_pk, row.idx))
            if not sides:
                continue
            actor_spans = [{**s, "inferred": sides["actor"]} if "actor" in sides else dict(s)
                           for s in row.actor_spans or []]
            recipient_spans = [{**s, "inferred": sides["recipient"]} if "recipient" in sides else dict(s)
                               for s in row.recipient_spans or []]
            spans_out.append({"b_pk": row.pk, "b_actor": actor_spans, "b_recipient": recipient_spans})
            for side, p in inferred_sides(actor_spans, recipient_spans).items():
                links_out.append({"b_event": row.pk, "b_role": side, "b_p": p})
        if spans_out:
            bind.execute(events.update().where(events.c.pk == sa.bindparam("b_pk"))
                         .values(actor_spans=sa.bindparam("b_actor", type_=Json),
                                 recipient_spans=sa.bindparam("b_recipient", type_=Json)), spans_out)
        if links_out:
            bind.execute(links.update().where(links.c.event_pk == sa.bindparam("b_event"),
                                              links.c.role == sa.bindparam("b_role"))
                         .values(inferred=sa.bindparam("b_p")), links_out)


def downgrade() -> None:
    pass  # the marks are what saving the records again would write: nothing to undo

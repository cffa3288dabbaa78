"""The store's tables (SQLAlchemy Core). Migrations in ``migrations/versions`` create and change them."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

metadata = sa.MetaData()


class _Json(sa.types.TypeDecorator[Any]):
    """JSON on SQLite, JSONB on PostgreSQL. The PostgreSQL dialect (with its drivers) loads only where a PostgreSQL
    store is opened: ``sa.JSON().with_variant(JSONB(), ...)`` would import it with the schema, on every start."""

    impl = sa.JSON
    cache_ok = True
    should_evaluate_none = True  # as sa.JSON's: None is stored as JSON null, not SQL NULL

    def load_dialect_impl(self, dialect: sa.Dialect) -> sa.types.TypeEngine[Any]:
        if dialect.name == "postgresql":
            from sqlalchemy.dialects.postgresql import JSONB

            return dialect.type_descriptor(JSONB())
        return dialect.type_descriptor(sa.JSON())


Json = _Json()


class _JsonDocument(_Json):
    """JSON on SQLite, ``json`` (the text as written, checked but not decomposed) on PostgreSQL: for a document
    that is only ever written and read whole, the annotation record. ``jsonb`` parses every record into its binary
    form on the way in: copying a merge's 2,000 records took 0.77 s of the server's time into ``jsonb`` against
    0.33 s into ``json`` (docs/scale.md), and nothing queries inside a record (migration 0018)."""

    cache_ok = True

    def load_dialect_impl(self, dialect: sa.Dialect) -> sa.types.TypeEngine[Any]:
        if dialect.name == "postgresql":
            from sqlalchemy.dialects.postgresql import JSON

            return dialect.type_descriptor(JSON())
        return dialect.type_descriptor(sa.JSON())


JsonDocument = _JsonDocument()

articles = sa.Table(
    "articles", metadata,
    sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("id", sa.String(40), nullable=False, unique=True),
    sa.Column("source_id", sa.Text, index=True),
    sa.Column("origin", sa.Text, nullable=False),
    sa.Column("url", sa.Text),
    sa.Column("canonical_url", sa.Text),
    sa.Column("url_key", sa.Text, index=True),
    sa.Column("title", sa.Text),
    sa.Column("authors", Json, nullable=False),
    sa.Column("date", sa.String(10), index=True),
    sa.Column("site", sa.Text, index=True),
    sa.Column("section", sa.Text),
    sa.Column("genre", sa.String(20), nullable=False, index=True),
    sa.Column("language", sa.String(12), index=True),
    sa.Column("language_score", sa.Float),
    sa.Column("description", sa.Text),
    sa.Column("related", Json, nullable=False),
    sa.Column("disclaimer", sa.Text),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("word_count", sa.Integer, nullable=False, index=True),
    sa.Column("content_hash", sa.String(64), nullable=False, unique=True),
    sa.Column("minhash", sa.LargeBinary, nullable=False),
    sa.Column("fetched_at", sa.String(32)),
    sa.Column("ingested_at", sa.String(32), nullable=False),
    # pending: stored, not analysed yet; analysed; skipped (see skip_reason); failed: the analysis raised (the
    # error is the skip_reason and in ingest_errors)
    sa.Column("status", sa.String(16), nullable=False, index=True),
    sa.Column("skip_reason", sa.Text),
)

article_bands = sa.Table(
    "article_bands", metadata,
    sa.Column("band", sa.String(24), nullable=False, index=True),
    sa.Column("article_pk", sa.Integer, sa.ForeignKey("articles.pk", ondelete="CASCADE"), nullable=False),
)

duplicates = sa.Table(
    "duplicates", metadata,
    sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
    # no index of its own: uq_duplicates_article_origin starts with it (migration 0019)
    sa.Column("article_pk", sa.Integer, sa.ForeignKey("articles.pk", ondelete="CASCADE"), nullable=False),
    sa.Column("origin", sa.Text, nullable=False),
    sa.Column("url", sa.Text),
    sa.Column("title", sa.Text),
    sa.Column("kind", sa.String(16), nullable=False),  # url | content | near
    sa.Column("similarity", sa.Float, nullable=False),
    sa.Column("seen_at", sa.String(32), nullable=False),
    sa.UniqueConstraint("article_pk", "origin", name="uq_duplicates_article_origin"),
)

records = sa.Table(
    "annotations", metadata,
    sa.Column("article_pk", sa.Integer, sa.ForeignKey("articles.pk", ondelete="CASCADE"), primary_key=True),
    sa.Column("record", JsonDocument, nullable=False),
    sa.Column("model", sa.Text, nullable=False),
    sa.Column("politika_version", sa.String(20), nullable=False),
    sa.Column("created_at", sa.String(32), nullable=False),
)

runs = sa.Table(
    "runs", metadata,
    sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("command", sa.Text, nullable=False),
    sa.Column("started_at", sa.String(32), nullable=False),
    sa.Column("finished_at", sa.String(32)),
    sa.Column("summary", Json),
    # migration 0009: running | finished | interrupted (found running, its process gone, by a later run)
    sa.Column("status", sa.String(12)),
    sa.Column("pid", sa.Integer),
    sa.Column("host", sa.String(255)),
)

ingest_errors = sa.Table(
    "ingest_errors", metadata,
    sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("run_pk", sa.Integer, sa.ForeignKey("runs.pk", ondelete="SET NULL"), index=True),
    sa.Column("source", sa.Text, nullable=False),
    sa.Column("kind", sa.String(20), nullable=False),
    sa.Column("reason", sa.Text, nullable=False),
    sa.Column("at", sa.String(32), nullable=False),  # when last seen
    # migration 0009: one row per source, kind and reason (key: their SHA-256), seen `count` times
    sa.Column("key", sa.String(64)),
    sa.Column("count", sa.Integer, nullable=False, server_default="1"),
    sa.Column("first_at", sa.String(32)),
    sa.Index("uq_ingest_errors_key", "key", unique=True),
)

# -- actors across articles (migration 0002; docs/actors.md) ----------------------------------------------

actors = sa.Table(
    "actors", metadata,
    sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("key", sa.String(200), nullable=False, unique=True),  # kb:Q7747 | person:anna-kovacs[:hun] | ...
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("type", sa.String(20), nullable=False, index=True),
    sa.Column("kind", sa.String(30)),
    sa.Column("country", sa.String(8), index=True),
    sa.Column("sector", sa.String(8), index=True),
    sa.Column("kb_id", sa.Text, index=True),  # migration 0011: knowledge-base ids are up to 118 characters
    sa.Column("first_seen", sa.String(10)),
    sa.Column("last_seen", sa.String(10)),
    sa.Column("mention_count", sa.Integer, nullable=False, default=0),
    sa.Column("article_count", sa.Integer, nullable=False, default=0),
    sa.Column("created_at", sa.String(32), nullable=False),
)

# Every key an actor answers to: its own, kb:<id> for each kb id, and the keys of actors merged into it.
actor_keys = sa.Table(
    "actor_keys", metadata,
    sa.Column("key", sa.String(200), primary_key=True),
    sa.Column("actor_pk", sa.Integer, sa.ForeignKey("actors.pk", ondelete="CASCADE"), nullable=False, index=True),
)

actor_names = sa.Table(
    "actor_names", metadata,
    # no index of its own: uq_actor_names_actor_name starts with it (migration 0019)
    sa.Column("actor_pk", sa.Integer, sa.ForeignKey("actors.pk", ondelete="CASCADE"), nullable=False),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("norm", sa.String(200), index=True),  # NULL for descriptions ("the Russian leader"): not matched on
    # the last word of a norm of two or more words (refs.last_word): a lone surname's people, from an index
    sa.Column("last_word", sa.String(200), index=True),
    sa.UniqueConstraint("actor_pk", "name", name="uq_actor_names_actor_name"),
)

article_actors = sa.Table(
    "article_actors", metadata,
    sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("article_pk", sa.Integer, sa.ForeignKey("articles.pk", ondelete="CASCADE"), nullable=False,
              index=True),
    sa.Column("local_id", sa.String(40), nullable=False),
    sa.Column("actor_pk", sa.Integer, sa.ForeignKey("actors.pk", ondelete="CASCADE"), nullable=False, index=True),
    sa.Column("mention_count", sa.Integer, nullable=False),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("rule", sa.String(24), nullable=False),  # how identity was decided: kb | name | surname | split | ...
    sa.Column("aliases", Json, nullable=False),
    sa.Column("descriptors", Json, nullable=False),
    sa.Column("roles", Json, nullable=False),
    # migration 0008; the index on actor_pk alone stays (0019): on SQLite it walks an actor's rows in pk order
    sa.Index("ix_article_actors_actor_article", "actor_pk", "article_pk"),
)

actor_ties = sa.Table(
    "actor_ties", metadata,
    sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("article_pk", sa.Integer, sa.ForeignKey("articles.pk", ondelete="CASCADE"), nullable=False,
              index=True),
    sa.Column("source_pk", sa.Integer, sa.ForeignKey("actors.pk", ondelete="CASCADE"), nullable=False, index=True),
    sa.Column("target_pk", sa.Integer, sa.ForeignKey("actors.pk", ondelete="CASCADE"), nullable=False, index=True),
    sa.Column("type", sa.String(20), nullable=False),
    sa.Column("evidence", sa.Text),
    sa.Column("evidence_start", sa.Integer),
    sa.Column("evidence_end", sa.Integer),
    sa.Column("sentence", sa.Integer),
    sa.Column("sentence_text", sa.Text),
)

actor_decisions = sa.Table(
    "actor_decisions", metadata,
    sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("action", sa.String(10), nullable=False),  # merge | split
    sa.Column("payload", Json, nullable=False),
    sa.Column("created_at", sa.String(32), nullable=False),
)

# -- who says what (migration 0003; docs/attribution.md, section "In the store") ---------------------------

# How much the article reads like opinion, 0..1, from its record (store/claims.py); the genre stays metadata's.
articles.append_column(sa.Column("opinion_score", sa.Float))

claims = sa.Table(
    "claims", metadata,
    sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("article_pk", sa.Integer, sa.ForeignKey("articles.pk", ondelete="CASCADE"), nullable=False,
              index=True),
    sa.Column("idx", sa.Integer, nullable=False),  # position in the record's attributions (`parent` refers to it)
    sa.Column("sentence", sa.Integer),
    sa.Column("kind", sa.String(20), nullable=False),
    sa.Column("source_text", sa.Text),
    sa.Column("source_start", sa.Integer),
    sa.Column("source_end", sa.Integer),
    sa.Column("source_actor_pk", sa.Integer, sa.ForeignKey("actors.pk", ondelete="SET NULL"), index=True),
    sa.Column("cue_text", sa.Text),
    sa.Column("cue_start", sa.Integer),
    sa.Column("cue_end", sa.Integer),
    sa.Column("content_text", sa.Text, nullable=False),
    sa.Column("content_start", sa.Integer),
    sa.Column("content_end", sa.Integer),
    sa.Column("content_parts", Json),  # only when the content has several parts
    sa.Column("anonymous", sa.Boolean, nullable=False),
    sa.Column("author", sa.Boolean, nullable=False),
    sa.Column("vague", sa.Boolean, nullable=False),
    sa.Column("hedged", sa.Boolean, nullable=False),
    sa.Column("hedges", Json, nullable=False),
    sa.Column("stance", sa.String(10)),  # distance | endorse | NULL
    sa.Column("parent", sa.Integer),
    sa.Column("in_quote", sa.Boolean, nullable=False),
    sa.Column("date", sa.String(10), index=True),  # the article's date, here for filtering and ordering
    # One quote's reports share it: store.claims.quote_digest of the content (migration 0013); NULL: no words
    sa.Column("quote_key", sa.String(40)),
    # Store.quotes groups and orders quotes from this index alone (without it, 220 instead of 30 ms for 18,163 claims)
    sa.Index("ix_claims_quote_key", "quote_key", "date", "article_pk", "idx"),
)

# The stored actors mentioned inside a claim's content: what the claim is about.
claim_subjects = sa.Table(
    "claim_subjects", metadata,
    sa.Column("claim_pk", sa.Integer, sa.ForeignKey("claims.pk", ondelete="CASCADE"), primary_key=True),
    sa.Column("actor_pk", sa.Integer, sa.ForeignKey("actors.pk", ondelete="CASCADE"), primary_key=True, index=True),
)

# -- events across articles (migration 0005; docs/events.md, section "Across articles") -------------------

events = sa.Table(
    "events", metadata,
    sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("article_pk", sa.Integer, sa.ForeignKey("articles.pk", ondelete="CASCADE"), nullable=False,
              index=True),
    sa.Column("idx", sa.Integer, nullable=False),  # position in the record's events
    sa.Column("sentence", sa.Integer),
    sa.Column("sentence_text", sa.Text),
    sa.Column("type", sa.String(12), nullable=False, index=True),
    sa.Column("mode", sa.String(30)),
    sa.Column("actor", Json, nullable=False),  # stored actor pks
    sa.Column("recipient", Json, nullable=False),
    sa.Column("actor_spans", Json, nullable=False),  # [{start, end, text, actor_pk|null}]
    sa.Column("recipient_spans", Json, nullable=False),
    sa.Column("trigger_text", sa.Text),
    sa.Column("trigger_start", sa.Integer),
    sa.Column("trigger_end", sa.Integer),
    sa.Column("date", sa.String(10)),
    sa.Column("date_end", sa.String(10)),
    sa.Column("date_source", sa.String(10)),  # text | article | NULL
    sa.Column("location", sa.Text),
    sa.Column("location_country", sa.String(8)),
    sa.Column("negated", sa.Boolean, nullable=False),
    sa.Column("hypothetical", sa.Boolean, nullable=False),
    sa.Column("future", sa.Boolean, nullable=False),
    sa.Column("reported", sa.Boolean, nullable=False),
    sa.Column("confidence", sa.Float),
    sa.Column("contexts", Json, nullable=False),  # the article's PLOVER context labels (the record's `contexts`)
    # The days the event is placed on for clustering (graph/event_clusters.day_range); NULL: undated.
    sa.Column("day_from", sa.String(10), index=True),
    sa.Column("day_to", sa.String(10)),
    sa.Column("precise", sa.Boolean, nullable=False),
)

# The stored actors of an event, by role: what the --actor / --recipient / --country filters and clustering query.
event_actors = sa.Table(
    "event_actors", metadata,
    sa.Column("event_pk", sa.Integer, sa.ForeignKey("events.pk", ondelete="CASCADE"), primary_key=True),
    sa.Column("actor_pk", sa.Integer, sa.ForeignKey("actors.pk", ondelete="CASCADE"), primary_key=True, index=True),
    sa.Column("role", sa.String(10), primary_key=True),  # actor | recipient
    # The argument scorer's probability where it chose this party (the event's `filled`); NULL: the sentence names
    # it (migration 0015)
    sa.Column("inferred", sa.Float),
)

event_clusters = sa.Table(
    "event_clusters", metadata,
    sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("key", sa.String(60), nullable=False, unique=True),  # the founding event: <article id>-<idx>
    sa.Column("type", sa.String(12), nullable=False, index=True),
    sa.Column("mode", sa.String(30)),
    sa.Column("modality", sa.String(12), nullable=False, index=True),  # asserted | negated | hypothetical
    sa.Column("date", sa.String(10), index=True),
    sa.Column("date_end", sa.String(10)),
    sa.Column("location", sa.Text),
    sa.Column("location_country", sa.String(8)),
    sa.Column("event_count", sa.Integer, nullable=False),
    sa.Column("article_count", sa.Integer, nullable=False, index=True),
    sa.Column("outlet_count", sa.Integer, nullable=False),
)

event_cluster_members = sa.Table(
    "event_cluster_members", metadata,
    sa.Column("event_pk", sa.Integer, sa.ForeignKey("events.pk", ondelete="CASCADE"), primary_key=True),
    sa.Column("cluster_pk", sa.Integer, sa.ForeignKey("event_clusters.pk", ondelete="CASCADE"), nullable=False,
              index=True),
)

# -- the causal map (migration 0004; docs/causal.md, section "The map and what-if") ----------------------------

causal_factors = sa.Table(
    "causal_factors", metadata,
    sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("key", sa.String(200), nullable=False, unique=True),  # the key it was made with (graph/factors.py)
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("actor_pk", sa.Integer, sa.ForeignKey("actors.pk", ondelete="SET NULL"), index=True),
    sa.Column("created_at", sa.String(32), nullable=False),
)

# Every factor key (a normalised cause or effect span) and the factor it belongs to; merges and splits move keys.
causal_factor_keys = sa.Table(
    "causal_factor_keys", metadata,
    sa.Column("key", sa.String(200), primary_key=True),
    sa.Column("factor_pk", sa.Integer, sa.ForeignKey("causal_factors.pk", ondelete="CASCADE"), nullable=False,
              index=True),
    sa.Column("pinned", sa.Boolean, nullable=False),  # placed by a user decision
)

causal_links = sa.Table(
    "causal_links", metadata,
    sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("article_pk", sa.Integer, sa.ForeignKey("articles.pk", ondelete="CASCADE"), nullable=False,
              index=True),
    sa.Column("idx", sa.Integer, nullable=False),  # position in the record's `causal`
    sa.Column("sentence", sa.Integer),
    sa.Column("sentence_text", sa.Text),
    sa.Column("cause_key", sa.String(200), nullable=False, index=True),
    sa.Column("effect_key", sa.String(200), nullable=False, index=True),
    sa.Column("cause_text", sa.Text, nullable=False),
    sa.Column("cause_start", sa.Integer),
    sa.Column("cause_end", sa.Integer),
    sa.Column("effect_text", sa.Text, nullable=False),
    sa.Column("effect_start", sa.Integer),
    sa.Column("effect_end", sa.Integer),
    sa.Column("signal_text", sa.Text),
    sa.Column("signal_start", sa.Integer),
    sa.Column("signal_end", sa.Integer),
    sa.Column("polarity", sa.String(1), nullable=False),  # between the factors (negated spans flip the record's)
    sa.Column("stated_polarity", sa.String(1), nullable=False),  # the record's
    sa.Column("confidence", sa.Float),
    sa.Column("negated", sa.Boolean, nullable=False),
    sa.Column("hedged", sa.Boolean, nullable=False),
    sa.Column("kind", sa.String(20)),
    sa.Column("source", sa.Text, nullable=False),  # who asserts it: the quoted source, else the author or outlet
    sa.Column("date", sa.String(10), index=True),
)

# The stored actors mentioned in a link's cause or effect span.
causal_link_actors = sa.Table(
    "causal_link_actors", metadata,
    sa.Column("link_pk", sa.Integer, sa.ForeignKey("causal_links.pk", ondelete="CASCADE"), primary_key=True),
    sa.Column("actor_pk", sa.Integer, sa.ForeignKey("actors.pk", ondelete="CASCADE"), primary_key=True, index=True),
    sa.Column("side", sa.String(6), primary_key=True),  # cause | effect
)

causal_decisions = sa.Table(
    "causal_decisions", metadata,
    sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("action", sa.String(10), nullable=False),  # rename | merge | split
    sa.Column("payload", Json, nullable=False),
    sa.Column("created_at", sa.String(32), nullable=False),
)

# One change counter per group of tables ("articles", "events", "ties", "causal", "appearances"), moved on SQLite
# once per write statement by the engine (store.versions, migration 0017): the explorer's caches key on it
# (store.aggregates).
data_versions = sa.Table(
    "data_versions", metadata,
    sa.Column("name", sa.String(20), primary_key=True),
    sa.Column("n", sa.BigInteger, nullable=False),
)


__all__ = ["Json", "JsonDocument", "actor_decisions", "actor_keys", "actor_names", "actor_ties", "actors",
           "article_actors", "article_bands", "articles", "causal_decisions", "causal_factor_keys", "causal_factors",
           "causal_link_actors", "causal_links", "claim_subjects", "claims", "data_versions", "duplicates",
           "event_actors", "event_cluster_members", "event_clusters", "events", "ingest_errors", "metadata", "records",
           "runs"]

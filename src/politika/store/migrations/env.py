"""Alembic environment: run migrations on the connection politika hands over."""

from __future__ import annotations

from alembic import context

from politika.store.schema import metadata

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()

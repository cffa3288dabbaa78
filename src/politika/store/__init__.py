"""The store: SQLite by default, PostgreSQL by URL; the schema changes only through migrations."""

from politika.store.engine import database_url
from politika.store.store import ArticleFilter, Store, StoredOutcome

__all__ = ["ArticleFilter", "Store", "StoredOutcome", "database_url"]

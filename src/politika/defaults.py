"""Default values that both the library and the CLI's ``--help`` show, in a module that imports nothing, so that
loading the CLI loads no store (SQLAlchemy), rapidfuzz, charset-normalizer or writers. Each value's home module
imports it from here under its own name."""

BUCKETS = ("day", "week", "month")  # politika.store.attention: how attention over time is counted
TOP_OUTLETS = 5  # politika.store.attention: outlets shown apart when split by outlet; the rest are "other"
DEFAULT_WAIT = 600.0  # politika.store.writer_lock: seconds a second job waits for the store's writer
DEFAULT_MAX_BYTES = 20_000_000  # politika.ingest.decoding: the largest input or response accepted
DEFAULT_STEPS = 5  # politika.graph.whatif: steps a what-if runs
ENTITY_TYPES = ("PERSON", "ORG", "GPE", "COLLECTIVE")  # politika.kb.entities

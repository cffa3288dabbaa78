"""The NLP layer: our spaCy components, the record they fill, and the pipeline that runs them (``pipeline.py``)."""

# Texts per nlp.pipe batch; named here so that the CLI and the library can default to it without loading spaCy.
DEFAULT_BATCH_SIZE = 32

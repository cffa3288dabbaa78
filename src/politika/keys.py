"""Keys built from names that fit their columns: a long one keeps its start and ends with a hash of the whole.

Truncating would make two long names that share their first 200 characters one key (two actors merged); a hash of
the whole name keeps them apart, and a key that fits is left as it is, so fitting a key twice changes nothing.
"""

from __future__ import annotations

import hashlib

KEY_SIZE = 200  # the size of the key columns (actors.key, actor_keys.key, actor_names.norm)


def fit_key(key: str, size: int = KEY_SIZE) -> str:
    """``key`` when it fits in ``size`` characters, else its start, ``#`` and 16 hex digits of its SHA-256.

    >>> fit_key("person:anna-kovacs")
    'person:anna-kovacs'
    >>> long = fit_key("person:" + "a" * 300)
    >>> len(long), long[-17:-16], long == fit_key(long)
    (200, '#', True)
    """
    if len(key) <= size:
        return key
    digest = hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    return f"{key[:size - 17]}#{digest}"

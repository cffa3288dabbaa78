"""Exact and near-duplicate keys of an article.

Exact duplicates share the canonical URL or the SHA-256 of the normalised text (case-folded, punctuation
and whitespace removed). Near-duplicates are found with MinHash over 5-word shingles (datasketch, 128
permutations) and banded locality-sensitive hashing (32 bands of 4 rows): a pair is a candidate when one
band matches, and a duplicate when the estimated Jaccard similarity of the shingle sets is at least
``NEAR_DUPLICATE_JACCARD`` (0.7). A rewrite that changes the headline, the standfirst and one sentence of a
400-word story stays above 0.7; two different stories on the same event share few 5-word shingles and stay
far below it. With 32×4 bands a pair at Jaccard 0.7 is a candidate with probability 0.9998, at 0.3 with
0.23 (candidates are then checked against the threshold).
"""

from __future__ import annotations

import hashlib
import re
import zlib
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urlsplit, urlunsplit

from politika.keys import fit_key

if TYPE_CHECKING:  # numpy and datasketch load when a text is fingerprinted, not with the store
    import numpy as np

NUM_PERM = 128
BANDS = 32
ROWS = NUM_PERM // BANDS
SHINGLE_WORDS = 5
NEAR_DUPLICATE_JACCARD = 0.7
_SEED = 1
URL_KEY_SIZE = 500

_WORD = re.compile(r"\w+", re.UNICODE)
_TRACKING = re.compile(r"^(utm_|fbclid|gclid|mc_|ref$|cmpid)", re.IGNORECASE)


def normalise_text(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def content_hash(text: str) -> str:
    return hashlib.sha256(" ".join(normalise_text(text)).encode()).hexdigest()


def normalise_url(url: str | None) -> str | None:
    """Scheme and host lower-cased, fragment, tracking parameters and a trailing slash removed."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if not parts.netloc:
        return None
    query = "&".join(q for q in parts.query.split("&") if q and not _TRACKING.match(q.split("=")[0]))
    path = parts.path.rstrip("/") or "/"
    host = parts.netloc.lower().removeprefix("www.")
    # indexed on PostgreSQL, whose index entries hold ~2,700 bytes: a longer URL is kept apart by a hash
    return fit_key(urlunsplit(("https", host, path, query, "")), URL_KEY_SIZE)


@dataclass
class Fingerprint:
    content_hash: str
    url_key: str | None
    minhash: np.ndarray
    bands: list[str]

    def signature_bytes(self) -> bytes:
        import numpy as np

        return self.minhash.astype(np.uint64).tobytes()


def fingerprint(text: str, url: str | None = None) -> Fingerprint:
    words = normalise_text(text)
    shingles = {" ".join(words[i:i + SHINGLE_WORDS]) for i in range(max(1, len(words) - SHINGLE_WORDS + 1))}
    from datasketch import MinHash

    minhash = MinHash(num_perm=NUM_PERM, seed=_SEED, hashfunc=zlib.crc32)
    minhash.update_batch([s.encode() for s in shingles])
    values = minhash.hashvalues
    bands = [
        f"{b:02d}" + hashlib.blake2b(values[b * ROWS:(b + 1) * ROWS].tobytes(), digest_size=8).hexdigest()
        for b in range(BANDS)
    ]
    return Fingerprint(content_hash=hashlib.sha256(" ".join(words).encode()).hexdigest(),
                       url_key=normalise_url(url), minhash=values, bands=bands)


def jaccard(signature_a: bytes | np.ndarray, signature_b: bytes | np.ndarray) -> float:
    import numpy as np

    a = np.frombuffer(signature_a, dtype=np.uint64) if isinstance(signature_a, bytes) else signature_a
    b = np.frombuffer(signature_b, dtype=np.uint64) if isinstance(signature_b, bytes) else signature_b
    return float(np.count_nonzero(a == b)) / float(len(a))

"""Bytes to text: gzip, binary sniffing, declared and detected encodings."""

from __future__ import annotations

import codecs
import re
import zlib

from charset_normalizer import from_bytes

from politika.defaults import DEFAULT_MAX_BYTES
from politika.errors import InputError

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", re.IGNORECASE)
# Magic numbers of formats that are certainly not text: PDF, PNG, JPEG, GIF, ZIP, ELF, WebP/RIFF.
_BINARY_MAGIC = (b"%PDF", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"PK\x03\x04", b"\x7fELF", b"RIFF")


def gunzip(data: bytes, source: str, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """Decompress gzip data, refusing truncated streams and outputs over ``max_bytes``."""
    decompressor = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
    try:
        out = decompressor.decompress(data, max_bytes + 1)
    except zlib.error as exc:
        raise InputError(source, f"corrupt gzip data ({exc})") from exc
    if len(out) > max_bytes:
        raise InputError(source, f"decompressed size exceeds the {max_bytes:,}-byte limit")
    if not decompressor.eof:
        raise InputError(source, "truncated gzip file (the compressed stream ends early)")
    return out


def is_gzip(data: bytes) -> bool:
    return data[:2] == b"\x1f\x8b"


def check_not_binary(data: bytes, source: str) -> None:
    """Raise when ``data`` looks like a binary file rather than text or markup."""
    head = data[:4096]
    for magic in _BINARY_MAGIC:
        if head.startswith(magic):
            raise InputError(source, f"binary file ({_describe_magic(magic)}), not text or HTML")
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return
    if b"\x00" in head:
        raise InputError(source, "binary file (contains NUL bytes), not text or HTML")


def _describe_magic(magic: bytes) -> str:
    return {
        b"%PDF": "PDF",
        b"\x89PNG": "PNG image",
        b"\xff\xd8\xff": "JPEG image",
        b"GIF8": "GIF image",
        b"PK\x03\x04": "ZIP archive",
        b"\x7fELF": "executable",
        b"RIFF": "RIFF media",
    }[magic]


def decode(data: bytes, source: str, declared: str | None = None) -> str:
    """Decode ``data`` to text.

    Order: byte-order mark, the charset the transport declared (``Content-Type``), the charset the
    page declares in a ``<meta>`` tag, strict UTF-8, then detection with charset-normalizer.
    """
    if not data.strip():
        raise InputError(source, "empty input")
    check_not_binary(data, source)
    for bom, name in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                      (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(name, errors="replace")
    candidates: list[str] = []
    if declared:
        match = _HEADER_CHARSET.search(declared)
        if match:
            candidates.append(match.group(1))
    meta = _META_CHARSET.search(data[:8192])
    if meta:
        candidates.append(meta.group(1).decode("ascii", "ignore"))
    for name in candidates:
        try:
            codec = codecs.lookup(name).name
        except LookupError:
            continue
        if codec == "utf-8":
            break  # declared UTF-8: fall through to the strict check and detection below
        try:
            return data.decode(codec)
        except UnicodeDecodeError:
            continue
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        lenient = data.decode("utf-8", errors="replace")
        # A few stray bytes in a page that is otherwise UTF-8 (it has valid non-ASCII characters) are
        # damage, not another encoding: keep the page. A page with no valid UTF-8 beyond ASCII is legacy.
        has_utf8 = any(ord(ch) > 127 and ch != "\ufffd" for ch in lenient)
        if has_utf8 and lenient.count("\ufffd") <= max(3, len(lenient) // 1000):
            return lenient
    best = from_bytes(data[:200_000]).best()
    detected = best.encoding if best is not None and best.encoding else None
    latin = _legacy_latin(data, detected)
    if latin is not None:
        return data.decode(latin, errors="replace")
    if detected:
        return data.decode(detected, errors="replace")
    # Last resort: keep what is UTF-8 and mark the rest, rather than dropping the input.
    return data.decode("utf-8", errors="replace")


def _legacy_latin(data: bytes, detected: str | None) -> str | None:
    """The code page of Latin-script text with accented letters: ``cp1252``, ``cp1250`` or ``detected``.

    Detection guesses badly on mostly-ASCII pages (an English page with three accented names comes out
    as Baltic cp1257). In a Latin-script language accented letters sit inside words of ASCII letters, and
    the right code page decodes them to letters, not to symbols like ``³`` or ``¤``. Whole words outside
    ASCII mean another script (Cyrillic, Greek, ...): ``None``, detection handles those. On a tie cp1252
    wins (the web's default legacy encoding), so an undeclared Czech page that decodes to letters either way
    comes out as cp1252.
    """
    best: tuple[int, str] | None = None
    for codec in ("cp1252", "cp1250", detected):
        if codec is None:
            continue
        try:
            text = data.decode(codec)
        except (UnicodeDecodeError, LookupError):
            continue
        words = [w.strip(_ASCII_PUNCT) for w in text.split() if not w.isascii()]
        words = [w for w in words if w]
        if not words:
            continue
        mixed = sum(1 for w in words if any(ch.isascii() and ch.isalpha() for ch in w))
        if mixed * 2 < len(words):
            return None
        symbols = sum(1 for w in words for ch in w if not ch.isascii() and not ch.isalpha()
                      and ch not in _TYPOGRAPHY)
        if best is None or symbols < best[0]:
            best = (symbols, codec)
    return best[1] if best else None


_ASCII_PUNCT = "".join(chr(c) for c in range(33, 128) if not chr(c).isalnum())
# Non-letters that real Western text uses; anything else inside a word (³, ¹, ¤, ¯) means the wrong code page.
_TYPOGRAPHY = set("\u00a0¡¿«»‘’‚“”„–—…•·°§©®€£¥¢")

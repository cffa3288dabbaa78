"""Reading and writing KB files (JSON lines, one entity a line) and where the user's KB lives."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

from politika.errors import InputError
from politika.kb.entities import KBEntity

USER_FILE = "user.jsonl"


def user_kb_dir() -> Path:
    """``$POLITIKA_KB_DIR``, else ``~/.local/share/politika/kb``."""
    configured = os.environ.get("POLITIKA_KB_DIR")
    return Path(configured).expanduser() if configured else Path.home() / ".local" / "share" / "politika" / "kb"


def read_entities(path: Path, source: str | None = None) -> Iterator[KBEntity]:
    """The entities of a JSON-lines KB file; a bad line raises InputError naming ``file:line``."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(str(path), f"cannot read the KB file ({exc.__class__.__name__}: {exc})") from exc
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            data = json.loads(line)
            if not isinstance(data, dict):
                raise ValueError("not a JSON object")
            yield KBEntity.from_dict(data, source=source)
        except ValueError as exc:
            raise InputError(f"{path}:{number}", f"not a KB entity ({exc}); see docs/knowledge-base.md") from exc


def write_entities(path: Path, entities: list[KBEntity]) -> None:
    """Write ``entities`` to ``path`` (replacing it), one JSON object a line; the folder is created."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    with tmp.open("w", encoding="utf-8") as out:
        for entity in entities:
            out.write(json.dumps(entity.to_dict(), ensure_ascii=False) + "\n")
    tmp.replace(path)


def save_user_entities(entities: list[KBEntity], path: Path | None = None) -> Path:
    """Add or update ``entities`` in the user KB file (same id: merged); returns the file written."""
    path = path or user_kb_dir() / USER_FILE
    existing = {entity.id: entity for entity in read_entities(path)} if path.exists() else {}
    for entity in entities:
        if entity.id in existing:
            existing[entity.id].merge(entity)
        else:
            existing[entity.id] = entity
    write_entities(path, list(existing.values()))
    return path

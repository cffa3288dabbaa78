"""The descriptor lexicon: role nouns → PLOVER sector, role titles → (role, sector)."""

from __future__ import annotations

from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data"


def read_tsv(path: Path, columns: int) -> list[list[str]]:
    """Rows of a tab-separated file with ``columns`` columns; ``#`` lines are comments."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        fields = [field.strip() for field in line.split("\t")]
        if len(fields) != columns:
            raise ValueError(f"{path.name}: expected {columns} tab-separated fields in {line!r}")
        rows.append(fields)
    return rows


def load_sector_nouns(path: Path = DATA_DIR / "sector_nouns.tsv") -> dict[str, str]:
    """``{"official": "GOV", "troops": "MIL", ...}``."""
    return {noun.lower(): sector for noun, sector in read_tsv(path, 2)}


def load_role_titles(path: Path = DATA_DIR / "role_titles.tsv") -> dict[str, tuple[str, str]]:
    """``{"foreign minister": ("foreign_minister", "GOV"), ...}``."""
    return {title.lower(): (role, sector) for title, role, sector in read_tsv(path, 3)}

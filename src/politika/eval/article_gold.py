"""The whole-article gold set: its index, the texts it annotates (read from ../shared) and the gold records.

Each gold article is one JSON file in ``articles_gold/`` beside this module, holding only offsets, labels and
the sha256 of the text it annotates (the texts are third-party and stay in ``../shared``)::

    {"id": "naeb-4c3aae34", "sha256": "...", "events": [...], "attributions": [...], "causal": [...], "people": [...]}

Spans are ``[start, end]`` character offsets into the text (end-exclusive). The annotation rules are in
docs/annotation-guidelines.md; scoring is in :mod:`politika.eval.articles`.

The Russian gold set (``articles_gold_ru/``, set ``ru``) annotates texts we wrote: they are in the repository
(``articles_gold_ru/texts/<key>.txt``), and its gold files also list every actor mention
(docs/annotation-guidelines-ru.md).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from politika.errors import InputError

GOLD_DIR = Path(__file__).with_name("articles_gold")
INDEX_PATH = GOLD_DIR / "index.json"
RU_GOLD_DIR = Path(__file__).with_name("articles_gold_ru")
TEXT_FILES = {"naeb": "eval/extraction/naeb/news_articles.json", "aeb": "eval/extraction/aeb/ground-truth.json",
              "polnear": "eval/attribution/polnear"}  # PolNeAR: a folder of texts, <split>/text/<key>.txt
# The held-out splits: never trained or tuned on, their errors never listed (the test half; the fresh split).
HELD_OUT = ("test", "fresh")
# The gold sets the shipped event-trigger, causal-link and causal-span models were trained on (the PolNeAR train
# batch came after them): their training scripts' default ``--sets``.
TRAINED_SETS = ("naeb", "aeb")
# The gold sets by language: the folder of the gold files (with its index.json) of each.
GOLD_SETS = {"en": GOLD_DIR, "ru": RU_GOLD_DIR}

__all__ = ["GOLD_DIR", "GOLD_SETS", "HELD_OUT", "RU_GOLD_DIR", "TEXT_FILES", "TRAINED_SETS", "GoldArticle",
           "article_text", "index", "load_gold", "text_sha256", "training_articles"]


@dataclass(frozen=True)
class GoldArticle:
    """One entry of the index: where its text is, its outlet and genre, and its split (dev, test, train or fresh)."""

    id: str
    set: str
    key: str
    outlet: str
    genre: str
    split: str


def index(path: Path = INDEX_PATH) -> list[GoldArticle]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return [GoldArticle(**entry) for entry in data["articles"]]


@cache
def _texts(shared: str, name: str) -> dict[str, str]:
    path = Path(shared) / TEXT_FILES[name]
    if name == "polnear":
        try:
            return {file.stem: file.read_text(encoding="utf-8") for file in sorted(path.glob("*/text/*.txt"))}
        except OSError as exc:
            raise InputError(str(path), f"cannot read the gold texts ({exc})") from exc
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise InputError(str(path), f"cannot read the gold texts ({exc})") from exc
    if name == "naeb":
        return {entry["html_file"]: entry["text"] for entry in data}
    return {key: entry["articleBody"] for key, entry in data.items()}


def article_text(shared: Path | str, article: GoldArticle) -> str:
    """The text an article's gold offsets point into: the set's gold body (not politika's extraction), or for
    the ``ru`` set our own text in the repository."""
    if article.set == "ru":
        path = RU_GOLD_DIR / "texts" / f"{article.key}.txt"
        try:
            return path.read_text(encoding="utf-8")
        except OSError as exc:
            raise InputError(str(path), f"cannot read the gold text ({exc})") from exc
    texts = _texts(str(shared), article.set)
    matches = [article.key] if article.key in texts else [key for key in texts if key.startswith(article.key)]
    if len(matches) != 1:
        raise InputError(f"{article.set}:{article.key}",
                         f"{len(matches)} texts match this key in {TEXT_FILES[article.set]}")
    return texts[matches[0]]


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def load_gold(article: GoldArticle, gold_dir: Path = GOLD_DIR) -> dict[str, Any] | None:
    """The gold record of one article, or None when it has not been annotated yet."""
    path = gold_dir / f"{article.id}.json"
    if not path.exists():
        return None
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def training_articles(splits: tuple[str, ...] = ("dev", "train"),
                      sets: tuple[str, ...] | None = None) -> list[tuple[GoldArticle, dict[str, Any]]]:
    """The articles the learned layers train on, with their gold: those of ``splits`` (never the test half nor the
    fresh set) and, where given, of ``sets`` only ("naeb", "aeb", "polnear"); a dev article not annotated yet has an
    empty gold, a train article not annotated yet is left out."""
    out = []
    for article in index():
        if article.split not in splits or article.split in HELD_OUT or (sets is not None and article.set not in sets):
            continue
        gold = load_gold(article)
        if gold is not None or article.split == "dev":
            out.append((article, gold or {}))
    return out

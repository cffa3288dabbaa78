"""``politika eval factors``: how often two causal factors the map merges are one factor (issue 16, item 4).

The causal map joins a new phrase to a stored factor when their keys are equal, lexically (same head and a
rapidfuzz score ≥ 85: ``token_sort_ratio``, or ``token_set_ratio`` against a factor the same article named
already) or, with the ``embeddings`` extra, when their names' all-MiniLM-L6-v2 cosine
is ≥ 0.82, in both passes under the bare-word guard (a bare word joins no phrase of three content words, nor
one of two of another article) (:class:`politika.graph.factors.FactorIndex`). This scores that decision
on pairs we labelled by hand (``factor_pairs.json`` beside this module, made by ``scripts/factor_pairs.py``):
phrases are the cause and effect spans of the whole-article gold claims of the dev and train splits, as offsets
into their texts in ../shared; a pair is ``same`` when a causal claim about one phrase is a claim about the other.
The candidates were every pair of distinct keys with the same head and a ``token_set_ratio`` of 75 or more, or a
cosine of 0.75 or more: the joins the matcher made (until 2026-12-06 it scored every pair by ``token_set_ratio``)
and its near misses. Labels follow what the phrases refer to in their articles, not their words alone: "the release
of 40 hostages" (Gaza) and "the release of the hostages" (Afghanistan) are not the same factor.

For each pair the matcher is asked as the store asks it: a factor index holding the first phrase, matched against
the second (as a factor the article named already when both phrases are of one article). **Precision** is the share
of the pairs it joins that are labelled same (a wrong join makes fake edges across articles and fake feedback loops
in the map); **recall** the share of same pairs it joins. Both per mode (lexical; embeddings, where the extra is
installed) and per half: ``dev`` (both phrases from dev articles: the half the matcher's rule was chosen on) and
``train`` (at least one phrase from a train article: never used to set the matcher).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from politika.errors import InputError
from politika.eval.article_gold import TEXT_FILES, article_text, index
from politika.eval.section import Section
from politika.graph.factors import FactorIndex, embeddings_available, factor_name

PAIRS_PATH = Path(__file__).with_name("factor_pairs.json")
HALVES = ("dev", "train")

__all__ = ["EMBEDDINGS_SECTION", "PAIRS_PATH", "SECTION", "FactorPair", "FactorsReport", "format_report", "joined",
           "load_pairs", "score_pairs"]


@dataclass(frozen=True)
class FactorPair:
    a: str
    b: str
    same: bool
    half: str  # dev: both phrases from dev articles; train: at least one from a train article
    same_article: bool = False


@dataclass
class FactorsReport:
    pairs: int
    same: int
    modes: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)  # mode → half → counts and scores

    def to_dict(self) -> dict[str, Any]:
        return {"pairs": self.pairs, "same": self.same, "modes": self.modes}


def load_pairs(shared: Path | str, path: Path = PAIRS_PATH) -> list[FactorPair]:
    """The labelled pairs with their phrases read from the gold texts under ``shared``."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise InputError(str(path), f"cannot read the labelled factor pairs ({exc})") from exc
    articles = {article.id: article for article in index()}
    texts: dict[str, str] = {}

    def phrase(ref: list[Any]) -> tuple[str, str]:
        article_id, start, end = ref
        if article_id not in articles:
            raise InputError(str(path), f"unknown gold article {article_id!r}")
        if article_id not in texts:
            texts[article_id] = article_text(shared, articles[article_id])
        return texts[article_id][start:end], articles[article_id].split

    out = []
    for item in data["pairs"]:
        (a, split_a), (b, split_b) = phrase(item["a"]), phrase(item["b"])
        out.append(FactorPair(a, b, bool(item["same"]), "dev" if split_a == split_b == "dev" else "train",
                              item["a"][0] == item["b"][0]))
    return out


def joined(a: str, b: str, mode: str, same_article: bool = False) -> bool:
    """Whether the store would put phrase ``b`` in the factor of phrase ``a`` (named before it by the same article,
    or by another)."""
    first = factor_name(a)
    index = FactorIndex([(1, first.key, first.name)], mode=mode)
    return index.match(factor_name(b), near={1} if same_article else ()) is not None


def _scores(counts: dict[str, int]) -> dict[str, Any]:
    tp, joins, same = counts["right"], counts["joined"], counts["same"]
    return {**counts, "precision": round(tp / joins, 3) if joins else None,
            "recall": round(tp / same, 3) if same else None}


def score_pairs(pairs: list[FactorPair], modes: tuple[str, ...] | None = None) -> FactorsReport:
    """Precision and recall of the matcher's joins per mode and half, over all pairs, and over the pairs of two
    articles (``across``: the joins that make a map's edges between articles)."""
    if modes is None:
        modes = ("lexical", "embeddings") if embeddings_available() else ("lexical",)
    report = FactorsReport(pairs=len(pairs), same=sum(p.same for p in pairs))
    for mode in modes:
        halves: dict[str, dict[str, int]] = {h: {"pairs": 0, "same": 0, "joined": 0, "right": 0}
                                             for h in (*HALVES, "all", "across")}
        for pair in pairs:
            join = joined(pair.a, pair.b, mode, pair.same_article)
            for half in (pair.half, "all", *(() if pair.same_article else ("across",))):
                counts = halves[half]
                counts["pairs"] += 1
                counts["same"] += pair.same
                counts["joined"] += join
                counts["right"] += join and pair.same
        report.modes[mode] = {half: _scores(counts) for half, counts in halves.items()}
    return report


def format_report(report: FactorsReport) -> str:
    lines = [f"Factor merges: {report.pairs} labelled pairs, {report.same} the same factor",
             f"{'mode':<11} {'half':<6} {'pairs':>5} {'same':>5} {'joined':>6} {'right':>5} "
             f"{'precision':>9} {'recall':>6}"]
    for mode, halves in report.modes.items():
        for half, s in halves.items():
            shown = [f"{s[k]:.3f}" if s[k] is not None else "-" for k in ("precision", "recall")]
            lines.append(f"{mode:<11} {half:<6} {s['pairs']:>5} {s['same']:>5} {s['joined']:>6} {s['right']:>5} "
                         f"{shown[0]:>9} {shown[1]:>6}")
    return "\n".join(lines)


def _gate_metrics(shared: Path, mode: str = "lexical") -> dict[str, float]:
    halves = score_pairs(load_pairs(shared), modes=(mode,)).modes[mode]
    return {f"{mode}_{half}_{metric}": float(halves[half][metric])
            for half in HALVES for metric in ("precision", "recall") if halves[half][metric] is not None}


def _embeddings_metrics(shared: Path) -> dict[str, float]:
    return _gate_metrics(shared, "embeddings")


def _embeddings_missing() -> str | None:
    return None if embeddings_available() else "needs the embeddings extra: pip install 'politika[embeddings]'"


# The lexical matcher runs everywhere; the embeddings one where the extra is installed (its own section, so that
# a checkout without the extra still gates the lexical lines).
SECTION = Section("factors", tuple(TEXT_FILES.values()), _gate_metrics)
EMBEDDINGS_SECTION = Section("factor_embeddings", tuple(TEXT_FILES.values()), _embeddings_metrics,
                             missing=_embeddings_missing)

"""Candidate pairs of causal factors for hand labelling: the merge-precision check of issue 16 (item 4).

The phrases are the cause and effect spans of the whole-article gold claims of the dev and train splits (never the
test half nor the fresh split), read from ../shared; each becomes a factor name as the store makes it
(``graph.factors.factor_name``; spans that are no factor are left out). Two phrases are a candidate pair when their
keys differ and either their heads agree with a ``token_set_ratio`` of at least 75, or the cosine of their names'
all-MiniLM-L6-v2 embeddings is at least 0.75: wider than the matcher's thresholds (85, 0.82), so that the labelled
set holds the joins the matcher makes and the near misses it does not.

    python scripts/factor_pairs.py --shared ../shared --out /tmp/factor_pairs_candidates.jsonl

writes one JSON line per pair with both phrases' text (for the labeller's eyes only: the texts are third-party,
so the labelled file, ``src/politika/eval/factor_pairs.json``, keeps offsets and the label, never text). Label
with ``"same": true`` when the two phrases name the same thing in their articles, so that a causal claim about one
is a claim about the other (one node of the map; read the articles around a pair of two articles: the same words
may name two hostage releases), then ``--pack`` the labelled lines into the eval file.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from politika.eval.article_gold import article_text, training_articles
from politika.graph.factors import factor_name, head_of, name_vectors, not_a_factor

LEXICAL_FLOOR = 75.0
COSINE_FLOOR = 0.75


def phrases(shared: Path) -> list[dict]:
    """Every gold cause and effect span of the dev and train articles that is a factor, the first of each key."""
    out: list[dict] = []
    seen: set[str] = set()
    for article, gold in training_articles(("dev", "train")):
        if not gold.get("causal"):
            continue
        text = article_text(shared, article)
        for claim in gold["causal"]:
            for role in ("cause", "effect"):
                span = claim.get(role)
                if not span:
                    continue
                phrase = text[span[0]:span[1]]
                if not_a_factor(phrase):
                    continue
                factor = factor_name(phrase)
                if not factor.key or factor.key in seen:
                    continue
                seen.add(factor.key)
                out.append({"article": article.id, "split": article.split, "span": list(span), "text": phrase,
                            "name": factor.name, "key": factor.key})
    return out


def candidates(items: list[dict]) -> list[dict]:
    from rapidfuzz import fuzz

    vectors = name_vectors([item["name"].lower() for item in items])
    cosines = vectors @ vectors.T
    pairs = []
    for i, a in enumerate(items):
        for j in range(i + 1, len(items)):
            b = items[j]
            same_head = head_of(a["key"]) == head_of(b["key"])
            lexical = float(fuzz.token_set_ratio(a["key"], b["key"])) if same_head else 0.0
            cosine = float(cosines[i, j])
            if lexical >= LEXICAL_FLOOR or cosine >= COSINE_FLOOR:
                pairs.append({"a": a, "b": b, "lexical": round(lexical, 1), "cosine": round(cosine, 3)})
    return pairs


def pack(labelled: Path) -> dict:
    """The eval file from labelled candidate lines: offsets and labels only."""
    pairs = []
    for line in labelled.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        if "same" not in row:
            raise SystemExit(f"{labelled}: a pair without a label: {row['a']['name']!r} / {row['b']['name']!r}")
        pairs.append({"a": [row["a"]["article"], *row["a"]["span"]], "b": [row["b"]["article"], *row["b"]["span"]],
                      "same": bool(row["same"])})
    return {"about": "Pairs of causal factor phrases (gold cause and effect spans of the dev and train articles, as "
                     "[article id, start, end] offsets into their texts), labelled same when the two phrases name "
                     "the same thing in their articles, so that a causal claim about one is a claim about the other. "
                     "Made by scripts/factor_pairs.py; scored by politika eval "
                     "factors (politika.eval.factors).",
            "pairs": pairs}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--out", type=Path, default=Path("/tmp/factor_pairs_candidates.jsonl"))
    parser.add_argument("--pack", type=Path, help="labelled candidate lines to pack into the eval file")
    parser.add_argument("--eval-file", type=Path,
                        default=Path(__file__).resolve().parents[1] / "src/politika/eval/factor_pairs.json")
    args = parser.parse_args(argv)
    if args.pack:
        data = pack(args.pack)
        lines = ",\n".join(f"  {json.dumps(pair)}" for pair in data["pairs"])  # a pair a line
        args.eval_file.write_text(f'{{"about": {json.dumps(data["about"])},\n "pairs": [\n{lines}\n]}}\n',
                                  encoding="utf-8")
        print(f"{len(data['pairs'])} pairs ({sum(p['same'] for p in data['pairs'])} same) -> {args.eval_file}")
        return 0
    items = phrases(args.shared)
    pairs = candidates(items)
    with args.out.open("w", encoding="utf-8") as out:
        for pair in pairs:
            out.write(json.dumps(pair, ensure_ascii=False) + "\n")
    print(f"{len(items)} factor phrases, {len(pairs)} candidate pairs -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""``politika eval actors``: country and sector codes of the actors politika finds at the GSR's actor texts.

For every gold source and target actor of the PLOVER GSR, the gold actor text is located in its sentence
and politika's actor at that text is the actor of the mention that overlaps it most. Reported:

- coverage: the share of gold actors at whose text politika has an actor at all;
- country accuracy: the share of found gold actors whose actor has the gold country code
  (PLOVER 0.5 ``IGO`` accepts ``IGO``, ``UNO`` or ``EUR``; see :mod:`politika.eval.plover`), and the same
  over all gold actors (a miss counts as wrong);
- sector accuracy: the same for gold actors that have a sector;
- NER fixes: how many entity labels or spans the knowledge base corrected, over the sentences.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from politika.eval.plover import GsrRecord, locate, read_gsr, same_country
from politika.eval.section import Section

GSR_PATH = "eval/events/PLOVER_GSR_CAMEO.txt"


@dataclass
class ActorEval:
    gold: int = 0
    located: int = 0
    found: int = 0
    country_correct: int = 0
    sector_gold: int = 0
    sector_found: int = 0
    sector_correct: int = 0
    ner_fixes: int = 0
    sentences: int = 0
    errors: list[dict[str, Any]] = field(default_factory=list)

    def metrics(self) -> dict[str, float]:
        return {
            "coverage": self.found / self.gold if self.gold else 0.0,
            "country_accuracy": self.country_correct / self.found if self.found else 0.0,
            "country_accuracy_all": self.country_correct / self.gold if self.gold else 0.0,
            "sector_accuracy": self.sector_correct / self.sector_found if self.sector_found else 0.0,
            "sector_accuracy_all": self.sector_correct / self.sector_gold if self.sector_gold else 0.0,
        }

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data.update(self.metrics())
        return data

    def table(self) -> list[str]:
        m = self.metrics()
        return [
            f"PLOVER GSR actors: {self.gold} gold actors in {self.sentences} sentences "
            f"({self.located} located in their sentence)",
            f"  coverage              {m['coverage']:.3f}  ({self.found}/{self.gold})",
            f"  country accuracy      {m['country_accuracy']:.3f}  of found; {m['country_accuracy_all']:.3f} of all",
            f"  sector accuracy       {m['sector_accuracy']:.3f}  of found with a gold sector ({self.sector_found}); "
            f"{m['sector_accuracy_all']:.3f} of all {self.sector_gold}",
            f"  NER corrections by the knowledge base: {self.ner_fixes} in {self.sentences} sentences",
        ]


def evaluate_actors(gsr: Path, model: str | None = None, limit: int | None = None) -> ActorEval:
    from politika.nlp.pipeline import NlpInput, analyse

    records: list[GsrRecord] = list(read_gsr(gsr))[:limit] if limit else list(read_gsr(gsr))
    inputs = [NlpInput(id=r.id, text=r.text) for r in records]
    result = ActorEval()
    for record, annotation in zip(records, analyse(inputs, model=model, layers=("actors",)), strict=True):
        result.sentences += 1
        result.ner_fixes += sum(1 for m in annotation["mentions"] if m.get("ner_label"))
        actors = {a["id"]: a for a in annotation["actors"]}
        for gold in record.actors:
            result.gold += 1
            has_sector = gold.sector is not None
            result.sector_gold += has_sector
            span = locate(record.text, gold.text)
            if span is None:
                result.errors.append({"id": record.id, "gold": gold.text, "problem": "not located"})
                continue
            result.located += 1
            actor = _actor_at(annotation, actors, span)
            if actor is None:
                result.errors.append({"id": record.id, "gold": gold.text, "problem": "no actor",
                                      "text": record.text})
                continue
            result.found += 1
            if same_country(gold.country, actor.get("country")):
                result.country_correct += 1
            else:
                result.errors.append({"id": record.id, "gold": gold.text, "problem": "country",
                                      "expected": gold.country, "got": actor.get("country"), "actor": actor["name"]})
            if has_sector:
                result.sector_found += 1
                if actor.get("sector") == gold.sector:
                    result.sector_correct += 1
                else:
                    result.errors.append({"id": record.id, "gold": gold.text, "problem": "sector",
                                          "expected": gold.sector, "got": actor.get("sector"), "actor": actor["name"]})
    return result


def _actor_at(annotation: dict[str, Any], actors: dict[str, Any], span: tuple[int, int]) -> dict[str, Any] | None:
    start, end = span
    best: tuple[int, int, dict[str, Any]] | None = None
    for mention in annotation["mentions"]:
        actor = actors.get(mention.get("actor") or "")
        if actor is None:
            continue
        overlap = min(end, mention["end"]) - max(start, mention["start"])
        if overlap <= 0:
            continue
        # Prefer the mention that overlaps most, then a nominal or a name over a pronoun or a modifier.
        rank = (overlap, {"nominal": 2, "name": 2, "metonym": 2, "place": 1}.get(mention.get("kind", ""), 0))
        if best is None or rank > best[:2]:
            best = (*rank, actor)
    return best[2] if best else None


def _gate_metrics(shared: Path) -> dict[str, float]:
    return evaluate_actors(shared / GSR_PATH).metrics()


SECTION = Section("actors", (GSR_PATH,), _gate_metrics)

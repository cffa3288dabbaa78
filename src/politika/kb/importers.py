"""Importers of offline files: FollowTheMoney / OpenSanctions entities and Wikidata JSON exports."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from politika.errors import InputError, NotFound
from politika.kb.entities import KBEntity, Role
from politika.kb.lexicon import load_role_titles

if TYPE_CHECKING:
    from politika.kb.base import KnowledgeBase

# FtM schema → (type, kind, sector); other schemas (Address, Sanction, Vessel, ...) are not actors.
FTM_SCHEMAS: dict[str, tuple[str, str, str | None]] = {
    "Person": ("PERSON", "person", None),
    "Organization": ("ORG", "ngo", None),
    "PublicBody": ("ORG", "agency", "GOV"),
    "Company": ("ORG", "company", "BUS"),
    "LegalEntity": ("ORG", "company", None),
}
# Wikidata P31 (instance of) → (type, kind, sector); an item with none of these is an ORG of kind "ngo".
WIKIDATA_CLASSES: dict[str, tuple[str, str, str | None]] = {
    "Q5": ("PERSON", "person", None),
    "Q6256": ("GPE", "country", None),
    "Q3624078": ("GPE", "country", None),
    "Q515": ("GPE", "city", None),
    "Q7278": ("ORG", "party", "PTY"),
    "Q484652": ("ORG", "igo", None),
    "Q245065": ("ORG", "igo", None),
    "Q163740": ("ORG", "ngo", None),
    "Q79913": ("ORG", "ngo", None),
    "Q4830453": ("ORG", "company", "BUS"),
    "Q783794": ("ORG", "company", "BUS"),
    "Q891723": ("ORG", "company", "BUS"),
    "Q327333": ("ORG", "agency", "GOV"),
    "Q2659904": ("ORG", "agency", "GOV"),
    "Q11032": ("ORG", "media", "JRN"),
    "Q1002697": ("ORG", "media", "JRN"),
    "Q176799": ("ORG", "military", "MIL"),
    "Q11514315": ("ORG", "legislature", "LEG"),
    "Q35749": ("ORG", "legislature", "LEG"),
    "Q41487": ("ORG", "court", "JUD"),
}
# Items that are not actors: positions and offices (they give role titles), countries' subdivisions, etc.
NOT_ACTORS = {"Q4164871", "Q294414", "Q10864048"}
FORMATS = ("ftm", "wikidata")


def country_code(value: str) -> str | None:
    """An ISO2/ISO3 code or a country name → ISO 3166-1 alpha-3 (via countrynames); None if unknown."""
    import countrynames

    value = value.strip()
    if not value:
        return None
    code = countrynames.to_code_3(value)
    return str(code) if code else None


def import_file(path: Path, fmt: str) -> list[KBEntity]:
    """The actors in an offline file of format ``ftm`` or ``wikidata``; a bad file raises InputError."""
    readers: dict[str, Callable[[Path], Iterator[KBEntity]]] = {"ftm": read_ftm, "wikidata": read_wikidata}
    if fmt not in readers:
        raise InputError(str(path), f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")
    if not path.is_file():
        raise NotFound(str(path), "no such file")
    entities = list(readers[fmt](path))
    if not entities:
        raise InputError(str(path), f"no actors found in this {fmt} file (see docs/knowledge-base.md)")
    return entities


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(str(path), f"cannot read the file ({exc.__class__.__name__})") from exc


# -- FollowTheMoney --------------------------------------------------------------------------------------------

def read_ftm(path: Path) -> Iterator[KBEntity]:
    """FollowTheMoney / OpenSanctions entities, one JSON object a line (``{"id", "schema", "properties"}``)."""
    titles = load_role_titles()
    for number, line in enumerate(_read_text(path).splitlines(), 1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{path}:{number}", f"not JSON ({exc.msg}); FtM files have one entity a line") from exc
        if not isinstance(data, dict) or "schema" not in data or not isinstance(data.get("properties"), dict):
            raise InputError(f"{path}:{number}", "not a FollowTheMoney entity (needs 'schema' and 'properties')")
        entity = _ftm_entity(data, titles)
        if entity is not None:
            yield entity


def _ftm_entity(data: dict[str, Any], titles: dict[str, tuple[str, str]]) -> KBEntity | None:
    schema = FTM_SCHEMAS.get(str(data["schema"]))
    props: dict[str, list[str]] = {k: [str(v) for v in vs] for k, vs in data["properties"].items()
                                   if isinstance(vs, list)}
    names = props.get("name", [])
    if schema is None or not names:
        return None
    entity_type, kind, sector = schema
    qid = next((v for v in props.get("wikidataId", []) if v.startswith("Q")), None)
    countries = [c for c in (country_code(v) for v in props.get("country", []) + props.get("nationality", [])) if c]
    country = countries[0] if countries else None
    aliases = [n for n in dict.fromkeys(names[1:] + props.get("alias", []) + props.get("weakAlias", []))
               if n != names[0]]
    roles = [_role_from_title(title, country, titles) for title in props.get("position", [])]
    if roles and sector is None:
        sector = roles[0].sector
    return KBEntity(id=qid or f"ftm:{data.get('id') or names[0]}", name=names[0], type=entity_type, kind=kind,
                    country=country, sector=sector, aliases=aliases, qid=qid, roles=roles, source="ftm")


def _role_from_title(title: str, country: str | None, titles: dict[str, tuple[str, str]]) -> Role:
    """ "Minister of Foreign Affairs of Russia" → a foreign_minister role: the longest known title inside it."""
    lowered = " ".join(title.lower().split())
    best = max((t for t in titles if t in lowered), key=len, default=None)
    role, sector = titles[best] if best else ("official", "GOV")
    if _JUNIOR.search(lowered):  # "Deputy Minister of Defence" is not the defence minister
        role = "official"
    return Role(title=title, role=role, country=country, sector=sector)


_JUNIOR = re.compile(r"\b(deputy|vice|assistant|under-?secretary|adviser|advisor|aide|former)\b")


# -- Wikidata -----------------------------------------------------------------------------------------------

def read_wikidata(path: Path) -> Iterator[KBEntity]:
    """Items of a Wikidata JSON export: ``{"entities": {QID: item}}`` (wbgetentities) or a JSON-array dump
    (one item a line between ``[`` and ``]``)."""
    text = _read_text(path)
    stripped = text.lstrip()
    items: list[dict[str, Any]]
    if stripped.startswith("{"):
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            if exc.msg == "Extra data":
                raise InputError(str(path), "not a Wikidata JSON export: one JSON object a line (for an "
                                            "FtM/OpenSanctions file use --format ftm)") from exc
            raise InputError(str(path), f"not JSON ({exc.msg} at line {exc.lineno})") from exc
        if not isinstance(data, dict) or not isinstance(data.get("entities"), dict):
            raise InputError(str(path), "a Wikidata export needs an 'entities' object (wbgetentities format)")
        items = [item for item in data["entities"].values() if isinstance(item, dict)]
    elif stripped.startswith("["):
        items = list(_dump_items(path, text))
    else:
        raise InputError(str(path), "not a Wikidata JSON export (expected '{\"entities\": ...}' or a JSON array)")
    from politika.kb.base import KnowledgeBase  # our countries' QIDs map P27/P17 values to codes

    kb, titles = KnowledgeBase.from_files(), load_role_titles()
    labels = {str(item.get("id")): _label(item) for item in items}
    for item in items:
        entity = _wikidata_entity(item, labels, kb, titles)
        if entity is not None:
            yield entity


def _dump_items(path: Path, text: str) -> Iterator[dict[str, Any]]:
    for number, line in enumerate(text.splitlines(), 1):
        line = line.strip().rstrip(",")
        if line in ("", "[", "]"):
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{path}:{number}", f"not JSON ({exc.msg}); dumps have one item a line") from exc
        if isinstance(item, dict):
            yield item


def _label(item: dict[str, Any]) -> str | None:
    labels = item.get("labels") or {}
    value: Any = (labels.get("en") or next(iter(labels.values()), {})) if isinstance(labels, dict) else {}
    label = value.get("value") if isinstance(value, dict) else None
    return str(label) if label else None


def _claim_values(item: dict[str, Any], prop: str) -> list[tuple[str, dict[str, Any]]]:
    """(item id, qualifiers) of the item-valued statements of ``prop``."""
    out = []
    for claim in (item.get("claims") or {}).get(prop, []):
        value = ((claim.get("mainsnak") or {}).get("datavalue") or {}).get("value")
        if isinstance(value, dict) and value.get("id"):
            out.append((str(value["id"]), claim.get("qualifiers") or {}))
    return out


def _qualifier_date(qualifiers: dict[str, Any], prop: str) -> str | None:
    for snak in qualifiers.get(prop, []):
        value = (snak.get("datavalue") or {}).get("value")
        if isinstance(value, dict) and isinstance(value.get("time"), str):
            precision = int(value.get("precision", 11))
            date = value["time"].lstrip("+")[:10]
            return date[:4] if precision <= 9 else date[:7] if precision == 10 else date
    return None


def _wikidata_entity(item: dict[str, Any], labels: dict[str, str | None], kb: KnowledgeBase,
                     titles: dict[str, tuple[str, str]]) -> KBEntity | None:
    qid, name = item.get("id"), _label(item)
    if not isinstance(qid, str) or not name:
        return None
    instance_of = [c for c, _ in _claim_values(item, "P31")]
    if NOT_ACTORS.intersection(instance_of):
        return None
    classes = [WIKIDATA_CLASSES[c] for c in instance_of if c in WIKIDATA_CLASSES]
    entity_type, kind, sector = classes[0] if classes else ("ORG", "ngo", None)
    country = None
    for prop in ("P27", "P17"):
        for value, _ in _claim_values(item, prop):
            entity = kb.get(value)
            if entity is not None and entity.kind == "country":
                country = entity.country
                break
            if labels.get(value):
                country = kb.country_of_name(str(labels[value]))
                break
        if country:
            break
    aliases = [a["value"] for a in (item.get("aliases") or {}).get("en", []) if isinstance(a, dict) and a.get("value")]
    roles = [replace(_role_from_title(labels.get(position) or position, country, titles),
                     start=_qualifier_date(qualifiers, "P580"), end=_qualifier_date(qualifiers, "P582"))
             for position, qualifiers in _claim_values(item, "P39")]
    return KBEntity(id=qid, name=name, type=entity_type, kind=kind, country=country, sector=sector,
                    aliases=[a for a in dict.fromkeys(aliases) if a != name], qid=qid, roles=roles, source="wikidata")

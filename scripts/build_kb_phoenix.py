#!/usr/bin/env python3
"""Build ``politika/kb/data/phoenix_groups.jsonl``: armed groups, IGOs and NGOs from the Phoenix dictionaries.

Facts read from the Open Event Data Alliance's Phoenix actor dictionaries (MIT, ../shared/kb): every armed
non-state group of ``Phoenix.MilNonState.actors.txt`` and the intergovernmental and non-governmental
organisations of ``Phoenix.International.actors.txt`` (companies are left out), each with its names and the
country and sector its CAMEO code gives; the heads of IGOs that the international dictionary dates
("IGOrulers") become people with dated roles. Every entry of the source is taken, none chosen by hand, so that
the list owes nothing to an eval set. Names the curated ``organisations.jsonl`` already holds are skipped.

    .venv/bin/python scripts/build_kb_phoenix.py [--shared ../shared]

CAMEO codes → our codes: ``PSEREBHMS`` is PSE / REB; ``IGOUNO…`` UNO, ``IGOEUR…`` EUR, other ``IGO…`` IGO;
``NGO…`` NGO; ``IMG…`` (international militarised groups) IMG. A region code (``MEA``, ``WEU``) gives no
country. Every armed group is sector REB.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from politika.kb.lexicon import read_tsv  # noqa: E402
from politika.kb.names import LEADING_TITLES, normalise_name  # noqa: E402

DATA = ROOT / "src" / "politika" / "kb" / "data"
OUT = DATA / "phoenix_groups.jsonl"
SMALL_WORDS = {"and", "of", "the", "for", "in", "on", "to", "de", "del", "la", "du", "des", "y", "e", "et", "a"}
ORG_WORDS = {"organization", "organisation", "union", "council", "court", "commission", "agency", "fund", "bank",
             "programme", "program", "committee", "association", "federation", "force", "forces", "mission",
             "office", "tribunal", "alliance", "pact", "community", "league", "parliament", "secretariat", "group",
             "institute", "foundation", "movement", "panel", "conference", "assembly", "authority", "centre",
             "center", "international", "watch", "nations", "cross", "crescent", "partnership", "network",
             "society", "front", "army", "brigade", "brigades", "party", "forum", "initiative", "board", "corps",
             "service", "services", "project", "campaign", "coalition", "church", "trust", "unit", "cooperation",
             "treaty", "organisations", "organizations", "bureau", "observatory", "doctors", "reporters"}
# One-word names that are ordinary words or too short to say which group is meant.
GENERIC = {"tigers", "organization", "organisation", "contras", "el", "al", "the", "un", "nato's"}
SECTORS = {"GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "SPY", "LEG", "BUS", "CVL", "MED", "JRN", "EDU",
           "REL", "LAB", "REF", "HRI", "AGR", "DEV", "ENV", "HLH", "ELI", "UAF", "SET", "MOD", "RAD", "CRM"}
ACRONYMS = {"US", "UN", "EU", "UK", "USA", "NATO", "CIA", "FBI", "DEA", "IRA", "ETA", "PLO", "ANC", "OAS", "AU"}
TITLE_STARTS = {title.split()[0] for title in LEADING_TITLES} - {"the"} | {"vice", "deputy", "senator"}
CODE = re.compile(r"\[([A-Z]{3,}[A-Z]*)(?:\s+([<>]?\d{6,8}(?:-\d{6,8})?))?\s*\]")


def _title(raw: str) -> tuple[str, list[str]]:
    """ "BASQUE_FATHERLAND_AND_FREEDOM_(ETA)_" → ("Basque Fatherland and Freedom", ["ETA"])."""
    acronyms = [a.strip("_ ") for a in re.findall(r"\(([^)]*)\)", raw)]
    text = re.sub(r"\([^)]*\)?", " ", raw).replace("_", " ")
    words = []
    for i, word in enumerate(text.split()):
        lower = word.lower()
        if i and lower in SMALL_WORDS:
            words.append(lower)
        elif word in ACRONYMS or (len(word) > 1 and word.isalpha() and not set(word) & set("AEIOUY")):
            words.append(word)  # an acronym inside a name ("UN", "HPG")
        else:
            words.append("-".join(p[:1].upper() + p[1:].lower() for p in word.split("-")))
    return " ".join(words), [a for a in acronyms if a and len(a) >= 2 and "_" not in a]


def _date(text: str) -> str | None:
    if len(text) == 8:
        year, rest = text[:4], text[4:]
    elif len(text) == 6:
        year = ("19" if int(text[:2]) > 30 else "20") + text[:2]
        rest = text[2:]
    else:
        return None
    month, day = rest[:2], rest[2:]
    if not (1 <= int(month) <= 12 and 1 <= int(day) <= 31):
        return None
    return f"{year}-{month}-{day}"


def _term(text: str | None) -> tuple[str | None, str | None]:
    if not text:
        return None, None
    if text.startswith(">"):
        return _date(text[1:]), None
    if text.startswith("<"):
        return None, _date(text[1:])
    start, _, end = text.partition("-")
    return _date(start), _date(end)


def _blocks(path: Path) -> list[tuple[str, list[str], list[tuple[str, str | None]], str]]:
    """(primary name, aliases, [(code, term)], comment) for every entry of a Phoenix .actors file."""
    out: list[tuple[str, list[str], list[tuple[str, str | None]], str]] = []
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        body, _, comment = line.partition("#")
        codes = [(m.group(1), m.group(2)) for m in CODE.finditer(body)]
        head = CODE.sub(" ", body).strip()
        if line[:1] in (" ", "\t"):
            if out:
                out[-1][2].extend(codes)
            continue
        if head.startswith("+"):
            if out:
                out[-1][1].append(head[1:].strip())
                out[-1][2].extend(codes)
            continue
        if head:
            out.append((head, [], codes, comment))
    return out


def _country(code: str, plover: set[str]) -> str | None:
    if code.startswith("IGO"):
        return "UNO" if code[3:6] == "UNO" else "EUR" if code[3:6] == "EUR" else "IGO"
    if code[:3] in ("NGO", "IMG"):
        return code[:3]
    code = LEGACY_CODES.get(code[:3], code[:3])
    return code if code in plover else None


# Older CAMEO country codes the dictionaries still use.
LEGACY_CODES = {"ANG": "AGO", "BUD": "BDI", "CFR": "CAF"}


def _sector(code: str) -> str | None:
    rest = code[3:]
    for i in range(0, len(rest) - 2, 3):
        if rest[i:i + 3] in SECTORS:
            return rest[i:i + 3]
    return None


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", normalise_name(name)).strip("-")


def _names(primary: str, aliases: list[str]) -> tuple[str, list[str]]:
    name, acronyms = _title(primary)
    out = list(acronyms)
    for alias in aliases:
        alias_name, alias_acronyms = _title(alias)
        out += [alias_name, *alias_acronyms]
    out += [n.upper() for n in [name, *out] if " " not in n and len(n) <= 5]  # "ETA", "EZLN", "DOJ": acronyms
    keep = [a for a in dict.fromkeys(out) if a != name and _usable(a)]
    return name, keep


def _usable(name: str) -> bool:
    norm = normalise_name(name)
    if not norm or norm in GENERIC or norm.isdigit():
        return False
    if name.split()[0].lower().strip(".") in TITLE_STARTS:
        return False  # "President Vladimir Putin": the title is the text's to read, not part of the name
    return len(norm) >= 3 or (len(norm) == 2 and name.isupper() and False)


def _name_words(primary: str) -> list[str]:
    """The words of a Phoenix name ("PALESTINIAN_AUTHORITY"), lower case, without a bracketed part."""
    return [w.lower().strip(".,'") for w in re.split(r"[_\s]+", re.sub(r"\([^)]*\)", " ", primary)) if w]


def _is_organisation(primary: str) -> bool:
    words = _name_words(primary)
    return len(words) == 1 or "(" in primary or any(w in ORG_WORDS for w in words)


def _dated_body(primary: str) -> bool:
    """A dated entry named as a body ("PALESTINIAN_AUTHORITY [PSEGOV >19940913]"): a word of :data:`ORG_WORDS`
    among several, not a person (CountryInfo's leaders, "MICHAEL_CHURCH_", are people whatever their words)."""
    words = _name_words(primary)
    return len(words) >= 2 and any(w in ORG_WORDS for w in words)


def _curated_names() -> set[str]:
    """Normalised names, aliases and metonyms of our curated countries, governments and organisations."""
    names: set[str] = set()
    for file in ("countries.jsonl", "organisations.jsonl"):
        for line in (DATA / file).read_text(encoding="utf-8").splitlines():
            if line.strip():
                entity = json.loads(line)
                for name in [entity["name"], *entity.get("aliases", []), *entity.get("metonyms", [])]:
                    names.add(normalise_name(name))
    return names


def build(shared: Path) -> list[dict[str, object]]:
    kb_dir = shared / "kb"
    plover = {row[2] for row in read_tsv(DATA / "country_codes.tsv", 4)}
    curated: set[str] = set()
    for line in (DATA / "organisations.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            entity = json.loads(line)
            curated |= {normalise_name(n) for n in [entity["name"], *entity.get("aliases", [])]}
    entities: dict[str, dict[str, object]] = {}

    def add(entity: dict[str, object]) -> None:
        names = [str(entity["name"]), *entity["aliases"]]  # type: ignore[misc]
        if any(normalise_name(n) in curated for n in names) or not _usable(str(entity["name"])):
            return
        if entity["id"] in entities:
            return
        entities[str(entity["id"])] = entity

    for primary, aliases, codes, _comment in _blocks(kb_dir / "Phoenix.MilNonState.actors.txt"):
        if not codes:
            continue
        name, alias_names = _names(primary, aliases)
        code = codes[0][0]
        add({"id": f"politika:phoenix-{_slug(name)}", "name": name, "type": "ORG", "kind": "military",
             "country": _country(code, plover), "sector": "REB", "aliases": alias_names, "source": "phoenix"})
    for primary, aliases, codes, comment in _blocks(kb_dir / "Phoenix.International.actors.txt"):
        codes = [(c, t) for c, t in codes if c[:3] in ("IGO", "NGO")]
        if not codes:
            continue
        name, alias_names = _names(primary, aliases)
        if "IGOrulers" in comment and not _is_organisation(primary):
            roles = []
            for code, term in codes:
                start, end = _term(term)
                if start or end:
                    roles.append({"title": f"head of {code}", "role": "leader", "country": _country(code, plover),
                                  "sector": "GOV", "start": start, "end": end})
            if roles:
                add({"id": f"politika:phoenix-{_slug(name)}", "name": name, "type": "PERSON", "kind": "person",
                     "country": roles[0]["country"], "sector": "GOV", "aliases": alias_names, "roles": roles,
                     "source": "phoenix"})
            continue
        if not _is_organisation(primary) or any(t for _, t in codes):
            continue
        code = codes[0][0]
        kind = "igo" if code.startswith("IGO") else "ngo"
        add({"id": f"politika:phoenix-{_slug(name)}", "name": name, "type": "ORG", "kind": kind,
             "country": _country(code, plover), "sector": _sector(code), "aliases": alias_names,
             "source": "phoenix"})
    return sorted(entities.values(), key=lambda e: str(e["id"]))


KINDS = {"MIL": "military", "COP": "agency", "SPY": "agency", "JUD": "court", "LEG": "legislature", "PTY": "party",
         "GOV": "agency", "MED": "media", "JRN": "media", "BUS": "company", "EDU": "agency", "REB": "military",
         "OPP": "party"}
STATE_SECTORS = {"GOV", "MIL", "COP", "SPY", "JUD", "LEG"}
TITLE_WORDS = {"secretary", "ambassador", "minister", "president", "representative", "chief", "spokesman",
               "adviser", "advisor", "envoy", "general", "director", "chairman", "justices", "leader", "king"}
# People are taken for the states most present in international news (our list: the G20 states, the permanent
# members of the Security Council and the states of the main conflicts since 2000), to keep the KB's load fast.
MOST_REPORTED = {"USA", "RUS", "CHN", "GBR", "FRA", "DEU", "UKR", "ISR", "PSE", "IRN", "IND", "PAK", "JPN", "KOR",
                 "PRK", "TUR", "SAU", "SYR", "IRQ", "AFG", "EGY", "BRA", "MEX", "CAN", "AUS", "ITA", "ESP", "POL",
                 "ZAF", "NGA", "VEN", "LBN", "YEM", "QAT", "ARE", "TWN", "ARG", "IDN"}


def build_countries(shared: Path, since: str = "1990") -> list[dict[str, object]]:
    """People with dated offices and the state bodies (armed forces, police, intelligence, courts, ministries) of
    ``Phoenix.Countries.actors.txt`` (CountryInfo.140130): people of the :data:`MOST_REPORTED` states whose
    offices did not all end before ``since`` and whose name has two words or more (an open term ends on the
    source's date); every state body the file names, but for titles."""
    plover = {row[2] for row in read_tsv(DATA / "country_codes.tsv", 4)}
    curated = _curated_names()
    entities: dict[str, dict[str, object]] = {}
    for primary, aliases, codes, comment in _blocks(shared / "kb" / "Phoenix.Countries.actors.txt"):
        name, alias_names = _names(primary, aliases)
        if not codes or not name:
            continue
        if "CountryInfo" in comment or (any(t for _, t in codes) and not _dated_body(primary)):
            if codes[0][0][:3] not in MOST_REPORTED:
                continue
            person = _person(name, alias_names, codes, plover, since)
            if person is not None:
                entities.setdefault(str(person["id"]), person)
            continue
        if (any(t for _, t in codes) and not _dated_body(primary)) or len(codes[0][0]) < 6 or \
                codes[0][0][:3] not in plover:
            continue  # a country's own names ([AFG]) are countries.jsonl's; dated entries without a comment are rare
            # (a dated body, "PALESTINIAN_AUTHORITY [PSEGOV >19940913]", is a body all the same)
        code = codes[0][0]
        sector = _sector(code)
        if sector is None or sector not in KINDS or len(normalise_name(name).split()) < 2 or \
                set(normalise_name(name).split()) & TITLE_WORDS or normalise_name(name) in curated:
            continue  # "US Secretary of Defense" is a title, not a body; "White House" is our metonym already
        entities.setdefault(f"politika:phoenix-{code[:3].lower()}-{_slug(name)}", {
            "id": f"politika:phoenix-{code[:3].lower()}-{_slug(name)}", "name": name, "type": "ORG",
            "kind": KINDS[sector], "country": code[:3], "sector": sector,
            "aliases": [a for a in alias_names if a.isupper() or _is_organisation(a.replace(" ", "_"))],
            "source": "phoenix"})
    return sorted(entities.values(), key=lambda e: str(e["id"]))


def _person(name: str, aliases: list[str], codes: list[tuple[str, str | None]], plover: set[str],
            since: str) -> dict[str, object] | None:
    if len(normalise_name(name).split()) < 2:
        return None
    roles = []
    for code, term in codes:
        country, sector = code[:3], _sector(code)
        if country not in plover or not term or sector not in STATE_SECTORS:
            continue
        start, end = _term(term)
        if term.startswith(">"):
            end = max(start or SOURCE_DATE, SOURCE_DATE)
        if (start is None and end is None) or (start and end and start > end):
            continue  # no dates, or dates the wrong way round in the source
        roles.append({"title": f"{sector} of {country}", "role": "official", "country": country, "sector": sector,
                      "start": start, "end": end})
    if not roles or max((str(r["end"] or SOURCE_DATE)) for r in roles) < since:
        return None
    first = roles[0]
    country = str(first["country"])
    return {"id": f"politika:phoenix-{country.lower()}-{_slug(name)}", "name": name, "type": "PERSON",
            "kind": "person", "country": country, "sector": first["sector"],
            "aliases": [a for a in aliases if len(normalise_name(a).split()) >= 2], "roles": roles,
            "source": "phoenix"}


SOURCE_DATE = "2014-01-30"  # CountryInfo.140130: an office still held then ends there as far as we know


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    for path, entities in ((args.out, build(args.shared)), (args.out.with_name("phoenix_countries.jsonl"),
                                                              build_countries(args.shared))):
        with path.open("w", encoding="utf-8") as out:
            for entity in entities:
                out.write(json.dumps({k: v for k, v in entity.items() if v not in (None, [])}, ensure_ascii=False)
                          + "\n")
        print(f"{len(entities)} entities → {path}")


if __name__ == "__main__":
    main()

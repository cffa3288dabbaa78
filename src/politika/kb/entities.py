"""The knowledge-base records: an entity (person, organisation, country, ...) and the dated roles it holds."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from politika.defaults import ENTITY_TYPES

ENTITY_KINDS = ("person", "country", "government", "igo", "ngo", "agency", "military", "party", "media",
                "company", "court", "legislature", "collective", "city")
# Most important first: role_at() returns the highest-ranked role held on a date.
ROLE_RANK = ("head_of_state", "head_of_government", "foreign_minister", "defence_minister", "interior_minister",
             "security_chief", "military_chief", "leader", "official", "member")


def date_in_range(date: str, start: str | None, end: str | None) -> bool:
    """Whether ISO ``date`` lies in [start, end]; ``start``/``end`` may be partial ("2024", "2024-09").

    A partial start means the first day of that year or month, a partial end the last day of it.
    """
    if start and date[: len(start)] < start:
        return False
    return not (end and date[: len(end)] > end)


@dataclass(frozen=True)
class Role:
    """A position an entity holds, bounded by dates (inclusive; ``end`` None = still holds it)."""

    title: str
    role: str
    country: str | None = None
    org: str | None = None
    sector: str | None = None
    start: str | None = None
    end: str | None = None

    def held_on(self, date: str | None) -> bool:
        """Whether the role is held on ``date``; with no date, whether it is held now (no end)."""
        if date is None:
            return self.end is None
        return date_in_range(date, self.start, self.end)

    def rank(self) -> int:
        return ROLE_RANK.index(self.role) if self.role in ROLE_RANK else len(ROLE_RANK)

    def to_dict(self) -> dict[str, Any]:
        return {"title": self.title, "role": self.role, "country": self.country, "org": self.org,
                "sector": self.sector, "start": self.start, "end": self.end}

    def to_compact(self) -> str:
        """``title|role|country|sector|start|end|org`` — the form the CLI's ``--role`` takes."""
        parts = [self.title, self.role, self.country, self.sector, self.start, self.end, self.org]
        return "|".join(part or "" for part in parts).rstrip("|")

    @classmethod
    def from_compact(cls, text: str) -> Role:
        """Parse ``title|role|country|sector|start|end[|org]``; empty fields are None.

        >>> Role.from_compact("President of Russia|head_of_state|RUS|GOV|2012-05-07|").role
        'head_of_state'
        """
        parts = [part.strip() or None for part in text.split("|")]
        if len(parts) < 2 or len(parts) > 7 or not parts[0] or not parts[1]:
            raise ValueError(f"a role is 'title|role|country|sector|start|end[|org]', not {text!r}")
        parts += [None] * (7 - len(parts))
        title, role, country, sector, start, end, org = parts
        return cls(str(title), str(role), country, org, sector, start, end)

    @classmethod
    def from_value(cls, value: Any) -> Role:
        """A role from its dict form or its compact string form."""
        if isinstance(value, str):
            return cls.from_compact(value)
        if isinstance(value, dict) and value.get("title") and value.get("role"):
            return cls(str(value["title"]), str(value["role"]), value.get("country"), value.get("org"),
                       value.get("sector"), value.get("start"), value.get("end"))
        raise ValueError(f"a role needs a title and a role: {value!r}")


@dataclass
class KBEntity:
    """An actor the knowledge base knows: its names, codes and dated roles.

    ``id`` is the Wikidata QID when known ("Q7747"), else ``politika:<slug>`` for package data
    (``ftm:<id>``/``user`` ids for imported and user-added entities keep the same rule: QID first).
    """

    id: str
    name: str
    type: str
    kind: str
    country: str | None = None
    sector: str | None = None
    aliases: list[str] = field(default_factory=list)
    qid: str | None = None
    roles: list[Role] = field(default_factory=list)
    demonyms: list[str] = field(default_factory=list)
    capital: str | None = None
    metonyms: list[str] = field(default_factory=list)
    source: str = "politika"

    def roles_at(self, date: str | None) -> list[Role]:
        """The roles held on ``date`` (with no date: those held now), most important first."""
        return sorted((role for role in self.roles if role.held_on(date)), key=lambda r: (r.rank(), r.start or ""))

    def role_at(self, date: str | None) -> Role | None:
        """The most important role held on ``date``, or None."""
        roles = self.roles_at(date)
        return roles[0] if roles else None

    def names(self) -> list[str]:
        """The canonical name and every alias, without repeats."""
        return list(dict.fromkeys([self.name, *self.aliases]))

    def merge(self, other: KBEntity) -> None:
        """Take in what ``other`` (same id) adds: its names, roles and any field it sets."""
        for name in other.names():
            if name != self.name and name not in self.aliases:
                self.aliases.append(name)
        self.roles.extend(role for role in other.roles if role not in self.roles)
        self.demonyms.extend(d for d in other.demonyms if d not in self.demonyms)
        self.metonyms.extend(m for m in other.metonyms if m not in self.metonyms)
        for attr in ("country", "sector", "qid", "capital"):
            if getattr(other, attr) is not None:
                setattr(self, attr, getattr(other, attr))

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "type": self.type, "kind": self.kind, "country": self.country,
                "sector": self.sector, "aliases": list(self.aliases), "qid": self.qid,
                "roles": [role.to_dict() for role in self.roles], "demonyms": list(self.demonyms),
                "capital": self.capital, "metonyms": list(self.metonyms), "source": self.source}

    @classmethod
    def from_dict(cls, data: dict[str, Any], source: str | None = None) -> KBEntity:
        """An entity from its JSON form; missing keys take their defaults, roles may be compact strings."""
        for key in ("id", "name", "type", "kind"):
            if not isinstance(data.get(key), str) or not data[key]:
                raise ValueError(f"missing or empty {key!r}")
        if data["type"] not in ENTITY_TYPES:
            raise ValueError(f"type must be one of {', '.join(ENTITY_TYPES)}, not {data['type']!r}")
        return cls(
            id=data["id"], name=data["name"], type=data["type"], kind=data["kind"],
            country=data.get("country"), sector=data.get("sector"),
            aliases=[str(a) for a in data.get("aliases") or []], qid=data.get("qid"),
            roles=[Role.from_value(r) for r in data.get("roles") or []],
            demonyms=[str(d) for d in data.get("demonyms") or []], capital=data.get("capital"),
            metonyms=[str(m) for m in data.get("metonyms") or []],
            source=source or data.get("source") or "politika",
        )

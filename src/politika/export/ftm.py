"""The actors as FollowTheMoney entities (JSON lines), the format Aleph, yente and nomenklatura read.

Schemata (all standard FtM, docs/actors.md explains the choice):

- an actor: ``Person`` (PERSON), ``PublicBody`` (an organisation or group of sector GOV, MIL, SPY, COP, JUD
  or LEG), ``Organization`` (other organisations and groups with a sector), ``LegalEntity`` (a country as an
  actor, and groups without a sector: "Hungarians");
- an article: ``Article`` (title, publishedAt, sourceUrl, author, publisher);
- an actor mentioned in an article: ``Documentation`` (document = the article, entity = the actor, role
  ``mentioned``, description = the sentences that give its roles there). FtM's ``Mention`` schema is hidden
  and meant for unresolved names, so it is not used;
- a tie: ``Membership`` (member_of), ``Employment`` (works_for), ``Directorship`` (leads), ``Family``
  (family) where the two ends fit the schema's ranges, else ``UnknownLink`` with the tie type as ``role``.

Ids are deterministic: ``politika-<what>-<sha1 of the store key>``, so exports of the same store agree. The
input is ``Store.actor_export()``: ``{"actors": [...], "appearances": [...], "ties": [...]}``.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator, Mapping, Sequence
from typing import IO, Any

PUBLIC_SECTORS = frozenset({"GOV", "MIL", "SPY", "COP", "JUD", "LEG"})
_QID = re.compile(r"^Q\d+$")
_MAX_SENTENCES = 10

# ISO 3166-1 alpha-3 → alpha-2 (FtM's country type is lower-case alpha-2). PLOVER's non-state codes (EUR,
# UNO, IGO, NGO, ...) have no FtM country and are left out.
_ISO3_ISO2_PAIRS = (
    "ABWaw AFGaf AGOao AIAai ALAax ALBal ANDad AREae ARGar ARMam ASMas ATAaq ATFtf ATGag AUSau AUTat AZEaz BDIbi "
    "BELbe BENbj BESbq BFAbf BGDbd BGRbg BHRbh BHSbs BIHba BLMbl BLRby BLZbz BMUbm BOLbo BRAbr BRBbb BRNbn BTNbt "
    "BVTbv BWAbw CAFcf CANca CCKcc CHEch CHLcl CHNcn CIVci CMRcm CODcd COGcg COKck COLco COMkm CPVcv CRIcr CUBcu "
    "CUWcw CXRcx CYMky CYPcy CZEcz DEUde DJIdj DMAdm DNKdk DOMdo DZAdz ECUec EGYeg ERIer ESHeh ESPes ESTee ETHet "
    "FINfi FJIfj FLKfk FRAfr FROfo FSMfm GABga GBRgb GEOge GGYgg GHAgh GIBgi GINgn GLPgp GMBgm GNBgw GNQgq GRCgr "
    "GRDgd GRLgl GTMgt GUFgf GUMgu GUYgy HKGhk HMDhm HNDhn HRVhr HTIht HUNhu IDNid IMNim INDin IOTio IRLie IRNir "
    "IRQiq ISLis ISRil ITAit JAMjm JEYje JORjo JPNjp KAZkz KENke KGZkg KHMkh KIRki KNAkn KORkr KWTkw LAOla LBNlb "
    "LBRlr LBYly LCAlc LIEli LKAlk LSOls LTUlt LUXlu LVAlv MACmo MAFmf MARma MCOmc MDAmd MDGmg MDVmv MEXmx MHLmh "
    "MKDmk MLIml MLTmt MMRmm MNEme MNGmn MNPmp MOZmz MRTmr MSRms MTQmq MUSmu MWImw MYSmy MYTyt NAMna NCLnc NERne "
    "NFKnf NGAng NICni NIUnu NLDnl NORno NPLnp NRUnr NZLnz OMNom PAKpk PANpa PCNpn PERpe PHLph PLWpw PNGpg POLpl "
    "PRIpr PRKkp PRTpt PRYpy PSEps PYFpf QATqa REUre ROUro RUSru RWArw SAUsa SDNsd SENsn SGPsg SGSgs SHNsh SJMsj "
    "SLBsb SLEsl SLVsv SMRsm SOMso SPMpm SRBrs SSDss STPst SURsr SVKsk SVNsi SWEse SWZsz SXMsx SYCsc SYRsy TCAtc "
    "TCDtd TGOtg THAth TJKtj TKLtk TKMtm TLStl TONto TTOtt TUNtn TURtr TUVtv TWNtw TZAtz UGAug UKRua UMIum URYuy "
    "USAus UZBuz VATva VCTvc VENve VGBvg VIRvi VNMvn VUTvu WLFwf WSMws XKXxk YEMye ZAFza ZMBzm ZWEzw"
)
_ISO3_ISO2 = {item[:3]: item[3:] for item in _ISO3_ISO2_PAIRS.split()}

# tie type → (schema, property of the source, property of the target, schemata the source may be, the target)
_TIE_SCHEMATA: dict[str, tuple[str, str, str, set[str], set[str]]] = {
    "member_of": ("Membership", "member", "organization", {"Person", "Organization", "PublicBody", "LegalEntity"},
                  {"Organization", "PublicBody"}),
    "works_for": ("Employment", "employee", "employer", {"Person"},
                  {"Organization", "PublicBody", "LegalEntity", "Person"}),
    "leads": ("Directorship", "director", "organization", {"Person", "Organization", "PublicBody", "LegalEntity"},
              {"Organization", "PublicBody"}),
    "family": ("Family", "person", "relative", {"Person"}, {"Person"}),
}


def ftm_country(code: str | None) -> str | None:
    """ "RUS" → "ru"; PLOVER codes without a country ("EUR", "UNO") → None."""
    return _ISO3_ISO2.get(code.upper()) if code else None


def _id(kind: str, *parts: str) -> str:
    return f"politika-{kind}-" + hashlib.sha1("\x1f".join(parts).encode()).hexdigest()[:20]


def actor_schema(actor: Mapping[str, Any]) -> str:
    if actor["type"] == "PERSON":
        return "Person"
    if actor.get("kind") == "country" or actor["type"] == "GPE":
        return "LegalEntity"
    if actor.get("sector") in PUBLIC_SECTORS:
        return "PublicBody"
    if actor["type"] == "ORG" or actor.get("sector"):
        return "Organization"
    return "LegalEntity"


def _entity(entity_id: str, schema: str, properties: dict[str, list[Any]]) -> dict[str, Any]:
    return {"id": entity_id, "schema": schema,
            "properties": {k: [str(v) for v in dict.fromkeys(values) if v not in (None, "")]
                           for k, values in properties.items() if any(v not in (None, "") for v in values)}}


ActorTables = Mapping[str, Sequence[Mapping[str, Any]]]


def iter_ftm_entities(tables: ActorTables) -> Iterator[dict[str, Any]]:
    """Every actor, article, actor-in-article link and tie (``Store.actor_export()``) as FtM entity dicts."""
    stored, appearances, ties = tables["actors"], tables["appearances"], tables["ties"]
    by_pk: dict[int, tuple[str, str]] = {}
    titles: dict[int, list[str]] = {}
    for item in appearances:
        titles.setdefault(item["actor_pk"], []).extend(item["titles"])
    for actor in stored:
        schema = actor_schema(actor)
        entity_id = _id("actor", actor["id"])
        by_pk[actor["pk"]] = (entity_id, schema)
        others = [n for n in actor["names"] if n != actor["name"]]
        properties: dict[str, list[Any]] = {
            "name": [actor["name"]], "alias": [n for n in others if n in actor["proper_names"]],
            "weakAlias": [n for n in others if n not in actor["proper_names"]],
            "country": [ftm_country(actor["country"])],
            "wikidataId": [k for k in actor["kb_ids"] if _QID.match(k)],
            "keywords": [actor.get("sector")],
        }
        if schema == "Person":
            properties["position"] = titles.get(actor["pk"], [])
        yield _entity(entity_id, schema, properties)
    articles_done: set[str] = set()
    for item in appearances:
        article = item["article"]
        article_id = _id("article", article["id"])
        if article["id"] not in articles_done:
            articles_done.add(article["id"])
            yield _entity(article_id, "Article", {
                "title": [article["title"] or article["id"]], "name": [article["title"] or article["id"]],
                "publishedAt": [article["date"]], "sourceUrl": [article["url"]], "author": article["authors"],
                "publisher": [article["site"]]})
        if item["actor_pk"] not in by_pk:
            continue
        actor_entity = by_pk[item["actor_pk"]][0]
        yield _entity(_id("doc", actor_entity, article["id"]), "Documentation", {
            "document": [article_id], "entity": [actor_entity], "role": ["mentioned"], "date": [article["date"]],
            "description": item["sentences"][:_MAX_SENTENCES]})
    for tie in ties:
        if tie["source_pk"] not in by_pk or tie["target_pk"] not in by_pk:
            continue
        (source, source_schema), (target, target_schema) = by_pk[tie["source_pk"]], by_pk[tie["target_pk"]]
        schema, source_prop, target_prop = "UnknownLink", "subject", "object"
        if tie["type"] in _TIE_SCHEMATA:
            name, s_prop, t_prop, s_ok, t_ok = _TIE_SCHEMATA[tie["type"]]
            if source_schema in s_ok and target_schema in t_ok:
                schema, source_prop, target_prop = name, s_prop, t_prop
        yield _entity(_id("tie", source, target, tie["type"]), schema, {
            source_prop: [source], target_prop: [target], "role": [tie["type"]],
            "description": tie["sentences"][:_MAX_SENTENCES]})


def write_ftm(tables: ActorTables, out: IO[str]) -> int:
    """Write the FtM entities as JSON lines; returns the number of actors."""
    for entity in iter_ftm_entities(tables):
        out.write(json.dumps(entity, ensure_ascii=False, sort_keys=True) + "\n")
    return len(tables["actors"])


__all__ = ["ActorTables", "actor_schema", "ftm_country", "iter_ftm_entities", "write_ftm"]

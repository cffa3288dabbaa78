"""Actors: the most-mentioned list, the dossier, and the merge and split corrections (token required)."""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, Form, Header, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from pydantic import BaseModel, ConfigDict, Field

from politika.errors import ConfirmationNeeded
from politika.store import Store
from politika.web.api_schema import ERRORS, TABLE, WRITE_ERRORS
from politika.web.cache import cache_key, cached
from politika.web.context import TOKEN_HEADER, explorer, page_query, render
from politika.web.exports import Every, Format, batches, json_response, stream_rows, table_response
from politika.web.routes.attention import actor_sparkline

router = APIRouter(responses=ERRORS)
Code = Annotated[str | None, Query(max_length=20)]
DOSSIER_PAGE = 50  # rows of each dossier list per page
Offset = Annotated[int, Query(ge=0, le=1_000_000)]


ACTORS_PAGE = 50  # rows of the actors list per page


def actor_list(store: Store, country: str | None, sector: str | None, type: str | None,
               limit: int, offset: int = 0) -> list[dict[str, Any]]:
    return store.actors(country=country or None, sector=sector or None, type=type or None, limit=limit,
                        offset=offset)


def actor_total(store: Store, country: str | None, sector: str | None, type: str | None) -> int:
    """How many actors the filter keeps, counted again when articles are added or analysed (their ties and events
    are stored again) or actors are corrected."""
    key = ("actor_total", store.url, store.version("articles", "appearances", "ties", "events"), country or "",
           sector or "", type or "")
    return cached(key, lambda: store.count_actors(country=country or None, sector=sector or None,
                                                  type=type or None))


@router.get("/actors", response_class=HTMLResponse, include_in_schema=False)
def actors_page(request: Request, country: Code = None, sector: Code = None, type: Code = None,
                offset: Offset = 0) -> Any:
    store = explorer(request).store
    rows = actor_list(store, country, sector, type, ACTORS_PAGE, offset)
    return render(request, "actors.html", rows=rows, country=country or "", sector=sector or "", type=type or "",
                  offset=offset, page=ACTORS_PAGE, total=actor_total(store, country, sector, type),
                  query=page_query(request))


@router.get("/api/actors", tags=["actors"], summary="The most mentioned actors (CSV or JSON, with the total under "
            "the filter)", responses=TABLE)
def actors_api(request: Request, country: Code = None, sector: Code = None, type: Code = None,
               limit: Annotated[int, Query(ge=1, le=2000)] = 50, offset: Offset = 0, format: Format = "json",
               every: Every = False) -> Any:
    store = explorer(request).store
    if every:
        return stream_rows("table", format, batches(lambda n, skip: actor_list(store, country, sector, type, n, skip)),
                           "actors", actor_total(store, country, sector, type))
    rows = actor_list(store, country, sector, type, limit, offset)
    extra = {"total": actor_total(store, country, sector, type), "limit": limit, "offset": offset}
    return table_response(rows, format, "actors", extra=extra if format == "json" else None)


def dossier(store: Store, ref: str, limit: int, offset: int) -> dict[str, Any]:
    """The actor's dossier, a page of each list, kept until articles, appearances, claims, ties or clusters change,
    its event part until the clusters do (see ``web.cache``): for a country in every article, sorting its ties and
    counting its co-mentioned actors took most of the page's time. Callers read it, never change it."""
    def events_of(key: str) -> dict[str, Any]:
        found = cached(cache_key(store, "events", "dossier_events", key), lambda: store.dossier_events(key))
        return {**found, "counts": dict(found["counts"])}  # actor_dossier takes the dict apart: give it a copy
    key = ("dossier", store.url, store.version("articles", "appearances", "ties", "events"), ref, limit, offset)
    return cached(key, lambda: store.actor(ref, limit=limit, offset=offset, events_of=events_of))


@router.get("/actors/{ref}", response_class=HTMLResponse, include_in_schema=False)
def actor_page(request: Request, ref: str, message: Annotated[str | None, Query(max_length=300)] = None,
               offset: Offset = 0) -> Any:
    return _actor_page(request, ref, message=message, offset=offset)


def _actor_page(request: Request, ref: str, offset: int = 0, status_code: int = 200, **context: Any) -> Any:
    store = explorer(request).store
    found = dossier(store, ref, DOSSIER_PAGE, offset)
    return render(request, "actor.html", status_code=status_code, d=found, co=found["co_mentioned"], offset=offset,
                  page=DOSSIER_PAGE, fixes=corrections_of(store, found["id"]),
                  sparkline=actor_sparkline(store, found["id"], found["name"]), **context)


def corrections_of(store: Store, key: str) -> dict[str, Any]:
    """Why the actor is what it is (names' rules, corrections, likely duplicates), kept until names or
    corrections change."""
    key_ = ("actor_corrections", store.url, store.version("articles", "appearances", "ties"), key)
    return cached(key_, lambda: store.actor_corrections(key, duplicates=5))


# -- corrections -----------------------------------------------------------------------------------------------


def _dossier_url(key: str, message: str) -> str:
    return f"/actors/{quote(key, safe='')}?message={quote(message)}"


Flag = Annotated[bool, Form()]


@router.post("/actors/{ref}/merge", include_in_schema=False)
def merge_form(request: Request, ref: str, other: Annotated[str, Form(min_length=1, max_length=300)],
               token: Annotated[str, Form(max_length=300)] = "", preview: Flag = False, confirm: Flag = False) -> Any:
    """Preview first (``preview``: the page shows what would move and a button to apply it); a person merged with
    an organisation shows that step again with a confirm box until ``confirm`` is ticked."""
    app = explorer(request)
    app.check_token(token)
    if preview:
        effect = app.store.merge_actors(ref, other, preview=True)
        return _actor_page(request, ref, preview=effect, other=other, token=token)
    with app.write_lock:
        try:
            result = app.store.merge_actors(ref, other, confirm=confirm, by="web")
        except ConfirmationNeeded as exc:
            effect = app.store.merge_actors(ref, other, preview=True)
            return _actor_page(request, ref, status_code=409, preview=effect, other=other, token=token,
                               confirm_error=str(exc))
    return RedirectResponse(_dossier_url(result["id"], f"merged {result['merged']} into this actor (correction "
                                                       f"{result['correction']}: undo it below)"), 303)


@router.post("/actors/{ref}/split", include_in_schema=False)
def split_form(request: Request, ref: str, token: Annotated[str, Form(max_length=300)] = "",
               alias: Annotated[str, Form(max_length=300)] = "",
               article: Annotated[str, Form(max_length=100)] = "") -> Any:
    app = explorer(request)
    app.check_token(token)
    with app.write_lock:
        result = app.store.split_actor(ref, alias=alias or None, article=article or None, by="web")
    return RedirectResponse(_dossier_url(result["id"], f"split off {result['split_from']} (correction "
                                                       f"{result['correction']}: undo it below)"), 303)


@router.post("/actors/{ref}/undo", include_in_schema=False)
def undo_form(request: Request, ref: str, correction: Annotated[int, Form(ge=1)],
              token: Annotated[str, Form(max_length=300)] = "") -> Any:
    app = explorer(request)
    app.check_token(token)
    with app.write_lock:
        result = app.store.undo_correction(correction)
    back = result["actors"][0]["id"]
    return RedirectResponse(_dossier_url(back, f"undid {result['undone']} {result['correction']}"), 303)


class MergeRequest(BaseModel):
    into: str = Field(min_length=1, max_length=300, description="the actor that stays (name, id or kb id)")
    merged: str = Field(min_length=1, max_length=300, description="the actor merged into it")
    preview: bool = Field(False, description="change nothing: answer what would move (articles, events, claims, "
                                             "ties, names) and the name kept")
    confirm: bool = Field(False, description="merge a person with an organisation (else 409)")


class UndoRequest(BaseModel):
    correction: int = Field(ge=1, description="the id a merge or split answered with (`correction`)")


class SplitRequest(BaseModel):
    # an alias or an article (split_actor answers 400 without either; the schema says it with anyOf)
    model_config = ConfigDict(json_schema_extra={"anyOf": [
        {"required": [name], "properties": {name: {"type": "string"}}} for name in ("alias", "article")]})

    actor: str = Field(min_length=1, max_length=300)
    alias: str | None = Field(None, min_length=1, max_length=300,
                              description="mentions under this name become their own actor")
    article: str | None = Field(None, min_length=1, max_length=100,
                                description="the actor's appearance in this article does (its id or first 8 "
                                            "characters, as pages show it)")


TokenHeader = Annotated[str | None, Header(alias=TOKEN_HEADER, max_length=300)]


@router.post("/api/actors/merge", tags=["actors"], summary="Merge one actor into another (needs the token)",
             responses=WRITE_ERRORS)
def merge_api(request: Request, body: MergeRequest, token: TokenHeader = None) -> Any:
    app = explorer(request)
    app.check_token(token)
    if body.preview:
        return json_response(app.store.merge_actors(body.into, body.merged, preview=True))
    with app.write_lock:
        return json_response(app.store.merge_actors(body.into, body.merged, confirm=body.confirm, by="api"))


@router.post("/api/actors/undo", tags=["actors"], summary="Undo a merge or split by its correction id (needs the "
             "token)", responses=WRITE_ERRORS)
def undo_api(request: Request, body: UndoRequest, token: TokenHeader = None) -> Any:
    app = explorer(request)
    app.check_token(token)
    with app.write_lock:
        return json_response(app.store.undo_correction(body.correction))


@router.get("/api/actors/duplicates", tags=["actors"], summary="Likely duplicate actors, with score and reasons")
def duplicates_api(request: Request, actor: Annotated[str | None, Query(max_length=300)] = None,
                   limit: Annotated[int, Query(ge=1, le=500)] = 50) -> Any:
    return json_response({"items": explorer(request).store.likely_duplicates(actor or None, limit=limit)})


@router.get("/api/actors/{ref}/corrections", tags=["actors"], summary="Why an actor is what it is: the rule that "
            "joined each name, the users' corrections (with undo ids), likely duplicates")
def corrections_api(request: Request, ref: str) -> Any:
    return json_response(explorer(request).store.actor_corrections(ref))


@router.post("/api/actors/split", tags=["actors"], summary="Split mentions off an actor (needs the token)",
             responses=WRITE_ERRORS)
def split_api(request: Request, body: SplitRequest, token: TokenHeader = None) -> Any:
    app = explorer(request)
    app.check_token(token)
    with app.write_lock:
        return json_response(app.store.split_actor(body.actor, alias=body.alias or None,
                                                   article=body.article or None, by="api"))


# After the corrections: /api/actors/merge also fits /api/actors/{ref}; a method other than POST there gets a
# 405 whose Allow header names the first route that fits (POST).
@router.get("/api/actors/{ref}", tags=["actors"], summary="An actor's dossier, by name, store id or kb id; each list "
            "paged (limit, offset), with counts of all")
def actor_api(request: Request, ref: str, limit: Annotated[int, Query(ge=1, le=500)] = DOSSIER_PAGE,
              offset: Offset = 0) -> Any:
    return json_response(dossier(explorer(request).store, ref, limit, offset))

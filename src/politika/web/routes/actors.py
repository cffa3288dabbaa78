"""Actors: the most-mentioned list, the dossier, and the merge and split corrections (token required)."""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, Form, Header, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from pydantic import BaseModel, ConfigDict, Field

from politika.store import Store
from politika.web.api_schema import ERRORS, TABLE, WRITE_ERRORS
from politika.web.cache import cache_key, cached
from politika.web.context import TOKEN_HEADER, explorer, page_query, render
from politika.web.exports import Format, json_response, table_response

router = APIRouter(responses=ERRORS)
Code = Annotated[str | None, Query(max_length=20)]
DOSSIER_PAGE = 50  # rows of each dossier list per page
Offset = Annotated[int, Query(ge=0, le=1_000_000)]


def actor_list(store: Store, country: str | None, sector: str | None, type: str | None,
               limit: int) -> list[dict[str, Any]]:
    return store.actors(country=country or None, sector=sector or None, type=type or None, limit=limit)


@router.get("/actors", response_class=HTMLResponse, include_in_schema=False)
def actors_page(request: Request, country: Code = None, sector: Code = None, type: Code = None) -> Any:
    rows = actor_list(explorer(request).store, country, sector, type, 200)
    return render(request, "actors.html", rows=rows, country=country or "", sector=sector or "", type=type or "",
                  query=page_query(request))


@router.get("/api/actors", tags=["actors"], summary="The most mentioned actors (CSV or JSON)",
            responses=TABLE)
def actors_api(request: Request, country: Code = None, sector: Code = None, type: Code = None,
               limit: Annotated[int, Query(ge=1, le=2000)] = 50, format: Format = "json") -> Any:
    return table_response(actor_list(explorer(request).store, country, sector, type, limit), format, "actors")


def dossier(store: Store, ref: str, limit: int, offset: int) -> dict[str, Any]:
    """The actor's dossier, a page of each list, its event part kept until the clusters change (see ``web.cache``)."""
    def events_of(key: str) -> dict[str, Any]:
        found = cached(cache_key(store, "events", "dossier_events", key), lambda: store.dossier_events(key))
        return {**found, "counts": dict(found["counts"])}  # actor_dossier takes the dict apart: give it a copy
    return store.actor(ref, limit=limit, offset=offset, events_of=events_of)


@router.get("/actors/{ref}", response_class=HTMLResponse, include_in_schema=False)
def actor_page(request: Request, ref: str, message: Annotated[str | None, Query(max_length=300)] = None,
               offset: Offset = 0) -> Any:
    found = dossier(explorer(request).store, ref, DOSSIER_PAGE, offset)
    return render(request, "actor.html", d=found, co=found["co_mentioned"], message=message, offset=offset,
                  page=DOSSIER_PAGE)


# -- corrections -----------------------------------------------------------------------------------------------


def _dossier_url(key: str, message: str) -> str:
    return f"/actors/{quote(key, safe='')}?message={quote(message)}"


@router.post("/actors/{ref}/merge", include_in_schema=False)
def merge_form(request: Request, ref: str, other: Annotated[str, Form(min_length=1, max_length=300)],
               token: Annotated[str, Form(max_length=300)] = "") -> Any:
    app = explorer(request)
    app.check_token(token)
    with app.write_lock:
        result = app.store.merge_actors(ref, other)
    return RedirectResponse(_dossier_url(result["id"], f"merged {result['merged']} into this actor"), 303)


@router.post("/actors/{ref}/split", include_in_schema=False)
def split_form(request: Request, ref: str, token: Annotated[str, Form(max_length=300)] = "",
               alias: Annotated[str, Form(max_length=300)] = "",
               article: Annotated[str, Form(max_length=100)] = "") -> Any:
    app = explorer(request)
    app.check_token(token)
    with app.write_lock:
        result = app.store.split_actor(ref, alias=alias or None, article=article or None)
    return RedirectResponse(_dossier_url(result["id"], f"split off {result['split_from']}"), 303)


class MergeRequest(BaseModel):
    into: str = Field(min_length=1, max_length=300, description="the actor that stays (name, id or kb id)")
    merged: str = Field(min_length=1, max_length=300, description="the actor merged into it")


class SplitRequest(BaseModel):
    # an alias or an article (split_actor answers 400 without either; the schema says it with anyOf)
    model_config = ConfigDict(json_schema_extra={"anyOf": [
        {"required": [name], "properties": {name: {"type": "string"}}} for name in ("alias", "article")]})

    actor: str = Field(min_length=1, max_length=300)
    alias: str | None = Field(None, min_length=1, max_length=300,
                              description="mentions under this name become their own actor")
    article: str | None = Field(None, min_length=1, max_length=100,
                                description="the actor's appearance in this article does")


TokenHeader = Annotated[str | None, Header(alias=TOKEN_HEADER, max_length=300)]


@router.post("/api/actors/merge", tags=["actors"], summary="Merge one actor into another (needs the token)",
             responses=WRITE_ERRORS)
def merge_api(request: Request, body: MergeRequest, token: TokenHeader = None) -> Any:
    app = explorer(request)
    app.check_token(token)
    with app.write_lock:
        return json_response(app.store.merge_actors(body.into, body.merged))


@router.post("/api/actors/split", tags=["actors"], summary="Split mentions off an actor (needs the token)",
             responses=WRITE_ERRORS)
def split_api(request: Request, body: SplitRequest, token: TokenHeader = None) -> Any:
    app = explorer(request)
    app.check_token(token)
    with app.write_lock:
        return json_response(app.store.split_actor(body.actor, alias=body.alias or None,
                                                   article=body.article or None))


# After the corrections: /api/actors/merge also fits /api/actors/{ref}; a method other than POST there gets a
# 405 whose Allow header names the first route that fits (POST).
@router.get("/api/actors/{ref}", tags=["actors"], summary="An actor's dossier, by name, store id or kb id; each list "
            "paged (limit, offset), with counts of all")
def actor_api(request: Request, ref: str, limit: Annotated[int, Query(ge=1, le=500)] = DOSSIER_PAGE,
              offset: Offset = 0) -> Any:
    return json_response(dossier(explorer(request).store, ref, limit, offset))

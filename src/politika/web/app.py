"""The explorer's ASGI app: ``create_app(db_url, token)`` gives a FastAPI app over one store; ``allowed_hosts``
and ``read_token`` close it to other sites and other people (``politika.web.access``).

>>> app = create_app(":memory:")  # doctest: +SKIP
>>> # uvicorn.run(app, host="127.0.0.1", port=8000)
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any
from urllib.parse import parse_qsl, urlencode

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Receive, Scope, Send

from politika._version import __version__
from politika.errors import PolitikaError
from politika.store import Store
from politika.web.access import AccessGate
from politika.web.context import HERE, Explorer, make_templates, render
from politika.web.exports import json_response
from politika.web.routes import actors, articles, attention, causal, claims, events, network, overview
from politika.web.routes import map as world_map  # not to shadow the builtin

# No inline scripts, nothing from elsewhere: the page can only run our own static files.
CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
       "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")


def create_app(db_url: str | None = None, token: str | None = None, store: Store | None = None, *,
               read_token: str | None = None, allowed_hosts: Collection[str] | None = None) -> FastAPI:
    """The explorer over the store at ``db_url`` (or an open ``store``); ``token`` enables write actions,
    ``read_token`` is needed for everything else when given, and ``allowed_hosts`` are the Host names answered
    (None: any; ``politika serve`` passes :func:`politika.web.access.loopback_hosts`)."""
    app = FastAPI(title="politika explorer", version=__version__, docs_url=None, redoc_url=None,
                  openapi_url="/openapi.json",
                  description="Articles, actors, claims, events, the actor network and the causal map of a politika "
                              "store.")
    app.state.explorer = Explorer(store or Store(db_url, create=False), token or None, make_templates(),
                                  read_token=read_token or None)
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    for module in (overview, articles, actors, claims, events, world_map, network, causal, attention):
        app.include_router(module.router)

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Any) -> Response:
        response: Response = await call_next(request)
        response.headers.setdefault("Content-Security-Policy", CSP)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        return response

    @app.exception_handler(PolitikaError)
    async def politika_error(request: Request, exc: PolitikaError) -> Response:
        return _error(request, exc.status_code, str(exc))  # NotFound 404, bad input 400, ...

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        return _error(request, exc.status_code, str(exc.detail), exc.headers)  # 405 keeps its Allow header

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> Response:
        problems = "; ".join(f"{'.'.join(str(p) for p in e.get('loc', ()))}: {e.get('msg')}" for e in exc.errors())
        if request.url.path.startswith("/api/") or request.url.path == "/openapi.json":
            return json_response({"detail": exc.errors(), "message": problems}, status_code=422)
        return _error(request, 422, problems)

    app.add_middleware(DropEmptyParams)
    # outermost: a request from another site's name, or without the read token, reaches nothing else
    app.add_middleware(AccessGate, allowed_hosts=allowed_hosts, read_token=read_token or None,
                       write_token=token or None)
    return app


class DropEmptyParams:
    """Treat ``?since=`` as no ``since`` at all on pages: browsers submit every field of a filter form, filled or
    not. The API takes what its OpenAPI description says (an empty date is not a date: 422)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope.get("query_string") and not scope["path"].startswith("/api/"):
            pairs = parse_qsl(scope["query_string"].decode("latin-1"), keep_blank_values=True)
            if any(v == "" for _, v in pairs):
                kept = urlencode([(k, v) for k, v in pairs if v != ""])
                scope = {**scope, "query_string": kept.encode("latin-1")}
        await self.app(scope, receive, send)


def _error(request: Request, status: int, message: str, headers: Mapping[str, str] | None = None) -> Response:
    if request.url.path.startswith("/api/"):
        response = json_response({"detail": message}, status_code=status)
    else:
        response = render(request, "error.html", status_code=status, status=status, message=message)
    response.headers.update(headers or {})
    return response

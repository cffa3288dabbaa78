"""The explorer's ASGI app: ``create_app(db_url, token)`` gives a FastAPI app over one store; ``allowed_hosts``
and ``read_token`` close it to other sites and other people (``politika.web.access``).

>>> app = create_app(":memory:")  # doctest: +SKIP
>>> # uvicorn.run(app, host="127.0.0.1", port=8000)
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Collection, Mapping, Sequence
from contextlib import asynccontextmanager
from html import escape as html_escape
from typing import Any
from urllib.parse import parse_qsl, quote, unquote, urlencode

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

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
    (None: any; ``politika serve`` passes :func:`politika.web.access.loopback_hosts`). A store the app opens
    itself (from ``db_url``) has its connections closed when the app shuts down; a ``store`` passed in is the
    caller's to close."""
    opened = store or Store(db_url, create=False)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        try:
            yield
        finally:
            if store is None:
                opened.close()  # the pool's connections, not left for the garbage collector

    app = FastAPI(title="politika explorer", version=__version__, docs_url=None, redoc_url=None,
                  openapi_url="/openapi.json", lifespan=lifespan,
                  description="Articles, actors, claims, events, the actor network and the causal map of a politika "
                              "store.")
    app.state.explorer = Explorer(opened, token or None, make_templates(), read_token=read_token or None)
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
        wrong = [name for name, value in request.query_params.multi_items()
                 if name == exc.option or value == exc.source]
        return _error(request, exc.status_code, str(exc), wrong=wrong)  # NotFound 404, bad input 400, ...

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        return _error(request, exc.status_code, str(exc.detail), exc.headers)  # 405 keeps its Allow header

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> Response:
        problems = "; ".join(f"{'.'.join(str(p) for p in e.get('loc', ()))}: {e.get('msg')}" for e in exc.errors())
        if request.url.path.startswith("/api/") or request.url.path == "/openapi.json":
            return json_response({"detail": exc.errors(), "message": problems}, status_code=422)
        wrong = [str(e["loc"][1]) for e in exc.errors() if len(e.get("loc", ())) > 1 and e["loc"][0] == "query"]
        return _error(request, 422, problems, wrong=wrong)

    app.add_middleware(KeepFormOnError)
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


FORM_ERROR = "x-politika-form-error"  # error page → KeepFormOnError: the wrong parameters and the message


class KeepFormOnError:
    """A page asked with a wrong value (a bad date, an unknown actor) is drawn again without the wrong values and
    with the error above it, instead of an error page that loses the filled form; the status stays the error's.
    explorer.js then puts the wrong values back into the form, to be corrected rather than typed again."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (scope["type"] != "http" or scope.get("method") != "GET" or not scope.get("query_string")
                or scope["path"].startswith("/api/")):
            await self.app(scope, receive, send)
            return
        held: list[Message] = []

        async def hold_errors(message: Message) -> None:
            if held or (message["type"] == "http.response.start"
                        and any(k == FORM_ERROR.encode() for k, _ in message.get("headers", []))):
                held.append(message)
            else:
                await send(message)

        await self.app(scope, receive, hold_errors)
        if not held:
            return
        start, body = held[0], b"".join(m.get("body", b"") for m in held[1:])
        note = dict(start["headers"])[FORM_ERROR.encode()].decode("latin-1")
        names, _, message = note.partition(" ")
        drop = set(unquote(names).split(","))
        pairs = parse_qsl(scope["query_string"].decode("latin-1"), keep_blank_values=True)
        again = await _respond(self.app, {**scope, "query_string": urlencode(
            [(k, v) for k, v in pairs if k not in drop]).encode("latin-1")})
        if again is not None and again[0] == 200 and b"<main>" in again[2]:
            shown = f'<main>\n<p class="error form-error" role="alert">{html_escape(unquote(message))}</p>'
            body = again[2].replace(b"<main>", shown.encode(), 1)
            headers = [(k, v) for k, v in again[1] if k != b"content-length"]
        else:
            headers = [(k, v) for k, v in start["headers"] if k not in (b"content-length", FORM_ERROR.encode())]
        await send({"type": "http.response.start", "status": start["status"],
                    "headers": [*headers, (b"content-length", str(len(body)).encode())]})
        await send({"type": "http.response.body", "body": body})


async def _respond(app: ASGIApp, scope: Scope) -> tuple[int, list[tuple[bytes, bytes]], bytes] | None:
    """The whole response of ``app`` to a GET ``scope``."""
    parts: list[Message] = []

    async def nothing() -> Message:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def keep(message: Message) -> None:
        if message["type"] in ("http.response.start", "http.response.body"):  # not a test client's debug
            parts.append(message)

    await app(scope, nothing, keep)
    if not parts or parts[0]["type"] != "http.response.start":
        return None
    return (int(parts[0]["status"]), list(parts[0]["headers"]),
            b"".join(m.get("body", b"") for m in parts[1:]))


def _error(request: Request, status: int, message: str, headers: Mapping[str, str] | None = None,
           wrong: Sequence[str] = ()) -> Response:
    if request.url.path.startswith("/api/"):
        response = json_response({"detail": message}, status_code=status)
    else:
        response = render(request, "error.html", status_code=status, status=status, message=message)
        if wrong and request.method == "GET":
            response.headers[FORM_ERROR] = f"{quote(','.join(wrong))} {quote(message)}"
    response.headers.update(headers or {})
    return response

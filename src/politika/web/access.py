"""Who may talk to the explorer: the Host header it answers (DNS rebinding) and the read token (a shared server).

A page on another site can make a browser send requests to ``http://127.0.0.1:8000`` under a name that the
attacker's DNS first pointed elsewhere (DNS rebinding); the request then carries the attacker's name in its
``Host`` header, which :class:`AccessGate` refuses with 400 unless the name is one the server was told to
answer (``politika serve`` gives the loopback names, the bound address and each ``--allow-host``).

With a read token, every page, API call and the OpenAPI schema need it (static files do not: they hold no
data): as the header ``X-Politika-Read-Token``, as ``Authorization: Bearer T``, or as a cookie that
``?token=T`` on any page sets once (the answer is a redirect to the same page without the token, so it does
not stay in the address bar or the history). The write token also opens reads.

>>> app = AccessGate(app, allowed_hosts=loopback_hosts(), read_token="s3cret")  # doctest: +SKIP
"""

from __future__ import annotations

import html
import ipaddress
import json
import secrets
from collections.abc import Collection, Iterable
from http.cookies import SimpleCookie
from urllib.parse import parse_qsl, urlencode

from starlette.datastructures import Headers
from starlette.responses import PlainTextResponse, RedirectResponse, Response
from starlette.types import ASGIApp, Receive, Scope, Send

LOOPBACK_NAMES = ("localhost", "ip6-localhost", "127.0.0.1", "::1")
READ_TOKEN_HEADER = "X-Politika-Read-Token"
READ_COOKIE = "politika_read_token"
TOKEN_QUERY = "token"
OPEN_PREFIXES = ("/static/",)  # no data there: the token page can have its style
# like the app's own pages: nothing runs but our files
_HEADERS = {"Content-Security-Policy": "default-src 'self'; style-src 'self' 'unsafe-inline'; form-action 'self'; "
                                       "frame-ancestors 'none'; base-uri 'none'",
            "X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer", "Cache-Control": "no-store"}


def is_loopback(host: str) -> bool:
    """Whether ``host`` (a name or an address, IPv6 with or without brackets) is this machine's loopback."""
    if host.lower() in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def host_name(header: str) -> str:
    """The name in a Host header, without the port and brackets, lower case: ``[::1]:8000`` → ``::1``."""
    value = header.strip().lower()
    if value.startswith("["):
        return value[1:value.find("]")] if "]" in value else value
    if value.count(":") == 1:
        value = value.split(":", 1)[0]
    return value.rstrip(".")


def loopback_hosts(bound: str | None = None, extra: Iterable[str] = ()) -> frozenset[str]:
    """The Host names a server bound to ``bound`` answers: the loopback names, ``bound`` itself (unless it is
    a wildcard address such as 0.0.0.0) and ``extra``."""
    names = {*LOOPBACK_NAMES, *(host_name(name) for name in extra)}
    if bound and not _is_wildcard(bound):
        names.add(host_name(bound))
    return frozenset(names)


def _is_wildcard(host: str) -> bool:
    try:
        return ipaddress.ip_address(host.strip("[]")).is_unspecified
    except ValueError:
        return False


class AccessGate:
    """ASGI middleware: 400 for a Host the server does not answer, 401 without the read token (when set).

    ``allowed_hosts`` None answers any Host (an app behind a proxy that checks it, the tests); ``read_token``
    None lets everyone read. ``write_token`` is accepted wherever the read token is.
    """

    def __init__(self, app: ASGIApp, allowed_hosts: Collection[str] | None = None, read_token: str | None = None,
                 write_token: str | None = None) -> None:
        self.app = app
        self.allowed = frozenset(host_name(h) for h in allowed_hosts) if allowed_hosts is not None else None
        self.tokens = [t.encode() for t in (read_token, write_token) if t] if read_token else []

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        # (the explorer has no websocket routes; lifespan events pass)
        if scope["type"] != "http" or (self.allowed is None and not self.tokens):
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        refused = self._refused_host(headers.get("host"))
        if refused:
            await _reply(scope, 400, refused)(scope, receive, send)
            return
        if not self.tokens or scope["path"].startswith(OPEN_PREFIXES) or self._has_token(headers):
            await self.app(scope, receive, send)
            return
        pairs = parse_qsl(scope.get("query_string", b"").decode("latin-1"), keep_blank_values=True)
        given = [v for k, v in pairs if k == TOKEN_QUERY]
        if given and self._valid(given[-1]):
            kept = urlencode([(k, v) for k, v in pairs if k != TOKEN_QUERY]).encode("latin-1")
            if scope["path"].startswith("/api/") or scope.get("method") not in ("GET", "HEAD"):
                await self.app({**scope, "query_string": kept}, receive, send)
                return
            # a browser: keep the token in a cookie and show the page without it in the address bar
            path = "/" + scope["path"].lstrip("/")  # never //other.example: no open redirect
            target = scope.get("root_path", "") + path + (f"?{kept.decode('latin-1')}" if kept else "")
            response = RedirectResponse(target, status_code=303, headers=_HEADERS)
            response.set_cookie(READ_COOKIE, given[-1], httponly=True, samesite="lax", path="/",
                                secure=scope.get("scheme") == "https")
            await response(scope, receive, send)
            return
        reason = "wrong read token" if given else "this server needs its read token"
        await _reply(scope, 401, f"{reason}: open a page with ?{TOKEN_QUERY}=T once, or send the header "
                                 f"{READ_TOKEN_HEADER}: T", form=True)(scope, receive, send)

    def _refused_host(self, header: str | None) -> str | None:
        if self.allowed is None:
            return None
        if not header:
            return "no Host header: this server answers named requests only"
        name = host_name(header)
        if name in self.allowed or is_loopback(name):
            return None
        shown = ", ".join(f"[{h}]" if ":" in h else h for h in sorted(self.allowed))
        return (f"Host {header[:100]!r} is not one this server answers ({shown}); start it with --allow-host "
                f"NAME to add a name")

    def _has_token(self, headers: Headers) -> bool:
        auth = headers.get("authorization", "")
        bearer = auth[7:].strip() if auth[:7].lower() == "bearer " else None
        cookie = SimpleCookie()
        try:
            cookie.load(headers.get("cookie", ""))
        except Exception:  # a malformed cookie header is no token
            cookie = SimpleCookie()
        morsel = cookie.get(READ_COOKIE)
        from_cookie = morsel.value if morsel else None
        return any(self._valid(value) for value in (headers.get(READ_TOKEN_HEADER), bearer, from_cookie) if value)

    def _valid(self, given: str) -> bool:
        raw = given.encode("utf-8", "surrogateescape")
        return any(secrets.compare_digest(raw, token) for token in self.tokens)


def _reply(scope: Scope, status: int, message: str, form: bool = False) -> Response:
    """The refusal: JSON for the API, a small page with a token form for a browser, plain text otherwise."""
    path = scope.get("path", "")
    extra = {"WWW-Authenticate": 'Bearer realm="politika"'} if status == 401 else {}
    if path.startswith("/api/") or path == "/openapi.json":
        return Response(json.dumps({"detail": message}), status_code=status, media_type="application/json",
                        headers={**_HEADERS, **extra})
    if form:
        page = ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>politika explorer</title>'
                '<link rel="stylesheet" href="/static/explorer.css"></head><body><main><h1>politika explorer</h1>'
                f"<p>{html.escape(message)}</p>"
                '<form method="get" action=""><label>Read token <input type="password" name="token" '
                'autocomplete="current-password" required></label> <button type="submit">Open</button></form>'
                "</main></body></html>")
        return Response(page, status_code=status, media_type="text/html; charset=utf-8",
                        headers={**_HEADERS, **extra})
    return PlainTextResponse(message, status_code=status, headers=_HEADERS)


__all__ = ["LOOPBACK_NAMES", "READ_COOKIE", "READ_TOKEN_HEADER", "AccessGate", "host_name", "is_loopback",
           "loopback_hosts"]

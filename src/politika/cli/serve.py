"""``politika serve``: the web explorer over the store."""

from __future__ import annotations

import secrets
import socket

import click

from politika.cli.common import open_store_from
from politika.errors import InputError


def check_port(host: str, port: int) -> None:
    """Raise a one-line error when nothing could listen on ``host:port`` (in use, or not an address of this
    machine), before the URL and the token are printed as if it could. Port 0 (any free port) is not checked."""
    if port == 0:
        return
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn does: TIME_WAIT is no obstacle
        try:
            probe.bind((host, port))
        except OSError as exc:
            shown = f"[{host}]" if ":" in host else host
            raise InputError(f"{shown}:{port}", f"cannot listen there ({exc.strerror or exc}); stop what uses it or "
                                                f"choose another --port") from None


@click.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind; anything but loopback "
              "exposes the store to the network.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535))
@click.option("--token", default=None, envvar="POLITIKA_TOKEN", metavar="T",
              help="Secret that write actions (merge, split) must give [env POLITIKA_TOKEN]; without it a random "
                   "one is made and printed.")
@click.option("--read-token", default=None, envvar="POLITIKA_READ_TOKEN", metavar="T",
              help="Secret that every page and API call must give, for a shared server [env POLITIKA_READ_TOKEN]: "
                   "the header X-Politika-Read-Token, or open a page once with ?token=T (kept in a cookie).")
@click.option("--allow-host", "allow_hosts", multiple=True, metavar="NAME",
              help="Also answer requests for this Host name (repeatable; the loopback names and --host are always "
                   "answered, others get 400 against DNS rebinding; '*' answers any).")
@click.option("--read-only", is_flag=True, help="No write actions at all, whatever the token.")
@click.option("--db", default=None, metavar="URL", help="The store, as for `politika --db URL` (this wins).")
@click.option("--warm/--no-warm", default=True, show_default=True,
              help="Compute the costly pages (overview, network, events, causal map) at start and again whenever "
                   "the store changes, so that no user waits for them.")
@click.pass_context
def serve_command(ctx: click.Context, host: str, port: int, token: str | None, read_token: str | None,
                  allow_hosts: tuple[str, ...], read_only: bool, db: str | None, warm: bool) -> None:
    """Open the web explorer: articles, actors, claims and the actor network, at http://HOST:PORT/."""
    import uvicorn

    from politika.web import create_app
    from politika.web.access import is_loopback, loopback_hosts
    from politika.web.warm import Warmer, settle

    if not is_loopback(host) and not read_token:
        click.echo(f"warning: binding {host} without --read-token: anyone who can reach this address can read the "
                   f"store", err=True)
    allowed = None if "*" in allow_hosts else loopback_hosts(host, allow_hosts)
    if allowed is not None and not is_loopback(host):
        names = ", ".join(f"[{name}]" if ":" in name else name for name in sorted(allowed))
        click.echo(f"answering the Host names {names}; add the names clients use with --allow-host NAME", err=True)
    if db:
        ctx.obj["db"] = db
    check_port(host, port)
    store = open_store_from(ctx, create=False)
    if read_only:
        token = None
    elif not token:
        token = secrets.token_urlsafe(16)
        click.echo(f"write token (merge/split forms): {token}", err=True)
    app = create_app(store=store, token=token, read_token=read_token, allowed_hosts=allowed)
    shown = f"[{host}]" if ":" in host else host
    click.echo(f"politika explorer on http://{shown}:{port}/  (Ctrl-C stops it)", err=True)
    settle()
    warmer = Warmer(app).start() if warm else None
    try:
        uvicorn.run(app, host=host, port=port, log_level="warning")
    finally:
        if warmer:
            warmer.stop()


COMMANDS = [serve_command]

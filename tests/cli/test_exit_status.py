"""The console script exits with the status a command asks for (``ctx.exit``), not 0.

Outside click's standalone mode, which ``run_guarded`` uses to print PolitikaErrors in one line, click returns
the code of ``ctx.exit(code)`` instead of exiting with it: the eval gate's failure once left the script with
status 0, so CI could not see a score under its floor.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import click
import pytest

from politika.cli.common import run_guarded

POLITIKA = str(Path(sys.executable).with_name("politika"))


@click.group()
def _group() -> None:
    pass


@_group.command("fail")
@click.pass_context
def _fail(ctx: click.Context) -> None:
    ctx.exit(3)


@_group.command("ok")
def _ok() -> None:
    click.echo("fine")


@pytest.mark.parametrize(("argv", "status"), [(["fail"], 3), (["ok"], 0)])
def test_run_guarded_returns_the_exit_status(monkeypatch: pytest.MonkeyPatch, argv: list[str], status: int) -> None:
    monkeypatch.setattr(sys, "argv", ["politika", *argv])
    assert run_guarded(_group) == status


def test_the_script_exits_1_when_every_input_failed(tmp_path: Path) -> None:
    """``politika ingest`` of inputs that all fail: ``ctx.exit(1)`` in the command, status 1 from the script."""
    (tmp_path / "empty.html").write_text("")
    done = subprocess.run([POLITIKA, "--db", str(tmp_path / "s.db"), "ingest", str(tmp_path / "empty.html"),
                           "--quiet"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 1, (done.stdout, done.stderr)
    assert "1 failed" in done.stdout

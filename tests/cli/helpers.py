"""What the CLI tests share: ``run`` invokes ``politika --db DB ARGS`` in process."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner, Result

from politika.cli import cli


def run(db: Path, *args: str) -> Result:
    return CliRunner().invoke(cli, ["--db", str(db), *args])

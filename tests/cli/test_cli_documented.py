"""Every command and option of ``politika`` is documented in README.md or docs/*.md (sqlite-utils does this).

A command is documented where ``politika <command>`` is written; an option where a paragraph (or a section of
docs/cli.md) that names its command also names the option.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import click
import pytest

from politika.cli import cli

ROOT = Path(__file__).resolve().parents[2]
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]


def _commands(command: click.Command, path: tuple[str, ...]) -> Iterator[tuple[str, click.Command]]:
    yield " ".join(path), command
    if isinstance(command, click.Group):
        for name, sub in sorted(command.commands.items()):
            yield from _commands(sub, (*path, name))


COMMANDS = dict(_commands(cli, ("politika",)))


def _blocks() -> list[str]:
    """The docs' paragraphs, and each section of docs/cli.md (a heading and what follows it) as one block."""
    blocks = []
    for path in DOCS:
        text = path.read_text(encoding="utf-8")
        blocks += re.split(r"\n\s*\n", text)
        if path.name == "cli.md":
            blocks += re.split(r"\n(?=#+ )", text)
    return blocks


def _names(name: str) -> re.Pattern[str]:
    return re.compile(re.escape(name) + r"(?![\w-])")


def _option_names(command: click.Command) -> list[str]:
    return [max(p.opts, key=len) for p in command.params if isinstance(p, click.Option) and not p.hidden]


def test_the_command_tree_is_walked() -> None:
    assert {"politika", "politika ingest", "politika eval gate", "politika factor rename"} <= set(COMMANDS)


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_command_is_documented(name: str) -> None:
    blocks = [b for b in _blocks() if _names(name).search(b)]
    assert blocks, f"`{name}` is in no README.md or docs/*.md (add it to docs/cli.md)"
    missing = [o for o in _option_names(COMMANDS[name]) if not any(_names(o).search(b) for b in blocks)]
    assert not missing, f"options of `{name}` in no paragraph that names it (add them to docs/cli.md): {missing}"


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_command_has_help(name: str) -> None:
    assert (COMMANDS[name].help or "").strip(), f"`{name}` has no help text"

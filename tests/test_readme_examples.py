"""Every ``politika ...`` line of README.md's ``sh`` blocks answers on the demo store (issue 17 item 9).

The README is read when the tests are collected, so a line someone adds is tested too. The demo store is what
``python3 tasks.py demo`` builds: the bundled samples, ingested once. Each line runs in process with ``--db``
pointing at it, in a folder holding the files the examples name (``article.html``, ``page.html``,
``in.jsonl``: copies of the samples), and must exit 0 and print something on stdout (or, with ``-o``/``--output
FILE``, write a non-empty FILE). The lines not run are listed in ``SKIPPED`` with the reason.
"""

from __future__ import annotations

import re
import shlex
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from politika.cli import cli
from politika.jobs import IngestOptions, ingest
from politika.store import Store

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "src" / "politika" / "data" / "samples"
# The first words of the commands not run, and why; keep it short: prefer an example that works on the demo store.
SKIPPED = {
    ("ingest",): "reads sources we do not have (a news folder, a URL, a crawl, a Ray cluster); tests/ingest covers it",
    ("eval",): "runs an evaluation over ../shared for minutes; tests/eval and the gate cover it",
    ("serve",): "starts a server; tests/web covers it",
    ("kb", "import"): "reads an export file we do not have; tests/kb covers it",
}
# Files the examples name, made from the samples in the folder the lines run in.
FILES = {"article.html": SAMPLES / "html" / "2024-07-05-orban-arrives-in-moscow.html",
         "page.html": SAMPLES / "html" / "2024-07-10-opinion-western-hesitation.html",
         "in.jsonl": SAMPLES / "articles.jsonl"}
# Lines that may print nothing on the demo store, and why.
QUIET = {("errors",): "the samples ingest without an error: there is nothing to list"}
GLOBAL_OPTIONS = {"--db": 1, "--debug": 0}


def readme_commands() -> list[list[str]]:
    """The ``politika`` commands of README.md's ``sh`` blocks, as argument lists (continuation lines joined, comments
    dropped, ``a && b`` as two commands)."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = []
    for block in re.findall(r"^```(?:sh|bash|shell)\n(.*?)^```", text, re.S | re.M):
        for line in block.replace("\\\n", " ").splitlines():
            words = shlex.split(line, comments=True)
            while words:
                cut = words.index("&&") if "&&" in words else len(words)
                if words[0] == "politika":
                    commands.append(words[1:cut])
                words = words[cut + 1:]
    return commands


def subcommand(args: list[str]) -> tuple[str, ...]:
    """The command words of ``args``, global options left out: ``--db x kb show Putin`` → ``("kb", "show")``."""
    words: list[str] = []
    skip = 0
    for arg in args:
        if skip:
            skip -= 1
        elif arg in GLOBAL_OPTIONS:
            skip = GLOBAL_OPTIONS[arg]
        elif arg.startswith("-"):
            break
        else:
            words.append(arg)
    return tuple(words[:2])


def skipped(args: list[str]) -> str | None:
    words = subcommand(args)
    return next((reason for first, reason in SKIPPED.items() if words[:len(first)] == first), None)


COMMANDS = readme_commands()


def test_the_readme_has_examples_and_runs_most() -> None:
    assert len(COMMANDS) >= 15
    run = [args for args in COMMANDS if not skipped(args)]
    assert len(run) >= len(COMMANDS) // 2, "most README examples must run on the demo store"


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The demo store: the bundled samples ingested and analysed, as `python3 tasks.py demo` does."""
    db = str(tmp_path_factory.mktemp("demo") / "politika-demo.db")
    with Store(db) as store:
        summary = ingest([str(SAMPLES)], store, IngestOptions(progress=False))
    assert summary.analysed >= 10, summary
    return db


@pytest.fixture
def examples_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    for name, source in FILES.items():
        shutil.copy(source, tmp_path / name)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("POLITIKA_KB_DIR", str(tmp_path / "kb"))  # never the user's own knowledge base
    yield tmp_path


def _without_db(args: list[str]) -> list[str]:
    out, drop = [], False
    for arg in args:
        if drop:
            drop = False
        elif arg == "--db":
            drop = True
        else:
            out.append(arg)
    return out


def _output_file(args: list[str]) -> str | None:
    for flag in ("-o", "--output"):
        if flag in args[:-1]:
            return args[args.index(flag) + 1]
    return None


@pytest.mark.parametrize("args", COMMANDS, ids=[" ".join(a)[:60] for a in COMMANDS])
def test_readme_example(args: list[str], demo_db: str, examples_dir: Path) -> None:
    reason = skipped(args)
    if reason:
        pytest.skip(reason)
    result = CliRunner().invoke(cli, ["--db", demo_db, *_without_db(args)])
    shown = f"politika {' '.join(args)}\nstdout: {result.stdout[-2000:]}\nstderr: {result.stderr[-2000:]}"
    assert result.exit_code == 0, shown
    output = _output_file(args)
    if output and output != "-":
        assert (examples_dir / output).stat().st_size > 0, shown
    elif subcommand(args) not in QUIET:
        assert result.stdout.strip(), shown

"""The examples in the docstrings of src/politika run and print what they say.

Only the modules whose text holds an example that runs (``>>>`` without ``+SKIP``) are imported, so Ray, the web
app and spaCy are loaded only where an example needs them.
"""

from __future__ import annotations

import doctest
import importlib
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "politika"


def _modules_with_examples() -> list[str]:
    names = []
    for path in sorted(PACKAGE.rglob("*.py")):
        lines = path.read_text(encoding="utf-8").splitlines()
        if any(">>>" in line and "doctest: +SKIP" not in line for line in lines):  # skipped ones need no import
            parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
            names.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return names


def test_examples_are_found() -> None:
    assert "politika.csv_cells" in _modules_with_examples()


@pytest.mark.parametrize("name", _modules_with_examples())
def test_docstring_examples(name: str) -> None:
    module = importlib.import_module(name)
    finder = doctest.DocTestFinder(exclude_empty=True)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    failures = []
    for test in finder.find(module, name):
        runner.run(test, out=failures.append)  # the finder skips objects imported from other modules
    assert not failures, "".join(failures)

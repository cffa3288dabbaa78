"""The build backend of politika's wheel: setuptools' own, after one check that the explorer's assets are there.

The explorer's third-party JavaScript and the world map (``src/politika/web/vendor.json`` lists them) come from
npm into ``src/politika/web/static/vendor/``, which git ignores. A wheel built without them would serve tables
only, so ``build_wheel`` copies them first when ``node_modules/`` is there (``copy-vendor.mjs``, what
``npm install`` runs) and fails with the fix when one is still missing, unless ``POLITIKA_WHEEL_TABLES_ONLY=1``
says a wheel without charts and maps is what is wanted. Editable installs and the sdist are setuptools' own.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

from setuptools import build_meta as _setuptools
from setuptools.build_meta import *  # noqa: F403  (the PEP 517 and 660 hooks not wrapped here)

ROOT = Path(__file__).resolve().parent.parent
WEB = ROOT / "src" / "politika" / "web"
VENDOR = WEB / "static" / "vendor"
TABLES_ONLY = "POLITIKA_WHEEL_TABLES_ONLY"


def missing_assets() -> list[str]:
    """The names in vendor.json not yet in static/vendor/ (all of them where vendor.json is absent: an sdist)."""
    manifest = WEB / "vendor.json"
    if not manifest.exists():
        return ["vendor.json"]
    return [name for name in json.loads(manifest.read_text(encoding="utf-8")) if not (VENDOR / name).is_file()]


def copy_assets() -> None:
    """Run copy-vendor.mjs when npm's node_modules/ and node are here (refreshes static/vendor/)."""
    node = shutil.which("node")
    if node and (ROOT / "node_modules").is_dir():
        subprocess.run([node, str(WEB / "copy-vendor.mjs")], cwd=ROOT, check=False, stdout=subprocess.DEVNULL)


def check_assets() -> None:
    copy_assets()
    missing = missing_assets()
    if not missing:
        return
    if os.environ.get(TABLES_ONLY) == "1":
        print(f"politika: building a wheel without {', '.join(missing)} ({TABLES_ONLY}=1): its explorer shows "
              "tables where the charts, graphs and map would be", file=sys.stderr)
        return
    raise SystemExit(f"politika: src/politika/web/static/vendor/ lacks {', '.join(missing)}: run `npm install` in "
                     f"{ROOT} (it copies the explorer's charts, graphs and map there), or set {TABLES_ONLY}=1 to "
                     "build a wheel whose explorer shows tables only")


def build_wheel(wheel_directory: str, config_settings: dict[str, Any] | None = None,
                metadata_directory: str | None = None) -> str:
    check_assets()
    return _setuptools.build_wheel(wheel_directory, config_settings, metadata_directory)

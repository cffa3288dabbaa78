"""The wheel serves the charts, graphs and map: built from a copy of the source tree (so no build/ or egg-info
lands in the checkout), it holds static/vendor/; installed into a fresh venv that borrows the dev venv's
site-packages for the dependencies (a .pth line: the editable install's own .pth there is not run, so the source
tree stays out), ``politika serve`` answers the vendored files. A build without them fails with the fix, unless
POLITIKA_WHEEL_TABLES_ONLY=1 (build_hooks/politika_build.py).

Skipped where ``npm install`` has not run (no static/vendor/), except under CI=true, where it must have.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import sysconfig
import time
import venv
import zipfile
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[2]
WEB = ROOT / "src" / "politika" / "web"
ASSETS = sorted(json.loads((WEB / "vendor.json").read_text(encoding="utf-8")))
SERVED = ["/static/vendor/" + name for name in ASSETS] + ["/static/map.js", "/static/explorer.js", "/map"]

pytestmark = pytest.mark.slow


def _need_assets() -> None:
    missing = [name for name in ASSETS if not (WEB / "static" / "vendor" / name).is_file()]
    if missing:
        problem = f"static/vendor/ lacks {', '.join(missing)} (run `npm install`)"
        if os.environ.get("CI"):
            pytest.fail(f"the wheel test is required under CI: {problem}")
        pytest.skip(problem)


def _source_copy(target: Path, with_assets: bool = True) -> Path:
    ignore = ["__pycache__", "*.egg-info", "*.pyc"] + ([] if with_assets else ["vendor"])
    shutil.copytree(ROOT / "src", target / "src", ignore=shutil.ignore_patterns(*ignore))
    shutil.copytree(ROOT / "build_hooks", target / "build_hooks", ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("pyproject.toml", "README.md", "MANIFEST.in"):
        shutil.copy(ROOT / name, target / name)
    return target


def _build(source: Path, out: Path, **env: str) -> subprocess.CompletedProcess[str]:
    # --no-build-isolation: setuptools from this venv, nothing downloaded; the in-tree backend still runs
    return subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index",
                           "--disable-pip-version-check", "-w", str(out), str(source)],
                          capture_output=True, text=True, env={**os.environ, **env}, timeout=300, check=False)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_wheel_without_assets_fails_with_the_fix(tmp_path: Path) -> None:
    source = _source_copy(tmp_path / "src-copy", with_assets=False)
    failed = _build(source, tmp_path / "dist")
    assert failed.returncode != 0
    output = failed.stdout + failed.stderr
    assert "npm install" in output and "POLITIKA_WHEEL_TABLES_ONLY=1" in output and "chart.umd.min.js" in output
    tables_only = _build(source, tmp_path / "dist", POLITIKA_WHEEL_TABLES_ONLY="1")
    assert tables_only.returncode == 0, tables_only.stderr[-2000:]


def test_installed_wheel_serves_the_charts_and_the_map(tmp_path: Path) -> None:
    _need_assets()
    built = _build(_source_copy(tmp_path / "src-copy"), tmp_path / "dist")
    assert built.returncode == 0, built.stderr[-2000:]
    (wheel,) = (tmp_path / "dist").glob("politika-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for name in [*(f"politika/web/static/vendor/{a}" for a in ASSETS), "politika/web/static/map.js",
                 "politika/web/templates/map.html", "politika/data/iso3166.tsv"]:
        assert name in names, name
    shutil.rmtree(tmp_path / "src-copy")

    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=False, system_site_packages=False).create(env_dir)
    python = env_dir / "bin" / "python"
    installed = subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps",
                                "--no-index", "--disable-pip-version-check", "--quiet", str(wheel)],
                               capture_output=True, text=True, timeout=300, check=False)
    assert installed.returncode == 0, installed.stderr[-2000:]
    site = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                          capture_output=True, text=True, check=True).stdout.strip()
    # the dependencies from the dev venv, appended after the wheel's own site-packages; not the source tree
    (Path(site) / "dev-dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    env = {key: value for key, value in os.environ.items() if key not in ("PYTHONPATH", "VIRTUAL_ENV")}
    where = subprocess.run([str(python), "-c", "import politika; print(politika.__file__)"], cwd=tmp_path, env=env,
                           capture_output=True, text=True, timeout=120, check=True).stdout.strip()
    assert where.startswith(site) and str(ROOT / "src") not in where, where
    db = tmp_path / "empty.db"
    subprocess.run([str(python), "-c", f"from politika.store import Store; Store({str(db)!r}).close()"], cwd=tmp_path,
                   env=env, timeout=120, check=True)

    port = _free_port()
    server = subprocess.Popen([str(env_dir / "bin" / "politika"), "serve", "--db", str(db), "--port", str(port),
                               "--no-warm"], cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 90
        while True:
            try:
                httpx.get(base + "/static/explorer.js", timeout=2)
                break
            except httpx.TransportError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise AssertionError("politika serve did not start from the wheel") from None
                time.sleep(0.3)
        for path in SERVED:
            response = httpx.get(base + path, timeout=10)
            assert response.status_code == 200, (path, response.status_code)
            assert response.content, path
        assert "/static/vendor/d3-geo.min.js" in httpx.get(base + "/map", timeout=10).text
    finally:
        server.terminate()
        server.communicate(timeout=20)

"""Who may talk to the explorer: the Host header (DNS rebinding) and the read token of a shared server."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from click.testing import CliRunner
from fastapi import FastAPI
from fastapi.testclient import TestClient

from politika.cli import cli
from politika.web import create_app
from politika.web.access import READ_COOKIE, READ_TOKEN_HEADER, host_name, loopback_hosts
from politika.web.warm import warm
from tests.web.conftest import TOKEN

READ = "read-secret-5678"


@pytest.fixture(scope="module")
def guarded(web_db: str) -> Iterator[TestClient]:
    """The app as ``politika serve`` makes it on 127.0.0.1 with ``--allow-host news.internal``."""
    app = create_app(web_db, token=TOKEN, allowed_hosts=loopback_hosts("127.0.0.1", ["news.internal"]))
    with TestClient(app, base_url="http://localhost:8000") as client:
        yield client


@pytest.fixture(scope="module")
def shared(web_db: str) -> Iterator[TestClient]:
    """A shared server: a read token, on every name."""
    with TestClient(create_app(web_db, token=TOKEN, read_token=READ), base_url="http://politika.lan") as client:
        yield client


@pytest.mark.parametrize("host", ["localhost", "localhost:8000", "127.0.0.1:8000", "[::1]:8000", "127.0.0.2",
                                  "LOCALHOST.", "news.internal", "news.internal:8000"])
def test_loopback_names_and_allowed_hosts_are_answered(guarded: TestClient, host: str) -> None:
    assert guarded.get("/api/articles?limit=1", headers={"Host": host}).status_code == 200


@pytest.mark.parametrize("host", ["evil.example", "evil.example:8000", "localhost.evil.example", "192.168.1.20",
                                  "127.0.0.1.nip.io", "[fe80::1]:8000", "testserver"])
def test_a_foreign_host_gets_400(guarded: TestClient, host: str) -> None:
    page = guarded.get("/", headers={"Host": host})
    assert page.status_code == 400
    assert "is not one this server answers" in page.text and "--allow-host" in page.text
    assert "<script" not in page.text and page.headers["content-type"].startswith("text/plain")
    api = guarded.get("/api/articles", headers={"Host": host})
    assert api.status_code == 400 and "--allow-host" in api.json()["detail"]
    write = guarded.post("/api/actors/merge", headers={"Host": host, "X-Politika-Token": TOKEN},
                         json={"into": "a", "merged": "b"})
    assert write.status_code == 400  # refused before the token or the body is looked at


def test_host_names_are_parsed_without_port_and_brackets() -> None:
    assert host_name("[::1]:8000") == "::1" and host_name("News.Example.:80") == "news.example"
    assert loopback_hosts("0.0.0.0") == loopback_hosts()  # a wildcard is not a name anyone sends
    assert "192.168.1.5" in loopback_hosts("192.168.1.5") and "::1" in loopback_hosts("::", ["[::1]"])


def test_without_allowed_hosts_any_host_is_answered(web_db: str) -> None:
    with TestClient(create_app(web_db)) as client:
        assert client.get("/api/articles?limit=1", headers={"Host": "anything.example"}).status_code == 200


@pytest.mark.parametrize("path", ["/", "/search?q=sanctions", "/actors", "/api/articles", "/api/actors",
                                  "/openapi.json", "/network"])
def test_read_token_is_required_everywhere(shared: TestClient, path: str) -> None:
    shared.cookies.clear()
    refused = shared.get(path)
    assert refused.status_code == 401, path
    assert "read token" in refused.text and refused.headers["www-authenticate"].startswith("Bearer")
    assert shared.get(path, headers={READ_TOKEN_HEADER: "wrong"}).status_code == 401
    assert shared.get(path, headers={READ_TOKEN_HEADER: READ}).status_code == 200, path
    assert shared.get(path, headers={"Authorization": f"Bearer {READ}"}).status_code == 200, path


def test_static_files_need_no_token(shared: TestClient) -> None:
    shared.cookies.clear()
    assert shared.get("/static/explorer.css").status_code == 200


def test_a_browser_gives_the_token_once_and_keeps_it_in_a_cookie(shared: TestClient) -> None:
    shared.cookies.clear()
    page = shared.get("/")
    assert page.status_code == 401 and 'name="token"' in page.text  # a form to type it in
    assert shared.get("/search?q=sanctions&token=wrong").status_code == 401
    opened = shared.get(f"/search?q=sanctions&token={READ}", follow_redirects=False)
    assert opened.status_code == 303 and opened.headers["location"] == "/search?q=sanctions"  # token not kept in URL
    set_cookie = opened.headers["set-cookie"]
    assert f"{READ_COOKIE}={READ}" in set_cookie and "HttpOnly" in set_cookie and "samesite=lax" in set_cookie.lower()
    assert shared.get("/search?q=sanctions").status_code == 200  # the cookie now opens every page
    assert shared.get("/api/articles?limit=1").status_code == 200
    shared.cookies.clear()


def test_the_token_redirect_stays_on_this_server(shared: TestClient) -> None:
    shared.cookies.clear()
    opened = shared.get(f"http://politika.lan//evil.example/?token={READ}", follow_redirects=False)
    assert opened.status_code == 303 and opened.headers["location"] == "/evil.example/"
    shared.cookies.clear()


def test_api_takes_the_token_in_the_query_without_a_redirect(shared: TestClient) -> None:
    shared.cookies.clear()
    answer = shared.get(f"/api/articles?limit=1&token={READ}", follow_redirects=False)
    assert answer.status_code == 200 and len(answer.json()["items"]) == 1


def test_the_write_token_opens_reads_too_and_writes_still_need_it(shared: TestClient) -> None:
    shared.cookies.clear()
    assert shared.get("/api/articles?limit=1", headers={"X-Politika-Read-Token": TOKEN}).status_code == 200
    write = shared.post("/api/actors/merge", headers={READ_TOKEN_HEADER: READ}, json={"into": "a", "merged": "b"})
    assert write.status_code == 403  # past the read gate, stopped by the write token check


def test_the_warmer_passes_both_checks(web_db: str) -> None:
    app: FastAPI = create_app(web_db, read_token=READ, allowed_hosts=loopback_hosts())
    statuses = warm(app, ["/", "/network"])
    assert statuses == {"/": 200, "/network": 200}


def _serve(monkeypatch: pytest.MonkeyPatch, args: list[str]) -> tuple[Any, str]:
    import uvicorn

    apps: list[Any] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: apps.append(app))
    result = CliRunner().invoke(cli, ["serve", "--no-warm", *args])
    assert result.exit_code == 0, result.output
    return apps[0], result.output


def test_serve_checks_hosts_and_takes_allow_host_and_read_token(web_db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    app, output = _serve(monkeypatch, ["--db", web_db, "--token", "t", "--host", "0.0.0.0", "--allow-host",
                                       "news.internal", "--allow-host", "10.0.0.8", "--read-token", READ])
    assert "without --read-token" not in output and "answering the Host names" in output
    with TestClient(app, base_url="http://news.internal:8000") as client:
        assert client.get("/api/articles?limit=1", headers={READ_TOKEN_HEADER: READ}).status_code == 200
        assert client.get("/api/articles?limit=1").status_code == 401
        assert client.get("/", headers={"Host": "10.0.0.8:8000", READ_TOKEN_HEADER: READ}).status_code == 200
        assert client.get("/", headers={"Host": "attacker.example", READ_TOKEN_HEADER: READ}).status_code == 400
    default, _ = _serve(monkeypatch, ["--db", web_db, "--token", "t"])
    with TestClient(default, base_url="http://127.0.0.1:8000") as client:
        assert client.get("/api/articles?limit=1").status_code == 200  # no read token by default
        assert client.get("/", headers={"Host": "rebound.example:8000"}).status_code == 400
    monkeypatch.setenv("POLITIKA_READ_TOKEN", READ)
    anywhere, _ = _serve(monkeypatch, ["--db", web_db, "--token", "t", "--allow-host", "*"])
    with TestClient(anywhere, base_url="http://any.example") as client:
        assert client.get("/api/articles?limit=1").status_code == 401
        assert client.get("/api/articles?limit=1", headers={READ_TOKEN_HEADER: READ}).status_code == 200


def test_serve_warns_about_a_public_address_without_read_token(web_db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    _, output = _serve(monkeypatch, ["--db", web_db, "--host", "0.0.0.0"])
    assert "warning: binding 0.0.0.0 without --read-token" in output

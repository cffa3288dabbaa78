"""URL fetching reaches public addresses only (SSRF): after every redirect, for every DNS answer, pinned.

The local test server listens on 127.0.0.1. To play a public host, ``public.test`` resolves (through a
monkeypatched resolver) to the public address 93.184.216.34, and the socket layer below the guard turns a
connection to that address into one to the local server; what the guard checks and connects to is recorded.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterator
from pathlib import Path

import httpcore
import pytest
from click.testing import CliRunner

from politika.cli import cli
from politika.errors import FetchError
from politika.ingest import addresses
from politika.ingest.fetch import FetchOptions, fetch
from politika.jobs import IngestOptions, ingest
from politika.store import Store
from tests.httpserver import LocalServer, article_html, news_text, serve

PUBLIC = "93.184.216.34"


@pytest.fixture(scope="module")
def server() -> Iterator[LocalServer]:
    with serve() as running:
        yield running


class FakeNet:
    """A resolver (name → answers, taken in turn per lookup) and a record of what the guard connected to."""

    def __init__(self, server: LocalServer, monkeypatch: pytest.MonkeyPatch) -> None:
        self.port = int(server.base.rsplit(":", 1)[1])
        self.answers: dict[str, list[list[str]]] = {"public.test": [[PUBLIC]]}
        self.lookups: list[str] = []
        self.connected: list[str] = []
        real_resolve, real_connect = addresses.resolve, httpcore.SyncBackend.connect_tcp

        def resolve(host: str, port: int) -> list[str]:
            self.lookups.append(host)
            turns = self.answers.get(host)
            if not turns:
                return real_resolve(host, port)
            return turns.pop(0) if len(turns) > 1 else turns[0]

        def connect(backend: httpcore.SyncBackend, host: str, port: int, *args: object,
                    **kwargs: object) -> httpcore.NetworkStream:
            self.connected.append(host)
            return real_connect(backend, "127.0.0.1" if host == PUBLIC else host, port, *args, **kwargs)  # type: ignore

        monkeypatch.setattr(addresses, "resolve", resolve)
        monkeypatch.setattr(httpcore.SyncBackend, "connect_tcp", connect)

    def url(self, path: str) -> str:
        return f"http://public.test:{self.port}{path}"


@pytest.fixture
def net(server: LocalServer, monkeypatch: pytest.MonkeyPatch) -> FakeNet:
    return FakeNet(server, monkeypatch)


@pytest.mark.parametrize(("address", "why"), [
    ("127.0.0.1", "a loopback address"), ("127.8.9.10", "a loopback address"), ("::1", "a loopback address"),
    ("10.1.2.3", "a private address"), ("172.16.0.9", "a private address"), ("172.31.255.1", "a private address"),
    ("192.168.1.1", "a private address"), ("100.64.0.1", "a shared (carrier-grade NAT) address"),
    ("169.254.169.254", "a cloud metadata address"), ("fd00:ec2::254", "a cloud metadata address"),
    ("169.254.10.1", "a link-local address"), ("fe80::1", "a link-local address"),
    ("fd12:3456::1", "a unique-local address"), ("fc00::1", "a unique-local address"),
    ("0.0.0.0", "an unspecified address"), ("::", "an unspecified address"),
    ("224.0.0.251", "a multicast address"), ("ff02::1", "a multicast address"),
    ("::ffff:127.0.0.1", "a loopback address"), ("::ffff:10.0.0.1", "a private address"),
    ("2002:a9fe:a9fe::1", "a cloud metadata address"),  # 6to4 wrapping 169.254.169.254
    ("64:ff9b::7f00:1", "a loopback address"),  # NAT64 wrapping 127.0.0.1
    ("240.0.0.1", "a reserved address"), ("255.255.255.255", "a reserved address"),
])
def test_refusal_names_what_an_address_is(address: str, why: str) -> None:
    assert addresses.refusal(ipaddress.ip_address(address)) == why


@pytest.mark.parametrize("address", ["192.0.2.10", "198.18.0.1", "2001:db8::1", "::ffff:0:0"])
def test_documentation_and_benchmark_ranges_are_refused(address: str) -> None:
    assert addresses.refusal(ipaddress.ip_address(address)) is not None


@pytest.mark.parametrize("address", ["93.184.216.34", "8.8.8.8", "2606:4700::1111", "172.32.0.1", "100.128.0.1",
                                     "64:ff9b::808:808"])
def test_public_addresses_pass(address: str) -> None:
    assert addresses.refusal(ipaddress.ip_address(address)) is None


def test_loopback_url_is_refused_by_default_and_nothing_is_sent(server: LocalServer) -> None:
    before = len(server.paths)
    url = server.url("/article.html")
    with pytest.raises(FetchError) as info:
        fetch(url, FetchOptions(timeout=2))
    assert info.value.source == url
    assert info.value.reason == ("refused: 127.0.0.1 is a loopback address "
                                 "(pass --allow-private-hosts to fetch from a trusted intranet)")
    assert len(server.paths) == before


def test_allow_private_hosts_fetches_from_loopback(server: LocalServer) -> None:
    page = fetch(server.url("/article.html"), FetchOptions(timeout=2, allow_private_hosts=True))
    assert b"border treaty" in page.content


def test_public_host_is_fetched_from_the_checked_address_with_its_own_host_header(
        net: FakeNet, server: LocalServer) -> None:
    page = fetch(net.url("/article.html"), FetchOptions(timeout=2))
    assert b"border treaty" in page.content
    assert net.connected == [PUBLIC]  # the address checked, not the name (no second lookup to rebind)
    assert server.hosts[-1] == f"public.test:{net.port}"


def test_dns_rebinding_cannot_reach_loopback(net: FakeNet) -> None:
    # First answer public, every later one loopback: the connection goes to the address that was checked.
    net.answers["public.test"] = [[PUBLIC], ["127.0.0.1"]]
    fetch(net.url("/article.html"), FetchOptions(timeout=2))
    assert net.lookups == ["public.test"] and net.connected == [PUBLIC]


def test_redirect_to_loopback_is_refused(net: FakeNet, server: LocalServer) -> None:
    target = server.url("/article.html")
    url = net.url(f"/redirect?to={target}")
    before = len(server.paths)
    with pytest.raises(FetchError) as info:
        fetch(url, FetchOptions(timeout=2))
    assert info.value.source == url
    assert info.value.reason.startswith(f"redirected to {target}, refused: 127.0.0.1 is a loopback address")
    assert server.paths[before:] == [f"/redirect?to={target}"]  # the admin page was never asked for


def test_redirect_to_a_name_of_the_metadata_service_is_refused(net: FakeNet) -> None:
    net.answers["metadata.test"] = [["169.254.169.254"]]
    with pytest.raises(FetchError, match=r"refused: metadata\.test resolves to 169\.254\.169\.254, a cloud metadata"):
        fetch(net.url("/redirect?to=http://metadata.test/latest/meta-data/"), FetchOptions(timeout=2))


@pytest.mark.parametrize("answers", [["10.0.0.5"], ["fd00::7"], [PUBLIC, "192.168.0.10"], ["::1", PUBLIC]])
def test_a_name_with_any_private_answer_is_refused(net: FakeNet, answers: list[str]) -> None:
    net.answers["intranet.test"] = [answers]
    with pytest.raises(FetchError) as info:
        fetch(f"http://intranet.test:{net.port}/article.html", FetchOptions(timeout=2))
    assert info.value.reason.startswith("refused: intranet.test resolves to ")
    assert net.connected == []


def test_refused_url_is_recorded_and_the_batch_goes_on(tmp_path: Path, server: LocalServer) -> None:
    page = tmp_path / "good.html"
    page.write_text(article_html("Halden and Pravia agree on a fishing accord", news_text(5, 150)))
    with Store(str(tmp_path / "s.db")) as store:
        summary = ingest([server.url("/article.html"), str(page)], store,
                         IngestOptions(analyse=False, progress=False, timeout=2))
        assert (summary.stored, summary.failed) == (1, 1)
        assert summary.errors == [{"source": server.url("/article.html"), "kind": "fetch",
                                   "reason": summary.errors[0]["reason"]}]
        assert summary.errors[0]["reason"].startswith("refused: 127.0.0.1 is a loopback address")


def test_cli_refuses_then_allows_private_hosts(tmp_path: Path, server: LocalServer) -> None:
    db = str(tmp_path / "cli.db")
    url = server.url("/article.html")
    refused = CliRunner().invoke(cli, ["--db", db, "ingest", "--no-analyse", "-q", url])
    assert "1 failed" in refused.output
    shown = CliRunner().invoke(cli, ["--db", db, "ingest", "--no-analyse", url])
    assert f"error: {url}: refused: 127.0.0.1 is a loopback address" in shown.output
    allowed = CliRunner().invoke(cli, ["--db", db, "ingest", "--no-analyse", "--allow-private-hosts", url])
    assert allowed.exit_code == 0 and "ingested 1 new article(s)" in allowed.output, allowed.output


def _self_signed(folder: Path, name: str) -> tuple[Path, Path]:
    """A certificate for ``name`` that is its own CA, and its key, as PEM files."""
    import datetime

    x509 = pytest.importorskip("cryptography.x509")
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = datetime.datetime.now(datetime.UTC)
    cert = (x509.CertificateBuilder().subject_name(subject).issuer_name(subject).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - datetime.timedelta(days=1))
            .not_valid_after(now + datetime.timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName([x509.DNSName(name)]), critical=False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_path, key_path


def test_https_to_a_pinned_address_keeps_the_server_name_and_verifies_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import ssl

    cert, key = _self_signed(tmp_path, "public.test")
    names: list[str | None] = []
    server_tls = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server_tls.load_cert_chain(cert, key)

    def sni(sock: ssl.SSLObject, name: str | None, context: ssl.SSLContext) -> None:
        names.append(name)

    server_tls.sni_callback = sni
    client_tls = ssl.create_default_context(cafile=str(cert))
    monkeypatch.setattr(addresses, "default_tls_context", lambda: client_tls)
    with serve(tls=server_tls) as https:
        net = FakeNet(https, monkeypatch)
        page = fetch(f"https://public.test:{net.port}/article.html", FetchOptions(timeout=5))
        assert b"border treaty" in page.content
        assert net.connected == [PUBLIC] and names == ["public.test"]  # TLS server name: the URL's host
        assert https.hosts[-1] == f"public.test:{net.port}"
        # the certificate is checked against the URL's host, not the address connected to
        net.answers["other.test"] = [[PUBLIC]]
        with pytest.raises(FetchError, match=r"CERTIFICATE_VERIFY_FAILED|certificate"):
            fetch(f"https://other.test:{net.port}/article.html", FetchOptions(timeout=5))

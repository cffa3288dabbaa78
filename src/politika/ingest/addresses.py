"""Which addresses URL fetching may connect to: public ones only, unless the intranet is trusted (SSRF).

A URL source, a feed link or a redirect must not make politika read a private page (an intranet admin page,
the cloud metadata service at 169.254.169.254) into a store that others can search. Every connection goes
through :class:`GuardedBackend`: it resolves the host itself, refuses the connection when any of the addresses
the name resolves to is not public, and connects to an address it checked, so a DNS answer that changes between
the check and the connection (DNS rebinding) cannot reach a private address. The Host header and the TLS
server name stay those of the URL (httpx builds them from the URL, not from the socket).

>>> refusal(ipaddress.ip_address("10.0.0.7"))
'a private address'
>>> refusal(ipaddress.ip_address("93.184.216.34")) is None
True
"""

from __future__ import annotations

import functools
import ipaddress
import socket
import ssl
import threading
import typing

import httpcore
import httpx

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

ALLOW_HINT = "pass --allow-private-hosts to fetch from a trusted intranet"
# link-local or shared addresses, but worth naming: what an attacker is after
METADATA = {ipaddress.ip_address(a) for a in ("169.254.169.254", "fd00:ec2::254", "100.100.100.200",
                                              "169.254.170.2")}
SHARED = ipaddress.ip_network("100.64.0.0/10")
UNIQUE_LOCAL = ipaddress.ip_network("fc00::/7")
NAT64 = ipaddress.ip_network("64:ff9b::/96")  # an IPv6-only network's way to an IPv4 address (RFC 6052)


class RefusedAddress(Exception):
    """A connection to ``host`` was refused because it resolves to ``address``, which is ``why``."""

    def __init__(self, host: str, address: str, why: str) -> None:
        self.host, self.address, self.why = host, address, why
        named = f"{address} is" if host.strip("[]") == address else f"{host} resolves to {address},"
        super().__init__(f"refused: {named} {why} ({ALLOW_HINT})")


def refusal(address: IPAddress) -> str | None:
    """Why politika will not connect to ``address`` (``'a loopback address'``), or None for a public one."""
    if isinstance(address, ipaddress.IPv6Address):
        # an IPv4 address wrapped in IPv6 is judged as the IPv4 address it reaches
        embedded = address.ipv4_mapped or address.sixtofour or (address.teredo[1] if address.teredo else None)
        if embedded is None and address in NAT64:
            embedded = ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
        if embedded is not None:
            return refusal(embedded)
    if address in METADATA:
        return "a cloud metadata address"
    if address.is_unspecified:
        return "an unspecified address"
    if address.is_loopback:
        return "a loopback address"
    if address.is_link_local:
        return "a link-local address"
    if address.is_multicast:
        return "a multicast address"
    if isinstance(address, ipaddress.IPv6Address) and address in UNIQUE_LOCAL:
        return "a unique-local address"
    if isinstance(address, ipaddress.IPv4Address) and address in SHARED:
        return "a shared (carrier-grade NAT) address"
    if address.is_reserved:
        return "a reserved address"
    if address.is_private:
        return "a private address"
    if not address.is_global:
        return "not a public address"
    return None


def resolve(host: str, port: int) -> list[str]:
    """Every address ``host`` resolves to, in the resolver's order (an address literal gives itself)."""
    try:
        answers = socket.getaddrinfo(host.strip("[]"), port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise httpcore.ConnectError(f"cannot resolve {host} ({exc})") from exc
    addresses: list[str] = []
    for _family, _type, _proto, _name, sockaddr in answers:
        found = str(sockaddr[0]).split("%")[0]  # drop an IPv6 scope (fe80::1%eth0): refused anyway
        if found not in addresses:
            addresses.append(found)
    return addresses


def checked_addresses(host: str, port: int) -> list[str]:
    """The addresses of ``host``, all public, or :class:`RefusedAddress` naming the first that is not."""
    addresses = resolve(host, port)
    for address in addresses:
        why = refusal(ipaddress.ip_address(address))
        if why:
            raise RefusedAddress(host, address, why)
    if not addresses:
        raise httpcore.ConnectError(f"cannot resolve {host} (no addresses)")
    return addresses


class GuardedBackend(httpcore.SyncBackend):
    """httpcore's socket backend, connecting only to the checked public addresses of a host."""

    def connect_tcp(self, host: str, port: int, timeout: float | None = None, local_address: str | None = None,
                    socket_options: typing.Iterable[httpcore.SOCKET_OPTION] | None = None) -> httpcore.NetworkStream:
        last: Exception | None = None
        for address in checked_addresses(host, port):
            try:
                return super().connect_tcp(address, port, timeout, local_address, socket_options)
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                last = exc  # like socket.create_connection: try the next address
        assert last is not None
        raise last


_tls_lock = threading.Lock()


def default_tls_context() -> ssl.SSLContext:
    """httpx's default TLS context (certifi's roots), made once for all threads: it takes 0.17 s to load."""
    with _tls_lock:
        return _make_tls_context()


@functools.cache
def _make_tls_context() -> ssl.SSLContext:
    return httpx.create_ssl_context()


class GuardedTransport(httpx.HTTPTransport):
    """httpx's default transport (default TLS verification and limits) over a :class:`GuardedBackend`."""

    def __init__(self) -> None:
        # httpx takes no network backend, so its __init__ (which only builds the pool) is replaced by building
        # the pool with ours; every other method of HTTPTransport works on self._pool
        limits = httpx.Limits()
        self._pool = httpcore.ConnectionPool(
            ssl_context=default_tls_context(), max_connections=limits.max_connections,
            max_keepalive_connections=limits.max_keepalive_connections, keepalive_expiry=limits.keepalive_expiry,
            network_backend=GuardedBackend(),
        )


__all__ = ["GuardedBackend", "GuardedTransport", "RefusedAddress", "checked_addresses", "default_tls_context",
           "refusal", "resolve"]

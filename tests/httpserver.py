"""A local HTTP server for fetch tests (127.0.0.1 only), and invented news texts to serve and ingest.

>>> with serve() as server:
...     url = server.url("/article.html")
"""

from __future__ import annotations

import random
import socket
import ssl
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit
from xml.sax.saxutils import escape

SLOW_SECONDS = 3.0
BIG_BYTES = 3_000_000

# -- invented news text --------------------------------------------------------------------------------

_NAMES = ["Anna Berglund", "Tomas Vidal", "Leila Haddad", "Marek Novak", "Ines Carvalho", "Pieter de Vries",
          "Sofia Marin", "Jonas Eklund", "Amira Saleh", "Viktor Halas", "Clara Moreau", "Dmitri Orlov",
          "Hana Sato", "Oskar Lind", "Rosa Ferreira", "Emil Jansen", "Nadia Petrova", "Luca Bianchi"]
_ROLES = ["foreign minister", "prime minister", "defence minister", "opposition leader", "finance minister",
          "president", "trade commissioner", "interior minister", "speaker of parliament", "envoy"]
_COUNTRIES = ["Norland", "Estavia", "Corvana", "Baltria", "Meridia", "Valmont", "Ostrava Union", "Kestria",
              "Lunaria", "Dravonia", "Selmark", "Tirena", "Quorvia", "Halden", "Pravia", "Westmark"]
_CITIES = ["Aldport", "Brennick", "Castelmar", "Dunhaven", "Elmsford", "Farrow", "Glenmoor", "Harwick",
           "Istermund", "Jorvale", "Kingsreach", "Lowmere", "Marrowgate", "Northwick", "Orlen", "Pellham"]
_TOPICS = ["sanctions package", "energy agreement", "border treaty", "trade deal", "ceasefire plan",
           "budget reform", "grain corridor", "arms shipment", "election law", "pipeline project",
           "customs union", "security pact", "refugee quota", "fishing accord", "tariff dispute"]
_VERBS = ["criticised", "welcomed", "rejected", "delayed", "defended", "questioned", "endorsed", "postponed",
          "blocked", "signed", "announced", "condemned", "praised", "revised", "suspended"]
_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"]
_TEMPLATES = [
    "{name}, the {role} of {country}, {verb} the {topic} on {day} in {city}.",
    "Officials in {city} said the {topic} would be reviewed before the end of {month}.",
    "{name} told reporters that {country} had {verb} the {topic} after {n} hours of talks.",
    "Critics in {country} warned that the {topic} could cost {n} million euros by {month}.",
    "The {role} met counterparts from {country} in {city} and {verb} the latest {topic}.",
    "According to {name}, at least {n} delegates {verb} the draft of the {topic}.",
    "Lawmakers in {city} {verb} a motion on the {topic} by {n} votes to {m} on {day}.",
    "{country} {verb} the proposal, and {name} said a vote on the {topic} was expected in {month}.",
    "Protesters gathered outside the ministry in {city} on {day} as the {role} {verb} the {topic}.",
    "Diplomats from {country} said {name} had {verb} the {topic} during a call with the {role}.",
]


def news_text(seed: int, words: int = 300) -> str:
    """An invented political news text of about ``words`` words; different seeds give different texts."""
    rng = random.Random(seed)
    sentences: list[str] = []
    count = 0
    while count < words:
        sentence = rng.choice(_TEMPLATES).format(
            name=rng.choice(_NAMES), role=rng.choice(_ROLES), country=rng.choice(_COUNTRIES),
            city=rng.choice(_CITIES), topic=rng.choice(_TOPICS), verb=rng.choice(_VERBS),
            day=rng.choice(_WEEKDAYS), month=rng.choice(_MONTHS), n=rng.randint(3, 900), m=rng.randint(3, 900))
        sentences.append(sentence)
        count += len(sentence.split())
    paragraphs = [" ".join(sentences[i:i + 4]) for i in range(0, len(sentences), 4)]
    return "\n\n".join(paragraphs)


def article_html(title: str, text: str, *, url: str | None = None, author: str = "Anna Berglund",
                 date: str = "2024-07-12", charset: str | None = "utf-8", lang: str = "en") -> str:
    """A small news page with the usual metadata and ``text`` as the article body."""
    meta_charset = f'<meta charset="{charset}">' if charset else ""
    canonical = f'<link rel="canonical" href="{escape(url)}">' if url else ""
    paragraphs = "".join(f"<p>{escape(p)}</p>" for p in text.split("\n\n"))
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head>{meta_charset}<title>{escape(title)} | Test Ledger</title>'
        f'{canonical}<meta name="author" content="{escape(author)}">'
        f'<meta property="article:published_time" content="{date}T09:00:00Z">'
        f'<meta property="og:site_name" content="Test Ledger"></head><body>'
        f'<nav><a href="/">Home</a> <a href="/world">World</a></nav>'
        f"<article><h1>{escape(title)}</h1>{paragraphs}</article>"
        f"<footer>Copyright Test Ledger</footer></body></html>"
    )


def rss_feed(title: str, items: list[dict[str, str]]) -> str:
    """An RSS 2.0 feed; each item has ``title``, ``link`` and optionally ``content`` (full HTML text)."""
    parts = []
    for item in items:
        content = (f"<content:encoded><![CDATA[{item['content']}]]></content:encoded>"
                   if item.get("content") else "")
        parts.append(f"<item><title>{escape(item['title'])}</title><link>{escape(item['link'])}</link>"
                     f"<guid>{escape(item.get('guid', item['link']))}</guid>"
                     f"<pubDate>Fri, 12 Jul 2024 09:00:00 GMT</pubDate>{content}</item>")
    return ('<?xml version="1.0" encoding="utf-8"?><rss version="2.0" '
            'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
            f"<title>{escape(title)}</title><link>http://127.0.0.1/</link><description>Test</description>"
            + "".join(parts) + "</channel></rss>")


# -- the server ----------------------------------------------------------------------------------------


@dataclass
class LocalServer:
    base: str
    user_agents: list[str] = field(default_factory=list)
    paths: list[str] = field(default_factory=list)
    hosts: list[str] = field(default_factory=list)  # the Host header of each request

    def url(self, path: str) -> str:
        return self.base + path


def _page(number: int) -> bytes:
    return article_html(f"Talks on the {_TOPICS[number % len(_TOPICS)]} resume, part {number}",
                        news_text(1000 + number, 150)).encode()


def _routes(server: LocalServer) -> dict[str, tuple[int, str, bytes]]:
    feed = rss_feed("Linked Feed", [
        {"title": f"Linked story {n}", "link": server.url(f"/articles/{n}.html")} for n in (1, 2)
    ]).encode()
    return {
        "/article.html": (200, "text/html; charset=utf-8",
                          article_html("Estavia and Norland sign border treaty", news_text(7, 200),
                                       url=server.url("/article.html")).encode()),
        "/articles/1.html": (200, "text/html; charset=utf-8", _page(1)),
        "/articles/2.html": (200, "text/html; charset=utf-8", _page(2)),
        "/feed.xml": (200, "application/rss+xml; charset=utf-8", feed),
        "/doc.pdf": (200, "application/pdf", b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n"),
        "/image.png": (200, "image/png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64),
        "/pdf-as-html": (200, "text/html", b"%PDF-1.4\n" + b"\x00\x01\x02" * 100),
        "/notes.txt": (200, "text/plain; charset=utf-8",
                       ("# Quorvia parliament delays the election law\n\nBy Marek Novak\n\n12 July 2024\n\n"
                        + news_text(11, 120)).encode()),
    }


@contextmanager
def serve(tls: ssl.SSLContext | None = None) -> Iterator[LocalServer]:
    """Serve the test routes on 127.0.0.1 on a free port, in a daemon thread (HTTPS with a ``tls`` context)."""
    state = LocalServer(base="")

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: object) -> None:  # keep test output quiet
            pass

        def _send(self, status: int, content_type: str, body: bytes, length: bool = True) -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            if length:
                self.send_header("Content-Length", str(len(body)))
            else:
                self.send_header("Connection", "close")
            self.end_headers()
            with suppress(OSError):
                self.wfile.write(body)

        def do_GET(self) -> None:
            state.user_agents.append(self.headers.get("User-Agent", ""))
            state.paths.append(self.path)
            state.hosts.append(self.headers.get("Host", ""))
            path = self.path.split("?")[0]
            if path == "/slow":
                time.sleep(SLOW_SECONDS)
                self._send(200, "text/html", b"<html><body><p>too late</p></body></html>")
            elif path == "/drip":  # a byte at a time, each within the read timeout, forever-ish
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.send_header("Connection", "close")
                self.end_headers()
                with suppress(OSError):
                    for _ in range(int(SLOW_SECONDS / 0.25) * 2):
                        self.wfile.write(b"<p>.</p>")
                        self.wfile.flush()
                        time.sleep(0.25)
            elif path == "/redirect":  # /redirect?to=URL
                self.send_response(302)
                self.send_header("Location", parse_qs(urlsplit(self.path).query).get("to", ["/"])[0])
                self.send_header("Content-Length", "0")
                self.end_headers()
            elif path.startswith("/loop"):
                self.send_response(302)
                self.send_header("Location", "/loop-b" if path == "/loop-a" else "/loop-a")
                self.send_header("Content-Length", "0")
                self.end_headers()
            elif path == "/big":
                self._send(200, "text/html", b"<html><body>" + b"<p>word</p>" * (BIG_BYTES // 11) + b"</body></html>")
            elif path == "/big-unsized":  # no Content-Length: the cap must hold while streaming
                self._send(200, "text/html", b"<html><body>" + b"<p>word</p>" * (BIG_BYTES // 11), length=False)
            else:
                routes = _routes(state)
                if path in routes:
                    self._send(*routes[path])
                else:
                    self._send(404, "text/html", b"<html><body><h1>Not found</h1></body></html>")

    class QuietServer(ThreadingHTTPServer):
        daemon_threads = True

        def handle_error(self, request: object, client_address: object) -> None:
            pass  # clients that give up (timeouts, size caps) reset connections; that is the point

    httpd = QuietServer(("127.0.0.1", 0), Handler)
    if tls is not None:
        httpd.socket = tls.wrap_socket(httpd.socket, server_side=True)
    state.base = f"{'https' if tls else 'http'}://127.0.0.1:{httpd.server_address[1]}"
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        httpd.shutdown()
        httpd.server_close()


@contextmanager
def silent_server() -> Iterator[str]:
    """A base URL on 127.0.0.1 whose server accepts connections and never answers (a host that hangs)."""
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    listener.listen(128)  # the kernel completes the handshakes; nobody ever reads or writes
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    finally:
        listener.close()

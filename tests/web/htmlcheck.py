"""Find anything executable in an HTML page: scripts that are not ours, event handlers, javascript: URLs."""

from __future__ import annotations

from html.parser import HTMLParser

OUR_SCRIPTS = ("/static/",)
DATA_SCRIPT_TYPES = ("application/json",)
URL_ATTRIBUTES = ("href", "src", "action", "formaction", "xlink:href", "data")
SPARKLINE_ATTRIBUTES = {"class", "role", "aria-label", "width", "height", "viewbox"}


class _Finder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "script":
            src = values.get("src") or ""
            if not src.startswith(OUR_SCRIPTS) and values.get("type") not in DATA_SCRIPT_TYPES:
                self.problems.append(f"<script> not ours: {attrs}")
        if tag in ("iframe", "object", "embed", "svg", "img") and not _sparkline(tag, values):
            self.problems.append(f"<{tag}> in the page: {attrs}")
        for name, value in attrs:
            if name.startswith("on"):
                self.problems.append(f"event handler {name}={value!r} on <{tag}>")
            if name in URL_ATTRIBUTES and (value or "").strip().lower().startswith(("javascript:", "data:text")):
                self.problems.append(f"{name}={value!r} on <{tag}>")


def _sparkline(tag: str, values: dict[str, str | None]) -> bool:
    """The actor page's sparkline (web/routes/attention.py): an <svg> with exactly our attributes and no others
    (its handlers and URLs are still checked below); any other <svg> is reported."""
    return tag == "svg" and values.get("class") == "sparkline" and values.get("role") == "img" and \
        set(values) == SPARKLINE_ATTRIBUTES


def executable_parts(html: str) -> list[str]:
    """What in ``html`` could run code; empty when the page is clean."""
    finder = _Finder()
    finder.feed(html)
    finder.close()
    return finder.problems

"""Page metadata from JSON-LD, OpenGraph, meta tags, headline markup and byline markup.

Each field is taken from the most trusted place that has a usable value:

* title: the article's visible headline (``itemprop=headline``, an ``<h1>`` outside navigation, the one
  closest to the other title signals when there are several), then OpenGraph / JSON-LD / Twitter titles,
  then ``<title>`` with a `` | Site`` suffix or ``Site - `` prefix removed;
* authors: JSON-LD ``author`` persons, then author meta tags (``author``, ``article:author``, parsely,
  sailthru, Dublin Core, ``byl``), then byline markup (``rel=author``, ``itemprop=author``, links to author
  pages, ``class="byline"``); a publisher named as author only counts when no person is named anywhere;
* date: JSON-LD ``datePublished``, then publication-time meta tags.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Collection
from dataclasses import dataclass, field
from typing import Any

from lxml import etree
from lxml import html as lxml_html

from politika.ingest.dates import normalise_date, publisher_zone

_ARTICLE_TYPES = {
    "article", "newsarticle", "reportagenewsarticle", "opinionnewsarticle", "analysisnewsarticle",
    "backgroundnewsarticle", "reviewnewsarticle", "blogposting", "socialmediaposting", "liveblogposting",
    "scholarlyarticle", "techarticle", "report", "webpage",
}
_SITE_TYPES = {"website", "organization", "newsmediaorganization"}
_WS = re.compile(r"\s+")
_SEPARATORS = "|–—•:·»-"
_TRUNCATED = re.compile(r"(\.\.\.|…)\s*$")
# Containers whose names and links are not the article's own: navigation, teasers, comments.
_OUTSIDE = re.compile(r"related|recommend|sidebar|comment|footer|promo|newsletter|trending|popular|"
                      r"most-read|mostread|widget|teaser|\bnav|\bmenu", re.IGNORECASE)
_NAME_PREFIX = re.compile(r"^(?:(?:view|see) (?:all )?(?:posts|articles|stories) by|(?:posted|written|"
                          r"reported|words|story|text|photos and story|compiled) by|by|von|par|por|di|"
                          r"author|authors|autor|auteur)\s*[:\-]?\s+", re.IGNORECASE)
_MONTHS = re.compile(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d|"
                     r"^(january|february|march|april|june|july|august|september|october|november|"
                     r"december)\b", re.IGNORECASE)
_CREDENTIALS = re.compile(r"^(?:ph\.?\s?d\.?|m\.?d\.?|ms|m\.?s\.?|mph|rdn|rd|ld|cdn|mba|esq\.?|rn|dds|"
                          r"do|cpt|ret\.?|phd)$", re.IGNORECASE)
_ORG_WORDS = re.compile(r"\b(news|press|media|times|post|daily|journal|report|reporter|staff|team|desk|"
                        r"editors?|editorial|associated|reuters|agency|network|magazine|tribune|gazette|"
                        r"herald|online|digital|sponsored|contributor|correspondent|writer|wire|service|"
                        r"group|inc|ltd|llc|university|institute|school|author|authors|columnist|updated|"
                        r"published|about|officer|chief|head|director|president|manager|founder|ceo|cto|"
                        r"professor|senior|executive|analyst|photographer|photos?|video|\w+\.(?:com|org|net|co))\b",
                        re.IGNORECASE)
_NOT_NAMES = {"by", "and", "more", "follow", "share", "view", "profile", "bio", "email", "twitter", "x",
              "facebook", "linkedin", "instagram", "contact", "read", "menu", "home", "the"}


@dataclass
class PageMetadata:
    """What a page says about itself, each field from the most trusted place that had it."""

    title: str | None = None
    headline_candidates: list[str] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    date: str | None = None
    site: str | None = None
    canonical_url: str | None = None
    language: str | None = None
    section: str | None = None
    description: str | None = None
    schema_types: list[str] = field(default_factory=list)
    article_body: str | None = None
    organisation_authors: list[str] = field(default_factory=list)


def clean(text: str | None) -> str | None:
    """Collapse whitespace and undo HTML entities left in JSON-LD and attributes (``&#039;`` → ``'``)."""
    if text is None:
        return None
    text = str(text)
    if "&" in text:
        text = html.unescape(html.unescape(text))
    text = _WS.sub(" ", text).strip()
    return text or None


def _jsonld_objects(tree: Any) -> list[dict[str, Any]]:
    objects: list[dict[str, Any]] = []
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        raw = (script.text or "").strip()
        if not raw:
            continue
        try:
            data = json.loads(raw)
        except json.JSONDecodeError:
            try:  # pages often leave control characters or trailing commas in JSON-LD
                data = json.loads(re.sub(r",\s*([}\]])", r"\1", raw.replace("\n", " ")), strict=False)
            except json.JSONDecodeError:
                continue
        stack = data if isinstance(data, list) else [data]
        while stack:
            item = stack.pop(0)
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                objects.append(item)
                if "@graph" in item:
                    graph = item["@graph"]
                    stack.extend(graph if isinstance(graph, list) else [graph])
    return objects


def _types(obj: dict[str, Any]) -> list[str]:
    value = obj.get("@type", [])
    return [str(v) for v in (value if isinstance(value, list) else [value])]


def _names(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, list):
        return [n for v in value for n in _names(v)]
    if isinstance(value, dict):
        name = value.get("name")
        if isinstance(name, list):
            return [c for c in (clean(str(n)) for n in name if n) if c]
        cleaned = clean(str(name)) if name else None
        return [cleaned] if cleaned else []
    text = clean(str(value))
    return [text] if text else []


def _jsonld_authors(value: Any) -> tuple[list[str], list[str]]:
    """Person names and organisation names of a JSON-LD ``author`` value."""
    people: list[str] = []
    organisations: list[str] = []
    for item in value if isinstance(value, list) else [value]:
        if item is None:
            continue
        kinds = {t.lower() for t in _types(item)} if isinstance(item, dict) else set()
        target = organisations if kinds & {"organization", "newsmediaorganization", "corporation"} else people
        target.extend(_names(item))
    return people, organisations


def _meta_index(tree: Any) -> dict[str, list[str]]:
    """Every ``<meta>`` content by its property / name / itemprop, read in one pass over the tree."""
    index: dict[str, list[str]] = {}
    for element in tree.iter("meta"):
        content = clean(element.get("content"))
        if not content:
            continue
        for attr in ("property", "name", "itemprop"):
            key = element.get(attr)
            if key:
                values = index.setdefault(key, [])
                if content not in values:
                    values.append(content)
    return index


def _meta(index: dict[str, list[str]], *keys: str) -> str | None:
    for key in keys:
        if index.get(key):
            return index[key][0]
    return None


def _metas(index: dict[str, list[str]], *keys: str) -> list[str]:
    values: list[str] = []
    for key in keys:
        values.extend(v for v in index.get(key, []) if v not in values)
    return values


# --------------------------------------------------------------------------- names


def site_key(text: str) -> str:
    text = re.sub(r"^(the|www)\W+", "", text.casefold().strip())
    return re.sub(r"\W+|(\.(com|org|net|co\.uk))$", "", text)


def looks_like_person(name: str) -> bool:
    """A plausible person name: 1-5 words with letters, no digits, handles, dates or organisation words."""
    words = name.split()
    if not 1 <= len(words) <= 5 or len(name) > 60:
        return False
    if re.search(r"\d|@|https?:|www\.|[<>{}=/|]", name) or _MONTHS.search(name):
        return False
    if name.casefold() in _NOT_NAMES or not name[:1].isupper() or words[0].casefold() == "the":
        return False
    if len(words) == 1 and ("." in name or name.isupper()):
        return False
    return not _ORG_WORDS.search(name)


def split_names(raw: str, site_keys: Collection[str] = ()) -> list[str]:
    """Person names in one author string: ``"By Jane Doe and John Roe, Example News"`` → both people.

    A part after a comma is kept only when it is itself a person's name: ``"Terry Pluto, cleveland.com"``
    and ``"Lauren Manaker MS, RDN"`` give one name, ``"Madison Czopek, Katie Sanders"`` gives two.
    """
    text = clean(raw) or ""
    text = re.split(r"\s+[|•·]\s+|\s+[–—]\s+|\s+-\s+|\|", text)[0]
    text = _NAME_PREFIX.sub("", text).strip(" ,;:-–—")
    parts = [p.strip(" .,;:") if p.strip().endswith(",") else p.strip(" ,;:")
             for p in re.split(r"\s*;\s*|\s*,\s*|\s+and\s+|\s+&\s+|\s+und\s+|\s+et\s+|\s+y\s+", text)]
    if len(parts) > 1 and not parts[0]:
        return []  # ", Example Gazette": the name before the outlet is missing
    names: list[str] = []
    for index, part in enumerate(parts):
        if not part or "@" in part:
            continue
        part = re.sub(r"\s+(?:The\s+[A-Z].*|(?:Published|Updated|Posted|Link Copied)\b.*)$", "", part)
        words = part.split()
        while words and _CREDENTIALS.match(words[-1]) and len(words) > 1:
            words.pop()
        part = " ".join(words)
        if _CREDENTIALS.match(part) or site_key(part) in site_keys:
            continue
        if index and not (looks_like_person(part) and len(part.split()) >= 2):
            continue  # "Name, Outlet" or "Name, Job title": keep only the person
        if looks_like_person(part):
            names.append(part)
    return names


# --------------------------------------------------------------------------- markup


def _outside_article(element: Any) -> bool:
    for ancestor in element.iterancestors():
        tag = ancestor.tag if isinstance(ancestor.tag, str) else ""
        if tag in ("nav", "footer", "aside"):
            return True
        if tag in ("article", "main", "body"):
            return False
        marker = (ancestor.get("class") or "") + " " + (ancestor.get("id") or "")
        if _OUTSIDE.search(marker):
            return True
    return False


def _text(element: Any) -> str:
    return clean(element.text_content()) or ""


def _spaced_text(element: Any) -> str:
    """Text with a space between elements, so that ``<b>By</b><a>Jane Doe</a>`` reads ``By Jane Doe``."""
    return clean(" ".join(element.itertext())) or ""


_BYLINE_XPATH = etree.XPath(
    '//*[@rel="author" or @itemprop="author"] '
    '| //a[re:test(@href, "/(author|authors|writer|writers|staff|profile|profiles|contributor|contributors|'
    'journalist|journalists|reporter|reporters|people|by)/[^/?#]+", "i")] '
    '| //*[re:test(@class, "byline|author", "i")]',
    namespaces={"re": "http://exslt.org/regular-expressions"},
)


def _byline_names(tree: Any, site_keys: set[str]) -> list[str]:
    """Names in the first byline of the page and in the byline elements next to it."""
    found: list[str] = []
    container: Any = None
    for element in _BYLINE_XPATH(tree):
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag in ("script", "style", "meta", "link", "body", "html", "article", "main", "img"):
            continue
        if container is not None and element is not container and container not in element.iterancestors():
            break  # past the first byline block: the rest of the page is not the byline
        strong = bool(element.get("rel") == "author" or element.get("itemprop") == "author" or tag == "a")
        if element.get("itemprop") == "author":
            named = element.xpath('.//*[@itemprop="name"]')
            text = (named[0].get("content") or _spaced_text(named[0])) if named else (
                element.get("content") or _spaced_text(element))
        else:
            text = _spaced_text(element)
        if len(text) > 120:
            continue  # a whole author box with a biography, not a byline
        if not strong and not re.match(r"(?i)by\b", text):
            continue  # class="author..." boxes hold avatars, bios and follow buttons; "By ..." lines are bylines
        names = split_names(text, site_keys)
        if names and (container is not None or not _outside_article(element)):
            found.extend(n for n in names if n.casefold() not in {x.casefold() for x in found})
            if container is None:
                container = element
                for _ in range(4):  # widen to the byline block: the largest ancestor still a short line
                    parent = container.getparent()
                    if parent is None or len(_text(parent)) > 160:
                        break
                    container = parent
    return found


def _headline_elements(tree: Any) -> list[str]:
    texts: list[str] = []
    for element in tree.xpath('//*[@itemprop="headline" and not(self::meta)] | //h1'):
        text = _text(element)
        if text and 2 <= len(text) <= 300 and not _outside_article(element) and text not in texts:
            texts.append(text)
    return texts


def _tokens(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.casefold()))


def _similarity(a: str, b: str) -> float:
    ta, tb = _tokens(a), _tokens(b)
    return len(ta & tb) / len(ta | tb) if ta and tb else 0.0


def strip_site(title: str, site_keys: set[str]) -> str:
    """Drop a `` | Site`` suffix or ``Site - `` prefix naming the site (or, for ``<title>``, any short one)."""
    pattern = rf"\s+[{re.escape(_SEPARATORS)}]\s+"
    parts = re.split(f"({pattern})", title)
    if len(parts) < 3:
        return title
    segments = parts[0::2]
    kept = [s for s in segments if site_key(s) not in site_keys]
    if len(kept) == len(segments):
        return title
    separators = parts[1::2]
    out = kept[0]
    for seg in kept[1:]:
        out += separators[segments.index(seg) - 1] + seg
    return out.strip() or title


def _is_site_label(text: str, site_keys: set[str]) -> bool:
    """A logo or masthead in an ``<h1>``: the site's name, maybe with a word or two around it."""
    key = site_key(text)
    return key in site_keys or (len(text.split()) <= 4 and any(k and k in key for k in site_keys))


def _drop_kicker(headline: str, references: list[str]) -> str:
    """``"Opinion | Title | Editorial"`` → ``"Title"``; ``"Opinion Title"`` → ``"Title"`` when a meta title says so."""
    for reference in references:
        ref = _WS.sub(" ", reference).strip()
        if len(ref.split()) >= 3 and ref != headline and ref in headline and len(ref) >= 0.6 * len(headline):
            return ref
    segments = [s.strip() for s in re.split(r"\s+\|\s+", headline)]
    long = [s for s in segments if len(s.split()) >= 4]
    if len(segments) > 1 and len(long) == 1 and all(len(s.split()) <= 2 for s in segments if s is not long[0]):
        return long[0]
    return headline


def _drop_short_suffix(title: str) -> str:
    """``"Title | CBC News"`` → ``"Title"`` when the last ``|`` segment is short and the rest is long."""
    head, sep, tail = title.rpartition(" | ")
    if sep and len(tail.split()) <= 4 and len(head.split()) >= 4:
        return head.strip()
    return title


def choose_title(headlines: list[str], meta_titles: list[str], title_tag: str | None,
                 site_keys: set[str]) -> str | None:
    """The article's headline: visible headline markup first, then meta titles, then ``<title>``."""
    references = [strip_site(t, site_keys) for t in [*meta_titles, title_tag] if t]
    usable = [h for h in headlines if not _is_site_label(h, site_keys) and len(h.split()) >= 2]
    if usable:
        best = usable[0]
        if len(usable) > 1 and references:
            best = max(usable, key=lambda h: max(_similarity(h, r) for r in references))
        return _drop_kicker(best, references)
    candidates = [_drop_short_suffix(strip_site(t, site_keys)) for t in [*meta_titles, title_tag] if t]
    for candidate in candidates:
        if _TRUNCATED.search(candidate):
            prefix = _TRUNCATED.sub("", candidate).strip()
            longer = [c for c in candidates if c != candidate and c.startswith(prefix)]
            if longer:
                return longer[0]
        return candidate
    return None


# --------------------------------------------------------------------------- the page


def read_metadata(tree: Any, url: str | None = None) -> PageMetadata:
    """Read metadata from a parsed lxml tree of the page (the tree is not changed)."""
    meta = PageMetadata()
    index = _meta_index(tree)
    html_lang = tree.xpath("/html/@lang")
    locale = _meta(index, "og:locale") or (clean(html_lang[0]) if html_lang else None)
    canonical = tree.xpath('//link[@rel="canonical"]/@href')
    meta.canonical_url = clean(canonical[0]) if canonical else _meta(index, "og:url")
    zone = publisher_zone(meta.canonical_url or url, locale)
    article_objs: list[dict[str, Any]] = []
    site_names: list[str] = []
    for obj in _jsonld_objects(tree):
        types = [t.lower() for t in _types(obj)]
        if any(t in _SITE_TYPES for t in types):
            site_names.extend(_names(obj)[:1])
        if any(t in _ARTICLE_TYPES and t != "webpage" for t in types):
            article_objs.append(obj)
    ld_title: str | None = None
    ld_people: list[str] = []
    ld_orgs: list[str] = []
    if article_objs:
        main = article_objs[0]
        meta.schema_types = _types(main)
        ld_title = clean(main.get("headline")) or clean(main.get("name"))
        meta.date = normalise_date(main.get("datePublished") or main.get("dateCreated"), zone)
        publisher = _names(main.get("publisher"))
        meta.site = publisher[0] if publisher else None
        site_names.extend(publisher[:1])
        section = main.get("articleSection")
        if isinstance(section, list):
            section = section[0] if section else None
        meta.section = clean(section) if isinstance(section, str) else None
        meta.description = clean(main.get("description"))
        lang = main.get("inLanguage")
        meta.language = clean(lang if isinstance(lang, str) else None)
        for obj in article_objs:
            body = obj.get("articleBody")
            if isinstance(body, str) and body.strip() and not meta.article_body:
                meta.article_body = html.unescape(body.strip())
            people, orgs = _jsonld_authors(obj.get("author"))
            if people and not ld_people:
                ld_people = people
            ld_orgs = ld_orgs or orgs
    og_site = _meta(index, "og:site_name", "application-name")
    meta.site = meta.site or og_site or (site_names[0] if site_names else None)
    site_keys = {site_key(s) for s in [*site_names, og_site] if s} - {""}

    og_title = _meta(index, "og:title")
    twitter_title = _meta(index, "twitter:title")
    title_tag = clean(tree.findtext(".//title"))
    headlines = _headline_elements(tree)
    meta_titles = [t for t in (og_title, ld_title, twitter_title) if t]
    meta.headline_candidates = [*headlines, *meta_titles, *([title_tag] if title_tag else [])]
    meta.title = choose_title(headlines, meta_titles, title_tag, site_keys)

    meta.authors, meta.organisation_authors = _read_authors(tree, index, ld_people, ld_orgs, site_keys)
    meta.date = meta.date or normalise_date(
        _meta(index, "article:published_time", "datePublished", "pubdate", "publishdate", "date",
              "dc.date", "DC.date.issued", "sailthru.date", "parsely-pub-date"), zone
    )
    meta.language = meta.language or _meta(index, "og:locale", "language", "content-language") or (
        clean(html_lang[0]) if html_lang else None)
    if meta.language:
        meta.language = meta.language.replace("_", "-").split("-")[0].lower()
    meta.section = meta.section or _meta(index, "article:section", "section", "parsely-section")
    meta.description = meta.description or _meta(index, "description", "og:description", "twitter:description")
    return meta


def _read_authors(tree: Any, index: dict[str, list[str]], ld_people: list[str], ld_orgs: list[str],
                  site_keys: set[str]) -> tuple[list[str], list[str]]:
    """Person authors from the first source that names one, and organisations named as authors."""
    organisations = [n for n in ld_orgs if n]
    meta_values = [v for v in _metas(index, "author", "article:author", "parsely-author", "sailthru.author",
                                     "dc.creator", "DC.creator", "byl", "citation_author")
                   if not v.startswith("http")]
    sources: list[list[str]] = [
        [n for raw in ld_people for n in split_names(raw, site_keys)],
        [n for raw in meta_values for n in split_names(raw, site_keys)],
    ]
    for names in sources:
        if len(names) == 1:
            return names, organisations
        if names:
            byline = _byline_names(tree, site_keys)
            # Structured data often lists photographers and editors too: keep those the visible byline
            # names, when it names any of them.
            visible = {n.casefold() for n in byline}
            shown = [n for n in names if n.casefold() in visible]
            return _unique(shown or names), organisations
    byline = _byline_names(tree, site_keys)
    if byline:
        return _unique(byline), organisations
    # Only an organisation (often the site itself) is named: report it as the author.
    organisations.extend(n for raw in [*ld_people, *meta_values] for n in [clean(raw) or ""] if n)
    return [], _unique([n for n in organisations if site_key(n) not in site_keys and not _is_handle(n)])


def _is_handle(name: str) -> bool:
    return bool(re.search(r"@|https?:|www\.|^\W|\W$", name)) or (" " not in name and bool(re.search(r"[\d._]", name)))


def _unique(names: list[str]) -> list[str]:
    """Names without repeats; ``"Jane Doe Example Times"`` goes when ``"Jane Doe"`` is there too."""
    keys = [n.casefold() for n in names]
    out: list[str] = []
    for name, key in zip(names, keys, strict=True):
        longer_form = any(other != key and key.startswith(other + " ") for other in keys)
        if not longer_form and key not in {o.casefold() for o in out}:
            out.append(name)
    return out


def parse_html(text: str) -> Any:
    """Parse HTML into an lxml tree, tolerating what browsers tolerate."""
    if text.lstrip().startswith("<?xml"):
        text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text)
    return lxml_html.document_fromstring(text)

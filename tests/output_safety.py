"""Independent checks of a build's outputs: every file parses, and no HTML a reader renders
holds anything active once parsed as a browser parses it (html5lib), never by regex."""

from __future__ import annotations

import json
import re
from pathlib import Path

import feedparser
import html5lib
from icalendar import Calendar
from lxml import etree

CONTENT_NS = "{http://purl.org/rss/1.0/modules/content/}encoded"
ATOM = "{http://www.w3.org/2005/Atom}"
# Elements that run code, load documents or change how the page around them behaves.
ACTIVE_ELEMENTS = {
    "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "base",
    "form", "input", "button", "textarea", "select", "meta", "link", "svg", "math",
    "template", "noscript", "portal",
}  # fmt: skip
URL_ATTRIBUTES = {
    "href", "src", "action", "formaction", "xlink:href", "srcset", "poster", "background",
    "cite", "data", "longdesc", "usemap", "dynsrc", "lowsrc", "ping",
}  # fmt: skip
BAD_SCHEMES = ("javascript:", "vbscript:", "data:")
# What a browser ignores in a URL before reading its scheme (WHATWG URL: C0 controls and
# space at the ends, tab and newline anywhere).
_URL_IGNORED = re.compile(r"[\x00-\x20]")


def _json_data_block(element) -> bool:
    """A ``<script type="application/ld+json">`` whose whole text is JSON (not run)."""
    if element.attrib.get("type", "").strip().lower() != "application/ld+json":
        return False
    try:
        json.loads(element.text or "")
    except ValueError:
        return False
    return True


def active_parts(html: str, *, page: bool = False) -> list[str]:
    """What in ``html`` a browser would run or load as code: elements, ``on*`` handlers,
    ``style`` attributes, and ``javascript:``/``vbscript:``/``data:`` URLs; and comments."""
    parse = html5lib.parse if page else html5lib.parseFragment
    tree = parse(html, treebuilder="etree", namespaceHTMLElements=False)
    found = []
    for element in tree.iter():
        if not isinstance(element.tag, str):
            found.append("<!-- -->")  # comments are never published
            continue
        tag = element.tag.rsplit("}", 1)[-1].lower()
        if page and tag == "script" and _json_data_block(element):
            continue  # JSON-LD: a data block browsers never run
        if tag in ACTIVE_ELEMENTS and not (page and tag in ("style", "meta", "link")):
            found.append(f"<{tag}>")
        for name, value in element.attrib.items():
            name = name.rsplit("}", 1)[-1].lower() if name.startswith("{") else name.lower()
            if name.startswith("on"):
                found.append(f"<{tag} {name}>")
            if name == "style" and not page:
                found.append(f"<{tag} style>")
            if name in URL_ATTRIBUTES or name.endswith("href"):
                url = _URL_IGNORED.sub("", value).lower()
                if url.startswith(BAD_SCHEMES):
                    found.append(f"<{tag} {name}={value!r}>")
    return found


def html_payloads(out: Path) -> dict[str, list[str]]:
    """Every HTML fragment a reader renders, by file: RSS ``content:encoded`` and
    ``description``, Atom ``content``/``summary`` of type html, JSON Feed ``content_html``."""
    found: dict[str, list[str]] = {}
    for path in sorted(out.glob("*.xml")):
        root = etree.parse(str(path)).getroot()
        if root.tag == "rss":
            items = root.iter("item")
            found[path.name] = [
                el.text or ""
                for item in items
                for el in item
                if el.tag in (CONTENT_NS, "description")
            ]
        else:
            found[path.name] = [
                el.text or ""
                for el in root.iter(f"{ATOM}content", f"{ATOM}summary")
                if el.get("type") in ("html", "xhtml")
            ]
    feed = json.loads((out / "feed.json").read_text(encoding="utf-8"))
    found["feed.json"] = [item.get("content_html", "") for item in feed["items"]]
    return found


def html_pages(out: Path) -> dict[str, str]:
    """The HTML files themselves (``subscribe.html``, ``feeds-head.html``)."""
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(out.glob("*.html"))}


def published_links(out: Path) -> dict[str, list[str]]:
    """The item links readers and calendars open: RSS ``<link>``, Atom ``<link href>``,
    JSON Feed ``url``, iCalendar ``URL``."""
    found: dict[str, list[str]] = {}
    for path in sorted(out.glob("*.xml")):
        root = etree.parse(str(path)).getroot()
        if root.tag == "rss":
            found[path.name] = [el.text or "" for el in root.iter("link")]
        else:
            found[path.name] = [el.get("href", "") for el in root.iter(f"{ATOM}link")]
    feed = json.loads((out / "feed.json").read_text(encoding="utf-8"))
    found["feed.json"] = [item.get("url", "") for item in feed["items"]]
    calendar = Calendar.from_ical((out / "talks.ics").read_bytes())
    found["talks.ics"] = [str(e["URL"]) for e in calendar.walk("VEVENT") if "URL" in e]
    return found


def unsafe_outputs(out: Path) -> list[str]:
    """Every active part found in any HTML a reader or browser renders, and every link
    with a scripting or ``data:`` scheme, with its file."""
    found = []
    for name, urls in published_links(out).items():
        bad = [u for u in urls if _URL_IGNORED.sub("", u).lower().startswith(BAD_SCHEMES)]
        found += [f"{name}: link {url!r}" for url in bad]
    for name, fragments in html_payloads(out).items():
        for fragment in fragments:
            found += [f"{name}: {part}" for part in active_parts(fragment)]
    for name, text in html_pages(out).items():
        found += [f"{name}: {part}" for part in active_parts(text, page=True)]
    return found


def snapshot(out: Path) -> dict[str, bytes]:
    """Every file under ``out`` (sub-folders too) by its relative path."""
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}


def assert_outputs_parse(out: Path) -> None:
    """Each output parses with an independent, strict parser."""
    names = {p.name for p in out.iterdir() if not p.name.startswith(".")}
    assert {"feed.xml", "atom.xml", "feed.json", "talks.ics"} <= names, names
    strict = etree.XMLParser(recover=False, resolve_entities=False)
    for path in sorted(out.glob("*.xml")) + sorted(out.glob("*.xsl")):
        etree.parse(str(path), strict)
        if path.suffix == ".xml":
            parsed = feedparser.parse(path.read_bytes())
            assert parsed.bozo == 0, (path.name, parsed.get("bozo_exception"))
    json.loads((out / "feed.json").read_text(encoding="utf-8"))
    Calendar.from_ical((out / "talks.ics").read_bytes())
    for text in html_pages(out).values():
        html5lib.HTMLParser(strict=False).parse(text)

"""An item's links and its HTML: every address resolved against the site's URL."""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import urljoin

from ..model import Link
from ..text import squash
from .inline import Flat
from .markdown import markdown, safe_html
from .page import RawItem
from .safe_render import safe_render

ATTACHMENT_WORDS = {
    "slides", "video", "videos", "recording", "poster", "code", "pdf", "talk slides",
    "youtube", "bibtex", "bib", "demo", "data", "dataset", "notes", "handout",
}  # fmt: skip


def item_links(flat: Flat, site_root: str) -> list[Link]:
    """The links of an item, absolute; one in brackets (``[[PDF](…)]``) or named as a file
    (``PDF``, ``Slides``) is an attachment, named by its word."""
    links: list[Link] = []
    for span in flat.links:
        label = squash(flat.link_text(span))
        bracketed = (
            span.start > 0
            and flat.text[span.start - 1] == "["
            and flat.text[span.end : span.end + 1] == "]"
        )
        attachment = label.lower() if bracketed or label.lower() in ATTACHMENT_WORDS else None
        links.append(Link(label, absolute(span.href, site_root), attachment, span.href))
    return links


@lru_cache(maxsize=256)  # each link is made absolute twice: in the links, in the HTML
def absolute(href: str, site_root: str) -> str:
    """``href`` resolved against the site URL (unchanged when there is none)."""
    href = href.strip()
    if not site_root or _SCHEME.match(href):
        return href
    return urljoin(site_root, href)


_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*:", re.I)


def item_html(raw: RawItem, site_root: str) -> str:
    """The item rendered to HTML with absolute links, sanitised as a whole."""
    for tok in raw.tokens:
        for child in tok.children or ():
            if child.type == "link_open" and "href" in child.attrs:
                child.attrs["href"] = absolute(str(child.attrs["href"]), site_root)
            elif child.type == "image" and "src" in child.attrs:
                child.attrs["src"] = absolute(str(child.attrs["src"]), site_root)
    md = markdown()
    html = safe_render(raw.tokens, md.renderer, md.options)  # the common item, in one pass
    if html is None:
        html = safe_html(md.renderer.render(raw.tokens, md.options, {}))
    return html.strip()

"""Links kept in a structured field of a news entry or page: Zola's ``links = [{ label
= 'Paper', url = 'https://arxiv.org/abs/…' }]``, Hugo front matter's ``links: [{text:
arXiv, url: …}]`` (``name``/``title``; ``href``/``link``), or a list of addresses. The
template shows them beside the item as a row of buttons, so they are the item's links
(attachments named by their label): an arXiv one is the item's paper.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urljoin

from ..arxiv_ids import unique_ids
from ..model import Item, Link
from ..parse.markdown import safe_url, strip_tags

LABEL_KEYS = ("label", "name", "text", "title")
URL_KEYS = ("url", "href", "link")
MAX_LINKS = 50


def link_label(entry: dict[Any, Any]) -> str:
    """The label of a link mapping (``label``, ``name``, ``text``, ``title``)."""
    return next((_plain(entry[k]) for k in LABEL_KEYS if _plain(entry.get(k))), "")


def field_links(value: Any, base: str) -> list[Link]:
    """The links of a ``links`` field (relative ones against ``base``)."""
    entries = value if isinstance(value, list) else [value] if isinstance(value, dict) else []
    links = []
    for entry in entries[:MAX_LINKS]:
        if isinstance(entry, str):
            label, href = "", entry.strip()
        elif isinstance(entry, dict):
            label = link_label(entry)
            href = next((_plain(entry[k]) for k in URL_KEYS if _plain(entry.get(k))), "")
        else:
            continue
        url = urljoin(base, href) if href else ""
        if url and safe_url(url) and url.startswith(("http://", "https://", "/")):
            links.append(Link(label or url, url, (label or "link").lower(), href))
    return links


def add_field_links(event: Item, value: Any, base: str) -> None:
    """Give ``event`` the links of its ``links`` field that it lacks, and their arXiv ids."""
    links = field_links(value, base)
    add_arxiv(event, links)
    add_links(event, links)


def add_arxiv(event: Item, links: list[Link]) -> None:
    """The arXiv ids of ``links`` are ``event``'s too (before it is typed: a paper)."""
    event.arxiv = list(dict.fromkeys([*event.arxiv, *unique_ids(link.url for link in links)]))


def add_links(event: Item, links: list[Link]) -> None:
    """``links`` that ``event`` lacks, after it (after it is typed: buttons beside the
    words, whose labels, ``Paper``, ``科研費``, never hide the words that type it)."""
    known = {link.url for link in event.links}
    event.links += [link for link in links if link.url not in known]


def _plain(value: Any) -> str:
    if not isinstance(value, str | int | float) or isinstance(value, bool):
        return ""
    return strip_tags(str(value)).strip()

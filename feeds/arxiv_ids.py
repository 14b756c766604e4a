"""arXiv identifiers found in links: new-style (``2211.00799``) and old-style (``math/0601001``)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import urlsplit

_NEW = r"\d{4}\.\d{4,5}"
_OLD = r"[a-z][a-z\-]+(?:\.[A-Z]{2})?/\d{7}"
_ID = rf"(?P<id>{_NEW}|{_OLD})(?P<version>v\d+)?"
_URL = re.compile(
    rf"""^(?:https?://)?(?:www\.|export\.)?arxiv\.org/
        (?:abs|pdf|html|format)/{_ID}(?:\.pdf)?/?(?:[?#].*)?$""",
    re.IGNORECASE | re.VERBOSE,
)
_DOI = re.compile(rf"^(?:https?://)?(?:dx\.)?doi\.org/10\.48550/arxiv\.{_ID}/?$", re.IGNORECASE)
_BARE = re.compile(rf"^(?:arxiv:)?{_ID}$", re.IGNORECASE)


def arxiv_id(url: str) -> str | None:
    """The version-free arXiv id a URL (or ``arXiv:ID``) points at, else ``None``."""
    url = url.strip()
    for pattern in (_URL, _DOI, _BARE):
        match = pattern.match(url)
        if match:
            return normalise(match.group("id"))
    return None


def normalise(raw: str) -> str:
    """Version-free canonical form: ``2211.00799``, ``math/0601001``, ``math.AG/0601001``."""
    match = _BARE.match(raw.strip())  # compiled once (it was compiled per call)
    if not match:
        raise ValueError(f"not an arXiv id: {raw!r}")
    ident = match.group("id")
    if "/" in ident:
        archive, number = ident.split("/")
        if "." in archive:
            name, sub = archive.split(".", 1)
            archive = f"{name.lower()}.{sub.upper()}"
        else:
            archive = archive.lower()
        return f"{archive}/{number}"
    return ident


def split_version(raw: str) -> tuple[str, int | None]:
    """``2211.00799v2`` → (``2211.00799``, 2); no version → (id, None)."""
    match = re.match(rf"^{_ID}$", raw.strip(), re.IGNORECASE)
    if not match:
        raise ValueError(f"not an arXiv id: {raw!r}")
    version = match.group("version")
    return normalise(match.group("id")), int(version[1:]) if version else None


def unique_ids(urls: Iterable[str]) -> list[str]:
    """Version-free ids of ``urls``, first occurrence first, no repeats."""
    seen: dict[str, None] = {}
    for url in urls:
        ident = arxiv_id(url)
        if ident:
            seen.setdefault(ident, None)
    return list(seen)


_HOSTS = frozenset({"arxiv.org", "www.arxiv.org", "export.arxiv.org"})
_URL_CHARS = re.compile(r"^[!#-;=?-\[\]_a-z~]+$", re.IGNORECASE)  # printable ASCII, no quotes


def is_arxiv_url(url: object) -> bool:
    """Whether ``url`` is a plain http(s) link to an arXiv host (no user, port or oddities)."""
    if not isinstance(url, str) or not _URL_CHARS.match(url):
        return False
    parts = urlsplit(url)
    try:
        port = parts.port
    except ValueError:
        return False
    return (
        parts.scheme.lower() in ("http", "https")
        and (parts.hostname or "") in _HOSTS
        and parts.username is None
        and port is None
        and parts.netloc.lower() == parts.hostname
    )


def arxiv_page_url(url: object, kind: str, ident: str, version: int) -> str:
    """``url`` if it is an arXiv link, else the ``kind`` (abs, pdf) page built from the id."""
    return url if is_arxiv_url(url) else f"https://arxiv.org/{kind}/{ident}v{version}"

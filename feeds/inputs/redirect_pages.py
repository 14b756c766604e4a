"""A page that only sends its reader on (``src/pages/index.astro`` of an Astro site in two
languages, redirecting ``/`` to ``/ja/``): a ``<meta http-equiv="refresh">``,
``Astro.redirect('/en/')`` or ``window.location.replace(…)``, and no words of its own
besides a "Redirecting…" line, nor components (a page made of ``<Hero /><News />`` may
redirect some readers by their browser's language, and shows the rest its parts). Such
a page is no homepage: the page it sends to is (:func:`redirect_target`; a hand-written
``index.html`` that sends readers to ``en/index.html`` or ``fr/index.html`` by their
browser's language: the first its links name, or the one the ``language`` setting names).
"""

from __future__ import annotations

import re
from pathlib import Path

from .chosen_language import chosen

MAX_WORDS = 12  # "Redirecting to the English version of this site…"
_REDIRECT = re.compile(
    r"""http-equiv\s*=\s*["']?refresh|\bAstro\.redirect\s*\(|\blocation\s*\.\s*"""
    r"""(?:replace|assign)\s*\(|\blocation\s*\.\s*href\s*=[^=]"""
    r"""|\b(?:window|document)\s*\.\s*location\s*=[^=]"""
)
_COMPONENT = re.compile(r"<[A-Z][\w.]*[\s/>]")  # <Layout>, <News />: a page made of parts
_FENCE = re.compile(r"\A\s*---\n.*?\n---[ \t]*$", re.DOTALL | re.MULTILINE)  # the code
_CODE = re.compile(
    r"<(script|style|head)\b.*?</\1\s*>|\{[^{}]*\}|<[^>]*>", re.DOTALL | re.IGNORECASE
)


def only_redirects(page: Path) -> bool:
    """Whether ``page`` redirects its reader and shows nothing else."""
    return _redirecting_text(page) is not None


def _redirecting_text(page: Path) -> str | None:
    """The text of ``page`` when it redirects its reader and shows nothing else."""
    try:
        text = page.read_text(encoding="utf-8", errors="replace")[:100_000]
    except OSError:
        return None
    markup = _FENCE.sub(" ", text)
    if _REDIRECT.search(text) is None or _COMPONENT.search(markup) is not None:
        return None
    return text if len(_CODE.sub(" ", markup).split()) <= MAX_WORDS else None


# Where a page sends its reader, as written: ``<meta http-equiv="refresh" content="0;
# url=en/">``, ``location.href = "/en/index.html";``, ``location.replace('en/')`` (a whole
# literal: ``'/' + lang + '/index.html'`` is worked out in the browser, and is no address).
_META = re.compile(r"<meta\b[^>]*?http-equiv\s*=\s*[\"']?refresh[^>]*>", re.I)
_META_URL = re.compile(r"""\burl\s*=\s*['"]?([^'"\s>;]+)""", re.I)
_SCRIPT_TARGET = re.compile(
    r"""\blocation(?:\s*\.\s*href)?\s*=\s*(['"])([^'"+]+)\1\s*(?:;|$|<)"""
    r"""|\blocation\s*\.\s*(?:replace|assign)\s*\(\s*(['"])([^'"+]+)\3\s*\)""",
    re.M,
)
_LINK = re.compile(r"""<a\b[^>]*?\bhref\s*=\s*(['"])([^'"#?]+)[^'"]*\1""", re.I)
_PAGE_SUFFIXES = (".html", ".htm")


def redirect_target(page: Path, site_dir: Path) -> Path | None:
    """The page of the site that ``page``, which only redirects, sends its reader to: the
    address its ``<meta http-equiv="refresh">`` or script names, else (a script that works
    the address out, by the browser's language) the page's own links (``English |
    Français``): the one into the folder the ``language`` setting names, else the first.
    ``None`` when ``page`` does not only redirect or names no page of the site."""
    text = _redirecting_text(page)
    if text is None:
        return None
    written = [m for tag in _META.findall(text) for m in _META_URL.findall(tag)]
    written += [m.group(2) or m.group(4) for m in _SCRIPT_TARGET.finditer(text)]
    pages = [p for a in written if (p := _site_page(a, page, site_dir)) is not None]
    if pages:
        return pages[0]
    links = [p for m in _LINK.finditer(text) if (p := _site_page(m.group(2), page, site_dir))]
    folders = {p: _first_folder(p, site_dir) for p in links}
    code = chosen(f for f in folders.values() if f)
    return next((p for p in links if code and folders[p] == code), next(iter(links), None))


def _site_page(address: str, page: Path, site_dir: Path) -> Path | None:
    """The HTML page of the site an address names (``/en/``, ``en/index.html``), else
    ``None`` (another site, the page itself, a page not here)."""
    address = address.strip()
    if not address or re.match(r"[a-z][a-z0-9+.-]*:|//", address, re.I):
        return None
    target = (site_dir if address.startswith("/") else page.parent) / address.lstrip("/")
    if target.is_dir():
        target = next(
            (target / n for n in ("index.html", "index.htm") if (target / n).is_file()), target
        )
    if not target.is_file() or target.suffix.lower() not in _PAGE_SUFFIXES:
        return None
    resolved, root = target.resolve(), site_dir.resolve()
    if resolved == page.resolve() or not resolved.is_relative_to(root):
        return None
    return target


def _first_folder(path: Path, site_dir: Path) -> str:
    """The first folder between ``site_dir`` and ``path`` (``en/index.html``: ``en``)."""
    parts = path.resolve().relative_to(site_dir.resolve()).parts
    return parts[0] if len(parts) > 1 else ""


def redirect_note(site_dir: Path, page: Path) -> str | None:
    """What ``-v`` says when ``page`` is read as the homepage for being where the site's
    ``index.html`` sends its reader (``None`` otherwise)."""
    for name in ("index.html", "index.htm"):
        root = site_dir / name
        if root.is_file() and page.is_file() and root.resolve() != page.resolve():
            target = redirect_target(root, site_dir)
            if target is not None and target.resolve() == page.resolve():
                return f"read as the homepage: {name} only sends its reader here"
    return None

"""A site with no homepage we know, whose news is on another page of it.

A checkout may hold only a language's page (``_pages/about_cn.md``, ``_pages/zh-about.md``
with permalink ``/zh/``, ``_pages/about-zh.md``), or a homepage under a name no generator
gives it (``welcome.md``). When nothing else is found
(:func:`feeds.inputs.content_root.resolve_content`), a page at the top of the site or in
``_pages/`` that has a news section or includes a news file is the homepage. When several
have news, one is chosen the same way on every run: a page in the site's language first,
then one whose permalink is a language's root (``/zh/``), then by name; ``-v`` names it
and the others (:func:`site_page_note`).
A repository's own files are no pages of the site: its notes to people (``README.md``,
``README_CN.md``, ``CHANGELOG.md``, ``CONTRIBUTING.md``…) and to coding assistants
(``CLAUDE.md``, ``AGENTS.md``, ``GEMINI.md``), whose headings ("Adding News") are
instructions, not news.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..parse.front_matter import front_matter
from .html_news_pages import site_language
from .language_homepages import _has_news, _language, language_code
from .news_page import find_homepage, inside, news_page_candidates

PAGE_SUFFIXES = (".md", ".markdown", ".html", ".htm")
REPOSITORY_FILES = {
    "readme", "changelog", "changes", "contributing", "license", "licence", "code_of_conduct",
    "security", "authors", "history", "todo", "404", "support", "funding", "governance",
    "claude", "agents", "agent", "gemini", "copilot-instructions", "version", "versions",
    "roadmap", "quickstart", "install", "installation", "upgrading", "maintainers",
}  # fmt: skip
# Words naming a note on the repository in a longer name: any ``content-update-guide.md``,
# ``UPDATE_INSTRUCTIONS.md``; and, in a name written in capitals as such notes are
# (``DEPLOY_NOTES.md``, ``VERSION_HISTORY.md``, ``SETUP.md``), these too.
_NOTE_WORDS = {"guide", "guidelines", "readme", "changelog", "instructions", "howto"}
_CAPITAL_NOTE_WORDS = {
    *REPOSITORY_FILES, "notes", "setup", "deploy", "deployment", "maintenance", "migration",
    "release", "releases", "progress", "status", "plan", "spec", "architecture", "usage",
}  # fmt: skip
_VARIANT = re.compile(r"[._-](?:[a-z]{2}(?:[-_][a-z]{2,4})?|local)$")  # README_CN, CLAUDE.local
MAX_PAGES = 200  # looked at in one folder


def site_news_pages(site_dir: Path) -> list[Path]:
    """The site's pages with news (top level and ``_pages/``), in the order chosen."""
    found = [page for page in _pages(site_dir) if _has_news(page)]
    default = site_language(site_dir) if found else ""
    return sorted(found, key=lambda page: _order(page, site_dir, default))


def site_page_with_news(site_dir: Path) -> Path | None:
    """The first of :func:`site_news_pages`, ``None`` when no page has news."""
    return next(iter(site_news_pages(site_dir)), None)


def site_page_note(site_dir: Path, page: Path, news_headings: list[str]) -> str | None:
    """What ``-v`` says when ``page`` was read as the homepage for being a page with news
    (``None`` when it is a homepage or a news page found otherwise)."""
    if page.is_dir() or page.parent.resolve() not in _folders(site_dir):
        return None
    if find_homepage(site_dir) is not None:
        return None
    pages = site_news_pages(site_dir)
    if not pages or pages[0].resolve() != page.resolve():
        return None
    if page.resolve() in {p.resolve() for p in news_page_candidates(site_dir, news_headings)}:
        return None
    note = "no homepage (index.md, about.md, _pages/about.md…): read this page of the site, "
    note += "it has news"
    others = [_name(p, site_dir) for p in pages[1:]]
    return note + (f"; other pages with news, not read: {', '.join(others)}" if others else "")


def _folders(site_dir: Path) -> set[Path]:
    return {site_dir.resolve(), (site_dir / "_pages").resolve()}


def _pages(site_dir: Path) -> list[Path]:
    found: list[Path] = []
    for folder in (site_dir, site_dir / "_pages"):
        if not folder.is_dir():
            continue
        pages = sorted(
            p
            for p in folder.iterdir()
            if p.suffix.lower() in PAGE_SUFFIXES
            and not p.name.startswith((".", "_"))
            and not is_repository_file(p)
            and p.is_file()
            and inside(p, site_dir)
        )
        found += [p for p in pages[:MAX_PAGES] if p.suffix.lower() not in (".html", ".htm")
                  or _has_front_matter(p)]  # fmt: skip
    return found


def is_repository_file(path: Path) -> bool:
    """Whether ``path`` is one of the repository's notes (``README.md``, ``README.zh-CN.md``,
    ``CLAUDE.md``, ``CLAUDE.local.md``, ``AGENTS.md``, ``VERSION.md``, an editing guide
    ``CONTENT_UPDATE_GUIDE.md``), not a page of the site."""
    stem = path.stem.lower()
    if stem in REPOSITORY_FILES or _VARIANT.sub("", stem) in REPOSITORY_FILES:
        return True
    words = set(re.split(r"[\W_]+", stem))
    capitals = path.stem.upper() == path.stem and any(c.isalpha() for c in path.stem)
    return bool(words & _NOTE_WORDS) or (capitals and bool(words & _CAPITAL_NOTE_WORDS))


def _has_front_matter(path: Path) -> bool:
    """An HTML page of a Jekyll site has front matter (others are copied as they are)."""
    try:
        with path.open(encoding="utf-8", errors="replace") as handle:
            return handle.readline().strip() == "---"
    except OSError:
        return False


def _order(page: Path, site_dir: Path, default: str) -> tuple[int, int, str]:
    root = str(front_matter(page).get("permalink") or "").strip().strip("/")
    language = _language(page) or language_code(root)
    return (language != default, not language_code(root), _name(page, site_dir))


def _name(page: Path, site_dir: Path) -> str:
    return page.relative_to(site_dir).as_posix()

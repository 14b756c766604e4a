"""Archive pages: the pages of the site that a news list's "Archive" links point to,
or the link that ends it to more news (``[More updates →](news.qmd)``, read by
:mod:`feeds.parse.more_links`).

Each is read as a news list of its own (the whole page when it has no news heading, the
documents it lists when it is a Quarto listing), and the archive links it has in turn are
followed, each page once. An item the homepage already shows (same date and title) is
not added twice.
"""

from __future__ import annotations

import datetime as dt
import posixpath
import re
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

from ..config import Settings
from ..diagnostics import Reporter, display_path
from ..model import Item
from ..parse.front_matter import front_matter
from ..parse.page import Page
from .jekyll import find_homepage, site_pages
from .output_folders import is_output
from .page_reader import read_news_page
from .quarto_listing import listing_items, listings_of
from .shown import Shown


def read_archives(
    content_dir: Path,
    home: Page,
    home_path: Path,
    settings: Settings,
    reporter: Reporter,
    *,
    known: Iterable[Item] = (),
    tz: dt.tzinfo = dt.UTC,
) -> list[Item]:
    """The items of every archive page reachable from ``home``, in the order found,
    except those ``known`` (the homepage's) already has: same date and title."""
    found: list[Item] = []
    todo = [home]
    seen = {home_path.resolve()}
    shown = Shown(known)
    while todo:
        parent = todo.pop(0)
        for text, href, line in parent.archive:
            target = archive_target(content_dir, parent, href, settings.site_url)
            if target is None:
                reporter.info(
                    parent.source,
                    line,
                    f"archive link [{text}]({href}) is not a "
                    f"page of the site {display_path(content_dir)}; not read",
                )
                continue
            if target.resolve() in seen:
                continue
            seen.add(target.resolve())
            events = listing_items(
                listings_of(target), content_dir, settings.site_root, tz, reporter
            )
            if not events:  # a listing's entries are its page's news, not the links of its body
                archived, events = read_news_page(
                    target, settings, reporter, headless=True, site=content_dir
                )
                todo.append(archived)
            for event in events:
                event.section = "archive" if event.section == "news" else event.section
            found += shown.new(events, reporter)
    return found


def archive_target(site_dir: Path, page: Page, href: str, site_url: str) -> Path | None:
    """The page of ``site`` an archive link of ``page`` points to, else ``None``."""
    parts = urlsplit(href.strip())
    path = parts.path
    if parts.scheme or parts.netloc:
        root = site_url.rstrip("/") + "/"
        if not site_url or not href.startswith(root):
            return None
        path = "/" + href[len(root) :].split("#")[0].split("?")[0]
    base = str(page.meta.get("permalink") or "/")
    return find_page(
        site_dir,
        urljoin(base if base.startswith("/") else "/" + base, path),
        urlsplit(site_url).path,
    )


def rooted_link(href: str, page: Page, page_path: Path, site_dir: Path) -> str:
    """``href`` written relative to a hand-written HTML page in a folder of the site, with
    no ``permalink`` (served where it sits: ``en/index.html`` links ``news.html``, which
    is ``/en/news.html``), as an address from the site's root; any other ``href`` as it is."""
    parts = urlsplit(href.strip())
    relative = not (parts.scheme or parts.netloc or parts.path.startswith("/"))
    html = page_path.suffix.lower() in (".html", ".htm") and page_path.is_file()
    if not (relative and parts.path and html) or page.meta.get("permalink"):
        return href
    try:
        folder = page_path.parent.resolve().relative_to(site_dir.resolve()).as_posix()
    except ValueError:  # not a page of the site
        return href
    return href if folder == "." else urljoin(f"/{folder}/", href.strip())


def find_page(site_dir: Path, url_path: str, baseurl: str = "") -> Path | None:
    """The Markdown page of ``site`` served at ``url_path`` (``/stanford-2016-2019/``).

    Tried: ``<path>.md``, ``<path>/index.md``, ``_pages/<path>.md``, the Quarto and
    R Markdown sources (``<path>.qmd``, ``<path>.Rmd``, ``<path>/index.qmd``), a
    hand-written ``<path>.html`` or ``<path>/index.html``, Hugo's
    ``content/<path>/_index.md`` (or ``index.md``, ``<path>.md``), then any page whose
    front-matter ``permalink`` is that path.
    """
    path = posixpath.normpath("/" + unquote(url_path)).rstrip("/")
    baseurl = baseurl.rstrip("/")
    if baseurl and (path + "/").startswith(baseurl + "/"):
        path = path[len(baseurl) :]
    stem = re.sub(r"\.(?:html?|md|markdown|qmd|[Rr]md|Rmarkdown)$", "", path).strip("/")
    if not stem:
        return find_homepage(site_dir)
    for name in (
        f"{stem}.md",
        f"{stem}.markdown",
        f"{stem}/index.md",
        f"_pages/{stem}.md",
        f"_pages/{stem}.markdown",
        *(f"{stem}{suffix}" for suffix in (".qmd", ".Rmd", ".rmd")),
        *(f"{stem}/index{suffix}" for suffix in (".qmd", ".Rmd")),
        f"{stem}.html",  # a hand-written site
        f"{stem}.htm",
        f"{stem}/index.html",
        f"{stem}/_index.md",  # Hugo: a section's list page, in the content folder
        *(f"content/{stem}{name}" for name in ("/_index.md", "/index.md", ".md")),
    ):
        candidate = site_dir / name
        if (
            candidate.is_file()
            and candidate.resolve().is_relative_to(site_dir.resolve())
            and not is_output(candidate, site_dir)  # a built copy is no page of the source
        ):
            return candidate
    for candidate in site_pages(site_dir):
        link = str(front_matter(candidate).get("permalink") or "")
        if link.strip() and re.sub(r"\.html?$", "", link.strip().strip("/")) == stem:
            return candidate
    return None

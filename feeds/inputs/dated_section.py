"""A homepage whose news sits under a heading no setting names (``<h2>Logs</h2>``,
``## Timeline``): when the site has no news anywhere else, the first section that is a
list of dated lines is read as its news, and the reader is told which heading it was.
When the homepage has none, the first other page of the site that has one is read (a
"Research" page whose ``## 2024`` years list dated lines), and ``-v`` names it. A link
closing that list to more news (``<a href="/news/">查看更多新闻 →</a>``) is followed, and
the page it points to read under the same heading (``<h1>📢 大事件</h1>`` over the year
lists of both): the older news, in the same form.

A section is such a list when it has at least three items and nearly all of them are
dated to a month or a day, one date each: a CV's ranges (``Jun 2020 – Aug 2020``) and
lists dated by bare years (publications, education) are not news.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from dataclasses import replace
from html import unescape
from pathlib import Path

from ..config import Settings
from ..diagnostics import BuildError, Reporter, display_path
from ..model import Item, Precision
from ..parse.heading_names import heading_matches
from ..parse.page import Page
from .archive import read_archives
from .includes import expand
from .jekyll import site_pages
from .page_reader import read_news_page
from .site_news_pages import is_repository_file
from .unpublished import not_rendered, rendered_copy

_MD_HEADING = re.compile(r"^ {0,3}#{1,6}[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$", re.MULTILINE)
_HTML_HEADING = re.compile(r"<h([1-6])\b[^>]*>(.{1,200}?)</h\1\s*>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]*>")
_MIN_ITEMS = 3
_SHARE = 0.8  # of the items dated to a month or a day, without a range
_MAX_HEADINGS = 20


def _headings(text: str) -> list[str]:
    """The page's heading texts, Markdown and HTML, in page order, each once."""
    found = [(m.start(), m.group(1)) for m in _MD_HEADING.finditer(text)]
    found += [(m.start(), _TAG.sub("", m.group(2))) for m in _HTML_HEADING.finditer(text)]
    names = (" ".join(unescape(name).strip("*_ ").split()) for _, name in sorted(found))
    return list(dict.fromkeys(name for name in names if name))[:_MAX_HEADINGS]


def _is_dated_list(items: list[Item]) -> bool:
    one_date = sum(
        item.span is not None
        and item.span.precision in (Precision.MONTH, Precision.DAY)
        and not item.span.ranged
        for item in items
    )
    return len(items) >= _MIN_ITEMS and one_date >= _SHARE * len(items)


def dated_section(
    path: Path, settings: Settings, site: Path
) -> tuple[Page, list[Item], Reporter] | None:
    """The first section of page ``path`` that is a list of dated lines: the page, its
    items and the problems of reading them (with a note naming the heading); else
    ``None``."""
    quiet = Reporter(quiet=True, stream=io.StringIO())
    try:
        text = expand(path, site, quiet).text
    except (BuildError, OSError, UnicodeDecodeError):
        return None
    known = [*settings.news_headings, *settings.talk_headings, *settings.archive_headings]
    for name in _headings(text):
        if heading_matches(name, known):
            continue
        found = Reporter(quiet=True, stream=io.StringIO())
        trial = replace(settings, news_headings=[name], cache="off")
        try:
            page, items = read_news_page(path, trial, found, site=site)
        except BuildError:
            continue
        if _is_dated_list(items):
            found.info(
                page.source,
                page.news_heading[1] if page.news_heading else None,
                f"no news heading: the dated list under {name!r} is read as the news "
                f"(set news_headings to choose another)",
            )
            return page, items, found
    return None


def dated_page(
    path: Path, settings: Settings, site: Path, *, whole_site: bool
) -> tuple[Page, list[Item], Reporter] | None:
    """:func:`dated_section` of the homepage ``path``; when it has none and the whole
    ``site`` is read, that of the first other page of the site (sorted) that has one: never
    a repository's notes (``CHANGELOG.md``) or a file the generator does not render."""
    found = dated_section(path, settings, site)
    if found is not None or not whole_site:
        return found
    for other in site_pages(site):
        if is_repository_file(other) or not_rendered(other, site) or rendered_copy(other, site):
            continue
        if other.resolve() != path.resolve() and (found := dated_section(other, settings, site)):
            note = f"news read from this page: the homepage {display_path(path)} has none"
            found[2].info(found[0].source, None, note)
            return found
    return None


def dated_archives(
    guessed: tuple[Page, list[Item], Reporter],
    home_path: Path,
    settings: Settings,
    site: Path,
    tz: dt.tzinfo,
) -> list[Item]:
    """The items of the pages the "more news" links of a :func:`dated_page` section point
    to, read with that section's heading as a news heading; those it shows left out."""
    page, items, reporter = guessed
    if page.news_heading is None:
        return []
    same = replace(settings, news_headings=[page.news_heading[0], *settings.news_headings])
    return read_archives(site, page, home_path, same, reporter, known=items, tz=tz)

"""The fuller news page that a page showing only its latest news links to.

A lab's "Events & news" page may show the latest few items of its news under a heading
of their own ("Latest from the lab"), beside sections that are no news (a seminar
schedule, a conference box), and link to the whole record: "All news since 2019 →",
"news archive", "More news" (:mod:`feeds.parse.more_links`). A page with no heading
that says news is read whole (every section a list of items), so its seminar rows come
out as news too. What a reader takes for the page's news is the section whose items the
linked page holds, and the linked page is that section in full::

    <h2>Latest from the lab</h2>
    <div class="row"><span>Aug 12 2026</span><span>The Monitor launched …</span></div>
    …
    <p><a href="/news/">All news since 2019 →</a></p>

So when every item of one section of such a page (at least :data:`MIN_SHOWN`, and
nearly all of them: :data:`COVERED`) is an item of the page it links as more news,
and that page has more, the linked page is the news, read in the page's place: its
items replace the short list, and the page's other sections are not news.
"""

from __future__ import annotations

import io
from pathlib import Path

from ..config import Settings
from ..diagnostics import Reporter, display_path
from ..model import Item
from ..parse.page import Page
from .archive import archive_target
from .page_reader import read_news_page
from .shown import Shown

MIN_SHOWN = 3  # items of a section that make it a short list of the news
COVERED = 0.8  # of its items the fuller page holds


def fuller_news(
    content_dir: Path, page: Page, page_path: Path, items: list[Item], settings: Settings
) -> tuple[Page, list[Item], Path, Reporter] | None:
    """The page (its items, path and problems, with a note) that holds in full the news a
    page read whole shows the latest of (see the module); ``None`` when there is none."""
    if page.news_heading is not None or not items or not page.archive:
        return None
    sections: dict[str, list[Item]] = {}
    for item in items:
        sections.setdefault(item.section, []).append(item)
    seen = {page_path.resolve()}
    for text, href, _ in page.archive:
        target = archive_target(content_dir, page, href, settings.site_url)
        if target is None or target.resolve() in seen:
            continue
        seen.add(target.resolve())
        found = Reporter(quiet=True, stream=io.StringIO())
        fuller, events = read_news_page(target, settings, found, headless=True, site=content_dir)
        for name, shown in sections.items():
            if len(shown) < MIN_SHOWN or len(events) <= len(shown):
                continue
            left = Shown(events).new(shown, Reporter(quiet=True, stream=io.StringIO()))
            if len(shown) - len(left) >= COVERED * len(shown):
                found.info(
                    fuller.source,
                    None,
                    f"news read from this page: {display_path(page_path)} shows its latest "
                    f"{len(shown)} items (section {name!r}) and links it as [{text}]",
                )
                fuller.title = page.title or fuller.title
                return fuller, events, target, found
    return None

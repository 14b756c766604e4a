"""Pages of a Jekyll site that their author describes as news: a blog page whose
``title`` or ``description`` says news, announcements or updates in one of our
languages, as al-folio and other themes show both over the list::

    title: posts
    description: News and updates

    title: ブログ
    description: 研究室の活動記録やお知らせを掲載しています。

Such a page, when it lists the site's posts, is the site's news page (read only when the
site has no other news: :mod:`.jekyll_posts`). A blog described otherwise ("Thoughts on
research") stays a blog.
"""

from __future__ import annotations

from pathlib import Path

from ..parse.front_matter import front_matter
from .jekyll import site_pages
from .notebook_site import says_news
from .page_folders import folder_pages

DESCRIBING_KEYS = ("title", "description")  # what al-folio's blog page shows over its list


def described_news_pages(site_dir: Path, news_headings: list[str]) -> list[Path]:
    """Pages of the site (top level, ``_pages/``, the read language's ``_pages/<lang>/``,
    then sub-folders) whose title or description says news, in that order."""
    pages = [(p, front_matter(p)) for p in site_pages(site_dir)] + folder_pages(site_dir)
    return [
        path
        for path, meta in pages
        if any(
            isinstance(meta.get(key), str) and says_news(meta[key], news_headings)
            for key in DESCRIBING_KEYS
        )
    ]

"""How many of the posts a page's loop over ``site.posts`` shows, when it cuts them::

    {% for post in site.posts limit:site.posts_on_home %}{% include card.html %}{% endfor %}

(Petridish's ``home`` layout: the newest ``posts_on_home`` posts of ``_config.yml`` as
cards.) The cut is read as :mod:`.loop_selection` reads a data loop's: a number, a number
the template assigns, or a setting of ``_config.yml``; one that names nothing known, or
an ``offset:``, cuts nothing. A cut shows the rest nowhere, unless another page of the
site (its layouts and includes) walks every post: then all are the news, as a
homepage's latest posts whose blog lists the rest.
"""

from __future__ import annotations

import re
from pathlib import Path

from .jekyll import read_config, site_pages
from .jekyll_post_selection import template_texts
from .loop_selection import for_selection, shown_order
from .page_folders import folder_pages

_POSTS_FOR = re.compile(r"\{%-?\s*for\s+\w+\s+in\s+(?:site|paginator)\.posts\b[^%]*%\}")


def shown_post_count(page: Path, site_dir: Path, total: int) -> int:
    """How many of the ``total`` posts ``page`` shows (newest first): its first loop over
    ``site.posts`` with a ``limit:`` cuts them, unless another page walks them all."""
    config = read_config(site_dir)
    count = _loop_count(page, site_dir, config, total)
    if count is None or count >= total or _listed_whole_elsewhere(page, site_dir, config, total):
        return total
    return count


def _loop_count(page: Path, site_dir: Path, config: dict, total: int) -> int | None:
    """The number the first posts loop of ``page`` shows; ``None`` when it cuts nothing
    known (no ``limit``, a ``paginator`` loop, an ``offset``)."""
    for text in template_texts(page, site_dir):
        for loop in _POSTS_FOR.finditer(text):
            tag = loop.group(0)
            selection = for_selection(tag, (), text)
            if "paginator." in tag or selection.offset is not None or selection.limit is None:
                return None
            return len(shown_order(list(range(total)), selection, config))
    return None


def _listed_whole_elsewhere(page: Path, site_dir: Path, config: dict, total: int) -> bool:
    """Whether a page other than ``page`` (top level, ``_pages/``, a folder's) loops over
    every post."""
    others = [*site_pages(site_dir), *(path for path, _ in folder_pages(site_dir))]
    for other in dict.fromkeys(others):
        if other.resolve() == page.resolve():
            continue
        for text in template_texts(other, site_dir):
            if any(
                _loop_shows_all(m.group(0), text, config, total) for m in _POSTS_FOR.finditer(text)
            ):
                return True
    return False


def _loop_shows_all(tag: str, text: str, config: dict, total: int) -> bool:
    if "paginator." in tag:  # a paged blog: every post on one of its pages
        return True
    return len(shown_order(list(range(total)), for_selection(tag, (), text), config)) >= total

"""A Jekyll page's own news list: a list in its front matter that its body (or its
layout, or an include it uses) walks with a Liquid loop over ``page.<name>``::

    ---
    title: Home
    news_items:
      - date: 2026-03
        title: Our paper was accepted at the vision meeting.
    ---
    ## News
    {% for item in page.news_items limit: 5 %}
    - **{{ item.date }}**: {{ item.title }}
    {% endfor %}

The list is read as a data file's would be (:mod:`.jekyll_data`: the fields the loop
shows, its ``limit:``/``reversed``/``sort`` cut), each entry named by its line in the
page. Only the page's own front matter is a ``page.`` list: the site's other pages keep
lists of their own, so no other loop of the site shows what this one cuts.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..diagnostics import display_path
from ..parse.front_matter import read_text

OWN = "page:"  # the first part of a data name that is the page's own front matter
_FENCE = "---"
_ENDS = ("---", "...")


def own_name(root: str, parts: tuple[str, ...]) -> tuple[str, ...]:
    """The data name of ``site.data.<parts>`` (``parts``) or ``page.<parts>`` (the page's
    own front matter: :data:`OWN` first)."""
    return (OWN, *parts) if root == "page" else parts


def is_own(name: tuple[str, ...]) -> bool:
    return bool(name) and name[0] == OWN


def front_matter_text(page: Path) -> tuple[str, str] | None:
    """(display path, YAML text) of ``page``'s front matter, each line on the line it has
    in the page (the fences blanked); ``None`` when the page opens with none."""
    source = display_path(page)
    lines = read_text(page, source).split("\n")
    if not lines or lines[0].lstrip("\ufeff").rstrip() != _FENCE:
        return None
    for number, line in enumerate(lines[1:], start=1):
        if line.rstrip() in _ENDS:
            return source, "\n".join(["", *lines[1:number]])
    return None


def own_data(page: Path | None, name: tuple[str, ...]) -> tuple[str, str, Any, str] | None:
    """(display path, front matter text, keys to follow, suffix) of the page list ``name``
    (``(OWN, "news_items")``) in ``page``; ``None`` when there is no page to read."""
    if page is None or not is_own(name) or len(name) < 2 or not page.is_file():
        return None
    found = front_matter_text(page)
    if found is None:
        return None
    return found[0], found[1], name[1:], ".yml"

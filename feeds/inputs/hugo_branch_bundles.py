"""Hugo posts kept as branch bundles: ``content/post/lab-retreat/_index.md`` with no page
under it. Hugo makes such a folder a section of its own, yet the news section's list page
(``/post/``, Hugo's ``.Pages``) lists it among the posts, dated and titled by its front
matter, and its "more" link is where a reader finds it. So a childless branch bundle of
a news folder with a date is one of its pages; one holding pages is a group of posts
(``post/2024/_index.md``), never a post itself, and one without a date is a list page.
"""

from __future__ import annotations

import os
from pathlib import Path

from .news_collection import news_files

PAGE_SUFFIXES = (".md", ".markdown", ".html")


def branch_bundles(folder: Path) -> list[Path]:
    """The ``_index`` pages of the childless branch bundles inside the section
    ``folder`` (not its own ``_index``), translations (``_index.ko.md``) included."""
    found = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if d[:1] not in "._#")
        here = Path(root)
        if (here / "index.md").is_file():  # a leaf bundle: the rest are its resources
            dirs[:] = []
            continue
        if here == folder:  # the section's own _index.md is its list page
            continue
        index = [
            here / name
            for name in sorted(files)
            if name.split(".")[0] == "_index" and Path(name).suffix in PAGE_SUFFIXES
        ]
        if index and not news_files(here):  # no page below: the bundle is the post
            found += index
    return found

"""Stage 1, reading the site: every input of a content folder in one list of items.

The inputs are the homepage's news list (its includes expanded, :mod:`.includes`) or,
when it has none, a separate news page (:mod:`.news_page`), the pages its "Archive"
links point to (when they are in the site, :mod:`.archive`), the al-folio
``_news/`` collection (:mod:`.news_collection`) and the talks of a talks page or
section (:mod:`.talk_pages`); :mod:`.jekyll` and :mod:`.hugo` know
those generators' conventions. They are read
in that order and merged: an item that another input already has (same kind, date and
main link, or same title when it has no link) is dropped with a note, so the homepage
list wins. Items repeated *within* one input are kept for :func:`~feeds.ids.assign_ids`
to report as duplicates.
"""

from .content_root import resolve_content
from .site_sources import (
    Sources,
    gather,
    merge,
    read_news_pages,
    read_sources,
    site_defaults,
    site_defaults_origin,
)

__all__ = [
    "Sources",
    "gather",
    "merge",
    "read_news_pages",
    "read_sources",
    "resolve_content",
    "site_defaults",
    "site_defaults_origin",
]

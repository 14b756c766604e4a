"""The entries of the news pages kept in the ``_news/`` collection folder
(:mod:`.news_list_documents`), read as a separate news page is: headings, year
headings and dated list entries, each item at its own file and line."""

from __future__ import annotations

from pathlib import Path

from ..config import Settings
from ..diagnostics import Reporter, display_path
from ..model import Item
from .jekyll import collection_dir, read_config
from .news_collection import news_files
from .news_list_documents import is_news_list_document
from .news_page import inside
from .page_reader import read_news_page


def read_collection_news_pages(
    site_dir: Path, settings: Settings, reporter: Reporter
) -> list[Item]:
    """The items of every news page in the site's ``_news/`` folder, in file order."""
    folder = collection_dir(site_dir, read_config(site_dir), "news")
    if not folder.is_dir():
        return []
    found: list[Item] = []
    for path in news_files(folder):
        if inside(path, site_dir) and is_news_list_document(path):
            reporter.info(
                display_path(path),
                1,
                "a news page kept in the _news collection (no date:, a permalink or page "
                "layout, a list of entries): its entries are read as news items",
            )
            found += read_news_page(path, settings, reporter, headless=True, site=site_dir)[1]
    return found

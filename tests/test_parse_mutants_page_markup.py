"""An Astro or Vue page is read as HTML once its component markup is taken out
(``feeds/parse/page.read_page``; issue 14's mutation run, session 22): the code fence, the
``{…}`` and ``{{ … }}`` expressions and the ``<script>`` are no item's words, and a Vue
page's items are those of its root ``<template>``; the suffix in any case. And a Markdown
page's news table is read as a table. The page in; each item's date, title and line out,
written here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from feeds.parse import parse_page

ASTRO = (
    "---\nconst talks = 2;\n---\n<html><body>\n<h2>News</h2>\n<ul>\n"
    "<li>Mar 2024: Talk at MIT {talks} times.</li>\n<li>Feb 2024: Joined GearLab.</li>\n"
    "</ul>\n<h2>Teaching</h2>\n</body></html>\n"
)
VUE = (
    "<template>\n<div>\n<h2>News</h2>\n<ul>\n<li>Mar 2024: Talk at MIT {{ n }} times.</li>\n"
    "<li>Feb 2024: Joined GearLab.</li>\n</ul>\n</div>\n</template>\n"
    "<script>export default {}</script>\n"
)
PAGES = {
    "an Astro page": ("index.astro", ASTRO, 7),
    "its suffix in capitals": ("Index.ASTRO", ASTRO, 7),
    "a Vue page": ("App.vue", VUE, 5),
}


@pytest.mark.parametrize(("name", "text", "line"), PAGES.values(), ids=PAGES.keys())
def test_a_component_page_is_read_by_its_markup(name, text, line):
    _, events = parse_page(Path(name), text=text)
    assert [(e.span.start_iso, e.title, e.line) for e in events] == [
        ("2024-03", "Talk at MIT times", line),
        ("2024-02", "Joined GearLab", line + 1),
    ]


def test_a_markdown_table_of_news_is_read_row_by_row():
    """A GFM table (its delimiter row) switches tables on for the page."""
    news = (
        "| Date | News |\n|---|---|\n"
        "| Mar 2024 | Gave a talk at MIT. |\n| Feb 2024 | Joined GearLab. |\n"
    )
    _, events = parse_page(Path("news.md"), text=f"## News\n\n{news}")
    assert [(e.span.start_iso, e.title, e.line) for e in events] == [
        ("2024-03", "Gave a talk at MIT", 5),
        ("2024-02", "Joined GearLab", 6),
    ]

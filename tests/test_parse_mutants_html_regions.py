"""Raw HTML in a Markdown page that stays open over blank lines, with Markdown
paragraphs inside it (mutation run, issue 14; bench/mutation_parse.md): each paragraph
is read as a paragraph of that HTML, one item each, on the line it opens on (a paragraph
over two lines is one title). A page in our own
words."""

from __future__ import annotations

from pathlib import Path

from feeds.parse import parse_page

PAGE = """# Ada

## News

<div class="news">

Mar 2024: Gave a talk
at the mill museum.

Feb 2024: Paper accepted at the loom journal.

</div>

## Teaching

- Mar 2021 - Not news
"""


def test_paragraphs_inside_open_html_are_items_on_their_lines():
    _, items = parse_page(Path("index.md"), text=PAGE, site_root="https://ada.example/")
    assert [(i.title, i.span.start_iso if i.span else None, i.line) for i in items] == [
        ("Gave a talk at the mill museum", "2024-03", 7),
        ("Paper accepted at the loom journal", "2024-02", 10),
    ]

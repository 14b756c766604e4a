"""Dated headings whose date is in bold (mutation run, issue 14; bench/mutation_parse.md):
the markup around the date is dropped before the date is read, so the heading is an item
with that date. A page in our own words."""

from __future__ import annotations

from pathlib import Path

from feeds.parse import parse_page


def test_a_bold_date_opening_a_heading_makes_it_an_item():
    page = (
        "# Ada\n\n## News\n\n"
        "### **Jun 2024** - New preprint on card readers\n\n"
        "- **Jan 2020** Something under it\n"
    )
    _, items = parse_page(Path("index.md"), text=page, site_root="https://ada.example/")
    assert [(i.title, i.span.start_iso if i.span else None) for i in items] == [
        ("New preprint on card readers", "2024-06"),
        ("Something under it", "2020-01"),
    ]

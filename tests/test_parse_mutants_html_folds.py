"""What is and is not a fold of the news list (feeds/parse/html_folds.py), a page in, its
items out (issue 14: the survivors of session 20's run of ``html_folds.py``).

A ``<details>`` holding a list is more of the news list: its ``<summary>`` is a control,
never an item, even when it names a month. A ``<details>`` holding no list (an abstract
folded under an item) is part of its item, not a fold, in an HTML page and in a Markdown
list item of raw HTML; a list written before a ``<details>`` in the same raw HTML makes
no fold of it. Each row is written from the page.
"""

from __future__ import annotations

from pathlib import Path

from feeds.diagnostics import Reporter
from feeds.parse import parse_page


def items(name: str, page: str) -> list[tuple[str | None, str, str]]:
    """(start of the date or None, precision, title) of each item, in page order."""
    _, found = parse_page(Path(name), site_root="https://example.org/",
                          reporter=Reporter(quiet=True), text=page)  # fmt: skip
    return [
        (e.span.start.isoformat() if e.span else None, e.span.precision.value if e.span else "",
         e.title)
        for e in found
    ]  # fmt: skip


def html_page(news: str) -> str:
    return f"<html><body>\n<h4>News</h4>\n{news}\n<h4>Teaching</h4><p>A course.</p>\n</body></html>"


SODA = "<li><strong>2025.03</strong>: Our paper on widget sorting is accepted by SODA!</li>"
ICALP = "<li><strong>2024.06</strong>: One paper accepted by ICALP!</li>"


def test_a_summary_naming_a_month_is_no_item():
    """``fold_body`` 5, 6: the ``<summary>`` kept in what the fold shows was published as
    an item "Older news" of March 2024."""
    page = html_page(
        f"<ul>\n{SODA}\n<li><details><summary>March 2024: older news</summary>"
        f"<ul>{ICALP}</ul></details></li>\n</ul>"
    )
    assert items("index.html", page) == [
        ("2025-03-01", "month", "Our paper on widget sorting is accepted by SODA"),
        ("2024-06-01", "month", "One paper accepted by ICALP"),
    ]


def test_an_abstract_folded_under_an_item_is_part_of_it():
    """``_holds_list`` 4, 7: a ``<details>`` holding no list taken for a fold made its
    dated paragraph an item of its own."""
    page = html_page(
        "<ul>\n<li><strong>2024.05</strong>: Our paper on widget sorting is accepted by ICML!"
        " <details><summary>Abstract</summary><p>We sort widgets in linear time"
        " (June 2023).</p></details></li>\n"
        "<li><strong>2024.02</strong>: Gave a talk at Example University.</li>\n</ul>"
    )
    assert items("index.html", page) == [
        ("2024-05-01", "month", "Our paper on widget sorting is accepted by ICML"),
        ("2024-02-01", "month", "Gave a talk at Example University"),
    ]


def test_a_markdown_item_with_a_list_before_an_abstract_holds_no_fold():
    """``has_fold`` 8 (list items looked for before the ``<details>`` too): the raw list
    of the item was read as a fold, and its entry published as an undated item;
    ``has_fold`` 3 (``or``): raw HTML without a ``<details>`` raised."""
    page = (
        "## News\n\n"
        "- **2024.05** Our paper on widget sorting is accepted by ICML!\n"
        "  <ul><li>Code released</li></ul>\n"
        "  <details><summary>Abstract</summary>We sort widgets in linear time.</details>\n"
        "- **2024.02** Gave a talk at <span>Example University</span>.\n\n"
        "## Teaching\n"
    )
    assert items("index.md", page) == [
        ("2024-05-01", "month", "Our paper on widget sorting is accepted by ICML"),
        ("2024-02-01", "month", "Gave a talk at Example University"),
    ]

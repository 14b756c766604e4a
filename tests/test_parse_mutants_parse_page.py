"""``parse_page``'s reading of numeric dates when the page gives no evidence either way
(``feeds/parse/__init__.py``; issue 14's mutation run, session 22): an English page whose
only numeric date is a yearless ``05/03`` inside an item's text, under a year heading,
reads it month first, May 3. The page in, the item's date out, written here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from feeds.diagnostics import Reporter
from feeds.parse import parse_page

PAGES = [
    "### 2024\n\n- Gave a talk in Berlin on 05/03.\n",
    "### 2024\n\n- Gave a talk in Berlin (05.03).\n",
]


@pytest.mark.parametrize("news", PAGES)
def test_a_yearless_numeric_date_in_the_text_of_an_english_page_is_month_first(news):
    _, events = parse_page(Path("news.md"), text=f"## News\n\n{news}", language="en")
    assert [e.span.start_iso if e.span else None for e in events] == ["2024-05-03"]


def test_a_list_of_months_with_two_digit_years_is_read_and_said_so():
    reporter = Reporter(quiet=True)
    news = (
        "- Aug 25, Attending the cog forum.\n"
        "- Jul 25, Our paper on gears is out.\n"
        "- Dec 24, Joined GearLab.\n"
    )
    _, events = parse_page(Path("news.md"), text=f"## News\n\n{news}", reporter=reporter)
    assert [(e.span.start_iso, e.span.end.isoformat()) for e in events] == [
        ("2025-08", "2025-08-31"),
        ("2025-07", "2025-07-31"),
        ("2024-12", "2024-12-31"),
    ]
    said = [(p.source, p.line, p.message) for p in reporter.problems if p.severity == "info"]
    assert said == [
        (
            "news.md",
            None,
            "dates read as months: 3 items open with a month and a two-digit year"
            " ('Aug 25' = August 2025)",
        )
    ]


def test_a_dotted_date_only_month_first_reads_the_pages_other_dotted_dates_so():
    news = "- 8.31.23: Gave a talk at MIT.\n- 5.12.23: Joined GearLab.\n"
    _, events = parse_page(Path("news.md"), text=f"## News\n\n{news}", language="de")
    assert [e.span.start_iso for e in events] == ["2023-08-31", "2023-05-12"]

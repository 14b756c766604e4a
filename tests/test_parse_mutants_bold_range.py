"""The end of a range written after a leading bold date (``parse/bold_range.py``), the
forms mutation testing found unguarded (issue 14, bench/mutation_parse.md, session 20):
a page in, the item's start, end and title out, written here from the item."""

from __future__ import annotations

from pathlib import Path

import pytest

from feeds.parse import parse_page

ROWS = [
    # (year heading or None, item, start, end, title)
    # a bold range is the date whole: a date after its dash is the item's words
    (2022, "**Mar 3–5** – Apr 1 deadline for the summer school", "2022-03-03", "2022-03-05",
     "Apr 1 deadline for the summer school"),
    # no year heading: the end takes the start's year
    (None, "**Nov 18, 2022** - Dec 2: Visit to MIT", "2022-11-18", "2022-12-02", "Visit to MIT"),
    (None, "**Dec 28, 2022** - Jan 3: School in Davos", "2022-12-28", "2023-01-03",
     "School in Davos"),
    # a yearless end is of the start's year, not the heading's (a 13-month range before)
    (2022, "**Nov 18, 2021** - Dec 2: Visit to MIT", "2021-11-18", "2021-12-02", "Visit to MIT"),
    (2022, "05/03/2021 - 05/06: Visit to MIT", "2021-05-03", "2021-05-06", "Visit to MIT"),
    # an end on the start's day makes no range (nor one into the next year)
    (2022, "**Nov 18** - Nov 18: Talk at MIT", "2022-11-18", None, "Nov 18: Talk at MIT"),
    # an end before the start that the next year does not have (Feb 29, 2025): no range
    (2024, "**Dec 30** - Feb 29: Visiting ETH", "2024-12-30", None, "Feb 29: Visiting ETH"),
]  # fmt: skip


@pytest.mark.parametrize(("year", "item", "start", "end", "title"), ROWS)
def test_the_end_of_a_range_after_a_bold_start(year, item, start, end, title) -> None:
    heading = f"### {year}\n\n" if year else ""
    _, items = parse_page(Path("news.md"), text=f"# Me\n\n## News\n\n{heading}- {item}\n")
    assert len(items) == 1
    span = items[0].span
    assert span is not None
    assert (span.start_iso, span.end_iso, items[0].title) == (start, end, title)


LABELS = [
    # (item under "### 2022", title, kind, location)
    # a dash after a plain leading date that opens no range: the label after it still counts
    ("Nov 18 - Award: Best paper at MIT", "Best paper at MIT", "Award", None),
    # a range after a date that shares its bracket with a (linked) place keeps the place
    ("[Nov 18, [Boston](https://boston.example.org)] - Nov 20: Workshop on boats",
     "Workshop on boats", "News", "Boston"),
]  # fmt: skip


@pytest.mark.parametrize(("item", "title", "kind", "location"), LABELS)
def test_what_follows_a_leading_date_and_its_dash(item, title, kind, location) -> None:
    _, items = parse_page(Path("news.md"), text=f"# Me\n\n## News\n\n### 2022\n\n- {item}\n")
    assert len(items) == 1
    assert (items[0].title, items[0].kind, items[0].location) == (title, kind, location)

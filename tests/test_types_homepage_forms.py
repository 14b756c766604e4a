"""Item types in forms seen on real homepages (issue 8, causes C1-G, C1-H, C2-K, C2-L).

Every row is a news item written for this test in the form people use (not copied from a
site); the test puts a date in front and checks the item's count, date and type.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from feeds.parse import parse_page

TALK, PAPER, AWARD, POSITION = "talk", "paper", "award", "position"
EVENT, NEWS = "event", "news"

# C1-G: co-authorship and a DOI link are paper signals, as an arXiv link is.
CO_AUTHORED = [
    (
        "Coauthor on [Sorting Gadgets Quickly](https://doi.org/10.4321/sg.2026) "
        "(**GADG 2026**), a faster gadget sort.",
        PAPER,
    ),
    ("Co-author of [Maps of Small Lakes](https://lakes.example.org/m) (**LIMN 2025**).", PAPER),
    ("Co-authored a study of wetland methane with colleagues in Lund.", PAPER),
    ("I coauthored the chapter on sampling in the new handbook of statistics.", PAPER),
    ("[Tidal Forcing of Ice Shelves](https://doi.org/10.1029/2025GL000111)", PAPER),
    ("With Ana Ruiz: [Counting Trees in Cities](https://dx.doi.org/10.1016/j.ufug.2025.1)", PAPER),
    ("Our work [Quiet Networks] (**NETS 2026**) shows how to prune routers.", PAPER),
    # not papers: coauthors met, a data set's DOI
    ("Met my coauthors in Lisbon for a week of writing.", NEWS),
    ("Released the [urban tree census](https://doi.org/10.5281/zenodo.123456).", NEWS),
]

ROWS = CO_AUTHORED


@pytest.mark.parametrize(("item", "expected"), ROWS)
def test_homepage_form_type(item: str, expected: str) -> None:
    page = f"# Someone\n\n## News\n\n- **Mar 2026:** {item}\n- **Feb 2026:** Met a friend.\n"
    _, events = parse_page(Path("index.md"), text=page)
    assert len(events) == 2
    span = events[0].span
    assert span is not None
    assert (span.start, span.precision) == (dt.date(2026, 3, 1), "month")
    assert events[0].type == expected
    assert events[1].type == NEWS


def test_the_whole_table_on_one_page_gives_the_same_types() -> None:
    page = "# Someone\n\n## News\n\n" + "".join(f"- **Mar 2026:** {i}\n" for i, _ in ROWS)
    _, events = parse_page(Path("index.md"), text=page)
    assert [e.type for e in events] == [expected for _, expected in ROWS]

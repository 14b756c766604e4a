"""What of an item's text is not read for its type (feeds/parse/types/mask.py): a page in,
each item's type out.

Written for the mutants of ``mask`` and ``accepted_titles`` that the mutation run of
today's code left alive (issue 14, session 22); every expectation is written here from
the page.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from feeds.diagnostics import Reporter
from feeds.parse import parse_page

D = dt.date


def read(page: str):
    reporter = Reporter(quiet=True)
    _, events = parse_page(
        Path("home.md"), site_root="https://example.org/", reporter=reporter, text=page
    )
    return events, reporter.problems


# A post held until now ("Jan 2024 – present"): no one presents anything, so the item is
# a position, not a talk; its date is the start month.
ONGOING = [
    ("- Jan 2024 – present: Visiting researcher at MIT", "Visiting researcher at MIT",
     D(2024, 1, 1)),
    ("- Visiting researcher at MIT (Jan 2024 – present)", "Visiting researcher at MIT",
     D(2024, 1, 1)),
    ("- Sep 2022 to Present, Postdoc at MIT", "Postdoc at MIT", D(2022, 9, 1)),
]  # fmt: skip


@pytest.mark.parametrize(("item", "title", "start"), ONGOING)
def test_an_open_end_of_a_post_makes_no_talk(item: str, title: str, start) -> None:
    (event,), problems = read(f"## News\n\n{item}\n")
    assert (event.title, event.type, event.span.start) == (title, "position", start)
    assert problems == []


def test_the_slides_after_a_comma_leave_the_talk_a_talk() -> None:
    # "my [slides]" after a comma is an attachment the words point to: masked, while
    # "talk" right before the comma is still read.
    page = "## News\n\n- Gave a talk, my [slides](https://example.org/s.pdf) (Nov 18, 2022)\n"
    (event,), problems = read(page)
    assert (event.type, event.span.start) == ("talk", D(2022, 11, 18))
    assert problems == []


# A work's title of three letters, linked, then "is accepted": the title is not read for
# its words ("Win" says no award, "PhD" no position): the item is a paper.
SHORT_TITLES = ["Win", "PhD"]


@pytest.mark.parametrize("title", SHORT_TITLES)
def test_an_accepted_work_of_three_letters_is_a_paper(title: str) -> None:
    page = (
        f"## News\n\n- [{title}](https://example.org/w) is accepted at CVPR 2026 (Nov 18, 2025)\n"
    )
    (event,), problems = read(page)
    assert (event.title, event.type) == (f"{title} is accepted at CVPR 2026", "paper")
    assert problems == []


def test_an_accepted_title_named_again_later_is_not_read() -> None:
    # The title, linked, is accepted; named again later ("the code of <title>"): neither
    # is read for words ("Winners" says no award).
    title = "Mixing Winners for Segmentation"
    page = (
        f"## News\n\n- [{title}](https://example.org/p#x) is accepted at CVPR 2026; "
        f"the code of {title} is online (Nov 18, 2025)\n"
    )
    (event,), problems = read(page)
    assert (event.type, event.span.start) == ("paper", D(2025, 11, 18))
    assert problems == []

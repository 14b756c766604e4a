"""A heading item's paragraphs are its body (issue 8, c19 D), written for these tests.

A heading that opens with a date and goes on with words (``## 03/2026 Spring retreat``)
is a news item; the prose paragraphs under it, up to the next heading, are that item's
body, as a reader sees them: not items of their own (they have no date) and not lost.
When the heading names no type (an event's name), the body's words type the item: "Our
student contributed a talk …" makes a talk. A heading that names a type keeps it; a
paragraph with its own date is its own item.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from feeds.parse import parse_page


def items(body: str):
    """(title, start, type) of the items of a news page whose front matter titles it News."""
    text = "---\ntitle: News\n---\n" + textwrap.dedent(body)
    _, events = parse_page(Path("news.md"), text=text, headless=True)
    return events


# heading and body → title, start, type
BODIES = [
    (
        "## 03/2026 Spring retreat of the network\n"
        "Our student contributed a talk on cortical mapping and Ben presented a poster.\n",
        ("Spring retreat of the network", "2026-03", "talk"),
    ),
    (
        "## 02/2026 Annual meeting of the society\n"
        "Maria gave a very well received talk on stroke recovery.\n",
        ("Annual meeting of the society", "2026-02", "talk"),
    ),
    (
        "## 01/2026 Consortium meeting in Bonn\n"
        "We contributed a poster presentation on imaging of the spinal cord.\n",
        ("Consortium meeting in Bonn", "2026-01", "talk"),
    ),
    (
        "### March 2026: Imaging days in Leiden\n"
        "It was a great meeting.\n\nJane delivered the opening keynote on tracer kinetics.\n",
        ("Imaging days in Leiden", "2026-03", "talk"),
    ),
    (
        "## 2025-11-20 Neuro symposium in Graz\n"
        "Ben presented our latest work on axon regrowth in a short talk.\n",
        ("Neuro symposium in Graz", "2025-11-20", "talk"),
    ),
    (
        "## 10/2025 Word from the journal\n"
        "Our paper on motor maps was accepted in the Journal of Widgets.\n",
        ("Word from the journal", "2025-10", "paper"),
    ),
    (
        "## 09/2025 Summer school in Split\n"
        "Ana received the best poster award for her work on gait analysis.\n",
        ("Summer school in Split", "2025-09", "award"),
    ),
    # the heading names the type: the body does not change it
    (
        "## 08/2025 Invited talk in Paris\nWe also enjoyed the city and met old friends.\n",
        ("Invited talk in Paris", "2025-08", "talk"),
    ),
    (
        "## 07/2025 We move to a new building\nJane presented the new rooms to the dean.\n",
        ("We move to a new building", "2025-07", "position"),
    ),
    # a body that says no type leaves the heading's
    (
        "## 06/2025 Lab retreat at the lake\nWe hiked, cooked and swam in the cold lake.\n",
        ("Lab retreat at the lake", "2025-06", "event"),
    ),
]


@pytest.mark.parametrize(("body", "want"), BODIES)
def test_a_heading_items_body_types_it(body: str, want: tuple[str, str, str]) -> None:
    events = items(body + "\n## 01/2020 An older item of the list\nNothing else to say.\n")
    assert len(events) == 2  # the body makes no item of its own
    first = events[0]
    assert (first.title, first.span.start_iso if first.span else None, first.type) == want


def test_the_body_is_the_items_text_for_readers() -> None:
    events = items(
        """\
        ## 03/2026 Spring retreat of the network
        Our student contributed a talk on [cortical mapping](https://x.org/maps).

        ## 02/2026 Winter school
        """
    )
    assert [e.title for e in events] == ["Spring retreat of the network", "Winter school"]
    assert "contributed a talk" in events[0].html
    assert [link.url for link in events[0].links] == ["https://x.org/maps"]
    assert "contributed" not in events[1].html


def test_a_dated_paragraph_under_a_heading_item_is_its_own_item() -> None:
    events = items(
        """\
        ## 03/2026 Spring retreat of the network
        Jan 2026: Gave a talk at the widget seminar.
        """
    )
    assert [(e.span.start_iso, e.type) for e in events if e.span] == [
        ("2026-03", "event"),
        ("2026-01", "talk"),
    ]


def test_a_paragraph_under_another_heading_is_not_the_items() -> None:
    events = items(
        """\
        ## 03/2026 Spring retreat of the network
        We met in the mountains.

        ## Older news
        Jane gave a talk at the widget seminar.
        """
    )
    assert [(e.title, e.type) for e in events] == [("Spring retreat of the network", "event")]
    assert "gave a talk" not in events[0].html

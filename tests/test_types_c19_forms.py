"""Item types in forms of the c19 corpus (issue 8, causes E and F) and their siblings.

Every row is a news item written for this test in the form people use (not copied from a
site); :func:`type_of_first` puts a bold month in front, checks the item count and date,
and gives the type.

- E: the publication of the person's own work is a paper ("with the publication of our
  perspective on …"); a work that "has been published" is one, though a later sentence
  names something else ("… has been published. Check it out at the bookstore - A First
  Course").
- F1: listening to or watching talks is no talk given (an event); saying goodbye to
  someone leaving is a change of position.
- E3/F2: a front-matter ``category:`` that names no type by a noun (``selected``) leaves
  the type to the words; ``category: talk`` over words that say the person only attended
  is an event; a category that names a type by a noun still types an item whose words
  say nothing else.
"""

from __future__ import annotations

import textwrap
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from feeds.diagnostics import Reporter
from feeds.inputs.news_collection import read_news

from .type_table import type_of_first

TALK, PAPER, POSITION, EVENT, NEWS = "talk", "paper", "position", "event", "news"

ROWS = [
    # E: a publication of one's own work
    (
        "A great end to the year, with the publication of our perspective on open data in "
        "genomics! Congrats to the trainees who led it. Read more: https://doi.org/10.1000/xyz",
        PAPER,
    ),
    ("Excited to announce the publication of my first paper in Cell Reports.", PAPER),
    ("Celebrating the publication of our review on gut microbes with cake!", PAPER),
    (
        "My advisor's undergraduate text in PDEs has been published. Check it out at the "
        "bookstore - Partial Differential Equations: A First Course.",
        PAPER,
    ),
    ("The second edition of our textbook has been published.", PAPER),
    ("We published an op-ed in the local newspaper. See the course page.", NEWS),
    # F1: in the audience, and leaving
    (
        "We are sad to say goodbye to our two summer students. It was a pleasure to listen "
        "to your final presentations!",
        POSITION,
    ),
    ("It was a pleasure to listen to the final presentations of our summer students!", EVENT),
    ("We watched the students' final talks at the open day.", EVENT),
    ("Followed the lectures by Jane Roe on sheaves at the winter school.", EVENT),
    ("Gave a seminar at the widget institute, followed by a talk at the gear lab.", TALK),
    ("Listen to my talk at the widget seminar, now online.", TALK),
    ("Watch the recording of my keynote at the widget summit.", TALK),
    ("Invited talk at the widget symposium, Toronto (watch the talk here).", TALK),
    ("Gave a seminar at the widget institute. Click to listen to the talk.", TALK),
    ("Bid farewell to Ana, who is moving to Oslo.", POSITION),
    ("Gave a talk on gut microbes at the widget seminar.", TALK),
]


@pytest.mark.parametrize(("item", "want"), ROWS)
def test_the_type_of_an_item(item: str, want: str) -> None:
    assert type_of_first(item) == want


LONDON = ZoneInfo("Europe/London")

# category, body → type
FILED = [
    ("talk", "I attended the Spring Workshop 2024 in Berlin.", EVENT),
    ("talk", "I participated in the workshop on statistical learning in Lyon.", EVENT),
    ("talk", "Seminar at the widget institute on clustering.", TALK),
    ("talk", "I attended the widget workshop and presented my poster on clustering.", TALK),
    ("talk", "I attended the Widget Days in Lyon. I gaved a talk on clustering.", TALK),  # sic
    (
        "talk",
        "At the very beginning of my PhD, I attended the Widget Days in Lyon. I followed "
        "lectures by Jane Roe on sheaves.",
        EVENT,
    ),
    ("talks", "Colloquium of the maths department of Lyon.", TALK),
    ("selected", "A preprint of our new clustering paper is now on HAL.", PAPER),
    ("selected", "Gave a talk at the widget seminar in Lyon.", TALK),
    ("highlight", "I attended the Spring Workshop 2024 in Berlin.", EVENT),
    ("preprint", "New work on clustering with Jane Roe.", PAPER),
    ("award", "Our lab got the widget prize.", "award"),
]


@pytest.mark.parametrize(("category", "body", "want"), FILED)
def test_a_front_matter_category_and_the_words(
    tmp_path: Path, category: str, body: str, want: str
) -> None:
    path = tmp_path / "_news" / "item.md"
    path.parent.mkdir()
    path.write_text(
        textwrap.dedent(
            f"""\
            ---
            layout: post
            date: 2024-04-15
            inline: true
            category: {category}
            ---
            {body}
            """
        )
    )
    events = read_news(tmp_path, "https://x.org", LONDON, Reporter(quiet=True))
    assert len(events) == 1 and events[0].span is not None
    assert events[0].span.start_iso == "2024-04-15"
    assert events[0].type == want

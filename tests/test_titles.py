"""Item titles (issue 8 §6): no date left at the front, never cut inside a quotation.

Each row is one Markdown list item as people write them on homepages (written for these
tests) and the title a reader expects, written from the item by hand.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from feeds.parse import parse_page

TITLES = [
    # a date the date rules do not read stays out of the title all the same
    ("June'19. We are looking for a research engineer in robotics.", None,
     "We are looking for a research engineer in robotics"),
    ("Mar 2020, Gave a seminar at Inria Grenoble.", None, "Gave a seminar at Inria Grenoble"),
    ("September 2016. Two posters at the Cosyne workshops.", None,
     "Two posters at the Cosyne workshops"),
    # bracketed and bold date prefixes
    ("**[Feb 2026]**: Our group moved to the new physics building.", "2026-02",
     "Our group moved to the new physics building"),
    ("[Sep. 12, 2024] Started a postdoc at EPFL.", "2024-09-12", "Started a postdoc at EPFL"),
    # a quoted title's own question mark does not end the sentence
    ('Presented "Can Robots Learn to Ask? A Study of Queries" at HRI 2023. Slides online.',
     None, 'Presented "Can Robots Learn to Ask? A Study of Queries" at HRI 2023'),
    # too long: cut before a quotation that opens late (and not after "on")
    ("Gave a talk at the Institute for Pure and Applied Mathematics in Los Angeles, "
     'California during the long program on "Geometry of Deep Learning Models and Their '
     'Training Dynamics".', None,
     "Gave a talk at the Institute for Pure and Applied Mathematics in Los Angeles, "
     "California during the long program…"),
    # … or after one that opens early and closes soon
    ('Our paper "Sparse Identification of Nonlinear Dynamics with Control from Noisy and '
     'Incomplete Measurements in Real Time" was accepted to the IEEE Conference on Decision '
     "and Control.", None,
     'Our paper "Sparse Identification of Nonlinear Dynamics with Control from Noisy and '
     'Incomplete Measurements in Real Time"…'),
]  # fmt: skip


@pytest.mark.parametrize(("item", "start", "title"), TITLES)
def test_item_title(item: str, start: str | None, title: str) -> None:
    page = f"# Someone\n\n### News\n\n- {item}\n"
    _, events = parse_page(Path("index.md"), text=page)
    assert len(events) == 1
    if start is not None:
        assert events[0].span is not None and events[0].span.start_iso == start
    assert events[0].title == title
    assert len(title) <= 160 and title.count('"') % 2 == 0

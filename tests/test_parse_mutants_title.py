"""The title an item is published under (feeds/parse/title.py), item text in, title out.

Written for the mutants a mutation run of ``title.py`` left alive (issue 14); every
expected title is written here from the item's text.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from feeds.diagnostics import Reporter
from feeds.parse import parse_page

ARXIV = "https://arxiv.org/abs/2301.01234"
PDF = "https://example.org/p.pdf"

ROWS = [
    # a paper: the title-like text of its arXiv link
    (f"- **Paper**: [Deep Graph Limits for All]({ARXIV}) accepted at ICML (Jan 2023)",
     "Deep Graph Limits for All"),
    # three words make a title; a generic phrase does not, however long
    (f"- **Paper**: [Graph Limits Revisited]({ARXIV}) accepted (Jan 2023)",
     "Graph Limits Revisited"),
    (f"- **Paper**: Our work on graphs is [now live online with open access]({ARXIV}) "
     "(Jan 2023)", "Our work on graphs is now live online with open access"),
    # with an arXiv link, another link (a video) never names the paper
    (f"- **Paper**: [UniX]({ARXIV}) accepted; watch [a video about the work](https://youtu.be/x)"
     " (Jan 2023)", "UniX accepted"),  # "; watch …" points elsewhere: not the title
    # a short arXiv name is no title: the item's text is
    (f"- **Paper**: [UniX]({ARXIV}) accepted at ICML (Jan 2023)", "UniX accepted at ICML"),
    # no arXiv link: any title-like link text of a paper
    (f"- **Paper**: [Deep Graph Limits for All]({PDF}) accepted at ICML (Jan 2023)",
     "Deep Graph Limits for All"),
    # without a "Paper" label or an arXiv link, no link names the item
    (f"- New preprint [Deep Graph Limits for All]({PDF}) is out (Jan 2023)",
     "New preprint Deep Graph Limits for All is out"),
    # an arXiv link makes the item a paper, but only a paper label titles it by the link
    (f"- New preprint [Deep Graph Limits for All]({ARXIV}) is out (Jan 2023)",
     "New preprint Deep Graph Limits for All is out"),
    # generic link text is no title
    (f"- **Paper**: [the paper]({PDF}) accepted at ICML (Jan 2023)",
     "The paper accepted at ICML"),
    # not a paper: a link's text is not the title
    (f"- Our work [Deep Graph Limits for All]({PDF}) got press (Jan 2023)",
     "Our work Deep Graph Limits for All got press"),
    # talks: where, without "at the"; a session as "Venue: session"
    ("- **Talk** at the Session Graphs at SIAM AN22 (Jul 2022)", "SIAM AN22: Graphs"),
    ("- **Talk** at the minisymposium Graph Limits at the SIAM Annual Meeting (Jul 2022)",
     "SIAM Annual Meeting: Graph Limits"),
    ("- **Talk** @ MIT (Jul 2022)", "MIT"),
    ("- **Talk** during the Seminar (Jul 2022)", "Seminar"),
    # the first sentence only
    ("- **Talk** in the Seminar on Graphs. More text follows here (Jul 2022)",
     "Seminar on Graphs"),
    # attachments leave the title, bracketed, in parentheses or as trailing link words
    ("- **Talk** at MIT [[Slides](s.pdf)] [[Video](v.mp4)] (Jul 2022)", "MIT"),
    ("- **Talk** at MIT ([slides](s.pdf)) on graphs (Jul 2022)", "MIT on graphs"),
    ("- Gave a talk at MIT [Slides](s.pdf) [Code](c.zip) (Jul 2022)", "Gave a talk at MIT"),
    ("- Gave a talk at MIT, [Slides](s.pdf), [Code](c.zip) (Jul 2022)", "Gave a talk at MIT"),
    ("- **Talk** at MIT [[Slides](s.pdf)] on graphs (Jul 2022)", "MIT on graphs"),
    # a link that is no attachment stays
    ("- Visited [MIT](https://mit.edu) (Jul 2022)", "Visited MIT"),
    ("- **Talk** at MIT. [Slides] (Jul 2022)", "MIT"),
    # trailing brackets in plain text (no links) leave the title too, however written
    ("- Seminar at MIT [slides] [video] (Jul 2022)", "Seminar at MIT"),
    ("- Seminar at MIT [slides][video] (Jul 2022)", "Seminar at MIT"),
    ("- Seminar at MIT [slides]. (Jul 2022)", "Seminar at MIT"),
    ("- Seminar [online] on graphs [slides] (Jul 2022)", "Seminar [online] on graphs"),
    ("- **Talk** [video] (Jul 2022)", "Talk"),
    # brackets inside the text stay, and so does the end of a word
    ("- Seminar on intervals [a, b) and sums (Jul 2022)", "Seminar on intervals [a, b) and sums"),
    ("- Seminar about SpaceX (Jul 2022)", "Seminar about SpaceX"),
    # a bracket that holds brackets is no attachment
    ("- **Talk** at MIT [note [x]] (Jul 2022)", "MIT [note [x]]"),
    # no leading emoji, a capital first letter, no trailing "!!!"
    ("- 🎉 🎉 great news: we won (Jul 2022)", "Great news: we won"),
    ("- **Award**: best paper at CVPR!!! (Jul 2022)", "Best paper at CVPR"),
    # a date the date rules left in front is no part of the title
    ("- **Award** [Sept. 2017] Best paper (Sep 2017)", "Best paper"),
    ("- **Award** 2017.09: Best paper (Sep 2017)", "Best paper"),
]  # fmt: skip


@pytest.mark.parametrize(("line", "title"), ROWS)
def test_item_title(line, title):
    reporter = Reporter(quiet=True)
    _, events = parse_page(Path("home.md"), site_root="https://example.org/",
                           reporter=reporter, text=f"## News\n{line}\n")  # fmt: skip
    (event,) = events
    assert event.span is not None
    assert event.title == title


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("- Feb 30, 2019 Two posters at the workshop", "Two posters at the workshop"),
        ("- 2017/09/31: Two posters at the workshop", "Two posters at the workshop"),
    ],
)
def test_an_impossible_date_in_front_is_no_part_of_the_title(line, title):
    """The date rules do not read a day that does not exist; the item is published
    undated, and the date-like words still stay out of its title."""
    reporter = Reporter(quiet=True)
    _, events = parse_page(Path("home.md"), reporter=reporter, text=f"## News\n{line}\n")
    (event,) = events
    assert event.span is None
    assert event.title == title

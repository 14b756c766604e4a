"""Ids of items that share a day: some with a link, some without, in both page orders
(mutation testing: the rules of `feeds.ids._tell_apart` for a group where the link leaves
several link-less items were never reached). Every id is written here from the page: the
day; then, for all but the day's oldest item, the digest of its link (its host and path)
when the others have links, else of its title's words; the oldest keeps the bare day.
"""

from __future__ import annotations

import hashlib

import pytest

from feeds.build import load_site
from feeds.diagnostics import Reporter

TAG = "tag:example.org,2020:"


def digest(text: str) -> str:
    """The first 10 hex digits of the SHA-1 of ``text`` (the id's distinguishing part)."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]


DAY = "2022-11-18"
CASES = {
    "newest first, the oldest of the day without a link": (
        "- **Talk** at B, no link (Nov 18, 2022)\n"
        "- **Talk** at [C](https://c.example/) (Nov 18, 2022)\n"
        "- **Talk** at D, no link (Nov 18, 2022)\n"
        "- **Talk** at E (Nov 17, 2022)\n",
        [f"{DAY}/{digest('b-no-link')}", f"{DAY}/{digest('c.example')}", DAY, "2022-11-17"],
    ),
    "newest first, the oldest of the day linked: the two without a link by their titles": (
        "- **Talk** at B, no link (Nov 18, 2022)\n"
        "- **Talk** at D, no link (Nov 18, 2022)\n"
        "- **Talk** at [C](https://c.example/) (Nov 18, 2022)\n"
        "- **Talk** at [F](https://f.example/) (Nov 18, 2022)\n"
        "- **Talk** at E (Nov 17, 2022)\n",
        [
            f"{DAY}/{digest('b-no-link')}",
            f"{DAY}/{digest('d-no-link')}",
            f"{DAY}/{digest('c.example')}",
            DAY,
            "2022-11-17",
        ],
    ),
    "two of the day share a link, the oldest has another": (
        "- **Talk** at [F](https://f.example/) (Nov 18, 2022)\n"
        "- **Talk** at [C one](https://c.example/) (Nov 18, 2022)\n"
        "- **Talk** at [C two](https://c.example/) (Nov 18, 2022)\n"
        "- **Talk** at [G](https://g.example/) (Nov 18, 2022)\n"
        "- **Talk** at E (Nov 17, 2022)\n",
        [
            f"{DAY}/{digest('f.example')}",
            f"{DAY}/{digest('c.example')}/{digest('c-one')}",
            f"{DAY}/{digest('c.example')}",  # the older of the two: its link only
            DAY,
            "2022-11-17",
        ],
    ),
    "oldest first: the first of the day keeps the day": (
        "- **Talk** at A (Nov 16, 2022)\n"
        "- **Talk** at E (Nov 17, 2022)\n"
        "- **Talk** at D, no link (Nov 18, 2022)\n"
        "- **Talk** at [C](https://c.example/) (Nov 18, 2022)\n"
        "- **Talk** at B, no link (Nov 18, 2022)\n"
        "- **Talk** at G (Nov 19, 2022)\n",
        [
            "2022-11-16",
            "2022-11-17",
            DAY,
            f"{DAY}/{digest('c.example')}",
            f"{DAY}/{digest('b-no-link')}",
            "2022-11-19",
        ],
    ),
    "one paper in two news; undated items without a link": (
        "- **Award**: [A paper on gears](https://arxiv.org/abs/2211.00799) won a prize"
        " (Dec 2, 2022)\n"
        "- **Paper**: [A paper on gears](https://arxiv.org/abs/2211.00799) released"
        " (Nov 18, 2022)\n"
        "- **Talk** at a seminar, no link and no date\n"
        "- **Talk** at another seminar, no date either\n",
        [
            "arxiv/2211.00799/2022-12-02",  # the newer news of the paper: its date
            "arxiv/2211.00799",
            f"undated/{digest('a-seminar-no-link-and-no-date')}",
            f"undated/{digest('another-seminar-no-date-either')}",
        ],
    ),
}


@pytest.mark.parametrize(("news", "ids"), CASES.values(), ids=CASES.keys())
def test_ids_of_items_of_one_day(make_site, news, ids) -> None:
    site = load_site(make_site(news), reporter=Reporter(quiet=True))
    assert [e.id.removeprefix(TAG) for e in site.events] == ids


def test_items_whose_ids_only_their_place_tells_apart_are_reported(make_site) -> None:
    """Two undated news of one paper with the same title: their date (none) sets them
    apart from the paper's dated news, then only their titles are compared, the same; the
    second id gets ``-2`` (its place on the page), and the build says so (``feeds check``
    fails on a "duplicate"). A word-for-word copy of a dated item likewise."""
    news = (
        "- **Award**: [A paper on gears](https://arxiv.org/abs/2211.00799)\n"
        "- **Talk**: [A paper on gears](https://arxiv.org/abs/2211.00799)\n"
        "- **Paper**: [A paper on gears](https://arxiv.org/abs/2211.00799) released"
        " (Nov 18, 2022)\n"
        "- **Talk** at [C](https://c.example/) (Nov 17, 2022)\n"
        "- **Talk** at [C](https://c.example/) (Nov 17, 2022)\n"
    )
    reporter = Reporter(quiet=True)
    site = load_site(make_site(news), reporter=reporter)
    title = digest("a-paper-on-gears")
    assert [e.id.removeprefix(TAG) for e in site.events] == [
        f"arxiv/2211.00799/{title}",
        f"arxiv/2211.00799/{title}-2",
        "arxiv/2211.00799",
        "2022-11-17",
        "2022-11-17-2",
    ]
    page = str(site.page_path)
    duplicates = [
        (p.source, p.line, p.severity, p.message)
        for p in reporter.problems
        if p.code == "duplicate"
    ]
    assert duplicates == [
        (page, 10, "warning", f"duplicate news item (same as {page}:9)"),
        (page, 13, "warning", f"duplicate news item (same as {page}:12)"),
    ]

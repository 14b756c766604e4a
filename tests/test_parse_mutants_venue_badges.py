"""A bold badge in parentheses beside links (``parse/venue_badges.py``; issue 14,
bench/mutation_parse.md "Session 23: mutate14c").

``**(Oral)** (CVPR 2025) Title`` with a link in the item: a link after the badge (the
title's, a PDF's), a linked venue tag written right after it, or an icon link right
before it leaves the badge a badge: the venue tag still gives the year and is no title.

Expectations are written here from the input; the list is read back with json.
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from feeds.cli import main

# line → (title, start, precision, type)
ROWS = [
    (
        "- **(Oral)** (CVPR 2025) Learning to see. [PDF](https://x.org/p.pdf)",
        ("Learning to see", "2025", "year", "paper"),
    ),
    (
        "- **(Spotlight)** (NeurIPS 2024) [Sparse graphs](https://x.org/p)",
        ("Sparse graphs", "2024", "year", "paper"),
    ),
    (
        "- **(Oral)**[(CVPR 2025)](https://cvpr.org) Learning to see",
        ("Learning to see", "2025", "year", "paper"),
    ),
    (
        "- [![](https://x.org/pdf.png)](https://x.org/p.pdf)**(Oral)** (CVPR 2025) Learning to see",
        ("Learning to see", "2025", "year", "paper"),
    ),
]


@pytest.mark.parametrize(("line", "want"), ROWS, ids=[line for line, _ in ROWS])
def test_a_badge_beside_links(make_site, line, want) -> None:
    result = CliRunner().invoke(
        main, ["list", "--content", str(make_site(line)), "--now", "2026-01-01", "--json"]
    )
    assert result.exit_code == 0, result.output
    (item,) = json.loads(result.stdout)
    assert (item["title"], item["start"], item["precision"], item["type"]) == want

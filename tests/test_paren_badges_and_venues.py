"""A bold word in parentheses opening an item is a badge, and a venue tag may be in
parentheses (issue 8): ``**(Oral)** (CVPR 2025) Title`` took "(Oral)" as its kind label
and had no date. The badge is neither label nor title; ``(CVPR 2025)`` gives the year and
says a paper, as ``[CVPR 2025]`` does.

Expectations are written here from the input; the list is read back with json.
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from feeds.cli import main

# line → (title, start, precision, type, kind)
ITEMS = [
    (
        "- **(Oral)** (CVPR 2025) Learning to see graphs",
        ("Learning to see graphs", "2025", "year", "paper", None),
    ),
    (
        "- **(Spotlight)** (NeurIPS 2024) Sparse graphs",
        ("Sparse graphs", "2024", "year", "paper", None),
    ),
    (
        "- **(Highlight)** (ECCV'24) Depth from fog",
        ("Depth from fog", "2024", "year", "paper", None),
    ),
    ("- **(Best Paper)**: (ICCV 2023) Flow fields", ("Flow fields", "2023", "year", "award", None)),
    (
        "- **(Oral)** [ICML 2024] Sparse attention",
        ("Sparse attention", "2024", "year", "paper", None),
    ),
    (
        "- (CVPR 2025) Learning to see trees",
        ("Learning to see trees", "2025", "year", "paper", None),
    ),
    # a date of its own still dates it; the badge is still no label
    (
        "- **(Oral)** Our paper on fog was accepted to ECCV (Jul 2024)",
        ("Our paper on fog was accepted to ECCV", "2024-07", "month", "paper", None),
    ),
    # a bold label in square brackets stays a label, a plain one too
    (
        "- **[Talk]** Graphs at MIT (May 3, 2024)",
        ("Graphs at MIT", "2024-05-03", "day", "talk", "Talk"),
    ),
]


@pytest.mark.parametrize(("line", "want"), ITEMS, ids=[line for line, _ in ITEMS])
def test_a_badge_then_a_venue_tag(make_site, line, want) -> None:
    folder = make_site(line)
    result = CliRunner().invoke(
        main, ["list", "--content", str(folder), "--now", "2026-01-01", "--json"]
    )
    assert result.exit_code == 0, result.output
    (item,) = json.loads(result.stdout)
    assert (item["title"], item["start"], item["precision"], item["type"], item["kind"]) == want

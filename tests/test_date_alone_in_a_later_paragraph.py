"""A later paragraph of a list item that is only a date dates the item (issue 8):
``- Talk at MIT``, a blank line, then ``  Nov 18, 2022`` indented under it was published
undated with a warning. The date alone (emphasised, bracketed or after a dash too) is the
item's; words that only mention nothing dated leave it undated, with the warning.

Expectations are written here from the input; the list is read back with json.
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from feeds.cli import main

# item (its later paragraphs indented under it) → (title, start, precision)
ITEMS = [
    ("- Talk at MIT on graphs\n\n  Nov 18, 2022", ("Talk at MIT on graphs", "2022-11-18", "day")),
    (
        "- Paper accepted at ICML\n\n  *March 3, 2023*",
        ("Paper accepted at ICML", "2023-03-03", "day"),
    ),
    ("- Seminar at Rice\n\n  [2023-05-04]", ("Seminar at Rice", "2023-05-04", "day")),
    (
        "- Visit to ETH Zurich\n\n  Slides online\n\n  — June 2021",
        ("Visit to ETH Zurich", "2021-06", "month"),
    ),
    (
        "* Keynote at the Graph Workshop\n\n    12 October 2024",
        ("Keynote at the Graph Workshop", "2024-10-12", "day"),
    ),
    ("- Gave a talk at Duke\n\n  **Sep 2020**", ("Gave a talk at Duke", "2020-09", "month")),
]


def _listed(folder):
    result = CliRunner().invoke(
        main, ["list", "--content", str(folder), "--now", "2026-01-01", "--json"]
    )
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout), result.stderr


@pytest.mark.parametrize(("item", "want"), ITEMS, ids=[item.split("\n")[0] for item, _ in ITEMS])
def test_a_date_alone_in_a_later_paragraph_dates_the_item(make_site, item, want) -> None:
    (found,), said = _listed(make_site(item))
    assert (found["title"], found["start"], found["precision"]) == want
    assert "warning" not in said


def test_a_later_paragraph_of_words_does_not(make_site) -> None:
    (found,), said = _listed(make_site("- Talk at Yale on trees\n\n  Slides from 2019 are online."))
    assert (found["title"], found["start"]) == ("Talk at Yale on trees", None)
    assert "index.md:9: warning: no date found" in said

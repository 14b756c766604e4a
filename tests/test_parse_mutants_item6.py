"""An item wholly in brackets beside an icon link (``item._unbracketed``; issue 14,
bench/mutation_parse.md "Session 23: mutate14c").

Old homepages mark a fresh item with a linked "new" icon: ``<a href=…><img
src="new.gif"></a> [Paper accepted at ICML (Nov 2022)]``. The icon link has no text, so
it holds neither bracket: the item is still read from the words inside the brackets
(it was titled "News"). Before the icon, after it, in Markdown or HTML.

And a month without its year ending an item that opens with the year, under that year's
heading (``### 2024`` over ``- 2024: Talk at MIT (April)``): the month, read in the
heading's year, makes the item's date finer and leaves the title (``to_item``: the
trailing date after a leading one is read with the heading's year).

Expectations are written here from the input; the list is read back with json.
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from feeds.cli import main

ICON = "[![](https://x.org/new.gif)](https://x.org/p.pdf)"

# line → (title, start, precision, type)
ROWS = [
    (
        f"- {ICON} [Paper accepted at ICML (Nov 2022)]",
        ("Paper accepted at ICML", "2022-11", "month", "paper"),
    ),
    (
        '- <a href="https://x.org/p.pdf"><img src="new.gif"></a> [Talk at MIT (Nov 18, 2022)]',
        ("Talk at MIT", "2022-11-18", "day", "talk"),
    ),
    (
        f"- [Paper accepted at ICML (Nov 2022)] {ICON}",
        ("Paper accepted at ICML", "2022-11", "month", "paper"),
    ),
]


@pytest.mark.parametrize(("line", "want"), ROWS, ids=[line for line, _ in ROWS])
def test_a_bracketed_item_beside_an_icon_link(make_site, line, want) -> None:
    result = CliRunner().invoke(
        main, ["list", "--content", str(make_site(line)), "--now", "2026-01-01", "--json"]
    )
    assert result.exit_code == 0, result.output
    (item,) = json.loads(result.stdout)
    assert (item["title"], item["start"], item["precision"], item["type"]) == want


def test_a_yearless_month_after_a_leading_year_under_its_heading(make_site) -> None:
    folder = make_site("### 2024\n\n- 2024: Talk at MIT (April)")
    result = CliRunner().invoke(
        main, ["list", "--content", str(folder), "--now", "2024-01-01", "--json"]
    )
    assert result.exit_code == 0, result.output
    (item,) = json.loads(result.stdout)
    assert (item["title"], item["start"], item["precision"]) == ("Talk at MIT", "2024-04", "month")

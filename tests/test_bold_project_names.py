"""A bold project name opening an item is the subject of its sentence, not a label of the
item's kind (issue 8, corpus c16: a Zola ``data/news.toml`` whose entries read
``**Name** released: …`` / ``**Name** updated: …``).

A bold run followed by words in lower case is a label only when it names a kind: a type of
the tables (``**Talk** at X``) or a common heading (``**Outreach** visited a school``,
``**Code** released for …``); otherwise (``**Helios** released: a runtime …``) the name
stays in the title, no colon after the verb makes a label of ``Helios released``, and the
words and links type the item. Labels followed by a colon, a dash or a capital word stay
labels. Pages are written here in our own words; ``feeds list --json`` is read back with
``json``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .cli_run import one_item

ARXIV = "https://arxiv.org/abs/2605.00001"

# (the list entry, (kind label, title, type, start))
ROWS = [
    (
        f"- 2026-05-02: **Helios** released: a compact runtime for toy robots. [Paper]({ARXIV})",
        (None, "Helios released: a compact runtime for toy robots", "paper", "2026-05-02"),
    ),
    (
        "- 2026-05-02: **Helios** v0.2 released: a compact runtime for toy robots.",
        (None, "Helios v0.2 released: a compact runtime for toy robots", "news", "2026-05-02"),
    ),
    (
        "- 2026-05-02: **Boat Lite** updated to v0.3: adds toy boat support.",
        (None, "Boat Lite updated to v0.3: adds toy boat support", "news", "2026-05-02"),
    ),
    (
        "- 2026-05-02: **ToyNet** is out: a new network for toy boats.",
        (None, "ToyNet is out: a new network for toy boats", "paper", "2026-05-02"),
    ),
    (
        "- 2026-05-02: **Helios** accepted at SomeConf 2026!",
        (None, "Helios accepted at SomeConf 2026", "paper", "2026-05-02"),
    ),
    # labels that stay labels
    (
        "- 2022-12-01: **Talk** at Foo University on toy boats",
        ("Talk", "Foo University on toy boats", "talk", "2022-12-01"),
    ),
    (
        "- 2022-10-01: **Outreach** visited a school to show toy boats",
        ("Outreach", "Visited a school to show toy boats", "event", "2022-10-01"),
    ),
    (
        "- 2022-10-01: **Helios**: a compact runtime for toy robots",
        ("Helios", "A compact runtime for toy robots", "news", "2022-10-01"),
    ),
    (
        "- 2022-10-01: **Media** coverage of our toy boats in the Example Times",
        ("Media", "Coverage of our toy boats in the Example Times", "news", "2022-10-01"),
    ),
    (
        "- 2022-11-01: **Award:** Best poster prize at Foo",
        ("Award", "Best poster prize at Foo", "award", "2022-11-01"),
    ),
]


@pytest.mark.parametrize(("entry", "expected"), ROWS)
def test_a_bold_project_name_stays_in_the_title(tmp_path: Path, entry: str, expected) -> None:
    item = one_item(tmp_path, "News", entry)
    assert (item["kind"], item["title"], item["type"], item["start"]) == expected

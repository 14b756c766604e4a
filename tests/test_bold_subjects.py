"""A leading bold name that the sentence goes on about is no label of the item's kind,
and a fullwidth colon after a leading date never stays in the title (issue 8, corpus c7:
``- *2023.08*: 🎉 **Toy Avatars** 被 **SomeConf 2023** 接受!``, ``- *2025.07*：…``).

A bold label still is one when a colon or dash follows it, or when no verb does
(``**Talk** at X``). Pages are written here in our own words; ``feeds list --json`` is
read back with ``json``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .cli_run import one_item

# (the list entry, (kind label, title, type, start))
ROWS = [
    (
        "- *2023.08*: &nbsp;🎉 **Toy Avatars** 被 **SomeConf 2023** 接受!",
        (None, "Toy Avatars 被 SomeConf 2023 接受", "paper", "2023-08"),
    ),
    (
        "- *2025.07*：&nbsp;🎉 2 篇论文被 **SomeConf 2025** 接受!",
        (None, "2 篇论文被 SomeConf 2025 接受", "paper", "2025-07"),
    ),
    (
        "- **2024.03**：Gave a talk at Foo University",
        (None, "Gave a talk at Foo University", "talk", "2024-03"),
    ),
    (
        "- [2022.10]：Joined Foo Lab as a research intern",
        (None, "Joined Foo Lab as a research intern", "position", "2022-10"),
    ),
    (
        "- 2023-08-02: **Toy Avatars** was accepted to **SomeConf 2023**!",
        (None, "Toy Avatars was accepted to SomeConf 2023", "paper", "2023-08-02"),
    ),
    (
        "- 2023-02-01: **ToyNet**が採択されました",
        (None, "ToyNetが採択されました", "paper", "2023-02-01"),
    ),
    (
        "- 2023-01-05: **ToyNet** and **BoatNet** accepted at SomeConf",
        (None, "ToyNet and BoatNet accepted at SomeConf", "paper", "2023-01-05"),
    ),
    (
        "- 2022-12-01: **Talk** at Foo University on toy boats",
        ("Talk", "Foo University on toy boats", "talk", "2022-12-01"),
    ),
    (
        "- 2022-11-01: **Award:** Best poster prize at Foo",
        ("Award", "Best poster prize at Foo", "award", "2022-11-01"),
    ),
    (
        "- 2022-10-01: **Outreach** Visited a school to show toy boats",
        ("Outreach", "Visited a school to show toy boats", "event", "2022-10-01"),
    ),
]


@pytest.mark.parametrize(("entry", "expected"), ROWS)
def test_a_bold_subject_stays_in_the_title(tmp_path: Path, entry: str, expected) -> None:
    item = one_item(tmp_path, "🔥 新闻", entry)
    assert (item["kind"], item["title"], item["type"], item["start"]) == expected

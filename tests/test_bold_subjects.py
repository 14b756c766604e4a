"""A leading bold name that the sentence goes on about is no label of the item's kind,
and a fullwidth colon after a leading date never stays in the title (issue 8, corpus c7:
``- *2023.08*: 🎉 **Toy Avatars** 被 **SomeConf 2023** 接受!``, ``- *2025.07*：…``).

A bold label still is one when a colon or dash follows it, or when no verb does
(``**Talk** at X``). A bold name written against the Chinese words after it
(``**李明**博士关于…``, ``**王芳**的学位论文…``) is the sentence's subject (session 26's
scan, a Hexo page), unless it names a kind (``**获奖**：…``). Pages are written here
in our own words; ``feeds list --json`` is read back with ``json``.
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
        "- 2026-07: **李明**博士关于玩具船的论文发表于 **Toy Letters**",
        (None, "李明博士关于玩具船的论文发表于 Toy Letters", "paper", "2026-07"),
    ),
    (
        "- 2025-12: **王芳**的学位论文入选优秀硕士学位论文",
        (None, "王芳的学位论文入选优秀硕士学位论文", "award", "2025-12"),
    ),
    (
        "- 2025-11: **张伟**教授加入玩具船实验室",
        (None, "张伟教授加入玩具船实验室", "position", "2025-11"),
    ),
    (
        "- 2025-10: **获奖**：玩具船项目获得最佳海报奖",
        ("获奖", "玩具船项目获得最佳海报奖", "award", "2025-10"),
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

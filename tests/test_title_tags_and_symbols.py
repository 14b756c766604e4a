"""Feed titles of real news lines (issue 8): a bracketed tag at the start is one unit, both
brackets kept, in CJK brackets as in ASCII ones (``【论文+2】``, ``[Paper]``); a title is
never cut after a dotted abbreviation (``M.Sc.``, ``B.Eng.``, ``Ph.D.``, ``e.g.``); and a
Greek letter that opens a title (``$\\pi^2$`` → ``π²``, ``α-Net``) stays lower case, as
the formula wrote it. Pages written for these tests; titles read from ``feeds list --json``."""

from __future__ import annotations

import pytest

from tests.test_leftover_forms import listed

TITLES = [
    # (item after its date, expected title)
    ("📃【论文+2】某实验室**2篇**论文被**ACL 2025**接收",
     "【论文+2】某实验室2篇论文被ACL 2025接收"),
    ("【获奖】某同学获得最佳论文奖", "【获奖】某同学获得最佳论文奖"),
    ("🎤「講演」東京大学で講演しました", "「講演」東京大学で講演しました"),
    ("🎉 [Paper] Our paper was accepted at ACL 2025.",
     "[Paper] Our paper was accepted at ACL 2025"),
    (
        "I am awarded M.Sc. degree with Merit from Example College.",
        "I am awarded M.Sc. degree with Merit from Example College",
    ),
    (
        "I received the B.Eng. degree from Example University. Then I moved on.",
        "I received the B.Eng. degree from Example University",
    ),
    ("Got my Ph.D. in physics from Example University.",
     "Got my Ph.D. in physics from Example University"),
    (
        "We thank our funders, e.g. the Example Foundation. More soon.",
        "We thank our funders, e.g. the Example Foundation",
    ),
    ("Talk at Example University. Slides online.", "Talk at Example University"),
    ("🎉 [$\\pi^2$](https://example.org/pi2/) accepted by **ICLR 2026**!",
     "π² accepted by ICLR 2026"),
    ("[$\\alpha$-Net](https://example.org/a/) accepted at ICML.", "α-Net accepted at ICML"),
    ("$\\Pi$-Flow accepted at ICML.", "Π-Flow accepted at ICML"),
    ("our robot won the challenge.", "Our robot won the challenge"),
]  # fmt: skip


@pytest.mark.parametrize(("item", "title"), TITLES)
def test_a_title_keeps_its_tag_abbreviations_and_symbols(tmp_path, item, title):
    (one,) = listed(tmp_path, f"# Me\n\n## News\n\n- 2025-08-12: {item}\n")
    assert one["title"] == title

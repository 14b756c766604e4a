"""Chinese "X谈Y" (X talks about Y, issue 8) is a talk only where an event is named: after
a tag that gives the event's year (【WAIC2025】王教授谈…) or "在…大会上谈…"; a plain
headline "王教授谈…" (often an interview) and the many words with 谈 (座谈会, 访谈, 洽谈,
谈判, 谈到) are not. Items written for these tests; types read back from ``feeds list``."""

from __future__ import annotations

import pytest

from tests.test_leftover_forms import listed

TALKS_ABOUT = [
    ("💪【WAIC2025】王教授谈语音大模型的未来 【公众号推送】", "talk"),
    ("【CNCC 2024】李老师谈智能语音", "talk"),
    ("王教授在世界人工智能大会上谈大模型安全", "talk"),
    ("【新闻】王教授谈人工智能", "news"),
    ("【2024年会】学生座谈会顺利举办", "event"),
    ("王教授接受采访谈大模型", "news"),
    ("双方就合作进行了洽谈", "news"),
    ("在2024年会上谈到了合作", "event"),
]


@pytest.mark.parametrize(("item", "type_"), TALKS_ABOUT)
def test_x_talks_about_y_is_a_talk_where_an_event_is_named(tmp_path, item, type_):
    (one,) = listed(tmp_path, f"# 主页\n\n## 新闻\n\n- 2025-08-12: {item}\n")
    assert one["type"] == type_

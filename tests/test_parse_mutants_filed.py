"""The type of an item a site files under a front-matter ``category:``
(``types/filed.py``, issue 14): a category naming a type by a noun types the item, unless
the words say the author only attended. Each row is a front-matter item in, the type a
reader gives it out; written here from the words.
"""

from __future__ import annotations

import textwrap
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from feeds.diagnostics import Reporter
from feeds.inputs.news_collection import read_news

# category, body → type
FILED = [
    # the category names a talk; the words say an award: the category decides
    ("talk", "Our lab got the widget prize.", "talk"),
    # the words name a workshop, no verb says the author attended it: a talk still
    ("talk", "Went to the Spring Workshop 2024 in Berlin.", "talk"),
    # the first verb says joining, not attending: a talk still
    ("talk", "Joined the Spring Workshop 2024 in Berlin.", "talk"),
    # the first verb says attending: an event
    ("talk", "Traveled to Berlin and attended the Spring Workshop 2024.", "event"),
]


@pytest.mark.parametrize(("category", "body", "want"), FILED)
def test_a_category_and_the_words(tmp_path: Path, category: str, body: str, want: str) -> None:
    path = tmp_path / "_news" / "item.md"
    path.parent.mkdir()
    path.write_text(
        textwrap.dedent(
            f"""\
            ---
            layout: post
            date: 2024-04-15
            inline: true
            category: {category}
            ---
            {body}
            """
        )
    )
    events = read_news(tmp_path, "https://x.org", ZoneInfo("Europe/London"), Reporter(quiet=True))
    assert len(events) == 1 and events[0].span is not None
    assert events[0].span.start_iso == "2024-04-15"
    assert events[0].type == want

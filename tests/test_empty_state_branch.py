"""The empty-state branch of a Liquid list (:mod:`feeds.inputs.page_tags`): what a page
shows only when the list it tests is empty (``{% if news.size == 0 %}<h3>No news
yet</h3>{% endif %}``) is never its news heading nor an item; the loop over the data file
is the news. Expectations written from the input, read back from ``feeds list --json``."""

from __future__ import annotations

from pathlib import Path

import pytest

from .hugo_sites import listed, summary, write

NEWS_YML = """\
- date: 2026-02-10
  title: "Our lab moved into the new robotics hall."
- date: 2025-11-03
  title: "Mia's paper on orchard mapping was accepted at the Example Journal."
"""
PAGE = """\
---
layout: page
title: News
permalink: /news/
---

{{% assign sorted_news = site.data.news | sort: 'date' | reverse %}}
<div class="news-archive">
  {{% for item in sorted_news %}}
  <div class="news-item"><span>{{{{ item.date | date: "%B %d, %Y" }}}}</span>
  <p>{{{{ item.title }}}}</p></div>
  {{% endfor %}}
</div>

{empty}
"""
EXPECTED = [
    ("Our lab moved into the new robotics hall", "2026-02-10", "day", "news"),
    (
        "Mia's paper on orchard mapping was accepted at the Example Journal",
        "2025-11-03",
        "day",
        "paper",
    ),
]


@pytest.mark.parametrize(
    "empty",
    [
        '{% if sorted_news.size == 0 %}\n  <div class="empty">\n    <h3>No news yet</h3>\n'
        "    <p>Check back later.</p>\n  </div>\n{% endif %}",
        "{% if site.data.news == nil or site.data.news.size == 0 %}\n<h2>Latest news</h2>\n"
        "<p>News coming soon.</p>\n{% else %}\n<p>See also the blog.</p>\n{% endif %}",
        "{%- if sorted_news.size < 1 -%}\n### No updates\n{%- endif -%}",
    ],
)
def test_the_empty_state_heading_is_not_the_news(tmp_path: Path, empty: str) -> None:
    site = write(
        tmp_path,
        {
            "_config.yml": "title: Lab\n",
            "_data/news.yml": NEWS_YML,
            "news.md": PAGE.format(empty=empty),
        },
    )
    items, result = listed(site)
    assert summary(items) == EXPECTED
    assert "error" not in result.stderr, result.stderr


def test_a_branch_shown_when_a_value_is_unset_is_read(tmp_path: Path) -> None:
    page = (
        "---\ntitle: Lab\n---\n\n{% if page.banner == nil %}\n## News\n\n"
        "- 2026-01-12: Our lab moved into the new robotics hall.\n{% endif %}\n"
    )
    site = write(tmp_path, {"_config.yml": "title: Lab\n", "index.md": page})
    items, _ = listed(site)
    assert summary(items) == [EXPECTED[0][:1] + ("2026-01-12", "day", "news")]

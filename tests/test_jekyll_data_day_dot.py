"""A ``_data`` entry dated "D. Month YYYY" (``date: 3. March 2024``, the German way) and
shown through a Liquid loop keeps its day (issue 8, c7 cause D): the day and its dot are
a date, never an ordered-list marker. Written in our own words; expectations from the input."""

from __future__ import annotations

from pathlib import Path

import pytest

from .hugo_sites import listed, write

HOME = """---
permalink: /
title: Home
---
## News
{% for article in site.data.news %}
{{ article.date }}
<p>{{ article.headline }}</p>
{% endfor %}
"""

CASES = [
    ("3. March 2024", "Our paper on rocks was published.", "2024-03-03", "day"),
    ("12. May 2023", "Gave a talk on pebbles at Some University.", "2023-05-12", "day"),
    ("1. June 2021", "Joined the stone lab as a postdoc.", "2021-06-01", "day"),
    ("March 2020", "Our second paper on rocks was accepted.", "2020-03", "month"),
]


@pytest.mark.parametrize(("date", "headline", "start", "precision"), CASES)
def test_a_dotted_day_in_a_data_entry_stays_a_day(tmp_path: Path, date, headline, start, precision):
    news = "".join(f'- date: "{d}"\n  headline: "{h}"\n' for d, h, *_ in CASES if d != date)
    news = f'- date: "{date}"\n  headline: "{headline}"\n' + news
    site = write(
        tmp_path, {"_config.yml": "title: x\n", "_data/news.yml": news, "_pages/home.md": HOME}
    )
    items, _ = listed(site)
    mine = [i for i in items if i["title"].startswith(headline[:12])]
    assert len(mine) == 1, items
    assert (mine[0]["start"], mine[0]["precision"]) == (start, precision)

"""Dates of scan26 cause C: ``dateFrom:``/``dateTo:`` front matter (TinaCMS) as an item's
date and end, an instant shown in the zone the site's date format names (``timeZone:
'Asia/Singapore'``); and ``Jan 28 '25``, a day, its month and an apostrophe's two-digit
year. Sites written here in our own words; expectations written from the input.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from feeds.parse.dates import parse_date

from .cli_run import feeds
from .hugo_sites import write

NOW = "2026-11-26"
SITE = "https://example.github.io/"


def listed(site: Path):
    ran = feeds("list", "--json", "--now", NOW, "--site-url", SITE, "--content", str(site))
    return ran, (json.loads(ran.stdout) if ran.returncode == 0 else [])


# ---------------------------------------------------------------- dateFrom / dateTo

ASTRO_HOME = """
---
import {{ getCollection }} from 'astro:content';
import NewsDate from '../components/NewsDate';
const news = await getCollection('news');
---
{{news.map(n => <article><h3>{{n.data.title}}</h3><NewsDate news={{n}} /></article>)}}
"""
NEWS_DATE = """
export default function NewsDate({{ news }}) {{
  return <p>{{new Date(news.data.dateFrom).toLocaleString('en-US', {{ day: 'numeric',
    month: 'long'{zone} }})}}</p>;
}}
"""
COLLECTION = {
    "src/content/news/workshop.mdx": (
        "---\ntitle: Our workshop on civic learning\n"
        "dateFrom: '2020-02-04T16:00:00.000Z'\ndateTo: '2020-02-05T16:00:00.000Z'\n---\n\nWords.\n"
    ),
    "src/content/news/grant.mdx": (
        "---\ntitle: We won a grant for the food story\ndateFrom: '2026-02-28T16:00:00.000Z'\n"
        "---\n\nWords.\n"
    ),
    "src/content/news/seminar.md": (
        "---\ntitle: Gave a talk at the Lake Seminar\ndateFrom: 2025-07-23\n---\n\nWords.\n"
    ),
}
# the zone the date format names: (first item's start and end, second's start, third's)
ZONES = {
    ", timeZone: 'Asia/Singapore'": (("2020-02-05", "2020-02-06"), "2026-03-01", "2025-07-23"),
    ", timeZone: 'UTC'": (("2020-02-04", "2020-02-05"), "2026-02-28", "2025-07-23"),
    "": (("2020-02-04", "2020-02-05"), "2026-02-28", "2025-07-23"),  # none: as written
}


@pytest.mark.parametrize("zone", ZONES, ids=["Singapore", "UTC", "no zone"])
def test_date_from_and_to_in_the_zone_the_site_shows(tmp_path: Path, zone: str) -> None:
    files = {
        "astro.config.mjs": "export default {};\n",
        "src/pages/index.astro": ASTRO_HOME.format(),
        "src/components/NewsDate.tsx": NEWS_DATE.format(zone=zone),
        **COLLECTION,
    }
    ran, items = listed(write(tmp_path / "site", files))
    assert ran.returncode == 0, ran.stderr
    (start, end), grant, seminar = ZONES[zone]
    got = {i["title"]: (i["start"], i["end"]) for i in items}
    assert got == {
        "Our workshop on civic learning": (start, end),
        "We won a grant for the food story": (grant, None),
        "Gave a talk at the Lake Seminar": (seminar, None),
    }
    assert "has no 'date:'" not in ran.stderr


# ---------------------------------------------------------------- Jan 28 '25

D = dt.date
SHORT_YEAR_DAYS = [  # text → the day (None: no day of this form)
    ("Jan 28 '25", D(2025, 1, 28)),
    ("Sep 12 '19", D(2019, 9, 12)),
    ("Jan 8 '18", D(2018, 1, 8)),
    ("Mar 10, '24", D(2024, 3, 10)),
    ("Dec 13 ’23", D(2023, 12, 13)),
    ("Sept. 3 ‘22", D(2022, 9, 3)),
    ("Thu, Oct 14 '21", D(2021, 10, 14)),
    ("Feb 30 '25", None),  # no such day
    ("Jan 28 '25s", None),
]


@pytest.mark.parametrize(("text", "day"), SHORT_YEAR_DAYS)
def test_a_day_with_an_apostrophe_year(text: str, day: dt.date | None) -> None:
    span = parse_date(text)
    if day is None:
        assert span is None or span.precision.value != "day", span
        return
    assert span is not None, text
    assert (span.start, span.end, span.precision.value, span.ranged) == (day, day, "day", False)


def test_month_and_apostrophe_year_stay_months() -> None:
    span = parse_date("Aug '25")
    assert span is not None and (span.start, span.end) == (D(2025, 8, 1), D(2025, 8, 31))


def test_a_data_file_dated_with_apostrophe_years(tmp_path: Path) -> None:
    files = {
        "_config.yml": "title: Lab\n",
        "index.md": "---\nlayout: home\n---\n\n## News\n\n{% for n in site.data.news %}"
        "{{ n.date }} {{ n.headline }}{% endfor %}\n",
        "_data/news.yml": "- date: Jan 28 '25\n  headline: Our lab on the evening news\n"
        "- date: Aug '25\n  headline: A new teaching tool\n",
    }
    ran, items = listed(write(tmp_path / "site", files))
    assert ran.returncode == 0, ran.stderr
    assert [(i["title"], i["start"]) for i in items] == [
        ("Our lab on the evening news", "2025-01-28"),
        ("A new teaching tool", "2025-08"),
    ]
    assert "cannot read the date" not in ran.stderr

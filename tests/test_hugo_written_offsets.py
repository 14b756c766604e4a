"""A Hugo date is shown in its own offset (issue 8, c16 cause C).

Hugo keeps the offset a front-matter date is written with: ``date:
2024-04-01T00:00:00+09:00`` is shown as the 1st wherever the site is built, so the item's
day is the written one (not the day in UTC or in ``--timezone``). Jekyll converts to the
site's time zone instead (``tests/test_news_collection.py`` pins that).

Every site is written here in our own words; ``feeds list --json`` is read back with
``json``; expectations are written from the input.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .hugo_sites import YAML_CONFIG, listed, post, write

HOME = "---\ntitle: Home\n---\n"

# (front-matter date as written, the day shown)
WRITTEN = [
    ("2024-04-01T00:00:00+09:00", "2024-04-01"),  # Tokyo midnight: the 31st in UTC
    ("2022-11-03T08:59:59+09:00", "2022-11-03"),  # just before 09:00 local time
    ("'2021-06-15T07:30:00+10:00'", "2021-06-15"),  # quoted: a string
    ("2023-12-31T22:00:00-05:00", "2023-12-31"),  # New York evening: 1 January in UTC
    ("2020-02-29T23:45:00-08:00", "2020-02-29"),  # leap day, Pacific
    ("2019-08-20T00:30:00+05:30", "2019-08-20"),  # half-hour offset
    ("2018-10-05T23:59:00Z", "2018-10-05"),  # UTC
    ("2017-03-09T01:00:00", "2017-03-09"),  # no offset: as written
]


@pytest.mark.parametrize(("date", "day"), WRITTEN)
@pytest.mark.parametrize("zone", ["UTC", "America/Los_Angeles"])
def test_page_bundle_day_is_the_written_day(tmp_path: Path, date: str, day: str, zone: str):
    site = write(
        tmp_path,
        {
            "config/_default/config.yaml": YAML_CONFIG,
            "content/_index.md": HOME,
            "content/news/fellow/index.md": post("Adopted as a research fellow", date),
        },
    )
    items = listed(site, zone)[0]
    assert [(i["title"], i["start"], i["precision"]) for i in items] == [
        ("Adopted as a research fellow", day, "day")
    ]


def test_toml_front_matter_keeps_its_offset(tmp_path: Path):
    page = '+++\ntitle = "Our paper was accepted"\ndate = 2025-01-10T03:00:00+09:00\n+++\n'
    site = write(
        tmp_path,
        {
            "config.toml": 'baseURL = "https://ana.example.org/"\ntitle = "Ana"\n',
            "content/_index.md": HOME,
            "content/news/accepted.md": page,
        },
    )
    items = listed(site)[0]
    assert [(i["start"], i["precision"]) for i in items] == [("2025-01-10", "day")]


def test_front_matter_news_list_keeps_its_offset(tmp_path: Path):
    widget = (
        "---\ntitle: News\nnews:\n"
        "  - date: 2024-07-01T00:00:00+09:00\n    text: I joined the lab as a professor\n"
        "  - date: 2024-05-20T06:00:00+09:00\n    text: I gave an invited talk at the seminar\n"
        "---\n"
    )
    site = write(
        tmp_path,
        {
            "config/_default/config.yaml": YAML_CONFIG,
            "content/home/index.md": "---\nheadless: true\n---\n",
            "content/home/news.md": widget,
        },
    )
    items = listed(site)[0]
    assert [i["start"] for i in items] == ["2024-07-01", "2024-05-20"]
